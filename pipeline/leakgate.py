"""The leak gate: nothing is published that still holds an identifier.

Every output is read again (a PDF through pdfplumber, like any incoming file) and analysed
again; an identifier found in it, or the text of any identifier found in its source, blocks
it. The reasons name types, never the text found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.analysis import Analyzer
from pipeline.anonymize import KEPT_TYPES
from pipeline.dates import parse_date
from pipeline.document import Document, Finding
from pipeline.extract import UnreadableDocumentError, extract_pdf


@dataclass(frozen=True)
class GateResult:
    """Whether an output may be published, and if not, why (types only)."""

    passed: bool
    problems: tuple[str, ...]


def _identifying(finding: Finding) -> bool:
    """Health stays by design; a date without a day is the generalisation of one."""
    if finding.entity_type in KEPT_TYPES:
        return False
    return not (finding.entity_type == "DATE_TIME" and parse_date(finding.text) is None)


def check_text(output: str, source: Document, source_findings: Iterable[Finding],
               analyzer: Analyzer) -> GateResult:
    """Check an anonymized text against the analyzer and against its source's findings.

    What the analyzer finds in the output counts when its text stands in the source too.
    Text that removal brought together is no leak: in "mevrouw van [Dam] Beide ouders"
    read back from a redacted PDF, "van Beide" looks like a name but names no one.
    """
    document = Document.of_text("gate", output)
    source_flat, output_flat = _flat(source.text), _flat(output)
    found = sorted({f"{f.entity_type} found in the output" for f in analyzer.analyze(document)
                    if _identifying(f) and _contains(source_flat, f.text)})
    present = sorted({f"{f.entity_type} of the source still present" for f in source_findings
                      if _identifying(f) and _contains(output_flat, f.text)})
    problems = tuple(found + present)
    return GateResult(not problems, problems)


def check_pdf(pdf: bytes, source: Document, source_findings: Iterable[Finding],
              analyzer: Analyzer) -> GateResult:
    """Re-extract a redacted PDF with pdfplumber and check its text."""
    try:
        text = extract_pdf(pdf, "gate").text
    except UnreadableDocumentError as error:
        return GateResult(False, (f"output unreadable: {error.reason}",))
    return check_text(text, source, source_findings, analyzer)


def _flat(text: str) -> str:
    """The text with every run of white space one space: line breaks differ between reads."""
    return " ".join(text.split())


def _contains(flat_text: str, needle: str) -> bool:
    """Whether the needle stands in the flattened text as whole words."""
    return re.search(rf"(?<!\w){re.escape(_flat(needle))}(?!\w)", flat_text) is not None
