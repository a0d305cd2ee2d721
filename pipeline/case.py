"""The case decision: which attachments may go to the assessors, which need consent first.

Reads the pupil and custody from the application form (or ``submission.json``), the
consents from the consent forms, and applies the protocol (``pipeline.protocol``) to every
attachment. Anything the pipeline cannot decide is handed to an operator with the reason,
never filled in with a default.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from pipeline.classify import DocType
from pipeline.dates import parse_date
from pipeline.intake import AttachmentResult
from pipeline.protocol import (
    Consenters,
    Guardian,
    Reason,
    Relation,
    required_consenters,
)

SCHOOL_TYPES_WITH_HEALTH = "school_health"  # the [covers] entry for school documents
# a consent form tells a consultation nothing about the case (§2.1: only what is needed)
NOT_FOR_CONSULTATION = frozenset({DocType.TOESTEMMINGSFORMULIER})


@cache
def _rules() -> dict[str, Any]:
    return tomllib.loads(files("pipeline").joinpath("rules", "consent.toml").read_text("utf-8"))


@dataclass(frozen=True)
class SubmissionInfo:
    """What an optional ``submission.json`` tells beside the files."""

    birth_date: date | None = None
    competent: bool = True
    guardians: tuple[Guardian, ...] = ()
    application_date: date | None = None
    consents: tuple[ConsentRecord, ...] = ()

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> SubmissionInfo:
        """Read the JSON form (see README, "submission.json")."""
        pupil = record.get("pupil", {})
        return cls(
            birth_date=parse_date(pupil["birth_date"]) if pupil.get("birth_date") else None,
            competent=bool(pupil.get("competent", True)),
            guardians=tuple(Guardian(g["name"], Relation(g["relation"]), bool(g["gezag"]))
                            for g in record.get("guardians", [])),
            application_date=(parse_date(record["application_date"])
                              if record.get("application_date") else None),
            consents=tuple(ConsentRecord(
                source="submission.json", signers=tuple(c["signers"]),
                covers=frozenset(c["covers"]), given_on=parse_date(c["date"]),
                specific=bool(c.get("specific", True)), general=False, missing=())
                for c in record.get("consents", [])),
        )


@dataclass(frozen=True)
class ConsentRecord:
    """One consent, as read from a form or listed in ``submission.json``."""

    source: str
    signers: tuple[str, ...]
    covers: frozenset[str]  # doc types, and "school_health" for health in school documents
    given_on: date | None
    specific: bool
    general: bool
    missing: tuple[str, ...]  # what a specific consent must name and this one does not


@dataclass(frozen=True)
class AttachmentDecision:
    """What may happen to one attachment now, and why."""

    attachment: str
    doc_type: str
    author_role: str
    to_assessors: bool
    consent: str  # "niet nodig", "geldig", "ontbreekt", "ongeldig"
    consenters_missing: tuple[str, ...]
    consultation_bundle: bool
    school_must_correct: bool
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class CaseDecision:
    """The decision on a whole submission."""

    needs_operator: bool
    operator_reasons: tuple[Reason, ...]
    birth_date: date | None
    guardians: tuple[Guardian, ...]
    consenters: Consenters | None
    consents: tuple[ConsentRecord, ...]
    application_date: date  # what ages and the timeliness of consents count to
    attachments: tuple[AttachmentDecision, ...] = field(default=())


def decide_case(results: Sequence[AttachmentResult], names: Sequence[str],
                info: SubmissionInfo | None = None) -> CaseDecision:
    """Apply the protocol to every attachment of a submission (``names`` label them)."""
    info = info or SubmissionInfo()
    forms = [r for r in results if r.classification.doc_type is DocType.AANVRAAGFORMULIER]
    operator: list[Reason] = []
    if not forms and info.birth_date is None:
        operator.append(Reason("NO_APPLICATION_FORM", "geen aanvraagformulier in de aanvraag",
                               "§2.1"))
    birth_dates = {d for r in forms for d in _birth_dates(r)}
    if info.birth_date is not None:
        birth_dates = {info.birth_date}
    if len(birth_dates) > 1:
        operator.append(Reason("CONTRADICTING_BIRTH_DATES", "tegenstrijdige geboortedata in het "
                               "aanvraagformulier", "§2.3"))
    birth_date = next(iter(birth_dates)) if len(birth_dates) == 1 else None
    guardians = info.guardians or tuple(g for r in forms for g in read_guardians(r))
    application_date = info.application_date or application_date_of(results) or date.today()
    consenters = None if operator else required_consenters(
        birth_date, application_date, guardians, info.competent)
    if consenters is not None and consenters.needs_operator:
        operator.extend(consenters.reasons)
    consents = (*info.consents, *(read_consent(r, n) for r, n in zip(results, names, strict=True)
                                  if r.classification.doc_type is DocType.TOESTEMMINGSFORMULIER))
    decisions = tuple(_decide_attachment(r, n, consenters, consents, application_date)
                      for r, n in zip(results, names, strict=True))
    return CaseDecision(bool(operator), tuple(operator), birth_date, guardians, consenters,
                        consents, application_date, decisions)


def _decide_attachment(result: AttachmentResult, name: str, consenters: Consenters | None,
                       consents: Sequence[ConsentRecord],
                       application_date: date) -> AttachmentDecision:
    flags = result.flags
    reasons = list(flags.reasons)
    missing: tuple[str, ...] = ()
    if not flags.requires_consent:
        consent = "niet nodig"
    elif consenters is None or consenters.needs_operator:
        consent = "ontbreekt"
        reasons.append(Reason("CONSENTERS_UNKNOWN", "wie toestemming moet geven is niet vast "
                              "te stellen", "§2.7"))
    else:
        consent, missing, why = _judge_consents(result, consenters, consents, application_date)
        reasons.extend(why)
    allowed = consent in ("niet nodig", "geldig")
    return AttachmentDecision(
        attachment=name, doc_type=result.classification.doc_type.value,
        author_role=result.classification.author_role.value,
        to_assessors=allowed and not flags.contains_bsn, consent=consent,
        consenters_missing=missing,
        consultation_bundle=allowed and result.classification.doc_type not in NOT_FOR_CONSULTATION,
        school_must_correct=flags.contains_bsn, reasons=tuple(reasons))


def _judge_consents(result: AttachmentResult, consenters: Consenters,
                    consents: Sequence[ConsentRecord], application_date: date,
                    ) -> tuple[str, tuple[str, ...], list[Reason]]:
    """Whether a consent covers the attachment and is valid (§2.7, §2.10)."""
    covering = [c for c in consents if _covers(c, result)]
    if not covering:
        return "ontbreekt", consenters.persons, [Reason(
            "CONSENT_MISSING", "geen toestemming voor deze bijlage", "§2.5, §2.10")]
    problems: list[Reason] = []
    for consent in covering:
        problems = _consent_problems(consent, consenters, application_date)
        if not problems:
            return "geldig", (), [Reason("CONSENT_VALID", f"toestemming: {consent.source}",
                                         "§2.10")]
    missing = tuple(p for p in consenters.persons
                    if not any(_signed_by(c, p) for c in covering))
    return "ongeldig", missing, problems


def _consent_problems(consent: ConsentRecord, consenters: Consenters,
                      application_date: date) -> list[Reason]:
    problems = []
    if consent.general or not consent.specific:
        detail = ", ".join(consent.missing) or "algemene toestemming"
        problems.append(Reason("CONSENT_TOO_GENERAL", f"toestemming niet specifiek ({detail})",
                               "§2.10"))
    max_age = _rules()["dates"]["max_age_days"]
    if consent.given_on is not None and (application_date - consent.given_on).days > max_age:
        problems.append(Reason("CONSENT_TOO_EARLY", "toestemming gegeven lang voordat de "
                               "gegevens nodig waren", "§2.10"))
    unsigned = [p for p in consenters.persons if not _signed_by(consent, p)]
    if unsigned:
        problems.append(Reason("CONSENT_SIGNERS_MISSING",
                               f"niet getekend door: {', '.join(unsigned)}", "§2.7"))
    return problems


def _signed_by(consent: ConsentRecord, person: str) -> bool:
    """Whether the person is among the signers, by full name or initial and surname.

    "M. Mulder" signs for Marieke Mulder, not for Bas Mulder who shares her surname.
    """
    if person == "de leerling":
        return "de leerling" in consent.signers
    first, *rest = person.split()
    short = f"{first[0]}. {' '.join(rest)}".lower()
    return any(signer.lower() in (person.lower(), short) for signer in consent.signers)


def _covers(consent: ConsentRecord, result: AttachmentResult) -> bool:
    doc_type = result.classification.doc_type.value
    return doc_type in consent.covers or (
        SCHOOL_TYPES_WITH_HEALTH in consent.covers and not result.flags.external_source)


def read_consent(result: AttachmentResult, name: str) -> ConsentRecord:
    """A consent form's signers, scope, date and specificity (§2.7, §2.10)."""
    rules = _rules()
    text = result.document.text.lower()
    missing = tuple(part for part, cues in rules["specific"].items()
                    if not any(cue in text for cue in cues))
    general = any(cue in text for cue in rules["general"]["cues"])
    covers = frozenset(kind for kind, cues in rules["covers"].items()
                       if any(cue in text for cue in cues))
    signers = tuple(dict.fromkeys(f.text for f in result.findings if f.entity_type == "PERSON"))
    if re.search(r"handtekening\s+(van\s+de\s+)?leerling|leerling\s*\(12", text):
        signers = (*signers, "de leerling")
    dates = [parse_date(f.text) for f in result.findings if f.entity_type == "DATE_TIME"]
    known = [d for d in dates if d is not None]
    return ConsentRecord(source=name, signers=signers, covers=covers,
                         given_on=max(known) if known else None,
                         specific=not missing and not general, general=general,
                         missing=missing)


