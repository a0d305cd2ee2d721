"""The one place where the recognizers are put together."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from recognizers.dates import DateScan
from recognizers.nl_bsn_recognizer import NlBsnRecognizer
from recognizers.nl_date_of_birth_recognizer import NlDateOfBirthRecognizer
from recognizers.nl_date_recognizer import NlDateRecognizer
from recognizers.nl_email_recognizer import NlEmailRecognizer
from recognizers.nl_health_recognizer import NlHealthRecognizer
from recognizers.nl_id_recognizer import NlIdRecognizer
from recognizers.nl_location_recognizer import NlLocationRecognizer
from recognizers.nl_organization_recognizer import NlOrganizationRecognizer
from recognizers.nl_person_recognizer import NlPersonRecognizer
from recognizers.nl_phone_recognizer import NlPhoneRecognizer

LANGUAGE = "nl"

IBAN_CONTEXT = ["iban", "rekening", "rekeningnummer", "bankrekening", "bank"]


def dutch_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the analyzer runs, for Dutch text; the two of dates scan once."""
    date_scan = DateScan()
    return [
        NlBsnRecognizer(),
        NlEmailRecognizer(),
        NlPhoneRecognizer(),
        IbanRecognizer(context=IBAN_CONTEXT, supported_language=LANGUAGE),
        NlPersonRecognizer(),
        NlLocationRecognizer(),
        NlDateRecognizer(scan=date_scan),
        NlDateOfBirthRecognizer(scan=date_scan),
        NlOrganizationRecognizer(),
        NlIdRecognizer(),
        NlHealthRecognizer(),
    ]


def build_registry() -> RecognizerRegistry:
    """A registry holding only our Dutch recognizers (none of Presidio's English defaults)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in dutch_recognizers():
        registry.add_recognizer(recognizer)
    return registry
