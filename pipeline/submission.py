"""Reading a submission (a folder or a .zip of files) from the local disk."""

from __future__ import annotations

import mimetypes
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass(frozen=True)
class IncomingFile:
    """One file of a submission as it arrived."""

    name: str
    data: bytes

    @property
    def content_type(self) -> str:
        """The content type guessed from the name; storage keeps it as metadata."""
        return guess_content_type(self.name)


def guess_content_type(name: str) -> str:
    """The content type that a file's name suggests (``application/pdf`` for ``x.pdf``)."""
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


INFO_FILE = "submission.json"  # optional facts beside the attachments (pupil, custody, consents)


def split_info(files: list[IncomingFile]) -> tuple[list[IncomingFile], IncomingFile | None]:
    """The attachments, and the ``submission.json`` among the files if there is one."""
    info = next((f for f in files if PurePosixPath(f.name).name == INFO_FILE), None)
    return [f for f in files if f is not info], info


class SubmissionError(Exception):
    """A submission that cannot be read at all (missing, not a folder or a zip)."""


def read_submission(path: Path) -> list[IncomingFile]:
    """The files of a submission folder (recursively) or zip archive, in name order.

    Hidden files (``.DS_Store``) and folders are skipped.
    """
    if path.is_dir():
        files = [
            IncomingFile(str(p.relative_to(path)), p.read_bytes())
            for p in sorted(path.rglob("*"))
            if p.is_file() and not _is_hidden(PurePosixPath(p.relative_to(path).as_posix()))
        ]
    elif path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            files = [
                IncomingFile(info.filename, archive.read(info))
                for info in sorted(archive.infolist(), key=lambda i: i.filename)
                if not info.is_dir() and not _is_hidden(PurePosixPath(info.filename))
            ]
    else:
        raise SubmissionError(f"{path}: not a folder or a .zip archive")
    return files


def _is_hidden(relative: PurePosixPath) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in relative.parts)
