"""Recognizer for schools, care institutions and practices named in Dutch documents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, cached_property

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import SpanRecognizer, matches_on_lines_with
from recognizers.lexicon import (
    WORD_START,
    alternation,
    capitalised_too,
    joined,
    lexicon,
    lowered,
)
from recognizers.nl_location_recognizer import towns_and_districts, towns_as_written
from recognizers.phrases import PhraseIndex
from recognizers.vocabulary import COMPOUND_KINDS, is_compound, kind_endings, vocabulary, vouched

# A word of a proper name: capitalised ("Regenboog"), or in capitals in a heading in capitals
# ("STREEKZIEKENHUIS PEELLAND"); never digits, dots or acronyms amid capitalised words.
# a capitalised word, also "'s-Gravenzande" and "IJsseldelta"
CAPITALISED = r"(?:['’]s-)?(?:IJ|[A-Z])[a-zß-öø-ÿ'’&]+(?:-[A-Z]?[a-zß-öø-ÿ'’&]+)*"
# a word, not a joining one nor the samenwerkingsverband's ("SBO SWV PO" is no school)
CAPITALS = r"(?!(?:EN|OF|VOOR|SWV|PO|VO|TLV)\b)[A-Z][A-Z'’&]+(?:-[A-Z]+)*"
NAME_WORD = rf"(?:{CAPITALISED}|{CAPITALS})"
SIMPLE_WORD = r"[A-Z][a-zß-öø-ÿ]+"  # one capitalised word: "Klankkast"
JOINER = r"(?:de|het|'t|van|op|aan|der|den|&)"
GERMAN_JOINER = r"(?:am|im|zum|zur)"  # after a kind: "Augenklinik am Kaiserplatz"
ARTICLES = frozenset({"De", "Het", "'t"})
AFTER_SPACE = r"(?<=[ \t].)"
LEGAL_BODIES = ("Stichting", "Stg.", "St.", "Vereniging")
# a kind with a name after it that starts with an article: "Casussamenvatting Jeugdbescherming
# De Wissel" names "Jeugdbescherming De Wissel"
KIND_OF_NAMED = re.compile(r"[ \t]+(?:De|Het|'t)[ \t]+[A-Z]")
# a particle that a surname runs into: "MacLeod", "VanDam", "TerHorst", also after the
# initial of a signature: "MvdSteen", "JdeVries"
SURNAME_PARTICLE = re.compile(
    r"(?:Mac|Van|Von|Der|Den|Ter|Ten|[A-Z](?:vd|vdr|vt|de|den|der|van|ter|ten))[A-Z]")
# the name a hospital's kind is run into: the "Amalia" of "Amaliaziekenhuis"
HOSPITAL_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-zß-öø-ÿ]{2,}\Z")
NAME_REACH = 30  # characters before a hospital's or school's kind searched for its name
# the person a school is named after, run into its kind, and the first name or title before:
# "Johannes Bogerman" of "Johannes Bogermanschool", "Sint-Martinus", "Koningin Juliana"
PERSON_BEFORE_SCHOOL = re.compile(r"(?:(?<![\w-])(?P<before>[A-Z][a-zß-öø-ÿ]+)[ \t])?"
                                  r"(?<![\w-])(?P<person>[A-Z][a-zß-öø-ÿ]+(?:-[A-Z][a-zß-öø-ÿ]+)*)\Z")
SCHOOL_NAMING_TITLES = frozenset({"Koningin", "Koning", "Prins", "Prinses", "Sint", "Graaf"})
# a capitalised word right before a bracket's gap: the surname of "dr. Owusu (De Lindeboog)"
SURNAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-zß-öø-ÿ'’-]+\Z")
SURNAME_REACH = 40  # characters before the bracket searched for it
# the first half of a split compound kind: "kinder- en " of "kinder- en jeugdpsychiatrie"
SPLIT_COMPOUND_HEAD = re.compile(r"[\w]+-[ \t]+(?:en|of)[ \t]+")
# an application, which a kind of school and the pupil's name follow: "aanvraag SBO Kobby"
APPLICATION_BEFORE = re.compile(r"(?<![\w-])[Aa]anvraag[ \t]+\Z")
APPLICATION_REACH = 12
FAMILY_KINDS = frozenset({"gezinshuis"})  # a home named after its family is theirs
PLACE_KINDS = frozenset({"azc", "polikliniek", "poli", "locatie", "vestiging",  # "azc Echt"
                         "woonvoorziening", "logeerhuis"})
# a town's or district's team in lower case: "wijkteam Ommoord" (but "Wijkteam Etten-Leur" is
# the team's name)
LOCAL_TEAMS = frozenset({"wijkteam", "buurtteam"})
MIN_COINED_LETTERS = 6  # "Accare"; "Reade", "Fyon" might be anything
MIN_WORD_IN_CAPITALS = 5  # "ZICHTVELD expertisecentrum", not "ADHD behandeling"
# the reports an organization writes, before its name: "het verslag van Leerwijs"
REPORTS = ("verslag", "voortgangsverslag", "behandelverslag", "ontslagbrief", "rapportage",
           "tussenrapportage", "eindverslag")
# the second word of a name found by its first: "Kleurrijk Thuis", "Zorgkracht IJsselland"
SECOND_NAME_WORD = re.compile(r"[ \t](?P<word>(?:IJ|[A-Z])[a-zß-öø-ÿ]{2,})(?![\w'’-])")
# the kinds that a compound after a name ends with: "Letterwerk Dyslexiezorg", "Lexima
# Leespraktijk", "Deventer Kindercentrum"
NAMING_COMPOUND_KINDS = ("zorg", "praktijk", "centrum", "kliniek", "college")  # "Vakcollege"
# The words of a name stand one space apart; more white space separates the columns of a
# letterhead or form ("OBS De Tuinderij      Sportlaan 3").
GAP = " "
# a proper name after a kind word: "De Regenboog", "Sint Jozef", "St. Vitus", "Oost Brabant"
PROPER_NAME = (rf"(?:St\.{GAP}(?=[A-Z]))?"
               rf"{CAPITALISED}(?:(?:{GAP}{JOINER})*{GAP}{CAPITALISED}){{0,4}}")
# a name of two regions or rivers, the last word of it: "Maas en Peel", "Gooi en Vecht"
PAIRED_NAME = rf"{PROPER_NAME}(?:{GAP}en{GAP}{CAPITALISED}(?![\w'’&-]|{GAP}[A-Z]))?"
# in a heading in capitals, kind and name both: "STREEKZIEKENHUIS PEELLAND"
NAME_IN_CAPITALS = rf"{CAPITALS}(?:{GAP}{CAPITALS}){{0,4}}"
# a kind, what it is for, and its name: "Praktijk voor Kindontwikkeling Heino", "Centrum voor
# Trauma en Kind Groningen", "Centrum voor Kinderontwikkeling De Duinpan" (but not a kind
# with what it is for alone, a department's "Centrum voor Erfelijke Stofwisselingsziekten")
KIND_FOR_WORDS = ("Praktijk", "Centrum", "Instituut", "Stichting", "Kliniek", "Expertisecentrum",
                  "Kenniscentrum")
KINDS_FOR = alternation(KIND_FOR_WORDS)
SUBJECT = rf"{SIMPLE_WORD}(?:-?{GAP}(?:en|&){GAP}{SIMPLE_WORD})?"  # also "Kinder- en Jeugdtrauma"
# a word of care right before a name: where it is given ("dagbehandeling bij De Boei")
CARE_BEFORE = re.compile(rf"(?<![\w-])(?i:{alternation(lexicon('care_settings'))})"
                         rf"(?:[ \t]+(?:bij|in|uit|van|op))?[ \t]+\Z")
CARE_REACH = 40  # characters before a name searched for a word of care
# a form field that asks for a school: "Gewenste school | De Lindeboog", "School: Het Anker",
# "BEOOGDE SCHOOL De Duinpieper", "1.7 Huidige school ..... De Leerlooierij"
SCHOOL_LABEL = (r"(?im:^[ \t|]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
                r"(?:(?:gewenste|beoogde|huidige|nieuwe|vorige|eigen|naam)[ \t]+)?"
                r"school(?:[ \t]+van[ \t]+(?:herkomst|aanmelding|plaatsing))?"
                r"(?:[ \t]*(?::|\||\.{2,})[ \t:.|]*|[ \t]+(?=(?-i:De|Het)[ \t])))")  # not "school."
# a name its description follows: "De Duinpieper, school voor speciaal onderwijs", "Kindwijs,
# expertisecentrum voor traumabehandeling", a letterhead's "De Zeeleeuw - centrum voor kind en
# trauma", and a name with its article before its kind of care: "De Esch - jeugd-GGZ voor
# kinderen", "(De Esch, jeugd-GGZ)", "De Schuilhoeve, christelijke jeugd-ggz" (the description
# found first, as it is rare, and the name then right before it)
DESCRIPTION = re.compile(r"(?:,|[ \t]+[-–|])[ \t]*(?:(?:een[ \t]+)?(?:[a-z]*(?:school|centrum"
                         r"|praktijk|kliniek|instituut)|locatie)[ \t]+voor\b"
                         r"|(?P<care>(?:[a-z]{3,}e[ \t]+)?(?:[a-z]+-)?(?i:ggz))(?![\w-]))")
DESCRIBED_NAME = re.compile(rf"(?<![\w-])(?:(?:De|Het|'t){GAP})?{PROPER_NAME}\Z")
DESCRIBED_REACH = 200  # characters before a description searched for its name


@cache
def _no_affiliations() -> frozenset[str]:
    """Words that a role's organization is not: common words, kinds, roles, health terms."""
    return frozenset().union(*(lowered(name) for name in (
        "common_words", "not_names", "organization_kinds", "roles", "health")))


