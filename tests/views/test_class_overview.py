"""ClassOverviewView and ClassPlanView without a browser: set values, click, look at what is shown."""

from __future__ import annotations

import json
from datetime import date

import ipywidgets as widgets
import pytest

from hgw_widgets import ClassOverviewView, ClassPlanView
from hgw_widgets.export.jsonio import dump_work
from hgw_widgets.views.class_overview import example_bytes
from tests.views.class_overview_helpers import summary_row, upload

CSV = "Naam;Klas;Wiskunde;Engels\nAnna de Vries;2B;4,5;7\nBram;2B;6;5\nStéphanie;2B;5,5;4\n".encode("cp1252")


def test_starts_empty_with_a_hint():
    view = ClassOverviewView()
    assert view.overview is None
    assert view._body.layout.display == "none"
    assert "voorbeeldklas" in view._empty.value


def test_upload_then_target_shows_the_missed_subject():
    view = ClassOverviewView()
    upload(view, CSV)
    assert view.overview.subjects == ("Wiskunde", "Engels")
    assert view.overview.students == ("Anna de Vries", "Bram", "Stéphanie")
    assert view._upload.value == ()  # no copy kept in the widget
    assert "3 leerlingen" in view._message.value
    view._goals.fields["Wiskunde"].value = "80"
    row = summary_row(view, "Wiskunde")
    assert "66,7 %" in row and "80 %" in row and "niet gehaald" in row
    view._goals.fields["Engels"].value = "30%"
    assert "gehaald" in summary_row(view, "Engels") and "niet gehaald" not in summary_row(view, "Engels")
    assert view.overview.target_for("Wiskunde") == 80
    assert "data:image/png;base64," in view._chart.value
    assert view.last_update_ms > 0


def test_bad_file_keeps_previous_data_and_names_row_and_column():
    view = ClassOverviewView()
    upload(view, CSV)
    view._goals.fields["Wiskunde"].value = "80"
    before = view.overview
    upload(view, b"Naam;Wiskunde\nAnna;6\nBram;zeven\n")
    assert "Rij 3" in view._message.value and "Wiskunde" in view._message.value
    assert "hgw-notice-error" in view._message.value
    assert view.overview is before
    assert "80 %" in summary_row(view, "Wiskunde")


@pytest.mark.parametrize(
    "entry",
    [
        {"name": "x.csv", "size": 10**9, "content": b""},
        {"name": "x.csv", "size": "10", "content": b"Naam;A\nx;6\n"},
        "not a dict",
    ],
    ids=["huge-size", "size-not-int", "not-a-dict"],
)
def test_hostile_upload_state_gives_a_message(entry):
    view = ClassOverviewView()
    view._on_upload({"new": (entry,)})  # what a visitor could make the browser send
    assert "hgw-notice-error" in view._message.value
    assert view.overview is None


def test_too_many_students_for_an_overview_is_refused():
    view = ClassOverviewView()
    upload(view, CSV)
    big = "Naam;A\n" + "".join(f"Leerling {i};6\n" for i in range(501))
    upload(view, big.encode())
    assert "501 leerlingen" in view._message.value and "hoogstens 500" in view._message.value
    assert len(view.overview.students) == 3


def test_example_class_below_and_several():
    view = ClassOverviewView()
    view._example.click()
    overview = view.overview
    assert len(overview.students) == 26 and "Wiskunde" in overview.subjects
    assert "Klas" not in overview.subjects and "Leerlingnummer" not in overview.subjects
    assert "inhalen" in view._info.value
    low = overview.below_pass_mark()["Wiskunde"]
    assert low and all(f"{name}" in view._below.value for name, _ in low)
    several = overview.several_insufficient()
    assert several[0][0] in view._several.value
    view._minimum.value = "20"
    assert "Geen leerlingen" in view._several.value


@pytest.mark.parametrize(("typed", "problem"), [("25", "dat kan hier niet"), ("1", "dat kan hier niet"),
                                               ("2,5", "geen heel getal"), ("veel", "geen getal")])
