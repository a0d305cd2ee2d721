"""Phone numbers. All numbers are fictitious."""

from __future__ import annotations

import pytest

from recognizers.nl_phone_recognizer import NlPhoneRecognizer
from tests.recognizers.helpers import assert_spans, spans


@pytest.fixture(scope="module")
def recognizer() -> NlPhoneRecognizer:
    return NlPhoneRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first
        ("BSN 111222333", []),  # nine digits
        ("A. de Wit 024 - 641 22 95 5 oktober 2023", ["024 - 641 22 95"]),  # a date after
        ("06 1234 5678 9", []),  # digits go on
        ("Emmerich am Rhein - Tel. 02822 73-0; Telefon: 0241 80888; Kenmerk 0481 20;"
         " Fax 02161 892-119", ["02822 73-0", "0241 80888", "02161 892-119"]),
        ("Theaterstraße 72 - 52062 Aachen - Tel. 0241 / 919 37 72; Tel.: 02161 / 48 29 30",
         ["0241 / 919 37 72", "02161 / 48 29 30"]),  # the subscriber's number in groups
        # a German fixed number after its label only
        ("periode 14/03/2023 - 28/04/2023; tel. 0492-123456/06-12345678",
         ["0492-123456", "06-12345678"]),  # no date's month, year, day and month
        ("crisisdienst (0900-1234 987), 0800 0432; +353 (0)87 415 2290.",
         ["0900-1234 987", "0800 0432", "+353 (0)87 415 2290"]),  # service, abroad with (0)
        ("BIG 09041177001", []),
        ("Telefoon 06-33 71 20 58 0651 447 892; BSN 123 456 782", ["06-33 71 20 58",
                                                                  "0651 447 892"]),
        ("tel. 089/71.40.50 - secretariaat 089 32 71 45; 076 501 23 40",
         ["089/71.40.50", "089 32 71 45", "076 501 23 40"]),  # Belgian, then Dutch grouped alike
        ("BIG 17012345601; Handy 0171 448 29 10 oder 0160/9123456", ["0171 448 29 10",
                                                                     "0160/9123456"]),  # German
        ("Poolse nummer: 0048 512 334 871 is het enige", ["0048 512 334 871"]),
        ("Telefoon 0031 6 8462 1930 06 - 14 58 37 22; groeten, Ana 0478/21.90.33",
         ["0031 6 8462 1930", "06 - 14 58 37 22", "0478/21.90.33"]),  # a lost gap; Belgian
        ("Telefoon 06 4390 1725 0048 601 234 587", ["06 4390 1725", "0048 601 234 587"]),
        ("Telefoon 06-27 33 91 04 0152 2904 7718", ["06-27 33 91 04", "0152 2904 7718"]),
        ("06-53812764 088-2403512", ["06-53812764", "088-2403512"]),  # two in a row
        ("06-12345678 06-12345678 5701 AB", ["06-12345678", "06-12345678"]),  # then a postcode
        ("nummer: 06.87.41.23.36 (vader)", ["06.87.41.23.36"]),
        ("Telefoon | 06.12.55.80.47 | 06-12-55-80-47", ["06.12.55.80.47", "06-12-55-80-47"]),
        ("geboren 01-02-2011 06 jaar", []),  # a date and more digits, pairs or not
        ("(notitie, 27-\n01-2025 16.10 uur)", []),  # a date's month and year, a time: no area
        # code of two digits but the mobile 06
        ("BIG 19012345601", []),  # eleven digits
        ("AGB 03558708", []),  # eight digits starting with 0
        ("datum 12-03-2014", []),
        ("schooljaar 2014-2015", []),
        ("dossier 2024/0815", []),
        ("06-12345678", ["06-12345678"]),
        ("06 1234 5678", ["06 1234 5678"]),
        ("bel 0612345678", ["0612345678"]),
        ("+31 6 12345678", ["+31 6 12345678"]),
        ("+31 (0)6 12345678", ["+31 (0)6 12345678"]),
        ("0492-123456", ["0492-123456"]),
        ("(040) 123 45 67", ["(040) 123 45 67"]),
        ("(06) 12345678 en (06)-1234 5678", ["(06) 12345678", "(06)-1234 5678"]),
        ("040-1234567", ["040-1234567"]),
        ("(0499) 519147", ["(0499) 519147"]),
        ("06-70904166", ["06-70904166"]),  # not an allocated range, still a phone number
        ("Erica - 14 0591 - sociaalteam@emmen.nl", ["14 0591"]),  # a municipality's number
        ("het loket is bereikbaar op 14 0346. Met", ["14 0346"]),  # ending a sentence
        ("contact met moeder (06-41278830) en (040) 123 45 67", ["06-41278830",
                                                                 "(040) 123 45 67"]),
        ("blz. 14 0591, 14.0591 en 314 0591; Leerlingnummer | 140337", []),
        ("06 - 51 88 20 47", ["06 - 51 88 20 47"]),  # dash between spaces, pairs
        ("085 - 273 41 90", ["085 - 273 41 90"]),
        ("T +31 492 745 210 E", ["+31 492 745 210"]),
    ],
)
def test_finds_the_phone_numbers(recognizer: NlPhoneRecognizer, text: str,
                                 expected: list[str]) -> None:
    assert_spans(spans(recognizer, text, "PHONE_NUMBER"), expected)


@pytest.mark.parametrize(
    ("number", "valid"),
    [("06-12345678", True), ("+31 6 12345678", True), ("0031 6 12345678", True),
     ("06-1234567", False), ("00-12345678", False), ("+31 6 123456789", False)],
)
def test_validates_the_digits(recognizer: NlPhoneRecognizer, number: str, valid: bool) -> None:
    assert recognizer.validate_result(number) is valid
