"""One kind of field for every whole number a person types (minutes, weeks, a count).

A plain text field, read by ``domain.numbers.parse_whole`` through the domain
function of the view ("6,0" and "6.0" are 6; "2,5" is refused, never 25). A
refused value is named in a Dutch message together with the value still in
use, and the field shows that value again: what is shown is what is used,
also after a reload. The browser never clamps or drops a comma, because the
field is no number input.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.issues import Issue
from ..messages import t
from ._html import notice

_PROBLEM_KEYS = {
    "empty": "common.number.empty",
    "not_a_number": "common.number.not_a_number",
    "not_whole": "common.number.not_whole",
    "out_of_range": "common.number.out_of_range",
}


def whole_number_field(description: str, value: int, *, css: str, style: dict | None = None,
                       width: str = "16em") -> widgets.Text:
    """A text field for a whole number, sent when the person leaves it or presses Enter."""
    field = widgets.Text(value=str(value), description=description, continuous_update=False,
                         style=style or {"description_width": "initial"}, layout=widgets.Layout(width=width))
    field.add_class(css)
    field.add_class("hgw-number")
    return field


def number_notice(issue: Issue, *, label: str, minimum: int, maximum: int, kept: str) -> str:
    """The Dutch warning for a refused number: what was typed, what is allowed, and ``kept`` (what is used)."""
    problem = t(_PROBLEM_KEYS.get(issue.code, "common.number.not_a_number"), label=label, typed=issue.detail)
    allowed = t("common.number.allowed", min=minimum, max=maximum)
    return notice(f"{problem} {allowed} {kept}", kind="warning")
