"""Propagating known names: a person or school named once in full is found where named again.

"Emma Mulder" on the application form makes "Emma" in the groeidocument a name, and
"mulder" in an e-mail address is already covered by the address; "SBO De Peelhorst" makes
"De Peelhorst" in a parent's e-mail the school. Propagation runs over all documents of a
submission.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from pipeline.document import Document, Finding, coverage, line_before, line_of
from recognizers.lexicon import WORD_START_NO_APOSTROPHE, alternation, joined, lexicon, lowered
from recognizers.nl_location_recognizer import UNLISTED_PLACE_RULE, towns_and_districts
from recognizers.nl_person_recognizer import (
    FOREIGN_PAIR_RULE,
    INITIALS,
    ROLE_RULE,
    TITLE_RULE,
)
from recognizers.vocabulary import is_compound, kind_endings, vocabulary, vouched

PROPAGATED_SCORE = 0.7
PERSON = "PERSON"
ORGANIZATION = "ORGANIZATION"
LOCATION = "LOCATION"
HEALTH = "HEALTH"
# a brand alone or with the device after its hyphen: "Roger", "Roger-zender"
BRAND = re.compile(r"([A-Z][a-z]+)(?:-[a-z]+)?")
ENGLISH_FUNCTION_WORDS = frozenset(
    "the and are to of you he she it with for that this not".split())
DUTCH_FUNCTION_WORDS = frozenset(
    "de het een en van je hij zij ze met voor dat dit wij niet".split())
FUNCTION_WORD = re.compile(rf"\b(?:{'|'.join(ENGLISH_FUNCTION_WORDS | DUTCH_FUNCTION_WORDS)})\b")
TOWN_PREPOSITION_BEFORE = re.compile(r"\b(?:in|naar|uit|te|vanuit)[ \t]+\Z")
# a title a chat writes before a surname in lower case: "dokter kloosterhuis", "juf bakker",
# "dokter van dongen"
TITLE_BEFORE = re.compile(r"\b(?:juf|juffrouw|meester|dokter|dr\.?|mevrouw|mevr\.?|mw\.?"
                          r"|meneer|dhr\.?)[ \t]+(?:(?:van|de|der|den|ter|ten|te)[ \t]+)*\Z")
PREPOSITION_REACH = 16  # characters before a word searched for its preposition or title
# what stands before a name amid a sentence or a table: "met Bos", "Laat/Bos", "| Bos"
WORD_SURNAME_BEFORE = re.compile(r"(?:[a-zß-öø-ÿ,;(|][ \t]+|/)\Z")
# a town or district right after an organization's name and a comma: "CBS De Kreek, Axel"
TOWN_AFTER_ORGANIZATION = re.compile(
    r",[ \t]*(?P<town>[A-Z][\w'’]*(?:[- ][A-Z][\w'’]*)?)(?![\w'’-])")
LOWER_CASE_WORD = re.compile(r"(?<![\w@.'’-])[a-zß-öø-ÿ]{3,}(?![\w@'’-]|\.\w)")
ARTICLES = ("De ", "Het ", "'t ")
MIN_NAME_LETTERS = 4
MIN_PLACE_LETTERS = 3  # "Ens", "Nes"
MIN_STREET_LETTERS = 8  # "griftlaan"; not a short word of a chat
SENTENCE_OPENERS = frozenset('.!?\n-•*>"“')
# a known name starts after no word, e-mail address, dot or hyphen, nor a word and its quote
# ("O'Brien"): looked at where it starts (NAME_BOUNDARY), or back from its first letter
# (NAME_START, for ``alternation``'s ``after_first``)
NAME_BOUNDARY = r"(?<![\w@.-])(?<!\w['’])"
NAME_START = r"(?<![\w@.-].)(?<!\w['’].)"
# an article before a word in lower case makes it a noun: "een roos", "het veen", "de brink"
ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:een|het|de)[ \t]+$", re.IGNORECASE)
MIN_LOWER_NAME_LETTERS = 3  # "hoi aga"
MIN_WORDS_FOR_INITIALS = 2
MAX_SIGNED_INITIALS = 3
# the domains of mail providers, which name no organization of the submission
MAIL_PROVIDERS = frozenset("gmail hotmail outlook live icloud ziggo kpnmail kpnplanet planet "
                           "xs4all yahoo home casema hetnet upcmail telfort gmx web mail "
                           "protonmail online".split())
# initials that the text gives right after a name: "Mila Yordanova (MY)",
# or at the end of the name's line in a list of those present: "Esther Koster (voorzitter) -
# EK", "Ingrid Jacobs    pleegmoeder    (IJ)", "mw. M. Bautista (moeder)    [MB]", and in a
# column of their own, its gap maybe lost in extraction: "Pawel Kowalczyk, vader (met tolk) PK"
INTRODUCED_INITIALS = re.compile(r"(?m)[ \t]*(?:\((?P<in_brackets>[A-Za-z]{2,5})\)"
                                 r"|[^\n]*?(?:[-–][ \t]*(?P<after_dash>[A-Za-z]{2,5})"
                                 r"|[(\[](?P<ending_line>[A-Za-z]{2,5})[)\]]"
                                 r"|[ \t](?P<in_column>[A-Za-z]{2,5}))[ \t]*$)")
OPENING_INITIALS = re.compile(r"[A-Za-z]{2,5}")  # "IB  Ilse Bos, intern begeleider"
# "ES", "IKo", "Y.H.", "E.dH."
INITIALS_TOKEN = re.compile(r"[A-Z]\.(?:[a-z]{0,3}[A-Z]\.?)+|[A-Z][A-Za-z]{1,4}")
# a consent form's paraphs: initials ending a line after a dotted leader (maybe followed by
# one), a column's gap or a checkbox ("[x]  [ ]  O.M."), alone on it or after a dash that
# ends a sentence or quote ("akkoord. - NV"); and initials after the word "paraaf" or
# "handtekening" ("paraaf: IKo", "paraaf IB ES", "Paraaf ontvangst school: IKo",
# "Handtekening: J.R.P."); and in minutes, who acts
# on a point ("- BV zet de versterker aan") and who took them ("gestuurd op 13-10 (IP).");
# and who received or noted something ("genoteerd door Y.H.", "Ontvangen door IB: K.V.")
# (looked at first: a character that one of them starts with, or a line's start, which spares
# the regex engine its alternatives at the letters of every word)
PARAPHS = re.compile(r"(?m)(?:(?=[.!?\"”')\] \t(PpHh])|(?<=\n)|\A)"
                     rf"(?:(?:\.{{3,}}|^|[.!?\"”')][ \t]+[-–]|[ \t]{{2}}|\])[ \t]*"
                     rf"(?P<ending_line>(?:(?:{INITIALS_TOKEN.pattern})[ \t]*){{1,3}})"
                     rf"(?:\.{{3,}})?[ \t]*$"
                     rf"|(?i:paraaf|handtekening)(?:[ \t]+\w+){{0,2}}[ \t]*[:)]?[ \t]*"
                     rf"(?P<labelled>(?:(?:{INITIALS_TOKEN.pattern})(?![\w.]|[ \t]*:)"
                     rf"[ \t]*){{1,2}})"
                     rf"|^[ \t]*[-–•*][ \t]*(?P<acting>{INITIALS_TOKEN.pattern})(?=[ \t]+[a-z])"
                     rf"|\((?P<minuted>{INITIALS_TOKEN.pattern})\)\.?[ \t]*$"
                     rf"|[ \t](?i:door)(?:[ \t]+\w+)?[ \t]*:?[ \t]+"
                     rf"(?P<by>{INITIALS_TOKEN.pattern})(?!\w|\.\w))")
PARAPH_GROUPS = ("ending_line", "labelled", "acting", "minuted", "by")
# a school's levels in a row of scores, which look like initials: "Begrijpend lezen III  IV  IV"
ROMAN_NUMERAL = re.compile(r"(?<![\w.])[IVX]{1,4}(?![\w.])")
# a nickname in brackets right after a name, maybe quoted or named so: Rysandro ("Ry"),
# Luana (Lua), Ahmad Karam (roepnaam thuis: Hamoudi)
NICKNAME_AFTER = re.compile(r"[ \t]*\((?P<called>(?i:roep|bij)naam[^:)\n]{0,20}:?[ \t]*"
                            r"|(?i:(?:thuis[ \t]+)?ook[ \t]+wel)[ \t]+)?"
                            r"(?P<quote>[\"'“‘]?)(?P<nickname>[A-Z][a-z]{1,12})[\"'”’]?\)")
# a form's first name and what the pupil is called, after a slash: "Viktoria Georgieva / Viki"
# (its groups "called" and "quote" are empty, so that one reading serves both regexes)
NICKNAME_AFTER_SLASH = re.compile(r"[ \t]*/[ \t]*(?P<called>)(?P<quote>)"
                                  r"(?P<nickname>[A-Z][a-z]{1,12})(?![\w'’-])")
# initials with their dots, which after "paraaf" or "handtekening" are someone's even if the
# submission does not name them in full ("(paraaf) Z.S."); "IB" there is a role
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
MINUTES_GROUPS = frozenset({"acting", "minuted", "by"})
# tussenvoegsels in an old case that plain Dutch no longer uses: "van der", "ter"
OLD_CASE_INTERFIXES = frozenset({"der", "den", "ter", "ten"})
MIN_CAPITALS = 2  # initials that the text introduces: "GJ", "SvH", not "ja"
MIN_NAME_IN_CAPITALS = 4  # "ADAM" in a heading; "BO" or "EVA" might be an acronym
SHORT_FORM_LETTERS = (3, 4)  # "Yas" for Yassin, "Pris" for Priscilla
MIN_LETTERS_CUT = 2  # "Kez" for Kezia; not "Tim" for Timo
MIN_PET_NAME_BASE = 3  # "Noa" has diminutives, "Bo" ("bootje") is left alone
MIN_ACRONYM_LETTERS = 3  # "MMC"; two letters would be too many people's initials
ACRONYM_SKIPS = frozenset({"en", "van", "voor", "de", "der", "het", "'t", "op", "aan", "&"})


def name_variants(findings: Iterable[Finding]) -> dict[str, bool]:
    """The strings to look for, each with whether it may also match in lower case.

    Full names and their parts: first names (also lower case, as in "hoi marieke"),
    surnames with their tussenvoegsel ("de Vries") and without. A name found in lower case
    ("shurayne martina" in an e-mail header), a first name that is no surname, and a name
    that no Dutch list holds ("Kacper") are looked for in any case: "hoi kacper". Parts that are
    ordinary words ("Groen", "Storm") are looked for only as part of a fuller name.
    """
    words = _no_name_parts()
    first_names = _first_names_in_lower_case()
    # capitalised words of Dutch lists: a name not among them ("Kacper", "Aarav") is no word
    dutch_words = joined("first_names", "surnames", "surnames.ambiguous", "towns")
    variants: dict[str, bool] = {}
    for finding in findings:
        if finding.entity_type != PERSON:
            continue
        name = " ".join(finding.text.split())
        variants.setdefault(name, False)
        for part in _parts(name):
            if len(part) < 2 or part.endswith(".") or part.lower() in words:
                continue
            lower_ok = ((part in first_names or part.islower()
                         or part not in dutch_words and part.lower() not in vocabulary().words)
                        and part.lower() not in words)
            variants[part] = variants.get(part, False) or lower_ok
            if len(part) >= MIN_NAME_IN_CAPITALS and (part in _unambiguous_first_names()
                                                      or part not in dutch_words):
                variants.setdefault(part.upper(), False)  # a heading's "WAT HEEFT ADAM NODIG"
            for pet_name in _pet_names(part):
                variants.setdefault(pet_name, lower_ok)
            if part == name.split()[0] and part != name:
                for short_form in _short_forms(part):
                    variants.setdefault(short_form, False)
        surname = re.search(r"(?:(?:van|de|der|den|ter|ten|te|'t|el|al)\s+)+\S+$", name,
                            re.IGNORECASE)
        if surname:
            variants.setdefault(surname.group(), False)
    return variants


def _parts(name: str) -> list[str]:
    """A name's words, and each half of a double surname: "Verduyn" of "M.C. Verduyn-Tan"."""
    words = name.split()
    halves = [half for word in words[1:] if word.count("-") == 1 for half in word.split("-")]
    return [*words, *halves]


