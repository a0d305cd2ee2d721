"""Resolving findings that cover the same text."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.document import Finding

# For two findings on the same span, the earlier type wins: the more specific one.
TYPE_PRIORITY = ("NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "NL_ID",
                 "DATE_OF_BIRTH", "DATE_TIME", "ORGANIZATION", "LOCATION", "PERSON", "HEALTH")


def _rank(finding: Finding) -> tuple[int, int, float]:
    priority = (TYPE_PRIORITY.index(finding.entity_type)
                if finding.entity_type in TYPE_PRIORITY else len(TYPE_PRIORITY))
    return (-(finding.end - finding.start), priority, -finding.score)


def resolve_overlaps(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Drop every finding that lies within a longer (or same-span, higher-priority) one.

    "Johan de Wittlaan 5" is an address, not a person; "Basisschool Helmond-Noord" an
    organization, not a town. Findings that overlap only in part are both kept, so that the
    anonymizer still removes every character either covers.
    """
    kept: list[Finding] = []
    for finding in sorted(findings, key=_rank):
        if not any(k.start <= finding.start and finding.end <= k.end for k in kept):
            kept.append(finding)
    return tuple(sorted(kept, key=lambda f: (f.start, f.end)))
