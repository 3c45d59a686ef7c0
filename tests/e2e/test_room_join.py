"""Room mode: the start page shows participants how to join; without room mode it shows nothing.

A real room (``serve.room_command``, as ``hgw-werkmap room`` starts it, with a warm start page): the kernel
manager tells the join URL to the start page's kernels only (``kernel_manager.room_kernel_env``), so
the test sees what a trainer projects, through the same path.
"""

from __future__ import annotations

import pytest

from hgw_widgets.server.room import PoolPlan
from hgw_widgets.server.serve import NOTEBOOKS, room_command
from hgw_widgets.server.testing import free_port, running_server

TIMEOUT_MS = 60_000
TOKEN = "zaal-k3v9q2"
JOIN_URL = f"http://192.168.1.20:8866/?token={TOKEN}"


@pytest.fixture(scope="module")
def room_url(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("room") / "voila.log"
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    plan = PoolPlan(sizes=(("00-start.ipynb", 1),), default=0, notebooks=notebooks)
    cmd = room_command(port=port, ip="127.0.0.1", token=TOKEN, plan=plan, join_url=JOIN_URL)
    with running_server(cmd, port=port, log_path=log_path, ready_path="/login") as (base, _proc):
        yield base


def test_start_page_shows_join_url_in_room_mode(page, room_url, assert_no_error_output):
    page.goto(f"{room_url}/?token={TOKEN}", timeout=TIMEOUT_MS)  # as a participant opens the join URL
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


@pytest.mark.parametrize("projector", [False, True], ids=["gewoon", "projectorweergave"])
def test_the_join_box_is_on_the_first_screen_at_1024x768(page, room_url, projector):
    # newcomer round: the README and the guide say the address is "bovenaan", but the box came after
    # Vragen and Leerdoelen (at 1366x768 at the bottom edge, in the projector view ~1030 px down)
    page.set_viewport_size({"width": 1024, "height": 768})
    page.goto(f"{room_url}/?token={TOKEN}", timeout=TIMEOUT_MS)
    info = page.locator(".hgw-join-info")
    info.wait_for(state="visible", timeout=TIMEOUT_MS)
    if projector:
        page.get_by_role("button", name="Projectorweergave").click()
        page.wait_for_function("document.body.classList.contains('hgw-projector')")
    assert page.evaluate("window.scrollY") == 0
    address = info.locator("code")
    box = address.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 768, box
    heading = page.locator(".jp-RenderedHTMLCommon h2", has_text="Vragen").first
    assert heading.bounding_box()["y"] > box["y"]  # above Vragen, as the README says: "bovenaan"
    page.screenshot(path=f"/tmp/w16c_start_{'proj' if projector else 'gewoon'}.png")
