"""Truly redacted PDFs: the text under each identifier is removed from the page content.

PyMuPDF (AGPL-3.0, or Artifex's commercial licence) applies redaction annotations by
rewriting the page's content stream, so the removed text cannot be copied or extracted
afterwards; pdfplumber stays the extractor. The AGPL fits an office that runs the pipeline
for itself; offering it as a network service to others would oblige publishing the source.
"""

from __future__ import annotations

from collections.abc import Iterable

import pymupdf

from pipeline.anonymize import KEPT_TYPES
from pipeline.document import Document, Finding

BLACK = (0.0, 0.0, 0.0)
MARGIN = 0.5  # points around a word box, so that no glyph edge is left
# blank the pixels of images under a box as well (PyMuPDF's PDF_REDACT_IMAGE_PIXELS)
REDACT_IMAGE_PIXELS: int = pymupdf.PDF_REDACT_IMAGE_PIXELS  # type: ignore[attr-defined]


def redaction_boxes(document: Document, findings: Iterable[Finding],
                    ) -> dict[int, list[tuple[float, float, float, float]]]:
    """Per page number, the boxes of every word that overlaps an identifying finding."""
    spans = sorted((f.start, f.end) for f in findings if f.entity_type not in KEPT_TYPES)
    boxes: dict[int, list[tuple[float, float, float, float]]] = {}
    for page in document.pages:
        for word in page.words:
            if any(start < word.end and word.start < end for start, end in spans):
                boxes.setdefault(page.number, []).append(
                    (word.x0 - MARGIN, word.top - MARGIN, word.x1 + MARGIN, word.bottom + MARGIN))
    return boxes


def redact_pdf(data: bytes, document: Document, findings: Iterable[Finding]) -> bytes:
    """A copy of the PDF with the identifiers removed and everything beside the pages stripped.

    Every image is blanked as a whole: a scanned page, a logo or a signature may identify
    someone, and no text layer tells what it shows (there is no OCR yet). Stripped:
    document info, XMP metadata, annotations, form fields, embedded files and optional
    content.
    """
    boxes = redaction_boxes(document, findings)
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        for page in pdf:
            page_boxes = [*boxes.get(page.number + 1, []), *_image_boxes(page)]
            for box in page_boxes:
                page.add_redact_annot(pymupdf.Rect(box), fill=BLACK)
            if page_boxes:
                page.apply_redactions(images=REDACT_IMAGE_PIXELS)
        _strip(pdf)
        return bytes(pdf.tobytes(garbage=4, deflate=True, clean=True, no_new_id=True))


def _image_boxes(page: pymupdf.Page) -> list[tuple[float, float, float, float]]:
    """Where the page shows an image."""
    return [tuple(info["bbox"]) for info in page.get_image_info()]


def _strip(pdf: pymupdf.Document) -> None:
    pdf.set_metadata({})
    pdf.del_xml_metadata()
    for name in list(pdf.embfile_names()):
        pdf.embfile_del(name)
    for page in (pdf[index] for index in range(pdf.page_count)):
        for widget in list(page.widgets()):
            page.delete_widget(widget)
        for annot in list(page.annots()):
            page.delete_annot(annot)
    catalog = pdf.pdf_catalog()
    for key in ("OCProperties", "AcroForm", "Names", "OpenAction", "AA"):
        pdf.xref_set_key(catalog, key, "null")