@cache
def _no_name_parts() -> frozenset[str]:
    """Words of a name that are not looked for alone: ordinary words, roles ("Broertje Omar")."""
    return (lowered("common_words") | lowered("not_names") | lowered("interfixes")
            | lowered("roles") | lowered("name_labels") | lowered("titles")
            | lowered("titles.informal"))


@cache
def _first_names_in_lower_case() -> frozenset[str]:
    """First names that may stand in lower case: not also a surname ("roos" is a rose)."""
    return _unambiguous_first_names() - lexicon("surnames")


def _pet_names(first_name: str) -> tuple[str, ...]:
    """A first name's diminutives that are no word: "Noaatje", "Jantje", "Keesje", "Timmie"."""
    if first_name not in lexicon("first_names") or len(first_name) < MIN_PET_NAME_BASE:
        return ()
    last = first_name[-1]
    forms: tuple[str, ...]
    if last in "aou":
        forms = (f"{first_name}{last}tje", f"{first_name}tje")
    elif last in "eiy":
        forms = (f"{first_name}tje",)
    else:
        forms = (f"{first_name}je", f"{first_name}tje", f"{first_name}{last}ie")
    return tuple(form for form in forms if form.lower() not in vocabulary().words)


def _short_forms(first_name: str) -> tuple[str, ...]:
    """A first name's first letters that friends call someone by: "Pris" for "Priscilla".

    Three or four letters, two at least fewer than the name, that are no word ("Ben", "Mar").
    """
    if not re.fullmatch(r"[A-Z][a-z]+", first_name):
        return ()
    forms = (first_name[:length] for length in SHORT_FORM_LETTERS
             if len(first_name) >= length + MIN_LETTERS_CUT)
    return tuple(form for form in forms if form.lower() not in vocabulary().words)


