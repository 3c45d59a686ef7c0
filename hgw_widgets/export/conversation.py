"""A conversation plan and a meeting record as JSON data (the printable ``Document``s: ``conversation_documents``).

``plan_to_dict``/``plan_from_dict`` and ``record_to_dict``/``record_from_dict``
round-trip every field; the ``from_dict`` functions build the whole object or
raise ``SaveFileError``. The shared renderers (``export.render``) and the
``WorkBar`` do the rest.
"""

from __future__ import annotations

from ..domain.areas import AREAS, Strength
from ..domain.conversation import AUDIENCES, MAX_ITEMS, MAX_NOTES, MAX_TEXT, Agreement, Concern, ConversationPlan, Phase
from ..domain.participants import Participant, ROLES
from ..domain.meeting import MeetingRecord
from ..domain.meeting_parts import MAX_ATTENDEES, PartRecord
from ..domain.structures import CYCLE_STEPS, MAX_PARTS, load_structure
from ..errors import HgwError
from .cards import date_from
from .conversation_documents import plan_document, record_document
from .jsonio import get_bool, get_dict, get_int, get_list, get_str, malformed

PLAN_KIND = "conversation_plan"
RECORD_KIND = "meeting_record"


def _date(value) -> str | None:
    return None if value is None else value.isoformat()


def _strs(data: dict, key: str, *, max_len: int = MAX_TEXT) -> tuple[str, ...]:
    items = get_list(data, key, max_items=MAX_ITEMS)
    if not all(isinstance(i, str) and len(i) <= max_len for i in items):
        raise malformed(f"{key} must be a list of texts")
    return tuple(items)


# --- plan ---------------------------------------------------------------------------------


def plan_to_dict(plan: ConversationPlan) -> dict:
    """The plan as JSON-ready data."""
    return {
        "student": plan.student,
        "reason": plan.reason,
        "goals": list(plan.goals),
        "participants": [{"name": p.name, "role": p.role} for p in plan.participants],
        "chair": plan.chair,
        "student_invited": plan.student_invited,
        "meeting_date": _date(plan.meeting_date),
        "structure_id": plan.structure_id,
        "title": plan.title,
        "phases": [
            {"key": p.key, "title": p.title, "purpose": p.purpose, "minutes": p.minutes, "guideline": p.guideline,
             "prompts": list(p.prompts), "phrasings": list(p.phrasings), "notes": p.notes,
             "step": p.step, "part": p.part, "part_when": p.part_when}
            for p in plan.phases
        ],
        "school_examples": list(plan.school_examples),
        "home_examples": list(plan.home_examples),
        "strengths": [{"area": s.area, "text": s.text} for s in plan.strengths],
        "concerns": [{"text": c.text, "example": c.example, "area": c.area} for c in plan.concerns],
        "agreements": [agreement_to_dict(a) for a in plan.agreements],
        "evaluation_date": _date(plan.evaluation_date),
        "audience": plan.audience,
    }


def agreement_to_dict(agreement: Agreement) -> dict:
    """One agreement as JSON-ready data."""
    return {"who": agreement.who, "what": agreement.what, "when": agreement.when}


def agreement_from_dict(data: object) -> Agreement:
    """An agreement from saved data."""
    data = get_dict(data, "agreement")
    return Agreement(get_str(data, "who", max_len=MAX_TEXT), get_str(data, "what", max_len=MAX_TEXT),
                     get_str(data, "when", max_len=MAX_TEXT))


def _phase_from_dict(data: object) -> Phase:
    data = get_dict(data, "phase")
    guideline = data.get("guideline")
    if guideline is not None and (not isinstance(guideline, int) or isinstance(guideline, bool) or not 4 <= guideline <= 7):
        raise malformed("guideline must be 4-7 or null")
    step = data.get("step")
    if step is not None and step not in CYCLE_STEPS:
        raise malformed("step must be one of the HGW cycle steps or null")
    return Phase(
        key=get_str(data, "key", max_len=80), title=get_str(data, "title", max_len=MAX_TEXT),
        purpose=get_str(data, "purpose", max_len=MAX_TEXT),
        minutes=None if data.get("minutes") is None else get_int(data, "minutes", low=1, high=120),
        guideline=guideline, prompts=_strs(data, "prompts"), phrasings=_strs(data, "phrasings"),
        notes=get_str(data, "notes", default="", max_len=MAX_NOTES), step=step,
        part=get_str(data, "part", default="", max_len=MAX_TEXT),
        part_when=get_str(data, "part_when", default="", max_len=MAX_TEXT),
    )


def _participant_from_dict(data: object) -> Participant:
    data = get_dict(data, "participant")
    role = get_str(data, "role", default="other")
    if role not in ROLES:
        raise malformed("unknown role")
    return Participant(get_str(data, "name", max_len=MAX_TEXT), role)


def _strength_from_dict(data: object) -> Strength:
    data = get_dict(data, "strength")
    area = get_str(data, "area")
    if area not in AREAS:
        raise malformed("unknown area")
    return Strength(area, get_str(data, "text", max_len=MAX_TEXT))


