"""Practice exercises keep what the learner typed across a page reload (browser storage, simulated)."""

from __future__ import annotations

import json

import ipywidgets as widgets
import pytest

from hgw_widgets.views.conversation_exercises import GuidelineQuiz, MetacommunicationExercise, WellesNietesExercise
from hgw_widgets.views.exercise_memory import MAX_FIELD_CHARS, ExerciseMemory
from hgw_widgets.views.school_and_home import SchoolAndHome
from hgw_widgets.views.we_message_builder import WeMessageBuilder
from tests.screen import browser_reports, click, fill, find, status, text_of

EXAMPLE = "Concreet voorbeeld"  # the label above the we-message's example field
CONCERN = "Waar maakt de school zich zorgen over"
REWRITE, ASK, BECAUSE = "Ik ga u nu vragen ...", "Ik ga u vragen", "Zodat we kunnen"
OWN = "Wat zeg je terug"


def _kept(view) -> dict:
    return json.loads(view.memory.store.value)


def _reload_with(view_factory, stored: str | None):
    view = view_factory()
    browser_reports(view.memory.store, stored)
    return view


def _field(view, role, name):
    return find(view, role, name).value


def _counter(view) -> str:
    return text_of(find(view, css_class="hgw-ex-counter"))


def _add_example(view, text, side=None):
    """School and home: choose the side, type an example and add it."""
    if side is not None:
        fill(view, "radiogroup", "Voeg een concreet, recent voorbeeld toe", side)
    fill(view, "textbox", "bijv. vorige week", text)
    click(view, "Voeg toe")


def test_nothing_is_saved_before_the_browser_reported():
    view = WeMessageBuilder.from_case("kevin")
    fill(view, "textbox", EXAMPLE, "dinsdag in de pauze")
    assert view.memory.store.value == ""  # it might overwrite what the browser still holds


def test_we_message_builder_survives_a_reload():
    first = _reload_with(lambda: WeMessageBuilder.from_case("kevin"), None)
    fill(first, "textbox", EXAMPLE, "Dinsdag in de pauze duwde hij een klasgenoot.")
    fill(first, "combobox", "Gebied", "social_emotional")
    saved = first.memory.store.value
    assert _kept(first)["fields"]["example"] == "Dinsdag in de pauze duwde hij een klasgenoot."

    again = _reload_with(lambda: WeMessageBuilder.from_case("kevin"), saved)
    assert _field(again, "textbox", EXAMPLE) == "Dinsdag in de pauze duwde hij een klasgenoot."
    assert _field(again, "combobox", "Gebied") == "social_emotional"
    assert "Dinsdag in de pauze" in again.message  # the live sentence follows the restored text


def test_school_and_home_keeps_added_examples_and_the_draft():
    first = _reload_with(lambda: SchoolAndHome.from_case("kevin"), None)
    case_home = first.home
    _add_example(first, "Gisteren hielp hij zijn broertje met huiswerk.", side="home")
    fill(first, "textbox", "bijv. vorige week", "half af")
    again = _reload_with(lambda: SchoolAndHome.from_case("kevin"), first.memory.store.value)
    assert again.home == (*case_home, "Gisteren hielp hij zijn broertje met huiswerk.")
    assert _field(again, "textbox", "bijv. vorige week") == "half af"
    assert "broertje" in text_of(find(again, css_class="hgw-school-home-columns"))


def test_metacommunication_keeps_all_three_fields():
    first = _reload_with(lambda: MetacommunicationExercise.from_case("mila"), None)
    typed = ("Ik ga u vragen hoe laat Mila slaapt, want dan kunnen we samen kijken.",
             "hoe het slapen thuis gaat", "samen kijken wat Mila nodig heeft")
    for name, text in zip((REWRITE, ASK, BECAUSE), typed):
        fill(first, "textbox", name, text)
    again = _reload_with(lambda: MetacommunicationExercise.from_case("mila"), first.memory.store.value)
    assert tuple(_field(again, "textbox", name) for name in (REWRITE, ASK, BECAUSE)) == typed
    assert "hoe het slapen thuis gaat" in find(again, css_class="hgw-meta-built").value


def _we_fields(view) -> tuple:
    return _field(view, "combobox", "Gebied"), _field(view, "textbox", CONCERN), _field(view, "textbox", EXAMPLE)


@pytest.mark.parametrize(
    "stored",
    [
        "{kapot",
        json.dumps([1, 2]),
        json.dumps({"format": 99, "fields": {"example": "x"}}),
        json.dumps({"format": 1, "fields": {"example": 5, "area": "geen-gebied", "concern": "x" * (MAX_FIELD_CHARS + 1)}}),
        json.dumps({"format": 1, "fields": "alles"}),
    ],
)
def test_a_broken_or_hostile_copy_is_ignored(stored):
    view = _reload_with(lambda: WeMessageBuilder.from_case("kevin"), stored)
    start = WeMessageBuilder.from_case("kevin")
    assert _we_fields(view) == _we_fields(start)
    fill(view, "textbox", EXAMPLE, "vrijdag na gym")  # and the exercise goes on saving
    assert _kept(view)["fields"]["example"] == "vrijdag na gym"


