"""SelfAssessment: each participant rates the seven principles; the team sees a table and a chart."""

from __future__ import annotations

from collections.abc import Iterable

import ipywidgets as widgets

from ..domain.principles import (
    MAX_EXAMPLE_CHARS,
    MAX_NAME_CHARS,
    MAX_PARTICIPANTS,
    PRINCIPLES,
    SCORES,
    Assessment,
    Rating,
    summarise,
    without_assessment,
)
from ..export.principles import KIND, assessments_document, assessments_from_dict, assessments_to_dict, principle_labels
from ..domain.limits import too_long
from ..domain.wall import assessment_source, payload_for_assessment
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, png_img, stylesheet, too_long_notice
from .share import ShareWithTrainer
from .work_bar import Work, WorkBar


def _score_options() -> list[tuple[str, int]]:
    names = {1: t("principles.scale.s1"), 2: t("principles.scale.s2"), 3: t("principles.scale.s3"), 4: t("principles.scale.s4")}
    return [(t("principles.scale.none"), 0)] + [(names[s], s) for s in SCORES]


def render_summary(assessments: tuple[Assessment, ...]) -> str:
    """The team's results as a table: numbers in words, never colour alone."""
    if not assessments:
        return f"<p class='hgw-muted'>{esc(t('principles.empty'))}</p>"
    labels = principle_labels()
    rows = []
    for s in summarise(assessments):
        average = "–" if s.average is None else f"{s.average:.1f}".replace(".", ",")
        spread = "–" if s.low is None else f"{s.low} – {s.high}"
        examples = "".join(f"<li>{esc(e)}</li>" for e in s.examples)
        rows.append(
            f"<tr><th scope='row'>{esc(labels[s.principle])}</th><td>{average}</td><td>{spread}</td>"
            f"<td><ul>{examples}</ul></td></tr>"
        )
    head = "".join(
        f"<th scope='col'>{esc(t(k))}</th>"
        for k in ("principles.col_principle", "principles.col_average", "principles.col_range", "principles.col_examples")
    )
    caption = esc(t("principles.summary", n=len(assessments)))
    return f"<table class='hgw-table'><caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


