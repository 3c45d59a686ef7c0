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


# --- issue 12: the drafted goals survive a reload, can be downloaded, and travel to chapter 03 ---------

def _browser_reports(store, value):
    store._handle_message(store, {"event": "ready", "value": value}, [])


def test_drafted_goals_and_the_draft_come_back_after_a_reload():
    from hgw_widgets import GoalDrafter

    first = GoalDrafter()
    _browser_reports(first.work_bar.store, None)
    first._text.value = "Over drie weken groet Jordi de mentor bij elke binnenkomst"
    first._acceptable.value = True
    first._add.click()
    first._text.value = "Jordi zet zijn tas"  # half written when the page reloads
    first._realistic.value = True
    kept = first.work_bar.store.value
    assert kept, "nothing was kept in the browser"

    second = GoalDrafter()  # the page reloaded: a new kernel, the browser reports what it kept
    _browser_reports(second.work_bar.store, kept)
    assert [g.text for g in second.goals] == ["Over drie weken groet Jordi de mentor bij elke binnenkomst"]
    assert second.goals[0].acceptable is True
    assert second._text.value == "Jordi zet zijn tas" and second._realistic.value is True
    assert "groet Jordi de mentor" in second._list.children[0].children[0].value


def test_drafted_goals_can_be_downloaded_in_word_and_html():
    from docx import Document as Docx
    import io

    from hgw_widgets import GoalDrafter

    view = GoalDrafter()
    view._text.value = "Over drie weken groet Jordi de mentor bij elke binnenkomst"
    view._add.click()
    html = view.work_bar.file_bytes("html").decode("utf-8")
    assert "Over drie weken groet Jordi de mentor bij elke binnenkomst" in html and "Specifiek" in html
    words = " ".join(p.text for p in Docx(io.BytesIO(view.work_bar.file_bytes("docx"))).paragraphs)
    assert "Over drie weken groet Jordi" in words
    again = GoalDrafter()
    assert again.work_bar.load_bytes(view.work_bar.file_bytes("json"))
    assert again.goals == view.goals


def test_drafted_goals_travel_to_the_goal_card_of_chapter_03():
    from hgw_widgets import GoalCardBuilder, GoalDrafter

    drafter = GoalDrafter()
    for text in ("Over drie weken groet Jordi de mentor bij elke binnenkomst",
                 "Jordi hangt elke les zijn jas aan de kapstok"):
        drafter._text.value = text
        drafter._add.click()
    shared = drafter._shared.value
    assert shared and drafter._shared.scope == "workbook"

    card = GoalCardBuilder.from_case("jordi")
    assert card._incoming.layout.display == "none"
    _browser_reports(card._incoming_store, shared)
    assert card._incoming.layout.display == "flex" and "2 doelen" in card._incoming_text.value
    before = len(card.card.goals)
    card._take_over.click()
    texts = [g.text for g in card.card.goals]
    assert texts[before:] == ["Over drie weken groet Jordi de mentor bij elke binnenkomst",
                              "Jordi hangt elke les zijn jas aan de kapstok"]
    card._take_over.click()  # twice (a quick double click): nothing doubled, and it says so
    assert len(card.card.goals) == before + 2
    assert "Al op de kaart" in card._message.value


def _shared_two_goals() -> str:
    from hgw_widgets import GoalDrafter

    drafter = GoalDrafter()
    for text in ("Over drie weken groet Jordi de mentor bij elke binnenkomst",
                 "Jordi hangt elke les zijn jas aan de kapstok"):
        drafter._text.value = text
        drafter._add.click()
    return drafter._shared.value


def test_the_take_over_button_goes_once_the_goals_are_on_the_card_also_after_a_reload():
    """Newcomer round: 'Zet mijn doelen uit hoofdstuk 2 op de kaart' stayed after the goals were put on the card."""
    from hgw_widgets import GoalCardBuilder

    shared = _shared_two_goals()
    card = GoalCardBuilder.from_case("jordi")
    _browser_reports(card._incoming_store, shared)
    assert card._take_over.layout.display != "none"
    card._take_over.click()
    assert card._take_over.layout.display == "none"
    assert "staan op de kaart" in card._incoming_text.value and "Wil je ze" not in card._incoming_text.value
    again = GoalCardBuilder.from_case("jordi")  # a reload: the card and the shared goals come back
    assert again.work_bar.load_bytes(card.work_bar.file_bytes("json"))
    _browser_reports(again._incoming_store, shared)
    assert again._take_over.layout.display == "none" and "staan op de kaart" in again._incoming_text.value
    again._on_remove(len(again.card.goals) - 1)  # one taken off the card ("Doel van de kaart halen"): offered again
    assert again._take_over.layout.display != "none" and "1 doel" in again._incoming_text.value


def test_a_broken_shared_copy_offers_nothing():
    from hgw_widgets import GoalCardBuilder

    card = GoalCardBuilder()
    _browser_reports(card._incoming_store, '{"format": "hgw-werkmap", "kind": "drafted_goals", "data": 5}')
    assert card._incoming.layout.display == "none"
