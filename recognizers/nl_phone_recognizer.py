"""Recognizer for Dutch telephone numbers."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

NATIONAL_DIGITS = 10  # 0 + area code or 6 + subscriber number
INTERNATIONAL_DIGITS = (8, 15)  # country code and number, abroad
# a digit, after an optional separator: a space, a dot, a slash ("0478/21.90.33", as Belgians
# write), or a dash with or without spaces
DIGIT = r"(?:[ \t]?-[ \t]?|[ \t]|\.|/)?\d"
NATIONAL = (rf"\(0[1-9]\)(?:{DIGIT}){{8}}"  # "(06) 12345678"
            rf"|\(0[1-9]\d\)(?:{DIGIT}){{7}}|\(0[1-9]\d\d\)(?:{DIGIT}){{6}}"
            rf"|0[1-9](?:{DIGIT}){{8}}"
            rf"|(?:\+|00[ \t]?)31[ \t]?(?:\(0\)[ \t]?)?[1-9](?:{DIGIT}){{8}}")
# a German mobile number, for families across the border: 015x, 016x or 017x, a separator and
# seven or eight digits ("0171 448 29 10", "0160/9123456"); a BIG number is eleven in one
GERMAN_MOBILE = rf"01[5-7]\d(?:[ \t]?-[ \t]?|[ \t]|/)\d(?:{DIGIT}){{6,7}}"
GERMAN_MOBILE_DIGITS = (11, 12)
# digits that go on the number, unless they start a date, another number or a postcode beside
# it ("... 22 95 5 oktober", "06-53812764 088-2403512", "0031 6 8462 1930 06 - 14 58 37 22",
# "06-12345678 5701 AB")
MORE_DIGITS = (r"(?!00[1-9]\d{0,2}[ \t])"  # "06 4390 1725 0048 601 234 587": two numbers
               # "06-33 71 20 58 0651 447 892": two numbers, the column gap lost
               rf"(?!0[1-9](?:{DIGIT}){{8}}(?![\d]|[ \t]?-?[ \t]?\d))"
               # "06-27 33 91 04 0152 2904 7718": a German mobile beside it
               rf"(?!{GERMAN_MOBILE}(?!\w|{DIGIT}))"
               r"\d(?!\d?(?:[ \t]+[a-z]|[-/.]\d))(?!\d{1,3}(?:-|[ \t]+-[ \t]+)\d)"
               r"(?!\d{3}[ \t]?[A-Z]{2}(?![\w]))")
# not the month and year of a date, and the next date's day and month: "14/03/2023 - 28/04"
NOT_IN_A_DATE = r"(?<!(?<!\d)\d/)(?<!(?<!\d)\d\d/)"
DATE_START = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.]\d{2}")
# a Dutch area code has three or four digits with its 0: only the mobile 06 stands apart
# ("06-12345678"); "01-2025 16.10" is a date's month and year and a time
SHORT_AREA_CODE = re.compile(r"0[1-57-9](?:[ \t]?-[ \t]?|[ \t]|\.|/)\d")
# ten digits in five pairs, one separator between each, are a number, not a date and more
# digits: "06.12.55.80.47" ("01-02-2011 06..." is a date)
IN_PAIRS = re.compile(r"0[1-9](?P<separator>[-. ])\d{2}(?:(?P=separator)\d{2}){3}")
# a Belgian fixed number as Belgians group it: nine digits, "089/71.40.50", "089 32 71 45",
# "02 513 46 70" (a BSN is grouped 3-3-3, "123 456 789", or not at all)
BELGIAN_FIXED = r"0[1-9]\d?[/ .]\d{2,3}[ .]\d{2}[ .]\d{2}"
BELGIAN_FIXED_DIGITS = 9
# a German fixed number after its label, as a German letterhead writes it: "Tel. 02822 73-0",
# "Fax 02161 892-119", "Tel. 0241 / 919 37 72" (an area code of three to five digits, the
# subscriber's number, maybe in groups, and maybe an extension)
AFTER_PHONE_LABEL = (r"(?:(?<=(?i:tel|fax)[.:][ ])|(?<=(?i:tel|fax)[: ])|(?<=(?i:telefon)[: ])"
                     r"|(?<=(?i:telefon):[ ])|(?<=(?i:tel|fax)\.:[ ]))")
GERMAN_FIXED = r"0[2-9]\d{2,4}(?:[ ]?/[ ]?|[ ])\d{2,8}(?:[ ]\d{2,4}){0,3}(?:-\d{1,4})?"
GERMAN_FIXED_DIGITS = range(6, 13)
# a municipality's short number: 14 and its area code, "14 0591" (run together, six digits
# are a pupil's number as likely: "Leerlingnummer | 140337")
MUNICIPAL = r"14[ \t]0[1-9]\d{1,2}"
# a service number: 0800, 0900, 0906 or 0909, a separator (a BIG number is eleven digits in
# one) and four to seven digits: "0800 0432", "0900-1234 987"
SERVICE = rf"0(?:800|90[069])(?:[ \t]?-[ \t]?|[ \t]|\.)\d(?:{DIGIT}){{3,6}}"
# the end of a short number: no more digits, but maybe a full stop ("bereikbaar op 14 0346.")
SHORT_NUMBER_END = r"(?![\w,]|\.\w|[ \t]?-?[ \t]?\d)"


class NlPhoneRecognizer(PatternRecognizer):
    """Dutch phone numbers as people write them.

    Mobile: 06-12345678, 06 1234 5678, 06 - 51 88 20 47, +31 6 12345678, +31 (0)6 12345678.
    Fixed: 0492-123456, (040) 123 45 67, 040 - 251 73 90, +31 40 123 4567.
    Abroad: +48 512 334 870, 0048 512 334 871, +353 (0)87 415 2290 (a country code and 7
    to 14 more digits); a German mobile without its country code: 0171 448 29 10; a Belgian
    fixed number: 089/71.40.50, 089 32 71 45.
    A municipality: 14 0591 (14 and the area code). A service: 0800 0432, 0900-1234567.
    The regexes score modestly; ``validate_result`` checks the digits: ten in national form
    (0 and a non-zero digit), or +31/0031 and nine. No check of allocated number ranges:
    letters carry made-up numbers as often as real ones. Fictitious examples only.
    """

    PATTERNS = [
        Pattern("phone_abroad",
                r"(?<![\w+])(?:\+|00[ \t]?)(?!31)[1-9]\d{0,2}(?:[ \t]?\(0\))?"
                r"(?:[ \t-]?\d{1,4}){2,5}(?![\w]|[ \t-]\d)", 0.5),
        Pattern("phone_nl",
                rf"(?<![\w+]){NOT_IN_A_DATE}(?:{NATIONAL})(?![\w]|[ \t]?-?[ \t]?{MORE_DIGITS})",
                0.5),
        Pattern("phone_german_mobile", rf"(?<![\w+.,-])(?:{GERMAN_MOBILE})(?![\w]|{DIGIT})",
                0.5),
        Pattern("phone_belgian_fixed", rf"(?<![\w+.,/-])(?:{BELGIAN_FIXED})(?![\w]|[ .,/-]?\d)",
                0.5),
        Pattern("phone_service", rf"(?<![\w+.,-])(?:{SERVICE}){SHORT_NUMBER_END}", 0.5),
        Pattern("phone_german_fixed", rf"{AFTER_PHONE_LABEL}(?:{GERMAN_FIXED})(?![\w]|[ .,/-]?\d)",
                0.5),
        Pattern("phone_municipal", rf"(?<![\w+(.,-])(?:{MUNICIPAL}){SHORT_NUMBER_END}", 0.5),
    ]
    CONTEXT = ["telefoon", "telefoonnummer", "tel", "mobiel", "gsm", "bellen", "bereikbaar",
               "nummer", "contact"]

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_entity="PHONE_NUMBER", patterns=self.PATTERNS,
                         context=self.CONTEXT, supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> bool:
        """Ten digits in national form (+31 read as 0), or a country code and 7 to 14 more."""
        if re.fullmatch(MUNICIPAL, pattern_text) or re.fullmatch(SERVICE, pattern_text):
            return True
        digit_count = len(re.sub(r"\D", "", pattern_text))
        if re.fullmatch(BELGIAN_FIXED, pattern_text) and digit_count == BELGIAN_FIXED_DIGITS:
            return True
        if re.fullmatch(GERMAN_MOBILE, pattern_text) and digit_count in GERMAN_MOBILE_DIGITS:
            return True
        if re.fullmatch(GERMAN_FIXED, pattern_text) and digit_count in GERMAN_FIXED_DIGITS:
            return True
        if (DATE_START.match(pattern_text) and not IN_PAIRS.fullmatch(pattern_text)
                or SHORT_AREA_CODE.match(pattern_text)):
            return False
        digits = re.sub(r"\D", "", pattern_text.replace("(0)", ""))
        for prefix in ("0031", "31"):
            if pattern_text.lstrip().startswith(("+", "00")) and digits.startswith(prefix):
                digits = "0" + digits[len(prefix):]
                break
        international = re.match(r"\s*(?:\+|00[ \t]?[1-9])", pattern_text) is not None
        if international and digits.startswith("00"):
            digits = digits[2:]  # "0048 512 334 871": 00 stands for +
        if international and not digits.startswith("0"):
            return INTERNATIONAL_DIGITS[0] <= len(digits) <= INTERNATIONAL_DIGITS[1]
        return len(digits) == NATIONAL_DIGITS and digits[0] == "0" and digits[1] != "0"
