"""Health terms."""

from __future__ import annotations

import pytest

from recognizers.nl_health_recognizer import NlHealthRecognizer
from tests.recognizers.helpers import assert_spans, spans


@pytest.fixture(scope="module")
def recognizer() -> NlHealthRecognizer:
    return NlHealthRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard cases first: the school's own words are no health data
        ("De ondersteuningsbehoefte, leerachterstand en werkhouding.", []),
        ("De concentratie in de klas neemt af.", []),
        ("Hij wil add-ons en de ass van de fiets.", []),  # acronyms only in capitals
        ("Er hat ADHS und eine Lese-Rechtschreib-Schwäche (LRS).",
         ["ADHS", "Lese-Rechtschreib-Schwäche", "LRS"]),  # German, across the border
        ("hij krijgt emdr, en adhd-medicatie", ["emdr", "adhd-medicatie"]),  # any case
        ("vaak luchtweginfecties en een trage schildklier, septumdefect",
         ["luchtweginfecties", "trage schildklier", "septumdefect"]),  # plurals, heads, endings
        ("de adressen en de zorgen", []),
        ("AD(H)D en ERP; in Erp woont oma; A(B)C", ["AD(H)D", "ERP"]),  # not the village
        ("Adres: Molenakker 14, 5469 EV ERP", []),  # the village in capitals
        ("suicidale gedachten, een suicidepoging; drie hypoglykemieen; uveitis",  # no accents
         ["suicidale gedachten", "suicidepoging", "hypoglykemieen", "uveitis"]),
        ("his selective mutism and play therapy", ["selective mutism", "play therapy"]),
        ("pacemakerwissel, enalapril en lisinopril op 1 april; uveïtis; hoorapparaten",
         ["pacemakerwissel", "enalapril", "lisinopril", "uveïtis", "hoorapparaten"]),
        ("2 keer melt down; she needs a cochlear implant and sign language; the language",
         ["melt down", "cochlear implant", "sign language"]),
        ("ernstige spraak-taalmoeilijkheden (ESM); een tremor; opname op de PAAZ; esm",
         ["ernstige spraak-taalmoeilijkheden", "ESM", "tremor", "opname", "PAAZ"]),
        ("met EVO's en een rolstoel; NGT leren; OCT en ERG; het is erg druk; ADIS-C en SCARED",
         ["EVO's", "rolstoel", "NGT", "OCT", "ERG", "ADIS-C", "SCARED"]),  # in capitals only
        ("slapeloosheid en een nachtmerie; lang absenses; vader had een alcoholprobleem",
         ["slapeloosheid", "nachtmerie", "absenses", "alcoholprobleem"]),  # as parents spell
        ("diagnostiek (maart-april 2024); SDNS met eiwitverlies; VZV-immunoglobuline",
         ["SDNS", "eiwitverlies", "VZV-immunoglobuline"]),  # months, not the drug ending -pril
        # symptoms are health (ANNOTATION.md), also the complaints the rule-era writers mark
        # more often than not (overprikkeling, woedeaanvallen, a screening for one condition,
        # a psychiatrist, an EEG's findings, noodmedicatie, the SRS-2 and NmG since session 24);
        # staff, generic words and the broad questionnaires (CBCL) not
        ("herbelevingen en somberheid; de diagnoses; diabetesverpleegkundige; twee aanvallen;"
         " epilepsieverpleegkundige; epileptiforme activiteit bij hyperventilatie;"
         " de psychiater; kinderpsychiater; buikpijn; Filipijnen; spelaudiometrie; overprikkeling;"
         " woedeaanvallen; de CRIES-13, de SRS-2 en de CBCL; noodmedicatie; gebaren (NmG)",
         ["herbelevingen", "somberheid", "aanvallen", "epileptiforme activiteit", "psychiater",
          "kinderpsychiater", "buikpijn", "spelaudiometrie", "overprikkeling", "woedeaanvallen",
          "CRIES-13", "SRS-2", "noodmedicatie", "NmG"]),
        # questionnaires and tests for one condition (the M-ABC-2 establishes DCD),
        # classifications of cerebral palsy (session 28); not a school's test nor computers
        ("AVL ouders; M-ABC-2 en MABC-2; GMFCS-niveau II, MACS I; de CITO; twee Macs",
         ["AVL", "M-ABC-2", "MABC-2", "GMFCS-niveau", "MACS"]),
        # a symptom, not an EEG's provocation (its sentence names the EEG, absences, a poli)
        ("Zij kreeg paniekaanvallen met\nhyperventilatie. Het EEG liet bij hyperventilatie"
         " afwijkingen zien. Bij hyperventilatie op de\npoli een absence van 9 sec.",
         ["paniekaanvallen", "hyperventilatie", "EEG", "absence"]),
        # a hearing aid's brand after the aid, not the first name
        ("solo-apparatuur (Roger) in de klas; vader Roger belt; FM-apparatuur(Roger)",
         ["solo-apparatuur", "Roger", "FM-apparatuur", "Roger"]),
        ("nieuwe hoortoestellen (Phonak Sky L90)", ["hoortoestellen", "Phonak Sky"]),
        ("met de Roger verstaat ze meer; Roger de Vries belt; de Roger Pen",
         ["Roger", "Roger Pen"]),
        ("lichamelijk gehandicapt; symptomen van aandachtstekort en klankverwarring",
         ["lichamelijk gehandicapt", "aandachtstekort", "klankverwarring"]),
        ("last van benauwdheid; sensorische overgevoeligheid",
         ["benauwdheid", "sensorische overgevoeligheid"]),
        ("de angst om aan te komen; inslaapangst; audiologopedie; het USH2A-gen; angst",
         ["angst om aan te komen", "inslaapangst", "audiologopedie", "USH2A-gen"]),
        ("Neurologisch onderzoek: een te lage hartslag; ze werd opgenomen op de kinderafdeling",
         ["Neurologisch onderzoek", "te lage hartslag"]),  # an examination, not the verb
        ("een grote aanval (tonisch-klonisch); vergrote aquaductus vestibuli; sombere stemming",
         ["aanval", "tonisch-klonisch", "vergrote aquaductus vestibuli", "sombere stemming"]),
        # ICD-10 codes, but not their labels, DSM-5 numbers, amounts, versions or postcodes
        # (ANNOTATION.md, session 24)
        ("sociale angststoornis (F40.10); DSM-5: 314.01 ADHD; ICD-10 G40.3\nF32.1  depressief;"
         " € 300.50; versie 3.1.2; F40.100; Z12.3-4; Diagnosecodes: H90.3, P35.1. En F12.3,5",
         ["sociale angststoornis", "F40.10", "ADHD", "G40.3", "F32.1", "H90.3", "P35.1"]),
        # the symptoms the rules-era sets mark more often than not (session 24), not the verb
        ("hyperactiviteit en vermijding; ze vermijdt de aula", ["hyperactiviteit", "vermijding"]),
        # a condition's eponym alone where the text names the condition; not a surname's
        ("het Usher-syndroom; de diagnose Usher; Down syndroom; dr. Becker; ziekte van Becker",
         ["Usher-syndroom", "Usher", "Down syndroom", "ziekte van Becker"]),
        # a phrase whose words signs join, not a sentence's end
        ("protocol Denken + Doen = Durven; deletie 22q11.2; Denken + Doen. Durven is",
         ["Denken + Doen = Durven", "deletie 22q11.2"]),
        # a headache and its kinds; gluten-free cake is no diet
        ("hoofdpijn, spanningshoofdpijn; glutenvrije koek en een glutenvrij dieet",
         ["hoofdpijn", "spanningshoofdpijn", "glutenvrij dieet"]),
        # aids, examinations and care units by name (session 14)
        ("een beeldschermloep en een voorzetkamer; de DEXA-scan; kinder- en jeugdrevalidatie;"
         " afdeling kinderhematologie; langdurig ziek",
         ["beeldschermloep", "voorzetkamer", "DEXA-scan", "kinder- en jeugdrevalidatie",
          "kinderhematologie", "langdurig ziek"]),
        ("dextrose bij een hypo; diabeteszorg; EED en een EED-behandeling",
         ["hypo", "EED", "EED-behandeling"]),  # what writers leave unmarked
        # a seizure is an episode, also without its kind; its attacker and his tactics are not
        ("Na een aanval slaapt hij; een aanvalletje; een grote aanval; de aanvaller; aanvallend",
         ["aanval", "aanvalletje", "aanval"]),
        ("drie hypoglykemieën; prematuriteit; globale ontwikkelingsachterstand; een valhelm;"
         " Lese-Rechtschreibstörung; de kopieën; een leerachterstand",
         ["hypoglykemieën", "prematuriteit", "globale ontwikkelingsachterstand", "valhelm",
          "Lese-Rechtschreibstörung"]),  # a plural in -ën, an aid, German
        # but an episode, an injury, an implant, medication and the implant's care team are
        # health (the CI-team since session 24)
        ("het CI-team; bilaterale CI; een schedelbasisfractuur; een grote aanval; een absence;"
         " Rilatine en medicatie",
         ["CI-team", "bilaterale CI", "schedelbasisfractuur", "aanval", "absence", "Rilatine"]),
        # the clinical vocabulary of rarer conditions, from our second general list
        ("homonieme hemianopsie rechts na een acuut subduraal hematoom; splenomegalie en"
         " ijzerchelatie; minder vetdiarree; een IV-kuur; Movicolon Junior; na een"
         " spoedkeizersnede; in de transfusieweek",
         ["homonieme hemianopsie", "acuut subduraal hematoom", "splenomegalie", "ijzerchelatie",
          "vetdiarree", "IV-kuur", "Movicolon Junior", "spoedkeizersnede", "transfusieweek"]),
        # a German hospital's letter from across the border, a Flemish parent's mail
        ("Stationäre Aufnahme: 14.06.2025; Diagnosen: Krampfanfall, seit 3 Jahren Absencen;"
         " ze had kiné in Gent",
         ["Stationäre Aufnahme", "Krampfanfall", "Absencen", "kiné"]),
        ("Midazolam nasal als Notfallmedikation", ["Midazolam", "Notfallmedikation"]),
        ("De diagnose volgt; de behandeling van de aanvraag.", []),
        # a phrase among the exceptions hides its terms; the DSM specifier is a term (session 25)
        ("autismespectrumstoornis, zonder verstandelijke beperking; recht op gelijke behandeling;"
         " een behandeling", ["autismespectrumstoornis", "verstandelijke beperking"]),
        ("na klinische revalidatie nu cognitieve revalidatie en ambulante behandeling; de"
         " huidige behandeling, de verdere therapie; bij afname).\nBehandeling",
         ["klinische revalidatie", "cognitieve revalidatie", "ambulante behandeling"]),
        ("bij ziekte van de juf; met sympathie en empathie", []),  # medical endings, no health
        # a condition named after a person, but not a person's illness
        ("de ziekte van Emma; de ziekte van haar vader; de ziekte van Pfeiffer; het syndroom van"
         " Prader-Willi; het Syndroom van Klinefelter",
         ["ziekte van Pfeiffer", "syndroom van Prader-Willi", "Syndroom van Klinefelter"]),
        ("het syndroom van Gilles de la Tourette", ["syndroom van Gilles de la Tourette"]),
        ("Zuza eet niets door de ziekte van Zuza", []),  # her illness: she is named alone too
        # clinical names that no set had used yet (session 15)
        ("klierkoorts, long covid, suïcidaal, tinnitus, een beenprothese en antihistamine",
         ["klierkoorts", "long covid", "suïcidaal", "tinnitus", "beenprothese",
          "antihistamine"]),
        ("cardiomyopathie, bradycardie, stofwisselingsziekte; coloscopie, echocardiografie;"
         " infliximab, metronidazol, azathioprine",
         ["cardiomyopathie", "bradycardie", "stofwisselingsziekte", "coloscopie",
          "echocardiografie", "infliximab", "metronidazol", "azathioprine"]),  # by ending
        ("Er is sprake van ADHD en ASS.", ["ADHD", "ASS"]),
        ("twee hypos; JME; psychiatrische problematiek; een ontwikkelingsachterstand",
         ["hypos", "JME", "psychiatrische problematiek", "ontwikkelingsachterstand"]),
        ("autismespectrumstoornis, autistisch", ["autismespectrumstoornis", "autistisch"]),
        ("PDD-NOS en DCD", ["PDD-NOS", "DCD"]),
        ("Dyslexieverklaring, dyscalculie", ["Dyslexieverklaring", "dyscalculie"]),
        ("Syndroom van Down", ["Syndroom van Down"]),
        ("cerebrale parese, slechthorend", ["cerebrale parese", "slechthorend"]),
        ("depressieve klachten en een angststoornis", ["depressieve klachten", "angststoornis"]),
        ("Ritalin, Concerta, methylfenidaat", ["Ritalin", "Concerta", "methylfenidaat"]),
        ("zij krijgt zuurstof; they gave her morphine", ["zuurstof", "morphine"]),
        ("melatonine en risperidon", ["melatonine", "risperidon"]),
        ("speltherapie, logopedie, EMDR, PMT", ["speltherapie", "logopedie", "EMDR", "PMT"]),
        ("start MST (3x per week), de MST-therapeut; ACT en NET; het FACT-team; het CGG in Gent",
         ["MST", "MST-therapeut", "ACT", "NET", "FACT-team", "CGG"]),  # therapies, mental care
        ("Act normal; het net; een fact; Mst", []),  # the acronyms only in capitals
        ("two hearing aids after ear infections; sleep problems",
         ["hearing aids", "ear infections", "sleep problems"]),  # a parent's English
        ("de groep 'Autisme en dan?'; in partiële remissie\nBehandeling: EMDR",
         ["Autisme", "EMDR"]),  # a quoted term; no adjective before a heading's head noun
        ("sensor Dexcom G7, Fiasp en Tresiba; alfacalcidol; een vitamine D-tekort",
         ["Dexcom G7", "Fiasp", "Tresiba", "alfacalcidol", "vitamine D-tekort"]),  # diabetes
        ("GGZ en de kinderpsychiater; Jeugdzorg", ["GGZ", "kinderpsychiater", "Jeugdzorg"]),
        # by ending, words not in the list
        ("aandachtstekortstoornis, absence-epilepsie",
         ["aandachtstekortstoornis", "absence-epilepsie"]),
        ("ethosuximide en montelukast", ["ethosuximide", "montelukast"]),
        ("ondansetron, diclofenac, modafinil, amlodipine en venlafaxine",
         ["ondansetron", "diclofenac", "modafinil", "amlodipine", "venlafaxine"]),
        ("een hemiplegie na een Wilmstumor en een neuroblastoom; kataplexie en MSLT",
         ["hemiplegie", "Wilmstumor", "neuroblastoom", "kataplexie", "MSLT"]),
        ("hoofdpijnklachten, inslaapproblemen", ["hoofdpijnklachten", "inslaapproblemen"]),
        ("dieetbehandeling en muziektherapie", ["dieetbehandeling", "muziektherapie"]),
        ("hypoglykemie, ketoacidose en sumatriptan", ["hypoglykemie", "ketoacidose",
                                                     "sumatriptan"]),
        ("academie, chemie, diagnose, prognose", []),  # endings with exceptions
        ("een obsessieve-compulsieve stoornis", ["obsessieve-compulsieve stoornis"]),  # head
        ("deze stoornis en de ziekte", []),  # a head noun without a clinical adjective
        ("de logopedist, de kinderfysiotherapeut en de stottertherapeut", []),  # professions
        ("Kanjertraining in de klas", []),  # a school programme
        ("Kinderdiabetesteam; diagnostisch onderzoek; Diabetesverpl.; hij is depressief;"
         " school voor slechthorende kinderen", []),  # writers leave these
        ("geen aanwijzing voor een leerstoornis", ["leerstoornis"]),  # a diagnosis ruled out
        ("Video-opnames van de les; ADHD-medicatie", ["ADHD-medicatie"]),  # whole compounds
        ("stotteren; drie opnames en een pijncrisis", ["stotteren", "opnames", "pijncrisis"]),
        ("middenoorontsteking en zwangerschapsdiabetes", ["middenoorontsteking",
                                                        "zwangerschapsdiabetes"]),
        ("de kinder- en jeugdpsychiater", ["kinder- en jeugdpsychiater"]),  # split compound
        ("adenotomie en een hartoperatie", ["adenotomie", "hartoperatie"]),
        # symptoms the rule-era writers mostly mark (koorts, pains by body part), not pain
        # or fear alone, nor faalangst; clay sculpture and the field's drainage are no care
        ("koorts en nekpijn; pijn doen; faalangst en angst; kleiplastiek; de drainage; Filipijnen",
         ["koorts", "nekpijn"]),
        # endings and heads of blood, bowel and brain care
        ("een wisseltransfusie, T-celdeficiëntie en een ileocecaalresectie",
         ["wisseltransfusie", "T-celdeficiëntie", "ileocecaalresectie"]),
        ("velofaryngeale insufficiëntie, een perianale fistel, een correctieve operatie",
         ["velofaryngeale insufficiëntie", "perianale fistel", "correctieve operatie"]),
        ("sickle cell disease, folic acid and a wheelchair",
         ["sickle cell disease", "folic acid", "wheelchair"]),
        # a head after a capitalised adjective on its line, not after a name before a break
        ("- Velofaryngeale insufficiëntie; met Jesse\naanvallen",
         ["Velofaryngeale insufficiëntie", "aanvallen"]),
        # bowel care by ending; a plaster cast, not plasterboard; a flare, which the sets
        # written under the rules mark more often than not
        ("een opvlamming, een darmobstructie en een ileostoma; gipsbeenkokers; de gipsplaat",
         ["opvlamming", "darmobstructie", "ileostoma", "gipsbeenkokers"]),
    ],
)
def test_finds_health_terms(recognizer: NlHealthRecognizer, text: str,
                            expected: list[str]) -> None:
    assert_spans(spans(recognizer, text, "HEALTH"), expected)
