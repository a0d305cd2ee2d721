"""Flags per attachment: what the protocol asks the office to notice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from pipeline.document import Finding


@dataclass(frozen=True)
class Flags:
    """Yes/no facts about one attachment.

    ``contains_bsn``: a school may not send a BSN to the SWV (privacy protocol §2.2); the
    school must correct the file, and no copy leaving the pipeline may contain it.
    """

    contains_bsn: bool

    def as_dict(self) -> dict[str, bool]:
        """The flags as a JSON-ready mapping."""
        return asdict(self)


def flag(findings: Iterable[Finding]) -> Flags:
    """The flags that the findings of one attachment raise."""
    types = {finding.entity_type for finding in findings}
    return Flags(contains_bsn="NL_BSN" in types)


def count_by_type(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each entity type, by type name."""
    return dict(sorted(Counter(finding.entity_type for finding in findings).items()))
