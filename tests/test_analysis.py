"""The analyzer on a submission: what one document finds, found again in the others."""

from __future__ import annotations

from pipeline.analysis import Analyzer
from pipeline.document import Document, Page


def document(name: str, text: str) -> Document:
    return Document(name, text, (Page(1, 595, 842, 0, len(text)),))


def found_in_letter(analyzer: Analyzer, form: str, letter: str) -> list[tuple[str, str]]:
    """What the analyzer finds in a letter that a form of the same submission precedes."""
    _, found = analyzer.analyze_submission([document("form", form), document("letter", letter)])
    return [(f.entity_type, f.text) for f in found]


def test_a_name_that_is_someones_is_not_found_again_as_a_school(analyzer: Analyzer) -> None:
    assert found_in_letter(
        analyzer, "Naam leerling: Selam Habte\nAanvraag voor Basisschool Selam.",
        "Selam is blij op school.") == [("PERSON", "Selam")]


def test_a_name_inside_an_organization_is_no_name_to_find_again(analyzer: Analyzer) -> None:
    # the role rule reads "KNO-arts UMC Nieuwe Maas" as a person too, but the hospital wins
    assert found_in_letter(
        analyzer, "Bijlagen: brief KNO-arts UMC Nieuwe Maas (16-09-2025)",
        "Nieuwe afspraken volgen.") == []


def test_a_letter_with_a_known_name_in_lower_case_has_its_other_names_so_too(
        analyzer: Analyzer) -> None:
    assert found_in_letter(
        analyzer, "Naam leerling: Nora Hamelink\nWoonplaats: Zierikzee",
        "wij zijn de ouders van nora. hamelink woont in zierikzee, met thijs.") == [
        ("PERSON", "nora"), ("PERSON", "hamelink"), ("LOCATION", "zierikzee"),
        ("PERSON", "thijs")]


def test_a_town_that_is_a_word_found_with_its_postcode_is_found_again_within_sentences(
        analyzer: Analyzer) -> None:
    assert found_in_letter(
        analyzer, "6171 KN Stein\nNaam leerling: Erica Smeets\nVorige school: De Veenhoek in Erica",
        "Zij zit op Maaskant College, Stein (klas 2).\nStein is een lastig woord. Ik zag Erica"
        " in Stein.") == [
        ("ORGANIZATION", "Maaskant College"), ("LOCATION", "Stein"), ("PERSON", "Erica"),
        ("LOCATION", "Stein")]


def test_a_letter_in_lower_case_leaves_a_place_that_is_someones_name_to_them(
        analyzer: Analyzer) -> None:
    assert found_in_letter(
        analyzer, "Naam leerling: Isa Vink\nAdres: Dorpsweg 2, 8532 KS Vink\n"
                  "Mentor: Ingrid Nijland, 9443 PA Nijland",
        "hoi, isa vink hier. zet een vink bij elk stuk.\nGoedenavond mevrouw nijland,") == [
        ("PERSON", "isa"), ("PERSON", "nijland")]  # "vink" is a word too: no name in lower case


def test_an_abbreviation_defined_for_a_health_term_is_found_in_every_document(
        analyzer: Analyzer) -> None:
    """"retinitis pigmentosa (RP)": every "RP" of the submission, not Rafael Pinto's paraph."""
    assert found_in_letter(
        analyzer, "Naam leerling: Rafael Pinto\nHij heeft retinitis pigmentosa (RP).",
        "Bekend is Usher-syndroom met RP. Paraaf: RP") == [
        ("HEALTH", "Usher-syndroom"), ("HEALTH", "RP"), ("HEALTH", "RP")]


def test_an_abbreviation_before_its_health_term_in_brackets_is_found_in_every_document(
        analyzer: Analyzer) -> None:
    assert found_in_letter(
        analyzer, "Naam leerling: Rafael Pinto\nDe RP (retinitis pigmentosa) is bekend.",
        "Ik heb RP. Zorg (ADHD) is er ook.") == [
        ("HEALTH", "RP"), ("HEALTH", "ADHD")]  # but not "Zorg", which ADHD does not start


def test_a_word_in_brackets_after_a_health_term_is_no_abbreviation(analyzer: Analyzer) -> None:
    assert found_in_letter(analyzer, "Bekend: ADHD (diagnose) en dyslexie (Gd)",
                           "De diagnose kwam van Gd.") == []


def test_an_abbreviation_of_more_than_the_health_term_before_it_is_none_of_it(
        analyzer: Analyzer) -> None:
    assert ("HEALTH", "CJT") not in found_in_letter(
        analyzer, "Het verslag van het Centrum voor Jeugd en Trauma (CJT).", "Bij het CJT.")


def test_a_town_after_a_school_and_a_comma_is_its_town(analyzer: Analyzer) -> None:
    text = ("Vorige school: CBS De Kreek, Axel (groep 4); IKC Ringvaartkwartier, Osdorp;"
            " Basisschool De Regenboog, Emma zit in groep 3. CI-team CHR Mosan, Liège")
    found = analyzer.analyze(document("form", text))
    assert [(f.entity_type, f.text) for f in found if f.entity_type != "ORGANIZATION"] == [
        ("LOCATION", "Axel"), ("LOCATION", "Osdorp"), ("PERSON", "Emma"), ("HEALTH", "CI-team"),
        ("LOCATION", "Liège")]  # a city abroad, after a Belgian hospital
