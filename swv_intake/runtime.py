"""Wiring settings to running services: the object store and the Prefect API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

from minio import Minio
from prefect.events.worker import EventsWorker
from prefect.logging.handlers import APILogHandler
from prefect.settings import PREFECT_API_URL, temporary_settings

from pipeline.storage import Bucket
from swv_intake.local_servers import local_prefect_server, local_s3_server
from swv_intake.s3 import S3Store
from swv_intake.settings import Settings


@dataclass(frozen=True)
class Services:
    """What a command talks to once the services are up."""

    store: S3Store
    bucket_names: dict[Bucket, str]
    s3_address: str
    prefect_api_url: str | None


def open_store(settings: Settings) -> S3Store:
    """A client for the configured (or embedded) S3 server."""
    client = Minio(
        settings.s3_address,
        access_key=settings.s3_access_key.get_secret_value(),
        secret_key=settings.s3_secret_key.get_secret_value(),
        secure=settings.s3_secure,
    )
    return S3Store(client, bucket_names(settings))


def bucket_names(settings: Settings) -> dict[Bucket, str]:
    """The server-side name of each bucket."""
    return {bucket: settings.bucket_name(bucket) for bucket in Bucket}


@contextmanager
def services(settings: Settings, with_prefect: bool) -> Iterator[Services]:
    """Connect to the configured servers, starting local ones where none is configured.

    Whatever is started here is stopped when the block ends.
    """
    with ExitStack() as stack:
        if settings.s3_endpoint is None:
            stack.enter_context(local_s3_server(
                settings.state_dir / "s3", settings.s3_local_port,
                settings.s3_access_key.get_secret_value(),
                settings.s3_secret_key.get_secret_value(),
            ))
        api_url = settings.prefect_api_url
        if with_prefect and api_url is None:
            api_url = stack.enter_context(local_prefect_server(
                settings.state_dir / "prefect", settings.prefect_local_port))
            stack.callback(_send_pending_prefect_logs_and_events)
        if api_url is not None:
            stack.enter_context(temporary_settings(updates={PREFECT_API_URL: api_url}))
        store = open_store(settings)
        store.ensure_buckets()
        yield Services(store, bucket_names(settings), settings.s3_address, api_url)


def _send_pending_prefect_logs_and_events() -> None:
    """Deliver queued run logs and events before the local server stops."""
    APILogHandler().flush()
    EventsWorker.drain_all(timeout=5)
