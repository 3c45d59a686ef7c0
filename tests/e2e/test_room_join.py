"""Room mode: the start page shows participants how to join; without room mode it shows nothing.

``hgw-werkmap room`` exports ``HGW_JOIN_URL`` before it starts Voilà; here a
Voilà gets the same variable, so the test sees what a trainer projects.
"""

from __future__ import annotations

import pytest

from hgw_widgets.server.serve import JOIN_URL_ENV, voila_command
from hgw_widgets.server.testing import free_port, running_server

TIMEOUT_MS = 60_000
JOIN_URL = "http://192.168.1.20:8866/?token=zaal-k3v9q2"


@pytest.fixture(scope="module")
def room_url(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("room") / "voila.log"
    with running_server(voila_command(port=port), port=port, log_path=log_path,
                        env_extra={JOIN_URL_ENV: JOIN_URL}) as (base, _proc):
        yield base


def test_start_page_shows_join_url_in_room_mode(page, room_url, assert_no_error_output):
    page.goto(f"{room_url}/voila/render/00-start.ipynb", timeout=TIMEOUT_MS)
    info = page.locator(".hgw-join-info")
    info.wait_for(state="visible", timeout=TIMEOUT_MS)
    text = info.inner_text()
    assert JOIN_URL in text
    assert "zaal-k3v9q2" in text
    assert_no_error_output(page)


def test_start_page_shows_no_join_box_outside_room_mode(page, open_chapter):
    open_chapter(page, "00-start", wait_for=".hgw-chapter-nav")
    assert page.locator(".hgw-join-info").count() == 1
    assert not page.locator(".hgw-join-info").is_visible()
    assert "token" not in page.inner_text("body")