def _could_name_a_body(word: str) -> bool:
    """Whether a word may name an organization: no person's name, town, common word or kind."""
    return (word not in joined("first_names", "surnames", "towns")
            and word.lower() not in _no_affiliations())


def _coined(name: str) -> bool:
    """Whether a one-word institution's name is coined, no word or name: "Accare", "Levvel".

    Not a word of a kind ("Tandenpraktijk"), nor a short one that may be anything ("Fyon").
    """
    return (len(name) >= MIN_COINED_LETTERS and name[0].isupper() and name.isalpha()
            and not vouched(name) and not name.lower().endswith(kind_endings())
            and name not in joined("towns", "first_names", "surnames"))


def _inflected_adjective(word: str) -> bool:
    """Whether the word is an adjective with its -e: "Hooge", "Witte", "Rode", "Sallandse".

    Also in an old spelling ("Utrechtsche"). Not a noun that ends in -e ("Kastanje",
    "Lanteerne"): without the -e, no adjective is left.
    """
    stem = word.lower().removesuffix("e")
    if stem == word.lower():
        return False
    if stem.endswith(("s", "sch")):
        return True
    undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # witt: wit
    long_vowel = stem[:-1] + stem[-2:]  # rod: rood, grot: groot
    return not {stem, undoubled, long_vowel}.isdisjoint(vocabulary().words)


