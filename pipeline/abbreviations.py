"""Abbreviations a submission defines for what was found in it: "retinitis pigmentosa (RP)"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Document, Finding

# an abbreviation in brackets right after what it stands for
DEFINED_ABBREVIATION = re.compile(r"[ \t]*\((?P<abbreviation>[A-Za-z]{2,6})\)")
MIN_CAPITALS = 2  # "RP", "NmG"; a word in brackets is no abbreviation: "ADHD (diagnose)"


def defined_abbreviations(documents: Sequence[Document],
                          detected: Sequence[tuple[Finding, ...]],
                          entity_type: str) -> dict[str, bool]:
    """The abbreviations the documents give in brackets right after a finding of the type.

    "heeft retinitis pigmentosa (RP)" makes every "RP" of the submission a finding of the
    type, also in a document that writes only the abbreviation ("Usher-syndroom met RP").
    Each is found as written, never in lower case.
    """
    return {match.group("abbreviation"): False
            for document, findings in zip(documents, detected, strict=True)
            for finding in findings if finding.entity_type == entity_type
            if (match := DEFINED_ABBREVIATION.match(document.text, finding.end))
            and sum(letter.isupper() for letter in match.group("abbreviation")) >= MIN_CAPITALS}
