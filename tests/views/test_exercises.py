"""The three conversation exercises without a browser."""

from __future__ import annotations

import pytest

from hgw_widgets import GuidelineQuiz, MetacommunicationExercise, WellesNietesExercise
from tests.screen import click, fill, find, status, text_of, visitor_sets

OWN = "Wat zeg je terug"  # the reply field's placeholder: its name for a person and a screen reader
REWRITE = "Ik ga u nu vragen ..."


def _moment(ex) -> str:
    return find(ex, css_class="hgw-ex-moment").value


def _counter(view) -> str:
    return text_of(find(view, css_class="hgw-ex-counter"))


def _pick_message(ex) -> str:
    return text_of(find(ex, css_class="hgw-ex-pick-message"))


def _reply(ex, text) -> None:
    fill(ex, "textbox", OWN, text)
    click(ex, "Bekijk mijn reactie")


def _pick(ex, index) -> None:
    fill(ex, "radiogroup", "Of kies een reactie", index)


def test_welles_nietes_own_reply_feedback():
    ex = WellesNietesExercise.from_casebook(("kevin",))
    assert "Kevin heeft veel conflicten" in _moment(ex) and "Thuis" in _moment(ex)
    _reply(ex, "Toch is het zo, ik zie het elke dag.")
    assert "argumenteert" in status(ex) and "toch" in status(ex)
    _reply(ex, "Fijn dat het thuis goed gaat. Vertel eens, wanneer lukt het?")
    assert "verkent" in status(ex)
    _reply(ex, "   ")
    assert "Schrijf eerst een reactie." in status(ex)


def test_welles_nietes_pick_and_navigate():
    ex = WellesNietesExercise.from_casebook()
    click(ex, "Controleer mijn keuze")
    assert "Kies eerst een reactie." in _pick_message(ex)
    kinds = [r.kind for r in ex.item.item.replies]
    _pick(ex, kinds.index("explores"))
    click(ex, "Controleer mijn keuze")
    assert "Goed gekozen" in _pick_message(ex)
    first = ex.item
    click(ex, "Volgende")
    assert ex.item != first and _pick_message(ex) == "" and find(ex, "radiogroup").value is None
    assert "2 van" in _counter(ex)


def test_welles_nietes_escapes_text():
    ex = WellesNietesExercise.from_casebook(("kevin",))
    _reply(ex, "<script>alert(1)</script> toch")
    assert "<script>" not in find(ex, "status").value


def test_guideline_quiz_scores():
    quiz = GuidelineQuiz.from_casebook(("kevin",))
    click(quiz, "Controleer")
    assert "Kies eerst een richtlijn." in status(quiz)
    fill(quiz, "radiogroup", None, quiz.items[0].fragment.guideline)
    click(quiz, "Controleer")
    assert "Juist." in status(quiz) and quiz.score == (1, 1)
    click(quiz, "Volgende")
    assert quiz.item == quiz.items[1]
    wrong = 4 if quiz.items[1].fragment.guideline != 4 else 5
    fill(quiz, "radiogroup", None, wrong)
    click(quiz, "Controleer")
    assert f"Het is richtlijn {quiz.items[1].fragment.guideline}" in status(quiz)
    assert quiz.score == (1, 2) and "1 van 2" in text_of(find(quiz, css_class="hgw-quiz-score"))


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
    fill(ex, "textbox", REWRITE, text)
    click(ex, "Controleer mijn versie")
    assert expected in status(ex)


def test_metacommunication_builder_and_example():
    ex = MetacommunicationExercise.from_case()
    built = find(ex, css_class="hgw-meta-built")
    assert "Vul beide stukken in" in built.value
    fill(ex, "textbox", "Ik ga u vragen", "hoe het slapen thuis gaat")
    fill(ex, "textbox", "Zodat we kunnen", "samen kijken wat helpt")
    assert "Ik ga u nu vragen hoe het slapen thuis gaat, want als we dat weten, kunnen we samen kijken wat helpt." in built.value
    fill(ex, "checkbox", "Toon een voorbeeld", True)
    assert "Ik ga u nu vragen" in find(ex, css_class="hgw-meta-example").value
    fill(ex, "checkbox", "Verberg het voorbeeld", False)
    assert find(ex, css_class="hgw-meta-example").value == ""


