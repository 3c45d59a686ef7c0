"""The class plan: per subgroup goals, approach, organisation and evaluation.

A plan covers a period of 6 to 12 weeks. Each subgroup (basis, intensief,
verdiept) gets its goals (SMARTI-checked with ``check_smarti``), the
teacher's approach (e.g. shortened or extended instruction, pre-teaching,
extra practice, enrichment), the organisation (when, where, how long) and an
evaluation date. Keep it small and useful: a plan that ends up in a drawer
helps nobody. ``plan_issues`` returns what is missing or wrong as data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from .class_overview import SUBGROUPS, ClassOverview
from .goals import MAX_GOAL_CHARS, Goal, add_goal
from .issues import Issue
from .need_clusters import MAX_CLUSTERS, NeedCluster
from .numbers import parse_whole
from .smarti import AUTOMATIC
from .text import block, one_line

MIN_WEEKS = 6
MAX_WEEKS = 12
"""The advice: a plan covers 6 to 12 weeks (``plan_issues`` reports a period outside it)."""
MIN_TYPED_WEEKS = 1
MAX_TYPED_WEEKS = 52
"""What can be typed as a period at all: 1 to 52 whole weeks (one year); outside it is refused."""
MAX_GOALS_PER_SUBGROUP = 5
MAX_PLAN_CHARS = 1_000


@dataclass(frozen=True)
class SubgroupPlan:
    """The part of the plan for one subgroup.

    Args:
        subgroup: ``"basis"``, ``"intensief"`` or ``"verdiept"``.
        students: who is in it (names as in the overview).
        goals: the goals for this period (each SMARTI-checked through ``Goal.report``).
        approach: what the teacher does differently.
        organisation: when, where and how long.
        evaluation: when the goals are evaluated (None: not yet planned).
    """

    subgroup: str
    students: tuple[str, ...] = ()
    goals: tuple[Goal, ...] = ()
    approach: str = ""
    organisation: str = ""
    evaluation: date | None = None

    def __post_init__(self) -> None:
        if self.subgroup not in SUBGROUPS:
            raise ValueError(f"subgroup must be one of {SUBGROUPS}, got {self.subgroup!r}")
        if self.evaluation is not None and not isinstance(self.evaluation, date):
            raise TypeError("evaluation must be a date")
        object.__setattr__(self, "students", tuple(str(s) for s in self.students))
        object.__setattr__(self, "goals", tuple(self.goals)[:MAX_GOALS_PER_SUBGROUP])
        object.__setattr__(self, "approach", block(self.approach, MAX_PLAN_CHARS))
        object.__setattr__(self, "organisation", block(self.organisation, MAX_PLAN_CHARS))


def add_subgroup_goal(part: SubgroupPlan, text: object) -> tuple[SubgroupPlan, Issue | None]:
    """``part`` with a goal added, or unchanged with the reason (the one rule for adding a goal,
    ``goals.add_goal``, with at most ``MAX_GOALS_PER_SUBGROUP`` goals per subgroup).

    Issues: ``empty``, ``too_long`` (detail ``MAX_GOAL_CHARS``), ``duplicate``, ``full`` (detail the limit).
    """
    goals, issue = add_goal(part.goals, Goal(text if isinstance(text, str) else ""), limit=MAX_GOALS_PER_SUBGROUP)
    return (part, issue) if issue is not None else (replace(part, goals=goals), None)


def without_last_goal(part: SubgroupPlan) -> SubgroupPlan:
    """``part`` without its last goal (unchanged when it has none)."""
    return replace(part, goals=part.goals[:-1]) if part.goals else part


@dataclass(frozen=True)
class ClassPlan:
    """A class plan for one period.

    Args:
        class_name: e.g. "2B".
        start: first day of the period.
        weeks: length of the period (6-12 weeks is the rule; see ``plan_issues``).
        subgroups: one ``SubgroupPlan`` per subgroup, in ``SUBGROUPS`` order.
        clusters: students grouped by a shared educational need, each with its approach
            (``need_clusters``); a student can be in several clusters, next to one subgroup.
    """

    class_name: str = ""
    start: date | None = None
    weeks: int = 8
    subgroups: tuple[SubgroupPlan, ...] = ()
    clusters: tuple[NeedCluster, ...] = ()

    def __post_init__(self) -> None:
        if self.start is not None and not isinstance(self.start, date):
            raise TypeError("start must be a date")
        if isinstance(self.weeks, bool) or not isinstance(self.weeks, int):
            raise TypeError("weeks must be a whole number")
        object.__setattr__(self, "class_name", one_line(self.class_name, 40))
        given = {p.subgroup: p for p in self.subgroups}
        if len(given) != len(tuple(self.subgroups)):
            raise ValueError("each subgroup may appear only once")
        object.__setattr__(self, "subgroups", tuple(given.get(s, SubgroupPlan(s)) for s in SUBGROUPS))
        clusters = tuple(self.clusters)
        if any(not isinstance(c, NeedCluster) for c in clusters):
            raise TypeError("clusters must be NeedCluster objects")
        if len(clusters) > MAX_CLUSTERS or len({c.key for c in clusters}) != len(clusters):
            raise ValueError(f"at most {MAX_CLUSTERS} clusters, each need once")
        object.__setattr__(self, "clusters", clusters)

    @classmethod
    def from_overview(cls, overview: ClassOverview, *, start: date | None = None, weeks: int = 8) -> ClassPlan:
        """A plan with each subgroup's students taken from the overview."""
        return cls(
            class_name=overview.class_name,
            start=start,
            weeks=weeks,
            subgroups=tuple(SubgroupPlan(s, students=overview.members(s)) for s in SUBGROUPS),
        )

    @property
    def end(self) -> date | None:
        """The last day of the period (None without a start date)."""
        return None if self.start is None else self.start + timedelta(weeks=self.weeks, days=-1)

    def part(self, subgroup: str) -> SubgroupPlan:
        """The plan of one subgroup."""
        return next(p for p in self.subgroups if p.subgroup == subgroup)

    def with_part(self, part: SubgroupPlan) -> ClassPlan:
        """A copy with one subgroup's plan replaced."""
        return replace(self, subgroups=tuple(part if p.subgroup == part.subgroup else p for p in self.subgroups))


