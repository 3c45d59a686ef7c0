"""The workbook under JupyterHub (``deploy/jupyterhub/jupyterhub_config.py``): three participants, each their own.

A local hub on 127.0.0.1 (SharedPasswordAuthenticator with the shared password from ``HGW_HUB_PASSWORD``,
SimpleLocalProcessSpawner, configurable-http-proxy from npm in ``deploy/jupyterhub/node_modules``).
Three people log in with Chromium, each in their own browser, land on the start page in Voilà, type
a goal in chapter 02 and see the SMARTI feedback. Nobody sees another's work: not by opening the
other's address, and not on a shared computer after the other logged out (chapter 03 offers the goals
drafted in chapter 02 of the same person only).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from hgw_widgets.server.testing import free_port, running_server
from tests.e2e.person import click, type_text

REPO = Path(__file__).resolve().parents[2]
HUB = REPO / "deploy" / "jupyterhub"
PROXY = HUB / "node_modules" / ".bin" / "configurable-http-proxy"
PASSWORD = "training-2026-zaal"
USERS = ("anna", "bram", "chris")
TIMEOUT = 120_000
pytestmark = pytest.mark.hub


def _jupyterhub() -> str | None:
    found = Path(sys.executable).with_name("jupyterhub")
    return str(found) if found.is_file() else shutil.which("jupyterhub")


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    """Base URL of a local JupyterHub started with the shipped configuration."""
    missing = [what for what, ok in (("jupyterhub (pip install -e '.[hub]')", _jupyterhub()),
                                      ("configurable-http-proxy (npm ci --prefix deploy/jupyterhub)", PROXY.is_file()))
               if not ok]
    if missing:
        if os.environ.get("CI"):
            pytest.fail("CI must run the JupyterHub test; missing: " + ", ".join(missing))
        pytest.skip("missing: " + ", ".join(missing))
    state = tmp_path_factory.mktemp("hub")
    port = free_port()
    cmd = [_jupyterhub(), "-f", str(HUB / "jupyterhub_config.py"), "--ip", "127.0.0.1", "--port", str(port),
           f"--JupyterHub.hub_port={free_port()}", f"--ConfigurableHTTPProxy.api_url=http://127.0.0.1:{free_port()}"]
    with running_server(cmd, port=port, log_path=state / "hub.log", ready_path="/hub/login", cwd=state,
                        env_extra={"HGW_HUB_PASSWORD": PASSWORD}) as (base, _proc):
        yield base


def _log_in(page, hub: str, user: str) -> None:
    page.goto(f"{hub}/hub/login", timeout=TIMEOUT)
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill(PASSWORD)
    page.locator("#login_submit").click()
    expect(page).to_have_url(re.compile(rf"/user/{user}/voila/render/00-start\.ipynb"), timeout=TIMEOUT)
    expect(page.get_by_text("Doelgericht werken").first).to_be_visible(timeout=TIMEOUT)  # the chapter list


def _draft_goal(page, hub: str, user: str, goal: str) -> None:
    page.goto(f"{hub}/user/{user}/voila/render/02-doelgericht-werken.ipynb", timeout=TIMEOUT)
    box = page.locator(".hgw-goal-text textarea")
    box.wait_for(state="visible", timeout=TIMEOUT)
    type_text(page, box, goal)
    status = page.locator(".hgw-smarti tr[data-criterion='time_bound'] .hgw-status").first
    expect(status).to_contain_text("in orde", timeout=20_000)  # the SMARTI feedback of this user's kernel
    click(page, page.get_by_role("button", name="Toevoegen"))
    expect(page.locator(".hgw-goal-list .hgw-goal-item")).to_have_count(1, timeout=20_000)


def _goal(user: str) -> str:
    return f"Over drie weken groet Jordi mentor {user} bij elke binnenkomst"


def test_three_participants_each_work_in_their_own_server(hub, browser):
    contexts = [browser.new_context(locale="nl-NL", viewport={"width": 1366, "height": 768}) for _ in USERS]
    try:
        pages = {user: context.new_page() for user, context in zip(USERS, contexts)}
        for user, page in pages.items():
            _log_in(page, hub, user)
        for user, page in pages.items():
            _draft_goal(page, hub, user, _goal(user))
        for user, page in pages.items():
            page.reload(timeout=TIMEOUT)  # the page comes back with this user's goal, and only that one
            items = page.locator(".hgw-goal-list .hgw-goal-item")
            expect(items).to_have_count(1, timeout=TIMEOUT)
            expect(items.first).to_contain_text(_goal(user))
            for other in USERS:
                if other != user:
                    assert _goal(other) not in page.inner_text("body")
        # another participant's address: refused, nothing of theirs shown
        response = pages["bram"].goto(f"{hub}/user/anna/voila/render/02-doelgericht-werken.ipynb", timeout=TIMEOUT)
        assert response.status == 403
        assert _goal("anna") not in pages["bram"].content()
        expect(pages["bram"].get_by_text("Deze pagina hoort bij iemand anders")).to_be_visible()  # in Dutch
        # the address of someone who never logged in: JupyterHub's own 404 said "Jupyter has lots of moons"
        response = pages["bram"].goto(f"{hub}/user/nog-niemand/voila/render/02-doelgericht-werken.ipynb",
                                      timeout=TIMEOUT)
        assert response.status == 404
        body = pages["bram"].inner_text("body")
        assert "moons" not in body and "Deze pagina bestaat niet" in body
    finally:
        for context in contexts:
            context.close()


def test_the_hub_speaks_dutch_at_the_door(hub, page):
    """Newcomer round (issue 15): the hub's login, wrong-password and 403 pages were English."""
    page.goto(f"{hub}/hub/login", timeout=TIMEOUT)
    expect(page.get_by_role("heading", name="Inloggen bij de HGW-werkmap")).to_be_visible()
    page.get_by_label("Naam").fill("femke")
    page.get_by_label("Wachtwoord").fill("niet-het-goede-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("Die naam of dat wachtwoord klopt niet", timeout=TIMEOUT)
    assert "Sign in" not in page.inner_text("body")


def test_a_shared_computer_keeps_participants_apart(hub, browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1366, "height": 768})
    try:
        page = context.new_page()
        _log_in(page, hub, "dewi")
        _draft_goal(page, hub, "dewi", _goal("dewi"))
        chapter_03 = "/voila/render/03-doelenkaart-en-feedback.ipynb"
        page.goto(f"{hub}/user/dewi{chapter_03}", timeout=TIMEOUT)
        expect(page.locator(".hgw-card-incoming")).to_be_visible(timeout=TIMEOUT)  # dewi's own goal is offered
        page.goto(f"{hub}/hub/logout", timeout=TIMEOUT)
        _log_in(page, hub, "emre")  # the next person at the same computer and browser
        page.goto(f"{hub}/user/emre{chapter_03}", timeout=TIMEOUT)
        page.locator(".hgw-card-goal-text textarea, .hgw-card-goal-text input").first.wait_for(state="visible", timeout=TIMEOUT)
        page.wait_for_timeout(3000)  # time for the browser's stored copies to arrive in the kernel
        expect(page.locator(".hgw-card-incoming")).to_be_hidden()
        assert _goal("dewi") not in page.inner_text("body")
    finally:
        context.close()
