"""Finding lexicon phrases (towns, institutions) in text by their capitalised words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# a capitalised word, or one of the towns with an article: 's-Hertogenbosch, 't Horntje
PHRASE_START = re.compile(r"(?<![\w'’-])(?:['’]s-|['’]t |['’]?)[A-Z0-9ÀÖØ-Þ][\w'’.&-]*")
WORD = re.compile(r"[^\s,;:()]+")
GAP = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class PhraseIndex:
    """A set of phrases, looked up by the words that start at a capital in the text.

    Longest phrase first: "Bergen op Zoom" before "Bergen".
    """

    phrases: frozenset[str]
    first_words: frozenset[str]  # the first word of each phrase, to skip all other words fast
    max_words: int

    @classmethod
    def of(cls, phrases: frozenset[str]) -> PhraseIndex:
        """Index the phrases."""
        return cls(phrases, frozenset(p.split()[0].rstrip(".") for p in phrases),
                   max((len(p.split()) for p in phrases), default=1))

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of the phrases standing in the text as whole words."""
        covered_until = 0
        for start_match in PHRASE_START.finditer(text):
            start = start_match.start()
            if start < covered_until or not self._may_start(start_match.group()):
                continue
            end = self._longest_at(text, start)
            if end:
                covered_until = end
                yield start, end

    def _may_start(self, word: str) -> bool:
        stripped = word.rstrip(".,;:").split()[0]  # "'t" of "'t Horntje"
        return stripped in self.first_words or stripped.rstrip("'’s") in self.first_words

    def _longest_at(self, text: str, start: int) -> int | None:
        ends: list[int] = []
        position = start
        for _ in range(self.max_words):
            word = WORD.match(text, position)
            if not word:
                break
            ends.append(word.end())
            gap = GAP.match(text, word.end())
            if not gap:
                break
            position = gap.end()
        for end in reversed(ends):
            candidate = text[start:end]
            for trimmed in (candidate, candidate.rstrip(".")):
                if trimmed in self.phrases:
                    return start + len(trimmed)
        return None
