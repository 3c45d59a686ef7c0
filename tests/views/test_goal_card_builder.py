"""GoalCardBuilder and FeedbackHelper without a browser: public actions, visible results."""

from __future__ import annotations

import html
from datetime import date, timedelta

import pytest

from hgw_widgets.domain.goal_card import GoalCard
from hgw_widgets.domain.goals import Goal
from hgw_widgets.domain.formats import date_text as format_date
from hgw_widgets.export.jsonio import dump_work
from hgw_widgets.views.feedback_helper import FeedbackHelper
from hgw_widgets.views.goal_card_builder import GoalCardBuilder
from tests.screen import after, browser_reports, click, fill, find, find_all, notices, status

START = date(2026, 11, 30)


@pytest.fixture
def builder() -> GoalCardBuilder:
    return GoalCardBuilder.from_case("jordi", start=START)


def _rows(builder: GoalCardBuilder):
    """The rows of the goals on the card, as shown."""
    return find(builder, "group", css_class="hgw-card-goals").children


def _press(builder: GoalCardBuilder, index: int, action: str) -> None:
    """Press a row's button: ``up``, ``down``, ``edit`` or ``remove`` (hgw-card-*, as the browser tests)."""
    find(_rows(builder)[index], "button", css_class=f"hgw-card-{action}").click()


def _save(builder: GoalCardBuilder):
    """The button that puts the goal on the card ("Op de kaart zetten" or "Wijziging opslaan")."""
    return find(builder, "button", css_class="hgw-card-add")


def _goal_text(builder: GoalCardBuilder):
    return find(builder, "textbox", "Doel", exact=True)


def _add(builder: GoalCardBuilder, text: str, *, owner: str = "student") -> None:
    fill(builder, "textbox", "Doel", text, exact=True)
    fill(builder, "combobox", "Van wie", owner)
    _save(builder).click()


def _field(builder, name):
    return find(builder, "textbox", name, exact=True)


def _date(builder, name):
    return find(builder, "date", name)


def _date_message(builder) -> str:
    """What is said right under the dates."""
    return after(builder, _date(builder, "Evaluatiedatum")).value


def _preview(builder) -> str:
    return find(builder, css_class="hgw-card-preview").value


def test_from_case_shows_jordi_card(builder):
    assert builder.card.student == "Jordi" and len(builder.card.goals) == 7
    assert _field(builder, "Voornaam leerling").value == "Jordi"
    assert _date(builder, "Evaluatiedatum").value == date(2026, 12, 21)
    assert len(_rows(builder)) == 7
    # the teacher's promise is marked, and still needs work according to SMARTI
    teacher = find(_rows(builder)[6], "html").value
    assert "Wat de docent of mentor doet" in teacher and "Nog aanscherpen" in teacher
    preview = html.unescape(_preview(builder))
    assert 'sandbox=""' in _preview(builder)
    for goal in builder.card.goals:
        assert goal.text in preview


def test_from_goals_of_the_drafter():
    builder = GoalCardBuilder.from_goals([Goal("Ik groet de mentor.")], student="Anna")
    assert builder.card == GoalCard(student="Anna", goals=(Goal("Ik groet de mentor."),))


def test_add_goal_and_hostile_text_is_escaped(builder):
    _add(builder, "<img src=x onerror=alert(1)> Ik ruim op 😀", owner="teacher")
    assert builder.card.goals[-1] == Goal("<img src=x onerror=alert(1)> Ik ruim op 😀", owner="teacher")
    assert "<img" not in find(_rows(builder)[-1], "html").value
    assert "<img src=x" not in _preview(builder)
    assert _goal_text(builder).value == "" and "bijgewerkt" in status(builder)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("", "Schrijf eerst een doel"), ("x" * 301, "te lang"), ("Ik ga op mijn stoel zitten.", "staat al op de kaart")],
)
def test_refused_goals_leave_the_card(builder, text, fragment):
    before = builder.card
    _add(builder, text)
    assert builder.card == before and fragment in status(builder)


