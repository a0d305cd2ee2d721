"""The base of our recognizers that find spans by their own rules rather than one regex."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult

# Between a form field's label and its value: a colon, dot leaders or a table bar, after
# the asterisk of a required field ("Achternaam* ....").
FIELD_SEPARATOR = r"[ \t]*\*?[ \t]*(?::|\.{2,}|\|)[ \t.:]*"
# Where a label may start: the start of a line, or a table cell, after a question's number
# ("1.2 Voornamen:").
FIELD_START = r"(?:^|\|)[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
# A saint's title, whose name names a hospital or school: "St. Vitus", "Sint Jozef"
SAINTS = ("St.", "Sint", "Sankt", "Saint", "San", "Santa", "Santo", "São")  # "San Nicolas"


def start_of_line(text: str, offset: int) -> int:
    """Where the line that holds the offset starts."""
    return text.rfind("\n", 0, offset) + 1


DIGIT = re.compile(r"\d")  # a mark of the lines with a date or a number (``lines_with``)


def matches_on_lines_with(pattern: re.Pattern[str], text: str,
                          mark: str | re.Pattern[str] | None) -> Iterator[re.Match[str]]:
    """The pattern's matches, for one whose matches stay on a line that holds the mark.

    A regex that opens with no letter or sign of its own is tried at every position of the
    text; most lines lack the rare mark (the "@" of a mail address, a house number), and
    are left alone. With no mark, the whole text is searched.
    """
    if mark is None:
        yield from pattern.finditer(text)
        return
    for start, end in lines_with(text, mark):
        yield from pattern.finditer(text, start, end)


def lines_with(text: str, mark: str | re.Pattern[str]) -> list[tuple[int, int]]:
    """Where each run of adjacent lines that hold the mark starts and ends (after its break)."""
    runs: list[tuple[int, int]] = []
    end = 0
    while (found := _find(text, mark, end)) != -1:
        start = start_of_line(text, found)
        line_break = text.find("\n", found)
        end = len(text) if line_break == -1 else line_break + 1
        if runs and runs[-1][1] == start:
            start = runs.pop()[0]
        runs.append((start, end))
    return runs


def _find(text: str, mark: str | re.Pattern[str], start: int) -> int:
    if isinstance(mark, str):
        return text.find(mark, start)
    found = mark.search(text, start)
    return -1 if found is None else found.start()


class SpanRecognizer(EntityRecognizer):
    """An ``EntityRecognizer`` for one entity whose results name the rule that found them.

    Subclasses set ``ENTITY`` and implement ``analyze``; lexicons load lazily on first use.
    """

    ENTITY = ""

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__,
                         supported_language=supported_language)

    def load(self) -> None:
        """Nothing to load up front: lexicons are read on first use."""

    def result(self, start: int, end: int, score: float, rule: str = "") -> RecognizerResult:
        """A result for the span, recording this recognizer and the rule."""
        return RecognizerResult(
            self.ENTITY, start, end, score,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                  "rule": rule})
