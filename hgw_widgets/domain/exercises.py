"""The conversation exercises: welles-nietes replies, guideline fragments, metacommunication.

The items come from the casebook (``welles_nietes``, ``fragments`` and
``blunt_question`` of each case). The feedback on what a learner writes
(``classify_reply``, ``metacommunication_issues``) lives in ``domain.replies``
and is re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .case import Case, CaseBluntQuestion, CaseFragment, CaseWellesNietes, list_cases, load_case
from .replies import MAX_REPLY_CHARS, ReplyFeedback, classify_reply, metacommunication_issues

GUIDELINES = (4, 5, 6, 7)

__all__ = [
    "GUIDELINES",
    "MAX_REPLY_CHARS",
    "FragmentItem",
    "ReplyFeedback",
    "WellesNietesItem",
    "blunt_question",
    "classify_reply",
    "fragment_items",
    "metacommunication_issues",
    "welles_nietes_items",
]


@dataclass(frozen=True)
class WellesNietesItem:
    """A welles-nietes moment from a case."""

    case_id: str
    student: str
    item: CaseWellesNietes

    @property
    def options(self) -> tuple[str, ...]:
        """The prepared replies to pick from."""
        return tuple(r.text for r in self.item.replies)

    @property
    def right(self) -> tuple[int, ...]:
        """Indexes of the replies that explore (the right picks)."""
        return tuple(i for i, r in enumerate(self.item.replies) if r.kind == "explores")

    def is_right(self, index: object) -> bool:
        """The learner picked a reply that explores."""
        return isinstance(index, int) and not isinstance(index, bool) and index in self.right


@dataclass(frozen=True)
class FragmentItem:
    """A conversation fragment from a case, to match with its guideline."""

    case_id: str
    student: str
    fragment: CaseFragment

    def is_right(self, guideline: object) -> bool:
        """The learner's choice is the fragment's guideline."""
        return isinstance(guideline, int) and not isinstance(guideline, bool) and guideline == self.fragment.guideline


def _cases(case_ids: tuple[str, ...] | None) -> tuple[Case, ...]:
    return tuple(load_case(c) for c in (case_ids if case_ids is not None else list_cases()))


def welles_nietes_items(case_ids: tuple[str, ...] | None = None) -> tuple[WellesNietesItem, ...]:
    """Every welles-nietes moment in the casebook (or in the given cases)."""
    return tuple(WellesNietesItem(c.id, c.student.name, w) for c in _cases(case_ids) for w in c.welles_nietes)


def fragment_items(case_ids: tuple[str, ...] | None = None) -> tuple[FragmentItem, ...]:
    """Every conversation fragment in the casebook (or in the given cases)."""
    return tuple(FragmentItem(c.id, c.student.name, f) for c in _cases(case_ids) for f in c.fragments)


def blunt_question(case_id: str = "mila") -> CaseBluntQuestion:
    """The blunt question of a case, to rewrite (Mila's by default).

    Raises:
        ValueError: the case has no blunt question.
    """
    case = load_case(case_id)
    if case.blunt_question is None:
        raise ValueError(f"case {case_id!r} has no blunt question")
    return case.blunt_question
