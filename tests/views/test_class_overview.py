"""ClassOverviewView and ClassPlanView without a browser: set values, click, look at what is shown."""

from __future__ import annotations

import json
from datetime import date

import pytest

from hgw_widgets import ClassOverviewView, ClassPlanView
from hgw_widgets.export.jsonio import dump_work
from hgw_widgets.views.class_overview import example_bytes
from tests.screen import (
    after, browser_reports, click, download, fill, find, find_all, notices, row_of, status, text_of, visitor_sends,
)
from tests.views.class_overview_helpers import set_target, summary_row, target, upload

CSV = "Naam;Klas;Wiskunde;Engels\nAnna de Vries;2B;4,5;7\nBram;2B;6;5\nStéphanie;2B;5,5;4\n".encode("cp1252")


MINIMUM = "Minstens zoveel onvoldoendes"
WEEKS = "Aantal weken"


def test_starts_empty_with_a_hint():
    view = ClassOverviewView()
    assert view.overview is None
    assert not find_all(view, css_class="hgw-summary") and "Klassendoelen per vak" not in text_of(view)
    assert "laad de voorbeeldklas" in find(view, "html", "Kies hierboven een cijferexport").value


def test_upload_then_target_shows_the_missed_subject():
    view = ClassOverviewView()
    upload(view, CSV)
    assert view.overview.subjects == ("Wiskunde", "Engels")
    assert view.overview.students == ("Anna de Vries", "Bram", "Stéphanie")
    assert find(view, "upload", "cijferbestand").value == ()  # no copy kept in the widget
    assert "3 leerlingen" in status(view)
    set_target(view, "Wiskunde", "80")
    row = summary_row(view, "Wiskunde")
    assert "66,7 %" in row and "80 %" in row and "niet gehaald" in row
    set_target(view, "Engels", "30%")
    assert "gehaald" in summary_row(view, "Engels") and "niet gehaald" not in summary_row(view, "Engels")
    assert view.overview.target_for("Wiskunde") == 80
    assert "data:image/png;base64," in find(view, "html", "Staafdiagram").value
    assert view.last_update_ms > 0


def test_bad_file_keeps_previous_data_and_names_row_and_column():
    view = ClassOverviewView()
    upload(view, CSV)
    set_target(view, "Wiskunde", "80")
    before = view.overview
    upload(view, b"Naam;Wiskunde\nAnna;6\nBram;zeven\n")
    [error] = notices(find(view, "status", index=0), "error")
    assert "Rij 3" in error and "Wiskunde" in error
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
    visitor_sends(find(view, "upload", "cijferbestand"), (entry,))  # what a visitor could make the browser send
    assert notices(find(view, "status", index=0), "error")
    assert view.overview is None


def test_too_many_students_for_an_overview_is_refused():
    view = ClassOverviewView()
    upload(view, CSV)
    big = "Naam;A\n" + "".join(f"Leerling {i};6\n" for i in range(501))
    upload(view, big.encode())
    assert "501 leerlingen" in status(view) and "hoogstens 500" in status(view)
    assert len(view.overview.students) == 3


def test_example_class_below_and_several():
    view = ClassOverviewView()
    click(view, "Laad de voorbeeldklas")
    overview = view.overview
    assert len(overview.students) == 26 and "Wiskunde" in overview.subjects
    assert "Klas" not in overview.subjects and "Leerlingnummer" not in overview.subjects
    assert "inhalen" in find(view, css_class="hgw-import-info").value
    low = overview.below_pass_mark()["Wiskunde"]
    assert low and all(f"{name}" in find(view, css_class="hgw-below").value for name, _ in low)
    several = overview.several_insufficient()
    assert several[0][0] in find(view, css_class="hgw-several").value
    fill(view, "textbox", MINIMUM, "20")
    assert "Geen leerlingen" in find(view, css_class="hgw-several").value


@pytest.mark.parametrize(("typed", "problem"), [("25", "dat kan hier niet"), ("1", "dat kan hier niet"),
                                               ("2,5", "geen heel getal"), ("veel", "geen getal")])
