from __future__ import annotations

import pytest

from pipeline.ingest import stage_submission, store_raw
from pipeline.intake import content_hash
from pipeline.storage import Bucket
from pipeline.submission import IncomingFile
from swv_intake.s3 import S3Store

pytestmark = pytest.mark.integration


def test_round_trip_keeps_bytes_and_non_ascii_metadata(store: S3Store) -> None:
    store.put(Bucket.DERIVED, "a/b.json", b"{}", "application/json",
              {"original-name": "verslag Öztürk – 2e versie.pdf"})
    assert store.get(Bucket.DERIVED, "a/b.json") == b"{}"
    stored = store.stat(Bucket.DERIVED, "a/b.json")
    assert stored is not None
    assert stored.metadata["original-name"] == "verslag Öztürk – 2e versie.pdf"
    assert store.list(Bucket.DERIVED, "a/") == ["a/b.json"]


def test_missing_objects(store: S3Store) -> None:
    assert store.stat(Bucket.RAW, "nothing") is None
    with pytest.raises(KeyError):
        store.get(Bucket.RAW, "nothing")


def test_the_same_file_is_stored_raw_once_with_its_metadata(store: S3Store) -> None:
    same = IncomingFile("verslag.pdf", b"%PDF-1.4 same bytes")
    first = stage_submission(store, [same])
    second = stage_submission(store, [same, IncomingFile("ander.pdf", b"%PDF-1.4 other")])
    keys = [(sid, key) for sid in (first, second) for key in store.list(Bucket.INCOMING, sid)]
    hashes = {store_raw(store, sid, key) for sid, key in keys}
    assert store.list(Bucket.RAW) == sorted(hashes)
    assert len(hashes) == 2
    raw = store.stat(Bucket.RAW, content_hash(same.data))
    assert raw is not None
    assert raw.metadata["submission-id"] == first
    assert raw.metadata["original-name"] == "verslag.pdf"
    assert raw.metadata["received"].endswith("+00:00")
