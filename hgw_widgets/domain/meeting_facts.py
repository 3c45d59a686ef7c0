"""Who and what a meeting is about, as the chair types it in the meeting mode: "Over", "Aanwezig", "Gespreksleider".

The verslag names these (``export.conversation_documents.record_document``), so they are the user's, not a
case's: in the case exercise they start from the case (``plan_from_case``) and can be changed; a meeting
with another structure starts without the case's (``without_case_facts``), but with what the chair typed. Newcomer finding (issue 17): a
klassenbespreking verslag said "klas 2B" and listed the case's teachers though the user met about klas 3C.
"""

from __future__ import annotations

from dataclasses import replace

from .conversation import MAX_STUDENT, MAX_WHO, ConversationPlan
from .issues import Issue
from .limits import too_long
from .meeting import Meeting
from .participants import MAX_NAME, MAX_PARTICIPANTS, Participant, guess_role
from .text import MAX_LINE, one_line

MAX_ATTENDING = MAX_LINE
"""Characters of "Aanwezig" (one line, names separated by commas)."""


def attendees_text(participants: tuple[Participant, ...]) -> str:
    """The participants as one line, "Sanne de Wit (mentor), docent wiskunde", which ``parse_attendees`` reads back."""
    return ", ".join(p.label for p in participants)


def parse_attendees(text: str, *, student: str = "") -> tuple[Participant, ...]:
    """Participants from one line of names separated by commas, each optionally with "(role)"."""
    out: list[Participant] = []
    for item in text.split(",")[:MAX_PARTICIPANTS]:
        name, _, role_text = item.partition("(")
        name = one_line(name, MAX_NAME)
        if name:
            out.append(Participant(name, guess_role(name, one_line(role_text.rstrip(") "), MAX_NAME), student=student)))
    return tuple(out)


def set_meeting_facts(meeting: Meeting, *, about: object, attendees: object, chair: object) -> tuple[Meeting, tuple[Issue, ...]]:
    """``meeting`` with what it is about (a class or a student), who attends and who leads, as typed.

    Returns:
        ``(meeting, ())``; or the unchanged meeting with every ``Issue("too_long", field, limit)``
        (fields ``about`` ``MAX_STUDENT``, ``attendees`` ``MAX_ATTENDING``, ``chair`` ``MAX_WHO``).
        Anything that is not text counts as empty.
    """
    issues = too_long({"about": (about, MAX_STUDENT), "attendees": (attendees, MAX_ATTENDING), "chair": (chair, MAX_WHO)})
    if issues:
        return meeting, issues
    name = one_line(about, MAX_STUDENT)
    plan = replace(meeting.plan, student=name, chair=one_line(chair, MAX_WHO),
                   participants=parse_attendees(attendees if isinstance(attendees, str) else "", student=name))
    return replace(meeting, record=replace(meeting.record, plan=plan)), ()


def without_case_facts(meeting: Meeting, case: ConversationPlan) -> Meeting:
    """``meeting`` (just begun with another structure) without what still is the case's: who it is about,
    who attends, who leads, each dropped when equal to ``case``'s (the plan the meeting mode started from);
    what the chair typed stays."""
    plan = meeting.plan
    kept = replace(plan, student="" if plan.student == case.student else plan.student,
                   participants=() if plan.participants == case.participants else plan.participants,
                   chair="" if plan.chair == case.chair else plan.chair)
    return replace(meeting, record=replace(meeting.record, plan=kept))
