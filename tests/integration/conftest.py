"""Integration fixtures: a real S3 server (SeaweedFS on loopback) and Prefect's test harness."""

from __future__ import annotations

import random
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness

from flows import resources
from swv_intake.local_servers import S3Server, local_s3_server
from swv_intake.runtime import open_store
from swv_intake.s3 import S3Store
from swv_intake.settings import LOCAL_ACCESS_KEY, LOCAL_SECRET_KEY, Settings

GRPC_OFFSET = 10_000  # SeaweedFS puts each component's gRPC port this far above its HTTP port
PORTS_PER_SERVER = 5
# Linux hands out outgoing ports from 32768 up; a weed component once lost its port to an
# outgoing connection there, so every port of the block stays below that range.
EPHEMERAL_PORTS_START = 32_768
LOWEST_BASE_PORT = 10_000


def _is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port_block() -> int:
    """A base port whose SeaweedFS neighbours (HTTP and gRPC) are all free."""
    for _ in range(200):
        base = random.randrange(LOWEST_BASE_PORT,
                                EPHEMERAL_PORTS_START - GRPC_OFFSET - PORTS_PER_SERVER)
        ports = [base + i + grpc for i in range(PORTS_PER_SERVER) for grpc in (0, GRPC_OFFSET)]
        if all(_is_free(port) for port in ports):
            return base
    raise RuntimeError("no free block of ports on 127.0.0.1")


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    data_dir = tmp_path_factory.mktemp("s3")
    with local_s3_server(data_dir, free_port_block(), LOCAL_ACCESS_KEY,
                         LOCAL_SECRET_KEY) as server:
        yield server


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    # a bound, not a wait: on a shared machine under load the server took over 60 s to start
    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def settings(s3_server: S3Server, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings for this test alone: its own buckets on the session's S3 server."""
    monkeypatch.setenv("SWV_S3_ENDPOINT", s3_server.endpoint)
    monkeypatch.setenv("SWV_STATE_DIR", str(tmp_path))
    monkeypatch.setenv("SWV_BUCKET_PREFIX", f"t{uuid.uuid4().hex[:12]}")
    resources.store.cache_clear()
    yield Settings()
    resources.store.cache_clear()


@pytest.fixture
def store(settings: Settings) -> S3Store:
    store = open_store(settings)
    store.ensure_buckets()
    return store