def writes_names_in_lower_case(findings: Iterable[Finding]) -> bool:
    """Whether a document writes someone's name in lower case ("hoi nienke"), as chats do."""
    return any(f.entity_type == PERSON and f.text.islower()
               and len(f.text) >= MIN_LOWER_NAME_LETTERS for f in findings)


def with_first_names_in_lower_case(variants: dict[str, bool]) -> dict[str, bool]:
    """The variants, with first names, surnames and those with tussenvoegsel in lower case.

    For a document that writes names in lower case: there "adam" is Adam, though Adam is a
    surname too, which elsewhere keeps its lower-case form from being looked for; "hamelink"
    is Hamelink, a surname no Dutch word makes; and "dr van der linden" is Van der Linden
    (but "de bakker" is still the baker).
    """
    first_names = _unambiguous_first_names()
    words = lowered("common_words") | lowered("not_names")
    return {name: lower_ok or (name in first_names and name.lower() not in words)
            or _is_prefixed_surname(name, words)
            or (" " not in name and name.lower() not in vocabulary().words)  # "hamelink"
            for name, lower_ok in variants.items()}


def with_names_in_lower_case(document: Document,
                             findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings plus the first names, towns and streets that a chat writes in lower case.

    For a document that writes names in lower case: "thijs (haar broer)", "naar zierikzee",
    "fietsen naar de griftlaan". Only names, towns and streets that no Dutch word makes, and
    that are no word of another kind ("roos", "best"), are taken; a town that is also a Dutch
    word only after "in", "naar", "uit" or "te" ("hij werkt in drachten"), a surname that is
    one only after a title ("dokter kloosterhuis"). Text a finding covers is left to it.
    """
    if reads_as_english(document.text):  # "the bill", "he goes"
        return tuple(findings)
    covered = coverage(document.text, findings)
    first_names, towns, towns_also_words = _lower_case_names()
    added = []
    for word in LOWER_CASE_WORD.finditer(document.text):
        entity_type = (PERSON if word.group() in first_names or (
                           word.group().capitalize() in lexicon("surnames")
                           and _preceded_by(TITLE_BEFORE, document.text, word.start()))
                       else LOCATION if word.group() in towns or (
                           word.group() in towns_also_words
                           and _preceded_by(TOWN_PREPOSITION_BEFORE, document.text, word.start()))
                           or word.group() in _lower_case_streets()
                       else None)
        if entity_type and not any(covered[word.start():word.end()]):
            added.append(_propagated(document, entity_type, word.span(), "NamesInLowerCase"))
    return _in_reading_order(findings, added)


def reads_as_english(text: str) -> bool:
    """Whether more of the text's function words are English than Dutch (a father's mail)."""
    words = FUNCTION_WORD.findall(text.lower())
    english = sum(word in ENGLISH_FUNCTION_WORDS for word in words)
    return english > len(words) - english


def _preceded_by(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether the pattern ends right before ``start``: a title or preposition before a word."""
    return pattern.search(text, max(0, start - PREPOSITION_REACH), start) is not None


@cache
def _lower_case_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """First names and towns in lower case that no Dutch word spells; towns that one does.

    "zierikzee" is only a town; "drachten" is also a plural of "dracht".
    """
    common = lowered("common_words") | lowered("not_names")
    words = vocabulary().words | common
    ambiguous = (lowered("first_names.ambiguous") | lowered("towns.ambiguous")
                 | lowered("towns.also_words") | lowered("surnames.ambiguous"))
    first_names = {name.lower() for name in _unambiguous_first_names()}
    towns = {town.lower() for town in lexicon("towns") if town.isalpha()} - ambiguous - first_names
    return (frozenset(first_names - words - ambiguous), frozenset(towns - words),
            frozenset(towns & words - common))


@cache
def _lower_case_streets() -> frozenset[str]:
    """Streets of one word in lower case that no Dutch word, name or town spells: "griftlaan"."""
    taken = (vocabulary().words | vocabulary().names | lowered("common_words")
             | lowered("not_names"))
    return frozenset(lower for street in lexicon("streets") if street.isalpha()
                     and len(lower := street.lower()) >= MIN_STREET_LETTERS and lower not in taken)


def _is_prefixed_surname(name: str, words: frozenset[str]) -> bool:
    """Whether the name is a surname behind a tussenvoegsel that makes it no plain Dutch.

    "van der linden", "ter horst" and "de yilmaz" are names; "de bakker" and "van de boer"
    are words too.
    """
    parts = name.split()
    if len(parts) < 2 or parts[0].lower() not in lowered("interfixes"):
        return False
    surname = parts[-1].lower()
    return surname not in words and (parts[-2].lower() in OLD_CASE_INTERFIXES
                                     or surname not in vocabulary().words)


