"""The attachments of one submission through the pipeline's steps: detect, classify, flag.

Extraction works file by file; detection works on the whole submission, because a name
known from one document (the application form) is a name in all of them.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.analysis import Analyzer
from pipeline.classify import Classification, classify
from pipeline.document import Document, Finding, Page, Word
from pipeline.protocol import AttachmentFlags, attachment_flags


@dataclass(frozen=True)
class AttachmentResult:
    """What the pipeline learned from one attachment."""

    document: Document
    findings: tuple[Finding, ...]
    classification: Classification
    flags: AttachmentFlags


def content_hash(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex: the file's identity in storage and logs."""
    return hashlib.sha256(data).hexdigest()


def process_documents(documents: Sequence[Document],
                      analyzer: Analyzer) -> list[AttachmentResult]:
    """Detect, classify and flag the documents of one submission together."""
    results = []
    for document, findings in zip(documents, analyzer.analyze_submission(documents),
                                  strict=True):
        classification = classify(document)
        results.append(AttachmentResult(document, findings, classification,
                                        attachment_flags(classification, findings)))
    return results


def count_by_type(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each entity type, by type name."""
    return dict(sorted(Counter(finding.entity_type for finding in findings).items()))


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
        "doc_type": result.classification.doc_type.value,
        "author_role": result.classification.author_role.value,
        "evidence": list(result.classification.evidence),
        "flags": result.flags.as_dict(),
        "reasons": [reason.as_dict() for reason in result.flags.reasons],
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
