"""ClassOverviewView: read a grade export, set class goals, see who needs what, plan.

The upload is read in memory (``read_grades_report``) and never written to
disk. A bad file shows every problem with row and column; the previous data
stays. A readable file is read with what was set aside listed. A file with
periods (or report grades) shows one choice at a time, chosen in a dropdown
that is part of the saved work. A target change recomputes only the summary
and the chart, not the file (``benchmarks/bench_grades.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import ipywidgets as widgets

from ..domain.class_import import EXAMPLE_CLASS, example_bytes, example_overview, overview_from_report
from ..domain.class_overview import MAX_STUDENTS, MAX_SUBJECTS, ClassOverview, StudentNotes
from ..domain.class_plan import ClassPlan
from ..domain.grades import MAX_BYTES, read_grades_report
from ..errors import GradeFileError
from ..domain.formats import count_text
from ..export.class_overview import reading_lines
from ..export.class_overview_chart import BarChart
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, png_img, stylesheet
from ._upload import UploadRefused, size_mb, take_upload
from .class_overview_goals import ClassGoalsEditor
from .class_overview_notes import StudentNotesEditor
from .class_overview_render import render_below, render_lines, render_problems, render_summary
from .class_overview_settings import OverviewSettings
from .class_overview_several import SeveralInsufficient
from .class_overview_work import overview_work_bar
from .class_plan_view import ClassPlanView

__all__ = ["BarChart", "ClassOverviewView", "example_bytes", "render_summary"]


class ClassOverviewView(widgets.VBox):
    """Class goals from a grade export, students who need more, notes, and the class plan.

    Args:
        overview: an overview to start from (None: choose a file or the example class).
        plan: a class plan to start from.
        work_bar: show the bar to download and continue (JSON, Word, HTML, Excel).
        keep: ``"ask"`` (a real class: kept in the browser only after the user ticks a box) or
            ``"always"`` (the fictional example class).
        store_key: the browser copy's key (two overviews on one page need two keys).
    """

    def __init__(self, overview: ClassOverview | None = None, *, plan: ClassPlan | None = None,
                 work_bar: bool = True, keep: str = "ask", store_key: str = "klassenoverzicht", **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-class-overview")
        self._overview = overview
        self._callbacks: list[Callable[[ClassOverview], None]] = []
        self.last_update_ms = 0.0
        """How long the last summary update took (the benchmark reads it)."""

        self._upload = widgets.FileUpload(
            accept=".csv,.xlsx", multiple=False, description=t("overview.source.upload"), icon="upload",
            layout=widgets.Layout(width="auto"),
        )
        self._upload.add_class("hgw-grade-upload")
        self._example = widgets.Button(description=t("overview.source.example"), icon="table",
                                       tooltip=t("overview.source.example_tooltip"), layout=widgets.Layout(width="auto"))
        self._example.add_class("hgw-load-example")
        self._message = message_area()
        self._info = widgets.HTML()
        self._info.add_class("hgw-import-info")
        self._settings = OverviewSettings(on_change=self._on_settings)
        self._goals = ClassGoalsEditor(on_change=self._on_goals)
        self._summary = widgets.HTML()
        self._summary.add_class("hgw-summary")
        self._chart = widgets.HTML()
        self._bar_chart = BarChart()
        self._below = widgets.HTML()
        self._below.add_class("hgw-below")
        self._several = SeveralInsufficient()
        self._notes = StudentNotesEditor(on_change=self._on_notes)
        self._plan = ClassPlanView(plan, overview=overview, standalone=False)

        def heading(key: str) -> widgets.HTML:
            return widgets.HTML(f"<h4>{esc(t(key))}</h4>")

        self._body = widgets.VBox([
            heading("overview.settings.heading"),
            self._settings,
            heading("overview.targets.heading"),
            self._goals,
            heading("overview.summary.heading"),
            self._summary,
            self._chart,
            heading("overview.below.heading"),
            self._below,
            heading("overview.several.heading"),
            self._several,
            heading("overview.students.heading"),
            self._notes,
            self._plan,
        ])
        self._empty = widgets.HTML(notice(t("overview.source.empty"), kind="info"))
        self._privacy = widgets.HTML()
        self._privacy.add_class("hgw-privacy")
        self._on_keep(False)
        self._work_bar = None
        self._keep_example = keep == "always"
        self._bar = self._make_work_bar(keep=keep, store_key=store_key) if work_bar else None
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('overview.title'))}</h3>"),
            widgets.HBox([self._upload, self._example], layout=widgets.Layout(flex_flow="row wrap")),
            self._privacy,
            self._message,
            self._info,
            self._empty,
            self._body,
            *([self._bar] if self._bar is not None else []),
        ]
        self._render_all()
        self._connect()

    @classmethod
    def from_example(cls, **kwargs) -> ClassOverviewView:
        """A view with the fictional example class loaded."""
        kwargs.setdefault("keep", "always")  # fictional: kept in the browser like every exercise
        kwargs.setdefault("store_key", "klassenoverzicht-voorbeeld")
        return cls(example_overview(), **kwargs)

    # --- public surface ---------------------------------------------------------

    @property
    def overview(self) -> ClassOverview | None:
        """The current overview (None before a file is read)."""
        return self._overview

    @property
    def work_bar(self):
        """The bar to download, continue from a file and keep the overview in the browser (None without one)."""
        return self._work_bar

    @property
    def plan(self) -> ClassPlan:
        """The class plan as edited in the plan section."""
        return self._plan.plan

    def on_change(self, callback: Callable[[ClassOverview], None]) -> None:
        """Call ``callback(overview)`` after every change."""
        self._callbacks.append(callback)

    @guarded
    def load_bytes(self, data: bytes) -> bool:
        """Read a grade file; on an error show every problem and keep the previous data. Returns True when read."""
        try:
            report = read_grades_report(data)
        except GradeFileError as exc:
            self._message.value = render_problems(exc.message_nl, getattr(exc, "problems", ()),
                                                  getattr(exc, "total", 0))
            if self._overview is not None:  # say which class the page still shows
                self._message.value += notice(t("overview.source.previous_kept"), kind="info")
            return False
        overview, issue = overview_from_report(report, class_name=self._settings.class_name,
                                               pass_mark=self._settings.pass_mark)
        students, subjects = report.grades.shape
        if issue is not None:
            self._message.value = notice(t("overview.source.too_large", students=students, subjects=subjects,
                                           max_students=MAX_STUDENTS, max_subjects=MAX_SUBJECTS), kind="error")
            return False
        self._set(overview, render_all=True)
        self._message.value = notice(t("overview.source.loaded", students=count_text(students, "students"),
                                       subjects=count_text(subjects, "subjects")), kind="success")
        return True

    # --- work bar -----------------------------------------------------------------

    def _make_work_bar(self, *, keep: str, store_key: str) -> widgets.VBox:
        box, self._excel, self._work_bar = overview_work_bar(
            overview=lambda: self._overview, plan=lambda: self.plan, restore=self._restore, clear=self._clear,
            message=self._message, store_key=store_key, keep=keep, drafts={**self._several.drafts, "student": self._notes.chosen},
            on_keep=self._on_keep)
        self._plan.on_change(lambda _plan: self._keep())
        return box

    def _on_keep(self, kept: bool) -> None:
        """The line on privacy follows the tick "Bewaar mijn klas ook in deze browser"."""
        key = "overview.source.privacy_kept" if kept else "overview.source.privacy"
        self._privacy.value = f"<p class='hgw-muted'>{esc(t(key, max=MAX_BYTES // (1024 * 1024)))}</p>"

    def _keep(self) -> None:
        if self._work_bar is not None and self._overview is not None:
            self._work_bar.changed()

    def _restore(self, overview: ClassOverview, plan: ClassPlan | None) -> None:
        self._plan.set_plan(plan)
        self._set(overview, render_all=True)

    def _clear(self) -> None:
        self._message.value = ""
        self._overview = None
        self._plan.set_plan(None)
        self._info.value = ""
        self._render_all()

    # --- handlers -----------------------------------------------------------------

    def _connect(self) -> None:
        self._upload.observe(self._on_upload, names="value")
        self._example.on_click(self._on_example)

    @guarded
    def _on_upload(self, change) -> None:
        try:
            data = take_upload(self._upload, change, max_bytes=MAX_BYTES)
        except UploadRefused as refused:
            key = "grades.error.too_big" if refused.code == "too_big" else "grades.error.not_a_table"
            self._message.value = notice(t(key, size=size_mb(refused.size), max=MAX_BYTES // (1024 * 1024)), kind="error")
            return
        if data is not None and self.load_bytes(data) and self._keep_example and self._work_bar is not None:
            # the example's view keeps fictional data in the browser; a real class is personal data
            self._work_bar.set_autosave(False)
            self._message.value += notice(t("overview.work.not_kept"), kind="info")

    @guarded
    def _on_example(self, _button=None) -> None:
        self.load_bytes(example_bytes())
        if self._keep_example and self._work_bar is not None:
            self._work_bar.set_autosave(True)
        if self._overview is not None:
            self._settings.name_if_empty(EXAMPLE_CLASS)

    def _on_settings(self, overview: ClassOverview, render_all: bool) -> None:
        self._set(overview, render_all=render_all)

    def _on_goals(self, overview: ClassOverview) -> None:
        start = time.perf_counter()
        self._set(overview, render_all=False, notes=False, plan=False)
        self.last_update_ms = (time.perf_counter() - start) * 1000

    def _on_notes(self, notes: StudentNotes) -> None:
        if self._overview is not None:
            self._set(self._overview.with_notes(notes), render_all=False)

    # --- rendering ----------------------------------------------------------------

    def _set(self, overview: ClassOverview, *, render_all: bool, notes: bool = True, plan: bool = True) -> None:
        self._overview = overview
        self._goals.follow(overview)
        self._settings.follow(overview)
        if render_all:
            self._render_all()
        else:
            self._render_summary()
            if plan:
                self._plan.use_overview(overview)
            if notes:
                self._notes.set_overview(overview)
        self._keep()
        for callback in self._callbacks:
            callback(overview)

    def _render_all(self) -> None:
        overview = self._overview
        self._empty.layout.display = "none" if overview else ""
        self._body.layout.display = "" if overview else "none"
        if overview is None:
            self._goals.set_overview(None)
            self._several.set_overview(None)
            self._notes.set_overview(None)
            return
        self._settings.show(overview)
        info = t("overview.source.info", students=count_text(len(overview.students), "students"),
                 subjects=count_text(len(overview.subjects), "subjects"))
        self._info.value = (f"<p class='hgw-muted'>{esc(info)}</p>"
                            + render_lines(reading_lines(overview.reading, overview.markers)))
        self._goals.set_overview(overview)
        self._render_summary()
        self._render_below()
        self._several.set_overview(overview)
        self._notes.set_overview(overview)
        self._plan.use_overview(overview)

    def _render_summary(self) -> None:
        summary = self._overview.summary()
        self._summary.value = render_summary(summary)
        self._chart.value = png_img(self._bar_chart.render_png(summary), alt=t("overview.chart.alt"))

    def _render_below(self) -> None:
        self._below.value = render_below(self._overview)
