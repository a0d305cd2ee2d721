"""Words nobody vouched for: what the anonymized copies mask beside the detected identifiers.

The recognizers miss what no list or pattern foresaw: a name from abroad, a village, a
school's own name, a client number without its label. General case consultations get an
anonymized case (§2.1), so the copies also mask, as a safety net, every word that could be
such an identifier and that no vocabulary vouches for:

- a capitalised word that is no Dutch word (OpenTaal's list), no word of our lexicons and no
  compound of Dutch words ("Leerlingnummer" is one; "Roerparel", which ends like a place
  name, vouches for nothing);
- a word in lower case that no Dutch word list holds and a name or place list does ("magda",
  "apeldoorn" in a parent's e-mail);
- a number of five digits or more, or a code of letters and digits, that no recognizer placed.

Text a finding covers is left to that finding, so detected health terms always stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.document import Document, Finding
from recognizers.lexicon import lexicon, lowered

UNVERIFIED = "UNVERIFIED"
SCORE = 0.3
RECOGNIZER = "unverified_words"
# a code of letters and digits, a long number, or a word of letters
WORD = re.compile(r"(?<!\w)(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{5,}(?!\w)"
                  r"|(?<!\w)\d{5,}(?!\w)|[^\W\d_]{2,}")
VOUCHING_LEXICONS = ("known_words", "not_names", "countries", "health", "roles",
                     "organization_kinds", "titles", "titles.extra", "titles.informal")
NAME_LEXICONS = ("first_names", "surnames", "towns", "world_cities")
MIN_COMPOUND, MIN_HEAD, MIN_TAIL = 9, 4, 6
LINKS = ("", "s", "en", "e")  # what Dutch puts between the parts of a compound


@dataclass(frozen=True)
class Vocabulary:
    """The words that identify nobody, the names they may also be, and place-name endings."""

    words: frozenset[str]  # lower case, and acronyms in capitals
    names: frozenset[str]  # lower case
    place_endings: tuple[str, ...]


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, read once (a third of a second)."""
    words = set(lexicon("dutch_words")) | STOP_WORDS
    for name in VOUCHING_LEXICONS:
        words |= lowered(name) | lexicon(name)
    names = frozenset().union(*(lowered(name) for name in NAME_LEXICONS))
    return Vocabulary(frozenset(words), names, tuple(sorted(lexicon("place_endings"))))


def with_unverified_words(document: Document,
                          findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings and the words nobody vouched for, in reading order."""
    return tuple(sorted((*findings, *unverified_words(document, findings)),
                        key=lambda f: (f.start, f.end)))


def unverified_words(document: Document, findings: Sequence[Finding]) -> list[Finding]:
    """The words outside every finding that no vocabulary vouches for."""
    covered = bytearray(len(document.text))
    for finding in findings:
        covered[finding.start:finding.end] = b"\1" * (finding.end - finding.start)
    return [Finding(UNVERIFIED, match.start(), match.end(), match.group(), SCORE,
                    document.page_at(match.start()), RECOGNIZER)
            for match in WORD.finditer(document.text)
            if not any(covered[match.start():match.end()]) and not vouched(match.group())]


@cache
def vouched(word: str) -> bool:
    """Whether the word identifies nobody, as far as the vocabulary tells."""
    if not word.isalpha():
        return False  # a number or a code
    known = vocabulary().words
    lower = word.lower()
    if lower in known or word in known:
        return True
    if word[0].islower():
        return lower not in vocabulary().names or is_compound(lower)
    return is_compound(lower)


@cache
def is_compound(word: str) -> bool:
    """Whether the word is Dutch words run together and does not end like a place name."""
    if len(word) < MIN_COMPOUND:
        return False
    known = vocabulary().words
    for cut in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        if word[:cut] not in known:
            continue
        rest = word[cut:]
        for link in LINKS:
            tail = rest[len(link):]
            if (rest.startswith(link) and len(tail) >= MIN_TAIL
                    and not tail.endswith(vocabulary().place_endings)
                    and (tail in known or is_compound(tail))):
                return True
    return False
