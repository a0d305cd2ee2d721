"""Recognizer for health information in Dutch school and care documents."""

from __future__ import annotations

import re
from functools import cached_property

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import SpanRecognizer
from recognizers.lexicon import alternation, lexicon, lowered

WORD_END = r"(?![\w-])"
WORD_START = r"(?<![\w-])"


ACRONYM = re.compile(r"[A-Z]{2,}")


def term_pattern(term: str) -> str:
    """The regex of one lexicon term (see ``lexicons/health.txt`` for the notation).

    Terms with an acronym (ADHD, PDD-NOS) keep their case; all others are case-blind.
    """
    stem = term.removesuffix("*")
    body = re.escape(stem).replace(r"\ ", r"\s+")
    tail = r"\w*" if term.endswith("*") else ""
    flags = "" if ACRONYM.search(stem) else "i"
    return rf"{WORD_START}(?{flags}:{body}{tail}){WORD_END}"


class NlHealthRecognizer(SpanRecognizer):
    """Health information.

    Diagnoses (ADHD, ASS, dyslexie), conditions and disabilities (epilepsie, slechthorend),
    medication (methylfenidaat, melatonine), therapies (speltherapie, EMDR) and care bodies
    (GGZ, kinderpsychiater, jeugdzorg).
    Acronyms are matched in capitals only, so "add" and "ass" in running text are no match.

    Besides the terms of ``lexicons/health.txt``, any word with a health ending
    (``health.suffixes.txt``: -stoornis, -syndroom, -therapie, drug endings such as
    -fenidaat) counts, unless ``health.not.txt`` excepts it.

    A special category of personal data (AVG art. 9): an attachment holding it needs the
    parents' consent (privacy protocol §2.5). The terms are data, in
    ``lexicons/health.txt``; words of the school's own vocabulary (ondersteuningsbehoefte,
    leerachterstand, werkhouding, concentratie) are not in it.
    """

    ENTITY = "HEALTH"
    SCORE = 0.8

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        terms = sorted(lexicon("health"), key=len, reverse=True)
        endings = alternation(lexicon("health.suffixes"))
        by_ending = rf"{WORD_START}(?i:[\w-]{{2,}}(?:{endings})){WORD_END}"  # not the ending alone
        return re.compile("|".join([*(term_pattern(term) for term in terms), by_ending]))

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every health term in the text."""
        return [
            self.result(match.start(), match.end(), self.SCORE)
            for match in self._pattern.finditer(text)
            if match.group().lower() not in lowered("health.not")
        ]
