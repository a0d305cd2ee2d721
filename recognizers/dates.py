"""The Dutch ways of writing a date, shared by the date and date-of-birth recognizers."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

import regex
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult

from recognizers.base import DIGIT, lines_with
from recognizers.lexicon import alternation

# Month names as tries ("ju(?:l(?:i)?|n(?:i)?)"): a position where no month starts costs a
# character test, not one per name. Presidio matches case-blind.
MONTH_NAMES = ("januari februari maart april mei juni juli augustus september oktober "
               "november december").split()
MONTHS = alternation(MONTH_NAMES)
CAPITALISED_MONTHS = alternation(month.capitalize() for month in MONTH_NAMES)
MONTH_ABBREVIATIONS = alternation("jan feb febr mrt maa apr jun jul aug sep sept okt nov dec"
                                  .split())
ENGLISH_MONTH_NAMES = ("January February March April May June July August September October "
                       "November December").split()
ENGLISH_FULL_MONTHS = alternation(m for m in ENGLISH_MONTH_NAMES if m != "May")  # a verb too
ENGLISH_ABBREVIATIONS = "Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()  # "Jan": a name
ENGLISH_SHORT_MONTHS = alternation(ENGLISH_ABBREVIATIONS)
ENGLISH_MONTHS = alternation([*ENGLISH_MONTH_NAMES, "Jan", *ENGLISH_ABBREVIATIONS])
# the months of the languages of families from abroad, in a date with its year: German,
# French, Portuguese, Spanish, Polish (genitive), Turkish; written without ş, ğ, ı too
GERMAN_MONTH_NAMES = "januar februar märz maerz mai juni juli oktober dezember".split()
FOREIGN_MONTHS = alternation([*GERMAN_MONTH_NAMES, *(
    "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre "
    "décembre decembre "
    "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro "
    "dezembro "
    "enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia "
    "października pazdziernika listopada grudnia "
    "ocak şubat subat mart nisan mayıs mayis haziran temmuz ağustos agustos eylül eylul ekim "
    "kasım kasim aralık aralik").split()])
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
PADDED_DAY = r"(?:0[1-9]|[12]\d|3[01])"
PADDED_MONTH = r"(?:0[1-9]|1[0-2])"
LATE_DAY = r"(?:1[3-9]|2\d|3[01])"  # a day no month number can be: "24-11" is day and month
YEAR = r"(?:19\d{2}|20\d{2})"
SHORT_YEAR = r"(?:'\d{2}|\d{2})"
WORD_MONTH = rf"(?:{MONTHS}|(?:{MONTH_ABBREVIATIONS})\.?)"

# 12-03-2014, 12/3/14, 12.03.2014, and as forms space them: 14 - 02 - 2016; also on a dotted
# line: "geboren op ..30-12-2008....."
NUMERIC = (rf"(?:(?<![\w.-])|(?<=\.\.))(?=\d){DAY}(?:([-/.]){MONTH}\1(?:{YEAR}|'?\d{{2}})"
           rf"|[ \t]+([-/.])[ \t]+{MONTH}[ \t]+\2[ \t]+{YEAR})(?![\d\w]|[-/.]\d)")
# 02-2024 and 2024-02 (a month and a year in digits; not the school year 2024-2025), and
# "sinds 9-2024" after a word of time
NUMERIC_MONTH_YEAR = (rf"(?<![\d\w.-/])(?=\d)"
                      rf"(?:(?:0[1-9]|1[0-2])[-/]{YEAR}|{YEAR}-(?:0[1-9]|1[0-2])"
                      rf"|(?<=(?<!\w)(?:sinds|vanaf|per|tot|t/m|in|na|eind|begin)[ \t]+)"
                      rf"[1-9][-/]{YEAR})(?![\d\w]|[-/.]\d)")
# 2014-03-12
ISO = rf"(?<![\d\w.-]){YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d\w]|-\d)"
# 12 maart 2014, 3 jan. '15, 1 mei; and in the languages of families from abroad, with
# the year: 10. Oktober 2025, 1er mars 2024, 10 de outubro de 2025, 3 marca 2015 (one regex:
# each pattern costs a pass over the text)
IN_WORDS = (rf"(?i)(?<!\w)(?=\d){DAY}(?:[ \t]+{WORD_MONTH}(?:[ \t]+(?:{YEAR}|{SHORT_YEAR}))?"
            rf"|(?:\.|er)?[ \t]+(?:de[ \t]+)?(?:{FOREIGN_MONTHS})[ \t]+(?:de[ \t]+)?{YEAR})"
            rf"(?![\w'])")


def _slips_of_the_pen(word: str) -> set[str]:
    """The word with a letter left out, doubled or swapped with the next, or a vowel wrong."""
    vowels = "aeiou"
    slips = {word[:i] + word[i + 1:] for i in range(len(word))}
    slips |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    slips |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    slips |= {word[:i] + vowel + word[i + 1:]
              for i, letter in enumerate(word) if letter in vowels for vowel in vowels}
    return slips - {word}


# a long month misspelt, in a full date only: "24 novimber 2025", "3 setpember 2024"
MISSPELT_MONTHS = alternation(
    set().union(*(_slips_of_the_pen(month) for month in MONTH_NAMES if len(month) >= 7))
    - set(MONTH_NAMES))
MISSPELT = rf"(?i)(?<!\w)(?=\d){DAY}[ \t]+(?:{MISSPELT_MONTHS})[ \t]+{YEAR}(?![\w'])"


def _days_in_words() -> list[str]:
    """The days of a month in Dutch words: "negen", "tweeëntwintig" (also "tweeentwintig")."""
    units = "een twee drie vier vijf zes zeven acht negen".split()
    days = [*units, *"tien elf twaalf dertien veertien vijftien zestien zeventien achttien "
            "negentien twintig dertig".split()]
    for unit in units:
        joiners = ("ën", "en") if unit.endswith("e") else ("en",)
        days += [f"{unit}{joiner}twintig" for joiner in joiners]
    return [*days, "eenendertig"]


# a day written in words, with its full month and year: "tweeëntwintig december 2017" (the
# day in lower case or capitalised, matched case-sensitively: twice as fast as case-blind)
DAYS_IN_WORDS = alternation(day for word in _days_in_words() for day in (word, word.capitalize()))
DAY_IN_WORDS = rf"\b(?-i:{DAYS_IN_WORDS})[ \t]+(?:{MONTHS})[ \t]+{YEAR}(?![\w'])"
# maart 2024, and across the border "im März 2025"; a short year in parentheses, as a test
# moment's column is headed: "M6 (jan 24)", "E4 (juni 24)"
GERMAN_MONTHS = alternation(GERMAN_MONTH_NAMES)
GERMAN_SEASONS = "frühjahr|frühling|sommer|herbst"  # "Sommer 2019", "im Herbst 2022"
MONTH_YEAR = (rf"(?i)\b(?<!\d[ \t])(?:{WORD_MONTH}[ \t]+(?:{YEAR}|'\d{{2}})"
              rf"|(?<=\()(?-i:{WORD_MONTH})[ \t]+\d{{2}}(?=\))"
              rf"|(?:{GERMAN_MONTHS})[ \t]+{YEAR})(?![\w'])")

# November 16, 2026, 16 May 2025, 23 January, June 7th and January 2025 (English e-mails)
ENGLISH = (rf"\b(?:(?:{ENGLISH_MONTHS})\.?[ \t]+{DAY}(?:(?:st|nd|rd|th)?,?[ \t]+{YEAR}|st|nd|rd|th)"
           rf"|{DAY}[ \t]+(?:{ENGLISH_MONTHS})\.?(?:[ \t]+{YEAR})?"
           rf"|(?-i:{ENGLISH_FULL_MONTHS}|May)[ \t]+{YEAR})(?![\w])")  # with a year, May too

NOT_A_QUANTITY = (r"(?![ \t]*(?:euro|eur|€|uur|jaar|km|kg|cm|punten|woorden|zinnen|letters"
                  r"|leerlingen|kinderen|keer|min|sec|dagen|weken|maanden))")

# a day and month without year, where a time, weekday, preposition, parentheses or a time
# line's row say it is a date: "[17-02 08:12]", "di 4/2", "op 12-2", "vóór 1/11", "(19-2)",
# "verjaardag 2/4", "Binnengekomen op ....... 4/11", "(6/11, 20/11)", "(6/4 - 9/4)",
# "(per mail, 4-11)", "- 24/2: overleg", "17/3      intake", "3/10 (ma) start" (but "| 1/2 |"
# is a group, "van 2-3 woorden" a quantity); two digits each with a slash ("13/11"), with a
# leading zero ("08-01") or a day after the twelfth ("24-11", "28/9"), which no score or range
# is written as, nor a samenwerkingsverband ("PO 30-07"), nor "24/7"; the other days of a list
# that holds such a day ("12/9, 3/10 en 21/10", "6/10 t/m 19/12"); and an English month and
# day: "from March 14 until April 2", "on Nov 3"
WEEKDAYS = alternation("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do "
                       "vr za zo".split())
DAY_AND_MONTH = rf"{DAY}[-/]{MONTH}"
# a day and month that no score or range is written as
NO_SCORE_DAY_AND_MONTH = (rf"(?:{PADDED_DAY}/{PADDED_MONTH}|0[1-9]-{PADDED_MONTH}"
                          rf"|(?:[12]\d|3[01])-0[1-9]|{LATE_DAY}[-/]{MONTH})")
UNAMBIGUOUS_DAY_AND_MONTH = rf"(?<![\w/.-]){NO_SCORE_DAY_AND_MONTH}(?![\w/-])"
LIST_SEPARATOR = r"(?:,[ \t]*|[ \t]+(?:en|t/m|tot|of|[-–])[ \t]+)"
# (matched from a digit that no word or date part precedes, and looked back at from there,
# which is fast; the English ones from their month)
DAY_MONTH = (rf"(?<![\w/.-])(?=\d)(?!24/7(?![\d]))"  # "24/7" is round the clock
             rf"(?:{DAY_AND_MONTH}(?:(?=,?[ \t]+\d{{1,2}}[:.]\d{{2}}(?!\d))"
             rf"|(?<=(?<![\w])(?i:{WEEKDAYS})\.?[ \t]+{DAY_AND_MONTH})(?![\w/-])"
             rf"|(?<=(?<![\w])(?:op|van|per|d\.d\.|vanaf|sinds|tot|t/m|vóór|voor|uiterlijk"
             rf"|verjaardag|getekend|ontvangen|verstuurd)"
             rf"(?:[ \t]*\.{{3,}})?[ \t]+{DAY_AND_MONTH})"
             rf"(?![\w/-]){NOT_A_QUANTITY}"
             rf"|(?<=(?:\(|\([^()\n]*(?:,|[ \t][-–])[ \t]+){DAY_AND_MONTH})(?=\))"
             rf"|(?<=\({DAY_AND_MONTH})(?=,|[ \t]*[-–][ \t]*{DAY_AND_MONTH})"
             rf"|(?<=(?m:^)[ \t]*(?:[-*][ \t]*)?{DAY_AND_MONTH})(?=:|[ \t]{{2,}}\S|[ \t]+[a-z(])"
             rf"|(?=(?:{LIST_SEPARATOR}{DAY_AND_MONTH})*{LIST_SEPARATOR}{UNAMBIGUOUS_DAY_AND_MONTH})"
             rf"|(?<={UNAMBIGUOUS_DAY_AND_MONTH}(?:{LIST_SEPARATOR}{DAY_AND_MONTH})*"
             rf"{LIST_SEPARATOR}{DAY_AND_MONTH})(?![\w/-]))"
             rf"|(?<![PV]O[ \t]){NO_SCORE_DAY_AND_MONTH}(?![\w/-]|[.,]\d){NOT_A_QUANTITY})")
ENGLISH_DAY_MONTH = (rf"\b(?-i:{ENGLISH_FULL_MONTHS}|{ENGLISH_SHORT_MONTHS}\.?)[ \t]+{DAY}"
                     rf"(?![\w]|,[ \t]*{YEAR}|\.\d|[ \t]+{YEAR})")

# a day by its ordinal after a weekday or "op de", as parents write: "dinsdag 21e", "vrijdag
# de 28e", "op de 18e" (but "voor de 3e keer", "de 2e klas"); looked back at from a digit only
ORDINAL_DAY = (rf"(?i)(?=\d)(?<=(?<![\w])(?:(?:{WEEKDAYS})\.?(?:[ \t]+de)?|(?:op|voor|na|tot|vanaf"
               rf"|sinds|t/m)[ \t]+de)[ \t]+){DAY}(?:e|de|ste)(?![\w])"
               r"(?![ \t]+(?:keer|klas|groep|plaats|week|weken|dag|dagen|jaar|maand|les|poging"
               r"|ronde|leerjaar|versie|verdieping|helft|kind|zoon|dochter))")

# the dates of both recognizers, by pattern name and score (a birth date scores 0.85)
PATTERNS = {"date_numeric": NUMERIC, "date_iso": ISO, "date_in_words": IN_WORDS,
            "date_month_year": MONTH_YEAR, "date_numeric_month_year": NUMERIC_MONTH_YEAR,
            "date_english": ENGLISH, "date_misspelt": MISSPELT, "date_day_in_words": DAY_IN_WORDS}
SCORES = {"date_numeric": 0.6, "date_iso": 0.6, "date_in_words": 0.6, "date_month_year": 0.55,
          "date_numeric_month_year": 0.5, "date_english": 0.6, "date_misspelt": 0.5,
          "date_day_in_words": 0.6}
# as Presidio compiles its patterns: with the regex module, case-blind
FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE


class DateScan:
    """Where the dates of ``PATTERNS`` stand in a text, found once per analysis.

    The date and the birth-date recognizers both need them. Presidio hands every recognizer
    of one analysis the same NLP artifacts, which key the last scan: the next analysis scans
    anew, even of the same text.
    """

    def __init__(self) -> None:
        self._last: tuple[object, tuple[tuple[str, int, int], ...]] = (None, ())

    @cached_property
    def _compiled(self) -> dict[str, regex.Pattern[str]]:
        return {name: regex.compile(pattern, FLAGS) for name, pattern in PATTERNS.items()}

    def spans(self, text: str, nlp_artifacts: object | None
              ) -> tuple[tuple[str, int, int], ...]:
        """Each date's pattern name, start and end."""
        key, found = self._last
        if nlp_artifacts is None or key is not nlp_artifacts:
            lines = lines_with(text, DIGIT)  # every date holds one, and stays on its line
            found = tuple((name, *match.span()) for name, pattern in self._compiled.items()
                          for start, end in lines for match in pattern.finditer(text, start, end)
                          if match.end() > match.start())
            if nlp_artifacts is not None:
                self._last = (nlp_artifacts, found)
        return found


