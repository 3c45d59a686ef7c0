"""A meeting in parts in the verslag and the saved file: per part its date, who attended and its when; a
team meeting's plan carries the agenda, not the letter to parents (issue 17)."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets.domain.conversation import plan_from_structure
from hgw_widgets.domain.meeting import Meeting
from hgw_widgets.domain.meeting_part_edits import set_part_attendees, set_part_date
from hgw_widgets.domain.meeting_parts import PartRecord
from hgw_widgets.errors import SaveFileError
from hgw_widgets.export.conversation import (
    plan_document, plan_from_dict, plan_to_dict, record_document, record_from_dict, record_to_dict,
)
from hgw_widgets.export.render import to_markdown


def _held_in_parts():
    m = Meeting.start(plan_from_structure("leerlingbespreking", student="Noah"), now=None, held_on=date(2026, 11, 30))
    m, _ = set_part_date(m, date(2026, 11, 30))
    m, _ = set_part_attendees(m, "mentor, zorgcoördinator")
    m = m.resume(0.0).pause(600.0).go_to(2, 600.0)
    m, _ = set_part_date(m, date(2026, 12, 7))
    m, _ = set_part_attendees(m, "team 2B, zorgcoördinator")
    return m.resume(1000.0).pause(2200.0).finish(2200.0).record


def test_the_verslag_has_per_part_its_date_attendees_and_when():
    md = to_markdown(record_document(_held_in_parts())).decode("utf-8")
    per_part = md[md.index("Per deel"):]
    assert "Deel: Voorgesprek (mentor en zorgcoördinator), een week voor de bespreking" in per_part
    assert "Datum: 30-11-2026" in per_part and "Aanwezig: mentor, zorgcoördinator" in per_part
    assert "Datum: 07-12-2026" in per_part and "Aanwezig: team 2B, zorgcoördinator" in per_part
    assert "Tijd besteed: 10 min 0 s" in per_part and "Tijd besteed: 20 min 0 s" in per_part
    nagesprek = per_part[per_part.index("Nagesprek"):]
    assert "Datum: nog niet bekend" in nagesprek and "Aanwezig: -" in nagesprek


def test_a_verslag_without_parts_has_no_part_section():
    record = Meeting.start(plan_from_structure("oudergesprek-bij-zorgen"), now=None).finish(0.0).record
    assert "Per deel" not in to_markdown(record_document(record)).decode("utf-8")


def test_parts_when_and_audience_survive_save_and_open():
    record = _held_in_parts()
    back = record_from_dict(record_to_dict(record))
    assert back == record
    assert back.parts[1] == PartRecord(date(2026, 12, 7), "team 2B, zorgcoördinator")
    assert back.plan.phases[0].part_when == "een week voor de bespreking"
    assert back.plan.audience == "team"


def test_a_plan_saved_before_the_audience_was_kept_gets_its_structures():
    data = plan_to_dict(plan_from_structure("klassenbespreking"))
    del data["audience"]
    assert plan_from_dict(data).audience == "team"
    data["structure_id"] = "bestaat-niet"
    assert plan_from_dict(data).audience == "parents"


@pytest.mark.parametrize("bad", [{"audience": "iedereen"}, {"audience": 3}])
def test_a_wrong_audience_is_refused(bad):
    with pytest.raises(SaveFileError):
        plan_from_dict({**plan_to_dict(plan_from_structure("klassenbespreking")), **bad})


@pytest.mark.parametrize("parts", [[{"held_on": "gisteren"}], ["x"], [{"attendees": "x" * 5000}]])
def test_malformed_parts_are_refused(parts):
    data = record_to_dict(_held_in_parts())
    with pytest.raises(SaveFileError):
        record_from_dict({**data, "parts": parts})


def test_a_team_meetings_plan_prints_the_agenda_not_a_letter_to_parents():
    team = to_markdown(plan_document(plan_from_structure("klassenbespreking", student="klas 2B"))).decode("utf-8")
    assert "Agenda voor het team" in team and "Agenda: Klassenbespreking (klas 2B)" in team
    assert "Uitnodiging" not in team and "uitnodigen wij u" not in team
    parents = to_markdown(plan_document(plan_from_structure("oudergesprek-bij-zorgen"))).decode("utf-8")
    assert "Uitnodiging (mail)" in parents and "Agenda voor het team" not in parents
