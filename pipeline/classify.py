"""What an attachment is and who wrote it, decided from evidence in its text.

The cues are data (``pipeline/rules/classification.toml``); the decision keeps the cues
that made it, so that an operator can see why.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import Any

from pipeline.document import Document


class DocType(StrEnum):
    """The kinds of attachment (DOMAIN.md, "Typical attachments")."""

    AANVRAAGFORMULIER = "aanvraagformulier"
    GROEIDOCUMENT = "groeidocument"
    OPP = "opp"
    HANDELINGSPLAN = "handelingsplan"
    MDO_VERSLAG = "mdo_verslag"
    PSYCHOLOGISCH_VERSLAG = "psychologisch_verslag"
    MEDISCHE_BRIEF = "medische_brief"
    JEUGDHULP_VERSLAG = "jeugdhulp_verslag"
    TOESTEMMINGSFORMULIER = "toestemmingsformulier"
    CORRESPONDENTIE = "correspondentie"
    OTHER = "other"


class AuthorRole(StrEnum):
    """Who wrote an attachment."""

    SCHOOL = "school"
    GEDRAGSDESKUNDIGE = "gedragsdeskundige"
    MEDICUS = "medicus"
    JEUGDHULP = "jeugdhulp"
    OUDER = "ouder"
    SWV = "swv"


@dataclass(frozen=True)
class Classification:
    """An attachment's type and author role, with the cues that decided them."""

    doc_type: DocType
    author_role: AuthorRole
    evidence: tuple[str, ...]


MAIL_HEADER = re.compile(r"(?im)^(van|from|aan|to|onderwerp|subject|verzonden|sent|date)\s*:")
MAIL_HEADER_LINES = 3  # an e-mail starts with at least this many header lines
SENDER = re.compile(r"(?i)^(van|from)\s*:")


@cache
def _rules() -> dict[str, Any]:
    text = files("pipeline").joinpath("rules", "classification.toml").read_text("utf-8")
    return tomllib.loads(text)


def classify(document: Document) -> Classification:
    """The type and author role of a document, with evidence."""
    rules = _rules()
    lines = [line for line in document.text.lower().split("\n") if line.strip()]
    doc_type, evidence = _doc_type(lines, rules)
    role, role_evidence = _author_role(doc_type, lines, rules["author_roles"])
    return Classification(doc_type, role, (*evidence, *role_evidence))


def _doc_type(lines: list[str], rules: dict[str, Any]) -> tuple[DocType, list[str]]:
    header_lines = lines[: rules["header_lines"]]
    if len([line for line in header_lines if MAIL_HEADER.match(line)]) >= MAIL_HEADER_LINES:
        return DocType.CORRESPONDENTIE, ["e-mail headers at the top"]
    title = "\n".join(lines[: rules["title_lines"]])
    header = "\n".join(header_lines)
    body = "\n".join(lines[rules["header_lines"]:])
    best, best_score, best_evidence = DocType.OTHER, 0, []
    for name, cues in rules["doc_types"].items():
        in_header = _outermost(header, cues["header"])
        in_title = [cue for cue in in_header if _has(title, cue)
                    or any(_opens(line, cue) for line in header_lines)]
        in_body = _outermost(body, cues["body"])
        in_first_line = [cue for cue in in_header if lines and _has(lines[0], cue)]
        opening = [cue for cue in in_first_line if _opens(lines[0], cue)]
        # under a letterhead, a title that opens the second line weighs as a first line
        opening_second = [cue for cue in in_header if len(lines) > 1
                          and _opens(lines[1], cue) and cue not in opening]
        score = (rules["header_weight"] * len(in_header) + rules["title_bonus"] * len(in_title)
                 + rules["first_line_bonus"] * (len(in_first_line) + len(opening_second))
                 + rules["opening_bonus"] * (len(opening) + len(opening_second))
                 + rules["body_weight"] * len(in_body))
        if score > best_score and score >= rules["min_score"]:
            best, best_score = DocType(name), score
            best_evidence = ([f"title: '{cue}'" for cue in in_title]
                             + [f"letterhead: '{cue}'" for cue in in_header if cue not in in_title]
                             + [f"text: '{cue}'" for cue in in_body])
    return best, best_evidence


def _author_role(doc_type: DocType, lines: list[str],
                 rules: dict[str, Any]) -> tuple[AuthorRole, list[str]]:
    fallback = rules["open_types"].get(doc_type.value)
    if fallback is None:
        role = rules["by_doc_type"][doc_type.value]
        return AuthorRole(role), [f"author: a {doc_type.value} is written by the {role}"]
    sender = next((line for line in lines if SENDER.match(line)), "")
    if any(domain in sender for domain in rules["private_mail_domains"]):
        return AuthorRole.OUDER, ["author: sent from a private mail address"]
    # the sender of an e-mail decides where it names a role; else letterhead and signature
    found = _role_cues(sender, rules)
    if doc_type.value in rules["letterhead_types"]:
        found = _role_cues(lines[0] if lines else "", rules)
    elif not any(found.values()):
        found = _role_cues("\n".join(lines[:3] + lines[-rules["signature_lines"]:]), rules)
    if doc_type is DocType.TOESTEMMINGSFORMULIER:  # the title says whether the school wrote it
        header = "\n".join(lines[: rules["note_lines"]])
        found = {"school": [cue for cue in rules["school_note"] if cue in header]}
    role, cues = max(found.items(), key=lambda item: len(item[1]))
    if not cues:
        return AuthorRole(fallback), [f"author: no role named; a {doc_type.value} is "
                                      f"taken to come from the {fallback}"]
    return AuthorRole(role), [f"author: '{cue}'" for cue in cues]


def _outermost(text: str, cues: list[str]) -> list[str]:
    """The cues that stand somewhere in the text outside a longer cue found there.

    "Aanvraag toelaatbaarheidsverklaring" counts once, not again for the
    "toelaatbaarheidsverklaring" in it.
    """
    spans = {cue: [(m.start(), m.end()) for m in _cue(cue).finditer(text)] for cue in cues}
    longer = [span for cue in cues for span in spans[cue]]
    return [cue for cue in cues
            if any(not any(s <= start and end <= e and (s, e) != (start, end) for s, e in longer)
                   for start, end in spans[cue])]


def _role_cues(text: str, rules: dict[str, Any]) -> dict[str, list[str]]:
    return {role: [cue for cue in cues if cue in text] for role, cues in rules["cues"].items()}


def _has(text: str, cue: str) -> bool:
    """The cue at the start of a word ("toestemming" in "toestemmingsformulier")."""
    return _cue(cue).search(text) is not None


def _opens(line: str, cue: str) -> bool:
    """Whether the line starts with the cue, past table bars and dashes."""
    return line.lstrip(" |-").startswith(cue)


@cache
def _cue(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(cue)}")
