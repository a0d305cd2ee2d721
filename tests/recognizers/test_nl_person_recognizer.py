"""Person names. All names are fictitious."""

from __future__ import annotations

import pytest

from recognizers.nl_person_recognizer import NlPersonRecognizer
from tests.recognizers.helpers import assert_spans, distinct_spans


@pytest.fixture(scope="module")
def recognizer() -> NlPersonRecognizer:
    return NlPersonRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first
        ("De bakker om de hoek.", []),  # surname that is an ordinary word, in lower case
        ("intern begeleider Sint-Martinus; tolk Iryna Melnyk", ["Iryna Melnyk"]),  # a saint
        ("Dilovan (5) is een kleuter. Stap (4) en Bijlage (3)", ["Dilovan"]),  # an age
        ("[ ] pleegouders\nVoogd ........... mw. E. de Haan", ["E. de Haan"]),  # a label
        ("Naam: RAHIMI, Mohammad Farid", ["RAHIMI", "Mohammad Farid"]),  # surname in capitals
        ("Naam: Emma (TOS)", ["Emma"]),  # a health acronym in capitals is no name
        ("Handtekening: R. v. 't Klooster", ["R. v. 't Klooster"]),  # "v." abbreviates "van"
        ("In de winter was er storm.", []),
        ("Groep 5 van school.", []),  # capitalised words that are never names
        ("Dear Mrs Sastrowardojo, thank you", ["Sastrowardojo"]),  # an English title
        ("ouders Priya Iyer en Karthik Subramaniam", ["Priya Iyer", "Karthik Subramaniam"]),
        ("Naam: Daryna Melnyk                       Roepnaam: Dasha",
         ["Daryna Melnyk", "Dasha"]),  # a field's value ends at the column's gap
        # three words no list holds, or two of them before a Dutch word
        ("Wij spraken Putri Wulandari Hasibuan; Karthik Subramaniam Dinsdag",
         ["Putri Wulandari Hasibuan", "Karthik Subramaniam"]),
        ("vlucht via Kuala Lumpur naar Ter Apel", []),  # two foreign words, but a city
        ("Medeonderzoeker Sven Oosterhout MSc", ["Sven Oosterhout"]),  # a compound: no name
        ("hi wouter, thanks. best, tomek\ngroet magda\nnodig is. -- baran\ngroetjes noor\f--",
         ["wouter", "tomek", "magda", "baran", "noor"]),  # lower case after a greeting, also
        # at a page's end
        ("hoi allemaal, thanks all. groet team\nBeste collega's,", []),  # words, a plural too
        ("> trots op hem is\n> kim\n>\n> > Op ma 9 feb. schreef:\nok\n\n", ["kim"]),  # a signature
        ("bij dr haverkamp geweest; goedenavond mevrouw verhoef, juf femke en moeder fatima;"
         " mevrouw zegt; meneer de directeur; oma komt", ["haverkamp", "verhoef", "femke",
                                                         "fatima"]),  # after a title or kin
        ("fysiotherapeut Winter geeft advies; naar dokter Storm", ["Winter", "Storm"]),
        ("Vader (Lanaken) en moeder (Maastricht); broer (Yonas)", ["Yonas"]),  # places
        ("Vader: Tesfamariam Haile, verblijf onbekend (laatst Khartoum)", ["Tesfamariam Haile"]),
        ("Moeder: Agnieszka Kowalczyk Tilburg, 20 januari 2026\nJan van Zwolle, 12 maart 2026",
         ["Agnieszka Kowalczyk", "Jan van Zwolle"]),  # signed in a town, its gap lost
        ("Bram Concerta 27 mg; Bram Ritalin", ["Bram", "Bram"]),  # a medicine is no surname
        ("Anna der Kinderen; Elsa der Notfallmedikation", ["Anna der Kinderen", "Elsa"]),  # a
        # German article "der" before a noun, a tussenvoegsel only before a surname
        ("R.J. Versteeg en Anna Verlaan; Kerksteeg", ["R.J. Versteeg", "Anna Verlaan"]),  # not a
        # street ("-steeg", "-laan") when a surname
        ("Achternaam* ....... Versteeg\n1.1 Achternaam: RAHIMI\n1.2 Voornamen: Ahmad Zia",
         ["Versteeg", "RAHIMI", "Ahmad Zia"]),  # required fields, numbered, in capitals
        ("Naam: SWV PO 20-01\n2.3 Gezinsvoogd ..... N. El Amrani, Stichting Voogdij Geul en Maas",
         ["N. El Amrani"]),  # capitals of an acronym; a surname in an organization's name
        ("Op ma 6 okt. 2025 om 20:05 schreef gjvanslooten <gj@kpnmail.nl>:", ["gjvanslooten"]),
        ("leerling: Karam Doetinchem, 3-10-2025; Anna Kampen, 12-03-2026",
         ["Karam", "Anna Kampen"]),  # signed in a town that is no surname, its gap lost
        ("Noor Bakker speelt buiten.", ["Noor Bakker"]),  # surname that is a word
        ("Anne Groen en Kees Storm", ["Anne Groen", "Kees Storm"]),
        ("Roos de Jong en Mark de Haan", ["Roos de Jong", "Mark de Haan"]),
        ("Tim Mol, Bas Visser, Iris Winter", ["Tim Mol", "Bas Visser", "Iris Winter"]),
        ("Daan van der Berg", ["Daan van der Berg"]),  # tussenvoegsels
        ("Sem van den Heuvel en Lotte ter Horst", ["Sem van den Heuvel", "Lotte ter Horst"]),
        ("Fenna van 't Hof", ["Fenna van 't Hof"]),
        ("J.P. de Wit tekent.", ["J.P. de Wit"]),  # initials
        ("door drs. E.M. Winter", ["E.M. Winter"]),  # title, initials, surname-as-word
        ("mevr. Jansen-Bakker belde", ["Jansen-Bakker"]),  # title, double surname
        ("dhr. Yilmaz en mevrouw El Amrani", ["Yilmaz", "El Amrani"]),
        ("Ayoub El Amrani, Zeynep Öztürk en Linh Nguyen",
         ["Ayoub El Amrani", "Zeynep Öztürk", "Linh Nguyen"]),  # non-Dutch origin
        ("Emma Sophie de Vries", ["Emma Sophie de Vries"]),  # two first names
        ("Naam leerling: Emma Mulder", ["Emma Mulder"]),  # form field
        ("Ouder/verzorger 1: Bas Mulder (gezag: ja)", ["Bas Mulder"]),
        ("Aanwezigen: Marieke Mulder (moeder), Sandra Meijer (IB)",
         ["Marieke Mulder", "Sandra Meijer"]),
        ("Met vriendelijke groet,\nKarin Dekker\nintern begeleider", ["Karin Dekker"]),
        ("Met vriendelijke groet,\nVoogd |\nWerkdagen: maandag", []),  # a role alone
        ("Groet, Zsuzsa\nGroet, Mentor", ["Zsuzsa"]),  # a closing and a name on one line
        ("Voogd | Stichting Jeugdbescherming", []),  # a label, then an organization
        ("Naam vader: Piotr Nowak, woont in Polen", ["Piotr Nowak"]),  # a place in the value
        ('Moeder: "Thuis praat ze veel, in het Oekraïens"', []),  # a quote, no name
        ("tolk Iryna Melnyk; Semhar Tekle, jeugdconsulent", ["Iryna Melnyk", "Semhar Tekle"]),
        ("| RT-er Bakker |; Tolk Anna; GZ-psycholoog Yilmaz", ["Bakker", "Anna", "Yilmaz"]),
        ("orthopedagoog SWV Desislava Petrova; testassistent Radu Popescu",
         ["Desislava Petrova", "Radu Popescu"]),
        ("de kinderarts van Parkstad MC en kinderarts van Dijk", ["van Dijk"]),
        ("de behandelaar van Lauwers GGZ, mevr. I. Zwart", ["I. Zwart"]),  # where she works
        ("ontslagbrief Kinderklinik St. Vitus; Commissie van Toelating; op San Nicolas", []),  # a
        # saint, a board, a saint's town abroad
        ("Kein Fieber, kein Infekt. Weitergeleitete Nachricht", []),  # German function words
        ("Sturz vom Stuhl. Laut Mutter seit einem Jahr; Aufklärung der Eltern Beginn", []),
        ("kinderpsychiater De Wendakker; jeugdarts De Vries-Bakker", ["De Vries-Bakker"]),
        ("Van: shurayne martina <sm@example.nl>", ["shurayne martina"]),  # a mail header
        ("Broer/zus: Lina (3-4-2012), Omar (11-05-2023); Omar zei; Visser (2020)",
         ["Lina", "Omar"]),  # a first name that is also a surname, with a birth date
        ("| Pieter   | 08-10-2018 | groep 2 |\n| Visser | 2020 |", ["Pieter"]),  # next cell
        ("speelt met Lotte en Jasmijn; Bakker en Visser", ["Lotte", "Jasmijn"]),  # joined
        ("From: Leerplicht <lp@example.nl>\nVan: Roos Bakker <rb@example.nl>\n"
         "Aan: Zorgloket Jeugd <zj@example.nl>", ["Roos Bakker"]),  # not a department
        ("[12-11-2025 07:48] hatice: goeiemorgen", ["hatice"]),  # a chat message's speaker
        ("[leerling] heeft nodig: een kleine groep", []),  # a pseudonym, no time stamp
        ("broertje Abdirahman (roepnaam Abdi)", ["Abdirahman", "Abdi"]),
        ("broer ....... Maksym, geb. 03-05-2012; Daniel (geboren 02-05-2020)",
         ["Maksym", "Daniel"]),
        ("zijn pleegzussen (Noor, 14, en Fenne, 12)", ["Noor", "Fenne"]),
        ("(Groep 5, 12) en Kinderen (0-4 jaar)", []),
        ("mevrouw Zs. Kovács en Th. de Boer wonen aan de Molenstraat",
         ["Zs. Kovács", "Th. de Boer"]),
        ("drs. R. Pereira da Silva, MSc; logopedist Totaal Taalscore 78",
         ["R. Pereira da Silva"]),
        ("CC: Sociaal Team Emmen <team@example.nl>", []),  # an organization's address
        ("Casus 2 - leerling A.\nJongen van 9", []),  # initials stay on their line
        ("Juf Anne gaf les.", ["Anne"]),  # form of address
        ("Beste Peter,", ["Peter"]),  # salutation
        ("Emma zit in groep 5.", ["Emma"]),  # a first name alone
        ("Emma Mulder Geboortedatum: 1-2-2015", ["Emma Mulder"]),  # label after a name
        ("Voornaam ........... Mohammed", ["Mohammed"]),  # dot leaders
        ("| naam | Lieke Mol |", ["Lieke Mol"]),  # a table cell
        ("F. Bijlagen\nOPP en verslag\nC. Doelen tot de zomer", []),  # sections, no initials
        ("C. Gegevens school\nD. Korte beschrijving\nE. Wat is nodig", []),  # lettered sections
        ("huisarts, mevrouw\nE. de Vries-Oud, na\nA. Vermeulen-Pinas   drs. C.M. Wolters",
         ["E. de Vries-Oud", "A. Vermeulen-Pinas", "C.M. Wolters"]),  # a surname in a double
        ("S. Koning aanmelden\nB. Bakker\nintern begeleider", ["S. Koning", "B. Bakker"]),
        ("Im Unterricht; Gemäß Beschluss; Naam: Jayden Vos Geb. 09-08-2014", ["Jayden Vos"]),
        ("met haar broer Yonas (geb. 2009)", ["Yonas"]),  # kinship word before a name
        ("my brother Mihai had dyslexia; his sister Ioana", ["Mihai", "Ioana"]),  # in English
        ("Talen: Engels\nBroertje Maksym, geb. 2 mei 2019", ["Maksym"]),  # at a line's start
        ("woont in pleeggezin Schaap; crisispleeggezin van der Windt; gezinshuis Ramdin",
         ["Schaap", "van der Windt", "Ramdin"]),
        ("geplaatst in een pleeggezin in 't Harde; gezinshuis in Lanaken; mevrouw in 't Veld",
         ["in 't Veld"]),  # "in" a town after a family word; a particle after a title
        ("Handtekening: ......J. Hoek......", ["J. Hoek"]),  # on a dotted line
        ("IB-er ...... Jolanda Ammerlaan  Opgesteld met ouders\nJeugdige  Marcello Pattiasina",
         ["Jolanda Ammerlaan", "Marcello Pattiasina"]),  # a column's gap ends a name
        ("Naam: Vermeersch Lotte  Dossier: LL-2023-0457\nDebby  Ronny",
         ["Vermeersch Lotte", "Debby", "Ronny"]),  # also after a first name
        ("6.3 Toestemmingsverklaring van Ilias (16 jaar) met kennisname", ["Ilias"]),  # a word
        ("Thuistaal: Koerdisch (Kurmanji); telefonische tolk Sorani", []),  # dialects, no names
        ("een tolk Kriolu; tolk Somali bij gesprekken", []),  # languages CLDR lacks, or has
        ("Sofiia speelt graag met Oleksandr; Tomek belt morgen.",
         ["Sofiia", "Oleksandr", "Tomek"]),  # first names of migrant families, our own list
        ("Handtekening: JPdWit  Kenmerk: 33; Paraaf: S Hoogland\nMoeder: ......WGroen......",
         ["JPdWit", "S Hoogland", "WGroen"]),  # a handle signs: initials run into the surname
        ("Handtekening: Datum:  ; Handtekening ouder 1: MijnKind; bel WhatsApp", []),
        ("An:  zorg@heuvelland.nl\nAn: IB <ib@school.nl>\nAn: kom je?\nEmma: ja",
         ["An", "Emma"]),  # a German mail's "To:" labels addresses; a chat's speaker
        ("zusje Lina en Adam\n(geb. 14-01-2023)", ["Lina", "Adam"]),  # born, a line lower
        ("een klasgenoot (Lotte) en haar vriendin Noor; broer (12 jaar)", ["Lotte", "Noor"]),
        ("Pleeggezin: Jacobs te Nederweert; mevrouw te Winkel, Anna te Winkel",
         ["Jacobs", "te Winkel", "Anna te Winkel"]),  # a town after "te" is no surname
        ("Jan-Willem Schipper en Anne-Marie de Vries; Noord-Brabant",
         ["Jan-Willem Schipper", "Anne-Marie de Vries"]),  # hyphenated first names
        ("Relatie tot leerling: moeder Ouderlijk gezag: ja", []),
        ("Telefonisch: D. Spaans, logopedist; rekenen een B. Op de toets; B. Groep 6;"
         " spelling B. Werkhouding wisselend; leerkracht A. Tiktak",
         ["D. Spaans", "A. Tiktak"]),  # initials before a rare surname that is a language, not "Op"
        ("dr. H.W.M. Coenegracht, kinderarts; Hoogstraat Bakker;\n>> Bien à vous / Met vriendelijke"
         " groeten,", ["H.W.M. Coenegracht"]),  # a street's ending after initials; a French closing
        ("Zij krijgt vitamine D. Bij de controle en vitamine K. Maar dan", []),  # no initials
        # an acronym's last letter is no initial; a hyphenated initial's second letter is
        ("individuele CGT-E. Vanwege de klachten; School: M.-J. Storm", ["J. Storm"]),
        ("School / groep : Ref. Bs. De Akker, Giessenburg", []),  # Bs. is a basisschool
        ("Kerkstraat 77, 9601 BC Hoogezand", []),  # a postcode's letters, not a title
        ("Aan: mevrouw F. Winter, Emmen\nAchternaam: Kerkhof", ["F. Winter", "Kerkhof"]),
        ("Sehr geehrte Frau Oude Luttikhuis, Herr Schröder", ["Oude Luttikhuis", "Schröder"]),
        ("Hallo zusammen, danke! Wenn Sie nicht der richtige Adressat sind, rufen Sie mich an",
         []),  # German words, not names nobody knows
        ("met haar vriendin\nFleur en met juf Anouk; met haar zus\nZe gaat",
         ["Fleur", "Anouk"]),  # a line broken between kinship word and name
        ("overleg met behandelaar Deltakust; start Kindertraumacentrum Merwestroom", []),
        ("met Ellen en met Tessa van Hoorwijzer; Tessa van Dijk", ["Tessa", "Tessa van Dijk"]),
        ("bij de juf van de Ankerplaats; juf van de Kamp; het pleeggezin van Wim",
         ["van de Kamp", "Wim"]),  # a school with its article, after a title; a first name
        ("Opgesteld door : P. Zwanenburg (Zichtwaarts)\nNaam leerling: Jacobus Arie (Koos)",
         ["P. Zwanenburg", "Jacobus Arie", "Koos"]),  # an organization between brackets
        ("Afwezig: dr. Owusu (De Lindeboog), schriftelijke inbreng", ["Owusu"]),  # its article
    ],
)
def test_finds_the_names(recognizer: NlPersonRecognizer, text: str,
                         expected: list[str]) -> None:
    assert_spans(distinct_spans(recognizer, text, "PERSON"), expected)