def with_school_names_in_lower_case(variants: dict[str, bool]) -> dict[str, bool]:
    """The organization variants, with one-word names also in lower case where they may be.

    For a document that writes names in lower case: a name behind its article ("op de
    watertoren" is De Watertoren, but "over de brug" is no De Brug) and a name that is no
    Dutch word ("bij kempenzorg" is Kempenzorg); an acronym ("MEE", "GGZ") keeps its capitals.
    """
    words = lowered("common_words")
    return {name: lower_ok or (name.startswith(ARTICLES) and len(name.split()) == 2
                               and name.split()[1].lower() not in words)
            or (name.isalpha() and not name.isupper() and name.lower() not in vocabulary().words)
            for name, lower_ok in variants.items()}


@cache
def _unambiguous_first_names() -> frozenset[str]:
    """First names that are no ordinary word as well ("April", "Anders" are)."""
    return lexicon("first_names") - lexicon("first_names.ambiguous")


def initials_variants(findings: Iterable[Finding], text: str = "") -> dict[str, bool]:
    """The initials that stand for a person named in full, as minutes and time lines use them.

    "Jolien van den Heuvel" gives "JvdH", "JH" and "JVDH"; "Gerrit-Jan Bakker" gives "GJB".
    Initials that are a word or an acronym the vocabulary knows ("IB", "MW") are left out,
    unless the text introduces them after the name: "Mila Yordanova (MY)", at the end of its
    line ("Esther Koster (voorzitter) - EK", "Ingrid Jacobs-Smeets  pleegmoeder  (IJ)"), or
    before it at the line's start ("IB  Ilse Bos, intern begeleider").
    A signature's initials glued to the surname ("KMartis") count always.
    """
    variants: dict[str, bool] = {}
    for finding in findings:
        if finding.entity_type != PERSON:
            continue
        introduced = _introduced_initials(text, finding) if text else set()
        for form in _initials(finding.text):
            if not vouched(form) or form in introduced:
                variants.setdefault(form, False)
        for form in introduced:  # of a part of the name: "Gerrit-Jan van der Heijden (GJ)"
            if _initials_of_part(form, finding.text):
                variants.setdefault(form, False)
        for form in _signed_forms(finding.text):
            variants.setdefault(form, False)
    return variants


def nickname_variants(findings: Iterable[Finding], text: str) -> dict[str, bool]:
    """The nicknames that the text gives in brackets or after a slash right after a name.

    Quoted or named so, any capitalised word: Rysandro ("Ry"), Ahmad Karam (roepnaam thuis:
    Hamoudi), Haoran (thuis ook wel 'Haohao'); otherwise only the first name's letters, some
    left out ("Luana (Lua)", "Viktoria Georgieva / Viki"), for brackets after a name also
    hold places and employers ("Ronald Vink (Delft)", "Tessa Groenendijk (Hoorwijzer)").
    Looked for in the whole submission, however short: "Ry is er vaak".
    """
    variants: dict[str, bool] = {}
    for finding in findings:
        if finding.entity_type != PERSON:
            continue
        bracket = (NICKNAME_AFTER.match(text, finding.end)
                   or NICKNAME_AFTER_SLASH.match(text, finding.end))
        if bracket is None:
            continue
        nickname, first_name = bracket.group("nickname"), finding.text.split()[0]
        if bracket.group("quote") or bracket.group("called") or _shortens(nickname, first_name):
            variants.setdefault(nickname, False)
    return variants


def _shortens(nickname: str, first_name: str) -> bool:
    """Whether a nickname is the first name's letters, some left out: "Lua", "Viki" (Viktoria)."""
    letters = iter(first_name.lower()[1:])
    return (nickname != first_name and nickname[0] == first_name[0]
            and all(letter in letters for letter in nickname.lower()[1:]))


def _initials_of_part(form: str, name: str) -> bool:
    """Whether initials stand for some of the name's words, in order, and are no term.

    "GJ" of "Gerrit-Jan van der Heijden", "SH" of "Sanne 't Hart"; not "IB", "MSc", "MST".
    """
    capitals = [letter for letter in form if letter.isupper()]
    words = iter(word[0].upper() for word in re.split(r"[\s-]+", name) if word)
    return (len(capitals) >= MIN_CAPITALS and form[0] == name[0]
            and all(letter in words for letter in capitals)
            and form.lower() not in lowered("known_words")
            and form.lower() not in lowered("health"))


def with_paraphs(document: Document, findings: Sequence[Finding],
                 initials: frozenset[str]) -> tuple[Finding, ...]:
    """The findings plus the paraphs of a consent form: a person's initials (``PARAPHS``).

    "verslag gezinscoach ........ ES   NS" (Esther and Noor Siahaya initial each item), a
    line that holds only the initials, "paraaf IB: ES". ``initials`` are those of the
    submission's people, without dots; initials with dots after "paraaf" or "handtekening"
    need not be.
    """
    covered = coverage(document.text, findings)
    added = []
    for line in PARAPHS.finditer(document.text):
        group = next(name for name in PARAPH_GROUPS if line.group(name))
        for token in INITIALS_TOKEN.finditer(line.group(group)):
            start, end = line.start(group) + token.start(), line.start(group) + token.end()
            if group in MINUTES_GROUPS and token.group().lower() in lowered("known_words"):
                continue  # "- RT lezen", "door G. Kamp (IB).": a role or a kind of care
            if _among_roman_numerals(document.text, start, end):
                continue
            known = token.group().replace(".", "") in initials or (
                group == "labelled" and DOTTED_INITIALS.fullmatch(token.group()) is not None)
            if known and not any(covered[start:end]):
                added.append(_propagated(document, PERSON, (start, end), "Paraphs"))
    return _in_reading_order(findings, added)


def _among_roman_numerals(text: str, start: int, end: int) -> bool:
    """Whether a Roman numeral stands in a line with another: levels, not someone's initials."""
    if not ROMAN_NUMERAL.fullmatch(text, start, end):
        return False
    return len(ROMAN_NUMERAL.findall(line_of(text, start))) > 1


def word_surnames(findings: Iterable[Finding]) -> frozenset[str]:
    """The surnames of the people named in full that are ordinary words too: "Bos", "Groen".

    ``name_variants`` leaves them out; ``with_word_surnames`` finds them where they stand.
    """
    words = lowered("common_words")
    return frozenset(
        surname for f in findings if f.entity_type == PERSON and len(f.text.split()) > 1
        for surname in [re.split(r"[\s-]+", f.text)[-1]]
        if surname[:1].isupper() and surname.lower() in words and surname.isalpha())


