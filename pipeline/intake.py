"""One attachment through the pipeline's steps: extract, detect, flag, anonymize."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.analysis import Analyzer
from pipeline.anonymize import anonymize_text
from pipeline.document import Document, Finding
from pipeline.extract import extract_pdf
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


def process_attachment(data: bytes, name: str, analyzer: Analyzer) -> AttachmentResult:
    """Run the steps on one file. Raises ``UnreadableDocumentError`` for a bad file."""
    document = extract_pdf(data, name)
    findings = analyzer.analyze(document)
    return AttachmentResult(
        document=document,
        findings=findings,
        flags=flag(findings),
        anonymized_text=anonymize_text(document.text, findings),
    )


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
