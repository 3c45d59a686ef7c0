"""The goal card's editing rules (domain.goal_card_edits): what the builder's handlers used to decide."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets.domain.goal_card import MAX_CARD_GOALS, MAX_NAME_CHARS, MAX_NOTE_CHARS, GoalCard
from hgw_widgets.domain.goal_card_edits import MAX_AGREED, save_goal, with_details
from hgw_widgets.domain.goals import MAX_GOAL_CHARS, Goal
from hgw_widgets.domain.issues import Issue

CARD = GoalCard(student="Jordi", goals=(Goal("Ik steek mijn vinger op."), Goal("Ik blijf zitten.")))


def test_save_goal_adds_a_cleaned_goal_at_the_end():
    card, issue = save_goal(CARD, "  Ik  neem mijn\nagenda mee. ", owner="teacher", acceptable=1, realistic="x")
    assert issue is None
    assert card.goals[-1] == Goal("Ik neem mijn agenda mee.", owner="teacher", acceptable=True, realistic=True)
    assert len(card.goals) == 3


@pytest.mark.parametrize("text, editing, expected", [
    ("", None, Issue("empty", "text")),
    (None, None, Issue("empty", "text")),
    ("x" * (MAX_GOAL_CHARS + 1), None, Issue("too_long", "text", str(MAX_GOAL_CHARS))),
    ("Ik blijf zitten.", None, Issue("duplicate", "goal")),
    (" Ik  blijf zitten. ", 0, Issue("duplicate", "goal")),  # another goal already says it
], ids=["empty", "not-text", "too-long", "duplicate", "duplicate-while-editing"])
def test_save_goal_refuses_and_leaves_the_card(text, editing, expected):
    card, issue = save_goal(CARD, text, editing=editing)
    assert (card, issue) == (CARD, expected)


def test_save_goal_changes_the_goal_being_edited_even_to_its_own_text():
    card, issue = save_goal(CARD, "Ik blijf zitten.", editing=1, inspiring=True)
    assert issue is None
    assert card.goals[1] == Goal("Ik blijf zitten.", inspiring=True)
    assert len(card.goals) == 2


def test_save_goal_refuses_a_goal_on_a_full_card_but_edits_one():
    full = GoalCard(goals=tuple(Goal(f"Doel {i}.") for i in range(MAX_CARD_GOALS)))
    assert save_goal(full, "Nog een doel.") == (full, Issue("full", "goals", str(MAX_CARD_GOALS)))
    card, issue = save_goal(full, "Nog een doel.", editing=0)
    assert issue is None and card.goals[0].text == "Nog een doel."


@pytest.mark.parametrize("editing", [99, -1, "0", 2.0])
def test_save_goal_with_a_position_no_longer_on_the_card_adds(editing):
    card, issue = save_goal(CARD, "Ik kijk mijn werk na.", editing=editing)
    assert issue is None and len(card.goals) == 3


def test_save_goal_reads_an_unknown_owner_as_the_student():
    card, _issue = save_goal(CARD, "Ik kijk mijn werk na.", owner="<script>")
    assert card.goals[-1].owner == "student"


DETAILS = dict(student=" Jordi ", class_name="1B", author="mentor", agreed_by="Jordi, , mentor ,ouders",
               notes="  Samen  besproken.\n", start=date(2026, 3, 2), evaluation=date(2026, 3, 23))


def test_with_details_cleans_every_field():
    card, issues = with_details(GoalCard(), **DETAILS)
    assert issues == ()
    assert (card.student, card.class_name, card.author) == ("Jordi", "1B", "mentor")
    assert card.agreed_by == ("Jordi", "mentor", "ouders")
    assert card.notes == "Samen  besproken."  # notes kept as typed, trimmed at the ends
    assert (card.start, card.evaluation) == (date(2026, 3, 2), date(2026, 3, 23))


def test_with_details_keeps_at_most_ten_who_agreed():
    card, _ = with_details(GoalCard(), **{**DETAILS, "agreed_by": ",".join(f"p{i}" for i in range(20))})
    assert len(card.agreed_by) == MAX_AGREED


@pytest.mark.parametrize("field, key, limit", [
    ("student", "student", MAX_NAME_CHARS), ("class", "class_name", 20), ("author", "author", MAX_NAME_CHARS),
    ("notes", "notes", MAX_NOTE_CHARS)])
def test_with_details_refuses_text_that_is_too_long_and_changes_nothing(field, key, limit):
    card, issues = with_details(CARD, **{**DETAILS, key: "x" * (limit + 1)})
    assert card == CARD
    assert issues == (Issue("too_long", field, str(limit)),)


def test_with_details_takes_the_rest_and_keeps_a_refused_date():
    card, issues = with_details(CARD, **{**DETAILS, "evaluation": date(2026, 2, 1)})
    assert [i.code for i in issues] == ["before_start"]
    assert card.student == "Jordi" and card.evaluation is None and card.start == date(2026, 3, 2)


@pytest.mark.parametrize("value", [None, 5, ["a"], {"x": 1}])
def test_with_details_reads_values_that_are_not_text_as_empty(value):
    card, issues = with_details(CARD, student=value, class_name=value, author=value, agreed_by=value, notes=value,
                                start=value, evaluation=value)
    assert issues == ()
    assert (card.student, card.class_name, card.author, card.agreed_by, card.notes) == ("", "", "", (), "")