def test_welles_nietes_from_case_shows_reasons_and_feedback():
    ex = WellesNietesExercise.from_case("welles-nietes")
    assert "Sem" in _moment(ex) and "1 van 3" in _counter(ex)
    assert ex.feedback is None
    _reply(ex, "Nee, op school zien wij iets heel anders.")
    assert ex.feedback.kind == "argues" and {"denies", "counter_example"} <= set(ex.feedback.reasons)
    assert "argumenteert" in status(ex) and "tegenbewijs" in status(ex)
    assert "Probeer het anders" in status(ex)
    _reply(ex, "Fijn dat het thuis lukt. Hoe gaat dat thuis precies?")
    assert ex.feedback.kind == "explores" and "Je vraagt hoe het thuis gaat." in status(ex)
    click(ex, "Volgende")
    assert ex.feedback is None and find(ex, "textbox", OWN).value == ""


@pytest.mark.parametrize("bad", [True, -1, 99, "0", None])
def test_welles_nietes_pick_refuses_hostile_values(bad):
    ex = WellesNietesExercise.from_case("welles-nietes")
    choices = find(ex, "radiogroup", "Of kies een reactie")
    choices.value = None
    visitor_sets(choices, bad)
    click(ex, "Controleer mijn keuze")
    assert "Kies eerst een reactie." in _pick_message(ex)


def test_welles_nietes_pick_uses_the_right_answer():
    ex = WellesNietesExercise.from_case("welles-nietes")
    wrong = next(i for i in range(len(ex.item.options)) if i not in ex.item.right)
    _pick(ex, wrong)
    click(ex, "Controleer mijn keuze")
    assert "argumenteert" in _pick_message(ex)
    _pick(ex, ex.item.right[0])
    click(ex, "Controleer mijn keuze")
    assert "Goed gekozen" in _pick_message(ex)


def test_guideline_quiz_from_case_takes_only_those_cases():
    quiz = GuidelineQuiz.from_case("olga", "mila")
    assert {i.case_id for i in quiz.items} == {"olga", "mila"}
    assert _counter(quiz) == f"1 van {len(quiz.items)}"
    assert len(GuidelineQuiz.from_case().items) > len(quiz.items)


def test_metacommunication_names_blunt_words():
    ex = MetacommunicationExercise.from_case("mila")
    fill(ex, "textbox", REWRITE, "Ik ga u vragen waarom ze gewoon zo laat slaapt, want dan kunnen we iets doen.")
    click(ex, "Controleer mijn versie")
    assert "verwijt" in status(ex) and "gewoon" in status(ex)
    assert "De vraag van de mentor" in text_of(find(ex, "html", "Oefening: van botte vraag"))  # the label, not the hint
    assert "De vraag van de mentor" not in status(ex)


@pytest.mark.parametrize(("reply", "absent"), [
    ("Herkent u dat niet? Dan kijkt u niet goed.", ("verkent", "zonder vraag of uitnodiging", "Je eindigt met een vraag")),
    ("Wat fijn om te horen. Op het plein is hij wel echt een probleemgeval.", ("verkent", "Je stelt een open vraag")),
    ("Snapt u wel hoe ernstig dit is?", ("verkent",)),
    ("Hoe laat is het?", ("verkent",)),
])
def test_welles_nietes_never_praises_nor_contradicts_itself(reply, absent):
    ex = WellesNietesExercise.from_case("welles-nietes")
    _reply(ex, reply)
    for text in absent:
        assert text not in status(ex)
