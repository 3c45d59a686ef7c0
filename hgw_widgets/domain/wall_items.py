"""The items of the trainer's wall (issue 16): what one participant shared, and how the store keeps it.

Made by ``domain.wall.parse_item``; summarised by ``domain.wall_summary``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from .exercises import WellesNietesItem, welles_nietes_items
from .smarti import SmartiReport

KINDS: tuple[str, ...] = ("zelfbeoordeling", "doel", "reactie")
"""The kinds of item, as the payload's ``soort`` says them."""
ASSESSMENT, GOAL, REPLY = KINDS


@dataclass(frozen=True)
class WallItem:
    """One shared item, read and checked (``parse_item``).

    Args:
        kind: one of ``KINDS``.
        name: the name the participant typed, tidy, ``""`` = anonymous.
        scores: self-assessment: ``(principle, score)`` pairs in the book's order.
        goal: goal text (one line, at most ``MAX_GOAL_CHARS``).
        smarti: the SMARTI report of ``goal``, computed by the server.
        fragment: reply: the fragment's key (``fragment_key``).
        reply: reply text (one line, at most ``MAX_REPLY_CHARS``).
        source: self-assessment: which entry of the chapter's table it came from (``assessment_source``),
            ``""`` = not said; never shown. A share replaces the same participant's share of the same entry.
    """

    kind: str
    name: str = ""
    scores: tuple[tuple[str, int], ...] = ()
    goal: str = ""
    smarti: SmartiReport | None = None
    fragment: str = ""
    reply: str = ""
    source: str = ""


@dataclass(frozen=True)
class WallEntry:
    """An item as the store keeps it: an id for hide, whose it is (never shown), hidden or not."""

    id: str
    participant: str
    item: WallItem
    hidden: bool = False


def fragment_key(item: WellesNietesItem) -> str:
    """A stable key for a welles-nietes fragment: ``"<case id>:<10 hex of the two statements>"``.

    The same text gives the same key in every kernel and in the server (no index, no memory address).
    """
    digest = hashlib.sha256(f"{item.item.school}\n{item.item.home}".encode("utf-8")).hexdigest()[:10]
    return f"{item.case_id}:{digest}"


@lru_cache(maxsize=1)
def _fragments() -> dict[str, str]:
    out = {}
    for item in welles_nietes_items():
        w = item.item
        first, second = (w.school, w.home) if w.first == "school" else (w.home, w.school)
        out[fragment_key(item)] = f"{item.student}: “{first}” — “{second}”"
    return out


def fragment_text(key: str) -> str | None:
    """The fragment's own text, ``"<student>: “<first statement>” — “<second>”"``; None for an unknown key."""
    return _fragments().get(key) if isinstance(key, str) else None
