"""Birth dates behind the names found, and birth dates found again elsewhere.

Behind names: "Sofiia Kovalenko, 05-05-2018", "Luuk (2020)", also in a table: "Leerling:
Zofia Kowalczyk | 30 januari 2011", "Lina      2 september 2013". Found again: a birth date
of one document of a submission is one wherever the same day stands in another.

The date-of-birth recognizer knows a name behind which a date stands only from the name
lists; after detection the names are known, also those no list holds. A date right behind a
person found, after a comma or in parentheses, is that person's birth date when it lies
years before the document's other dates: a letter's own date or a signature's does not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from statistics import median_high

from pipeline.dates import parse_date
from pipeline.document import Document, Finding, line_of
from recognizers.base import start_of_line
from recognizers.dates import WORD_MONTH
from recognizers.lexicon import alternation, lexicon
from recognizers.nl_date_of_birth_recognizer import SIGNING_WORDS

DATE_TYPES = ("DATE_TIME", "DATE_OF_BIRTH")
# a comma, a parenthesis (maybe on the next line), a table's bar or its column gap:
# "Lina      2 september 2013", "broer Ilyas\n(03-11-2012)"
BETWEEN_NAME_AND_DATE = re.compile(r"[ \t]*[,(|][ \t]*|[ \t]*\n[ \t]*\([ \t]*|[ \t]{2,}")
FULL_YEAR = re.compile(r"(?:19|20)\d{2}")
# a period's start, not a birth: "| Wendy Stam | mrt. 2023 - nu |", "2019 t/m 2021"
PERIOD_GOES_ON = re.compile(rf"[ \t]*[-–][ \t]*(?:nu|heden|\d|(?i:{WORD_MONTH}))"
                            r"|[ \t]+(?:t/m|tot)\b")
# a capitalised word and an opening bracket right before a date: "Joud (27-01-2021)"; not a
# body's name with its article ("De Wijngaard (12 mei 2023)")
WORD_AND_BRACKET = re.compile(r"(?<![\w'’-])(?<!De )(?<!Het )[A-Z][\w'’-]+[ \t]*\([ \t]*$")
# the header of a table's column of birth dates, maybe shared with another ("geboren / leeftijd")
BIRTH_COLUMN_HEADERS = frozenset({"geboren", "geboortedatum", "geb.", "geb. datum", "geboren op",
                                  "geb.datum", "date of birth", "born"})
BIRTH_COLUMN_HEADER = re.compile(
    rf"(?i)\|(?:[^|\n/]*/)?[ \t]*(?:{'|'.join(re.escape(h) for h in BIRTH_COLUMN_HEADERS)})"
    r"[ \t]*(?:/[^|\n]*)?\|")
MIN_AGE_YEARS = 2  # a birth date lies at least this long before the document's time
# words before the name that make the date a signature's or an adult's (a title: "mevrouw",
# "dr."), not a birth date
NOT_A_BIRTH = re.compile(rf"(?i)\b(?:{SIGNING_WORDS}"
                         rf"|{alternation(lexicon('titles') | lexicon('titles.extra'))})\.?[ \t]*$")


def birth_dates_behind_names(document: Document,
                             findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The findings, with each date right behind a person's name typed as a birth date."""
    people = sorted((f for f in findings if f.entity_type == "PERSON"), key=lambda f: f.end)
    ends = [person.end for person in people]
    behind_names = {f for f in findings if f.entity_type == "DATE_TIME" and _behind_a_name(
        document.text, f, people[:bisect_right(ends, f.start)][-1:])
        and not PERIOD_GOES_ON.match(document.text, f.end)}
    # the document's time: the median year of its other dates
    others = [year for f in findings if f.entity_type in DATE_TYPES and f not in behind_names
              and (year := _year(f.text)) is not None]
    if not others:
        return findings
    births = {f for f in behind_names if _born_by(f, median_high(others) - MIN_AGE_YEARS)}
    births |= _siblings_in_lists(document.text, findings, behind_names, births)
    return tuple(replace(f, entity_type="DATE_OF_BIRTH") if f in births else f
                 for f in findings)


def _siblings_in_lists(text: str, findings: tuple[Finding, ...], behind_names: set[Finding],
                       births: set[Finding]) -> set[Finding]:
    """The dates behind names on a line with a birth date, before the document's year.

    "Kinderen: Mateo (30-11-2017), Sofiia (2 maart 2020)", "Lana (02-12-2016), Adam
    (14-2-2024)": in a list of children a baby's birth date lies close to the document's
    time (the median year of the dates on other lines), in its year behind a person found,
    and its name may be one no list holds. The list may go on after a comma on the next line,
    or in the next row that opens with a name ("Parwana Noorzai, 08-05-2015, groep 7", then
    "Yama Noorzai, 02-03-2024, thuis"), and a date may open the line under its name.
    """
    born = [f for f in findings if f.entity_type == "DATE_OF_BIRTH"] + list(births)
    born_lines = {_list_line(text, f) for f in born}
    rows = {line for f in findings if f.entity_type == "PERSON"
            and not text[(line := start_of_line(text, f.start)):f.start].strip()}
    born_lines |= {following for line in born_lines
                   if (following := _next_line(text, line)) is not None
                   and (line_of(text, line).rstrip().endswith(",") or following in rows)}
    elsewhere = [year for f in findings if f.entity_type in DATE_TYPES
                 and start_of_line(text, f.start) not in born_lines and (year := _year(f.text))]
    if not elsewhere:
        return set()
    this_year = median_high(elsewhere)
    return {f for f in findings
            if f.entity_type == "DATE_TIME" and (line := _list_line(text, f)) in born_lines
            and (_born_by(f, this_year) if f in behind_names  # a child's, born this year
                 else WORD_AND_BRACKET.search(text, line, f.start) and _born_by(f, this_year - 1))}


