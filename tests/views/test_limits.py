"""Issue 12 §5: text longer than a field allows is refused with a Dutch message, never cut silently."""

from __future__ import annotations

import pytest

from hgw_widgets import ConversationPlanner, MeetingMode, SelfAssessment
from hgw_widgets.domain.limits import too_long
from tests.screen import click, fill, find, status


def test_too_long_names_each_field_and_its_limit():
    issues = too_long({"a": ("x" * 11, 10), "b": ("  yy  " * 3, 5), "d": ("  y  " * 3, 5), "c": (None, 1)})
    assert [(i.code, i.field, i.detail) for i in issues] == [("too_long", "a", "10"), ("too_long", "b", "5")]


def test_self_assessment_refuses_a_too_long_example():
    view = SelfAssessment(chart=False, autosave=False)
    fill(view, "textbox", "Jouw naam of initialen", "JB")
    fill(view, "combobox", "Score voor 3 Onderwijsbehoeften centraal", 3)
    fill(view, "textbox", "Voorbeeld bij 3 Onderwijsbehoeften centraal", "lang " * 200)
    click(view, "Beoordeling toevoegen")
    assert view.assessments == ()
    assert "hoogstens 500 tekens, nu 999" in status(view) and "Er is niets veranderd" in status(view)


def test_an_agreement_with_a_too_long_part_is_not_added():
    mode = MeetingMode.from_case("kevin", autosave=False)
    fill(mode, "textbox", "Wie", "Kevin")
    fill(mode, "textbox", "Wat", "noteert zijn huiswerk", exact=True)
    fill(mode, "textbox", "Wanneer", "elke les " * 40)
    click(mode, "Afspraak vastleggen")
    assert mode.record.agreements == ()
    assert "Wanneer (hoogstens 120 tekens" in status(mode)
    assert find(mode, "textbox", "Wanneer").value.startswith("elke les")  # what was typed stays, to be shortened


@pytest.mark.parametrize("label", ["Leerling", "Gespreksleider"])
def test_planner_refuses_a_too_long_name(label):
    planner = ConversationPlanner.from_case("kevin", autosave=False)
    before = planner.plan
    fill(planner, "textbox", label, "z" * 300, exact=True)
    assert planner.plan == before
    assert label in status(planner) and "hoogstens" in status(planner)
