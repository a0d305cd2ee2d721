from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.ingest import submission_id_for
from pipeline.submission import SubmissionError, read_submission
from tests.conftest import TLV_001


def test_a_zip_reads_like_the_folder_it_was_made_from(tmp_path: Path) -> None:
    archive = tmp_path / "aanvraag.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(TLV_001.iterdir()):
            zipped.write(path, f"bijlagen/{path.name}")
        zipped.writestr("__MACOSX/._01-aanvraagformulier.pdf", b"resource fork")
        zipped.writestr("bijlagen/.DS_Store", b"finder")
    from_zip = read_submission(archive)
    from_folder = read_submission(TLV_001)
    assert [f.data for f in from_zip] == [f.data for f in from_folder]
    assert from_zip[0].name == "bijlagen/01-aanvraagformulier.pdf"
    assert from_zip[0].content_type == "application/pdf"
    assert submission_id_for(from_zip) == submission_id_for(from_folder)


def test_a_plain_file_is_not_a_submission(tmp_path: Path) -> None:
    lone = tmp_path / "los.pdf"
    lone.write_bytes(b"%PDF-1.4")
    with pytest.raises(SubmissionError, match="not a folder or a .zip"):
        read_submission(lone)
