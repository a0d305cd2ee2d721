"""Rebuild recognizers/lexicons/dutch_words.txt from OpenTaal's Dutch word list.

The anonymized copies mask capitalised words that no vocabulary knows (``pipeline/
unverified.py``); this list is that vocabulary's core. Debian's package ``wdutch`` ships
OpenTaal's word list (BSD or CC BY 3.0, at the user's choice). We keep its words written in
lower case and its acronyms in capitals (ADHD, HAVO), each of letters only; its capitalised
words are proper names (Amsterdam, Jansen) and are left out, so they never vouch for a word.

``apt-get install wdutch && python scripts/build_dutch_words.py [/usr/share/dict/dutch]``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SOURCE = Path("/usr/share/dict/dutch")
TARGET = Path(__file__).resolve().parent.parent / "recognizers" / "lexicons" / "dutch_words.txt"
LETTERS_ONLY = re.compile(r"[^\W\d_]+")
HEADER = ("# Dutch words in lower case and acronyms (OpenTaal word list from Debian's wdutch "
          "2.20.19, BSD or CC BY 3.0): scripts/build_dutch_words.py\n")


def vocabulary(lines: list[str]) -> list[str]:
    """The word list's lower-case words and acronyms of letters only, sorted."""
    return sorted({word for word in lines if LETTERS_ONLY.fullmatch(word)
                   and (word[0].islower() or (word.isupper() and len(word) > 1))})


def main(source: Path = SOURCE) -> None:
    """Write the vocabulary of the word list at ``source``."""
    words = vocabulary(source.read_text(encoding="utf-8").splitlines())
    TARGET.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {TARGET}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE)
