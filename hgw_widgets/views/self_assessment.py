"""SelfAssessment: each participant rates the seven principles; the team sees a table and a chart."""

from __future__ import annotations

import base64
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
)
from ..messages import t
from ._guard import guarded
from ._html import esc, notice, stylesheet


def principle_labels() -> dict[str, str]:
    """The Dutch short name of each principle."""
    return {
        "goal_oriented": t("principles.goal_oriented"),
        "interaction": t("principles.interaction"),
        "needs": t("principles.needs"),
        "teachers": t("principles.teachers"),
        "positive": t("principles.positive"),
        "cooperation": t("principles.cooperation"),
        "systematic": t("principles.systematic"),
    }


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

    Args:
        assessments: ratings collected earlier.
        chart: draw the chart (matplotlib is imported only then).
    """

    def __init__(self, assessments: Iterable[Assessment] = (), *, chart: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-self-assessment")
        self._assessments: tuple[Assessment, ...] = tuple(assessments)[:MAX_PARTICIPANTS]
        self._chart_enabled = chart
        labels = principle_labels()
        self._name = widgets.Text(description=t("principles.name"), style={"description_width": "initial"})
        self._scores: dict[str, widgets.Dropdown] = {}
        self._examples: dict[str, widgets.Text] = {}
        rows: list[widgets.Widget] = []
        for principle in PRINCIPLES:
            score = widgets.Dropdown(
                options=_score_options(), value=0,
                description=f"{labels[principle]} · {t('principles.score')}",
                style={"description_width": "17em"}, layout=widgets.Layout(width="32em"),
            )
            example = widgets.Text(
                description=f"{labels[principle]} · {t('principles.example')}",
                placeholder=t("principles.example_placeholder"),
                style={"description_width": "17em"}, layout=widgets.Layout(width="100%"),
            )
            score.add_class("hgw-score")
            example.add_class("hgw-example")
            self._scores[principle] = score
            self._examples[principle] = example
            rows.append(widgets.VBox([score, example], layout=widgets.Layout(margin="0 0 0.6em 0")))
        self._add = widgets.Button(description=t("principles.add"), tooltip=t("principles.add_tooltip"),
                                   button_style="primary", icon="plus")
        self._add.add_class("hgw-add-assessment")
        self._message = widgets.HTML()
        self._message.add_class("hgw-message")
        self._summary = widgets.HTML()
        self._summary.add_class("hgw-summary")
        self._chart = widgets.HTML()
        self._chart.add_class("hgw-chart")
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('principles.title'))}</h3><p>{esc(t('principles.intro'))}</p>"),
            self._name, *rows, self._add, self._message, self._summary, self._chart,
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
        self._name.value = ""
        for principle in PRINCIPLES:
            self._scores[principle].value = 0
            self._examples[principle].value = ""
        self._message.value = notice(t("principles.added"), kind="success")
        self._render()

    def _render(self) -> None:
        self._summary.value = render_summary(self._assessments)
        if not (self._chart_enabled and self._assessments):
            self._chart.value = ""
            return
        from ..export.principles_chart import principles_chart_png

        png = principles_chart_png(summarise(self._assessments), principle_labels(), title=t("principles.chart_title"))
        data = base64.b64encode(png).decode("ascii")
        self._chart.value = f"<img src='data:image/png;base64,{data}' alt='{esc(t('principles.chart_alt'))}' style='max-width:100%'>"
