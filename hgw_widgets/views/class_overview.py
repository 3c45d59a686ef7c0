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
from dataclasses import replace
from importlib import resources

import ipywidgets as widgets

from ..domain.class_overview import MAX_STUDENTS, MAX_SUBJECTS, ClassOverview, StudentNotes
from ..domain.class_plan import ClassPlan
from ..domain.grades import MAX_BYTES, read_grades_report, subject_label
from ..domain.numbers import number_text, parse_pass_mark, parse_percent
from ..errors import GradeFileError, SaveFileError
from ..export.class_overview import (
    KIND, choice_note, choice_text, count_text, grade_text, overview_document, reading_lines, work_from_dict,
    work_to_dict,
)
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from ._upload import UploadRefused, take_upload
from .class_overview_chart import BarChart
from .class_overview_notes import StudentNotesEditor
from .class_overview_render import (
    pass_mark_message, render_below, render_lines, render_problems, render_several, render_summary, target_message,
)
from .class_plan_view import ClassPlanView

EXAMPLE = "voorbeeldklas.csv"
DEFAULT_PASS_MARK = 5.5

__all__ = ["BarChart", "ClassOverviewView", "example_bytes", "render_summary"]


def example_bytes() -> bytes:
    """The fictional example class shipped with the package."""
    return resources.files("hgw_widgets").joinpath("examples", EXAMPLE).read_bytes()


