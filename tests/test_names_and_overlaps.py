from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.document import Document, Finding, Page
from pipeline.names import (
    brands_retyped,
    email_domain_names,
    employers_split_off,
    initials_variants,
    known_texts,
    name_variants,
    nickname_variants,
    organization_variants,
    people_initials,
    places_retyped_as_people,
    propagate_names,
    schools_retyped,
    with_first_names_in_lower_case,
    with_names_in_lower_case,
    with_paraphs,
    with_school_names_in_lower_case,
    with_word_surnames,
    word_surnames,
    writes_names_in_lower_case,
)
from pipeline.overlaps import resolve_overlaps
from recognizers.nl_location_recognizer import UNLISTED_PLACE_RULE
from recognizers.nl_person_recognizer import FOREIGN_PAIR_RULE, ROLE_RULE, TITLE_RULE


def document(text: str) -> Document:
    return Document("t", text, (Page(1, 595, 842, 0, len(text)),))


def person(text: str, name: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return Finding("PERSON", start, start + len(name), name, 0.85, 1)


def organization(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding("ORGANIZATION", start, start + len(name), name, 0.75, 1)


def place(text: str, name: str, rule: str = UNLISTED_PLACE_RULE) -> Finding:
    start = text.index(name)
    return Finding("LOCATION", start, start + len(name), name, 0.55, 1,
                   "NlLocationRecognizer", rule)


@pytest.mark.parametrize("lower_ok", [False, True])
def test_a_known_name_stands_after_no_word_address_dot_or_hyphen(lower_ok: bool) -> None:
    text = "Kati belt; xKati; kati@school.nl; a.Kati; Jan-Kati; (Kati) en\nKati"
    found = propagate_names(document(text), [], {"Kati": lower_ok})
    assert [f.start for f in found] == [0, text.index("(Kati") + 1, text.rindex("Kati")]


def test_a_known_name_is_found_again_in_single_quotes_but_not_inside_a_name() -> None:
    text = "moeder Katalin ('Kati'); Kati's fiets; Kati'tje; Sean O'Kati belt"
    found = propagate_names(document(text), [], {"Kati": False})
    assert [f.start for f in found] == [text.index("Kati'"), text.index("Kati's")]


def test_a_full_name_makes_its_first_name_and_surname_names_elsewhere() -> None:
    form = "Naam leerling: Emma de Vries"
    report = "Emma zit in groep 5. De Vries is haar achternaam. mail: hoi emma, groet"
    variants = name_variants([person(form, "Emma de Vries")])
    found = propagate_names(document(report), [], variants)
    assert [f.text for f in found] == ["Emma", "De Vries", "emma"]
    assert all(f.entity_type == "PERSON" and f.recognizer == "NamePropagation" for f in found)


def test_a_name_no_dutch_list_holds_is_found_in_lower_case() -> None:
    variants = name_variants([person("Kinderen: Kacper Nowak", "Kacper Nowak")])
    found = propagate_names(document("kacper was vandaag ziek"), [], variants)
    assert [f.text for f in found] == ["kacper"]


def test_a_name_part_that_is_a_dutch_word_is_found_capitalised_only() -> None:
    # a river's name taken for a person ("KNO-arts UMC Nieuwe Maas") makes no "nieuwe" one
    variants = name_variants([person("KNO-arts Nieuwe Maas", "Nieuwe Maas")])
    found = propagate_names(document("geen nieuwe batterij; Nieuwe zegt"), [], variants)
    assert [f.text for f in found] == ["Nieuwe"]


def test_a_first_name_is_found_in_a_heading_in_capitals() -> None:
    variants = name_variants([person("Leerling: Adam El Idrissi", "Adam El Idrissi")])
    found = propagate_names(document("WAT HEEFT ADAM NODIG; EL IDRISSI"), [], variants)
    assert [f.text for f in found] == ["ADAM"]  # a first name, not a listed surname


def test_a_first_name_is_found_in_its_diminutive() -> None:
    variants = name_variants([person("Leerling: Noa Latuheru", "Noa Latuheru")])
    found = propagate_names(document("in de tas van Noaatje. haha ze heet hier ook noaatje"),
                            [], variants)
    assert [f.text for f in found] == ["Noaatje", "noaatje"]


def test_a_first_name_is_found_in_its_short_form() -> None:
    variants = name_variants([person("CC: Priscilla Sardjoe", "Priscilla Sardjoe"),
                              person("Vader: Benjamin Oduro", "Benjamin Oduro")])
    found = propagate_names(document("Pris en ik; ik ben blij; Ben je er? pris; Sard"), [],
                            variants)
    assert [f.text for f in found] == ["Pris"]  # capitalised, no word, not a surname's


def test_each_half_of_a_double_surname_is_found_alone() -> None:
    variants = name_variants([person("dr. M.C. Verduyn-Tan", "M.C. Verduyn-Tan")])
    found = propagate_names(document("de brief van dokter Verduyn; mevrouw Tan belt"), [],
                            variants)
    assert [f.text for f in found] == ["Verduyn", "Tan"]


def test_a_name_is_found_before_a_possessive() -> None:
    variants = name_variants([person("Moeder: Agnieszka Nowak", "Agnieszka Nowak")])
    found = propagate_names(document("about agnieszka's medication; Nowak'sche"), [], variants)
    assert [f.text for f in found] == ["agnieszka"]


def test_surnames_that_are_words_propagate_only_capitalised() -> None:
    variants = name_variants([person("Noor Bakker", "Noor Bakker")])
    text = "Naar de bakker. Bakker belde."
    found = propagate_names(document(text), [], variants)
    assert [f.text for f in found] == ["Bakker"]
    assert found[0].start == text.index("Bakker")


def test_propagation_skips_text_already_found() -> None:
    text = "Emma Mulder en Emma"
    first = person(text, "Emma Mulder")
    found = propagate_names(document(text), [first], name_variants([first]))
    assert [(f.text, f.start) for f in found] == [("Emma Mulder", 0), ("Emma", 15)]


@pytest.mark.parametrize("order", [("OSS", "Oss Kessel"), ("Oss Kessel", "OSS")])
def test_a_name_that_may_stand_in_lower_case_is_found_in_full_whatever_the_order(
        order: tuple[str, str]) -> None:
    text = "route oss kessel, en OSS"  # two spellings of one name: the longest wins
    found = propagate_names(document(text), [], dict.fromkeys(order, True), "LOCATION")
    assert [f.text for f in found] == ["oss kessel", "OSS"]


def test_a_finding_within_a_longer_one_is_dropped_and_partial_overlaps_stay() -> None:
    street = Finding("LOCATION", 0, 19, "Johan de Wittlaan 5", 0.8, 1)
    inner = Finding("PERSON", 0, 17, "Johan de Wittlaan", 0.85, 1)
    partial = Finding("DATE_TIME", 15, 25, "x" * 10, 0.6, 1)
    assert resolve_overlaps([inner, partial, street]) == (street, partial)


def test_on_the_same_span_the_more_specific_type_wins() -> None:
    birth = Finding("DATE_OF_BIRTH", 5, 15, "12-03-2014", 0.85, 1)
    date = Finding("DATE_TIME", 5, 15, "12-03-2014", 0.6, 1)
    assert resolve_overlaps([date, birth]) == (birth,)


def test_on_the_same_span_a_health_term_beats_a_name() -> None:
    eponym = Finding("HEALTH", 0, 21, "Gilles de la Tourette", 0.8, 1)
    name = Finding("PERSON", 0, 21, "Gilles de la Tourette", 0.85, 1)
    assert resolve_overlaps([name, eponym]) == (eponym,)


@pytest.mark.parametrize(("person_score", "place_score", "winner"), [
    (0.85, 0.6, "PERSON"),  # "mevr. Zwanenburg", "Achternaam: Kerkhof"
    (0.7, 0.95, "LOCATION"),  # "woont in Zwanenburg"
    (0.6, 0.6, "LOCATION"),
])
def test_on_the_same_span_a_surname_or_town_wins_by_its_evidence(
        person_score: float, place_score: float, winner: str) -> None:
    name = Finding("PERSON", 9, 19, "Zwanenburg", person_score, 1)
    town = Finding("LOCATION", 9, 19, "Zwanenburg", place_score, 1)
    assert [f.entity_type for f in resolve_overlaps([name, town])] == [winner]


def test_a_school_named_in_full_is_found_by_its_name_alone() -> None:
    form = ("Basisschool De Vlinderboom, Praktijk Kompasroos, Huisartsenpraktijk Asten, "
            "Brede School Het Zwaluwnest")
    found = [organization(form, name) for name in form.split(", ")]
    mail = ("Hij zit op De Vlinderboom en was bij Kompasroos; de vlinderboom bloeit; Asten; "
            "Locatie: Het Zwaluwnest")
    propagated = propagate_names(document(mail), [], organization_variants(found),
                                 "ORGANIZATION")
    assert [(f.entity_type, f.text) for f in propagated] == [
        ("ORGANIZATION", "De Vlinderboom"), ("ORGANIZATION", "Kompasroos"),
        ("ORGANIZATION", "Het Zwaluwnest")]


def test_an_organization_found_by_its_name_alone_is_found_so_again() -> None:
    letterhead = ("ZICHTVELD expertisecentrum; begeleider van Klankkast; de Groep; het verslag"
                  " van Kleurrijk Thuis")
    found = [organization(letterhead, name)
             for name in ("ZICHTVELD", "Klankkast", "Groep", "Kleurrijk Thuis")]
    report = ("Zichtveld adviseert; Klankkast komt; ZICHTVELD; klankkast; groep 5 en Groep;"
              " begeleiding Kleurrijk Thuis")
    propagated = propagate_names(document(report), [], organization_variants(found),
                                 "ORGANIZATION")
    assert [f.text for f in propagated] == ["Zichtveld", "Klankkast", "ZICHTVELD",
                                            "Kleurrijk Thuis"]


def test_an_email_domain_names_the_organization_it_spells() -> None:
    addresses = ["p.zwanenburg@zichtwaarts.nl", "ouder@gmail.com", "info@heerlen.nl",
                 "jan@bakker.nl", "zorg@school.nl"]
    found = [Finding("EMAIL_ADDRESS", 0, len(a), a, 0.9, 1) for a in addresses]
    assert email_domain_names(found) == {"Zichtwaarts": False, "ZICHTWAARTS": False}


def test_a_one_word_name_no_dutch_words_make_is_found_in_lower_case() -> None:
    form = "Jeugdhulp Merwedal en Duinzicht Jeugd-GGZ"
    found = [organization(form, name) for name in ("Jeugdhulp Merwedal", "Duinzicht Jeugd-GGZ")]
    chat = "de brief van merwedal; therapeut van duinzicht; Duinzicht belt"
    propagated = propagate_names(document(chat), [], organization_variants(found),
                                 "ORGANIZATION")
    assert [f.text for f in propagated] == ["merwedal", "Duinzicht"]  # "duinzicht": a view


def test_a_document_that_writes_names_in_lower_case_has_its_first_names_so_too() -> None:
    variants = name_variants([person("Leerling: Adam El Amrani", "Adam El Amrani")])
    chat = "hoi nienke, adam heeft slecht geslapen"
    nienke = person(chat, "nienke")
    assert [f.text for f in propagate_names(document(chat), [nienke], variants)] == ["nienke"]
    lower_case = with_first_names_in_lower_case(variants)
    assert writes_names_in_lower_case([nienke])
    assert [f.text for f in propagate_names(document(chat), [nienke], lower_case)] == [
        "nienke", "adam"]  # Adam is a surname too: in lower case only where names are
    roos = with_first_names_in_lower_case(name_variants([person("Roos Veen", "Roos Veen")]))
    drawing = "hoi roos, hij tekende een roos en de roos"
    assert [f.text for f in propagate_names(document(drawing), [], roos)] == [
        "roos"]  # an article makes a noun of it


def test_a_chat_has_its_prefixed_surnames_and_schools_in_lower_case() -> None:
    form = ("Arts: Petra van der Linden, Noor de Bakker; OBS De Watertoren; SBO De Brug;"
            " Kempenzorg; Windkracht; MEE")
    people = name_variants([person(form, "Petra van der Linden"), person(form, "Noor de Bakker")])
    schools = organization_variants([organization(form, name) for name in (
        "OBS De Watertoren", "SBO De Brug", "Kempenzorg", "Windkracht", "MEE")])
    chat = ("brief van dr van der linden; naar de bakker; op de watertoren; over de brug; cgt bij"
            " kempenzorg; windkracht 6; mee eens")
    found = [*propagate_names(document(chat), [], with_first_names_in_lower_case(people)),
             *propagate_names(document(chat), [], with_school_names_in_lower_case(schools),
                              "ORGANIZATION")]
    assert [f.text for f in found] == ["van der linden", "de watertoren", "kempenzorg"]


def test_a_chat_has_its_first_names_towns_and_streets_in_lower_case_found_from_the_lists(
        ) -> None:
    chat = ("thijs (haar broer) gaat naar zierikzee; roos is ziek en we zijn best moe; juf"
            "; hij werkt in drachten, twee drachten hout; brief van dokter kloosterhuis, de"
            " bakker, juf bakker, dokter van dongen; fietsen naar de griftlaan, de snelweg")
    thijs = Finding("PERSON", 0, 5, "thijs", 0.7, 1)
    found = with_names_in_lower_case(document(chat), [thijs])
    assert [(f.entity_type, f.text) for f in found] == [
        ("PERSON", "thijs"), ("LOCATION", "zierikzee"), ("LOCATION", "drachten"),
        ("PERSON", "kloosterhuis"), ("PERSON", "bakker"), ("PERSON", "dongen"),
        ("LOCATION", "griftlaan")]


def test_a_surname_that_is_a_word_counts_alone_only_where_a_capital_means_the_name() -> None:
    text = ("Opgesteld: Sandra Bos\n| 9-02 | gesprek | De Laat/Bos |\n"
            "| 3-06 | consult | Bos, SWV |\nBesproken met Bos. Bos en heide; een wandeling in "
            "het bos.\nBos belt.")
    people = [person(text, "Sandra Bos")]
    assert word_surnames(people) == {"Bos"}
    found = with_word_surnames(document(text), people, word_surnames(people))
    added = [f for f in found if f.recognizer == "WordSurnames"]
    assert [text[f.start - 2:f.end] for f in added] == ["t/Bos", "| Bos", "t Bos"]


CONSENT_FORM = ("Ouder 1: E. Siahaya-M.\nLeerling: N. Siahaya\n"
                "[V] verslag gezinscoach ........ ES   NS\n[X] info NS ....... n.v.t.\n"
                "Opmerking: geen info doorsturen\n        NS\nGroep\n"
                "[x]  [ ]    N.S.\nAkkoord. - ES\nOntvangen, paraaf IB: NS; ES is er niet\n"
                "Ja  OK\n\"liever zelf bespreken\" - E.dH.\nMoeder: E. de Haan\n"
                "Handtekening: J.R.P.  (paraaf) Z.S.  Handtekening I.B.: T.O.\n")
# minutes name who acts on a point and who took them; not a role ("RT", "IB")
MINUTES = ("- Bas Visser, groepsleerkracht\n- Ingrid Pauw, intern begeleider\n"
           "- Rik Tol en Ilse Bos, ouders\n"
           "- BV zet de versterker aan.\n- IB belt ouders.\n"
           "Verslag gestuurd op 13-10-2025 (IP).\nGroep 5 (BV): 24 leerlingen.\n"
           "- RT lezen bij Ingrid Pauw (IB).\n")


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (CONSENT_FORM, ["E. Siahaya-M.", "N. Siahaya", "E. de Haan"],
         ["ES", "NS", "NS", "N.S.", "ES", "NS", "E.dH.", "J.R.P.", "Z.S."]),  # dots: unknown
        (MINUTES, ["Bas Visser", "Ingrid Pauw", "Rik Tol", "Ilse Bos"], ["BV", "IP"]),
        # who received or noted it; not a role, nor initials of nobody named
        ("Yvonne Hermans, Ilse Bos\n(genoteerd door Y.H..) Ontvangen door IB: I.B.; door de IB;"
         " door Z.Q.", ["Yvonne Hermans", "Ilse Bos"], ["Y.H.", "I.B."]),
        ("Begrijpend lezen III  IV  IV\nverslag ........ IV\nIlse Verkuijlen", ["Ilse Verkuijlen"],
         ["IV"]),  # levels in a row of scores are no paraphs
    ],
)
def test_paraphs_are_the_initials_of_the_people(text: str, names: list[str],
                                                expected: list[str]) -> None:
    people = [person(text, name) for name in names]
    found = with_paraphs(document(text), people, people_initials(people))
    assert [f.text for f in found if f.recognizer == "Paraphs"] == expected