@cache
def _suffixes() -> str:
    """The words of a kind after a name, as written and in capitals ("ZIEKENHUIS")."""
    return alternation(lexicon("organization_suffixes")
                       | {suffix.upper() for suffix in lexicon("organization_suffixes")})


class NlOrganizationRecognizer(SpanRecognizer):
    """Named schools, care institutions and practices.

    "Basisschool De Regenboog", "OBS De Vlinder", "Kinderpraktijk De Horizon",
    "GGZ Oost-Brabant", "Elkerliek Ziekenhuis".

    A kind word (lexicon ``organization_kinds``) followed by a capitalised proper name, a
    proper name followed by a kind word, a proper name in a form field that asks for a school
    or with a description ("De Duinpieper, school voor SO"), or a name from the list of Dutch
    care institutions.
    A kind word alone ("de school", "het wijkteam", "GGZ") is no organization.
    """

    ENTITY = "ORGANIZATION"
    SCORES = {"kind_then_name": 0.75, "kind_for_subject": 0.7, "name_then_kind_for": 0.7,
              "compound_kind_then_name": 0.7,
              "named_school": 0.7, "kind_then_capitals": 0.75, "capitals_then_kind": 0.6,
              "letterhead": 0.6, "care_setting": 0.6,
              "name_then_kind": 0.7, "after_school_label": 0.6, "described": 0.6, "known": 0.7,
              "affiliation": 0.6, "camel_case": 0.6, "employer_in_brackets": 0.6,
              "named_hospital": 0.7, "school_after_person": 0.7, "cluster_body": 0.6,
              "legal_body": 0.7}

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        kinds = alternation(lexicon("organization_kinds"))
        kinds_in_capitals = alternation((kind.upper() for kind in lexicon("organization_kinds")),
                                        after_first=rf"{WORD_START}(?<!\d{{4}} .)(?<!OM .)")
        suffixes = _suffixes()
        return {
            "kind_then_name": re.compile(
                # not the "BS" of postcode 6721 BS, nor the SO of a "TLV SO"
                rf"(?<![\w-])(?<!\d{{4}} )(?<!TLV )(?i:{kinds})"
                rf"(?:{GAP}(?:{JOINER}|{GERMAN_JOINER}))*{GAP}(?:{PAIRED_NAME})"),
            "kind_for_subject": re.compile(
                rf"{alternation(KIND_FOR_WORDS, after_first=WORD_START)}{GAP}voor{GAP}"
                rf"(?P<subject>{SUBJECT}){GAP}"
                rf"(?P<name>(?:(?:De|Het|'t){GAP})?{PROPER_NAME})"),
            # the same with its name before: "Wolderhof Centrum voor Eetstoornissen"
            "name_then_kind_for": re.compile(
                rf"(?P<name>[A-Z]{WORD_START}[a-zß-öø-ÿ]+){GAP}{KINDS_FOR}{GAP}voor{GAP}{SUBJECT}"
                rf"(?![\w'’-])"),
            # where care is given: "dagbehandeling bij De Boei", "ontslag uit De Jekerhof"
            # (the name found first, as it is rare, and the word of care then before it)
            "care_setting": re.compile(
                rf"{alternation(ARTICLES, after_first=AFTER_SPACE)}{GAP}{SIMPLE_WORD}"
                rf"(?:{GAP}{SIMPLE_WORD})?(?![\w'’-])"),
            # a compound kind: "Kindpraktijk Walcheren", "PMT-praktijk In Beweging",
            # "Spraak-taalcentrum Rijnmond", "Sint-Jozefschool Alverna"
            "compound_kind_then_name": re.compile(
                rf"[A-Z]{WORD_START}(?:[a-zß-öø-ÿ]*(?:-[A-Za-zß-öø-ÿ][a-zß-öø-ÿ]*)?|[A-Z]+-)"
                rf"(?:{'|'.join(COMPOUND_KINDS)}"
                # also capitalised after a hyphen, as German writes it: "Rurtal-Klinik Heinsberg",
                # or run into the word before: "OrthoPraktijk De Linge"
                rf"|-?(?:{'|'.join(k.capitalize() for k in COMPOUND_KINDS)}))"
                rf"(?:{GAP}{GERMAN_JOINER})?{GAP}(?:{PAIRED_NAME})"),
            # a foundation or association named by an acronym and a region: "Stichting JB
            # Veenland", "Stg. GPO Noord-Veluwe", "St. OO Linge en Lek" (a saint has no acronym)
            "legal_body": re.compile(
                rf"{alternation(LEGAL_BODIES, after_first=WORD_START)}{GAP}[A-Z]{{2,4}}{GAP}"
                rf"{PAIRED_NAME}"),
            # a name with its article in brackets after a person's surname: where the person
            # works ("dr. Owusu (De Lindeboog)"; not "oma (De Haan)"); matched from the bracket,
            # which is fast, and the surname then looked at (``SURNAME_BEFORE``)
            "employer_in_brackets": re.compile(
                rf"[ \t]\((?P<name>(?:De|Het|'t){GAP}{CAPITALISED}(?:{GAP}{CAPITALISED})?)\)"),
            # a hospital named in one word after a person, saint or river: "Amaliaziekenhuis",
            # "Dommelgasthuis" (but no "Kinderziekenhuis" of plain words); matched from its
            # kind, which is fast, and its name then looked at (``HOSPITAL_NAME_BEFORE``)
            "named_hospital": re.compile(r"(?:ziekenhuis|gasthuis)(?![\w-])"),
            # a school named in one word after a person, maybe with the person's first name or
            # title before: "Julianaschool", "Johannes Bogermanschool", "Sint-Martinusschool";
            # matched from its kind, and the name then looked at (``PERSON_BEFORE_SCHOOL``)
            "school_after_person": re.compile(r"school(?![\w-])"),
            # a school named as a school: "De Berkenschool", "Het Schateiland-school"
            "named_school": re.compile(
                rf"{alternation(ARTICLES, after_first=WORD_START)}{GAP}[A-Z][a-zß-öø-ÿ-]*school"
                rf"(?![\w])"),
            # a letterhead's name in capitals and its kind in lower case: "ZICHTVELD
            # expertisecentrum voor slechtzienden"
            "capitals_then_kind": re.compile(
                rf"(?<![\w-])(?P<name>{NAME_IN_CAPITALS}){GAP}(?=(?-i:{kinds})(?![\w]))"),
            # the same with the kind a line lower, maybe after an adjective: "DE KAAP\ncentrum
            # voor kinder- en jeugdpsychiatrie", "LINDEHOF KIND EN JEUGD\nspecialistische ggz";
            # also a name with its article: "De Lindeboom\ncentrum voor ...", "De Drentse
            # Linde\nspecialistische jeugd-GGZ" (a kind in lower case, its acronym in capitals)
            "letterhead": re.compile(
                rf"(?m)^[ \t]*(?P<name>{CAPITALS}(?:{GAP}(?:EN|VAN|&|{CAPITALS})){{0,4}}"
                rf"|(?P<article>De|Het|'t){GAP}{CAPITALISED}(?:{GAP}{CAPITALISED})?)[ \t]*\n"
                rf"[ \t]*(?=(?:[a-z-]+[ \t]+){{0,2}}(?=[a-z])(?i:{kinds})[ \t]+\S)"),
            "kind_then_capitals": re.compile(
                rf"(?:{kinds_in_capitals}){GAP}(?!VAN{GAP})"  # not whose: "WELZIJN VAN AMIRA"
                rf"(?:{NAME_IN_CAPITALS})"  # not "5451 AZ MILL", nor a heading's "VERZOEK OM
                rf"(?![\w])"),  # ONDERWIJSADVIES AAN HET SAMENWERKINGSVERBAND"
            "after_school_label": re.compile(
                rf"{SCHOOL_LABEL}(?P<name>(?:(?:De|Het|'t){GAP})?{PROPER_NAME})"),
            # a name made of Dutch words after a role, a report or a person's first name and
            # "van": "ambulant begeleider Klankkast", "behandelaar Deltakust", "Tessa van
            # Hoorwijzer", "het verslag van Leerwijs", also with its article: "kinderpsychiater
            # De Wendakker", "voortgangsverslag De Wâl"; past an expertise cluster:
            # "ambulant begeleider cluster 2 van Klankwijzer", "(begeleider cluster 2, Klankwijzer)"
            "affiliation": re.compile(
                rf"(?:(?<![\w-])(?:{alternation({*capitalised_too('roles'), *REPORTS})})"
                rf"(?:[ \t]+cluster[ \t]+[1-4](?:,|[ \t]+(?:van|bij)))?{GAP}"
                rf"(?:(?:van|bij)[ \t]+)?|(?<![\w'’-])(?P<first>{SIMPLE_WORD})[ \t]+van[ \t]+)"
                rf"(?P<name>(?:(?:De|Het|'t)[ \t]+)?(?P<word>{SIMPLE_WORD}))(?![\w'’-])"),
            # the expertise body of a cluster of special education, in brackets or after a
            # comma: "cluster 2 (Klankwei)", "ambulant begeleider cluster 1, Sjoch"
            "cluster_body": re.compile(
                rf"cluster(?<![\w-]cluster)[ \t]+[1-4][ \t]*(?:\(|,[ \t]*)"
                rf"(?P<name>(?:(?:De|Het|'t){GAP})?{SIMPLE_WORD})(?![\w'’-])"),
            # a name of words run together, each capitalised: "MeerZorg", "VluchtelingenWerk"
            # (matched from its first capital and looked back at from there, which is fast)
            "camel_case": re.compile(
                r"[A-Z](?<![\w'’-][A-Z])[a-zß-öø-ÿ]{2,}(?:[A-Z][a-zß-öø-ÿ]{2,})+(?![\w'’-])"),
            # "Mytyl Kinderpraktijk", also a compound kind: "Letterwerk Dyslexiezorg", "Kempenland
            # Vakcollege"
            "name_then_kind": re.compile(
                rf"(?<![\w-]){NAME_WORD}(?:{GAP}{NAME_WORD}){{0,2}}{GAP}"
                rf"(?:{suffixes}|[A-Z][a-zß-öø-ÿ]{{2,}}(?:{'|'.join(NAMING_COMPOUND_KINDS)}))"
                rf"(?![\w])"),
        }

    @cached_property
    def _known(self) -> PhraseIndex:
        """Multi-word institution names, and one-word names that cannot be a plain word.

        Not a name that is a place's too: "'t Zand" is a village before it is a care home, and
        "Slotervaart" a district before it is a (closed) hospital.
        Our own short list (``care_institutions.extra``) holds names only: "Nidos".
        """
        curated = lexicon("care_institutions.extra")
        return PhraseIndex.of(frozenset(
            name for name in lexicon("care_institutions") | curated
            if (name in curated or " " in name or re.search(r"[A-Z0-9].*[A-Z0-9]", name)
                or _coined(name)) and name not in towns_and_districts()))

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Named organizations, with the rule that found each."""
        spans = [*self._by_pattern(text), *self._described(text),
                 *((s, e, "known") for s, e in self._known.find(text))]
        return [self.result(start, end, self.SCORES[rule], rule)
                for start, end, rule in spans]

    def _by_pattern(self, text: str) -> Iterator[tuple[int, int, str]]:
        for rule, pattern in self._patterns.items():
            for match in matches_on_lines_with(pattern, text, self._line_marks.get(rule)):
                if (span := self._span(rule, match)) is not None:
                    yield *span, rule

    @cached_property
    def _line_marks(self) -> dict[str, re.Pattern[str]]:
        """What the line of a rule's match holds, for rules that open with any capital.

        The regex engine would try those at every capital of the text; most lines lack the
        kind after the name, or a word in capitals, and are left alone.
        """
        return {"name_then_kind": re.compile(
                    rf"(?:{_suffixes()}|{'|'.join(NAMING_COMPOUND_KINDS)})(?![\w])"),
                "capitals_then_kind": re.compile(r"[A-Z][A-Z'’&]")}

    @staticmethod
    def _described(text: str) -> Iterator[tuple[int, int, str]]:
        for description in DESCRIPTION.finditer(text):
            name = DESCRIBED_NAME.search(text, max(0, description.start() - DESCRIBED_REACH),
                                         description.start())
            if name is not None and (not description.group("care")
                                     or name.group().split(GAP)[0] in ARTICLES):
                yield name.start(), name.end(), "described"

    @staticmethod
    def _surname_like_a_kind(found: str) -> bool:
        """A first name before a word ending in a kind: "Dylan Burgzorg" is a person."""
        *before, last = found.split(GAP)
        return (bool(before) and before[-1] in lexicon("first_names")
                and last.lower().endswith(NAMING_COMPOUND_KINDS)
                and last not in lexicon("organization_suffixes"))

    def _span(self, rule: str, match: re.Match[str]) -> tuple[int, int] | None:
        """Where the organization a rule matched stands, or ``None`` if it names none."""
        found = match.group()
        if rule == "name_then_kind":  # not "VERSLAG JEUGDHULP" (a heading), "Het ziekenhuis",
            first = found.split()[0]  # nor a kind that names one, nor an adjective of a kind
            no_name = self._starts_with_heading_word(found) or (  # ("Klinische Jeugdpsychiatrie")
                first in ARTICLES and found.count(GAP) == 1) or (
                KIND_OF_NAMED.match(match.string, match.end()) is not None) or (
                found.count(GAP) == 1 and first.lower() in vocabulary().words
                and _inflected_adjective(first) and not first.lower().endswith("se")
                and first not in towns_and_districts()) or (  # but "Gouwe Ziekenhuis", a place's
                self._surname_like_a_kind(found))
            if no_name:
                return None
            return match.start() + self._after_examination(found), match.end()
        if rule in ("kind_then_name", "compound_kind_then_name"):
            if self._names_a_person_or_place(found) or self._applied_for(match):
                return None  # "verslagje logopedie Luuk" is Luuk's, "Polikliniek Echt" a place
            if self._describes_another(found):
                return self._other_named(match.start(), found)
            return self._kind_and_name_span(match.start(), found)
        if rule == "kind_then_capitals":  # "BASISSCHOOL DE MEERSTOEN" of "... BUNDE"
            return match.start(), match.start() + len(self._without_town(found))
        if rule == "kind_for_subject":  # its name, not a word of what it is for
            named = self._names_it(match.group("subject"), match.group("name"))
            return match.span() if named else None
        if rule == "name_then_kind_for":  # a name, not a word ("Ons Centrum voor Autisme")
            name = match.group("name")  # nor a person addressed: "Marieke, Centrum voor ..."
            return None if vouched(name) or name in lexicon("first_names") else match.span()
        if rule == "named_hospital":  # a name, not a word: "Kinderziekenhuis", "Stadsziekenhuis"
            name = HOSPITAL_NAME_BEFORE.search(match.string, max(0, match.start() - NAME_REACH),
                                               match.start())
            if name is None or (name.group() + found).lower() in vocabulary().words:
                return None
            return name.start(), match.end()
        if rule == "school_after_person":
            return self._school_after_person(match)
        if rule == "care_setting":  # not a person ("bij De Vries") nor a place ("De Bilt")
            care = CARE_BEFORE.search(match.string, max(0, match.start() - CARE_REACH),
                                      match.start())
            return match.span() if care and self._is_setting(found) else None
        if rule == "employer_in_brackets":  # not a place: "IKC De Zeekraal ('t Zand)",
            after_surname = SURNAME_BEFORE.search(  # "Amsterdam (De Aker)"
                match.string, max(0, match.start() - SURNAME_REACH), match.start()) is not None
            a_place = match.group("name") in towns_and_districts()
            return match.span("name") if after_surname and not a_place else None
        if rule == "after_school_label":
            return match.span("name") if self._names_a_school(match.group("name")) else None
        if rule == "camel_case":  # not a product the vocabulary knows ("WhatsApp"), nor a
            no_name = found.lower() in vocabulary().words or bool(SURNAME_PARTICLE.match(found))
            return None if no_name else match.span()  # surname with its particle ("VanDam")
        if rule == "affiliation":
            return self._with_second_word(match) if self._is_affiliation(match) else None
        if rule == "cluster_body":  # not a person's name, a town, a word or a kind
            body = _could_name_a_body(match.group("name").split(GAP)[-1])
            return self._with_second_word(match) if body else None
        if rule == "letterhead" and match.group("article"):
            return match.span("name")
        if rule in ("capitals_then_kind", "letterhead"):
            return match.span("name") if self._is_word_in_capitals(match.group("name")) else None
        return match.span()

    @staticmethod
    def _school_after_person(match: re.Match[str]) -> tuple[int, int] | None:
        """Where a school named after a person stands, if the words before its kind name one.

        The word run into "school" is a first name or surname, or follows a first name or a
        title: not a kind of school ("Basisschool", "Montessorischool") nor a place's.
        """
        named = PERSON_BEFORE_SCHOOL.search(
            match.string, max(0, match.start() - NAME_REACH), match.start())
        if named is None or (named.group("person") + "school").lower() in vocabulary().words:
            return None
        before = named.group("before")
        person = named.group("person").split("-")[-1]
        if before not in ARTICLES and (before in lexicon("first_names")
                                       or before in SCHOOL_NAMING_TITLES):
            return named.start(), match.end()
        if person in lexicon("first_names") or person in lexicon("surnames"):
            return named.start("person"), match.end()
        return None

    @staticmethod
    def _with_second_word(match: re.Match[str]) -> tuple[int, int]:
        """The name a rule found, with a second word that is no first name: "Hoorwijzer Noord"."""
        second = SECOND_NAME_WORD.match(match.string, match.end("name"))
        if second and second.group("word") not in lexicon("first_names"):
            return match.start("name"), second.end()
        return match.span("name")

    def _other_named(self, start: int, found: str) -> tuple[int, int] | None:
        """The organization that a kind names by its own kind, if it has a name too.

        "Kinderopvang Het Kabouterbos" of "peuteropvang Kinderopvang Het Kabouterbos"; none
        of "polikliniek Kinderneurologie", a department.
        """
        other = re.search(rf"{GAP}(?=[A-Z])", found)
        if other is None or GAP not in found[other.end():]:
            return None
        return self._kind_and_name_span(start + other.end(), found[other.end():])

    def _kind_and_name_span(self, start: int, found: str) -> tuple[int, int]:
        """Where a kind and its name stand, without another name or a town after it."""
        return start, start + len(self._without_town(self._alone(found)))

    @staticmethod
    def _names_it(subject: str, name: str) -> bool:
        """Whether the words after what a kind is for name it.

        With an article, a town or no plain word, they do; a plain word does too, unless
        what the kind is for ends in an adjective, whose noun it is: "Centrum voor
        Kindertrauma Noorderlicht", not "Centrum voor Erfelijke Stofwisselingsziekten".
        """
        first = name.split(GAP)[0]
        return (first in ARTICLES or name in towns_as_written() or not vouched(first)
                or not _inflected_adjective(subject.split(GAP)[-1]))

    @staticmethod
    def _is_setting(name: str) -> bool:
        """Whether an article and name after a word of care name where it is given.

        Not a surname with its article ("behandeling bij De Vries"), a place ("opgenomen in
        De Bilt"), nor an organization named by its kind ("opname in Het Ziekenhuis").
        """
        last = name.split(GAP)[-1]
        return (last not in joined("surnames", "surnames.ambiguous", "first_names")
                and name not in towns_as_written()
                and not last.lower().endswith(kind_endings()))

    def _names_a_school(self, name: str) -> bool:
        """Whether the name in a school field is a school's.

        "De Zeester" is; "Groep 5" and the director who signs for the school ("School: Mehmet
        Meijer, directeur") are not.
        """
        first = name.split()[0]
        return first in ARTICLES or not (self._starts_with_heading_word(name)
                                         or first in lexicon("first_names"))

    def _is_word_in_capitals(self, name: str) -> bool:
        """Whether the capitals spell words ("ZICHTVELD"), not an acronym ("BSN", "ADHD")."""
        return (len(name) >= MIN_WORD_IN_CAPITALS and re.search(r"[AEIOUY]", name) is not None
                and name.lower() not in lowered("known_words")
                and not self._starts_with_heading_word(name))

    @staticmethod
    def _alone(found: str) -> str:
        """The name without another joined to it by "en": a person or an organization.

        "Ziekenhuis Maas en Peel" is one name, "Kinderneurologie en Epilepsiepoli" two; so is
        one named by a municipality of two names: "Audiologisch Centrum Peel en Maas".
        """
        name, joined, other = found.rpartition(f"{GAP}en{GAP}")
        another = other in lexicon("first_names") or other.lower().endswith(kind_endings())
        return name if joined and another and (
            f"{name.rpartition(GAP)[2]} en {other}" not in towns_and_districts()) else found

    @staticmethod
    def _without_town(found: str) -> str:
        """The name without the town after it: "CBS De Klimboom" of "CBS De Klimboom Ede".

        Also in capitals ("BASISSCHOOL DE MEERSTOEN BUNDE"). Only a name with its article is
        complete before the town; "Huisartsenpraktijk Asten" is named by its town, "Kliniek
        De Hooge Esch" by a place of its own.
        """
        words = [word.capitalize() if word.isupper() else word for word in found.split(GAP)]
        article = next((i for i, word in enumerate(words) if i and word in ARTICLES), None)
        has_name = article is not None and len(words) - article > len(("De", "Klimboom"))
        # but an adjective before it makes it the name's own: "Kliniek De Hooge Esch"
        town = (has_name and words[-1] in lexicon("towns")
                and not _inflected_adjective(words[-2]))
        return found[:found.rindex(GAP)] if town else found

    @staticmethod
    def _applied_for(match: re.Match[str]) -> bool:
        """Whether a kind of school after an application names the pupil: "aanvraag SBO Kobby".

        Not a school's own name after its article ("aanvraag SBO De Wissel"), nor a body's
        ("aanvraag Stichting Kansrijk").
        """
        kind, name = match.group().split(GAP, 1)
        return kind.isupper() and name.split(GAP)[0] not in ARTICLES and APPLICATION_BEFORE.search(
            match.string, max(0, match.start() - APPLICATION_REACH), match.start()) is not None

    @staticmethod
    def _names_a_person_or_place(found: str) -> bool:
        """Whether a kind names a first name or a town: "logopedie Luuk", "azc Echt".

        A kind in lower case or an acronym before a first name alone is a person's care or
        application ("aanvraag SBO Thijmen"); an asylum centre, an outpatient clinic or a
        location is named by its town, which is a place; a family home by its family; care
        in lower case on or at a town is given there ("logopedie op Ameland").
        """
        kind, _, name = found.partition(GAP)
        joiner, _, town = name.partition(GAP)
        return ((kind.islower() or kind.isupper()) and name in lexicon("first_names")
                or kind.islower() and joiner in ("op", "aan") and town in lexicon("towns")
                or kind.lower() in PLACE_KINDS and name in lexicon("towns")
                or kind in LOCAL_TEAMS and (name in lexicon("towns")
                                            or name in lexicon("districts"))
                or kind.lower() in FAMILY_KINDS  # "gezinshuis van Erik", "gezinshuis Groen",
                and name.split()[0] not in ARTICLES  # not the home's name: "Gezinshuis De Linde"
                and name.split()[-1] in joined("first_names", "surnames", "surnames.ambiguous"))

    @staticmethod
    def _is_affiliation(match: re.Match[str]) -> bool:
        """Whether a role's or first name's "van" names an organization of Dutch words.

        The name is a rare Dutch word or runs Dutch words together ("Klankkast",
        "Hoorwijzer"), capitalised as a name; no common word ("begeleider van Groep 5"), kind
        ("begeleider Jeugdzorg") nor a person's name ("Tessa van Dijk", "begeleider Winter",
        "jeugdarts De Vries").
        """
        name, first = match.group("word"), match.group("first")
        lower = name.lower()
        return ((first is None or first in lexicon("first_names")) and _could_name_a_body(name)
                and (lower in vocabulary().words or is_compound(lower)))

    @staticmethod
    def _describes_another(found: str) -> bool:
        """Whether a kind in lower case tells what an organization named by its own kind does.

        "speltherapie Kindertraumacentrum Merwestroom", "logopedie van Logopediepraktijk
        Wieringermeer", "kinder- en jeugdpsychiatrie van Ziekenhuis Midden-Twente": the
        centre, the practice and the hospital are the organizations.
        """
        split_head = SPLIT_COMPOUND_HEAD.match(found)  # "kinder- en " of a split compound
        kind, _, name = found[split_head.end() if split_head else 0:].partition(GAP)
        first, *rest = name.split(GAP)
        named = rest[0] if first == "van" and rest else first
        return kind.islower() and named.lower().endswith(kind_endings())

    @staticmethod
    def _after_examination(found: str) -> int:
        """Where the name starts after an examination's acronym: "EEG Tjaarda Ziekenhuis"."""
        first, _, rest = found.partition(GAP)
        examination = first.isupper() and first in lexicon("health") and GAP in rest
        return len(first) + len(GAP) if examination else 0

    @staticmethod
    def _starts_with_heading_word(name: str) -> bool:
        """Whether a word of headings opens it ("VERSLAG JEUGDHULP"); an article does not."""
        first = name.split()[0].lower()
        return (first in lowered("not_names") and first not in lowered("interfixes")
                and first.capitalize() not in ARTICLES)
