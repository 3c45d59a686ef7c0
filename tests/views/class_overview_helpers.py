"""What the chapter 05 view tests share: an upload as the browser sends it, a goal field, one summary row as text."""

from __future__ import annotations

import re

from tests import screen


def upload(view, data: bytes, name: str = "cijfers.csv") -> None:
    """Choose ``data`` as a file in the view's grade upload ("Kies een cijferbestand"), as the browser sends it."""
    screen.upload(view, data, filename=name, name="cijferbestand")


def target(view, subject: str):
    """The class goal field (%) of ``subject``, found by the subject shown before it ("wi" is shown
    as "wi (Wiskunde)")."""

    def names(label) -> bool:
        shown = screen.plain(label.value)
        return shown == subject or (shown.startswith(f"{subject} (") and shown.endswith(")"))

    rows = screen.find(view, "group", css_class="hgw-targets").children
    found = [field for row in rows for label, field in zip(row.children, row.children[1:])
             if "hgw-target-input" in screen.css_classes(field) and names(label)]
    assert len(found) == 1, f"{len(found)} goal fields for {subject!r}"
    return found[0]


def set_target(view, subject: str, text: str) -> None:
    """Type ``text`` as the class goal of ``subject``."""
    field = target(view, subject)
    assert not field.disabled
    field.value = text


def summary_row(view, subject: str) -> str:
    """The class summary's row of ``subject`` as HTML, without the column names phones show (data-label)."""
    html = screen.find(view, css_class="hgw-summary").value
    start = html.index(f'data-subject="{subject}"')
    row = html[start : html.index("</tr>", start)]
    return re.sub(r' data-label="[^"]*"', "", row)
