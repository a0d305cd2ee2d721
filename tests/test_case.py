"""Case decisions on small invented submissions. All names and numbers are fictitious."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.analysis import Analyzer
from pipeline.case import SubmissionInfo, decide_case
from pipeline.document import Document, Page
from pipeline.intake import AttachmentResult, process_documents
from pipeline.protocol import Guardian, Relation
from pipeline.report import decision_markdown, decision_record

FORM = """Aanvraag toelaatbaarheidsverklaring SBO
Datum: 10-02-2026
Naam leerling: Emma Mulder
Geboortedatum: 12-03-2016
Ouder/verzorger 1: Marieke Mulder (gezag: ja)
Ouder/verzorger 2: Bas Mulder (gezag: ja)
"""
REPORT = """Psychodiagnostisch onderzoeksverslag
Praktijk De Horizon, orthopedagoog
Betreft: Emma Mulder
Conclusie: er is sprake van ADHD.
"""
SPECIFIC = """Toestemmingsformulier
Ondergetekenden, Marieke Mulder en Bas Mulder, geven toestemming om het verslag van het
psychologisch onderzoek van Praktijk De Horizon te delen met het samenwerkingsverband
voor de aanvraag van een toelaatbaarheidsverklaring, omdat de commissie het nodig heeft.
Datum: {date}
Handtekening ouder 1 en ouder 2
"""
GENERAL = """Inschrijfformulier - toestemmingen
Ondergetekenden, Marieke Mulder en Bas Mulder, geven algemene toestemming om alle gegevens
van het psychologisch onderzoek te delen gedurende de schoolloopbaan.
Datum: 01-09-2020
"""
ONE_SIGNER = SPECIFIC.replace("Ondergetekenden, Marieke Mulder en Bas Mulder, geven",
                              "Ondergetekende, Marieke Mulder, geeft")


def results(analyzer: Analyzer, *texts: str) -> list[AttachmentResult]:
    documents = [Document(f"d{i}", t, (Page(1, 595, 842, 0, len(t)),))
                 for i, t in enumerate(texts)]
    return process_documents(documents, analyzer)


def report_decision(analyzer: Analyzer, *texts: str, info: SubmissionInfo | None = None):
    found = results(analyzer, *texts)
    decision = decide_case(found, [f"bijlage-{i}" for i in range(len(texts))], info)
    return decision, next(a for a in decision.attachments
                          if a.doc_type == "psychologisch_verslag")


@pytest.mark.parametrize(
    ("consent_text", "expected", "codes"),
    [
        (None, "ontbreekt", {"CONSENT_MISSING"}),
        (SPECIFIC.format(date="05-02-2026"), "geldig", {"CONSENT_VALID"}),
        (GENERAL, "ongeldig", {"CONSENT_TOO_GENERAL", "CONSENT_TOO_EARLY"}),  # §2.10
        (SPECIFIC.format(date="05-02-2023"), "ongeldig", {"CONSENT_TOO_EARLY"}),  # before need
        (ONE_SIGNER.format(date="05-02-2026"), "ongeldig", {"CONSENT_SIGNERS_MISSING"}),
    ],
)
def test_consent_for_an_external_report(analyzer: Analyzer, consent_text: str | None,
                                        expected: str, codes: set[str]) -> None:
    texts = [FORM, REPORT] + ([consent_text] if consent_text else [])
    decision, report = report_decision(analyzer, *texts)
    assert not decision.needs_operator
    assert decision.consenters is not None
    assert decision.consenters.persons == ("Marieke Mulder", "Bas Mulder")  # under 12, §2.3
    assert report.consent == expected
    assert codes <= {r.code for r in report.reasons}
    assert report.to_assessors is (expected == "geldig")
    assert report.consultation_bundle is (expected == "geldig")


def test_without_an_application_form_an_operator_decides(analyzer: Analyzer) -> None:
    decision, report = report_decision(analyzer, REPORT)
    assert decision.needs_operator
    assert [r.code for r in decision.operator_reasons] == ["NO_APPLICATION_FORM"]
    assert report.to_assessors is False


def test_two_birth_dates_make_an_operator_decide(analyzer: Analyzer) -> None:
    other = FORM.replace("12-03-2016", "12-03-2015")
    decision, _ = report_decision(analyzer, FORM, other, REPORT)
    assert decision.needs_operator
    assert "CONTRADICTING_BIRTH_DATES" in {r.code for r in decision.operator_reasons}


def test_submission_json_gives_age_and_custody(analyzer: Analyzer) -> None:
    info = SubmissionInfo(birth_date=date(2012, 1, 1), application_date=date(2026, 2, 10),
                          guardians=(Guardian("Kees van Beek", Relation.VOOGD, True),
                                     Guardian("Marieke Mulder", Relation.OUDER, False)))
    decision, report = report_decision(analyzer, REPORT, info=info)
    assert decision.consenters is not None
    assert decision.consenters.persons == ("Kees van Beek", "de leerling")  # 14, voogd
    assert report.consenters_missing == ("Kees van Beek", "de leerling")


def test_bsn_in_the_form_is_for_the_school_to_correct(analyzer: Analyzer) -> None:
    decision, _ = report_decision(analyzer, FORM + "BSN: 111222333\n", REPORT)
    form = decision.attachments[0]
    assert form.school_must_correct and not form.to_assessors
    markdown = decision_markdown(decision, "sub-1")
    assert "bijlage-0: BSN verwijderen" in markdown
    assert decision_record(decision)["attachments"][0]["reasons"][0]["section"] == "§2.2"


TABLE_FORM = """Aanvraag toelaatbaarheidsverklaring SO
Datum: 19-01-2026
Naam leerling: Fenna Schipper
Geboortedatum: 23-11-2018
B. OUDERS / GEZAG
                 | Ouder 1                      | Ouder 2
Naam             | Marieke Schipper-Hoek        | Jan-Willem Schipper
Relatie          | moeder                       | vader
Gezag            | ja                           | nee
"""
BOXED_FORM = TABLE_FORM.replace("| ja                           | nee",
                                "[X] ja  [ ] nee              [X] ja  [ ] nee")


@pytest.mark.parametrize(("form", "gezag"), [(TABLE_FORM, (True, False)),
                                              (BOXED_FORM, (True, True))])
def test_parents_in_a_table_with_a_column_each(analyzer: Analyzer, form: str,
                                               gezag: tuple[bool, bool]) -> None:
    decision = decide_case(results(analyzer, form), ["aanvraag"])
    assert [(g.name, g.relation, g.has_gezag) for g in decision.guardians] == [
        ("Marieke Schipper-Hoek", Relation.OUDER, gezag[0]),
        ("Jan-Willem Schipper", Relation.OUDER, gezag[1])]
