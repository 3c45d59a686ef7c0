from __future__ import annotations

import pytest

from hgw_widgets import Goal
from hgw_widgets.domain.goals import MAX_GOAL_CHARS, goal_text_issues
from hgw_widgets.domain.text import one_line


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
    assert one_line("  Ik  ga\n zitten. ", None) == "Ik ga zitten."


def test_goal_is_frozen_and_checks_itself():
    goal = Goal("Over drie weken groet Jordi de mentor bij elke binnenkomst")
    assert goal.owner == "student"
    assert goal.report.automatic_met
    with pytest.raises(AttributeError):
        goal.text = "iets anders"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("existing", "text", "limit", "code"),
    [
        ((), "   ", 3, "empty"),
        ((), "x" * 301, 3, "too_long"),
        ((Goal("Jordi groet de mentor"),), "  Jordi  groet de mentor ", 3, "duplicate"),
        ((Goal("a"), Goal("b")), "c", 2, "full"),
        ((), "Jordi groet de mentor", 2, None),
    ],
)
def test_add_goal_is_one_rule_for_every_list(existing, text, limit, code):
    from hgw_widgets.domain.goals import add_goal

    goals, issue = add_goal(existing, Goal(text), limit=limit)
    if code is None:
        assert issue is None and goals[-1].text == "Jordi groet de mentor" and len(goals) == len(existing) + 1
    else:
        assert issue.code == code and goals == existing