def with_word_surnames(document: Document, findings: Sequence[Finding],
                       surnames: frozenset[str]) -> tuple[Finding, ...]:
    """The findings plus the surnames that are words, where a capital can only mean the name.

    Amid a sentence or after a slash or a table's bar: "De Laat/Bos", "| Bos, SWV |",
    "besproken met Bos"; not where a sentence or line starts ("Bos en heide ...").
    """
    if not surnames:
        return tuple(findings)
    covered = coverage(document.text, findings)
    added = []
    any_surname = alternation(surnames, after_first=WORD_START_NO_APOSTROPHE)
    pattern = re.compile(rf"(?:{any_surname})(?![\w'’-])")
    for match in pattern.finditer(document.text):
        before = document.text[max(0, match.start() - PREPOSITION_REACH):match.start()]
        if WORD_SURNAME_BEFORE.search(before) and not any(covered[match.start():match.end()]):
            added.append(_propagated(document, PERSON, match.span(), "WordSurnames"))
    return _in_reading_order(findings, added)


def people_initials(findings: Iterable[Finding]) -> frozenset[str]:
    """Every form of initials of the people found: "ES" for "E. Siahaya-M."."""
    return frozenset(form for f in findings if f.entity_type == PERSON
                     for form in _initials(f.text))


def _introduced_initials(text: str, finding: Finding) -> set[str]:
    """The initials the text gives with the name: after it, or opening its line before it."""
    after = INTRODUCED_INITIALS.match(text, finding.end)
    given = {form for form in after.groupdict().values() if form} if after else set()
    before = line_before(text, finding.start).strip(" \t-*|")
    return given | ({before} if OPENING_INITIALS.fullmatch(before) else set())


def _signed_forms(name: str) -> tuple[str, ...]:
    """How a signature glues initials to the surname, as no word is written.

    "Kimberly Martis" signs "KMartis", "H.J. Boer" "HJBoer" or "HBoer", "Ingrid Jacobs-Smeets"
    "IJacobs", "Marco de Wilde" "MdWilde", "Eva van 't Klooster" "EvtKlooster", "R.H. ter
    Horst" "RHterHorst".
    """
    words = name.split()
    surname = words[-1].split("-")[0] if len(words) > 1 else ""
    letters = "".join(re.findall(r"[A-Z]", "".join(words[:-1])))[:MAX_SIGNED_INITIALS]
    if len(surname) < MIN_NAME_LETTERS or not surname[0].isupper() or not letters:
        return ()
    interfixes = [w for w in words[1:-1] if w.lower() in lowered("interfixes")]
    initialled = "".join(re.sub(r"[^a-z]", "", w)[:1] for w in interfixes)  # "van 't": "vt"
    written = "".join(interfixes)  # "RHterHorst"
    return tuple(dict.fromkeys((letters[0] + surname, letters + surname,
                                letters[0] + initialled + surname, letters + initialled + surname,
                                letters + written + surname)))


def _initials(name: str) -> tuple[str, ...]:
    words = re.split(r"[\s-]+", name)
    if len(words) < MIN_WORDS_FOR_INITIALS or not all(w[:1].isalpha() for w in words):
        return ()
    interfixes = lowered("interfixes")
    parts = [(w[0].lower(), True) if w.lower() in interfixes else (w[0].upper(), False)
             for w in words]
    full = "".join(letter for letter, _ in parts)
    bare = _capitals(words, interfixes)
    # of a double surname, the first part only: "Ingrid Jacobs-Smeets" and "Gerda Brouwer-de
    # Lange" are also "IJ" and "GB"; of a double first name, the first ("Gerrit-Jan Post" is
    # "GP"), and the first name alone, as a chat's contact calls him: "Jan-Willem" is "JW"
    first, _, rest = name.partition(" ")
    first_surname = (_capitals(f"{first} {rest.split('-')[0]}".split(), interfixes)
                     if "-" in rest else "")
    first_first_name = _capitals(name.split(), interfixes) if "-" in first else ""
    double_first_name = _capitals(first.split("-"), interfixes) if "-" in first else ""
    return tuple(dict.fromkeys(form for form in (full, full.upper(), bare, first_surname,
                                                 first_first_name, double_first_name)
                               if len(form) >= MIN_WORDS_FOR_INITIALS))


def _capitals(words: Iterable[str], interfixes: frozenset[str]) -> str:
    """The first letters, in capitals, of the words that are no tussenvoegsel."""
    return "".join(w[0].upper() for w in words if w.lower() not in interfixes)


def schools_retyped(detected: list[tuple[Finding, ...]],
                    organizations: Iterable[str]) -> list[tuple[Finding, ...]]:
    """The findings of a submission's documents, with a school taken for a person or place retyped.

    "intern begeleider De Schatgraver" reads like a name, but where the submission names
    "Basisschool De Schatgraver" (``organizations`` are its ``organization_variants``), a
    person found as "De Schatgraver" is the school. So is a place that no list holds, found
    by the word before it ("op Valleiborgh"), where the submission names "Scholengemeenschap
    Valleiborgh"; a listed town stays one ("Huisartsenpraktijk Gennep" gives "Gennep"). So
    is a word that no list of names holds after a role ("kinderpsychiater Lauwersborg") where
    the submission names "Jeugd-GGZ Lauwersborg"; "logopedist Van Dam" of "Logopedie Van Dam"
    stays a person. And a town is the centre that the submission names for short after its
    kind and more words: "De Linde" of "Centrum Eetstoornissen Jeugd De Linde" (but "Sociaal
    Team De Wolden" works in the municipality De Wolden).
    """
    schools = {name for name in organizations if name.startswith(ARTICLES)}
    names = set(organizations)
    short_names = {short for name in names for short in _named_with_article(name)}
    return [tuple(replace(f, entity_type=ORGANIZATION)
                  if _taken_for_a_person_or_place(f, schools, names)
                  or f.entity_type == LOCATION and f.text in short_names else f
                  for f in findings)
            for findings in detected]


