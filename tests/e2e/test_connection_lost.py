"""When the kernel behind a page is gone, the page says so in Dutch and stops pretending (issue 12).

Before: a chapter whose kernel was shut down (culled after a sleeping laptop, a restarted server) or
crashed (restarted empty by the server) looked alive; what was typed got no feedback, and the last
verdict stayed next to the new text. ``static/hgw-connection.js`` in the template now shows a notice
(role="alert", fixed at the top), makes the inputs read-only and greys out the outputs. A short break
of the connection that recovers shows no notice.

These tests start their own Voilà (they shut kernels down and break connections), reach every part
of the page with the mouse wheel (``tests/e2e/person.py``) and use real window sizes.
"""

from __future__ import annotations

import os
import re
import signal
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from hgw_widgets.server.room import PoolPlan
from hgw_widgets.server.serve import NOTEBOOKS, room_command, voila_command
from hgw_widgets.server.testing import free_port, running_server
from tests.e2e.person import click, reach, type_text, wait_until
from tests.e2e.tcp_proxy import TcpProxy

CHAPTER = "02-doelgericht-werken"
SIZES = {"desk-1366x768": (1366, 768), "projector-1024x768": (1024, 768), "phone-390x844": (390, 844)}
TIMEOUT_MS = 60_000
NOTICE = "De verbinding met de werkmap is verbroken."
GOAL = "Over drie weken groet Jordi de mentor bij elke binnenkomst"
TOKEN = "zaal-verbinding-test-8m3"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Our own Voilà: (base URL, process)."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("voila-connection") / "voila.log"
    with running_server(voila_command(port=port), port=port, log_path=log_path) as (base, proc):
        yield base, proc


def _new_page(browser, size):
    width, height = size
    phone = width < 500
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL",
                                  has_touch=phone, is_mobile=phone)
    return context, context.new_page()


def _open(page, base, *, query: str = ""):
    page.goto(f"{base}/voila/render/{CHAPTER}.ipynb{query}", timeout=TIMEOUT_MS)
    page.wait_for_selector(".hgw-goal-text textarea", state="visible", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=30_000)
    # the page's widgets are connected to its kernel
    wait_until(page, "window.jupyterapp?.widgetManager?.kernel?.connectionStatus === 'connected'",
               timeout=TIMEOUT_MS)


def _kernel_id(page) -> str:
    return page.evaluate("JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId")


