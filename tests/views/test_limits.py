"""Issue 12 §5: text longer than a field allows is refused with a Dutch message, never cut silently."""

from __future__ import annotations

import pytest

from hgw_widgets import ConversationPlanner, MeetingMode, SelfAssessment
from hgw_widgets.domain.limits import too_long


def test_too_long_names_each_field_and_its_limit():
    issues = too_long({"a": ("x" * 11, 10), "b": ("  yy  " * 3, 5), "d": ("  y  " * 3, 5), "c": (None, 1)})
    assert [(i.code, i.field, i.detail) for i in issues] == [("too_long", "a", "10"), ("too_long", "b", "5")]


def test_self_assessment_refuses_a_too_long_example():
    view = SelfAssessment(chart=False, autosave=False)
    view._name.value = "JB"
    view._scores["needs"].value = 3
    view._examples["needs"].value = "lang " * 200
    view._add.click()
    assert view.assessments == ()
    assert "hoogstens 500 tekens, nu 999" in view._message.value and "Er is niets veranderd" in view._message.value


def test_an_agreement_with_a_too_long_part_is_not_added():
    mode = MeetingMode.from_case("kevin", autosave=False)
    mode._who.value, mode._what.value, mode._when.value = "Kevin", "noteert zijn huiswerk", "elke les " * 40
    mode._add.click()
    assert mode.record.agreements == ()
    assert "Wanneer (hoogstens 120 tekens" in mode._message.value
    assert mode._when.value.startswith("elke les")  # what was typed stays, to be shortened


@pytest.mark.parametrize(("field", "label"), [("_student", "Leerling"), ("_chair", "Gespreksleider")])
def test_planner_refuses_a_too_long_name(field, label):
    planner = ConversationPlanner.from_case("kevin", autosave=False)
    before = planner.plan
    getattr(planner, field).value = "z" * 300
    assert planner.plan == before
    assert label in planner._message.value and "hoogstens" in planner._message.value
