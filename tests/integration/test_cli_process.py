from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL
from typer.testing import CliRunner

from pipeline.storage import Bucket
from swv_intake.cli import app
from swv_intake.s3 import S3Store
from tests.conftest import BAD_INPUT

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("prefect_harness")]


def test_process_a_zip_through_the_cli(store: S3Store, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWV_PREFECT_API_URL", str(PREFECT_API_URL.value()))
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(BAD_INPUT.iterdir()):
            zipped.write(path, path.name)

    result = CliRunner().invoke(app, ["process", str(archive)])

    assert result.exit_code == 0, result.output
    [submission_id] = {key.split("/")[0] for key in store.list(Bucket.INCOMING)}
    assert submission_id in result.stdout
    assert len(store.list(Bucket.QUARANTINE, submission_id)) == 4
    manifests = [k for k in store.list(Bucket.ANONYMIZED) if k.endswith("manifest.json")]
    assert len(manifests) == 1


def test_process_needs_a_path_or_a_submission_id() -> None:
    result = CliRunner().invoke(app, ["process"])
    assert result.exit_code == 2
    assert "give either PATH or --submission-id" in result.output
