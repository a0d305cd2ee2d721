"""Rebuild recognizers/lexicons/languages.txt from the Unicode CLDR data in Babel.

Reports name the language a family speaks or a mail was written in ("in het Tigrinya", "in
Ukrainian"), and a language's name identifies nobody. Babel (BSD-3-Clause) ships the CLDR
(Unicode License v3) names of the languages in Dutch and in English; we keep those of one
word of letters ("Oekraïens", "Ukrainian", "Pasjtoe"), also without their accents.

Babel is needed only here, so it is no dependency of the project:
``pip install babel==2.17.0 && python scripts/build_languages.py``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from babel import Locale

TARGET = Path(__file__).resolve().parent.parent / "recognizers" / "lexicons"
ONE_WORD = re.compile(r"[A-Z][a-zà-öø-ÿ]+")
HEADER = ("# Languages' names in Dutch and English (Unicode CLDR via Babel 2.17.0, "
          "Unicode License v3): scripts/build_languages.py\n")


def language_names() -> set[str]:
    """The one-word names of the languages in Dutch and English."""
    names: set[str] = set()
    for locale in ("nl", "en"):
        names.update(name for name in Locale(locale).languages.values()
                     if ONE_WORD.fullmatch(name))
    return names | {without_accents(name) for name in names}


def without_accents(name: str) -> str:
    """The name as often typed, without its accents: "Oekraiens" for "Oekraïens"."""
    return "".join(char for char in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(char))


def main() -> None:
    """Write the list."""
    names = sorted(language_names())
    (TARGET / "languages.txt").write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"languages.txt: {len(names)} entries")


if __name__ == "__main__":
    main()
