"""Conversation plans and meeting records survive save and open unchanged, and print what matters."""

from __future__ import annotations

import io
import json
from datetime import date

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hgw_widgets.domain.areas import AREAS, Strength
from hgw_widgets.domain.case import load_case
from hgw_widgets.domain.conversation import Agreement, Concern, ConversationPlan, Phase, plan_from_case
from hgw_widgets.domain.participants import Participant, ROLES
from hgw_widgets.domain.meeting import Meeting, MeetingRecord
from hgw_widgets.errors import SaveFileError
from hgw_widgets.export.conversation import (
    PLAN_KIND,
    RECORD_KIND,
    plan_document,
    plan_from_dict,
    plan_to_dict,
    record_document,
    record_from_dict,
    record_to_dict,
)
from hgw_widgets.export.jsonio import dump_work, load_work
from hgw_widgets.export.render import to_docx, to_html, to_markdown

SPECIAL = st.sampled_from(["Zoë", "François", "😀🎉", "‘quote’ “dubbel”", "<b>&amp;</b>", "\n\t", "x" * 1000, ""])
TEXT = st.one_of(st.text(max_size=120), SPECIAL)
LINES = st.lists(TEXT, max_size=6).map(tuple)
DATES = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))

PHASES = st.builds(
    Phase,
    key=st.text(max_size=40),
    title=TEXT,
    purpose=TEXT,
    minutes=st.integers(1, 120),
    guideline=st.one_of(st.none(), st.integers(4, 7)),
    prompts=LINES,
    phrasings=LINES,
    notes=TEXT,
)
AGREEMENTS = st.builds(Agreement, who=TEXT, what=TEXT, when=TEXT)
PLANS = st.builds(
    ConversationPlan,
    student=TEXT,
    reason=TEXT,
    goals=LINES,
    participants=st.lists(st.builds(Participant, name=TEXT, role=st.sampled_from(ROLES)), max_size=6).map(tuple),
    chair=TEXT,
    student_invited=st.booleans(),
    meeting_date=DATES,
    structure_id=st.text(max_size=40),
    title=TEXT,
    phases=st.lists(PHASES, min_size=1, max_size=26).map(tuple),
    school_examples=LINES,
    home_examples=LINES,
    strengths=st.lists(st.builds(Strength, area=st.sampled_from(AREAS), text=TEXT), max_size=7).map(tuple),
    concerns=st.lists(
        st.builds(Concern, text=TEXT, example=TEXT, area=st.one_of(st.none(), st.sampled_from(AREAS))), max_size=4
    ).map(tuple),
    agreements=st.lists(AGREEMENTS, max_size=5).map(tuple),
    evaluation_date=DATES,
)


@st.composite
def records(draw) -> MeetingRecord:
    plan = draw(PLANS)
    n = len(plan.phases)
    return MeetingRecord(
        plan=plan,
        held_on=draw(DATES),
        seconds=tuple(draw(st.lists(st.integers(0, 864_000).map(lambda x: x / 10), min_size=n, max_size=n))),
        notes=tuple(draw(st.lists(TEXT, min_size=n, max_size=n))),
        agreements=tuple(draw(st.lists(AGREEMENTS, max_size=20))),
        evaluation_date=draw(DATES),
        current=draw(st.integers(0, n - 1)),
        finished=draw(st.booleans()),
    )


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(PLANS)
def test_plan_round_trips_through_json(plan):
    data = dump_work(PLAN_KIND, plan_to_dict(plan))
    assert plan_from_dict(load_work(data, kind=PLAN_KIND)) == plan


@FAST
@given(records())
def test_record_round_trips_through_json(record):
    data = dump_work(RECORD_KIND, record_to_dict(record))
    assert record_from_dict(load_work(data, kind=RECORD_KIND)) == record