def birth_dates_in_columns(document: Document,
                           findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The findings, with each date in a table's column headed "geboren" a birth date.

    A family's table: "| naam | geboren | school |", then "| Arie | 21-07-2023 | thuis |":
    also a baby's date, and one behind a name no list holds.
    """
    if not BIRTH_COLUMN_HEADER.search(document.text):  # most documents have no such table
        return findings
    columns = _birth_date_cells(document.text)
    return tuple(replace(f, entity_type="DATE_OF_BIRTH")
                 if f.entity_type == "DATE_TIME" and any(start <= f.start and f.end <= end
                                                          for start, end in columns) else f
                 for f in findings)


def _birth_date_cells(text: str) -> list[tuple[int, int]]:
    """The spans of the cells under a "geboren" header, row by row until the table ends.

    A header row holds no digits: "| Geboortedatum | 23-03-2018 |" is a form's field and its
    value. The table ends where a row has another number of cells.
    """
    cells: list[tuple[int, int]] = []
    column = None
    header_bars = 0
    offset = 0
    for line in text.split("\n"):
        bars = [i for i, char in enumerate(line) if char == "|"]
        in_table = line.lstrip().startswith("|") and len(bars) >= 2
        if not in_table or len(bars) != header_bars:
            column = None  # the table has ended
        if in_table and column is None:
            headers = [line[a + 1:b].strip().lower() for a, b in zip(bars, bars[1:], strict=False)]
            is_header_row = not any(char.isdigit() for char in line)
            column = next((i for i, h in enumerate(headers) if _heads_birth_dates(h)),
                          None) if is_header_row else None
            header_bars = len(bars)
        elif column is not None and column + 1 < len(bars):
            cells.append((offset + bars[column], offset + bars[column + 1]))
        offset += len(line) + 1
    return cells


def _heads_birth_dates(header: str) -> bool:
    """Whether a column header names birth dates, alone or with another: "geboren / leeftijd"."""
    return any(part.strip() in BIRTH_COLUMN_HEADERS for part in header.split("/"))


def known_birth_dates(analyzed: Sequence[tuple[Finding, ...]]) -> list[tuple[Finding, ...]]:
    """Each document's findings, with every date that is a birth date elsewhere typed so.

    The form gives "Geboortedatum: 14-03-2016"; the groeidocument's table of siblings, a
    letter's "Betreft" line or a time line gives the same day again ("14.03.2016", "14 maart
    2016") without saying whose birth it is. Only full dates count: a year alone is no one's.
    """
    births = {day for findings in analyzed for f in findings
              if f.entity_type == "DATE_OF_BIRTH" and (day := parse_date(f.text)) is not None}
    return [tuple(replace(f, entity_type="DATE_OF_BIRTH")
                  if f.entity_type == "DATE_TIME" and parse_date(f.text) in births else f
                  for f in findings)
            for findings in analyzed]


def _list_line(text: str, date: Finding) -> int:
    """Where the line of a date in a list starts.

    For a date that opens its line in brackets, the line above, with the name: "en Ifrah",
    then "(04-04-2024).".
    """
    line = start_of_line(text, date.start)
    opens_in_brackets = line > 0 and text[line:date.start].strip() == "("
    return start_of_line(text, line - 1) if opens_in_brackets else line


def _next_line(text: str, line: int) -> int | None:
    """Where the line after the one starting at ``line`` starts, if there is one."""
    end = text.find("\n", line)
    return end + 1 if 0 <= end < len(text) - 1 else None


def _behind_a_name(text: str, date: Finding, nearest: list[Finding]) -> bool:
    """Whether the nearest person before the date ends right before it, with no title."""
    for person in nearest:
        if BETWEEN_NAME_AND_DATE.fullmatch(text, person.end, date.start):
            line_start = start_of_line(text, person.start)
            return NOT_A_BIRTH.search(text, line_start, person.start) is None
    return False


def _born_by(date: Finding, latest_birth_year: int) -> bool:
    year = _year(date.text)
    return year is not None and year <= latest_birth_year


def _year(text: str) -> int | None:
    found = FULL_YEAR.findall(text)
    return int(found[-1]) if found else None
