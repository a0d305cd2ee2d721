"""The Dutch ways of writing a date, shared by the date and date-of-birth recognizers."""

from __future__ import annotations

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
MONTH_ABBREVIATIONS = "jan|feb|febr|mrt|maa|apr|jun|jul|aug|sep|sept|okt|nov|dec"
ENGLISH_MONTHS = ("January|February|March|April|May|June|July|August|September|October"
                  "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:19\d{2}|20\d{2})"
SHORT_YEAR = r"(?:'\d{2}|\d{2})"
WORD_MONTH = rf"(?:{MONTHS}|(?:{MONTH_ABBREVIATIONS})\.?)"

# 12-03-2014, 12/3/14, 12.03.2014
NUMERIC = rf"(?<![\d\w.-]){DAY}([-/.]){MONTH}\1(?:{YEAR}|'?\d{{2}})(?![\d\w]|[-/.]\d)"
# 02-2024 (a month and a year in digits)
NUMERIC_MONTH_YEAR = rf"(?<![\d\w.-/])(?:0[1-9]|1[0-2])[-/]{YEAR}(?![\d\w]|[-/.]\d)"
# 2014-03-12
ISO = rf"(?<![\d\w.-]){YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d\w]|-\d)"
# 12 maart 2014, 3 jan. '15, 1 mei
IN_WORDS = rf"(?i)(?<![\w]){DAY}[ \t]+{WORD_MONTH}(?:[ \t]+(?:{YEAR}|{SHORT_YEAR}))?(?![\w'])"
# maart 2024
MONTH_YEAR = rf"(?i)(?<!\d\s)(?<![\w]){WORD_MONTH}[ \t]+(?:{YEAR}|'\d{{2}})(?![\w'])"

# November 16, 2026 and 16 May 2025 (the headers of English e-mails)
ENGLISH = (rf"(?<![\w])(?:(?:{ENGLISH_MONTHS})\.?[ \t]+{DAY}(?:st|nd|rd|th)?,?"
           rf"|{DAY}[ \t]+(?:{ENGLISH_MONTHS})\.?)[ \t]+{YEAR}(?![\w])")

PATTERNS = {"date_numeric": NUMERIC, "date_iso": ISO, "date_in_words": IN_WORDS,
            "date_month_year": MONTH_YEAR, "date_numeric_month_year": NUMERIC_MONTH_YEAR,
            "date_english": ENGLISH}

# Only when a word places it in time, a year or a month is a date on its own: "sinds 2019",
# "tussen 2018 en 2020", "eind juli", "maart-juli". (Variable-width look-behinds: Presidio
# compiles patterns with the ``regex`` module.)
TIME_WORDS = ("in|sinds|vanaf|van|tot|tussen|en|voor|na|rond|medio|begin|eind|einde|half"
              "|halverwege|zomer|voorjaar|najaar|herfst|winter|jaar|uit|per|t/m")
NOT_A_QUANTITY = r"(?![ \t]*(?:euro|eur|€|uur|km|kg|punten|woorden|leerlingen|kinderen))"
YEAR_ALONE = (rf"(?i)(?<=(?<![\w/])(?:{TIME_WORDS})\s+)(?:199\d|20[0-3]\d)(?![\w/-])"
              rf"{NOT_A_QUANTITY}")
# a year that opens a row of a time line: "2022   na de vlucht", "| 2021 | verhuizing |"
YEAR_IN_TIMELINE = (r"(?m)(?<=(?:^|\|)[ \t]*)(?:199\d|20[0-3]\d)"
                    rf"(?=[ \t]{{2,}}\S|[ \t]*\||[ \t]+[a-z]){NOT_A_QUANTITY}")
MONTH_RANGE_DASH = r"[ \t]*[-–][ \t]*"
MONTH_ALONE = (rf"(?i)(?:(?<=(?<![\w/])(?:{TIME_WORDS})\s+)|"
               rf"(?<=(?<![\w])(?:{MONTHS}){MONTH_RANGE_DASH}))(?:{MONTHS})(?![\w])"
               rf"(?![ \t]+(?:{YEAR}|'\d{{2}}))"
               rf"|(?<![\w])(?:{MONTHS})(?={MONTH_RANGE_DASH}(?:{MONTHS})(?![\w]))")
