"""A meeting held in parts on different days (issue 17): the clock pauses between parts and never counts the
days in between; per part the day it was held, who attended and its "when" from the structure file."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from hgw_widgets.domain.conversation import plan_from_structure
from hgw_widgets.domain.issues import Issue
from hgw_widgets.domain.meeting import MAX_RELOAD_GAP, Meeting
from hgw_widgets.domain.meeting_part_edits import set_part_attendees, set_part_date
from hgw_widgets.domain.meeting_parts import MAX_ATTENDEES, PartRecord, part_position, plan_parts

MONDAY = date(2026, 11, 30)


def _at(day: date, hour: int, minute: int = 0) -> float:
    """Wall-clock seconds of a local time (what ``time.time()`` gives the view)."""
    return datetime(day.year, day.month, day.day, hour, minute).timestamp()


@pytest.fixture
def plan():
    return plan_from_structure("leerlingbespreking", student="Noah")


def test_the_parts_of_a_plan_carry_their_when_from_the_structure_file(plan):
    parts = plan_parts(plan)
    assert [p.when for p in parts] == ["een week voor de bespreking", "in de leerlingbespreking",
                                       "binnen een week na de bespreking"]
    assert [p.phases for p in parts] == [(0, 1), (2, 3, 4, 5), (6, 7)]
    assert plan.phases[2].part_when == "in de leerlingbespreking"
    assert [part_position(plan, i) for i in (0, 2, 7)] == [0, 1, 2]


def test_a_plan_without_parts_has_none():
    plan = plan_from_structure("oudergesprek-bij-zorgen")
    assert plan_parts(plan) == () and part_position(plan, 0) is None
    assert Meeting.start(plan, now=None).record.parts == ()


def test_within_a_part_the_clock_runs_on_from_phase_to_phase(plan):
    m = Meeting.start(plan, now=100.0).next(160.0)
    assert m.running and m.index == 1 and m.record.seconds[0] == 60.0


def test_into_the_next_part_the_clock_stops_and_the_days_between_do_not_count(plan):
    m = Meeting.start(plan, now=_at(MONDAY, 9)).go_to(1, _at(MONDAY, 9, 10))
    m = m.next(_at(MONDAY, 9, 25))  # the voorgesprek is over; the bespreking is next week
    assert not m.running and m.index == 2 and m.part_starts_here
    assert m.record.seconds[:2] == (600.0, 900.0)
    week_later = MONDAY + timedelta(days=7)
    m = m.resume(_at(week_later, 15), on=week_later)
    assert not m.part_starts_here
    m = m.pause(_at(week_later, 15, 7))
    assert m.record.seconds[2] == 420.0
    assert m.record.total_seconds == 1920.0  # 10 + 15 + 7 minutes: no week in between


def test_going_back_into_an_earlier_part_also_stops_the_clock(plan):
    m = Meeting.start(plan, now=0.0).go_to(2, 10.0).resume(20.0).previous(50.0)
    assert not m.running and m.index == 1


def test_starting_a_part_gives_it_the_day_it_is_held(plan):
    m = Meeting.start(plan, now=None).resume(_at(MONDAY, 9), on=MONDAY)
    assert m.record.parts[0] == PartRecord(held_on=MONDAY)
    m = m.go_to(2, _at(MONDAY, 9, 20)).resume(_at(MONDAY, 10), on=date(2026, 12, 7))
    assert [p.held_on for p in m.record.parts] == [MONDAY, date(2026, 12, 7), None]
    m = m.pause(_at(MONDAY, 10, 5)).resume(_at(MONDAY, 11), on=date(2026, 12, 9))
    assert m.record.parts[1].held_on == date(2026, 12, 7)  # a date once set stays


@pytest.mark.parametrize("gap_hours, carried_on", [(0.1, True), (3, True), (13, False)])
def test_a_reload_on_the_same_day_carries_the_clock_on(plan, gap_hours, carried_on):
    started = _at(MONDAY, 8)
    record = Meeting.start(plan, now=started).pause(started).record
    m = Meeting.carried_on(record, running_since=started, now=started + gap_hours * 3600)
    assert m.running is carried_on


def test_a_reload_the_next_morning_does_not_count_the_night(plan):
    """Within ``MAX_RELOAD_GAP`` but on another calendar day: paused with the time it had."""
    started = _at(MONDAY, 22, 30)
    next_morning = _at(MONDAY + timedelta(days=1), 8)
    assert next_morning - started < MAX_RELOAD_GAP
    record = Meeting.start(plan, now=started).pause(started + 600).record
    m = Meeting.carried_on(record, running_since=started + 600, now=next_morning)
    assert not m.running and m.elapsed(next_morning) == 600.0


def test_the_chair_sets_the_day_and_who_attended_the_current_part(plan):
    m = Meeting.start(plan, now=None, held_on=MONDAY)
    m, issue = set_part_date(m, MONDAY)
    assert issue is None
    m, issue = set_part_attendees(m, "  mentor,  zorgcoördinator ")
    assert issue is None and m.record.parts[0] == PartRecord(MONDAY, "mentor, zorgcoördinator")
    m = m.go_to(6, 0.0)
    m, issue = set_part_date(m, date(2026, 11, 29))  # before the voorgesprek: refused
    assert issue == Issue("before_earlier_part", "part_date", "2026-11-29") and m.record.parts[2].held_on is None
    m, issue = set_part_date(m, date(2026, 12, 10))
    assert issue is None and m.record.parts[2].held_on == date(2026, 12, 10)
    m, _ = set_part_date(m, "kapot")  # anything that is not a date clears it
    assert m.record.parts[2].held_on is None


def test_attendees_that_are_too_long_are_refused(plan):
    m = Meeting.start(plan, now=None)
    same, issue = set_part_attendees(m, "x" * (MAX_ATTENDEES + 1))
    assert same is m and issue == Issue("too_long", "attendees", str(MAX_ATTENDEES))


def test_without_parts_there_is_nothing_to_set():
    m = Meeting.start(plan_from_structure("oudergesprek-bij-zorgen"), now=None)
    assert set_part_date(m, MONDAY) == (m, Issue("no_part", "part_date"))
    assert set_part_attendees(m, "mentor") == (m, Issue("no_part", "attendees"))
