"""The trainer's wall in the server's memory (issue 16 §1): what participants shared, within the limits.

One ``WallStore`` per server (a Tornado setting, ``wall_handlers.STORE_SETTING``). Nothing is written
to disk: when the server stops, the wall is gone (the trainer downloads it first). The rules (reading
an item, the limits, a new self-assessment replacing the earlier one) are ``domain.wall``'s; the store
keeps the entries, the time of each participant's last share and hands out ids.

Plain Python, no Tornado: tested without a server (``tests/server/test_wall_store.py``). Times are
monotonic seconds passed in by the caller. Tornado runs the handlers on one thread, so no lock.
"""

from __future__ import annotations

import json
import secrets

from ..domain import wall
from ..domain.issues import Issue
from .room import make_token

MAX_PARTICIPANTS_REMEMBERED = 10_000
"""Participants whose last share time is kept at most (the oldest dropped first)."""


class WallStore:
    """The entries on the wall, in the order shared."""

    def __init__(self) -> None:
        self._entries: tuple[wall.WallEntry, ...] = ()
        self._last_share: dict[str, float] = {}

    @property
    def entries(self) -> tuple[wall.WallEntry, ...]:
        """Every entry, hidden ones too, in the order shared."""
        return self._entries

    def share(self, participant: str, body: bytes, *, now: float) -> tuple[wall.WallItem | None, Issue | None]:
        """Read ``body`` (the request's JSON) and put it on the wall for ``participant``.

        Returns:
            ``(item, None)`` when it is on the wall; ``(None, issue)`` otherwise, with the codes of
            ``domain.wall.parse_item`` and ``refusal``, ``too_big`` (detail: the limit in bytes) and
            ``not_json``. A refused share does not count as the participant's last share.
        """
        if len(body) > wall.MAX_ITEM_BYTES:
            return None, Issue("too_big", "item", str(wall.MAX_ITEM_BYTES))
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None, Issue("not_object", "item")
        item, issue = wall.parse_item(data)
        if issue is not None:
            return None, issue
        last = self._last_share.get(participant)
        issue = wall.refusal(self._entries, participant, item, seconds_since_last=None if last is None else now - last)
        if issue is not None:
            return None, issue
        self._entries = wall.place(self._entries, wall.WallEntry(secrets.token_hex(8), participant, item))
        self._last_share.pop(participant, None)
        self._last_share[participant] = now
        while len(self._last_share) > MAX_PARTICIPANTS_REMEMBERED:
            del self._last_share[next(iter(self._last_share))]
        return item, None

    def hide(self, entry_id: object) -> bool:
        """Hide one entry from the wall and its download; False when there is no such visible entry."""
        self._entries, changed = wall.set_hidden(self._entries, entry_id, True)
        return changed

    def show(self, entry_id: object) -> bool:
        """Put a hidden entry back on the wall ("Zet terug"); False when there is no such hidden entry."""
        self._entries, changed = wall.set_hidden(self._entries, entry_id, False)
        return changed

    def clear(self) -> None:
        """Empty the wall (the rate limit of each participant stays)."""
        self._entries = ()

    def summary(self) -> wall.WallSummary:
        """What the trainer sees (``domain.wall.summarise``)."""
        return wall.summarise(self._entries)


def trainer_code(participants_token: str) -> str:
    """A random code for the trainer's wall (issue 16), never the participants' code."""
    code = make_token()  # the participants' alphabet: easy to copy
    return code if code != participants_token else trainer_code(participants_token)


def trainer_url(url: str, code: str) -> str:
    """The trainer's wall beside a join URL: ``http://h:p/base/?token=x`` -> ``http://h:p/base/hgw/muur?code=<code>``."""
    return f"{url.split('?', 1)[0]}hgw/muur?code={code}"
