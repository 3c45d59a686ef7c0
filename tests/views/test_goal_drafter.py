"""GoalDrafter without a browser: set values, click, look at domain objects and visible HTML."""

from __future__ import annotations

import pytest

from hgw_widgets import Goal, GoalDrafter
from hgw_widgets.domain.goals import MAX_GOAL_CHARS
from hgw_widgets.views.goal_drafter import MAX_GOALS
from tests.screen import browser_reports, click, fill, find, find_all, status, store, text_of

GOOD = "Over drie weken groet Jordi de mentor bij elke binnenkomst"


def _goal_field(view):
    return find(view, "textbox", "Jouw doel")


def _type(view, text):
    fill(view, "textbox", "Jouw doel", text)


def _tick(view, name, value=True):
    fill(view, "checkbox", name, value)


def _listed(view):
    """Text of each goal row in the list, as shown."""
    return [text_of(row) for row in find(view, "group", css_class="hgw-goal-list").children]


def _row(drafter, criterion):
    html = find(drafter, css_class="hgw-feedback").value
    start = html.index(f'data-criterion="{criterion}"')
    return html[start : html.index("</tr>", start)]


def test_feedback_updates_while_typing():
    drafter = GoalDrafter.from_case("jordi")
    _type(drafter, "doe normaal")
    assert "nog niet" in _row(drafter, "specific")
    assert "nog niet" in _row(drafter, "measurable")
    _type(drafter, GOOD)
    for criterion in ("specific", "measurable", "time_bound", "positive"):
        assert "in orde" in _row(drafter, criterion)
    assert "jouw oordeel" in _row(drafter, "inspiring")


def test_add_keeps_confirmations_and_clears_the_form():
    drafter = GoalDrafter()
    seen = []
    drafter.on_change(seen.append)
    _type(drafter, "  " + GOOD + "  ")
    _tick(drafter, "Acceptabel", True)
    _tick(drafter, "Inspirerend", True)
    click(drafter, "Toevoegen")
    assert drafter.goals == (Goal(GOOD, acceptable=True, realistic=False, inspiring=True),)
    assert seen == [drafter.goals]
    assert _goal_field(drafter).value == ""
    assert not find(drafter, "checkbox", "Acceptabel").value
    assert "Toegevoegd" in status(drafter)
    assert GOOD in _listed(drafter)[0]


def test_remove_a_goal():
    drafter = GoalDrafter(goals=[Goal("Ik ga op mijn stoel zitten."), Goal(GOOD)])
    first_row = find(drafter, "group", css_class="hgw-goal-list").children[0]
    find(first_row, "button").click()
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
    _type(drafter, text)
    click(drafter, "Toevoegen")
    assert message in status(drafter)
    assert len(drafter.goals) == 1


def test_duplicates_and_full_list_are_refused():
    drafter = GoalDrafter(goals=[Goal(GOOD)])
    _type(drafter, GOOD)
    click(drafter, "Toevoegen")
    assert "staat al" in status(drafter)
    full = GoalDrafter(goals=[Goal(f"Ik groet {i} keer.") for i in range(MAX_GOALS)])
    _type(full, GOOD)
    click(full, "Toevoegen")
    assert len(full.goals) == MAX_GOALS
    assert "vol" in status(full)


def test_user_text_is_escaped_everywhere():
    drafter = GoalDrafter()
    hostile = "<script>alert(1)</script> <b>vet</b> 😀"
    _type(drafter, hostile)
    assert "<script>" not in find(drafter, css_class="hgw-feedback").value
    click(drafter, "Toevoegen")
    shown = find(drafter, "group", css_class="hgw-goal-list").children[0].children[0].value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "<b>vet</b>" not in shown
    assert "😀" in shown


def test_a_huge_value_from_the_browser_is_checked_only_in_part():
    drafter = GoalDrafter()
    _type(drafter, "groet " * 200_000)
    assert drafter.report["specific"].reason == "too_long"
    click(drafter, "Toevoegen")
    assert drafter.goals == ()


def test_an_unexpected_error_shows_dutch_text_not_a_traceback(monkeypatch):
    import hgw_widgets.views.goal_drafter as module

    drafter = GoalDrafter()

    def boom(_text):
        raise RuntimeError("internal detail /work/secret.py")

    monkeypatch.setattr(module, "check_smarti", boom)
    _type(drafter, "Ik ga zitten.")
    assert "Er ging iets mis" in status(drafter)
    assert "secret" not in status(drafter)
    assert _goal_field(drafter).value == "Ik ga zitten."


# --- issue 12: the drafted goals survive a reload, can be downloaded, and travel to chapter 03 ---------

