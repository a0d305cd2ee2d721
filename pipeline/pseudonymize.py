"""Role-aware pseudonyms, the same across all documents of a submission.

The pupil is always "[leerling]", the parents "[ouder 1]" and "[ouder 2]" (or "[voogd]"),
other people "[persoon 3]"; the school "[school]", the pupil's town "[woonplaats]". A birth
date becomes an age in years, another date its month and year; numbers, addresses and
contact details are removed. Health terms stay: the consultation needs them (§2.1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from pipeline.anonymize import DEFAULT_PLACEHOLDER, PLACEHOLDERS
from pipeline.case import CaseDecision, application_date_of
from pipeline.classify import DocType
from pipeline.dates import parse_date
from pipeline.document import Finding, line_of
from pipeline.intake import AttachmentResult
from pipeline.protocol import Relation, age_on
from pipeline.unverified import UNVERIFIED

# removed without a pseudonym: the same placeholders as the plain anonymized text
REMOVED = {kind: PLACEHOLDERS[kind] for kind in ("NL_BSN", "PHONE_NUMBER", "EMAIL_ADDRESS",
                                                 "IBAN_CODE", "NL_ID", UNVERIFIED)}
MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")
# "Leerling / pupil:", or a "Naam" field under the heading "A. LEERLING"
PUPIL_LABEL = re.compile(r"(?im)^[ \t|]*(?:naam\s+)?(?:leerling|kind|jeugdige)"
                         r"(?:[ \t]*/[ \t]*(?:pupil|child))?[ \t]*[:|.]"
                         r"|^[ \t]*(?:\w{1,2}[.)][ \t]*)?(?:gegevens[ \t]+(?:van[ \t]+de[ \t]+)?)?"
                         r"(?:leerling|kind|jeugdige)[ \t]*\n(?:[ \t=_+|-]*\n)?"
                         r"[ \t|]*naam[ \t]*[:|.]")
# "Basisschool De Wieken", "OBS 't Ven"; not "Sociaal Team" (no "so" in a longer word)
SCHOOL_WORDS = re.compile(r"(?i)school|\b(?:obs|cbs|rkbs|ikc|kindcentrum|sbo|so|vso|jenaplan)\b")
PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]")
ADDRESS = re.compile(r"\d")  # a street with its number or a postcode, not a town
SHARED_NAME = "[naam]"  # a first name or surname of more than one person
RELATION_LABELS = {Relation.VOOGD: "[voogd]", Relation.GEZINSVOOGD: "[gezinsvoogd]",
                   Relation.PLEEGOUDER: "[pleegouder]"}


@dataclass
class Pseudonyms:
    """The pseudonym of every person, organization and place met so far."""

    people: dict[str, str] = field(default_factory=dict)  # name or name part -> pseudonym
    person_labels: set[str] = field(default_factory=set)  # every person's, ever given
    organizations: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)

    def mapping(self) -> dict[str, str]:
        """Everything replaced, with its pseudonym: restricted storage only."""
        return {**self.people, **self.organizations, **self.places}


def pseudonymize(results: Sequence[AttachmentResult],
                 decision: CaseDecision | None) -> tuple[list[str], Pseudonyms]:
    """The pseudonymized text of each attachment, and the pseudonyms used."""
    pseudonyms = Pseudonyms()
    _seed_form(pseudonyms, results)
    _seed_people(pseudonyms, results, decision)
    reference = (decision.application_date if decision
                 else application_date_of(results) or date.today())
    texts = [_replace(result, pseudonyms, reference) for result in results]
    return texts, pseudonyms


def _seed_form(pseudonyms: Pseudonyms, results: Sequence[AttachmentResult]) -> None:
    """The application form names the pupil's town and school in their fields."""
    for result in results:
        if result.classification.doc_type is not DocType.AANVRAAGFORMULIER:
            continue
        text = result.document.text
        for finding in result.findings:
            line = line_of(text, finding.start).lower()
            if finding.entity_type == "LOCATION" and not ADDRESS.search(finding.text) and (
                    "woonplaats" in line or "postcode" in line):
                pseudonyms.places.setdefault(" ".join(finding.text.split()), "[woonplaats]")
            if finding.entity_type == "ORGANIZATION" and "school" in line:
                pseudonyms.organizations.setdefault(" ".join(finding.text.split()), "[school]")


def _seed_people(pseudonyms: Pseudonyms, results: Sequence[AttachmentResult],
                 decision: CaseDecision | None) -> None:
    pupil = _pupil_name(results)
    if pupil:
        _add_person(pseudonyms, pupil, "[leerling]")
    parents = 0
    for guardian in decision.guardians if decision else ():
        label = RELATION_LABELS.get(guardian.relation)
        if label is None:
            parents += 1
            label = f"[ouder {parents}]"
        _add_person(pseudonyms, guardian.name, label)


def _pupil_name(results: Sequence[AttachmentResult]) -> str | None:
    forms = sorted(results,
                   key=lambda r: r.classification.doc_type is not DocType.AANVRAAGFORMULIER)
    for result in forms:
        for label in PUPIL_LABEL.finditer(result.document.text):
            line_end = result.document.text.find("\n", label.end())
            line_end = len(result.document.text) if line_end < 0 else line_end
            for finding in result.findings:
                if finding.entity_type == "PERSON" and label.end() <= finding.start < line_end:
                    return finding.text
    return None


