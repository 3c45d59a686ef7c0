"""The seven areas of guideline 5, where positive aspects (and concerns) are named.

Shared by the class overview and the parents' conversation: one list, one
order, English codes; the Dutch names are ``messages`` keys ``areas.<code>``.
The small note types (``Strength``, ``Factor``) live here too, without pandas, so
chapters that only note factors (wisselwerking) do not load pandas.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..messages import t
from .text import one_line

AREAS: tuple[str, ...] = (
    "learning",
    "work_attitude",
    "cognitive",
    "social_emotional",
    "creative",
    "physical",
    "interests",
)
"""Leerprestaties, werkhouding, cognitief, sociaal-emotioneel, creatief/muzikaal/beeldend,
lichamelijk functioneren, specifieke interesses en talenten (in the book's order)."""

MAX_NOTE_CHARS = 300
"""Characters of one note about a student (a strength, a factor, a need)."""
FACTOR_KINDS: tuple[str, ...] = ("stimulating", "hindering")

_LABEL_KEYS = {
    "learning": "areas.learning",
    "work_attitude": "areas.work_attitude",
    "cognitive": "areas.cognitive",
    "social_emotional": "areas.social_emotional",
    "creative": "areas.creative",
    "physical": "areas.physical",
    "interests": "areas.interests",
}


def area_label(area: str) -> str:
    """The Dutch name of an area.

    Raises:
        ValueError: ``area`` is not one of ``AREAS``.
    """
    if area not in _LABEL_KEYS:
        raise ValueError(f"unknown area {area!r}; expected one of {AREAS}")
    return t(_LABEL_KEYS[area])


@dataclass(frozen=True)
class Strength:
    """A positive aspect of a student in one of the seven areas.

    Args:
        area: one of ``AREAS``.
        text: what goes well, in the user's words.
    """

    area: str
    text: str

    def __post_init__(self) -> None:
        if self.area not in AREAS:
            raise ValueError(f"unknown area {self.area!r}; expected one of {AREAS}")
        if not isinstance(self.text, str):
            raise TypeError("text must be a string")


@dataclass(frozen=True)
class Factor:
    """A stimulating or hindering factor for a student (e.g. "kan goed plannen")."""

    kind: Literal["stimulating", "hindering"]
    text: str

    def __post_init__(self) -> None:
        if self.kind not in FACTOR_KINDS:
            raise ValueError(f"factor kind must be one of {FACTOR_KINDS}, got {self.kind!r}")
        object.__setattr__(self, "text", one_line(self.text, MAX_NOTE_CHARS))
