"""The rules of the SWV's privacy protocol that the pipeline enforces, in one place.

Each rule cites its section of the protocol (``../shared/privacyprotocol-swv-po3008.txt``,
summarized in ``../shared/DOMAIN.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pipeline.classify import AuthorRole, Classification, DocType
from pipeline.document import Finding

# §2.2 "Informatie die u altijd mee mag sturen": the school informs the parents, no consent.
ALWAYS_ALLOWED_TYPES = frozenset({DocType.GROEIDOCUMENT, DocType.OPP})
# The application is the school's competence (§2.1) and a consent form is the consent itself.
OWN_TYPES = frozenset({DocType.AANVRAAGFORMULIER, DocType.TOESTEMMINGSFORMULIER})
# §2.10 "Overige bronnen": gedragsdeskundigen, medici, jeugdhulpverleners and their reports.
EXTERNAL_ROLES = frozenset({AuthorRole.GEDRAGSDESKUNDIGE, AuthorRole.MEDICUS,
                            AuthorRole.JEUGDHULP})
ADULT_AGE = 16  # §2.3: from 16 the pupil decides
CO_DECIDING_AGE = 12  # §2.3: from 12 the pupil decides with the parents with gezag


@dataclass(frozen=True)
class Reason:
    """Why a rule applies: a code for machines, a sentence for people, and its section."""

    code: str
    text: str
    section: str

    def as_dict(self) -> dict[str, str]:
        """The reason as JSON-ready data."""
        return {"code": self.code, "text": self.text, "section": self.section}


BSN_PRESENT = Reason("BSN_PRESENT", "bevat een BSN; de school mag het BSN niet gebruiken voor "
                     "een aanvraag en moet het bestand corrigeren", "§2.2")
HEALTH_DATA = Reason("HEALTH_DATA", "bevat gezondheidsgegevens (bijzonder persoonsgegeven)",
                     "§2.5")
EXTERNAL_SOURCE = Reason("EXTERNAL_SOURCE", "afkomstig van een externe bron (gedragsdeskundige, "
                         "medicus of jeugdhulp)", "§2.10")
ALWAYS_ALLOWED = Reason("ALWAYS_ALLOWED", "groeidocument of OPP: mag altijd mee, ouders worden "
                        "geïnformeerd", "§2.2")


@dataclass(frozen=True)
class AttachmentFlags:
    """What the protocol says of one attachment, with the reasons."""

    contains_bsn: bool
    contains_health: bool
    external_source: bool
    requires_consent: bool
    always_allowed: bool
    reasons: tuple[Reason, ...]

    def as_dict(self) -> dict[str, bool]:
        """The yes/no flags as JSON-ready data."""
        return {"contains_bsn": self.contains_bsn, "contains_health": self.contains_health,
                "external_source": self.external_source,
                "requires_consent": self.requires_consent, "always_allowed": self.always_allowed}


def attachment_flags(classification: Classification,
                     findings: Iterable[Finding]) -> AttachmentFlags:
    """Flag one attachment, and so decide whether it needs consent or may always go.

    BSN (§2.2), health data (§2.5), external source (§2.10), groeidocument or OPP (§2.2).
    """
    types = {finding.entity_type for finding in findings}
    contains_bsn = "NL_BSN" in types
    contains_health = "HEALTH" in types
    external = classification.author_role in EXTERNAL_ROLES
    exempt = classification.doc_type in ALWAYS_ALLOWED_TYPES | OWN_TYPES
    consent_reasons = ([EXTERNAL_SOURCE] if external else []) + (
        [HEALTH_DATA] if contains_health and not exempt else [])
    always_allowed = classification.doc_type in ALWAYS_ALLOWED_TYPES and not consent_reasons
    reasons = ([BSN_PRESENT] if contains_bsn else []) + consent_reasons + (
        [ALWAYS_ALLOWED] if always_allowed else [])
    return AttachmentFlags(contains_bsn, contains_health, external, bool(consent_reasons),
                           always_allowed, tuple(reasons))


class Relation(StrEnum):
    """How an adult stands to the pupil (§2.8)."""

    OUDER = "ouder"
    VOOGD = "voogd"
    GEZINSVOOGD = "gezinsvoogd"
    PLEEGOUDER = "pleegouder"


@dataclass(frozen=True)
class Guardian:
    """An adult around the pupil, and whether they have gezag."""

    name: str
    relation: Relation
    has_gezag: bool

    @property
    def holds_authority(self) -> bool:
        """Whether this adult decides for the pupil (§2.8).

        A voogd has gezag; a gezinsvoogd (OTS) has not, the parents keep it; a pleegouder
        has it only as voogd.
        """
        if self.relation is Relation.VOOGD:
            return True
        if self.relation is Relation.GEZINSVOOGD:
            return False
        return self.has_gezag


@dataclass(frozen=True)
class Consenters:
    """Who must consent, or why that cannot be decided."""

    persons: tuple[str, ...]
    reasons: tuple[Reason, ...]
    needs_operator: bool = False


def age_on(birth_date: date, day: date) -> int:
    """Age in whole years on a day."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def required_consenters(birth_date: date | None, on: date, guardians: Sequence[Guardian],
                        competent: bool = True, pupil: str = "de leerling") -> Consenters:
    """Who must consent for a pupil, by age band and custody (§2.3, §2.7, §2.8)."""
    if birth_date is None:
        return Consenters((), (Reason("NO_BIRTH_DATE", "geboortedatum van de leerling "
                                      "onbekend", "§2.3"),), needs_operator=True)
    age = age_on(birth_date, on)
    with_authority = tuple(g.name for g in guardians if g.holds_authority)
    pupil_decides = competent and age >= ADULT_AGE
    if not with_authority and not pupil_decides:
        return Consenters((), (Reason("NO_AUTHORITY", "geen ouder of voogd met gezag bekend",
                                      "§2.7, §2.8"),), needs_operator=True)
    if not competent:
        return Consenters(with_authority, (Reason(
            "NOT_COMPETENT", "leerling niet wilsbekwaam: de ouders met gezag", "§2.3"),))
    if age < CO_DECIDING_AGE:
        return Consenters(with_authority, (Reason(
            "UNDER_12", f"leerling is {age}: de ouders met gezag, allen", "§2.3, §2.7"),))
    if age < ADULT_AGE:
        return Consenters((*with_authority, pupil), (Reason(
            "FROM_12_TO_16", f"leerling is {age}: de ouders met gezag en de leerling",
            "§2.3, §2.7"),))
    return Consenters((pupil,), (Reason("FROM_16", f"leerling is {age}: de leerling zelf",
                                        "§2.3"),))