class ClassOverviewView(widgets.VBox):
    """Class goals from a grade export, students who need more, notes, and the class plan.

    Args:
        overview: an overview to start from (None: choose a file or the example class).
        plan: a class plan to start from.
        work_bar: show the bar to download and continue (JSON, Word, HTML, Excel).
    """

    def __init__(self, overview: ClassOverview | None = None, *, plan: ClassPlan | None = None,
                 work_bar: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-class-overview")
        self._overview = overview
        self._pass_mark_value = overview.pass_mark if overview is not None else DEFAULT_PASS_MARK
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
        self._class_name = widgets.Text(description=t("overview.settings.class_name"), placeholder="2B",
                                        style={"description_width": "initial"})
        self._pass_mark = widgets.Text(value=grade_text(self._pass_mark_value), continuous_update=False,
                                       description=t("overview.settings.pass_mark"), placeholder="5,5",
                                       style={"description_width": "initial"}, layout=widgets.Layout(width="14em"))
        self._pass_mark.add_class("hgw-pass-mark")
        self._choice = widgets.Dropdown(options=[], description=t("overview.choice.label"),
                                        style={"description_width": "initial"}, layout=widgets.Layout(width="auto"))
        self._choice.add_class("hgw-choice")
        self._choice_note = widgets.HTML()
        self._choice_note.add_class("hgw-choice-note")
        self._all_targets = widgets.Text(placeholder="80", description=t("overview.targets.all"),
                                         style={"description_width": "initial"}, layout=widgets.Layout(width="24em"))
        self._all_apply = widgets.Button(description=t("overview.targets.apply"), layout=widgets.Layout(width="auto"))
        self._targets = widgets.VBox()
        self._targets.add_class("hgw-targets")
        self._target_inputs: dict[str, widgets.Text] = {}
        self._bulk = False  # True while the view itself sets widget values (no handler runs then)
        self._summary = widgets.HTML()
        self._summary.add_class("hgw-summary")
        self._chart = widgets.HTML()
        self._bar_chart = BarChart()
        self._below = widgets.HTML()
        self._below.add_class("hgw-below")
        self._minimum = widgets.BoundedIntText(value=2, min=2, max=20, description=t("overview.several.minimum"),
                                               style={"description_width": "initial"})
        self._several = widgets.HTML()
        self._several.add_class("hgw-several")
        self._notes = StudentNotesEditor(on_change=self._on_notes)
        self._plan = ClassPlanView(plan, overview=overview, standalone=False)

        def heading(key: str) -> widgets.HTML:
            return widgets.HTML(f"<h4>{esc(t(key))}</h4>")

        self._body = widgets.VBox([
            heading("overview.settings.heading"),
            widgets.HBox([self._class_name, self._pass_mark, self._choice], layout=widgets.Layout(flex_flow="row wrap")),
            self._choice_note,
            heading("overview.targets.heading"),
            widgets.HTML(f"<p class='hgw-muted'>{esc(t('overview.targets.intro'))}</p>"),
            widgets.HBox([self._all_targets, self._all_apply]),
            self._targets,
            heading("overview.summary.heading"),
            self._summary,
            self._chart,
            heading("overview.below.heading"),
            self._below,
            heading("overview.several.heading"),
            self._minimum,
            self._several,
            heading("overview.students.heading"),
            self._notes,
            self._plan,
        ])
        self._empty = widgets.HTML(notice(t("overview.source.empty"), kind="info"))
        self._bar = self._make_work_bar() if work_bar else None
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('overview.title'))}</h3>"),
            widgets.HBox([self._upload, self._example], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HTML(f"<p class='hgw-muted'>{esc(t('overview.source.privacy', max=MAX_BYTES // (1024 * 1024)))}</p>"),
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
        return cls(ClassOverview.from_import(read_grades_report(example_bytes()), class_name="2B"), **kwargs)

    # --- public surface ---------------------------------------------------------

    @property
    def overview(self) -> ClassOverview | None:
        """The current overview (None before a file is read)."""
        return self._overview

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
            return False
        students, subjects = report.grades.shape
        if students > MAX_STUDENTS or subjects > MAX_SUBJECTS:
            self._message.value = notice(t("overview.source.too_large", students=students, subjects=subjects,
                                           max_students=MAX_STUDENTS, max_subjects=MAX_SUBJECTS), kind="error")
            return False
        overview = ClassOverview.from_import(report, class_name=self._class_name.value, pass_mark=self._pass_mark_value)
        self._set(overview, render_all=True)
        self._message.value = notice(t("overview.source.loaded", students=count_text(students, "students"),
                                       subjects=count_text(subjects, "subjects")), kind="success")
        return True

    # --- work bar -----------------------------------------------------------------

    def _make_work_bar(self):
        from ..export.excel import overview_to_xlsx
        from .download import DownloadButton
        from .work_bar import Work, WorkBar

        def get_work() -> Work:
            if self._overview is None:
                raise SaveFileError("nothing to save", message_nl=t("overview.work.nothing"))
            name = self._overview.class_name or "klas"
            return Work(KIND, work_to_dict(self._overview, self.plan),
                        overview_document(self._overview, self.plan), f"klassenoverzicht-{name}")

        def restore(payload: dict) -> None:
            overview, plan = work_from_dict(payload)
            self._plan.set_plan(plan)
            self._set(overview, render_all=True)

        def excel() -> bytes:
            if self._overview is None:
                raise SaveFileError("nothing to save", message_nl=t("overview.work.nothing"))
            return overview_to_xlsx(self._overview)

        bar = WorkBar(kind=KIND, store_key="class-overview", get_work=get_work, restore=restore,
                      on_clear=self._clear, autosave=False)
        self._excel = DownloadButton(
            t("overview.work.excel"), "klassenoverzicht.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel,
            on_error=lambda text: setattr(self._message, "value", notice(text, kind="error")),
            tooltip=t("overview.work.excel_tooltip"),
        )
        return widgets.VBox([bar, self._excel])

    def _clear(self) -> None:
        self._overview = None
        self._plan.set_plan(None)
        self._info.value = ""
        self._render_all()

    # --- handlers -----------------------------------------------------------------

    def _connect(self) -> None:
        self._upload.observe(self._on_upload, names="value")
        self._example.on_click(self._on_example)
        self._pass_mark.observe(self._on_pass_mark, names="value")
        self._choice.observe(self._on_choice, names="value")
        self._class_name.observe(self._on_class_name, names="value")
        self._minimum.observe(self._on_minimum, names="value")
        self._all_apply.on_click(self._on_all_targets)

    @guarded
    def _on_upload(self, change) -> None:
        try:
            data = take_upload(self._upload, change, max_bytes=MAX_BYTES)
        except UploadRefused as refused:
            key = "grades.error.too_big" if refused.code == "too_big" else "grades.error.not_a_table"
            self._message.value = notice(t(key, size="?", max=MAX_BYTES // (1024 * 1024)), kind="error")
            return
        if data is not None:
            self.load_bytes(data)

    @guarded
    def _on_example(self, _button=None) -> None:
        self.load_bytes(example_bytes())
        if self._overview is not None and not self._overview.class_name:
            self._class_name.value = "2B"

    @guarded
    def _on_pass_mark(self, change) -> None:
        if self._bulk:
            return
        value, issue = parse_pass_mark(change["new"])
        if issue is not None:
            self._message.value = notice(pass_mark_message(issue, self._pass_mark_value), kind="warning")
            self._show_pass_mark()
            return
        self._pass_mark_value = value
        self._message.value = ""
        if self._overview is not None:
            self._set(self._overview.with_pass_mark(value), render_all=True)
        self._show_pass_mark()

    @guarded
    def _on_choice(self, change) -> None:
        if self._bulk or self._overview is None or change["new"] not in self._overview.tables:
            return
        if change["new"] != self._overview.choice:
            self._set(self._overview.with_choice(change["new"]), render_all=True)

    @guarded
    def _on_class_name(self, change) -> None:
        if self._overview is not None:
            self._set(replace(self._overview, class_name=str(change["new"])[:40]), render_all=False)

    @guarded
    def _on_minimum(self, _change=None) -> None:
        self._render_several()

    @guarded
    def _on_target(self, subject: str, text: str) -> None:
        if self._bulk or self._overview is None or subject not in self._overview.subjects:
            return
        percent, issue = parse_percent(text)
        if issue is not None:
            self._message.value = notice(target_message(issue, subject), kind="warning")
            return
        start = time.perf_counter()
        self._set(self._overview.with_target(subject, percent), render_all=False, notes=False, plan=False)
        self.last_update_ms = (time.perf_counter() - start) * 1000
        self._message.value = ""

    @guarded
    def _on_all_targets(self, _button=None) -> None:
        if self._overview is None:
            return
        percent, issue = parse_percent(self._all_targets.value)
        if issue is not None:
            self._message.value = notice(target_message(issue, None), kind="warning")
            return
        overview = self._overview
        for subject in overview.subjects:
            overview = overview.with_target(subject, percent)
        text = number_text(percent)
        self._bulk = True
        try:
            for box in self._target_inputs.values():
                box.value = text
        finally:
            self._bulk = False  # True while the view itself sets widget values (no handler runs then)
        self._set(overview, render_all=False)

    def _on_notes(self, notes: StudentNotes) -> None:
        if self._overview is not None:
            self._set(self._overview.with_notes(notes), render_all=False)

    # --- rendering ----------------------------------------------------------------

    def _set(self, overview: ClassOverview, *, render_all: bool, notes: bool = True, plan: bool = True) -> None:
        self._overview = overview
        self._pass_mark_value = overview.pass_mark
        if render_all:
            self._render_all()
        else:
            self._render_summary()
            if plan:
                self._plan.use_overview(overview)
            if notes:
                self._notes.set_overview(overview)
        for callback in self._callbacks:
            callback(overview)

    def _show_pass_mark(self) -> None:
        text = grade_text(self._pass_mark_value)
        if self._pass_mark.value != text:
            self._bulk = True
            try:
                self._pass_mark.value = text
            finally:
                self._bulk = False

    def _render_all(self) -> None:
        overview = self._overview
        self._empty.layout.display = "none" if overview else ""
        self._body.layout.display = "" if overview else "none"
        if overview is None:
            self._target_inputs = {}
            self._targets.children = []
            self._notes.set_overview(None)
            return
        if self._class_name.value != overview.class_name:
            self._class_name.value = overview.class_name
        self._show_pass_mark()
        self._render_choice()
        info = t("overview.source.info", students=count_text(len(overview.students), "students"),
                 subjects=count_text(len(overview.subjects), "subjects"))
        self._info.value = (f"<p class='hgw-muted'>{esc(info)}</p>"
                            + render_lines(reading_lines(overview.reading, overview.markers)))
        self._build_target_inputs()
        self._render_summary()
        self._render_below()
        self._render_several()
        self._notes.set_overview(overview)
        self._plan.use_overview(overview)

    def _render_choice(self) -> None:
        overview = self._overview
        options = [(choice_text(c), c.key) for c in overview.choices]
        self._bulk = True
        try:
            if list(self._choice.options) != options:
                self._choice.options = options
            self._choice.value = overview.choice
        finally:
            self._bulk = False
        self._choice.layout.display = "" if len(options) > 1 else "none"
        note = choice_note(overview.current)
        self._choice_note.value = f"<p class='hgw-muted'>{esc(note)}</p>" if note else ""

    def _build_target_inputs(self) -> None:
        rows, inputs = [], {}
        for subject in self._overview.subjects:
            target = self._overview.target_for(subject)
            box = widgets.Text(value=number_text(target), placeholder="%",
                               continuous_update=False, layout=widgets.Layout(width="6em"))
            box.add_class("hgw-target-input")
            label = widgets.HTML(f"<span class='hgw-target-label'>{esc(subject_label(subject))}</span>",
                                 layout=widgets.Layout(width="18em"))
            inputs[subject] = box
            rows.append(widgets.HBox([label, box, widgets.HTML("%")]))
        self._target_inputs = inputs
        self._targets.children = rows
        # rows are rebuilt with the data, so they are wired where they are built
        for subject, box in inputs.items():
            box.observe(lambda change, s=subject: self._on_target(s, change["new"]), names="value")

    def _render_summary(self) -> None:
        summary = self._overview.summary()
        self._summary.value = render_summary(summary)
        self._chart.value = self._bar_chart.render(summary)

    def _render_below(self) -> None:
        self._below.value = render_below(self._overview)

    def _render_several(self) -> None:
        if self._overview is None:
            return
        minimum = min(max(int(self._minimum.value or 2), 2), 20)
        self._several.value = render_several(self._overview.several_insufficient(minimum))
