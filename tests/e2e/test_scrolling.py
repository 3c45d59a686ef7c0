"""Every chapter can be scrolled to its end the way a person does it, at desk, projector and phone size.

Issue 12: no chapter could be scrolled (the Lumino shell around ``<main id="rendered_cells">``
clipped it), and no test noticed because Playwright scrolls by itself. These tests use only the
mouse wheel, the keyboard and touch, and check where the page really is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from hgw_widgets.domain.chapters import list_chapters
from hgw_widgets.server.room import PoolPlan
from hgw_widgets.server.serve import NOTEBOOKS, room_command
from hgw_widgets.server.testing import free_port, running_server
from tests.e2e.person import reach, wait_until

CHAPTERS = list_chapters()


class _Page:
    """A page that is not a chapter but must scroll like one (the trainer's guide, issue 16)."""

    def __init__(self, slug: str) -> None:
        self.slug = slug


PAGES = (*CHAPTERS, _Page("trainershandleiding"))
CUTOFF_JS = (Path(__file__).parent / "cutoff.js").read_text(encoding="utf-8")
SIZES = {"desk-1366x768": (1366, 768), "projector-1024x768": (1024, 768), "phone-390x844": (390, 844)}
TIMEOUT_MS = 60_000


def _new_page(browser, size):
    width, height = size
    phone = width < 500
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL",
                                  has_touch=phone, is_mobile=phone)
    return context, context.new_page()


def _open(page, url):
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_selector(".hgw-chapter-nav nav", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=30_000)


def _scroll_y(page) -> float:
    return page.evaluate("window.scrollY")


def _nav(page):
    return page.locator(".hgw-chapter-nav nav")


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize("chapter", PAGES, ids=[c.slug for c in PAGES])
def test_wheel_and_keyboard_reach_the_chapter_navigation(browser, voila_url, chapter, size):
    context, page = _new_page(browser, size)
    try:
        _open(page, f"{voila_url}/voila/render/{chapter.slug}.ipynb")
        height = page.viewport_size["height"]
        total = page.evaluate("document.scrollingElement.scrollHeight")
        assert total > height, "the chapter is longer than one screen, so it must scroll"
        expect(_nav(page)).not_to_be_in_viewport()

        # the mouse wheel, over the text (not over a scrollable widget)
        reach(page, _nav(page))
        assert _scroll_y(page) > 0

        # the keyboard: Home back to the top, PageDown and Space move down, End reaches the bottom
        page.locator("h1, h2").first.click()  # a click on text, as a reader does before using keys
        page.keyboard.press("Home")
        wait_until(page, "window.scrollY === 0", timeout=15_000)
        page.keyboard.press("PageDown")
        wait_until(page, "window.scrollY > 0", timeout=15_000)
        after_page_down = _scroll_y(page)
        page.keyboard.press("Space")
        wait_until(page, f"window.scrollY > {after_page_down}", timeout=15_000)
        page.keyboard.press("End")
        wait_until(
            page, "Math.abs(window.scrollY + window.innerHeight - document.scrollingElement.scrollHeight) < 2",
            timeout=15_000)
        expect(_nav(page)).to_be_in_viewport()
        # nothing is wider than the screen without a way to reach it: the page itself never is,
        # and no part sticks out of its box or is cut off (a box meant to scroll sideways says so)
        assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth + 1")
        assert page.evaluate(CUTOFF_JS) == []
    finally:
        context.close()


@pytest.mark.parametrize("chapter", [CHAPTERS[2], CHAPTERS[-1]], ids=lambda c: c.slug)
def test_touch_swipe_scrolls_on_a_phone(browser, voila_url, chapter):
    context, page = _new_page(browser, SIZES["phone-390x844"])
    try:
        _open(page, f"{voila_url}/voila/render/{chapter.slug}.ipynb")
        cdp = context.new_cdp_session(page)
        for _ in range(3):
            cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": 30, "y": 700}]})
            for step in range(1, 11):
                cdp.send("Input.dispatchTouchEvent",
                         {"type": "touchMove", "touchPoints": [{"x": 30, "y": 700 - 50 * step}]})
            cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
            page.wait_for_timeout(300)
        assert _scroll_y(page) > 400
    finally:
        context.close()


def test_printing_shows_the_whole_chapter(browser, voila_url):
    context, page = _new_page(browser, SIZES["desk-1366x768"])
    try:
        _open(page, f"{voila_url}/voila/render/02-doelgericht-werken.ipynb")
        page.emulate_media(media="print")
        # in print, the whole chapter flows over the pages: nothing is clipped to one screen
        clipped = page.evaluate("""() => {
            const main = document.querySelector('#rendered_cells');
            return [main.scrollHeight, main.getBoundingClientRect().height, getComputedStyle(main).overflow];
        }""")
        assert clipped[1] >= clipped[0] - 2, clipped
        pdf = page.pdf(format="A4")
        assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") >= 3
    finally:
        context.close()


@pytest.fixture(scope="module")
def room_url(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("room-scroll") / "voila.log"
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    plan = PoolPlan(sizes=(), default=0, notebooks=notebooks)
    cmd = room_command(port=port, ip="127.0.0.1", token="zaal-scroll-test-7q2", plan=plan)
    with running_server(cmd, port=port, log_path=log_path, ready_path="/login") as (base, _proc):
        yield base


def test_a_chapter_scrolls_in_room_mode(browser, room_url):
    context, page = _new_page(browser, SIZES["projector-1024x768"])
    try:
        _open(page, f"{room_url}/voila/render/02-doelgericht-werken.ipynb?token=zaal-scroll-test-7q2")
        reach(page, _nav(page))
        assert _scroll_y(page) > 0
    finally:
        context.close()


def test_the_tracking_grid_says_it_scrolls_sideways_on_a_phone(browser, voila_url):
    context, page = _new_page(browser, SIZES["phone-390x844"])
    try:
        _open(page, f"{voila_url}/voila/render/03-doelenkaart-en-feedback.ipynb")
        grid = page.locator(".hgw-tracking-grid")
        reach(page, grid)
        expect(page.locator(".hgw-scroll-hint")).to_be_visible()
        assert page.evaluate("(g) => g.scrollWidth > g.clientWidth", grid.element_handle())
        last = page.locator(".hgw-tracking-grid .hgw-cell").last
        expect(last).not_to_be_in_viewport()
        grid.evaluate("g => g.scrollBy(1000, 0)")  # what a sideways swipe on the grid does
        expect(last).to_be_in_viewport()
    finally:
        context.close()
