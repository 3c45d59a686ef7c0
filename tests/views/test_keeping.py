"""Work kept in the browser: in a room for one day and one login, on one's own computer for
KEEP_DAYS days; the start page wipes it (issue 18, finding 7).

The browser side (``static/storage.js``) is tested in ``tests/e2e/test_shared_computer.py``.
"""

from __future__ import annotations

import pytest

from hgw_widgets import BrowserStore, StartPage
from hgw_widgets.domain.chapters import Chapter
from hgw_widgets.domain.keeping import KEEP_DAYS, still_kept
from hgw_widgets.domain.progress import Progress
from hgw_widgets.kernel_guard import ROOM_ENV
from tests.screen import browser_sends, click, status

CHAPTERS = (
    Chapter("00", "00-start", "Start", 5, 0),
    Chapter("01", "01-een", "Een", 10, 10, exercises=("Opdracht A", "Opdracht B")),
)


@pytest.mark.parametrize(
    ("saved_on", "today", "kept"),
    [("2025-03-04", "2025-03-04", True), ("2025-03-03", "2025-03-04", False), ("2025-03-05", "2025-03-04", False),
     (None, "2025-03-04", False), ("", "2025-03-04", False), ("gisteren", "gisteren", False),
     ("2025-03-04", None, False), (20250304, 20250304, False)],
)
def test_in_a_room_an_entry_counts_until_the_end_of_its_day(saved_on, today, kept):
    assert still_kept(saved_on, today) is kept
    assert still_kept(saved_on, today, shared=True) is kept


@pytest.mark.parametrize(
    ("saved_on", "today", "kept"),
    [("2025-03-04", "2025-03-04", True), ("2025-03-03", "2025-03-04", True),  # the mentor goes on tomorrow
     ("2025-02-02", "2025-03-04", True), ("2025-02-01", "2025-03-04", False),  # 30 days, not 31
     ("2025-03-05", "2025-03-04", False), ("2025-02-30", "2025-03-04", False), (None, "2025-03-04", False)],
)
def test_on_ones_own_computer_an_entry_counts_for_keep_days(saved_on, today, kept):
    assert KEEP_DAYS == 30
    assert still_kept(saved_on, today, shared=False) is kept


def _restored(store: BrowserStore, report: dict) -> list[str]:
    seen: list[str] = []
    store.on_restore(seen.append)
    browser_sends(store, {"event": "ready", **report})
    return seen


def test_in_a_room_an_entry_from_yesterday_is_not_restored():
    yesterday = {"value": "Jordi ...", "saved_on": "2025-03-03", "today": "2025-03-04"}
    assert _restored(BrowserStore("x", room=True), yesterday) == []
    assert _restored(BrowserStore("x", room=True), {**yesterday, "saved_on": "2025-03-04"}) == ["Jordi ..."]


def test_at_home_yesterdays_entry_is_restored_but_not_one_from_last_season():
    yesterday = {"value": "Jordi ...", "saved_on": "2025-03-03", "today": "2025-03-04"}
    assert _restored(BrowserStore("x", room=False), yesterday) == ["Jordi ..."]
    assert _restored(BrowserStore("x", room=False), {**yesterday, "saved_on": "2024-09-01"}) == []


def test_the_store_knows_room_mode_from_the_kernels_environment(monkeypatch):
    monkeypatch.delenv(ROOM_ENV, raising=False)
    assert BrowserStore("x").room is False
    monkeypatch.setenv(ROOM_ENV, "http://192.168.1.20:8866/?token=zaal")
    assert BrowserStore("x").room is True


def test_the_start_page_wipes_everything_in_one_click(monkeypatch):
    store = BrowserStore("voortgang")
    sent: list[dict] = []
    monkeypatch.setattr(store, "send", lambda content, buffers=None: sent.append(content))
    page = StartPage(CHAPTERS, store=store)
    browser_sends(store, {"event": "ready", "value": Progress().mark(CHAPTERS[1], "Opdracht A").to_json()})
    assert page.progress.done == {("01", "Opdracht A")}
    click(page, "Wis alles van deze computer")
    assert {"event": "clear_all"} in sent
    assert page.progress == Progress() and store.value == ""
    assert "is gewist" in status(page)