GEZAG = re.compile(r"gezag\s*:?\s*(ja|nee)", re.IGNORECASE)
GEZAG_HOLDERS = re.compile(r"(?im)^\s*gezag\s*:\s*(.+)$")
RELATIONS = (("gezinsvoogd", Relation.GEZINSVOOGD), ("pleegouder", Relation.PLEEGOUDER),
             ("pleegmoeder", Relation.PLEEGOUDER), ("pleegvader", Relation.PLEEGOUDER),
             ("voogd", Relation.VOOGD))


# a table with a column per parent: "| Ouder 1 | Ouder 2", "ouder 1     ouder 2"
PARENT_COLUMNS = re.compile(r"(?i)ouder\s*(?:/\s*verzorger\s*)?1\b.*"
                            r"\bouder\s*(?:/\s*verzorger\s*)?2\b")
BOTH_HAVE_GEZAG = re.compile(r"(?i)gezag\s*:?\s*(bij\s+)?beide\s+ouders")
ROW_NAME = re.compile(r"(?i)^[\s|]*(?:naam|achternaam|name)\b")
ROW_GEZAG = re.compile(r"(?i)^[\s|]*gezag\b")
# a column's answer: the ticked box ("[X] ja  [ ] nee") or the word ("| ja |")
TICKED = re.compile(r"(?i)\[\s*x\s*\]\s*(ja|nee)\b")
ANSWER = re.compile(r"(?i)\b(ja|nee)\b")
TABLE_ROWS = 10  # how far below its header a parents table's rows are looked for


