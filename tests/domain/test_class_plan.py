"""ClassPlan: subgroups, SMARTI-checked goals, a period of 6-12 weeks."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from hgw_widgets import ClassOverview, ClassPlan, Goal, StudentNotes
from hgw_widgets.domain.class_plan import SubgroupPlan, plan_issues
from hgw_widgets.domain.goals import MAX_GOAL_CHARS

START = date(2026, 1, 12)
GOOD_GOAL = Goal("Over zes weken haalt elke leerling van deze groep minimaal een 6 voor de toets breuken.")


def overview() -> ClassOverview:
    grades = pd.DataFrame({"Wiskunde": [4.0, 7.0, 9.5]}, index=["Anna", "Bram", "Chaima"])
    return (ClassOverview(grades, class_name="2B")
            .with_notes(StudentNotes("Anna", subgroup="intensief"))
            .with_notes(StudentNotes("Chaima", subgroup="verdiept")))


def complete_plan(**changes) -> ClassPlan:
    plan = ClassPlan.from_overview(overview(), start=START, weeks=changes.pop("weeks", 8))
    for name in ("basis", "intensief", "verdiept"):
        plan = plan.with_part(SubgroupPlan(name, students=plan.part(name).students, goals=(GOOD_GOAL,),
                                           approach="verlengde instructie", evaluation=date(2026, 2, 27)))
    return plan


def test_from_overview_takes_the_subgroups():
    plan = ClassPlan.from_overview(overview(), start=START)
    assert [p.subgroup for p in plan.subgroups] == ["basis", "intensief", "verdiept"]
    assert plan.part("intensief").students == ("Anna",)
    assert plan.part("basis").students == ("Bram",)
    assert plan.class_name == "2B"
    assert plan.end == date(2026, 3, 8)


def test_complete_plan_has_no_issues():
    assert plan_issues(complete_plan()) == ()


PERIODS = [(5, ("too_short", "weeks", "5")), (6, None), (12, None), (13, ("too_long", "weeks", "13"))]


@pytest.mark.parametrize(("weeks", "issue"), PERIODS, ids=[str(p[0]) for p in PERIODS])
def test_period_must_be_6_to_12_weeks(weeks, issue):
    codes = [(i.code, i.field, i.detail) for i in plan_issues(complete_plan(weeks=weeks))]
    if issue is None:
        assert not [c for c in codes if c[1] == "weeks"]
    else:
        assert issue in codes


def test_goals_are_smarti_checked_and_parts_are_required():
    plan = complete_plan().with_part(SubgroupPlan("intensief", students=("Anna",), goals=(Goal("doe beter je best"),)))
    codes = {(i.code, i.field) for i in plan_issues(plan)}
    assert ("not_smarti", "intensief") in codes
    assert ("no_approach", "intensief") in codes
    assert ("no_evaluation", "intensief") in codes
    detail = next(i.detail for i in plan_issues(plan) if i.code == "not_smarti")
    assert detail.startswith("1:") and "time_bound" in detail


def test_evaluation_must_fall_within_the_period_and_empty_groups_are_skipped():
    plan = complete_plan().with_part(SubgroupPlan("verdiept", students=("Chaima",), goals=(GOOD_GOAL,),
                                                  approach="verrijking", evaluation=date(2026, 6, 1)))
    assert ("evaluation_outside", "verdiept") in {(i.code, i.field) for i in plan_issues(plan)}
    plan = complete_plan().with_part(SubgroupPlan("verdiept"))
    assert all(i.field != "verdiept" for i in plan_issues(plan))
    assert plan_issues(ClassPlan())[0].code == "no_start"


def test_plan_validates_types():
    with pytest.raises(ValueError):
        SubgroupPlan("top")
    with pytest.raises(TypeError):
        ClassPlan(weeks="8")
    with pytest.raises(ValueError):
        ClassPlan(subgroups=(SubgroupPlan("basis"), SubgroupPlan("basis")))


@pytest.mark.parametrize(("typed", "code"), [("6,5", "not_whole"), ("65", "out_of_range"), ("0", "out_of_range"),
                                             ("", "empty"), ("acht", "not_a_number")])
def test_weeks_are_refused_not_changed(typed, code):
    """Issue 12 §5: 6,5 weeks became 65 and then 52 without a word."""
    from hgw_widgets.domain.class_plan import with_weeks

    plan = ClassPlan(weeks=8)
    changed, issue = with_weeks(plan, typed)
    assert changed == plan and issue.code == code and issue.field == "weeks"


@pytest.mark.parametrize(("typed", "weeks"), [("6", 6), ("10,0", 10), ("13", 13), ("1", 1)])
def test_weeks_typed_with_comma_or_point(typed, weeks):
    from hgw_widgets.domain.class_plan import with_weeks

    changed, issue = with_weeks(ClassPlan(weeks=8), typed)
    assert issue is None and changed.weeks == weeks


# --- adding a goal to a subgroup: the one rule of goals.add_goal (issue 15) ------------------


@pytest.mark.parametrize(("typed", "code"), [("", "empty"), ("   ", "empty"), (None, "empty"),
                                             ("x" * (MAX_GOAL_CHARS + 1), "too_long")])
def test_add_subgroup_goal_refuses(typed, code):
    from hgw_widgets.domain.class_plan import SubgroupPlan, add_subgroup_goal

    part = SubgroupPlan("basis")
    assert add_subgroup_goal(part, typed)[0] == part and add_subgroup_goal(part, typed)[1].code == code


def test_add_subgroup_goal_cleans_refuses_a_duplicate_and_stops_at_the_limit():
    from hgw_widgets.domain.class_plan import MAX_GOALS_PER_SUBGROUP, SubgroupPlan, add_subgroup_goal, without_last_goal

    part, issue = add_subgroup_goal(SubgroupPlan("intensief"), "  Over zes  weken haalt iedereen een 6. ")
    assert issue is None and [g.text for g in part.goals] == ["Over zes weken haalt iedereen een 6."]
    same, issue = add_subgroup_goal(part, "Over zes weken haalt iedereen een 6.")
    assert same == part and issue.code == "duplicate"
    for n in range(MAX_GOALS_PER_SUBGROUP - 1):
        part, issue = add_subgroup_goal(part, f"Doel {n}")
        assert issue is None
    same, issue = add_subgroup_goal(part, "Nog een doel")
    assert same == part and (issue.code, issue.detail) == ("full", str(MAX_GOALS_PER_SUBGROUP))
    assert len(without_last_goal(part).goals) == MAX_GOALS_PER_SUBGROUP - 1
    assert without_last_goal(SubgroupPlan("basis")) == SubgroupPlan("basis")
