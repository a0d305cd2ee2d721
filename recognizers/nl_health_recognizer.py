"""Recognizer for health information in Dutch school and care documents."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import SpanRecognizer
from recognizers.lexicon import WORD_START, alternation, lexicon
from recognizers.nl_location_recognizer import POSTCODE_FROM_DIGIT, POSTCODE_LOWER
from recognizers.terms import TermMatcher

CONDITION_OF = r"(?i:syndroom|ziekte)[ \t]+van[ \t]+"  # "syndroom van", "ziekte van"
# a condition named after a person: "ziekte van Lyme", "syndroom van Prader-Willi" (matched
# from its first letter in either case, which the regex engine skips ahead to)
NAMED_CONDITION = re.compile(
    rf"{alternation(('syndroom', 'ziekte'), case_blind=True, after_first=WORD_START)}"
    r"[ \t]+van[ \t]+(?P<person>[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)")
# a condition named after a person, which gives the person's name: "syndroom van Down",
# "Usher-syndroom" (of the lexicon, and as found in a text)
LEXICON_EPONYM = re.compile(rf"(?:{CONDITION_OF}(?P<after>[A-Z][\w'’-]+)"
                            r"|(?P<before>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*)[- \t]?"
                            r"(?i:syndroom|ziekte))")
# an acronym with a letter in brackets, read with and without it: "AD(H)D" (looked back at
# from its first letter)
BRACKETED_LETTER = re.compile(r"(?P<before>[A-Z](?<![\w(].)[A-Z]{0,3})\((?P<letter>[A-Z]{1,2})\)"
                              r"(?P<after>[A-Z]{0,4})(?![\w)])")
# an ICD-10 code beside or instead of the diagnosis (fixtures/ANNOTATION.md): a letter, two
# digits and the decimals ("(F41.1)", "G40.3"), or a mental disorder's code without them ("DCD,
# F82"); not a DSM-5 number ("299.00"), which writers leave unmarked (looked back at from its
# letter, which the regex engine searches for alone)
DIAGNOSIS_CODE = re.compile(r"[A-TV-Z](?<![\w.,/-].)(?:\d{2}\.\d{1,2}|(?<=F)\d{2})"
                            r"(?![\w/-]|[.,]\d)")
# the brand of a hearing aid in brackets after the aid, or with an article, which no first
# name takes: "solo-apparatuur (Roger)", "FM-apparatuur (Roger)", "de Roger staat aan"
# (the rules-era seen sets mark 4 of 4); found by its name, which is fast, and the words before
# it then looked at
AID_BRAND = re.compile(r"Roger(?<![\w-]Roger)(?![\w-])")
AID_BEFORE = re.compile(r"(?:(?i:apparatuur)[ \t]?\(|(?<![\w-])de[ \t]+)\Z")
AID_REACH = 40  # characters before the brand searched for the aid or the article
# a symptom that is also how an EEG provokes absences: "paniekaanvallen met hyperventilatie" is
# health (15 of 15 such mentions marked in the rules-era seen sets), "bij hyperventilatie 3 Hz
# piek-golfcomplexen" the EEG's method (23 of 24 unmarked): health where its sentence holds no
# word of an EEG (found by its letters, which is fast, and looked back at from there)
PROVOKED_SYMPTOM = re.compile(r"[Hh](?<![\w-].)yperventilatie(?![\w-])")
EEG_WORDS = re.compile(r"EEG|(?i:piek-?golf|absence|ontlading|epileptiform"
                       r"|(?<![\w-])poli(?![\w-]))")
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
# a postcode right before a word makes it the town: "5469 EV ERP" is Erp, not a therapy
POSTCODE_BEFORE = re.compile(rf"(?:{POSTCODE_FROM_DIGIT}|{POSTCODE_LOWER})[ \t]+\Z")
POSTCODE_REACH = 12
SENTENCE_REACH = 200  # characters searched for a sentence's ends


def _occurrences(text: str, word: str) -> int:
    """How often the word stands in the text as a whole word (its letters found first: fast)."""
    return sum(not re.match(r"[\w'’-]", text[found.start() - 1:found.start()])
               for found in re.finditer(rf"{re.escape(word)}(?![\w'’-])", text))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence that holds the span: from the last sentence's end to the next."""
    ends = list(SENTENCE_END.finditer(text, max(0, start - SENTENCE_REACH), start))
    following = SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    return text[ends[-1].end() if ends else max(0, start - SENTENCE_REACH):
                following.start() if following else end + SENTENCE_REACH]


