"""Recognizer for names of persons in Dutch school and care documents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import (
    FIELD_SEPARATOR,
    FIELD_START,
    SAINTS,
    SpanRecognizer,
    matches_on_lines_with,
    start_of_line,
)
from recognizers.lexicon import (
    WORD_START_NO_APOSTROPHE,
    alternation,
    capitalised_too,
    joined,
    lexicon,
    lowered,
)
from recognizers.nl_location_recognizer import DATE_LINE_REST, languages, towns_as_written
from recognizers.nl_organization_recognizer import ARTICLES
from recognizers.vocabulary import is_compound, kind_endings, vocabulary, vouched

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
CAPITALISED_REST = rf"[{LOWER}]+(?:['’][{LOWER}]+)?"  # a capitalised word after its capital
CAPITALISED = rf"[{UPPER}]{CAPITALISED_REST}"
# J.P., Th., Chr., Zs. (but not the "Bs." of a basisschool)
INITIALS = rf"(?:(?:[{UPPER}](?:h|hr)?|Zs)\.[ \t]?){{1,4}}(?![{LOWER}])"
# a signature written as a handle, initials run into the surname: "JPdWit", "RJMol", "FHamdaoui",
# "WGroen", or with a space but no dots: "S Hoogland", "BJ Winter"
HANDLE = (rf"[{UPPER}]{{1,3}}(?:[{LOWER}]{{1,3}})?{CAPITALISED}(?:-{CAPITALISED})?"
          rf"|[{UPPER}]{{1,2}}[ \t]{CAPITALISED}")
# where a handle signs: after a signature's label, or on a dotted line ("....WGroen....");
# a regex for each, as each opens with the letters or signs it is searched for (fast)
SIGNED_HANDLES = (
    re.compile(rf"{alternation(('handtekening', 'paraaf', 'getekend'), case_blind=True)}"
               rf"[^:\n]{{0,20}}:[ \t.…_]*(?P<name>{HANDLE})(?![\w'’-])"),
    re.compile(rf"[.…_][.…_]{{2,}}(?P<name>{HANDLE})(?![\w'’-])"))

# a mail header's field of addresses after its label, not a name: German "An: x@y.de"
ADDRESS_FIELD_AFTER = re.compile(r":[ \t]*(?:[^\n:<>@]{1,40}<)?[^\s@<>]+@")  # "Vos, Anke <...>"

# the particle of a Portuguese or Spanish double surname: "Pereira da Silva", "Gomes dos Santos"
ROMANCE_PARTICLE = r"(?:da|das|do|dos|di|del|della|de la|y)"
MIN_KIND_LETTERS = 3
MIN_WORD_NOT_SURNAME = 8  # "B. Werkhouding" is a score and a word; "A. Tiktak" a name
# a saint names a school, church or hospital, not a person: "intern begeleider Sint-Martinus"
SAINT = re.compile(r"(?:Sint|St\.)(?:-|[ \t]+)[A-Z]")
# a street, not a surname: "aan de Molenstraat" (not -dijk or -weg: "van Dijk", "Verweg")
STREET_WORD_END = re.compile(r"(?:straat|laan|plein|gracht|singel|kade|steeg|dreef)$")
PREPOSITIONS = r"(?:in|te|uit|naar|bij|op|met|via|voor)"
AFTER_PREPOSITION = re.compile(rf"\b{PREPOSITIONS}[ \t]+$")
PREPOSITION = re.compile(rf"{PREPOSITIONS}[ \t]")  # "in het Oekraïens" is no "in het Veld"
TOWN_AFTER_NAME = re.compile(r"[ \t]+te[ \t]+(?P<town>\S+)$")
# a form field's separator after a word, which makes the word its label ("[ ] pleegouders\nVoogd
# ..... mw. De Haan": no name of the foster parents)
LABEL_AFTER = re.compile(r"[ \t]*(?::|\.{2,})")
FOREIGN_PAIR_RULE = "foreign_pair"  # the rule's name, which its findings keep
TITLE_RULE = "title"  # a name after a title: "mevrouw Kaya", "Roepnaam: Dasha"
SAINT_BEFORE = re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, SAINTS))})[ \t]+\Z")
SAINT_REACH = 7
MAX_KIND_AFTER = 30  # characters after a name searched for a kind of organization
HEADING_GOES_ON = re.compile(r"[ \t]+[a-z]")  # "D. Korte beschrijving", not "B. Jansen (IB)"
ROLE_RULE = "role"  # a name beside a role: "tolk Iryna Melnyk", "Semhar Tekle, jeugdconsulent"
# a surname in capitals before the first name, in a field's value: "RAHIMI, Mohammad", "DE
# VRIES-BAKKER, Emma"
SURNAME_IN_CAPITALS_FIRST = re.compile(r"[ \t]*[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)*(?=,)")
# the last word of a name, which may be a town: not after a tussenvoegsel ("Jan van Zwolle")
SIGNED_IN_TOWN = re.compile(r"(?P<before>\S+)[ \t]+(?P<town>[A-Z][\w'’-]+)$")
QUOTES = ('"', "“", "'", "‘")
# the sender's name before a mail address: "Van: Roos Bakker <rb@example.nl>"
SENDER = (r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4})"
          r"[ \t]*<[^\s<>@]+@[^\s<>]+>")
# a first name in lower case alone on the last line of a (quoted) message: "> kim" over ">"
LOWER_CASE_SIGNATURE = re.compile(r"(?m)^[> \t]*(?P<name>[a-z]{2,})[ \t]*\n[> \t]*$")
GREETINGS = ("hi", "hoi", "hallo", "hey", "beste", "dag", "lieve", "dear", "groet", "groetjes",
             "gr", "gr.", "liefs", "best", "thanks", "bedankt", "dank je", "cheers", "regards")


# an age or birth date in brackets after a first name: "Omar (11-05-2023)", "Omar (8 jaar)",
# or in the table's next cell: "| Pieter  | 08-10-2018 |"
AGE_AFTER = re.compile(r"[ \t]*(?:\((?:\d|geb)|\|[ \t]*\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d)")


# a first name joined to another: "met Lotte en Jasmijn", "Jasmijn en Lotte"
JOINED_NAME_AFTER = re.compile(rf"[ \t]+(?:en|of|&)[ \t]+(?P<other>{CAPITALISED})(?![\w'’-])")
JOINED_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<other>{CAPITALISED})[ \t]+(?:en|of|&)[ \t]+\Z")
JOINED_REACH = 30  # characters before a first name searched for the one joined to it


def _as_written_in_lower_case(value: str) -> str:
    """A field's value in capitals as a name is written, to read it: "RAHIMI" as "Rahimi".

    So is a surname in capitals before the comma of "Achternaam, Voornaam": "RAHIMI, Mohammad
    Farid". Not a value with an acronym ("SWV PO 20-01", "ADHD", "2161 KA Katwijk"): a word
    without a vowel or a known one.
    """
    if value.isupper():
        capitals = value
    else:
        surname_first = SURNAME_IN_CAPITALS_FIRST.match(value)
        capitals = surname_first.group() if surname_first else ""
    titled = capitals.title()
    words = re.findall(r"[^\W\d_]{2,}", capitals)
    if not words or any(_is_acronym(word) for word in words) or len(titled) != len(capitals):
        return value
    return titled + value[len(capitals):]


def _is_acronym(word: str) -> bool:
    """A word without a vowel, or one the vocabulary or the health terms know ("TOS")."""
    return (re.search("[AEIOUY]", word) is None or word.lower() in lowered("known_words")
            or word.lower() in lowered("health"))


class NlPersonRecognizer(SpanRecognizer):
    """Recognize names of persons: pupils, parents, teachers, care professionals.

    Dutch names are built from first names, initials and a surname with or without a
    tussenvoegsel (van, de, van der, 't): "Daan de Vries", "J.P. de Wit", "Jansen-Bakker",
    "El Amrani". A name is recognized where the evidence says it is one:

    - a title or form of address before it (dhr., mevr., drs.), or a word a first name
      follows (juf, broer, hoi): ``title``;
    - initials before a surname: ``initials``;
    - a known first name, alone or before a surname: ``first_name``;
    - a form-field label ("Naam leerling:", "Ouder/verzorger 1:"): ``label``;
    - the line after a closing ("Met vriendelijke groet,"), or a handle after a signature's
      label ("Handtekening: JPdWit"): ``signature``;
    - a role before it ("tolk Iryna Melnyk") or after it and a comma ("Semhar Tekle,
      jeugdconsulent"), or a birth date or an age after it ("Maksym (geboren 3 mei 2012)",
      "Noor, 14,"): ``role``;
    - the display name of an e-mail address or the speaker of a quoted chat message, in any
      case ("Van: shurayne martina <...>", "[12-11-2025 07:48] hatice: ..."):
      ``mail_header``;
    - two capitalised words in a row that no Dutch list holds ("Karthik Subramaniam"):
      ``foreign_pair``;
    - a first name or unknown word in lower case after a greeting or closing ("hi wouter,",
      "groet magda"): ``greeting``.

    Surnames that are ordinary words (Bakker, de Jong, Visser, Mol, Storm) count only with
    such evidence. The lexicons come from deduce (see ``lexicons/README.md``). The pipeline
    then propagates every name found to its other mentions (``pipeline.names``).
    All example names are fictitious.
    """

    ENTITY = "PERSON"
    SCORES = {TITLE_RULE: 0.85, "initials": 0.8, "label": 0.85, "signature": 0.8,
              "full_name": 0.85, "first_name": 0.6, ROLE_RULE: 0.75, "mail_header": 0.8,
              FOREIGN_PAIR_RULE: 0.6, "greeting": 0.6}
    CLOSINGS = ("met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet",
                "hartelijke groet", "hoogachtend", "groetjes", "groet")

    @cached_property
    def _first_names(self) -> frozenset[str]:
        """First names that are not also ordinary words ("Hoi", "Storm")."""
        excluded = lexicon("first_names.ambiguous") | lexicon("not_names")
        words = lowered("common_words") | lowered("interfixes")
        return frozenset(name for name in lexicon("first_names")
                         if name not in excluded and name.lower() not in words)

    @cached_property
    def _greeted_first_names(self) -> frozenset[str]:
        """First names in lower case that are no common word ("magda"), built once."""
        return lowered("first_names") - lowered("common_words") - lowered("not_names")

    @cached_property
    def _lone_first_names(self) -> frozenset[str]:
        """First names that are a name even without a surname: not also a surname."""
        return self._first_names - lexicon("surnames") - lexicon("surnames.ambiguous")

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        # in any case, its first letter looked for first (fast); not after a word, nor the
        # letters of a postcode: "9601 BC Hoogezand"
        titles = alternation(lexicon("titles") | lexicon("titles.extra"), case_blind=True,
                             after_first=r"(?<![\w.].)(?<!\d{4}[ \t].)")
        informal = alternation(lexicon("titles.informal"))
        titles_and_kin = alternation(  # as written and capitalised: cheaper than case-blind
            {form for word in lowered("titles") | lowered("titles.informal")
             for form in (word, word.capitalize())})
        labels = alternation(lexicon("name_labels"))
        interfix = alternation(lexicon("interfixes")
                               | {i.capitalize() for i in lexicon("interfixes")})
        never = alternation(lexicon("not_names"))
        roles = alternation(capitalised_too("roles"))
        greetings = alternation({*GREETINGS, *(g.capitalize() for g in GREETINGS)})
        word = rf"(?!(?:{never})(?![\w'’-])){CAPITALISED}"

        def surname_of(word: str) -> str:
            return (rf"(?:(?:{interfix})[ \t]+)?{word}(?:-(?:(?:{interfix})[ \t])?{word})?"
                    rf"(?:[ \t]+{ROMANCE_PARTICLE}[ \t]+{word})?")  # "Pereira da Silva"

        surname = surname_of(word)
        # one space between a name's words: two or more separate a form's columns
        name = rf"(?:{INITIALS}[ \t]*|(?:{word}[ \t]){{0,2}})?{surname}"
        return {
            "title": re.compile(rf"{titles}[ \t]+(?P<name>{name})"),
            # also with the line broken between them: "met haar vriendin\nFleur en juf Anouk"
            "informal": re.compile(
                rf"(?<![\w.])(?i:{informal})(?:{FIELD_SEPARATOR}|[ \t]+\(?"
                rf"|(?P<broken>[ \t]*\n[ \t]*))(?P<name>{name})"),
            # a birth date or an age after a name: "Maksym (geboren 3 mei 2012)", "(Noor, 14,",
            # "Dilovan (5)"; found first, as it is rare, and the name then right before it
            # (matched from its bracket or comma, which is fast: ``_name_end`` steps back)
            "born_or_aged": re.compile(r"[(,](?:(?P<born>[ \t]*(?i:geboren|geb\.))"
                                       r"|(?:(?<=,)[ \t]*|(?<=[ \t]\())1?\d(?:[ \t]+jaar)?[,)])"),
            "name_ending": re.compile(rf"(?<![\w'’.-])(?P<name>{name})\Z"),
            # also on a dotted line: "Handtekening: ....J. Hoek....", and a surname that is
            # never a name alone ("D. Spaans"): ``_with_initials`` checks it; after an initial's
            # hyphen ("M.-J. Storm") but not an acronym's ("CGT-E. Vanwege")
            # (``INITIALS`` matched from the first one's capital and looked back at from there,
            # which the regex engine skips ahead to)
            "initials": re.compile(
                rf"(?P<name>[{UPPER}](?:(?<![\w.-].)|(?<=\.\..)|(?<=\.-.))(?:h|hr|(?<=Z)s)?\.[ \t]?"
                rf"(?:(?:[{UPPER}](?:h|hr)?|Zs)\.[ \t]?){{0,3}}(?![{LOWER}])"
                rf"[ \t]*{surname_of(CAPITALISED)})"),
            # the value ends at a column's gap: "Naam: Daryna Melnyk      Roepnaam: Dasha"
            "label": re.compile(rf"(?im){FIELD_START}(?:{labels}){FIELD_SEPARATOR}"
                                rf"(?P<value>(?:[^\n|\t ]|[ \t](?![ \t]{{2}}))+)"),
            # "Jan-Willem" (its first letter looked back at from itself, which is fast)
            "token": re.compile(rf"[{UPPER}]{WORD_START_NO_APOSTROPHE}{CAPITALISED_REST}"
                                rf"(?:-{CAPITALISED})?"),
            "after_first": re.compile(rf"(?:[ \t]{INITIALS})?[ \t]{surname}"),
            "second_first_name": re.compile(rf"[ \t]+(?P<second>{word})"),
            "name": re.compile(rf"(?<![\w'’-])(?:{name})"),
            # a name in lower case after a title or a kin word, as parents write it ("bij dr
            # haverkamp", "mevrouw verhoef", "Juf zuzia"): ``_greeted_in_lower_case`` checks it
            "titled_in_lower_case": re.compile(
                rf"(?<![\w.])(?:{titles_and_kin})[ \t]+"
                rf"(?P<name>[{LOWER}][{LOWER}'’]{{2,}})(?![\w'’-])"),
            # "hi wouter,", "groet magda", "best, tomek", "-- baran" at the end of a message
            "greeting": re.compile(
                rf"(?m)(?:\b(?:{greetings})[ \t]*,?|(?<![\w-])--)[ \t]+"
                rf"(?P<name>(?i:[{LOWER}][{LOWER}'’-]{{2,}}))(?=[ \t]*[,.!:\f]|[ \t]*$)"),
            # two words or three: "Putri Wulandari Hasibuan"
            "pair": re.compile(rf"(?P<name>[{UPPER}](?<![\w'’.-].){CAPITALISED_REST}"
                               rf"[ \t]{CAPITALISED}(?:-{CAPITALISED})?(?P<third>[ \t]{CAPITALISED}"
                               rf"(?:-{CAPITALISED})?)?)(?![\w'’-])"),
            # "tolk Iryna Melnyk", "orthopedagoog SWV Desislava Petrova"
            "before_role": re.compile(
                rf"(?<![\w.])(?:{roles})(?:[ \t]+[A-Z]{{2,5}})?[ \t]+(?P<name>{name})"),
            "after_role": re.compile(
                rf"(?<![\w'’.-])(?P<name>(?:{word}[ \t]+)+{surname}),[ \t]*(?:{roles})(?![\w])"),
            # what the line of a name before its role holds, looked for first (fast)
            "role_after_comma": re.compile(rf",[ \t]*(?:{roles})(?![\w])"),
            # the speaker of a chat message quoted in a report: "[12-11-2025 07:48] hatice: ..."
            "chat_speaker": re.compile(
                r"(?m)^[ \t]*\[(?=[^\]\n]*\d)[^\]\n]{4,30}\][ \t]*(?P<name>[^\W\d_][\w'’-]*"
                r"(?:[ \t]+[^\W\d_][\w'’-]*){0,2}):"),
            "closing_then_name": re.compile(
                rf"(?im)^[ \t]*(?:{alternation(self.CLOSINGS)}),[ \t]*(?P<name>{name})[ \t]*$"),
            "mail_header": re.compile(rf"(?m)(?:^|[:,;][ \t]*){SENDER}"),
            # a quoted mail's sender: "Op 6 okt. 2025 om 20:05 schreef gjvanslooten <...>"
            "quoted_sender": re.compile(rf"\b(?:schreef|wrote)[ \t]+{SENDER}"),
        }

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every name the evidence supports, with the rule that found it."""
        spans = [*self._titled(text), *self._with_initials(text), *self._first_named(text),
                 *self._labelled(text), *self._signed(text), *self._by_role(text),
                 *self._mail_headers(text), *self._foreign_pairs(text),
                 *self._greeted_in_lower_case(text)]
        spans = [(start, self._before_a_town(text, start, end), rule)
                 for start, end, rule in spans]
        return [self.result(start, end, self.SCORES[rule], rule) for start, end, rule in spans
                if self._plausible(text[start:end])]

    def _before_a_town(self, text: str, start: int, end: int) -> int:
        """Where the name ends: "Jacobs te Nederweert" is Jacobs, of a town no surname.

        "te Winkel" and "Anna te Winkel" stay whole: Winkel is a surname as well. A town
        that heads a date after a full name is the place a form was signed in, its column gap
        lost: "Thijs Huisman Oisterwijk, 21 januari 2026".
        """
        town = TOWN_AFTER_NAME.search(text, start, end)
        if (town is not None and town.start() > start and town.group("town") in lexicon("towns")
                and town.group("town") not in lexicon("surnames")):
            return town.start()
        # one word before a town that is a surname too: "Anna Kampen, 12-03-2026" keeps it
        signed = SIGNED_IN_TOWN.search(text, start, end)
        if (signed is not None and DATE_LINE_REST.match(text, end)
                and (signed.start() > start  # or a first name alone: "Karam Doetinchem, 3-10"
                     or signed.group("before") in self._lone_first_names
                     and signed.group("town") not in lexicon("surnames"))
                and signed.group("before").lower() not in lowered("interfixes")
                and signed.group("town") in lexicon("towns")
                and signed.group("town") not in lexicon("first_names")):
            return signed.end("before")
        return end

    def _plausible(self, candidate: str) -> bool:
        """Reject organizations ("Horst van Praktijk") and non-names ("Groep", "School").

        After initials, a surname is one even when it is also a word of that kind, but for
        a common one: "D. Spaans", but not "B. Groep"; and even with a street's ending:
        "dr. H.W.M. Coenegracht".
        """
        words = [w for w in re.split(r"[\s-]+", candidate) if w and not w.endswith(".")]
        initialled = re.match(INITIALS, candidate) is not None
        return (any(w.lower() not in lowered("not_names") or initialled and self._rare_surname(w)
                    for w in words)
                and not self._is_organization(candidate)
                and candidate not in lexicon("countries")
                and (initialled or not self._street(words[-1] if words else candidate)))

    @staticmethod
    def _street(word: str) -> bool:
        """A street's name ("Kerksteeg"), but not a surname with that ending ("Versteeg")."""
        return STREET_WORD_END.search(word) is not None and word not in lexicon("surnames")

    @staticmethod
    def _word_and_no_surname(word: str) -> bool:
        """A long Dutch word that no surname is: "Werkhouding", not "Tiktak" or "Timmerman"."""
        return (len(word) >= MIN_WORD_NOT_SURNAME and word.lower() in vocabulary().words
                and word not in lexicon("surnames"))

    @staticmethod
    def _rare_surname(word: str) -> bool:
        """A surname that is no common word: "Spaans" is, "Groep" is not."""
        return word in lexicon("surnames") and word.lower() not in lowered("common_words")

    def _titled(self, text: str) -> Iterator[tuple[int, int, str]]:
        for match in self._patterns["title"].finditer(text):
            if (self._known_if_single(match.group("name"))  # also "mevrouw in 't Veld"
                    and not self._affiliation(match.group("name"))):
                yield match.start("name"), match.end("name"), TITLE_RULE
        for match in self._patterns["informal"].finditer(text):  # "broer Yonas": any name,
            name = match.group("name")  # but not "zus\nZe gaat" or "vader (Lanaken)"
            if (text[match.start("name") - 1] == "(" and self._is_place(name)
                    and name not in self._first_names or self._in_a_place(name)
                    or self._affiliation(name)):
                continue
            if not match.group("broken") or (self._known_if_single(name)
                                             and not self._starts_with_a_word(name)
                                             and not LABEL_AFTER.match(text, match.end())):
                yield match.start("name"), match.end("name"), TITLE_RULE

    def _with_initials(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Initials and a surname: one that is never a name alone only if it is a surname too.

        "D. Spaans" is a name, "een B. Op de" a score and a sentence, and so is "spelling B.
        Werkhouding": a word that is no surname.
        """
        for match in self._patterns["initials"].finditer(text):
            words = re.findall(CAPITALISED, match.group("name").split(".")[-1])
            if self._is_section_heading(text, match) or any(
                    w.lower() in lowered("not_names") and not self._rare_surname(w)
                    or self._word_and_no_surname(w) for w in words):
                continue
            yield match.start("name"), match.end("name"), "initials"

    def _by_role(self, text: str) -> Iterator[tuple[int, int, str]]:
        for match in (*self._patterns["before_role"].finditer(text),
                      *matches_on_lines_with(self._patterns["after_role"], text,
                                             self._patterns["role_after_comma"]),
                      *self._born_or_aged(text)):
            name = match.group("name")
            if (self._known_if_single(name) and name not in lexicon("towns")
                    and name not in languages()  # "tolk Kriolu"
                    and self._surname_is_known(name) and not self._starts_with_a_word(name)
                    and not self._works_at(name, text, match.end("name"))):
                yield match.start("name"), match.end("name"), ROLE_RULE

    def _works_at(self, name: str, text: str, end: int) -> bool:
        """Whether a role's "van" names where the person works: "behandelaar van Lauwers GGZ"."""
        after = text[end:end + MAX_KIND_AFTER].split(maxsplit=1)
        return (name.startswith("van ") and bool(after)
                and after[0].strip(",.;:)").lower() in self._organization_kinds)

    def _born_or_aged(self, text: str) -> Iterator[re.Match[str]]:
        """The names right before a birth date or an age, on the same line.

        A word alone before a bracket on its line is a first name or no Dutch word ("Dilovan
        (5)"), not a step of a list ("Stap (4)").
        """
        for after in self._patterns["born_or_aged"].finditer(text):
            name_end = self._name_end(text, after)
            line_start = start_of_line(text, name_end)
            name = self._patterns["name_ending"].search(text, line_start, name_end)
            bracket_on_its_line = (after.group().startswith("(")
                                   and "\n" not in text[name_end:after.start()])
            if name and not (bracket_on_its_line and " " not in name.group()
                             and vouched(name.group())
                             and name.group() not in lexicon("first_names")):
                yield name

    @staticmethod
    def _name_end(text: str, after: re.Match[str]) -> int:
        """Where the name before a birth date or an age ends.

        Before the spaces, also before a line's break when the birth date opens the next line,
        but not before an age's comma.
        """
        end = after.start()
        if after.group("born"):
            while end > 0 and text[end - 1].isspace():
                end -= 1
        elif after.group().startswith("("):
            while end > 0 and text[end - 1] in " \t":
                end -= 1
        return end

    @staticmethod
    def _starts_with_a_word(name: str) -> bool:
        """Whether it opens with an ordinary word or a word of kin.

        "logopedist Totaal Taalscore" and "Toestemmingsverklaring van Ilias (16 jaar)" name no
        one; "Broertje Maksym, geb. 2 mei 2019" names Maksym. A surname alone is a name even
        when it is a word too: "fysiotherapeut Winter".
        """
        words = [w for w in name.split() if w.lower() not in lowered("interfixes")]
        if len(words) == 1 and words[0] in lexicon("surnames"):
            return False
        return bool(words) and (words[0].lower() in lowered("common_words")
                                or words[0].lower() in lowered("titles.informal")
                                or len(words) > 1 and is_compound(words[0].lower())
                                and words[0] not in joined("first_names", "surnames"))

    @staticmethod
    def _surname_is_known(name: str) -> bool:
        """Whether a name that starts with a tussenvoegsel, or with "De", has a known surname.

        "kinderarts van Dijk" and "jeugdarts De Vries-Bakker" name a doctor; "kinderarts van
        Parkstad MC" a hospital and "kinderpsychiater De Wendakker" a clinic.
        """
        words = name.split()
        if not (name[0].islower() or words[0] == "De"):
            return True
        return any(part in lexicon("surnames") for part in words[-1].split("-"))

    def _mail_headers(self, text: str) -> Iterator[tuple[int, int, str]]:
        """The sender of a mail or chat message, in any case, unless a word is no name.

        Nor is a mail's sender of capitalised Dutch words that no list of names holds
        ("Leerplicht <...>"), though a chat's speaker may be one ("aga:").
        """
        for rule in ("mail_header", "quoted_sender", "chat_speaker"):
            pattern = self._patterns[rule]
            for match in matches_on_lines_with(pattern, text,
                                               None if rule == "chat_speaker" else "@"):
                words = match.group("name").split()
                if not (any(w.lower() in lowered("not_names") or w.isupper() for w in words)
                        or rule != "chat_speaker" and all(self._is_department_word(w)
                                                         for w in words)):
                    yield match.start("name"), match.end("name"), "mail_header"

    @staticmethod
    def _is_department_word(word: str) -> bool:
        """A capitalised Dutch word that names no one: "Leerplicht", "Zorgloket"."""
        return word[0].isupper() and vouched(word) and word.lower() not in vocabulary().names

    def _greeted_in_lower_case(self, text: str) -> Iterator[tuple[int, int, str]]:
        """A name in lower case after a greeting, a title or kin, or ending a message.

        After a greeting ("groet magda", "> kim") it must be a first name that is no common
        word, or a word no vocabulary vouches for ("tomek"): not "hoi allemaal" or "thanks
        all". After a title or kin ("dr haverkamp", "moeder fatima") it must be a listed
        first name or surname that is no Dutch word: not "mevrouw zegt", "juf bakker".
        """
        for match in self._patterns["greeting"].finditer(text):
            word = match.group("name")
            if word in self._greeted_first_names or not vouched(word.capitalize()):
                yield match.start("name"), match.end("name"), "greeting"
        for match in self._patterns["titled_in_lower_case"].finditer(text):
            word = match.group("name")
            if ((word in self._greeted_first_names or word in lowered("surnames"))
                    and word not in vocabulary().words):
                yield match.start("name"), match.end("name"), "greeting"
        for match in LOWER_CASE_SIGNATURE.finditer(text):
            if match.group("name") in self._greeted_first_names:
                yield match.start("name"), match.end("name"), "greeting"

    def _foreign_pairs(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Two or three capitalised words in a row that no Dutch list holds: "Putri Hasibuan".

        None may be a place (here or abroad) or a word the vocabulary vouches for: a Dutch
        word or compound ("Medeonderzoeker"), a title, a word that is never a name ("Dear").
        """
        position = 0
        while match := self._patterns["pair"].search(text, position):
            start, two_words_end = match.start("name"), match.end("name")
            if match.group("third"):
                two_words_end = match.start("third")
                if self._all_foreign(match.group("name")):
                    yield start, match.end("name"), FOREIGN_PAIR_RULE
                    position = match.end("name")
                    continue
            if self._all_foreign(text[start:two_words_end]):
                yield start, two_words_end, FOREIGN_PAIR_RULE
            position = two_words_end

    def _all_foreign(self, name: str) -> bool:
        return all(self._foreign(word) for word in [name, *re.split(r"[ \t-]+", name)])

    def _foreign(self, word: str) -> bool:
        return not (vouched(word) or self._is_place(word))

    @staticmethod
    def _is_organization(candidate: str) -> bool:
        """Whether a candidate names an organization: "Stichting Jeugdzorg", "Sint-Martinus".

        A saint's name opens it, a word or two of it are in the list of kinds (of three
        letters or more: not the "So" of a Korean name), or a word of a name of more ends with
        one ("Kindertraumacentrum Merwestroom"; "Kempenlyceum" alone is better masked as a
        name than not at all).
        """
        words = candidate.lower().split()
        pairs = (f"{first} {second}" for first, second in zip(words, words[1:], strict=False))
        return SAINT.match(candidate) is not None or any(
            len(term) >= MIN_KIND_LETTERS and term in lowered("organization_kinds")
            for term in (*words, *pairs)) or (
            len(words) > 1 and any(w.endswith(kind_endings()) for w in words))

    @staticmethod
    def _known_if_single(candidate: str) -> bool:
        """Whether a candidate of one word is a known first name or surname, or no Dutch word.

        After a formal title a lone Dutch word starts a sentence ("dr. Eerder is ..."), where
        a word no Dutch list holds is a name ("Mrs Sastrowardojo"); a compound of Dutch words
        names an organization ("behandelaar Deltakust"). Candidates of more words pass.
        """
        words = candidate.strip().split()
        return len(words) > 1 or any(part in lexicon("first_names") or part in lexicon("surnames")
                                     or not vouched(part) for part in words[0].split("-"))

    def _in_a_place(self, name: str) -> bool:
        """Whether the name's particle "in" is the word before a town: "pleeggezin in 't Harde"."""
        return name.startswith("in ") and self._is_place(name.removeprefix("in "))

    def _is_place(self, word: str) -> bool:
        """Whether a word names a Dutch town or a city abroad ("Lanaken", "'t Harde")."""
        return word in self._places

    @cached_property
    def _places(self) -> frozenset[str]:
        return lexicon("towns") | towns_as_written() | lexicon("world_cities")

    @staticmethod
    def _known_name(candidate: str) -> bool:
        return candidate in lexicon("first_names") or candidate in lexicon("surnames")

    def _is_section_heading(self, text: str, match: re.Match[str]) -> bool:
        """Whether the match numbers a section ("F. Bijlagen" at a line's start).

        Not if any part of the name is a surname ("E. de Vries-Oud"), but for one that is
        never a name in these documents ("C. Doelen"), or where the letter before or after
        numbers a section too and lower-case words go on ("C. Gegevens school ... D. Korte
        beschrijving").
        """
        name = match.group("name")
        at_line_start = match.start() == 0 or text[match.start() - 1] == "\n"
        if not (at_line_start and re.match(r"[A-Z]\.\s", name)):
            return False
        neighbours = {chr(ord(name[0]) + step) for step in (-1, 1)} - {"@", "["}
        return all(part not in lexicon("surnames") or part in lexicon("not_names")
                   for part in name.split()[-1].split("-")) or (
            HEADING_GOES_ON.match(text, match.end()) is not None and re.search(
                rf"(?m)^[{''.join(neighbours)}]\.[ \t]+[A-Z]", text) is not None)

    def _first_named(self, text: str) -> Iterator[tuple[int, int, str]]:
        """A known first name, extended by a following surname where there is one.

        One that is also a surname only with an age or birth date after it ("Omar (2016)"), or
        joined to a first name that is none ("Lotte en Jasmijn"); none that labels an address
        ("An: zorg@school.nl", a German mail's "To:"), nor a saint's ("Kinderklinik St. Vitus").
        """
        covered_until = 0
        for match in self._patterns["token"].finditer(text):
            parts = match.group().split("-")
            if (match.start() < covered_until or not self._first_names.issuperset(parts)
                    or SAINT_BEFORE.search(text, max(0, match.start() - SAINT_REACH),
                                           match.start())):
                continue
            rest = self._rest_of_name(text, match.end())
            if rest:
                covered_until = rest.end()
                yield match.start(), rest.end(), "full_name"
            elif (self._lone_first_names.issuperset(parts) or AGE_AFTER.match(text, match.end())
                    or self._beside_a_first_name(text, match.start(), match.end())
                    ) and not ADDRESS_FIELD_AFTER.match(text, match.end()):
                yield match.start(), match.end(), "first_name"

    def _beside_a_first_name(self, text: str, start: int, end: int) -> bool:
        """Whether "en" joins it to a first name that is no surname: "Lotte en Jasmijn"."""
        after = JOINED_NAME_AFTER.match(text, end)
        before = JOINED_NAME_BEFORE.search(text, max(0, start - JOINED_REACH), start)
        return any(joined is not None and joined.group("other") in self._lone_first_names
                   for joined in (after, before))

    def _rest_of_name(self, text: str, position: int) -> re.Match[str] | None:
        """The surname after a first name, past a second first name ("Emma Sophie de Vries").

        "van" and a Dutch word or compound that is no known surname names where someone works:
        "Tessa van Hoorwijzer"; a health term is none ("Bram Concerta 27 mg").
        """
        second = self._patterns["second_first_name"].match(text, position)
        rest = None
        if second and second.group("second") in self._first_names:
            rest = self._patterns["after_first"].match(text, second.end())
        rest = rest or self._patterns["after_first"].match(text, position)
        if rest and (self._affiliation(rest.group()) or self._german_noun(rest.group())
                     or any(word in lexicon("health") for word in rest.group().split())):
            return None  # "Bram Concerta 27 mg": a medicine is no surname
        return rest

    @staticmethod
    def _affiliation(rest: str) -> bool:
        """Whether "van" and a Dutch word that is no surname tell where someone works.

        "Tessa van Hoorwijzer", "juf van de Ankerplaats" (but "juf van de Kamp").
        """
        words = rest.split()
        if len(words) == 3 and words[1] in ("de", "het"):
            words = [words[0], words[2]]
        return (len(words) == 2 and words[0] == "van" and words[1] not in lexicon("surnames")
                and vouched(words[1]))

    @staticmethod
    def _german_noun(rest: str) -> bool:
        """Whether a lone "der" is German's article before a noun: "Gabe der Notfallmedikation".

        As a tussenvoegsel it stands alone only before a few surnames ("der Kinderen").
        """
        words = rest.split()
        return (len(words) == 2 and words[0] == "der"
                and words[1] not in joined("surnames", "surnames.ambiguous"))

    def _labelled(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Names in the value of a name field, which may list several, comma-separated.

        Nothing in a quote is a name ('Moeder: "Thuis praat ze Oekraïens"').
        """
        for match in self._patterns["label"].finditer(text):
            offset, value = match.start("value"), _as_written_in_lower_case(match.group("value"))
            if value.lstrip().startswith(QUOTES):
                continue
            for index, name in enumerate(self._patterns["name"].finditer(value)):
                if self._names_someone_in_value(value, name, first=index == 0):
                    yield offset + name.start(), offset + name.end(), "label"

    def _names_someone_in_value(self, value: str, name: re.Match[str], first: bool) -> bool:
        """Whether a name-like part of a field's value is a name.

        A part of one word counts only when that word is a known first name or surname; a
        word after a preposition is none ("Naam vader: Piotr Nowak, woont in Polen"). One word
        between brackets after a name is a nickname only if it is a known name: "Jacobus
        (Koos)", but "P. Zwanenburg (Zichtwaarts)" works there, and so does "dr. Owusu (De
        Lindeboog)": a name with its article. A town after the first part is the address:
        "Aan: mevrouw F. Winter, VSO De Wissel, Emmen".
        """
        found = name.group()
        single = " " not in found
        bracketed = value[name.start() - 1:name.start()] == "("
        return (self._known_if_single(found)
                and not (bracketed and single and not self._known_name(found))
                and not (bracketed and found.split()[0] in ARTICLES)
                and not self._in_organization_name(value, name.start())
                and not (single and not first and self._is_place(found))
                and not AFTER_PREPOSITION.search(value, 0, name.start())
                and not PREPOSITION.match(found))

    def _in_organization_name(self, value: str, start: int) -> bool:
        """Whether a kind of organization heads the value's part, as "Stichting" does.

        "Gezinsvoogd: N. El Amrani, Stichting Voogdij Geul en Maas": Maas is no person.
        """
        part = value[value.rfind(",", 0, start) + 1:start]
        return any(word.isalpha() and word.lower() in self._organization_kinds
                   for word in part.split())

    @cached_property
    def _organization_kinds(self) -> frozenset[str]:
        """The kinds of organization, before or after the name, in lower case."""
        return lowered("organization_kinds") | lowered("organization_suffixes")

    def _signed(self, text: str) -> Iterator[tuple[int, int, str]]:
        """The name after a closing: on the next line, or after its comma ("Groet, Zsuzsa").

        A role standing there alone ("Voogd", "Mentor", as in a copy whose name was
        redacted) is none, even when it is a surname too.
        """
        lines = text.split("\n")
        offset = 0
        starts = []
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1
        for index, line in enumerate(lines[:-1]):
            if line.strip().rstrip(",").lower() in self.CLOSINGS:
                following = lines[index + 1]
                name = self._patterns["name"].match(following.strip())
                is_role = name is not None and name.group().lower() in lowered("name_labels")
                if name and not is_role and self._known_if_single(name.group()):
                    start = starts[index + 1] + following.index(name.group())
                    yield start, start + len(name.group()), "signature"
        for match in self._patterns["closing_then_name"].finditer(text):  # "Groet, Zsuzsa"
            if match.group("name").lower() not in lowered("name_labels"):
                yield match.start("name"), match.end("name"), "signature"
        handles = {match.span("name"): match.group("name")  # a dotted line after a label
                   for pattern in SIGNED_HANDLES for match in pattern.finditer(text)}
        for (start, end), handle in handles.items():  # its surname no word: not "MijnKind"
            surname = re.findall(CAPITALISED, handle)[-1]
            if surname in lexicon("surnames") or not vouched(surname):
                yield start, end, "signature"