def test_an_english_mail_has_no_names_in_lower_case_taken_from_the_lists() -> None:
    mail = "thank you, the bill goes to zierikzee and we agree"
    assert with_names_in_lower_case(document(mail), []) == ()


def test_a_letterheads_name_in_capitals_is_found_as_the_letter_writes_it() -> None:
    letterhead = "LINDEHOF KIND EN JEUGD\nspecialistische ggz voor 0-18"
    variants = organization_variants([organization(letterhead, "LINDEHOF KIND EN JEUGD")])
    report = "in behandeling bij Lindehof Kind en Jeugd; LINDEHOF KIND EN JEUGD"
    propagated = propagate_names(document(report), [], variants, "ORGANIZATION")
    assert [f.text for f in propagated] == ["Lindehof Kind en Jeugd", "LINDEHOF KIND EN JEUGD"]
    assert organization_variants([organization("MEE", "MEE")]) == {}  # "Mee eens": a word


def test_an_organization_named_before_a_kind_of_three_words_is_found_by_its_name() -> None:
    letterhead = "ZONNEWENDE Kinder- en Jeugdpsychiatrie"
    variants = organization_variants([organization(letterhead, letterhead)])
    propagated = propagate_names(document("Intake Zonnewende; diagnose"), [], variants,
                                 "ORGANIZATION")
    assert [f.text for f in propagated] == ["Zonnewende"]


