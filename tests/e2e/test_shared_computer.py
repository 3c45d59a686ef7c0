"""A shared computer (issue 18, finding 7): what one person typed never greets the next one.

Work kept in the browser counts, in room mode, for one day and one login (on one's own computer
for 30 days); the start page wipes everything in one click. Room mode is a Voilà with ``HGW_JOIN_URL`` set (as
``test_room_join.py``); a new login is a cleared cookie jar with a new session cookie.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from hgw_widgets.server.serve import JOIN_URL_ENV, voila_command
from hgw_widgets.server.testing import free_port, running_server
from tests.e2e.person import click, type_text

TIMEOUT = 30_000
CHAPTER = "02-doelgericht-werken.ipynb"
SECRET = "Jordi huilde vandaag in de les"


@pytest.fixture(scope="module")
def room_url(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("room") / "voila.log"
    with running_server(voila_command(port=port), port=port, log_path=log_path,
                        env_extra={JOIN_URL_ENV: "http://192.168.1.20:8866/?token=zaal-k3v9q2"}) as (base, _proc):
        yield base


def _open(page, url: str) -> None:
    page.goto(url, timeout=60_000)
    page.wait_for_selector(".hgw-goal-drafter .hgw-work-bar", state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle", timeout=30_000)


def _type_and_keep(page) -> None:
    drafter = page.locator(".hgw-goal-drafter")
    type_text(page, drafter.locator(".hgw-goal-text textarea"), SECRET, leave=True)
    expect(drafter.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser", timeout=TIMEOUT)
    page.wait_for_timeout(500)


def _storage(page) -> str:
    return page.evaluate("() => JSON.stringify(Object.assign({}, window.localStorage))")


def _log_in_as(context, base: str, session: str) -> None:
    """A new login: the cookies of the one before are gone, the browser has a session cookie of its own."""
    context.clear_cookies()
    context.add_cookies([{"name": "_xsrf", "value": f"2|{session}|{session}|1700000000", "url": base}])


def test_a_second_login_on_the_same_computer_sees_nothing_of_the_first(context, room_url):
    page = context.new_page()
    _log_in_as(context, room_url, "aaaa1111")
    _open(page, f"{room_url}/voila/render/{CHAPTER}")
    _type_and_keep(page)
    page.reload()  # the same participant still finds the work back
    page.wait_for_selector(".hgw-goal-drafter .hgw-work-bar", state="attached", timeout=60_000)
    expect(page.locator(".hgw-goal-text textarea")).to_have_value(SECRET, timeout=TIMEOUT)

    _log_in_as(context, room_url, "bbbb2222")  # participant 2 on the same computer
    _open(page, f"{room_url}/voila/render/{CHAPTER}")
    page.wait_for_timeout(2_000)
    expect(page.locator(".hgw-goal-text textarea")).to_have_value("")
    assert "staat weer klaar" not in page.inner_text("body")
    assert SECRET not in _storage(page), "participant 1's text is still in this browser"


AGE_ENTRIES = """(days) => {
  const d = new Date(Date.now() - days * 86400000);
  const day = d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  let changed = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key.startsWith("hgw-werkmap:")) continue;
    try {
      const entry = JSON.parse(localStorage.getItem(key));
      if (entry && entry.hgw === 1) { entry.day = day; localStorage.setItem(key, JSON.stringify(entry)); changed++; }
    } catch (e) {}
  }
  return changed;
}"""


def _aged_and_reloaded(page, days: int) -> None:
    assert SECRET in _storage(page)
    assert page.evaluate(AGE_ENTRIES, days) > 0  # as if the page were opened again `days` later
    page.reload()
    page.wait_for_selector(".hgw-goal-drafter .hgw-work-bar", state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle", timeout=30_000)
    page.wait_for_timeout(2_000)


def test_in_a_room_an_entry_from_yesterday_is_not_restored(context, room_url):
    page = context.new_page()
    _log_in_as(context, room_url, "cccc3333")
    _open(page, f"{room_url}/voila/render/{CHAPTER}")
    _type_and_keep(page)
    _aged_and_reloaded(page, 1)
    expect(page.locator(".hgw-goal-text textarea")).to_have_value("")
    assert SECRET not in _storage(page), "yesterday's entry is still kept"


def test_at_home_yesterdays_work_is_back_but_not_work_from_last_season(page, voila_url):
    _open(page, f"{voila_url}/voila/render/{CHAPTER}")
    _type_and_keep(page)
    _aged_and_reloaded(page, 1)  # the mentor goes on the next evening
    expect(page.locator(".hgw-goal-text textarea")).to_have_value(SECRET, timeout=TIMEOUT)
    _aged_and_reloaded(page, 40)
    expect(page.locator(".hgw-goal-text textarea")).to_have_value("")
    assert SECRET not in _storage(page), "an entry of 40 days ago is still kept"


def test_the_start_page_wipes_everything_from_this_computer(page, voila_url):
    _open(page, f"{voila_url}/voila/render/{CHAPTER}")
    _type_and_keep(page)
    page.goto(f"{voila_url}/voila/render/00-start.ipynb", timeout=60_000)
    button = page.get_by_role("button", name="Wis alles van deze computer")
    button.wait_for(state="attached", timeout=60_000)
    click(page, button)
    expect(page.locator(".hgw-start-page")).to_contain_text("is gewist", timeout=TIMEOUT)
    keys = json.loads(_storage(page))
    assert [key for key in keys if key.startswith("hgw-werkmap:")] == []
    _open(page, f"{voila_url}/voila/render/{CHAPTER}")
    page.wait_for_timeout(2_000)
    expect(page.locator(".hgw-goal-text textarea")).to_have_value("")