def scanned_results(recognizer: PatternRecognizer, text: str,
                    spans: Iterable[tuple[str, int, int]], scores: dict[str, float]
                    ) -> list[RecognizerResult]:
    """The recognizer's results for scanned dates, as Presidio makes them for its patterns.

    Validated as the recognizer validates its own: a span it rejects is dropped, one it
    confirms scores 1. (No explanation: the analyzer does not return its decision process.)
    """
    results = []
    for name, start, end in spans:
        validation = recognizer.validate_result(text[start:end])
        if validation is False:
            continue
        score = EntityRecognizer.MAX_SCORE if validation else scores[name]
        results.append(RecognizerResult(
            recognizer.supported_entities[0], start, end, score,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: type(recognizer).__name__,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id}))
    return results

# A month on its own, written in lower case as Dutch does, is a date anywhere: "eind juli",
# "maart-juli", "(juli)", "| februari |", "in dec.", and "Maart:"; "Juni Tan" and "April"
# are names
MONTH_LOWER = (rf"\b(?-i:{MONTHS}|(?:{MONTH_ABBREVIATIONS})\.)(?![\w])"
               rf"(?![ \t]+(?:{YEAR}|'\d{{2}}))"
               # Frisian "mei" is "with": "Frysk mei heit en mem", "dielt mei it SWV"
               rf"(?!(?<=mei)[ \t]+(?:it|heit|mem|ús|us|har|him|jo|dy|my|syn|jimme)(?![\w]))"
               rf"|\b(?-i:{CAPITALISED_MONTHS})(?=:)")  # and capitalised, as a time line's label
