"""Chapter 8 in Voilà, in Chromium: prepare Kevin's plan, run the meeting through every phase,
capture two agreements, download the verslag (JSON and Word) and read it back by opening it in
the second meeting mode on the page."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest
from playwright.sync_api import expect

from tests.e2e.person import click, reach, type_text, wait_until

pytestmark = pytest.mark.browser

CHAPTER = "08-gesprek-voeren"
PLANNER = ".hgw-conversation-planner"
TIMEOUT = 20_000
PREP_NOTE = "Begin met wat goed gaat: Kevin helpt <b>graag</b> bij gym."
AGREEMENTS = [
    ("Kevin", "meldt zich na de grote pauze bij de mentor en vertelt hoe het ging", "elke schooldag tot de herfstvakantie"),
    ("moeder", "belt de mentor en vertelt wat Kevin thuis over de pauzes zegt", "elke vrijdag tot de kerstvakantie"),
]


def _download(page, scope, label: str):
    with page.expect_download(timeout=TIMEOUT) as info:
        click(page, scope.locator(".hgw-download-button", has_text=label))
    download = info.value
    return download.suggested_filename, download.path().read_bytes()


def test_prepare_run_and_download_the_record(page, open_chapter, assert_no_error_output, tmp_path):
    open_chapter(page, CHAPTER, wait_for=f"{PLANNER} .hgw-download-button")
    planner = page.locator(PLANNER)

    # the plan is prefilled from Kevin's case, the invitation names goals, people and duration
    expect(planner.locator(".hgw-plan-reason textarea")).to_have_value(
        re.compile("Kevin"), timeout=TIMEOUT)
    invitation = planner.locator(".hgw-plan-invitation")
    expect(invitation).to_contain_text("45 minuten", timeout=TIMEOUT)
    expect(invitation).to_contain_text("zorgcoördinator")
    # issue 12: not "compleet" while the letter still shows [tijd] and [plaats]: the check names them
    expect(planner.locator(".hgw-plan-check")).to_contain_text("De uitnodiging heeft nog geen tijd", timeout=TIMEOUT)
    expect(planner.locator(".hgw-plan-check")).not_to_contain_text("Het plan is compleet")

    # prepare the first phase: a note (hostile markup stays text)
    notes = planner.locator(".hgw-plan-phase-notes textarea")
    type_text(page, notes, PREP_NOTE)
    notes.blur()
    expect(planner.locator(".hgw-work-status")).to_contain_text("Bewaard", timeout=TIMEOUT)

    click(page, planner.locator(".hgw-plan-start"))
    meeting = planner.locator(".hgw-meeting")
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 1 van 8", timeout=TIMEOUT)
    expect(meeting.locator(".hgw-phase-card")).to_contain_text(PREP_NOTE)
    assert meeting.locator(".hgw-phase-card b").count() == 0

    clock = meeting.locator(".hgw-phase-clock .hgw-clock-time")
    expect(clock).to_have_text(re.compile(r"^0:0\d / \d+:00$"), timeout=TIMEOUT)
    click(page, meeting.locator(".hgw-meeting-run"))
    expect(meeting.locator(".hgw-meeting-run")).to_contain_text("Pauze", timeout=TIMEOUT)
    expect(clock).not_to_have_text(re.compile(r"^0:00 /"), timeout=TIMEOUT)  # the browser ticks
    type_text(page, meeting.locator(".hgw-meeting-notes textarea"), "Moeder is op tijd; Kevin is er ook.")
    meeting.locator(".hgw-meeting-notes textarea").blur()

    for number in range(2, 9):
        click(page, meeting.locator(".hgw-meeting-next"))
        expect(meeting.locator(".hgw-phase-of")).to_contain_text(f"Fase {number} van 8", timeout=TIMEOUT)
    expect(meeting.locator(".hgw-meeting-next")).to_be_disabled()

    for who, what, when in AGREEMENTS:
        type_text(page, meeting.locator(".hgw-agreement-who input"), who)
        type_text(page, meeting.locator(".hgw-agreement-what input"), what)
        type_text(page, meeting.locator(".hgw-agreement-when input"), when)
        meeting.locator(".hgw-agreement-when input").press("Enter")
        click(page, meeting.locator(".hgw-agreement-add"))
        expect(meeting.locator(".hgw-agreements")).to_contain_text(what, timeout=TIMEOUT)
    reach(page, meeting.locator(".hgw-meeting-evaluation input")).fill("2027-01-15")
    meeting.locator(".hgw-meeting-evaluation input").press("Tab")

    click(page, meeting.locator(".hgw-meeting-finish"))
    preview = page.frame_locator(f"{PLANNER} .hgw-meeting-record iframe.hgw-print-preview")
    expect(preview.get_by_text(AGREEMENTS[0][1], exact=True)).to_be_visible(timeout=TIMEOUT)

    bar = meeting.locator(".hgw-work-bar")
    name, data = _download(page, bar, "Downloaden (JSON)")
    assert name.endswith(".json") and "Kevin" in name
    saved = json.loads(data.decode("utf-8"))
    assert saved["format"] == "hgw-werkmap" and saved["kind"] == "meeting_record"
    record = saved["data"]
    assert [(a["who"], a["what"], a["when"]) for a in record["agreements"]] == AGREEMENTS
    assert record["finished"] is True
    assert record["evaluation_date"] == "2027-01-15"
    assert record["notes"][0] == "Moeder is op tijd; Kevin is er ook."
    assert record["plan"]["phases"][0]["notes"] == PREP_NOTE
    assert len(record["seconds"]) == 8 and record["seconds"][0] > 0

    name, data = _download(page, bar, "Downloaden (Word)")
    assert name.endswith(".docx")
    word = docx.Document(io.BytesIO(data))
    cells = [c.text for table in word.tables for row in table.rows for c in row.cells]
    assert AGREEMENTS[1][1] in cells and "moeder" in cells
    text = "\n".join(p.text for p in word.paragraphs)
    assert "15-01-2027" in text

    # read it back: open the JSON in the other meeting mode on the page (Kevin's second talk)
    path = tmp_path / "verslag.json"
    path.write_text(json.dumps(saved), encoding="utf-8")
    other = page.locator(".hgw-meeting").last
    expect(other.locator(".hgw-agreements")).to_contain_text("Nog geen afspraken", timeout=TIMEOUT)
    with page.expect_file_chooser(timeout=TIMEOUT) as chooser:  # FileUpload uses a detached input
        click(page, other.locator(".hgw-upload"))
    chooser.value.set_files(str(path))
    expect(other.locator(".hgw-work-message")).to_contain_text("weer klaar", timeout=TIMEOUT)
    for _who, what, _when in AGREEMENTS:
        expect(other.locator(".hgw-agreements")).to_contain_text(what, timeout=TIMEOUT)
    expect(other.locator(".hgw-meeting-record")).to_contain_text("Het gesprek is afgerond")
    assert_no_error_output(page)


# --- issue 17: the clock runs on wall-clock time across a reload ---------------------------------


def test_a_started_phase_keeps_counting_across_a_reload(page, open_chapter, assert_no_error_output):
    """Start a phase in the meeting mode, reload after some seconds: the clock shows the time since the
    start (wall clock), not 0:00, and still runs."""
    open_chapter(page, CHAPTER, wait_for=".hgw-meeting .hgw-download-button")
    meeting = page.locator(".hgw-meeting").first  # the meeting mode of Kevin's second talk
    clock = meeting.locator(".hgw-phase-clock .hgw-clock-time")
    click(page, meeting.locator(".hgw-meeting-run"))
    expect(meeting.locator(".hgw-meeting-run")).to_contain_text("Pauze", timeout=TIMEOUT)
    wait_until(page, "Object.keys(localStorage).some(k => (localStorage.getItem(k) || '').includes('running_since'))",
               timeout=TIMEOUT)
    page.wait_for_timeout(6_000)
    page.reload()
    page.wait_for_selector(".hgw-meeting .hgw-download-button", state="attached", timeout=60_000)
    meeting = page.locator(".hgw-meeting").first
    clock = meeting.locator(".hgw-phase-clock .hgw-clock-time")
    reach(page, clock)
    expect(meeting.locator(".hgw-meeting-run")).to_contain_text("Pauze", timeout=TIMEOUT)  # it still runs
    expect(clock).to_have_text(re.compile(r"^0:(0[6-9]|[1-5]\d) "), timeout=TIMEOUT)  # 6 s and more, not 0:00
    assert_no_error_output(page)


def test_a_meeting_in_parts_pauses_between_parts_and_keeps_who_attended(page, open_chapter, assert_no_error_output):
    """Chapter 09's leerlingbespreking: the part's when is shown, who attended is kept across a reload, the
    clock stops going into the next part (held on another day), and the verslag has the parts."""
    chapter, ready = "09-klassenbespreking-en-leerlingbespreking", ".hgw-meeting .hgw-download-button"
    open_chapter(page, chapter, wait_for=ready)
    noah = page.locator(".hgw-meeting").nth(1)
    expect(noah.locator(".hgw-phase-part")).to_contain_text("een week voor de bespreking", timeout=TIMEOUT)
    type_text(page, noah.locator(".hgw-part-attendees input"), "mentor, zorgcoördinator", leave=True)
    click(page, noah.locator(".hgw-meeting-run"))
    expect(noah.locator(".hgw-meeting-run")).to_contain_text("Pauze", timeout=TIMEOUT)
    for number in (2, 3):
        click(page, noah.locator(".hgw-meeting-next"))
        expect(noah.locator(".hgw-phase-of")).to_contain_text(f"Fase {number} van", timeout=TIMEOUT)
    expect(noah.locator(".hgw-phase-part")).to_contain_text("in de leerlingbespreking")
    expect(noah.locator(".hgw-part-paused")).to_contain_text("andere dag", timeout=TIMEOUT)
    expect(noah.locator(".hgw-meeting-run")).to_contain_text("Doorgaan")  # the clock stands still
    expect(noah.locator(".hgw-part-attendees input")).to_have_value("")  # the bespreking's own
    type_text(page, noah.locator(".hgw-part-attendees input"), "team 2B", leave=True)
    # the copy in the browser holds it (the status line already said "Bewaard" before this change)
    wait_until(page, "Object.keys(localStorage).some(k => (localStorage.getItem(k) || '').includes('team 2B'))",
               timeout=TIMEOUT)

    page.reload()
    page.wait_for_selector(ready, state="attached", timeout=60_000)
    noah = page.locator(".hgw-meeting").nth(1)
    expect(noah.locator(".hgw-part-attendees input")).to_have_value("team 2B", timeout=TIMEOUT)
    click(page, noah.locator(".hgw-meeting-finish"))
    preview = page.frame_locator(".hgw-meeting >> nth=1 >> .hgw-meeting-record iframe.hgw-print-preview")
    expect(preview.get_by_text("Aanwezig: mentor, zorgcoördinator")).to_be_visible(timeout=TIMEOUT)
    expect(preview.get_by_text("Aanwezig: team 2B")).to_be_visible()
    assert_no_error_output(page)
