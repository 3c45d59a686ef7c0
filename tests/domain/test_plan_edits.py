"""The planner's rules as domain calls: each returns the new plan and what was refused, as data."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets.domain.conversation import MAX_ITEMS, MAX_STUDENT, MAX_WHO, Concern, plan_from_structure
from hgw_widgets.domain.plan_edits import (
    add_concern, add_strength, shows_example, with_fields, with_phase_edit, with_structure_choice, without_item,
)
from hgw_widgets.domain.structures import load_structure

FIELDS = dict(reason="Zorgen over ruzies", goals="Samen afspraken maken\n\n  Beter  plannen ",
              participants="Kevin\nmoeder", chair="Mevrouw De Vries", student_invited=True,
              meeting_date=date(2026, 12, 3), school_examples="Maandag ruzie op de trap", home_examples="")


def test_with_fields_takes_tidy_text(kevin_plan):
    plan, issues = with_fields(kevin_plan, example=kevin_plan, student="  Kevin ", **FIELDS)
    assert issues == ()
    assert plan.student == "Kevin" and plan.goals == ("Samen afspraken maken", "Beter plannen")
    assert plan.meeting_date == date(2026, 12, 3) and [p.name for p in plan.participants] == ["Kevin", "moeder"]


@pytest.mark.parametrize(("field", "limit"), [("student", MAX_STUDENT), ("chair", MAX_WHO)])
def test_with_fields_refuses_text_over_the_limit_and_changes_nothing(kevin_plan, field, limit):
    typed = {**FIELDS, "student": "Kevin", field: "x" * (limit + 1)}
    plan, issues = with_fields(kevin_plan, example=kevin_plan, **typed)
    assert plan == kevin_plan
    assert [(i.code, i.field, i.detail) for i in issues] == [("too_long", field, str(limit))]


def test_with_fields_for_another_student_removes_the_example_and_says_what(kevin_plan):
    typed = {k: v for k, v in FIELDS.items()}
    typed.update(reason=kevin_plan.reason, goals="\n".join(kevin_plan.goals))
    plan, issues = with_fields(kevin_plan, example=kevin_plan, student="Mila", **typed)
    assert plan.student == "Mila" and plan.reason == "" and plan.goals == ()
    assert [(i.code, i.field) for i in issues] == [("example_removed", "student")]
    assert {"reason", "goals"} <= set(issues[0].detail.split(","))


def test_with_fields_reads_anything_that_is_not_text_as_empty(kevin_plan):
    typed = {**FIELDS, "goals": ["not", "text"], "meeting_date": "2026-12-03"}
    plan, issues = with_fields(kevin_plan, example=kevin_plan, student="Kevin", **typed)
    assert issues == () and plan.goals == () and plan.meeting_date is None


def test_add_strength():
    plan = plan_from_structure()
    plan, issue = add_strength(plan, "creative", "  tekent  graag ")
    assert issue is None and plan.strengths[-1].area == "creative" and plan.strengths[-1].text == "tekent graag"
    again, issue = add_strength(plan, "no-such-area", "helpt anderen")
    assert issue is None and again.strengths[-1].area == "learning"  # the first area
    assert add_strength(plan, "creative", "   ") == (plan, add_strength(plan, "creative", "")[1])
    assert add_strength(plan, "creative", "   ")[1].code == "empty"


def test_add_strength_stops_at_the_limit():
    plan = plan_from_structure()
    for n in range(MAX_ITEMS):
        plan, issue = add_strength(plan, "learning", f"punt {n}")
        assert issue is None
    same, issue = add_strength(plan, "learning", "nog een")
    assert same == plan and (issue.code, issue.detail) == ("full", str(MAX_ITEMS))


@pytest.mark.parametrize(("text", "code"), [("", "empty"), ("Wij maken ons zorgen omdat", "empty"),
                                            ("Sem", "name_only"), (None, "empty")])
def test_add_concern_refuses(text, code):
    plan = plan_from_structure()
    same, issue = add_concern(plan, text, "")
    assert same == plan and issue.code == code


def test_add_concern_keeps_the_example():
    plan, issue = add_concern(plan_from_structure(), "Kevin vaak botst met klasgenoten", " maandag  op de trap ")
    assert issue is None and plan.concerns == (Concern("Kevin vaak botst met klasgenoten", "maandag op de trap"),)


def test_without_item(kevin_plan):
    assert without_item(kevin_plan, "strengths", 0).strengths == kevin_plan.strengths[1:]
    assert without_item(kevin_plan, "strengths", 99) == kevin_plan
    with pytest.raises(ValueError):
        without_item(kevin_plan, "phases", 0)


def test_with_phase_edit_takes_notes_even_when_minutes_are_refused(kevin_plan):
    plan, issue = with_phase_edit(kevin_plan, 1, "2,5", "  let op de tijd ")
    assert issue.code == "not_whole"
    assert plan.phases[1].minutes == kevin_plan.phases[1].minutes and plan.phases[1].notes == "let op de tijd"
    assert with_phase_edit(kevin_plan, 99, "5", "x") == (kevin_plan, None)


# --- issue 17 newcomer: a klassenbespreking chosen on Kevin's example kept Kevin and his mother ---------------


def test_a_team_meeting_chosen_on_the_example_starts_without_it(kevin_plan):
    plan, issues = with_structure_choice(kevin_plan, load_structure("klassenbespreking"), example=kevin_plan)
    assert plan.audience == "team" and plan.structure_id == "klassenbespreking"
    assert plan.student == "" and not plan.participants and not plan.concerns and not plan.strengths
    assert plan.reason == "" and not plan.goals and not plan.school_examples and not plan.agreements
    assert issues[0].code == "example_removed" and issues[0].field == "structure"
    assert issues[0].detail.split(",")[:3] == ["student", "reason", "goals"]
    assert not shows_example(plan, kevin_plan) and shows_example(kevin_plan, kevin_plan)


def test_a_parents_structure_keeps_the_example(kevin_plan):
    plan, issues = with_structure_choice(kevin_plan, load_structure("multidisciplinair-overleg"), example=kevin_plan)
    assert issues == () and plan.student == "Kevin" and plan.concerns == kevin_plan.concerns


def test_a_team_meeting_keeps_the_mentors_own_plan(kevin_plan):
    own, _ = with_fields(kevin_plan, example=kevin_plan, student="klas 2B", reason="Evaluatie", goals="",
                         participants="Sanne, mentor", chair="Sanne", student_invited=False, meeting_date=None,
                         school_examples="", home_examples="")
    plan, issues = with_structure_choice(own, load_structure("klassenbespreking"), example=kevin_plan)
    assert issues == () and plan.student == "klas 2B" and plan.reason == "Evaluatie" and plan.audience == "team"