def _concern_from_dict(data: object) -> Concern:
    data = get_dict(data, "concern")
    area = data.get("area")
    if area is not None and area not in AREAS:
        raise malformed("unknown area")
    return Concern(get_str(data, "text", max_len=MAX_TEXT), get_str(data, "example", default="", max_len=MAX_TEXT), area)


def plan_from_dict(data: object) -> ConversationPlan:
    """A plan from saved data; raises ``SaveFileError`` if anything is malformed."""
    data = get_dict(data, "plan")
    phases = tuple(_phase_from_dict(p) for p in get_list(data, "phases", max_items=40))
    if not phases:
        raise malformed("a plan needs phases")
    return ConversationPlan(
        student=get_str(data, "student", default="", max_len=MAX_TEXT),
        reason=get_str(data, "reason", default="", max_len=MAX_NOTES),
        goals=_strs(data, "goals"),
        participants=tuple(_participant_from_dict(p) for p in get_list(data, "participants", max_items=MAX_ITEMS)),
        chair=get_str(data, "chair", default="", max_len=MAX_TEXT),
        student_invited=get_bool(data, "student_invited", default=True),
        meeting_date=date_from(data, "meeting_date"),
        structure_id=get_str(data, "structure_id", default="", max_len=80),
        title=get_str(data, "title", default="", max_len=MAX_TEXT),
        phases=phases,
        school_examples=_strs(data, "school_examples"),
        home_examples=_strs(data, "home_examples"),
        strengths=tuple(_strength_from_dict(s) for s in get_list(data, "strengths", max_items=MAX_ITEMS)),
        concerns=tuple(_concern_from_dict(c) for c in get_list(data, "concerns", max_items=MAX_ITEMS)),
        agreements=tuple(agreement_from_dict(a) for a in get_list(data, "agreements", max_items=MAX_ITEMS)),
        evaluation_date=date_from(data, "evaluation_date"),
        audience=_audience(data),
    )


def _audience(data: dict) -> str:
    """The plan's audience; a plan saved before it was kept gets its structure's (parents when unknown)."""
    value = data.get("audience")
    if value is None:
        try:
            return load_structure(get_str(data, "structure_id", default="", max_len=MAX_TEXT)).audience
        except HgwError:
            return "parents"
    if value not in AUDIENCES:
        raise malformed(f"audience must be one of {', '.join(AUDIENCES)}")
    return value


# --- record --------------------------------------------------------------------------------


def record_to_dict(record: MeetingRecord, *, running_since: float | None = None) -> dict:
    """The record (with its plan) as JSON-ready data.

    ``running_since``: wall-clock seconds (``time.time()``) since which the current phase's clock
    runs, when it runs; stored so that a reload carries the meeting on (``Meeting.carried_on``).
    """
    extra = {} if running_since is None else {"running_since": round(float(running_since), 1)}
    return {**extra,
        "plan": plan_to_dict(record.plan),
        "held_on": _date(record.held_on),
        "seconds": [round(s, 1) for s in record.seconds],
        "notes": list(record.notes),
        "agreements": [agreement_to_dict(a) for a in record.agreements],
        "evaluation_date": _date(record.evaluation_date),
        "current": record.current,
        "finished": record.finished,
        "parts": [{"held_on": _date(p.held_on), "attendees": p.attendees} for p in record.parts],
    }


def running_since_from(data: object) -> float | None:
    """The ``running_since`` moment of saved data (None if absent); raises ``SaveFileError`` if malformed."""
    value = get_dict(data, "record").get("running_since")
    if value is None:
        return None
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value < 1e11:
        raise malformed("running_since must be a moment in seconds")
    return float(value)


def record_from_dict(data: object) -> MeetingRecord:
    """A record from saved data; raises ``SaveFileError`` if anything is malformed."""
    data = get_dict(data, "record")
    plan = plan_from_dict(data.get("plan"))
    seconds = get_list(data, "seconds", max_items=40)
    if not all(isinstance(s, (int, float)) and not isinstance(s, bool) and 0 <= s <= 86_400 for s in seconds):
        raise malformed("seconds must be numbers")
    notes = get_list(data, "notes", max_items=40)
    if not all(isinstance(n, str) and len(n) <= MAX_NOTES for n in notes):
        raise malformed("notes must be a list of texts")
    return MeetingRecord(
        plan=plan,
        held_on=date_from(data, "held_on"),
        seconds=tuple(float(s) for s in seconds),
        notes=tuple(notes),
        agreements=tuple(agreement_from_dict(a) for a in get_list(data, "agreements", max_items=MAX_ITEMS)),
        evaluation_date=date_from(data, "evaluation_date"),
        current=get_int(data, "current", default=0, low=0, high=40),
        finished=get_bool(data, "finished"),
        parts=tuple(PartRecord(held_on=date_from(get_dict(p, "part"), "held_on"),
                               attendees=get_str(get_dict(p, "part"), "attendees", default="", max_len=MAX_ATTENDEES))
                    for p in get_list(data, "parts", max_items=MAX_PARTS)),
    )


__all__ = ["PLAN_KIND", "RECORD_KIND", "agreement_from_dict", "agreement_to_dict", "plan_document", "plan_from_dict",
           "plan_to_dict", "record_document", "record_from_dict", "record_to_dict", "running_since_from"]