def test_several_minimum_is_refused_with_a_message_not_clamped(typed, problem):
    """Issue 12 §5: "Minstens zoveel onvoldoendes" was clamped by a bounded number field without a word."""
    view = ClassOverviewView(work_bar=False)
    click(view, "Laad de voorbeeldklas")
    minimum = fill(view, "textbox", MINIMUM, "3,0")
    shown = find(view, css_class="hgw-several").value
    assert minimum.value == "3" and notices(view, "warning") == []
    fill(view, "textbox", MINIMUM, typed)
    [message] = notices(view, "warning")
    assert notices(after(view, minimum), "warning") == [message]  # said right under the field
    assert f"“{typed}”" in message and problem in message and "van 2 tot en met 20" in message
    assert "minstens 3 onvoldoendes" in message
    assert minimum.value == "3" and find(view, css_class="hgw-several").value == shown

def test_pass_mark_changes_the_counts():
    view = ClassOverviewView()
    upload(view, CSV)
    assert "<td>2</td>" in summary_row(view, "Wiskunde")  # 6 and 5,5
    fill(view, "textbox", "Voldoende vanaf", "6,0")
    assert "<td>1</td>" in summary_row(view, "Wiskunde")


@pytest.mark.parametrize("text", ["101", "-1", "veel", "nan", "1e3"])
def test_bad_target_is_refused_with_a_message(text):
    view = ClassOverviewView()
    upload(view, CSV)
    set_target(view, "Wiskunde", text)
    assert view.overview.target_for("Wiskunde") is None
    [warning] = notices(view, "warning")
    assert "Wiskunde" in warning


def test_same_target_for_all_subjects():
    view = ClassOverviewView()
    upload(view, CSV)
    fill(view, "textbox", "Zelfde doel voor alle vakken", "50")
    click(view, "Toepassen")
    assert [x.percent for x in view.overview.targets] == [50.0, 50.0]
    assert [target(view, s).value for s in ("Wiskunde", "Engels")] == ["50", "50"]


def _add_note(view, field_name, text, **choices):
    """Type a note in the field named ``field_name``, choose in the same row, and press its "Toevoegen"."""
    field = fill(view, "textbox", field_name, text)
    row = row_of(view, field)
    for name, value in choices.items():
        fill(row, "combobox", name, value)
    click(row, "Toevoegen", exact=True)


def test_student_notes_strengths_factors_needs_subgroup():
    view = ClassOverviewView()
    upload(view, CSV)
    set_target(view, "Engels", "70")
    fill(view, "combobox", "Leerling", "Bram", exact=True)
    _add_note(view, "tekent heel precies", "<b>goed</b> in voetbal", Gebied="physical")
    _add_note(view, "vindt plannen lastig", "vindt plannen lastig", Soort="hindering")
    need = fill(view, "textbox", "begint met een uitgewerkt voorbeeld", "direct komt")
    fill(row_of(view, need), "combobox", "Soort", "feedback")
    assert "Bram heeft feedback nodig die direct komt." in find(view, "html", "Zo komt het er te staan").value
    click(row_of(view, need), "Toevoegen", exact=True)
    fill(view, "radiogroup", "Subgroep", "intensief")
    assert view.overview.target_for("Engels") == 70  # a note does not undo the target set before
    recorded = view.overview.notes_for("Bram")
    assert recorded.subgroup == "intensief"
    assert [s.text for s in recorded.strengths] == ["<b>goed</b> in voetbal"]
    assert recorded.hindering[0].text == "vindt plannen lastig"
    listed = find(view, css_class="hgw-notes-list").value
    assert "&lt;b&gt;goed&lt;/b&gt;" in listed and "<b>goed" not in listed
    assert "Bram heeft feedback nodig die direct komt." in listed
    # the plan follows the subgroups
    assert view.plan.part("intensief").students == ("Bram",)
    # empty text is refused
    _add_note(view, "vindt plannen lastig", "   ")
    assert any("Typ eerst" in n for n in notices(view, "warning"))
    # remove a point
    fill(view, "combobox", "Punt", ("factors", 0), exact=True)
    click(view, "Verwijderen", exact=True)
    assert view.overview.notes_for("Bram").factors == ()


def test_other_need_hints_what_to_type_and_keeps_a_typed_sentence():
    """Newcomer finding: "iets anders" wrapped a typed sentence in "<naam> heeft ... nodig" again."""
    view = ClassOverviewView()
    upload(view, CSV)
    fill(view, "combobox", "Leerling", "Bram", exact=True)
    need = find(view, "textbox", "begint met een uitgewerkt voorbeeld")
    fill(row_of(view, need), "combobox", "Soort", "other")
    assert need.placeholder == "wat nodig is, bijv. een weekplanning (of typ een hele zin)"
    fill(view, "textbox", "een weekplanning (of typ een hele zin)", "Bram heeft een weekplanning nodig die hij zelf maakt")
    preview = find(view, "html", "Zo komt het er te staan").value
    assert "<em>Bram heeft een weekplanning nodig die hij zelf maakt.</em>" in preview