@pytest.mark.parametrize("state", [None, "tekst", {"school": "geen lijst", "home": []}, {"school": [1, None], "home": [""]}])
def test_school_and_home_ignores_bad_kept_state(state):
    view = _reload_with(lambda: SchoolAndHome.from_case("kevin"),
                        json.dumps({"format": 1, "fields": {}, "state": state}))
    start = SchoolAndHome.from_case("kevin")
    if isinstance(state, dict) and isinstance(state.get("school"), list):
        assert view.school == () and view.home == ()  # only texts are kept, and there were none
    else:
        assert (view.school, view.home) == (start.school, start.home)


def test_wis_mijn_antwoorden_empties_the_browser_copy_and_resets():
    view = _reload_with(lambda: SchoolAndHome.from_case("kevin"), None)
    start = (view.school, view.home)
    _add_example(view, "Vanochtend in de les riep hij 'pah pah'.")
    assert "Toegevoegd" in status(view)
    sent = []
    view.memory.store.send = lambda content, buffers=None: sent.append(content)
    click(view, "Wis mijn antwoorden")
    assert (view.school, view.home) == start
    assert _field(view, "textbox", "bijv. vorige week") == ""
    assert view.memory.store.value == ""
    assert {"event": "clear"} in sent


def test_memory_names_only_the_fields_it_was_given():
    a, b = widgets.Text(), widgets.Text()
    memory = ExerciseMemory("x", {"a": a})
    browser_reports(memory.store, json.dumps({"format": 1, "fields": {"a": "1", "b": "2"}}))
    assert (a.value, b.value) == ("1", "")


def test_welles_nietes_comes_back_at_the_same_moment_with_the_draft():
    first = _reload_with(lambda: WellesNietesExercise.from_case("welles-nietes"), None)
    click(first, "Volgende")
    fill(first, "textbox", OWN, "Wat ziet u thuis dan precies?")
    again = _reload_with(lambda: WellesNietesExercise.from_case("welles-nietes"), first.memory.store.value)
    assert again.item == first.item and _field(again, "textbox", OWN) == "Wat ziet u thuis dan precies?"
    assert _counter(again).startswith("2 van")


@pytest.mark.parametrize("index", [-1, 999, True, "1", None])
def test_welles_nietes_ignores_a_bad_kept_moment(index):
    view = _reload_with(lambda: WellesNietesExercise.from_case("welles-nietes"),
                        json.dumps({"format": 1, "fields": {"own": "x"}, "state": {"index": index}}))
    assert _counter(view).startswith("1 van") and _field(view, "textbox", OWN) == "x"


def _quiz(stored: str | None = None):
    return _reload_with(lambda: GuidelineQuiz.from_case("kevin", "olga", "mila"), stored)


def _score(quiz) -> str:
    return text_of(find(quiz, css_class="hgw-quiz-score"))


def test_guideline_quiz_comes_back_at_the_same_fragment_with_its_score():
    first = _quiz()
    fill(first, "radiogroup", None, first.items[0].fragment.guideline)
    click(first, "Controleer")  # right
    click(first, "Volgende")
    wrong = next(g for g in (4, 5, 6, 7) if g != first.items[1].fragment.guideline)
    fill(first, "radiogroup", None, wrong)
    click(first, "Controleer")  # wrong
    assert first.score == (1, 2)

    again = _quiz(first.memory.store.value)
    assert again.score == (1, 2)
    assert _counter(again).startswith("2 van")
    assert "1" in _score(again) and "2" in _score(again)
    click(again, "Wis mijn antwoorden")
    assert again.score == (0, 0) and _counter(again).startswith("1 van") and _score(again) == ""
    assert again.memory.store.value == ""


@pytest.mark.parametrize(
    "state",
    [
        {"index": 999, "answers": {"0": True}},
        {"index": True, "answers": {"0": True, "-1": True, "x": True, "999": True, "1": "ja"}},
        {"index": "1", "answers": ["0"]},
        "kapot",
    ],
)
def test_guideline_quiz_ignores_what_does_not_fit(state):
    view = _quiz(json.dumps({"format": 1, "fields": {}, "state": state}))
    assert _counter(view).startswith("1 van")
    assert view.score in ((0, 0), (1, 1))  # only a well-formed answer for fragment 0 is kept
    if isinstance(state, dict) and isinstance(state.get("answers"), dict):
        assert view.score == (1, 1)
