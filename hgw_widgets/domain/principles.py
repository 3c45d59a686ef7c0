"""The seven principles of HGW and a team's self-assessment of where it stands on each."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import mean

PRINCIPLES: tuple[str, ...] = (
    "goal_oriented",
    "interaction",
    "needs",
    "teachers",
    "positive",
    "cooperation",
    "systematic",
)
"""In the book's order: 1 doelgericht ... 7 systematisch en transparant."""

SCORES = (1, 2, 3, 4)
"""1 = nog niet, 2 = soms, 3 = meestal, 4 = vanzelfsprekend."""
MAX_EXAMPLE_CHARS = 500
MAX_NAME_CHARS = 60
MAX_PARTICIPANTS = 40


@dataclass(frozen=True)
class Rating:
    """One participant's view on one principle: a score and an example from practice."""

    principle: str
    score: int
    example: str = ""

    def __post_init__(self) -> None:
        if self.principle not in PRINCIPLES:
            raise ValueError(f"unknown principle {self.principle!r}")
        if self.score not in SCORES:
            raise ValueError(f"score must be one of {SCORES}, got {self.score!r}")
        object.__setattr__(self, "example", " ".join(str(self.example).split())[:MAX_EXAMPLE_CHARS])


@dataclass(frozen=True)
class Assessment:
    """One participant's ratings (a principle left out was not rated)."""

    participant: str
    ratings: tuple[Rating, ...]

    def __post_init__(self) -> None:
        name = " ".join(str(self.participant).split())[:MAX_NAME_CHARS]
        object.__setattr__(self, "participant", name)
        seen = [r.principle for r in self.ratings]
        if len(seen) != len(set(seen)):
            raise ValueError("a principle is rated twice")


@dataclass(frozen=True)
class PrincipleSummary:
    """The team's ratings of one principle."""

    principle: str
    scores: tuple[int, ...]
    examples: tuple[str, ...]

    @property
    def average(self) -> float | None:
        return round(mean(self.scores), 2) if self.scores else None

    @property
    def low(self) -> int | None:
        return min(self.scores) if self.scores else None

    @property
    def high(self) -> int | None:
        return max(self.scores) if self.scores else None


def without_assessment(assessments: tuple[Assessment, ...], index: int) -> tuple[Assessment, ...]:
    """``assessments`` without entry ``index`` (unchanged if there is no such entry)."""
    if not 0 <= index < len(assessments):
        return assessments
    return assessments[:index] + assessments[index + 1:]


def summarise(assessments: tuple[Assessment, ...]) -> tuple[PrincipleSummary, ...]:
    """Per principle, in the book's order: every score and every non-empty example."""
    out = []
    for principle in PRINCIPLES:
        ratings = [r for a in assessments for r in a.ratings if r.principle == principle]
        out.append(
            PrincipleSummary(
                principle=principle,
                scores=tuple(r.score for r in ratings),
                examples=tuple(r.example for r in ratings if r.example),
            )
        )
    return tuple(out)