@pytest.mark.parametrize(("typed", "problem"), [("6,5", "geen heel getal"), ("65", "dat kan hier niet"),
                                               ("0", "dat kan hier niet"), ("", "staat niets")])
def test_plan_weeks_are_refused_with_a_message_not_changed(typed, problem):
    """Issue 12 §5: "6,5" weeks became 65 and then 52 without a word."""
    view = ClassPlanView.from_example()
    weeks = fill(view, "textbox", WEEKS, "10")
    fill(view, "textbox", WEEKS, typed)
    message = status(view)
    assert notices(after(view, weeks), "warning") == [message]  # said right under the field
    assert view.plan.weeks == 10 and weeks.value == "10"
    assert problem in message and "van 1 tot en met 52" in message and "blijft 10 weken" in message
    if typed:
        assert f"“{typed}”" in message
    fill(view, "textbox", WEEKS, "9")
    assert view.plan.weeks == 9 and status(view) == ""


def _issues(view) -> str:
    return find(view, css_class="hgw-plan-issues").value


def test_plan_view_goals_and_issues():
    view = ClassPlanView.from_example()
    fill(view, "date", "Begint op", date(2026, 1, 12))
    weeks = fill(view, "textbox", WEEKS, "14")
    assert "14 weken" in _issues(view)
    fill(view, "textbox", WEEKS, "8,0")
    assert view.plan.weeks == 8 and weeks.value == "8"
    part = find(view, "group", css_class="hgw-plan-basis")
    fill(part, "textbox", "Over zes weken", "doe je best")
    click(part, "Doel toevoegen")
    assert "doel 1 is nog niet SMARTI" in _issues(view)
    click(part, "Laatste doel verwijderen")
    fill(part, "textbox", "Over zes weken", "Over zes weken haalt elke leerling minstens een 6 voor de toets breuken.")
    click(part, "Doel toevoegen")
    fill(part, "textbox", "Aanpak", "verlengde instructie op dinsdag")
    fill(part, "date", "Evaluatie op", date(2026, 2, 27))
    assert view.plan.part("basis").goals[0].report.automatic_met
    assert "Het plan is compleet" in _issues(view)


def test_save_and_continue_roundtrip_and_bad_file_keeps_work():
    view = ClassOverviewView.from_example()
    set_target(view, "Wiskunde", "75")
    fill(view, "combobox", "Leerling", view.overview.students[0], exact=True)
    fill(view, "radiogroup", "Subgroep", "verdiept")
    bar = view.work_bar
    saved = bar.file_bytes("json")
    assert json.loads(saved)["kind"] == "class_overview"
    for fmt in ("docx", "html", "md"):
        assert len(bar.file_bytes(fmt)) > 100
    assert download(view, "Downloaden (Excel)")[:2] == b"PK"
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
    set_target(view, "<img src=x onerror=alert(1)>", "50")
    label = find(find(view, "group", css_class="hgw-targets"), "html", "<img src=x onerror=alert(1)>", exact=True)
    summary = find(view, css_class="hgw-summary").value
    for html in (summary, find(view, css_class="hgw-below").value, label.value):
        assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in summary
    assert "data:image/png;base64," in find(view, "html", "Staafdiagram").value  # "$...$" not parsed as maths


def test_a_target_change_does_not_read_the_file_again(monkeypatch):
    view = ClassOverviewView()
    upload(view, CSV)

    def fail(_data):
        raise AssertionError("the file was read again")

    monkeypatch.setattr("hgw_widgets.views.class_overview.read_grades_report", fail)
    set_target(view, "Wiskunde", "90")
    assert "niet gehaald" in summary_row(view, "Wiskunde")


KEEP = "Bewaar mijn klas ook in deze browser"


