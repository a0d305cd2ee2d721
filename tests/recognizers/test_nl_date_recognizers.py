"""Dates and birth dates. All dates are fictitious."""

from __future__ import annotations

import pytest
import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.dates import DateScan
from recognizers.nl_date_of_birth_recognizer import NlDateOfBirthRecognizer
from recognizers.nl_date_recognizer import NlDateRecognizer
from tests.recognizers.helpers import assert_spans, spans


@pytest.fixture(scope="module")
def dates() -> NlDateRecognizer:
    return NlDateRecognizer()


@pytest.fixture(scope="module")
def birth_dates() -> NlDateOfBirthRecognizer:
    return NlDateOfBirthRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first
        ("schooljaar 2023-2024", []),
        ("Frysk mei heit en mem; dielt mei it SWV; crisisdienst (24/7); in mei beter",
         ["mei"]),  # Frisian "with", round the clock; the month
        ("I paid in September; his name is August, in April", ["September"]),  # English month
        ("tot kerst 2025, na Pasen 2026", ["2025", "2026"]),  # a year after a holiday
        ("om 10.30 uur", []),
        ("bedrag 1.234,50", []),
        ("06-12345678", []),
        ("12-03-2014", ["12-03-2014"]),
        ("3/4/2024 en 1.2.15", ["3/4/2024", "1.2.15"]),
        ("op 2024-01-05", ["2024-01-05"]),
        ("12 maart 2014", ["12 maart 2014"]),
        ("3 jan. '15", ["3 jan. '15"]),
        ("9 maa. '25", ["9 maa. '25"]),
        ("sinds maart 2024", ["maart 2024"]),
        ("sinds sept. 2023 en jan. '25", ["sept. 2023", "jan. '25"]),
        ("| M6 (jan 24) | E6 (juni 24) | (Jan 25) | jan 24 kinderen", ["jan 24", "juni 24"]),  # a
        # test moment's short year in parentheses; not a name nor a count
        ("op 5 mei", ["5 mei"]),
        # a year or a month on its own, when a word places it in time
        ("Groep 5 en Postbus 2020, tot 2000 euro", []),
        ("de WISC-V 2019 en 2023 leerlingen", []),
        ("sinds 2019 en tussen 2018 en 2020", ["2019", "2018", "2020"]),
        ("In 2017 kwam het gezin", ["2017"]),
        ("eind juli en in september", ["juli", "september"]),
        ("de periode maart-juli", ["maart", "juli"]),
        ("sinds maart 2024", ["maart 2024"]),  # not the month alone
        ("Sent: Monday, November 16, 2026 10:14", ["November 16, 2026"]),
        ("Date: Fri, 16 May 2025 07:52", ["16 May 2025"]),
        ("When I visited in January 2025; in mars 2024 en mei", ["January 2025", "mei"]),
        ("the trip of May 2026; you may go", ["May 2026"]),  # May, with a year only
        ("Am 10. Oktober 2025, 10 de outubro de 2025, 1er mars 2024, 3 marca 2015; im März 2025",
         ["10. Oktober 2025", "10 de outubro de 2025", "1er mars 2024", "3 marca 2015",
          "März 2025"]),
        ("Vom Sommer 2019 bis Anfang 2023; seit 2018; Herbst 2022; 2021 Kinder",
         ["2019", "2023", "2018", "2022"]),  # a year after a German time word
        ("Friday 23 January at 14.00; 58,9 (juli) -> 61,3 (december)",
         ["23 January", "juli", "december"]),
        ("  2022        na de vlucht\n| 2021 | verhuizing |", ["2022", "2021"]),  # time lines
        ("  2021-2022   groep 3\n  2019 - 2020", []),  # school years
        ("de inschrijving (2021), (MRI 2017) en (2020-2021)", ["2021", "2017"]),
        ("Onderzoek (september en oktober 2025)", ["september", "oktober 2025"]),
        ("kreeg zij in\n2025 een behandeling", ["2025"]),  # a line break between
        ("| logopedist | februari |, Juni Tan en April", ["februari"]),  # lower case: a month
        ("In Juli zwommen we", []),  # capitalised months are too often names
        ("In 2024-05 en 02-2024; schooljaar 2024-2025", ["2024-05", "02-2024"]),
        ("Datum: 14 - 02 - 2016, uitslag eind nov. of in dec.", ["14 - 02 - 2016", "nov.", "dec."]),
        ("on June 7th, or June 16th, 2025; June Tan", ["June 7th", "June 16th, 2025"]),
        ("[17-02 08:12] juf: di 4/2 of ma 10/2; groep 7/8 en 1/2", ["17-02", "4/2", "10/2"]),
        ("I live in Leeds since 2022, from 2019 until 2021; 2020 euro",
         ["2022", "2019", "2021"]),  # an English mail's years
        ("huisbezoeken (6/11, 20/11) en vóór 1/11; In Nederland sinds: 2019",
         ["6/11", "20/11", "1/11", "2019"]),
        ("niveau (NIO 2024: TIQ 109), WISC-V 2021) en Groep 2024: 30 leerlingen; SO 2024",
         ["2024", "2021"]),  # a year after a test's name
        ("vorige week dinsdag 21e, vrijdag de 28e en op de 18e; dinsdag 3-2; voor de 3e keer"
         " in de 2e klas", ["21e", "28e", "18e", "3-2"]),  # parents' days
        ("op 12-2 ingesteld, besproken (19-2), score 3-4 (1-12 punten)", ["12-2", "19-2"]),
        ("I am in Sofia (6/4 - 20/4), score (3-4 punten)", ["6/4", "20/4"]),
        ("met moeder, 13/11 en 18/12; groep 7/8, 10-12 uur", ["13/11", "18/12"]),  # padded
        ("(telefonisch bijgepraat 08-01) | 18/12 | 1/2 | 20-05 euro", ["08-01", "18/12"]),
        ("Samenwerkingsverband PO 30-07 en SWV VO 25-06", []),
        ("- 24/2: overleg\n17/3        intake\n3/10 (ma) start\n2-11 eerste gesprek\n"
         "groep 3/4 deel, 7-8 Kerkstraat", ["24/2", "17/3", "3/10", "2-11"]),  # time line rows
        ("ziek tot 9/11, tolk 9/11, 16.10 uur; controle 24-11 en 28/9; 15-20 min, 14/20 goed",
         ["9/11", "9/11", "24-11", "28/9"]),
        ("tot de zomervakantie 2027; In spring 2022 our nurse; Maart: aanvraag; April belt",
         ["2027", "2022", "Maart"]),
        ("moeder (1985), vader (1982, Curaçao)\n- 2012: astma\n1500 woorden (1940 m)",
         ["1985", "1982", "2012"]),
        ("back in Breda on Nov 3. Call me; Jan 5 is a name", ["Nov 3"]),
        ("from March 3 to April 5, so I can come", ["March 3", "April 5"]),
        ("broertje start in groep 3\nfeb. 2024 OTS uitgesproken", ["feb. 2024"]),
        ("Vorige school (2022 - 2024) en (2019 - heden)", ["2022 - 2024", "2019"]),
        ("from March 14 until April 2. May 5 people", ["March 14", "April 2"]),
        ("2016-2021 wisselende adressen; schooljaar 2021-2022", ["2016-2021"]),
        ("(buisjes 2021), (TIQ 101, 2019), (2019 en later)", ["2021", "2019", "2019"]),
        ("(diagnose 2021, Kentalis), (Mosa Kinder- en Jeugdpsychiatrie, 2022); (€ 2025,00)"
         "; (groep 8, 2025-2026)", ["2021", "2022"]),  # a year ending a clause in brackets
        ("omid verjaardag 2/4 uitnodiging; score 2/4; Binnengekomen op ........ 4/11; Groep"
         " ....... 7/8", ["2/4", "4/11"]),
        ("groep 1 - 2 en 3 - 4; Jan. de Wit", []),
        ("Gouda, 24 novimber 2025; 3 setpember 2024; 3 Augusta 2019",
         ["24 novimber 2025", "3 setpember 2024"]),  # a long month misspelt, with day and year
        ("op negen november 2018, Eenendertig mei 2020, twee maart; opeen mei 2019",
         ["negen november 2018", "Eenendertig mei 2020", "maart", "mei 2019"]),  # day in words
        ("logopedie sinds 9-2024; score 9-2024", ["9-2024"]),  # a month unpadded: a time word
        ("| getekend 6-11 | 6-11 |", ["6-11"]),
        # the other days of a list that holds a day no score is; the last in brackets
        ("ouders: 12/9, 3/10 en 21/10; looptijd 6/10 t/m 19/12; groepen 1-2 en 3-4, 5-6",
         ["12/9", "3/10", "21/10", "6/10", "19/12"]),
        ("(per mail, 4-11); uiterlijk 1/12; (voor 1/12); zinnen van 2-3 woorden; voor 2-3"
         " weken; bereikbaar 24/7; (1-2-4 kHz)", ["4-11", "1/12", "1/12"]),
    ],
)
def test_finds_dates(dates: NlDateRecognizer, text: str, expected: list[str]) -> None:
    assert_spans(spans(dates, text, "DATE_TIME"), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first
        ("Helmond, 3 maart 2025", []),  # the date line of a letter
        ("Opgesteld door S. Winter, 9 mrt. '25", []),  # a signature's date
        ("Datum: 12-03-2024", []),
        ("Geboortedatum: 12-03-2014", ["12-03-2014"]),
        ("geboren op 12 maart 2014 te Helmond", ["12 maart 2014"]),
        ("Bram, geboren op tweeëntwintig december 2017,", ["tweeëntwintig december 2017"]),
        ("geb. 1-2-2015", ["1-2-2015"]),
        ("Tess (22 augustus 2017) woont in Deurne", ["22 augustus 2017"]),  # after a name
        ("Leerling: Tess van der Linden, 22-08-2017", ["22-08-2017"]),
        ("| Omid Sultani | broer (11-09-2010) |; gesprek (12-03-2025)", ["11-09-2010"]),  # kin
        ("Geboortedatum ...... 30-11-2017", ["30-11-2017"]),  # dot leaders
        ("geboortedatum / -plaats ..... 09-03-2012 / Sliven", ["09-03-2012"]),
        ("over Oleksandr, geboren\n30 januari 2016 in Charkiv", ["30 januari 2016"]),
        ("geboren in Charkiv.\nOp 30 januari 2016 kwam hij", []),  # not what opens the line
        ("30-07-2008   geboren in Belo Horizonte", ["30-07-2008"]),  # a time line's row
        ("24-07-2019 geboorte halfbroer Jayden", ["24-07-2019"]),
        ("12-03-2024 moeder, in 1985 in Homs geboren\n07-07-2019 halfzusje Skylar geboren",
         ["07-07-2019"]),  # a time line's row that tells of a birth, no other date first
        ("ouders, Omar (*12-02-2012), Rahaf; Datum* 12-10-2025", ["12-02-2012"]),  # born sign
        ("geboren op ..30-12-2008.......... lln.nr. ..2015", ["30-12-2008"]),  # a dotted line
        ("broer Ali, geb. 2009, woont in Ede; in 2009 verhuisd", ["2009"]),  # a year of birth
        ("| geboortedatum | 12 maart 2013 |", ["12 maart 2013"]),  # a table cell
        ("OPP (29-10-2025), verslag", []),  # after an abbreviation, not a name
        ("verslag Sociaal Team Erica (15-12-2025)", []),  # a town ends the team's name
        ("verslag Kinderfysiotherapie De Knotwilg, 8 januari 2026", []),  # "De" no first name
        ("Lars Asten (15-12-2015)", ["15-12-2015"]),  # a town is a surname after a first name
        ("(born 11.06.2016), agree with", ["11.06.2016"]),
        ("DOB: April 3rd, 2013", ["April 3rd, 2013"]),  # an English form's label
        ("Geb.datum   29 nov. 2017; geb.datum: 17-8-2015", ["29 nov. 2017", "17-8-2015"]),
        ("the report of Ms Prins (18 december) and", []),  # no year, no birth date
        ("Observatie mevrouw te Winkel (14 jan. 2026): in de", []),  # an adult, with a title
        ("ontslagbrief Kinderklinik St. Vitus (30.12.2023, Duits)", []),  # a saint's hospital
        ("verslag Jeugd-GGZ De Wijngaard (12 mei 2023), brief 3 november 2025", []),  # a body's
        ("Brief 12-01-2026, gesprek 3-11-2025, TLV tot 31-7-2029: ouders en Luuk, 28-10-2025",
         []),  # as recent as the letter
        ("Kinderen: Lars Dekker (30-10-2016), Noa Kuiper (14-02-2023); getekend 17-03-2025",
         ["30-10-2016", "14-02-2023"]),  # a young sister
        ("Brief 12-01-2026: Luuk Jansen, 28-10-2014", ["28-10-2014"]),
        ("Re: Martina, Jayden, °30-06-2017, EPD-nr 0771936", ["30-06-2017"]),
    ],
)
def test_finds_birth_dates(birth_dates: NlDateOfBirthRecognizer, text: str,
                           expected: list[str]) -> None:
    assert_spans(spans(birth_dates, text, "DATE_OF_BIRTH"), expected)


def test_the_two_recognizers_share_one_scan_per_analysis() -> None:
    scan = DateScan()
    dates, birth_dates = NlDateRecognizer(scan=scan), NlDateOfBirthRecognizer(scan=scan)
    first, second = (NlpArtifacts([], spacy.blank("nl")(""), [], [], None, "nl")
                     for _ in range(2))

    def found(recognizer: NlDateRecognizer | NlDateOfBirthRecognizer, text: str,
              analysis: NlpArtifacts) -> list[str]:
        return [text[r.start:r.end] for r in recognizer.analyze(text, [], analysis)]

    born = "Geboortedatum: 12-03-2014, gesprek op 3 mei 2025"
    assert found(dates, born, first) == ["12-03-2014", "3 mei 2025"]
    assert found(birth_dates, born, first) == ["12-03-2014"]
    later = "Geboren: 4 juni 2013"  # the next analysis, of another text, scans anew
    assert found(birth_dates, later, second) == ["4 juni 2013"]
