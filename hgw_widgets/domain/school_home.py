"""Guideline 4, school and home side by side: the examples each side sees, and adding one.

``SchoolAndHomeExamples`` holds the examples seen at school and at home; ``add_example`` is the one
rule the exercise applies to what the learner typed (issue 15: no rule in a handler). Every text
is untrusted and cleaned here (``text.one_line``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .issues import Issue
from .phrasing import MAX_EXAMPLE, example_issues
from .text import one_line

MAX_EXAMPLES = 20
"""Examples per side."""
SIDES = ("school", "home")
"""The two sides, as the view's choice gives them."""


def clean_examples(items: object) -> tuple[str, ...]:
    """``items`` as tidy examples: texts only, each one line of at most ``MAX_EXAMPLE`` characters,
    empty ones left out, at most ``MAX_EXAMPLES``; anything that is not a list or tuple gives ``()``."""
    if not isinstance(items, (list, tuple)):
        return ()
    return tuple(x for x in (one_line(i, MAX_EXAMPLE) for i in items) if x)[:MAX_EXAMPLES]


@dataclass(frozen=True)
class SchoolAndHomeExamples:
    """The examples seen at school and at home (cleaned with ``clean_examples`` when made)."""

    school: tuple[str, ...] = ()
    home: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "school", clean_examples(self.school))
        object.__setattr__(self, "home", clean_examples(self.home))

    @classmethod
    def from_state(cls, state: object) -> SchoolAndHomeExamples | None:
        """The examples kept in the browser (``{"school": [...], "home": [...]}``), or None when the
        state is not that shape (then nothing is put back)."""
        if not isinstance(state, dict) or not all(isinstance(state.get(side), list) for side in SIDES):
            return None
        return cls(tuple(x for x in state["school"] if isinstance(x, str)),
                   tuple(x for x in state["home"] if isinstance(x, str)))

    def to_state(self) -> dict:
        """The examples as kept in the browser."""
        return {"school": list(self.school), "home": list(self.home)}


def add_example(examples: SchoolAndHomeExamples, side: object, text: object) -> tuple[SchoolAndHomeExamples, Issue | None]:
    """``examples`` with ``text`` added to ``side`` ("school"; anything unknown counts as school),
    or unchanged with why not.

    Returns:
        ``(new examples, None)``; or the unchanged examples with the first of ``phrasing.example_issues``
        (``no_example``, ``too_long``, ``labels``, ``not_concrete``: the example must name a moment or
        a place, guideline 4), or ``Issue("full", side, str(MAX_EXAMPLES))``.
    """
    raw = text if isinstance(text, str) else ""
    issues = example_issues(raw)
    if issues:
        return examples, issues[0]
    side = side if side in SIDES else "school"
    current = examples.school if side == "school" else examples.home
    if len(current) >= MAX_EXAMPLES:
        return examples, Issue("full", side, str(MAX_EXAMPLES))
    added = (*current, one_line(raw, MAX_EXAMPLE))
    if side == "school":
        return SchoolAndHomeExamples(added, examples.home), None
    return SchoolAndHomeExamples(examples.school, added), None
