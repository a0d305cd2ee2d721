from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from fixtures.holdout.build import build
from pipeline.evaluation import Counts, Leaks
from pipeline.extract import extract_pdf
from swv_intake.cli import app
from swv_intake.evaluate import ENTITY_TYPES, Evaluation
from tests.conftest import BAD_INPUT, TLV_001

runner = CliRunner()


def test_analyze_json_prints_one_object_per_readable_file_and_one_error_line_per_bad_one(
) -> None:
    files = [str(TLV_001 / "01-aanvraagformulier.pdf"), str(BAD_INPUT / "02-leeg.pdf"),
             str(BAD_INPUT / "04-beveiligd.pdf"), str(TLV_001 / "02-groeidocument.pdf")]
    result = runner.invoke(app, ["analyze", "--json", *files])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == [files[0], files[3]]
    form = records[0]
    assert form["pages"] == 1
    assert form["doc_type"] == "aanvraagformulier" and form["author_role"] == "school"
    assert form["flags"] == {"contains_bsn": True, "contains_health": False,
                             "external_source": False, "requires_consent": False,
                             "always_allowed": False}
    assert [r["code"] for r in form["reasons"]] == ["BSN_PRESENT"]
    assert form["reasons"][0]["section"] == "§2.2"
    assert records[1]["doc_type"] == "groeidocument" and records[1]["flags"]["always_allowed"]
    bsn = next(e for e in form["entities"] if e["type"] == "NL_BSN")
    assert set(bsn) == {"type", "text", "start", "end", "score", "page"}
    assert len(bsn["text"]) == bsn["end"] - bsn["start"] and bsn["page"] == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == [f"error: {files[1]}: empty file (0 bytes)",
                      f"error: {files[2]}: password-protected PDF"]


def test_analyze_without_json_prints_no_detected_text() -> None:
    form = TLV_001 / "01-aanvraagformulier.pdf"
    json_out = runner.invoke(app, ["analyze", "--json", str(form)]).stdout
    bsn = next(e["text"] for e in json.loads(json_out)["entities"] if e["type"] == "NL_BSN")
    result = runner.invoke(app, ["analyze", str(form)])
    assert result.exit_code == 0
    assert "NL_BSN 1" in result.stdout
    assert bsn not in result.stdout + result.stderr