# an English month on its own in an English mail: "paid in September" (not one that is a name
# or a word as well: April, June, July, August, March, May)
MONTH_ENGLISH = r"\b(?-i:January|February|September|October|November|December)(?![\w'’-])"
# Only when a word places it in time, a year is a date on its own: "sinds 2019",
# "tussen 2018 en 2020". (Variable-width look-behinds: Presidio compiles patterns with the
# ``regex`` module.)
TIME_WORDS = ("in|sinds|vanaf|van|tot|tussen|en|voor|na|rond|medio|begin|eind|einde|half"
              "|halverwege|zomer|voorjaar|najaar|herfst|winter|jaar|uit|per|t/m"
              "|zomervakantie|kerstvakantie|herfstvakantie|meivakantie|voorjaarsvakantie"
              "|kerst|kerstmis|pasen|pinksteren"
              "|spring|summer|autumn|fall|since|until|from|before|after|christmas|easter"
              f"|seit|bis|vom|ab|anfang|ende|mitte|{GERMAN_SEASONS}")
YEAR_NUMBER = r"(?:19[4-9]\d|20[0-3]\d)"  # from a grandparent's birth to a TLV's end
# "sinds 2019", or closing or opening parentheses, or ending a clause inside them: "(2021)",
# "(buisjes 2021)", "(diagnose 2021, Kentalis)", "(Mosa Kinder- en Jeugdpsychiatrie, 2022)",
# "(2019 en ...", "(1982, geboren op ...", or after a test's name: "(NIO 2024: TIQ 109)"
# (looked back at from a year's first digit only, which is fast)
YEAR_ALONE = (rf"(?i)(?=[12]\d{{3}})(?:(?<=(?<![\w/])(?:{TIME_WORDS}):?\s+){YEAR_NUMBER}(?![\w/-])"
              rf"{NOT_A_QUANTITY}"
              rf"|(?<=\((?:[^()\n]{{0,60}}[ \t,])?){YEAR_NUMBER}(?=\)|,(?![\d-]))"
              rf"|(?<=\(){YEAR_NUMBER}(?=[ \t]+(?:en|t/m|tot|-|–)[ \t]|,)"
              rf"|(?<=(?<![\w-])(?-i:[A-Z][A-Z0-9-]{{1,9}})[ \t]){YEAR_NUMBER}(?=[:)]))")
# a period of years, not a school year (see ``NlDateRecognizer.validate_result``): "2016-2021"
YEAR_RANGE = rf"(?<![\w/-]){YEAR_NUMBER}[ \t]*[-–][ \t]*{YEAR_NUMBER}(?![\w/-])"
# a year that opens a row of a time line: "2022   na de vlucht", "| 2021 | verhuizing |",
# "- 2019: autismespectrumstoornis"
YEAR_IN_TIMELINE = (rf"(?m)(?<=(?:^|\|)[ \t]*(?:[-*][ \t]*)?){YEAR_NUMBER}"
                    rf"(?=:|[ \t]{{2,}}\S|[ \t]*\||[ \t]+[a-z]){NOT_A_QUANTITY}")
