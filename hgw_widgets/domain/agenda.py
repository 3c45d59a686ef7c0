"""The agenda for a team meeting (klassenbespreking, leerlingbespreking, groepsbespreking).

A team meeting is not announced to parents: the planner offers the colleagues an agenda instead of an
invitation letter (``ConversationPlan.audience == "team"``). The agenda says what the meeting is for,
when and where, who chairs and attends, and the phases in order (per part of a meeting held in parts,
with its "when"), with their minutes where planned. Like the letter, it leaves a visible ``[...]`` for
what is not filled in yet; ``agenda_issues`` names those.
"""

from __future__ import annotations

from ..messages import t
from .conversation import ConversationPlan
from .formats import date_text
from .invitation import LetterFields
from .issues import Issue
from .text import one_line

AGENDA_FIELDS = ("meeting_date", "time", "place")
"""What an agenda needs before it is sent round; each missing one is ``Issue("missing", "agenda_" + name)``."""


def agenda_issues(plan: ConversationPlan, fields: LetterFields) -> tuple[Issue, ...]:
    """What the agenda still shows as ``[...]``: ``Issue("missing", "agenda_<name>")`` per ``AGENDA_FIELDS`` name."""
    filled = {"meeting_date": plan.meeting_date, "time": fields.time, "place": fields.place}
    return tuple(Issue("missing", f"agenda_{name}") for name in AGENDA_FIELDS if not filled[name])


def team_agenda(plan: ConversationPlan, *, time: str = "", place: str = "", sender: str = "") -> str:
    """The agenda for the team as plain text (paragraphs separated by a blank line).

    Args:
        plan: the plan (title, who or which class it is about, reason, goals, chair, people, date, phases).
        time: when it starts, e.g. "15.30 uur"; place: e.g. "lokaal 2.14"; sender: who sends it round.
    """
    fields = LetterFields.from_values(time=time, place=place, sender=sender)
    title = plan.title or t("conversation.agenda.meeting")
    lines = [t("conversation.agenda.subject_about", title=title, about=plan.student) if plan.student
             else t("conversation.agenda.subject", title=title), ""]
    lines += [t("conversation.invitation.date", date=date_text(plan.meeting_date, missing=t("conversation.invitation.field_date"))),
              t("conversation.invitation.time", time=fields.time or t("conversation.invitation.field_time")),
              t("conversation.invitation.place", place=fields.place or t("conversation.invitation.field_place"))]
    if plan.minutes:
        lines.append(t("conversation.agenda.length", minutes=plan.minutes))
    if plan.chair:
        lines.append(t("conversation.agenda.chair", chair=plan.chair))
    if plan.participants:
        lines.append(t("conversation.agenda.who", names=", ".join(p.label for p in plan.participants)))
    if plan.reason:
        lines += ["", t("conversation.agenda.reason", reason=one_line(plan.reason))]
    if plan.goals:
        lines += ["", t("conversation.agenda.goals"), *(f"- {one_line(g)}" for g in plan.goals)]
    lines += ["", t("conversation.agenda.phases")]
    part = None
    for number, phase in enumerate(plan.phases, start=1):
        if phase.part and phase.part != part:
            lines += ["", t("conversation.agenda.part_when", part=phase.part, when=phase.part_when) if phase.part_when
                      else t("conversation.agenda.part", part=phase.part)]
        part = phase.part
        lines.append(t("conversation.agenda.item_minutes", n=number, title=phase.title, minutes=phase.minutes)
                     if phase.minutes else t("conversation.agenda.item", n=number, title=phase.title))
    lines += ["", t("conversation.agenda.closing")]
    if fields.sender:
        lines += ["", fields.sender]
    return "\n".join(lines)
