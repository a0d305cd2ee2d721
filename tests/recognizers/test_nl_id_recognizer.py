"""Registration numbers. All numbers are fictitious."""

from __future__ import annotations

import pytest

from recognizers.nl_id_recognizer import NlIdRecognizer
from tests.recognizers.helpers import assert_spans, spans


@pytest.fixture(scope="module")
def recognizer() -> NlIdRecognizer:
    return NlIdRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first
        ("Ons kenmerk 123456789", []),  # a reference is no register number
        ("Patiëntnummer: AVZ 4410 228; Cliëntnummer : TdB-2026-0177; ACnr. K-19-22871;"
         " huisnummer A 12, kamernummer B 204",  # a hospital's letters and digits, not a house
         ["AVZ 4410 228", "TdB-2026-0177", "K-19-22871"]),
        ("Zaak rechtbank: C/10/702215 / JE RK 25-1903; Beschikking gemeente: BJ/2025/08817;"
         " beschikking gemeente Aa en Hunze, nr. 2024-AH-3317; de beschikking van 12-03-2025",
         ["C/10/702215", "JE RK 25-1903", "BJ/2025/08817", "2024-AH-3317"]),  # court, decision
        ("Kenmerk school: 439806024; Kenmerk SWV: TLV25-0527; Volgnummer SWV: VO31-25-0577",
         ["TLV25-0527", "VO31-25-0577"]),  # the SWV's own case code
        ("ENTLASSUNGSBRIEF  Fall-Nr. 2025061437; jeugd- en gezinsprofessional, SKJ 10034782",
         ["2025061437", "10034782"]),  # a German hospital's case; a youth worker's register
        ("Referentie dossier: 615986085; Ons kenmerk: 554570647/HEM; Kenmerk dossier:"
         " SWV2303-25-0231", ["SWV2303-25-0231"]),  # filing numbers, and a case's code
        # an interpreter's number in the words after "tolk", not a date or a phone number
        ("tolknummers 209873 en 211540; tolk C. Marin (301557) op 7-11-2025; tolk nr. 207719,"
         " tel. 06 1834 5522", ["209873", "211540", "301557", "207719"]),
        ("Tolk: ja, Arabisch\nIBAN (vervoer) | NL22 INGB 0001 2345 67", []),
        ("School [CBS De Sprankel ] BRIN [06ZR]\n3.1 Naam / BRIN De Meent / 19WP\nBRIN ....... "
         ": 14XR\ngroep 4A, 12AB", ["06ZR", "19WP", "14XR"]),  # not on other lines
        ("V-nummer: 2718403955; SKJ 120045872; AGB-praktijk 94005127; RIZIV 1-54219-33-580",
         ["2718403955", "120045872", "94005127", "1-54219-33-580"]),
        ("Patnr. : 7723018; (SKJ 100-22871)", ["7723018", "100-22871"]),
        ("PID: 2018004471; Ziekenhuisnr.: 3318402; leerlingvolgnummer 200713; llnr. 160130-07",
         ["2018004471", "3318402", "200713", "160130-07"]),
        ("Rijksregisternr (BE): 18.01.08-246.25; versie 18.01.08; is 82.05.17-145.35.",
         ["18.01.08-246.25", "82.05.17-145.35"]),  # also ending a sentence
        ("| BRIN / lln.nr. | 05KL / 873 |", ["05KL", "873"]),  # two numbers in one field
        ("BIG-nummer 1901234560", []),  # ten digits: not a BIG number
        ("BIG-nummer: 19012345601", ["19012345601"]),
        ("BIG-registratie 59012345601", ["59012345601"]),
        ("AGB-code 01234567", ["01234567"]),
        ("AGB 01 034 567; AGB 94-012345", ["01 034 567", "94-012345"]),  # written in groups
        ("Geb.: 23-11-2017    Groep: 3    Lln.nr.: 118.204", ["118.204"]),
        ("(arrangement SWV-2812-0457), SWV-ARR-23-0311; Ons kenm.: MKJP-0048813",
         ["SWV-2812-0457", "SWV-ARR-23-0311", "MKJP-0048813"]),  # case codes need no label
        ("na COVID-19 en met CELF-5, TF-CBT en PO 28-06", []),
        ("nr. ADV-K-26-0017 (CvO-dossier KR-CvO-25-0937); Registratie: SWV23-ADV-0419",
         ["ADV-K-26-0017", "KR-CvO-25-0937", "SWV23-ADV-0419"]),  # one letter, mixed case
        ("de ADHD-Test-2024 en de BRIEF-2", []),  # a word and a year, a test
        ("AGB-code praktijk: 94620757", ["94620757"]),  # a qualifier before the colon
        ("AGB-praktijkcode 94061238  -  KvK 70344219", ["94061238"]),
        ("BRIN 12AB, BRIN-code: 05XY00, Brinnummer ..... 09JT00\nSUBRIN 12CD",
         ["12AB", "05XY00", "09JT00"]),
        ("| BRIN / vestiging      | 16TN   |", ["16TN"]),
        ("| BRIN huidige school | 19KM |", ["19KM"]),
        ("AGB 94 06 71 22 en AGB 01 034 567", ["94 06 71 22", "01 034 567"]),
        ("Leerlingnummer ParnasSys ........... 202218", ["202218"]),
        ("OBS De Zwaanshals (28DN00); in het dossier, nummer BOL-2024-0112.",
         ["28DN00", "BOL-2024-0112"]),
        ("boekingsnr. TC-884120; Cliëntnummer : ZS-25-0417; KvK-nummer 12345678",
         ["TC-884120", "ZS-25-0417"]),  # a code after any number's label
        ("Leerlingnummer: 4711", ["4711"]),
        ("orthopedagoog, NVO-registratie 4471; KvK-registratie ....", ["4471"]),
        ("Leerlingnummer (in te vullen door school): 978989", ["978989"]),
        ("Dossiernummer SWV: SWV25-351", ["SWV25-351"]),
        ("Dossiernummer 2024/0815", ["2024/0815"]),
        ("Leerling: Thijs de Wit (3765742)", ["3765742"]),
        ("Huisnummer: 12", []),  # a house number is no register number
        ("het dossier is compleet", []),
        ("Dossiernummer WT/VO/24-0193", ["WT/VO/24-0193"]),  # letters, slashes, dashes
        ("(zaak SVZ-2022-00417)", ["SVZ-2022-00417"]),
        ("| leerlingnummer | LLN-2017-0384 |", ["LLN-2017-0384"]),  # a table cell
        ("HIS-nummer: 100482", ["100482"]),
    ],
)
def test_finds_the_numbers(recognizer: NlIdRecognizer, text: str,
                           expected: list[str]) -> None:
    assert_spans(spans(recognizer, text, "NL_ID"), expected)