def _town_after_postcode(text: str, start: int, end: int) -> bool:
    """Whether the term is a town's name after a postcode ("5469 EV ERP")."""
    return (text[start:end].title() in lexicon("towns")
            and POSTCODE_BEFORE.search(text, max(0, start - POSTCODE_REACH), start) is not None)


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
    ("de ziekte van Emma"), and so does an ICD-10 diagnosis code ("(F41.1)"), and a hearing
    aid's brand after the aid or with an article ("solo-apparatuur (Roger)", "de Roger").

    A special category of personal data (AVG art. 9): an attachment holding it needs the
    parents' consent (privacy protocol §2.5). The terms are data, in
    ``lexicons/health.txt``; words of the school's own vocabulary (ondersteuningsbehoefte,
    leerachterstand, werkhouding, concentratie) are not in it.
    """

    ENTITY = "HEALTH"
    SCORE = 0.8

    @cached_property
    def _terms(self) -> TermMatcher:
        """The lexicon's terms, and each eponym's syndrome written apart: "Down syndroom"."""
        apart = (f"{name} syndroom" for name in self._eponyms)
        return TermMatcher.of([*lexicon("health"), *apart], lexicon("health.suffixes"),
                              lexicon("health.not"), lexicon("health.heads"))

    @staticmethod
    def _named_conditions(text: str) -> list[tuple[int, int]]:
        """The conditions named after a person, not whose illness they are.

        Not after a first name ("de ziekte van Emma"), nor a name that stands alone
        elsewhere in the text ("de ziekte van Zuza ... Zuza").
        """
        matches = list(NAMED_CONDITION.finditer(text))
        in_conditions = Counter(match.group("person") for match in matches)
        return [match.span() for match in matches
                if (person := match.group("person")) not in lexicon("first_names")
                and _occurrences(text, person) == in_conditions[person]]

    @cached_property
    def _eponyms(self) -> frozenset[str]:
        """The persons the lexicon's conditions are named after: "Down", "Usher", "Crohn".

        Not those who are someone's first name or surname too ("Becker").
        """
        names = {match.group("after") or match.group("before")
                 for term in lexicon("health") if (match := LEXICON_EPONYM.fullmatch(term))}
        return frozenset(names - lexicon("first_names") - lexicon("surnames"))

    def _eponyms_alone(self, text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A condition's eponym standing alone where the text names the condition in full.

        "het syndroom van Down ... meer dan haar Down", "Usher-syndroom ... de diagnose Usher":
        the full names are among the spans found.
        """
        named = {match.group("after") or match.group("before") for start, end in found
                 if (match := LEXICON_EPONYM.fullmatch(text, start, end))} & self._eponyms
        return [alone.span() for name in named
                for alone in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w'’])", text)
                if not any(start <= alone.start() and alone.end() <= end for start, end in found)]

    def _bracketed_acronyms(self, text: str) -> list[tuple[int, int]]:
        """Acronyms that are terms with and without their bracketed letter: "AD(H)D"."""
        return [match.span() for match in BRACKETED_LETTER.finditer(text)
                if {match.group("before") + match.group("letter") + match.group("after"),
                    match.group("before") + match.group("after")} <= self._terms.exact]

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Health terms, eponymous conditions, acronyms ("AD(H)D"), diagnosis codes, aids."""
        whole = [*self._named_conditions(text), *self._bracketed_acronyms(text),
                 *(code.span() for code in DIAGNOSIS_CODE.finditer(text))]
        terms = [(start, end) for start, end in self._terms.find(text)
                 if not any(start < last and first < end for first, last in whole)
                 and not _town_after_postcode(text, start, end)]
        brands = [brand.span() for brand in AID_BRAND.finditer(text)
                  if AID_BEFORE.search(text, max(0, brand.start() - AID_REACH), brand.start())
                  and not any(start < brand.end() and brand.start() < end
                              for start, end in terms)]  # not "de Roger Pen", a term
        symptoms = [symptom.span() for symptom in PROVOKED_SYMPTOM.finditer(text)
                    if not EEG_WORDS.search(_sentence(text, *symptom.span()))
                    and not any(start < symptom.end() and symptom.start() < end
                                for start, end in terms)]  # not "EEG met hyperventilatie"
        found = [*whole, *terms, *brands, *symptoms]
        return [self.result(start, end, self.SCORE)
                for start, end in [*found, *self._eponyms_alone(text, found)]]
