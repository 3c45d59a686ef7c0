"""ClassOverviewView: read a grade export, set class goals, see who needs what, plan.

The upload is read in memory (``read_grades``) and never written to disk. A
bad file shows a Dutch message naming row and column; the previous data
stays. A target change recomputes only the summary and the chart, not the
file (well under 100 ms, see ``benchmarks/bench_grades.py``).
"""

from __future__ import annotations

import io
import math
import time
from collections.abc import Callable
from dataclasses import replace
from importlib import resources

import ipywidgets as widgets
import pandas as pd

from ..domain.class_overview import MAX_STUDENTS, MAX_SUBJECTS, ClassOverview, StudentNotes
from ..domain.class_plan import ClassPlan
from ..domain.grades import MARKER_CODES, MAX_BYTES, read_grades_report
from ..errors import GradeFileError, SaveFileError
from ..export.class_overview import KIND, grade_text, met_text, overview_document, percent_text, work_from_dict, work_to_dict
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, png_img, stylesheet
from ._upload import UploadRefused, size_mb, take_upload
from .class_plan_view import ClassPlanView
from .class_overview_notes import StudentNotesEditor

EXAMPLE = "voorbeeldklas.csv"
_MARKER_KEYS = {"empty": "grades.marker.empty", "retake": "grades.marker.retake",
                "exempt": "grades.marker.exempt", "not_counted": "grades.marker.not_counted"}


def example_bytes() -> bytes:
    """The fictional example class shipped with the package."""
    return resources.files("hgw_widgets").joinpath("examples", EXAMPLE).read_bytes()


def parse_percent(text: object) -> float | None:
    """A target typed by the user: "" -> None, "80", "80%" or "72,5" -> float.

    Raises:
        ValueError: not a number from 0 to 100.
    """
    cleaned = str(text if text is not None else "").strip().rstrip("%").strip().replace(",", ".")[:20]
    if not cleaned:
        return None
    value = float(cleaned)
    if not 0 <= value <= 100 or math.isnan(value):
        raise ValueError(f"target out of range: {text!r}")
    return value


def render_summary(summary: pd.DataFrame) -> str:
    """The class goals as an HTML table; status is icon + word, never colour alone."""
    rows = []
    for subject, row in zip(summary.index, summary.itertuples()):
        if row.target_met is pd.NA:
            css, icon = "hgw-judgement", "–"
        elif bool(row.target_met):
            css, icon = "hgw-met", "✔"
        else:
            css, icon = "hgw-not-met", "✘"
        rows.append(
            f'<tr class="{css}" data-subject="{esc(subject)}"><th scope="row">{esc(subject)}</th>'
            f"<td>{row.students}</td><td>{row.sufficient}</td><td>{esc(percent_text(row.percent_sufficient))}</td>"
            f"<td>{esc(percent_text(row.target))}</td>"
            f'<td class="hgw-status"><span aria-hidden="true">{icon}</span> {esc(met_text(row.target_met))}</td></tr>'
        )
    head = "".join(f"<th scope='col'>{esc(t(k))}</th>" for k in (
        "overview.summary.subject", "overview.summary.students", "overview.summary.sufficient",
        "overview.summary.percent", "overview.summary.target", "overview.summary.result"))
    return f'<table class="hgw-smarti hgw-class-summary"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