def test_reorder_edit_remove(builder):
    first, second = builder.card.goals[0], builder.card.goals[1]
    _press(builder, 0, "down")
    assert builder.card.goals[:2] == (second, first)
    _press(builder, 1, "up")
    assert builder.card.goals[:2] == (first, second)
    _press(builder, 0, "edit")
    assert _goal_text(builder).value == first.text and _save(builder).description == "Wijziging opslaan"
    fill(builder, "textbox", "Doel", "Ik groet de mentor bij binnenkomst.", exact=True)
    click(builder, "Wijziging opslaan")
    assert builder.card.goals[0].text == "Ik groet de mentor bij binnenkomst." and len(builder.card.goals) == 7
    assert _save(builder).description == "Op de kaart zetten"
    _press(builder, 6, "remove")  # the teacher's goal
    assert len(builder.card.goals) == 6 and all(g.owner == "student" for g in builder.card.goals)


def test_details_update_the_card_and_too_long_values_are_refused_with_a_message(builder):
    """Issue 12 §5: text over a limit is refused with a message everywhere, never cut silently (was: cut)."""
    fill(builder, "textbox", "Voornaam leerling", "Zoë")
    fill(builder, "textbox", "Klas", "1B", exact=True)
    fill(builder, "textbox", "Afgesproken door", "Zoë,  mentor , ,moeder")
    card = builder.card
    assert (card.student, card.class_name, card.agreed_by) == ("Zoë", "1B", ("Zoë", "mentor", "moeder"))
    fill(builder, "textbox", "Verder afgesproken", "x" * 5000)
    assert builder.card.notes == "" and "Verder afgesproken (hoogstens 2000 tekens, nu 5000)" in status(builder)
    fill(builder, "textbox", "Verder afgesproken", "korte afspraak")
    fill(builder, "textbox", "Voornaam leerling", "y" * 10_000)
    assert builder.card.student == "Zoë" and "hoogstens 60 tekens" in status(builder)
    assert builder.card.notes == "korte afspraak"


def test_evaluation_before_start_is_refused_and_nothing_else_is_lost(builder):
    """Newcomer round: an evaluation date before the start was accepted (with only a warning)."""
    fill(builder, "textbox", "Klas", "1C", exact=True)
    start, evaluation = builder.card.start, builder.card.evaluation
    fill(builder, "date", "Evaluatiedatum", date(2026, 11, 1))
    message = _date_message(builder)
    assert "01-11-2026" in message and "niet na de startdatum" in message and format_date(evaluation) in message
    assert builder.card.evaluation == evaluation and _date(builder, "Evaluatiedatum").value == evaluation
    assert builder.card.start == start and builder.card.class_name == "1C"
    fill(builder, "date", "Startdatum", evaluation + timedelta(days=7))
    assert "niet vóór de evaluatiedatum" in _date_message(builder) and builder.card.start == start
    assert _date(builder, "Startdatum").value == start


def test_a_year_that_cannot_be_right_is_refused(builder):
    """Newcomer round: a year "1" was accepted on the card."""
    start = builder.card.start
    fill(builder, "date", "Startdatum", date(1, 11, 30))
    assert "jaartal 1 kan niet kloppen" in _date_message(builder) and "2000 tot en met 2099" in _date_message(builder)
    assert builder.card.start == start and _date(builder, "Startdatum").value == start
    fill(builder, "date", "Evaluatiedatum", None)
    fill(builder, "date", "Evaluatiedatum", date(2027, 1, 11))
    assert builder.card.evaluation == date(2027, 1, 11)


def test_on_change_and_work_bar_payload(builder):
    seen = []
    builder.on_change(seen.append)
    _add(builder, "Ik zeg gedag bij het weggaan.")
    assert seen[-1] is builder.card
    assert b"Ik zeg gedag bij het weggaan." in builder.work_bar.file_bytes("json")


def test_restore_from_a_file_and_bad_file_keeps_the_card(builder):
    saved = GoalCard(student="Kim", goals=(Goal("Ik lees tien minuten."),), start=START, evaluation=date(2026, 12, 14))
    from hgw_widgets.export.cards import card_to_dict

    assert builder.work_bar.load_bytes(dump_work("goal_card", card_to_dict(saved)))
    assert builder.card == saved and _field(builder, "Voornaam leerling").value == "Kim" and len(_rows(builder)) == 1
    assert not builder.work_bar.load_bytes(dump_work("goal_card", {"goals": [{"text": 3}]}))
    assert builder.card == saved


