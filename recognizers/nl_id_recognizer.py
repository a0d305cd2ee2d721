"""Recognizer for Dutch registration numbers: BIG, AGB, BRIN, pupil and dossier numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import DIGIT, SpanRecognizer, matches_on_lines_with
from recognizers.lexicon import alternation

# between label and value: a qualifier ("AGB-code praktijk:", "Dossiernummer SWV:") and ":"
SEPARATOR = (r"(?:[ \t]+(?:[a-z]+|[A-Z]{2,5}|[A-Z][a-z]+[A-Z][a-z]+)(?![\w-]))?"
             r"(?:[ \t]*\([^)\n]{0,40}\))?"
             # possessive: dot leaders are long ("BRIN ....... : 14XR", "[06ZR]")
             r"(?:[ \t]*+(?:[:#|\[]|\.++|nr\.?|nummer))*+[ \t]*")
# a school's BRIN code: 2 digits, 2 letters and maybe a 2-digit location ("12AB", "12AB00")
BRIN = r"\d{2}[A-Z]{2}(?:\d{2})?"
# a case number: letters, digits, dashes and slashes, with at least one digit (SWV25-351)
CASE_NUMBER = r"(?=[A-Z/.-]*\d)[A-Z0-9](?:[A-Z0-9/.-]{1,24}[A-Z0-9])?"


def _as_written(acronym: str) -> str:
    """The acronym in capitals or capitalised ("BRIN", "Brinnummer"), not inside a word.

    Matched case-sensitively and looked back at from its end, it lets the regex engine jump
    from one to the next: ten times as fast as a case-blind match.
    """
    forms = (acronym, acronym.capitalize())
    return rf"(?:{'|'.join(forms)})" + "".join(rf"(?<![\w]{form})" for form in forms)


class NlIdRecognizer(SpanRecognizer):
    """Numbers that identify a person or a case in a register, found by their label.

    - BIG (care professionals' register): 11 digits, "BIG-nummer 19012345601";
    - AGB (care providers' code): 8 digits, "AGB-code 01234567";
    - BRIN (school code): 2 digits and 2 letters, with an optional 2-digit location, "12AB00";
    - pupil, dossier, client and case numbers after their label ("leerlingnummer 4711"),
      or in parentheses after the pupil's name ("Leerling: Thijs de Wit (4711)"), and case
      codes of capitals and digit groups that need no label ("SWV-2812-0457");
    - a Belgian national number (rijksregisternummer), by its form: "18.01.08-246.25";
    - SKJ (youth-care professionals' register, 9 digits) and RIZIV (Belgian care providers');
    - an interpreter's number after "tolk" ("tolknummer 204418", "tolk C. Marin (301557)"),
      and a BRIN code anywhere on a line that names the BRIN.

    Only the value is the finding, never the label. Fictitious examples only.
    """

    ENTITY = "NL_ID"
    SCORE = 0.85
    # the registers, by their acronym and what may follow it, and their numbers
    REGISTERS = {
        "big": ("BIG", r"(?:-?registratie)?(?:-?(?:nummer|nr\.?))?", r"\d{11}"),
        "agb": ("AGB", r"(?:-?(?:praktijkcode|praktijk|code|nummer|nr\.?))?",
                r"\d{8}|\d{2}[ .-]\d{6}|\d{2}[ .-]\d{3}[ .-]\d{3}|\d{2}(?:[ .-]\d{2}){3}"),
        "brin": ("BRIN", r"(?:-?(?:code|nummer|nr\.?))?(?:[ \t]*/[ \t]*vestiging(?:snummer)?)?"
                 # "BRIN huidige school | 19KM"
                 r"(?:[ \t]+(?:huidige|nieuwe|vorige|beoogde|gewenste)[ \t]+school)?",
                 BRIN),
        # youth-care professionals' register (SKJ), Belgian care providers' (RIZIV)
        "skj": ("SKJ", r"(?:-?(?:registratie|nummer|nr\.?))?", r"\d{8,9}|\d{3}[ .-]\d{5,6}"),
        "riziv": ("RIZIV", r"(?:-?(?:nummer|nr\.?))?", r"\d-\d{5}-\d{2}-\d{3}"),
    }
    # the words before "nummer" or "nr" that make it a pupil's, client's or case's number
    # (as a trie: "l(?:eerling(?:volg)?|l(?:n...": at a word no label starts, one test)
    CASE_NUMBER_WORDS = ("leerling", "leerlingvolg", "volg", "lln", "lln.", "ll", "dossier",
                         "cliënt", "client", "zaak", "patiënt", "patient", "pat", "pat.",
                         "ziekenhuis", "registratie", "aanvraag", "onderwijs", "casus",
                         "beschikking", "beschikkings", "vreemdelingen", "v",
                         "fall")  # a German hospital's case: "Fall-Nr. 2025061437"
    CASE_LABEL = (rf"(?:(?:{alternation(CASE_NUMBER_WORDS)})-?(?:nummer|nr\.?)"
                  r"|(?-i:(?=[A-Z])(?!BIG|AGB|BRIN|BSN)[A-Z]{2,5})-(?:nummer|nr\.?|registratie)"
                  rf"|{alternation(('dossier', 'zaak', 'pid', 'id'))})")

    # a reference ("Ons kenmerk", "Onze referentie", the SWV's "Kenmerk SWV") only when it is
    # a code of letters and digits: a plain number there is the letter's filing number, also
    # with its department's letters ("554570647/HEM"; KJ-25-00871 is a case)
    REFERENCE = re.compile(
        r"(?i:(?<![\w])(?:(?:ons|onze|uw)[ \t]+(?:kenmerk|referentie)"
        r"|(?:kenmerk|referentie|volgnummer)[ \t]+SWV))[ \t]*:?[ \t]*"
        r"(?P<value>(?=[A-Z0-9/.-]*[A-Z])(?=[A-Z/.-]*\d)(?!\d{5,}/[A-Z]+(?![\w/.-]))"
        r"[A-Z0-9][A-Z0-9/.-]{1,24}[A-Z0-9])(?![\w])")
    # a code of letters and digits after any number's label: "boekingsnr. TC-884120",
    # "Cliëntnummer : ZS-25-0417", "(tolknummer TVK-20417)", "Patiëntnummer: AVZ 4410 228",
    # "Cliëntnummer: TdB-2026-0177", "ACnr. K-19-22871"
    CODED = re.compile(
        r"(?i:(?<![\w])(?:[\w-]{2,})?(?:nummer|nr\.?))[ \t]*:?[ \t]*"
        r"(?P<value>[A-Z][A-Za-z]{0,3}[-/]?\d{2,}(?:[-/]\d{2,})*"
        r"|[A-Z]{2,4}[ ]\d{4,}(?:[ ]\d{3,})?)(?![\w/-])")
    # a case code that needs no label: capitals, a dash and four digits or more, in groups
    # ("arrangement SWV-2812-0457", "SWV-ARR-23-0311", "ADV-K-26-0017", "KR-CvO-25-0937",
    # "SWV23-ADV-0419"; not "COVID-19", "CELF-5" or "ADHD-Test-2024")
    # (matched from a capital and looked back at from there, which is three times as fast)
    CASE_CODE = re.compile(
        r"(?P<value>[A-Z](?<![\w/-][A-Z])(?=(?:[A-Za-z-]*\d){4})[A-Z]{1,4}\d{0,4}"
        r"(?:-[A-Z](?:[a-z]?[A-Z]){0,4})*(?:-\d{2,})+)(?![\w/-])")
    # a juvenile court's case number after the court's own: "C/10/702215 / JE RK 25-1903"
    JUVENILE_CASE = re.compile(r"(?P<value>JE(?<![\w]JE)[ \t]RK[ \t]\d{2}-\d{2,6})(?![\w-])")
    # the number of a municipality's decision on youth care, after "beschikking (gemeente X)":
    # "BJ/2025/08817", "2025/JW/11873", "WMO/JW-55821", "nr. 2024-AH-3317"; not a date
    DECISION = re.compile(
        r"(?=[Bb])(?i:(?<![\w])beschikking)[ \t]*:?"  # its first letter looked at first: fast
        r"(?:[ \t]*gemeente(?:[ \t]+(?:[A-Z][\w'-]*|en|aan|de|den|op)){0,4})?"
        r"[ \t]*,?[ \t]*(?:nr\.?)?[ \t]*:?[ \t]*"
        r"(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?![\w/-]))"
        r"(?P<value>(?=[\w/-]*\d{3})[A-Z0-9]+(?:[/-][A-Z0-9]+)+)(?![\w/-])")
    # a school's BRIN code in parentheses after its name: "OBS De Zwaanshals (28DN00)"
    BRIN_IN_PARENTHESES = re.compile(rf"(?<=\()(?P<value>{BRIN})(?=\))")
    # a Belgian national number, whose form needs no label: "18.01.08-246.25"
    BELGIAN_NATIONAL = re.compile(
        r"(?P<value>\d(?<![\w.-]\d)\d\.\d{2}\.\d{2}-\d{3}\.\d{2})(?![\w-]|\.\d)")
    # the pupil number after a school's BRIN code in one field: "BRIN / lln.nr. | 05KL / 873"
    PUPIL_AFTER_BRIN = re.compile(
        r"(?i:BRIN[ \t]*/[ \t]*(?:leerlingnummer|leerlingnr\.?|lln\.?[ \t]*nr\.?))[ \t.:|]*"
        rf"{BRIN}[ \t]*/[ \t]*(?P<value>\d[\d-]{{1,12}}\d)(?![\w])")
    # an interpreter's number, after "tolk" in the words that follow it: "tolknummer 204418",
    # "tolk nr. 207719", "met tolk (209873)", "tolk C. Marin (301557)", "tolknummers 209873 en
    # 211540"
    INTERPRETER = re.compile(r"(?i:(?<![\w])tolk)")
    INTERPRETER_NUMBER = re.compile(r"(?<![\w.,/-])\d{5,7}(?![\w/-]|[.,]\d)")
    INTERPRETER_REACH = 60
    # a school's BRIN code on a line that names the BRIN: "Naam / BRIN Winkelhaak College /
    # 19WP", "Naam en BRIN ....... Basisschool Kaldenborg, 05PL"
    BRIN_LINE = re.compile(r"(?m)^[^\n]*(?<![\w])BRIN(?![\w])[^\n]*")
    BRIN_CODE = re.compile(rf"(?<![\w-]){BRIN}(?![\w-])")
    # the rules that open with a case-blind label, which the regex engine would try at every
    # position of the text, are looked for only on the lines with a digit or their label's word
    LINE_MARKS = {"case": DIGIT, "coded": re.compile(r"[Nn](?i:ummer|r)"),
                  "reference": re.compile(r"[KkRrVv](?i:enmerk|eferentie|olgnummer)")}
    PATTERNS = {
        **{kind: re.compile(rf"{_as_written(acronym)}(?i:{rest}){SEPARATOR}"
                            rf"(?P<value>{value})(?![\w])")
           for kind, (acronym, rest, value) in REGISTERS.items()},
        # not a letter's filing number: "Kenmerk dossier: 830779148" (a code there is a
        # case's: "Kenmerk dossier: SWV2303-25-0231", found as such)
        "case": re.compile(rf"(?i:(?<![\w])(?<!kenmerk[ \t])(?<!referentie[ \t]){CASE_LABEL})"
                           rf"{SEPARATOR}"
                           rf"(?P<value>{CASE_NUMBER})(?![\w])"),
        # "Leerling: Thijs de Wit (3765742)": the pupil number after the pupil's name
        "reference": REFERENCE,
        "coded": CODED,
        "case_code": CASE_CODE,
        "juvenile_case": JUVENILE_CASE,
        "decision": DECISION,
        "brin_in_parentheses": BRIN_IN_PARENTHESES,
        "belgian_national": BELGIAN_NATIONAL,
        "pupil_after_brin": PUPIL_AFTER_BRIN,
        "pupil_after_name": re.compile(
            r"(?im)^[ \t]*(?:naam[ \t]+)?leerling[ \t]*:[^\n(]{3,60}\((?P<value>\d{4,10})\)"),
    }

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """The labelled numbers in the text, each once (the first rule that found it)."""
        found: dict[tuple[int, int], str] = {}
        for kind, pattern in self.PATTERNS.items():
            for match in matches_on_lines_with(pattern, text, self.LINE_MARKS.get(kind)):
                found.setdefault((match.start("value"), match.end("value")), kind)
        for span, kind in (*self._interpreter_numbers(text), *self._brin_codes(text)):
            found.setdefault(span, kind)
        return [self.result(start, end, self.SCORE, kind) for (start, end), kind in found.items()]

    def _interpreter_numbers(self, text: str) -> Iterator[tuple[tuple[int, int], str]]:
        for interpreter in self.INTERPRETER.finditer(text):
            reach = min(len(text), interpreter.end() + self.INTERPRETER_REACH)
            for number in self.INTERPRETER_NUMBER.finditer(text, interpreter.end(), reach):
                yield number.span(), "interpreter"

    def _brin_codes(self, text: str) -> Iterator[tuple[tuple[int, int], str]]:
        if "BRIN" not in text:  # most documents name none
            return
        for line in self.BRIN_LINE.finditer(text):
            for code in self.BRIN_CODE.finditer(text, line.start(), line.end()):
                yield code.span(), "brin"
