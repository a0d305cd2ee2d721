"""Finding lexicon phrases (towns, institutions) in text by their capitalised words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# a capitalised word, or one of the towns with an article: 's-Hertogenbosch, 't Horntje
# (matched from its first character and looked back at from there, which lets the regex
# engine jump from capital to capital: twice as fast)
PHRASE_START = re.compile(r"[A-Z0-9ÀÖØ-Þ'’](?<![\w'’-].)"
                          r"(?:(?<=['’])(?:s-|t |)[A-Z0-9ÀÖØ-Þ]|(?<=[A-Z0-9ÀÖØ-Þ]))[\w'’.&-]*")
WORD = re.compile(r"[^\s,;:()]+")
GAP = re.compile(r"[ \t]+")
CLOSING = ".!?"  # after a phrase's last word: "in Venlo!", "naar Den Bosch?"


CapitalisedWord = tuple[int, str, str]  # where it starts, the word, without a genitive "s"


@lru_cache(maxsize=1)
def capitalised_words(text: str) -> tuple[CapitalisedWord, ...]:
    """The words at a capital, which may start a phrase: "'t" of "'t Horntje", "Bergen,".

    Found once per text: every recognizer that looks up phrases looks at the same words.
    """
    return tuple(_capitalised(match) for match in PHRASE_START.finditer(text))


def _capitalised(match: re.Match[str]) -> CapitalisedWord:
    word = match.group().rstrip(".,;:").split()[0]
    return match.start(), word, word.rstrip("'’s")


@dataclass(frozen=True)
class PhraseIndex:
    """A set of phrases, looked up by the words that start at a capital in the text.

    Longest phrase first: "Bergen op Zoom" before "Bergen".
    """

    phrases: frozenset[str]
    # the first word of each phrase, and the most words of a phrase it starts: all other
    # words are skipped fast, and "Helmond" is looked up alone
    first_words: dict[str, int]

    @classmethod
    def of(cls, phrases: frozenset[str]) -> PhraseIndex:
        """Index the phrases."""
        first_words: dict[str, int] = {}
        for phrase in phrases:
            words = phrase.split()
            first = words[0].rstrip(".")
            first_words[first] = max(first_words.get(first, 0), len(words))
        return cls(phrases, first_words)

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of the phrases standing in the text as whole words."""
        covered_until = 0
        for start, word, without_s in capitalised_words(text):
            if start < covered_until:
                continue
            # ``_phrase_end`` written out: a call for each of some ten thousand words of a
            # long text costs the analyzer 1-2% (cProfile, the development corpus)
            most_words = self.first_words.get(word) or self.first_words.get(without_s, 0)
            end = most_words and self._longest_at(text, start, most_words)
            if end:
                covered_until = end
                yield start, end

    def starts(self, text: str) -> bool:
        """Whether a phrase stands at the start of the text (a short piece of it).

        Looked up on its own: the words of the whole text, which every recognizer shares,
        stay cached.
        """
        match = PHRASE_START.match(text)
        return match is not None and bool(self._phrase_end(text, *_capitalised(match)))

    def _phrase_end(self, text: str, start: int, word: str, without_s: str) -> int | None:
        most_words = self.first_words.get(word) or self.first_words.get(without_s, 0)
        return self._longest_at(text, start, most_words) if most_words else None

    def _longest_at(self, text: str, start: int, most_words: int) -> int | None:
        ends: list[int] = []
        position = start
        for _ in range(most_words):
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
            for trimmed in (candidate, candidate.rstrip(CLOSING)):
                if trimmed in self.phrases:
                    return start + len(trimmed)
        return None
