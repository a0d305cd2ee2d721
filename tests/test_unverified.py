"""The copies' safety net: words that no vocabulary vouches for are masked."""

from __future__ import annotations

import pytest

from pipeline.document import Document, Finding, Page
from pipeline.unverified import UNVERIFIED, is_code, unverified_words, with_unverified_words
from recognizers.vocabulary import vouched


def document(text: str) -> Document:
    return Document("test", text, (Page(1, 0.0, 0.0, 0, len(text)),))


@pytest.mark.parametrize(("word", "expected"), [
    # hard cases first: names and places no list holds, in any case
    ("Kowalczyk", False),  # a surname from abroad
    ("Ljouwert", False),  # a place under its Frisian name
    ("Roerparel", False),  # two Dutch words, but ending like a place or school name
    ("Kapelstraat", False),
    ("magda", False),  # lower case, in a parent's e-mail: a first name
    ("apeldoorn", False),  # lower case: a town
    ("Leerlingnummer", True),
    ("Leerlingnr", True),  # abbreviated
    ("Clientnummer", True),  # written without its accent (cliënt)
    ("TOELAATBAARHEIDSVERKLARING", True),  # a compound of Dutch words, at the start of a form line
    ("Toetsgegevens", True),
    ("my", True),  # English words that are also first names (My, Can)
    ("can", True),
    ("helpful", True),  # lower case, no name: a word of another language or a typo
    ("De", True),
    ("ADHD", True),  # an acronym of the Dutch word list
    ("SWV", True),  # and one of ours
    ("Nederlands", True),  # a language
    ("Dear", True),
    ("Juf", True),
    ("Bakker", True),  # a surname that is a Dutch word: the recognizers' work, not this net's
])
def test_vouched(word: str, expected: bool) -> None:
    assert vouched(word) is expected


@pytest.mark.parametrize(("token", "expected"), [
    ("LB-4471", True),  # a pupil number without its label
    ("118.204", True),  # a number in groups of three
    ("SWV-2812-0457", True),
    ("4057731", True),
    ("94-012345", True),  # an AGB code with its dash
    ("LLN20391", True),
    ("2026-2027", False),  # a school year
    ("12.500", False),  # an amount
    ("CELF-5", False),  # a test and its edition
    ("AVI-E4", False),  # a reading level
    ("1234", False),
])
def test_is_code(token: str, expected: bool) -> None:
    assert is_code(token) is expected


def test_masks_the_unknown_words_outside_findings() -> None:
    text = "Gesprek met Iryna Melnyk (tolk) over H.F. op school, kenmerk 4057731, dossier LB-4471."
    masked = [f.text for f in unverified_words(document(text), [])]
    assert masked == ["Iryna", "Melnyk", "H.F", "4057731", "LB-4471"]


def test_leaves_what_a_finding_covers_to_that_finding() -> None:
    text = "Focale epilepsie bij Sanne Kowalczyk."
    health = Finding("HEALTH", 0, 16, text[:16], 0.8, 1)
    person = Finding("PERSON", 21, 36, text[21:36], 0.8, 1)
    assert unverified_words(document(text), [health, person]) == []
    assert [f.text for f in unverified_words(document(text), [person])] == ["Focale"]


def test_findings_and_masks_come_in_reading_order() -> None:
    text = "Wezet, 12 maart 2020: Melnyk belde."
    date = Finding("DATE_TIME", 7, 20, text[7:20], 0.8, 1)
    result = with_unverified_words(document(text), [date])
    assert [(f.entity_type, f.text) for f in result] == [
        (UNVERIFIED, "Wezet"), ("DATE_TIME", "12 maart 2020"), (UNVERIFIED, "Melnyk")]


def test_masks_a_capitalised_dutch_word_inside_a_sentence() -> None:
    text = ("Ze zit op De Leerlooierij en krijgt hulp van Spraakwater, via Teams.\n"
            "Verslag Multidisciplinair Overleg Zorgteam\n"
            "Kinderen leren lezen. Veilig Thuis belt 's Nachts na Sinterklaas; Horst")
    masked = [f.text for f in unverified_words(document(text), [])]
    assert masked == ["Leerlooierij", "Spraakwater", "Horst"]  # no heading, no "Teams"
