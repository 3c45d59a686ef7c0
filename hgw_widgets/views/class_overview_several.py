"""SeveralInsufficient: the students with several insufficient subjects, from a minimum the user types
(part of ClassOverviewView).

The minimum is a whole number read by ``class_overview.parse_several_minimum``; a refused number is
said right under the field, with the number still in use, and the field shows that number again.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.class_overview import DEFAULT_SEVERAL, MAX_SEVERAL, MIN_SEVERAL, ClassOverview, parse_several_minimum
from ..messages import t
from ._guard import guarded
from ._html import message_area
from ._number import number_notice, whole_number_field
from .class_overview_render import render_several


class SeveralInsufficient(widgets.VBox):
    """The field "from how many insufficient subjects" and the table of students at or over it.

    Reads the overview it is shown (``set_overview``); changes nothing in it.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._overview: ClassOverview | None = None
        # a text field read by the domain: a bounded number field clamped 25 to 20 without a word
        self._several_minimum = DEFAULT_SEVERAL
        self._minimum = whole_number_field(t("overview.several.minimum"), DEFAULT_SEVERAL, css="hgw-several-minimum")
        self._message = message_area()
        self._several = widgets.HTML()
        self._several.add_class("hgw-several")
        self.children = [self._minimum, self._message, self._several]
        self._connect()

    @property
    def drafts(self) -> dict[str, widgets.Text]:
        """The field whose typed value the work bar keeps in the browser."""
        return {"minimum": self._minimum}

    def set_overview(self, overview: ClassOverview | None) -> None:
        """Show the students of ``overview`` (None: keep the table as it is, the section is hidden)."""
        self._overview = overview
        self._render()

    def _connect(self) -> None:
        self._minimum.observe(self._on_minimum, names="value")

    @guarded
    def _on_minimum(self, change) -> None:
        if str(change["new"]) == str(self._several_minimum):
            return  # the field was set back to the number in use
        value, issue = parse_several_minimum(change["new"])
        if issue is None:
            self._several_minimum = value
            self._message.value = ""
        else:
            self._message.value = number_notice(
                issue, label=t("overview.several.minimum"), minimum=MIN_SEVERAL, maximum=MAX_SEVERAL,
                kept=t("overview.several.minimum_kept", minimum=self._several_minimum))
        self._minimum.value = str(self._several_minimum)  # what is shown is what is used
        self._render()

    def _render(self) -> None:
        if self._overview is None:
            return
        self._several.value = render_several(self._overview.several_insufficient(self._several_minimum))
