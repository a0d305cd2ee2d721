"""The Prefect flow that takes one submission through the pipeline.

Tasks pass only the submission id, object keys and content hashes; the work itself is done
by ``pipeline.ingest``. Nothing that holds personal data is persisted as a Prefect result.
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from flows import resources
from pipeline import ingest

SUMMARY_ARTIFACT_KEY = "submission-summary"


@task(name="store-raw", persist_result=False)
def store_raw(submission_id: str, incoming_key: str) -> str:
    """Keep one incoming file in the raw bucket; return its SHA-256."""
    return ingest.store_raw(resources.store(), submission_id, incoming_key)


@task(name="extract-attachment", task_run_name="extract-{sha256_short}", persist_result=False)
def extract_attachment(submission_id: str, sha256: str,
                       sha256_short: str) -> ingest.AttachmentOutcome:
    """Extract one attachment's text and word boxes; quarantine it when unreadable."""
    outcome = ingest.extract_stored_attachment(resources.store(), submission_id, sha256)
    logger = get_run_logger()
    if outcome.status == "quarantined":
        logger.warning("attachment %s quarantined: %s", sha256_short, outcome.reason)
    else:
        logger.info("attachment %s: %d pages extracted", sha256_short, outcome.pages)
    return outcome


@task(name="detect-personal-data", persist_result=False)
def detect_personal_data(submission_id: str, incoming_keys: list[str],
                         outcomes: list[ingest.AttachmentOutcome],
                         ) -> list[ingest.AttachmentOutcome]:
    """Detect, flag and anonymize the readable attachments together; decide the case."""
    detected = ingest.detect_in_submission(resources.store(), resources.analyzer(),
                                           submission_id, incoming_keys, outcomes)
    logger = get_run_logger()
    for outcome in detected:
        if outcome.status == "processed":
            logger.info("attachment %s: findings %s", outcome.sha256[:12], outcome.counts)
    return detected


@flow(name="process-submission", persist_result=False, log_prints=False)
def process_submission(submission_id: str) -> dict[str, Any]:
    """Process every file staged under ``<submission_id>/`` in the incoming bucket."""
    logger = get_run_logger()
    store = resources.store()
    incoming_keys = ingest.attachment_keys(store, submission_id)
    logger.info("submission %s: %d files", submission_id, len(incoming_keys))
    extracted = []
    for incoming_key in incoming_keys:
        sha256 = store_raw(submission_id, incoming_key)
        extracted.append(extract_attachment(submission_id, sha256, sha256[:12]))
    outcomes = detect_personal_data(submission_id, incoming_keys, extracted)
    summary = ingest.write_summary(store, submission_id, incoming_keys, outcomes)
    create_table_artifact(
        key=SUMMARY_ARTIFACT_KEY,
        table=summary_rows(incoming_keys, outcomes),
        description=f"Submission {submission_id}: ids, counts and flags (no personal data)",
    )
    return summary


def summary_rows(incoming_keys: list[str],
                 outcomes: list[ingest.AttachmentOutcome]) -> list[dict[str, Any]]:
    """One table row per attachment, with only ids, counts and flags."""
    return [
        {"incoming": key, "sha256": o.sha256[:12], "status": o.status, "doc_type": o.doc_type,
         "author_role": o.author_role, "pages": o.pages,
         "findings": sum(o.counts.values()),
         "by_type": ", ".join(f"{t} {n}" for t, n in o.counts.items()),
         "contains_bsn": bool(o.flags.get("contains_bsn")),
         "requires_consent": bool(o.flags.get("requires_consent")), "reason": o.reason}
        for key, o in zip(incoming_keys, outcomes, strict=True)
    ]