def test_drafted_goals_and_the_draft_come_back_after_a_reload():
    from hgw_widgets import GoalDrafter

    first = GoalDrafter()
    browser_reports(first.work_bar.store, None)
    _type(first, "Over drie weken groet Jordi de mentor bij elke binnenkomst")
    _tick(first, "Acceptabel", True)
    click(first, "Toevoegen")
    _type(first, "Jordi zet zijn tas")  # half written when the page reloads
    _tick(first, "Realistisch", True)
    kept = first.work_bar.store.value
    assert kept, "nothing was kept in the browser"

    second = GoalDrafter()  # the page reloaded: a new kernel, the browser reports what it kept
    browser_reports(second.work_bar.store, kept)
    assert [g.text for g in second.goals] == ["Over drie weken groet Jordi de mentor bij elke binnenkomst"]
    assert second.goals[0].acceptable is True
    assert _goal_field(second).value == "Jordi zet zijn tas"
    assert find(second, "checkbox", "Realistisch").value is True
    assert "groet Jordi de mentor" in _listed(second)[0]


def test_drafted_goals_can_be_downloaded_in_word_and_html():
    from docx import Document as Docx
    import io

    from hgw_widgets import GoalDrafter

    view = GoalDrafter()
    _type(view, "Over drie weken groet Jordi de mentor bij elke binnenkomst")
    click(view, "Toevoegen")
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
        _type(drafter, text)
        click(drafter, "Toevoegen")
    shared_store = store(drafter, "uit-hoofdstuk-02")
    shared = shared_store.value
    assert shared and shared_store.scope == "workbook"

    card = GoalCardBuilder.from_case("jordi")
    assert not find_all(card, css_class="hgw-card-incoming")  # nothing offered before the browser reports
    browser_reports(store(card, "uit-hoofdstuk-02"), shared)
    offer = text_of(find(card, css_class="hgw-card-incoming"))
    assert "2 doelen" in offer and "in de plaats van de voorbeelddoelen van Jordi" in offer
    click(card, "hoofdstuk 2")
    texts = [g.text for g in card.card.goals]
    # newcomer round: the mentor's own goals replace the untouched example, not follow its seven goals
    assert texts == ["Over drie weken groet Jordi de mentor bij elke binnenkomst",
                     "Jordi hangt elke les zijn jas aan de kapstok"]
    assert card.card.student == "" and "voorbeelddoelen van Jordi zijn van de kaart gehaald" in status(card)
    find(card, "button", "hoofdstuk 2", shown_only=False).click()  # a quick double click: nothing doubled, and it says so
    assert len(card.card.goals) == 2
    assert "Al op de kaart" in status(card)


def test_on_a_card_the_mentor_changed_the_drafted_goals_are_added_at_the_end():
    from hgw_widgets import GoalCardBuilder

    card = GoalCardBuilder.from_case("jordi")
    find_all(card, "button", css_class="hgw-card-remove")[-1].click()  # the mentor made the card their own
    before = [g.text for g in card.card.goals]
    browser_reports(store(card, "uit-hoofdstuk-02"), _shared_two_goals())
    assert "voorbeelddoelen" not in text_of(find(card, css_class="hgw-card-incoming"))
    click(card, "hoofdstuk 2")
    assert [g.text for g in card.card.goals] == [*before, "Over drie weken groet Jordi de mentor bij elke binnenkomst",
                                                 "Jordi hangt elke les zijn jas aan de kapstok"]


def _shared_two_goals() -> str:
    from hgw_widgets import GoalDrafter

    drafter = GoalDrafter()
    for text in ("Over drie weken groet Jordi de mentor bij elke binnenkomst",
                 "Jordi hangt elke les zijn jas aan de kapstok"):
        _type(drafter, text)
        click(drafter, "Toevoegen")
    return store(drafter, "uit-hoofdstuk-02").value


def test_the_take_over_button_goes_once_the_goals_are_on_the_card_also_after_a_reload():
    """Newcomer round: 'Zet mijn doelen uit hoofdstuk 2 op de kaart' stayed after the goals were put on the card."""
    from hgw_widgets import GoalCardBuilder

    shared = _shared_two_goals()
    card = GoalCardBuilder.from_case("jordi")
    browser_reports(store(card, "uit-hoofdstuk-02"), shared)
    click(card, "hoofdstuk 2")
    assert not find_all(card, "button", "hoofdstuk 2")
    offer = text_of(find(card, css_class="hgw-card-incoming"))
    assert "staan op de kaart" in offer and "Wil je ze" not in offer
    again = GoalCardBuilder.from_case("jordi")  # a reload: the card and the shared goals come back
    assert again.work_bar.load_bytes(card.work_bar.file_bytes("json"))
    browser_reports(store(again, "uit-hoofdstuk-02"), shared)
    assert not find_all(again, "button", "hoofdstuk 2")
    assert "staan op de kaart" in text_of(find(again, css_class="hgw-card-incoming"))
    removes = find_all(again, "button", css_class="hgw-card-remove")
    removes[-1].click()  # the last goal taken off the card ("Doel van de kaart halen"): offered again
    assert find_all(again, "button", "hoofdstuk 2") and "1 doel" in text_of(find(again, css_class="hgw-card-incoming"))


def test_a_broken_shared_copy_offers_nothing():
    from hgw_widgets import GoalCardBuilder

    card = GoalCardBuilder()
    browser_reports(store(card, "uit-hoofdstuk-02"), '{"format": "hgw-werkmap", "kind": "drafted_goals", "data": 5}')
    assert not find_all(card, css_class="hgw-card-incoming")
