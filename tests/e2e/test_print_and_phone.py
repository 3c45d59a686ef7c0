"""What a mentor prints, and what a phone shows, is whole and usable (issue 12).

Printing: a mentor prints the goal card and the tracking sheet for a meeting. Everything they see
must be on paper, readable: the tracking grid with its ticks and whole goal names (it was cut into
2-3-letter columns because the print stylesheet hid the tick buttons), every goal of the card
preview (the preview frame printed only its first screen), and folded explanations (<details>).

Phone (390x844): every answer of a multiple-choice question has its own tap area (the texts of
two answers lay over each other, so a tap chose the next answer), dropdowns are a normal
finger-sized height, names next to fields are not hidden under them, and the tracking grid keeps
the goal names in view when it scrolls sideways.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from hgw_widgets.domain.chapters import list_chapters
from tests.e2e.person import click, reach

CHAPTERS = list_chapters()
CUTOFF_JS = (Path(__file__).parent / "cutoff.js").read_text(encoding="utf-8")
TIMEOUT_MS = 60_000
PHONE = {"width": 390, "height": 844}
PAPER = {"width": 680, "height": 1000}
"""A4 less the print margins (15 mm each side) is 180 mm, about 680 CSS pixels."""
TAP_MIN_PX = 44
"""The usual guidance for a finger's tap target (WCAG 2.5.5, Apple's HIG)."""


def _page(browser, viewport, *, phone=False):
    context = browser.new_context(viewport=viewport, locale="nl-NL", has_touch=phone, is_mobile=phone)
    return context, context.new_page()


def _open(page, url):
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_selector(".hgw-chapter-nav nav", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=30_000)


def _chapter(voila_url, number):
    slug = next(c.slug for c in CHAPTERS if c.slug.startswith(number))
    return f"{voila_url}/voila/render/{slug}.ipynb"


# --- printing ------------------------------------------------------------------------------------

_GRID_JS = """(grid) => {
  const box = (el) => el.getBoundingClientRect();
  const cells = [...grid.querySelectorAll('.hgw-cell')];
  return {
    fits: grid.scrollWidth <= grid.clientWidth + 1 && box(grid).right <= window.innerWidth + 1,
    cells: cells.length,
    hidden_cells: cells.filter((c) => !box(c).width || getComputedStyle(c).display === 'none').length,
    narrowest_cell: Math.min(...cells.map((c) => box(c).width)),
    goal_widths: [...grid.querySelectorAll('.hgw-goal-item')].map((g) => Math.round(box(g).width)),
  };
}"""


def test_the_tracking_grid_prints_with_its_ticks_and_whole_goal_names(browser, voila_url):
    context, page = _page(browser, PAPER)
    try:
        _open(page, _chapter(voila_url, "03"))
        page.emulate_media(media="print")
        grid = page.locator(".hgw-tracking-grid")
        found = grid.evaluate(_GRID_JS)
        assert found["cells"] == 4 * 15, found  # Kevin: 4 goals, 5 days x 3 lessons
        assert found["hidden_cells"] == 0, found
        assert found["fits"], found
        assert found["narrowest_cell"] >= 18, found
        # a goal name in its own column, wide enough to read (not cut into 2-3 letters a line)
        assert min(found["goal_widths"]) >= 110, found
    finally:
        context.close()


def test_empty_fields_print_empty_and_screen_instructions_stay_off_paper(browser, voila_url):
    """Newcomer round: the parent's initials printed the cut example text "pa", and "Klik op een vakje"
    was printed under the grid."""
    context, page = _page(browser, PAPER)
    try:
        _open(page, _chapter(voila_url, "03"))
        initials = page.locator(".hgw-tracking-grid input[placeholder]").first
        on_screen = initials.evaluate("(el) => getComputedStyle(el, '::placeholder').color")
        page.emulate_media(media="print")
        on_paper = initials.evaluate("(el) => getComputedStyle(el, '::placeholder').color")
        assert on_screen != on_paper and on_paper in ("rgba(0, 0, 0, 0)", "transparent"), (on_screen, on_paper)
        expect(page.get_by_text("Klik op een vakje om het te veranderen")).to_be_hidden()
    finally:
        context.close()


def test_the_card_preview_prints_every_goal(browser, voila_url):
    context, page = _page(browser, PAPER)
    try:
        _open(page, _chapter(voila_url, "03"))
        builder = page.locator(".hgw-goal-card-builder")
        preview = builder.locator(".hgw-card-preview")
        last_goal = "De mentor roept niet meer door de klas dat Jordi normaal moet doen."
        page.emulate_media(media="print")
        copy = preview.locator(".hgw-print-copy")
        expect(copy).to_be_visible()
        expect(preview.locator("iframe")).to_be_hidden()
        expect(copy).to_contain_text(last_goal)  # the seventh goal, below the frame's first screen
        expect(copy).to_contain_text("Ik ben stil als de mentor start met de les.")
        # nothing of it is clipped: the copy is as tall as what it holds
        assert copy.evaluate("(c) => c.getBoundingClientRect().height >= c.scrollHeight - 1")
        page.emulate_media(media="screen")
        expect(copy).to_be_hidden()
        expect(preview.locator("iframe")).to_be_visible()
    finally:
        context.close()


_DETAILS_JS = """() => [...document.querySelectorAll('#rendered_cells details')].map((d) => {
  const inside = [...d.children].filter((c) => c.tagName !== 'SUMMARY');
  return [d.querySelector('summary')?.innerText.trim(),
          inside.some((c) => c.checkVisibility() && c.getBoundingClientRect().height > 0)];
})"""


@pytest.mark.parametrize("number", ["03", "06", "07"])
def test_folded_explanations_are_printed_open(browser, voila_url, number):
    context, page = _page(browser, PAPER)
    try:
        _open(page, _chapter(voila_url, number))
        closed = page.evaluate(_DETAILS_JS)
        assert closed and not any(shown for _summary, shown in closed), closed  # folded on screen
        page.emulate_media(media="print")
        printed = page.evaluate(_DETAILS_JS)
        assert all(shown for _summary, shown in printed), printed
    finally:
        context.close()


def test_the_print_dialog_opens_folded_parts_and_closes_them_again(browser, voila_url):
    """Browsers without the print rule for folded content: the page opens them just before printing."""
    context, page = _page(browser, PAPER)
    try:
        _open(page, _chapter(voila_url, "06"))
        count = "() => document.querySelectorAll('#rendered_cells details[open]').length"
        assert page.evaluate(count) == 0
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert page.evaluate(count) == page.locator("#rendered_cells details").count() > 0
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        assert page.evaluate(count) == 0
    finally:
        context.close()


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.slug for c in CHAPTERS])
def test_nothing_is_cut_off_on_paper(browser, voila_url, chapter):
    context, page = _page(browser, PAPER)
    try:
        _open(page, f"{voila_url}/voila/render/{chapter.slug}.ipynb")
        page.emulate_media(media="print")
        # on paper nothing scrolls sideways: a box "meant to scroll" must fit as well
        assert page.evaluate(f"({CUTOFF_JS})(true)") == []
    finally:
        context.close()


def test_a_chapter_prints_to_a_pdf(browser, voila_url):
    context, page = _page(browser, PAPER)
    try:
        _open(page, _chapter(voila_url, "03"))
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") >= 5
    finally:
        context.close()


# --- phone -------------------------------------------------------------------------------------

_CHOICES_JS = """() => [...document.querySelectorAll('#rendered_cells .widget-radio-box label')]
  .filter((l) => l.getBoundingClientRect().height > 0)
  .map((l) => {
    const box = l.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(l);
    const text = range.getBoundingClientRect();
    return {text: l.innerText.trim().slice(0, 40), top: box.top + scrollY, bottom: box.bottom + scrollY,
            height: box.height, text_top: text.top + scrollY, text_bottom: text.bottom + scrollY};
  })"""


@pytest.mark.parametrize("number", ["06", "07"])
def test_every_answer_has_its_own_tap_area_on_a_phone(browser, voila_url, number):
    context, page = _page(browser, PHONE, phone=True)
    try:
        _open(page, _chapter(voila_url, number))
        reach(page, page.locator(".widget-radio-box"))
        labels = page.evaluate(_CHOICES_JS)
        assert len(labels) >= 4
        for label in labels:
            # the answer's text lies inside its own tap area, and that area is finger-sized
            assert label["text_top"] >= label["top"] - 1 and label["text_bottom"] <= label["bottom"] + 1, label
            assert label["height"] >= TAP_MIN_PX, label
        for above, below in zip(labels, labels[1:]):
            assert above["bottom"] <= below["top"] + 1, (above, below)
        # a tap on the middle of an answer's second line chooses that answer, not the next one
        two_lines = [i for i, l in enumerate(labels) if l["text_bottom"] - l["text_top"] > 30]
        assert two_lines, "some answers wrap on a phone"
        index = two_lines[0]
        target = page.locator("#rendered_cells .widget-radio-box label").nth(index)
        reach(page, target)
        box = target.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] - 8)
        expect(target.locator("input")).to_be_checked()
    finally:
        context.close()


@pytest.mark.parametrize("number", ["01", "03", "04", "05", "06", "08"])
def test_dropdowns_are_finger_sized_on_a_phone(browser, voila_url, number):
    context, page = _page(browser, PHONE, phone=True)
    try:
        _open(page, _chapter(voila_url, number))
        heights = page.evaluate("""() => [...document.querySelectorAll('#rendered_cells select')]
            .map((s) => s.getBoundingClientRect().height).filter((h) => h > 0)""")
        assert heights
        assert all(TAP_MIN_PX <= h <= 60 for h in heights), heights
    finally:
        context.close()


def test_the_seven_areas_show_their_whole_names_on_a_phone(browser, voila_url):
    context, page = _page(browser, PHONE, phone=True)
    try:
        _open(page, _chapter(voila_url, "06"))
        rows = page.locator(".hgw-strengths .widget-hbox:has(strong):has(textarea)")
        reach(page, rows.first)
        found = rows.evaluate_all("""(rows) => rows.map((row) => {
            const name = row.querySelector('strong');
            const range = document.createRange();
            range.selectNodeContents(name);
            const text = range.getBoundingClientRect();
            const fields = [...row.querySelectorAll('textarea')].map((f) => f.getBoundingClientRect());
            const under = fields.some((f) => f.left < text.right && f.right > text.left
                                          && f.top < text.bottom && f.bottom > text.top);
            const words = [...range.getClientRects()].every((r) => r.right <= row.getBoundingClientRect().right + 1);
            return [name.innerText, under, words, fields.every((f) => f.width >= 140)];
        })""")
        assert len(found) == 7
        for name, under_a_field, inside, wide_fields in found:
            assert not under_a_field and inside, name
            assert wide_fields, name
    finally:
        context.close()


def test_the_goal_names_stay_in_view_when_the_tracking_grid_scrolls_sideways(browser, voila_url):
    context, page = _page(browser, PHONE, phone=True)
    try:
        _open(page, _chapter(voila_url, "03"))
        grid = page.locator(".hgw-tracking-grid")
        reach(page, grid)
        # a tick shows whole in its narrow cell (not "✔…")
        cell = page.locator(".hgw-tracking-grid .hgw-cell").nth(1)
        click(page, cell)
        expect(cell).to_have_text("✔")
        assert cell.evaluate("(c) => c.scrollWidth <= c.clientWidth"), "the tick is cut off"
        grid.evaluate("g => g.scrollBy(1000, 0)")  # what a sideways swipe on the grid does
        expect(page.locator(".hgw-tracking-grid .hgw-cell").last).to_be_in_viewport()
        names = page.locator(".hgw-tracking-grid .hgw-goal-item")
        for i in range(names.count()):
            name = names.nth(i)
            expect(name).to_be_in_viewport()
            # the name itself is what a person sees there, not a tick cell slid over it
            seen = name.evaluate("""(n) => { const r = n.getBoundingClientRect();
                const el = document.elementFromPoint(r.left + 20, r.top + Math.min(r.height / 2, 12));
                return n.contains(el); }""")
            assert seen, i
    finally:
        context.close()


@pytest.mark.parametrize("number", ["03", "06", "07"])
def test_nothing_is_cut_off_on_a_phone(browser, voila_url, number):
    context, page = _page(browser, PHONE, phone=True)
    try:
        _open(page, _chapter(voila_url, number))
        assert page.evaluate(CUTOFF_JS) == []
    finally:
        context.close()
