"""Room mode under a curious participant, server side (issue 18): each attack from the issue, kept as a test.

A participant has the room's code, a browser and a script. They learn a kernel id (a log, a screenshot
of the developer tools), try another participant's kernel over every path, open thirty pages, try
codes at a thousand a second, and a web page tries to reach a single-user server by DNS rebinding.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import threading
import urllib.request

import pytest
import websocket
from room_settings import CHAPTER, TOKEN
from voila_client import Visitor

from hgw_widgets.server import room, throttle
from hgw_widgets.server.serve import voila_command
from hgw_widgets.server.testing import free_port, running_server

START = "00-start.ipynb"  # no pool in the test room: every page starts its own kernel


@pytest.fixture(scope="module")
def base(room_server) -> str:
    return room_server[0]


def _page(visitor: Visitor, notebook: str = START) -> str:
    response, kernel_id = visitor.open_page(notebook)
    assert response.status == 200 and kernel_id, response.status
    return kernel_id


# --- 1. /voila/query/<kernel id> ---------------------------------------------------------------


def _query_socket(base: str, kernel_id: str, cookie: str | None = None) -> str | None:
    """What /voila/query/<id> answers (None: refused)."""
    try:
        ws = websocket.create_connection(base.replace("http://", "ws://") + f"/voila/query/{kernel_id}", timeout=5,
                                         header=[f"Cookie: {cookie}"] if cookie else [])
    except websocket.WebSocketBadStatusException:
        return None
    try:
        return ws.recv()
    except websocket.WebSocketTimeoutException:
        return ""
    finally:
        ws.close()


def test_request_info_of_a_page_is_told_to_nobody(base):
    """It answered anyone, without the code, with ``QUERY_STRING=token=<room code>``, also for dead kernels."""
    anna, bram = Visitor(base, TOKEN), Visitor(base, TOKEN)
    kernel_id = _page(anna, "02-doelgericht-werken.ipynb")  # the pool's chapter: Voilà sent it the request info
    bram.get("/voila/tree")
    for cookie in (None, bram.cookie_header(), anna.cookie_header()):
        answer = _query_socket(base, kernel_id, cookie)
        assert answer is None, f"/voila/query answered: {answer!r}"
    assert anna.api("DELETE", f"/api/kernels/{kernel_id}").status == 204
    assert _query_socket(base, kernel_id) is None  # nor for a kernel that is gone


# --- 2. the kernel REST API -------------------------------------------------------------------------


def test_another_participants_kernel_cannot_be_read_or_shut_down(base):
    anna, bram = Visitor(base, TOKEN), Visitor(base, TOKEN)
    kernel_id = _page(anna, CHAPTER)
    kernel = anna.kernel(kernel_id)
    assert kernel.request_states()
    _page(bram)  # bram is a participant with a page (and an _xsrf cookie) of his own
    assert bram.get(f"/api/kernels/{kernel_id}").status == 404
    assert bram.api("GET", f"/api/kernels/{kernel_id}").status == 404
    assert bram.api("DELETE", f"/api/kernels/{kernel_id}").status == 404
    assert bram.api("POST", f"/voila/api/shutdown/{kernel_id}").status == 404
    listing = bram.api("GET", "/api/kernels")
    assert listing.status != 200 or kernel_id not in listing.body
    # anna's kernel is untouched, and her own page may still ask about it and shut it down
    own = anna.api("GET", f"/api/kernels/{kernel_id}")
    assert own.status == 200 and kernel_id in own.body
    kernel.set_value(kernel.find("hgw-goal-text"), value="Jordi leest elke dag")
    assert kernel.wait_update(kernel.find("hgw-feedback"))
    kernel.close()
    assert anna.api("POST", f"/voila/api/shutdown/{kernel_id}").status == 204
    assert anna.api("GET", f"/api/kernels/{kernel_id}").status == 404


def test_a_kernel_is_bound_at_the_page_not_at_the_first_websocket(base):
    """Bram, who learned the id before anna's page connected, still cannot take the kernel."""
    anna, bram = Visitor(base, TOKEN), Visitor(base, TOKEN)
    kernel_id = _page(anna)
    _page(bram)
    with pytest.raises(websocket.WebSocketBadStatusException) as exc:
        bram.kernel(kernel_id)
    assert exc.value.status_code == 403
    kernel = anna.kernel(kernel_id)
    assert kernel.request_states()
    kernel.close()


# --- 4. kernels per participant ----------------------------------------------------------------------


def test_one_participant_cannot_take_the_rooms_memory(base):
    """Thirty page loads from one cookie started thirty kernels; now at most KERNELS_PER_PARTICIPANT, in Dutch."""
    greedy = Visitor(base, TOKEN)
    greedy.get("/voila/tree")  # logged in: every request below carries only the cookie
    greedy.token = None
    results: list[tuple[int, str]] = []

    def load():
        response = greedy.get(f"/voila/render/{START}")
        results.append((response.status, response.body))

    threads = [threading.Thread(target=load) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=180)
    served = [body for status, body in results if status == 200]
    refused = [html.unescape(body) for status, body in results if status == 429]
    assert len(results) == 12
    assert len(served) == room.KERNELS_PER_PARTICIPANT, sorted(status for status, _ in results)
    assert len(refused) == 12 - room.KERNELS_PER_PARTICIPANT
    assert f"Je hebt al {room.KERNELS_PER_PARTICIPANT} pagina's van de werkmap open" in refused[0]
    assert '<html lang="nl">' in refused[0] and "Traceback" not in refused[0]
    # another participant is served as usual
    assert _page(Visitor(base, TOKEN))


