"""The trainer's handouts (issue 16) as HTML for print and as Word, with their content."""

from __future__ import annotations

import io
import zipfile

import pytest

from hgw_widgets.domain.areas import AREAS, area_label
from hgw_widgets.domain.structures import load_structure
from hgw_widgets.export.handouts import CONVERSATION_STRUCTURE, HANDOUTS
from hgw_widgets.export.render import to_docx, to_html


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


EXPECTED = {
    "smarti-kaart": ["SMARTI", "Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden", "Inspirerend",
                     "over drie weken"],
    "zeven-gebieden": [area_label(a) for a in AREAS],
    "gespreksopzet-ouders": [p.title for p in load_structure(CONVERSATION_STRUCTURE).phases],
    "geen-welles-nietes": ["welles-nietes", "concrete, recente voorbeelden", "wij-boodschap"],
}


def test_the_four_handouts():
    assert list(HANDOUTS) == ["smarti-kaart", "zeven-gebieden", "gespreksopzet-ouders", "geen-welles-nietes"]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_a_handout_prints_and_opens_in_word_with_its_content(name):
    doc = HANDOUTS[name]()
    html = to_html(doc).decode("utf-8")
    word = _docx_text(to_docx(doc))
    assert html.startswith("<!DOCTYPE html>") or "<html" in html[:200]
    for text in EXPECTED[name]:
        assert text.replace("'", "&#x27;") in html or text in html, (name, text)
        assert text in word, (name, text)
    assert len(EXPECTED[name]) >= 3
