"""Numbers are refused with a message, never changed silently; small things a reload used to lose.

Newcomer round of issue 12: in chapter 08 "2,5" minutes became 25 and 500 stayed shown after a
reload; in chapter 05 "6,5" weeks became 65 and then 52; chapter 04's observation record was gone
after a reload. A person types and reloads here; ``tests/e2e/person.py`` reaches every field with
the mouse wheel first.
"""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.person import click, reach, type_text

TIMEOUT = 30_000


def _open(browser, voila_url, slug, ready, size=(1366, 768)):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="nl-NL")
    page = context.new_page()
    page.goto(f"{voila_url}/voila/render/{slug}.ipynb", timeout=60_000)
    page.wait_for_selector(ready, state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle", timeout=30_000)
    return context, page


def test_planner_minutes_typed_with_a_comma_or_too_many_are_refused_and_stay_refused_after_a_reload(
        browser, voila_url, assert_no_error_output):
    ready = ".hgw-conversation-planner .hgw-work-bar"
    context, page = _open(browser, voila_url, "08-gesprek-voeren", ready)
    try:
        planner = page.locator(".hgw-conversation-planner")
        minutes = planner.locator(".hgw-plan-minutes input")
        expect(minutes).to_have_value("2", timeout=TIMEOUT)
        type_text(page, minutes, "2,5", leave=True)
        message = planner.locator(".hgw-message", has_text="2,5").first
        expect(message).to_contain_text("geen heel getal", timeout=TIMEOUT)
        expect(message).to_contain_text("Deze fase blijft 2 minuten")
        expect(minutes).to_have_value("2")
        type_text(page, minutes, "500", leave=True)
        expect(planner.locator(".hgw-message", has_text="500").first).to_contain_text("van 1 tot en met 120",
                                                                                    timeout=TIMEOUT)
        expect(minutes).to_have_value("2")
        type_text(page, minutes, "4,0", leave=True)
        expect(minutes).to_have_value("4", timeout=TIMEOUT)
        expect(planner.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser", timeout=TIMEOUT)
        page.wait_for_timeout(800)
        page.reload()
        page.wait_for_selector(ready, state="attached", timeout=60_000)
        minutes = page.locator(".hgw-conversation-planner .hgw-plan-minutes input")
        reach(page, minutes)
        expect(minutes).to_have_value("4", timeout=TIMEOUT)
        assert_no_error_output(page)
    finally:
        context.close()


def test_weeks_and_minimum_in_chapter_05_are_refused_with_a_message(browser, voila_url):
    context, page = _open(browser, voila_url, "05-klassenoverzicht-en-klassendoelen", ".hgw-class-overview .hgw-work-bar")
    try:
        overview = page.locator(".hgw-class-overview").first
        weeks = overview.locator(".hgw-plan-weeks input")
        reach(page, weeks)
        before = weeks.input_value()
        type_text(page, weeks, "6,5", leave=True)
        expect(overview.locator(".hgw-message", has_text="6,5").first).to_contain_text(
            f"De periode blijft {before} weken", timeout=TIMEOUT)
        expect(weeks).to_have_value(before)
        minimum = overview.locator(".hgw-several-minimum input")
        type_text(page, minimum, "25", leave=True)
        expect(overview.locator(".hgw-message", has_text="25").first).to_contain_text("van 2 tot en met 20",
                                                                                     timeout=TIMEOUT)
        expect(minimum).to_have_value("2")
    finally:
        context.close()


def test_the_observation_record_is_back_after_a_reload(browser, voila_url):
    ready = ".hgw-observation .hgw-work-bar"
    context, page = _open(browser, voila_url, "04-wisselwerking", ready)
    try:
        observation = page.locator(".hgw-observation")
        type_text(page, observation.get_by_label("Wat heeft deze leerling nodig?"), "korte instructie", leave=True)
        click(page, observation.locator(".hgw-show-observation"))
        record = observation.locator(".hgw-observation-record")
        expect(record).to_contain_text("korte instructie", timeout=TIMEOUT)
        expect(observation.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser", timeout=TIMEOUT)
        page.wait_for_timeout(800)
        page.reload()
        page.wait_for_selector(ready, state="attached", timeout=60_000)
        record = page.locator(".hgw-observation .hgw-observation-record")
        expect(record).to_contain_text("korte instructie", timeout=TIMEOUT)
        reach(page, record)
    finally:
        context.close()
