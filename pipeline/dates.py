"""Reading the dates that the recognizers find into calendar dates."""

from __future__ import annotations

import re
from datetime import date

# months by their first three letters, Dutch and English ("mar", "may", "oct") and German
MONTHS = {"jan": 1, "feb": 2, "mrt": 3, "maa": 3, "mar": 3, "mär": 3, "apr": 4, "mei": 5,
          "may": 5, "mai": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10,
          "nov": 11, "dec": 12, "dez": 12}
NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.]'?(\d{2}|\d{4})$")
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
# "12 maart 2014", "3 jan. '15", "10. Oktober 2025"
IN_WORDS = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?\s+'?(\d{2}|\d{4})$")
# "June 30, 2016", "Nov 3rd 2025"
MONTH_FIRST = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
CENTURY_PIVOT = 50  # two-digit years: '15 is 2015, '87 is 1987


def parse_date(text: str) -> date | None:
    """The date a Dutch date text names, or ``None``.

    12-03-2014, 2014-03-12, 12 maart 2014, 3 jan. '15, June 30, 2016; ``None`` for a text
    without a day ("maart 2024") or an impossible date.
    """
    text = " ".join(text.split())
    if match := ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := NUMERIC.match(text):
        day, month, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
    elif match := IN_WORDS.match(text):
        day, month, year = int(match.group(1)), _month(match.group(2)), _year(match.group(3))
    elif match := MONTH_FIRST.match(text):
        day, month, year = int(match.group(2)), _month(match.group(1)), int(match.group(3))
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    """A month's number from its name or abbreviation, 0 (no month) when it is none."""
    return MONTHS.get(name.lower()[:3], 0)


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < CENTURY_PIVOT else 1900
    return year
