"""The registry, and the recognizers taken from Presidio with Dutch settings."""

from __future__ import annotations

import pytest

from pipeline.analysis import Analyzer
from pipeline.document import Document, Page
from recognizers.nl_email_recognizer import NlEmailRecognizer
from recognizers.registry import build_registry
from tests.recognizers.helpers import assert_spans, spans


def test_every_entity_type_has_a_recognizer() -> None:
    entities = {e for r in build_registry().recognizers for e in r.supported_entities}
    assert entities == {"NL_BSN", "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS",
                        "IBAN_CODE", "DATE_OF_BIRTH", "DATE_TIME", "ORGANIZATION", "NL_ID",
                        "HEALTH"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail naar info@school", []),  # no public suffix
        ("j.jansen@example.nl", ["j.jansen@example.nl"]),
        ("bas.mulder@kpnmail.nl en ouder@gmail.com", ["bas.mulder@kpnmail.nl",
                                                     "ouder@gmail.com"]),
        # only the lines with an "@" are searched: each address where it stands, on any line
        ("Van: Bas\nAan: a.bos@school.nl, b@zorg.nl\n\nmail ook c.de-vries@gmail.com",
         ["a.bos@school.nl", "b@zorg.nl", "c.de-vries@gmail.com"]),
        ("adres:\nj.jansen@example.nl", ["j.jansen@example.nl"]),  # at the start of a line
        ("zie mail @ouder, of ouder@gmail.com", ["ouder@gmail.com"]),
    ],
)
def test_email_addresses_offline(text: str, expected: list[str]) -> None:
    assert_spans(spans(NlEmailRecognizer(), text, "EMAIL_ADDRESS"), expected)


@pytest.mark.parametrize(
    ("text", "expected_type"),
    [
        ("IBAN NL91ABNA0417164300", "IBAN_CODE"),
        ("IBAN NL91 ABNA 0417 1643 00", "IBAN_CODE"),  # not a phone number inside it
        ("Johan de Wittlaan 5", "LOCATION"),  # a street named after a person
        ("Basisschool Helmond-Noord", "ORGANIZATION"),  # a school named after a town
        ("Geboortedatum: 12-03-2014", "DATE_OF_BIRTH"),  # not also a DATE_TIME
    ],
)
def test_the_longer_or_more_specific_finding_wins(analyzer: Analyzer, text: str,
                                                  expected_type: str) -> None:
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    found = analyzer.analyze(document)
    assert [f.entity_type for f in found] == [expected_type], found


def test_invalid_iban_is_no_finding(analyzer: Analyzer) -> None:
    text = "IBAN NL91ABNA0417164301"
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    assert analyzer.analyze(document) == ()
