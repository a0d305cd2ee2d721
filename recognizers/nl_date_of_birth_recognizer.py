"""Recognizer for birth dates in Dutch text."""

from __future__ import annotations

import re
from bisect import bisect_left

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import dates
from recognizers.base import SAINTS, start_of_line
from recognizers.lexicon import lexicon, lowered

YEAR = re.compile(r"(?:19|20)\d{2}|(?<=')\d{2}|(?<=[-/.])\d{2}(?!\d)")
CENTURY_PIVOT = 50  # '15 is 2015, '87 is 1987
# words before a name that make the date behind it a signature's or a report's
SIGNING_WORDS = r"door|opgesteld|ondertekend|getekend|datum|namens|d\.d\."
MIN_AGE_YEARS = 1  # a birth date behind a name lies more than this before the document's time


def _median_high_without(sorted_years: list[int], year: int) -> int | None:
    """The high median of the sorted years with one ``year`` taken out (``None``: none left).

    Read off the sorted list, so that each of a document's dates costs no copy or sort.
    """
    count = len(sorted_years) - 1
    if count == 0:
        return None
    middle = count // 2
    taken = bisect_left(sorted_years, year)
    return sorted_years[middle] if middle < taken else sorted_years[middle + 1]


def _year(date_text: str) -> int | None:
    """The year of a date as written, or ``None`` when it has none."""
    found = YEAR.findall(date_text)
    if not found:
        return None
    digits = found[-1]
    if len(digits) == 4:
        return int(digits)
    return 2000 + int(digits) if int(digits) < CENTURY_PIVOT else 1900 + int(digits)


SAINT_WORDS = frozenset({*(saint.lower() for saint in SAINTS), "st"})  # also without its dot


