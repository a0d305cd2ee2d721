"""The protocol's rules, table by table. All names are fictitious."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.classify import AuthorRole, Classification, DocType
from pipeline.document import Finding
from pipeline.protocol import (
    Guardian,
    Relation,
    age_on,
    attachment_flags,
    required_consenters,
)

ON = date(2026, 3, 1)
MOTHER = Guardian("Marieke Mulder", Relation.OUDER, has_gezag=True)
FATHER = Guardian("Bas Mulder", Relation.OUDER, has_gezag=True)
FATHER_WITHOUT = Guardian("Bas Mulder", Relation.OUDER, has_gezag=False)
VOOGD = Guardian("Kees van Beek", Relation.VOOGD, has_gezag=True)
GEZINSVOOGD = Guardian("Petra Storm", Relation.GEZINSVOOGD, has_gezag=True)  # claims wrongly
PLEEGOUDER = Guardian("Anne Groen", Relation.PLEEGOUDER, has_gezag=False)


def born_years_ago(years: int) -> date:
    return date(ON.year - years, ON.month, ON.day)


@pytest.mark.parametrize(
    ("age", "guardians", "competent", "expected"),
    [
        # age bands, both parents with gezag (§2.3, §2.7)
        (8, [MOTHER, FATHER], True, ("Marieke Mulder", "Bas Mulder")),
        (11, [MOTHER, FATHER], True, ("Marieke Mulder", "Bas Mulder")),
        (12, [MOTHER, FATHER], True, ("Marieke Mulder", "Bas Mulder", "de leerling")),
        (15, [MOTHER, FATHER], True, ("Marieke Mulder", "Bas Mulder", "de leerling")),
        (16, [MOTHER, FATHER], True, ("de leerling",)),
        (13, [MOTHER, FATHER], False, ("Marieke Mulder", "Bas Mulder")),  # not competent
        # custody (§2.8)
        (9, [MOTHER, FATHER_WITHOUT], True, ("Marieke Mulder",)),  # one parent with gezag
        (9, [VOOGD, Guardian("Marieke Mulder", Relation.OUDER, False)], True,
         ("Kees van Beek",)),  # a voogd has gezag, the parent has not
        (9, [GEZINSVOOGD, MOTHER, FATHER], True, ("Marieke Mulder", "Bas Mulder")),  # OTS
        (9, [PLEEGOUDER, MOTHER], True, ("Marieke Mulder",)),  # foster parent without gezag
    ],
)
def test_who_must_consent(age: int, guardians: list[Guardian], competent: bool,
                          expected: tuple[str, ...]) -> None:
    consenters = required_consenters(born_years_ago(age), ON, guardians, competent)
    assert consenters.persons == expected
    assert not consenters.needs_operator
    assert all(reason.section for reason in consenters.reasons)


def test_without_anyone_with_gezag_an_operator_decides() -> None:
    consenters = required_consenters(born_years_ago(9), ON, [PLEEGOUDER, GEZINSVOOGD])
    assert consenters.needs_operator and consenters.persons == ()


def test_without_birth_date_an_operator_decides() -> None:
    assert required_consenters(None, ON, [MOTHER]).needs_operator


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [(date(2014, 3, 2), date(2026, 3, 1), 11), (date(2014, 3, 1), date(2026, 3, 1), 12),
     (date(2012, 2, 29), date(2024, 2, 28), 11), (date(2012, 2, 29), date(2024, 2, 29), 12)],
)
def test_age_in_whole_years(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def finding(entity_type: str) -> Finding:
    return Finding(entity_type, 0, 4, "xxxx", 0.9, 1)


@pytest.mark.parametrize(
    ("doc_type", "role", "types", "requires", "always"),
    [
        (DocType.GROEIDOCUMENT, AuthorRole.SCHOOL, {"HEALTH"}, False, True),  # §2.2
        (DocType.OPP, AuthorRole.SCHOOL, set(), False, True),
        (DocType.PSYCHOLOGISCH_VERSLAG, AuthorRole.GEDRAGSDESKUNDIGE, set(), True, False),
        (DocType.MEDISCHE_BRIEF, AuthorRole.MEDICUS, {"HEALTH"}, True, False),  # §2.10
        (DocType.JEUGDHULP_VERSLAG, AuthorRole.JEUGDHULP, set(), True, False),
        (DocType.HANDELINGSPLAN, AuthorRole.SCHOOL, {"HEALTH"}, True, False),  # §2.5
        (DocType.HANDELINGSPLAN, AuthorRole.SCHOOL, set(), False, False),
        (DocType.MDO_VERSLAG, AuthorRole.SCHOOL, {"HEALTH", "PERSON"}, True, False),
        (DocType.CORRESPONDENTIE, AuthorRole.OUDER, {"HEALTH"}, True, False),
        (DocType.AANVRAAGFORMULIER, AuthorRole.SCHOOL, {"HEALTH", "NL_BSN"}, False, False),
        (DocType.TOESTEMMINGSFORMULIER, AuthorRole.OUDER, {"HEALTH"}, False, False),
    ],
)
def test_attachment_flags(doc_type: DocType, role: AuthorRole, types: set[str],
                          requires: bool, always: bool) -> None:
    flags = attachment_flags(Classification(doc_type, role, ()),
                             [finding(t) for t in types])
    assert (flags.requires_consent, flags.always_allowed) == (requires, always)
    assert flags.contains_bsn is ("NL_BSN" in types)
    assert flags.contains_health is ("HEALTH" in types)
    assert all(reason.section.startswith("§") for reason in flags.reasons)
