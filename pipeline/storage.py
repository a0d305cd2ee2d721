"""Object storage as the pipeline sees it: buckets, keys and one small interface.

The implementation on an S3 server lives outside ``pipeline/`` (``swv_intake.s3``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Bucket(StrEnum):
    """The buckets, by role. Their names on the server come from settings."""

    INCOMING = "incoming"  # uploads as the schools send them, under <submission id>/
    RAW = "raw"  # every received file once, keyed by the SHA-256 of its content
    DERIVED = "derived"  # restricted: extracted text, findings, summaries
    ANONYMIZED = "anonymized"  # copies that may leave the office
    QUARANTINE = "quarantine"  # files that could not be read, with their reason


@dataclass(frozen=True)
class StoredObject:
    """An object's key with its user metadata."""

    key: str
    metadata: Mapping[str, str]


class ObjectStore(Protocol):
    """The operations the pipeline needs from object storage."""

    def put(self, bucket: Bucket, key: str, data: bytes, content_type: str,
            metadata: Mapping[str, str] | None = None) -> None:
        """Store ``data`` under ``key``, replacing what was there."""

    def get(self, bucket: Bucket, key: str) -> bytes:
        """The bytes stored under ``key``; ``KeyError`` when there are none."""

    def stat(self, bucket: Bucket, key: str) -> StoredObject | None:
        """The object's metadata, or ``None`` when there is no such object."""

    def list(self, bucket: Bucket, prefix: str = "") -> list[str]:
        """The keys under ``prefix``, sorted."""

    def delete(self, bucket: Bucket, key: str) -> None:
        """Remove the object under ``key``; nothing happens when there is none."""


def raw_key(sha256: str) -> str:
    """Raw uploads are keyed by content, so the same file stored twice is one object."""
    return sha256


def derived_key(submission_id: str, sha256: str, kind: str) -> str:
    """Key of a derived artefact (``text.json``, ``findings.json``) of one attachment."""
    return f"{submission_id}/{sha256}/{kind}"


def quarantine_key(submission_id: str, sha256: str) -> str:
    """Key of a file that could not be processed."""
    return f"{submission_id}/{sha256}"


def decision_key(submission_id: str, extension: str) -> str:
    """Key of a submission's case decision (``json`` or ``md``): restricted, it holds names."""
    return f"{submission_id}/decision.{extension}"


def summary_key(submission_id: str) -> str:
    """Key of a submission's run summary (ids, counts and flags only)."""
    return f"{submission_id}/summary.json"
