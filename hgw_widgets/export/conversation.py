"""A conversation plan and a meeting record as JSON data and as printable ``Document``s.

``plan_to_dict``/``plan_from_dict`` and ``record_to_dict``/``record_from_dict``
round-trip every field; the ``from_dict`` functions build the whole object or
raise ``SaveFileError``. The shared renderers (``export.render``) and the
``WorkBar`` do the rest.
"""

from __future__ import annotations

from ..domain.areas import AREAS, Strength, area_label
from ..domain.invitation import invitation
from ..domain.conversation import MAX_ITEMS, MAX_NOTES, MAX_TEXT, Agreement, Concern, ConversationPlan, Phase
from ..domain.participants import Participant, ROLES
from ..domain.meeting import MeetingRecord, format_clock
from ..domain.formats import date_text
from ..domain.structures import CYCLE_STEPS
from ..messages import t
from .cards import date_from
from .document import BulletList, Document, Heading, Paragraph, Table
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
             "step": p.step, "part": p.part}
            for p in plan.phases
        ],
        "school_examples": list(plan.school_examples),
        "home_examples": list(plan.home_examples),
        "strengths": [{"area": s.area, "text": s.text} for s in plan.strengths],
        "concerns": [{"text": c.text, "example": c.example, "area": c.area} for c in plan.concerns],
        "agreements": [agreement_to_dict(a) for a in plan.agreements],
        "evaluation_date": _date(plan.evaluation_date),
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
    )


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
    )


# --- documents -------------------------------------------------------------------------------


def _agreement_table(agreements) -> Table:
    return Table(header=(t("meeting.doc.who"), t("meeting.doc.what"), t("meeting.doc.when")),
                 rows=tuple((a.who, a.what, a.when) for a in agreements))


def plan_document(plan: ConversationPlan) -> Document:
    """The plan to print or share: facts, per-guideline preparation, phases, invitation."""
    blocks: list = [
        Heading(t("meeting.doc.facts")),
        BulletList((
            t("meeting.doc.reason", reason=plan.reason or "-"),
            t("meeting.doc.participants", names=", ".join(p.label for p in plan.participants) or "-"),
            t("meeting.doc.chair", chair=plan.chair or "-"),
            t("meeting.doc.date", date=date_text(plan.meeting_date, missing=t("meeting.doc.no_date"))),
            t("meeting.doc.minutes", minutes=plan.minutes) if plan.minutes else t("meeting.doc.no_minutes"),
        )),
    ]
    if plan.goals:
        blocks += [Heading(t("meeting.doc.goals")), BulletList(plan.goals)]
    blocks += [Heading(t("meeting.doc.school_home")),
               Table(header=(t("meeting.doc.at_school"), t("meeting.doc.at_home")),
                     rows=tuple((plan.school_examples[i] if i < len(plan.school_examples) else "",
                                 plan.home_examples[i] if i < len(plan.home_examples) else "")
                                for i in range(max(len(plan.school_examples), len(plan.home_examples)))))]
    if plan.strengths:
        blocks += [Heading(t("meeting.doc.strengths")),
                   Table(header=(t("meeting.doc.area"), t("meeting.doc.strength")),
                         rows=tuple((area_label(s.area), s.text) for s in plan.strengths))]
    if plan.concerns:
        blocks += [Heading(t("meeting.doc.concerns")), BulletList(tuple(c.we_message() for c in plan.concerns))]
    blocks.append(Heading(t("meeting.doc.phases")))
    for number, phase in enumerate(plan.phases, start=1):
        head = (t("meeting.doc.phase_head", n=number, title=phase.title, minutes=phase.minutes) if phase.minutes
                else t("meeting.doc.phase_head_untimed", n=number, title=phase.title))
        if phase.part and (number == 1 or plan.phases[number - 2].part != phase.part):
            blocks.append(Heading(t("meeting.mode.part", part=phase.part)))
        blocks += [Heading(head, level=3), Paragraph(phase.purpose)]
        if phase.guideline:
            blocks.append(Paragraph(t("meeting.doc.guideline", n=phase.guideline), muted=True))
        if phase.prompts:
            blocks.append(BulletList(phase.prompts))
        if phase.phrasings:
            blocks.append(BulletList(tuple(f"“{p}”" for p in phase.phrasings)))
        if phase.notes:
            blocks.append(Paragraph(t("meeting.doc.notes", notes=phase.notes)))
    if plan.agreements:
        blocks += [Heading(t("meeting.doc.proposed")), _agreement_table(plan.agreements)]
    blocks += [Heading(t("meeting.doc.invitation")), *(Paragraph(p) for p in invitation(plan).split("\n\n"))]
    return Document(t("meeting.doc.plan_title", student=plan.student or "-"), subtitle=plan.title, blocks=tuple(blocks))


def record_document(record: MeetingRecord) -> Document:
    """The verslag: who, when, per phase time and notes, agreements, evaluation date."""
    plan = record.plan
    blocks: list = [
        BulletList((
            t("meeting.doc.date", date=date_text(record.held_on, missing=t("meeting.doc.no_date"))),
            t("meeting.doc.participants", names=", ".join(p.label for p in plan.participants) or "-"),
            t("meeting.doc.chair", chair=plan.chair or "-"),
            (t("meeting.doc.duration", planned=plan.minutes, spent=format_clock(record.total_seconds)) if plan.minutes
             else t("meeting.doc.duration_untimed", spent=format_clock(record.total_seconds))),
        )),
        Heading(t("meeting.doc.agreements")),
        _agreement_table(record.agreements) if record.agreements else Paragraph(t("meeting.doc.no_agreements"), muted=True),
        Paragraph(t("meeting.doc.evaluation", date=date_text(record.evaluation_date, missing=t("meeting.doc.no_date")))),
        Heading(t("meeting.doc.per_phase")),
        Table(header=(t("meeting.doc.phase"), t("meeting.doc.planned"), t("meeting.doc.spent"), t("meeting.doc.phase_notes")),
              rows=tuple((p.title, t("meeting.doc.min", n=p.minutes) if p.minutes else "–", format_clock(s), n)
                         for p, s, n in zip(plan.phases, record.seconds, record.notes))),
    ]
    if not record.finished:
        blocks.insert(0, Paragraph(t("meeting.doc.unfinished"), muted=True))
    return Document(t("meeting.doc.record_title", student=plan.student or "-"), subtitle=plan.title, blocks=tuple(blocks))
