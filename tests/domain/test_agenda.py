"""A team meeting gets an agenda for the team, never a letter to parents (issue 17)."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets.domain.agenda import agenda_issues, team_agenda
from hgw_widgets.domain.conversation import ConversationPlan, plan_from_structure, plan_issues, with_structure
from hgw_widgets.domain.invitation import LetterFields
from hgw_widgets.domain.issues import Issue
from hgw_widgets.domain.participants import Participant
from hgw_widgets.domain.structures import load_structure


@pytest.mark.parametrize("structure, audience", [
    ("klassenbespreking", "team"), ("leerlingbespreking", "team"), ("groepsbespreking-vo", "team"),
    ("oudergesprek-bij-zorgen", "parents"), ("multidisciplinair-overleg", "parents")])
def test_each_shipped_structure_says_who_its_preparation_goes_to(structure, audience):
    assert load_structure(structure).audience == audience
    assert plan_from_structure(structure).audience == audience


def test_another_structure_brings_its_audience():
    plan = plan_from_structure("oudergesprek-bij-zorgen", student="Kevin")
    assert with_structure(plan, load_structure("klassenbespreking")).audience == "team"


def test_an_unknown_audience_is_refused():
    with pytest.raises(ValueError):
        ConversationPlan(audience="iedereen")


def test_the_agenda_speaks_to_the_team_not_to_parents():
    plan = plan_from_structure("klassenbespreking", student="klas 2B", chair="mentor", meeting_date=date(2026, 12, 3))
    text = team_agenda(plan, time="15.30 uur", place="lokaal 2.14", sender="S. de Vries, mentor 2B")
    assert text.startswith("Agenda: Klassenbespreking (klas 2B)")
    assert "03-12-2026" in text and "15.30 uur" in text and "lokaal 2.14" in text and "Voorzitter: mentor" in text
    assert "1. Opening: doel en tijd (3 min.)" in text
    for parent_words in ("uitnodigen wij u", "Beste", "uw kind", "welkom"):
        assert parent_words not in text


def test_the_agenda_groups_the_phases_per_part_with_when():
    text = team_agenda(plan_from_structure("leerlingbespreking", student="Noah"))
    assert "Voorgesprek (mentor en zorgcoördinator), een week voor de bespreking:" in text
    assert "Nagesprek met leerling en ouders, binnen een week na de bespreking:" in text
    assert "[datum]" in text and "[tijd]" in text


def test_agenda_issues_name_what_is_still_open():
    plan = plan_from_structure("klassenbespreking")
    assert agenda_issues(plan, LetterFields()) == (
        Issue("missing", "agenda_meeting_date"), Issue("missing", "agenda_time"), Issue("missing", "agenda_place"))
    dated = plan_from_structure("klassenbespreking", meeting_date=date(2026, 12, 3))
    assert agenda_issues(dated, LetterFields.from_values(time="15.30", place="2.14")) == ()


# --- issue 17 newcomer: the plan check of a klassenbespreking asked for a parents' conversation -------------


def test_a_team_plan_is_checked_for_what_a_team_meeting_needs():
    found = {(i.code, i.field) for i in plan_issues(plan_from_structure("klassenbespreking"))}
    assert ("missing", "student") in found  # which class or student the bespreking is about
    assert {("missing", f) for f in ("reason", "goals", "chair", "participants")} <= found
    assert ("missing", "school_examples") not in found and ("missing", "strengths") not in found  # guidelines 4, 5


def test_a_parents_plan_still_asks_for_the_guidelines_4_and_5():
    found = {(i.code, i.field) for i in plan_issues(plan_from_structure("oudergesprek-bij-zorgen"))}
    assert ("missing", "school_examples") in found and ("missing", "strengths") in found
    assert ("missing", "student") not in found


def test_a_complete_team_plan_has_no_issues():
    plan = plan_from_structure("klassenbespreking", student="klas 2B", reason="Evaluatie klassenplan",
                               goals=("Een klassenplan voor de komende acht weken",), chair="Sanne",
                               participants=(Participant("Sanne", "mentor"), Participant("Ahmed", "teacher")))
    assert plan_issues(plan) == ()
