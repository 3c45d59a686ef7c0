"""The projector view (issue 16): a trainer shows a chapter to a group at 1024x768.

"Projectorweergave" at the top of every page (template ``hgw``, ``static/hgw-projector.js``) puts
``hgw-projector`` on ``<body>``: body text of 24 px or more, the exercises' forms out of sight, the
choice kept for the browser tab. Measured in Chromium, reached the way a person does.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.person import click, reach

CUTOFF_JS = (Path(__file__).parent / "cutoff.js").read_text(encoding="utf-8")
PROJECTOR = {"width": 1024, "height": 768}
TIMEOUT_MS = 60_000
MIN_BODY_PX = 24

# every visible element that holds text of its own, in the chapter's cells, with its font size
TEXT_SIZES_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('#rendered_cells *')) {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || s.visibility === 'hidden' || s.display === 'none') continue;
    if (el.closest('.hgw-browser-store, script, style, template')) continue;
    const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ');
    if (own.length < 2) continue;
    found.push([el.tagName.toLowerCase() + '.' + String(el.className).split(' ').slice(-1), parseFloat(s.fontSize), own.slice(0, 40)]);
  }
  return found;
}"""


def _open(browser, url):
    context = browser.new_context(viewport=PROJECTOR, locale="nl-NL")
    page = context.new_page()
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_selector(".hgw-chapter-nav nav", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=30_000)
    return context, page


def _toggle(page):
    return page.get_by_role("button", name="Projectorweergave")


def _phase_goal_above_the_fold(page, meeting) -> None:
    """The trainer turns the wheel until the meeting's title is at the top of the screen: then the
    phase goal is whole on the 1024x768 screen."""
    heading = meeting.locator("h3").first
    reach(page, heading)
    for _ in range(20):
        top = heading.bounding_box()["y"]
        if top < 60:
            break
        page.mouse.wheel(0, min(300, top - 20))
        page.wait_for_timeout(80)
    goal = meeting.locator(".hgw-phase-goal")
    expect(goal).to_be_in_viewport(ratio=1)
    box = goal.bounding_box()
    assert box["y"] + box["height"] <= PROJECTOR["height"], box


def test_chapter_02_for_a_group_is_readable_from_the_back_row(browser, voila_url):
    context, page = _open(browser, f"{voila_url}/voila/render/02-doelgericht-werken.ipynb")
    try:
        toggle = _toggle(page)
        expect(toggle).to_have_attribute("aria-pressed", "false")
        # the keyboard reaches the switch first: one Tab from the top of the page, Enter turns it on
        page.keyboard.press("Tab")
        expect(toggle).to_be_focused()
        page.keyboard.press("Enter")
        expect(toggle).to_have_attribute("aria-pressed", "true")
        assert page.evaluate("document.body.classList.contains('hgw-projector')")

        # the case is on the screen, large; the goal drafter (a participant's form) is not, and a line says so
        story = page.locator(".hgw-case-story").first
        reach(page, story)
        expect(page.locator(".hgw-goal-drafter")).to_be_hidden()
        expect(page.locator(".hgw-work-bar").first).to_be_hidden()
        reach(page, page.get_by_role("heading", name="Kernpunten"))
        sizes = page.evaluate(TEXT_SIZES_JS)
        assert len(sizes) > 30, sizes
        small = [s for s in sizes if s[1] < MIN_BODY_PX]
        assert not small, f"text under {MIN_BODY_PX}px in the projector view: {small[:10]}"
        # nothing wider than the screen, nothing cut off
        assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth + 1")
        assert page.evaluate(CUTOFF_JS) == []

        # the choice holds for the session: the next chapter opens in the projector view
        click(page, page.locator(".hgw-nav-next"))
        page.wait_for_url("**/03-*.ipynb", timeout=TIMEOUT_MS)
        page.wait_for_selector(".hgw-chapter-nav nav", state="attached", timeout=TIMEOUT_MS)
        expect(_toggle(page)).to_have_attribute("aria-pressed", "true")
        assert page.evaluate("document.body.classList.contains('hgw-projector')")
        # and a click turns it off again: the forms are back, the text at desk size
        page.keyboard.press("Home")
        click(page, _toggle(page))
        expect(_toggle(page)).to_have_attribute("aria-pressed", "false")
        expect(page.locator(".hgw-goal-card-builder")).to_be_visible()
    finally:
        context.close()