class NlDateOfBirthRecognizer(PatternRecognizer):
    """A date that is someone's birth date.

    One that follows "geboortedatum", "geboren (op)", "geb." or "d.o.b." closely on the
    same line, as in "Geboortedatum: 12-03-2014" or "geboren op 12 maart 2014 te Helmond",
    or at the end of the line before, when the date opens its line; or one that "geboren"
    follows, as in a time line ("30-07-2008   geboren in Belo Horizonte").

    A date with a year right behind a name, in parentheses or after a comma ("Tess (22
    augustus 2017)", "Leerling: Adam Bouzid, 2/11/2013"), or in parentheses behind a sibling's
    kin ("broer (11-09-2010)"), is one too, unless the word before is a town (the date line of
    a letter). The date itself is any form ``NlDateRecognizer`` knows; only the words before
    it decide.
    """

    SCORE = 0.85
    # a year of birth alone: "geb. 2009", "geboren in 2016"; dates by ``dates.DateScan``
    PATTERNS = [Pattern("birth_year", r"(?<=(?:geb\.|geboren(?:[ \t]+in)?|geboortejaar:?)[ \t]+)"
                                      r"(?:19|20)\d{2}(?![\w/-])", SCORE)]
    BIRTH_WORDS = re.compile(
        r"(?i)(?:°|(?<![^\s(])\*(?=\Z)"  # "°12-03-2014", "(*12-02-2012)": the signs for born
        r"|\b(?:geboortedatum|geboren|geb\.?[ \t]?datum|geb\.?|geboortedag|d\.o\.b\.?|dob"
        r"|date of birth|born|verjaardag|jarig))"
        r"(?:[ \t]*(?:/|en)[ \t]*-?(?:plaats|place|land))?"  # "geboortedatum / -plaats"
        r"(?:\s+(?:op|d\.d\.|in|de|:))*[\s:.|]*(?:\([^)]*\)\s*)?$")
    # a time line's row: "30-07-2008   geboren in Belo Horizonte", "24-07-2019 geboorte
    # halfbroer Jayden"
    BIRTH_WORD_AFTER = re.compile(r"[ \t]*[,:-]?[ \t]*(?i:geboren|geb\.|geboorte)(?![\w])")
    AFTER_NAME = re.compile(
        r"(?<![\w'’-])(?P<word>[A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z]?[a-zß-öø-ÿ'’]+)*)[ \t]*"
        r"(?:,[ \t]*|\([ \t]*)$")
    FIRST_NAME_BEFORE = re.compile(
        r"(?:(?P<first>[A-Z][a-zß-öø-ÿ'’-]+)|(?P<initials>(?:[A-Z]\.[ \t]?)+))[ \t]+"
        r"(?:(?:van|de|der|den|ter|ten|te|'t)[ \t]+)*$")
    # a sibling named by kin in a family table: "| Omid Sultani | broer (11-09-2010) |"
    SIBLING_BEFORE = re.compile(r"(?i)\b(?:half|stief|tweeling)?(?:broer|broertje|zus|zusje)"
                                r"[ \t]*\([ \t]*$")
    SIGNED = re.compile(rf"(?i)\b({SIGNING_WORDS})")
    # a name with its article in capitals is a body's, whose report the date is of: "verslag
    # Jeugd-GGZ De Wijngaard (12 mei 2023)" (no birth date in the seen sets stands so; 89 dates)
    ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:De|Het)[ \t]+\Z")
    BIRTH_IN_ROW = re.compile(r"[^\n\d]*?\b(?:geboren|geboorte)\b")  # no other date first
    LOOKBEHIND = 45  # characters on the same line searched for a birth word
    LOOKAHEAD = 50  # characters of a time line's row searched for one

    def __init__(self, supported_language: str = "nl",
                 scan: dates.DateScan | None = None) -> None:
        super().__init__(supported_entity="DATE_OF_BIRTH", patterns=self.PATTERNS,
                         supported_language=supported_language)
        self._scan = scan or dates.DateScan()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Dates right after a birth word; other dates are left to ``NlDateRecognizer``."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = EntityRecognizer.remove_duplicates(results + dates.scanned_results(
            self, text, self._scan.spans(text, nlp_artifacts),
            dict.fromkeys(dates.PATTERNS, self.SCORE)))
        years = [_year(text[r.start:r.end]) for r in results]
        known_years = sorted(year for year in years if year is not None)
        return [r for r, year in zip(results, years, strict=True)
                if self._after_birth_word(text, r.start, year, known_years)
                or self.BIRTH_WORD_AFTER.match(text, r.end)
                or self._opens_birth_row(text, r.start, r.end)]

    def _opens_birth_row(self, text: str, start: int, end: int) -> bool:
        """Whether the date opens a time line's row that tells of a birth further on.

        "07-07-2019 halfzusje Skylar geboren; zij woont bij moeder".
        """
        line_start = start_of_line(text, start)
        return (not text[line_start:start].strip(" \t-*|")
                and self.BIRTH_IN_ROW.match(text, end, end + self.LOOKAHEAD) is not None)

    def _after_birth_word(self, text: str, start: int, year: int | None,
                          known_years: list[int]) -> bool:
        line_start = start_of_line(text, start)
        if not text[line_start:start].strip():  # the date opens the line: "geboren\n3 mei"
            line_start = start_of_line(text, max(0, line_start - 1))
        before = text[max(line_start, start - self.LOOKBEHIND) : start]
        if self.BIRTH_WORDS.search(before) is not None:
            return True
        # behind a name, a birth date has a year ("Prins (18 december)" has none) that lies
        # years before the document's time, the median of its other dates ("toestemming
        # ouders en Luuk, 28-10-2025" in a letter of 2025; an end date in 2029 does not count)
        if year is None:
            return False
        others = _median_high_without(known_years, year)
        if others is not None and year >= others - MIN_AGE_YEARS:
            return False
        return self._after_name(before) or self.SIBLING_BEFORE.search(before) is not None

    @staticmethod
    def _titled(before_name: str) -> bool:
        """Whether a title stands before the name: an adult, "mevrouw te Winkel (14 jan.)".

        Or a saint's: "Kinderklinik St. Vitus (30.12.2023)" is a hospital's letter.
        """
        words = before_name.split()
        titles = lowered("titles") | lowered("titles.extra") | SAINT_WORDS
        while words and words[-1].lower() in lowered("interfixes"):
            words.pop()
        return bool(words) and words[-1].lower() in titles

    @staticmethod
    def _is_first_name(word: str) -> bool:
        """A first name that is no tussenvoegsel or common word ("De" is in the list)."""
        return word in lexicon("first_names") and word.lower() not in (
            lowered("interfixes") | lowered("common_words"))

    def _after_name(self, before: str) -> bool:
        """Whether the date stands right behind a name, in parentheses or after a comma.

        The word must be a known first name or surname, or follow a known first name
        ("Elif Kowalski, 15-2-2013"), and not be a town standing alone:
        not so the date line of a letter ("Helmond, 3 maart 2025"), of a signature
        ("Opgesteld door S. Winter, 9 mrt. '25") or of a report ("Kompasroos (25-11-2024)"),
        nor a name with a title: adults' birth dates are not given ("mevrouw te Winkel
        (14 jan. 2026)").
        """
        name = self.AFTER_NAME.search(before)
        if (name is None or self.SIGNED.search(before) or self._titled(before[: name.start()])
                or self.ARTICLE_BEFORE.search(before, 0, name.start())):
            return False
        word = name.group("word")
        first_name_before = self.FIRST_NAME_BEFORE.search(before[: name.start()])
        follows_first_name = first_name_before is not None and (
            first_name_before.group("initials") is not None
            or self._is_first_name(first_name_before.group("first")))
        is_name = (word in lexicon("first_names") or word in lexicon("surnames")
                   or follows_first_name)
        after_interfix = re.search(r"\b(?:van|de|der|den|ter|ten|te|'t)[ \t]+$",
                                   before[: name.start()]) is not None
        within_full_name = after_interfix or follows_first_name
        is_town = word in lexicon("towns") and not within_full_name
        return is_name and not is_town and word.lower() not in lowered("not_names")
