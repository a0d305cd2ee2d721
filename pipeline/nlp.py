"""The Dutch spaCy pipeline that Presidio runs on, built locally without a model download."""

from __future__ import annotations

import spacy
from presidio_analyzer.nlp_engine import SlimSpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

LANGUAGE = "nl"
LEMMA_COMPONENT = "lowercase_lemma"


def _lowercase_lemma(doc: Doc) -> Doc:
    """Give each token its lower-cased text as lemma, which Presidio's context check reads."""
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def build_dutch_pipeline() -> Language:
    """``spacy.blank("nl")``: the Dutch tokenizer, plus lower-cased lemmas.

    No trained Dutch model can be installed from the package registries, so the pipeline
    has no statistical components; our recognizers do the detection.
    """
    if not Language.has_factory(LEMMA_COMPONENT):
        Language.component(LEMMA_COMPONENT, func=_lowercase_lemma)
    nlp = spacy.blank(LANGUAGE)
    nlp.add_pipe(LEMMA_COMPONENT)
    return nlp


class DutchNlpEngine(SlimSpacyNlpEngine):
    """Presidio's slim spaCy engine (tokens and lemmas, no NER) on the local Dutch pipeline."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": "blank:nl"}],
                         auto_download=False)

    def load(self) -> None:
        """Build the pipeline in memory instead of loading a model package."""
        self.nlp = {LANGUAGE: build_dutch_pipeline()}  # type: ignore[assignment]  # Presidio types it None
