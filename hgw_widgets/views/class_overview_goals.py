"""ClassGoalsEditor: the class goal per subject (a percentage), typed per subject or once for all.

Embedded in ``ClassOverviewView``. A typed goal is read by ``numbers.parse_percent``
(decimal comma or point, "80 %"); a goal that is no percentage or outside 0-100
is said in Dutch, next to the fields, and not used. Every change hands the
changed overview to ``on_change``.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.class_overview import ClassOverview
from ..domain.grades import subject_label
from ..domain.formats import number_text
from ..domain.numbers import parse_percent
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice
from .class_overview_render import target_message


class ClassGoalsEditor(widgets.VBox):
    """One goal field per subject and a "same goal for all subjects" field.

    Args:
        on_change: called with the changed overview after every goal change.
    """

    def __init__(self, *, on_change: Callable[[ClassOverview], None]) -> None:
        super().__init__()
        self._overview: ClassOverview | None = None
        self._on_change = on_change
        self._message = message_area()
        self._all = widgets.Text(placeholder="80", description=t("overview.targets.all"),
                                 style={"description_width": "initial"}, layout=widgets.Layout(width="24em"))
        self._all.add_class("hgw-all-targets")
        self._apply = widgets.Button(description=t("overview.targets.apply"), layout=widgets.Layout(width="auto"))
        self._rows = widgets.VBox()
        self._rows.add_class("hgw-targets")
        self._fields: dict[str, widgets.Text] = {}
        self._quiet = False
        self.children = [
            widgets.HTML(f"<p class='hgw-muted'>{esc(t('overview.targets.intro'))}</p>"),
            widgets.HBox([self._all, self._apply]),
            self._message,
            self._rows,
        ]
        self._connect()

    @property
    def fields(self) -> dict[str, widgets.Text]:
        """The goal field of each subject."""
        return dict(self._fields)

    def set_overview(self, overview: ClassOverview | None) -> None:
        """Show one field per subject of ``overview`` with its goal."""
        self._overview = overview
        rows, fields = [], {}
        for subject in overview.subjects if overview is not None else ():
            box = widgets.Text(value=number_text(overview.target_for(subject)), placeholder="%",
                               continuous_update=False, layout=widgets.Layout(width="6em"))
            box.add_class("hgw-target-input")
            label = widgets.HTML(f"<span class='hgw-target-label'>{esc(subject_label(subject))}</span>",
                                 layout=widgets.Layout(width="18em"))
            fields[subject] = box
            rows.append(widgets.HBox([label, box, widgets.HTML("%")]))
        self._fields = fields
        self._rows.children = rows
        # rows are rebuilt with the data, so they are wired where they are built
        for subject, box in fields.items():
            box.observe(lambda change, s=subject: self._on_field(s, change["new"]), names="value")

    def follow(self, overview: ClassOverview) -> None:
        """Use ``overview`` for the next change without rebuilding the fields (same subjects)."""
        self._overview = overview

    def _connect(self) -> None:
        self._apply.on_click(self._on_apply)

    @guarded
    def _on_field(self, subject: str, text: str) -> None:
        if self._quiet or self._overview is None or subject not in self._overview.subjects:
            return
        percent, issue = parse_percent(text)
        if issue is not None:
            self._message.value = notice(target_message(issue, subject), kind="warning")
            return
        self._overview = self._overview.with_target(subject, percent)
        self._message.value = ""
        self._on_change(self._overview)

    @guarded
    def _on_apply(self, _button=None) -> None:
        if self._overview is None:
            return
        percent, issue = parse_percent(self._all.value)
        if issue is not None:
            self._message.value = notice(target_message(issue, None), kind="warning")
            return
        overview = self._overview
        for subject in overview.subjects:
            overview = overview.with_target(subject, percent)
        self._quiet = True
        try:
            for box in self._fields.values():
                box.value = number_text(percent)
        finally:
            self._quiet = False
        self._overview = overview
        self._message.value = ""
        self._on_change(overview)
