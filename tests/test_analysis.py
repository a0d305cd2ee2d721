"""The analyzer on a submission: what one document finds, found again in the others."""

from __future__ import annotations

from pipeline.analysis import Analyzer
from pipeline.document import Document, Page


def document(name: str, text: str) -> Document:
    return Document(name, text, (Page(1, 595, 842, 0, len(text)),))


def test_a_name_that_is_someones_is_not_found_again_as_a_school(analyzer: Analyzer) -> None:
    form = document("form", "Naam leerling: Selam Habte\nAanvraag voor Basisschool Selam.")
    letter = document("letter", "Selam is blij op school.")
    _, found = analyzer.analyze_submission([form, letter])
    assert [(f.entity_type, f.text) for f in found] == [("PERSON", "Selam")]


def test_a_letter_with_a_known_name_in_lower_case_has_its_other_names_so_too(
        analyzer: Analyzer) -> None:
    form = document("form", "Naam leerling: Nora Hamelink\nWoonplaats: Zierikzee")
    letter = document("letter", "wij zijn de ouders van nora. hamelink woont in zierikzee, "
                                "met thijs.")
    _, found = analyzer.analyze_submission([form, letter])
    assert [(f.entity_type, f.text) for f in found] == [
        ("PERSON", "nora"), ("PERSON", "hamelink"), ("LOCATION", "zierikzee"),
        ("PERSON", "thijs")]


def test_a_town_that_is_a_word_found_with_its_postcode_is_found_again_within_sentences(
        analyzer: Analyzer) -> None:
    form = document("form", "6171 KN Stein\nNaam leerling: Erica Smeets\n"
                            "Vorige school: De Veenhoek in Erica")
    letter = document("letter", "Zij zit op Maaskant College, Stein (klas 2).\nStein is een "
                                "lastig woord. Ik zag Erica in Stein.")
    _, found = analyzer.analyze_submission([form, letter])
    assert [(f.entity_type, f.text) for f in found] == [
        ("ORGANIZATION", "Maaskant College"), ("LOCATION", "Stein"), ("PERSON", "Erica"),
        ("LOCATION", "Stein")]


def test_a_place_that_is_a_persons_name_or_a_word_is_not_found_again_as_a_place(
        analyzer: Analyzer) -> None:
    form = document("form", "Naam leerling: Isa Vink\nAdres: Dorpsweg 2, 8532 KS Vink\n"
                            "Mentor: Ingrid Nijland, 9443 PA Nijland")
    letter = document("letter", "hoi, isa vink hier. zet een vink bij elk stuk.\n"
                                "Goedenavond mevrouw nijland,")
    _, found = analyzer.analyze_submission([form, letter])
    assert [(f.entity_type, f.text) for f in found] == [
        ("PERSON", "isa"), ("PERSON", "nijland")]  # "vink" is a word
