"""Second newcomer round: chapter 03 feedback from goals taken over from chapter 02."""

import pytest

from hgw_widgets.domain.feedback import suggest_feedback
from hgw_widgets.domain.goal_card import GoalCard
from hgw_widgets.domain.goals import Goal


def _suggestions(goal: str, name: str = "Jordi"):
    return suggest_feedback(GoalCard(student=name, goals=(Goal(goal),)))


@pytest.mark.parametrize("goal", ["doe normaal", "Jordi gedraagt zich beter.", "bla bla", "Hij weet hoe hij moet plannen.",
                                  "Concentratie verbeteren"])
def test_goal_without_behaviour_gets_no_praise_but_a_prompt_to_make_it_concrete(goal):
    suggestions = _suggestions(goal)
    assert suggestions, goal
    for s in suggestions:
        assert "Fijn" not in s.text and "lukte" not in s.text and "dat zag ik" not in s.text
        assert "concreet" in s.text
        assert f"“{goal}”" not in s.text


@pytest.mark.parametrize(("goal", "well", "better"), [
    ("Over drie weken hangt Jordi bij binnenkomst zijn jas aan de kapstok.",
     "je hangt bij binnenkomst je jas aan de kapstok", "bij binnenkomst je jas aan de kapstok te hangen"),
    ("Jordi groet de mentor.", "je groet de mentor", "de mentor te groeten"),
    ("Ze pakt haar boek en begint direct.", "je pakt je boek en begint direct", "je boek te pakken en direct te beginnen"),
    ("Hij zet zijn telefoon in de telefoontas.", "je zet je telefoon in de telefoontas", "je telefoon in de telefoontas te zetten"),
    ("Jordi heeft zijn agenda bij zich.", "je hebt je agenda bij je", "je agenda bij je te hebben"),
    ("Voor de kerstvakantie is Jordi elke les op tijd.", "je bent elke les op tijd", "elke les op tijd te zijn"),
    ("Vanaf maandag steekt hij zijn vinger op voordat hij iets zegt.",
     "je steekt je vinger op voordat je iets zegt", "je vinger op te steken voordat je iets zegt"),
])
def test_third_person_goal_is_turned_to_je(goal, well, better):
    texts = {s.kind: s.text for s in _suggestions(goal)}
    assert well in texts["well"]
    assert better in texts["better"]
    assert "“" not in texts["well"] + texts["better"]


@pytest.mark.parametrize("goal", ["De klas luistert als Jordi praat.", "Ouders en Jordi maken samen een planning."])
def test_goal_that_cannot_be_turned_is_not_quoted_as_if_spoken(goal):
    for s in _suggestions(goal):
        assert f"“{goal.rstrip('.')}”" not in s.text
        assert "dat zag ik vandaag: “" not in s.text
