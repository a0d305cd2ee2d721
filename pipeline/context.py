"""Context words: a match scores higher when a word that its recognizer lists stands near."""

from __future__ import annotations

import re

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

WORD = re.compile(r"[\w.-]+")
WINDOW_CHARS = 20  # characters per word looked at around a match, at most


class WordWindowContextEnhancer(ContextAwareEnhancer):
    """Presidio's context boost, reading the words around a match from the text itself.

    Presidio's lemma-based enhancer walks the token list for every match, which grows with
    the square of a document's length, and the blank Dutch pipeline has no lemmas to give
    it. This one lower-cases the words before and after the match and boosts a result when
    one of them starts with a context word of its recognizer ("tel" in "telefoonnummer").
    The results are updated in place: the analyzer hands them over and keeps none.
    """

    def __init__(self, words_before: int, words_after: int, boost: float = 0.35,
                 min_score_with_context: float = 0.4) -> None:
        super().__init__(context_similarity_factor=boost,
                         min_score_with_context_similarity=min_score_with_context,
                         context_prefix_count=words_before, context_suffix_count=words_after)

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                              nlp_artifacts: NlpArtifacts, recognizers: list[EntityRecognizer],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        """The results, those with a context word nearby scored higher."""
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context or []]
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if (recognizer is None or not recognizer.context or result.score >= self.MAX_SCORE
                    or metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY)):
                continue
            keywords = tuple(word.lower() for word in recognizer.context) + tuple(extra)
            found = next((w for w in self._surrounding(text, result.start, result.end)
                          if w.startswith(keywords)), None)
            if found:
                self._boost(result, found)
        return raw_results

    def _surrounding(self, text: str, start: int, end: int) -> list[str]:
        before = text[max(0, start - WINDOW_CHARS * self.context_prefix_count):start]
        after = text[end:end + WINDOW_CHARS * self.context_suffix_count]
        words_before = WORD.findall(before.lower())[-self.context_prefix_count:]
        words_after = WORD.findall(after.lower())[:self.context_suffix_count]
        return [w.strip(".-") for w in (*words_before, *words_after)]

    def _boost(self, result: RecognizerResult, word: str) -> None:
        result.score = min(max(result.score + self.context_similarity_factor,
                               self.min_score_with_context_similarity), self.MAX_SCORE)
        if result.recognition_metadata is not None:
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        if result.analysis_explanation is not None:
            result.analysis_explanation.set_supportive_context_word(word)


class ContextOnceAnalyzerEngine(AnalyzerEngine):
    """Presidio's analyzer engine, its context step done in one pass over the results.

    Presidio first offers each recognizer its own results and all the others, splitting the
    whole list once per recognizer, and only then runs the enhancer. None of ours looks at
    them (none overrides ``enhance_using_context``), so the results go straight to the
    enhancer: the same scores, without a dozen passes over some two thousand results.
    """

    def _enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                               nlp_artifacts: NlpArtifacts, recognizers: list[EntityRecognizer],
                               context: list[str] | None = None) -> list[RecognizerResult]:
        if any(type(recognizer).enhance_using_context
               is not EntityRecognizer.enhance_using_context for recognizer in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts,
                                                  recognizers, context)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=raw_results, nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context)
