"""What the tasks of one process share: the object store and the analyzer, built once."""

from __future__ import annotations

from functools import cache

from pipeline.analysis import Analyzer
from swv_intake.runtime import open_store
from swv_intake.s3 import S3Store
from swv_intake.settings import Settings


@cache
def store() -> S3Store:
    """The object store named by the settings."""
    return open_store(Settings())


@cache
def analyzer() -> Analyzer:
    """The analyzer; building it loads Presidio and the Dutch pipeline."""
    return Analyzer()
