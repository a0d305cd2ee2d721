from __future__ import annotations

import json
import logging

import pytest
from prefect.client.orchestration import get_client

from flows.process_submission import SUMMARY_ARTIFACT_KEY, process_submission
from pipeline.ingest import stage_submission
from pipeline.intake import content_hash
from pipeline.storage import Bucket
from pipeline.submission import IncomingFile, read_submission
from swv_intake.s3 import S3Store
from tests.conftest import BAD_INPUT, CORPUS, TLV_001

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("prefect_harness")]


def gold_texts(submission: str) -> set[str]:
    return {entity["text"] for gold in (CORPUS / "gold" / submission).glob("*.json")
            for entity in json.loads(gold.read_text())["entities"]}


def test_a_submission_lands_in_every_bucket(store: S3Store) -> None:
    files = read_submission(TLV_001)
    submission_id = stage_submission(store, files)
    summary = process_submission(submission_id)

    hashes = sorted(content_hash(f.data) for f in files)
    assert store.list(Bucket.RAW) == hashes
    form = store.stat(Bucket.RAW, content_hash(files[0].data))
    assert form is not None and form.metadata["original-name"] == "01-aanvraagformulier.pdf"
    assert form.metadata["submission-id"] == submission_id
    assert store.list(Bucket.DERIVED, submission_id) == sorted(
        [f"{submission_id}/{sha}/{kind}" for sha in hashes
         for kind in ("findings.json", "text.json")]
        + [f"{submission_id}/{name}" for name in ("bundle/pseudonyms.json", "decision.json",
                                                  "decision.md", "summary.json")])
    decision = json.loads(store.get(Bucket.DERIVED, f"{submission_id}/decision.json"))
    by_name = {a["attachment"]: a for a in decision["attachments"]}
    assert sorted(by_name) == sorted(f.name for f in files)
    assert by_name["01-aanvraagformulier.pdf"]["school_must_correct"] is True
    assert by_name["02-groeidocument.pdf"]["to_assessors"] is True
    assert by_name["03-psychologisch-verslag.pdf"]["doc_type"] == "psychologisch_verslag"
    report = store.get(Bucket.DERIVED, f"{submission_id}/decision.md").decode()
    assert "## Wat de school moet herstellen" in report
    link = json.loads(store.get(Bucket.DERIVED, f"{submission_id}/bundle/pseudonyms.json"))
    bundle_id = link["pseudonymous_id"]
    assert bundle_id.startswith("anon-") and submission_id not in bundle_id
    assert "[leerling]" in link["pseudonyms"].values()
    manifest = json.loads(store.get(Bucket.ANONYMIZED, f"{bundle_id}/manifest.json"))
    listed = {f["text"] for f in manifest["files"]} | {f["pdf"] for f in manifest["files"]}
    assert store.list(Bucket.ANONYMIZED) == sorted(
        {f"{bundle_id}/{name}" for name in listed} | {f"{bundle_id}/manifest.json"})
    assert {f["doc_type"] for f in manifest["files"]} >= {"aanvraagformulier", "groeidocument"}
    left_out = {entry["index"]: entry["reason"] for entry in manifest["left_out"]}
    assert "consent" in left_out[3]  # the psychologist's report: no valid consent here
    assert json.dumps(manifest).find("Mulder") == -1, "no names beside the copies"
    assert store.list(Bucket.QUARANTINE) == []

    findings = json.loads(store.get(Bucket.DERIVED, _findings_with_bsn(store, submission_id)))
    bsn = next(e["text"] for e in findings["entities"] if e["type"] == "NL_BSN")
    assert bsn in gold_texts("tlv-001")
    for key in store.list(Bucket.ANONYMIZED):
        assert bsn.encode() not in store.get(Bucket.ANONYMIZED, key)
    assert summary["processed"] == 4 and summary["quarantined"] == 0
    assert summary["contains_bsn"] is True


def test_a_rerun_keeps_the_bundle_id_and_removes_copies_it_no_longer_holds(
        store: S3Store) -> None:
    submission_id = stage_submission(store, read_submission(TLV_001))
    process_submission(submission_id)
    link_key = f"{submission_id}/bundle/pseudonyms.json"
    bundle_id = json.loads(store.get(Bucket.DERIVED, link_key))["pseudonymous_id"]
    published = store.list(Bucket.ANONYMIZED)
    stale = f"{bundle_id}/bijlage-09-psychologisch_verslag.md"  # as if consent was withdrawn
    store.put(Bucket.ANONYMIZED, stale, b"[leerling] ...", "text/markdown")
    process_submission(submission_id)
    assert json.loads(store.get(Bucket.DERIVED, link_key))["pseudonymous_id"] == bundle_id
    assert store.list(Bucket.ANONYMIZED) == published


def _findings_with_bsn(store: S3Store, submission_id: str) -> str:
    return next(key for key in store.list(Bucket.DERIVED, submission_id)
                if key.endswith("findings.json")
                and b"NL_BSN" in store.get(Bucket.DERIVED, key))


def test_bad_files_go_to_quarantine_with_their_reason_and_the_rest_goes_on(
        store: S3Store) -> None:
    files = read_submission(BAD_INPUT)
    submission_id = stage_submission(store, files)
    summary = process_submission(submission_id)

    assert summary["processed"] == 1 and summary["quarantined"] == 4
    assert len(store.list(Bucket.RAW)) == 5, "every upload is kept raw, bad ones too"
    reasons = {}
    for key in store.list(Bucket.QUARANTINE, submission_id):
        stored = store.stat(Bucket.QUARANTINE, key)
        assert stored is not None
        reasons[stored.metadata["sha256"]] = stored.metadata["reason"]
        assert store.get(Bucket.QUARANTINE, key) == store.get(Bucket.RAW, stored.metadata["sha256"])
    by_name = {f.name: reasons.get(content_hash(f.data)) for f in files}
    assert by_name["01-aanvraagformulier.pdf"] is None
    assert by_name["02-leeg.pdf"] == "empty file (0 bytes)"
    assert str(by_name["03-kapot.pdf"]).startswith("corrupt PDF")
    assert by_name["04-beveiligd.pdf"] == "password-protected PDF"
    assert by_name["05-geen-pdf.pdf"] == "not a PDF: no %PDF header"


def test_logs_and_artifact_carry_no_personal_data(store: S3Store,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    # schools name files after the pupil: such names must stay out of logs too
    pupil = next(e["text"] for e in json.loads(
        (CORPUS / "gold" / "tlv-001" / "01-aanvraagformulier.pdf.json").read_text())["entities"]
        if e["type"] == "PERSON")
    files = [IncomingFile(f"{pupil} - {f.name}", f.data) for f in read_submission(TLV_001)]
    submission_id = stage_submission(store, files)
    with caplog.at_level(logging.DEBUG):
        process_submission(submission_id)

    with get_client(sync_client=True) as client:
        artifacts = client.read_latest_artifacts()
    table = next(a for a in artifacts if a.key == SUMMARY_ARTIFACT_KEY)
    published = caplog.text + json.dumps(table.data) + str(table.description)
    assert submission_id in json.dumps(table.data) + str(table.description)
    leaked = {text for text in gold_texts("tlv-001") | {f.name for f in files}
              if text in published}
    assert leaked == set()
