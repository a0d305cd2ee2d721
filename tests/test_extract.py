from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from pipeline.document import PAGE_SEPARATOR
from pipeline.extract import UnreadableDocumentError, extract_pdf
from tests.conftest import BAD_INPUT, TLV_001


@pytest.mark.parametrize(
    ("file_name", "reason"),
    [
        ("02-leeg.pdf", "empty file (0 bytes)"),
        ("03-kapot.pdf", "corrupt PDF"),
        ("04-beveiligd.pdf", "password-protected PDF"),
        ("05-geen-pdf.pdf", "not a PDF: no %PDF header"),
    ],
)
def test_bad_files_get_a_reason_naming_the_file(file_name: str, reason: str) -> None:
    with pytest.raises(UnreadableDocumentError) as caught:
        extract_pdf((BAD_INPUT / file_name).read_bytes(), file_name)
    assert caught.value.reason.startswith(reason)
    assert str(caught.value).startswith(f"{file_name}: ")


def test_words_keep_their_boxes_and_point_into_the_text() -> None:
    document = extract_pdf((TLV_001 / "02-groeidocument.pdf").read_bytes(), "groeidocument")
    assert [page.number for page in document.pages] == [1, 2]
    assert document.text.count(PAGE_SEPARATOR) == 1
    for page in document.pages:
        assert page.words, "every page of the fixture has text"
        for word in page.words:
            assert document.text[word.start : word.end] == word.text
            assert page.start <= word.start < word.end <= page.end
            assert 0 <= word.x0 < word.x1 <= page.width
            assert 0 <= word.top < word.bottom <= page.height


def test_lines_are_rebuilt_in_reading_order() -> None:
    document = extract_pdf((TLV_001 / "01-aanvraagformulier.pdf").read_bytes(), "form")
    lines = document.text.split("\n")
    assert lines[0] == "Aanvraag toelaatbaarheidsverklaring SBO"
    assert any(line.startswith("Naam leerling: ") for line in lines)


def test_page_at_maps_offsets_to_pages() -> None:
    document = extract_pdf((TLV_001 / "02-groeidocument.pdf").read_bytes(), "groeidocument")
    second = document.pages[1]
    assert document.page_at(0) == 1
    assert document.page_at(second.start) == 2
    assert document.page_at(len(document.text) - 1) == 2


def test_a_wide_gap_between_words_is_kept_as_two_spaces() -> None:
    """A letterhead's columns stay apart: a school's name does not run into its town."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.drawString(56, 780, "Basisschool 't Klinkertje          Appingedam")
    canvas.drawString(56, 760, "17/3    intake  met  ouders")
    canvas.showPage()
    canvas.save()
    document = extract_pdf(buffer.getvalue(), "letterhead.pdf")
    assert document.text == ("Basisschool 't Klinkertje  Appingedam\n"
                             "17/3  intake met ouders")  # two spaces are still one