def test_the_example_class_comes_back_after_a_reload_with_its_notes_and_goals():
    """Issue 12 §3: chapter 05 kept nothing in the browser."""
    from hgw_widgets import ClassOverviewView

    first = ClassOverviewView.from_example()
    browser_reports(first.work_bar.store, None)
    fill(first, "textbox", "Klas", "2B-mentor", exact=True)
    kept = first.work_bar.store.value
    assert kept and "2B-mentor" in kept
    again = ClassOverviewView.from_example()
    browser_reports(again.work_bar.store, kept)
    assert again.overview.class_name == "2B-mentor"


def test_a_real_class_is_kept_in_the_browser_only_after_the_tick():
    from hgw_widgets import ClassOverviewView

    view = ClassOverviewView()
    browser_reports(view.work_bar.store, None)
    assert view.load_bytes(b"Naam;ne;wi\nAnna;6,5;5,0\nBram;7,0;6,2\n")
    assert view.work_bar.store.value == ""  # personal data: nothing kept without the tick
    tick = fill(view, "checkbox", KEEP, True)
    kept = view.work_bar.store.value
    assert "Anna" in kept
    again = ClassOverviewView()
    browser_reports(again.work_bar.store, kept)
    assert again.overview is not None and find(again, "checkbox", KEEP).value is True
    fill(view, "checkbox", KEEP, False)
    assert view.work_bar.store.value == ""


def test_the_page_says_what_the_tick_does_never_both():
    """Newcomer round: with the tick on, the page said "wordt nergens bewaard" next to "Bewaard in deze browser"."""
    from hgw_widgets import ClassOverviewView

    view = ClassOverviewView()
    browser_reports(view.work_bar.store, None)
    assert view.load_bytes(b"Naam;ne;wi\nAnna;6,5;5,0\nBram;7,0;6,2\n")
    before = text_of(view)
    assert "nergens bewaard" in before and "Bewaard in deze browser" not in before
    fill(view, "checkbox", KEEP, True)
    after = text_of(view)
    assert "Bewaard in deze browser" in after and "in deze browser bewaard" in after
    assert "nergens" not in after
    fill(view, "checkbox", KEEP, False)
    assert "nergens bewaard" in text_of(view) and "Bewaard in deze browser" not in text_of(view)


def test_a_real_file_in_the_example_block_is_not_kept_in_the_browser():
    """Newcomer round: a real class uploaded under 'De voorbeeldklas' came back after a reload (personal data)."""
    from hgw_widgets import ClassOverviewView

    view = ClassOverviewView.from_example()
    browser_reports(view.work_bar.store, None)
    upload(view, b"Naam;ne;wi\nAnna;6,5;5,0\nBram;7,0;6,2\n", "klas.csv")
    assert view.overview is not None and len(view.overview.students) == 2
    assert view.work_bar.store.value == "" and "niet in de browser bewaard" in status(view)
    # the notice points where keeping a real class is offered: chapter 5 (chapter 09 has no such part)
    assert "hoofdstuk 5, in het deel ‘Je eigen klas’" in status(view) and "hieronder" not in status(view)


@pytest.mark.parametrize("order", ["work first", "drafts first"])
def test_the_chosen_student_comes_back_after_a_reload(order):
    """Newcomer round: the student chosen under 'Per leerling' was the first one again after a reload."""
    from hgw_widgets import ClassOverviewView

    first = ClassOverviewView.from_example()
    browser_reports(first.work_bar.store, None)
    browser_reports(first.work_bar.drafts.store, None)
    chosen = first.overview.students[3]
    fill(first, "combobox", "Leerling", chosen, exact=True)
    kept, drafts = first.work_bar.store.value, first.work_bar.drafts.store.value
    assert chosen in drafts
    again = ClassOverviewView.from_example()
    stores = [(again.work_bar.store, kept), (again.work_bar.drafts.store, drafts)]
    for store, value in (stores if order == "work first" else stores[::-1]):
        browser_reports(store, value)
    assert find(again, "combobox", "Leerling", exact=True).value == chosen


def test_a_real_class_in_the_example_block_keeps_no_student_name_in_the_browser():
    from hgw_widgets import ClassOverviewView

    view = ClassOverviewView.from_example()
    browser_reports(view.work_bar.store, None)
    browser_reports(view.work_bar.drafts.store, None)
    upload(view, b"Naam;ne;wi\nAnna;6,5;5,0\nBram;7,0;6,2\n", "klas.csv")
    fill(view, "combobox", "Leerling", "Bram", exact=True)
    assert "Bram" not in view.work_bar.drafts.store.value and "Bram" not in view.work_bar.store.value
