"""Practice exercises keep what the learner typed across a page reload (browser storage, simulated)."""

from __future__ import annotations

import json

import pytest

from hgw_widgets.views.conversation_exercises import MetacommunicationExercise
from hgw_widgets.views.exercise_memory import MAX_FIELD_CHARS, ExerciseMemory
from hgw_widgets.views.school_and_home import SchoolAndHome
from hgw_widgets.views.we_message_builder import WeMessageBuilder


def _browser_says(store, content: dict) -> None:
    store._handle_custom_msg(content, [])


def _kept(view) -> dict:
    return json.loads(view.memory.store.value)


def _reload_with(view_factory, stored: str | None):
    view = view_factory()
    _browser_says(view.memory.store, {"event": "ready", "value": stored})
    return view


def test_nothing_is_saved_before_the_browser_reported():
    view = WeMessageBuilder.from_case("kevin")
    view._example.value = "dinsdag in de pauze"
    assert view.memory.store.value == ""  # it might overwrite what the browser still holds


def test_we_message_builder_survives_a_reload():
    first = _reload_with(lambda: WeMessageBuilder.from_case("kevin"), None)
    first._example.value = "Dinsdag in de pauze duwde hij een klasgenoot."
    first._area.value = "social_emotional"
    saved = first.memory.store.value
    assert _kept(first)["fields"]["example"] == "Dinsdag in de pauze duwde hij een klasgenoot."

    again = _reload_with(lambda: WeMessageBuilder.from_case("kevin"), saved)
    assert again._example.value == "Dinsdag in de pauze duwde hij een klasgenoot."
    assert again._area.value == "social_emotional"
    assert "Dinsdag in de pauze" in again.message  # the live sentence follows the restored text


def test_school_and_home_keeps_added_examples_and_the_draft():
    first = _reload_with(lambda: SchoolAndHome.from_case("kevin"), None)
    case_home = first.home
    first._side.value = "home"
    first._text.value = "Gisteren hielp hij zijn broertje met huiswerk."
    first._add.click()
    first._text.value = "half af"
    again = _reload_with(lambda: SchoolAndHome.from_case("kevin"), first.memory.store.value)
    assert again.home == (*case_home, "Gisteren hielp hij zijn broertje met huiswerk.")
    assert again._text.value == "half af"
    assert "broertje" in again._columns.value


def test_metacommunication_keeps_all_three_fields():
    first = _reload_with(lambda: MetacommunicationExercise.from_case("mila"), None)
    first._rewrite.value = "Ik ga u vragen hoe laat Mila slaapt, want dan kunnen we samen kijken."
    first._ask.value = "hoe het slapen thuis gaat"
    first._because.value = "samen kijken wat Mila nodig heeft"
    again = _reload_with(lambda: MetacommunicationExercise.from_case("mila"), first.memory.store.value)
    assert (again._rewrite.value, again._ask.value, again._because.value) == (
        first._rewrite.value, first._ask.value, first._because.value)
    assert "hoe het slapen thuis gaat" in again._built.value


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
    assert (view._area.value, view._concern.value, view._example.value) == (
        start._area.value, start._concern.value, start._example.value)
    view._example.value = "vrijdag na gym"  # and the exercise goes on saving
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
    view._text.value = "Vanochtend in de les riep hij 'pah pah'."
    view._add.click()
    sent = []
    view.memory.store.send = lambda content, buffers=None: sent.append(content)
    view.memory._clear.click()
    assert (view.school, view.home) == start
    assert view._text.value == ""
    assert view.memory.store.value == ""
    assert {"event": "clear"} in sent


def test_memory_names_only_the_fields_it_was_given():
    import ipywidgets as widgets

    a, b = widgets.Text(), widgets.Text()
    memory = ExerciseMemory("x", {"a": a})
    _browser_says(memory.store, {"event": "ready", "value": json.dumps({"format": 1, "fields": {"a": "1", "b": "2"}})})
    assert (a.value, b.value) == ("1", "")


def test_welles_nietes_comes_back_at_the_same_moment_with_the_draft():
    from hgw_widgets.views.conversation_exercises import WellesNietesExercise

    first = _reload_with(lambda: WellesNietesExercise.from_case("welles-nietes"), None)
    first._next.click()
    first._own.value = "Wat ziet u thuis dan precies?"
    again = _reload_with(lambda: WellesNietesExercise.from_case("welles-nietes"), first.memory.store.value)
    assert again.item == first.item and again._own.value == "Wat ziet u thuis dan precies?"
    assert again._counter.value.startswith("2 van")


@pytest.mark.parametrize("index", [-1, 999, True, "1", None])
def test_welles_nietes_ignores_a_bad_kept_moment(index):
    from hgw_widgets.views.conversation_exercises import WellesNietesExercise

    view = _reload_with(lambda: WellesNietesExercise.from_case("welles-nietes"),
                        json.dumps({"format": 1, "fields": {"own": "x"}, "state": {"index": index}}))
    assert view._counter.value.startswith("1 van") and view._own.value == "x"


def _quiz(stored: str | None = None):
    from hgw_widgets.views.conversation_exercises import GuidelineQuiz

    return _reload_with(lambda: GuidelineQuiz.from_case("kevin", "olga", "mila"), stored)


def test_guideline_quiz_comes_back_at_the_same_fragment_with_its_score():
    first = _quiz()
    right = first._items[0].fragment.guideline
    first._choice.value = right
    first._check.click()  # right
    first._next.click()
    wrong = next(g for g in (4, 5, 6, 7) if g != first._items[1].fragment.guideline)
    first._choice.value = wrong
    first._check.click()  # wrong
    assert first.score == (1, 2)

    again = _quiz(first.memory.store.value)
    assert again.score == (1, 2)
    assert again._counter.value.startswith("2 van")
    assert "1" in again._score.value and "2" in again._score.value
    again.memory._clear.click()  # "Wis mijn antwoorden"
    assert again.score == (0, 0) and again._counter.value.startswith("1 van") and again._score.value == ""
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
    assert view._counter.value.startswith("1 van")
    assert view.score in ((0, 0), (1, 1))  # only a well-formed answer for fragment 0 is kept
    if isinstance(state, dict) and isinstance(state.get("answers"), dict):
        assert view.score == (1, 1)
