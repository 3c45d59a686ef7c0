"""The three conversation exercises without a browser."""

from __future__ import annotations

import pytest

from hgw_widgets import GuidelineQuiz, MetacommunicationExercise, WellesNietesExercise


def test_welles_nietes_own_reply_feedback():
    ex = WellesNietesExercise.from_casebook(("kevin",))
    assert "Kevin heeft veel conflicten" in ex._statements.value and "Thuis" in ex._statements.value
    ex._own.value = "Toch is het zo, ik zie het elke dag."
    ex._check_own.click()
    assert "argumenteert" in ex._message.value and "toch" in ex._message.value
    ex._own.value = "Fijn dat het thuis goed gaat. Vertel eens, wanneer lukt het?"
    ex._check_own.click()
    assert "verkent" in ex._message.value
    ex._own.value = "   "
    ex._check_own.click()
    assert "Schrijf eerst een reactie." in ex._message.value


def test_welles_nietes_pick_and_navigate():
    ex = WellesNietesExercise.from_casebook()
    ex._check_pick.click()
    assert "Kies eerst een reactie." in ex._pick_message.value
    kinds = [r.kind for r in ex.item.item.replies]
    ex._choices.value = kinds.index("explores")
    ex._check_pick.click()
    assert "Goed gekozen" in ex._pick_message.value
    first = ex.item
    ex._next.click()
    assert ex.item != first and ex._pick_message.value == "" and ex._choices.value is None
    assert "2 van" in ex._counter.value


def test_welles_nietes_escapes_text():
    ex = WellesNietesExercise.from_casebook(("kevin",))
    ex._own.value = "<script>alert(1)</script> toch"
    ex._check_own.click()
    assert "<script>" not in ex._message.value


def test_guideline_quiz_scores():
    quiz = GuidelineQuiz.from_casebook(("kevin",))
    quiz._check.click()
    assert "Kies eerst een richtlijn." in quiz._message.value
    right = quiz._items[0].fragment.guideline
    quiz._choice.value = right
    quiz._check.click()
    assert "Juist." in quiz._message.value and quiz.score == (1, 1)
    quiz._next.click()
    wrong = 4 if quiz._items[1].fragment.guideline != 4 else 5
    quiz._choice.value = wrong
    quiz._check.click()
    assert f"Het is richtlijn {quiz._items[1].fragment.guideline}" in quiz._message.value
    assert quiz.score == (1, 2) and "1 van 2" in quiz._score.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik ga u nu vragen hoe het slapen gaat, want als we dat weten, kunnen we Mila helpen.", "De toets ziet een onderwerp"),
        ("Hoe laat gaat ze naar bed?", "niet dat je aankondigt"),
        ("Ik ga u nu vragen hoe laat ze slaapt.", "niet waarom je het vraagt"),
        ("Ik ga u iets vragen, want anders schakelen we de leerplichtambtenaar in.", "dreiging"),
        ("Mila is zo moe op school. Hoe laat gaat ze eigenlijk naar bed?", "nog dezelfde vraag"),
        ("", "Schrijf eerst je versie."),
    ],
)
def test_metacommunication_feedback(text, expected):
    ex = MetacommunicationExercise.from_case("mila")
    ex._rewrite.value = text
    ex._check.click()
    assert expected in ex._message.value


def test_metacommunication_builder_and_example():
    ex = MetacommunicationExercise.from_case()
    assert "Vul beide stukken in" in ex._built.value
    ex._ask.value = "hoe het slapen thuis gaat"
    ex._because.value = "samen kijken wat helpt"
    assert "Ik ga u nu vragen hoe het slapen thuis gaat, want als we dat weten, kunnen we samen kijken wat helpt." in ex._built.value
    ex._example.value = True
    assert "Ik ga u nu vragen" in ex._example_text.value
    ex._example.value = False
    assert ex._example_text.value == ""


def test_welles_nietes_from_case_shows_reasons_and_feedback():
    ex = WellesNietesExercise.from_case("welles-nietes")
    assert "Sem" in ex._statements.value and "1 van 3" in ex._counter.value
    assert ex.feedback is None
    ex._own.value = "Nee, op school zien wij iets heel anders."
    ex._check_own.click()
    assert ex.feedback.kind == "argues" and {"denies", "counter_example"} <= set(ex.feedback.reasons)
    assert "argumenteert" in ex._message.value and "tegenbewijs" in ex._message.value
    assert "Probeer het anders" in ex._message.value
    ex._own.value = "Fijn dat het thuis lukt. Hoe gaat dat thuis precies?"
    ex._check_own.click()
    assert ex.feedback.kind == "explores" and "Je vraagt hoe het thuis gaat." in ex._message.value
    ex._next.click()
    assert ex.feedback is None and ex._own.value == ""


@pytest.mark.parametrize("bad", [True, -1, 99, "0", None])
def test_welles_nietes_pick_refuses_hostile_values(bad):
    ex = WellesNietesExercise.from_case("welles-nietes")
    ex._choices.value = None
    ex._choices.__dict__["_trait_values"]["value"] = bad  # what a visitor could send
    ex._check_pick.click()
    assert "Kies eerst een reactie." in ex._pick_message.value


def test_welles_nietes_pick_uses_the_right_answer():
    ex = WellesNietesExercise.from_case("welles-nietes")
    wrong = next(i for i in range(len(ex.item.options)) if i not in ex.item.right)
    ex._choices.value = wrong
    ex._check_pick.click()
    assert "argumenteert" in ex._pick_message.value
    ex._choices.value = ex.item.right[0]
    ex._check_pick.click()
    assert "Goed gekozen" in ex._pick_message.value


def test_guideline_quiz_from_case_takes_only_those_cases():
    quiz = GuidelineQuiz.from_case("olga", "mila")
    assert {i.case_id for i in quiz._items} == {"olga", "mila"}
    assert len(GuidelineQuiz.from_case()._items) > len(quiz._items)


def test_metacommunication_names_blunt_words():
    ex = MetacommunicationExercise.from_case("mila")
    ex._rewrite.value = "Ik ga u vragen waarom ze gewoon zo laat slaapt, want dan kunnen we iets doen."
    ex._check.click()
    assert "verwijt" in ex._message.value and "gewoon" in ex._message.value
    assert "De vraag van de mentor" in ex.children[1].value  # the label, not the blunt-words hint


@pytest.mark.parametrize(("reply", "absent"), [
    ("Herkent u dat niet? Dan kijkt u niet goed.", ("verkent", "zonder vraag of uitnodiging", "Je eindigt met een vraag")),
    ("Wat fijn om te horen. Op het plein is hij wel echt een probleemgeval.", ("verkent", "Je stelt een open vraag")),
    ("Snapt u wel hoe ernstig dit is?", ("verkent",)),
    ("Hoe laat is het?", ("verkent",)),
])
def test_welles_nietes_never_praises_nor_contradicts_itself(reply, absent):
    ex = WellesNietesExercise.from_case("welles-nietes")
    ex._own.value = reply
    ex._check_own.click()
    for text in absent:
        assert text not in ex._message.value
