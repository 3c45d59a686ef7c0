"""OverviewSettings: the class name, the pass mark and which period (or report grade) is shown.

Embedded in ``ClassOverviewView``. The pass mark is typed as a person writes
it ("6,0" or "6.0") and shown with a comma; a value that is no grade or lies
outside 1-10 is said next to the field and not used (``numbers.parse_pass_mark``),
never clamped. The choice of period is a dropdown, shown only when the file
has more than one choice; it is part of the overview, so it is saved and restored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import ipywidgets as widgets

from ..domain.class_overview import ClassOverview
from ..domain.numbers import parse_pass_mark
from ..domain.formats import choice_note, choice_text, grade_text
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice
from .class_overview_render import pass_mark_message

DEFAULT_PASS_MARK = 5.5


class OverviewSettings(widgets.VBox):
    """Class name, pass mark and choice of period.

    Args:
        on_change: called with the changed overview and whether everything must be redrawn.
        pass_mark: the pass mark before a file is read.
    """

    def __init__(self, *, on_change: Callable[[ClassOverview, bool], None],
                 pass_mark: float = DEFAULT_PASS_MARK) -> None:
        super().__init__()
        self.add_class("hgw-settings")
        self._overview: ClassOverview | None = None
        self._pass_mark_value = pass_mark
        self._on_change = on_change
        self._quiet = False  # True while the fields are set from the overview (no handler runs then)
        self._class_name = widgets.Text(description=t("overview.settings.class_name"), placeholder="2B",
                                        style={"description_width": "initial"})
        self._pass_mark = widgets.Text(value=grade_text(pass_mark), continuous_update=False,
                                       description=t("overview.settings.pass_mark"), placeholder="5,5",
                                       style={"description_width": "initial"}, layout=widgets.Layout(width="14em"))
        self._pass_mark.add_class("hgw-pass-mark")
        self._choice = widgets.Dropdown(options=[], description=t("overview.choice.label"),
                                        style={"description_width": "initial"}, layout=widgets.Layout(width="auto"))
        self._choice.add_class("hgw-choice")
        self._choice_note = widgets.HTML()
        self._choice_note.add_class("hgw-choice-note")
        self._message = message_area()
        self.children = [
            widgets.HBox([self._class_name, self._pass_mark, self._choice], layout=widgets.Layout(flex_flow="row wrap")),
            self._message,
            self._choice_note,
        ]
        self._connect()

    @property
    def pass_mark(self) -> float:
        """The pass mark in use (also before a file is read)."""
        return self._pass_mark_value

    @property
    def class_name(self) -> str:
        """The class name as typed."""
        return self._class_name.value

    def name_if_empty(self, name: str) -> None:
        """Fill in a class name when none was typed (the example class is "2B")."""
        if not self._class_name.value:
            self._class_name.value = name

    def follow(self, overview: ClassOverview | None) -> None:
        """Use ``overview`` for the next change."""
        self._overview = overview
        if overview is not None:
            self._pass_mark_value = overview.pass_mark

    def show(self, overview: ClassOverview) -> None:
        """Set the fields from ``overview``: name, pass mark, the choices and the note on the one shown."""
        self.follow(overview)
        options = [(choice_text(c), c.key) for c in overview.choices]
        self._quiet = True
        try:
            if self._class_name.value != overview.class_name:
                self._class_name.value = overview.class_name
            self._pass_mark.value = grade_text(overview.pass_mark)
            if list(self._choice.options) != options:
                self._choice.options = options
            self._choice.value = overview.choice
        finally:
            self._quiet = False
        self._choice.layout.display = "" if len(options) > 1 else "none"
        note = choice_note(overview.current)
        self._choice_note.value = f"<p class='hgw-muted'>{esc(note)}</p>" if note else ""

    def _connect(self) -> None:
        self._pass_mark.observe(self._on_pass_mark, names="value")
        self._choice.observe(self._on_choice, names="value")
        self._class_name.observe(self._on_class_name, names="value")

    @guarded
    def _on_pass_mark(self, change) -> None:
        if self._quiet:
            return
        value, issue = parse_pass_mark(change["new"])
        if issue is not None:
            self._message.value = notice(pass_mark_message(issue, self._pass_mark_value), kind="warning")
        else:
            self._message.value = ""
            self._pass_mark_value = value
            if self._overview is not None:
                self._on_change(self._overview.with_pass_mark(value), True)
        self._quiet = True
        try:
            self._pass_mark.value = grade_text(self._pass_mark_value)
        finally:
            self._quiet = False

    @guarded
    def _on_choice(self, change) -> None:
        if self._quiet or self._overview is None or change["new"] not in self._overview.tables:
            return
        if change["new"] != self._overview.choice:
            self._on_change(self._overview.with_choice(change["new"]), True)

    @guarded
    def _on_class_name(self, change) -> None:
        if not self._quiet and self._overview is not None:
            self._on_change(replace(self._overview, class_name=str(change["new"])[:40]), False)
