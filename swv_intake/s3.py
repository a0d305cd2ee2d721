"""The object store on an S3 server, through the ``minio`` client."""

from __future__ import annotations

import io
from collections.abc import Mapping
from urllib.parse import quote, unquote

from minio import Minio
from minio.error import S3Error

from pipeline.storage import Bucket, StoredObject

NOT_FOUND_CODES = {"NoSuchKey", "NoSuchObject", "ResourceNotFound"}
METADATA_PREFIX = "x-amz-meta-"


class S3Store:
    """``pipeline.storage.ObjectStore`` on any S3 endpoint (MinIO, SeaweedFS, ...).

    Metadata values are percent-encoded, since HTTP headers carry ASCII only and file names
    do not.
    """

    def __init__(self, client: Minio, bucket_names: Mapping[Bucket, str]) -> None:
        self._client = client
        self._names = dict(bucket_names)

    def ensure_buckets(self) -> None:
        """Create the buckets that do not exist yet."""
        for name in self._names.values():
            if not self._client.bucket_exists(name):
                self._client.make_bucket(name)

    def put(self, bucket: Bucket, key: str, data: bytes, content_type: str,
            metadata: Mapping[str, str] | None = None) -> None:
        """Store ``data`` under ``key``, replacing what was there."""
        encoded = {name: quote(value, safe="") for name, value in (metadata or {}).items()}
        self._client.put_object(self._names[bucket], key, io.BytesIO(data), len(data),
                                content_type=content_type, metadata=encoded)  # type: ignore[arg-type]

    def get(self, bucket: Bucket, key: str) -> bytes:
        """The bytes stored under ``key``; ``KeyError`` when there are none."""
        try:
            response = self._client.get_object(self._names[bucket], key)
        except S3Error as error:
            if error.code in NOT_FOUND_CODES:
                raise KeyError(key) from None
            raise
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    def stat(self, bucket: Bucket, key: str) -> StoredObject | None:
        """The object's user metadata, or ``None`` when there is no such object."""
        try:
            found = self._client.stat_object(self._names[bucket], key)
        except S3Error as error:
            if error.code in NOT_FOUND_CODES:
                return None
            raise
        metadata = {
            name[len(METADATA_PREFIX):].lower(): unquote(value)
            for name, value in (found.metadata or {}).items()
            if name.lower().startswith(METADATA_PREFIX)
        }
        return StoredObject(key, metadata)

    def list(self, bucket: Bucket, prefix: str = "") -> list[str]:
        """The keys under ``prefix``, sorted."""
        objects = self._client.list_objects(self._names[bucket], prefix=prefix, recursive=True)
        return sorted(obj.object_name for obj in objects if obj.object_name)

    def delete(self, bucket: Bucket, key: str) -> None:
        """Remove the object under ``key``; nothing happens when there is none."""
        self._client.remove_object(self._names[bucket], key)
