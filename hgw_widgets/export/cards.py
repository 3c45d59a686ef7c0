"""A goal card as JSON data and as a printable ``Document`` (one page).

``card_to_dict``/``card_from_dict`` round-trip every field losslessly;
``card_from_dict`` builds the whole card or raises ``SaveFileError``.
"""

from __future__ import annotations

from datetime import date

from ..domain.goal_card import MAX_CARD_GOALS, GoalCard, smarti_gaps
from ..domain.goals import OWNERS, Goal
from ..domain.formats import date_text
from ..messages import t
from .document import BulletList, Checklist, Document, Heading, Paragraph, Table
from .jsonio import get_bool, get_dict, get_list, get_str, malformed

KIND = "goal_card"

CRITERION_KEYS = {
    "specific": "card.criterion.specific",
    "measurable": "card.criterion.measurable",
    "time_bound": "card.criterion.time_bound",
    "positive": "card.criterion.positive",
    "acceptable": "card.criterion.acceptable",
    "realistic": "card.criterion.realistic",
    "inspiring": "card.criterion.inspiring",
}


def _date_to(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_from(data: dict, key: str) -> date | None:
    """An ISO date (``"2026-11-30"``) or null from saved data."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise malformed(f"{key} must be a date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise malformed(f"{key} must be a date") from None


def goal_to_dict(goal: Goal) -> dict:
    """One goal as JSON-ready data."""
    return {
        "text": goal.text,
        "owner": goal.owner,
        "acceptable": goal.acceptable,
        "realistic": goal.realistic,
        "inspiring": goal.inspiring,
        "notes": goal.notes,
    }


def goal_from_dict(data: object) -> Goal:
    """A goal from saved data; raises ``SaveFileError`` if it is malformed."""
    data = get_dict(data, "goal")
    owner = get_str(data, "owner", default="student")
    if owner not in OWNERS:
        raise malformed("owner must be student or teacher")
    return Goal(
        text=get_str(data, "text", max_len=2_000),
        owner=owner,
        acceptable=get_bool(data, "acceptable"),
        realistic=get_bool(data, "realistic"),
        inspiring=get_bool(data, "inspiring"),
        notes=get_str(data, "notes", default=""),
    )


def card_to_dict(card: GoalCard) -> dict:
    """The card as JSON-ready data (the ``data`` part of a saved file)."""
    return {
        "student": card.student,
        "class_name": card.class_name,
        "author": card.author,
        "goals": [goal_to_dict(g) for g in card.goals],
        "start": _date_to(card.start),
        "evaluation": _date_to(card.evaluation),
        "agreed_by": list(card.agreed_by),
        "notes": card.notes,
    }


def card_from_dict(data: object) -> GoalCard:
    """A card from saved data; raises ``SaveFileError`` if anything is malformed."""
    data = get_dict(data, "card")
    agreed = get_list(data, "agreed_by", max_items=20)
    if not all(isinstance(a, str) and len(a) <= 200 for a in agreed):
        raise malformed("agreed_by must be a list of names")
    return GoalCard(
        student=get_str(data, "student", default="", max_len=200),
        class_name=get_str(data, "class_name", default="", max_len=200),
        author=get_str(data, "author", default="", max_len=200),
        goals=tuple(goal_from_dict(g) for g in get_list(data, "goals", max_items=MAX_CARD_GOALS * 4)),
        start=date_from(data, "start"),
        evaluation=date_from(data, "evaluation"),
        agreed_by=tuple(agreed),
        notes=get_str(data, "notes", default=""),
    )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split()).rstrip(".")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def card_document(card: GoalCard) -> Document:
    """The card as it prints: who, the goals in two groups, dates, signatures."""
    name = card.student.strip() or "…………"
    facts = [
        (t("card.print.student"), name),
        (t("card.print.class"), card.class_name or "…………"),
        (t("card.print.author"), card.author or "…………"),
        (t("card.print.start"), date_text(card.start)),
        (t("card.print.evaluation"), date_text(card.evaluation)),
    ]
    blocks: list = [Table((t("card.print.what"), ""), facts)]
    student_goals = [g.text for g in card.student_goals]
    teacher_goals = [g.text for g in card.teacher_goals]
    blocks.append(Heading(t("card.print.student_goals", name=name)))
    blocks.append(BulletList(student_goals, ordered=True) if student_goals else Paragraph(t("card.print.none")))
    if teacher_goals:
        blocks.append(Heading(t("card.print.teacher_goals")))
        blocks.append(BulletList(teacher_goals, ordered=True))
    gaps = smarti_gaps(card)
    if gaps:
        lines = [
            t("card.print.gap", goal=_short(card.goals[index].text), missing=", ".join(t(CRITERION_KEYS[c]) for c in missing))
            for index, missing in gaps
        ]
        blocks.append(Paragraph(t("card.print.gaps_heading") + " " + " ".join(lines), muted=True))
    if card.notes.strip():
        blocks.append(Heading(t("card.print.notes")))
        blocks.append(Paragraph(card.notes))
    agreed = ", ".join(a for a in card.agreed_by if a.strip())
    blocks.append(Heading(t("card.print.agreed")))
    if agreed:
        blocks.append(Paragraph(agreed))
    signers = [a for a in card.agreed_by if a.strip()] or [name, t("card.print.mentor")]
    blocks.append(Table((t("card.print.who"), t("card.print.signature"), t("card.print.date")),
                        [(s, "", "") for s in signers], tall=True))
    blocks.append(Checklist([t("card.print.check_together")]))
    return Document(t("card.print.title", name=name), subtitle=t("card.print.subtitle"), blocks=tuple(blocks))
