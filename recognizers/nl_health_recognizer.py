"""Recognizer for health information in Dutch school and care documents."""

from __future__ import annotations

from functools import cached_property

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import SpanRecognizer
from recognizers.lexicon import lexicon
from recognizers.terms import TermMatcher


class NlHealthRecognizer(SpanRecognizer):
    """Health information.

    Diagnoses (ADHD, ASS, dyslexie), conditions and disabilities (epilepsie, slechthorend),
    medication (methylfenidaat, melatonine), therapies (speltherapie, EMDR) and care bodies
    (GGZ, kinderpsychiater, jeugdzorg).
    Acronyms are matched in capitals only, so "add" and "ass" in running text are no match.
    The notation of the lists is explained in ``recognizers/terms.py``.

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
    def _terms(self) -> TermMatcher:
        return TermMatcher.of(lexicon("health"), lexicon("health.suffixes"),
                              lexicon("health.not"), lexicon("health.heads"))

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every health term in the text."""
        return [self.result(start, end, self.SCORE) for start, end in self._terms.find(text)]