class BarChart:
    """The bar chart of the percentage sufficient per subject, with the targets as lines.

    The axes, labels and ticks are drawn once per set of subjects and kept as
    a background; a target change only redraws the bars and target lines on
    top of it (blitting) and encodes the PNG, so an update stays far below
    100 ms. matplotlib is imported lazily: only this chapter pays for it.
    """

    def __init__(self) -> None:
        self._subjects: tuple[str, ...] | None = None

    def _build(self, subjects: tuple[str, ...]) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.collections import LineCollection
        from matplotlib.figure import Figure

        self._figure = Figure(figsize=(max(4.0, 0.62 * len(subjects) + 1.4), 3.0), dpi=72)
        self._canvas = FigureCanvasAgg(self._figure)
        self._axes = axes = self._figure.add_subplot()
        positions = list(range(len(subjects)))
        self._bars = axes.bar(positions, [0] * len(subjects), width=0.6)
        for bar in self._bars:
            bar.set_animated(True)
        self._lines = LineCollection([], colors="#1f2328", linewidths=2.5, animated=True)
        axes.add_collection(self._lines)
        axes.set_ylim(0, 100)
        axes.set_xlim(-0.6, len(subjects) - 0.4)
        axes.set_ylabel(t("overview.chart.ylabel"))
        axes.set_xticks(positions, subjects, rotation=35, ha="right", fontsize=8, parse_math=False)
        axes.spines[["top", "right"]].set_visible(False)
        self._figure.tight_layout()
        self._canvas.draw()
        self._background = self._canvas.copy_from_bbox(self._figure.bbox)
        self._subjects = subjects

    def render(self, summary: pd.DataFrame) -> str:
        """The chart as an ``<img>`` with a PNG data URL and a Dutch alt text."""
        from PIL import Image

        subjects = tuple(str(s) for s in summary.index)
        if subjects != self._subjects:
            self._build(subjects)
        segments = []
        rows = zip(self._bars, summary["percent_sufficient"].to_numpy(), summary["target"].to_numpy(),
                   summary["target_met"])
        for x, (bar, percent, target, met) in enumerate(rows):
            bar.set_height(0 if math.isnan(percent) else percent)
            bar.set_color("#8c959f" if met is pd.NA else "#1a7f37" if bool(met) else "#b3261e")
            if not math.isnan(target):
                segments.append([(x - 0.42, target), (x + 0.42, target)])
        self._lines.set_segments(segments)
        self._canvas.restore_region(self._background)
        for bar in self._bars:
            self._axes.draw_artist(bar)
        self._axes.draw_artist(self._lines)
        width, height = self._canvas.get_width_height()
        image = Image.frombuffer("RGBA", (width, height), self._canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG", compress_level=1)  # speed over size
        return png_img(buffer.getvalue(), alt=t("overview.chart.alt"))


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
        self._pass_mark = widgets.BoundedFloatText(value=5.5, min=1, max=10, step=0.1,
                                                   description=t("overview.settings.pass_mark"),
                                                   style={"description_width": "initial"})
        self._pass_mark.add_class("hgw-pass-mark")
        self._all_targets = widgets.Text(placeholder="80", description=t("overview.targets.all"),
                                         style={"description_width": "initial"}, layout=widgets.Layout(width="24em"))
        self._all_apply = widgets.Button(description=t("overview.targets.apply"), layout=widgets.Layout(width="auto"))
        self._targets = widgets.VBox()
        self._targets.add_class("hgw-targets")
        self._target_inputs: dict[str, widgets.Text] = {}
        self._bulk = False
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
            widgets.HBox([self._class_name, self._pass_mark], layout=widgets.Layout(flex_flow="row wrap")),
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
        report = read_grades_report(example_bytes())
        return cls(ClassOverview(report.grades, class_name="2B", markers=report.markers), **kwargs)

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
        """Read a grade file; on an error show it and keep the previous data. Returns True when read."""
        try:
            report = read_grades_report(data)
        except GradeFileError as exc:
            self._message.value = notice(exc.message_nl, kind="error")
            return False
        students, subjects = report.grades.shape
        if students > MAX_STUDENTS or subjects > MAX_SUBJECTS:
            self._message.value = notice(t("overview.source.too_large", students=students, subjects=subjects,
                                           max_students=MAX_STUDENTS, max_subjects=MAX_SUBJECTS), kind="error")
            return False
        overview = ClassOverview(report.grades, class_name=self._class_name.value,
                                 pass_mark=self._pass_mark.value, markers=report.markers)
        self._set(overview, render_all=True)
        self._message.value = notice(t("overview.source.loaded", students=len(overview.students),
                                       subjects=len(overview.subjects)), kind="success")
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
        self._class_name.observe(self._on_class_name, names="value")
        self._minimum.observe(self._on_minimum, names="value")
        self._all_apply.on_click(self._on_all_targets)

    @guarded
    def _on_upload(self, change) -> None:
        try:
            data = take_upload(self._upload, change, max_bytes=MAX_BYTES)
        except UploadRefused as refused:
            key = "grades.error.too_big" if refused.code == "too_big" else "grades.error.not_a_table"
            self._message.value = notice(t(key, size=size_mb(refused.size), max=MAX_BYTES // (1024 * 1024)), kind="error")
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
        if self._overview is None:
            return
        try:
            value = float(change["new"])
            self._set(self._overview.with_pass_mark(value), render_all=True)
        except (TypeError, ValueError):
            self._message.value = notice(t("overview.settings.bad_pass_mark"), kind="warning")

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
        try:
            percent = parse_percent(text)
        except ValueError:
            self._message.value = notice(t("overview.targets.bad", subject=subject), kind="warning")
            return
        start = time.perf_counter()
        self._set(self._overview.with_target(subject, percent), render_all=False, notes=False, plan=False)
        self.last_update_ms = (time.perf_counter() - start) * 1000
        self._message.value = ""

    @guarded
    def _on_all_targets(self, _button=None) -> None:
        if self._overview is None:
            return
        try:
            percent = parse_percent(self._all_targets.value)
        except ValueError:
            self._message.value = notice(t("overview.targets.bad_all"), kind="warning")
            return
        overview = self._overview
        for subject in overview.subjects:
            overview = overview.with_target(subject, percent)
        text = "" if percent is None else f"{percent:g}".replace(".", ",")
        self._bulk = True
        try:
            for box in self._target_inputs.values():
                box.value = text
        finally:
            self._bulk = False
        self._set(overview, render_all=False)

    def _on_notes(self, notes: StudentNotes) -> None:
        if self._overview is not None:
            self._set(self._overview.with_notes(notes), render_all=False)

    # --- rendering ----------------------------------------------------------------

    def _set(self, overview: ClassOverview, *, render_all: bool, notes: bool = True, plan: bool = True) -> None:
        self._overview = overview
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
        if self._pass_mark.value != overview.pass_mark:
            self._pass_mark.value = overview.pass_mark
        counts = [f"{overview.markers.get(code, 0)} × {t(_MARKER_KEYS[code])}" for code in MARKER_CODES
                  if overview.markers.get(code, 0)]
        info = t("overview.source.info", students=len(overview.students), subjects=len(overview.subjects))
        if counts:
            info += " " + t("overview.source.markers", markers=", ".join(counts))
        self._info.value = f"<p class='hgw-muted'>{esc(info)}</p>"
        self._build_target_inputs()
        self._render_summary()
        self._render_below()
        self._render_several()
        self._notes.set_overview(overview)
        self._plan.use_overview(overview)

    def _build_target_inputs(self) -> None:
        rows, inputs = [], {}
        for subject in self._overview.subjects:
            target = self._overview.target_for(subject)
            box = widgets.Text(value="" if target is None else f"{target:g}".replace(".", ","), placeholder="%",
                               continuous_update=False, layout=widgets.Layout(width="6em"))
            box.add_class("hgw-target-input")
            label = widgets.HTML(f"<span class='hgw-target-label'>{esc(subject)}</span>",
                                 layout=widgets.Layout(width="14em"))
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
        items = []
        for subject, low in self._overview.below_pass_mark().items():
            if low:
                names = ", ".join(f"{esc(name)} ({esc(grade_text(g))})" for name, g in low)
                items.append(f"<li data-subject='{esc(subject)}'><strong>{esc(subject)}</strong> ({len(low)}): {names}</li>")
        self._below.value = f"<ul>{''.join(items)}</ul>" if items else f"<p class='hgw-muted'>{esc(t('overview.below.none'))}</p>"

    def _render_several(self) -> None:
        if self._overview is None:
            return
        minimum = min(max(int(self._minimum.value or 2), 2), 20)
        several = self._overview.several_insufficient(minimum)
        if not several:
            self._several.value = f"<p class='hgw-muted'>{esc(t('overview.several.none'))}</p>"
            return
        rows = "".join(
            f"<tr><th scope='row'>{esc(name)}</th><td>{len(subjects)}</td><td>{esc(', '.join(subjects))}</td></tr>"
            for name, subjects in several
        )
        head = "".join(f"<th scope='col'>{esc(t(k))}</th>" for k in (
            "overview.students.name", "overview.several.count", "overview.several.subjects"))
        self._several.value = f"<table class='hgw-smarti'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
