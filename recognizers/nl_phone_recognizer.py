"""Recognizer for Dutch telephone numbers."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

NATIONAL_DIGITS = 10  # 0 + area code or 6 + subscriber number
SEPARATED_DIGIT = r"[ \t-]?\d"


class NlPhoneRecognizer(PatternRecognizer):
    """Dutch phone numbers as people write them.

    Mobile: 06-12345678, 06 1234 5678, 0612345678, +31 6 12345678, +31 (0)6 12345678.
    Fixed: 0492-123456, (040) 123 45 67, 040-1234567, +31 40 123 4567.
    The regexes score modestly; ``validate_result`` checks the digits: ten in national form
    (0 and a non-zero digit), or +31/0031 and nine. No check of allocated number ranges:
    letters carry made-up numbers as often as real ones. Fictitious examples only.
    """

    PATTERNS = [
        Pattern("phone_mobile",
                rf"(?<![\w+]|\d[ \t-])(?:06|\+31[ \t]?(?:\(0\)[ \t]?)?6|00[ \t]?31[ \t]?6)"
                rf"(?:{SEPARATED_DIGIT}){{8}}(?![\w]|[ \t-]\d)", 0.5),
        Pattern("phone_fixed",
                r"(?<![\w+(]|\d[ \t-])(?:\(0\d{2,3}\)|0[1-57-9]\d{1,2}|\+31[ \t]?(?:\(0\)[ \t]?)?"
                r"[1-57-9]\d{1,2})[ \t-]?\d{2,4}(?:[ \t-]?\d{2,4}){0,3}(?![\w]|[ \t-]\d)", 0.4),
    ]
    CONTEXT = ["telefoon", "telefoonnummer", "tel", "mobiel", "gsm", "bellen", "bereikbaar",
               "nummer", "contact"]

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_entity="PHONE_NUMBER", patterns=self.PATTERNS,
                         context=self.CONTEXT, supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> bool:
        """Ten digits in national form after replacing an international +31 by 0."""
        digits = re.sub(r"\D", "", pattern_text.replace("(0)", ""))
        for prefix in ("0031", "31"):
            if pattern_text.lstrip().startswith(("+", "00")) and digits.startswith(prefix):
                digits = "0" + digits[len(prefix):]
                break
        return len(digits) == NATIONAL_DIGITS and digits[0] == "0" and digits[1] != "0"
