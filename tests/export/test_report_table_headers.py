"""Issue 17 newcomer finding: the HTML verslag split its table headers mid-word ("Gepl/and", "Werk/elijk").

Cells may still break a very long word (``overflow-wrap: anywhere`` on td), but a header is never split:
its words set the column's narrowest width. tests/e2e/test_meeting_newcomer17.py measures it in Chromium."""

from __future__ import annotations

import re

from hgw_widgets.export.document import Document, Table
from hgw_widgets.export.render import to_html


def test_a_table_header_keeps_its_words_whole_on_screen_and_in_print():
    page = to_html(Document("Verslag", blocks=(Table(header=("Fase", "Gepland", "Werkelijk"), rows=(("a", "b", "c"),)),))).decode()
    css = page[page.index("<style"):page.index("</style>")]
    th_rules = [body for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css) if sel.strip() == "th"]
    assert any("overflow-wrap: normal" in body and "word-break: keep-all" in body for body in th_rules)
    assert "@media print" in css and not re.search(r"@media print[^@]*\bth\b[^}]*overflow-wrap: anywhere", css)
