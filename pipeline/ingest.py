"""A submission through storage: staging, raw copies, derived artefacts and quarantine.

Functions here take an ``ObjectStore`` and pass ids and keys; Prefect tasks in ``flows/``
call them one step at a time. What they return carries no personal data: ids, hashes,
counts and flags only.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from pipeline.analysis import Analyzer
from pipeline.bundle import Bundle, copy_name, make_bundle
from pipeline.case import SubmissionInfo, decide_case
from pipeline.extract import UnreadableDocumentError, extract_pdf
from pipeline.intake import (
    content_hash,
    count_by_type,
    document_from_record,
    extraction_record,
    findings_record,
    process_documents,
)
from pipeline.report import decision_markdown, decision_record
from pipeline.storage import (
    Bucket,
    ObjectStore,
    decision_key,
    derived_key,
    quarantine_key,
    raw_key,
    summary_key,
)
from pipeline.submission import INFO_FILE, IncomingFile, guess_content_type, split_info

JSON = "application/json"


@dataclass(frozen=True)
class AttachmentOutcome:
    """How one attachment fared: safe to log, show and publish (no personal data)."""

    sha256: str
    status: str  # "extracted", then "processed"; or "quarantined"
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    flags: dict[str, bool] = field(default_factory=dict)
    reason: str = ""
    doc_type: str = ""
    author_role: str = ""


def submission_id_for(files: Sequence[IncomingFile]) -> str:
    """An id derived from the files' contents: the same submission staged twice is one."""
    digest = hashlib.sha256()
    for sha in sorted(content_hash(f.data) for f in files):
        digest.update(sha.encode())
    return f"sub-{digest.hexdigest()[:16]}"


def stage_submission(store: ObjectStore, files: Sequence[IncomingFile]) -> str:
    """Put local files into the incoming bucket under a new submission id; return the id.

    A ``submission.json`` goes to ``<id>/submission.json``, the attachments to ``<id>/NNN``.
    """
    submission_id = submission_id_for(files)
    received = datetime.now(UTC).isoformat(timespec="seconds")
    attachments, info = split_info(list(files))
    if info is not None:
        store.put(Bucket.INCOMING, info_key(submission_id), info.data, JSON,
                  {"received": received})
    for index, incoming in enumerate(attachments, start=1):
        store.put(Bucket.INCOMING, f"{submission_id}/{index:03d}", incoming.data,
                  incoming.content_type,
                  {"original-name": incoming.name, "received": received})
    return submission_id


def info_key(submission_id: str) -> str:
    """Key of a submission's ``submission.json`` in the incoming bucket."""
    return f"{submission_id}/{INFO_FILE}"


def attachment_keys(store: ObjectStore, submission_id: str) -> list[str]:
    """The incoming keys of a submission's attachments (not its ``submission.json``)."""
    return [key for key in store.list(Bucket.INCOMING, prefix=f"{submission_id}/")
            if key != info_key(submission_id)]


def store_raw(store: ObjectStore, submission_id: str, incoming_key: str) -> str:
    """Keep an incoming file in the raw bucket under its SHA-256; return the hash.

    A file already there (same content) is not stored again.
    """
    data = store.get(Bucket.INCOMING, incoming_key)
    sha256 = content_hash(data)
    if store.stat(Bucket.RAW, raw_key(sha256)) is None:
        incoming = store.stat(Bucket.INCOMING, incoming_key)
        metadata = dict(incoming.metadata) if incoming else {}
        content_type = guess_content_type(metadata.get("original-name", ""))
        store.put(Bucket.RAW, raw_key(sha256), data, content_type,
                  {**metadata, "submission-id": submission_id})
    return sha256


def extract_stored_attachment(store: ObjectStore, submission_id: str,
                              sha256: str) -> AttachmentOutcome:
    """Extract a raw file's text and word boxes into ``text.json``, or quarantine it."""
    data = store.get(Bucket.RAW, raw_key(sha256))
    try:
        document = extract_pdf(data, sha256[:12])
    except UnreadableDocumentError as error:
        store.put(Bucket.QUARANTINE, quarantine_key(submission_id, sha256), data,
                  "application/octet-stream", {"reason": error.reason, "sha256": sha256})
        return AttachmentOutcome(sha256, "quarantined", reason=error.reason)
    _put_json(store, Bucket.DERIVED, derived_key(submission_id, sha256, "text.json"),
              extraction_record(document))
    return AttachmentOutcome(sha256, "extracted", len(document.pages))