def _kevin_record() -> MeetingRecord:
    plan = plan_from_case(load_case("kevin"))
    meeting = Meeting.start(plan, now=0.0, held_on=date(2026, 11, 30))
    meeting = meeting.with_note("Moeder herkent het drukke gedrag <niet> thuis.").next(now=150.0)
    meeting = meeting.with_agreement(Agreement("Kevin", "meldt zich na elke pauze bij de mentor", "de komende zes weken"))
    meeting = meeting.with_agreement(Agreement("moeder", "belt de mentor op vrijdag", "voor de kerstvakantie"))
    meeting = meeting.with_evaluation_date(date(2027, 1, 15)).finish(now=400.0)
    return meeting.record


def test_record_document_names_agreements_times_and_evaluation():
    record = _kevin_record()
    md = to_markdown(record_document(record)).decode("utf-8")
    assert "Kevin" in md
    assert "meldt zich na elke pauze bij de mentor" in md
    assert "belt de mentor op vrijdag" in md
    assert "15-01-2027" in md
    assert "30-11-2026" in md
    assert "2 min 30 s" in md  # the first phase took 150 seconds (issue 17: minutes, not "2:30")
    assert "<niet>" not in to_html(record_document(record)).decode("utf-8")


def test_record_document_opens_in_word_with_the_agreements():
    record = _kevin_record()
    document = docx.Document(io.BytesIO(to_docx(record_document(record))))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    assert "meldt zich na elke pauze bij de mentor" in cells
    assert "moeder" in cells


def test_plan_document_lists_every_phase_and_the_invitation():
    plan = plan_from_case(load_case("kevin"))
    md = to_markdown(plan_document(plan)).decode("utf-8")
    for phase in plan.phases:
        assert phase.title in md
    assert "45 minuten" in md
    assert "zorgcoördinator" in md


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda d: d.update(phases=[]), "no phases"),
        (lambda d: d["phases"][0].update(minutes=0), "minutes 0"),
        (lambda d: d["phases"][0].update(minutes="vijf"), "minutes as text"),
        (lambda d: d["phases"][0].update(guideline=9), "unknown guideline"),
        (lambda d: d["participants"].append({"name": "x", "role": "koning"}), "unknown role"),
        (lambda d: d.update(meeting_date="morgen"), "bad date"),
        (lambda d: d.update(goals="één doel"), "goals not a list"),
        (lambda d: d.update(student_invited="ja"), "bool as text"),
        (lambda d: d["agreements"].append({"who": "x", "what": 3, "when": "y"}), "number as text"),
        (lambda d: d.update(reason="x" * 100_000), "huge text"),
    ],
)
def test_malformed_plan_payloads_raise_save_file_error(change, why):
    payload = json.loads(json.dumps(plan_to_dict(plan_from_case(load_case("kevin")))))
    change(payload)
    with pytest.raises(SaveFileError):
        plan_from_dict(payload)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(seconds=[-1]),
        lambda d: d.update(seconds=["1:00"]),
        lambda d: d.update(finished="ja"),
        lambda d: d.update(plan=None),
        lambda d: d.update(evaluation_date="15-01-2027"),
    ],
)
def test_malformed_record_payloads_raise_save_file_error(change):
    payload = json.loads(json.dumps(record_to_dict(_kevin_record())))
    change(payload)
    with pytest.raises(SaveFileError):
        record_from_dict(payload)


def test_a_record_is_not_accepted_as_a_plan():
    data = dump_work(RECORD_KIND, record_to_dict(_kevin_record()))
    with pytest.raises(SaveFileError):
        load_work(data, kind=PLAN_KIND)


def test_a_long_meeting_keeps_every_note():
    phases = tuple(Phase(key=f"f{i}", title=f"Fase {i}", purpose="p", minutes=2) for i in range(22))
    record = MeetingRecord(plan=ConversationPlan(phases=phases), notes=tuple(f"notitie {i}" for i in range(22)),
                           seconds=tuple(float(i) for i in range(22)))
    back = record_from_dict(load_work(dump_work(RECORD_KIND, record_to_dict(record)), kind=RECORD_KIND))
    assert back.notes == record.notes and back == record