def test_an_organization_named_before_two_kinds_is_found_by_its_name() -> None:
    variants = organization_variants([organization("SPV Maasvallei GGZ Kind & Jeugd",
                                                   "Maasvallei GGZ Kind & Jeugd")])
    propagated = propagate_names(document("Dagbehandeling | Maasvallei, Caberg"), [], variants,
                                 "ORGANIZATION")
    assert [f.text for f in propagated] == ["Maasvallei"]


def test_an_organization_named_after_a_kind_of_three_words_is_found_by_its_name() -> None:
    variants = organization_variants([organization("Kinder- en Jeugdpsychiatrie Rijnveld",
                                                   "Kinder- en Jeugdpsychiatrie Rijnveld")])
    propagated = propagate_names(document("deeltijdbehandeling bij Rijnveld (3 dagdelen)"), [],
                                 variants, "ORGANIZATION")
    assert [f.text for f in propagated] == ["Rijnveld"]


def test_an_organization_of_three_capitalised_words_is_found_by_its_acronym() -> None:
    names = ["Merwede Medisch Centrum", "De Gemeentelijke Gezondheids Zorg",
             "Stichting Kind en Jeugd", "Revalidatiecentrum De Waard"]  # no "RDW"
    variants = organization_variants([organization(name, name) for name in names])
    letter = "controle MMC elke 6 maanden, GGZ en SKJ; mmc; RDW 0412277"
    propagated = propagate_names(document(letter), [], variants, "ORGANIZATION")
    assert [f.text for f in propagated] == ["MMC", "SKJ"]  # not the term GGZ


