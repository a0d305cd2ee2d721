"""Detection of personal data: Presidio's analyzer on the Dutch pipeline and our recognizers."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from functools import cache

from pipeline.abbreviations import defined_abbreviations
from pipeline.birth_dates import (
    birth_dates_behind_names,
    birth_dates_in_columns,
    known_birth_dates,
)
from pipeline.context import ContextOnceAnalyzerEngine, WordWindowContextEnhancer
from pipeline.document import Document, Finding
from pipeline.logs import keep_content_out_of_logs
from pipeline.names import (
    HEALTH,
    LOCATION,
    ORGANIZATION,
    PERSON,
    KnownTexts,
    brands_retyped,
    email_domain_names,
    employers_split_off,
    initials_variants,
    known_texts,
    name_variants,
    nickname_variants,
    organization_variants,
    people_initials,
    places_also_words,
    places_retyped_as_people,
    propagate_names,
    reads_as_english,
    schools_retyped,
    towns_after_organizations,
    with_first_names_in_lower_case,
    with_names_in_lower_case,
    with_paraphs,
    with_school_names_in_lower_case,
    with_word_surnames,
    word_surnames,
    writes_names_in_lower_case,
)
from pipeline.nlp import LANGUAGE, DutchNlpEngine
from pipeline.overlaps import resolve_overlaps
from recognizers.registry import build_registry

# Context words count in the eight words before a match and the two after it.
CONTEXT_WORDS_BEFORE = 8
CONTEXT_WORDS_AFTER = 2
MIN_SCORE = 0.5
# A text that has the recognizers build their lexicons (synthetic, as every fixture)
WARM_UP = ("Emma de Vries-Bakker (geboren 12-03-2014), Hoofdweg 3a, 5701 AB Helmond, "
           "heeft ADHD en gebruikt methylfenidaat; juf Anouk van basisschool De Regenboog "
           "belde 06-12345678.\nhoi emma, groet anouk")


class Analyzer:
    """Finds personal data in a document. Building one takes seconds: build it once."""

    def __init__(self, min_score: float = MIN_SCORE) -> None:
        keep_content_out_of_logs()
        nlp_engine = DutchNlpEngine()
        nlp_engine.load()
        self._engine = ContextOnceAnalyzerEngine(
            registry=build_registry(),
            nlp_engine=nlp_engine,
            supported_languages=[LANGUAGE],
            context_aware_enhancer=WordWindowContextEnhancer(
                words_before=CONTEXT_WORDS_BEFORE, words_after=CONTEXT_WORDS_AFTER),
        )
        self._min_score = min_score
        self._settle()

    def _settle(self) -> None:
        """Build the lexicons now, and keep them out of the garbage collector's way.

        The recognizers build their lexicons on first use; a warm-up text does that here.
        Then the collector freezes what exists: each full collection would otherwise walk
        every entry of the lexicons again (some 0.16 s, in one pass in four over a long text).
        """
        self.analyze(Document.of_text("warm-up", WARM_UP))
        gc.freeze()

    def analyze(self, document: Document) -> tuple[Finding, ...]:
        """The findings in one document, in reading order."""
        return self.analyze_submission([document])[0]

    def analyze_submission(self, documents: Sequence[Document]) -> list[tuple[Finding, ...]]:
        """The findings in each document, with what any of them found found again in all."""
        detected = [self._detect(document) for document in documents]
        organizations = organization_variants(f for findings in detected for f in findings)
        detected = employers_split_off(schools_retyped(detected, organizations),
                                       organizations)
        detected = brands_retyped(places_retyped_as_people(detected))
        found = [f for findings in detected for f in resolve_overlaps(findings)]
        # an abbreviation the documents define is no one's paraph: "retinitis pigmentosa (RP)"
        abbreviations = defined_abbreviations(documents, detected, HEALTH)
        people = {name: lower_ok for name, lower_ok in
                  (name_variants(found) | self._introduced(documents, detected)).items()
                  if name not in abbreviations}
        initials = people_initials(found) - abbreviations.keys()
        surnames = word_surnames(found)
        # a name that is someone's is no school's to find elsewhere: "TLV SO Selam H." (but
        # a name's capitals, looked for in headings, tell nothing of the kind)
        schools = {name: lower_ok
                   for name, lower_ok in (email_domain_names(found) | organizations).items()
                   if name not in people or name.isupper()}
        known = {entity_type: KnownTexts.of(variants) for entity_type, variants in (
            (ORGANIZATION, schools), ("NL_ID", known_texts(found, "NL_ID")),
            (LOCATION, known_texts(found, LOCATION)), (PERSON, people),
            (HEALTH, abbreviations))}
        places = KnownTexts.of(places_also_words(found, people))

        @cache
        def in_lower_case() -> dict[str, KnownTexts]:  # worked out once, if needed
            return self._in_lower_case(known)

        return known_birth_dates([
            birth_dates_in_columns(document, birth_dates_behind_names(
                document, towns_after_organizations(document, resolve_overlaps(self._found_again(
                    document, findings, known, in_lower_case, initials, surnames, places)))))
            for document, findings in zip(documents, detected, strict=True)])

    def _found_again(self, document: Document, findings: tuple[Finding, ...],
                     known: dict[str, KnownTexts],
                     in_lower_case: Callable[[], dict[str, KnownTexts]],
                     initials: frozenset[str], surnames: frozenset[str], places: KnownTexts
                     ) -> tuple[Finding, ...]:
        """One document's findings, with what the submission knows found again.

        Its known texts, its places that are words too within sentences ("College, Stein"),
        its people's paraphs, and their surnames that are words where they stand as names
        ("De Laat/Bos"). Where the document writes names in lower case ("hoi corrie", found
        detected or known), its names, schools and places may stand so too.
        """
        propagated = self._propagate(document, findings, known)
        if writes_names_in_lower_case(propagated):
            variants = in_lower_case()
            if reads_as_english(document.text):  # "he goes": no places in lower case
                variants = {**variants, LOCATION: known[LOCATION]}
            propagated = with_names_in_lower_case(
                document, self._propagate(document, findings, variants))
        propagated = propagate_names(document, propagated, places, LOCATION, mid_sentence=True)
        return with_word_surnames(document, with_paraphs(document, propagated, initials),
                                  surnames)

    @staticmethod
    def _in_lower_case(known: dict[str, KnownTexts]) -> dict[str, KnownTexts]:
        """The known texts as a document that writes names in lower case may write them.

        First names and surnames ("hoi adam", "hamelink"), schools named with an article
        ("op de watertoren") and places ("in goes"), but no place that is someone's name too
        ("mevrouw nijland", "zet een vink" where Isa Vink is the pupil).
        """
        return {**known,
                PERSON: KnownTexts.of(with_first_names_in_lower_case(known[PERSON].variants)),
                ORGANIZATION: KnownTexts.of(
                    with_school_names_in_lower_case(known[ORGANIZATION].variants)),
                LOCATION: KnownTexts.of({place: True for place in known[LOCATION].variants
                                         if place not in known[PERSON].variants})}

    @staticmethod
    def _introduced(documents: Sequence[Document],
                    detected: Sequence[tuple[Finding, ...]]) -> dict[str, bool]:
        """The initials and nicknames of every person named, from each document with its text."""
        introduced: dict[str, bool] = {}
        for document, findings in zip(documents, detected, strict=True):
            introduced |= (initials_variants(findings, document.text)
                           | nickname_variants(findings, document.text))
        return introduced

    @staticmethod
    def _propagate(document: Document, findings: tuple[Finding, ...],
                   known: dict[str, KnownTexts]) -> tuple[Finding, ...]:
        """Each type's known texts found again; schools before the names they may hold."""
        for entity_type, variants in known.items():
            findings = propagate_names(document, findings, variants, entity_type)
        return findings

    def _detect(self, document: Document) -> tuple[Finding, ...]:
        results = self._engine.analyze(
            document.text, language=LANGUAGE, score_threshold=self._min_score
        )
        return tuple(
            Finding(
                entity_type=r.entity_type,
                start=r.start,
                end=r.end,
                text=document.text[r.start : r.end],
                score=round(r.score, 4),
                page=document.page_at(r.start),
                recognizer=(r.recognition_metadata or {}).get("recognizer_name", ""),
                rule=(r.recognition_metadata or {}).get("rule", ""),
            )
            for r in results
        )
