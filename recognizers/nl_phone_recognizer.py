"""Recognizer for Dutch telephone numbers."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import PhoneRecognizer


class NlPhoneRecognizer(PhoneRecognizer):
    """Dutch phone numbers, found and validated by the ``phonenumbers`` library (region NL).

    Mobile and fixed-line numbers in their written forms: 06-12345678, 06 1234 5678,
    +31 6 12345678, +31 (0)6 12345678, 0492-123456, (040) 123 45 67, 040-1234567.
    ``phonenumbers`` checks the number plan, so a BSN, a BIG number or a date is no match.
    Fictitious examples only.
    """

    SCORE = 0.6  # phonenumbers validates the number plan: stronger than a bare regex
    CONTEXT = ["telefoon", "telefoonnummer", "tel", "mobiel", "gsm", "bellen", "bereikbaar",
               "nummer", "contact"]

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(context=self.CONTEXT, supported_language=supported_language,
                         supported_regions=("NL",))
