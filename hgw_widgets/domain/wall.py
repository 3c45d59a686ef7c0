"""The trainer's wall (issue 16 §1): what participants share on purpose, and what the wall shows.

A participant shares one item at a time: a self-assessment of the seven principles (chapter 01),
a drafted goal (chapter 02) or a welles-nietes reply (chapter 06). The browser sends a JSON payload
(``payload_for_*``, the shapes of ``docs/architecture.md``, "De muur"); the server reads it with
``parse_item``, keeps it in memory (``hgw_widgets.server.wall``) within the limits below, and the
trainer's page shows the summaries (``summarise``): the team's spread per principle, the goals with
their SMARTI result, the replies grouped by the fragment they answer.

Pure: no Jupyter, no tornado. Problems come back as ``Issue`` codes; the Dutch text is in
``messages/nl/wall.yaml``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence

from .exercises import WellesNietesItem
from .goals import MAX_GOAL_CHARS
from .issues import Issue
from .principles import PRINCIPLES, SCORES, Rating
from .replies import MAX_REPLY_CHARS
from .smarti import check_smarti
from .text import one_line
from .wall_items import ASSESSMENT, GOAL, KINDS, REPLY, WallEntry, WallItem, fragment_key, fragment_text
from .wall_summary import (FragmentReplies, GoalOnWall, HiddenOnWall, PrincipleSpread, ReplyOnWall,
                           WallSummary, summarise)

# --- limits (enforced by the server's store) -----------------------------------------------------

MAX_ITEM_BYTES = 4 * 1024
"""Bytes of one shared item's JSON body; more is refused (413)."""
MIN_SECONDS_BETWEEN_SHARES = 2.0
"""A participant shares at most once per this many seconds (429)."""
MAX_ITEMS_PER_PARTICIPANT = 40
"""Items one participant may have on the wall (a replaced self-assessment counts once) (429)."""
MAX_ITEMS_ON_WALL = 1000
"""Items on the whole wall (429 "de muur is vol")."""
SOURCE_CHARS = 16
"""Length of ``assessment_source``'s key (hex)."""
_SOURCE_RE = re.compile(r"[0-9a-f]{%d}|" % SOURCE_CHARS)
MAX_NAME_CHARS = 60
"""Characters of the optional name a participant types."""

__all__ = [
    "ASSESSMENT",
    "GOAL",
    "KINDS",
    "MAX_ITEMS_ON_WALL",
    "MAX_ITEMS_PER_PARTICIPANT",
    "MAX_ITEM_BYTES",
    "MAX_NAME_CHARS",
    "MIN_SECONDS_BETWEEN_SHARES",
    "REPLY",
    "SOURCE_CHARS",
    "assessment_source",
    "FragmentReplies",
    "GoalOnWall",
    "HiddenOnWall",
    "PrincipleSpread",
    "ReplyOnWall",
    "WallEntry",
    "WallItem",
    "WallSummary",
    "fragment_key",
    "fragment_text",
    "parse_item",
    "payload_for_assessment",
    "payload_for_goal",
    "payload_for_reply",
    "place",
    "set_hidden",
    "refusal",
    "summarise",
]


# --- what is shared -------------------------------------------------------------------------------


def assessment_source(entry: str) -> str:
    """An opaque key for one entry (one person's row) of chapter 01's table: 16 hex characters.

    On one machine a team shares in turns from one login; the key lets each row replace only its own
    earlier share, without sending the row's name (the name is shared only when typed in "Naam").
    """
    return hashlib.sha256(f"hgw-muur:{entry}".encode("utf-8")).hexdigest()[:SOURCE_CHARS]


def payload_for_assessment(ratings: Iterable[Rating] | Mapping[str, int], *, name: str = "",
                           source: str = "") -> dict:
    """The JSON body that shares a self-assessment: ``{"soort", "naam", "inhoud": {"scores": {...}, "bron"}}``.

    Args:
        ratings: ``Rating`` objects or a ``{principle: score}`` mapping; unrated principles left out.
        name: optional name, ``""`` = anonymous.
        source: ``assessment_source(entry)`` of the table's row, ``""`` when there is one row only.
    """
    if isinstance(ratings, Mapping):
        scores = {p: s for p, s in ratings.items()}
    else:
        scores = {r.principle: r.score for r in ratings}
    return {"soort": ASSESSMENT, "naam": name, "inhoud": {"scores": scores, "bron": source}}


def payload_for_goal(text: str, *, name: str = "") -> dict:
    """The JSON body that shares a goal: ``{"soort": "doel", "naam", "inhoud": {"doel": text}}``."""
    return {"soort": GOAL, "naam": name, "inhoud": {"doel": text}}


def payload_for_reply(item: WellesNietesItem, text: str, *, name: str = "") -> dict:
    """The JSON body that shares a welles-nietes reply: ``inhoud = {"fragment": key, "reactie": text}``."""
    return {"soort": REPLY, "naam": name, "inhoud": {"fragment": fragment_key(item), "reactie": text}}


