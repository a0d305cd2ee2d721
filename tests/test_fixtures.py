from __future__ import annotations

import filecmp
import json
import re
from pathlib import Path

import pytest

from fixtures.check import name_parts
from fixtures.generate import generate
from fixtures.holdout.build import build
from fixtures.markup import GoldSpan, parse_line
from pipeline.classify import AuthorRole, DocType
from recognizers.nl_bsn_recognizer import passes_eleven_test
from tests.conftest import CORPUS


def test_committed_corpus_is_what_the_generator_makes(tmp_path: Path) -> None:
    generate(tmp_path)
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(CORPUS) for p in CORPUS.rglob("*") if p.is_file())
    assert made == committed
    mismatch = [p for p in made if not filecmp.cmp(tmp_path / p, CORPUS / p, shallow=False)]
    assert mismatch == [], "run `python -m fixtures.generate` and commit the corpus"


def test_gold_bsns_pass_the_eleven_test() -> None:
    bsns = [entity["text"] for gold in (CORPUS / "gold").rglob("*.json")
            for entity in json.loads(gold.read_text())["entities"] if entity["type"] == "NL_BSN"]
    assert bsns and all(passes_eleven_test(re.sub(r"[. ]", "", bsn)) for bsn in bsns)
    assert any("." in bsn for bsn in bsns) and any(" " in bsn for bsn in bsns)


def test_markup_gives_plain_text_and_spans() -> None:
    plain, spans = parse_line("Naam: {PERSON|Daan de Vries}, BSN {NL_BSN|111222333}.")
    assert plain == "Naam: Daan de Vries, BSN 111222333."
    assert [(s.entity_type, plain[s.start : s.end]) for s in spans] == [
        ("PERSON", "Daan de Vries"), ("NL_BSN", "111222333")]


HELD_OUT = sorted((p.name for p in CORPUS.parent.glob("holdout*") if (p / "corpus").is_dir()),
                  key=lambda name: int(name.removeprefix("holdout") or 1))


@pytest.mark.parametrize("folder", HELD_OUT)
def test_committed_held_out_corpora_are_what_their_sources_make(folder: str,
                                                                tmp_path: Path) -> None:
    root = CORPUS.parent / folder
    build(tmp_path, root / "documents")
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(root / "corpus")
                       for p in (root / "corpus").rglob("*") if p.is_file())
    assert made == committed
    assert all(filecmp.cmp(tmp_path / p, root / "corpus" / p, shallow=False) for p in made)


@pytest.mark.parametrize("folder", ["corpus", *HELD_OUT])
def test_gold_labels_are_ones_the_classifier_knows(folder: str) -> None:
    corpus = CORPUS if folder == "corpus" else CORPUS.parent / folder / "corpus"
    labels = [json.loads(gold.read_text()) for gold in (corpus / "gold").rglob("*.json")]
    assert {label["doc_type"] for label in labels} <= {t.value for t in DocType}
    assert {label["author_role"] for label in labels} <= {r.value for r in AuthorRole}


def test_name_parts_leave_out_tussenvoegsels_and_commas() -> None:
    assert name_parts(GoldSpan("PERSON", "Van der Hoek-El Khattabi, Ayoub", 0, 31)) == {
        "Hoek", "Khattabi", "Ayoub"}
    assert name_parts(GoldSpan("HEALTH", "Down", 0, 4)) == set()