def test_a_school_taken_for_a_person_is_the_school_where_the_submission_names_it() -> None:
    form = "School: Basisschool De Schatgraver"
    letter = "intern begeleider De Schatgraver; moeder De Vries"
    detected = [(organization(form, "Basisschool De Schatgraver"),),
                (person(letter, "De Schatgraver"), person(letter, "De Vries"))]
    found = schools_retyped(detected, organization_variants(detected[0]))
    assert [(f.entity_type, f.text) for f in found[1]] == [
        ("ORGANIZATION", "De Schatgraver"), ("PERSON", "De Vries")]


def test_a_first_name_before_the_submissions_organization_is_split_from_it() -> None:
    form = "OBS De Zoomvogels; Basisschool Het Zaanpad; Praxis Wirtz-Hoengen; Logopedie Visser"
    chat = ("met Juf Nadia Zoomvogels; of Ilias op het Zaanpad; A. Wirtz-Hoengen en Anja "
            "Wirtz-Hoengen; Anna Visser; Nadia Zoomvogels Bakker")
    detected: list[tuple[Finding, ...]] = [
        tuple(organization(form, name) for name in (
            "OBS De Zoomvogels", "Basisschool Het Zaanpad", "Praxis Wirtz-Hoengen",
            "Logopedie Visser")),
        tuple(person(chat, name) for name in (
            "Nadia Zoomvogels", "Ilias op het Zaanpad", "A. Wirtz-Hoengen",
            "Anja Wirtz-Hoengen", "Anna Visser", "Nadia Zoomvogels Bakker"))]
    found = employers_split_off(detected, organization_variants(detected[0]))
    assert [(f.entity_type, f.text) for f in found[1]] == [
        ("PERSON", "Nadia"), ("ORGANIZATION", "Zoomvogels"), ("PERSON", "Ilias"),
        ("ORGANIZATION", "Zaanpad"),
        # a surname after initials elsewhere, one a list holds, a name that goes on
        ("PERSON", "A. Wirtz-Hoengen"), ("PERSON", "Anja Wirtz-Hoengen"),
        ("PERSON", "Anna Visser"), ("PERSON", "Nadia Zoomvogels Bakker")]
    assert [f.start for f in found[1][:2]] == [chat.index("Nadia"), chat.index("Zoomvogels")]