def test_without_the_switch_the_chapter_keeps_its_desk_size(browser, voila_url):
    context, page = _open(browser, f"{voila_url}/voila/render/02-doelgericht-werken.ipynb?scherm=normaal")
    try:
        expect(_toggle(page)).to_have_attribute("aria-pressed", "false")
        size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.jp-RenderedHTMLCommon p')).fontSize)")
        assert size < MIN_BODY_PX
        expect(page.locator(".hgw-goal-drafter")).to_be_attached()
        reach(page, page.locator(".hgw-goal-drafter"))
    finally:
        context.close()


def test_chapter_08_shows_the_phase_goal_on_the_first_screen_of_the_meeting(browser, voila_url):
    context, page = _open(browser, f"{voila_url}/voila/render/08-gesprek-voeren.ipynb?scherm=groot")
    try:
        expect(_toggle(page)).to_have_attribute("aria-pressed", "true")
        meeting = page.locator(".hgw-meeting").first
        _phase_goal_above_the_fold(page, meeting)
        # large: the goal, the notes, the agreements' fields and the clock
        for selector, least in ((".hgw-phase-goal", 26), (".hgw-meeting-notes textarea", MIN_BODY_PX),
                                (".hgw-agreement-what input", MIN_BODY_PX), (".hgw-clock-time", 36)):
            size = page.evaluate(f"parseFloat(getComputedStyle(document.querySelector('{selector}')).fontSize)")
            assert size >= least, (selector, size)
        # the planner above (participants' work) is out of sight
        expect(page.locator(".hgw-conversation-planner")).to_be_hidden()
        assert page.evaluate(CUTOFF_JS) == []
    finally:
        context.close()


def test_chapter_08_groot_scherm_alone_makes_notes_agreements_and_clock_large(browser, voila_url):
    # newcomer round: "Groot scherm" without the projector view enlarged the clock and the phase card,
    # but "Snelle aantekeningen" and "Afspraken" stayed at 13 px (issue 16 §2 asks them large too)
    context, page = _open(browser, f"{voila_url}/voila/render/08-gesprek-voeren.ipynb")
    try:
        expect(_toggle(page)).to_have_attribute("aria-pressed", "false")
        meeting = page.locator(".hgw-meeting").first
        click(page, meeting.get_by_role("button", name="Groot scherm"))
        expect(meeting).to_have_class(__import__("re").compile(r"\bhgw-projector\b"))
        _phase_goal_above_the_fold(page, meeting)
        sizes = page.evaluate("""() => {
          const m = document.querySelector('.hgw-meeting.hgw-projector');
          const size = (el) => el ? parseFloat(getComputedStyle(el).fontSize) : null;
          const owner = (text) => [...m.querySelectorAll('*')].find(el => [...el.childNodes].some(
            n => n.nodeType === 3 && n.textContent.includes(text)));
          return {notes_label: size(owner('Snelle aantekeningen')), notes: size(m.querySelector('.hgw-meeting-notes textarea')),
                  agreements_label: size(owner('Afspraken')), agreement: size(m.querySelector('.hgw-agreement-what input')),
                  clock: size(m.querySelector('.hgw-clock-time')), goal: size(m.querySelector('.hgw-phase-goal'))};
        }""")
        for name, least in (("notes_label", MIN_BODY_PX), ("notes", MIN_BODY_PX), ("agreements_label", MIN_BODY_PX),
                            ("agreement", MIN_BODY_PX), ("clock", 36), ("goal", 26)):
            assert sizes[name] is not None and sizes[name] >= least, (name, sizes)
        # the larger notes field stays inside its box: "Afspraken" below it, not over it
        notes = meeting.locator(".hgw-meeting-notes textarea").bounding_box()
        agreements = meeting.get_by_role("heading", name="Afspraken").bounding_box()
        assert notes["y"] + notes["height"] <= agreements["y"], (notes, agreements)
    finally:
        context.close()
