"""The trainer's wall in a room, as people use it (issue 16, "Done when").

A room server on 127.0.0.1 (``serve.room_command`` as ``hgw-werkmap room`` builds it, with a trainer
code). Two participants, each in their own browser context (their own login, their own kernels), one
at a desk (1366x768) and one on a phone (390x844), share a goal from chapter 02 and their
self-assessment from chapter 01: they reach "Deel met de trainer" with the mouse wheel and click it.
The trainer's page, opened with the trainer's code on a projector (1024x768), shows both goals and the
team's spread within 10 s; a participant's browser cannot open it nor read the wall; the download
holds what was shown. A third participant (1024x768) shares a welles-nietes reply in chapter 06 with
a double click: one share, grouped under its fragment.
"""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from hgw_widgets.server.room import PoolPlan
from hgw_widgets.server.serve import JOIN_URL_ENV, NOTEBOOKS, room_command
from hgw_widgets.server.testing import free_port, running_server
from tests.e2e.person import choose, click, reach, type_text, wait_until

TOKEN = "muurzaal-q7k3v9"
TRAINER_CODE = "trainer-m4x8p2w"
TIMEOUT_MS = 90_000
WALL_WITHIN_MS = 10_000
GOALS = ("Over zes weken maakt Kevin 8 van de 10 sommen zelfstandig goed.",
         "Binnen vier weken leest Mila elke les tien minuten hardop voor.")
NAME = "Team geel"
SHARED = "Het staat nu op het scherm van de trainer"
# participant 1 scores the first three principles 2, 3, 4; participant 2 gives 4, 3, 1
SCORES = (("2 · soms", "3 · meestal", "4 · vanzelfsprekend"), ("4 · vanzelfsprekend", "3 · meestal", "1 · nog niet"))


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("room-wall") / "voila.log"
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    cmd = room_command(port=port, ip="127.0.0.1", token=TOKEN, trainer=TRAINER_CODE,
                       plan=PoolPlan(sizes=(), default=0, notebooks=notebooks))
    base = f"http://127.0.0.1:{port}"
    with running_server(cmd, port=port, log_path=log_path, ready_path="/login",
                        env_extra={JOIN_URL_ENV: f"{base}/?token={TOKEN}"}) as (base, _proc):
        yield base


def _context(browser, width: int, height: int):
    phone = width < 500
    return browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL",
                               has_touch=phone, is_mobile=phone)


def _open(page, base: str, chapter: str, wait_for: str) -> None:
    page.goto(f"{base}/voila/render/{chapter}.ipynb?token={TOKEN}", timeout=TIMEOUT_MS)
    page.wait_for_selector(wait_for, state="visible", timeout=TIMEOUT_MS)
    wait_until(page, "window.jupyterapp?.widgetManager?.kernel?.connectionStatus === 'connected'", timeout=TIMEOUT_MS)


def _share(page, button) -> None:
    """Reach the button with the wheel, click it, and see the server's Dutch answer next to it."""
    click(page, button)
    answer = button.locator("xpath=..").locator(".hgw-share-answer")
    expect(answer).to_contain_text(SHARED, timeout=30_000)
    expect(answer).to_have_attribute("role", "status")


def _share_goal(page, base: str, goal: str, *, name: str = "") -> None:
    _open(page, base, "02-doelgericht-werken", ".hgw-goal-text textarea")
    type_text(page, page.locator(".hgw-goal-text textarea"), goal)
    page.wait_for_timeout(800)  # the SMARTI check follows the typing
    click(page, page.locator(".hgw-add-goal"))
    button = page.locator(".hgw-goal-list .hgw-share-button")
    expect(button).to_have_count(1, timeout=30_000)
    expect(button).to_have_accessible_name("Deel met de trainer: doel 1")
    if name:
        type_text(page, page.locator(".hgw-goal-drafter .hgw-share-name input"), name, leave=True)
    _share(page, button)


def _share_assessment(page, base: str, initials: str, scores: tuple[str, ...]) -> None:
    _open(page, base, "01-uitgangspunten", ".hgw-self-assessment .hgw-score select")
    form = page.locator(".hgw-self-assessment")
    type_text(page, form.locator(".widget-text input").first, initials, leave=True)
    for select, label in zip(form.locator(".hgw-score select").all(), scores):
        choose(page, select, label)
    click(page, form.locator(".hgw-add-assessment"))
    button = form.locator(".hgw-assessment-entries .hgw-share-button")
    expect(button).to_have_count(1, timeout=30_000)
    _share(page, button)


