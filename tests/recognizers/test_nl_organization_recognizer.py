"""Schools and care institutions. All names are fictitious."""

from __future__ import annotations

import pytest

from recognizers.nl_organization_recognizer import NlOrganizationRecognizer
from tests.recognizers.helpers import assert_spans, distinct_spans


@pytest.fixture(scope="module")
def recognizer() -> NlOrganizationRecognizer:
    return NlOrganizationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first
        ("hulp van MeerZorg Jeugd; via WhatsApp", ["MeerZorg Jeugd"]),  # words run together
        ("Ontvangen door school, MvdSteen; getekend JdeVries", []),  # signatures
        ("Florin Dobre | Transvest Logistic SRL | Timisoara", ["Transvest Logistic SRL"]),
        ("team Schagen - 't Zand; Zorggroep Het Zand", ["Zorggroep Het Zand"]),  # a village
        ("wonen in Slotervaart; opname in het Slotervaart Ziekenhuis",
         ["Slotervaart Ziekenhuis"]),  # a district
        ("verslag JGT Rivierenland-West; RBL Noordoost Twente; het JGT belt; "
         "TUSSENRAPPORTAGE AMBULANTE JEUGDHULP",
         ["JGT Rivierenland-West", "RBL Noordoost Twente"]),
        ("De ambulant begeleider van Klankkast; behandelaar Deltakust; Tessa van Hoorwijzer; "
         "Tessa van Dijk; begeleider Winter; juf van Groep 5; begeleider Jeugdzorg; GZ-psycholoog"
         "  Supervisie/regie: dr. Veldhuis",
         ["Klankkast", "Deltakust", "Hoorwijzer"]),  # by a role or a person's "van"; a column
        ("ambulant begeleider cluster 2 van Klankwijzer; (begeleider cluster 2, Hoorwijzer);"
         " begeleider cluster 4 Wendy; leerkracht, Groep 5; de ambulante hulpverlener van"
         " Gezinskracht Maaskant", ["Klankwijzer", "Hoorwijzer", "Gezinskracht Maaskant"]),  # past
        # an expertise cluster
        ("brief kinderpsychiater De Wendakker; jeugdarts De Vries; mentor De Jong",
         ["De Wendakker"]),  # with its article; not a surname
        ("start speltherapie Kindertraumacentrum Merwestroom; Voogdij bij : Voogdijstichting "
         "Kompasroos", ["Kindertraumacentrum Merwestroom", "Voogdijstichting Kompasroos"]),
        ("opname op de afdeling kinder- en jeugdpsychiatrie van Ziekenhuis Midden-Twente",
         ["Ziekenhuis Midden-Twente"]),  # a split compound's department of another
        ("de verslagen van de logopedie van Logopediepraktijk Wieringermeer",
         ["Logopediepraktijk Wieringermeer"]),  # the therapy is no part of the practice's name
        ("Brede School Het Zwaluwnest, CSG Het Noordertij en de Dokkumer Praktijkschool",
         ["Brede School Het Zwaluwnest", "CSG Het Noordertij", "Dokkumer Praktijkschool"]),
        ("bij Kwelder Kinderpsychologie; VluchtelingenWerk Leiden: Anna",
         ["Kwelder Kinderpsychologie", "VluchtelingenWerk Leiden"]),
        ("Hij gaat naar de school en het wijkteam; de GGZ is betrokken.", []),  # kinds alone
        ("Kinderpraktijk De Horizon en GGZ Oost Brabant",
         ["Kinderpraktijk De Horizon", "GGZ Oost Brabant"]),  # "en" does not join two
        ("revalidatiearts van Kinderrevalidatie Bronsdal", ["Kinderrevalidatie Bronsdal"]),
        ("OBS De Vlinder", ["OBS De Vlinder"]),
        ("op basisschool Sint Jozef", ["basisschool Sint Jozef"]),
        ("Jenaplanschool De Linde", ["Jenaplanschool De Linde"]),
        ("bij peuteropvang 't Krummelhuus; dyslexieverklaring (Leerpunt Fivelingo); de"
         " peuteropvang", ["peuteropvang 't Krummelhuus", "Leerpunt Fivelingo"]),
        ("Huisartsenpraktijk Mierlo-Hout", ["Huisartsenpraktijk Mierlo-Hout"]),
        ("Elkerliek Ziekenhuis", ["Elkerliek Ziekenhuis"]),
        # a university medical centre by its kind first; not the kind alone
        ("operatie in het UMC Nieuwe Maas, Rotterdam; terug naar het UMC",
         ["UMC Nieuwe Maas"]),
        ("gezinsvoogd, Koersvast Jeugdbescherming; VEENSTROOM JEUGDBESCHERMING; de "
         "jeugdbescherming", ["Koersvast Jeugdbescherming", "VEENSTROOM JEUGDBESCHERMING"]),
        ("6.1 Casussamenvatting Jeugdbescherming De Wissel (21-10-2025)",
         ["Jeugdbescherming De Wissel"]),  # the kind names what follows
        ("Het ziekenhuis heeft haar verwezen; De Zorg", []),  # an article is no name
        ("CBS De Klimboom Scherpenzeel; Daltonschool De Wervel Deurne; Huisartsenpraktijk Asten"
         "; Kliniek De Hooge Esch", ["CBS De Klimboom", "Daltonschool De Wervel",
                                    "Huisartsenpraktijk Asten", "Kliniek De Hooge Esch"]),
        ("Obs De Kastanje Tiel; BASISSCHOOL DE MEERSTOEN BUNDE; Basisschool De Sallandse Esch",
         ["Obs De Kastanje", "BASISSCHOOL DE MEERSTOEN", "Basisschool De Sallandse Esch"]),
        ("3. ONTWIKKELING EN WELZIJN VAN AMIRA\nWELZIJN DE BOOG", ["WELZIJN DE BOOG"]),  # whose
        ("voogdij bij GI Noorderzon, lid van VV Volkel; werkt bij Kempens Logistiek NV",
         ["GI Noorderzon", "VV Volkel", "Kempens Logistiek NV"]),  # a club, an employer
        ("Onderwerp: verslagje logopedie Luuk; Logopedie Sanne; azc Echt, AZC Heumensoord;"
         " aanvraag SBO Thijmen", ["Logopedie Sanne", "AZC Heumensoord"]),  # a person's care
        ("wekelijks logopedie op Ameland; Fysiotherapie aan Zee", ["Fysiotherapie aan Zee"]),
        ("| 10-10-2024 | EEG Tjaarda Ziekenhuis |", ["Tjaarda Ziekenhuis"]),  # where the EEG was
        ("onderzoek OrthoPraktijk De Linge", ["OrthoPraktijk De Linge"]),  # a kind run in
        ("verwezen naar de Augenklinik am Kaiserplatz; CI-team van Waalhaven Medisch Centrum",
         ["Augenklinik am Kaiserplatz", "Waalhaven Medisch Centrum"]),  # German "am"
        ("Praxis Wirtz-Hoengen; Klinikum Lousberg Aachen; Kita Sonnenblume; de praxis is dicht",
         ["Praxis Wirtz-Hoengen", "Klinikum Lousberg Aachen", "Kita Sonnenblume"]),  # German
        ("het verslag van Leerwijs; verslag van Kleurrijk Thuis; het verslag van Jan",  # reports
         ["Leerwijs", "Kleurrijk Thuis"]),
        ("Uitvoerder OTS: Stichting JB Veenland; t.n.v. St. OO Linge en Lek",  # an acronym
         ["Stichting JB Veenland", "St. OO Linge en Lek"]),
        ("in het Amaliaziekenhuis; kinderarts Dommelgasthuis; het Kinderziekenhuis; een"
         " Streekziekenhuis", ["Amaliaziekenhuis", "Dommelgasthuis"]),  # named in one word
        ("bij Letterwerk Dyslexiezorg; Lexima Leespraktijk; Bij Kinderpraktijk; op het Kempenland"
         " Vakcollege",  # a compound kind
         ["Letterwerk Dyslexiezorg", "Lexima Leespraktijk", "Kempenland Vakcollege"]),
        ("Johannes Bogermanschool; de Koningin Julianaschool; de Roggeveenschool; de"
         " Basisschool; de Montessorischool; naar school",  # after a person, not a kind
         ["Johannes Bogermanschool", "Koningin Julianaschool", "Roggeveenschool"]),
        ("brief Audiologisch Centrum Peel en Maas; Stichting Onderwijs Peel en Maas - BRIN",
         ["Audiologisch Centrum Peel en Maas", "Stichting Onderwijs Peel en Maas"]),  # a
        # municipality of two names, though "Maas" is a first name too
        ("Onderwerp: aanvraag SBO Kobby; aanvraag SBO De Wissel; aanvraag Stichting Kansrijk",
         ["SBO De Wissel", "Stichting Kansrijk"]),  # the pupil's application, not a school's
        ("Halfbroer Dylan Burgzorg woont thuis; Oma Elfriede Burgzorg",
         []),  # a first name before a surname that ends in a kind
        ("opname Kinderklinik St. Vitus; het Jugendamt Mönchengladbach",  # a saint, German kinds
         ["Kinderklinik St. Vitus", "Jugendamt Mönchengladbach"]),
        ("VERZOEK OM ONDERWIJSADVIES AAN HET SAMENWERKINGSVERBAND\nHUISARTSEN AAN DE BERKEL",
         ["HUISARTSEN AAN DE BERKEL"]),  # a heading's request, not a bureau
        ("Centrum voor Jeugd en Gezin Helmond", ["Centrum voor Jeugd en Gezin Helmond"]),
        ("Sociaal Team Deurne", ["Sociaal Team Deurne"]),
        ("6721 BS Bennekom", []),  # the letters of a postcode are no school
        ("Onderwerp: TLV SO Selam H.; aanmelding SBO SWV PO 25-05", []),  # no schools
        ("woont in Woonhuis Heideveld; een woongroep", ["Woonhuis Heideveld"]),
        ("bij Kinder-GGZ Peelland en JGZ De Polderpoort; de JGZ",
         ["Kinder-GGZ Peelland", "JGZ De Polderpoort"]),
        ("de huisarts (Huisartsen Schollevaar); de huisartsen zijn dicht",
         ["Huisartsen Schollevaar"]),
        ("leerling van Het Slinge College, HET SLINGE COLLEGE, Kempenlyceum Eersel",
         ["Het Slinge College", "HET SLINGE COLLEGE", "Kempenlyceum Eersel"]),
        ("Gewenste school | De Lindeboog, school voor SO\nSchool: Groep 5\n"
         "School van herkomst: Het Anker\nSchool: Mehmet Meijer, directeur\nschool. Hij is\n"
         "1.7 Huidige school ........... De Leerlooierij, havo 4",
         ["De Lindeboog", "Het Anker", "De Leerlooierij"]),  # fields, not who signs for it
        ("BEOOGDE SCHOOL De Duinpieper, school voor speciaal onderwijs; De Kern, een centrum "
         "voor autisme; De Vries, vader", ["De Duinpieper", "De Kern"]),
        ("naar Kindwijs, expertisecentrum voor traumabehandeling; Jan, vader voor",
         ["Kindwijs"]),  # without an article
        ("De Wolderkamp Kind & Jeugd; Namens Jeugdbescherming Rijnstreek; Zorgprogramma Kind"
         " en Jeugd", ["De Wolderkamp Kind & Jeugd", "Jeugdbescherming Rijnstreek"]),
        ("door tolk Amal, Tolkennetwerk Zuid", ["Tolkennetwerk Zuid"]),
        ("voogd, Voogdij De Maasbocht; de voogdij is bij de rechter", ["Voogdij De Maasbocht"]),
        ("begeleiding door Ambulante Dienst De Wegwijzer; de dienst",
         ["Ambulante Dienst De Wegwijzer"]),
        ("SCHOLENGEMEENSCHAP DE VECHTOEVER, Lyceum aan Zee; het lyceum",
         ["SCHOLENGEMEENSCHAP DE VECHTOEVER", "Lyceum aan Zee"]),
        ("Kindpraktijk Walcheren en Traumacentrum Ommeland",
         ["Kindpraktijk Walcheren", "Traumacentrum Ommeland"]),  # compound kinds
        ("Vorige school: GBS De Klimop, Kalmthout", ["GBS De Klimop"]),  # a Flemish school
        ("op De Berkenschool", ["De Berkenschool"]),
        # found on held-out set 4: columns, therapy practices, compound kinds, capitals
        ("OBS De Tuinderij      Sportlaan 3", ["OBS De Tuinderij"]),
        ("de ergotherapeut van Ergotherapie Medemblik", ["Ergotherapie Medemblik"]),
        ("Taalschool De Overtoom en Verslavingszorg De Brink",
         ["Taalschool De Overtoom", "Verslavingszorg De Brink"]),
        ("Jeugd-GGZ Drentse Monden; Parkstad MC", ["Jeugd-GGZ Drentse Monden", "Parkstad MC"]),
        ("ZAANS JEUGDPUNT", ["ZAANS JEUGDPUNT"]),
        ("VERSLAG JEUGDHULP", []),  # a heading
        ("De Kustlijn Jeugd en PMT-praktijk In Beweging",
         ["De Kustlijn Jeugd", "PMT-praktijk In Beweging"]),
        ("SO-VSO De Zeehoeve, Huisartsenpraktijk 's-Gravenzande West",
         ["SO-VSO De Zeehoeve", "Huisartsenpraktijk 's-Gravenzande West"]),
        ("Spraak-taalcentrum Rijnmond", ["Spraak-taalcentrum Rijnmond"]),
        ("Internationale Schakelklas Delfzijl", ["Internationale Schakelklas Delfzijl"]),
        ("Sint-Jozefschool Alverna, AZC Heumensoord, Maasoever Kinder- en Jeugdpsychiatrie",
         ["Sint-Jozefschool Alverna", "AZC Heumensoord",
          "Maasoever Kinder- en Jeugdpsychiatrie"]),
        ("Jeugdpraktijk IJsseldelta en PCB De Duinroos",
         ["Jeugdpraktijk IJsseldelta", "PCB De Duinroos"]),
        ("KINDERFYSIOTHERAPIE EN ERGOTHERAPIE", []),  # a heading of two kinds
        ("ZICHTVELD expertisecentrum voor slechtzienden; BSN praktijk; VERSLAG expertisecentrum",
         ["ZICHTVELD"]),  # a name in capitals before a kind in lower case, not an acronym
        ("De Zeeleeuw - centrum voor kind en trauma | OrthoPunt | praktijk voor diagnostiek",
         ["De Zeeleeuw", "OrthoPunt"]),  # a letterhead's name before its description
        ("De Lindeboom\ncentrum voor kinder- en jeugdpsychiatrie\nDe Wit\nZwolle, 3 mei",
         ["De Lindeboom"]),  # with its article; a surname over a dateline names nothing
        ("De Drentse Linde\nspecialistische jeugd-GGZ | locatie Emmen\nDe Vries\nJeugd-GGZ arts",
         ["De Drentse Linde"]),  # a letterhead, its kind's acronym in capitals; not a name
        ("omgang bij Omgangshuis De Brug in Hilversum; het omgangshuis", ["Omgangshuis De Brug"]),
        ("verslag Maasoever Psychologen; de psychologen van school", ["Maasoever Psychologen"]),
        ("begeleider cluster 2, Klankwei; cluster 1 (Sjoch), cluster 2 (Hoorwijzer Noord);"
         " cluster 4, Jeugdzorg; cluster 2, Visser; cluster 3 (Emmen)",
         ["Klankwei", "Sjoch", "Hoorwijzer Noord"]),  # a cluster's expertise body
        ("De Esch - jeugd-GGZ voor kinderen | (De Esch, jeugd-GGZ); Karin Smit, GGZ; Esch, ggz",
         ["De Esch", "De Esch"]),  # a name with its article before its kind of care
        ("- De Schuilhoeve, christelijke jeugd-ggz: aanmelding; Wij, de ggz",
         ["De Schuilhoeve"]),  # the kind of care after an adjective, not after an article
        ("via het wijkteam Ommoord en het wijkteam Wageningen; Wijkteam Etten-Leur belde",
         ["Wijkteam Etten-Leur"]),  # a local team in lower case is its town's: a place
        ("DE KAAP\ncentrum voor kinder- en jeugdpsychiatrie\nLINDEHOF KIND EN JEUGD\n"
         "specialistische ggz voor 0-18\nPSYCHOLOGISCH ONDERZOEK\npraktijk\nADHD\nzorg voor",
         ["DE KAAP", "LINDEHOF KIND EN JEUGD"]),  # a letterhead, its kind a line lower
        ("Pleegzorg : Kompas Pleegzorg; (AZ Oostervelde); het az gebeld; 5451 AZ MILL",
         ["Kompas Pleegzorg", "AZ Oostervelde"]),  # "AZ": a Belgian hospital, or a postcode's
        ("het CI-team van het CHR Mosan in Luik; CHU Sart Tilman; een Chr. Basisschool",
         ["CHR Mosan", "CHU Sart Tilman"]),  # Walloon hospitals, not "christelijk"
        ("verslag Praktijk voor Kindontwikkeling Heino; bij Centrum voor Trauma en Kind Groningen",
         ["Praktijk voor Kindontwikkeling Heino", "Centrum voor Trauma en Kind Groningen"]),
        ("naar het Centrum voor Kinder- en Jeugdtrauma Limburg voor een screening",
         ["Centrum voor Kinder- en Jeugdtrauma Limburg"]),  # what it is for, a split compound
        ("Centrum voor Erfelijke Stofwisselingsziekten; Centrum voor Kinderontwikkeling De Duinpan",
         ["Centrum voor Kinderontwikkeling De Duinpan"]),  # what it is for is not its name
        # its name before it; not a word nor a first name there
        ("bij Wolderhof Centrum voor Eetstoornissen; Ons Centrum voor Autisme; dag Marieke"
         " Centrum voor Autisme", ["Wolderhof Centrum voor Eetstoornissen"]),
        ("behandeling bij De Vries; opgenomen in De Bilt; opname in Het Ziekenhuis", []),
        ("dagbehandeling bij De Boei; ontslag uit De Jekerhof; leefgroep De Eikelhof",
         ["De Boei", "De Jekerhof", "De Eikelhof"]),  # where care is given
        ("bij het Centrum voor Kindertrauma Noorderlicht; het COS Leieland; De Oversteek vzw",
         ["Centrum voor Kindertrauma Noorderlicht", "COS Leieland", "De Oversteek vzw"]),
        ("peuteropvang Kinderopvang Het Kabouterbos; opname in de Rheinufer-Klinik Emmerich;"
         " polikliniek Kinderneurologie",  # the organization a kind names; German; a department
         ["Kinderopvang Het Kabouterbos", "Rheinufer-Klinik Emmerich"]),
        ("afdeling Klinische Jeugdpsychiatrie; Gelderse Vallei Ziekenhuis; opname Gouwe Ziekenhuis",
         ["Gelderse Vallei Ziekenhuis", "Gouwe Ziekenhuis"]),  # an adjective is no name, a
        # place's adjective is, and so is a place that reads like an adjective
        ("naar woonvoorziening Meppel; Polikliniek Leeuwarden", []),  # named by its town
        ("met het SWV en Expertisepunt De Overkant", ["Expertisepunt De Overkant"]),
        ("in de kleine groep van Tussenvoorziening De Opstap", ["Tussenvoorziening De Opstap"]),
        ("bij Onderwijs-Zorgvoorziening De Brug en Leesbureau IJssel-Salland; het bureau;"
         " Tolkdienst Noord-Nederland; via de tolkdienst",
         ["Onderwijs-Zorgvoorziening De Brug", "Leesbureau IJssel-Salland",
          "Tolkdienst Noord-Nederland"]),  # compound kinds
        ("Afwezig: dr. Owusu (De Lindeboog); oma (De Haan) belt; IKC De Zeekraal ('t Zand)"
         "; 1069 MC Amsterdam (De Aker)",
         ["De Lindeboog", "IKC De Zeekraal"]),  # an employer, not kin nor a place or district
        # coined one-word names of the list of care institutions, not a word that is one too
        ("behandeling bij Accare, daarna Levvel; zijn karakter", ["Accare", "Levvel"]),
        ("gezinsvoogd GI Maas en Roer; Buurtteam Jeugd en Gezin Noord; bij Ziekenhuis Duin en"
         " Dal en Logopediepraktijk De Klinker",
         ["GI Maas en Roer", "Buurtteam Jeugd", "Ziekenhuis Duin en Dal",
          "Logopediepraktijk De Klinker"]),  # one name of two rivers, or two names
        # a national youth-protection body of our own list, short as it is
        ("voogd van Nidos, regio Zuid; daarna William Schrikker Stichting",
         ["Nidos", "William Schrikker Stichting"]),
        ("Verblijfadres: Woonvoorziening De Wiekslag; bij Logeerhuis It Krúsrak",
         ["Woonvoorziening De Wiekslag", "Logeerhuis It Krúsrak"]),
        ("FASD-poli Noord; gezinshuis Groen, rechtbank Arnhem; in Gezinshuis De Linde",
         ["FASD-poli Noord", "Gezinshuis De Linde"]),  # a family home and a court named by a
        # family and a town, but a home by its own name after an article (Linde is a name too)
        ("bij Gezinshuis De Wierde; het CLB Maasland; verslag Praktyk Bernlef; een clb;"
         " het gezinshuis van Erik",
         ["Gezinshuis De Wierde", "CLB Maasland", "Praktyk Bernlef"]),  # Belgian, Frisian
    ],
)
def test_finds_the_organizations(recognizer: NlOrganizationRecognizer, text: str,
                                 expected: list[str]) -> None:
    assert_spans(distinct_spans(recognizer, text, "ORGANIZATION"), expected)
