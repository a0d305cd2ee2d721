"""The regex helpers the recognizers build and search with."""

from __future__ import annotations

import re

import pytest

from recognizers.base import lines_with, matches_on_lines_with
from recognizers.lexicon import alternation

ENTRIES = ("basis", "basisschool", "GGZ-instelling", "paraaf")


@pytest.mark.parametrize(("text", "case_blind", "expected"), [
    # the longest entry wins, as written or in any case
    ("basisschool", False, "basisschool"),
    ("BASISSCHOOL", True, "BASISSCHOOL"),
    ("Basisschool", True, "Basisschool"),
    ("ggz-Instelling", True, "ggz-Instelling"),
    ("PaRaAf", True, "PaRaAf"),
    # as written only, unless case-blind
    ("Basisschool", False, None),
    ("ggz-instelling", False, None),
    ("school", True, None),
])
def test_alternation_matches_its_entries(text: str, case_blind: bool,
                                         expected: str | None) -> None:
    match = re.match(alternation(ENTRIES, case_blind=case_blind), text)
    assert (match.group() if match else None) == expected


def test_a_case_blind_alternation_opens_with_its_first_letters_in_both_cases() -> None:
    # what lets the regex engine skip ahead to them
    pattern = alternation(("paraaf", "getekend"), after_first=r"(?<![\w-].)", case_blind=True)
    assert pattern == (r"(?:G(?<![\w-].)(?i:etekend)|g(?<![\w-].)(?i:etekend)"
                       r"|P(?<![\w-].)(?i:araaf)|p(?<![\w-].)(?i:araaf))")
    assert [m.group() for m in re.finditer(pattern, "Paraaf, ondergetekend, GETEKEND")] == [
        "Paraaf", "GETEKEND"]


@pytest.mark.parametrize("mark", ["@", re.compile(r"[@＠]"), None])  # None: the whole text
def test_matches_on_lines_with_the_mark_are_those_of_the_whole_text(
        mark: str | re.Pattern[str] | None) -> None:
    pattern = re.compile(r"(?m)(?:^|:[ \t]*)(?P<name>\w+(?: \w+)?) <\S+@\S+>")
    text = ("Van: Roos Bakker <rb@example.nl>\nAan: team\nCC: Anke Vos <av@example.nl>, "
            "Kees <k@example.nl>\nlaatste regel zonder adres")
    assert [m.group("name") for m in matches_on_lines_with(pattern, text, mark)] == [
        m.group("name") for m in pattern.finditer(text)] == ["Roos Bakker", "Anke Vos"]


@pytest.mark.parametrize(("text", "runs"), [
    ("a1\nb2\nc\nd4\n", [(0, 6), (8, 11)]),  # adjacent lines run together, with their breaks
    ("x\ny5", [(2, 4)]),  # the last line without a break
    ("geen cijfers", []),
])
def test_lines_with_the_mark(text: str, runs: list[tuple[int, int]]) -> None:
    assert lines_with(text, re.compile(r"\d")) == runs
