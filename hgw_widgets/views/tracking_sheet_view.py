"""TrackingSheetView: tick per lesson or day what went well, see progress per goal, evaluate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import ipywidgets as widgets

from ..domain.case import load_case
from ..domain.goal_card import GoalCard
from ..domain.tracking import DEFAULT_THRESHOLD, TrackingSheet, sheet_from_card, sheet_from_case
from ..domain.tracking_evaluation import Evaluation, evaluate, evaluation_summary
from ..domain.formats import date_text, percent_text
from ..export.sheets_chart import progress_chart_png
from ..export.sheets import KIND, sheet_document, sheet_from_dict, sheet_to_dict
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, png_img, stylesheet
from .tracking_grid import WeekGrid
from .work_bar import Work, WorkBar

class TrackingSheetView(widgets.VBox):
    """A tracking grid per week (``WeekGrid``), the parent's initials, weekly notes, progress and evaluation.

    Args:
        sheet: the tracking sheet (the model is passed in).
        store_key: the exercise id for the copy kept in the browser.
        autosave: keep a copy in the browser after every change.
    """

    def __init__(self, sheet: TrackingSheet, *, store_key: str = "volgschema", autosave: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-tracking-sheet")
        self._initial = sheet
        self._sheet = sheet
        self._week = 0
        self._syncing = False
        self._callbacks: list[Callable[[TrackingSheet], None]] = []

        self._agreements = widgets.HTML()
        self._agreements.add_class("hgw-tracking-agreements")
        self._weeks = widgets.ToggleButtons(style={"button_width": "6em"})
        self._weeks.add_class("hgw-weeks")
        self._review = widgets.Textarea(
            description=t("tracking.view.review"), placeholder=t("tracking.view.review_placeholder"),
            layout=widgets.Layout(width="100%", height="4em"), style={"description_width": "initial"},
            continuous_update=False,
        )
        # A dropdown, not a slider: its <select> carries the label for screen readers, and
        # "80%" is easier to pick on a projector than a slider handle.
        self._threshold = widgets.Dropdown(options=[(percent_text(p), p) for p in range(50, 101, 5)],
                                           value=round(DEFAULT_THRESHOLD * 100),
                                           description=t("tracking.view.threshold"),
                                           style={"description_width": "initial"},
                                           layout=widgets.Layout(width="16em"))
        self._chart = widgets.HTML()
        self._chart.add_class("hgw-progress-chart")
        self._summary = widgets.HTML()
        self._summary.add_class("hgw-evaluation")
        self._message = message_area()
        self._grid = WeekGrid(on_change=self._on_grid, message=self._message)
        self.work_bar = WorkBar(kind=KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave, drafts={"week": self._weeks})
        """The download/upload/autosave bar of this sheet."""

        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('tracking.view.title'))}</h3>"),
            self._agreements,
            widgets.HTML(f"<p class='hgw-muted hgw-no-print'>{esc(t('tracking.view.how'))}</p>"),
            self._weeks,
            widgets.HTML(f"<p class='hgw-scroll-hint'>{esc(t('tracking.view.scroll_hint'))}</p>"),
            self._grid,
            self._review,
            self._message,
            widgets.HTML(f"<h4>{esc(t('tracking.view.progress'))}</h4>"
                         f"<p class='hgw-muted'>{esc(t('tracking.view.progress_hint'))}</p>"),
            self._chart,
            widgets.HTML(f"<h4>{esc(t('tracking.view.evaluation'))}</h4>"),
            self._threshold,
            self._summary,
            self.work_bar,
        ]
        self._show(rebuild=True)
        self._connect()

    @classmethod
    def from_case(cls, case_id: str, *, start: date | None = None, casebook_dir: Path | None = None,
                  **kwargs) -> TrackingSheetView:
        """The tracking schema a case agreed, e.g. Kevin's (per lesson, initialled daily)."""
        kwargs.setdefault("store_key", f"volgschema-{case_id}")
        return cls(sheet_from_case(load_case(case_id, casebook_dir=casebook_dir), start=start), **kwargs)

    @classmethod
    def from_card(cls, card: GoalCard, **kwargs) -> TrackingSheetView:
        """A sheet for the student's goals on a goal card."""
        return cls(sheet_from_card(card), **kwargs)

    # --- public surface -----------------------------------------------------------

    @property
    def sheet(self) -> TrackingSheet:
        """The sheet with everything filled in so far."""
        return self._sheet

    @property
    def evaluation(self) -> Evaluation:
        """The evaluation with the threshold now set."""
        return evaluate(self._sheet, threshold=self._threshold_value())

    def on_change(self, callback: Callable[[TrackingSheet], None]) -> None:
        """Call ``callback(sheet)`` after every change."""
        self._callbacks.append(callback)

    def cell(self, goal: int, day: int, lesson: int = 0) -> widgets.Button:
        """The button of one place in the week shown (click it to change the mark)."""
        return self._grid.cell(goal, day, lesson)

    # --- handlers -------------------------------------------------------------------

    def _connect(self) -> None:
        self._weeks.observe(self._on_week, names="value")
        self._review.observe(self._on_review, names="value")
        self._threshold.observe(self._on_threshold, names="value")

    def _threshold_value(self) -> float:
        return self._sheet.threshold

    @guarded
    def _on_week(self, change) -> None:
        week = change.get("new")
        if isinstance(week, int) and 0 <= week < self._sheet.weeks:
            self._week = week
            self._show(rebuild=True)

    def _on_grid(self, sheet: TrackingSheet) -> None:
        self._set_sheet(sheet)

    @guarded
    def _on_review(self, change) -> None:
        if not self._syncing:
            text = change.get("new") if isinstance(change.get("new"), str) else ""
            self._set_sheet(self._sheet.with_review(self._week, text), rebuild=False)

    @guarded
    def _on_threshold(self, change=None) -> None:
        value = change.get("new") if change else None
        if self._syncing or not isinstance(value, int) or isinstance(value, bool):
            return
        try:
            sheet = self._sheet.with_threshold(value / 100)
        except ValueError:
            self._sync_threshold()  # a value no person can choose: show the sheet's own again
            return
        self._set_sheet(sheet)

    def _sync_threshold(self) -> None:
        wanted = round(self._sheet.threshold * 100)
        if wanted not in [v for _label, v in self._threshold.options]:
            self._threshold.options = sorted({*self._threshold.options, (percent_text(wanted), wanted)}, key=lambda o: o[1])
        if self._threshold.value != wanted:
            self._syncing = True
            try:
                self._threshold.value = wanted
            finally:
                self._syncing = False

    # --- state ------------------------------------------------------------------------

    def _set_sheet(self, sheet: TrackingSheet, *, rebuild: bool = False) -> None:
        self._sheet = sheet
        self._show(rebuild=rebuild)
        self.work_bar.changed()
        for callback in self._callbacks:
            callback(sheet)

    def _show(self, *, rebuild: bool) -> None:
        sheet = self._sheet
        self._week = min(self._week, sheet.weeks - 1)
        if rebuild:
            self._syncing = True
            try:
                options = [(t("tracking.view.week_short", n=w + 1), w) for w in range(sheet.weeks)]
                if list(self._weeks.options) != options:
                    self._weeks.options = options
                self._weeks.value = self._week
                self._review.value = sheet.review(self._week)
                self._review.layout.display = None if sheet.weekly_review else "none"
            finally:
                self._syncing = False
            self._agreements.value = self._agreements_html()
        self._grid.show(sheet, self._week, rebuild=rebuild)
        self._sync_threshold()
        self._show_results()

    def _agreements_html(self) -> str:
        sheet = self._sheet
        lines = [t("tracking.view.student", name=sheet.student or "…")]
        if sheet.parent_initials:
            lines.append(t("tracking.print.parent_initials"))
        if sheet.weekly_review:
            lines.append(t("tracking.print.weekly_review", text=sheet.weekly_review))
        lines.append(t("tracking.print.evaluation", date=date_text(sheet.end), weeks=sheet.weeks))
        return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"

    def _show_results(self) -> None:
        evaluation = self.evaluation
        self._summary.value = "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in evaluation_summary(evaluation)) + "</ul>"
        self._chart.value = png_img(progress_chart_png(self._sheet, threshold=evaluation.threshold),
                                    alt=t("tracking.view.chart_alt"))

    # --- keeping the work -----------------------------------------------------------------

    def _work(self) -> Work:
        sheet = self._sheet
        name = f"volgschema-{sheet.student}" if sheet.student else "volgschema"
        return Work(KIND, sheet_to_dict(sheet), sheet_document(sheet, threshold=self._threshold_value()), name)

    def _restore(self, payload: dict) -> None:
        sheet = sheet_from_dict(payload)  # raises SaveFileError before anything changes
        self._week = 0
        self._set_sheet(sheet, rebuild=True)

    def _reset(self) -> None:
        self._week = 0
        self._set_sheet(self._initial, rebuild=True)

