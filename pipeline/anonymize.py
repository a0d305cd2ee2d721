"""Anonymized text: every finding replaced by a placeholder naming its type."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.document import Finding
from pipeline.unverified import UNVERIFIED

PLACEHOLDERS = {
    "NL_BSN": "[BSN]",
    "PERSON": "[naam]",
    "LOCATION": "[adres]",
    "PHONE_NUMBER": "[telefoon]",
    "EMAIL_ADDRESS": "[e-mail]",
    "IBAN_CODE": "[IBAN]",
    "DATE_OF_BIRTH": "[geboortedatum]",
    "DATE_TIME": "[datum]",
    "ORGANIZATION": "[organisatie]",
    "NL_ID": "[nummer]",
    UNVERIFIED: "[verwijderd]",
}
DEFAULT_PLACEHOLDER = "[verwijderd]"
# Not identifying, and what a case consultation needs: health stays (privacy protocol §2.1)
KEPT_TYPES = frozenset({"HEALTH"})


def anonymize_text(text: str, findings: Iterable[Finding]) -> str:
    """Replace each identifying finding's span; overlapping ones merge into one placeholder.

    Health findings stay: they identify nobody and the consultation needs them.
    """
    parts: list[str] = []
    cursor = 0
    identifying = (f for f in findings if f.entity_type not in KEPT_TYPES)
    for start, end, entity_type in _merged_spans(identifying):
        parts.append(text[cursor:start])
        parts.append(PLACEHOLDERS.get(entity_type, DEFAULT_PLACEHOLDER))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def _merged_spans(findings: Iterable[Finding]) -> list[tuple[int, int, str]]:
    """Spans sorted by start; an overlapping span extends the one before it."""
    merged: list[tuple[int, int, str]] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and finding.start < merged[-1][1]:
            start, end, entity_type = merged[-1]
            merged[-1] = (start, max(end, finding.end), entity_type)
        else:
            merged.append((finding.start, finding.end, finding.entity_type))
    return merged
