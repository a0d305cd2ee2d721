"""Attachment classification, by type. All names are fictitious."""

from __future__ import annotations

import pytest

from pipeline.classify import AuthorRole, DocType, classify
from pipeline.document import Document, Page


def document(text: str) -> Document:
    return Document("t", text, (Page(1, 595, 842, 0, len(text)),))


@pytest.mark.parametrize(
    ("text", "doc_type", "role"),
    [
        # hard cases first: a title under a letterhead, a title naming another type
        ("Praktijk Kwink\nStraat 1\n1234 AB Enschede\ntel. 053\nPSYCHODIAGNOSTISCH VERSLAG\n"
         "cc: huisarts\nBIG 12345678901", DocType.PSYCHOLOGISCH_VERSLAG,
         AuthorRole.GEDRAGSDESKUNDIGE),
        ("Toestemmingsformulier\nToestemming om het psychodiagnostisch onderzoeksverslag te "
         "delen\nHandtekening", DocType.TOESTEMMINGSFORMULIER, AuthorRole.OUDER),
        ("Onderwijskundig rapport\nSchool van herkomst: OBS De Vlinder\nTen behoeve van: "
         "aanvraag TLV", DocType.GROEIDOCUMENT, AuthorRole.SCHOOL),
        ("Dossiernotitie OBS De Vlinder\nOpgesteld door: S. Meijer, intern begeleider\n"
         "Mondelinge toestemming van moeder", DocType.TOESTEMMINGSFORMULIER, AuthorRole.SCHOOL),
        ("Van: Fatma Visser <f.visser@hotmail.com>\nAan: juf\nOnderwerp: gesprek\nHoi juf",
         DocType.CORRESPONDENTIE, AuthorRole.OUDER),
        ("Van: S. Meijer <s.meijer@vlinder.nl>\nAan: ouders\nOnderwerp: gesprek\n"
         "Met vriendelijke groet,\nS. Meijer, intern begeleider", DocType.CORRESPONDENTIE,
         AuthorRole.SCHOOL),
        ("De Kustlijn Jeugd\nLocatie Heiloo - kinder- en jeugdpsychiatrie\nAan de voogd",
         DocType.MEDISCHE_BRIEF, AuthorRole.MEDICUS),
        ("Van: M. Visser <m.visser@swvpo2505.nl>\nAan: school\nOnderwerp: advies",
         DocType.CORRESPONDENTIE, AuthorRole.SWV),  # the samenwerkingsverband writes
        ("NOTITIE MONDELINGE TOESTEMMING\n(vastgelegd door de school)", 
         DocType.TOESTEMMINGSFORMULIER, AuthorRole.SCHOOL),
        ("Welzijnskompas Ede | Schoolmaatschappelijk werk\nVerslag schoolmaatschappelijk werk",
         DocType.JEUGDHULP_VERSLAG, AuthorRole.JEUGDHULP),
        ("TOESTEMMINGSFORMULIER uitwisseling gegevens - aanvraag TLV\nSamenwerkingsverband "
         "PO 30-08\nWaarvoor: de aanvraag toelaatbaarheidsverklaring",
         DocType.TOESTEMMINGSFORMULIER, AuthorRole.OUDER),
        ("Toestemmingsverklaring ouders\nLeerling: Kiran\nGroep 5\nWelke gegevens: OPP\n"
         "Handtekening moeder\nNotitie IB: formulier gemaild", DocType.TOESTEMMINGSFORMULIER,
         AuthorRole.OUDER),  # the school's note under a signed form
        ("Kinderfysiotherapie De Knotwilg\nVERSLAG KINDERFYSIOTHERAPIE\ngevraagd door school",
         DocType.MEDISCHE_BRIEF, AuthorRole.MEDICUS),
        ("Samenwerkingsverband PO 31-07\nVerslag casusoverleg\nAanwezig: jeugdarts",
         DocType.MDO_VERSLAG, AuthorRole.SWV),
        ("MDO-notulen\nAanwezig: ouders, IB, orthopedagoog SWV", DocType.MDO_VERSLAG,
         AuthorRole.SCHOOL),  # the samenwerkingsverband attends; the school writes
        ("Medisch handelingsprotocol\nAfspraken bij een hypo", DocType.OTHER,
         AuthorRole.SCHOOL),  # one word in the body is no evidence of a type
        ("Regionaal Bureau Leerplicht Vallei\nAan de ouders/verzorgers van Kacper\nGeachte "
         "ouders,", DocType.CORRESPONDENTIE, AuthorRole.JEUGDHULP),  # a letter
        ("AANMELDING BIJ DE COMMISSIE TOELAATBAARHEID - SO\nSamenwerkingsverband PO 25-09",
         DocType.AANVRAAGFORMULIER, AuthorRole.SCHOOL),
        ("Voogdij Gelre-Rivier\nToestemmingsverklaring van de voogd\nOndergetekende\nvoogd van\n"
         "Yonas\ngeeft toestemming\nvoor\nhet delen\nvan het OPP\nHandtekening voogd",
         DocType.TOESTEMMINGSFORMULIER, AuthorRole.OUDER),  # a title under a letterhead
        ("CJG Terneuzen\nKort verslag gezinsgesprekken\nAanmelding via de huisarts",
         DocType.JEUGDHULP_VERSLAG, AuthorRole.JEUGDHULP),
        # one of each
        ("Aanvraag toelaatbaarheidsverklaring SBO\nGegevens leerling", DocType.AANVRAAGFORMULIER,
         AuthorRole.SCHOOL),
        ("Aanvraag advies en consultatie\nSchool | De Zandloper", DocType.AANVRAAGFORMULIER,
         AuthorRole.SCHOOL),
        ("Groeidocument\nOnderwijsbehoeften", DocType.GROEIDOCUMENT, AuthorRole.SCHOOL),
        ("Ontwikkelingsperspectiefplan\nUitstroomprofiel", DocType.OPP, AuthorRole.SCHOOL),
        ("Handelingsplan\nDoelen\nEvaluatie", DocType.HANDELINGSPLAN, AuthorRole.SCHOOL),
        ("Verslag MDO\nAanwezig: ouders, IB", DocType.MDO_VERSLAG, AuthorRole.SCHOOL),
        ("Kindergeneeskunde\nGeachte collega,", DocType.MEDISCHE_BRIEF, AuthorRole.MEDICUS),
        ("Sociaal Wijkteam Venray\nVerslag", DocType.JEUGDHULP_VERSLAG, AuthorRole.JEUGDHULP),
        ("Boodschappenlijst\nmelk", DocType.OTHER, AuthorRole.SCHOOL),
    ],
)
def test_type_and_role(text: str, doc_type: DocType, role: AuthorRole) -> None:
    result = classify(document(text))
    assert (result.doc_type, result.author_role) == (doc_type, role), result.evidence
    assert result.evidence, "every decision keeps its evidence"