def employers_split_off(detected: list[tuple[Finding, ...]],
                        organizations: Iterable[str]) -> list[tuple[Finding, ...]]:
    """The findings, with a first name before the submission's organization split from it.

    A chat's contact is saved as a first name and where that person works ("Juf Nadia
    Zoomvogels", "Eline Amstelgaarde"), and a pupil goes to a school ("of Ilias op het
    Zaanpad"), where the submission names "OBS De Zoomvogels", "Jeugdhulp Amstelgaarde" and
    "Het Zaanpad" (``organizations`` are its ``organization_variants``): the first name is
    the person, the last word the organization. Not a surname, one after initials
    elsewhere ("A. Wirtz-Hoengen" of "Praxis Wirtz-Hoengen") nor one that a list holds.
    """
    people = joined("first_names", "surnames") | {
        f.text.split()[-1] for findings in detected for f in findings
        if f.entity_type == PERSON and re.match(INITIALS, f.text)}
    names = {name for name in organizations if " " not in name} - people
    return [tuple(part for f in findings for part in _name_and_employer(f, names))
            for findings in detected]


def _name_and_employer(finding: Finding, names: set[str]) -> tuple[Finding, ...]:
    words = finding.text.split()
    if finding.entity_type != PERSON or len(words) < 2 or words[-1] not in names:
        return (finding,)
    first, *between = words[:-1]
    if first not in lexicon("first_names") or between and (
            " ".join(between).lower() not in lowered("interfixes")):
        return (finding,)
    employer_start = finding.end - len(words[-1])
    return (replace(finding, end=finding.start + len(first), text=first),
            replace(finding, entity_type=ORGANIZATION, start=employer_start, text=words[-1],
                    rule="employer"))


def _taken_for_a_person_or_place(finding: Finding, schools: set[str], names: set[str]) -> bool:
    if finding.entity_type == PERSON:
        text = " ".join(finding.text.split())
        surname = text.split()[-1]
        return text in schools or (finding.rule == ROLE_RULE and text in names
                                   and surname not in joined("first_names", "surnames"))
    return finding.rule == UNLISTED_PLACE_RULE and finding.text in names


def places_retyped_as_people(detected: list[tuple[Finding, ...]]) -> list[tuple[Finding, ...]]:
    """The findings, with a place abroad that is someone's first name or whole name retyped.

    "Selam Yonas Tesfay ... (in de administratie: Yonas, Selam)": Selam is a city in the list
    of the world's cities, and the pupil; so is "Roepnaam: Dasha", a name alone after a title.
    A Dutch town keeps its type ("Stein", "Born"); a pair of foreign words found as a name is
    no evidence ("Oma in Hai Phong"), nor a word alone found by a weaker rule ("Gangelt" in a
    field's value).
    """
    first_names = {f.text.split()[0] for findings in detected for f in findings
                   if f.entity_type == PERSON and f.rule != FOREIGN_PAIR_RULE
                   and (" " in f.text or f.rule == TITLE_RULE)}
    return [tuple(replace(f, entity_type=PERSON)
                  if f.entity_type == LOCATION and f.text in first_names
                  and f.text not in lexicon("towns") else f
                  for f in findings)
            for findings in detected]


def brands_retyped(detected: list[tuple[Finding, ...]]) -> list[tuple[Finding, ...]]:
    """The findings, with a first name alone that the submission writes as an aid's brand retyped.

    Where the documents find "de Roger" or "de Roger-zender" (a hearing aid) as health, and
    name no one Roger with a surname, "met Roger" is the aid too; "Roger Hermans" keeps his.
    """
    brands = {brand.group(1) for findings in detected for f in findings
              if f.entity_type == HEALTH and (brand := BRAND.fullmatch(f.text))
              and brand.group(1) in lexicon("first_names")}
    named = {f.text.split()[0] for findings in detected for f in findings
             if f.entity_type == PERSON and " " in f.text}
    return [tuple(replace(f, entity_type=HEALTH)
                  if f.entity_type == PERSON and f.text in brands - named else f
                  for f in findings)
            for findings in detected]


