"""Editing a goal card: every rule the goal card builder applies to what was typed.

Each function takes the card and the raw widget values (untrusted: any type, any length) and
returns the new card and what was refused, as data; the view makes one call per action and
shows the result (issue 15: no rule in a handler).

- ``save_goal``: add a goal or change one (clean, empty, too long, unknown owner, duplicate, full).
- ``with_details``: the card's student, class, author, who agreed, notes and dates.
"""

from __future__ import annotations

from dataclasses import replace

from .goal_card import MAX_CARD_GOALS, MAX_CLASS_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, GoalCard, new_goal, with_dates
from .issues import Issue
from .limits import too_long
from .text import notes_text, one_line

MAX_AGREED = 10
"""People named under "Afgesproken door" (more are left out)."""


def save_goal(card: GoalCard, text: object, *, editing: int | None = None, owner: object = "student",
              acceptable: object = False, realistic: object = False,
              inspiring: object = False) -> tuple[GoalCard, Issue | None]:
    """``card`` with the goal added (``editing`` None) or goal ``editing`` changed, or unchanged with why not.

    Args:
        card: the card as it stands.
        text: the goal as typed.
        editing: the position of the goal being changed; None (or a position no longer on the card)
            adds a new goal.
        owner: ``"student"`` or ``"teacher"``; anything else counts as ``"student"``.
        acceptable, realistic, inspiring: the A, R and I the student judged (read as booleans).

    Returns:
        ``(new card, None)``, or ``(card, Issue)`` with ``Issue("empty", "text")`` or ``Issue("too_long", "text", str(MAX_GOAL_CHARS))``
        (``goals.goal_text_issues``), ``Issue("duplicate", "goal")`` when another goal on the card has
        the same text, or ``Issue("full", "goals", str(MAX_CARD_GOALS))`` when a new goal does not fit.
    """
    goal, issues = new_goal(text if isinstance(text, str) else "",
                            owner=owner if owner in ("student", "teacher") else "student",
                            acceptable=bool(acceptable), realistic=bool(realistic), inspiring=bool(inspiring))
    if goal is None:
        return card, issues[0]
    if not (isinstance(editing, int) and 0 <= editing < len(card.goals)):
        editing = None
    if any(g.text == goal.text for i, g in enumerate(card.goals) if i != editing):
        return card, Issue("duplicate", "goal")
    if editing is None:
        if len(card.goals) >= MAX_CARD_GOALS:
            return card, Issue("full", "goals", str(MAX_CARD_GOALS))
        return card.with_goal(goal), None
    return card.replace_goal(editing, goal), None


def with_details(card: GoalCard, *, student: object, class_name: object, author: object, agreed_by: object,
                 notes: object, start: object, evaluation: object) -> tuple[GoalCard, tuple[Issue, ...]]:
    """``card`` with its details as typed, or unchanged with what was refused.

    Args:
        student, author: one line each (``MAX_NAME_CHARS``); class_name: one line (``MAX_CLASS_CHARS``).
        agreed_by: names separated by commas, each one line of at most ``MAX_NAME_CHARS``; empty ones
            left out, at most ``MAX_AGREED``.
        notes: free text kept as typed (``MAX_NOTE_CHARS``).
        start, evaluation: ``date`` or anything else for "none" (``goal_card.with_dates``).

    Returns:
        ``(card, ())``; or the unchanged card and every ``Issue("too_long", field, limit)`` (fields
        ``student``, ``class``, ``author``, ``notes``) — a tuple, because a view names them all; or the
        card with the other details taken and the ``with_dates`` issues of a refused date (that date kept).
    """
    issues = too_long({"student": (student, MAX_NAME_CHARS), "class": (class_name, MAX_CLASS_CHARS),
                       "author": (author, MAX_NAME_CHARS), "notes": (notes, MAX_NOTE_CHARS)})
    if issues:
        return card, issues
    names = str(agreed_by).split(",") if isinstance(agreed_by, str) else []
    agreed = tuple(a for a in (one_line(n, MAX_NAME_CHARS) for n in names) if a)[:MAX_AGREED]
    changed = replace(card, student=one_line(student, MAX_NAME_CHARS), class_name=one_line(class_name, MAX_CLASS_CHARS),
                      author=one_line(author, MAX_NAME_CHARS), agreed_by=agreed,
                      notes=notes_text(notes, MAX_NOTE_CHARS))
    return with_dates(changed, start, evaluation)
