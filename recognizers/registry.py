"""The one place where the recognizers are put together."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import IbanRecognizer, PhoneRecognizer

from recognizers.email_recognizer import NlEmailRecognizer
from recognizers.nl_bsn_recognizer import NlBsnRecognizer

LANGUAGE = "nl"

PHONE_CONTEXT = ["telefoon", "tel", "telefoonnummer", "mobiel", "gsm", "bellen", "bereikbaar"]
IBAN_CONTEXT = ["iban", "rekening", "rekeningnummer", "bankrekening", "bank"]


def dutch_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the analyzer runs, for Dutch text."""
    return [
        NlBsnRecognizer(),
        NlEmailRecognizer(),
        PhoneRecognizer(context=PHONE_CONTEXT, supported_language=LANGUAGE,
                        supported_regions=("NL",)),
        IbanRecognizer(context=IBAN_CONTEXT, supported_language=LANGUAGE),
    ]


def build_registry() -> RecognizerRegistry:
    """A registry holding only our Dutch recognizers (none of Presidio's English defaults)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in dutch_recognizers():
        registry.add_recognizer(recognizer)
    return registry
