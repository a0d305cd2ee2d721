"""Scoring detections against gold annotations: precision, recall, F1 and leak rate.

Gold annotations name each mention by its type, text and page (see ``fixtures/``); they
are located in the extracted text here, in order of appearance. A gold mention counts as
found when a prediction of the same type overlaps it; a prediction counts as correct when
it overlaps a gold mention of its type.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import Document

NOT_IDENTIFYING = frozenset({"HEALTH"})  # kept in anonymized copies, so no leak


@dataclass(frozen=True)
class Span:
    """A typed stretch of a document's text."""

    entity_type: str
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share a character and a type."""
        return (self.entity_type == other.entity_type
                and self.start < other.end and other.start < self.end)


@dataclass(frozen=True)
class GoldMention:
    """One annotated mention: type, text and page."""

    entity_type: str
    text: str
    page: int


@dataclass(frozen=True)
class GoldDocument:
    """A corpus document, its annotations and its labels."""

    submission: str
    pdf: Path
    mentions: tuple[GoldMention, ...]
    doc_type: str = ""
    author_role: str = ""


@dataclass
class Counts:
    """Matches of one entity type, summed over documents."""

    gold: int = 0
    found: int = 0  # gold mentions overlapped by a prediction of their type
    predicted: int = 0
    correct: int = 0  # predictions overlapping a gold mention of their type

    @property
    def recall(self) -> float:
        """Share of gold mentions found (1.0 when there are none)."""
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        """Share of predictions that are correct (1.0 when there are none)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, gold: Sequence[Span], predicted: Sequence[Span]) -> None:
        """Count one document's spans of this type."""
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.found += sum(any(g.overlaps(p) for p in predicted) for g in gold)
        self.correct += sum(any(p.overlaps(g) for g in gold) for p in predicted)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.gold + other.gold, self.found + other.found,
                      self.predicted + other.predicted, self.correct + other.correct)


@dataclass
class Leaks:
    """Gold identifying mentions still present in anonymized text."""

    total: int = 0
    leaked: int = 0
    by_type: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def rate(self) -> float:
        """Share of identifying mentions that leaked."""
        return self.leaked / self.total if self.total else 0.0

    def add(self, mentions: Iterable[GoldMention], anonymized: str) -> None:
        """Count one document's identifying mentions against its anonymized text."""
        flat = " ".join(anonymized.split())
        for mention in mentions:
            if mention.entity_type in NOT_IDENTIFYING:
                continue
            self.total += 1
            needle = re.escape(" ".join(mention.text.split()))
            if re.search(rf"(?<!\w){needle}(?!\w)", flat):  # "Mo" is no leak in "Moeder"
                self.leaked += 1
                self.by_type[mention.entity_type] += 1

    def __add__(self, other: Leaks) -> Leaks:
        by_type: dict[str, int] = defaultdict(int, self.by_type)
        for entity_type, leaked in other.by_type.items():
            by_type[entity_type] += leaked
        return Leaks(self.total + other.total, self.leaked + other.leaked, by_type)


@dataclass
class Masks:
    """Where the copies' masks of unverified words fell: what they saved and what they cost."""

    on_identifiers: int = 0  # a gold identifying mention: a leak prevented
    on_health: int = 0  # a gold health term, which the consultation needed
    elsewhere: int = 0  # other text, masked for nothing

    def add(self, gold: Sequence[Span], masks: Iterable[Span]) -> None:
        """Count one document's masks against its gold spans (of any type)."""
        for mask in masks:
            under = [g.entity_type for g in gold if g.start < mask.end and mask.start < g.end]
            if any(entity_type not in NOT_IDENTIFYING for entity_type in under):
                self.on_identifiers += 1
            elif under:
                self.on_health += 1
            else:
                self.elsewhere += 1


def load_gold(corpus: Path) -> list[GoldDocument]:
    """The annotated documents of a corpus folder (``gold/`` beside ``submissions/``)."""
    documents = []
    for gold_path in sorted((corpus / "gold").glob("*/*.json")):
        record = json.loads(gold_path.read_text(encoding="utf-8"))
        submission = gold_path.parent.name
        documents.append(GoldDocument(
            submission=submission,
            pdf=corpus / "submissions" / submission / gold_path.name.removesuffix(".json"),
            mentions=tuple(GoldMention(m["type"], m["text"], int(m.get("page", 1)))
                           for m in record["entities"]),
            doc_type=record.get("doc_type", ""),
            author_role=record.get("author_role", ""),
        ))
    return documents


def locate(document: Document, mentions: Sequence[GoldMention]) -> tuple[list[Span], int]:
    """Gold mentions as spans of the extracted text; also how many could not be placed.

    Longer mentions are placed first, so that "Emma" is not placed inside "Emma Storm";
    the k-th mention of a text on a page takes the k-th free occurrence there, where
    occurrences glued to a word by a dash or slash come last ("2022" is not the one in the
    school year "2021-2022" while another stands alone).
    """
    spans: list[Span] = []
    unplaced = 0
    for mention in sorted(mentions, key=lambda m: -len(m.text)):
        occurrences = sorted(_occurrences(document, mention),
                             key=lambda o: (_glued(document.text, *o), o[0]))
        free = (o for o in occurrences
                if not any(s.start < o[1] and o[0] < s.end for s in spans))
        placed = next(free, None)
        if placed is None:
            unplaced += 1
        else:
            spans.append(Span(mention.entity_type, *placed))
    return sorted(spans, key=lambda s: s.start), unplaced


def _glued(text: str, start: int, end: int) -> bool:
    return text[start - 1:start] in ("-", "/") or text[end:end + 1] in ("-", "/")


def _occurrences(document: Document, mention: GoldMention) -> list[tuple[int, int]]:
    page = next((p for p in document.pages if p.number == mention.page), None)
    if page is None:
        return []
    words = (re.escape(word) for word in mention.text.split())
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")
    return [(page.start + m.start(), page.start + m.end())
            for m in pattern.finditer(document.text[page.start:page.end])]


def score(gold: Sequence[Span], predicted: Sequence[Span],
          counts: Mapping[str, Counts]) -> None:
    """Add one document's spans to the per-type counts; types not in ``counts`` are skipped."""
    for entity_type, type_counts in counts.items():
        type_counts.add([g for g in gold if g.entity_type == entity_type],
                        [p for p in predicted if p.entity_type == entity_type])


def merge_types(spans: Iterable[Span], merged: Mapping[str, str]) -> list[Span]:
    """The spans with some types renamed (``DATE_OF_BIRTH`` and ``DATE_TIME`` to ``DATE``)."""
    return [Span(merged.get(s.entity_type, s.entity_type), s.start, s.end) for s in spans]
