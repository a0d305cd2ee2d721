"""Addresses and towns. All addresses are fictitious."""

from __future__ import annotations

import pytest

from recognizers.nl_location_recognizer import NlLocationRecognizer
from tests.recognizers.helpers import assert_spans, distinct_spans


@pytest.fixture(scope="module")
def recognizer() -> NlLocationRecognizer:
    return NlLocationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first
        ("Groep 5 en Bijlage 2, artikel 9", []),  # capitalised word and number, no street
        ("geboren op 5/7/2018 te Lieshout", ["Lieshout"]),  # "2018 te" is no postcode
        ("Best wishes", []),  # a town that is also a word, without context
        ("dr. Peeters (Ziekenhuis Maasoever, Oss); (rekenen, Best)", ["Oss"]),  # in brackets
        ("dr. Saadi (Streekziekenhuis West-Friesland,\nHoorn), mutisme", ["Hoorn"]),
        ("intern begeleider, Born, december 2025. Hij is Born, 12 mei", ["Born"]),  # dated
        ("Kerkstraat 88 - 3620 Lanaken; Rijksweg 512, 3630\n  Maasmechelen; 2019 - 2020 Born",
         ["Kerkstraat 88", "3620", "Lanaken", "Rijksweg 512", "3630", "Maasmechelen"]),
        ("de brief van 16 oktober 2025 JA / NEE; 5341 GD Oss", ["5341 GD", "Oss"]),
        ("5341 GD Oss                 Datum: 3 mei", ["5341 GD", "Oss"]),  # a column's gap
        ("Geboorteplaats: Venlo          Nationaliteit: NL", ["Venlo"]),
        ("Hij woont in Best.", ["Best"]),  # the same town with context
        ("Adres: Kromme Schans 88, 3524 RK; Kaya Flamboyant 18, Willemstad; OBS De Tuinderij"
         " Sportlaan 3", ["Kromme Schans 88", "3524 RK", "Kaya Flamboyant 18", "Willemstad",
                          "Sportlaan 3"]),  # a street's adjective; Papiamentu's street; a school
        ("EMDR bij De Linde; verblijf Hoeve Roerdal; geboren in De Linde", ["De Linde"]),  # a
        # hamlet that care homes are named after, a place only with context
        ("we zijn in Venlo! daarna naar Den Bosch? of Bergen op Zoom?!",
         ["Venlo", "Den Bosch", "Bergen op Zoom"]),  # before a closing mark
        ("de heer Oyen en dhr. Kampen wonen in Oyen; met mevrouw\nBoer", ["Oyen"]),  # a town
        # after a title, also a line lower, is a surname
        ("6537 KW Nijmegen (wijk Dukenburg); vanuit buurt De Fenne",
         ["6537 KW", "Nijmegen", "Dukenburg", "De Fenne"]),  # neighbourhoods
        ("met een oom via Teheran\nen Istanbul naar Europa", ["Teheran", "Istanbul"]),
        ("Adres Staversloot 14, Urk", ["Staversloot 14", "Urk"]),
        ("naam Jager  9 | Kerkstraat 12", ["Kerkstraat 12"]),  # two columns, no street
        ("Adres: Loodsmansduin 3, Den Haag", ["Loodsmansduin 3", "Den Haag"]),
        ("Kerstviering 18 december; Sportlaan 3 mei", []),  # a day, not a house number
        ("Punt 2 en 3 gaan niet mee; Toestemmingsverklaring 16+; Adres: Punt 12, 9411 AB",
         ["Punt 12", "9411 AB"]),  # an item's number and an age limit; a street by its postcode
        ("opa woont in Lutterade en is er; verhuisd naar Capelle aan den IJssel; wonen in"
         " Nederland", ["Lutterade", "Capelle aan den IJssel"]),  # a move names the place
        ("12 behandelingen (De Eemhof, locatie Baarn)", ["Baarn"]),  # a location of a practice
        ("1353 DE Almere-Haven; in Almere-Buiten", ["1353 DE", "Almere-Haven", "Almere-Buiten"]),
        ("ul. Mikolowska 17/4, 40-065\nKATOWICE", ["ul. Mikolowska 17/4", "40-065"]),
        ("vul. Horodotska 112, kv. 7, 79007 Lviv", ["vul. Horodotska 112, kv. 7", "79007",
                                                   "Lviv"]),  # Ukrainian, with the flat
        ("ul. Lipowa 8, 80-244 Gdansk; 8, 80-244 GDANSK; nr. 24-117 en; BI 93-105\nVerbaal",
         ["ul. Lipowa 8", "80-244", "80-244"]),
        ("ul. Grunwaldzka 118/4\n80-244 Gdansk, Polen", ["ul. Grunwaldzka 118/4", "80-244",
                                                       "Gdansk"]),  # a line lower, a known city
        ("Laan van Vollenhove 14-II", ["Laan van Vollenhove 14-II"]),
        ("Johan de Wittlaan 5", ["Johan de Wittlaan 5"]),
        ("Heuvelven 38-1, 5798 VJ Beek en Donk", ["Heuvelven 38-1", "5798 VJ", "Beek en Donk"]),
        ("De Plaetse 63\n5786 rx Asten", ["De Plaetse 63", "5786 rx", "Asten"]),  # address block
        ("aan de Kerkstraat 12 in Helmond", ["Kerkstraat 12", "Helmond"]),
        ("Hoofdweg 3a, 5701AB Deurne", ["Hoofdweg 3a", "5701AB", "Deurne"]),
        ("postcode 5701 ab", ["5701 ab"]),  # lower case with context
        ("6071-BN Swalmen", ["6071-BN", "Swalmen"]),  # with a dash
        ("Emma Mulder 06-12345678", []),  # no house number starts with 0
        ("Kopie: huisarts, Centrum, Leiden\nGROEIDOCUMENT - Leiden\nwij leiden het, zegt zij",
         ["Leiden", "Leiden"]),  # an ambiguous town ending an address line
        ("Postcode en woonplaats: 5708 KS Asten", ["5708 KS", "Asten"]),
        ("Bergen op Zoom", ["Bergen op Zoom"]),
        ("Geboorteplaats .......... Aleppo (Syrië)", ["Aleppo"]),  # a field names the place
        ("Geboorteplaats / land: Port Sudan / Soedan", ["Port Sudan"]),
        ("geboren te Krakau in Polen", ["Krakau"]),  # a country is no town
        ("geboren: 17 augustus 2015, Asmara; geboren 12-03-2014, BSN 111222333",
         ["Asmara"]),
        ("is geboren in Van tot zomer; geboren in Broer (groep 4); geboren in Tussen en",
         []),  # words that start a sentence, no places
        ("Postbus 312", ["Postbus 312"]),
        ("aangereden op de Provincialeweg; van de Bloemenlaan; mevrouw Groenendijk; de Weg",
         ["Provincialeweg", "Bloemenlaan"]),  # a street without its number, by its article
        ("Pb 318; P.O. Box KS 1187; de PB 3", ["Pb 318", "P.O. Box KS 1187"]),  # abroad too
        ("4824 JD Breda (wijk Haagse Beemden)", ["4824 JD", "Breda", "Haagse Beemden"]),
        ("in 's-Gravenzande, geboren te 's-Hertogenbosch", ["'s-Gravenzande",
                                                             "'s-Hertogenbosch"]),
        ("verhuisd naar Rotterdam-Zuid", ["Rotterdam-Zuid"]),
        ("Nijmegen-Dukenburg, mevrouw Asten-Bakker, 3089 JB ROTTERDAM, in 't Horntje",
         ["Nijmegen-Dukenburg", "3089 JB", "ROTTERDAM", "'t Horntje"]),
        ("5231 BS 's-HERTOGENBOSCH en 'S-HERTOGENBOSCH", ["5231 BS", "'s-HERTOGENBOSCH",
                                                        "'S-HERTOGENBOSCH"]),  # its article
        ("a camp near Islamabad, from Accra; vanuit KATOWICE; bij Adam is ASS vastgesteld",
         ["Islamabad", "Accra", "KATOWICE"]),  # cities abroad, also in capitals; Adam, Oman
        ("Adres: Wijk 4 18, 8321 EK Urk; in wijk 4 sinds 2019", ["Wijk 4 18", "8321 EK", "Urk"]),
        ("Am Wall Süd 14, D-49808 Lingen (Ems); Rue de la Gare 12, 4000 Liège; in 2019 Genk"
         "; 12345 Euro; Kouter 5, 9000 Gent; 20871     Groep 6; Im Januar 2025; Im Sommer 2019",
         ["Am Wall Süd 14", "D-49808", "Lingen", "Rue de la Gare 12", "4000", "Liège",
          "Kouter 5", "9000", "Gent"]),  # abroad; not a year, an amount, a column, a month
        ("Leerlingnr.: 60913\nWoont bij: moeder; Leerlingnummer 11852\nHuidige groep: 5"
         "; 49808 Lingen; 61000 Kharkiv; B-2400 Mol",
         ["49808", "Lingen", "61000", "Kharkiv", "B-2400", "Mol"]),  # a pupil's number
        ("2. Leg iets zachts onder zijn hoofd; hij woont in Leg", ["Leg"]),  # a verb, a hamlet
        ("geboren in vluchtelingenkamp Shimelba, Ethiopië", ["Shimelba"]),  # a camp, a place
        # an address abroad before its city, from the part with its house number
        ("Adres: Calle 10 Sur # 43-18, Medellín\nMy address is House No. 14, Ring Road East,"
         " Osu, ACCRA\nR.K. Bhagwandin, Legnicka 48/12, Wroclaw",
         ["Calle 10 Sur # 43-18", "Medellín", "House No. 14, Ring Road East, Osu",
          "Legnicka 48/12", "Wroclaw"]),
        ("In 2019 verhuisd naar Polen, Warschau; geb. 02-11-1984, Sofia", ["Sofia"]),
        ("Strada Gheorghe Lazar 24, 300081 Timisoara; Rua das Flores 8; nummer 118274 Jan",
         ["Strada Gheorghe Lazar 24", "300081", "Timisoara", "Rua das Flores 8"]),  # six digits
        ("Industrieweg 1140 | 3600 Genk | België\n3620 Lanaken (B); in 2019 Genk",
         ["Industrieweg 1140", "3600", "Genk", "3620", "Lanaken"]),  # a Belgian address
        ("Coupure Rechts 88, 9000 Gent (België); Markt 4-B, 6101 AB ECHT; Groep 8, 2024 Zomer",
         ["Coupure Rechts 88", "9000", "Gent", "Markt 4-B", "6101 AB", "ECHT"]),
        ("spoorboekje Maastricht - Luik; Genk of Luik; geboren: 3-9-2013 / Keren (Eritrea)"
         "; vriend (Nederland), Bas (Marokko)",
         ["Maastricht", "Luik", "Keren"]),  # beside a Dutch town or before a country
        ("via Turkije en Lesbos; een kamp op Samos; naar Lampedusa; der Rest ist in Ordnung",
         ["Lesbos", "Samos", "Lampedusa"]),  # islands of the refugee routes; a German word
        ("Via Zaporizja en Lviv; richting Duisburg; Sittarder Straße 41, Heinsberg; Skûtsjewei 11"
         "; 12-12-2025 15:33 - Papa Rama: dank",
         ["Zaporizja", "Lviv", "Duisburg", "Sittarder Straße 41", "Heinsberg", "Skûtsjewei 11"]),
        ("Dorpsstraat 4, 6711 AB EDE | BSN 12\nWijk ....... Zuilen\nin de wijk Zuilen",
         ["Dorpsstraat 4", "6711 AB", "EDE", "Zuilen", "Zuilen"]),  # a short town in capitals
        ("Ds. van Dijkweg 9 en Achter de Kerk 2, Appingedam",
         ["Ds. van Dijkweg 9", "Achter de Kerk 2", "Appingedam"]),
        ("| Adres | Kreekzijde 44 |; Kerkplaats 3; Molenwegje 2; de achterzijde van 2 huizen",
         ["Kreekzijde 44", "Kerkplaats 3", "Molenwegje 2"]),  # endings of streets alone
        # an opening before a street that its ending or the list tells: a title, an ordinal,
        # a preposition before a listed last word ("Hoven"); a kind before its name
        ("Burg. de Withstraat 8; 1e Helmersstraat 12-III; Achter de Hoven 7;"
         " Laan van Nieuw-Oosteinde 14",
         ["Burg. de Withstraat 8", "1e Helmersstraat 12-III", "Achter de Hoven 7",
          "Laan van Nieuw-Oosteinde 14"]),
        ("Lezen: EMT ruwe score 34, Klepel 19 (pc 3)", []),  # a test and its score
        ("verhuisd uit Laak naar Escamp", ["Laak", "Escamp"]),  # districts, with place words
        ("woont in de Schilderswijk, via het wijkteam Ommoord; Advies wijkteam\nEen kleine groep",
         ["Schilderswijk", "Ommoord"]),  # a district with its article, a local team's place
        ("Jeugdteam Centrum - wijken Stationsbuurt en Zeeheldenkwartier; de wijken Spangen,"
         " Bospolder en Tussendijken; de wijken Noord en Zuid; de buurten rond het station",
         ["Stationsbuurt", "Zeeheldenkwartier", "Spangen", "Bospolder", "Tussendijken"]),
        ("Plaats / datum ....... Goor, 31-10; aan de rand van Goor; azc Echt; mevrouw van Goor",
         ["Goor", "Goor", "Echt"]),  # towns that are words, by their context
        ("De Weide | Schoolstraat 4 | Ens | 0527-123456\nZin | Best | goed",
         ["Schoolstraat 4", "Ens"]),  # a town in a cell of its own after the street
        # cities abroad, after a word that introduces a place
        ("tot groep 3 woonde het gezin in Gaziantep", ["Gaziantep"]),
        ("daarvoor in Chengdu, sinds 2020 in Nederland", ["Chengdu"]),
        ("kwam vanuit Warschau naar Venlo", ["Warschau", "Venlo"]),  # a Dutch exonym
        ("De vader verblijft in Nador en heeft geen gezag", ["Nador"]),
        ("Gaziantep", []),  # a city abroad without such a word
        ("bij oma in Sofia", ["Sofia"]),  # a city abroad that is also a first name
        ("verhuisd naar\nErica. Vader", ["Erica"]),  # the place word a line higher
        ("Erica, 12-01-2026", ["Erica"]),  # the date line of a letter
        ("OBS De Tuinderij Sportlaan 3 - 1619 BX Andijk", ["Sportlaan 3", "1619 BX", "Andijk"]),
        ("OBS 't Ekke - Wiedenbroek 2 - 7482 BM Haaksbergen",  # the postcode vouches
         ["Wiedenbroek 2", "7482 BM", "Haaksbergen"]),
        ("Adres: Kerkstr. 12, 5701 AB Helmond; Trierer Str. 311; Zie Str.; NL-6372 EP LANDGRAAF",
         ["Kerkstr. 12", "5701 AB", "Helmond", "Trierer Str. 311", "NL-6372 EP", "LANDGRAAF"]),
        ("P. Nowak, 14 Griffith Avenue; 27 Ashgrove Road, LS6 2QT; groep 3, 2 Engelse lessen",
         ["14 Griffith Avenue", "27 Ashgrove Road", "LS6 2QT"]),  # addresses in English
        # a city abroad by its country, in brackets or after a comma, or by a country's code
        ("Polen (Poznan); Homs, Syrië; Gangelt (DE); Mönchengladbach (D); Spelling (B)"
         "; Toets (DE); Kees (NL)", ["Poznan", "Homs", "Gangelt", "Mönchengladbach"]),
        ("vluchtelingenkamp bij Islamabad; Vader (Lanaken), oma (Paramaribo), broer (Sofia)",
         ["Islamabad", "Lanaken", "Paramaribo"]),  # a city alone in brackets, not a nickname
        ("3083 EP Rotterdam (Charlois); SBO Het Maasplateau (Charlois); in de wijk (Laak)",
         ["3083 EP", "Rotterdam", "Charlois", "Charlois"]),  # a district in brackets after a name
        ("(mw. J. Pinto; dhr. E. Brinkman, Antwerpen)", ["Antwerpen"]),
        ("I. Hendriks-Peeters Horst, 12 febr. 2026; Lezen Born, 12 december",
         ["Horst"]),  # the signer's town, the column gap lost; not after a word
        ("de trein Zwolle-Kampen; mevrouw Asten-Bakker", ["Zwolle-Kampen"]),  # a route
        ("Erica Jansen", []),
        ("Gesprek in Teams met moeder", []),
        # a place no list holds, after a word that introduces a place
        ("Olena Koval belt; de kinderen zijn bij Olena", []),  # a first name, met with a surname
        ("in Minecraft 2; bij Albert Heijn; naar Europa; in Rekenen", []),  # not the phrase's end
        ("he wrote it in Ukrainian; gesprek in Tigrinya", []),  # languages
        ("vader woont in Kaldenkirchen; in het kamp bij Dadaab; OBS De Vlonder, locatie"
         " Baalderveld", ["Kaldenkirchen", "Dadaab", "Baalderveld"]),
        ("een flat in Oostermeent-Zuid", ["Oostermeent-Zuid"]),
        ("| 4614 CS Bergen op Zoom | 2910 Essen (België) |", ["4614 CS", "Bergen op Zoom", "2910",
                                                          "Essen"]),  # a postcode abroad
        ("de dienstregeling Roosendaal-Antwerpen", ["Roosendaal-Antwerpen"]),  # a route abroad
        ("de reis Emden-Loppersum; mevrouw Santos-Best", ["Emden-Loppersum"]),  # and back
        ("Omdat Jasmijn 12 is, tekent zij; Jasmijn 12 jaar", []),  # an age, not a street
        ("Aan de ouders van Yara Haddad; plaats Yara vooraan", []),  # a city abroad, her name
        # a town in lower case, as in a chat
        ("in de groep; in orde; te laat; naar huis; naar lisa; in mei", []),  # words, a name
        ("zit in viersen voor zn werk; in kharkiv; naar den bosch, in sint-niklaas.",
         ["viersen", "kharkiv", "den bosch", "sint-niklaas"]),
    ],
)
def test_finds_the_addresses(recognizer: NlLocationRecognizer, text: str,
                             expected: list[str]) -> None:
    assert_spans(distinct_spans(recognizer, text, "LOCATION"), expected)