def test_a_word_after_a_role_is_the_clinic_where_the_submission_names_it() -> None:
    form = "opname in Jeugd-GGZ Lauwersborg; Logopedie Van Dam"
    letter = "kinderpsychiater Lauwersborg; logopedist Van Dam"
    detected: list[tuple[Finding, ...]] = [
        (organization(form, "Jeugd-GGZ Lauwersborg"), organization(form, "Logopedie Van Dam")),
        (replace(person(letter, "Lauwersborg"), rule=ROLE_RULE),
         replace(person(letter, "Van Dam"), rule=ROLE_RULE))]  # a surname stays a name
    found = schools_retyped(detected, organization_variants(detected[0]))
    assert [(f.entity_type, f.text) for f in found[1]] == [
        ("ORGANIZATION", "Lauwersborg"), ("PERSON", "Van Dam")]


def test_a_school_taken_for_a_place_is_the_school_where_the_submission_names_it() -> None:
    form = "School: Scholengemeenschap Valleiborgh; Kindcentrum Lindenholt"
    letter = "sinds 2021 op Valleiborgh; opa woont in Dukenburg; wijk Lindenholt"
    detected = [(organization(form, "Scholengemeenschap Valleiborgh"),
                 organization(form, "Kindcentrum Lindenholt")),
                (place(letter, "Valleiborgh"), place(letter, "Dukenburg"),
                 place(letter, "Lindenholt", rule="town"))]  # a place a list or word vouches
    found = schools_retyped(detected, organization_variants(detected[0]))
    assert [(f.entity_type, f.text) for f in found[1]] == [
        ("ORGANIZATION", "Valleiborgh"), ("LOCATION", "Dukenburg"), ("LOCATION", "Lindenholt")]


