"""TrackingSheetView without a browser: tick, initial, review, evaluate, keep."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from hgw_widgets.domain.tracking import TrackingSheet
from hgw_widgets.export.jsonio import dump_work
from hgw_widgets.export.sheets import sheet_to_dict
from hgw_widgets.views.tracking_sheet_view import TrackingSheetView, progress_chart_png

KEVIN = """\
id: kevin
title: "Kevin"
student: {name: Kevin, school_type: vmbo-bb, year: 2}
summary: "s"
story: [{heading: "h", text: "t"}]
tracking:
  goals: [{text: "Ik loop rustig door de gang."}, {text: "Ik houd mijn handen bij me."}]
  per: lesson
  parent_initials_daily: true
  weekly_review: "elke vrijdag met de mentor"
  evaluation_weeks: 4
source: "test"
"""
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def view(tmp_path: Path) -> TrackingSheetView:
    (tmp_path / "kevin.yaml").write_text(KEVIN, encoding="utf-8")
    return TrackingSheetView.from_case("kevin", start=date(2026, 11, 30), casebook_dir=tmp_path)


def test_kevin_grid_per_lesson_with_initials(view):
    assert view._weeks.options == (("Week 1", 0), ("Week 2", 1), ("Week 3", 2), ("Week 4", 3))
    assert len(view._cells) == 2 * 5 * 3
    assert len(view._initial_boxes) == 5
    assert view._review.layout.display is None
    assert "elke vrijdag met de mentor" in view._agreements.value


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
    view._weeks.value = 2
    assert view.cell(0, 0, 0).description == " "
    view.cell(0, 0, 0).click()
    view.cell(0, 0, 0).click()
    assert view.sheet.mark(2, 0, 0, 0) == "not_yet" and view.sheet.mark(0, 0, 0, 0) == "done"
    view._weeks.value = 0
    assert view.cell(0, 0, 0).description == "✔"


def test_initials_and_review_are_kept_per_week(view):
    view._initial_boxes[4].value = "M.K."
    view._review.value = "Goede week. Volgende stap: handen in de zakken op de gang."
    view._weeks.value = 1
    assert view._initial_boxes[4].value == "" and view._review.value == ""
    view._weeks.value = 0
    assert view._initial_boxes[4].value == "M.K."
    assert view.sheet.review(0).startswith("Goede week")
    view._initial_boxes[0].value = "x" * 500
    assert len(view.sheet.initial(0, 0)) == 20


def test_evaluation_follows_the_marks_and_threshold(view):
    for day in range(4):
        view.cell(0, day, 0).click()
    view.cell(0, 4, 0).click()
    view.cell(0, 4, 0).click()  # 4 of 5: 80%
    assert view.evaluation.results[0].reached
    assert "Gehaald: “Ik loop rustig door de gang” lukte in 4 van de 5 keer (80 %)" in view._summary.value
    view._threshold.value = 90
    assert not view.evaluation.results[0].reached
    assert "de grens is 90 %" in view._summary.value
    assert view._chart.value.startswith('<img class="hgw-chart" src="data:image/png;base64,iVBORw0KGgo')  # PNG magic
    assert 'alt="Grafiek: per doel' in view._chart.value


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
    view.work_bar.store._handle_message(view.work_bar.store, {"event": "ready", "value": None}, [])
    view._threshold.value = 60
    assert view.sheet.threshold == 0.6
    kept = view.work_bar.store.value
    assert '"threshold": 60' in kept
    again = TrackingSheetView(TrackingSheet(goals=("x",), weeks=1))
    again.work_bar.store._handle_message(again.work_bar.store, {"event": "ready", "value": kept}, [])
    assert again._threshold.value == 60 and again.evaluation.threshold == 0.6
    fresh = TrackingSheetView(TrackingSheet(goals=("x",), weeks=1))
    assert fresh.work_bar.load_bytes(view.work_bar.file_bytes("json"))
    assert fresh._threshold.value == 60
    view.cell(0, 0, 0).click()  # a mark, so the printed sheet has an evaluation with its threshold
    assert "de grens is 60 %" in view.work_bar.file_bytes("html").decode("utf-8")


@pytest.mark.parametrize("bad", [49, 101, 0])
def test_a_threshold_no_person_can_choose_is_refused_in_a_file(view, bad):
    data = dump_work("tracking_sheet", {**sheet_to_dict(view.sheet), "threshold": bad})
    assert not view.work_bar.load_bytes(data)
    assert view.sheet.threshold == 0.8
