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
- a number of five digits or more, a code of letters and at least three digits, or initials
  that no recognizer placed ("LB-4471", "118.204", "H.F.");
- a capitalised word inside a sentence, even a Dutch one: Dutch capitalises no nouns there,
  so "op De Leerlooierij", "bij Spraakwater" name something (but not the words of
  ``known_words`` and the like, such as "Teams", nor those of a heading whose every longer
  word is capitalised).

Text a finding covers is left to that finding, so detected health terms always stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from pipeline.document import Document, Finding, coverage
from recognizers.base import start_of_line
from recognizers.lexicon import lowered
from recognizers.vocabulary import vouched

UNVERIFIED = "UNVERIFIED"
SCORE = 0.3
RECOGNIZER = "unverified_words"
# letters and digits, possibly joined by - / . ("LB-4471", "118.204", "Rotterdam-Zuid")
TOKEN = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*")
WORD = re.compile(r"[^\W\d_]{2,}")
THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "118.204", a number written in groups
DIGIT_RUN = re.compile(r"\d+")
INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")  # "H.F." before or for a name
MIN_NUMBER_DIGITS, MIN_GROUPED_DIGITS, MIN_CODE_DIGITS, MIN_CODE = 5, 6, 3, 5
MAX_TOKENS_KEPT = 200_000
# a capitalised word behind a word or a comma on its line: not a sentence's first word (looked
# back at from a capital only, which is fast)
CAPITALISED_IN_SENTENCE = re.compile(r"(?=[A-Z])(?<=[^\W\d_,;] |[,;] )"
                                     r"[A-Z][a-zß-öø-ÿ]{2,}(?![\w-])")
HEADING_WORD = re.compile(r"[^\W\d_]{4,}")
# capitalised words that identify nobody, wherever they stand
CAPITALISED_ANYWHERE = ("known_words", "not_names", "countries", "titles", "titles.extra",
                        "titles.informal", "roles", "health")


def with_unverified_words(document: Document,
                          findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings and the words nobody vouched for, in reading order."""
    return tuple(sorted((*findings, *unverified_words(document, findings)),
                        key=lambda f: (f.start, f.end)))


def unverified_words(document: Document, findings: Sequence[Finding]) -> list[Finding]:
    """The words outside every finding that no vocabulary vouches for."""
    text = document.text
    covered = coverage(text, findings)
    return [Finding(UNVERIFIED, start, end, text[start:end], SCORE, document.page_at(start),
                    RECOGNIZER)
            for start, end in sorted(set(_suspects(text))) if not any(covered[start:end])]


def _suspects(text: str) -> Iterator[tuple[int, int]]:
    """The spans of every number, code and initials, and of every word nobody vouched for."""
    for token in TOKEN.finditer(text):
        for start, end in _suspects_in(token.group()):
            yield token.start() + start, token.start() + end
    yield from _capitalised_in_sentences(text)


def _capitalised_in_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The capitalised words inside sentences, outside headings, that identify somebody."""
    anywhere = _capitalised_anywhere()
    for match in CAPITALISED_IN_SENTENCE.finditer(text):
        if match.group().lower() in anywhere:
            continue
        line_start = start_of_line(text, match.start())
        line_end = text.find("\n", match.end())
        if not _is_heading(text[line_start:line_end if line_end >= 0 else len(text)]):
            yield match.span()


@cache
def _capitalised_anywhere() -> frozenset[str]:
    return frozenset().union(*(lowered(name) for name in CAPITALISED_ANYWHERE))


def _is_heading(line: str) -> bool:
    """Whether every longer word of the line is capitalised: "Verslag Multidisciplinair Overleg"."""
    return all(word[0].isupper() for word in HEADING_WORD.findall(line))


@lru_cache(maxsize=MAX_TOKENS_KEPT)  # a text repeats its tokens
def _suspects_in(token: str) -> tuple[tuple[int, int], ...]:
    """The spans in one token: all of it if a code or initials, else its unvouched words."""
    if is_code(token) or INITIALS.fullmatch(token):
        return ((0, len(token)),)
    return tuple(word.span() for word in WORD.finditer(token) if not vouched(word.group()))


def is_code(token: str) -> bool:
    """Whether the token holds five digits in a row, groups of three, or letters and digits."""
    runs = DIGIT_RUN.findall(token)
    if not runs:
        return False
    digits = sum(len(run) for run in runs)
    letters = sum(char.isalpha() for char in token)
    if letters:
        return digits >= MIN_CODE_DIGITS and letters + digits >= MIN_CODE
    return (max(len(run) for run in runs) >= MIN_NUMBER_DIGITS
            or (THOUSANDS.fullmatch(token) is not None and digits >= MIN_GROUPED_DIGITS))
