"""The plain data that flows through the pipeline: documents, their words and findings."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from recognizers.base import start_of_line

PAGE_SEPARATOR = "\f"


@dataclass(frozen=True)
class Word:
    """One word on a page, with its box in PDF points and its span in the document text.

    The box (``x0, top, x1, bottom``, origin top-left as pdfplumber gives it) is what a
    redaction will cover; the span links it to findings on the text.
    """

    text: str
    start: int
    end: int
    x0: float
    top: float
    x1: float
    bottom: float

    def __post_init__(self) -> None:
        if self.end - self.start != len(self.text):
            raise ValueError("word span does not match its text length")


@dataclass(frozen=True)
class Page:
    """One page: its number (from 1), size, span in the document text and words."""

    number: int
    width: float
    height: float
    start: int
    end: int
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class Document:
    """The text of one file, page by page, with read-only metadata.

    Pages are joined with a form feed, so ``text[page.start:page.end]`` is one page.
    """

    name: str
    text: str
    pages: tuple[Page, ...]
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of_text(cls, name: str, text: str) -> Document:
        """A text that no file laid out: one page without a size or words."""
        return cls(name, text, (Page(1, 0, 0, 0, len(text)),))

    def page_at(self, offset: int) -> int:
        """The number of the page that holds the character at ``offset``."""
        index = bisect.bisect_right(self.pages, offset, key=lambda page: page.start) - 1
        return self.pages[max(index, 0)].number


@dataclass(frozen=True)
class Finding:
    """A span of personal data detected in a document's text."""

    entity_type: str
    start: int
    end: int
    text: str
    score: float
    page: int
    recognizer: str = ""
    rule: str = ""  # the recognizer's rule that found it, if it names one ("unlisted_place")

    def __post_init__(self) -> None:
        if self.end - self.start != len(self.text):
            raise ValueError("finding span does not match its text length")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError("finding score outside [0, 1]")


def coverage(text: str, findings: Iterable[Finding]) -> bytearray:
    """Per character of the text, 1 where a finding covers it and 0 elsewhere."""
    covered = bytearray(len(text))
    for finding in findings:
        covered[finding.start:finding.end] = b"\x01" * (finding.end - finding.start)
    return covered


def line_before(text: str, offset: int) -> str:
    """The text of the offset's line before it."""
    return text[start_of_line(text, offset):offset]


def line_of(text: str, offset: int) -> str:
    """The line of the text that holds the offset, without its newline."""
    start = start_of_line(text, offset)
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]
