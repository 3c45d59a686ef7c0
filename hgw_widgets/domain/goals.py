"""Goals as drafted by a learner: the text plus the people's own judgement."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .issues import Issue
from .smarti import SmartiReport, check_smarti

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


def clean_goal_text(text: str) -> str:
    """Collapse runs of white space to single spaces and trim the ends."""
    return " ".join(text.split())
