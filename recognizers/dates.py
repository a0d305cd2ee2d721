"""The Dutch ways of writing a date, shared by the date and date-of-birth recognizers."""

from __future__ import annotations

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
MONTH_ABBREVIATIONS = "jan|feb|febr|mrt|maa|apr|jun|jul|aug|sep|sept|okt|nov|dec"
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

PATTERNS = {"date_numeric": NUMERIC, "date_iso": ISO, "date_in_words": IN_WORDS,
            "date_month_year": MONTH_YEAR, "date_numeric_month_year": NUMERIC_MONTH_YEAR}
