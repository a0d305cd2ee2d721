"""Context words, and the engine that applies them in one pass over the results."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerResult
from presidio_analyzer.pattern import Pattern

from pipeline.analysis import CONTEXT_WORDS_AFTER, CONTEXT_WORDS_BEFORE
from pipeline.context import ContextOnceAnalyzerEngine, WordWindowContextEnhancer
from pipeline.nlp import LANGUAGE, DutchNlpEngine
from recognizers.registry import build_registry

TEXT = ("Naam leerling: Daan de Wit, BSN 111222333, tel. 06-12345678\n"
        "Huisarts: dr. A. Yilmaz, AGB 01234567, mail a.yilmaz@zorg.nl\n"
        "Diagnose ADHD (2019), methylfenidaat; woont in Helmond, 5701 AB.\n"
        "Onderzoek sinds 2021, gesprek op 12-03.")


def engine(kind: type[AnalyzerEngine]) -> AnalyzerEngine:
    nlp_engine = DutchNlpEngine()
    nlp_engine.load()
    return kind(registry=build_registry(), nlp_engine=nlp_engine, supported_languages=[LANGUAGE],
                context_aware_enhancer=WordWindowContextEnhancer(
                    words_before=CONTEXT_WORDS_BEFORE, words_after=CONTEXT_WORDS_AFTER))


def outcome(results: list[RecognizerResult]) -> list[tuple[str, int, int, float]]:
    return sorted((r.entity_type, r.start, r.end, r.score) for r in results)


@pytest.fixture(scope="module")
def engines() -> tuple[AnalyzerEngine, AnalyzerEngine]:
    return engine(AnalyzerEngine), engine(ContextOnceAnalyzerEngine)


def test_one_pass_scores_as_presidios_own_engine(
        engines: tuple[AnalyzerEngine, AnalyzerEngine]) -> None:
    presidios, ours = engines
    expected = outcome(presidios.analyze(TEXT, language=LANGUAGE))
    assert expected  # the text holds findings, some of them boosted by a context word
    assert any(r.recognition_metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY)
               for r in ours.analyze(TEXT, language=LANGUAGE))
    assert outcome(ours.analyze(TEXT, language=LANGUAGE)) == expected


class SeesOthers(PatternRecognizer):
    """A recognizer that scores its match by what the others found: it needs them."""

    def __init__(self) -> None:
        super().__init__(supported_entity="NL_ID", patterns=[Pattern("code", r"\bX-\d{3}\b", 0.3)],
                         supported_language=LANGUAGE)

    def enhance_using_context(self, text: str, raw_recognizer_results: list[RecognizerResult],
                              other_raw_recognizer_results: list[RecognizerResult],
                              nlp_artifacts: object, context: list[str] | None = None
                              ) -> list[RecognizerResult]:
        for result in raw_recognizer_results:
            result.score = 0.3 + 0.1 * len(other_raw_recognizer_results)
        return raw_recognizer_results


def test_a_recognizer_that_looks_at_the_others_results_still_gets_them(
        engines: tuple[AnalyzerEngine, AnalyzerEngine]) -> None:
    _, ours = engines
    ours.registry.add_recognizer(SeesOthers())
    try:
        results = ours.analyze("Code X-123 van Daan de Wit", language=LANGUAGE)
    finally:
        ours.registry.remove_recognizer("SeesOthers")
    code = next(r for r in results if r.entity_type == "NL_ID")
    assert code.score == pytest.approx(0.3 + 0.1 * (len(results) - 1))