def with_weeks(plan: ClassPlan, weeks: object) -> tuple[ClassPlan, Issue | None]:
    """``plan`` with a period of ``weeks`` (what was typed: "8", "8,0"), or unchanged with the reason.

    Read by ``numbers.parse_whole`` (field ``weeks``): "6,5" or a value outside
    ``MIN_TYPED_WEEKS``-``MAX_TYPED_WEEKS`` leaves the plan as it was; nothing is clamped or
    rounded. A period outside the advised 6-12 weeks is kept and reported by ``plan_issues``.
    """
    value, issue = parse_whole(weeks, field="weeks", minimum=MIN_TYPED_WEEKS, maximum=MAX_TYPED_WEEKS)
    if issue is not None:
        return plan, issue
    return replace(plan, weeks=value), None


def plan_issues(plan: ClassPlan) -> tuple[Issue, ...]:
    """What is missing or wrong in a plan, as data (empty when the plan is complete).

    Codes: ``no_start``, ``too_short`` / ``too_long`` (period outside 6-12 weeks,
    detail = weeks), and per subgroup with students (field = the subgroup):
    ``no_goal``, ``goal_too_long``, ``not_smarti`` (detail = goal number and
    the unmet criteria), ``no_approach``, ``no_evaluation``,
    ``evaluation_outside`` (evaluation date not within the period); per cluster with students
    (field = the need): ``cluster_no_approach``.
    """
    issues: list[Issue] = []
    if plan.start is None:
        issues.append(Issue("no_start", "start"))
    if plan.weeks < MIN_WEEKS:
        issues.append(Issue("too_short", "weeks", str(plan.weeks)))
    elif plan.weeks > MAX_WEEKS:
        issues.append(Issue("too_long", "weeks", str(plan.weeks)))
    for part in plan.subgroups:
        if not part.students and not part.goals:
            continue
        if not part.goals:
            issues.append(Issue("no_goal", part.subgroup))
        for number, goal in enumerate(part.goals, start=1):
            if len(goal.text) > MAX_GOAL_CHARS:
                issues.append(Issue("goal_too_long", part.subgroup, str(number)))
                continue
            report = goal.report
            unmet = [name for name in AUTOMATIC if not report[name].met]
            if unmet:
                issues.append(Issue("not_smarti", part.subgroup, f"{number}:{','.join(unmet)}"))
        if not part.approach:
            issues.append(Issue("no_approach", part.subgroup))
        if part.evaluation is None:
            issues.append(Issue("no_evaluation", part.subgroup))
        elif plan.start is not None and not plan.start <= part.evaluation <= plan.end:
            issues.append(Issue("evaluation_outside", part.subgroup, part.evaluation.isoformat()))
    issues.extend(Issue("cluster_no_approach", c.need) for c in plan.clusters if c.students and not c.approach)
    return tuple(issues)
