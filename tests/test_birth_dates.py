"""Birth dates behind the names found. All names and dates are fictitious."""

from __future__ import annotations

from pipeline.birth_dates import (
    birth_dates_behind_names,
    birth_dates_in_columns,
    known_birth_dates,
)
from pipeline.document import Document, Finding, Page


def finding(text: str, kind: str, part: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Finding(kind, start, start + len(part), part, 0.6, 1)


def birth_dates(text: str, marked: list[tuple[str, str]]) -> list[str]:
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    findings = tuple(sorted((finding(text, kind, part) for kind, part in marked),
                            key=lambda f: f.start))
    return [f.text for f in birth_dates_behind_names(document, findings)
            if f.entity_type == "DATE_OF_BIRTH"]


def test_a_date_long_before_the_document_right_behind_a_name_is_a_birth_date() -> None:
    text = ("Brief 12-01-2026. Cliënt: Sofiia Kovalenko, 05-05-2018. Broers: Luuk (2020). "
            "Opgesteld door S. Winter, 09-11-2018. Mevrouw Prins (1985). Gesprek 3-11-2025. "
            "Toestemming Luuk, 28-10-2025; Sofiia Kovalenko op 05-05-2018")
    marked = [("DATE_TIME", "12-01-2026"), ("PERSON", "Sofiia Kovalenko"),
              ("DATE_TIME", "05-05-2018"), ("PERSON", "Luuk"), ("DATE_TIME", "2020"),
              ("PERSON", "S. Winter"), ("DATE_TIME", "09-11-2018"), ("PERSON", "Prins"),
              ("DATE_TIME", "1985"), ("DATE_TIME", "3-11-2025"), ("DATE_TIME", "28-10-2025")]
    # not a signature's date, an adult's with a title, a recent date, nor one after "op"
    assert birth_dates(text, marked) == ["05-05-2018", "2020"]


def test_without_other_dates_no_date_is_called_a_birth_date() -> None:
    text = "Luuk (2020)"
    assert birth_dates(text, [("PERSON", "Luuk"), ("DATE_TIME", "2020")]) == []


def test_a_date_in_the_next_column_of_a_name_is_a_birth_date() -> None:
    text = ("Datum 12-01-2026, gesprek 3-11-2025\nLeerling: Zofia Kowalczyk | 30 januari 2011\n"
            "  Lina        2 september 2013    klas 1\n  Noor  oudergesprek 08-01-2026\n"
            "broer Ilyas\n(03-11-2012), zus Sara\n03-11-2012")
    marked = [("DATE_TIME", "12-01-2026"), ("DATE_TIME", "3-11-2025"),
              ("PERSON", "Zofia Kowalczyk"), ("DATE_TIME", "30 januari 2011"),
              ("PERSON", "Lina"), ("DATE_TIME", "2 september 2013"), ("PERSON", "Noor"),
              ("DATE_TIME", "08-01-2026"), ("PERSON", "Ilyas"), ("DATE_TIME", "03-11-2012"),
              ("PERSON", "Sara")]
    # also in parentheses on the next line, but not bare on the next line
    assert birth_dates(text, marked) == ["30 januari 2011", "2 september 2013", "03-11-2012"]


def test_a_date_that_starts_a_period_behind_a_name_is_no_birth_date() -> None:
    text = ("Brief 12-01-2026, gesprek 3-11-2025\n| Wendy Stam | mrt. 2023 - nu |\n"
            "| Piet Bos | 2019 t/m 2021 |\n| Sara Bos | 04-04-2015 |")
    marked = [("DATE_TIME", "12-01-2026"), ("DATE_TIME", "3-11-2025"),
              ("PERSON", "Wendy Stam"), ("DATE_TIME", "mrt. 2023"), ("PERSON", "Piet Bos"),
              ("DATE_TIME", "2019"), ("PERSON", "Sara Bos"), ("DATE_TIME", "04-04-2015")]
    assert birth_dates(text, marked) == ["04-04-2015"]


def test_a_date_in_a_column_headed_geboren_is_a_birth_date_until_the_table_ends() -> None:
    text = ("| naam    | geboren    | school    |\n|---------|------------|-----------|\n"
            "| Arie    | 21-07-2023 | thuis     |\n| Adriana | 03-05-2007 | 12-10-2025 |\n"
            "Gesprek 14-10-2025\n| wie | wanneer    |\n| IB  | 20-10-2025 |")
    findings = tuple(finding(text, "DATE_TIME", date) for date in
                     ("21-07-2023", "03-05-2007", "12-10-2025", "14-10-2025", "20-10-2025"))
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    # a baby's date too, but not a date in another column or another table
    assert [f.text for f in birth_dates_in_columns(document, findings)
            if f.entity_type == "DATE_OF_BIRTH"] == ["21-07-2023", "03-05-2007"]


def test_a_column_headed_geboren_beside_another_header_holds_birth_dates() -> None:
    text = ("| naam  | relatie | geboren / leeftijd  | bijzonderheden |\n"
            "| Khaled | vader  | 43 jaar  | werkt in een kwekerij |\n"
            "| Lina  | dochter | 14-03-2017 (Gaziantep) | groep 4  |\n"
            "| datum / plaats | wat |\n| 12-10-2025 / Putten | huisbezoek |")
    findings = tuple(finding(text, "DATE_TIME", date) for date in ("14-03-2017", "12-10-2025"))
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    # "geboren / leeftijd" heads birth dates; "datum / plaats" does not
    assert [f.text for f in birth_dates_in_columns(document, findings)
            if f.entity_type == "DATE_OF_BIRTH"] == ["14-03-2017"]


def test_a_forms_birth_date_field_heads_no_column() -> None:
    text = ("| Geboortedatum | 23-03-2018 |\n| BSN           | 123456782  |\n"
            "| Periode: 1 januari 2026 t/m 31 juli 2026            |\n"
            "| Datum         | 6-11-2025  |")
    findings = tuple(finding(text, "DATE_TIME", date) for date in
                     ("1 januari 2026", "31 juli 2026", "6-11-2025"))
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    # a field and its value on one row, then rows of the same and of another width
    assert all(f.entity_type == "DATE_TIME" for f in birth_dates_in_columns(document, findings))


def test_a_birth_date_of_one_document_is_one_in_every_other_notation_elsewhere() -> None:
    form = "Geboortedatum: 14-03-2016"
    table = ("Rami  14.03.2016  groep 6; 14 maart 2016; intake 14-03-2025; 2016; born March 14,"
             " 2016; 14. März 2016")
    marked = [finding(form, "DATE_OF_BIRTH", "14-03-2016")]
    dates = [finding(table, "DATE_TIME", part)
             for part in ("14.03.2016", "14 maart 2016", "14-03-2025", "2016", "March 14, 2016",
                          "14. März 2016")]
    _, found = known_birth_dates([tuple(marked), tuple(dates)])
    assert [(f.entity_type, f.text) for f in found] == [
        ("DATE_OF_BIRTH", "14.03.2016"), ("DATE_OF_BIRTH", "14 maart 2016"),
        ("DATE_TIME", "14-03-2025"), ("DATE_TIME", "2016"), ("DATE_OF_BIRTH", "March 14, 2016"),
        ("DATE_OF_BIRTH", "14. März 2016")]


def test_a_recent_date_behind_a_name_in_a_list_of_children_is_a_birth_date() -> None:
    text = ("Kinderen: Mateo (30-11-2017), Joud (27-01-2021), Kompas (2 maart 2025)\n"
            "Gesprek 3-11-2025, verslag 12-11-2025; Luuk (2024)")
    marked = [("PERSON", "Mateo"), ("DATE_TIME", "30-11-2017"), ("DATE_TIME", "27-01-2021"),
              ("DATE_TIME", "2 maart 2025"), ("DATE_TIME", "3-11-2025"),
              ("DATE_TIME", "12-11-2025"), ("PERSON", "Luuk"), ("DATE_TIME", "2024")]
    # not this year's date in the list, nor a recent one on a line without a birth date
    assert birth_dates(text, marked) == ["30-11-2017", "27-01-2021"]


def test_a_baby_born_this_year_behind_a_person_also_on_the_list_s_next_line() -> None:
    text = ("Broers en zussen: Ilias (14-04-2017), Yara Zwart (30-11-2019),\n"
            "Nour Zwart (02-02-2025)\nKompas (3 maart 2025)\nGesprek 3-11-2025, verslag 12-11-2025")
    marked = [("PERSON", "Ilias"), ("DATE_TIME", "14-04-2017"), ("PERSON", "Yara Zwart"),
              ("DATE_TIME", "30-11-2019"), ("PERSON", "Nour Zwart"), ("DATE_TIME", "02-02-2025"),
              ("DATE_TIME", "3 maart 2025"), ("DATE_TIME", "3-11-2025"),
              ("DATE_TIME", "12-11-2025")]
    # not a date of this year behind a word that is no one's name, on a line of its own
    assert birth_dates(text, marked) == ["14-04-2017", "30-11-2019", "02-02-2025"]


def test_a_list_of_children_goes_on_in_rows_that_open_with_a_name_and_under_a_name() -> None:
    text = ("Broers en zussen:\nParwana Noorzai, 08-05-2015, groep 7\n"
            "Yama Noorzai, 02-03-2024, thuis\nmoeder: Laila Noorzai, 12-03-2025\n"
            "Kinderen: Mustafe (23-01-2015) en Ifrah\n(04-04-2024).\n"
            "Gesprek 3-11-2025, verslag 12-11-2025")
    marked = [("PERSON", "Parwana Noorzai"), ("DATE_TIME", "08-05-2015"),
              ("PERSON", "Yama Noorzai"), ("DATE_TIME", "02-03-2024"),
              ("PERSON", "Laila Noorzai"), ("DATE_TIME", "12-03-2025"),
              ("PERSON", "Mustafe"), ("DATE_TIME", "23-01-2015"), ("PERSON", "Ifrah"),
              ("DATE_TIME", "04-04-2024"), ("DATE_TIME", "3-11-2025"),
              ("DATE_TIME", "12-11-2025")]
    # not a date behind a name on the row after the list's, which a label opens
    assert birth_dates(text, marked) == ["08-05-2015", "02-03-2024", "23-01-2015", "04-04-2024"]
