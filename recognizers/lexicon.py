"""Lexicons: word lists kept as data files in ``recognizers/lexicons/``.

See ``lexicons/README.md`` for where each list comes from and its licence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

MAX_ABBREVIATION = 3  # letters of an abbreviation that opens a compound: "IB-er", "GZ-"
# where a word starts, looked back at from its first letter (``alternation``'s ``after_first``,
# or after a regex's first letter): after no word nor hyphen, or after no apostrophe either
# ("O'Brien", "'t Zand")
WORD_START = r"(?<![\w-].)"
WORD_START_NO_APOSTROPHE = r"(?<![\w'’-].)"


# lexicons that a list of our own completes: deduce's Dutch first names lack those of the
# largest migrant communities in Dutch schools (Ukrainian, Polish, Syrian, Eritrean, ...)
SUPPLEMENTS = {"first_names": "first_names.world", "towns": "towns.extra"}


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``lexicons/<name>.txt`` (blank lines and ``#`` comments skipped).

    With those of its supplement (``SUPPLEMENTS``), if it has one.
    """
    text = files("recognizers").joinpath("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    entries = frozenset(
        entry for line in text.splitlines() if (entry := line.split("#", 1)[0].strip())
    )
    return entries | lexicon(SUPPLEMENTS[name]) if name in SUPPLEMENTS else entries


@cache
def lowered(name: str) -> frozenset[str]:
    """A lexicon's entries in lower case, for case-blind look-ups."""
    return frozenset(entry.lower() for entry in lexicon(name))


@cache
def joined(*names: str) -> frozenset[str]:
    """The entries of several lexicons together, joined once.

    A union of the big name lists costs milliseconds, too much to repeat for every submission.
    """
    return frozenset().union(*map(lexicon, names))


@cache
def capitalised_too(name: str) -> frozenset[str]:
    """A lower-case lexicon's entries as written, capitalised, and abbreviated in capitals.

    "ib-er", "Ib-er" as a sentence opens it, and "IB-er", "GZ-psycholoog". Matched
    case-sensitively, they cost the regex engine half what a case-blind match does.
    """
    entries = lexicon(name)
    abbreviated = {f"{head.upper()}-{tail}" for entry in entries if "-" in entry
                   for head, _, tail in [entry.partition("-")] if len(head) <= MAX_ABBREVIATION}
    return entries | abbreviated | {entry[:1].upper() + entry[1:] for entry in entries}


def alternation(entries: Iterable[str], after_first: str = "", case_blind: bool = False
                ) -> str:
    """A regex that matches any of the literal entries, preferring the longest.

    It is written as a trie ("basis(?:school)?" rather than "basisschool|basis"), so that at
    a position where no entry starts, the regex engine tests one character instead of
    trying every entry in turn. ``after_first``, a look-behind, follows each entry's first
    letter: a regex that opens with the trie's letters is searched for them alone, several
    times faster than one that opens with a look-behind, which is tried at every
    position. Python's ``re`` skips ahead on cased letters only when they must match as
    written: ``case_blind`` matches the entries in any case with their first letter written
    out both ways ("H(?i:andtekening)|h(?i:andtekening)"), which it can skip ahead to.
    """
    trie: Trie = {}
    for entry in sorted(entries):  # the same regex in every run, whatever the set's order
        node = trie
        for char in entry.lower() if case_blind else entry:
            node = node.setdefault(char, {})
        node[END] = {}
    if case_blind:
        return _case_blind_trie_regex(trie, after_first)
    return _trie_regex(trie, after_first)


Trie = dict[str, "Trie"]
END = ""  # the key marking that an entry ends at a node


def _trie_regex(node: Trie, after_first: str = "") -> str:
    branches = [(char if char.isalnum() else re.escape(char)) + after_first + _trie_regex(child)
                for char, child in node.items() if char != END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if END not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else f"{body}?"


def _case_blind_trie_regex(root: Trie, after_first: str) -> str:
    """The trie's first letters in both cases, the rest of each entry in any case."""
    branches = []
    for char, child in root.items():
        rest = _trie_regex(child)
        first_letters = {char, char.upper()} if len(char.upper()) == 1 else {char}
        branches += [(letter if letter.isalnum() else re.escape(letter)) + after_first
                     + (f"(?i:{rest})" if rest else "") for letter in sorted(first_letters)]
    return f"(?:{'|'.join(branches)})"