def test_two_participants_share_and_the_trainer_sees_it_within_ten_seconds(browser, room):
    desk, phone, projector = _context(browser, 1366, 768), _context(browser, 390, 844), _context(browser, 1024, 768)
    try:
        trainer = projector.new_page()
        trainer.goto(f"{room}/hgw/muur?code={TRAINER_CODE}", timeout=TIMEOUT_MS)
        expect(trainer.locator("#muur-doelen")).to_contain_text("Nog geen doelen gedeeld.", timeout=TIMEOUT_MS)

        first, second = desk.new_page(), phone.new_page()
        _share_goal(first, room, GOALS[0], name=NAME)
        _share_goal(second, room, GOALS[1])
        _share_assessment(first, room, "AB", SCORES[0])
        _share_assessment(second, room, "CD", SCORES[1])
        shared_at = time.monotonic()

        # the trainer's page (polling) shows both goals, the name only where it was typed, and the spread
        goals = trainer.locator("#muur-doelen")
        expect(goals).to_contain_text(GOALS[0], timeout=WALL_WITHIN_MS)
        expect(goals).to_contain_text(GOALS[1], timeout=WALL_WITHIN_MS)
        expect(goals).to_contain_text(NAME)
        expect(trainer.locator("#muur-spreiding-kop")).to_contain_text("2 ingevuld", timeout=WALL_WITHIN_MS)
        rows = trainer.locator("#muur-spreiding .spreiding-rij .spreiding-tekst")
        expect(rows.nth(0)).to_contain_text("2 tot 4", timeout=WALL_WITHIN_MS)  # goal_oriented: 2 and 4
        expect(rows.nth(0)).to_contain_text("2 keer")
        expect(rows.nth(2)).to_contain_text("1 tot 4")  # needs: 4 and 1
        expect(rows.nth(1)).to_contain_text("3 tot 3")
        assert time.monotonic() - shared_at < WALL_WITHIN_MS / 1000
        expect(trainer.locator("#muur-gedeeld")).to_contain_text("2 hebben iets gedeeld")

        # a participant (logged in with the participants' code) cannot open the trainer's page or read the wall
        refused = first.goto(f"{room}/hgw/muur", timeout=TIMEOUT_MS)
        assert refused.status == 403
        assert "trainer" in first.inner_text("body").lower()
        assert GOALS[0] not in first.content() and GOALS[1] not in first.content()
        for path in ("hgw/muur/stand", "hgw/muur/download.html", f"hgw/muur?code={TOKEN}"):
            answer = desk.request.get(f"{room}/{path}")
            assert answer.status == 403, path
            assert GOALS[1] not in answer.text(), path

        # the download holds what was shown
        download = projector.request.get(f"{room}/hgw/muur/download.html")
        assert download.ok
        page = download.text()
        for text in (*GOALS, NAME, "(2 ingevuld)"):
            assert text in page, text
    finally:
        for context in (desk, phone, projector):
            context.close()


def test_a_reply_is_shared_once_on_a_double_click_and_grouped_by_its_fragment(browser, room):
    participant, projector = _context(browser, 1024, 768), _context(browser, 1024, 768)
    try:
        page = participant.new_page()
        posts = []
        page.on("request", lambda r: posts.append(r.url) if r.method == "POST" and r.url.endswith("hgw/muur/deel") else None)
        _open(page, room, "06-oudergesprek-bij-zorgen", ".hgw-welles-nietes .hgw-ex-own textarea")
        reply = "Wat ziet u thuis als hij aan zijn huiswerk begint?"
        type_text(page, page.locator(".hgw-welles-nietes .hgw-ex-own textarea"), reply)
        page.wait_for_timeout(1000)  # the field sends its value after a pause in typing (hgw-keep-typing.js)
        button = page.locator(".hgw-welles-nietes .hgw-share-button")
        reach(page, button)
        box = button.bounding_box()
        assert box["height"] >= 44  # a finger can hit it
        page.mouse.dblclick(box["x"] + 20, box["y"] + box["height"] / 2)
        answer = page.locator(".hgw-welles-nietes .hgw-share-answer")
        expect(answer).to_contain_text(SHARED, timeout=30_000)
        page.wait_for_timeout(1500)
        assert len(posts) == 1, posts
        expect(page.locator(".hgw-welles-nietes .hgw-share-error")).to_be_empty()
        statement = page.locator(".hgw-welles-nietes .hgw-ex-statements p").nth(1).inner_text()

        trainer = projector.new_page()
        trainer.goto(f"{room}/hgw/muur?code={TRAINER_CODE}", timeout=TIMEOUT_MS)
        replies = trainer.locator("#muur-reacties")
        expect(replies).to_contain_text(reply, timeout=WALL_WITHIN_MS)
        expect(replies).to_contain_text(statement.split("“", 1)[-1].rstrip("”")[:40])
        assert page.locator(".hgw-welles-nietes .hgw-ex-own textarea").input_value() == reply  # nothing typed is lost
        click(page, page.locator(".hgw-welles-nietes .hgw-ex-next"))  # another fragment: the old answer goes
        expect(answer).to_be_empty(timeout=10_000)
    finally:
        participant.close()
        projector.close()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768), (390, 844)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_share_button_is_reached_with_the_wheel_and_nothing_is_shared_by_itself(browser, room, size):
    context = _context(browser, *size)
    try:
        page = context.new_page()
        posts = []
        page.on("request", lambda r: posts.append(r.url) if r.method == "POST" and "hgw/muur" in r.url else None)
        _open(page, room, "06-oudergesprek-bij-zorgen", ".hgw-welles-nietes .hgw-ex-own textarea")
        reach(page, page.locator(".hgw-welles-nietes .hgw-share-button"))
        _open(page, room, "02-doelgericht-werken", ".hgw-goal-text textarea")
        type_text(page, page.locator(".hgw-goal-text textarea"), GOALS[0])
        click(page, page.locator(".hgw-add-goal"))
        reach(page, page.locator(".hgw-goal-list .hgw-share-button"))
        _open(page, room, "01-uitgangspunten", ".hgw-self-assessment .hgw-score select")
        form = page.locator(".hgw-self-assessment")
        type_text(page, form.locator(".widget-text input").first, "EF", leave=True)
        choose(page, form.locator(".hgw-score select").first, SCORES[0][0])
        click(page, form.locator(".hgw-add-assessment"))
        button = reach(page, form.locator(".hgw-assessment-entries .hgw-share-button"))
        box = button.bounding_box()
        assert box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= size[0]
        form.locator(".hgw-assessment-entries .hgw-remove-assessment").focus()
        page.keyboard.press("Tab")  # keyboard reachable: the next stop after "Verwijderen"
        assert page.evaluate("document.activeElement.classList.contains('hgw-share-button')")
        assert posts == []  # nothing is shared until a participant presses the button
    finally:
        context.close()