def read_guardians(result: AttachmentResult) -> list[Guardian]:
    """The parents, voogden and others named in an application form, with their gezag.

    A parents table with a column per parent gives them in its name row and its gezag row.
    Otherwise a person counts on a line naming a parent or guardian field; gezag is read from
    "gezag: ja/nee" on that line or the next two, or from "Gezag: beide ouders".
    """
    in_columns = _guardians_in_columns(result)
    return in_columns + [g for g in _guardians_by_line(result)
                         if all(g.name != other.name for other in in_columns)]


def _guardians_in_columns(result: AttachmentResult) -> list[Guardian]:
    text = result.document.text
    lines = text.split("\n")
    header = next((i for i, line in enumerate(lines) if PARENT_COLUMNS.search(line)), None)
    if header is None:
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    rows = range(header + 1, min(len(lines), header + 1 + TABLE_ROWS))
    names = next(([f for f in result.findings if f.entity_type == "PERSON"
                   and starts[i] <= f.start < starts[i + 1]]
                  for i in rows if ROW_NAME.match(lines[i])), [])
    gezag_row = next((lines[i] for i in rows if ROW_GEZAG.match(lines[i])), "")
    answers = TICKED.findall(gezag_row) or ANSWER.findall(gezag_row)
    both = BOTH_HAVE_GEZAG.search(text) is not None
    return [Guardian(person.text, Relation.OUDER,
                     both or (k < len(answers) and answers[k].lower() == "ja"))
            for k, person in enumerate(names[:2])]


def _guardians_by_line(result: AttachmentResult) -> list[Guardian]:
    text = result.document.text
    lines = text.split("\n")
    both = BOTH_HAVE_GEZAG.search(text) is not None
    holders = GEZAG_HOLDERS.search(text)  # "Gezag: Samira" names who has it
    guardians: list[Guardian] = []
    offset = 0
    for index, line in enumerate(lines):
        lowered = line.lower()
        people = [f for f in result.findings if f.entity_type == "PERSON"
                  and offset <= f.start < offset + len(line)]
        offset += len(line) + 1
        if not people or not re.search(r"ouder|verzorger|voogd|moeder|vader", lowered):
            continue
        relation = next((r for word, r in RELATIONS if word in lowered), Relation.OUDER)
        window = " ".join(lines[index:index + 3])
        gezag = GEZAG.search(window)
        named_holder = holders is not None and not both and any(
            p.text.split()[0] in holders.group(1) for p in people[:1])
        has_gezag = both or named_holder or relation is Relation.VOOGD or (
            gezag is not None and gezag.group(1).lower() == "ja")
        guardians.extend(Guardian(p.text, relation, has_gezag) for p in people[:1])
    return guardians


def _birth_dates(result: AttachmentResult) -> set[date]:
    found = (parse_date(f.text) for f in result.findings if f.entity_type == "DATE_OF_BIRTH")
    return {d for d in found if d is not None}


def application_date_of(results: Sequence[AttachmentResult]) -> date | None:
    """The application's date: the first full date in the application form."""
    for result in results:
        if result.classification.doc_type is not DocType.AANVRAAGFORMULIER:
            continue
        for finding in result.findings:
            if finding.entity_type == "DATE_TIME" and (day := parse_date(finding.text)):
                return day
    return None
