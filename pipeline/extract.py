"""Text extraction from PDF files with pdfplumber, keeping every word's box.

The document text is rebuilt from the words, line by line, so that each character of a
finding can be traced back to the boxes that a redaction must cover.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from pipeline.document import PAGE_SEPARATOR, Document, Page, Word
from pipeline.logs import keep_content_out_of_logs

PDF_MAGIC = b"%PDF-"
LINE_TOLERANCE = 3.0  # points: words whose tops differ less share a line
# a gap between two words of a line wider than this share of the line's height separates
# columns ("Basisschool 't Klinkertje          Appingedam"), which the text keeps as two spaces
WIDE_GAP = 0.75
COLUMN_SEPARATOR = "  "


class UnreadableDocumentError(Exception):
    """A file that cannot be read as a PDF. The reason never quotes the file's content."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def extract_pdf(data: bytes, name: str) -> Document:
    """Extract the text and word boxes of a PDF, or raise ``UnreadableDocumentError``."""
    keep_content_out_of_logs()
    _check_header(data, name)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = _extract_pages(pdf.pages)
    except UnreadableDocumentError:
        raise
    except Exception as error:
        raise UnreadableDocumentError(name, _reason(error)) from None
    return _assemble(name, pages)


def _check_header(data: bytes, name: str) -> None:
    if not data:
        raise UnreadableDocumentError(name, "empty file (0 bytes)")
    if PDF_MAGIC not in data[:1024]:
        raise UnreadableDocumentError(name, "not a PDF: no %PDF header")


def _reason(error: BaseException) -> str:
    """A reason for a failed read, from the exception type only (never its message)."""
    cause = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return "password-protected PDF"
    return f"corrupt PDF ({type(cause).__name__})"


_PageWords = tuple[Any, list[dict[str, Any]]]


def _extract_pages(pages: Iterable[Any]) -> list[_PageWords]:
    return [(page, page.extract_words(keep_blank_chars=False)) for page in pages]


def _assemble(name: str, extracted: Sequence[_PageWords]) -> Document:
    text_parts: list[str] = []
    pages: list[Page] = []
    offset = 0
    for number, (page, raw_words) in enumerate(extracted, start=1):
        if number > 1:
            text_parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        page_text, words = _layout(raw_words, offset)
        text_parts.append(page_text)
        pages.append(
            Page(number, float(page.width), float(page.height), offset,
                 offset + len(page_text), tuple(words))
        )
        offset += len(page_text)
    return Document(name=name, text="".join(text_parts), pages=tuple(pages))


def _layout(raw_words: Sequence[dict[str, Any]], offset: int) -> tuple[str, list[Word]]:
    """Join words into lines: a space between words, two across a wide gap; newline after."""
    parts: list[str] = []
    words: list[Word] = []
    position = offset
    line_top: float | None = None
    previous: dict[str, Any] | None = None
    for raw in raw_words:
        if line_top is not None and previous is not None:
            separator = _separator(previous, raw, line_top)
            parts.append(separator)
            position += len(separator)
        if line_top is None or parts[-1] == "\n":
            line_top = raw["top"]
        previous = raw
        text = raw["text"]
        words.append(Word(text, position, position + len(text),
                          raw["x0"], raw["top"], raw["x1"], raw["bottom"]))
        parts.append(text)
        position += len(text)
    return "".join(parts), words


def _separator(previous: dict[str, Any], word: dict[str, Any], line_top: float) -> str:
    if abs(word["top"] - line_top) > LINE_TOLERANCE:
        return "\n"
    gap = word["x0"] - previous["x1"]
    return COLUMN_SEPARATOR if gap > WIDE_GAP * (word["bottom"] - word["top"]) else " "
