"""Class overview exports: JSON round trip, refusals, printable document, Excel without formulas."""

from __future__ import annotations

import io
import math
from datetime import date

import openpyxl
import pandas as pd
import pytest

from hgw_widgets import ClassOverview, ClassPlan, EducationalNeed, Factor, Goal, SaveFileError, StudentNotes
from hgw_widgets.domain.areas import Strength
from hgw_widgets.domain.class_plan import SubgroupPlan
from hgw_widgets.export.class_overview import KIND, overview_document, work_from_dict, work_to_dict
from hgw_widgets.export.excel import overview_to_xlsx
from hgw_widgets.export.jsonio import dump_work, load_work
from hgw_widgets.export.render import to_docx, to_html

HOSTILE = '=HYPERLINK("http://x","klik")'


def overview() -> ClassOverview:
    grades = pd.DataFrame(
        {"Wiskunde": [4.5, 6.0, float("nan")], "Engels": [7.0, 5.0, 8.0]},
        index=pd.Index(["Anna <b>de</b> Vries", HOSTILE, "Stéphanie"], name="leerling"),
    )
    notes = StudentNotes(
        "Anna <b>de</b> Vries", strengths=(Strength("creative", "zingt <script>"),),
        factors=(Factor("stimulating", "humor"), Factor("hindering", "faalangst")),
        needs=(EducationalNeed("feedback", "direct komt"),), subgroup="intensief",
    )
    return ClassOverview(grades, class_name="2B", pass_mark=5.5, markers={"retake": 2}).with_target(
        "Wiskunde", 80).with_notes(notes)


def plan(o: ClassOverview) -> ClassPlan:
    p = ClassPlan.from_overview(o, start=date(2026, 1, 12), weeks=8)
    return p.with_part(SubgroupPlan("intensief", students=("Anna <b>de</b> Vries",),
                                    goals=(Goal("Over zes weken haalt Anna een 6 voor de toets.", acceptable=True),),
                                    approach="pre-teaching", organisation="dinsdag 8e uur",
                                    evaluation=date(2026, 2, 27)))


def test_json_round_trip_is_lossless():
    o = overview()
    p = plan(o)
    payload = load_work(dump_work(KIND, work_to_dict(o, p)), kind=KIND)
    o2, p2 = work_from_dict(payload)
    assert o2.students == o.students and o2.subjects == o.subjects
    assert o2.grades.equals(o.grades)
    assert o2.targets == o.targets and o2.notes == o.notes and o2.pass_mark == o.pass_mark
    assert o2.markers == {"empty": 0, "retake": 2, "exempt": 0, "not_counted": 0}
    assert p2 == p


BROKEN = [
    pytest.param({"subjects": ["A"], "students": ["x"], "grades": [[11]]}, id="grade-out-of-range"),
    pytest.param({"subjects": ["A"], "students": ["x"], "grades": [[6, 7]]}, id="grades-wrong-width"),
    pytest.param({"subjects": ["A"], "students": ["x", "x"], "grades": [[6], [7]]}, id="duplicate-student"),
    pytest.param({"subjects": ["A"], "students": ["x"], "grades": [[6]], "targets": {"B": 50}}, id="target-unknown"),
    pytest.param({"subjects": ["A"], "students": ["x"], "grades": [[6]], "targets": {"A": 150}}, id="target-150"),
    pytest.param({"subjects": ["A"], "students": ["x"], "grades": [[6]], "pass_mark": "6"}, id="pass-mark-text"),
    pytest.param({"subjects": ["A"], "students": ["x"], "grades": [[6]],
                  "notes": [{"name": "x", "subgroup": "top"}]}, id="bad-subgroup"),
    pytest.param({"subjects": ["A"], "students": ["x"], "grades": [[6]],
                  "plan": {"start": "gisteren", "weeks": 8, "subgroups": []}}, id="bad-date"),
    pytest.param({"subjects": "A", "students": ["x"], "grades": [[6]]}, id="subjects-not-list"),
]


@pytest.mark.parametrize("data", BROKEN)
def test_malformed_payload_is_refused_in_dutch(data):
    with pytest.raises(SaveFileError) as info:
        work_from_dict(data)
    assert "beschadigd" in info.value.message_nl


def test_document_has_summary_students_and_plan_and_html_escapes():
    o = overview()
    doc = overview_document(o, plan(o))
    texts = doc.texts()
    assert "Klassenoverzicht 2B" in texts
    assert "niet gehaald" in texts and "50 %" in texts  # Wiskunde: 1 of 2
    assert "Anna <b>de</b> Vries heeft feedback nodig die direct komt." in texts
    assert any("pre-teaching" in t for t in texts)
    html = to_html(doc).decode("utf-8")
    assert "<b>de</b>" not in html and "&lt;b&gt;de&lt;/b&gt;" in html
    assert "<script>" not in html
    assert to_docx(doc)[:2] == b"PK"


def test_excel_has_three_sheets_and_never_a_formula():
    data = overview_to_xlsx(overview())
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Klassendoelen", "Cijfers", "Leerlingen"]
    grades = book["Cijfers"]
    names = [grades.cell(row=r, column=1) for r in range(2, 5)]
    hostile = next(c for c in names if c.value == HOSTILE)
    assert hostile.data_type == "s"  # text, not a formula
    assert all(c.data_type != "f" for sheet in book for row in sheet.iter_rows() for c in row)
    assert grades["B2"].value == 4.5 and grades["B4"].value is None
    assert grades["B2"].fill.fgColor.rgb.endswith("FFEBE9")  # insufficient is marked
    summary = book["Klassendoelen"]
    assert [c.value for c in summary[2]] == ["Wiskunde", 2, 1, 50.0, 80.0, "niet gehaald"]
    assert math.isclose(summary["D3"].value, 66.7)
