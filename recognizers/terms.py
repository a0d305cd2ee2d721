"""Finding lexicon terms word by word, in time linear in the text whatever the lexicon's size.

Notation of a term list (see ``lexicons/health.txt``): a term with an acronym (ADHD,
PDD-NOS) keeps its case, other terms are case-blind; a trailing ``*`` lets the word go on
(``autis*``: autisme, autistisch); a term of several words is a phrase. An acronym of four
letters or more is found in lower case too ("adhd"), and a longer word also in the plural.
Endings (``health.suffixes.txt``) match any word of at least two more letters that ends with them;
heads (``health.heads.txt``) match with the inflected adjective before them. A phrase among the
exceptions (``health.not.txt``) hides the terms inside it: "recht op gelijke behandeling".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

WORD = re.compile(r"\w[\w'’]*(?:-[\w'’]+)*")  # not the quote before a word: "'Autisme en dan?'"
# the first half of a split compound before a term: "kinder- en " jeugdpsychiater
SPLIT_COMPOUND = re.compile(r"[\w'’]+-[ \t]+(?:en|of)[ \t]+$")
ACRONYM = re.compile(r"[A-Z]{2,}")
PHRASE_SIGNS = " \t\n+=&/-'’%"  # what may stand between a phrase's words besides spaces
MIN_LETTERS_BEFORE_ENDING = 2
MIN_LOWER_CASE_ACRONYM = 4  # "adhd", "emdr" in a parent's mail; not "add", "tos", "odd"
MIN_PLURAL = 7  # plurals of longer words: "luchtweginfecties", "epileptische aanvallen"
PLURAL_ENDINGS = ("en", "s")  # also "ën" after -ie, without its diaeresis: "hypoglykemieën"
# the diaeresis, which writers often leave out; not the other accents: "José" ends in no "-ose"
PLAIN_LETTERS = str.maketrans("äëïöü", "aeiou")
MAX_VERDICTS = 200_000  # words whose verdict is kept, some 20 MB


def fold(word: str) -> str:
    """The word as the lists are compared: lower case, no diaeresis ("Suïcidaal": suicidaal)."""
    lower = word.lower()
    return lower if lower.isascii() else lower.translate(PLAIN_LETTERS)  # most words: fast


@dataclass(frozen=True)
class TermMatcher:
    """Terms, stems, phrases and endings of one lexicon, ready for look-up."""

    exact: frozenset[str]  # words with an acronym, matched as written
    folded: frozenset[str]  # other single words, folded (``fold``)
    stems: tuple[str, ...]  # folded beginnings of words (``term*``)
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word -> the words after it, folded
    endings: tuple[str, ...]
    excluded: frozenset[str]
    heads: frozenset[str] = frozenset()  # nouns that make a term with an adjective before
    # phrases that are no term though their words make one: "gelijke behandeling"
    excluded_phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # each word's verdict, once: a text repeats its words ("de", "het", "leerling")
    verdicts: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, terms: Iterable[str], endings: Iterable[str] = (),
           excluded: Iterable[str] = (), heads: Iterable[str] = ()) -> TermMatcher:
        """Sort the terms of a lexicon by how they are matched."""
        exact, folded, stems = set(), set(), set()
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for term in terms:
            if " " in term:
                _add_phrase(phrases, term)
            elif term.endswith("*"):
                stems.add(fold(term[:-1]))
            elif ACRONYM.search(term):
                exact.add(term)
            else:
                folded.add(fold(term))
        excluded_words: set[str] = set()
        excluded_phrases: dict[str, list[tuple[str, ...]]] = {}
        for term in excluded:
            if " " in term:
                _add_phrase(excluded_phrases, term)
            else:
                excluded_words.add(fold(term))
        return cls(frozenset(exact), frozenset(folded), tuple(sorted(stems)),
                   _longest_first(phrases), tuple(sorted({fold(e) for e in endings})),
                   frozenset(excluded_words), frozenset(fold(h) for h in heads),
                   _longest_first(excluded_phrases))

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """The spans of the terms in the text, longest phrase first, without overlaps.

        A split compound counts whole: "kinder- en jeugdpsychiater".
        """
        for start, end in self._terms(text):
            split = SPLIT_COMPOUND.search(text, max(0, start - 40), start)
            yield (split.start() if split else start), end

    def _terms(self, text: str) -> Iterator[tuple[int, int]]:
        words = list(WORD.finditer(text))
        lowers = [fold(word.group()) for word in words]
        index = 0
        while index < len(words):
            if lowers[index] in self.excluded_phrases:
                excluded_end = self._phrase_at(text, words, index, self.excluded_phrases)
                if excluded_end is not None:
                    index = excluded_end[0] + 1
                    continue
            # most words start no phrase and precede no head: their verdict alone tells
            if lowers[index] in self.phrases or (index + 1 < len(words)
                                                 and lowers[index + 1] in self.heads):
                phrase_end = (self._phrase_at(text, words, index, self.phrases)
                              or self._headed_at(words, index))
                if phrase_end is not None:
                    end_index, end = phrase_end
                    yield words[index].start(), end
                    index = end_index + 1
                    continue
            if self._verdict(words[index].group()):
                yield words[index].span()
            index += 1

    @staticmethod
    def _phrase_at(text: str, words: list[re.Match[str]], index: int,
                   phrases: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[int, int] | None:
        rests = phrases.get(fold(words[index].group()), ())
        if not rests or index + 1 >= len(words):
            return None
        second = fold(words[index + 1].group())  # most phrases differ in it: looked at first
        for rest in rests:
            last = index + len(rest)
            if rest[0] != second or last >= len(words):
                continue
            following = words[index + 1 : last + 1]
            gaps_join = all(_joins(text[a.end():b.start()])
                            for a, b in zip(words[index:last], following, strict=True))
            if gaps_join and tuple(fold(w.group()) for w in following) == rest:
                return last, words[last].end()
        return None

    def _headed_at(self, words: list[re.Match[str]], index: int) -> tuple[int, int] | None:
        """An inflected adjective and a head noun: "bipolaire stoornis", also opening a line."""
        if index + 1 >= len(words) or fold(words[index + 1].group()) not in self.heads:
            return None
        adjective, head = words[index], words[index + 1]
        word = adjective.group()
        between = adjective.string[adjective.end():head.start()]  # not "afname).\nBehandeling"
        # a capital opens a sentence or a line, not a name before a break: "Jesse\naanvallen"
        capitalised_on_its_line = word[0].isupper() and "\n" not in between
        if ((word.islower() or capitalised_on_its_line) and word[1:].islower()
                and word.endswith("e") and len(word) > 3 and fold(word) not in self.excluded
                and between.isspace() and head.group().islower()):  # not "remissie\nBehandeling"
            return index + 1, head.end()
        return None

    def _verdict(self, word: str) -> bool:
        verdict = self.verdicts.get(word)
        if verdict is None:
            if len(self.verdicts) >= MAX_VERDICTS:  # names and numbers never end: start over
                self.verdicts.clear()
            verdict = self.verdicts[word] = self._is_term_or_compound(word)
        return verdict

    def _is_term_or_compound(self, word: str) -> bool:
        """A term, or a compound with one: "ADHD-medicatie", "POH-GGZ" count whole."""
        if self._is_term(word):
            return True
        return (fold(word) not in self.excluded and "-" in word
                and any(self._is_term(part) for part in word.split("-")))

    def _is_term(self, word: str) -> bool:
        lower = fold(word)
        if lower in self.excluded:
            return False
        if word in self.exact or lower.startswith(self.stems) or (
                word.islower() and len(word) >= MIN_LOWER_CASE_ACRONYM
                and word.upper() in self.exact):
            return True
        if lower in self.folded or self._has_ending(lower):
            return True
        return len(lower) >= MIN_PLURAL and any(
            lower.endswith(ending) and (lower[:-len(ending)] in self.folded
                                        or self._has_ending(lower[:-len(ending)]))
            for ending in PLURAL_ENDINGS)

    def _has_ending(self, lower: str) -> bool:
        return lower.endswith(self.endings) and any(
            lower.endswith(e) and len(lower) - len(e) >= MIN_LETTERS_BEFORE_ENDING
            for e in self.endings)


def _add_phrase(phrases: dict[str, list[tuple[str, ...]]], phrase: str) -> None:
    first, *rest = WORD.findall(fold(phrase))  # its words, as the text's are found
    phrases.setdefault(first, []).append(tuple(rest))


def _joins(gap: str) -> bool:
    """Whether what stands between two words keeps them in one phrase.

    Spaces, and the signs inside a name or number: "Denken + Doen = Durven", "kinder- en
    jeugdpsychiatrisch onderzoek", "22q11.2", "'s nachts"; not a sentence's end.
    """
    return gap == "." or not gap.strip(PHRASE_SIGNS)


def _longest_first(phrases: dict[str, list[tuple[str, ...]]]
                   ) -> dict[str, tuple[tuple[str, ...], ...]]:
    return {first: tuple(sorted(rests, key=len, reverse=True))
            for first, rests in phrases.items()}
