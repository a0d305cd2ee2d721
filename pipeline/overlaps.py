"""Resolving findings that cover the same text."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.document import Finding
from recognizers.lexicon import lexicon

# For two findings on the same span, the earlier type wins: the more specific one. A health
# term of the lexicon named after its describer ("Gilles de la Tourette") is no person.
TYPE_PRIORITY = ("NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "NL_ID",
                 "DATE_OF_BIRTH", "DATE_TIME", "ORGANIZATION", "HEALTH", "LOCATION", "PERSON")
# A town that is also a surname ("Zwanenburg") is a person or a place by the evidence: the
# higher score wins ("mevr. Zwanenburg", "Achternaam: Kerkhof", but "woont in Kerkhof"). Any
# other town stays one ("Hoogezand", "Sas van Gent").
BY_SCORE = frozenset({"LOCATION", "PERSON"})
BY_SCORE_PRIORITY = min(map(TYPE_PRIORITY.index, BY_SCORE))


def _priority(finding: Finding) -> int:
    if finding.entity_type in TYPE_PRIORITY:
        return TYPE_PRIORITY.index(finding.entity_type)
    return len(TYPE_PRIORITY)


def _rank(finding: Finding) -> tuple[int, float, int]:
    """How a finding ranks against others on its span: lower wins."""
    if finding.entity_type in BY_SCORE and finding.text in lexicon("surnames"):
        return BY_SCORE_PRIORITY, -finding.score, _priority(finding)
    return _priority(finding), -finding.score, 0


def resolve_overlaps(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Drop every finding that lies within a longer (or same-span, higher-priority) one.

    "Johan de Wittlaan 5" is an address, not a person; "Basisschool Helmond-Noord" an
    organization, not a town. Findings that overlap only in part are both kept, so that the
    anonymizer still removes every character either covers. One sweep in reading order:
    a finding ending before the furthest end reached so far lies within an earlier one.
    """
    kept: list[Finding] = []
    reach = -1
    for finding in sorted(findings, key=lambda f: (f.start, -f.end, *_rank(f))):
        if finding.end <= reach:
            continue
        kept.append(finding)
        reach = finding.end
    return tuple(kept)
