"""ClassPlanView: per subgroup the goals (SMARTI-checked), approach, organisation and evaluation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import ipywidgets as widgets

from ..domain.class_import import example_overview
from ..domain.class_overview import SUBGROUPS, ClassOverview
from ..domain.class_plan import (
    MAX_TYPED_WEEKS, MAX_WEEKS, MIN_TYPED_WEEKS, MIN_WEEKS, ClassPlan, SubgroupPlan, add_subgroup_goal, plan_issues,
    with_weeks, without_last_goal,
)
from ..domain.goals import MAX_GOAL_CHARS
from ..domain.need_clusters import NeedCluster, clusters_within
from ..domain.smarti import AUTOMATIC
from ..domain.formats import subgroup_label
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from ._number import number_notice, whole_number_field
from .class_plan_clusters import ClusterEditor

_ISSUE_KEYS = {
    "no_start": "plan.issue.no_start",
    "too_short": "plan.issue.too_short",
    "too_long": "plan.issue.too_long",
    "no_goal": "plan.issue.no_goal",
    "goal_too_long": "plan.issue.goal_too_long",
    "not_smarti": "plan.issue.not_smarti",
    "no_approach": "plan.issue.no_approach",
    "no_evaluation": "plan.issue.no_evaluation",
    "evaluation_outside": "plan.issue.evaluation_outside",
    "cluster_no_approach": "plan.issue.cluster_no_approach",
}


def issue_text(issue) -> str:
    """One plan issue as a Dutch sentence."""
    group = subgroup_label(issue.field) if issue.field in SUBGROUPS else ""
    number = issue.detail.split(":", 1)[0] if issue.code == "not_smarti" else issue.detail
    return t(_ISSUE_KEYS[issue.code], group=group, detail=number, min=MIN_WEEKS, max=MAX_WEEKS, need=issue.field)


class _PartEditor(widgets.VBox):
    """The editor of one subgroup's part of the plan."""

    def __init__(self, subgroup: str, on_change: Callable[[SubgroupPlan], None]) -> None:
        super().__init__()
        self.add_class(f"hgw-plan-{subgroup}")
        self.subgroup = subgroup
        self._on_change = on_change
        self._part = SubgroupPlan(subgroup)
        self._syncing = False
        wide = {"description_width": "initial"}
        self._students = widgets.HTML()
        self._goal = widgets.Text(placeholder=t("plan.goal.placeholder"), layout=widgets.Layout(flex="1 1 auto"))
        self._goal_add = widgets.Button(description=t("plan.goal.add"), icon="plus", layout=widgets.Layout(width="auto"))
        self._goals = widgets.HTML()
        self._goal_remove = widgets.Button(description=t("plan.goal.remove_last"), icon="trash", layout=widgets.Layout(width="auto"))
        self._approach = widgets.Textarea(description=t("plan.approach.label"), placeholder=t("plan.approach.placeholder"),
                                          continuous_update=False, style=wide, layout=widgets.Layout(width="100%"))
        self._organisation = widgets.Textarea(description=t("plan.organisation.label"),
                                              placeholder=t("plan.organisation.placeholder"), continuous_update=False,
                                              style=wide, layout=widgets.Layout(width="100%"))
        self._evaluation = widgets.DatePicker(description=t("plan.evaluation.label"), style=wide)
        self._message = widgets.HTML()
        self.children = [
            widgets.HTML(f"<h5>{esc(subgroup_label(subgroup))}</h5>"), self._students,
            widgets.HBox([self._goal, self._goal_add], layout=widgets.Layout(width="100%")),
            self._goals, self._goal_remove, self._message, self._approach, self._organisation, self._evaluation,
        ]
        self._goal_add.on_click(self._on_add)
        self._goal_remove.on_click(self._on_remove)
        for box in (self._approach, self._organisation, self._evaluation):
            box.observe(self._on_field, names="value")

    def show(self, part: SubgroupPlan) -> None:
        self._part = part
        self._syncing = True
        try:
            self._approach.value = part.approach
            self._organisation.value = part.organisation
            self._evaluation.value = part.evaluation
        finally:
            self._syncing = False
        names = ", ".join(part.students) or t("plan.students_none")
        self._students.value = f"<p class='hgw-muted'>{esc(t('plan.students', names=names))}</p>"
        items = []
        for goal in part.goals:
            report = goal.report
            met = sum(report[name].met for name in AUTOMATIC)
            items.append(f"<li>{esc(goal.text)} <span class='hgw-muted'>({esc(t('plan.goal.smarti', n=met))})</span></li>")
        self._goals.value = f"<ol class='hgw-plan-goals'>{''.join(items)}</ol>" if items else ""

    @guarded
    def _on_add(self, _button=None) -> None:
        part, issue = add_subgroup_goal(self._part, self._goal.value)
        if issue is not None:
            key = {"full": "plan.goal.full", "duplicate": "plan.goal.duplicate"}.get(issue.code, "plan.goal.invalid")
            self._message.value = notice(t(key, max=issue.detail if issue.code == "full" else MAX_GOAL_CHARS), kind="warning")
            return
        self._goal.value = ""
        self._message.value = ""
        self._on_change(part)

    @guarded
    def _on_remove(self, _button=None) -> None:
        if self._part.goals:
            self._on_change(without_last_goal(self._part))

    @guarded
    def _on_field(self, _change=None) -> None:
        if self._syncing:
            return
        evaluation = self._evaluation.value if isinstance(self._evaluation.value, date) else None
        self._on_change(replace(self._part, approach=str(self._approach.value or ""),
                                organisation=str(self._organisation.value or ""), evaluation=evaluation))


