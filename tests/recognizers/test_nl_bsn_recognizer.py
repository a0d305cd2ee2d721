"""BSN recognizer. All numbers are fictitious; the valid ones merely pass the 11-proef."""

from __future__ import annotations

import pytest

from recognizers.nl_bsn_recognizer import NlBsnRecognizer, passes_eleven_test
from tests.recognizers.helpers import assert_spans, spans


@pytest.fixture(scope="module")
def recognizer() -> NlBsnRecognizer:
    return NlBsnRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first
        ("Referentie 123456789 volgt", []),  # nine digits failing the 11-proef
        ("Bel 0612345678 na vijf uur", []),  # ten-digit mobile number
        ("BIG-nummer 19012345601", []),  # eleven digits: BIG register
        ("AGB-code 01034522", []),  # eight digits passing the test, but an AGB code
        ("AGB-praktijkcode 94012386", []),  # a compound label
        ("Praktijk De Kreek, 94012386", []),  # eight digits without a BSN label
        # eight digits in the table row under the BSN's: a pupil number that passes the test
        ("| BSN | 395076900 |\n| leerlingnummer | 20230187 |", ["395076900"]),
        ("BSN:\n12345672", ["12345672"]),  # the label ends the line above
        ("AGB: 111222333", []),  # labelled as another register
        ("IBAN NL91ABNA0417164300", []),  # digits inside an IBAN
        ("telefoon 111222333", []),  # passes, but labelled as a phone number
        ("bedrag 1.234.567,89 euro", []),  # an amount, not a dotted BSN
        ("mobiel +48 512 334 870", []),  # passes, but a phone number abroad
        ("schooljaar 2024-2025 940 388 297\nschooljaar 2025   940 388 297", []),  # a table row
        ("BSN 940 388 297 en 940.388.297", ["940 388 297", "940.388.297"]),
        ("datum 12-03-2014", []),
        ("000000000", []),  # one repeated digit
        ("BSN: 12345672", ["12345672"]),  # eight digits: leading zero implied
        ("BSN leerling: 1112.22.333", ["1112.22.333"]),
        ("bsn 111.222.333", ["111.222.333"]),
        ("burgerservicenummer 1112 22 333 is bekend", ["1112 22 333"]),
        # plain cases
        ("BSN: 111222333", ["111222333"]),
        ("Het nummer 123456782 staat op het formulier.", ["123456782"]),
        ("111222333,", ["111222333"]),
    ],
)
def test_finds_exactly_the_bsns(recognizer: NlBsnRecognizer, text: str,
                                 expected: list[str]) -> None:
    assert_spans(spans(recognizer, text, "NL_BSN"), expected)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("111222333", True),
        ("123456782", True),
        ("12345672", True),  # eight digits, leading zero
        ("012345672", True),
        ("123456789", False),
        ("111222334", False),
        ("000000000", False),
        ("1234567", False),  # too short
        ("1112223330", False),  # too long
        ("11122233a", False),
    ],
)
def test_eleven_test(number: str, valid: bool) -> None:
    assert passes_eleven_test(number) is valid


def test_valid_match_scores_highest_and_invalid_is_dropped(recognizer: NlBsnRecognizer) -> None:
    results = recognizer.analyze("BSN 111222333 en 111222334", ["NL_BSN"])
    assert [(r.start, r.end, r.score) for r in results] == [(4, 13, 1.0)]
