"""The attachments of one submission through the pipeline's steps.

Extraction works file by file; detection works on the whole submission, because a name
known from one document (the application form) is a name in all of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.analysis import Analyzer
from pipeline.anonymize import anonymize_text
from pipeline.document import Document, Finding, Page, Word
from pipeline.flags import Flags, flag


@dataclass(frozen=True)
class AttachmentResult:
    """What the pipeline learned from one attachment."""

    document: Document
    findings: tuple[Finding, ...]
    flags: Flags
    anonymized_text: str


def content_hash(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex: the file's identity in storage and logs."""
    return hashlib.sha256(data).hexdigest()


def process_documents(documents: Sequence[Document],
                      analyzer: Analyzer) -> list[AttachmentResult]:
    """Detect, flag and anonymize the documents of one submission together."""
    return [
        AttachmentResult(document, findings, flag(findings),
                         anonymize_text(document.text, findings))
        for document, findings in zip(documents, analyzer.analyze_submission(documents),
                                      strict=True)
    ]


def findings_record(result: AttachmentResult) -> dict[str, Any]:
    """The JSON record of one attachment's findings (holds personal data: restricted)."""
    return {
        "file": result.document.name,
        "pages": len(result.document.pages),
        "entities": [
            {"type": f.entity_type, "text": f.text, "start": f.start, "end": f.end,
             "score": f.score, "page": f.page}
            for f in result.findings
        ],
        "flags": result.flags.as_dict(),
    }


def extraction_record(document: Document) -> dict[str, Any]:
    """The JSON record of a document's text and word boxes, kept for redaction."""
    return {"name": document.name, "text": document.text,
            "pages": [asdict(page) for page in document.pages]}


def document_from_record(record: dict[str, Any]) -> Document:
    """The document an ``extraction_record`` was made of."""
    pages = tuple(
        Page(**{**page, "words": tuple(Word(**word) for word in page["words"])})
        for page in record["pages"]
    )
    return Document(name=record["name"], text=record["text"], pages=pages)