class ClassPlanView(widgets.VBox):
    """Write the class plan for a period of 6-12 weeks, one part per subgroup.

    Args:
        plan: a plan to start from (None: an empty plan).
        overview: the class overview the subgroups come from.
        standalone: carry the stylesheet (False when embedded in ClassOverviewView).
    """

    def __init__(self, plan: ClassPlan | None = None, *, overview: ClassOverview | None = None,
                 standalone: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-class-plan")
        self._plan = plan or (ClassPlan.from_overview(overview) if overview is not None else ClassPlan())
        self._students: tuple[str, ...] = overview.students if overview is not None else ()
        self._callbacks: list[Callable[[ClassPlan], None]] = []
        self._syncing = False
        wide = {"description_width": "initial"}
        self._message = widgets.HTML()
        self._start = widgets.DatePicker(description=t("plan.start"), style=wide)
        # a text field read by the domain: a number input would read "6,5" as 65 and clamp it to 52
        self._weeks = whole_number_field(t("plan.weeks"), self._plan.weeks, css="hgw-plan-weeks", style=wide)
        self._weeks_message = message_area()
        self._parts = {s: _PartEditor(s, self._on_part) for s in SUBGROUPS}
        self._clusters = ClusterEditor(self._on_clusters)
        self._issues = widgets.HTML()
        self._issues.add_class("hgw-plan-issues")
        self.children = [
            *([stylesheet()] if standalone else []),
            widgets.HTML(f"<h4>{esc(t('plan.title'))}</h4><p class='hgw-muted'>{esc(t('plan.intro'))}</p>"),
            widgets.HBox([self._start, self._weeks], layout=widgets.Layout(flex_flow="row wrap")),
            self._weeks_message,
            *self._parts.values(),
            self._clusters,
            widgets.HTML(f"<strong>{esc(t('plan.check'))}</strong>"),
            self._issues,
            self._message,
        ]
        self._render()
        self._connect()

    @classmethod
    def from_example(cls, **kwargs) -> ClassPlanView:
        """A plan for the fictional example class (everybody in basis until you choose)."""
        return cls(overview=example_overview(), **kwargs)

    @property
    def plan(self) -> ClassPlan:
        """The plan as edited."""
        return self._plan

    def on_change(self, callback: Callable[[ClassPlan], None]) -> None:
        """Call ``callback(plan)`` after every change."""
        self._callbacks.append(callback)

    def set_plan(self, plan: ClassPlan | None) -> None:
        """Replace the plan (None: empty)."""
        self._plan = plan or ClassPlan()
        self._render()

    def use_overview(self, overview: ClassOverview) -> None:
        """Take the class name, the subgroups' students and the students to cluster from the overview."""
        parts = tuple(replace(p, students=overview.members(p.subgroup)) for p in self._plan.subgroups)
        self._students = overview.students
        self._plan = replace(self._plan, class_name=overview.class_name, subgroups=parts,
                             clusters=clusters_within(self._plan.clusters, overview.students))
        self._render()

    def _connect(self) -> None:
        self._start.observe(self._on_start, names="value")
        self._weeks.observe(self._on_weeks, names="value")

    @guarded
    def _on_start(self, _change=None) -> None:
        if self._syncing:
            return
        start = self._start.value if isinstance(self._start.value, date) else None
        self._update(replace(self._plan, start=start))

    @guarded
    def _on_weeks(self, _change=None) -> None:
        if self._syncing:
            return
        plan, issue = with_weeks(self._plan, self._weeks.value)
        self._weeks_message.value = "" if issue is None else number_notice(
            issue, label=t("plan.weeks"), minimum=MIN_TYPED_WEEKS, maximum=MAX_TYPED_WEEKS,
            kept=t("plan.weeks_kept", weeks=plan.weeks))
        if issue is None:
            self._update(plan)
        else:
            self._render()  # the field shows the weeks in use again

    def _on_part(self, part: SubgroupPlan) -> None:
        self._update(self._plan.with_part(part))

    def _on_clusters(self, clusters: tuple[NeedCluster, ...]) -> None:
        self._update(replace(self._plan, clusters=clusters))

    def _update(self, plan: ClassPlan) -> None:
        self._plan = plan
        self._render()
        for callback in self._callbacks:
            callback(plan)

    def _render(self) -> None:
        self._syncing = True
        try:
            self._start.value = self._plan.start
            self._weeks.value = str(self._plan.weeks)
        finally:
            self._syncing = False
        for subgroup, editor in self._parts.items():
            editor.show(self._plan.part(subgroup))
        self._clusters.show(self._plan.clusters, self._students)
        issues = plan_issues(self._plan)
        if issues:
            items = "".join(f"<li>{esc(issue_text(i))}</li>" for i in issues)
            self._issues.value = f"<ul>{items}</ul>"
        else:
            self._issues.value = notice(t("plan.complete"), kind="success")
