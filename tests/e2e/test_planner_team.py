"""Chapter 08's planner with a team structure, in Voilà and Chromium (issue 17, newcomer round).

A newcomer chose Gespreksopzet = Klassenbespreking: the check asked for a Tijd and Plaats that were not
on screen (hidden with the parents' Aanhef), the agenda still spoke of Kevin and his mother, and the
planner asked for a "Leerling" who "is uitgenodigd". Here a person does the same with the mouse wheel at
1366x768, fills the agenda's time and place, and finds them back after a reload; and on a phone the
total time stands clear of the text area above it and the structure lists (the planner's and the
meeting's) end where the other fields end.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.person import choose, reach, type_text, wait_until

pytestmark = pytest.mark.browser

CHAPTER = "08-gesprek-voeren"
PLANNER = ".hgw-conversation-planner"
TIMEOUT = 30_000


def _open(page, open_chapter):
    open_chapter(page, CHAPTER, wait_for=f"{PLANNER} .hgw-work-bar")
    page.wait_for_load_state("networkidle", timeout=30_000)
    return page.locator(PLANNER).first


def test_a_klassenbespreking_has_its_own_time_and_place_and_speaks_to_the_team(page, open_chapter,
                                                                                 assert_no_error_output):
    planner = _open(page, open_chapter)
    choose(page, planner.get_by_label("Gespreksopzet"), "Klassenbespreking")
    subject = planner.get_by_label("Klas of leerling", exact=True)
    expect(subject).to_have_value("", timeout=TIMEOUT)  # a team plan for a class: Kevin's example left
    expect(planner.get_by_label("De leerling is uitgenodigd")).to_be_hidden()
    said = planner.locator(".hgw-plan-structure-note .hgw-notice-info")
    expect(said).to_contain_text("geen gesprek met ouders", timeout=TIMEOUT)
    expect(said).to_be_in_viewport()  # said where the person chose, not further down the page
    type_text(page, subject, "klas 2B", leave=True)
    agenda = planner.locator(".hgw-plan-invitation")
    expect(agenda).to_contain_text("Agenda: Klassenbespreking (klas 2B)", timeout=TIMEOUT)
    for gone in ("Kevin", "moeder"):
        expect(agenda).not_to_contain_text(gone)

    check = planner.locator(".hgw-plan-check")
    expect(check).to_contain_text("De agenda heeft nog geen tijd")
    type_text(page, planner.get_by_label("Tijd", exact=True), "15.30 uur", leave=True)  # reached by the wheel: on screen
    type_text(page, planner.get_by_label("Plaats", exact=True), "lokaal 2.14", leave=True)
    expect(agenda).to_contain_text("Tijd: 15.30 uur", timeout=TIMEOUT)
    expect(agenda).to_contain_text("Plaats: lokaal 2.14")
    reach(page, planner.get_by_label("Datum")).fill("2026-12-08")  # the date of section 1, on screen for a team too
    expect(agenda).to_contain_text("Datum: 08-12-2026", timeout=TIMEOUT)
    reach(page, check)
    expect(check).not_to_contain_text("geen tijd", timeout=TIMEOUT)
    expect(check).not_to_contain_text("geen plaats")
    expect(check).not_to_contain_text("geen datum")
    expect(check).to_contain_text("wie de bespreking voorzit")
    expect(check).not_to_contain_text("richtlijn 4")
    expect(planner.get_by_text("6. Klaar voor de bespreking?")).to_be_visible()
    expect(planner.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser", timeout=TIMEOUT)
    page.wait_for_timeout(800)

    page.reload()
    page.wait_for_selector(f"{PLANNER} .hgw-work-bar", state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle", timeout=30_000)
    planner = page.locator(PLANNER).first
    time = planner.get_by_label("Tijd", exact=True)
    expect(time).to_have_value("15.30 uur", timeout=TIMEOUT)
    reach(page, time)
    expect(planner.get_by_label("Plaats", exact=True)).to_have_value("lokaal 2.14")
    agenda = planner.locator(".hgw-plan-invitation")
    expect(agenda).to_contain_text("Tijd: 15.30 uur")
    expect(agenda).to_contain_text("Datum: 08-12-2026")
    expect(agenda).to_contain_text("Agenda: Klassenbespreking (klas 2B)")
    expect(planner.get_by_label("Klas of leerling", exact=True)).to_have_value("klas 2B")
    page.screenshot(path="/tmp/w17p/team_after_reload_1366.png")
    assert_no_error_output(page)


def test_on_a_phone_the_total_stands_clear_and_the_structure_list_fits(browser, voila_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL", has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{voila_url}/voila/render/{CHAPTER}.ipynb", timeout=60_000)
        page.wait_for_selector(f"{PLANNER} .hgw-plan-total", state="visible", timeout=60_000)
        planner = page.locator(PLANNER).first
        notes = planner.locator(".hgw-plan-phase-notes")
        total = planner.locator(".hgw-plan-total")
        reach(page, total)
        wait_until(page, "document.querySelector('.hgw-plan-total').innerText.includes('Totaal')")
        area = notes.locator("textarea").bounding_box()
        words = total.locator("strong").bounding_box()
        assert words["y"] >= area["y"] + area["height"] + 4, f"'Totaal' touches the text area: {area} / {words}"
        page.screenshot(path="/tmp/w17p/total_390.png")
        reason = reach(page, planner.get_by_label("Aanleiding")).bounding_box()
        right = reason["x"] + reason["width"]  # where every field of the page ends
        select = reach(page, planner.get_by_label("Gespreksopzet")).bounding_box()
        assert select["x"] + select["width"] <= right + 1, (select, reason)
        page.screenshot(path="/tmp/w17p/structure_390.png")
        chooser = reach(page, page.locator(".hgw-meeting .hgw-structure-choice select").first).bounding_box()
        assert chooser["x"] >= reason["x"] - 1 and chooser["x"] + chooser["width"] <= right + 1, (chooser, reason)
        page.screenshot(path="/tmp/w17p/meeting_structure_390.png")
    finally:
        context.close()
