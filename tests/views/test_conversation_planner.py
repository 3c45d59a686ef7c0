"""ConversationPlanner without a browser."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets import ConversationPlanner
from hgw_widgets.export.conversation import PLAN_KIND, plan_from_dict
from hgw_widgets.export.jsonio import load_work
from tests.screen import after, browser_reports, click, fill, find, find_all, notices, status, store, text_of


def _shown(view, css_class) -> str:
    """The HTML of the one shown part with this class (the invitation, the check, ...)."""
    return find(view, css_class=css_class).value


def _invitation(view) -> str:
    return _shown(view, "hgw-plan-invitation")


def _check(view) -> str:
    return _shown(view, "hgw-plan-check")


def _type(view, name, value):
    """Type in the field with exactly this label (several labels share words: Leerling, Voorbeeld)."""
    return fill(view, "textbox", name, value, exact=True)


def _remove(view, list_class, index=0):
    """Press the bin of the ``index``-th row in the list with this class (strengths or concerns)."""
    find(find(view, "group", css_class=list_class), "button", "Verwijderen", index=index).click()


def _meeting_shown(planner) -> bool:
    """The planner shows its meeting, once, inside itself."""
    return find(planner, "group", css_class="hgw-meeting") is planner.meeting


@pytest.fixture
def planner():
    return ConversationPlanner.from_case("kevin", autosave=False)


@pytest.fixture
def empty():
    return ConversationPlanner(autosave=False)


def test_kevin_plan_shows_the_invitation(planner):
    # issue 13: addressed to the parent by a field to fill in (was "Beste moeder,"), never the internal note
    assert "Beste [naam ouder of verzorger]," in _invitation(planner) and "45 minuten" in _invitation(planner)
    assert "overdrijft" not in _invitation(planner)
    first = find(find(planner, "group", css_class="hgw-plan-concerns"), "html", index=0)
    assert "Wij maken ons zorgen omdat Kevin vaak botst met klasgenoten." in first.value


def test_an_empty_plan_lists_what_is_missing_per_guideline(empty):
    check = _check(empty)
    for text in ("Beschrijf de aanleiding.", "concreet voorbeeld van school (richtlijn 4)", "positief aspect (richtlijn 5)"):
        assert text in check


def test_fields_go_into_the_plan(empty):
    _type(empty, "Leerling", "Bahia")
    _type(empty, "Wie zijn er", "vader\nBahia, leerling\nSanne, mentor")
    _type(empty, "Doelen", "Samen zoeken wat helpt\n\n  Afspraken maken  ")
    fill(empty, "date", "Datum", date(2026, 12, 3))
    plan = empty.plan
    assert plan.student == "Bahia" and plan.goals == ("Samen zoeken wat helpt", "Afspraken maken")
    assert [p.role for p in plan.participants] == ["parents", "student", "mentor"]
    assert "03-12-2026" in _invitation(empty) and "Beste [naam ouder of verzorger]," in _invitation(empty)


def test_letter_fields_fill_the_invitation(planner):
    _type(planner, "Aanhef", "mevrouw Jansen")
    _type(planner, "Tijd", "15.30 uur")
    _type(planner, "Plaats", "lokaal 2.14")
    _type(planner, "Afzender", "Sanne de Vries, mentor 2B")
    text = _invitation(planner)
    assert "Beste mevrouw Jansen," in text and "Tijd: 15.30 uur" in text and "Plaats: lokaal 2.14" in text
    assert "Sanne de Vries, mentor 2B" in text and "[" not in text.split("Datum:")[0]


def test_strengths_and_concerns(empty):
    fill(empty, "combobox", "Gebied", "creative")
    _type(empty, "Positief", "Tekent prachtig")
    click(empty, "Toevoegen", exact=True)
    assert empty.plan.strengths[0].area == "creative"
    strengths = find(empty, "group", css_class="hgw-plan-strengths").children
    assert "Nog niet besproken gebieden" in strengths[-1].value  # said under the list
    _type(empty, "Wij maken ons zorgen omdat", "ze haar agenda vaak vergeet")
    _type(empty, "Voorbeeld", "vijf keer in twee weken")
    click(empty, "Zorg toevoegen")
    assert empty.plan.concerns[0].we_message().startswith("Wij maken ons zorgen omdat ze")
    _type(empty, "Wij maken ons zorgen omdat", "Wij maken ons zorgen omdat")
    click(empty, "Zorg toevoegen")
    assert "Schrijf eerst de zorg op." in status(empty) and len(empty.plan.concerns) == 1
    _remove(empty, "hgw-plan-concerns")
    assert empty.plan.concerns == ()


def test_phase_by_phase_minutes_and_notes(planner):
    fill(planner, "combobox", "Fase", 2)
    assert "concrete recente voorbeelden" in _shown(planner, "hgw-plan-phase-info")
    _type(planner, "Minuten", "12")
    _type(planner, "Voorbereiding", "Voorbeeld van vanochtend vertellen.")
    assert planner.plan.phases[2].minutes == 12 and planner.plan.phases[2].notes.startswith("Voorbeeld")
    assert "49 minuten" in _shown(planner, "hgw-plan-total")
    fill(planner, "combobox", "Fase", 0)
    assert find(planner, "textbox", "Voorbereiding").value == "" and find(planner, "textbox", "Minuten").value == "2"


def test_other_structure(empty):
    fill(empty, "combobox", "Gespreksopzet", "multidisciplinair-overleg")
    assert len(empty.plan.phases) == 9 and len(find(empty, "combobox", "Fase").options) == 9


def test_hostile_text_is_escaped(empty):
    _type(empty, "Leerling", "<img src=x onerror=alert(1)>")
    assert "<img" not in _invitation(empty)


def test_start_opens_meeting_mode_with_the_plan(planner):
    fill(planner, "combobox", "Fase", 1)
    _type(planner, "Voorbereiding", "Doel hardop zeggen.")
    click(planner, "Start de gespreksmodus")
    assert planner.meeting is not None and planner.meeting.meeting.plan == planner.plan
    assert _meeting_shown(planner)


def test_save_and_restore(planner, empty):
    data = planner.work_bar.file_bytes("json")
    assert plan_from_dict(load_work(data, kind=PLAN_KIND)) == planner.plan
    assert empty.work_bar.load_bytes(data)
    assert empty.plan == planner.plan and find(empty, "textbox", "Leerling", exact=True).value == "Kevin"
    assert not empty.work_bar.load_bytes(b'{"format": "hgw-werkmap", "kind": "conversation_plan", "schema_version": 1, "data": {"phases": "x"}}')
    assert empty.plan == planner.plan
    assert b"Gespreksplan: Kevin" in planner.work_bar.file_bytes("md")


@pytest.mark.parametrize(("typed", "problem"), [("500", "dat kan hier niet"), ("-5", "dat kan hier niet"),
                                               ("0", "dat kan hier niet"), ("121", "dat kan hier niet"),
                                               ("2,5", "geen heel getal"), ("twee", "geen getal")])
def test_minutes_out_of_range_are_refused_with_a_message_not_clamped(typed, problem):
    """Issue 12 §5: 500 became 120, -5 became 1 and "2,5" became 25 without a word."""
    planner = ConversationPlanner.from_case("kevin", autosave=False)
    fill(planner, "combobox", "Fase", 1)
    before = planner.plan.phases[1].minutes
    minutes = _type(planner, "Minuten", typed)
    assert planner.plan.phases[1].minutes == before
    [message] = notices(planner, "warning")
    assert notices(after(planner, minutes), "warning") == [message]  # said right under the field
    assert f"“{typed}”" in message and problem in message
    assert "van 1 tot en met 120" in message and f"blijft {before} minuten" in message
    assert minutes.value == str(before)  # the field shows what is used
    _type(planner, "Minuten", "7,0")
    assert planner.plan.phases[1].minutes == 7 and after(planner, minutes).value == ""
    assert minutes.value == "7"


def test_a_meeting_started_from_the_planner_comes_back_after_a_reload():
    """Issue 12: 'Start de gespreksmodus' (the only way to run the multidisciplinary meeting) was gone after a reload."""
    planner = ConversationPlanner.from_case("kevin")
    click(planner, "Start de gespreksmodus")
    meeting = planner.meeting
    browser_reports(meeting.work_bar.store, None)
    fill(meeting, "textbox", "Snelle aantekeningen", "Moeder is er.")
    kept = meeting.work_bar.store.value
    assert kept

    again = ConversationPlanner.from_case("kevin")  # reload: a new kernel, the browser reports its copies
    assert again.meeting is None
    probe = store(again, "-gesprek")  # the planner asks the browser for a meeting kept under this key
    browser_reports(probe, kept)
    assert again.meeting is not None and _meeting_shown(again)
    kept_store = again.meeting.work_bar.store
    browser_reports(kept_store, kept)
    assert find(again.meeting, "textbox", "Snelle aantekeningen").value == "Moeder is er."
    assert probe.key == kept_store.key


# --- issue 12, newcomer round: the letter's open fields, what it leaves out, the example ---------

def _fill_letter(planner):
    _type(planner, "Aanhef", "mevrouw Jansen")
    _type(planner, "Tijd", "15.30 uur")
    _type(planner, "Plaats", "lokaal 2.14")
    _type(planner, "Afzender", "Sanne de Vries, mentor 2B")
    fill(planner, "date", "Datum", date(2026, 12, 3))


def test_the_plan_is_not_complete_while_the_letter_has_open_fields(planner):
    check = _check(planner)
    assert "Het plan is compleet" not in check
    for text in ("geen aanhef", "geen datum", "geen tijd", "geen plaats", "geen afzender"):
        assert text in check
    _fill_letter(planner)
    _type(planner, "Tijd", "")
    assert "geen tijd" in _check(planner) and "geen plaats" not in _check(planner)
    assert "[tijd]" in _invitation(planner)
    _type(planner, "Tijd", "15.30 uur")
    assert "Het plan is compleet" in _check(planner) and "[" not in _invitation(planner)


def test_the_planner_says_what_the_letter_leaves_out(planner):
    assert len(planner.plan.strengths) == 5
    note = find(planner, css_class="hgw-plan-letter-note")
    assert "De uitnodiging noemt de eerste 3 positieve aspecten; nog 2 staan alleen in je plan" in note.value
    _remove(planner, "hgw-plan-strengths")
    assert "nog 1 staat alleen in je plan" in note.value
    _remove(planner, "hgw-plan-strengths")
    assert "positieve aspecten" not in note.value


def test_a_new_student_name_leaves_kevins_example_behind(planner):
    assert any("voorbeeld van Kevin" in n for n in notices(planner, "info"))  # said before anything is typed
    _type(planner, "Leerling", "Mila")
    plan = planner.plan
    assert plan.student == "Mila" and not plan.concerns and not plan.strengths and not plan.participants
    assert not plan.agreements and plan.reason == ""
    assert find(planner, "textbox", "Aanleiding").value == "" and find(planner, "textbox", "Wie zijn er").value == ""
    letter = _invitation(planner)
    assert "Kevin" not in letter and "zorgcoördinator" not in letter and "gesprek over Mila" in letter
    message = status(planner)
    assert "Je begint een eigen gesprek over Mila" in message and "de zorgen" in message
    click(planner, "Start de gespreksmodus")  # the record starts from the mentor's own plan
    assert planner.meeting is not None and not planner.meeting.record.plan.concerns


def test_correcting_the_example_name_keeps_the_example(planner):
    _type(planner, "Leerling", "Kevin B.")
    assert planner.plan.student == "Kevin B." and len(planner.plan.concerns) == 2 and status(planner) == ""


# --- issue 17: a team meeting gets an agenda for the team, no letter to parents -----------------------


@pytest.mark.parametrize("structure", ["klassenbespreking", "leerlingbespreking", "groepsbespreking-vo"])
def test_a_team_meeting_gets_an_agenda_not_a_parent_letter(structure):
    planner = ConversationPlanner(autosave=False)
    assert "Beste" in _invitation(planner)  # a conversation with parents: the letter
    fill(planner, "combobox", "Gespreksopzet", structure)
    text = _invitation(planner)
    assert text.startswith("<pre") and "Agenda:" in text
    for parent_words in ("Beste", "uitnodigen wij u", "uw kind"):
        assert parent_words not in text
    shown = text_of(planner)
    assert "De agenda voor het team" in shown and "geen uitnodiging naar ouders" in shown
    assert "De uitnodiging (richtlijn 6)" not in shown
    assert not any(name == "Aanhef" for name in _field_names(planner))  # no one to address
    assert "De agenda heeft nog geen tijd" in _check(planner) and "aanhef" not in _check(planner)
    fill(planner, "combobox", "Gespreksopzet", "oudergesprek-bij-zorgen")
    assert "Beste" in _invitation(planner) and "Aanhef" in _field_names(planner)


def _field_names(view) -> list[str]:
    from tests.screen import find_all
    return [w.description for w in find_all(view, "textbox")]


# --- issue 17 newcomer round: the planner with a team structure ------------------------------------------------


def _shown_names(view) -> list[str]:
    return [w.description for w in find_all(view, "textbox")]


def test_a_team_agenda_has_its_own_time_and_place_fields(planner):
    fill(planner, "combobox", "Gespreksopzet", "klassenbespreking")
    names = _shown_names(planner)
    assert "Tijd" in names and "Plaats" in names and "Aanhef" not in names  # Aanhef hidden, not Tijd and Plaats with it
    assert find(planner, "date", "Datum") is not None
    _type(planner, "Tijd", "15.30 uur")
    _type(planner, "Plaats", "lokaal 2.14")
    fill(planner, "date", "Datum", date(2026, 12, 8))
    agenda = _invitation(planner)
    assert "Tijd: 15.30 uur" in agenda and "Plaats: lokaal 2.14" in agenda and "Datum: 08-12-2026" in agenda
    assert "De agenda heeft nog geen" not in _check(planner)


def test_a_team_plan_is_about_a_class_or_student_and_asks_what_a_team_meeting_needs(planner):
    fill(planner, "combobox", "Gespreksopzet", "klassenbespreking")
    plan = planner.plan
    assert plan.student == "" and not plan.participants and not plan.concerns and plan.reason == ""
    agenda = _invitation(planner)
    assert "Kevin" not in agenda and "moeder" not in agenda
    said = _shown(planner, "hgw-plan-structure-note")  # under the chooser, where the person chose
    assert "geen gesprek met ouders" in said and "voorbeeld van Kevin is weggehaald" in said
    names = _shown_names(planner)
    assert "Klas of leerling" in names and "Voorzitter" in names and "Leerling" not in names
    assert not find_all(planner, "checkbox", "De leerling is uitgenodigd")  # a class is not invited as a person
    shown = text_of(planner)
    assert "Dit plan is ingevuld met het voorbeeld" not in shown
    assert "1. De bespreking" in shown and "richtlijn 4" not in shown and "richtlijn 5" not in shown
    assert "Klaar voor de bespreking?" in shown and "de agenda voor het team" in shown and "de uitnodiging" not in shown
    check = _check(planner)
    assert "over welke klas of leerling" in check and "wie de bespreking voorzit" in check
    assert "voorbeeld van school" not in check and "positief aspect" not in check
    _type(planner, "Klas of leerling", "klas 2B")
    assert planner.plan.student == "klas 2B" and "Agenda: Klassenbespreking (klas 2B)" in _invitation(planner)
    fill(planner, "combobox", "Gespreksopzet", "oudergesprek-bij-zorgen")  # back to parents: the words for parents
    names = _shown_names(planner)
    assert "Leerling" in names and "Gespreksleider" in names
    assert find_all(planner, "checkbox", "De leerling is uitgenodigd") and "richtlijn 4" in text_of(planner)


def test_the_fields_fit_a_phone():
    planner = ConversationPlanner(autosave=False)
    # a text area's height in rows: a fixed box height left no room for its label above it on a phone
    for name in ("Aanleiding", "Doelen", "Wie zijn er", "Voorbereiding"):
        area = find(planner, "textbox", name, exact=True)
        assert area.layout.height is None and area.rows == 4
