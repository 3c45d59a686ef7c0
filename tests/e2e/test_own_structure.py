"""Chapter 9 in Voilà, in Chromium (issue 17): a coach loads an own structure file in the meeting mode,
runs two phases of it, and a broken file is refused with a message naming file and field while the
shipped structures stay available."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.person import choose, click, reach

pytestmark = pytest.mark.browser

CHAPTER = "09-klassenbespreking-en-leerlingbespreking"
TIMEOUT = 20_000
OWN = """schema_version: 1
id: klassenbespreking-onderbouw
title: "Klassenbespreking onderbouw"
parts:
  - {id: voor, title: "Voorgesprek", when: "een week vooraf"}
  - {id: team, title: "Met het team"}
phases:
  - {id: vraag, title: "De vraag scherp krijgen", part: voor, purpose: "Wat willen we weten?"}
  - {id: aanpak, title: "Aanpak per cluster", part: team, minutes: 10, step: plannen, purpose: "Wie doet wat, in welke les?"}
"""
BROKEN = OWN.replace("id: klassenbespreking-onderbouw", "id: Groepsbespreking VO")


def _choose_file(page, meeting, path):
    button = meeting.locator(".hgw-structure-upload")
    with page.expect_file_chooser(timeout=TIMEOUT) as chooser:
        click(page, button)
    chooser.value.set_files(str(path))


def test_an_own_structure_runs_and_a_broken_one_is_refused(page, open_chapter, assert_no_error_output, tmp_path):
    own = tmp_path / "klassenbespreking-onderbouw.yaml"
    own.write_text(OWN, encoding="utf-8")
    broken = tmp_path / "groepsbespreking.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    open_chapter(page, CHAPTER, wait_for=".hgw-meeting .hgw-structure-upload")
    meeting = page.locator(".hgw-meeting").first
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 1 van 9", timeout=TIMEOUT)

    _choose_file(page, meeting, own)
    expect(meeting.locator(".hgw-structure-file .hgw-notice-success")).to_contain_text(
        "Klassenbespreking onderbouw", timeout=TIMEOUT)
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 1 van 2", timeout=TIMEOUT)
    card = meeting.locator(".hgw-phase-card")
    expect(card).to_contain_text("Deel: Voorgesprek")
    expect(card).to_contain_text("De vraag scherp krijgen")
    expect(meeting.locator(".hgw-time-status")).to_contain_text("geen tijd gepland")

    # run two phases: the first without planned minutes (the clock shows only the time spent)
    click(page, meeting.locator(".hgw-meeting-run"))
    expect(meeting.locator(".hgw-meeting-run")).to_contain_text("Pauze", timeout=TIMEOUT)
    expect(meeting.locator(".hgw-clock-time")).to_have_text(re.compile(r"^0:0[1-9]$"), timeout=TIMEOUT)
    click(page, meeting.locator(".hgw-meeting-next"))
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 2 van 2", timeout=TIMEOUT)
    expect(card).to_contain_text("Deel: Met het team")
    expect(card).to_contain_text("HGW-stap: het plan opstellen")
    expect(meeting.locator(".hgw-clock-time")).to_have_text(re.compile(r"^0:0\d / 10:00$"), timeout=TIMEOUT)
    click(page, meeting.locator(".hgw-meeting-finish"))
    record = meeting.locator(".hgw-meeting-record")
    expect(record).to_contain_text("Het gesprek is afgerond", timeout=TIMEOUT)

    # a broken file: refused, naming file and field; the meeting and the list stay
    _choose_file(page, meeting, broken)
    error = meeting.locator(".hgw-structure-file .hgw-notice-error")
    expect(error).to_contain_text("groepsbespreking.yaml", timeout=TIMEOUT)
    expect(error).to_contain_text("veld ‘id’")
    expect(error).to_contain_text("Groepsbespreking VO")
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 2 van 2")

    choice = meeting.locator(".hgw-structure-choice select")
    for title in ("Klassenbespreking", "Leerlingbespreking", "Groepsbespreking VO (per vak)",
                  "Gesprek met ouders bij zorgen", "Klassenbespreking onderbouw"):
        expect(choice.locator("option", has_text=title).first).to_be_attached()
    choose(page, choice, "Leerlingbespreking")
    # the meeting has time and notes: another structure asks before it starts a new meeting (newcomer round)
    confirm = meeting.locator(".hgw-switch-confirm")
    expect(confirm).to_contain_text("Een andere opzet begint een nieuw gesprek", timeout=TIMEOUT)
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 2 van 2")
    click(page, confirm.get_by_role("button", name="Nieuw gesprek beginnen"))
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 1 van 8", timeout=TIMEOUT)
    expect(card).to_contain_text("Deel: Voorgesprek (mentor en zorgcoördinator)")
    assert_no_error_output(page)
