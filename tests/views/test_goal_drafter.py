"""GoalDrafter without a browser: set values, click, look at domain objects and visible HTML."""

from __future__ import annotations

import pytest

from hgw_widgets import Goal, GoalDrafter
from hgw_widgets.domain.goals import MAX_GOAL_CHARS
from hgw_widgets.views.goal_drafter import MAX_GOALS

GOOD = "Over drie weken groet Jordi de mentor bij elke binnenkomst"


def _row(drafter, criterion):
    html = drafter._feedback.value
    start = html.index(f'data-criterion="{criterion}"')
    return html[start : html.index("</tr>", start)]


def test_feedback_updates_while_typing():
    drafter = GoalDrafter.from_case("jordi")
    drafter._text.value = "doe normaal"
    assert "nog niet" in _row(drafter, "specific")
    assert "nog niet" in _row(drafter, "measurable")
    drafter._text.value = GOOD
    for criterion in ("specific", "measurable", "time_bound", "positive"):
        assert "in orde" in _row(drafter, criterion)
    assert "jouw oordeel" in _row(drafter, "inspiring")


def test_add_keeps_confirmations_and_clears_the_form():
    drafter = GoalDrafter()
    seen = []
    drafter.on_change(seen.append)
    drafter._text.value = "  " + GOOD + "  "
    drafter._acceptable.value = True
    drafter._inspiring.value = True
    drafter._add.click()
    assert drafter.goals == (Goal(GOOD, acceptable=True, realistic=False, inspiring=True),)
    assert seen == [drafter.goals]
    assert drafter._text.value == ""
    assert not drafter._acceptable.value
    assert "Toegevoegd" in drafter._message.value
    assert GOOD in drafter._list.children[0].children[0].value


def test_remove_a_goal():
    drafter = GoalDrafter(goals=[Goal("Ik ga op mijn stoel zitten."), Goal(GOOD)])
    first_row = drafter._list.children[0]
    first_row.children[1].click()
    assert [g.text for g in drafter.goals] == [GOOD]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Schrijf eerst een doel"),
        ("    ", "Schrijf eerst een doel"),
        ("a" * (MAX_GOAL_CHARS + 1), "te lang"),
    ],
)
def test_bad_input_gives_a_hint_and_adds_nothing(text, message):
    drafter = GoalDrafter(goals=[Goal(GOOD)])
    drafter._text.value = text
    drafter._add.click()
    assert message in drafter._message.value
    assert len(drafter.goals) == 1


def test_duplicates_and_full_list_are_refused():
    drafter = GoalDrafter(goals=[Goal(GOOD)])
    drafter._text.value = GOOD
    drafter._add.click()
    assert "staat al" in drafter._message.value
    full = GoalDrafter(goals=[Goal(f"Ik groet {i} keer.") for i in range(MAX_GOALS)])
    full._text.value = GOOD
    full._add.click()
    assert len(full.goals) == MAX_GOALS
    assert "vol" in full._message.value


def test_user_text_is_escaped_everywhere():
    drafter = GoalDrafter()
    hostile = "<script>alert(1)</script> <b>vet</b> 😀"
    drafter._text.value = hostile
    assert "<script>" not in drafter._feedback.value
    drafter._add.click()
    shown = drafter._list.children[0].children[0].value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "<b>vet</b>" not in shown
    assert "😀" in shown


def test_a_huge_value_from_the_browser_is_checked_only_in_part():
    drafter = GoalDrafter()
    drafter._text.value = "groet " * 200_000
    assert drafter.report["specific"].reason == "too_long"
    drafter._add.click()
    assert drafter.goals == ()


def test_an_unexpected_error_shows_dutch_text_not_a_traceback(monkeypatch):
    import hgw_widgets.views.goal_drafter as module

    drafter = GoalDrafter()

    def boom(_text):
        raise RuntimeError("internal detail /work/secret.py")

    monkeypatch.setattr(module, "check_smarti", boom)
    drafter._text.value = "Ik ga zitten."
    assert "Er ging iets mis" in drafter._message.value
    assert "secret" not in drafter._message.value
    assert drafter._text.value == "Ik ga zitten."