def _add_person(pseudonyms: Pseudonyms, name: str, label: str) -> None:
    """The name and its parts (first name, surname) all stand for the same person.

    A part that two people share (the family name of a pupil and a parent) names neither
    of them on its own: "mevrouw Kovalenko" becomes "mevrouw [naam]".
    """
    pseudonyms.people.setdefault(name, label)
    pseudonyms.person_labels.add(label)
    words = name.split()
    first_name = words[:1] if len(words) > 1 and not words[0].endswith(".") else []
    for part in [*first_name, *words[-1:]] if len(words) > 1 else []:  # "J.W.M. Mulder" too
        if pseudonyms.people.setdefault(part, label) != label:
            pseudonyms.people[part] = SHARED_NAME


def _person(pseudonyms: Pseudonyms, text: str) -> str:
    name = " ".join(text.split())
    label = pseudonyms.people.get(name) or _known_person(pseudonyms.people, name.split())
    if label is None:
        # counted from the labels given, not those left: a name part two people share no
        # longer holds its first owner's label, and the next person must not get it again
        label = f"[persoon {len(pseudonyms.person_labels) + 1}]"
        _add_person(pseudonyms, name, label)
    pseudonyms.people.setdefault(name, label)
    return label


def _known_person(people: dict[str, str], words: list[str]) -> str | None:
    """The pseudonym of someone met before whom these words name, if any.

    A surname alone or after initials ("Kovalenko", "I. Kovalenko") is the person met with
    it, unless several share it or the initial is not theirs; a full name is that person only
    if the first name agrees: "Iryna Kovalenko" is not her son "Oleksandr Kovalenko".
    """
    first, last = words[0], words[-1]
    if len(words) == 1:
        return people.get(last)
    if first.endswith("."):  # "J.W.M. Mulder" is not Emma Mulder met before
        label = people.get(last)
        full_names = [name for name, other in people.items()
                      if other == label and " " in name and name.split()[-1] == last]
        agrees = any(name[0].upper() == first[0].upper() for name in full_names)
        return label if agrees or not full_names else None
    if first in people and people.get(last, people[first]) in (people[first], SHARED_NAME):
        return people[first]
    return None


def _organization(pseudonyms: Pseudonyms, text: str) -> str:
    name = " ".join(text.split())
    if name not in pseudonyms.organizations:
        is_school = SCHOOL_WORDS.search(name) is not None
        kind = "school" if is_school else "organisatie"
        count = len({v for v in pseudonyms.organizations.values() if v.startswith(f"[{kind}")})
        pseudonyms.organizations[name] = f"[{kind}]" if count == 0 else f"[{kind} {count + 1}]"
    return pseudonyms.organizations[name]


def _place(pseudonyms: Pseudonyms, text: str) -> str:
    if ADDRESS.search(text):
        return "[adres]"
    name = " ".join(text.split())
    if name not in pseudonyms.places:
        pseudonyms.places[name] = f"[plaats {len(pseudonyms.places) + 1}]"
    return pseudonyms.places[name]


def _replacement(finding: Finding, pseudonyms: Pseudonyms, reference: date) -> str:
    kind = finding.entity_type
    if kind in REMOVED:
        return REMOVED[kind]
    if kind == "PERSON":
        return _person(pseudonyms, finding.text)
    if kind == "ORGANIZATION":
        return _organization(pseudonyms, finding.text)
    if kind == "LOCATION":
        return _place(pseudonyms, finding.text)
    day = parse_date(finding.text)
    if kind == "DATE_OF_BIRTH":
        return f"[{age_on(day, reference)} jaar]" if day else "[geboortedatum]"
    if kind == "DATE_TIME" and day:
        return f"{MONTH_NAMES[day.month - 1]} {day.year}"
    return PLACEHOLDERS["DATE_TIME"] if kind == "DATE_TIME" else DEFAULT_PLACEHOLDER


def _replace(result: AttachmentResult, pseudonyms: Pseudonyms, reference: date) -> str:
    text = result.document.text
    parts: list[str] = []
    replaced: dict[str, str] = {}
    cursor = 0
    for finding in sorted(result.findings, key=lambda f: f.start):
        if finding.entity_type == "HEALTH":
            continue
        if finding.start < cursor:  # overlaps the one replaced: its placeholder covers both
            cursor = max(cursor, finding.end)
            replaced.setdefault(finding.text, _replacement(finding, pseudonyms, reference))
            continue
        parts.append(text[cursor:finding.start])
        replacement = _replacement(finding, pseudonyms, reference)
        parts.append(replacement)
        replaced.setdefault(finding.text, replacement)
        cursor = finding.end
    parts.append(text[cursor:])
    return _replace_repeats("".join(parts), replaced)


def _replace_repeats(output: str, replaced: dict[str, str]) -> str:
    """Replace every other occurrence of a replaced text too, outside the placeholders.

    A safety net: an identifier the recognizers found once is gone wherever it stands, even
    where they missed it.
    """
    segments = PLACEHOLDER.split(output)
    placeholders = PLACEHOLDER.findall(output)
    for original, replacement in sorted(replaced.items(), key=lambda item: -len(item[0])):
        pattern = re.compile(rf"(?<!\w){re.escape(original)}(?!\w)")
        segments = [pattern.sub(replacement, segment) for segment in segments]
    merged = [part for pair in zip(segments, [*placeholders, ""], strict=True) for part in pair]
    return "".join(merged)

