from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analysis import Analyzer

CORPUS = Path(__file__).parent.parent / "fixtures" / "corpus"
TLV_001 = CORPUS / "submissions" / "tlv-001"
BAD_INPUT = CORPUS / "submissions" / "bad-input"


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()
