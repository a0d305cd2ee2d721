"""Recognizer for Dutch addresses: street and house number, postcode, town."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, cached_property

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import SpanRecognizer, matches_on_lines_with, start_of_line
from recognizers.dates import GERMAN_MONTHS, GERMAN_SEASONS, WORD_MONTH
from recognizers.lexicon import (
    WORD_START,
    WORD_START_NO_APOSTROPHE,
    alternation,
    joined,
    lexicon,
    lowered,
)
from recognizers.phrases import PhraseIndex, capitalised_words
from recognizers.vocabulary import kind_endings, vocabulary, vouched

# a word of a street name; titles abbreviated as in "Ds. van Dijkweg", "Burg. Verheullweg"
STREET_TITLE = r"(?:Ds|Dr|Mr|Prof|Burg|Mgr|Past|Pr|Kon|Gen|Jhr|St)\."
# a street's word, also abbreviated: "Kerkstr. 12", "Trierer Str. 311"
STREET_WORD = (rf"(?:{STREET_TITLE}|[A-Z][\w'’-]*(?:(?<=[sS]tr)\.)?"
               r"|van|de|der|den|het|'t|op|aan|in|ten|ter|te|bij|la|le)")
# what a line with a street and its house number holds: "Kerkstraat 12"
NUMBER_AFTER_SPACE = re.compile(r"[ \t][1-9]")
HOUSE_NUMBER = (r"[1-9]\d{0,4}(?:[ \t-]?[a-zA-Z](?![\w])|-[IVX]+(?![\w])|-\d{1,4}(?![\w])"
                r"|[ \t]?(?:bis|hs|huis)(?![\w]))?")
# adjectives that start a street's name before a word that names a street too: "Kromme Schans",
# "Lange Voort", "Oude Gracht"
STREET_ADJECTIVES = frozenset({"Kromme", "Lange", "Korte", "Oude", "Nieuwe", "Hoge", "Lage",
                               "Grote", "Kleine", "Brede", "Smalle", "Hooge", "Achterste"})
# streets whose name numbers an item as well: one only before its postcode, not in "Punt 2 en
# 3 gaan niet mee", "Deel 1", "Bus 44"
NUMBERING_WORDS = frozenset({"Punt", "Deel", "Blok", "Lijn", "Bus"})
STREET_SUFFIX = re.compile(
    r"(straat|laan|weg|plein|singel|gracht|kade|dreef|pad|hof|park|dijk|steeg|markt|"
    r"plantsoen|erf|baan|boulevard|allee|veld|akker|hoeve|ring|wal|haven|dam|brink|eind|"
    r"hoek|poort|dal|heide|kamp|weide|zoom|oord|dreef|straatje|lei|loop|rade|rijt|stede|"
    r"burg|gaarde|hout|dreve|tuin|werf|vaart|kanaal|waard|donk|beemd|acker|hof|horst"
    r"|sloot|vliet|wetering|tocht|duin|zijde|plaats|wegje|laantje|paadje"
    r"|wei|leane|dyk|strjitte"  # Frisian: "Skûtsjewei 11"
    r"|straße|strasse|platz|gasse"  # German: "Sittarder Straße 41"
    r"|str\.)$",  # abbreviated: "Kerkstr.", "Trierer Str."
    re.IGNORECASE)
# where a street lies, before its name: "Achter de Kerk", "Over het Water"
STREET_PREPOSITION = (r"(?:Achter|Voor|Over|Bij|Op|Onder|Naast|Tussen|Binnen|Buiten|Langs|Boven"
                      r"|Beneden)[ \t]+(?:de|het|'t|den)[ \t]+")
# what opens a street's name before the words that make it a street: an abbreviated title
# ("Ds. van Dijkweg", "Burg. de Withstraat"), an ordinal ("1e Helmersstraat") or a
# preposition and article ("Achter de Hoven", whose last word alone is a street too)
STREET_OPENING_BEFORE = re.compile(
    rf"(?:{STREET_TITLE}[ \t]*(?:(?:van|de|der|den|ter|ten)[ \t]+)*"
    rf"|(?<![\w.])[1-9]e[ \t]+|(?<![\w'’-]){STREET_PREPOSITION})$")
# a street named without a number, after its article: "aangereden op de Provincialeweg", "van
# de Bloemenlaan" (a word with a street's ending alone may be a surname: "Groenendijk"); only
# the endings that name streets alone, not STREET_SUFFIX's -hof or -park, which name schools too
STREET_BY_ARTICLE = re.compile(
    rf"(?:{alternation(('de', 'het'), after_first=WORD_START_NO_APOSTROPHE)})[ \t]+"
    r"(?P<street>[A-Z][\w'’-]*(?:straat|laan|weg|plein|singel"
    r"|gracht|kade|dijk|dreef|steeg|boulevard|allee))(?![\w'’-])(?![ \t]+\d)")
# what stands before a town that ends an address or letterhead line: "Kwelder, Leiden"
ADDRESS_LINE_BEFORE = re.compile(r"\w[\w.)\]]*(?:,|[ \t]+[-–|])[ \t]*$")
# a name right before a town, its column gap lost: "I. Peeters Horst, 12 febr. 2026"
NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*[a-z])[ \t]+$")
# the word before a bracket: "Vader (Lanaken)", "oma (Paramaribo)"
WORD_BEFORE_BRACKET = re.compile(r"[\w'’-]+(?=[ \t]+\($)")
# a name and a comma before a town that closes brackets: "(Ziekenhuis Maasoever, Oss)"
NAME_AND_COMMA_BEFORE = re.compile(r"\b[A-Z][\w.]*,\s*$")  # also at a line's end
# a house number ending the text before a place, not a time's "15:33": after a comma before a
# city abroad ("Sittarder Straße 41, Heinsberg"), and also after a dash or bar before a town
# in a cell of its own ("Schoolstraat 4 | Ens |")
HOUSE_NUMBER_END = r"(?<![\d:.])\d{1,4}[a-zA-Z]?"
STREET_NUMBER_BEFORE = re.compile(rf"{HOUSE_NUMBER_END},[ \t]*$")
HOUSE_NUMBER_BEFORE = re.compile(rf"{HOUSE_NUMBER_END}(?:,|[ \t]+[-–|])[ \t]*$")
# a street named by where it lies ("Achter de Kerk", "Over het Water") or by its kind first
# ("Laan van Nieuw-Oosteinde", "Kade van Pallandt")
STREET_BY_FIRST_WORDS = re.compile(
    rf"{STREET_PREPOSITION}[A-Z]"
    r"|(?:Laan|Weg|Plein|Kade|Singel|Dreef|Hof)[ \t]+(?:van|der|naar|op|des|ten|ter)[ \t]")
# "6071 BN", "6071-BN", matched from the first digit and looked back at from there, which
# lets the regex engine jump from digit to digit (four times as fast); and "NL-6372 EP"
POSTCODE_FROM_DIGIT = r"[1-9](?<![\w-][1-9])\d{3}[ \t-]?[A-Z]{2}(?![\w])"
POSTCODE_AFTER_COUNTRY = r"NL-(?<![\w-]NL-)[1-9]\d{3}[ \t-]?[A-Z]{2}(?![\w])"
# a date's month before a year, which a column's "JA" follows once its gap is lost in
# extraction: "de brief van 16 oktober 2025 JA / NEE" has no postcode
MONTH_BEFORE = re.compile(rf"(?i)(?<![\w])(?:{WORD_MONTH}|\d{{1,2}}[-/.]\d{{1,2}}[-/.])[ \t]*\Z")
# a month after a number, which makes it a day, not a house number
MONTH_AFTER = re.compile(rf"(?i)[ \t]+{WORD_MONTH}(?![\w])")
# an age after a name that is also a street: "Omdat Jasmijn 12 is,", "Jasmijn 12 jaar"
AGE_AFTER = re.compile(r"[ \t]+(?:jaar(?![\w])|(?:is|wordt|werd|was)[,.;])")
# a postcode's first digit where no word, number, slash or dash stands before it, matched first
# and looked back at from there: the regex engine jumps from digit to digit
FIRST_DIGIT = r"[1-9](?<![\w/.-][1-9])"
# two-letter words that follow a number ("2016 de", "5 te") and so are no postcode letters
NOT_POSTCODE_LETTERS = r"(?!(?i:de|en|te|in|op|om|na|of|is|er|al|zo|ja|nu|tm)(?![\w]))"
POSTCODE_LOWER = rf"{FIRST_DIGIT}\d{{3}}[ \t]?{NOT_POSTCODE_LETTERS}[a-z]{{2}}(?![\w])"
# the postcode after a street: on the next line, or after a comma, a dash or a table bar
# a Polish postcode after the street and before its town: "ul. Lipowa 8, 80-244 Gdansk", also
# a line higher ("93-105 Verbaal" is a confidence interval)
POSTCODE_POLISH = r"(?<=,[ \t])\d{2}-\d{3}(?=\s+[A-Z][A-Za-zß-öø-ÿ])"
# at the start of a line only before a city abroad that a list holds: "80-244 Gdansk, Polen"
POSTCODE_POLISH_LINE = re.compile(r"(?m)^[ \t]*(?P<postcode>\d{2}-\d{3})[ \t]+"
                                  r"(?P<city>[A-Z][\w'’-]+)")
# a Polish or Ukrainian street, maybe with its flat: "ul. Mikolowska 17/4", "ul. Ivan Vazov
# 27", "vul. Horodotska 112, kv. 7" (each first letter looked back at from itself: fast)
STREET_POLISH = re.compile(r"(?:v(?<![\w.]v)ul|u(?<![\w.]u)l)\.[ \t]+[A-Z][\w'’-]+"
                           r"(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+\d{1,4}[a-z]?"
                           r"(?:/\d{1,4}|,[ \t]*kv\.[ \t]*\d{1,4})?(?![\w/])")
# an address on Urk, by its quarter and house number: "Wijk 4 18", "Wijk 2 113a" (the word
# found first, which is fast, and looked back at from there)
WIJK_ADDRESS = re.compile(r"Wijk(?<![\w-]Wijk)[ \t]\d{1,2}[ \t]\d{1,3}[a-z]?(?![\w/-])")
# a postcode abroad before its city: "D-49808 Lingen", "49808 Lingen (Ems)", "B-3600 Genk",
# ", 4000 Liège", "| 3600 Genk" (a Belgian postcode is four digits, like a year: only after a
# comma, a table bar, a dash or at the start of a line)
POSTCODE_ABROAD = re.compile(r"(?<![\w/.-])(?P<postcode>[A-Z]-\d{4,5}|\d{5}|(?<=,[ \t])\d{6}"
                             r"|(?:(?<=[,|][ \t])|(?<=^)|(?<=\n)|(?<=\n[ \t])|(?<=  )"
                             r"|(?<=[ \t][-–][ \t]))\d{4})"  # "Kerkstraat 88 - 3620 Lanaken"
                             # one space (no column gap), or the line wrapped before the city
                             r"(?: |[ \t]*\n[ \t]*)(?=(?P<city>[A-Z][\w'’-]+))")
# a place with its country in brackets: "Keren (Eritrea)", "Lanaken (België)", "Gangelt (DE)"
PLACE_BEFORE_COUNTRY = (rf"(?P<place>[A-Z]{WORD_START_NO_APOSTROPHE}[\w'’-]+)[ \t]+"
                        r"\((?P<country>[A-Z][\w ]*)\)")
# a country's code after a city: any name no Dutch word before two letters, a known city abroad
# before one ("Toets (D)" and "Spelling (B)" are scores)
COUNTRY_CODES = frozenset({"BE", "DE", "FR", "LU", "PL", "UK", "GB"})
COUNTRY_LETTERS = frozenset({"B", "D", "F", "L"})
# the country of a city abroad: before it in brackets, after it after a comma ("Polen
# (Poznan)", "Homs, Syrië")
COUNTRY_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])(?P<country>[A-Z]\w+)[ \t]+\($")
COUNTRY_AFTER_COMMA = re.compile(r",[ \t]*(?P<country>[A-Z]\w+)(?![\w])")
# what joins two places in a list or a route: "Maastricht - Luik", "Genk en Hasselt"
PLACES_JOINED = r"[ \t]*\n?[ \t]*(?:[-–/,&]|en|of|naar)[ \t]*"  # maybe a line lower
# a street in English, after its number: "14 Griffith Avenue", "27 Ashgrove Road" (its kind
# found first, as it is rare, and the number and name then right before it)
ENGLISH_STREET_KIND = re.compile(r"[ \t](?:Road|Street|Avenue|Lane|Drive|Close|Crescent"
                                 r"|Terrace|Gardens|Square|Grove|Court)(?![\w])")
ENGLISH_STREET_NAME = re.compile(r"(?<![\w.,-])\d{1,4}[a-zA-Z]?(?:[ \t]+[A-Z][\w'’-]+){1,3}$")
# a postcode of the United Kingdom: "LS6 2QT", "SW1A 1AA" (looked back at from its first letter)
POSTCODE_BRITISH = re.compile(rf"[A-Z]{WORD_START}[A-Z]?\d[A-Z\d]?[ \t]\d[A-Z]{{2}}(?![\w])")
# a street abroad named by its first word: "Am Wall Süd 14", "Rue de la Gare 12", "Strada
# Gheorghe Lazar 24", "Rua das Flores 8", Papiamentu's "Kaya Flamboyant 18" (looked at first:
# that word's first letter)
STREET_ABROAD_WORDS = alternation(
    ("Am", "An der", "Auf der", "Im", "In der", "Zum", "Zur", "Rue", "Avenue", "Chaussée",
     "Chemin", "Place", "Allée", "Strada", "Calea", "Bulevardul", "Rua", "Avenida", "Calle",
     "Rruga", "Kaya"), after_first=WORD_START)
STREET_ABROAD = re.compile(rf"(?:{STREET_ABROAD_WORDS})[ \t]+"
                           r"(?:(?:de|du|des|la|le|l'|da|do|dos|das|del)[ \t]*)*"
                           # "im Januar 2025", "im Sommer 2019"
                           rf"(?!(?i:{GERMAN_MONTHS}|{GERMAN_SEASONS}|{WORD_MONTH})[ \t])"
                           r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}[ \t]+\d{1,4}[a-z]?(?![\w])")
# an address abroad before its city, after a comma and maybe a postcode: "Calle 10 Sur # 43-18,
# Medellín", "Str. Horea nr. 34, ap. 7, Cluj-Napoca", "House No. 14, Ring Road East, Osu,
# ACCRA", "Bem tér 14, 4026 Debrecen" (the comma and the city found first, the address then on
# its line before them, after a field's label, a bracket or a column's gap)
CITY_AFTER_COMMA = re.compile(r",[ \t]*(?:(?:[A-Z]{1,2}-)?\d{4,6}[ \t]+)?(?=[A-Z])")
ADDRESS_ABROAD = re.compile(r"(?:.*(?:[:(|\t]|  |\bis )|(?m:^))[ \t]*"
                            r"(?P<address>[A-Z0-9](?:[^:()|\t\n ]| (?! ))*?)\Z")
ADDRESS_ABROAD_REACH = 60  # characters of an address abroad at most
# a house number in it: not a year ("In 2019 naar Polen, Warschau")
HOUSE_NUMBER_ABROAD = re.compile(r"(?<![\d/.-])(?!(?:19|20)\d\d(?!\d))\d{1,4}(?:[-/]\d{1,4})?"
                                 r"(?![\d]|[-/.]\d)")
POSTCODE_AFTER = r"[ \t]*(?:[,|][ \t]*|[ \t]-[ \t]+|\n)[1-9]\d{3}[ \t]?[A-Za-z]{2}(?![\w])"
# the postcode abroad and city after a street: "Coupure Rechts 88, 9000 Gent"
POSTCODE_ABROAD_AFTER = re.compile(r"[ \t]*(?:[,|][ \t]*|[ \t]-[ \t]+|\n[ \t]*)"
                                   r"(?:[A-Z]-)?\d{4,5} (?P<city>[A-Z][\w'’-]+)")
# (the words of a place one space apart: two stand between a letterhead's columns, "5341 AB Oss
# Datum: ...")
PLACE_AFTER_POSTCODE = (rf"{FIRST_DIGIT}\d{{3}}[ \t-]?{NOT_POSTCODE_LETTERS}"
                        r"[A-Za-z]{2}[ \t]+(?P<place>[A-Z][\w'’-]+"
                        r"(?: (?:en|op|aan|de|den|[A-Z][\w'’-]+))*)")
# a place named by its field or by birth and moves, wherever it is: "Geboorteplaats: Aleppo",
# "geboren: 17 augustus 2015, Asmara", "Plaats / datum ...... Goor, 31-10-2025",
# "Geboorteplaats / land: Port Sudan / Soedan", "opa woont in Lutterade", "verhuisd naar
# Eisden"; small words only between capitalised ones ("Alphen aan den Rijn", not "Eisden en"),
# one space apart
# (looked at first: a table bar, a line's start or a label's first letter, which spares the
# regex engine its alternatives at every other character, twice as fast)
PLACE_BY_LABEL = (r"(?:(?=[|GgWwPpAaVv])|(?<=\n)|\A)"
                  r"(?i:(?:^|\|)[ \t]*(?:(?:geboorteplaats|woonplaats)(?:[ \t]*/[ \t]*land)?|wijk"
                  r"|plaats(?:[ \t]*(?:/|en)[ \t]*datum)?)[ \t]*"
                  r"(?::|\.{2,}|\|)[ \t.:]*"
                  r"|\b(?:geboren|woonachtig|woont|wonen|woonde|woonden)[ \t]+(?:te|in)[ \t]+"
                  r"|\b(?:afkomstig[ \t]+uit|verhuisd[e]?n?[ \t]+naar|verhuizing[ \t]+naar)[ \t]+"
                  r"|\bgeboren[ \t:]+\d{1,2}[ \t./-]+\w{1,9}[ \t./-]+\d{2,4},[ \t]*)"
                  r"(?P<place>[A-Z][\w'’-]+(?: (?:(?:aan|op|en|den|de|der) )*[A-Z][\w'’-]+){0,3})")
# a neighbourhood after its word: "(wijk Dukenburg)", "stadsdeel Escamp", "buurt De Fenne",
# "wijk Haagse Beemden" (in lower case: "van Wijk Transport" is no place)
DISTRICT_WORD_START = r"(?<![\w].)"  # looked back at from the word's first letter
DISTRICT_WORDS = alternation(("wijk", "woonwijk", "stadswijk", "buurt", "stadsdeel"),
                             after_first=DISTRICT_WORD_START)
DISTRICTS_WORDS = alternation(("wijken", "buurten", "stadsdelen"),
                              after_first=DISTRICT_WORD_START)
DISTRICT_NAME = r"(?:(?:De|Het|'t)[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
DISTRICT = re.compile(rf"(?:{DISTRICT_WORDS})[ \t]+(?P<place>{DISTRICT_NAME})")
# two or three after the plural: "wijken Stationsbuurt en Zeeheldenkwartier"
DISTRICTS = re.compile(
    rf"(?:{DISTRICTS_WORDS})[ \t]+(?P<place>{DISTRICT_NAME})"
    rf"(?:,[ \t]*(?P<second>{DISTRICT_NAME}))?[ \t]+en[ \t]+(?P<last>{DISTRICT_NAME})")
# a post-office box, also abroad: "Postbus 318", "Pb 318", "P.O. Box KS 1187"
POSTBUS = re.compile(r"[Pp](?<![\w.].)(?:(?i:ostbus)|(?<=P)(?:b|\.[ ]?O\.[ ]?Box|O Box))[ \t]+"
                     r"(?:[A-Z]{1,3}[ \t]+)?\d{1,6}(?![\w])")
# a town and its district: "Rotterdam-Zuid", "Nijmegen-Dukenburg"
COMPASS_DISTRICTS = frozenset({"Noord", "Oost", "Zuid", "West", "Centrum", "Noordoost",
                               "Noordwest", "Zuidoost", "Zuidwest"})
TOWN_DISTRICT = re.compile(  # matched from the capital, looked back at from there (fast)
    r"(?P<town>[A-Z](?<![\w'’-][A-Z])[\w'’]+)-(?P<district>[A-Z][a-z]+)(?![\w-])")
TOWN_CONTEXT = re.compile(
    r"(?i)(\b(te|in|uit|vanuit|via|naar|woonplaats|plaats|wonend|woont|geboren|geboorteplaats"
    r"|gemeente|locatie|vestiging|wijk|azc|polikliniek|poli|richting|from|near"
    r"|(?:rand|buurt|omgeving|centrum|noorden|zuiden|oosten|westen)[ \t]+van"
    r"|\w*kamp(?:[ \t]+bij)?)\b[\s:]*"  # "(vluchtelingen)kamp (bij) Dadaab"
    r"|\b(?-i:wijkteam|buurtteam)[ \t]+"  # a local team in lower case: "wijkteam Ommoord"
    r"|[1-9]\d{3}[ \t]?[A-Za-z]{2}[ \t]+)$")

# a district that its article precedes, after a place word: "woont in de Schilderswijk"
DISTRICT_WITH_ITS_ARTICLE = re.compile(r"(?<![\w'’-])(?:in|uit|naar|vanuit)[ \t]+de[ \t]+$")

UNLISTED_PLACE_RULE = "unlisted_place"  # the rule's name, which its findings keep
# a place no list holds, a word a place word introduces: "in Kaldenkirchen", "locatie
# Baalderveld", "kamp bij Dadaab"; letters only, maybe joined ("Kleve-Materborn"), and the last
# word of its phrase ("bij Albert Heijn" names a shop, "in Minecraft 2" a game)
UNLISTED_PLACE = re.compile(r"[A-Z][a-zß-öø-ÿ]{3,}(?:-[A-Z][a-zß-öø-ÿ]+)*(?![\w'’-])"
                            r"(?![ \t]+[A-Z0-9])")
# a town in lower case, as parents write in a chat ("in viersen", "naar den bosch"): up to
# three words after a word that introduces a place, looked ahead at so that none is used up
LOWER_CASE_PLACE = re.compile(
    r"(?<![\w'’-])(?i:te|in|uit|vanuit|naar|via|woont|wonend|geboren)[ \t]+"
    r"(?=(?P<place>(?P<first>[a-zß-öø-ÿ][\w'’-]*)(?:[ \t]+[a-zß-öø-ÿ][\w'’-]*){0,2}))")
TITLE_REACH = 16  # characters before a town searched for a title: "mevrouw "
MAX_OPENING = 20  # characters of a street's opening: "Burg. van den ", "Beneden de "
MIN_TOWN_IN_CAPITALS = 5  # "ROTTERDAM", not "BEST" or "SON"
DATE_LINE_REST = re.compile(rf",[ \t]*(?:\d{{1,2}}(?:[-/.]\d{{1,2}}[-/.]\d{{2,4}}|[ \t]+[a-z])"
                            rf"|{WORD_MONTH}[ \t]+(?:19|20)\d\d)")  # "Born, december 2025"

SMALL_WORDS = re.compile(r"(?<=\S )(Op|Aan|En|De|Den|Der|Bij|In|Van|Ter|Ten|Het)(?= )")


def town_as_written(listed: str) -> str:
    """A town as people write it, from its form in the list.

    "Bergen op Zoom" for "Bergen Op Zoom", "'s-Hertogenbosch" for "'S-Hertogenbosch",
    "Bergen" for "Bergen (Li)", "'t Horntje" for "'T Horntje".
    """
    town = re.sub(r"\s*\([^)]*\)$", "", listed)
    town = SMALL_WORDS.sub(lambda m: m.group().lower(), town)
    return re.sub(r"^'(S-|T )", lambda m: "'" + m.group(1).lower(), town)


def with_t_forms(places: Iterable[str]) -> frozenset[str]:
    """The places, and those the list names "Het ..." also as people write them: "'t Horntje"."""
    places = frozenset(places)
    return places | {"'t " + place.removeprefix("Het ") for place in places
                     if place.startswith("Het ")}


def with_article_in_capitals(town: str) -> str:
    """The town in capitals but for its article, as letterheads write: "'s-HERTOGENBOSCH"."""
    article = re.match(r"'[st][- ]", town)
    return town[:article.end()] + town[article.end():].upper() if article else town.upper()


@cache
def towns_as_written() -> frozenset[str]:
    """The Dutch towns as people write them: "Bergen op Zoom", "'t Harde" (for "Het Harde")."""
    return with_t_forms(map(town_as_written, lexicon("towns")))


@cache
def towns_and_districts() -> frozenset[str]:
    """The Dutch towns as people write them, and the districts of the big cities ("Osdorp")."""
    return towns_as_written() | lexicon("districts")


def languages() -> frozenset[str]:
    """Languages' names, CLDR's and those it lacks ("Kriolu"): they name no place nor person."""
    return joined("languages", "languages.extra")


class NlLocationRecognizer(SpanRecognizer):
    """Addresses in Dutch text.

    Streets with house numbers ("Hoofdweg 3a", "Laan van Vollenhove 14-II"), postcodes
    ("5701 AB", "5701ab") and towns of residence or birth ("Helmond", "geboren te Deurne").

    Streets are known from the BAG street list, by their suffix (-straat, -laan, -weg) or
    by the postcode after them (an address block); towns from the list of Dutch places, or
    by standing after a postcode, a place field ("Geboorteplaats: Aleppo") or "geboren te",
    "woonachtig in", "afkomstig uit"; "Postbus 312" is an address too, and so is a town with
    its district ("Rotterdam-Zuid"). A town that is also
    an ordinary word ("Best", "Son") counts only after words such as "te", "in" or
    "woonplaats", or after a postcode; so does a city abroad ("daarvoor in Aleppo",
    ``world_cities.txt``);
    so does a postcode in lower case. A city abroad also counts beside a Dutch town
    ("Maastricht - Luik") and any place before its country in brackets ("Keren (Eritrea)").
    A country is no town. Addresses here are fictitious.
    """

    ENTITY = "LOCATION"
    SCORES = {"street": 0.8, "postcode": 0.7, "town": 0.6, UNLISTED_PLACE_RULE: 0.55}

    @cached_property
    def _streets(self) -> frozenset[str]:
        return lexicon("streets")

    @cached_property
    def _place_names(self) -> frozenset[str]:
        """Dutch places as people write them, and the districts of the big cities."""
        return frozenset(map(town_as_written, lexicon("towns"))) | lexicon("districts")

    @cached_property
    def _towns(self) -> PhraseIndex:
        """Dutch places, also as "ROTTERDAM" or "'t Horntje", and cities' districts."""
        towns = self._place_names
        in_capitals = {form for town in towns if len(town) >= MIN_TOWN_IN_CAPITALS
                       for form in (town.upper(), with_article_in_capitals(town))}
        return PhraseIndex.of((with_t_forms(towns) | in_capitals) - lexicon("countries"))

    @cached_property
    def _cities_abroad(self) -> PhraseIndex:
        """Cities abroad (``world_cities.txt``), also in capitals, that are no word or country.

        Nor a test's name or other known word ("Vineland").
        """
        words = lowered("common_words") | lowered("not_names") | lowered("known_words")
        cities = frozenset(city for city in lexicon("world_cities") if city.lower() not in words)
        in_capitals = {city.upper() for city in cities if len(city) >= MIN_TOWN_IN_CAPITALS}
        return PhraseIndex.of((cities | in_capitals) - lexicon("countries"))

    @cached_property
    def _no_cities(self) -> frozenset[str]:
        """Words that a postcode abroad may precede that name no city ("12345 Euro")."""
        return lowered("known_words") | lowered("not_names") | lowered("common_words")

    @cached_property
    def _no_places(self) -> frozenset[str]:
        """Words that a place field or "geboren in" may precede that name no place."""
        return lowered("interfixes") | lowered("common_words") | lowered("titles.informal")

    @cached_property
    def _ambiguous_towns(self) -> frozenset[str]:
        """Towns that are also words or first names ("Best", "Son"): they need context.

        Towns that are also surnames ("Asten") do not: a name with them is found as a whole.
        """
        words = lowered("common_words") | lowered("not_names")
        listed = (lexicon("towns.ambiguous") | lexicon("towns.also_words")
                  | lexicon("districts"))
        return frozenset(town for town in self._place_names
                         if town in listed or town.lower() in words
                         or town in lexicon("first_names"))

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        return {
            # one space apart: two stand between a form's columns ("Veldkamp  2024-04")
            # no age limit either: "Toestemmingsverklaring 16+"
            "street": re.compile(rf"(?P<street>{STREET_WORD}(?:[ \t]{STREET_WORD}){{0,5}}?)"
                                 rf"[ \t](?P<number>{HOUSE_NUMBER})(?![\w+]|[,.]\d)"),
            "postcode": re.compile(POSTCODE_FROM_DIGIT),
            "postcode_after_country": re.compile(POSTCODE_AFTER_COUNTRY),
            "postcode_lower": re.compile(POSTCODE_LOWER),
            "postcode_polish": re.compile(POSTCODE_POLISH),
            "postcode_after": re.compile(POSTCODE_AFTER),
            "place_after_postcode": re.compile(PLACE_AFTER_POSTCODE),
            "place_by_label": re.compile(PLACE_BY_LABEL, re.MULTILINE),
            "place_before_country": re.compile(PLACE_BEFORE_COUNTRY),
            "joined_before": re.compile(rf"(?P<place>[A-Z][\w'’-]+){PLACES_JOINED}$"),
            "joined_after": re.compile(rf"{PLACES_JOINED}(?P<place>[A-Z][\w'’-]+)"),
        }

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Streets with house numbers, postcodes and towns."""
        spans = [*self._addresses(text), *self._postcodes(text), *self._places(text),
                 *((m.start(), m.end(), "street") for m in POSTBUS.finditer(text)),
                 *((*m.span("street"), "street") for m in STREET_BY_ARTICLE.finditer(text)),
                 *((m.start(), m.end(), "street") for m in STREET_POLISH.finditer(text)),
                 *((m.start(), m.end(), "street") for m in WIJK_ADDRESS.finditer(text)),
                 *((m.start(), m.end(), "street") for m in STREET_ABROAD.finditer(text)),
                 *self._english_streets(text), *self._addresses_abroad(text),
                 *((m.start(), m.end(), "postcode") for m in POSTCODE_BRITISH.finditer(text)),
                 *self._postcodes_abroad(text)]
        return [self.result(start, end, self.SCORES[rule], rule)
                for start, end, rule in spans]

    def _addresses(self, text: str) -> Iterator[tuple[int, int, str]]:
        for match in matches_on_lines_with(self._patterns["street"], text, NUMBER_AFTER_SPACE):
            if MONTH_AFTER.match(text, match.end()) or AGE_AFTER.match(text, match.end()):
                continue  # a day: "Kerstviering 18 december"; an age: "Jasmijn 12 is,"
            street_start = self._street_start(match.group("street"))
            if street_start is None and self._postcode_follows(text, match.end()):
                street_start = self._address_block_start(match.group("street"))
            if street_start is not None:
                start = match.start("street") + street_start
                opening = STREET_OPENING_BEFORE.search(text, max(0, start - MAX_OPENING), start)
                yield opening.start() if opening else start, match.end(), "street"

    def _postcode_follows(self, text: str, end: int) -> bool:
        """Whether a Dutch postcode, or one abroad with its known city, follows the street."""
        if self._patterns["postcode_after"].match(text, end):
            return True
        abroad = POSTCODE_ABROAD_AFTER.match(text, end)
        return abroad is not None and abroad.group("city") in self._cities_abroad.phrases

    @staticmethod
    def _english_streets(text: str) -> Iterator[tuple[int, int, str]]:
        for kind in ENGLISH_STREET_KIND.finditer(text):
            name = ENGLISH_STREET_NAME.search(text, max(0, kind.start() - 60), kind.start())
            if name is not None:
                yield name.start(), kind.end(), "street"

    def _addresses_abroad(self, text: str) -> Iterator[tuple[int, int, str]]:
        """An address abroad, its street and house number and maybe a flat or district.

        Only before a known city abroad, with a house number, and without a Dutch word of a
        sentence: "Calle 10 Sur # 43-18, Medellín", not "In 2019 verhuisd naar Polen, Warschau".
        """
        for comma in CITY_AFTER_COMMA.finditer(text):
            if not self._cities_abroad.starts(text[comma.end():comma.end() + 40]):
                continue
            line_start = start_of_line(text, comma.start())
            found = ADDRESS_ABROAD.match(text, line_start, comma.start())
            if found is None or found.end() - found.start("address") > ADDRESS_ABROAD_REACH:
                continue
            line = found.group("address")
            numbered = HOUSE_NUMBER_ABROAD.search(line)
            if numbered is None:
                continue
            # from the part with the house number: "R.K. Bhagwandin, Soekdewstraat 14"
            address = line[line.rfind(",", 0, numbered.start()) + 1:].lstrip(" \t")
            if self._reads_as_an_address(address):
                yield found.end("address") - len(address), found.end("address"), "street"

    @staticmethod
    def _reads_as_an_address(address: str) -> bool:
        """Whether the words are a street's, not a sentence of Dutch words."""
        words = re.findall(r"[^\W\d_][\w'’]*", address)
        return (bool(words) and words[0].lower() not in lowered("common_words")
                and not any(word.islower() and (len(word) > 3 or len(word) == 3
                                                    and word in lowered("common_words"))
                            for word in words))

    def _address_block_start(self, words_before_number: str) -> int | None:
        """In an address block the postcode vouches for the street: its capitalised words."""
        capitalised = re.search(r"(?:[A-Z][\w'’-]*[ \t]+)*[A-Z][\w'’-]*$", words_before_number)
        if capitalised is None or capitalised.group().lower() in lowered("not_names"):
            return None
        return capitalised.start()

    def _street_start(self, words_before_number: str) -> int | None:
        """Where the street name starts in the words before a house number.

        The longest known street, or else the shortest name with a street's ending: in
        "OBS De Tuinderij Sportlaan 3" the street is "Sportlaan 3". A street's adjective before
        a known street is its own: "Kromme Schans 88".
        """
        words = list(re.finditer(r"\S+", words_before_number))
        starts = [word.start() for word in words if word.group()[0].isupper()]
        for index, word in enumerate(words):
            street = words_before_number[word.start():]
            if (word.group()[0].isupper() and street in self._streets
                    and street.lower() not in lowered("not_names")
                    and street not in NUMBERING_WORDS):
                adjective = words[index - 1] if index else None
                return (adjective.start() if adjective and adjective.group() in STREET_ADJECTIVES
                        and adjective.end() + 1 == word.start() else word.start())
        for start in reversed(starts):
            street = words_before_number[start:]
            if (STREET_SUFFIX.search(street) and (len(street.split()) > 1 or len(street) > 7)
                    or STREET_BY_FIRST_WORDS.match(street)):
                return start
        return None

    def _postcodes(self, text: str) -> Iterator[tuple[int, int, str]]:
        for name in ("postcode", "postcode_after_country", "postcode_polish"):
            for match in self._patterns[name].finditer(text):
                if not MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                    yield match.start(), match.end(), "postcode"
        for match in POSTCODE_POLISH_LINE.finditer(text):
            if match.group("city") in self._cities_abroad.phrases:
                yield match.start("postcode"), match.end("postcode"), "postcode"
        for match in self._patterns["postcode_lower"].finditer(text):
            after = text[match.end():match.end() + 40]
            before = text[max(0, match.start() - 25):match.start()].lower()
            if "postcode" in before or self._towns.starts(after.lstrip(" \t")):
                yield match.start(), match.end(), "postcode"

    def _postcodes_abroad(self, text: str) -> Iterator[tuple[int, int, str]]:
        """A postcode abroad, and its city: "D-49808 Lingen" (a city, not "Euro").

        Behind four digits, which may be a year, or six after a street's comma ("Strada
        Gheorghe Lazar 24, 300081 Timisoara", not a pupil's number before "Mentor"), only a
        known city abroad ("3600 Genk") or one with its country ("2910 Essen (België)"); behind
        five, which may be a pupil's number, no Dutch word ("Leerlingnr.: 60913", "Woont") but
        after a country's letter ("B-2400 Mol").
        """
        for match in POSTCODE_ABROAD.finditer(text):
            city = match.group("city")
            postcode = match.group("postcode")
            five_or_lettered = len(postcode) == len("10115") or postcode[0].isalpha()
            if (city in self._cities_abroad.phrases
                    or self._before_its_country(text, match.start("city"))  # "Essen (België)"
                    or five_or_lettered and city.lower() not in self._no_cities
                    and (postcode[0].isalpha() or not vouched(city))):  # "B-2400 Mol"
                yield match.start("postcode"), match.end("postcode"), "postcode"
                yield match.start("city"), match.end("city"), "town"

    def _before_its_country(self, text: str, start: int) -> bool:
        """Whether the place at the start has its country in brackets: "Essen (België)"."""
        match = self._patterns["place_before_country"].match(text, start)
        return match is not None and match.group("country") in lexicon("countries")

    def _places(self, text: str) -> Iterator[tuple[int, int, str]]:
        for match in TOWN_DISTRICT.finditer(text):  # not a double surname "Asten-Bakker"
            town, district = match.group("town", "district")
            if town in self._towns.phrases and (
                    district in COMPASS_DISTRICTS or district not in lexicon("surnames")
                    or district in self._towns.phrases  # "Zwolle-Kampen", a route
                    or district in self._cities_abroad.phrases  # "Roosendaal-Antwerpen"
                    or f"{town} {district}" in self._place_names) or (  # Almere-Haven
                        town in self._cities_abroad.phrases and district in self._towns.phrases
                        and district not in self._ambiguous_towns):  # "Emden-Loppersum"
                yield match.start(), match.end(), "town"
        for match in self._patterns["place_before_country"].finditer(text):
            place, country = match.group("place", "country")
            if (place not in lexicon("countries") and place.lower() not in self._no_places
                    and self._has_country(place, country)
                    and (place not in lexicon("first_names")  # not "Bas (Marokko)"
                         or place in self._cities_abroad.phrases)):
                yield match.start("place"), match.end("place"), "town"
        for name in ("place_after_postcode", "place_by_label"):
            for match in self._patterns[name].finditer(text):
                place = match.group("place")
                if name == "place_after_postcode" and place.title() in self._place_names:
                    yield match.start("place"), match.end("place"), "town"  # "6101 AB ECHT"
                elif (place not in lexicon("countries")
                        and (not place.isupper() or place.title() in self._place_names)  # "BSN"
                        and place.split()[0].lower() not in self._no_places):
                    yield match.start("place"), match.end("place"), "town"
        for match in (*DISTRICT.finditer(text), *DISTRICTS.finditer(text)):
            for group, place in match.groupdict().items():  # one place, or two or three
                if place and place.split()[-1].lower() not in self._no_places:
                    yield match.start(group), match.end(group), "town"
        for start, end in self._towns.find(text):
            town = text[start:end]
            if (town not in self._ambiguous_towns or self._has_town_context(text, start)
                    or self._heads_date_line(text, start, end)
                    or self._ends_address_line(text, start, end)
                    or town in lexicon("districts") and (
                        self._in_brackets(text, start, end)
                        or DISTRICT_WITH_ITS_ARTICLE.search(text, max(0, start - 12), start))
                    ) and not self._after_title(text, start):  # "de heer Oyen": a surname
                yield start, end, "town"
        for start, end in self._cities_abroad.find(text):
            if (self._has_town_context(text, start) or self._joins_a_town(text, start, end)
                    or STREET_NUMBER_BEFORE.search(text, max(0, start - 10), start)
                    or self._in_brackets(text, start, end)
                    or self._beside_country(text, start, end)) and not (
                        text[start:end] in lexicon("first_names")
                        and self._with_a_surname(text, text[start:end])):  # "plaats Yara"
                yield start, end, "town"  # "daarvoor in Aleppo", "Straße 41, Heinsberg"
        yield from self._unlisted_places(text)
        yield from self._places_in_lower_case(text)

    def _places_in_lower_case(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Towns in lower case after "in", "naar", "uit": "in viersen", not "in orde"."""
        first_words = self._lower_case_places.first_words
        for match in LOWER_CASE_PLACE.finditer(text):
            if match.group("first") not in first_words:
                continue  # most words after "in" start no place: "in de", "in het"
            start = match.start("place")
            words = list(re.finditer(r"\S+", match.group("place")))
            for last in reversed(words):
                if " ".join(text[start:start + last.end()].split()) in (
                        self._lower_case_places.phrases):
                    yield start, start + last.end(), "town"
                    break

    @cached_property
    def _lower_case_places(self) -> PhraseIndex:
        """The towns and cities abroad in lower case, but those that are words or first names.

        "den bosch" and "de koog" stay, "de groep" does not: one word at least is no word.
        """
        known = vocabulary().words | lowered("first_names")
        places = {place.lower() for place in self._towns.phrases | self._cities_abroad.phrases}
        return PhraseIndex.of(frozenset(place for place in places
                                        if not all(word in known for word in place.split())))

    def _unlisted_places(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Places that no list holds, after a word that introduces a place: "in Dukenburg".

        Not a word, a name or a country ("bij Olena", "naar Europa" stay), nor a name
        that stands with a surname elsewhere in the text ("Olena Koval ... bij Olena").
        """
        for start, _, _ in capitalised_words(text):
            match = UNLISTED_PLACE.match(text, start)
            if (match and self._is_unlisted(match.group())
                    and self._has_town_context(text, start)
                    and not self._with_a_surname(text, match.group())):
                yield start, match.end(), UNLISTED_PLACE_RULE

    @staticmethod
    def _with_a_surname(text: str, word: str) -> bool:
        """Whether the word stands somewhere before another capitalised one: "Olena Koval"."""
        return any(not text[found.start() - 1:found.start()].isalnum()
                   for found in re.finditer(rf"{word}[ \t]+[A-Z]", text))

    def _is_unlisted(self, place: str) -> bool:
        """Whether no list holds the place, nor a word or a name it starts with.

        Nor does any part name a country ("Noord-Nederland"), nor does it name a language
        ("Tigrinya") or end like an institution ("Klankrijkschool").
        """
        parts = place.split("-")
        names = (parts[0], parts[0].removesuffix("s"))  # "bij Sahars moeder"
        return not (place in self._towns.phrases or place in self._cities_abroad.phrases
                    or any(n in lexicon("first_names") or n in lexicon("surnames") for n in names)
                    or any(part in lexicon("countries") for part in parts)
                    or place in languages()  # "in Ukrainian", "in Tigrinya"
                    or place.lower().endswith(kind_endings())  # "bij Tolkcentrum"
                    or vouched(parts[0]) or vouched(place))

    def _after_title(self, text: str, start: int) -> bool:
        """Whether a title of address stands right before: "dhr. Kampen", "mevrouw Oyen"."""
        before = text[max(0, start - TITLE_REACH):start]
        if not before[-1:].isspace():
            return False
        words = before.split()
        return bool(words) and words[-1].lower() in self._title_words

    @cached_property
    def _title_words(self) -> frozenset[str]:
        """The last words of the titles of address: "heer" of "de heer", "mevr.", "dr."."""
        return frozenset(title.split()[-1].lower()
                         for title in lexicon("titles") | lexicon("titles.extra"))

    def _has_country(self, place: str, country: str) -> bool:
        """Whether the brackets after a place name its country: "(Eritrea)", "(DE)", "(D)"."""
        abroad = place in self._cities_abroad.phrases
        return (country in lexicon("countries") or country in COUNTRY_LETTERS and abroad
                or country in COUNTRY_CODES and (abroad or not place.isupper()
                                                 and not vouched(place)))

    def _has_town_context(self, text: str, start: int) -> bool:
        """Whether a word that introduces a place stands before it, maybe a line higher."""
        before = text[max(0, start - 30):start]
        return TOWN_CONTEXT.search(before) is not None

    def _joins_a_town(self, text: str, start: int, end: int) -> bool:
        """Whether a place stands beside the city in a list or route: "Maastricht - Luik".

        A Dutch town, or a city abroad that a word introduces: "via Zaporizja en Lviv".
        """
        before = self._patterns["joined_before"].search(text, max(0, start - 40), start)
        after = self._patterns["joined_after"].match(text, end)
        for match in (before, after):
            if match is None:
                continue
            place = match.group("place")
            if place in self._towns.phrases and place not in self._ambiguous_towns or (
                    place in self._cities_abroad.phrases
                    and self._has_town_context(text, match.start("place"))):
                return True
        return False

    @staticmethod
    def _ends_address_line(text: str, start: int, end: int) -> bool:
        """Whether the town ends an address after a comma, dash or bar: "Kwelder, Leiden".

        The address may end its line, or brackets ("(Ziekenhuis Maasoever, Oss)", also with the
        line broken before the town), or a cell after a house number: "Weg 4 | Ens | 0527-...".
        """
        line_end = text.find("\n", end)
        rest = text[end:line_end if line_end >= 0 else len(text)]
        before = text[start_of_line(text, start):start]
        if rest.lstrip(" \t").startswith("|"):
            return HOUSE_NUMBER_BEFORE.search(before) is not None
        if rest.startswith(")"):
            return NlLocationRecognizer._closes_brackets_after_name(text, start)
        return not rest.strip() and ADDRESS_LINE_BEFORE.search(before) is not None

    @staticmethod
    def _closes_brackets_after_name(text: str, start: int) -> bool:
        """Whether a name and a comma open the brackets the place closes, maybe a line higher.

        "(Ziekenhuis Maasoever, Oss)", "(dhr. E. Brinkman, Antwerpen)".
        """
        bracketed = text[max(0, start - 80):start]
        return ("(" in bracketed.rpartition(")")[2]
                and NAME_AND_COMMA_BEFORE.search(bracketed) is not None)

    @staticmethod
    def _beside_country(text: str, start: int, end: int) -> bool:
        """Whether the city's country stands before it in brackets or after it: "Homs, Syrië"."""
        before = COUNTRY_BEFORE_BRACKET.search(text, max(0, start - 30), start)
        after = COUNTRY_AFTER_COMMA.match(text, end)
        return (before is not None and text[end:end + 1] == ")"
                and before.group("country") in lexicon("countries")
                or after is not None and after.group("country") in lexicon("countries"))

    @staticmethod
    def _in_brackets(text: str, start: int, end: int) -> bool:
        """Whether a place that names no one closes brackets, alone or after a name.

        A city abroad or a Dutch city's district: "oma Zus Doelwijt (Paramaribo)", "(dhr. E.
        Brinkman, Antwerpen)", "Rotterdam (Charlois)"; not "(Luuk)", nor "de sociale
        redzaamheid (Vineland)".
        """
        city = text[start:end]
        if text[end:end + 1] != ")" or city in lexicon("first_names"):
            return False
        if text[start - 1:start] == "(":  # after a name or a family word: "Vader (Lanaken)"
            word = WORD_BEFORE_BRACKET.search(text, max(0, start - 40), start)
            return city not in lexicon("surnames") and word is not None and (
                word.group()[0].isupper() or word.group() in lowered("titles.informal"))
        return NlLocationRecognizer._closes_brackets_after_name(text, start)

    @staticmethod
    def _heads_date_line(text: str, start: int, end: int) -> bool:
        """Whether the town starts the date of a letter or signature: "Erica, 12-01-2026".

        Also after a comma: "Ingenomen door: J. Smeets, intern begeleider, Born, december
        2025", and after the signer's name, the column gap lost: "I. Peeters Horst, 12 febr.".
        """
        before = text[start_of_line(text, start):start]
        name = NAME_BEFORE.search(before)
        return ((not before.strip() or before.rstrip(" \t").endswith(",")
                 or name is not None and not vouched(name.group("name")))
                and DATE_LINE_REST.match(text, end) is not None)