def detect_in_submission(store: ObjectStore, analyzer: Analyzer, submission_id: str,
                         incoming_keys: Sequence[str],
                         outcomes: Sequence[AttachmentOutcome]) -> list[AttachmentOutcome]:
    """Detect, flag and anonymize a submission's extracted attachments; decide the case.

    Writes ``findings.json`` of each, the case decision as ``decision.json`` and
    ``decision.md``, and the consultation bundle (``store_bundle``); returns every outcome,
    the quarantined ones as they were.
    """
    extracted = [(key, o) for key, o in zip(incoming_keys, outcomes, strict=True)
                 if o.status == "extracted"]
    documents = [document_from_record(json.loads(store.get(
        Bucket.DERIVED, derived_key(submission_id, o.sha256, "text.json"))))
        for _, o in extracted]
    results = process_documents(documents, analyzer)
    names = [_original_name(store, key) for key, _ in extracted]
    decision = decide_case(results, names, _submission_info(store, submission_id))
    _put_json(store, Bucket.DERIVED, decision_key(submission_id, "json"),
              decision_record(decision))
    store.put(Bucket.DERIVED, decision_key(submission_id, "md"),
              decision_markdown(decision, submission_id).encode(), "text/markdown; charset=utf-8")
    datas = [store.get(Bucket.RAW, raw_key(o.sha256)) for _, o in extracted]
    store_bundle(store, submission_id, make_bundle(datas, results, decision, analyzer))
    processed: dict[str, AttachmentOutcome] = {}
    for (_, outcome), result in zip(extracted, results, strict=True):
        _put_json(store, Bucket.DERIVED, derived_key(submission_id, outcome.sha256,
                                                     "findings.json"), findings_record(result))
        processed[outcome.sha256] = AttachmentOutcome(
            outcome.sha256, "processed", outcome.pages, count_by_type(result.findings),
            result.flags.as_dict(), doc_type=result.classification.doc_type.value,
            author_role=result.classification.author_role.value)
    return [processed.get(o.sha256, o) for o in outcomes]


def store_bundle(store: ObjectStore, submission_id: str, bundle: Bundle) -> str:
    """Store the bundle under a pseudonymous id; return that id.

    The copies and their manifest go to the anonymized bucket under ``<pseudonymous id>/``;
    a copy of an earlier run that this bundle no longer holds (consent withdrawn, blocked by
    the leak gate) is removed. The link to the submission and the pseudonym map stay in the
    restricted derived bucket (``pseudonyms.json``), never beside the copies (§2.1).
    """
    link_key = derived_key(submission_id, "bundle", "pseudonyms.json")
    known = store.stat(Bucket.DERIVED, link_key)
    pseudonymous_id = (json.loads(store.get(Bucket.DERIVED, link_key))["pseudonymous_id"]
                       if known else f"anon-{secrets.token_hex(8)}")
    for copy in bundle.copies:
        store.put(Bucket.ANONYMIZED, f"{pseudonymous_id}/{copy_name(copy, 'md')}",
                  copy.text.encode(), "text/markdown; charset=utf-8")
        store.put(Bucket.ANONYMIZED, f"{pseudonymous_id}/{copy_name(copy, 'pdf')}", copy.pdf,
                  "application/pdf")
    _put_json(store, Bucket.ANONYMIZED, f"{pseudonymous_id}/manifest.json", bundle.manifest())
    current = {f"{pseudonymous_id}/{name}" for name in (
        *(copy_name(c, extension) for c in bundle.copies for extension in ("md", "pdf")),
        "manifest.json")}
    for stale in set(store.list(Bucket.ANONYMIZED, f"{pseudonymous_id}/")) - current:
        store.delete(Bucket.ANONYMIZED, stale)  # withdrawn since the last run
    _put_json(store, Bucket.DERIVED, link_key, {
        "pseudonymous_id": pseudonymous_id, "pseudonyms": bundle.pseudonyms.mapping(),
        "left_out": [{"index": i, "reason": r} for i, r in bundle.left_out]})
    return pseudonymous_id


def _original_name(store: ObjectStore, incoming_key: str) -> str:
    stored = store.stat(Bucket.INCOMING, incoming_key)
    return stored.metadata.get("original-name", incoming_key) if stored else incoming_key


def _submission_info(store: ObjectStore, submission_id: str) -> SubmissionInfo | None:
    if store.stat(Bucket.INCOMING, info_key(submission_id)) is None:
        return None
    return SubmissionInfo.from_json(json.loads(store.get(Bucket.INCOMING,
                                                          info_key(submission_id))))


def write_summary(store: ObjectStore, submission_id: str, incoming_keys: Sequence[str],
                  outcomes: Sequence[AttachmentOutcome]) -> dict[str, Any]:
    """Store the run's summary beside the derived artefacts and return it."""
    summary = {
        "submission_id": submission_id,
        "attachments": [{"incoming": key, **asdict(outcome)}
                        for key, outcome in zip(incoming_keys, outcomes, strict=True)],
        "processed": sum(o.status == "processed" for o in outcomes),
        "quarantined": sum(o.status == "quarantined" for o in outcomes),
        "contains_bsn": any(o.flags.get("contains_bsn") for o in outcomes),
    }
    _put_json(store, Bucket.DERIVED, summary_key(submission_id), summary)
    return summary


def _put_json(store: ObjectStore, bucket: Bucket, key: str, record: Any) -> None:
    store.put(bucket, key, json.dumps(record, ensure_ascii=False, indent=1).encode(), JSON)