def test_a_town_is_the_centre_the_submission_names_for_short() -> None:
    form = "Centrum Eetstoornissen Jeugd De Linde; Sociaal Team De Wolden"
    letter = "opname bij De Linde; het team in De Wolden"
    detected: list[tuple[Finding, ...]] = [
        (organization(form, "Centrum Eetstoornissen Jeugd De Linde"),
         organization(form, "Sociaal Team De Wolden")),
        (place(letter, "De Linde", rule="town"), place(letter, "De Wolden", rule="town"))]
    found = schools_retyped(detected, organization_variants(detected[0]))
    assert [(f.entity_type, f.text) for f in found[1]] == [
        ("ORGANIZATION", "De Linde"), ("LOCATION", "De Wolden")]  # a team of a municipality


def test_a_centre_named_after_what_it_is_for_is_looked_for_by_its_name() -> None:
    form = ("Centrum voor Kindertrauma Noorderlicht; Praktijk voor Kindontwikkeling Heino;"
            " Centrum voor Jeugd en Gezin Hart van Brabant")
    variants = organization_variants([organization(form, name) for name in (
        "Centrum voor Kindertrauma Noorderlicht", "Praktijk voor Kindontwikkeling Heino",
        "Centrum voor Jeugd en Gezin Hart van Brabant")])
    assert "Noorderlicht" in variants
    assert not {"Heino", "Brabant"} & set(variants)  # a town; a word of a longer name


def test_a_region_is_no_organization_alone() -> None:
    names = ["Centrum voor Kinder- en Jeugdtrauma Limburg", "GGZ Oost-Brabant",
             "Jeugdhulp Amstelgaarde"]
    variants = organization_variants([organization(name, name) for name in names])
    assert "Amstelgaarde" in variants
    assert not {"Limburg", "Oost-Brabant"} & set(variants)


def test_a_place_or_number_found_once_is_found_wherever_it_stands_again() -> None:
    form = "verhuisd naar Escamp; Cliëntnummer: ZS-25-0417; in Best; B-2400 Mol; nr. 12"
    found = [Finding(kind, form.index(text), form.index(text) + len(text), text, 0.6, 1)
             for kind, text in (("LOCATION", "Escamp"), ("NL_ID", "ZS-25-0417"),
                                ("LOCATION", "Best"), ("LOCATION", "Mol"), ("NL_ID", "12"))]
    footer = "Den Haag (Escamp) - ZS-25-0417 - pagina 2. Best wishes; naar Mol, 12 mei"
    propagated = [f for kind in ("LOCATION", "NL_ID")
                  for f in propagate_names(document(footer), [], known_texts(found, kind), kind)]
    assert [(f.entity_type, f.text) for f in propagated] == [  # "Best" is a word too
        ("LOCATION", "Escamp"), ("LOCATION", "Mol"), ("NL_ID", "ZS-25-0417")]


