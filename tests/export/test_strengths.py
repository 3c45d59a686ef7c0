"""A strengths sheet as JSON data and as a printable Document."""

from __future__ import annotations

import pytest

from hgw_widgets import SaveFileError
from hgw_widgets.domain.case import load_case
from hgw_widgets.domain.phrasing import StrengthsSheet
from hgw_widgets.export.render import to_markdown
from hgw_widgets.export.strengths import sheet_document, sheet_from_dict, sheet_to_dict


def test_round_trip_is_lossless():
    sheet = StrengthsSheet.from_case(load_case("kevin")).with_area("creative", "tekent strips", "")
    assert sheet_from_dict(sheet_to_dict(sheet)) == sheet


def test_document_lists_all_seven_areas_and_what_is_missing():
    md = to_markdown(sheet_document(StrengthsSheet(student="Sem").with_area("physical", "sterk bij gym", ""))).decode()
    assert "Leerling: Sem" in md and "sterk bij gym" in md
    assert md.count("Specifieke interesses en talenten") == 2  # in the table and under "missing"
    assert "Nog niets positiefs genoteerd bij" in md


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"student": 5},
        {"areas": []},
        {"areas": {"music": {}}},
        {"areas": {"learning": {"strengths": "x"}}},
        {"areas": {"learning": {"strengths": [1]}}},
        {"areas": {"learning": {"concerns": ["x" * 301]}}},
        {"areas": {"learning": {"strengths": ["x"] * 11}}},
    ],
)
def test_malformed_data_is_refused(data):
    with pytest.raises(SaveFileError):
        sheet_from_dict(data)