def _exact_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_item(data: object) -> tuple[WallItem | None, Issue | None]:
    """Read a shared item's decoded JSON; exactly one of the two results is None.

    Issues (field ``"item"``, ``"naam"``, ``"scores"``, ``"doel"``, ``"fragment"``, ``"reactie"``):
    ``not_object``, ``unknown_kind``, ``too_long`` (detail = the limit), ``no_scores``,
    ``bad_scores``, ``empty``, ``unknown_fragment``. Text that is too long is refused, never cut
    (``domain.limits``). The goal's SMARTI report is computed here, never taken from the payload.
    """
    if not isinstance(data, dict):
        return None, Issue("not_object", "item")
    kind = data.get("soort")
    if kind not in KINDS:
        return None, Issue("unknown_kind", "item")
    raw_name = data.get("naam", "")
    if raw_name is None:
        raw_name = ""
    if not isinstance(raw_name, str):
        return None, Issue("not_object", "naam")
    name = one_line(raw_name, None)
    if len(name) > MAX_NAME_CHARS:
        return None, Issue("too_long", "naam", str(MAX_NAME_CHARS))
    content = data.get("inhoud")
    if not isinstance(content, dict):
        return None, Issue("not_object", "item")
    if kind == ASSESSMENT:
        scores = content.get("scores")
        if not isinstance(scores, dict) or not scores:
            return None, Issue("no_scores", "scores")
        if any(p not in PRINCIPLES or not _exact_int(s) or s not in SCORES for p, s in scores.items()):
            return None, Issue("bad_scores", "scores")
        pairs = tuple((p, scores[p]) for p in PRINCIPLES if p in scores)
        source = content.get("bron") or ""
        if not isinstance(source, str) or not _SOURCE_RE.fullmatch(source):
            return None, Issue("bad_scores", "scores")
        return WallItem(ASSESSMENT, name, scores=pairs, source=source), None
    if kind == GOAL:
        raw = content.get("doel")
        text = one_line(raw, None)
        if not text:
            return None, Issue("empty", "doel")
        if len(text) > MAX_GOAL_CHARS:
            return None, Issue("too_long", "doel", str(MAX_GOAL_CHARS))
        return WallItem(GOAL, name, goal=text, smarti=check_smarti(text)), None
    key = content.get("fragment")
    if fragment_text(key) is None:
        return None, Issue("unknown_fragment", "fragment")
    text = one_line(content.get("reactie"), None)
    if not text:
        return None, Issue("empty", "reactie")
    if len(text) > MAX_REPLY_CHARS:
        return None, Issue("too_long", "reactie", str(MAX_REPLY_CHARS))
    return WallItem(REPLY, name, fragment=key, reply=text), None


# --- the store's rules ----------------------------------------------------------------------------


def refusal(entries: Sequence[WallEntry], participant: str, item: WallItem, *,
            seconds_since_last: float | None) -> Issue | None:
    """Why ``participant`` may not add ``item`` now, or None (limits above; field ``"muur"``).

    Codes: ``too_fast`` (detail = seconds to wait), ``too_many`` (detail = the limit), ``wall_full``.
    A new self-assessment replaces the participant's earlier one of the same row, so it never counts twice.
    ``seconds_since_last``: since this participant's previous share, None = never shared.
    """
    if seconds_since_last is not None and seconds_since_last < MIN_SECONDS_BETWEEN_SHARES:
        return Issue("too_fast", "muur", str(int(MIN_SECONDS_BETWEEN_SHARES)))
    replaces = item.kind == ASSESSMENT and any(
        e.participant == participant and e.item.kind == ASSESSMENT and e.item.source == item.source for e in entries)
    if replaces:
        return None
    if sum(1 for e in entries if e.participant == participant) >= MAX_ITEMS_PER_PARTICIPANT:
        return Issue("too_many", "muur", str(MAX_ITEMS_PER_PARTICIPANT))
    if len(entries) >= MAX_ITEMS_ON_WALL:
        return Issue("wall_full", "muur", str(MAX_ITEMS_ON_WALL))
    return None


def place(entries: Sequence[WallEntry], entry: WallEntry) -> tuple[WallEntry, ...]:
    """``entries`` with ``entry`` added at the end; a self-assessment replaces the participant's earlier
    share of the same table row (``WallItem.source``): the spread counts people, not clicks, also when a
    team shares in turns from one machine (one participant)."""
    kept = tuple(e for e in entries if not (
        entry.item.kind == ASSESSMENT and e.item.kind == ASSESSMENT and e.participant == entry.participant
        and e.item.source == entry.item.source))
    return kept + (entry,)


def set_hidden(entries: Sequence[WallEntry], entry_id: object, hidden: bool) -> tuple[tuple[WallEntry, ...], bool]:
    """``entries`` with entry ``entry_id`` hidden ("Verberg") or shown again ("Zet terug"), in place.

    Returns ``(entries, changed)``; ``changed`` is False when there is no such entry or it already was so.
    """
    changed = False
    out = []
    for entry in entries:
        if entry.id == entry_id and entry.hidden != hidden:
            entry = WallEntry(entry.id, entry.participant, entry.item, hidden=hidden)
            changed = True
        out.append(entry)
    return tuple(out), changed
