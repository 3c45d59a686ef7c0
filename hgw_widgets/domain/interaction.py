"""Principle 2, wisselwerking: stimulating and hindering factors per context, and lesson observations.

Reuses ``Factor`` from the class overview (``kind`` "stimulating" / "hindering", cleaned text).
"""

from __future__ import annotations

from dataclasses import dataclass

from .areas import MAX_NOTE_CHARS, Factor
from .text import one_line
from .issues import Issue

CONTEXTS: tuple[str, ...] = ("student", "class", "teacher", "school", "parents")
"""This student, in this class, with this teacher, at this school, with these parents."""
MAX_FACTORS = 60
MAX_OBSERVATION_CHARS = 2_000


@dataclass(frozen=True)
class ContextFactor:
    """A factor in one context, and whether the school can influence it."""

    context: str
    factor: Factor
    school_can_influence: bool

    def __post_init__(self) -> None:
        if self.context not in CONTEXTS:
            raise ValueError(f"context must be one of {CONTEXTS}, got {self.context!r}")
        if not self.factor.text:
            raise ValueError("a factor needs text")


def add_factor(factors: tuple[ContextFactor, ...], *, context: str, kind: str, text: object,
               school_can_influence: bool) -> tuple[tuple[ContextFactor, ...], Issue | None]:
    """``factors`` with a new one at the end, or unchanged with the reason it was not added.

    Codes: ``empty`` (no text), ``too_long`` (more than ``MAX_NOTE_CHARS`` characters: refused,
    never cut silently; detail: the limit), ``duplicate`` (the same text, kind and context is
    there already, ignoring capitals and spaces), ``full`` (``MAX_FACTORS``).
    """
    raw = " ".join(text.split()) if isinstance(text, str) else ""
    if not raw:
        return factors, Issue("empty", "text")
    if len(raw) > MAX_NOTE_CHARS:
        return factors, Issue("too_long", "text", str(MAX_NOTE_CHARS))
    item = ContextFactor(context=context, factor=Factor(kind=kind, text=one_line(raw, MAX_NOTE_CHARS)),
                         school_can_influence=bool(school_can_influence))
    same = (item.context, item.factor.kind, item.factor.text.casefold())
    if any((f.context, f.factor.kind, f.factor.text.casefold()) == same for f in factors):
        return factors, Issue("duplicate", "text")
    if len(factors) >= MAX_FACTORS:
        return factors, Issue("full", "factors", str(MAX_FACTORS))
    return (*factors, item), None


def without_factor(factors: tuple[ContextFactor, ...], index: int) -> tuple[ContextFactor, ...]:
    """``factors`` without entry ``index`` (unchanged if there is no such entry)."""
    return factors if not 0 <= index < len(factors) else factors[:index] + factors[index + 1:]


def by_context(factors: tuple[ContextFactor, ...]) -> dict[str, tuple[ContextFactor, ...]]:
    """The factors grouped per context, in the order of ``CONTEXTS`` (empty contexts included)."""
    return {context: tuple(f for f in factors if f.context == context) for context in CONTEXTS}


def levers(factors: tuple[ContextFactor, ...]) -> tuple[ContextFactor, ...]:
    """What the school can work with: influenceable factors, hindering ones first."""
    mine = [f for f in factors if f.school_can_influence]
    return tuple(sorted(mine, key=lambda f: (f.factor.kind != "hindering", CONTEXTS.index(f.context))))


@dataclass(frozen=True)
class LessonObservation:
    """A lesson observation: what the student needs, what the teacher offers, what can match better."""

    needs: str = ""
    offered: str = ""
    better: str = ""

    def __post_init__(self) -> None:
        for name in ("needs", "offered", "better"):
            value = str(getattr(self, name)).strip()[:MAX_OBSERVATION_CHARS]
            object.__setattr__(self, name, value)

    @property
    def is_empty(self) -> bool:
        return not (self.needs or self.offered or self.better)
