"""The trainer's guide (issue 16) in Voilà: reached from the start page, no error, handouts download."""

from __future__ import annotations

import io
import re
import zipfile

from playwright.sync_api import expect

from tests.e2e.person import click, reach

TIMEOUT = 60_000


def _download(page, label: str):
    with page.expect_download(timeout=TIMEOUT) as info:
        click(page, page.locator(".hgw-download-button", has_text=label))
    download = info.value
    return download.suggested_filename, download.path().read_bytes()


def test_the_start_page_leads_to_the_guide_which_renders_and_hands_out_sheets(page, open_chapter, assert_no_error_output):
    page.set_viewport_size({"width": 1024, "height": 768})
    open_chapter(page, "00-start", wait_for=".hgw-chapter-nav")
    click(page, page.get_by_role("link", name="trainershandleiding").first)
    page.wait_for_url(re.compile(r"/trainershandleiding\.ipynb"), timeout=TIMEOUT)
    page.wait_for_selector(".hgw-chapter-nav nav", state="attached", timeout=TIMEOUT)
    page.wait_for_load_state("networkidle", timeout=30_000)
    expect(page).to_have_title(re.compile("Trainershandleiding"))
    assert_no_error_output(page)

    # the room set-up names the address the command prints, and warns against 127.0.0.1
    setup = page.get_by_role("heading", name=re.compile("De zaal klaarzetten"))
    reach(page, setup)
    expect(page.locator("#rendered_cells")).to_contain_text("Deelnemers openen")
    expect(page.locator("#rendered_cells")).to_contain_text("Niet 127.0.0.1")
    # the four programmes and the answer key of chapter 03, exercise 1
    expect(page.locator(".hgw-guide-programme")).to_have_count(4)
    key = page.locator(".hgw-guide-key", has_text="De belofte positief")
    reach(page, key)

    name, data = _download(page, "SMARTI-kaart: een doel dat werkt (Word)")
    assert name == "smarti-kaart.docx"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "Tijdgebonden" in z.read("word/document.xml").decode("utf-8")
    name, data = _download(page, "Geen welles-nietes: tips voor het gesprek met ouders (HTML, om te printen)")
    assert name == "geen-welles-nietes.html"
    assert "concrete, recente voorbeelden" in data.decode("utf-8")

    # and back to the start page
    click(page, page.locator(".hgw-nav-start"))
    page.wait_for_url(re.compile(r"/00-start\.ipynb"), timeout=TIMEOUT)


def test_the_handouts_stay_in_the_projector_view(page, open_chapter):
    # newcomer round: the projector view hid the eight hand-out buttons while the text above them says
    # "download ze als Word-bestand"
    page.set_viewport_size({"width": 1024, "height": 768})
    open_chapter(page, "trainershandleiding", wait_for=".hgw-handouts")
    page.wait_for_load_state("networkidle", timeout=30_000)
    page.get_by_role("button", name="Projectorweergave").click()
    page.wait_for_function("document.body.classList.contains('hgw-projector')")
    buttons = page.locator(".hgw-handouts .hgw-download-button")
    expect(buttons).to_have_count(8)
    for i in range(8):
        expect(buttons.nth(i)).to_be_visible()
    button = reach(page, buttons.first)
    assert float(button.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 24
    box = button.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 1024
    page.screenshot(path="/tmp/w16c_guide_proj.png")
    name, data = _download(page, "SMARTI-kaart: een doel dat werkt (Word)")
    assert name == "smarti-kaart.docx" and data[:2] == b"PK"