def towns_after_organizations(document: Document,
                              findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The findings, with the town or district after an organization's name and a comma a place.

    "CBS De Kreek, Axel" names the village, not a boy; "IKC Ringvaartkwartier, Osdorp;" the
    district, which a list of schools writes without "in"; "CHR Mosan, Liège" the city abroad.
    A person found there is retyped; a place nothing found is added.
    """
    retyped: dict[Finding, Finding] = {}
    added = []
    for organization in (f for f in findings if f.entity_type == ORGANIZATION):
        town = TOWN_AFTER_ORGANIZATION.match(document.text, organization.end)
        if town is None or not _town_or_city_abroad(town.group("town")):
            continue
        start, end = town.span("town")
        there = [f for f in findings if f.start < end and start < f.end]
        if not there:
            added.append(_propagated(document, LOCATION, (start, end), "TownAfterOrganization"))
        retyped |= {f: replace(f, entity_type=LOCATION, recognizer="TownAfterOrganization",
                               rule="")
                    for f in there if f.entity_type == PERSON and (f.start, f.end) == (start, end)}
    return _in_reading_order([retyped.get(f, f) for f in findings], added)


def _town_or_city_abroad(name: str) -> bool:
    """A Dutch town or district, or a city abroad that is no first name ("CHR Mosan, Liège")."""
    return name in towns_and_districts() or (name in lexicon("world_cities")
                                             and name not in lexicon("first_names"))


def _acronym(name: str) -> str | None:
    """The acronym of a name of three capitalised words or more, none that is a term.

    "MMC" for "Merwede Medisch Centrum"; not "GGZ", a term or kind of our lexicons.
    """
    words = [word for word in name.split() if word.lower() not in ACRONYM_SKIPS]
    if len(words) < MIN_ACRONYM_LETTERS or not all(w[0].isupper() for w in words):
        return None
    acronym = "".join(w[0] for w in words)
    return None if acronym.lower() in _terms_and_kinds() else acronym


@cache
def _terms_and_kinds() -> frozenset[str]:
    return (lowered("health") | lowered("organization_kinds") | lowered("known_words")
            | lowered("roles") | lowered("not_names"))


def email_domain_names(findings: Iterable[Finding]) -> dict[str, bool]:
    """The organization names that the e-mail addresses found spell in their domain.

    "p.zwanenburg@zichtwaarts.nl" makes "Zichtwaarts" in a report and "ZICHTWAARTS" on a
    letterhead the organization. A domain that is a word, a town or a name names no
    organization of its own ("@heerlen.nl", "@bakker.nl"); nor does a mail provider's.
    """
    listed = joined("towns", "first_names", "surnames")
    labels = {f.text.rpartition("@")[2].rpartition(".")[0].lower()
              for f in findings if f.entity_type == "EMAIL_ADDRESS"} - MAIL_PROVIDERS
    return {form: False for label in labels
            if len(label) >= MIN_NAME_LETTERS and label.isalpha()
            and label not in vocabulary().words and label.capitalize() not in listed
            for form in (label.capitalize(), label.upper())}


def organization_variants(findings: Iterable[Finding]) -> dict[str, bool]:
    """The proper names of the organizations found, without their kind word.

    "Basisschool De Vlinderboom" gives "De Vlinderboom" and "Vlinderboom"; "Traumacentrum
    Flevo-Kind" gives "Flevo-Kind". A name that is a place, an ordinary word or a kind of
    organization itself ("Huisartsenpraktijk Asten", "GGZ Jeugd") is not looked for
    alone, only with its article if it has one ("Basisschool De Hazelaar"). Names keep their
    case, but for one word that no Dutch words make. A name of three capitalised words or
    more is also looked for by its acronym ("MMC"); a name found alone, as it stands.
    """
    kinds = lowered("organization_kinds") | lowered("organization_suffixes")
    words = lowered("common_words") | lowered("not_names") | kinds
    variants: dict[str, bool] = {}
    for finding in findings:
        if finding.entity_type != ORGANIZATION:
            continue
        text = " ".join(finding.text.split())
        if acronym := _acronym(text):
            variants.setdefault(acronym, False)
        if " " not in text:  # a name alone: "Klankkast", the letterhead's "ZICHTVELD"
            if len(text) >= MIN_NAME_LETTERS and text[0].isupper() and text.lower() not in words:
                variants.setdefault(text, False)
                if text.isupper():
                    variants.setdefault(text.title(), False)
            continue
        if text.isupper():  # a letterhead's "DE KAAP" is "De Kaap" in the letter
            variants.setdefault(text, False)
            variants.setdefault(_title_cased(text), False)
        kind, name = _kind_and_name(text, kinds)
        if kind.lower() not in kinds and not kind.lower().endswith(kind_endings()):
            if all(word[0].isupper() for word in text.removeprefix("'t ").split()):
                variants.setdefault(text, False)  # "De Duinpieper", "Kleurrijk Thuis": found by
            continue  # a form field, a description or a report, not by a kind
        variants.update(dict.fromkeys(_named_with_article(name), False))
        name = _name_after_subject(name)
        bare = name.removeprefix(next((a for a in ARTICLES if name.startswith(a)), ""))
        if len(bare) < MIN_NAME_LETTERS or bare.lower() in words or not bare[0].isupper():
            continue
        if bare in joined("towns", "world_cities", "regions"):  # "De Hazelaar" is the school,
            # "Hazelaar" a village; "Rheinufer-Klinik Emmerich" the clinic, "Emmerich" a town
            # abroad; "GGZ Oost-Brabant" the institution, "Oost-Brabant" a region
            if name != bare:
                variants.setdefault(name, False)
            continue
        variants.setdefault(name, False)
        if name.isupper():  # "ZONNEWENDE Kinder- en Jeugdpsychiatrie" is "Zonnewende"
            variants.setdefault(name.title(), False)
        # a one-word name that no Dutch word makes may be lower case in a chat: "van merwedal"
        # (but "de vlinderboom bloeit")
        variants[bare] = variants.get(bare, False) or (
            " " not in bare and bare.lower() not in vocabulary().words
            and not is_compound(bare.lower()))
    return variants


def _named_with_article(name: str) -> list[str]:
    """The name's last words from an article amid it, what the centre is called for short.

    "De Linde" of "Eetstoornissen Jeugd De Linde"; none of "De Wolden", which has no more.
    """
    words = name.split(" ")
    starts = [i for i, word in enumerate(words) if i and f"{word} " in ARTICLES]
    tail = words[starts[-1]:] if starts else []
    return [" ".join(tail)] if len(tail) > 1 and tail[-1][0].isupper() else []


def _name_after_subject(name: str) -> str:
    """The one-word name after what a kind is for ("voor Kindertrauma Noorderlicht").

    The name itself if no "voor" opens it, or if the name has more words than one ("voor
    Jeugd en Gezin Hart van Brabant").
    """
    words = name.split(" ")
    one_word = words[0] == "voor" and len(words) > 2 and words[-2][0].isupper()
    return words[-1] if one_word else name


def _title_cased(name: str) -> str:
    """A name in capitals as a letter writes it: "Lindehof Kind en Jeugd" for "LINDEHOF ..."."""
    first, *rest = name.title().split(" ")
    return " ".join([first, *(word.lower() if word.lower() in ACRONYM_SKIPS else word
                              for word in rest)])


def _kind_and_name(text: str, kinds: frozenset[str]) -> tuple[str, str]:
    """The kind word or words and the proper name, the kind first or last.

    "Brede School" and "Het Zwaluwnest"; "Jeugd-GGZ" and "Duinzicht"; "Kinder- en
    Jeugdpsychiatrie" and "Rijnveld"; "GGZ Kind & Jeugd" and "Maasvallei", two kinds after
    the name.
    """
    words = text.split(" ")
    for size in (3, 2, 1):
        kind = " ".join(words[:size])
        if len(words) > size and kind.lower() in kinds:
            return kind, " ".join(words[size:])
    name = words
    while size := next((size for size in (3, 2, 1)  # "Maasoever Kinder- en Jeugdpsychiatrie"
                        if len(name) > size and " ".join(name[-size:]).lower() in kinds), 0):
        name = name[:-size]
    if len(name) < len(words):
        return " ".join(words[len(name):]), " ".join(name)
    return words[0], " ".join(words[1:])


def known_texts(findings: Iterable[Finding], entity_type: str) -> dict[str, bool]:
    """The texts found as the type, to be looked for as written wherever else they stand.

    A place or number found once with its evidence ("verhuisd naar Escamp", "Cliëntnummer:
    ZS-25-0417") is the same place or number in a page footer or between parentheses. Texts
    that are also words or names, or that do not start with a capital or digit, are left out,
    and so are short texts; but a place may be short ("B-2400 Mol", then "weekend in Mol").
    """
    shortest = MIN_PLACE_LETTERS if entity_type == LOCATION else MIN_NAME_LETTERS
    return {text: False for text in _found_texts(findings, entity_type)
            if len(text) >= shortest and (text[0].isupper() or text[0].isdigit())
            and not _also_a_word(text)}


def places_also_words(findings: Iterable[Finding], people: dict[str, bool]) -> dict[str, bool]:
    """The places found with their evidence whose names are words or first names too.

    "6171 KN Stein" or "woont in Echt" makes "Maaskant College, Stein" the town as well; such a
    name is found again only within a sentence (``propagate_names`` with ``mid_sentence``),
    where its capital marks the town ("Echt waar" opens one). A name of someone in the
    submission ("Erica") stays a name.
    """
    return {text: False for text in _found_texts(findings, LOCATION)
            if len(text) >= MIN_PLACE_LETTERS and text[0].isupper() and text not in people
            and _also_a_word(text)}


def _found_texts(findings: Iterable[Finding], entity_type: str) -> tuple[str, ...]:
    """The texts found as the type in reading order, their white space made single spaces."""
    return tuple(dict.fromkeys(" ".join(f.text.split()) for f in findings
                               if f.entity_type == entity_type))


def _also_a_word(text: str) -> bool:
    """Whether a found text is a word or a first name elsewhere too: "Best", "Erica"."""
    lower = text.lower()
    return (lower in lowered("common_words") or lower in lowered("not_names")
            or text in joined("towns.ambiguous", "towns.also_words", "first_names"))


@dataclass(frozen=True)
class KnownTexts:
    """The texts of one type to find again, with their regexes, built once per submission."""

    variants: dict[str, bool]  # each text, and whether it may stand in lower case
    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def of(cls, variants: dict[str, bool]) -> KnownTexts:
        """The texts with their regexes (a trie of thousands of names takes a while)."""
        return cls(variants, _patterns(variants))


def propagate_names(document: Document, findings: Sequence[Finding],
                    variants: dict[str, bool] | KnownTexts, entity_type: str = PERSON,
                    mid_sentence: bool = False) -> tuple[Finding, ...]:
    """The findings plus a finding of the type for each mention of a known name.

    A mention that lies within a finding already made is left to that finding, and so is
    one that overlaps an at least as long finding of another type ("van Praktijk" in
    "Praktijk Kwink"). One that overlaps other findings only in part is added, and
    ``resolve_overlaps`` keeps the longer ("op 't Ekke": the school, not a surname "Ekke";
    "de Graaf": the person, not a hamlet "Graaf"). A person's name in lower case after an
    article is a noun: "een roos".
    """
    known = variants if isinstance(variants, KnownTexts) else KnownTexts.of(variants)
    if not known.patterns:
        return _in_reading_order(findings, ())
    covered = coverage(document.text, findings)
    others = sorted((f for f in findings if f.entity_type != entity_type), key=lambda f: f.start)
    starts = [f.start for f in others]
    longest = max((f.end - f.start for f in others), default=0)
    added: list[Finding] = []
    for pattern in known.patterns:
        for match in pattern.finditer(document.text):
            length = match.end() - match.start()
            nearby = others[bisect_left(starts, match.start() - longest):
                            bisect_left(starts, match.end())]
            if all(covered[match.start():match.end()]) or any(
                    match.start() < f.end and f.end - f.start >= length for f in nearby) or (
                    mid_sentence and _opens_sentence(document.text, match.start())) or (
                    entity_type == PERSON and match.group().islower() and ARTICLE_BEFORE.search(
                        document.text, max(0, match.start() - 5), match.start())):
                continue
            covered[match.start():match.end()] = b"\x01" * (match.end() - match.start())
            added.append(_propagated(document, entity_type, match.span(), "NamePropagation"))
    return _in_reading_order(findings, added)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a text starts a line, a sentence, a list item or a quote."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in SENTENCE_OPENERS


def _propagated(document: Document, entity_type: str, span: tuple[int, int],
                recognizer: str) -> Finding:
    """A finding of a text known from elsewhere in the submission, at the span."""
    start, end = span
    return Finding(entity_type, start, end, document.text[start:end], PROPAGATED_SCORE,
                   document.page_at(start), recognizer)


def _in_reading_order(findings: Sequence[Finding], added: Iterable[Finding]
                      ) -> tuple[Finding, ...]:
    return tuple(sorted((*findings, *added), key=lambda f: (f.start, f.end)))


def _patterns(variants: dict[str, bool]) -> tuple[re.Pattern[str], ...]:
    """One regex for the names that keep their case, one for those that may be lower case.

    Each is a trie of the names, which prefers the longest: "Emma Mulder" is one mention,
    not "Emma" and more. A name stands also in quotes ("'Haohao'"), but is no part of
    "O'Brien" nor "Mo'tje".
    """
    patterns = []
    for lower_ok in (False, True):
        names = [v for v, lower in variants.items() if lower is lower_ok]
        if names:
            patterns.append(re.compile(rf"{_flexible(names, lower_ok)}"
                                       rf"(?![\w@-]|['’](?=\w)(?!s\b)|\.\w)",  # "agnieszka's"
                                       re.IGNORECASE if lower_ok else 0))
    return tuple(patterns)


def _flexible(names: Iterable[str], case_blind: bool) -> str:
    """The names as one regex that allows what varies between mentions of them.

    Word gaps match any white space (line breaks too), and a leading tussenvoegsel may be
    capitalised ("De Vries" at the start of a sentence). A case-blind regex holds each name
    once, in lower case: two spellings ("OSS", "Oss Datum") would be two branches of the
    trie, and the first, not the longest, would win. Where a name may start is looked at
    first in a case-blind regex (``NAME_BOUNDARY``), and after the first letter in one that
    keeps the case, which the regex engine then searches for the names' first letters alone
    (``NAME_START``).
    """
    written = {" ".join(name.split()) for name in names}
    if case_blind:
        entries = {name.lower() for name in written}
        return NAME_BOUNDARY + alternation(entries).replace(r"\ ", r"\s+")
    entries = written | {name[0].upper() + name[1:] for name in written if name[0].islower()}
    return alternation(entries, after_first=NAME_START).replace(r"\ ", r"\s+")
