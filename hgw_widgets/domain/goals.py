"""Goals as drafted by a learner: the text plus the people's own judgement."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from .issues import Issue
from .smarti import SmartiReport, check_smarti
from .text import one_line

MAX_GOAL_CHARS = 300
"""A goal must be small and clear; longer text is refused with a hint."""

Owner = Literal["student", "teacher"]
OWNERS: tuple[Owner, ...] = ("student", "teacher")


@dataclass(frozen=True)
class Goal:
    """A goal in the learner's words.

    Args:
        text: the goal, one sentence.
        owner: whose goal it is: the student's, or the teacher's/mentor's
            commitment in return.
        acceptable: the people involved accept the goal (A of SMARTI).
        realistic: the goal is feasible for this student (R).
        inspiring: the people involved are keen on it (I).
    """

    text: str
    owner: Owner = "student"
    acceptable: bool = False
    realistic: bool = False
    inspiring: bool = False
    notes: str = field(default="", compare=True)

    @property
    def report(self) -> SmartiReport:
        """The SMARTI check of this goal's text."""
        return check_smarti(self.text)


def goal_text_issues(text: str) -> tuple[Issue, ...]:
    """Return what prevents ``text`` from being added as a goal (empty if nothing)."""
    if not isinstance(text, str) or not text.strip():
        return (Issue("empty", "text"),)
    if len(text.strip()) > MAX_GOAL_CHARS:
        return (Issue("too_long", "text", str(MAX_GOAL_CHARS)),)
    return ()


def add_goal(goals: tuple[Goal, ...], goal: Goal, *, limit: int) -> tuple[tuple[Goal, ...], Issue | None]:
    """``goals`` with ``goal`` added at the end, or unchanged with the reason it was not added.

    The one rule for adding a goal to a list (the drafter's list, a goal card): the text is
    cleaned, must not be empty or longer than ``MAX_GOAL_CHARS``, must not be in the list already,
    and the list holds at most ``limit`` goals.

    Returns:
        ``(new goals, None)``, or ``(goals, Issue)`` with code ``empty``, ``too_long``,
        ``duplicate`` or ``full`` (detail: the limit).
    """
    text = one_line(goal.text, None)
    issues = goal_text_issues(text)
    if issues:
        return goals, issues[0]
    if any(g.text == text for g in goals):
        return goals, Issue("duplicate", "text")
    if len(goals) >= limit:
        return goals, Issue("full", "goals", str(limit))
    return (*goals, replace(goal, text=text)), None


def add_goals(goals: tuple[Goal, ...], new: Iterable[Goal], *, limit: int) -> tuple[tuple[Goal, ...], tuple[Issue, ...]]:
    """``goals`` with each of ``new`` added by ``add_goal``; the issues of those that were not added."""
    found: list[Issue] = []
    for goal in new:
        goals, issue = add_goal(goals, goal, limit=limit)
        if issue is not None:
            found.append(issue)
    return goals, tuple(found)
