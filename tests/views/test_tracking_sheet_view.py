"""TrackingSheetView without a browser: tick, initial, review, evaluate, keep."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from hgw_widgets.domain.tracking import TrackingSheet
from hgw_widgets.export.jsonio import dump_work
from hgw_widgets.export.sheets import sheet_to_dict
from hgw_widgets.export.sheets_chart import progress_chart_png
from hgw_widgets.views.tracking_sheet_view import TrackingSheetView
from tests.screen import browser_reports, fill, find, find_all

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def view(kevin_casebook: Path) -> TrackingSheetView:
    return TrackingSheetView.from_case("kevin", start=date(2026, 11, 30), casebook_dir=kevin_casebook)


def _weeks(view):
    return find(view, "radiogroup", css_class="hgw-weeks")


def _initials(view) -> list:
    """The parents' initials fields, one per day, in page order."""
    return find_all(view, "textbox", css_class="hgw-initials")


def _shown(view, css_class) -> str:
    return find(view, css_class=css_class).value


def test_kevin_grid_per_lesson_with_initials(view):
    assert _weeks(view).options == (("Week 1", 0), ("Week 2", 1), ("Week 3", 2), ("Week 4", 3))
    assert len(find_all(view, "button", css_class="hgw-cell")) == 2 * 5 * 3
    assert len(_initials(view)) == 5
    assert find(view, "textbox", "Weekbespreking")  # shown (find refuses hidden fields)
    assert "elke vrijdag met de mentor" in _shown(view, "hgw-tracking-agreements")


def test_clicking_a_cell_cycles_the_mark(view):
    cell = view.cell(0, 1, 2)
    seen = []
    for _ in range(4):
        cell.click()
        seen.append((view.sheet.mark(0, 1, 2, 0), cell.description))
    assert seen == [("done", "✔"), ("not_yet", "✘"), ("na", "–"), (None, " ")]
    cell.click()
    assert "gelukt" in cell.tooltip and "di 3" in cell.tooltip


def test_weeks_keep_their_own_marks(view):
    view.cell(0, 0, 0).click()
    _weeks(view).value = 2
    assert view.cell(0, 0, 0).description == " "
    view.cell(0, 0, 0).click()
    view.cell(0, 0, 0).click()
    assert view.sheet.mark(2, 0, 0, 0) == "not_yet" and view.sheet.mark(0, 0, 0, 0) == "done"
    _weeks(view).value = 0
    assert view.cell(0, 0, 0).description == "✔"


def test_initials_and_review_are_kept_per_week(view):
    _initials(view)[4].value = "M.K."
    fill(view, "textbox", "Weekbespreking", "Goede week. Volgende stap: handen in de zakken op de gang.")
    _weeks(view).value = 1
    assert _initials(view)[4].value == "" and find(view, "textbox", "Weekbespreking").value == ""
    _weeks(view).value = 0
    assert _initials(view)[4].value == "M.K."
    assert view.sheet.review(0).startswith("Goede week")
    _initials(view)[0].value = "x" * 500
    assert len(view.sheet.initial(0, 0)) == 20


def test_evaluation_follows_the_marks_and_threshold(view):
    for day in range(4):
        view.cell(0, day, 0).click()
    view.cell(0, 4, 0).click()
    view.cell(0, 4, 0).click()  # 4 of 5: 80%
    assert view.evaluation.results[0].reached
    assert "Gehaald: “Ik loop rustig door de gang” lukte in 4 van de 5 keer (80 %)" in _shown(view, "hgw-evaluation")
    fill(view, "combobox", "Gehaald vanaf", 90)
    assert not view.evaluation.results[0].reached
    assert "de grens is 90 %" in _shown(view, "hgw-evaluation")
    assert _shown(view, "hgw-progress-chart").startswith('<img class="hgw-chart" src="data:image/png;base64,iVBORw0KGgo')  # PNG magic
    assert 'alt="Grafiek: per doel' in _shown(view, "hgw-progress-chart")


def test_chart_is_readable_png():
    sheet = TrackingSheet(goals=("a", "b", "c"), weeks=3).with_mark(0, 0, 0, 1, "done")
    png = progress_chart_png(sheet)
    assert png.startswith(PNG) and len(png) > 5_000
    assert progress_chart_png(TrackingSheet()).startswith(PNG)


def test_save_and_continue(view):
    view.cell(1, 2, 1).click()
    data = view.work_bar.file_bytes("json")
    fresh = TrackingSheetView(TrackingSheet(goals=("x",), weeks=1))
    assert fresh.work_bar.load_bytes(data)
    assert fresh.sheet == view.sheet and fresh.sheet.mark(0, 2, 1, 1) == "done"
    assert fresh.cell(1, 2, 1).description == "✔"
    bad = dump_work("tracking_sheet", {**sheet_to_dict(view.sheet), "weeks": 99})
    assert not fresh.work_bar.load_bytes(bad) and fresh.sheet == view.sheet


def test_printed_sheet_has_an_empty_grid(view):
    view.cell(0, 0, 0).click()
    page = view.work_bar.file_bytes("html").decode()
    assert "Schema om met de hand in te vullen" in page and "Paraaf ouder" in page


def test_matplotlib_is_loaded_only_by_the_view():
    import subprocess

    code = ("import sys, hgw_widgets; from hgw_widgets import GoalCardBuilder; GoalCardBuilder.from_case('jordi');"
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_gehaald_vanaf_is_kept_in_the_file_and_after_a_reload(view):
    """Issue 12: 60 % became 80 % again after a reload or re-opening the file."""
    browser_reports(view.work_bar.store, None)
    fill(view, "combobox", "Gehaald vanaf", 60)
    assert view.sheet.threshold == 0.6
    kept = view.work_bar.store.value
    assert '"threshold": 60' in kept
    again = TrackingSheetView(TrackingSheet(goals=("x",), weeks=1))
    browser_reports(again.work_bar.store, kept)
    assert find(again, "combobox", "Gehaald vanaf").value == 60 and again.evaluation.threshold == 0.6
    fresh = TrackingSheetView(TrackingSheet(goals=("x",), weeks=1))
    assert fresh.work_bar.load_bytes(view.work_bar.file_bytes("json"))
    assert find(fresh, "combobox", "Gehaald vanaf").value == 60
    view.cell(0, 0, 0).click()  # a mark, so the printed sheet has an evaluation with its threshold
    assert "de grens is 60 %" in view.work_bar.file_bytes("html").decode("utf-8")


@pytest.mark.parametrize("bad", [49, 101, 0])
def test_a_threshold_no_person_can_choose_is_refused_in_a_file(view, bad):
    data = dump_work("tracking_sheet", {**sheet_to_dict(view.sheet), "threshold": bad})
    assert not view.work_bar.load_bytes(data)
    assert view.sheet.threshold == 0.8