def test_a_name_typed_just_before_the_click_goes_whole_and_a_second_click_is_not_refused(browser, room):
    # newcomer round: "Marieke" typed and "Deel met de trainer" clicked at once put "M" on the wall (the
    # browser held back the name field's changes while the kernel was busy); a second click 0.3 s later
    # said "Even geduld ..." in red although the first share had arrived (chapter 06 said "al gedeeld").
    participant, projector = _context(browser, 1366, 768), _context(browser, 1024, 768)
    try:
        page = participant.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        _open(page, room, "01-uitgangspunten", ".hgw-self-assessment .hgw-score select")
        form = page.locator(".hgw-self-assessment")
        type_text(page, form.locator(".widget-text input").first, "MJ", leave=True)
        choose(page, form.locator(".hgw-score select").first, SCORES[0][1])
        click(page, form.locator(".hgw-add-assessment"))
        button = form.locator(".hgw-assessment-entries .hgw-share-button")
        expect(button).to_have_count(1, timeout=30_000)
        name = form.locator(".hgw-share-name input")
        reach(page, button)
        reach(page, name)
        box = button.bounding_box()
        assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= 768  # both on screen
        name.click()
        page.keyboard.type("Marieke")  # key by key, as a person types, and then straight to the button
        page.mouse.click(box["x"] + 20, box["y"] + box["height"] / 2)
        answer = form.locator(".hgw-assessment-entries .hgw-share-answer")
        expect(answer).to_contain_text("„Marieke”", timeout=30_000)  # the server's answer names what it got
        page.wait_for_timeout(300)
        page.mouse.click(box["x"] + 20, box["y"] + box["height"] / 2)
        expect(answer).to_contain_text("Dit heb je net gedeeld", timeout=10_000)
        expect(form.locator(".hgw-assessment-entries .hgw-share-error")).to_be_empty()

        # two different goals shared one right after the other: both arrive, none refused
        _open(page, room, "02-doelgericht-werken", ".hgw-goal-text textarea")
        for goal in ("Binnen drie weken maakt Sem elke les zijn werk af.", "Over vijf weken leest Anna elke dag hardop voor."):
            type_text(page, page.locator(".hgw-goal-text textarea"), goal)
            click(page, page.locator(".hgw-add-goal"))
        buttons = page.locator(".hgw-goal-list .hgw-share-button")
        expect(buttons).to_have_count(2, timeout=30_000)
        click(page, buttons.nth(0))
        click(page, buttons.nth(1))
        answers = page.locator(".hgw-goal-list .hgw-share-answer")
        expect(answers.nth(0)).to_contain_text(SHARED, timeout=30_000)
        expect(answers.nth(1)).to_contain_text(SHARED, timeout=30_000)
        expect(page.locator(".hgw-goal-list .hgw-share-error").nth(1)).to_be_empty()

        trainer = projector.new_page()
        trainer.goto(f"{room}/hgw/muur?code={TRAINER_CODE}", timeout=TIMEOUT_MS)
        expect(trainer.locator("#muur-spreiding")).to_contain_text("Marieke", timeout=WALL_WITHIN_MS)
        expect(trainer.locator("#muur-doelen")).to_contain_text("Anna elke dag", timeout=WALL_WITHIN_MS)
        assert errors == []
    finally:
        participant.close()
        projector.close()
