"""Recognizer for the Dutch citizen service number (burgerservicenummer, BSN)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import start_of_line

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
EIGHT_DIGITS = 8
# a number's first digit, not after a word, a decimal point, a slash or a hyphen (matched
# from the digit and looked back at from there, which lets the regex engine jump from
# digit to digit: twice as fast), and its last, before none of them
FIRST_DIGIT = r"\d(?<![\w.,/-]\d)"
LAST_DIGIT = r"(?![\w/-]|[.,]\d)"


def passes_eleven_test(digits: str) -> bool:
    """The 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11.

    Eight-digit numbers get a leading zero first; all-zero numbers fail.
    """
    if not digits.isdigit() or len(digits) not in (8, 9):
        return False
    digits = digits.zfill(9)
    if int(digits) == 0:
        return False
    return sum(w * int(d) for w, d in zip(BSN_WEIGHTS, digits, strict=True)) % 11 == 0


class NlBsnRecognizer(PatternRecognizer):
    """Recognize a BSN: nine digits (eight with an implied leading zero) passing the 11-proef.

    Written bare (111222333), dotted (1112.22.333, 111.222.333) or spaced (1112 22 333).
    Schools must not send a BSN to the samenwerkingsverband (privacy protocol §2.2), so
    every match is a violation to flag. The regexes score modestly; the 11-proef decides.
    Numbers that follow the name of another register (AGB, BIG, BRIN, IBAN, telephone)
    are not BSNs even when they pass the test, nor is a number after an international
    dialling code (+48 512 334 870), nor three spaced groups after another number (a
    table's row). All examples here are fictitious.
    """

    PATTERNS = [
        Pattern("bsn_bare", rf"{FIRST_DIGIT}\d{{7,8}}{LAST_DIGIT}", 0.3),
        Pattern("bsn_4_2_3", rf"{FIRST_DIGIT}\d{{3}}([. ])\d{{2}}\1\d{{3}}{LAST_DIGIT}", 0.4),
        Pattern("bsn_3_3_3", rf"{FIRST_DIGIT}\d{{2}}([. ])\d{{3}}\1\d{{3}}{LAST_DIGIT}", 0.4),
    ]
    CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "sofi", "persoonsnummer"]
    OTHER_REGISTERS = re.compile(
        r"\b(agb|big|brin|iban|rekening|bankrekening|tel|telefoon|mobiel|fax|kvk)"
        r"([\s-]?[a-z]*(code|nummer|nr|no))?(\s+[a-z]+)?[\s:.#-]*$",  # "AGB-praktijkcode"
        re.IGNORECASE,
    )
    DIALLING_CODE = re.compile(r"(?:\+|00)\d{1,3}[ \t-]*$")  # "+48 512 334 870": a phone
    # a number right before a spaced one: a table's row whose columns lost their gaps in
    # extraction ("schooljaar 2024-2025 940 388 297": lessons, absences, sick), not a BSN
    NUMBER_BEFORE = re.compile(r"\d[ \t]+$")
    # eight digits are a BSN that lost its leading zero only where a BSN is asked for: bare,
    # they are as likely an AGB or KvK number that passes the 11-proef by chance
    # on the number's own line, or ending the line above ("BSN:" over the number); not a
    # table's row above ("| BSN | 395076900 |" over "| leerlingnummer | 20230187 |")
    BSN_LABEL = re.compile(r"(?i)\b(?:bsn|burgerservicenummer|sofi(?:nummer)?)\b")
    BSN_LABEL_ENDING = re.compile(rf"{BSN_LABEL.pattern}[^\w\n]*\n[ \t|]*$")
    LOOKBEHIND = 40  # characters before a match searched for another register's name

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "nl",
        supported_entity: str = "NL_BSN",
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns or self.PATTERNS,
            context=context or self.CONTEXT,
            supported_language=supported_language,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find BSNs, dropping numbers labelled as another register's."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not self._labelled_as_other_register(text, r.start)
                and not self._in_a_row_of_numbers(text, r.start, r.end)
                and (r.end - r.start > EIGHT_DIGITS or self._asked_for(text, r.start))]

    def validate_result(self, pattern_text: str) -> bool:
        """Strip separators, then apply the 11-proef."""
        return passes_eleven_test(re.sub(r"[. ]", "", pattern_text))

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject numbers of one repeated digit (000000000, 999999999)."""
        digits = re.sub(r"\D", "", pattern_text)
        return len(set(digits)) == 1

    def _asked_for(self, text: str, start: int) -> bool:
        line_start = start_of_line(text, start)
        reach = max(0, start - self.LOOKBEHIND)
        return (self.BSN_LABEL.search(text, max(reach, line_start), start) is not None
                or self.BSN_LABEL_ENDING.search(text, reach, start) is not None)

    def _in_a_row_of_numbers(self, text: str, start: int, end: int) -> bool:
        line_start = start_of_line(text, start)
        return (" " in text[start:end]
                and self.NUMBER_BEFORE.search(text, line_start, start) is not None)

    def _labelled_as_other_register(self, text: str, start: int) -> bool:
        before = text[max(0, start - self.LOOKBEHIND) : start]
        return (self.OTHER_REGISTERS.search(before) is not None
                or self.DIALLING_CODE.search(before) is not None)
