"""The invitation to the parents: written to them (u), what goes well and the concern, fields to fill in.

An invitation reaches a real parent. It names what goes well before the
concern (guideline 5), says what the talk is for, who will be there, when,
where and how long, and leaves a visible ``[...]`` field for whatever is
not filled in yet. It never copies the plan's internal notes (``reason``,
examples, phase notes): those are written for colleagues. A multidisciplinary
meeting gets its own wording, since people from outside the school join.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import t
from .concern_sentences import we_message
from .conversation import ConversationPlan, clean

MULTIDISCIPLINARY = "multidisciplinair-overleg"
MAX_STRENGTHS_IN_LETTER = 3
MAX_CONCERNS_IN_LETTER = 2


@dataclass(frozen=True)
class LetterFields:
    """What the sender fills in: addressee, time, place and sender (the date comes from the plan)."""

    addressee: str = ""
    time: str = ""
    place: str = ""
    sender: str = ""

    @classmethod
    def from_values(cls, *, addressee: object = "", time: object = "", place: object = "",
                    sender: object = "") -> LetterFields:
        """Untrusted values, each cleaned to one short line."""
        return cls(clean(addressee, 80), clean(time, 40), clean(place, 120), clean(sender, 120))


def _field(value: str, key: str) -> str:
    return value or t(key)


def _names(items: tuple[str, ...]) -> str:
    items = tuple(i for i in items if i)
    if len(items) <= 1:
        return "".join(items)
    return t("conversation.and_list", first=", ".join(items[:-1]), last=items[-1])


def invitation(plan: ConversationPlan, *, sender: str = "", addressee: str = "", time: str = "",
               place: str = "") -> str:
    """The invitation mail to the parents, as plain text (paragraphs separated by a blank line).

    Args:
        plan: the conversation plan (student, goals, participants, date, strengths, concerns).
        sender: who signs, e.g. "Sanne de Vries, mentor 2B".
        addressee: how the letter opens, e.g. "mevrouw Jansen"; "[...]" when empty.
        time: the time of the talk, e.g. "15.30 uur".
        place: where, e.g. "lokaal 2.14".
    """
    fields = LetterFields.from_values(addressee=addressee, time=time, place=place, sender=sender)
    student = plan.student or t("conversation.invitation.the_student")
    mdo = plan.structure_id == MULTIDISCIPLINARY
    lines = [t("conversation.invitation.subject_mdo" if mdo else "conversation.invitation.subject", student=student),
             "", t("conversation.invitation.greeting", addressee=_field(fields.addressee,
                                                                        "conversation.invitation.field_addressee")),
             "", t("conversation.invitation.intro_mdo" if mdo else "conversation.invitation.intro", student=student)]
    strengths = tuple(s.text for s in plan.strengths)[:MAX_STRENGTHS_IN_LETTER]
    if strengths:
        lines += ["", t("conversation.invitation.strengths", student=student)]
        lines += [f"- {clean(s)}" for s in strengths]
    concerns = []
    for concern in plan.concerns[:MAX_CONCERNS_IN_LETTER]:
        try:
            concerns.append(we_message(concern.text))
        except ValueError:
            continue
    if concerns:
        lines += ["", t("conversation.invitation.concerns"), *concerns]
    if plan.goals:
        lines += ["", t("conversation.invitation.goals")]
        lines += [f"- {clean(g)}" for g in plan.goals]
    lines.append("")
    others = tuple(p.label for p in plan.participants if p.role != "parents")
    if others:
        lines.append(t("conversation.invitation.who", names=_names(others)))
    if plan.chair:
        lines.append(t("conversation.invitation.chair", chair=plan.chair))
    if plan.student_invited:
        lines.append(t("conversation.invitation.student_welcome_mdo" if mdo else "conversation.invitation.student_welcome",
                       student=student))
    day = plan.meeting_date.strftime("%d-%m-%Y") if plan.meeting_date else t("conversation.invitation.field_date")
    lines += ["", t("conversation.invitation.date", date=day),
              t("conversation.invitation.time", time=_field(fields.time, "conversation.invitation.field_time")),
              t("conversation.invitation.place", place=_field(fields.place, "conversation.invitation.field_place")),
              t("conversation.invitation.length", minutes=plan.minutes),
              "", t("conversation.invitation.closing"), "", t("conversation.invitation.regards"),
              _field(fields.sender, "conversation.invitation.field_sender")]
    return "\n".join(lines)


def invitation_text(plan: ConversationPlan, *, sender: str = "", **fields: str) -> str:
    """The invitation mail as text (the name issue 4 uses for ``invitation``)."""
    return invitation(plan, sender=sender, **fields)
