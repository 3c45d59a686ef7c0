"""Feedback suggestions: the behaviour in the je-form, a question for the next step."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets.domain.feedback import second_person, suggest_feedback
from hgw_widgets.domain.goal_card import GoalCard
from hgw_widgets.domain.goals import Goal
from hgw_widgets.domain.tracking import TrackingSheet
from hgw_widgets.domain.tracking_evaluation import evaluate


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("Ik hang mijn jas aan de kapstok.", "je hangt je jas aan de kapstok"),
        ("Ik ga op mijn stoel zitten.", "je gaat op je stoel zitten"),
        ("Ik ben stil als de mentor start.", "je bent stil als de mentor start"),
        ("Ik groet de mentor bij binnenkomst", "je groet de mentor bij binnenkomst"),
        ("ik praat rustig met mijn buurman", "je praat rustig met je buurman"),
        ("Ik houd mijn handen bij me.", "je houdt je handen bij je"),
        ("Jordi groet de mentor.", None),
        ("Ik", None),
        ("", None),
    ],
)
def test_second_person(goal, expected):
    assert second_person(goal) == expected


def _card() -> GoalCard:
    return GoalCard(
        student="Jordi",
        goals=(
            Goal("Ik hang mijn jas aan de kapstok."),
            Goal("Jordi groet de mentor."),
            Goal("De mentor roept niet door de klas.", owner="teacher"),
        ),
        start=date(2026, 11, 30),
        evaluation=date(2026, 12, 21),
    )


def test_without_evaluation_each_student_goal_gets_both():
    suggestions = suggest_feedback(_card())
    assert [(s.goal_index, s.kind) for s in suggestions] == [(0, "well"), (0, "better"), (1, "well"), (1, "better")]
    well, better = suggestions[0].text, suggestions[1].text
    assert well.startswith("Jordi, ") and "je hangt je jas aan de kapstok" in well
    # issue 13: acknowledge first (a field the learner fills in), then the next small step as a question
    assert better.startswith("Jordi, [noem eerst wat al lukte") and better.endswith("?")
    assert "Lukt het je om de volgende keer je jas aan de kapstok te hangen?" in better
    assert "je groet de mentor" in suggestions[2].text  # second newcomer round: third person turned to je


def test_teacher_goals_get_no_student_feedback():
    assert all(s.goal_index != 2 for s in suggest_feedback(_card()))


def test_with_evaluation_reached_goals_get_praise_others_a_count():
    sheet = TrackingSheet(student="Jordi", goals=("Ik hang mijn jas aan de kapstok.", "Jordi groet de mentor."), weeks=1)
    for day in range(5):
        sheet = sheet.with_mark(0, day, 0, 0, "done")
    for day, mark in enumerate(["done", "not_yet", "not_yet"]):
        sheet = sheet.with_mark(0, day, 0, 1, mark)
    suggestions = suggest_feedback(_card(), evaluation=evaluate(sheet))
    assert [(s.goal_index, s.kind) for s in suggestions] == [(0, "well"), (1, "better")]
    assert "1 van de 3 keer" in suggestions[1].text


def test_no_name_leaves_a_placeholder_to_fill_in():
    card = GoalCard(goals=(Goal("Ik ga zitten."),))
    assert suggest_feedback(card)[0].text.startswith("[naam], dat zag ik vandaag: je gaat zitten.")


# --- issue 13: the student's own behaviour, acknowledged first, then the next small step ---------------------

from hgw_widgets.domain.feedback import student_part, te_infinitive  # noqa: E402


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("Ik groet de mentor bij binnenkomst en de mentor groet terug.", "de mentor bij binnenkomst te groeten"),
        ("Ik hang mijn jas aan de kapstok achter in het lokaal.", "je jas aan de kapstok achter in het lokaal te hangen"),
        ("Ik ga op mijn stoel zitten.", "op je stoel te gaan zitten"),
        ("Ik leg mijn spullen op tafel en zet mijn tas op de grond, onder mijn tafel.",
         "je spullen op tafel te leggen en je tas op de grond te zetten, onder je tafel"),
        ("Ik praat rustig en stil met mijn buurman/vrouw.", "rustig en stil met je buurman/vrouw te praten"),
        ("Ik ben stil als de mentor start met de les.", "stil te zijn als de mentor start met de les"),
        ("Ik hang mijn jas op.", "je jas op te hangen"),
        ("Ik houd mijn handen bij mezelf als ik langs een klasgenoot loop.",
         "je handen bij jezelf te houden als je langs een klasgenoot loopt"),
        ("Ik steek mijn vinger op en wacht tot de docent mijn naam noemt.",
         "je vinger op te steken en te wachten tot de docent je naam noemt"),
        ("Jordi groet de mentor.", None),
    ],
)
def test_te_infinitive_names_the_next_step(goal, expected):
    assert te_infinitive(goal) == expected


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("Ik groet de mentor bij binnenkomst en de mentor groet terug.", "Ik groet de mentor bij binnenkomst"),
        ("Ik zeg gedag en mijn mentor zegt gedag terug.", "Ik zeg gedag"),
        ("Ik leg mijn spullen op tafel en zet mijn tas op de grond.", "Ik leg mijn spullen op tafel en zet mijn tas op de grond"),
    ],
)
def test_what_someone_else_does_is_not_the_students_goal(goal, expected):
    assert student_part(goal) == expected


def test_better_sentence_acknowledges_first_then_the_step():
    sheet = TrackingSheet(student="Jordi", goals=("Ik hang mijn jas aan de kapstok.",), weeks=1)
    for day, mark in enumerate(["done", "done", "not_yet", "not_yet", "not_yet"]):
        sheet = sheet.with_mark(0, day, 0, 0, mark)
    card = GoalCard(student="Jordi", goals=(Goal("Ik hang mijn jas aan de kapstok."),))
    (better,) = suggest_feedback(card, evaluation=evaluate(sheet))
    assert better.text == ("Jordi, het lukte je al 2 van de 5 keer om je jas aan de kapstok te hangen. "
                           "Lukt het je om dat de volgende les weer te doen? Wat helpt je daarbij?")
