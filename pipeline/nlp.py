"""The Dutch spaCy pipeline that Presidio runs on, built locally without a model download."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, SlimSpacyNlpEngine
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

LANGUAGE = "nl"
TOKENIZER = "swv.dutch_tokenizer_without_special_cases"


def build_dutch_pipeline() -> Language:
    """``spacy.blank("nl")``: the Dutch tokenizer, without its special cases.

    No trained Dutch model can be installed from the package registries, so the pipeline
    has no statistical components; our recognizers do the detection, and context words are
    read from the text (``pipeline.context``).
    """
    return spacy.blank(LANGUAGE, config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


def dutch_tokenizer_without_special_cases() -> Callable[[Language], Tokenizer]:
    """The Dutch prefix, suffix and infix rules, without the 4,670 special cases.

    The special cases (abbreviations such as "bijv." and "o.a." kept whole, emoticons) are
    never built: nothing downstream reads token boundaries, matching them took five to ten
    times as long as the rest of the tokenizer (about a quarter of all analysis time), and
    building them took some 0.4 s of the start-up.
    """
    def create(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(nlp.vocab, rules={},
                         prefix_search=compile_prefix_regex(defaults.prefixes or ()).search,
                         suffix_search=compile_suffix_regex(defaults.suffixes or ()).search,
                         infix_finditer=compile_infix_regex(defaults.infixes or ()).finditer,
                         token_match=defaults.token_match, url_match=defaults.url_match)
    return create


registry.tokenizers.register(TOKENIZER, func=dutch_tokenizer_without_special_cases)


class DutchNlpEngine(SlimSpacyNlpEngine):
    """Presidio's slim spaCy engine (tokens, no NER) on the local Dutch pipeline."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": "blank:nl"}],
                         auto_download=False)

    def load(self) -> None:
        """Build the pipeline in memory instead of loading a model package."""
        self.nlp = {LANGUAGE: build_dutch_pipeline()}  # type: ignore[assignment]  # Presidio types it None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Tokenize with the Dutch pipeline; no lemmas or token offsets.

        Nothing downstream reads them (context words come from the text itself, see
        ``pipeline.context``), and building them per token took as long as all our
        recognizers together.
        """
        if not self.nlp:
            raise ValueError("NLP engine is not loaded. Consider calling .load()")
        doc = self.nlp[language](text)
        return NlpArtifacts(entities=[], tokens=doc, tokens_indices=[], lemmas=[],
                            nlp_engine=self, language=language, scores=[])
