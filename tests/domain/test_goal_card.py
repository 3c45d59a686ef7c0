"""GoalCard: editing returns new cards, gaps and issues come back as data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hgw_widgets.domain.case import load_case
from hgw_widgets.domain.goal_card import GoalCard, card_from_case, card_issues, new_goal, smarti_gaps
from hgw_widgets.domain.goals import Goal

A, B, C = (Goal(text) for text in ("Ik groet de mentor.", "Ik hang mijn jas op.", "Ik ga zitten."))


def test_jordi_card_from_the_case():
    card = card_from_case(load_case("jordi"), start=date(2026, 11, 30))
    assert card.student == "Jordi"
    assert len(card.student_goals) == 6
    assert [g.text for g in card.teacher_goals] == [
        "De mentor roept niet meer door de klas dat Jordi normaal moet doen."
    ]
    assert card.evaluation == date(2026, 12, 21)
    assert card.weeks == 3
    assert card_issues(card) == ()


def test_start_defaults_to_a_future_monday():
    card = card_from_case(load_case("jordi"))
    assert card.start.weekday() == 0 and card.start > date.today()


@pytest.mark.parametrize(
    ("index", "offset", "expected"),
    [
        (0, 1, (B, A, C)),
        (2, -1, (A, C, B)),
        (0, -1, (A, B, C)),  # already first: stays
        (2, 5, (A, B, C)),  # clamped to the end
        (0, 2, (B, C, A)),
    ],
)
def test_move_goal(index, offset, expected):
    assert GoalCard(goals=(A, B, C)).move_goal(index, offset).goals == expected


def test_edit_operations_do_not_change_the_original():
    card = GoalCard(goals=(A, B))
    assert card.with_goal(C).goals == (A, B, C)
    assert card.without_goal(0).goals == (B,)
    assert card.replace_goal(1, C).goals == (A, C)
    assert card.goals == (A, B)
    with pytest.raises(IndexError):
        card.without_goal(2)
    with pytest.raises(IndexError):
        card.replace_goal(-1, C)


@pytest.mark.parametrize(
    ("card", "codes"),
    [
        (GoalCard(), {("empty", "student"), ("empty", "goals"), ("empty", "evaluation")}),
        (GoalCard(student="x" * 61, goals=(A,), evaluation=date(2027, 1, 1)), {("too_long", "student")}),
        (
            GoalCard(student="Jordi", goals=(A,), start=date(2026, 1, 5), evaluation=date(2026, 1, 5)),
            {("before_start", "evaluation")},
        ),
        (GoalCard(student="Jordi", goals=(A,) * 13, evaluation=date(2027, 1, 1)), {("too_many", "goals")}),
        (GoalCard(student="Jordi", goals=(A,), start=date(2026, 1, 5), evaluation=date(2026, 1, 26)), set()),
    ],
)
def test_card_issues(card, codes):
    assert {(i.code, i.field) for i in card_issues(card)} == codes


def test_smarti_gaps_use_the_card_date_for_time_bound():
    vague = Goal("Jordi doet normaal.", acceptable=True, realistic=True, inspiring=True)
    good = Goal("Ik hang mijn jas aan de kapstok achter in het lokaal.", acceptable=True, realistic=True, inspiring=True)
    with_date = GoalCard(goals=(good, vague), evaluation=date(2027, 1, 1))
    gaps = dict(smarti_gaps(with_date))
    assert 0 not in gaps
    assert "specific" in gaps[1] and "time_bound" not in gaps[1]
    without_date = dict(smarti_gaps(GoalCard(goals=(good,))))
    assert without_date[0] == ("time_bound",)


def test_smarti_gaps_name_missing_judgements():
    goal = Goal("Ik hang mijn jas aan de kapstok achter in het lokaal.", acceptable=True)
    assert dict(smarti_gaps(GoalCard(goals=(goal,), evaluation=date(2027, 1, 1)))) == {0: ("realistic", "inspiring")}


@pytest.mark.parametrize(
    ("text", "owner", "code"),
    [
        ("", "student", "empty"),
        ("   \n ", "student", "empty"),
        ("x" * 301, "student", "too_long"),
        ("Ik groet.", "parent", "unknown"),
        (None, "student", "empty"),
    ],
)
def test_new_goal_refuses(text, owner, code):
    goal, issues = new_goal(text, owner=owner)
    assert goal is None and issues[0].code == code


def test_new_goal_cleans_white_space():
    goal, issues = new_goal("  Ik   groet\n de mentor ", owner="teacher", acceptable=True)
    assert issues == () and goal == Goal("Ik groet de mentor", owner="teacher", acceptable=True)


START, EVAL = date(2026, 11, 30), date(2026, 12, 21)


@pytest.mark.parametrize(("start", "evaluation", "expected", "issue"), [
    (START, date(2026, 11, 23), (START, EVAL), ("before_start", "evaluation", "2026-11-23")),
    (START, START, (START, EVAL), ("before_start", "evaluation", "2026-11-30")),
    (date(2027, 1, 4), EVAL, (START, EVAL), ("before_start", "start", "2027-01-04")),
    (date(1, 11, 30), EVAL, (START, EVAL), ("year", "start", "0001-11-30")),
    (START, date(1, 12, 21), (START, EVAL), ("year", "evaluation", "0001-12-21")),
    (START, date(2100, 1, 1), (START, EVAL), ("year", "evaluation", "2100-01-01")),
])
def test_dates_that_cannot_be_right_are_refused_and_the_card_keeps_its_dates(start, evaluation, expected, issue):
    """Issue 12 (newcomer round): an evaluation before the start and a year "1" were accepted silently."""
    from hgw_widgets.domain.goal_card import with_dates

    card = GoalCard(student="Jordi", goals=(A,), start=START, evaluation=EVAL, notes="blijft")
    changed, issues = with_dates(card, start, evaluation)
    assert (changed.start, changed.evaluation) == expected and changed.notes == "blijft" and changed.goals == (A,)
    assert [(i.code, i.field, i.detail) for i in issues] == [issue]


@pytest.mark.parametrize(("start", "evaluation"), [(START, date(2027, 1, 11)), (None, EVAL), (START, None),
                                                   (date(2026, 12, 7), EVAL)])
def test_dates_that_fit_are_taken(start, evaluation):
    from hgw_widgets.domain.goal_card import with_dates

    card = GoalCard(start=START, evaluation=EVAL)
    assert with_dates(card, start, evaluation) == (GoalCard(start=start, evaluation=evaluation), ())


# --- goals from chapter 02 on a card that still shows the example (issue 12, newcomer round) -------

def test_drafted_goals_replace_an_untouched_example():
    from hgw_widgets.domain.goal_card import GoalCard, take_over_goals
    from hgw_widgets.domain.goals import Goal

    example = GoalCard(student="Jordi", class_name="1B", goals=(Goal("Ik groet de mentor."), Goal("Ik zit op mijn plek.")),
                       agreed_by=("Jordi", "mentor"), notes="Elke vrijdag kort bespreken.")
    mine = (Goal("Daan komt elke dag op tijd binnen."),)
    result = take_over_goals(example, mine, example=example)
    assert result.replaced_example and result.added == 1
    assert result.card.goals == mine
    assert (result.card.student, result.card.class_name, result.card.agreed_by, result.card.notes) == ("", "", (), "")
    renamed = replace(example, student="Daan", class_name="2B")  # the mentor typed the name first
    result = take_over_goals(renamed, mine, example=example)
    assert result.card.goals == mine and (result.card.student, result.card.class_name) == ("Daan", "2B")


def test_drafted_goals_are_added_to_a_card_the_mentor_changed_or_without_an_example():
    from hgw_widgets.domain.goal_card import GoalCard, take_over_goals
    from hgw_widgets.domain.goals import Goal

    example = GoalCard(student="Jordi", goals=(Goal("Ik groet de mentor."), Goal("Ik zit op mijn plek.")))
    changed = example.without_goal(1)
    mine = (Goal("Daan komt elke dag op tijd binnen."), Goal("Ik groet de mentor."))
    result = take_over_goals(changed, mine, example=example)
    assert not result.replaced_example
    assert [g.text for g in result.card.goals] == ["Ik groet de mentor.", "Daan komt elke dag op tijd binnen."]
    assert (result.added, result.same, result.full) == (1, 1, 0)
    assert take_over_goals(example, mine).replaced_example is False  # no example given: nothing replaced
    assert take_over_goals(example, (), example=example).card == example  # nothing offered: nothing changes
    full = take_over_goals(GoalCard(), [Goal(f"Ik groet {i} keer.") for i in range(3)], limit=2)
    assert (full.added, full.full) == (2, 1)
