"""Recognizer for dates (other than birth dates) in Dutch text."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import dates

SCHOOL_YEAR_PARTS = re.compile(r"(\d{4})[ \t]*[-–][ \t]*(\d{4})")


class NlDateRecognizer(PatternRecognizer):
    """Dates, other than birth dates.

    Written numerically (12-03-2014, 12/3/14, 2014-03-12), in words (12 maart 2014,
    3 jan. '15, November 16, 2026) or as month and year (maart 2024); a year or a month on
    its own when a word places it in time ("sinds 2019", "eind juli", "tot kerst 2025"), a
    month in lower case anywhere ("| februari |") and an English one ("in September"); a day
    and month before a time or after a weekday ("[17-02 08:12]", "di 4/2"); a day by its
    ordinal ("dinsdag 21e", "op de 18e"); a period of years, but not a school year.

    A date that is someone's birth date is ``DATE_OF_BIRTH`` instead
    (``NlDateOfBirthRecognizer``); the pipeline keeps the more specific type.
    """

    # besides the dates of ``dates.PATTERNS``, which ``dates.DateScan`` finds for both
    PATTERNS = [
        Pattern("year_alone", dates.YEAR_ALONE, 0.5),
        Pattern("year_in_timeline", dates.YEAR_IN_TIMELINE, 0.5),
        Pattern("month_in_lower_case", dates.MONTH_LOWER, 0.5),
        Pattern("month_english", dates.MONTH_ENGLISH, 0.5),
        Pattern("day_month", dates.DAY_MONTH, 0.5),
        Pattern("day_month_english", dates.ENGLISH_DAY_MONTH, 0.5),
        Pattern("ordinal_day", dates.ORDINAL_DAY, 0.5),
        Pattern("year_range", dates.YEAR_RANGE, 0.5),
    ]
    CONTEXT = ["datum", "d.d.", "op", "sinds", "vanaf", "gesprek", "overleg", "onderzoek"]

    def __init__(self, supported_language: str = "nl",
                 scan: dates.DateScan | None = None) -> None:
        super().__init__(supported_entity="DATE_TIME", patterns=self.PATTERNS,
                         context=self.CONTEXT, supported_language=supported_language)
        self._scan = scan or dates.DateScan()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The dates of the shared scan and of this recognizer's own patterns."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results += dates.scanned_results(self, text, self._scan.spans(text, nlp_artifacts),
                                         dates.SCORES)
        return EntityRecognizer.remove_duplicates(results)

    def validate_result(self, pattern_text: str) -> bool | None:
        """A period of years is a date, a school year (2021-2022) is not; others: no verdict."""
        years = SCHOOL_YEAR_PARTS.fullmatch(pattern_text)
        if years is None:
            return None
        return int(years.group(2)) - int(years.group(1)) != 1
