"""Chapter 05's exports with word grades, periods and what the import set aside: saved, restored, printed."""

from __future__ import annotations

import io

import openpyxl
import pytest

from hgw_widgets import ClassOverview, SaveFileError
from hgw_widgets.domain.grades import read_grades_report
from hgw_widgets.export.class_overview import KIND, overview_document, work_from_dict, work_to_dict
from hgw_widgets.export.excel import overview_to_xlsx
from hgw_widgets.export.jsonio import dump_work, load_work

DATA = (b"Leerlingnummer;Leerling;Vak;Periode;Soort;Cijfer;Telt mee;Klas\n"
        b"1;Sam Jansen;wi;1;Toets;4;Ja;2B\n1;Sam Jansen;wi;1;Rapportcijfer;5,45;Ja;2B\n"
        b"2;Sam Jansen;wi;1;Toets;7;Ja;2B\n1;Sam Jansen;lo;1;Toets;O;Ja;2B\n2;Sam Jansen;lo;1;Toets;V;Nee;2B\n"
        b"1;Sam Jansen;wi;2;Toets;6;Ja;2B\n2;Sam Jansen;wi;2;Toets;3;Ja;2B\n2;Sam Jansen;lo;2;Toets;G;Ja;2B\n")


def overview() -> ClassOverview:
    return ClassOverview.from_import(read_grades_report(DATA), class_name="2B").with_target("wi", 50)


def test_json_keeps_words_every_choice_the_choice_and_the_reading():
    o = overview()
    first = next(c.key for c in o.choices if c.period == "1" and c.basis == "report")
    o = o.with_choice(first)
    payload = load_work(dump_work(KIND, work_to_dict(o)), kind=KIND)
    o2, _ = work_from_dict(payload)
    assert o2.choice == first and o2.choices == o.choices
    assert o2.grades.equals(o.grades) and o2.words.equals(o.words)
    for key, table in o.tables.items():
        assert o2.tables[key].grades.equals(table.grades) and o2.tables[key].words.equals(table.words)
    assert o2.reading == o.reading
    assert o2.target_for("wi") == 50


def test_an_old_saved_file_without_choices_still_loads():
    data = {"subjects": ["A"], "students": ["x"], "grades": [[6]]}
    o, _ = work_from_dict(data)
    assert o.grades.loc["x", "A"] == 6 and len(o.choices) == 1


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param({"words": [["Q"]]}, id="unknown-word"),
        pytest.param({"words": [["V", "V"]]}, id="words-wrong-width"),
        pytest.param({"choices": [{"key": "a", "period": "", "basis": "magic"}], "choice": "a"}, id="unknown-basis"),
        pytest.param({"choices": [{"key": "a", "period": "", "basis": "file"}], "choice": "b"}, id="choice-not-listed"),
        pytest.param({"choices": [{"key": "a", "period": "", "basis": "file"}, {"key": "b", "period": "",
                                                                                  "basis": "file"}], "choice": "a",
                      "tables": {"b": {"grades": [[11]]}}}, id="other-table-out-of-range"),
        pytest.param({"reading": {"set_aside": [{"header": "x", "column": 1, "reason": "whim"}]}}, id="bad-reason"),
    ],
)
def test_malformed_new_fields_are_refused(extra):
    with pytest.raises(SaveFileError):
        work_from_dict({"subjects": ["A"], "students": ["x"], "grades": [[6]], **extra})


def test_document_says_the_choice_and_shows_names_words_and_percentages():
    o = overview()
    texts = overview_document(o).texts()
    assert any("Periode 2" in x for x in texts)
    assert "wi (Wiskunde)" in texts and "lo (Lichamelijke opvoeding)" in texts
    assert "50 %" in texts  # wi in period 2: 6 and 3
    o1 = o.with_choice(next(c.key for c in o.choices if c.basis == "report"))
    texts = overview_document(o1).texts()
    assert any("rapportcijfer" in x for x in texts)
    below = next(x for x in texts if x.startswith("lo (Lichamelijke opvoeding):"))
    assert "Sam Jansen (1) (onvoldoende)" in below
    assert not any(x.startswith("wi (Wiskunde):") and "5,5" in x for x in texts)  # 5,45 shows 5,5: not below


def test_excel_shows_words_as_words_and_percent_as_shown():
    o = overview().with_choice("1:report")
    book = openpyxl.load_workbook(io.BytesIO(overview_to_xlsx(o)))
    grades = book["Cijfers"]
    assert [c.value for c in grades[1]] == ["Leerling", "wi (Wiskunde)", "lo (Lichamelijke opvoeding)"]
    assert grades["C2"].value == "onvoldoende" and grades["C2"].fill.fgColor.rgb.endswith("FFEBE9")
    summary = book["Klassendoelen"]
    assert summary["A2"].value == "wi (Wiskunde)" and summary["D2"].value == 100.0