def test_initials_stand_for_a_person_named_in_full() -> None:
    names = [person("Jolien van den Heuvel (vz)", "Jolien van den Heuvel"),
             person("Iris Bakker, IB", "Iris Bakker"), person("G.-J. Smit", "G.-J. Smit")]
    variants = initials_variants(names)
    assert {"JvdH", "JH", "JVDH"} <= set(variants)
    assert {"GJP", "GP", "GJ"} <= set(
        initials_variants([person("Gerrit-Jan Post", "Gerrit-Jan Post")]))
    assert "IB" not in variants  # the intern begeleider, not Iris Bakker
    text = "Actie: JvdH (voor 19 april); IB belt ouders."
    found = propagate_names(document(text), [], variants)
    assert [f.text for f in found] == ["JvdH"]


@pytest.mark.parametrize(("name", "signed"), [
    ("Kimberly Martis", "KMartis"), ("Marco de Wilde", "MdWilde"),
    ("Eva van 't Klooster", "EvtKlooster"), ("R.H. ter Horst", "RHterHorst")])
def test_a_signature_glues_initials_and_tussenvoegsels_to_the_surname(name: str,
                                                                       signed: str) -> None:
    assert signed in initials_variants([person(name, name)])


def at_last(text: str, finding: Finding) -> Finding:
    """The finding moved to the last place in the text where its words stand."""
    start = text.rindex(finding.text)
    return replace(finding, start=start, end=start + len(finding.text))


def test_a_place_abroad_that_is_someones_name_is_the_person() -> None:
    text = ("Naam: Selam Yonas Tesfay (administratie: Yonas, Selam); Stein Bakker; route Stein; "
            "oma in Hai Phong, Hai; Roepnaam: Dasha; met Dasha; Plaats: Goch; in Goch")
    found = (person(text, "Selam Yonas Tesfay"), place(text, "Selam", "town"),
             person(text, "Stein Bakker"), place(text, "Stein", "town"),
             replace(person(text, "Hai Phong"), rule=FOREIGN_PAIR_RULE), place(text, "Hai", "town"),
             replace(person(text, "Dasha"), rule=TITLE_RULE),
             at_last(text, place(text, "Dasha", "town")),
             replace(person(text, "Goch"), rule="label"),
             at_last(text, place(text, "Goch", "town")))
    [retyped] = places_retyped_as_people([found])
    assert [(f.entity_type, f.text) for f in retyped] == [  # not a Dutch town, nor by a pair
        ("PERSON", "Selam Yonas Tesfay"), ("PERSON", "Selam"), ("PERSON", "Stein Bakker"),
        ("LOCATION", "Stein"), ("PERSON", "Hai Phong"), ("LOCATION", "Hai"), ("PERSON", "Dasha"),
        ("PERSON", "Dasha"), ("PERSON", "Goch"), ("LOCATION", "Goch")]  # a title's name alone


def health(text: str, term: str) -> Finding:
    start = text.index(term)
    return Finding("HEALTH", start, start + len(term), term, 0.6, 1)


def test_a_first_name_the_submission_writes_as_an_aids_brand_is_the_aid() -> None:
    text = "de Roger-zender staat aan; met Roger verstaat ze meer; Lotte en Rik"
    found = (health(text, "Roger-zender"), person(text, "Roger"), person(text, "Lotte"),
             person(text, "Rik"))
    [retyped] = brands_retyped([found])
    assert [(f.entity_type, f.text) for f in retyped] == [
        ("HEALTH", "Roger-zender"), ("HEALTH", "Roger"), ("PERSON", "Lotte"), ("PERSON", "Rik")]
    named = "de Roger staat aan; Roger Hermans belt; Roger komt"
    beside_a_name = (health(named, "Roger"), person(named, "Roger Hermans"),
                     person(named, "Roger", 2))
    [kept] = brands_retyped([beside_a_name])
    assert [f.entity_type for f in kept] == ["HEALTH", "PERSON", "PERSON"]  # someone's name


def test_a_nickname_in_brackets_after_a_name_is_the_persons() -> None:
    text = ('Roepnaam Rysandro ("Ry"); moeder Luana Restrepo (Lua); Ronald Vink (Delft);'
            " Tessa Groenendijk (Hoorwijzer); Noor (Noor); Ahmad Karam (roepnaam thuis: Hamoudi);"
            " Haoran (thuis ook wel 'Haohao')")
    names = [person(text, name) for name in (
        "Rysandro", "Luana Restrepo", "Ronald Vink", "Tessa Groenendijk", "Noor", "Ahmad Karam",
        "Haoran")]
    assert nickname_variants(names, text) == {"Ry": False, "Lua": False, "Hamoudi": False,
                                              "Haohao": False}
    form = "Voornaam / roepnaam: Viktoria Georgieva / Viki; Dimitri Ivanov (Dirk); Ida Bos / Ede"
    on_form = [person(form, name) for name in ("Viktoria Georgieva", "Dimitri Ivanov", "Ida Bos")]
    assert nickname_variants(on_form, form) == {"Viki": False}  # letters of the first name
    found = propagate_names(document("Ry is er vaak; Lua belt uit Delft."), [],
                            nickname_variants(names, text))
    assert [f.text for f in found] == ["Ry", "Lua"]


