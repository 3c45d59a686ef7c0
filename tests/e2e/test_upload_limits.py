"""A grade file that is too big gets a Dutch message, and the next upload still works (issue 12).

Before: a file of 10 MiB or more closed the page's connection to the kernel (the server's websocket
limit equalled the workbook's own limit), no message appeared and later uploads did nothing until a
reload. Now the page sends only the name and size of a file above the workbook's largest limit
(``hgw-upload.js``), and the server carries a file of the accepted size (``voila.json``, room mode).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from hgw_widgets.domain.grades import MAX_BYTES
from hgw_widgets.server.room import WEBSOCKET_MAX_MESSAGE_BYTES, PoolPlan
from hgw_widgets.server.serve import NOTEBOOKS, room_command
from hgw_widgets.server.testing import free_port, running_server
from tests.e2e.person import click

CHAPTER = "05-klassenoverzicht-en-klassendoelen"
MiB = 1024 * 1024
SMALL = "Naam;Klas;Wiskunde;Engels\nAnna de Vries;2B;4,5;7\nBram Bakker;2B;6;8\nStéphanie Dubois;2B;5,5;4\n"
SUBJECTS = ("Wiskunde", "Engels", "Nederlands", "Biologie", "Geschiedenis", "Aardrijkskunde", "Frans", "Duits")
TOKEN = "zaal-upload-test-4k9"
TIMEOUT_MS = 60_000


def _grade_file(path, size: int):
    """A valid grade CSV of exactly ``size`` bytes (one row per student)."""
    header = "Naam;Klas;" + ";".join(SUBJECTS) + "\n"
    rows, total, i = [header], len(header), 0
    while True:
        row = f"Leerling {i:06d};2B;" + ";".join("6,5" for _ in SUBJECTS) + "\n"
        if total + len(row) > size:
            break
        rows.append(row)
        total += len(row)
        i += 1
    rows[-1] = rows[-1][:-1] + " " * (size - total) + "\n"  # pad the last name's row to the exact size
    path.write_text("".join(rows), encoding="utf-8")
    assert path.stat().st_size == size
    return path


def _desk(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
    return context, context.new_page()


def _own_overview(page, url):
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_selector(".hgw-grade-upload", state="visible", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=30_000)
    return page.locator(".hgw-class-overview").nth(1)  # "Je eigen klas": starts empty


def _choose(page, scope, path) -> None:
    """Press the upload button the way a person does (wheel, then mouse), pick ``path`` in the dialog."""
    with page.expect_file_chooser() as chooser:
        click(page, scope.locator(".hgw-grade-upload"))
    chooser.value.set_files(str(path))


@pytest.mark.parametrize(
    "size", [11 * MiB, 3 * WEBSOCKET_MAX_MESSAGE_BYTES], ids=["11MB", "far-above-the-servers-limit"])
def test_a_grade_file_too_big_gets_a_dutch_message_and_the_next_file_loads(browser, voila_url, tmp_path, size):
    big = _grade_file(tmp_path / "cijfers-hele-school.csv", size)
    small = tmp_path / "cijfers-2b.csv"
    small.write_bytes(SMALL.encode("cp1252"))
    context, page = _desk(browser)
    try:
        own = _own_overview(page, f"{voila_url}/voila/render/{CHAPTER}.ipynb")
        _choose(page, own, big)
        megabytes = f"{size / MiB:.1f}".replace(".", ",")
        message = own.locator(".hgw-message").first
        expect(message).to_contain_text(f"Dit bestand is te groot ({megabytes} MB; de grens is 10 MB)", timeout=30_000)
        expect(message.locator(".hgw-notice-error")).to_be_visible()

        _choose(page, own, small)
        expect(message).to_contain_text("3 leerlingen en 2 vakken", timeout=30_000)
        expect(own.locator(".hgw-class-summary tr[data-subject='Wiskunde']")).to_be_visible()
    finally:
        context.close()


def test_every_upload_is_guarded_also_a_saved_work_file(browser, voila_url, tmp_path):
    """The guard is generic: chapter 01's "Verder werken vanuit een bestand" (WorkBar) too."""
    big = tmp_path / "werk.json"
    big.write_bytes(b" " * (3 * WEBSOCKET_MAX_MESSAGE_BYTES))
    wrong = tmp_path / "notities.json"
    wrong.write_bytes(b"geen json")
    context, page = _desk(browser)
    try:
        page.goto(f"{voila_url}/voila/render/01-uitgangspunten.ipynb", timeout=TIMEOUT_MS)
        page.wait_for_selector(".hgw-upload", state="visible", timeout=TIMEOUT_MS)
        page.wait_for_load_state("networkidle", timeout=30_000)
        bar = page.locator(".hgw-work-bar").first
        message = bar.locator(".hgw-work-message")
        for path, expected in ((big, "Dit bestand is te groot"), (wrong, "geen opgeslagen werkbestand")):
            with page.expect_file_chooser() as chooser:
                click(page, bar.locator(".hgw-upload"))
            chooser.value.set_files(str(path))
            expect(message).to_contain_text(expected, timeout=30_000)
    finally:
        context.close()


@pytest.fixture(scope="module")
def room_url(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("room-upload") / "voila.log"
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    cmd = room_command(port=port, ip="127.0.0.1", token=TOKEN, plan=PoolPlan(sizes=(), default=0, notebooks=notebooks))
    with running_server(cmd, port=port, log_path=log_path, ready_path="/login") as (base, _proc):
        yield base


@pytest.mark.parametrize("mode", ["serve", "room"])
def test_a_grade_file_at_the_limit_reaches_the_workbook(browser, request, tmp_path, mode):
    """A file of the largest accepted size is read by the kernel, which answers (Tornado's 10 MiB dropped it)."""
    url = (f"{request.getfixturevalue('voila_url')}/voila/render/{CHAPTER}.ipynb" if mode == "serve"
           else f"{request.getfixturevalue('room_url')}/voila/render/{CHAPTER}.ipynb?token={TOKEN}")
    at_limit = _grade_file(tmp_path / "cijfers-groot.csv", MAX_BYTES)
    context, page = _desk(browser)
    try:
        own = _own_overview(page, url)
        _choose(page, own, at_limit)
        # ~160,000 students: read, then refused for the overview (at most 500), in Dutch
        expect(own.locator(".hgw-message").first).to_contain_text("leerlingen", timeout=60_000)
        expect(own.locator(".hgw-message").first).not_to_contain_text("te groot")
    finally:
        context.close()
