"""The words that identify nobody: Dutch words, our lexicons' words and compounds of them.

A capitalised word that no Dutch word list (OpenTaal's), none of our lexicons and no
compound of Dutch words vouches for may be a name; the copies' safety net masks such words
(``pipeline/unverified.py``) and the person recognizer takes two of them in a row for a name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from spacy.lang.de.stop_words import STOP_WORDS as GERMAN_STOP_WORDS
from spacy.lang.en.stop_words import STOP_WORDS

from recognizers.lexicon import lexicon, lowered

ABBREVIATED_ENDINGS = ("nrs", "nr")  # "Leerlingnr.", "Patientnrs."
APOSTROPHE_PLURAL = ("'s", "’s")  # the plural of a word that ends in a vowel
VOUCHING_LEXICONS = ("known_words", "not_names", "countries", "health", "roles",
                     "organization_kinds", "titles", "titles.extra", "titles.informal")
NAME_LEXICONS = ("first_names", "surnames", "towns", "world_cities")
MIN_COMPOUND, MIN_HEAD, MIN_TAIL = 8, 4, 4
LINKS = ("", "s", "en", "e")  # what Dutch puts between the parts of a compound
# the kinds of organization that end a compound name: "Kindertraumacentrum", "Mytylschool"
COMPOUND_KINDS = ("praktijk", "centrum", "kliniek", "ziekenhuis", "instituut", "team",
                  "school", "zorg", "netwerk", "lyceum", "college", "poli", "stichting",
                  "voorziening", "bureau", "dienst",
                  "klinik", "zentrum")  # German: "Rheinufer-Klinik"
MIN_COMPOUND_KIND_LETTERS = 5  # "Traumacentrum" ends with a kind; "Alfaso" with no "so"


@dataclass(frozen=True)
class Vocabulary:
    """The words that identify nobody, the names they may also be, and place-name endings."""

    words: frozenset[str]  # lower case, and acronyms in capitals
    names: frozenset[str]  # lower case
    place_endings: tuple[str, ...]


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, read once (a third of a second)."""
    names = frozenset().union(*(lowered(name) for name in NAME_LEXICONS))
    # English and German function words, of parents' mails and letters from across the
    # border ("Kein Fieber"); no German one that names someone or somewhere ("Lange", "Ende")
    words = set(lexicon("dutch_words")) | STOP_WORDS | (GERMAN_STOP_WORDS - names)
    for name in VOUCHING_LEXICONS:
        words |= lowered(name) | lexicon(name)
    words |= {_without_accents(word) for word in words if not word.isascii()}  # "client"
    return Vocabulary(frozenset(words), names, tuple(sorted(lexicon("place_endings"))))


@cache
def vouched(word: str) -> bool:
    """Whether the word identifies nobody, as far as the vocabulary tells."""
    known = vocabulary().words
    lower = word.lower()
    if lower in known or word in known:
        return True
    if lower.endswith(APOSTROPHE_PLURAL) and lower[:-2] in known:  # "collega's", "foto's"
        return True
    stem = lower.rstrip("s").removesuffix("nr")
    if lower.endswith(ABBREVIATED_ENDINGS) and len(stem) >= MIN_HEAD:
        return vouched(stem)
    if lower in vocabulary().names:
        return word[0].islower() and is_compound(lower)
    return word[0].islower() or is_compound(lower)


@cache
def is_compound(word: str) -> bool:
    """Whether the word is Dutch words run together and does not end like a place name."""
    if len(word) < MIN_COMPOUND or word.endswith(vocabulary().place_endings):
        return False
    known = vocabulary().words
    for cut in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        if word[:cut] not in known:
            continue
        rest = word[cut:]
        for link in LINKS:
            tail = rest[len(link):]
            if (rest.startswith(link) and len(tail) >= MIN_TAIL
                    and (tail in known or is_compound(tail))):
                return True
    return False


def _without_accents(word: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(char))


@cache
def kind_endings() -> tuple[str, ...]:
    """What a word that names an organization by its kind ends with.

    "Kindertraumacentrum", "Mytylschool", "Kempenlyceum": a kind of five letters or more.
    """
    kinds = lowered("organization_kinds") | lowered("organization_suffixes") | set(COMPOUND_KINDS)
    return tuple(sorted(kind for kind in kinds if len(kind) >= MIN_COMPOUND_KIND_LETTERS))
