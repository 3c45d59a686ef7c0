"""BrowserStore: keep one JSON string in the browser's localStorage.

The key is the notebook page's path plus ``key`` (an exercise id), so two
chapters or two exercises never overwrite each other. When the page is
loaded, the browser reports what it kept from an earlier visit; the store
then calls its ``on_restore`` callbacks once with that text. Setting
``value`` writes it; ``clear()`` removes it. Nothing leaves the computer.

What is kept counts for some days on one's own computer, and in room mode until the end of the day and for one login
only (``domain.keeping``): the browser stores the day with each entry and, in a
room, puts a hash of its session cookie in the key; ``clear_everything()`` removes
every entry of the workbook from this browser (the start page's button).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import anywidget
import traitlets

from ..domain.keeping import KEEP_DAYS, KEY_PREFIX, still_kept
from ..kernel_guard import in_room
from ..paths import package_file

log = logging.getLogger("hgw_widgets")

_STATIC = package_file("static")
MAX_STORED_CHARS = 2 * 1024 * 1024
"""What the browser reports back is refused above this length (a visitor can send anything)."""


class BrowserStore(anywidget.AnyWidget):
    """One saved text per notebook page and exercise, in the browser.

    Args:
        key: the exercise id, e.g. ``"doelenkaart"``.
        scope: ``"page"`` (the default): kept for this notebook page only; ``"workbook"``: one
            copy shared by every page of the workbook in this browser (how chapter 02's goals
            reach chapter 03's goal card).
    """

    _esm = _STATIC / "storage.js"
    key = traitlets.Unicode("").tag(sync=True)
    scope = traitlets.Unicode("page").tag(sync=True)
    value = traitlets.Unicode("").tag(sync=True)
    room = traitlets.Bool(False).tag(sync=True)
    """In room mode the key carries a hash of this login's session cookie (``domain.keeping``)."""
    prefix = traitlets.Unicode(KEY_PREFIX).tag(sync=True)
    keep_days = traitlets.Int(KEEP_DAYS).tag(sync=True)
    """Outside room mode: days a kept copy counts after its last save (``domain.keeping``)."""

    def __init__(self, key: str, *, scope: str = "page", room: bool | None = None, **kwargs) -> None:
        if scope not in ("page", "workbook"):
            raise ValueError(f"scope must be 'page' or 'workbook', not {scope!r}")
        super().__init__(key=key, scope=scope, room=in_room() if room is None else room, **kwargs)
        self.ready = False
        """True once the browser has reported what it kept."""
        self.writable = True
        """False after the browser said it could not store (storage full or blocked)."""
        self._restore_callbacks: list[Callable[[str], None]] = []
        self._ready_callbacks: list[Callable[[], None]] = []
        self.on_msg(self._handle_message)

    def on_restore(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(text)`` once, when the browser finds saved text for this key."""
        self._restore_callbacks.append(callback)

    def on_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` once the browser has reported (after any restore)."""
        self._ready_callbacks.append(callback)

    def save(self, text: str) -> None:
        """Keep ``text`` in the browser (replaces what was kept)."""
        self.value = text

    def clear(self) -> None:
        """Remove what this browser kept for this key."""
        self.value = ""
        self.send({"event": "clear"})

    def clear_everything(self) -> None:
        """Remove everything the workbook kept in this browser: every page, key and login."""
        self.value = ""
        self.send({"event": "clear_all"})

    def _handle_message(self, _widget, content, _buffers) -> None:
        if not isinstance(content, dict):
            return
        event = content.get("event")
        if event == "written":
            self.writable = content.get("ok") is True
        elif event == "ready" and not self.ready:
            self.ready = True
            stored = content.get("value")
            dated = "saved_on" in content or "today" in content
            if dated and not still_kept(content.get("saved_on"), content.get("today"),
                                        shared=self.room, keep_days=self.keep_days):
                stored = None  # the browser drops it too; this is the same rule, checked again
            if isinstance(stored, str) and stored and len(stored) <= MAX_STORED_CHARS:
                for callback in self._restore_callbacks:
                    callback(stored)
            for callback in self._ready_callbacks:
                callback()