def test_several_minimum_is_refused_with_a_message_not_clamped(typed, problem):
    """Issue 12 §5: "Minstens zoveel onvoldoendes" was clamped by a bounded number field without a word."""
    view = ClassOverviewView(work_bar=False)
    view._example.click()
    view._minimum.value = "3,0"
    shown = view._several.value
    assert view._minimum.value == "3" and view._minimum_message.value == ""
    view._minimum.value = typed
    message = view._minimum_message.value
    assert f"“{typed}”" in message and problem in message and "van 2 tot en met 20" in message
    assert "minstens 3 onvoldoendes" in message
    assert view._minimum.value == "3" and view._several.value == shown

def test_pass_mark_changes_the_counts():
    view = ClassOverviewView()
    upload(view, CSV)
    assert "<td>2</td>" in summary_row(view, "Wiskunde")  # 6 and 5,5
    view._settings._pass_mark.value = "6,0"
    assert "<td>1</td>" in summary_row(view, "Wiskunde")


@pytest.mark.parametrize("text", ["101", "-1", "veel", "nan", "1e3"])
def test_bad_target_is_refused_with_a_message(text):
    view = ClassOverviewView()
    upload(view, CSV)
    view._goals.fields["Wiskunde"].value = text
    assert view.overview.target_for("Wiskunde") is None
    assert "Wiskunde" in view._goals._message.value and "hgw-notice-warning" in view._goals._message.value


def test_same_target_for_all_subjects():
    view = ClassOverviewView()
    upload(view, CSV)
    view._goals._all.value = "50"
    view._goals._apply.click()
    assert [x.percent for x in view.overview.targets] == [50.0, 50.0]
    assert all(box.value == "50" for box in view._goals.fields.values())


def test_student_notes_strengths_factors_needs_subgroup():
    view = ClassOverviewView()
    upload(view, CSV)
    view._goals.fields["Engels"].value = "70"
    notes = view._notes
    notes._student.value = "Bram"
    notes._area.value = "physical"
    notes._strength.value = "<b>goed</b> in voetbal"
    notes._strength_add.click()
    notes._factor_kind.value = "hindering"
    notes._factor.value = "vindt plannen lastig"
    notes._factor_add.click()
    notes._need_kind.value = "feedback"
    notes._need.value = "direct komt"
    assert "Bram heeft feedback nodig die direct komt." in notes._need_preview.value
    notes._need_add.click()
    notes._subgroup.value = "intensief"
    assert view.overview.target_for("Engels") == 70  # a note does not undo the target set before
    recorded = view.overview.notes_for("Bram")
    assert recorded.subgroup == "intensief"
    assert [s.text for s in recorded.strengths] == ["<b>goed</b> in voetbal"]
    assert recorded.hindering[0].text == "vindt plannen lastig"
    assert "&lt;b&gt;goed&lt;/b&gt;" in notes._list.value and "<b>goed" not in notes._list.value
    assert "Bram heeft feedback nodig die direct komt." in notes._list.value
    # the plan follows the subgroups
    assert view.plan.part("intensief").students == ("Bram",)
    # empty text is refused
    notes._factor.value = "   "
    notes._factor_add.click()
    assert "Typ eerst" in notes._message.value
    # remove a point
    notes._remove.value = ("factors", 0)
    notes._remove_button.click()
    assert view.overview.notes_for("Bram").factors == ()


@pytest.mark.parametrize(("typed", "problem"), [("6,5", "geen heel getal"), ("65", "dat kan hier niet"),
                                               ("0", "dat kan hier niet"), ("", "staat niets")])
def test_plan_weeks_are_refused_with_a_message_not_changed(typed, problem):
    """Issue 12 §5: "6,5" weeks became 65 and then 52 without a word."""
    view = ClassPlanView.from_example()
    view._weeks.value = "10"
    view._weeks.value = typed
    message = view._weeks_message.value
    assert view.plan.weeks == 10 and view._weeks.value == "10"
    assert problem in message and "van 1 tot en met 52" in message and "blijft 10 weken" in message
    if typed:
        assert f"“{typed}”" in message
    view._weeks.value = "9"
    assert view.plan.weeks == 9 and view._weeks_message.value == ""


