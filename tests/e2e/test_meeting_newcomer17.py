"""Chapter 09's meeting mode in Voilà, in Chromium at 1366x768, after the newcomer of issue 17, by wheel and
keyboard as a person works, with a reload:

1. an own file with the id ``klassenbespreking`` (only the title changed) is added as its own copy: the
   shipped Klassenbespreking stays in the list, also after a reload; "Wis mijn gegevens" removes the own
   structure from this browser too;
2. "Over", "Aanwezig" and "Gespreksleider" are fields, prefilled from the case, changed by the user, and
   kept across the reload;
3. a part's date typed digit by digit: what is said about it stands under the field and is gone once the
   date is right; the verslag prints the typed date (never today's), and its table headers keep their words.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.person import click, reach, type_text

pytestmark = pytest.mark.browser

CHAPTER = "09-klassenbespreking-en-leerlingbespreking"
TIMEOUT = 30_000
SAME_ID = """schema_version: 1
id: klassenbespreking
title: "Klassenbespreking 3C"
audience: team
phases:
  - {id: opening, title: "Opening", minutes: 3, purpose: "Doel en tijd"}
  - {id: aanpak, title: "Aanpak", minutes: 10, purpose: "Wie doet wat?"}
"""
LONG_NOTE = ("Periode 2: doel wiskunde 80% niet gehaald (58%), Duits 50%. De stappenkaart bij Nederlands werkte wel; "
             "de klas zei in het mentoruur dat ze weten wat ze moeten doen als de stappen op het bord staan. ") * 2


def _ready(page, selector):
    page.wait_for_selector(selector, state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle", timeout=30_000)


def _type_date(page, field, day: str, month: str, year: str) -> None:
    """Click into a date field and type the date digit by digit, as a person does, in the order the field
    shows (this Chromium shows mm/dd/jjjj or dd-mm-jjjj: a probe with 01-02-2026 tells which)."""
    def put(digits: str) -> None:
        click(page, field)
        for _ in range(3):
            page.keyboard.press("ArrowLeft")
        for digit in digits:
            page.keyboard.type(digit)
            page.wait_for_timeout(120)

    put("01022026")
    expect(field).not_to_have_value("", timeout=TIMEOUT)
    day_first = field.input_value() == "2026-02-01"
    put(day + month + year if day_first else month + day + year)


def test_shipped_structure_kept_facts_are_the_users_and_a_typed_part_date_stays(
        page, open_chapter, assert_no_error_output, tmp_path):
    own = tmp_path / "klassenbespreking.yaml"
    own.write_text(SAME_ID, encoding="utf-8")
    open_chapter(page, CHAPTER, wait_for=".hgw-meeting .hgw-structure-upload")
    _ready(page, ".hgw-meeting .hgw-work-bar")
    class_meeting = page.locator(".hgw-meeting").first

    # 2. the facts: prefilled from the case, then the user's own class
    about = class_meeting.locator(".hgw-meeting-about input")
    expect(reach(page, about)).to_have_value("klas 2B", timeout=TIMEOUT)
    type_text(page, about, "Klas 3C", leave=True)
    type_text(page, class_meeting.locator(".hgw-meeting-attendees input"), "Kim Verbeek (mentor), docent Engels", leave=True)
    type_text(page, class_meeting.locator(".hgw-meeting-chair input"), "Kim Verbeek (mentor)", leave=True)

    # 1. an own file with the shipped id: its own copy, the shipped one stays
    with page.expect_file_chooser(timeout=TIMEOUT) as chooser:
        click(page, class_meeting.locator(".hgw-structure-upload"))
    chooser.value.set_files(str(own))
    expect(class_meeting.locator(".hgw-structure-file .hgw-notice-success")).to_contain_text(
        "als eigen opzet (id klassenbespreking-eigen)", timeout=TIMEOUT)
    choice = class_meeting.locator(".hgw-structure-choice select")
    expect(choice.locator("option", has_text="Klassenbespreking 3C (eigen opzet)")).to_be_attached(timeout=TIMEOUT)
    expect(choice.locator("option").filter(has_text="Klassenbespreking").first).to_have_text("Klassenbespreking")
    expect(about).to_have_value("Klas 3C")  # what the user typed stays with the new structure
    expect(reach(page, class_meeting.locator(".hgw-structure-remove"))).to_contain_text("Verwijder deze eigen opzet")

    # 3. the leerlingbespreking in parts: part 1 on 30-11-2026, part 2 typed digit by digit
    student_meeting = page.locator(".hgw-meeting").nth(1)
    part_date = student_meeting.locator(".hgw-part-date input")
    _type_date(page, part_date, "30", "11", "2026")
    expect(part_date).to_have_value("2026-11-30", timeout=TIMEOUT)
    type_text(page, student_meeting.locator(".hgw-meeting-notes textarea"), LONG_NOTE, leave=True)
    for _ in range(2):
        click(page, student_meeting.locator(".hgw-meeting-next"))
    expect(student_meeting.locator(".hgw-phase-of")).to_contain_text("Fase 3 van", timeout=TIMEOUT)
    _type_date(page, part_date, "07", "12", "2026")
    expect(part_date).to_have_value("2026-12-07", timeout=TIMEOUT)
    message = student_meeting.locator(".hgw-part-date-message")
    expect(message).to_have_text("", timeout=TIMEOUT)  # said while the year was typed, gone now it is right
    expect(student_meeting).not_to_contain_text("ligt vóór de datum van een eerder deel")
    # the message area is right under the date field, not under the agreements
    date_box, message_box = reach(page, part_date).bounding_box(), message.bounding_box()
    assert message_box is not None and 0 <= message_box["y"] - (date_box["y"] + date_box["height"]) < 60
    click(page, student_meeting.locator(".hgw-meeting-run"))
    expect(student_meeting.locator(".hgw-meeting-run")).to_contain_text("Pauze", timeout=TIMEOUT)
    click(page, student_meeting.locator(".hgw-meeting-finish"))
    record = student_meeting.frame_locator(".hgw-meeting-record iframe")
    expect(record.locator("body")).to_contain_text("Datum: 07-12-2026", timeout=TIMEOUT)
    for header in record.locator("th").all():
        lines = header.evaluate("th => { const r = document.createRange(); r.selectNodeContents(th);"
                                " return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }")
        assert lines == 1, f"header {header.inner_text()!r} is split over {lines} lines"
    page.wait_for_timeout(1200)  # the browser copy is written

    page.reload()
    _ready(page, ".hgw-meeting .hgw-structure-choice select")
    class_meeting = page.locator(".hgw-meeting").first
    choice = class_meeting.locator(".hgw-structure-choice select")
    expect(choice.locator("option", has_text="Klassenbespreking 3C (eigen opzet)")).to_be_attached(timeout=TIMEOUT)
    assert "Klassenbespreking" in [o.strip() for o in choice.locator("option").all_inner_texts()]
    expect(reach(page, class_meeting.locator(".hgw-meeting-about input"))).to_have_value("Klas 3C", timeout=TIMEOUT)
    expect(class_meeting.locator(".hgw-meeting-chair input")).to_have_value("Kim Verbeek (mentor)")
    record = page.locator(".hgw-meeting").nth(1).frame_locator(".hgw-meeting-record iframe")
    expect(record.locator("body")).to_contain_text("Datum: 07-12-2026", timeout=TIMEOUT)

    # 1. "Wis mijn gegevens" removes the own structure from this browser as well
    click(page, class_meeting.locator(".hgw-clear"))
    click(page, class_meeting.locator(".hgw-clear-yes"))
    expect(choice.locator("option", has_text="(eigen opzet)")).to_have_count(0, timeout=TIMEOUT)
    page.wait_for_timeout(800)
    keys = page.evaluate("Object.keys(window.localStorage)")
    assert not any(k.endswith(":eigen-opzetten") for k in keys), keys
    page.reload()
    _ready(page, ".hgw-meeting .hgw-structure-choice select")
    choice = page.locator(".hgw-meeting").first.locator(".hgw-structure-choice select")
    expect(choice.locator("option", has_text="Klassenbespreking")).to_have_count(1, timeout=TIMEOUT)
    assert_no_error_output(page)
