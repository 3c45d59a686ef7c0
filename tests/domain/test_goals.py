from __future__ import annotations

import pytest

from hgw_widgets import Goal
from hgw_widgets.domain.goals import MAX_GOAL_CHARS, clean_goal_text, goal_text_issues


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("", ("empty",)),
        ("   \n ", ("empty",)),
        ("Ik ga op mijn stoel zitten.", ()),
        ("x" * MAX_GOAL_CHARS, ()),
        ("x" * (MAX_GOAL_CHARS + 1), ("too_long",)),
        (None, ("empty",)),
    ],
)
def test_goal_text_issues(text, codes):
    assert tuple(i.code for i in goal_text_issues(text)) == codes


def test_clean_goal_text_collapses_white_space():
    assert clean_goal_text("  Ik  ga\n zitten. ") == "Ik ga zitten."


def test_goal_is_frozen_and_checks_itself():
    goal = Goal("Over drie weken groet Jordi de mentor bij elke binnenkomst")
    assert goal.owner == "student"
    assert goal.report.automatic_met
    with pytest.raises(AttributeError):
        goal.text = "iets anders"  # type: ignore[misc]
