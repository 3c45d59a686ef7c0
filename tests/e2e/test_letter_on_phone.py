"""Chapter 08's invitation letter on a phone wraps between words, never inside one (issue 12, newcomer round).

JupyterLab's output CSS gives every ``pre`` in an output ``word-break: break-all``; the letter is a
``pre-wrap`` block, so on a 390 px screen words were cut anywhere ("uitnodig-ing" without a hyphen).
"""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.person import reach

TIMEOUT = 30_000
BROKEN_WORDS = """(pre) => {
  const broken = [];
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\\S+/g)) {
      if (match[0].length > 20) continue;  // a long token (a link) may be broken: it would not fit
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}"""


def test_the_letter_wraps_between_words_on_a_phone(browser, voila_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL", has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{voila_url}/voila/render/08-gesprek-voeren.ipynb", timeout=60_000)
        letter = page.locator(".hgw-conversation-planner .hgw-plan-invitation pre")
        expect(letter).to_contain_text("Graag nodigen wij u uit", timeout=60_000)
        reach(page, letter)
        assert letter.evaluate(BROKEN_WORDS) == []
        assert letter.evaluate("pre => getComputedStyle(pre).wordBreak") != "break-all"
        width = letter.evaluate("pre => [pre.scrollWidth, pre.clientWidth]")
        assert width[0] <= width[1], f"the letter sticks out sideways: {width}"
        page.screenshot(path="/tmp/w12a-letter-phone.png")
    finally:
        context.close()
