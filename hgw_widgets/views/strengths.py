"""Positive aspects and concerns of one student, per area of guideline 5, kept with a WorkBar."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.areas import AREAS, area_label
from ..domain.case import load_case
from ..domain.phrasing import StrengthsSheet, sheet_issues
from ..export.strengths import KIND, sheet_document, sheet_from_dict, sheet_to_dict
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from .work_bar import Work, WorkBar


class StrengthsOverview(widgets.VBox):
    """Seven areas, each with what goes well and what worries; hints on what is still missing.

    Args:
        sheet: the starting sheet (``from_case`` takes it from a case's conversation).
        store_key: the key for the browser copy (one per exercise on a page).
        autosave: keep a copy in the browser after every change.
    """

    def __init__(self, sheet: StrengthsSheet | None = None, *, store_key: str = "strengths",
                 autosave: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-strengths")
        self._initial = sheet or StrengthsSheet()
        self._sheet = self._initial
        self._syncing = False
        self._callbacks: list[Callable[[StrengthsSheet], None]] = []
        self._student = widgets.Text(description=t("strengths.student"), style={"description_width": "6em"})
        self._student.add_class("hgw-strengths-student")
        self._positive: dict[str, widgets.Textarea] = {}
        self._concerns: dict[str, widgets.Textarea] = {}
        rows = [widgets.HTML(
            f"<div class='hgw-strengths-head' style='display:grid;grid-template-columns:22% 38% 38%;gap:1%;font-weight:bold'>"
            f"<span>{esc(t('strengths.area'))}</span><span>{esc(t('strengths.positive'))}</span>"
            f"<span>{esc(t('strengths.concerns'))}</span></div>")]
        for area in AREAS:
            pos = widgets.Textarea(placeholder=t("strengths.positive_placeholder"), continuous_update=False,
                                   layout=widgets.Layout(width="38%", height="4.5em"))
            con = widgets.Textarea(placeholder=t("strengths.concerns_placeholder"), continuous_update=False,
                                   layout=widgets.Layout(width="38%", height="4.5em"))
            pos.add_class(f"hgw-strengths-positive-{area}")
            con.add_class(f"hgw-strengths-concerns-{area}")
            self._positive[area], self._concerns[area] = pos, con
            label = widgets.HTML(f"<strong>{esc(area_label(area))}</strong>", layout=widgets.Layout(width="22%"))
            rows.append(widgets.HBox([label, pos, con], layout=widgets.Layout(width="100%")))
        self._hints = widgets.HTML()
        self._hints.add_class("hgw-strengths-hints")
        self._message = message_area()
        self.work_bar = WorkBar(kind=KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave)
        """The download/upload/autosave bar of this sheet."""
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('strengths.title'))}</h3><p class='hgw-muted'>{esc(t('strengths.intro'))}</p>"),
            self._student, *rows, self._hints, self._message, self.work_bar,
        ]
        self._set_sheet(self._initial)
        self._connect()

    @classmethod
    def from_case(cls, case_id: str = "kevin", *, conversation: int = 0, **kwargs) -> StrengthsOverview:
        """Start from what a case's conversation names (Kevin's first by default)."""
        return cls(StrengthsSheet.from_case(load_case(case_id), conversation=conversation), **kwargs)

    @property
    def sheet(self) -> StrengthsSheet:
        """The sheet as it stands."""
        return self._sheet

    def on_change(self, callback: Callable[[StrengthsSheet], None]) -> None:
        """Call ``callback(sheet)`` after every change."""
        self._callbacks.append(callback)

    def _connect(self) -> None:
        self._student.observe(self._on_change, names="value")
        for area in AREAS:
            self._positive[area].observe(self._on_change, names="value")
            self._concerns[area].observe(self._on_change, names="value")

    @guarded
    def _on_change(self, _change=None) -> None:
        if self._syncing:
            return
        sheet = StrengthsSheet().with_student(self._student.value)
        for area in AREAS:
            sheet = sheet.with_area(area, self._positive[area].value, self._concerns[area].value)
        self._sheet = sheet
        self._show_hints()
        self.work_bar.changed()
        for callback in self._callbacks:
            callback(sheet)

    def _set_sheet(self, sheet: StrengthsSheet) -> None:
        self._syncing = True
        try:
            self._student.value = sheet.student
            for area in AREAS:
                self._positive[area].value = "\n".join(sheet.area_strengths(area))
                self._concerns[area].value = "\n".join(sheet.area_concerns(area))
        finally:
            self._syncing = False
        self._sheet = sheet
        self._show_hints()

    def _show_hints(self) -> None:
        issues = sheet_issues(self._sheet)
        parts = []
        codes = {i.code for i in issues}
        if "no_strengths" in codes:
            parts.append(notice(t("strengths.hint.no_strengths"), kind="warning"))
        if "more_concerns" in codes:
            parts.append(notice(t("strengths.hint.more_concerns"), kind="warning"))
        missing = [area_label(i.field) for i in issues if i.code == "missing_area"]
        if missing and "no_strengths" not in codes:
            parts.append(notice(t("strengths.hint.missing", areas=", ".join(missing)), kind="info"))
        if not issues:
            parts.append(notice(t("strengths.hint.complete"), kind="success"))
        self._hints.value = "".join(parts)

    # --- keeping the work -----------------------------------------------------------------

    def _work(self) -> Work:
        name = f"positieve-aspecten-{self._sheet.student}" if self._sheet.student else "positieve-aspecten"
        return Work(KIND, sheet_to_dict(self._sheet), sheet_document(self._sheet), name)

    def _restore(self, payload: dict) -> None:
        sheet = sheet_from_dict(payload)  # raises SaveFileError before anything changes
        self._set_sheet(sheet)

    def _reset(self) -> None:
        self._set_sheet(self._initial)