def test_initials_introduced_after_the_name_count_even_when_they_are_a_word() -> None:
    text = "Aanwezig: Mila Yordanova (MY), Anna Smit (AS). Actie MY en AS; as is een woord."
    names = [person(text, "Mila Yordanova"), person(text, "Anna Smit")]
    variants = initials_variants(names, text)
    found = propagate_names(document(text), names, variants)
    assert [f.text for f in found if f.text.isupper()] == ["MY", "AS", "MY", "AS"]


def test_initials_introduced_for_part_of_a_name_count_too() -> None:
    text = ("Leerling: Thijs-Jan van der Heijden (TJ)\n  Sanne 't Hart   leerkracht   SH\n"
            "  Jan de Vries   vader   ja\nTJ en SH: ja, dat kan.")
    names = [person(text, name) for name in ("Thijs-Jan van der Heijden", "Sanne 't Hart",
                                              "Jan de Vries")]
    found = propagate_names(document(text), names, initials_variants(names, text))
    assert [f.text for f in found if len(f.text) == 2] == ["TJ", "SH", "TJ", "SH"]


def test_initials_at_the_end_of_a_line_of_those_present_count_too() -> None:
    text = ("- Esther Koster (intern begeleider) - EK\n- Bas Visser (logopedist) - BV\n"
            "  Ingrid Jacobs-Smeets   pleegmoeder   (IJ)\n- mw. M. Bautista (moeder)  [MB]\n"
            "  GB  Gerda Brouwer-de Lange, pleegmoeder\n"
            "- Pawel Kowalczyk, vader (met tolk Pools)        PK\n"
            "- Bart Schmeitz, teamleider VSO De Maaswerf BS\n"  # the column's gap lost
            "- Iris Bakker, leerkracht\nEK opent. BV: groeit. IB belt. IJ, MB, GB, PK, BS knikken.")
    names = [person(text, name) for name in ("Esther Koster", "Bas Visser",
                                              "Ingrid Jacobs-Smeets", "M. Bautista",
                                              "Gerda Brouwer-de Lange", "Pawel Kowalczyk",
                                              "Bart Schmeitz", "Iris Bakker")]
    found = propagate_names(document(text), names, initials_variants(names, text))
    assert [f.text for f in found if f.text.isupper()] == [
        "EK", "BV", "IJ", "MB", "GB", "PK", "BS", "EK", "BV", "IJ", "MB", "GB", "PK", "BS"]


def test_a_school_found_without_its_kind_is_found_again_by_its_whole_name() -> None:
    form = "Gewenste school | De Duinpieper, school voor SO"
    found = [organization(form, "De Duinpieper")]
    opp = "een overgang via De Duinpieper; de duinpieper is een vogel; Duinpieper"
    propagated = propagate_names(document(opp), [], organization_variants(found),
                                 "ORGANIZATION")
    assert [f.text for f in propagated] == ["De Duinpieper"]


def test_a_signature_glues_initials_to_the_surname() -> None:
    text = ("Leerling: Kimberly Martis; IB: H.J. Boer; vader Marco de Wilde\n"
            "Handtekening: KMartis   HJBoer   Boer   MdWilde")
    names = [person(text, "Kimberly Martis"), person(text, "H.J. Boer"),
             person(text, "Marco de Wilde")]
    found = propagate_names(document(text), names, initials_variants(names, text))
    assert [f.text for f in found if f not in names] == ["KMartis", "HJBoer", "MdWilde"]


def test_a_school_named_after_a_village_is_found_again_with_its_article() -> None:
    form = "Basisschool De Hazelaar en Mytylschool De Maasbrug"
    found = [organization(form, name) for name in ("Basisschool De Hazelaar",
                                                   "Mytylschool De Maasbrug")]
    report = "blijven op De Hazelaar of naar De Maasbrug; oma woont in Hazelaar"
    propagated = propagate_names(document(report), [], organization_variants(found),
                                 "ORGANIZATION")
    assert [f.text for f in propagated] == ["De Hazelaar", "De Maasbrug"]
