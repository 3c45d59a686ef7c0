"""MeetingMode without a browser: a fake clock, clicks, the record."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets import MeetingMode, load_case
from hgw_widgets.domain.conversation import plan_from_case
from hgw_widgets.export.conversation import RECORD_KIND, record_from_dict
from hgw_widgets.export.jsonio import load_work


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def mode(clock):
    plan = plan_from_case(load_case("kevin"))
    return MeetingMode(plan, clock=clock, held_on=date(2026, 12, 3), autosave=False)


def _agree(mode, who, what, when):
    mode._who.value, mode._what.value, mode._when.value = who, what, when
    mode._add.click()


def test_starts_paused_on_the_first_phase(mode):
    assert mode._run.description == "Start het gesprek"
    assert "Ontvangst en kennismaking" in mode._card.value and "Fase 1 van 8" in mode._progress.value
    assert mode._previous.disabled and not mode.clock.running


def test_runs_through_all_phases_with_time_per_phase(mode, clock):
    mode._run.click()
    assert mode.clock.running and mode._run.description == "Pauze"
    titles = []
    for _ in range(7):
        clock.now += 150  # 2.5 minutes per phase
        titles.append(mode.meeting.plan.phases[mode.meeting.index].title)
        mode._next.click()
    assert "Fase 8 van 8" in mode._progress.value and mode._next.disabled
    assert "laatste fase" in mode._record.value
    assert mode.record.seconds[:7] == (150.0,) * 7
    assert len(set(titles)) == 7


def test_over_time_shows_planned_against_elapsed(mode, clock):
    mode._run.click()
    clock.now += 60
    mode._notes.value = "Moeder is er, Kevin ook."  # any action redraws
    # while the clock runs, the browser's clock counts (1:00 now); the text line names no time that would stand still
    assert mode.clock.elapsed == 60.0 and mode.clock.running
    assert "Gepland 2 min" in mode._time.value and "gebruikt" not in mode._time.value and "over tijd" not in mode._time.value
    clock.now += 100
    mode._run.click()  # pause
    assert "2:40" in mode._time.value and "0:40 over tijd" in mode._time.value and "hgw-time-over" in mode._time.value
    assert mode.clock.elapsed == 160.0 and mode.clock.planned == 120.0 and not mode.clock.running


def test_notes_stay_with_their_phase(mode):
    mode._notes.value = "fase een"
    mode._next.click()
    assert mode._notes.value == ""
    mode._notes.value = "fase twee"
    mode._previous.click()
    assert mode._notes.value == "fase een"
    assert mode.record.notes[:2] == ("fase een", "fase twee")


def test_agreements_are_captured_checked_and_removable(mode):
    _agree(mode, "Kevin", "noteert zijn huiswerk in zijn agenda", "aan het eind van elke les")
    _agree(mode, "Kevin", "let beter op", "vanaf maandag")
    assert len(mode.record.agreements) == 2
    text = mode._agreements.children[1].children[0].value
    assert "Tip: maak nog concreet" in text
    _agree(mode, "", "iets", "")
    assert "Vul wie, wat en wanneer in." in mode._message.value and len(mode.record.agreements) == 2
    mode._agreements.children[1].children[1].click()
    assert len(mode.record.agreements) == 1


def test_hostile_text_is_escaped(mode):
    _agree(mode, "<script>x</script>", "noteert zijn huiswerk", "elke les")
    html = mode._agreements.children[0].children[0].value
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_finish_gives_a_record_that_reads_back(mode, clock):
    seen = []
    mode.on_finish(seen.append)
    mode._run.click()
    clock.now += 90
    mode._next.click()
    _agree(mode, "Kevin", "noteert zijn huiswerk in zijn agenda", "aan het eind van elke les")
    _agree(mode, "zorgcoördinator", "maakt een video-opname in de klas", "vóór 18 december")
    mode._evaluation.value = date(2026, 12, 31)
    clock.now += 30
    mode._finish.click()
    assert seen and seen[0].finished and mode._next.disabled
    assert "Het gesprek is afgerond" in mode._record.value and "iframe" in mode._record.value
    data = mode.work_bar.file_bytes("json")
    back = record_from_dict(load_work(data, kind=RECORD_KIND))
    assert back == mode.record
    assert [a.who for a in back.agreements] == ["Kevin", "zorgcoördinator"]
    assert back.evaluation_date == date(2026, 12, 31) and back.seconds[:2] == (90.0, 30.0)
    assert b"video-opname" in mode.work_bar.file_bytes("md")


def test_finish_without_agreements_warns(mode):
    mode._finish.click()
    assert "nog geen afspraken" in mode._record.value and "evaluatiedatum" in mode._record.value


def test_upload_restores_and_bad_upload_keeps_work(mode, clock):
    _agree(mode, "Kevin", "noteert zijn huiswerk in zijn agenda", "elke les")
    saved = mode.work_bar.file_bytes("json")
    other = MeetingMode(plan_from_case(load_case("kevin")), clock=clock, autosave=False)
    assert other.work_bar.load_bytes(saved)
    assert other.record.agreements == mode.record.agreements
    assert not other.work_bar.load_bytes(b"{kapot")
    assert other.record.agreements == mode.record.agreements


def test_runs_any_structure():
    m = MeetingMode.from_structure("multidisciplinair-overleg", student="Sam", autosave=False)
    assert "Fase 1 van 9" in m._progress.value and "Vragen en zorgen" in m._card.value


def test_a_reload_carries_the_running_meeting_on(clock):
    """Issue 12: after a reload the running clock restarted at 0:01 and 'werkelijk' in the record was wrong."""
    plan = plan_from_case(load_case("kevin"))
    first = MeetingMode(plan, clock=clock, held_on=date(2026, 12, 3))
    first.work_bar.store._handle_message(first.work_bar.store, {"event": "ready", "value": None}, [])
    first._run.click()
    clock.now += 90
    first._next.click()  # phase 2 starts at 1090
    clock.now += 30
    first._notes.value = "Moeder vertelt over thuis."
    kept = first.work_bar.store.value
    clock.now += 45  # the page reloads 45 s later; the meeting went on
    second = MeetingMode(plan, clock=clock, held_on=date(2026, 12, 3))
    second.work_bar.store._handle_message(second.work_bar.store, {"event": "ready", "value": kept}, [])
    assert second.meeting.running and second.meeting.index == 1
    assert second.clock.elapsed == pytest.approx(75.0) and second.clock.running
    assert second.record.seconds[:2] == (pytest.approx(90.0), pytest.approx(75.0))
    assert second._notes.value == "Moeder vertelt over thuis."


@pytest.mark.parametrize("gap", [-3600.0, 13 * 3600.0])
def test_an_untrusted_clock_moment_comes_back_paused(clock, gap):
    from hgw_widgets.domain.meeting import Meeting, MeetingRecord

    record = MeetingRecord(plan=plan_from_case(load_case("kevin")), seconds=(30.0,))
    meeting = Meeting.carried_on(record, running_since=clock.now - gap, now=clock.now)
    assert not meeting.running and meeting.elapsed(clock.now) == 30.0
