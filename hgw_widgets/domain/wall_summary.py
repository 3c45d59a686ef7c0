"""What the trainer's wall shows (issue 16): the team's spread per principle, goals, replies per fragment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from .principles import PRINCIPLES, SCORES
from .smarti import AUTOMATIC
from .wall_items import ASSESSMENT, GOAL, REPLY, WallEntry, fragment_text

@dataclass(frozen=True)
class PrincipleSpread:
    """The team's scores of one principle: lowest, highest, median, how many rated it."""

    principle: str
    low: int | None
    high: int | None
    median: float | None
    count: int
    per_score: tuple[int, ...]
    """How many gave each score in ``SCORES`` (1..4)."""


@dataclass(frozen=True)
class GoalOnWall:
    """A shared goal with the SMARTI judgements read from the text (``AUTOMATIC``: criterion, met)."""

    id: str
    name: str
    text: str
    checks: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class ReplyOnWall:
    """One shared reply."""

    id: str
    name: str
    text: str


@dataclass(frozen=True)
class FragmentReplies:
    """The replies to one welles-nietes fragment, with the fragment's own text."""

    key: str
    fragment: str
    replies: tuple[ReplyOnWall, ...]


@dataclass(frozen=True)
class HiddenOnWall:
    """An item the trainer hid ("Verberg"), listed under "Verborgen" so it can be put back.

    ``kind``: ``ASSESSMENT``, ``GOAL`` or ``REPLY``; ``text``: the goal or reply, ``""`` for a self-assessment.
    """

    id: str
    kind: str
    name: str
    text: str


@dataclass(frozen=True)
class WallSummary:
    """What the trainer's page and the download show (hidden items left out).

    ``assessments``: how many people shared a self-assessment; ``assessment_ids``: their entries'
    ids with the names (for "Verberg"); ``shared``: participants with at least one visible item.
    """

    spread: tuple[PrincipleSpread, ...]
    assessments: int
    assessment_ids: tuple[tuple[str, str], ...]
    goals: tuple[GoalOnWall, ...]
    fragments: tuple[FragmentReplies, ...]
    shared: int
    items: int
    hidden: tuple[HiddenOnWall, ...] = ()
    """The hidden items, in the order shared (not in the download)."""


def _spread(principle: str, scores: list[int]) -> PrincipleSpread:
    if not scores:
        return PrincipleSpread(principle, None, None, None, 0, tuple(0 for _ in SCORES))
    return PrincipleSpread(principle, min(scores), max(scores), float(median(scores)), len(scores),
                           tuple(scores.count(s) for s in SCORES))


def summarise(entries: Sequence[WallEntry]) -> WallSummary:
    """The wall as the trainer sees it: spread per principle (book's order), goals and replies in order shared."""
    visible = [e for e in entries if not e.hidden]
    assessments = [e for e in visible if e.item.kind == ASSESSMENT]
    spread = tuple(_spread(p, [s for e in assessments for q, s in e.item.scores if q == p]) for p in PRINCIPLES)
    goals = tuple(
        GoalOnWall(e.id, e.item.name, e.item.goal,
                   tuple((c, e.item.smarti[c].met) for c in AUTOMATIC) if e.item.smarti else ())
        for e in visible if e.item.kind == GOAL)
    groups: dict[str, list[ReplyOnWall]] = {}
    for e in visible:
        if e.item.kind == REPLY:
            groups.setdefault(e.item.fragment, []).append(ReplyOnWall(e.id, e.item.name, e.item.reply))
    fragments = tuple(FragmentReplies(k, fragment_text(k) or k, tuple(v)) for k, v in groups.items())
    return WallSummary(
        spread=spread,
        assessments=len(assessments),
        assessment_ids=tuple((e.id, e.item.name) for e in assessments),
        goals=goals,
        fragments=fragments,
        shared=len({e.participant for e in visible}),
        items=len(visible),
        hidden=tuple(HiddenOnWall(e.id, e.item.kind, e.item.name, e.item.goal if e.item.kind == GOAL else
                                  e.item.reply if e.item.kind == REPLY else "")
                     for e in entries if e.hidden),
    )
