"""Chapters 6 and 7 in Chromium: welles-nietes feedback, a live wij-boodschap, practice answers across a reload."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.person import click, type_text

pytestmark = pytest.mark.browser

CHAPTER = "06-oudergesprek-bij-zorgen"
TIMEOUT = 20_000


def test_welles_nietes_feedback_and_we_message(page, open_chapter, assert_no_error_output):
    open_chapter(page, CHAPTER, wait_for=".hgw-welles-nietes .hgw-ex-check-own")
    ex = page.locator(".hgw-welles-nietes")
    expect(ex).to_contain_text("Sem", timeout=TIMEOUT)

    reply = ex.locator(".hgw-ex-own textarea")
    type_text(page, reply, "Nee, op school zien wij iets heel anders.")
    reply.press("Tab")
    click(page, ex.locator(".hgw-ex-check-own"))
    message = ex.locator(".hgw-message")
    expect(message).to_contain_text("argumenteert", timeout=TIMEOUT)
    expect(message).to_contain_text("tegenbewijs")

    type_text(page, reply, "Fijn om te horen. Hoe gaat dat thuis, vertel eens?")
    reply.press("Tab")
    click(page, ex.locator(".hgw-ex-check-own"))
    expect(message).to_contain_text("verkent", timeout=TIMEOUT)
    expect(message).to_contain_text("Je vraagt hoe het thuis gaat.")

    builder = page.locator(".hgw-we-message")
    builder.scroll_into_view_if_needed()
    result = builder.locator(".hgw-we-result")
    expect(result).to_contain_text("Wij maken ons zorgen omdat Kevin", timeout=TIMEOUT)
    example = builder.locator(".hgw-we-example textarea")
    type_text(page, example, "dinsdag na Engels duwde hij twee jongens opzij op de trap")
    example.press("Tab")
    expect(result).to_contain_text("Een voorbeeld: dinsdag na Engels duwde hij twee jongens opzij op de trap.",
                                   timeout=TIMEOUT)
    click(page, builder.get_by_text("Als team"))
    expect(result).to_contain_text("Wij vinden het als team moeilijk dat Kevin vaak botst", timeout=TIMEOUT)

    expect(page.locator(".hgw-strengths")).to_contain_text("Nog niets positiefs bij", timeout=TIMEOUT)
    assert_no_error_output(page)


def test_strengths_survive_a_reload(page, open_chapter, assert_no_error_output):
    open_chapter(page, CHAPTER, wait_for=".hgw-strengths .hgw-work-bar")
    sheet = page.locator(".hgw-strengths")
    physical = sheet.locator(".hgw-strengths-positive-physical textarea")
    type_text(page, physical, "sterk en snel bij gym")
    physical.press("Tab")
    expect(sheet.locator(".hgw-strengths-hints")).not_to_contain_text("Lichamelijk functioneren", timeout=TIMEOUT)
    expect(sheet.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser", timeout=TIMEOUT)
    page.reload()
    page.wait_for_selector(".hgw-strengths .hgw-work-bar", timeout=60_000)
    sheet = page.locator(".hgw-strengths")
    expect(sheet.locator(".hgw-strengths-positive-physical textarea")).to_have_value("sterk en snel bij gym",
                                                                                      timeout=60_000)
    assert_no_error_output(page)


def test_practice_answers_survive_a_reload(page, open_chapter, assert_no_error_output):
    open_chapter(page, CHAPTER, wait_for=".hgw-we-message .hgw-exercise-memory")
    sides = page.locator(".hgw-school-home")
    click(page, sides.locator(".hgw-school-home-side button", has_text="Thuis"))
    type_text(page, sides.locator(".hgw-school-home-text textarea"), "Gisteren hielp hij zijn broertje met het huiswerk.")
    click(page, sides.locator(".hgw-school-home-add"))
    expect(sides.locator(".hgw-school-home-columns")).to_contain_text("broertje", timeout=TIMEOUT)
    builder = page.locator(".hgw-we-message")
    type_text(page, builder.locator(".hgw-we-example textarea"), "Dinsdag in de pauze duwde hij een klasgenoot.")
    # the kernel answers in order: once the sentence shows the example, both copies were sent to the browser
    expect(builder.locator(".hgw-we-result")).to_contain_text("Dinsdag in de pauze", timeout=TIMEOUT)

    page.reload()
    page.wait_for_selector(".hgw-we-message .hgw-exercise-memory", timeout=60_000)
    expect(page.locator(".hgw-we-message .hgw-we-example textarea")).to_have_value(
        "Dinsdag in de pauze duwde hij een klasgenoot.", timeout=60_000)
    expect(page.locator(".hgw-school-home .hgw-school-home-columns")).to_contain_text("broertje", timeout=TIMEOUT)

    click(page, page.locator(".hgw-we-message .hgw-exercise-clear"))
    expect(page.locator(".hgw-we-message .hgw-we-example textarea")).to_have_value("", timeout=TIMEOUT)
    assert_no_error_output(page)


def test_guideline_quiz_keeps_its_place_and_score_across_a_reload(page, open_chapter, assert_no_error_output):
    open_chapter(page, "07-doelen-en-metacommunicatie", wait_for=".hgw-guideline-quiz .hgw-exercise-memory")
    quiz = page.locator(".hgw-guideline-quiz")
    click(page, quiz.locator(".hgw-quiz-choice input[type=radio]").first)
    click(page, quiz.locator(".hgw-quiz-check"))
    expect(quiz).to_contain_text("van 1 beantwoord", timeout=TIMEOUT)
    click(page, quiz.locator(".hgw-ex-next"))
    expect(quiz).to_contain_text("2 van", timeout=TIMEOUT)

    page.reload()
    page.wait_for_selector(".hgw-guideline-quiz .hgw-exercise-memory", timeout=60_000)
    quiz = page.locator(".hgw-guideline-quiz")
    expect(quiz).to_contain_text("van 1 beantwoord", timeout=60_000)
    expect(quiz).to_contain_text("2 van", timeout=TIMEOUT)

    click(page, quiz.locator(".hgw-exercise-clear"))
    expect(quiz).not_to_contain_text("beantwoord", timeout=TIMEOUT)
    expect(quiz).to_contain_text("1 van", timeout=TIMEOUT)
    assert_no_error_output(page)
