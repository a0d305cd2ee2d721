"""Lexicons: word lists kept as data files in ``recognizers/lexicons/``.

See ``lexicons/README.md`` for where each list comes from and its licence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``lexicons/<name>.txt`` (blank lines and ``#`` comments skipped)."""
    text = files("recognizers").joinpath("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        entry for line in text.splitlines() if (entry := line.split("#", 1)[0].strip())
    )


@cache
def lowered(name: str) -> frozenset[str]:
    """A lexicon's entries in lower case, for case-blind look-ups."""
    return frozenset(entry.lower() for entry in lexicon(name))


def alternation(entries: Iterable[str]) -> str:
    """A regex alternation of literal entries, longest first so that it prefers them."""
    return "|".join(re.escape(entry) for entry in sorted(entries, key=len, reverse=True))
