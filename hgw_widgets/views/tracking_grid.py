"""WeekGrid: one week of a tracking sheet, a cell per goal and lesson (or day) to tick, and the
parent's initials per day (part of TrackingSheetView).

A click on a cell moves its mark on: empty, "gelukt" (✔), "nog niet" (✘), "niet van toepassing" (–),
empty again. The grid reads the sheet it is shown (``show``) and hands every changed sheet to
``on_change``; it keeps no sheet of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.formats import date_text
from ..domain.tracking import Mark, TrackingSheet
from ..export.sheets import MARK_SYMBOLS
from ..messages import t
from ._guard import guarded
from ._html import esc

_NEXT: dict[Mark | None, Mark | None] = {None: "done", "done": "not_yet", "not_yet": "na", "na": None}
_MARK_KEYS = {
    None: "tracking.view.mark_empty",
    "done": "tracking.view.mark_done",
    "not_yet": "tracking.view.mark_not_yet",
    "na": "tracking.view.mark_na",
}
_STYLES = {None: "", "done": "success", "not_yet": "danger", "na": ""}


class WeekGrid(widgets.GridBox):
    """The goals down, the lessons or days of one week across; on a phone it scrolls sideways.

    Args:
        on_change: called with the sheet with one mark or one day's initials changed.
        message: the owner's message area, where an error of this part is shown.
    """

    def __init__(self, *, on_change: Callable[[TrackingSheet], None], message: widgets.HTML, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-tracking-grid")
        self.add_class("hgw-scroll-x")  # on a phone it scrolls sideways, and says so (hgw-scroll-hint)
        self._on_change = on_change
        self._message = message
        self._sheet: TrackingSheet | None = None
        self._week = 0
        self._cells: dict[tuple[int, int, int], widgets.Button] = {}

    def show(self, sheet: TrackingSheet, week: int, *, rebuild: bool) -> None:
        """Show ``week`` (0-based) of ``sheet``; ``rebuild`` builds the cells anew (another week or shape)."""
        self._sheet, self._week = sheet, week
        if rebuild:
            self._build()
        self._paint()

    def cell(self, goal: int, day: int, lesson: int = 0) -> widgets.Button:
        """The button of one place in the week shown."""
        return self._cells[(goal, day, lesson)]

    @guarded
    def _on_cell(self, goal: int, day: int, lesson: int) -> None:
        current = self._sheet.mark(self._week, day, lesson, goal)
        self._on_change(self._sheet.with_mark(self._week, day, lesson, goal, _NEXT[current]))

    @guarded
    def _on_initial(self, day: int, change) -> None:
        text = change.get("new") if isinstance(change.get("new"), str) else ""
        self._on_change(self._sheet.with_initial(self._week, day, text))

    def _build(self) -> None:
        sheet = self._sheet
        labels = sheet.slot_labels()
        first = sheet.day_date(self._week, 0)
        corner = t("tracking.view.week_from", date=date_text(first)) if first else ""
        children = [widgets.HTML(f"<strong>{esc(corner)}</strong>")]
        children[0].add_class("hgw-row-label")
        children += [widgets.HTML(f"<div class='hgw-slot'>{esc(label)}</div>") for label in labels]
        self._cells = {}
        for g, goal in enumerate(sheet.goals):
            children.append(widgets.HTML(f"<div class='hgw-goal-item'>{g + 1}. {esc(goal)}</div>"))
            children[-1].add_class("hgw-row-label")
            for d in range(len(sheet.days)):
                for lesson in range(sheet.lessons_per_day):
                    button = widgets.Button(layout=widgets.Layout(width="auto", height="2.4em"))
                    button.add_class("hgw-cell")
                    button.on_click(lambda _b, g=g, d=d, lesson=lesson: self._on_cell(g, d, lesson))
                    self._cells[(g, d, lesson)] = button
                    children.append(button)
        if sheet.parent_initials:
            children.append(widgets.HTML(f"<div>{esc(t('tracking.print.initials'))}</div>"))
            children[-1].add_class("hgw-row-label")
            for d in range(len(sheet.days)):
                box = widgets.Text(value=sheet.initial(self._week, d), placeholder=t("tracking.view.initials_placeholder"),
                                   continuous_update=False, layout=widgets.Layout(width="auto"))
                box.add_class("hgw-initials")
                box.observe(lambda change, d=d: self._on_initial(d, change), names="value")
                children.append(box)
                children += [widgets.HTML("") for _ in range(sheet.lessons_per_day - 1)]
        self.children = children
        self.layout = widgets.Layout(
            grid_template_columns=f"minmax(12em, 2.5fr) repeat({len(labels)}, minmax(2.6em, 1fr))",
            grid_gap="2px", width="100%", overflow="auto",
        )

    def _paint(self) -> None:
        sheet = self._sheet
        for (g, d, lesson), button in self._cells.items():
            mark = sheet.mark(self._week, d, lesson, g)
            button.description = MARK_SYMBOLS.get(mark, " ")
            button.button_style = _STYLES[mark]
            button.tooltip = t("tracking.view.cell", goal=g + 1, slot=sheet.slot_labels()[d * sheet.lessons_per_day + lesson],
                               mark=t(_MARK_KEYS[mark]))
