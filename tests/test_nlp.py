"""The Dutch pipeline: spaCy's Dutch tokenizer rules, without its special cases."""

from __future__ import annotations

import spacy

from pipeline.nlp import build_dutch_pipeline

TEXT = ("Bijv. o.a. de GGZ (2019) en dhr. J.P. de Wit-Bakker: zie www.swv.nl, tel. 06-12345678;"
        " 's-Hertogenbosch, 12-03-2014. Hij zei: \"nee!\" :-) mevr.Jansen")


def test_tokens_are_the_dutch_rules_without_special_cases() -> None:
    dutch = spacy.blank("nl")
    dutch.tokenizer.rules = {}  # type: ignore[union-attr]  # spaCy types it any callable
    ours = build_dutch_pipeline()
    assert not ours.tokenizer.rules  # type: ignore[union-attr]
    assert [t.text for t in ours(TEXT)] == [t.text for t in dutch(TEXT)]
    assert "Bijv." not in [t.text for t in ours(TEXT)]  # a special case would keep it whole
