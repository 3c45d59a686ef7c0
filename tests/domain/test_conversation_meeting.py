"""The live meeting clock and the record: time comes in as timestamps, nothing ticks here."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets import load_case
from hgw_widgets.domain.conversation import Agreement, ConversationPlan, plan_from_case
from hgw_widgets.domain.meeting import Meeting, MeetingRecord, PhaseTiming, format_clock, record_issues


@pytest.fixture
def plan() -> ConversationPlan:
    return plan_from_case(load_case("kevin"))


def test_clock_counts_from_the_timestamps_passed_in(plan):
    m = Meeting.start(plan, now=1000.0)
    assert m.running and m.index == 0
    assert m.elapsed(1030.0) == 30.0
    timing = m.timing(1030.0)
    assert timing == PhaseTiming(planned=120.0, elapsed=30.0)
    assert not timing.over and timing.remaining == 90.0


def test_over_time_is_visible_in_the_timing(plan):
    m = Meeting.start(plan, now=0.0)
    timing = m.timing(150.0)  # phase 1 is planned for 2 minutes
    assert timing.over and timing.over_by == 30.0 and timing.remaining == 0.0


def test_each_phase_keeps_its_own_time(plan):
    m = Meeting.start(plan, now=0.0).next(100.0).next(400.0).previous(460.0)
    assert m.index == 1
    assert m.record.seconds[:3] == (100.0, 300.0, 60.0)
    assert m.elapsed(470.0) == 310.0  # back in phase 2: 300 + 10


def test_pause_and_resume(plan):
    m = Meeting.start(plan, now=0.0).pause(50.0)
    assert not m.running and m.elapsed(500.0) == 50.0
    m = m.resume(600.0)
    assert m.elapsed(610.0) == 60.0


def test_next_on_the_last_phase_and_bad_indexes_change_nothing(plan):
    m = Meeting.start(plan, now=0.0)
    assert m.previous(5.0) is m
    assert m.go_to(99, 5.0) is m and m.go_to(-1, 5.0) is m
    last = m.go_to(len(plan.phases) - 1, 10.0)
    assert last.next(20.0) is last


def test_notes_agreements_and_finish_make_the_record(plan):
    m = Meeting.start(plan, now=0.0, held_on=date(2026, 12, 3))
    m = m.with_note("  Moeder herkent het niet.  ").next(120.0).with_note("x" * 10_000)
    m = m.with_agreement(Agreement("Kevin", "noteert zijn huiswerk in zijn agenda", "aan het eind van elke les"))
    m = m.with_agreement(Agreement("zorgcoördinator", "maakt een video-opname in de klas", "vóór 18 december"))
    m = m.with_evaluation_date(date(2026, 12, 31)).finish(420.0)
    r = m.record
    assert r.finished and not m.running
    assert r.notes[0] == "Moeder herkent het niet." and len(r.notes[1]) == 4_000
    assert r.seconds[:2] == (120.0, 300.0) and r.total_seconds == 420.0
    assert len(r.agreements) == 2 and record_issues(r) == ()
    assert m.next(500.0) is m  # a finished meeting does not move


def test_record_issues_ask_for_agreements_and_an_evaluation_date(plan):
    r = MeetingRecord(plan=plan, held_on=date(2026, 12, 3))
    assert {(i.code, i.field) for i in record_issues(r)} == {("missing", "agreements"), ("missing", "evaluation_date")}


def test_without_agreement_and_limits(plan):
    m = Meeting.start(plan, now=0.0)
    for i in range(25):
        m = m.with_agreement(Agreement("Kevin", f"stap {i}", "morgen"))
    assert len(m.record.agreements) == 20
    assert len(m.without_agreement(0).record.agreements) == 19
    assert len(m.without_agreement(99).record.agreements) == 20


def test_a_meeting_needs_phases():
    with pytest.raises(ValueError):
        Meeting.start(ConversationPlan(), now=0.0)


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (59.9, "0:59"), (61, "1:01"), (3725, "1:02:05"), (-5, "0:00")])
def test_format_clock(seconds, text):
    assert format_clock(seconds) == text


# --- what the chair types: rules in the domain (issue 15) ------------------------------------


def test_meeting_start_without_now_is_ready_and_paused(plan):
    m = Meeting.start(plan, now=None, held_on=date(2026, 12, 3))
    assert not m.running and m.index == 0 and m.record.held_on == date(2026, 12, 3)


def test_write_note_refuses_notes_over_the_limit(plan):
    from hgw_widgets.domain.conversation import MAX_NOTES
    from hgw_widgets.domain.meeting import write_note

    m = Meeting.start(plan, now=0.0)
    written, issue = write_note(m, "  afspraak gemaakt \n")
    assert issue is None and written.record.notes[0] == "afspraak gemaakt"
    same, issue = write_note(written, "x" * (MAX_NOTES + 1))
    assert same == written and (issue.code, issue.field, issue.detail) == ("too_long", "notes", str(MAX_NOTES))
    assert write_note(m, None)[0].record.notes[0] == ""


def test_add_agreement_rules(plan):
    from hgw_widgets.domain.conversation import MAX_ITEMS, MAX_WHO
    from hgw_widgets.domain.meeting import add_agreement

    m = Meeting.start(plan, now=0.0)
    added, issues = add_agreement(m, " Kevin ", "houdt  zijn planner bij", "elke les")
    assert issues == () and added.record.agreements[-1] == Agreement("Kevin", "houdt zijn planner bij", "elke les")
    same, issues = add_agreement(m, "x" * (MAX_WHO + 1), "y", "z" * 500)
    assert same == m and [(i.code, i.field) for i in issues] == [("too_long", "who"), ("too_long", "when")]
    same, issues = add_agreement(m, "Kevin", "", " ")
    assert same == m and [(i.code, i.field) for i in issues] == [("empty", "what"), ("empty", "when")]
    full = m
    for n in range(MAX_ITEMS - len(m.record.agreements)):
        full, issues = add_agreement(full, "Kevin", f"taak {n}", "elke les")
        assert issues == ()
    same, issues = add_agreement(full, "Kevin", "nog een", "elke les")
    assert same == full and [(i.code, i.detail) for i in issues] == [("full", str(MAX_ITEMS))]


def test_an_evaluation_on_or_before_the_meeting_is_refused(plan):
    """Newcomer finding: "Evaluatie op" took a date before the meeting without a word."""
    from hgw_widgets.domain.meeting import set_evaluation_date
    m = Meeting.start(plan, now=None, held_on=date(2026, 12, 3))
    for day in (date(2026, 11, 20), date(2026, 12, 3)):
        same, issue = set_evaluation_date(m, day)
        assert same is m and issue.code == "before_meeting" and issue.detail == day.isoformat()
    later, issue = set_evaluation_date(m, date(2027, 1, 14))
    assert issue is None and later.record.evaluation_date == date(2027, 1, 14)
    cleared, issue = set_evaluation_date(later, None)
    assert issue is None and cleared.record.evaluation_date is None


def test_another_structure_is_a_new_meeting_and_says_when_work_would_go(plan):
    """Newcomer finding: notes and time went silently, agreements moved into the other structure."""
    from hgw_widgets.domain.conversation import Agreement as A
    from hgw_widgets.domain.structures import structure_catalogue
    other = structure_catalogue().get("klassenbespreking")
    fresh = Meeting.start(plan, now=None, held_on=date(2026, 12, 3))
    assert not fresh.has_work
    assert fresh.resume(10.0).has_work and fresh.with_note("ouders bezorgd").has_work
    worked = fresh.with_agreement(A("Kevin", "noteert zijn huiswerk in zijn agenda", "elke les")).with_note("x")
    assert worked.has_work
    switched = worked.with_structure(other)
    assert switched.plan.structure_id == "klassenbespreking" and switched.record.held_on == date(2026, 12, 3)
    assert not switched.has_work and switched.record.agreements == ()
