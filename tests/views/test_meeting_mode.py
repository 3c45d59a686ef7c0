"""MeetingMode without a browser: a fake clock, clicks, the record."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets import MeetingMode, load_case
from hgw_widgets.domain.conversation import plan_from_case
from hgw_widgets.export.conversation import RECORD_KIND, record_from_dict
from hgw_widgets.export.jsonio import load_work
from tests.screen import browser_reports, click, fill, find, find_all, notices, status, text_of

NOTES = "Snelle aantekeningen"


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
    fill(mode, "textbox", "Wie", who)
    fill(mode, "textbox", "Wat", what, exact=True)
    fill(mode, "textbox", "Wanneer", when)
    click(mode, "Afspraak vastleggen")


def _run(mode):
    """The start/pause button, whatever it says now."""
    return find(mode, "button", css_class="hgw-meeting-run")


def _shown(mode, css_class) -> str:
    return find(mode, css_class=css_class).value


def _agreement_rows(mode):
    return find(mode, "group", css_class="hgw-agreements").children


def _notes(mode):
    return find(mode, "textbox", NOTES)


def test_starts_paused_on_the_first_phase(mode):
    assert _run(mode).description == "Start het gesprek"
    assert "Ontvangst en kennismaking" in _shown(mode, "hgw-phase-card-box")
    assert "Fase 1 van 8" in _shown(mode, "hgw-meeting-progress")
    assert find(mode, "button", "Vorige fase").disabled and not mode.clock.running


def test_runs_through_all_phases_with_time_per_phase(mode, clock):
    _run(mode).click()
    assert mode.clock.running and _run(mode).description == "Pauze"
    titles = []
    for _ in range(7):
        clock.now += 150  # 2.5 minutes per phase
        titles.append(mode.meeting.plan.phases[mode.meeting.index].title)
        click(mode, "Volgende fase")
    assert "Fase 8 van 8" in _shown(mode, "hgw-meeting-progress") and find(mode, "button", "Volgende fase").disabled
    assert "laatste fase" in _shown(mode, "hgw-meeting-record")
    assert mode.record.seconds[:7] == (150.0,) * 7
    assert len(set(titles)) == 7


def test_over_time_shows_planned_against_elapsed(mode, clock):
    _run(mode).click()
    clock.now += 60
    fill(mode, "textbox", NOTES, "Moeder is er, Kevin ook.")  # any action redraws
    # while the clock runs, the browser's clock counts (1:00 now); the text line names no time that would stand still
    assert mode.clock.elapsed == 60.0 and mode.clock.running
    time = _shown(mode, "hgw-time-status")
    assert "Gepland 2 min" in time and "gebruikt" not in time and "over tijd" not in time
    clock.now += 100
    _run(mode).click()  # pause
    time = _shown(mode, "hgw-time-status")
    assert "2:40" in time and "0:40 over tijd" in time and "hgw-time-over" in time
    assert mode.clock.elapsed == 160.0 and mode.clock.planned == 120.0 and not mode.clock.running


def test_notes_stay_with_their_phase(mode):
    fill(mode, "textbox", NOTES, "fase een")
    click(mode, "Volgende fase")
    assert _notes(mode).value == ""
    fill(mode, "textbox", NOTES, "fase twee")
    click(mode, "Vorige fase")
    assert _notes(mode).value == "fase een"
    assert mode.record.notes[:2] == ("fase een", "fase twee")


def test_agreements_are_captured_checked_and_removable(mode):
    _agree(mode, "Kevin", "noteert zijn huiswerk in zijn agenda", "aan het eind van elke les")
    _agree(mode, "Kevin", "let beter op", "vanaf maandag")
    assert len(mode.record.agreements) == 2
    assert ("Tip: maak de afspraak nog concreet (wat doet iemand precies?) en waarneembaar (kan iemand anders het zien?)."
            in text_of(_agreement_rows(mode)[1]))  # issue 17: correct Dutch (was "maak nog concreet (...), waarneembaar (...).")
    _agree(mode, "", "iets", "")
    assert "Vul wie, wat en wanneer in." in status(mode) and len(mode.record.agreements) == 2
    find(_agreement_rows(mode)[1], "button", "Verwijder deze afspraak").click()
    assert len(mode.record.agreements) == 1


def test_an_evaluation_before_the_meeting_is_refused_in_dutch(mode):
    """Newcomer finding: "Evaluatie op" took a date before the meeting (3-12-2026) without a word."""
    picker = find(mode, css_class="hgw-meeting-evaluation")
    picker.value = date(2026, 11, 20)
    assert "Je koos 20-11-2026 als evaluatiedatum, maar die ligt niet na het gesprek (03-12-2026)" in status(mode)
    assert mode.record.evaluation_date is None and picker.value is None
    picker.value = date(2027, 1, 14)
    assert mode.record.evaluation_date == date(2027, 1, 14) and "Je koos" not in status(mode)


def test_hostile_text_is_escaped(mode):
    _agree(mode, "<script>x</script>", "noteert zijn huiswerk", "elke les")
    html = find(_agreement_rows(mode)[0], "html").value
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_finish_gives_a_record_that_reads_back(mode, clock):
    seen = []
    mode.on_finish(seen.append)
    _run(mode).click()
    clock.now += 90
    click(mode, "Volgende fase")
    _agree(mode, "Kevin", "noteert zijn huiswerk in zijn agenda", "aan het eind van elke les")
    _agree(mode, "zorgcoördinator", "maakt een video-opname in de klas", "vóór 18 december")
    fill(mode, "date", "Evaluatie op", date(2026, 12, 31))
    clock.now += 30
    click(mode, "Gesprek afronden")
    assert seen and seen[0].finished and find(mode, "button", "Volgende fase").disabled
    record = _shown(mode, "hgw-meeting-record")
    assert "Het gesprek is afgerond" in record and "iframe" in record
    data = mode.work_bar.file_bytes("json")
    back = record_from_dict(load_work(data, kind=RECORD_KIND))
    assert back == mode.record
    assert [a.who for a in back.agreements] == ["Kevin", "zorgcoördinator"]
    assert back.evaluation_date == date(2026, 12, 31) and back.seconds[:2] == (90.0, 30.0)
    assert b"video-opname" in mode.work_bar.file_bytes("md")


def test_finish_without_agreements_warns(mode):
    click(mode, "Gesprek afronden")
    record = _shown(mode, "hgw-meeting-record")
    assert "nog geen afspraken" in record and "evaluatiedatum" in record


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
    assert "Fase 1 van 9" in _shown(m, "hgw-meeting-progress") and "Vragen en zorgen" in _shown(m, "hgw-phase-card-box")


def test_a_reload_carries_the_running_meeting_on(clock):
    """Issue 12: after a reload the running clock restarted at 0:01 and 'werkelijk' in the record was wrong."""
    plan = plan_from_case(load_case("kevin"))
    first = MeetingMode(plan, clock=clock, held_on=date(2026, 12, 3))
    browser_reports(first.work_bar.store, None)
    _run(first).click()
    clock.now += 90
    click(first, "Volgende fase")  # phase 2 starts at 1090
    clock.now += 30
    fill(first, "textbox", NOTES, "Moeder vertelt over thuis.")
    kept = first.work_bar.store.value
    clock.now += 45  # the page reloads 45 s later; the meeting went on
    second = MeetingMode(plan, clock=clock, held_on=date(2026, 12, 3))
    browser_reports(second.work_bar.store, kept)
    assert second.meeting.running and second.meeting.index == 1
    assert second.clock.elapsed == pytest.approx(75.0) and second.clock.running
    assert second.record.seconds[:2] == (pytest.approx(90.0), pytest.approx(75.0))
    assert _notes(second).value == "Moeder vertelt over thuis."


@pytest.mark.parametrize("gap", [-3600.0, 13 * 3600.0])
def test_an_untrusted_clock_moment_comes_back_paused(clock, gap):
    from hgw_widgets.domain.meeting import Meeting, MeetingRecord

    record = MeetingRecord(plan=plan_from_case(load_case("kevin")), seconds=(30.0,))
    meeting = Meeting.carried_on(record, running_since=clock.now - gap, now=clock.now)
    assert not meeting.running and meeting.elapsed(clock.now) == 30.0


# --- issue 17: a meeting in parts on different days ----------------------------------------------------


def test_a_meeting_in_parts_shows_each_parts_when_and_keeps_its_date_and_attendees(clock):
    from hgw_widgets.domain.conversation import plan_from_structure
    from hgw_widgets.export.conversation import record_document
    from hgw_widgets.export.render import to_markdown

    mode = MeetingMode(plan_from_structure("leerlingbespreking", student="Noah"), clock=clock,
                       held_on=date(2026, 11, 30), autosave=False)
    assert "Deel: Voorgesprek (mentor en zorgcoördinator), een week voor de bespreking" in text_of(mode)
    fill(mode, "textbox", "Aanwezig bij dit deel", "mentor, zorgcoördinator")
    fill(mode, "date", "Datum van dit deel", date(2026, 11, 30))
    click(mode, "Start het gesprek")
    clock.now += 300
    click(mode, "Volgende fase")
    clock.now += 300
    click(mode, "Volgende fase")  # into the bespreking: another day, the clock stops
    assert "Deel: Bespreking met het team, in de leerlingbespreking" in text_of(mode)
    assert not mode.meeting.running and "andere dag" in text_of(mode)
    assert find(mode, "textbox", "Aanwezig bij dit deel").value == ""  # this part's own
    fill(mode, "date", "Datum van dit deel", date(2026, 11, 20))  # before the voorgesprek
    assert any("vóór de datum van een eerder deel" in n for n in notices(mode, "warning"))
    fill(mode, "date", "Datum van dit deel", date(2026, 12, 7))
    fill(mode, "textbox", "Aanwezig bij dit deel", "team 2B")
    clock.now += 7 * 86_400  # a week later
    click(mode, "Doorgaan")
    clock.now += 600
    click(mode, "Gesprek afronden")
    record = mode.record
    assert record.seconds[:3] == (300.0, 300.0, 600.0)
    assert [p.attendees for p in record.parts] == ["mentor, zorgcoördinator", "team 2B", ""]
    md = to_markdown(record_document(record)).decode("utf-8")
    assert "Datum: 07-12-2026" in md and "Aanwezig: team 2B" in md


def test_a_meeting_without_parts_shows_no_part_fields(mode):
    assert not any("Datum van dit deel" == w.description for w in find_all(mode, "date"))


def test_the_tip_on_an_agreement_names_who_and_when_where_they_are_missing(mode):
    _agree(mode, "we", "zorgen dat Kevin in de grote pauze een rustige plek in de mediatheek heeft en dat "
                       "de surveillant het weet", "binnenkort")
    _agree(mode, "mentor", "belt moeder", "binnenkort")
    first, second = (text_of(row) for row in _agreement_rows(mode))
    assert "duidelijk wie het doet" in first and "duidelijk wanneer" in first
    assert "concreet" not in first  # the agreement itself is concrete: no wrong tip
    assert "Tip" not in second  # a short everyday agreement: no tip for "binnenkort"