def test_anonymize_writes_a_text_copy_per_file_without_the_bsn(tmp_path: Path) -> None:
    form = TLV_001 / "01-aanvraagformulier.pdf"
    result = runner.invoke(app, ["anonymize", str(form), str(BAD_INPUT / "03-kapot.pdf"),
                                 "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["01-aanvraagformulier.pdf",
                                                          "01-aanvraagformulier.txt"]
    text = (tmp_path / "01-aanvraagformulier.txt").read_text()
    assert "BSN: [BSN]" in text and "Naam leerling: [leerling]" in text
    redacted = extract_pdf((tmp_path / "01-aanvraagformulier.pdf").read_bytes(), "r").text
    source = extract_pdf(form.read_bytes(), "s").text
    bsn = re.search(r"BSN: (\S+)", source)
    assert bsn and bsn.group(1) not in redacted and "Naam leerling:" in redacted
    assert "corrupt PDF" in result.stderr and "03-kapot.pdf" in result.stderr


def test_decide_prints_the_report_and_reads_submission_json(tmp_path: Path) -> None:
    for pdf in TLV_001.iterdir():
        (tmp_path / pdf.name).write_bytes(pdf.read_bytes())
    (tmp_path / "submission.json").write_text(json.dumps({
        "pupil": {"birth_date": "2016-05-06"}, "application_date": "2026-02-01",
        "guardians": [{"name": "Bas Mulder", "relation": "ouder", "gezag": True},
                      {"name": "Marieke Mulder", "relation": "ouder", "gezag": False}]}))
    result = runner.invoke(app, ["decide", "--json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    decision = json.loads(result.stdout)
    assert decision["consenters"] == ["Bas Mulder"]  # only the parent with gezag (§2.7)
    by_name = {a["attachment"]: a for a in decision["attachments"]}
    assert by_name["03-psychologisch-verslag.pdf"]["consent"] in {"geldig", "ongeldig"}
    assert by_name["01-aanvraagformulier.pdf"]["school_must_correct"] is True
    assert by_name["04-toestemmingsformulier.pdf"]["consultation_bundle"] is False
    report = runner.invoke(app, ["decide", str(tmp_path)]).stdout
    assert report.startswith("# Besluit bij aanvraag") and "## Leerling en gezag" in report


def _held_out_set(root: Path, status: str, pupil: str) -> Path:
    """A one-document held-out corpus with a README that gives its status."""
    source = root / "documents" / "h-opp-01" / "01-opp.txt"
    source.parent.mkdir(parents=True)
    source.write_text("#doc_type: opp\n#author_role: school\n"
                      f"Naam leerling: {{PERSON|{pupil}}}\nHij heeft {{HEALTH|ADHD}}.\n")
    (root / "README.md").write_text(f"# A set\n\n**Status: {status}.** Written for a test.\n")
    build(root / "corpus", root / "documents")
    return root / "corpus"


def test_evaluate_pools_the_corpora_with_the_status_asked_for(tmp_path: Path) -> None:
    unseen = _held_out_set(tmp_path / "holdout1", "unseen", "Emma Mulder")
    seen = _held_out_set(tmp_path / "holdout2", "seen", "Daan de Vries")
    also_unseen = _held_out_set(tmp_path / "holdout3", "unseen", "Sanne Bakker")
    figures = tmp_path / "figures.json"
    result = runner.invoke(app, ["evaluate", str(unseen), str(seen), str(also_unseen),
                                 "--status", "unseen", "--no-deduce", "--json", str(figures)])
    assert result.exit_code == 0, result.output
    assert "2 corpora, pooled: holdout1, holdout3" in result.stdout
    pooled = json.loads(figures.read_text())
    assert pooled["documents"] == 2
    assert pooled["ours"]["PERSON"]["gold"] == 2 and pooled["ours"]["HEALTH"]["gold"] == 2
    assert pooled["leak_rate"]["deduce"] is None  # not run, so no 0% to read as a figure
    assert set(pooled["per_corpus"]) == {"holdout1", "holdout3"}
    assert pooled["per_corpus"]["holdout1"]["ours"]["PERSON"]["gold"] == 1
    assert "corpora meet every target" in result.stdout


def test_a_corpus_misses_the_targets_its_own_counts_miss() -> None:
    result = Evaluation()
    result.per_corpus["h1"] = {t: Counts() for t in ENTITY_TYPES}
    result.per_corpus["h1"]["HEALTH"] = Counts(gold=10, found=9, predicted=20, correct=17)
    result.per_corpus["h1"]["PERSON"] = Counts(gold=10, found=10, predicted=10, correct=10)
    result.per_corpus_leaks["h1"] = Leaks(total=100, leaked=2)
    # recall 0.9 and precision 0.85 both miss, and a leak of 2%; a type without gold misses none
    assert result.targets_missed("h1") == ["HEALTH R 0.9000", "HEALTH P 0.8500", "leak 2.00%"]


def test_the_pooled_figures_are_the_sums_of_the_corpora() -> None:
    result = Evaluation()
    for name, found, leaked in (("h1", 9, 2), ("h2", 1, 0)):
        result.per_corpus[name] = {t: Counts() for t in ENTITY_TYPES}
        result.per_corpus[name]["HEALTH"] = Counts(gold=10, found=found, predicted=10, correct=9)
        result.per_corpus_leaks[name] = Leaks(total=50, leaked=leaked, by_type={"PERSON": leaked})
    assert result.ours["HEALTH"] == Counts(gold=20, found=10, predicted=20, correct=18)
    assert result.ours["PERSON"] == Counts()
    pooled = result.ours_leaks
    assert (pooled.total, pooled.leaked, dict(pooled.by_type)) == (100, 2, {"PERSON": 2})
    assert result.per_corpus_leaks["h1"].leaked == 2  # the parts stay as they were


def test_evaluate_names_a_status_no_corpus_has(tmp_path: Path) -> None:
    seen = _held_out_set(tmp_path / "holdout1", "seen", "Emma Mulder")
    result = runner.invoke(app, ["evaluate", str(seen), "--status", "unseen", "--no-deduce"])
    assert result.exit_code != 0 and "no corpus has the status 'unseen'" in result.output
