"""Follow-ups of issue 18 against a running room server: the log, the proxy header, the room-wide page limit,
and which kernels are told the join URL."""

from __future__ import annotations

import html
import time
from pathlib import Path

import pytest
import websocket
from room_settings import CHAPTER, TOKEN
from voila_client import Visitor

from hgw_widgets.server import throttle

START = "00-start.ipynb"


@pytest.fixture(scope="module")
def room(room_server) -> tuple[str, Path]:
    return room_server


def _page(visitor: Visitor, notebook: str = START) -> str:
    response, kernel_id = visitor.open_page(notebook)
    assert response.status == 200 and kernel_id, response.status
    return kernel_id


def _log_after(log_path: Path, mark: int, *, settle: float = 1.0) -> str:
    time.sleep(settle)  # the server writes its log line after the answer
    return log_path.read_text(encoding="utf-8", errors="replace")[mark:]


def test_a_refused_websocket_is_one_log_line_not_a_traceback(room):
    """A foreign websocket was refused (403) but logged three tracebacks about ``static_url``."""
    base, log_path = room
    anna, bram = Visitor(base, TOKEN), Visitor(base, TOKEN)
    kernel_id = _page(anna)
    _page(bram)
    mark = len(log_path.read_text(encoding="utf-8", errors="replace"))
    with pytest.raises(websocket.WebSocketBadStatusException) as exc:
        bram.kernel(kernel_id)
    assert exc.value.status_code == 403
    logged = _log_after(log_path, mark)
    assert f"Refused kernel {kernel_id}" in logged
    assert "Traceback" not in logged and "static_url" not in logged and "write_error" not in logged, logged


def test_the_room_code_is_not_in_the_log(room):
    """Tornado's access log wrote ``?token=<room code>`` for every failed request with the code in the address."""
    base, log_path = room
    anna, bram = Visitor(base, TOKEN), Visitor(base, TOKEN)
    kernel_id = _page(anna)
    mark = len(log_path.read_text(encoding="utf-8", errors="replace"))
    assert bram.get(f"/api/kernels/{kernel_id}").status == 404  # logged as a warning, with ?token= in the address
    assert bram.get("/voila/render/bestaat-niet.ipynb").status == 404
    logged = _log_after(log_path, mark)
    assert f"GET /api/kernels/{kernel_id}?token=" in logged  # the request is still logged ...
    assert TOKEN not in logged, logged  # ... without the code
    assert TOKEN not in log_path.read_text(encoding="utf-8", errors="replace")


def _kernel_environment(kernel_id: str) -> dict[str, str]:
    """The environment of the kernel process with this id (found by its connection file, ``kernel-<id>.json``)."""
    for proc in Path("/proc").iterdir():
        try:
            if f"kernel-{kernel_id}.json" in (proc / "cmdline").read_bytes().decode("utf-8", "replace"):
                raw = (proc / "environ").read_bytes().decode("utf-8", "replace")
                return dict(item.split("=", 1) for item in raw.split("\0") if "=" in item)
        except OSError:  # not a process, or gone
            continue
    raise AssertionError(f"no process for kernel {kernel_id}")


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads kernel environments from /proc (Linux)")
def test_only_the_start_page_kernel_is_told_the_code(room):
    """Every kernel got HGW_JOIN_URL (with the code) while the docs said kernels are not told the code."""
    base, _log = room
    visitor = Visitor(base, TOKEN)
    start = _kernel_environment(_page(visitor, START))
    assert start.get("HGW_JOIN_URL") == f"{base}/?token={TOKEN}"  # JoinInfo shows it to the participant
    for notebook in (CHAPTER, "03-doelenkaart-en-feedback.ipynb"):  # from the pool, and a kernel of its own
        env = _kernel_environment(_page(visitor, notebook))
        assert "HGW_JOIN_URL" not in env and env.get("HGW_ROOM") == "1", notebook
        assert not [name for name, value in env.items() if TOKEN in value], notebook


