"""The invitation to the parents: written to them (u), what goes well and the concern, fields to fill in.

An invitation reaches a real parent. It names what goes well before the
concern (guideline 5), says what the talk is for, who will be there, when,
where and how long, and leaves a visible ``[...]`` field for whatever is
not filled in yet (``letter_issues`` names those, so a plan is not "compleet" while its
letter still has them). It names the first ``MAX_STRENGTHS_IN_LETTER`` positive aspects and
``MAX_CONCERNS_IN_LETTER`` concerns, so the letter stays short for a parent; ``letter_content``
says how many it leaves out, for the planner to tell the mentor. It never copies the plan's internal notes (``reason``,
examples, phase notes): those are written for colleagues. A multidisciplinary
meeting gets its own wording, since people from outside the school join.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..messages import t
from .concern_sentences import we_message
from .conversation import ConversationPlan
from .formats import date_text
from .text import one_line
from .issues import Issue

MULTIDISCIPLINARY = "multidisciplinair-overleg"
MAX_STRENGTHS_IN_LETTER = 3
"""Positive aspects named in the letter; the rest stay in the plan for the talk itself."""
MAX_CONCERNS_IN_LETTER = 2
"""Concerns named in the letter (a short letter to a parent); the rest stay in the plan."""
GREETING_WORDS = ("beste", "geachte", "hallo", "dag", "lieve", "hoi")
"""Words a typed Aanhef may already start with; the letter then does not put "Beste" before it
(newcomer finding: "Beste collega's van 2B," became "Beste Beste collega's van 2B,")."""


_CLASS_WORDS = re.compile(r"^(de\s+)?(klas|klassen|groep|mentorgroep|brugklas|leerjaar|jaarlaag|onderbouw|bovenbouw|bouw)\b",
                          re.IGNORECASE)
_CLASS_CODE = re.compile(r"^(?=\D*\d)[a-z]{0,5}\s?\d{1,2}\s?[a-z]{0,4}\d?$", re.IGNORECASE)


def is_class_name(about: str) -> bool:
    """Whether a plan is about a class or group rather than one student: "klas 3C", "3C", "havo 4", "h3a",
    "brugklas", "de onderbouw" are; "Kevin", "Mila B." are not.

    A class is not a person: the letter never says it "is ook van harte welkom" (newcomer finding, issue 17).
    """
    text = " ".join(str(about).split())
    return bool(text) and bool(_CLASS_WORDS.match(text) or _CLASS_CODE.match(text))


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
        return cls(one_line(addressee, 80), one_line(time, 40), one_line(place, 120), one_line(sender, 120))


@dataclass(frozen=True)
class LetterContent:
    """What of the plan's strengths and concerns goes into the letter, and how many are left out.

    ``strengths`` are the texts, ``concerns`` the wij-boodschappen, in the plan's order.
    """

    strengths: tuple[str, ...]
    concerns: tuple[str, ...]
    strengths_left_out: int = 0
    concerns_left_out: int = 0


def letter_content(plan: ConversationPlan) -> LetterContent:
    """The first ``MAX_STRENGTHS_IN_LETTER`` strengths and ``MAX_CONCERNS_IN_LETTER`` concerns, and the rest's count.

    A concern that cannot be worded as a wij-boodschap (only the opening words) is skipped and not counted.
    """
    strengths = tuple(text for text in (one_line(s.text) for s in plan.strengths) if text)
    concerns = []
    for concern in plan.concerns:
        try:
            concerns.append(we_message(concern.text))
        except ValueError:
            continue
    return LetterContent(strengths[:MAX_STRENGTHS_IN_LETTER], tuple(concerns[:MAX_CONCERNS_IN_LETTER]),
                         max(0, len(strengths) - MAX_STRENGTHS_IN_LETTER), max(0, len(concerns) - MAX_CONCERNS_IN_LETTER))


LETTER_FIELDS = ("addressee", "meeting_date", "time", "place", "sender")
"""What a letter needs before it can be sent, in the order of the letter; each left open shows as ``[...]``."""


def letter_issues(plan: ConversationPlan, fields: LetterFields) -> tuple[Issue, ...]:
    """What the invitation still shows as a ``[...]`` field: ``Issue("missing", name)`` per ``LETTER_FIELDS`` name.

    ``meeting_date`` comes from the plan, the others from ``fields``. Empty when the letter can be sent.
    """
    filled = {"addressee": fields.addressee, "meeting_date": plan.meeting_date, "time": fields.time,
              "place": fields.place, "sender": fields.sender}
    return tuple(Issue("missing", name) for name in LETTER_FIELDS if not filled[name])


def _field(value: str, key: str) -> str:
    return value or t(key)


def greeting_line(addressee: str) -> str:
    """The letter's opening line, e.g. "Beste mevrouw Jansen,".

    ``addressee`` is the typed Aanhef (one line); when it already starts with a word of
    ``GREETING_WORDS`` it is used as typed, with one comma at the end. Empty: a ``[...]`` field.
    """
    text = addressee.strip().rstrip(",").rstrip()
    if not text:
        return t("conversation.invitation.greeting", addressee=t("conversation.invitation.field_addressee"))
    first = text.split(maxsplit=1)[0].rstrip(",!").lower()
    if first in GREETING_WORDS:
        return t("conversation.invitation.greeting_typed", greeting=text)
    return t("conversation.invitation.greeting", addressee=text)


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
        addressee: how the letter opens, e.g. "mevrouw Jansen" (or "Geachte heer Bos": see
            ``greeting_line``); "[...]" when empty.
        time: the time of the talk, e.g. "15.30 uur".
        place: where, e.g. "lokaal 2.14".
    """
    fields = LetterFields.from_values(addressee=addressee, time=time, place=place, sender=sender)
    student = plan.student or t("conversation.invitation.the_student")
    mdo = plan.structure_id == MULTIDISCIPLINARY
    lines = [t("conversation.invitation.subject_mdo" if mdo else "conversation.invitation.subject", student=student),
             "", greeting_line(fields.addressee),
             "", t("conversation.invitation.intro_mdo" if mdo else "conversation.invitation.intro", student=student)]
    content = letter_content(plan)
    if content.strengths:
        lines += ["", t("conversation.invitation.strengths", student=student)]
        lines += [f"- {s}" for s in content.strengths]
    if content.concerns:
        lines += ["", t("conversation.invitation.concerns"), *content.concerns]
    if plan.goals:
        lines += ["", t("conversation.invitation.goals")]
        lines += [f"- {one_line(g)}" for g in plan.goals]
    lines.append("")
    others = tuple(p.label for p in plan.participants if p.role != "parents")
    if others:
        lines.append(t("conversation.invitation.who", names=_names(others)))
    if plan.chair:
        lines.append(t("conversation.invitation.chair", chair=plan.chair))
    if plan.student_invited and not is_class_name(plan.student):  # a class is not invited as a person
        lines.append(t("conversation.invitation.student_welcome_mdo" if mdo else "conversation.invitation.student_welcome",
                       student=student))
    day = date_text(plan.meeting_date, missing=t("conversation.invitation.field_date"))
    lines += ["", t("conversation.invitation.date", date=day),
              t("conversation.invitation.time", time=_field(fields.time, "conversation.invitation.field_time")),
              t("conversation.invitation.place", place=_field(fields.place, "conversation.invitation.field_place")),
              *([t("conversation.invitation.length", minutes=plan.minutes)] if plan.minutes else []),
              "", t("conversation.invitation.closing"), "", t("conversation.invitation.regards"),
              _field(fields.sender, "conversation.invitation.field_sender")]
    return "\n".join(lines)


def invitation_text(plan: ConversationPlan, *, sender: str = "", **fields: str) -> str:
    """The invitation mail as text (the name issue 4 uses for ``invitation``)."""
    return invitation(plan, sender=sender, **fields)