# --- 8. login -----------------------------------------------------------------------------------------


def _from(address: str) -> dict[str, str]:
    """As if through the room's proxy on this machine (nginx sets X-Real-IP): another computer."""
    return {"X-Real-IP": address}


def test_wrong_codes_are_slowed_down_per_address(base):
    """300 tries at about 1,000 per second went through; now an address waits after a few wrong codes."""
    attacker = Visitor(base, None)
    attacker.get("/login")
    statuses = [attacker.post_form("/login", {"password": f"fout-{i:06d}"}, headers=_from("10.18.0.66")).status
                for i in range(40)]
    assert statuses.count(401) < throttle.FREE_TRIES, statuses
    assert statuses[-1] == 429
    waiting = attacker.post_form("/login", {"password": TOKEN}, headers=_from("10.18.0.66"))
    assert waiting.status == 429 and "Te veel verkeerde codes" in waiting.body and "Wacht" in waiting.body
    assert re.search(r"Wacht (1 seconde|\d+ seconden) en", waiting.body), waiting.body  # never "1 seconden"
    assert attacker.get(f"/voila/render/{START}", headers=_from("10.18.0.66")).status == 302  # not logged in
    # the right code in the address does not get in from that address either, for now
    assert attacker.get(f"/voila/render/{START}?token={TOKEN}", with_token=False, headers=_from("10.18.0.66")).status == 302
    # the rest of the room: the right code from another computer works, and a single typo locks nobody out
    other = Visitor(base, None)
    other.get("/login")
    assert other.post_form("/login", {"password": TOKEN}, headers=_from("10.18.0.7")).status == 302
    typo = Visitor(base, None)
    typo.get("/login")
    assert typo.post_form("/login", {"password": TOKEN[:-1]}, headers=_from("10.18.0.8")).status == 401
    assert typo.post_form("/login", {"password": TOKEN}, headers=_from("10.18.0.8")).status == 302


def test_wrong_codes_in_the_address_are_slowed_down_too(base):
    prober = Visitor(base, None)
    for i in range(throttle.FREE_TRIES + 3):
        prober.get(f"/voila/tree?token=fout-{i:06d}", with_token=False, headers=_from("10.18.0.67"))
    response = prober.get(f"/voila/tree?token={TOKEN}", with_token=False, headers=_from("10.18.0.67"))
    assert response.status == 302 and "/login" in response.headers.get("Location", "")


def test_logout_is_a_dutch_way_out_not_an_error(base):
    visitor = Visitor(base, TOKEN)
    _page(visitor)
    visitor.token = None
    response = visitor.get("/logout")
    assert response.status == 302 and response.headers.get("Location", "").endswith("/login")
    assert visitor.get(f"/voila/render/{START}").status == 302  # logged out: back to the login page
    assert "Toegangscode" in visitor.get("/login").body
    assert Visitor(base, None).get("/logout").status == 302


@pytest.mark.parametrize("token", ["12345678", "password", "training", "1234567890", "training2026", "hgwwerkmap"])
def test_guessable_codes_are_refused_in_dutch(token):
    done = subprocess.run([sys.executable, "-m", "hgw_widgets", "room", "--token", token, "--port", str(free_port())],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "--token:" in done.stderr and ("raden" in done.stderr or "minstens" in done.stderr)


# --- 9. the Host header ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def serve_server(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("serve") / "voila.log"
    with running_server(voila_command(port=port), port=port, log_path=log_path) as (served, _proc):
        yield served


def _get_with_host(url: str, host: str) -> int:
    request = urllib.request.Request(url, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def test_serve_refuses_a_rebinding_host(serve_server):
    port = serve_server.rsplit(":", 1)[1]
    page = f"{serve_server}/voila/render/{START}"
    assert _get_with_host(page, f"rebind.attacker.example:{port}") == 403
    assert _get_with_host(f"{serve_server}/voila/static/voila.js", f"rebind.attacker.example:{port}") == 403
    with pytest.raises(websocket.WebSocketBadStatusException) as exc:
        websocket.create_connection(
            serve_server.replace("http://", "ws://") + "/api/kernels/00000000-0000-0000-0000-000000000000/channels",
            host=f"rebind.attacker.example:{port}", origin=f"http://rebind.attacker.example:{port}", timeout=30)
    assert exc.value.status_code == 403
    # the addresses it was started for still work
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        assert _get_with_host(page, host) == 200


def test_serve_page_has_a_script_policy(serve_server):
    response = Visitor(serve_server).get(f"/voila/render/{START}")
    policy = response.headers.get("Content-Security-Policy", "")
    assert "script-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'self'" in policy


def test_room_refuses_a_foreign_host_but_not_its_addresses(base):
    port = base.rsplit(":", 1)[1]
    page = f"{base}/voila/render/{START}?token={TOKEN}"
    assert _get_with_host(page, f"rebind.attacker.example:{port}") == 403
    assert _get_with_host(page, f"127.0.0.1:{port}") == 200
    assert _get_with_host(page, f"localhost:{port}") == 200
