"""Pseudonymized text, redacted PDFs and the leak gate. All data is fictitious."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pymupdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from pipeline.analysis import Analyzer
from pipeline.bundle import anonymize_all
from pipeline.case import decide_case
from pipeline.document import Document, Finding, Page
from pipeline.extract import extract_pdf
from pipeline.intake import process_documents
from pipeline.leakgate import check_text
from pipeline.pseudonymize import pseudonymize
from pipeline.redact import redact_pdf

LINES = ["Aanvraag toelaatbaarheidsverklaring", "Datum: 10-02-2026",
         "Naam leerling: Emma Mulder", "Geboortedatum: 12-03-2016",
         "Ouder/verzorger 1: Marieke Mulder (gezag: ja)", "BSN: 111222333",
         "Emma heeft ADHD en gebruikt methylfenidaat.", "School: Basisschool De Regenboog",
         "Adres: Kerkstraat 12, 5701 AB Helmond"]


def pdf_with_extras(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setAuthor("Marieke Mulder")
    canvas.setTitle("Dossier Emma Mulder")
    for number, line in enumerate(lines):
        canvas.drawString(56, 780 - 16 * number, line)
    canvas.showPage()
    canvas.save()
    with pymupdf.open(stream=buffer.getvalue(), filetype="pdf") as pdf:
        pdf[0].add_text_annot((300, 300), "Emma Mulder, BSN 111222333")
        pdf.embfile_add("notitie.txt", b"Emma Mulder")
        return bytes(pdf.tobytes())


def test_a_redacted_pdf_keeps_nothing_but_the_allowed_text(analyzer: Analyzer) -> None:
    data = pdf_with_extras(LINES)
    document = extract_pdf(data, "form.pdf")
    [result] = process_documents([document], analyzer)
    decision = decide_case([result], ["form.pdf"])
    [copy], _ = anonymize_all([data], [result], decision, analyzer)
    text = extract_pdf(copy.pdf, "redacted").text
    for secret in ("Mulder", "111222333", "12-03-2016", "Kerkstraat", "5701 AB", "Regenboog"):
        assert secret not in text
        assert secret.encode() not in copy.pdf
    assert "ADHD" in text and "Naam leerling:" in text  # health and labels stay
    with pymupdf.open(stream=copy.pdf, filetype="pdf") as pdf:
        assert not any(pdf.metadata.get(key) for key in ("author", "title"))
        assert pdf.embfile_count() == 0
        assert list(pdf[0].annots()) == []
    assert copy.passed
    assert "Naam leerling: [leerling]" in copy.text
    assert "Ouder/verzorger 1: [ouder 1]" in copy.text
    assert "Geboortedatum: [9 jaar]" in copy.text  # an age, counted to the application
    assert "februari 2026" in copy.text  # another date: month and year


def test_the_gate_blocks_a_copy_with_an_identifier_left(analyzer: Analyzer) -> None:
    text = "\n".join(LINES)
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    findings = analyzer.analyze(document)
    leaky = "Naam leerling: [leerling], BSN 111222333"
    gate = check_text(leaky, document, findings, analyzer)
    assert not gate.passed
    assert "NL_BSN found in the output" in gate.problems
    assert all("111222333" not in problem for problem in gate.problems)  # types, not text


def test_the_gate_lets_pass_what_removal_brought_together(analyzer: Analyzer) -> None:
    text = "Gezinsvoogd is\nmevrouw van Dijk. Groen is haar kleur."
    source = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    redacted_read_back = "Gezinsvoogd is\nmevrouw van Groen is haar kleur."
    assert analyzer.analyze(Document("r", redacted_read_back, source.pages))  # looks like a name
    assert check_text(redacted_read_back, source, analyzer.analyze(source), analyzer).passed


NAMES = ["Emma Mulder", "Sem de Vries", "Noor Bakker", "Ayoub El Amrani", "J.P. de Wit"]
WORDS = ["de", "school", "groep", "heeft", "ADHD", "en", "bakker", "winter", "gesprek"]
fragments = st.one_of(
    st.sampled_from(NAMES), st.sampled_from(WORDS),
    st.sampled_from(["BSN 111222333", "06-12345678", "e.mulder@example.nl",
                     "12-03-2016", "Kerkstraat 12", "5701 AB", "Helmond"]),
    st.sampled_from(["Naam leerling: ", "Geboortedatum: ", "\n", ", ", ". "]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(fragments, min_size=1, max_size=30))
def test_pseudonymized_text_never_holds_a_detected_identifier(analyzer: Analyzer,
                                                             parts: list[str]) -> None:
    text = " ".join(parts)
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    [result] = process_documents([document], analyzer)
    [output], _ = pseudonymize([result], None)
    outside_placeholders = re.sub(r"\[[^\]]*\]", " ", output)
    for finding in result.findings:
        if finding.entity_type in ("HEALTH", "DATE_TIME"):  # kept; dates become month-year
            continue
        pattern = rf"(?<!\w){re.escape(finding.text)}(?!\w)"
        assert re.search(pattern, outside_placeholders) is None, (finding, output)


def test_both_copies_mask_a_name_that_no_recognizer_knows(analyzer: Analyzer) -> None:
    lines = [*LINES, "Vandaag belde Tkachuk over de planning van Emma."]
    data = pdf_with_extras(lines)
    [result] = process_documents([extract_pdf(data, "form.pdf")], analyzer)
    assert "Tkachuk" not in {f.text for f in result.findings}  # the detectors miss it
    [copy], _ = anonymize_all([data], [result], decide_case([result], ["form.pdf"]), analyzer)
    assert "Tkachuk" not in copy.text
    assert "Vandaag belde [verwijderd] over de planning van [leerling]." in copy.text
    assert "Tkachuk" not in extract_pdf(copy.pdf, "redacted").text
    assert copy.passed


def test_family_members_with_one_surname_keep_their_own_pseudonyms(analyzer: Analyzer) -> None:
    lines = ["Aanvraag toelaatbaarheidsverklaring", "Naam leerling: Oleksandr Kovalenko",
             "Ouder/verzorger 1: Iryna Kovalenko (gezag: ja)",
             "Ouder/verzorger 2: Andriy Kovalenko (gezag: ja)",
             "Gesprek met Iryna Kovalenko en mevrouw Kovalenko; Oleksandr was er ook."]
    data = pdf_with_extras(lines)
    [result] = process_documents([extract_pdf(data, "form.pdf")], analyzer)
    [copy], _ = anonymize_all([data], [result], decide_case([result], ["form.pdf"]), analyzer)
    assert "Naam leerling: [leerling]" in copy.text
    assert "Ouder/verzorger 1: [ouder 1]" in copy.text
    assert "Ouder/verzorger 2: [ouder 2]" in copy.text
    assert "Gesprek met [ouder 1] en mevrouw [naam]; [leerling] was er ook." in copy.text


def pseudonymized(analyzer: Analyzer, text: str,
                  spans: list[tuple[str, int, int]]) -> str:
    """The pseudonymized text of one document with exactly these findings."""
    [result] = process_documents([Document("t", text, (Page(1, 595, 842, 0, len(text)),))],
                                 analyzer)
    findings = tuple(Finding(kind, start, end, text[start:end], 0.8, 1)
                     for kind, start, end in spans)
    [output], _ = pseudonymize([replace(result, findings=findings)], None)
    return output


def test_overlapping_findings_leave_nothing_of_either(analyzer: Analyzer) -> None:
    text = "Medeonderzoeker Sven Oosterhout MSc"
    spans = [("PERSON", 0, 20), ("PERSON", 16, 31)]
    assert pseudonymized(analyzer, text, spans) == "[persoon 1] MSc"


def test_a_finding_swallowed_by_an_overlap_is_still_replaced_where_it_repeats(
        analyzer: Analyzer) -> None:
    text = "Sven Oosterhout 06-12345678, 06-12345678"
    spans = [("PERSON", 0, 15), ("LOCATION", 5, 18), ("PHONE_NUMBER", 16, 27)]
    assert pseudonymized(analyzer, text, spans) == "[persoon 1], [telefoon]"


def test_organizations_are_schools_by_their_kind_not_by_a_prefix(analyzer: Analyzer) -> None:
    text = "Sociaal Team Oost en Basisschool De Wieken"
    spans = [("ORGANIZATION", 0, 17), ("ORGANIZATION", 21, 42)]
    assert pseudonymized(analyzer, text, spans) == "[organisatie] en [school]"


def test_people_who_share_a_name_part_never_share_a_pseudonym(analyzer: Analyzer) -> None:
    text = "Emma Mulder, Anna Mulder. Hoek belde. Ria Hoek en Esther Koster"
    names = ["Emma Mulder", "Anna Mulder", "Hoek", "Ria Hoek", "Esther Koster"]
    starts = [text.index(name + " ") if name == "Hoek" else text.index(name) for name in names]
    output = pseudonymized(analyzer, text, [("PERSON", start, start + len(name))
                                            for start, name in zip(starts, names, strict=True)])
    labels = re.findall(r"\[persoon \d+\]", output)
    assert len(labels) == len(set(labels)) == len(names)  # "Hoek" lost its own: shared now


def test_a_surname_shared_with_a_parent_named_by_initials_names_neither(
        analyzer: Analyzer) -> None:
    text = "A. LEERLING\nNaam | Emma Mulder\nVader | J.W.M. Mulder\nMulder belde."
    spans = [("PERSON", text.index(name), text.index(name) + len(name))
             for name in ("Emma Mulder", "J.W.M. Mulder", "Mulder belde")]
    spans[-1] = ("PERSON", spans[-1][1], spans[-1][1] + len("Mulder"))
    assert pseudonymized(analyzer, text, spans).splitlines()[1:] == [
        "Naam | [leerling]", "Vader | [persoon 2]", "[naam] belde."]


def test_a_redacted_pdf_shows_no_image_a_scan_logo_or_signature_could_be() -> None:
    with pymupdf.open() as pdf:
        page = pdf.new_page()
        page.insert_text((56, 80), "Bijlage: gescande brief")
        scan = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 16, 16), False)
        scan.clear_with(200)
        page.insert_image(pymupdf.Rect(100, 100, 300, 300), pixmap=scan)
        data = bytes(pdf.tobytes())
    document = extract_pdf(data, "scan.pdf")
    with pymupdf.open(stream=redact_pdf(data, document, []), filetype="pdf") as redacted:
        assert redacted[0].get_image_info() == []
        assert "Bijlage: gescande brief" in redacted[0].get_text()  # the text stays