def test_plan_view_goals_and_issues():
    view = ClassPlanView.from_example()
    view._start.value = date(2026, 1, 12)
    view._weeks.value = "14"
    assert "14 weken" in view._issues.value
    view._weeks.value = "8,0"
    assert view.plan.weeks == 8 and view._weeks.value == "8"
    part = view._parts["basis"]
    part._goal.value = "doe je best"
    part._goal_add.click()
    assert "doel 1 is nog niet SMARTI" in view._issues.value
    part._goal_remove.click()
    part._goal.value = "Over zes weken haalt elke leerling minstens een 6 voor de toets breuken."
    part._goal_add.click()
    part._approach.value = "verlengde instructie op dinsdag"
    part._evaluation.value = date(2026, 2, 27)
    assert view.plan.part("basis").goals[0].report.automatic_met
    assert "Het plan is compleet" in view._issues.value


def test_save_and_continue_roundtrip_and_bad_file_keeps_work():
    view = ClassOverviewView.from_example()
    view._goals.fields["Wiskunde"].value = "75"
    view._notes._student.value = view.overview.students[0]
    view._notes._subgroup.value = "verdiept"
    bar = view.work_bar
    saved = bar.file_bytes("json")
    assert json.loads(saved)["kind"] == "class_overview"
    for fmt in ("docx", "html", "md"):
        assert len(bar.file_bytes(fmt)) > 100
    assert view._excel.make_file()[:2] == b"PK"
    fresh = ClassOverviewView()
    fresh.work_bar.load_bytes(saved)
    assert fresh.overview.target_for("Wiskunde") == 75
    assert fresh.overview.notes_for(fresh.overview.students[0]).subgroup == "verdiept"
    assert fresh.plan.part("verdiept").students == (fresh.overview.students[0],)
    before = fresh.overview
    broken = dump_work("class_overview", {"subjects": ["A"], "students": ["x"], "grades": [[11]]})
    assert fresh.work_bar.load_bytes(broken) is False
    assert fresh.overview is before


def test_example_data_is_the_shipped_file():
    assert example_bytes().startswith(b"\xef\xbb\xbfLeerlingnummer;Naam;Klas;")


def test_hostile_subject_names_are_text_everywhere():
    data = "Naam;<img src=x onerror=alert(1)>;$\\frac{1}{$;Engels\nAnna;6;7;8\n".encode()
    view = ClassOverviewView()
    upload(view, data)
    assert view.overview.subjects == ("<img src=x onerror=alert(1)>", "$\\frac{1}{$", "Engels")
    view._goals.fields["<img src=x onerror=alert(1)>"].value = "50"
    for html in (view._summary.value, view._below.value, view._goals._rows.children[0].children[0].value):
        assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in view._summary.value
    assert "data:image/png;base64," in view._chart.value  # matplotlib did not parse "$...$" as maths


def test_a_target_change_does_not_read_the_file_again(monkeypatch):
    view = ClassOverviewView()
    upload(view, CSV)

    def fail(_data):
        raise AssertionError("the file was read again")

    monkeypatch.setattr("hgw_widgets.views.class_overview.read_grades_report", fail)
    view._goals.fields["Wiskunde"].value = "90"
    assert "niet gehaald" in summary_row(view, "Wiskunde")


def _find(widget, css_class):
    """The first widget with this CSS class, found the way a browser test finds it."""
    if css_class in getattr(widget, "_dom_classes", ()):
        return widget
    for child in getattr(widget, "children", ()):
        found = _find(child, css_class)
        if found is not None:
            return found
    return None


def _ready(store, value=None):
    store._handle_message(store, {"event": "ready", "value": value}, [])


def test_the_example_class_comes_back_after_a_reload_with_its_notes_and_goals():
    """Issue 12 §3: chapter 05 kept nothing in the browser."""
    from hgw_widgets import ClassOverviewView

    first = ClassOverviewView.from_example()
    _ready(first.work_bar.store)
    first._settings._class_name.value = "2B-mentor"
    kept = first.work_bar.store.value
    assert kept and "2B-mentor" in kept
    again = ClassOverviewView.from_example()
    _ready(again.work_bar.store, kept)
    assert again.overview.class_name == "2B-mentor"


