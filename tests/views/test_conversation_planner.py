"""ConversationPlanner without a browser."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets import ConversationPlanner
from hgw_widgets.export.conversation import PLAN_KIND, plan_from_dict
from hgw_widgets.export.jsonio import load_work


@pytest.fixture
def planner():
    return ConversationPlanner.from_case("kevin", autosave=False)


@pytest.fixture
def empty():
    return ConversationPlanner(autosave=False)


def test_kevin_plan_shows_the_invitation(planner):
    # issue 13: addressed to the parent by a field to fill in (was "Beste moeder,"), never the internal note
    assert "Beste [naam ouder of verzorger]," in planner._invitation.value and "45 minuten" in planner._invitation.value
    assert "overdrijft" not in planner._invitation.value
    assert "Wij maken ons zorgen omdat Kevin vaak botst met klasgenoten." in planner._concerns.children[0].children[0].value


def test_an_empty_plan_lists_what_is_missing_per_guideline(empty):
    check = empty._check.value
    for text in ("Beschrijf de aanleiding.", "concreet voorbeeld van school (richtlijn 4)", "positief aspect (richtlijn 5)"):
        assert text in check


def test_fields_go_into_the_plan(empty):
    empty._student.value = "Bahia"
    empty._participants.value = "vader\nBahia, leerling\nSanne, mentor"
    empty._goals.value = "Samen zoeken wat helpt\n\n  Afspraken maken  "
    empty._date.value = date(2026, 12, 3)
    plan = empty.plan
    assert plan.student == "Bahia" and plan.goals == ("Samen zoeken wat helpt", "Afspraken maken")
    assert [p.role for p in plan.participants] == ["parents", "student", "mentor"]
    assert "03-12-2026" in empty._invitation.value and "Beste [naam ouder of verzorger]," in empty._invitation.value


def test_letter_fields_fill_the_invitation(planner):
    planner._addressee.value = "mevrouw Jansen"
    planner._time.value = "15.30 uur"
    planner._place.value = "lokaal 2.14"
    planner._sender.value = "Sanne de Vries, mentor 2B"
    text = planner._invitation.value
    assert "Beste mevrouw Jansen," in text and "Tijd: 15.30 uur" in text and "Plaats: lokaal 2.14" in text
    assert "Sanne de Vries, mentor 2B" in text and "[" not in text.split("Datum:")[0]


def test_strengths_and_concerns(empty):
    empty._area.value = "creative"
    empty._strength.value = "Tekent prachtig"
    empty._add_strength.click()
    assert empty.plan.strengths[0].area == "creative"
    assert "Nog niet besproken gebieden" in empty._strengths.children[-1].value
    empty._concern.value = "ze haar agenda vaak vergeet"
    empty._example.value = "vijf keer in twee weken"
    empty._add_concern.click()
    assert empty.plan.concerns[0].we_message().startswith("Wij maken ons zorgen omdat ze")
    empty._concern.value = "Wij maken ons zorgen omdat"
    empty._add_concern.click()
    assert "Schrijf eerst de zorg op." in empty._message.value and len(empty.plan.concerns) == 1
    empty._concerns.children[0].children[1].click()
    assert empty.plan.concerns == ()


def test_phase_by_phase_minutes_and_notes(planner):
    planner._phase.value = 2
    assert "concrete recente voorbeelden" in planner._phase_info.value
    planner._minutes.value = "12"
    planner._phase_notes.value = "Voorbeeld van vanochtend vertellen."
    assert planner.plan.phases[2].minutes == 12 and planner.plan.phases[2].notes.startswith("Voorbeeld")
    assert "49 minuten" in planner._total.value
    planner._phase.value = 0
    assert planner._phase_notes.value == "" and planner._minutes.value == "2"


def test_other_structure(empty):
    empty._structure.value = "multidisciplinair-overleg"
    assert len(empty.plan.phases) == 9 and len(empty._phase.options) == 9


def test_hostile_text_is_escaped(empty):
    empty._student.value = "<img src=x onerror=alert(1)>"
    assert "<img" not in empty._invitation.value


def test_start_opens_meeting_mode_with_the_plan(planner):
    planner._phase.value = 1
    planner._phase_notes.value = "Doel hardop zeggen."
    planner._start.click()
    assert planner.meeting is not None and planner.meeting.meeting.plan == planner.plan
    assert planner._meeting_box.children == (planner.meeting,)


def test_save_and_restore(planner, empty):
    data = planner.work_bar.file_bytes("json")
    assert plan_from_dict(load_work(data, kind=PLAN_KIND)) == planner.plan
    assert empty.work_bar.load_bytes(data)
    assert empty.plan == planner.plan and empty._student.value == "Kevin"
    assert not empty.work_bar.load_bytes(b'{"format": "hgw-werkmap", "kind": "conversation_plan", "schema_version": 1, "data": {"phases": "x"}}')
    assert empty.plan == planner.plan
    assert b"Gespreksplan: Kevin" in planner.work_bar.file_bytes("md")


@pytest.mark.parametrize(("typed", "problem"), [("500", "dat kan hier niet"), ("-5", "dat kan hier niet"),
                                               ("0", "dat kan hier niet"), ("121", "dat kan hier niet"),
                                               ("2,5", "geen heel getal"), ("twee", "geen getal")])
def test_minutes_out_of_range_are_refused_with_a_message_not_clamped(typed, problem):
    """Issue 12 §5: 500 became 120, -5 became 1 and "2,5" became 25 without a word."""
    planner = ConversationPlanner.from_case("kevin", autosave=False)
    planner._phase.value = 1
    before = planner.plan.phases[1].minutes
    planner._minutes.value = typed
    assert planner.plan.phases[1].minutes == before
    message = planner._minutes_message.value
    assert f"“{typed}”" in message and problem in message
    assert "van 1 tot en met 120" in message and f"blijft {before} minuten" in message
    assert planner._minutes.value == str(before)  # the field shows what is used
    planner._minutes.value = "7,0"
    assert planner.plan.phases[1].minutes == 7 and planner._minutes_message.value == ""
    assert planner._minutes.value == "7"


def test_a_meeting_started_from_the_planner_comes_back_after_a_reload():
    """Issue 12: 'Start de gespreksmodus' (the only way to run the multidisciplinary meeting) was gone after a reload."""
    planner = ConversationPlanner.from_case("kevin")
    planner._start.click()
    meeting = planner.meeting
    meeting.work_bar.store._handle_message(meeting.work_bar.store, {"event": "ready", "value": None}, [])
    meeting._notes.value = "Moeder is er."
    kept = meeting.work_bar.store.value
    assert kept

    again = ConversationPlanner.from_case("kevin")  # reload: a new kernel, the browser reports its copies
    assert again.meeting is None
    again._meeting_probe._handle_message(again._meeting_probe, {"event": "ready", "value": kept}, [])
    assert again.meeting is not None and again._meeting_box.children == (again.meeting,)
    store = again.meeting.work_bar.store
    store._handle_message(store, {"event": "ready", "value": kept}, [])
    assert again.meeting._notes.value == "Moeder is er."
    assert again._meeting_probe.key == store.key


# --- issue 12, newcomer round: the letter's open fields, what it leaves out, the example ---------

def _fill_letter(planner):
    planner._addressee.value = "mevrouw Jansen"
    planner._time.value = "15.30 uur"
    planner._place.value = "lokaal 2.14"
    planner._sender.value = "Sanne de Vries, mentor 2B"
    planner._date.value = date(2026, 12, 3)


def test_the_plan_is_not_complete_while_the_letter_has_open_fields(planner):
    check = planner._check.value
    assert "Het plan is compleet" not in check
    for text in ("geen aanhef", "geen datum", "geen tijd", "geen plaats", "geen afzender"):
        assert text in check
    _fill_letter(planner)
    planner._time.value = ""
    assert "geen tijd" in planner._check.value and "geen plaats" not in planner._check.value
    assert "[tijd]" in planner._invitation.value
    planner._time.value = "15.30 uur"
    assert "Het plan is compleet" in planner._check.value and "[" not in planner._invitation.value


def test_the_planner_says_what_the_letter_leaves_out(planner):
    assert len(planner.plan.strengths) == 5
    assert "De uitnodiging noemt de eerste 3 positieve aspecten; nog 2 staan alleen in je plan" in planner._letter_note.value
    planner._strengths.children[0].children[1].click()
    assert "nog 1 staat alleen in je plan" in planner._letter_note.value
    planner._strengths.children[0].children[1].click()
    assert "positieve aspecten" not in planner._letter_note.value


def test_a_new_student_name_leaves_kevins_example_behind(planner):
    assert "voorbeeld van Kevin" in planner.children[2].value  # said before anything is typed
    planner._student.value = "Mila"
    plan = planner.plan
    assert plan.student == "Mila" and not plan.concerns and not plan.strengths and not plan.participants
    assert not plan.agreements and plan.reason == "" and planner._reason.value == "" and planner._participants.value == ""
    letter = planner._invitation.value
    assert "Kevin" not in letter and "zorgcoördinator" not in letter and "gesprek over Mila" in letter
    message = planner._message.value
    assert "Je begint een eigen gesprek over Mila" in message and "de zorgen" in message
    planner._start.click()  # the record starts from the mentor's own plan
    assert planner.meeting is not None and not planner.meeting.record.plan.concerns


def test_correcting_the_example_name_keeps_the_example(planner):
    planner._student.value = "Kevin B."
    assert planner.plan.student == "Kevin B." and len(planner.plan.concerns) == 2 and planner._message.value == ""
