"""Reach and use a part of the page the way a person does: scroll with the mouse wheel, then act.

Playwright scrolls an element into view by itself before it clicks or types, so a test that calls
``locator.click()`` passes even on a page that a person cannot scroll (issue 12: no chapter could be
scrolled, and 1,095 tests passed). These helpers never rely on that: they move the mouse over the
page, turn the wheel until the element is inside the viewport, assert that it is visible *there*,
and only then click or type at the spot a person would.

    from tests.e2e.person import reach, click, type_text
    click(page, page.get_by_role("button", name="Toevoegen"))
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

WHEEL_STEP = 300
"""Pixels per wheel turn (a notch of a desk mouse is about 100; a quick turn is a few notches)."""
MAX_TURNS = 120
"""Give up after this many turns (about 36,000 px): the element is not reachable."""


def _offset(page: Page, locator: Locator, margin: float) -> float | None:
    """How far (px) the element is below (+) or above (-) the viewport less ``margin``; 0 when inside."""
    box = locator.bounding_box()
    if box is None:
        return None
    height = page.viewport_size["height"]
    top, bottom = box["y"], box["y"] + box["height"]
    if top >= margin and bottom <= height - margin:
        return 0.0
    if box["height"] > height - 2 * margin and top <= height / 2 and bottom >= margin:
        return 0.0  # taller than the viewport: its top part is in view
    return top - margin


def reach(page: Page, locator: Locator) -> Locator:
    """Scroll with the mouse wheel until ``locator`` (first match) is inside the viewport; assert it is visible.

    The wheel turns until the element stands clear of the viewport's edges, or, at the very top or
    bottom of the page, until it is wholly inside the viewport.

    Raises:
        AssertionError: the wheel stopped moving the page before the element came into view, or
            the element is not visible in the viewport once there.
    """
    target = locator.first
    target.wait_for(state="visible", timeout=60_000)  # has a box (anywhere on the page, not yet in view)
    size = page.viewport_size
    margin = min(80, size["height"] * 0.1)
    page.mouse.move(size["width"] * 0.5, size["height"] * 0.5)
    last_scroll = page.evaluate("[window.scrollX, window.scrollY]")
    stuck = 0
    for _ in range(MAX_TURNS):
        offset = _offset(page, target, margin)
        if offset is None:  # redrawn by the kernel just now: wait until it is back
            target.wait_for(state="visible", timeout=20_000)
            offset = _offset(page, target, margin)
        if offset is None:
            raise AssertionError(f"{target} has no box on the page (hidden or not rendered)")
        if offset == 0.0 or (stuck and _offset(page, target, 0) == 0.0):
            break
        delta = max(-WHEEL_STEP, min(WHEEL_STEP, offset))
        if abs(delta) < 20:
            delta = 20 if delta > 0 else -20
        page.mouse.wheel(0, delta)
        page.wait_for_timeout(60)
        scroll = page.evaluate("[window.scrollX, window.scrollY]")
        stuck = stuck + 1 if scroll == last_scroll else 0
        last_scroll = scroll
        if stuck >= 5:
            raise AssertionError(f"the mouse wheel no longer moves the page, but {target} is not in view")
    else:
        raise AssertionError(f"{target} not reached with {MAX_TURNS} wheel turns")
    expect(target).to_be_in_viewport()
    expect(target).to_be_visible()
    return target


def click(page: Page, locator: Locator) -> Locator:
    """Reach the element with the wheel, then click it with the mouse where a person would."""
    target = reach(page, locator)
    box = target.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + min(box["width"] / 2, 40), box["y"] + box["height"] / 2)
    return target


def type_text(page: Page, locator: Locator, text: str, *, leave: bool = False) -> Locator:
    """Reach a text field, click into it, replace its text by typing ``text``.

    ``leave=True`` presses Tab afterwards (fields that send their value when you leave them).
    Text is put in as one input event (like a paste or a fast typist), not key by key.
    """
    target = click(page, locator)
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    if text:
        page.keyboard.insert_text(text)
    if leave:
        page.keyboard.press("Tab")
    return target


def choose(page: Page, locator: Locator, label: str) -> Locator:
    """Reach a drop-down list (a native ``<select>``) and choose the option ``label``."""
    target = reach(page, locator)
    target.select_option(label=label)
    return target


def wait_until(page: Page, expression: str, *, timeout: float = 30_000) -> None:
    """Wait until the JavaScript ``expression`` is true on the page (checked every 100 ms).

    Instead of ``page.wait_for_function``: Playwright compiles that predicate with ``eval`` inside the
    page, which the workbook's Content-Security-Policy refuses (no ``'unsafe-eval'``, issue 18);
    ``page.evaluate`` is not subject to it.
    """
    import time

    from playwright.sync_api import Error

    deadline = time.monotonic() + timeout / 1000
    while True:
        try:
            if page.evaluate(expression):
                return
        except Error as exc:  # the page is navigating (a reload): ask the next one
            if "context was destroyed" not in str(exc) and "navigat" not in str(exc):
                raise
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout / 1000:.0f} s: {expression}")
        page.wait_for_timeout(100)
