"""Chapter 9 in Voilà, in Chromium, after the newcomer round of issue 17: the class plan's clusters by
shared need are made like a person makes them and are back after a reload, and a coach's own
structure is offered again after a reload."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.person import choose, click, reach, type_text

pytestmark = pytest.mark.browser

CHAPTER = "09-klassenbespreking-en-leerlingbespreking"
TIMEOUT = 30_000
WORDS = "instructie over hoe je woorden leert"
TASK = "een docent die de taak met hen doorneemt"
OWN = """schema_version: 1
id: klassenbespreking-onderbouw
title: "Klassenbespreking onderbouw"
phases:
  - {id: vraag, title: "De vraag scherp krijgen", purpose: "Wat willen we weten?"}
  - {id: aanpak, title: "Aanpak per cluster", minutes: 10, step: plannen, purpose: "Wie doet wat, in welke les?"}
"""


def _ready(page, selector):
    page.wait_for_selector(selector, state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle", timeout=30_000)


def _put(page, clusters, student, need):
    type_text(page, clusters.get_by_label("Onderwijsbehoefte: heeft … nodig"), need, leave=True)
    choose(page, clusters.get_by_label("Leerling met deze behoefte"), student)
    click(page, clusters.get_by_role("button", name="Zet in dit cluster"))


def test_clusters_by_need_are_made_in_the_plan_and_kept_across_a_reload(page, open_chapter, assert_no_error_output):
    open_chapter(page, CHAPTER, wait_for=".hgw-class-overview .hgw-plan-clusters")
    _ready(page, ".hgw-class-overview .hgw-work-bar")
    clusters = page.locator(".hgw-class-overview .hgw-plan-clusters")
    reach(page, clusters)
    _put(page, clusters, "Iris IJsvogel", WORDS)
    _put(page, clusters, "Noah Notenkraker", WORDS)
    _put(page, clusters, "Noah Notenkraker", TASK)
    shown = clusters.locator(".hgw-cluster-list")
    expect(shown).to_contain_text(f"heeft {WORDS} nodig: Iris IJsvogel, Noah Notenkraker", timeout=TIMEOUT)
    expect(shown).to_contain_text(f"heeft {TASK} nodig: Noah Notenkraker", timeout=TIMEOUT)
    expect(page.locator(".hgw-class-overview .hgw-work-status")).to_contain_text("Bewaard in deze browser",
                                                                                 timeout=TIMEOUT)
    page.wait_for_timeout(500)

    page.reload()
    _ready(page, ".hgw-class-overview .hgw-plan-clusters .hgw-cluster-list")
    shown = page.locator(".hgw-class-overview .hgw-cluster-list")
    expect(shown).to_contain_text(f"heeft {WORDS} nodig: Iris IJsvogel, Noah Notenkraker", timeout=TIMEOUT)
    expect(shown).to_contain_text(f"heeft {TASK} nodig: Noah Notenkraker")
    assert_no_error_output(page)


def test_an_own_structure_is_offered_again_after_a_reload(page, open_chapter, assert_no_error_output, tmp_path):
    own = tmp_path / "klassenbespreking-onderbouw.yaml"
    own.write_text(OWN, encoding="utf-8")
    open_chapter(page, CHAPTER, wait_for=".hgw-meeting .hgw-structure-upload")
    _ready(page, ".hgw-meeting .hgw-work-bar")
    meeting = page.locator(".hgw-meeting").first
    with page.expect_file_chooser(timeout=TIMEOUT) as chooser:
        click(page, meeting.locator(".hgw-structure-upload"))
    chooser.value.set_files(str(own))
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 1 van 2", timeout=TIMEOUT)
    page.wait_for_timeout(800)

    page.reload()
    _ready(page, ".hgw-meeting .hgw-structure-choice select")
    meeting = page.locator(".hgw-meeting").first
    choice = meeting.locator(".hgw-structure-choice select")
    expect(choice.locator("option", has_text="Klassenbespreking onderbouw")).to_be_attached(timeout=TIMEOUT)
    expect(meeting.locator(".hgw-structure-file .hgw-notice-info")).to_contain_text(
        "Je eigen opzet staat weer in de lijst: ‘Klassenbespreking onderbouw’", timeout=TIMEOUT)
    # the meeting was saved with the own structure: it is shown as the one in use
    expect(meeting.locator(".hgw-phase-of")).to_contain_text("Fase 1 van 2", timeout=TIMEOUT)
    expect(choice).to_have_value("Klassenbespreking onderbouw (eigen opzet)")  # ipywidgets puts the label in the DOM; own ones are marked (issue 17)
    # the second meeting of the page offers it too (one copy for the whole workbook)
    other = page.locator(".hgw-meeting").nth(1).locator(".hgw-structure-choice select")
    expect(other.locator("option", has_text="Klassenbespreking onderbouw")).to_be_attached(timeout=TIMEOUT)
    assert_no_error_output(page)