class SelfAssessment(widgets.VBox):
    """The team self-assessment form, with the table and chart of everyone's ratings.

    The ratings are kept like all other work: a copy in the browser (a reload finds it back),
    downloads as JSON, Word, HTML and Markdown, and "continue from a file" (``self.work_bar``).

    Args:
        assessments: ratings collected earlier.
        chart: draw the chart (matplotlib is imported only then).
        store_key: the exercise id for browser storage.
        autosave: keep a copy in the browser after every change.
    """

    def __init__(
        self,
        assessments: Iterable[Assessment] = (),
        *,
        chart: bool = True,
        store_key: str = "zelfbeoordeling",
        autosave: bool = True,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-self-assessment")
        self.add_class("hgw-form")
        self._assessments: tuple[Assessment, ...] = tuple(assessments)[:MAX_PARTICIPANTS]
        self._initial = self._assessments
        self._chart_enabled = chart
        labels = principle_labels()
        self._name = widgets.Text(description=t("principles.name"), layout=widgets.Layout(width="22em"))
        self._scores: dict[str, widgets.Dropdown] = {}
        self._examples: dict[str, widgets.Text] = {}
        rows: list[widgets.Widget] = []
        for principle in PRINCIPLES:
            # the label sits above each control (hgw.css) and names the principle, for screen readers too
            score = widgets.Dropdown(
                options=_score_options(), value=0,
                description=t("principles.score", principle=labels[principle]),
                layout=widgets.Layout(width="17em"),
            )
            example = widgets.Text(
                description=t("principles.example", principle=labels[principle]),
                placeholder=t("principles.example_placeholder"),
                layout=widgets.Layout(flex="1 1 20em"),
            )
            score.add_class("hgw-score")
            example.add_class("hgw-example")
            self._scores[principle] = score
            self._examples[principle] = example
            row = widgets.HBox([score, example])
            row.add_class("hgw-principle-row")
            rows.append(row)
        self._add = widgets.Button(description=t("principles.add"), tooltip=t("principles.add_tooltip"),
                                   button_style="primary", icon="plus")
        self._add.add_class("hgw-add-assessment")
        self._message = message_area()
        self._entries = widgets.VBox()
        self._entries.add_class("hgw-assessment-entries")
        self._summary = widgets.HTML()
        self._summary.add_class("hgw-summary")
        self._chart = widgets.HTML()
        self._chart.add_class("hgw-chart")
        self._share = ShareWithTrainer()
        form = {"name": self._name, **{f"score-{p}": w for p, w in self._scores.items()},
                **{f"example-{p}": w for p, w in self._examples.items()}}
        self.work_bar = WorkBar(kind=KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave, drafts=form)
        """The download/upload/autosave bar of the team overview."""
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('principles.title'))}</h3><p>{esc(t('principles.intro'))}</p>"),
            self._name, *rows, self._add, self._message, self._share, self._entries, self._summary, self._chart, self.work_bar,
        ]
        self._render()
        self._connect()

    @property
    def assessments(self) -> tuple[Assessment, ...]:
        return self._assessments

    def _connect(self) -> None:
        self._add.on_click(self._on_add)

    @guarded
    def _on_add(self, _button=None) -> None:
        fields = {"name": (self._name.value, MAX_NAME_CHARS),
                  **{p: (self._examples[p].value, MAX_EXAMPLE_CHARS) for p in PRINCIPLES}}
        issues = too_long(fields)
        if issues:
            labels = {"name": t("principles.name"), **{p: t("principles.example", principle=principle_labels()[p]) for p in PRINCIPLES}}
            self._message.value = too_long_notice(issues, labels, {k: v for k, (v, _limit) in fields.items()})
            return
        name = " ".join(str(self._name.value).split())[:MAX_NAME_CHARS]
        if not name:
            self._message.value = notice(t("principles.no_name"), kind="warning")
            return
        ratings = []
        for principle in PRINCIPLES:
            score = self._scores[principle].value
            if score in SCORES:
                ratings.append(Rating(principle, score, str(self._examples[principle].value)[:MAX_EXAMPLE_CHARS]))
        if not ratings:
            self._message.value = notice(t("principles.no_scores"), kind="warning")
            return
        if len(self._assessments) >= MAX_PARTICIPANTS:
            self._message.value = notice(t("principles.full", max=MAX_PARTICIPANTS), kind="warning")
            return
        self._assessments = (*self._assessments, Assessment(name, tuple(ratings)))
        self._clear_form()
        self._message.value = notice(t("principles.added"), kind="success")
        self._render()
        self.work_bar.changed()

    def _clear_form(self) -> None:
        self._name.value = ""
        for principle in PRINCIPLES:
            self._scores[principle].value = 0
            self._examples[principle].value = ""

    # --- keeping the work -----------------------------------------------------------------

    def _work(self) -> Work:
        return Work(KIND, assessments_to_dict(self._assessments), assessments_document(self._assessments),
                    t("principles.file_name"))

    def _restore(self, payload: dict) -> None:
        assessments = assessments_from_dict(payload)  # raises SaveFileError before anything changes
        self._assessments = assessments[:MAX_PARTICIPANTS]
        self._message.value = ""
        self._render()

    def _reset(self) -> None:
        self._assessments = self._initial
        self._clear_form()
        self._message.value = ""
        self._render()

    @guarded
    def _on_remove(self, index: int) -> None:
        self._assessments = without_assessment(self._assessments, index)
        self._message.value = notice(t("principles.removed"), kind="info")
        self._render()
        self.work_bar.changed()

    def _render_entries(self) -> None:
        self._share.close_buttons()
        names = [a.participant for a in self._assessments]
        rows = []
        for index, name in enumerate(names):
            # the same initials twice: number them, so a person can tell which one to remove
            shown = f"{name} ({names[:index + 1].count(name)})" if names.count(name) > 1 else name
            label = widgets.HTML(f"<span>{esc(shown)}</span>")
            remove = widgets.Button(description=t("principles.remove"), icon="trash",
                                    tooltip=t("principles.remove_tooltip", name=shown), layout=widgets.Layout(width="auto"))
            remove.add_class("hgw-remove-assessment")
            remove.on_click(lambda _b, i=index: self._on_remove(i))
            ratings = self._assessments[index].ratings
            share = self._share.button(lambda name, r=ratings, row=shown: payload_for_assessment(
                                           r, name=name, source=assessment_source(row)),
                                       what=t("share.what.assessment", name=shown))
            rows.append(widgets.HBox([label, remove, share],
                                     layout=widgets.Layout(align_items="center", flex_flow="row wrap")))
        heading = widgets.HTML(f"<h4>{esc(t('principles.entries', n=len(names)))}</h4>") if names else None
        self._entries.children = ([heading] if heading else []) + rows
        self._share.layout.display = None if names else "none"

    def _render(self) -> None:
        self._render_entries()
        self._summary.value = render_summary(self._assessments)
        if not (self._chart_enabled and self._assessments):
            self._chart.value = ""
            return
        from ..export.principles_chart import principles_chart_png

        png = principles_chart_png(summarise(self._assessments), principle_labels(), title=t("principles.chart_title"))
        self._chart.value = png_img(png, alt=t("principles.chart_alt"))
