"""Follow-ups of issue 18 against a running room server: the log, the proxy header, the room-wide page limit,
and which kernels are told the join URL."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import websocket
from room_settings import TOKEN
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