def test_clear_resets_to_the_start(builder):
    start = builder.card
    _add(builder, "Ik zeg gedag bij het weggaan.")
    builder.work_bar.clear()
    assert builder.card == start and _field(builder, "Voornaam leerling").value == "Jordi"


def _well(helper):
    """What is shown under "Wat gaat goed": one text box per sentence, or a line that there is none."""
    return find(helper, "group", css_class="hgw-feedback-well").children


def test_feedback_helper_suggests_editable_sentences():
    helper = FeedbackHelper.from_case("jordi")
    assert len(helper.feedback["well"]) == 6 and len(helper.feedback["better"]) == 6
    assert helper.feedback["well"][1].startswith("Jordi, dat zag ik vandaag: je hangt je jas")
    changes = []
    helper.on_change(changes.append)
    box = _well(helper)[0]
    box.value = "Jordi, fijn dat je me gedag zegt."
    assert helper.feedback["well"][0] == "Jordi, fijn dat je me gedag zegt." and changes
    box.value = "   "
    assert len(helper.feedback["well"]) == 5
    click(helper, "Opnieuw voorstellen")
    assert len(helper.feedback["well"]) == 6 and any("weer" in n for n in notices(helper))


def test_feedback_helper_without_student_goals():
    helper = FeedbackHelper(GoalCard(goals=(Goal("De mentor groet.", owner="teacher"),)))
    assert helper.feedback == {"well": (), "better": ()}
    assert "Geen doelen" in _well(helper)[0].value


# --- issue 13: chapter 03's feedback follows the card being built -------------------------------------------


def test_feedback_follows_the_card_on_the_page():
    builder = GoalCardBuilder.from_case("jordi", autosave=False)
    helper = FeedbackHelper.from_case("jordi")
    fill(builder, "textbox", "Voornaam leerling", "Sam")
    assert all(text.startswith("Sam, ") for kind in ("well", "better") for text in helper.feedback[kind])
    _press(builder, 1, "remove")  # the coat goal
    assert not any("jas" in text for kind in ("well", "better") for text in helper.feedback[kind])
    assert len(helper.feedback["well"]) == 5


def test_feedback_made_after_the_card_uses_the_card_as_it_is():
    builder = GoalCardBuilder.from_case("jordi", autosave=False)
    fill(builder, "textbox", "Voornaam leerling", "Noor")
    helper = FeedbackHelper.from_case("jordi")
    assert helper.feedback["well"][0].startswith("Noor, ")


def test_the_mentors_part_of_a_goal_is_not_praised():
    helper = FeedbackHelper.from_case("jordi")
    assert not any("de mentor groet terug" in text for kind in ("well", "better") for text in helper.feedback[kind])
    assert helper.feedback["well"][0] == "Jordi, dat zag ik vandaag: je groet de mentor bij binnenkomst. Fijn dat je dat doet!"


def test_an_edited_sentence_stays_when_the_card_changes():
    builder = GoalCardBuilder.from_case("jordi", autosave=False)
    helper = FeedbackHelper.from_case("jordi")
    _well(helper)[2].value = "Jordi, je zat meteen op je plek."
    _press(builder, 0, "remove")
    assert "Jordi, je zat meteen op je plek." in helper.feedback["well"]


def test_edited_feedback_sentences_survive_a_reload_and_are_in_the_download():
    """Issue 12 §3: chapter 03's edited feedback sentences were lost on a reload and in no export."""
    from hgw_widgets import FeedbackHelper

    first = FeedbackHelper.from_case("jordi")
    store = first.work_bar.store
    browser_reports(store, None)
    box = find_all(first, "textbox", css_class="hgw-feedback-text")[0]
    box.value = "Jordi, je groette me vanochtend bij de deur. Top!"
    kept = store.value
    assert "vanochtend bij de deur" in kept
    html = first.work_bar.file_bytes("html").decode("utf-8")
    assert "Jordi, je groette me vanochtend bij de deur. Top!" in html and "Wat kan beter" in html

    second = FeedbackHelper.from_case("jordi")
    browser_reports(second.work_bar.store, kept)
    assert find_all(second, "textbox", css_class="hgw-feedback-text")[0].value == "Jordi, je groette me vanochtend bij de deur. Top!"
    assert second.feedback["well"][0] == "Jordi, je groette me vanochtend bij de deur. Top!"
