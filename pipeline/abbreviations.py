"""Abbreviations a submission defines for what was found in it: "retinitis pigmentosa (RP)"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Document, Finding, line_before

# an abbreviation in brackets right after what it stands for, or right before it in brackets
DEFINED_ABBREVIATION = re.compile(r"[ \t]*\((?P<abbreviation>[A-Za-z]{2,6})\)")
ABBREVIATION_BEFORE = re.compile(r"(?<![\w-])(?P<abbreviation>[A-Za-z]{2,6})[ \t]*\(\Z")
REACH_BEFORE = 10  # "de RP (retinitis pigmentosa)"
NAME_WORDS_BEFORE = 4  # "Centrum voor Jeugd en" Trauma
MIN_CAPITALS = 2  # "RP", "NmG"; a word in brackets is no abbreviation: "ADHD (diagnose)"


def defined_abbreviations(documents: Sequence[Document],
                          detected: Sequence[tuple[Finding, ...]],
                          entity_type: str) -> dict[str, bool]:
    """The abbreviations the documents give in brackets right after a finding of the type.

    "heeft retinitis pigmentosa (RP)" makes every "RP" of the submission a finding of the
    type, also in a document that writes only the abbreviation ("Usher-syndroom met RP"); so
    does "de RP (retinitis pigmentosa)", the finding in brackets after its initials. Not one
    that abbreviates a name the finding ends ("Centrum voor Jeugd en Trauma (CJT)"). Each is
    found as written, never in lower case.
    """
    return {abbreviation: False
            for document, findings in zip(documents, detected, strict=True)
            for finding in findings if finding.entity_type == entity_type
            for abbreviation in _defined_for(document.text, finding)}


def _defined_for(text: str, finding: Finding) -> list[str]:
    """The abbreviation the text defines for the finding, after or before it, if any."""
    after = DEFINED_ABBREVIATION.match(text, finding.end)
    if after and _abbreviates(after.group("abbreviation"), finding.text,
                              line_before(text, finding.start)):
        return [after.group("abbreviation")]
    before = ABBREVIATION_BEFORE.search(text, max(0, finding.start - REACH_BEFORE),
                                        finding.start)
    if (before and text[finding.end:finding.end + 1] == ")"
            and before.group("abbreviation")[0] == finding.text[0].upper()
            and _abbreviates(before.group("abbreviation"), finding.text, "")):
        return [before.group("abbreviation")]
    return []


def _abbreviates(abbreviation: str, text: str, before: str) -> bool:
    """Whether the abbreviation stands for the finding, not for a name it ends.

    "Centrum voor Jeugd en Trauma (CJT)": a capitalised word before "Trauma" starts as
    the abbreviation does.
    """
    if sum(letter.isupper() for letter in abbreviation) < MIN_CAPITALS:
        return False
    return abbreviation[0] == text[0].upper() or not any(
        word[0] == abbreviation[0] for word in before.split()[-NAME_WORDS_BEFORE:])