def _shut_down(base: str, kernel_id: str, *, token: str | None = None, cookies: str = "") -> None:
    """What the server's culler does to a kernel whose browser went away: Jupyter Server's DELETE.

    In a room only the kernel's owner may do that (issue 18): pass the page's ``cookies``.
    """
    headers = ({"Authorization": f"token {token}", "Cookie": cookies} if token
               else {"Cookie": "_xsrf=hgwtest", "X-XSRFToken": "hgwtest"})
    request = urllib.request.Request(f"{base}/api/kernels/{kernel_id}", method="DELETE", headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 204


def _kill(proc, kernel_id: str) -> None:
    """A crash: kill the kernel's process (a child of our own Voilà, found in /proc) by its PID."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text() if entry.name.isdigit() else ""
            cmdline = (entry / "cmdline").read_bytes() if stat else b""
        except OSError:
            continue
        if stat and int(stat.rsplit(")", 1)[1].split()[1]) == proc.pid and kernel_id.encode() in cmdline:
            pids.append(int(entry.name))
    assert len(pids) == 1, pids
    os.kill(pids[0], signal.SIGKILL)


def _status(page, criterion: str):
    return page.locator(f".hgw-smarti tr[data-criterion='{criterion}'] .hgw-status").first


def _box(page):
    return page.locator(".hgw-goal-text textarea")


def _notice(page):
    return page.get_by_role("alert").filter(has_text=NOTICE)


def _state(page) -> str | None:
    return page.evaluate("document.body.dataset.hgwConnection ?? null")


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_a_kernel_shut_down_under_the_page_gives_a_dutch_notice(browser, server, size):
    base, _proc = server
    context, page = _new_page(browser, size)
    try:
        _open(page, base)
        type_text(page, _box(page), "doe normaal")
        expect(_status(page, "specific")).to_contain_text("nog niet", timeout=10_000)

        _shut_down(base, _kernel_id(page))
        type_text(page, _box(page), GOAL)
        notice = _notice(page)
        expect(notice).to_be_visible(timeout=15_000)
        expect(notice).to_contain_text("Laad de pagina opnieuw")
        expect(notice).to_contain_text("in deze browser")
        expect(notice).to_be_in_viewport(ratio=1)  # fixed at the top: seen without scrolling
        # no stale verdict next to the new text: the inputs stop, the verdict is greyed out
        expect(_status(page, "specific")).to_contain_text("nog niet")
        assert page.evaluate("document.body.classList.contains('hgw-offline')")
        opacity = page.locator(".hgw-smarti").first.evaluate(
            "el => getComputedStyle(el.closest('.widget-html')).opacity")
        assert float(opacity) < 0.6
        expect(_box(page)).not_to_be_editable()
        expect(_box(page)).to_have_value(GOAL)  # still there to copy
        expect(page.get_by_role("button", name="Toevoegen")).to_be_disabled()

        # keyboard: the notice has the focus, Tab reaches its button, Enter reloads the page
        expect(notice).to_be_focused()
        page.keyboard.press("Tab")
        reload = notice.get_by_role("button", name="Pagina opnieuw laden")
        expect(reload).to_be_focused()

        page.evaluate("window.__before_reload = true")
        page.keyboard.press("Enter")
        wait_until(page, "!window.__before_reload && document.body?.dataset.hgwConnection === 'ok'",
                   timeout=TIMEOUT_MS)
        page.wait_for_selector(".hgw-goal-text textarea", state="visible", timeout=TIMEOUT_MS)
        type_text(page, _box(page), GOAL)
        expect(_status(page, "specific")).to_contain_text("in orde", timeout=10_000)
        expect(page.get_by_role("alert").filter(has_text=NOTICE)).to_have_count(0)
    finally:
        context.close()


def test_a_crashed_kernel_gives_the_notice(browser, server):
    base, proc = server
    context, page = _new_page(browser, SIZES["desk-1366x768"])
    try:
        _open(page, base)
        _kill(proc, _kernel_id(page))  # the server restarts it, empty: the page's widgets are gone
        type_text(page, _box(page), GOAL)
        expect(_notice(page)).to_be_visible(timeout=15_000)
        expect(_notice(page)).to_be_in_viewport(ratio=1)
        expect(_box(page)).not_to_be_editable()
        # on paper the notice is not printed
        page.emulate_media(media="print")
        expect(_notice(page)).to_be_hidden()
    finally:
        context.close()


def test_normal_use_shows_no_notice(browser, server):
    base, _proc = server
    context, page = _new_page(browser, SIZES["desk-1366x768"])
    try:
        _open(page, base)
        assert _state(page) == "ok"  # the page watches its connection
        type_text(page, _box(page), GOAL)
        expect(_status(page, "specific")).to_contain_text("in orde", timeout=10_000)
        click(page, page.get_by_role("checkbox", name=re.compile("Acceptabel")))
        click(page, page.get_by_role("button", name="Toevoegen"))
        expect(page.locator(".hgw-goal-list .hgw-goal-item")).to_have_count(1, timeout=10_000)
        page.wait_for_timeout(6_000)  # longer than the watcher waits for an answer before it asks the server
        expect(page.get_by_role("alert").filter(has_text=NOTICE)).to_have_count(0)
        expect(page.get_by_role("status").filter(has_text="even weg")).to_have_count(0)
        assert _state(page) == "ok"
        assert not page.evaluate("document.body.classList.contains('hgw-offline')")
    finally:
        context.close()


@pytest.fixture
def proxied(server):
    """The server behind a proxy that can break the connection: (proxy base URL, proxy)."""
    with TcpProxy(int(server[0].rsplit(":", 1)[1])) as proxy:
        yield f"http://127.0.0.1:{proxy.port}", proxy


def _record_connection(page) -> None:
    page.evaluate("""() => { window.__connection = [];
        window.jupyterapp.widgetManager.kernel.connectionStatusChanged.connect(
            (_, status) => window.__connection.push(status)); }""")


def test_a_short_break_that_recovers_shows_no_notice(browser, proxied):
    base, proxy = proxied
    context, page = _new_page(browser, SIZES["projector-1024x768"])
    try:
        _open(page, base)
        _record_connection(page)
        proxy.drop()  # the page's websocket breaks; it reconnects at once
        wait_until(page, "window.__connection.includes('connecting') && "
                   "window.jupyterapp.widgetManager.kernel.connectionStatus === 'connected'", timeout=30_000)
        type_text(page, _box(page), GOAL)
        expect(_status(page, "specific")).to_contain_text("in orde", timeout=10_000)  # still working
        page.wait_for_timeout(4_000)
        expect(page.get_by_role("alert").filter(has_text=NOTICE)).to_have_count(0)
        assert _state(page) == "ok"
        expect(_box(page)).to_be_editable()
    finally:
        context.close()


def test_a_longer_break_says_so_quietly_and_recovers(browser, proxied):
    base, proxy = proxied
    context, page = _new_page(browser, SIZES["phone-390x844"])
    try:
        _open(page, base)
        reach(page, _box(page))
        proxy.drop(hold=6.0)  # no connection for six seconds
        waiting = page.get_by_role("status").filter(has_text="De verbinding met de werkmap is even weg")
        expect(waiting).to_be_visible(timeout=10_000)
        expect(waiting).to_be_in_viewport(ratio=1)
        assert page.evaluate("document.body.classList.contains('hgw-offline')")  # outputs greyed out
        expect(page.get_by_role("status").filter(has_text="De verbinding is hersteld")).to_be_visible(timeout=60_000)
        assert _state(page) == "ok"
        assert not page.evaluate("document.body.classList.contains('hgw-offline')")
        expect(page.get_by_role("alert").filter(has_text=NOTICE)).to_have_count(0)
        type_text(page, _box(page), GOAL)
        expect(_status(page, "specific")).to_contain_text("in orde", timeout=10_000)
    finally:
        context.close()


def test_after_a_sleeping_laptop_the_page_says_its_kernel_is_gone(browser, server, proxied):
    """The connection broke while the laptop slept, and meanwhile the server shut the kernel down."""
    base, proxy = proxied
    context, page = _new_page(browser, SIZES["desk-1366x768"])
    try:
        _open(page, base)
        proxy.drop(hold=3.0)
        _shut_down(server[0], _kernel_id(page))
        notice = _notice(page)
        expect(notice).to_be_visible(timeout=20_000)  # without typing anything
        expect(notice).to_be_in_viewport(ratio=1)
        expect(_box(page)).not_to_be_editable()
    finally:
        context.close()


@pytest.fixture(scope="module")
def room_url(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("room-connection") / "voila.log"
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    cmd = room_command(port=port, ip="127.0.0.1", token=TOKEN, plan=PoolPlan(sizes=(), default=0, notebooks=notebooks))
    with running_server(cmd, port=port, log_path=log_path, ready_path="/login") as (base, _proc):
        yield base


def test_in_room_mode_the_page_notices_its_kernel_is_gone(browser, room_url):
    """Behind the room's login the page may still ask the server about its kernel."""
    context, page = _new_page(browser, SIZES["projector-1024x768"])
    try:
        _open(page, room_url, query=f"?token={TOKEN}")
        type_text(page, _box(page), GOAL)
        expect(_status(page, "specific")).to_contain_text("in orde", timeout=10_000)
        page.wait_for_timeout(4_000)
        assert _state(page) == "ok"

        cookies = "; ".join(f"{c['name']}={c['value']}" for c in context.cookies())
        _shut_down(room_url, _kernel_id(page), token=TOKEN, cookies=cookies)  # as the page's own participant
        type_text(page, _box(page), "doe normaal")
        expect(_notice(page)).to_be_visible(timeout=15_000)
        expect(_notice(page)).to_be_in_viewport(ratio=1)
    finally:
        context.close()
