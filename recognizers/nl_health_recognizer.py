"""Recognizer for health information in Dutch school and care documents."""

from __future__ import annotations

import re
from functools import cached_property

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import SpanRecognizer
from recognizers.lexicon import lexicon
from recognizers.terms import TermMatcher

# a condition named after a person: "ziekte van Lyme", "syndroom van Prader-Willi"
CONDITION_NAMED_AFTER = r"(?<![\w-])(?i:syndroom|ziekte)[ \t]+van[ \t]+"
NAMED_CONDITION = re.compile(rf"{CONDITION_NAMED_AFTER}(?P<person>[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)")


class NlHealthRecognizer(SpanRecognizer):
    """Health information.

    Diagnoses (ADHD, ASS, dyslexie), conditions and disabilities (epilepsie, slechthorend),
    medication (methylfenidaat, melatonine), therapies (speltherapie, EMDR) and care bodies
    (GGZ, kinderpsychiater, jeugdzorg).
    Acronyms are matched in capitals only, so "add" and "ass" in running text are no match.
    The notation of the lists is explained in ``recognizers/terms.py``.

    Besides the terms of ``lexicons/health.txt``, any word with a health ending
    (``health.suffixes.txt``: -stoornis, -syndroom, -therapie, drug endings such as
    -fenidaat) counts, unless ``health.not.txt`` excepts it, and so does any condition named
    after a person ("ziekte van Pfeiffer", "syndroom van Klinefelter"), but for a first name
    ("de ziekte van Emma").

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

    @staticmethod
    def _names_a_condition(text: str, person: str) -> bool:
        """Whether the name after "ziekte van" names a condition, not whose illness it is.

        Not a first name ("de ziekte van Emma"), nor a name that stands alone elsewhere in
        the text ("de ziekte van Zuza ... Zuza").
        """
        if person in lexicon("first_names"):
            return False
        name = rf"(?<![\w'’-]){re.escape(person)}(?![\w'’-])"
        in_conditions = re.findall(rf"{CONDITION_NAMED_AFTER}{name}", text)
        return len(re.findall(name, text)) == len(in_conditions)

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every health term in the text, and the conditions named after a person."""
        named = [match.span() for match in NAMED_CONDITION.finditer(text)
                 if self._names_a_condition(text, match.group("person"))]
        terms = [(start, end) for start, end in self._terms.find(text)
                 if not any(start < last and first < end for first, last in named)]
        return [self.result(start, end, self.SCORE) for start, end in [*named, *terms]]