def test_the_login_page_says_1_seconde(room):
    """After the free wrong codes the first wait is one second: "Wacht 1 seconden" was bad Dutch."""
    base, _log = room
    guesser = Visitor(base, None)
    guesser.get("/login")
    headers = {"X-Real-IP": "10.18.1.1"}
    for i in range(throttle.FREE_TRIES - 1):
        assert guesser.post_form("/login", {"password": f"fout-{i:06d}"}, headers=headers).status == 401
    waiting = guesser.post_form("/login", {"password": "fout-laatste"}, headers=headers)  # the last free one
    assert waiting.status == 429
    assert "Wacht 1 seconde en" in waiting.body and "seconden" not in waiting.body, waiting.body


# --- a room of its own: 3 open pages for the whole room, no proxy -----------------------------------------

ROOM_PAGES = 3


@pytest.fixture(scope="module")
def small_room(tmp_path_factory):
    """A room whose plan allows ROOM_PAGES open pages together, not told it is behind a proxy."""
    from hgw_widgets.server.room import PoolPlan
    from hgw_widgets.server.serve import NOTEBOOKS, room_command
    from hgw_widgets.server.testing import free_port, running_server

    port = free_port()
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    plan = PoolPlan(sizes=((START, 1),), default=0, notebooks=notebooks, room_kernels=ROOM_PAGES)
    log_path = tmp_path_factory.mktemp("small-room") / "voila.log"
    join_url = f"http://127.0.0.1:{port}/?token={TOKEN}"
    with running_server(room_command(port=port, ip="127.0.0.1", token=TOKEN, plan=plan, join_url=join_url), port=port,
                        log_path=log_path, ready_path="/login") as (base, _proc):
        yield base, log_path


def test_fresh_logins_cannot_take_the_rooms_memory(small_room):
    """Each new login (a fresh cookie) got six more pages: now the room as a whole has a limit, in Dutch."""
    base, _log = small_room
    participants = [Visitor(base, TOKEN) for _ in range(ROOM_PAGES)]
    kernels = [_page(p) for p in participants]
    latecomer = Visitor(base, TOKEN)  # the same person with cleared cookies, or one more participant
    refused = latecomer.get(f"/voila/render/{START}")
    assert refused.status == 429
    text = html.unescape(refused.body)
    assert "De werkmap is op dit moment vol" in text and '<html lang="nl">' in text and "Traceback" not in text
    # a participant closes a page (the page's beforeunload shuts its kernel down): there is room again
    assert participants[0].api("DELETE", f"/api/kernels/{kernels[0]}").status == 204
    late_kernel = _page(latecomer)
    for visitor, kernel_id in [*zip(participants[1:], kernels[1:]), (latecomer, late_kernel)]:
        assert visitor.api("DELETE", f"/api/kernels/{kernel_id}").status == 204  # leave the room empty


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads kernel environments from /proc (Linux)")
def test_a_pooled_start_page_is_told_the_join_url(small_room):
    """The warm start page (from the pool, as in every real room) still shows how to join."""
    base, _log = small_room
    visitor = Visitor(base, TOKEN)
    time.sleep(8)  # the pool refills a few seconds after the test above took its kernel
    kernel_id = _page(visitor)
    env = _kernel_environment(kernel_id)
    assert env.get("VOILA_PREHEAT") == "True", "this page's kernel did not come from the pool"
    assert env.get("HGW_JOIN_URL", "").endswith(f"/?token={TOKEN}") and env.get("HGW_ROOM") == "1"
    assert visitor.api("DELETE", f"/api/kernels/{kernel_id}").status == 204


def test_a_visitors_own_x_real_ip_is_not_believed_without_a_proxy(small_room):
    """From this machine, every wrong code with another X-Real-IP was a new computer and never slowed down."""
    base, _log = small_room
    guesser = Visitor(base, None)
    guesser.get("/login")
    statuses = [guesser.post_form("/login", {"password": f"fout-{i:06d}"},
                                  headers={"X-Real-IP": f"10.77.0.{i + 1}", "X-Forwarded-For": f"10.78.0.{i + 1}"}).status
                for i in range(throttle.FREE_TRIES + 3)]
    assert statuses[-1] == 429, statuses  # all from 127.0.0.1: slowed down after the free tries
