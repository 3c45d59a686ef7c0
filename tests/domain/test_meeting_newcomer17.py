"""Issue 17, a newcomer in chapter 09's meeting mode: the domain rules behind the fixes.

A shipped structure is never replaced by an own file with its id; the meeting's "Over", "Aanwezig" and
"Gespreksleider" are the user's and another structure starts without the case's people; a part's date and
the evaluation date follow the workbook's one date rule (years 2000-2099); a duration reads as minutes.
"""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets.domain.case import load_case
from hgw_widgets.domain.conversation import plan_from_case, plan_from_structure
from hgw_widgets.domain.dates import usable_date
from hgw_widgets.domain.formats import list_text
from hgw_widgets.domain.meeting import Meeting, set_evaluation_date
from hgw_widgets.domain.meeting_clock import duration_text
from hgw_widgets.domain.meeting_facts import attendees_text, parse_attendees, set_meeting_facts, without_case_facts
from hgw_widgets.domain.meeting_part_edits import set_part_date
from hgw_widgets.domain.own_structures import as_own, own_structures_from_text, own_structures_text
from hgw_widgets.domain.structures import load_structure, structure_catalogue
from hgw_widgets.export.conversation import record_document
from hgw_widgets.export.render import to_markdown

SHIPPED = structure_catalogue().ids


def test_an_own_file_with_a_shipped_id_becomes_its_own_copy_with_its_title():
    own = load_structure("klassenbespreking").model_copy(update={"title": "Klassenbespreking 3C"})
    copy, renamed = as_own(own, SHIPPED)
    assert renamed and copy.id == "klassenbespreking-eigen" and copy.title == "Klassenbespreking 3C"
    assert copy.phases == own.phases
    assert as_own(copy, SHIPPED) == (copy, False)  # loaded again: it replaces only itself


def test_a_copy_kept_in_the_browser_before_the_fix_comes_back_as_a_copy():
    own = load_structure("klassenbespreking").model_copy(update={"title": "Klassenbespreking 3C"})
    kept = own_structures_text((own,))  # what a browser kept: the shipped id
    back, refused = own_structures_from_text(kept, shipped=SHIPPED)
    assert refused == () and [s.id for s in back] == ["klassenbespreking-eigen"]


@pytest.mark.parametrize("value, usable", [
    (date(2026, 12, 7), True), (date(2000, 1, 1), True), (date(2099, 12, 31), True),
    (date(2, 12, 7), False), (date(202, 12, 7), False), (date(1999, 12, 31), False), (date(2100, 1, 1), False),
    (None, False), ("2026-12-07", False),
])
def test_the_one_date_rule(value, usable):
    assert usable_date(value) is usable


def _in_second_part() -> Meeting:
    meeting = Meeting.start(plan_from_structure("leerlingbespreking"), now=None, held_on=date(2026, 11, 30))
    first, _ = set_part_date(meeting, date(2026, 11, 30))
    while first.plan.phases[first.index].part == first.plan.phases[0].part:
        first = first.next(0.0)
    return first


@pytest.mark.parametrize("typed", [date(2, 12, 7), date(20, 12, 7), date(202, 12, 7), date(1, 3, 1)])
def test_a_year_being_typed_is_refused_for_its_year_not_as_before_an_earlier_part(typed):
    meeting = _in_second_part()
    changed, issue = set_part_date(meeting, typed)
    assert issue is not None and issue.code == "year" and issue.detail == typed.isoformat()
    assert changed is meeting


def test_the_year_typed_to_the_end_is_kept():
    meeting, issue = set_part_date(_in_second_part(), date(2026, 12, 7))
    assert issue is None and date(2026, 12, 7) in [p.held_on for p in meeting.record.parts]


def test_an_evaluation_date_outside_the_years_is_refused():
    meeting = Meeting.start(plan_from_structure("klassenbespreking"), now=None, held_on=date(2026, 11, 30))
    changed, issue = set_evaluation_date(meeting, date(1, 3, 1))
    assert issue is not None and issue.code == "year" and changed.record.evaluation_date is None


def test_the_meeting_facts_are_the_users_and_the_verslag_names_them():
    meeting = Meeting.start(plan_from_case(load_case("klas-2b"), structure="klassenbespreking"), now=None,
                            held_on=date(2026, 11, 30))
    assert meeting.plan.student == "klas 2B" and meeting.plan.chair  # prefilled from the case
    changed, issues = set_meeting_facts(meeting, about="Klas 3C", attendees="Kim Verbeek (mentor), docent Engels",
                                        chair="Kim Verbeek")
    assert issues == ()
    md = to_markdown(record_document(changed.record)).decode("utf-8")
    assert "Verslag van het gesprek over Klas 3C" in md
    assert "Aanwezig: Kim Verbeek (mentor), docent Engels" in md and "Gespreksleider: Kim Verbeek" in md
    assert "2B" not in md.split("## ")[0] and "Sanne" not in md


def test_attendees_read_back_as_typed():
    people = parse_attendees("Sanne de Wit (mentor), docent wiskunde, zorgcoördinator")
    assert [p.role for p in people] == ["mentor", "teacher", "care_coordinator"]
    assert attendees_text(people) == "Sanne de Wit (mentor), docent wiskunde, zorgcoördinator"


def test_facts_that_are_too_long_are_refused_and_nothing_changes():
    meeting = Meeting.start(plan_from_structure("klassenbespreking"), now=None)
    changed, issues = set_meeting_facts(meeting, about="x" * 61, attendees="", chair="")
    assert [i.field for i in issues] == ["about"] and changed is meeting


def test_another_structure_does_not_carry_the_cases_people():
    case = plan_from_case(load_case("klas-2b"), structure="klassenbespreking")
    other = without_case_facts(Meeting.start(case, now=None).with_structure(load_structure("groepsbespreking-vo")), case)
    assert (other.plan.student, other.plan.participants, other.plan.chair) == ("", (), "")


def test_another_structure_keeps_what_the_chair_typed():
    case = plan_from_case(load_case("klas-2b"), structure="klassenbespreking")
    typed, _ = set_meeting_facts(Meeting.start(case, now=None), about="Klas 3C", attendees="", chair=case.chair)
    other = without_case_facts(typed.with_structure(load_structure("groepsbespreking-vo")), case)
    assert (other.plan.student, other.plan.participants, other.plan.chair) == ("Klas 3C", (), "")


@pytest.mark.parametrize("seconds, text", [(133, "2 min 13 s"), (11, "11 s"), (600, "10 min 0 s"), (3725, "1 u 02 min")])
def test_a_duration_reads_as_minutes(seconds, text):
    assert duration_text(seconds) == text


def test_a_team_verslag_names_no_guideline_for_conversations_with_parents():
    team = Meeting.start(plan_from_structure("klassenbespreking"), now=None)
    parents = Meeting.start(plan_from_structure("oudergesprek-bij-zorgen"), now=None)
    team_md = to_markdown(record_document(team.record)).decode("utf-8")
    assert "## Afspraken\n" in team_md and "richtlijn" not in team_md.lower()
    assert "## Afspraken (richtlijn 7)" in to_markdown(record_document(parents.record)).decode("utf-8")


@pytest.mark.parametrize("items, text", [([], ""), (["a"], "a"), (["a", "b"], "a en b"), (["a", "b", "c"], "a, b en c")])
def test_list_text(items, text):
    assert list_text(items) == text