def test_a_real_class_is_kept_in_the_browser_only_after_the_tick():
    from hgw_widgets import ClassOverviewView

    view = ClassOverviewView()
    _ready(view.work_bar.store)
    assert view.load_bytes(b"Naam;ne;wi\nAnna;6,5;5,0\nBram;7,0;6,2\n")
    assert view.work_bar.store.value == ""  # personal data: nothing kept without the tick
    tick = _find(view, "hgw-keep-class")
    tick.value = True
    kept = view.work_bar.store.value
    assert "Anna" in kept
    again = ClassOverviewView()
    _ready(again.work_bar.store, kept)
    assert again.overview is not None and _find(again, "hgw-keep-class").value is True
    tick.value = False
    assert view.work_bar.store.value == ""


def _texts(widget) -> str:
    """Every text the view shows (HTML values, descriptions), in order."""
    own = [widget.value] if isinstance(widget, widgets.HTML) else []
    return " ".join(own + [_texts(c) for c in getattr(widget, "children", ())])


def test_the_page_says_what_the_tick_does_never_both():
    """Newcomer round: with the tick on, the page said "wordt nergens bewaard" next to "Bewaard in deze browser"."""
    from hgw_widgets import ClassOverviewView

    view = ClassOverviewView()
    _ready(view.work_bar.store)
    assert view.load_bytes(b"Naam;ne;wi\nAnna;6,5;5,0\nBram;7,0;6,2\n")
    before = _texts(view)
    assert "nergens bewaard" in before and "Bewaard in deze browser" not in before
    _find(view, "hgw-keep-class").value = True
    after = _texts(view)
    assert "Bewaard in deze browser" in after and "in deze browser bewaard" in after
    assert "nergens" not in after
    _find(view, "hgw-keep-class").value = False
    assert "nergens bewaard" in _texts(view) and "Bewaard in deze browser" not in _texts(view)


def test_a_real_file_in_the_example_block_is_not_kept_in_the_browser():
    """Newcomer round: a real class uploaded under 'De voorbeeldklas' came back after a reload (personal data)."""
    from hgw_widgets import ClassOverviewView

    view = ClassOverviewView.from_example()
    _ready(view.work_bar.store)
    upload(view, b"Naam;ne;wi\nAnna;6,5;5,0\nBram;7,0;6,2\n", "klas.csv")
    assert view.overview is not None and len(view.overview.students) == 2
    assert view.work_bar.store.value == "" and "niet in de browser bewaard" in view._message.value


@pytest.mark.parametrize("order", ["work first", "drafts first"])
def test_the_chosen_student_comes_back_after_a_reload(order):
    """Newcomer round: the student chosen under 'Per leerling' was the first one again after a reload."""
    from hgw_widgets import ClassOverviewView

    first = ClassOverviewView.from_example()
    _ready(first.work_bar.store)
    _ready(first.work_bar.drafts.store)
    chosen = first.overview.students[3]
    _find(first, "hgw-student-select").value = chosen
    kept, drafts = first.work_bar.store.value, first.work_bar.drafts.store.value
    assert chosen in drafts
    again = ClassOverviewView.from_example()
    stores = [(again.work_bar.store, kept), (again.work_bar.drafts.store, drafts)]
    for store, value in (stores if order == "work first" else stores[::-1]):
        _ready(store, value)
    assert _find(again, "hgw-student-select").value == chosen


def test_a_real_class_in_the_example_block_keeps_no_student_name_in_the_browser():
    from hgw_widgets import ClassOverviewView

    view = ClassOverviewView.from_example()
    _ready(view.work_bar.store)
    _ready(view.work_bar.drafts.store)
    upload(view, b"Naam;ne;wi\nAnna;6,5;5,0\nBram;7,0;6,2\n", "klas.csv")
    _find(view, "hgw-student-select").value = "Bram"
    assert "Bram" not in view.work_bar.drafts.store.value and "Bram" not in view.work_bar.store.value
