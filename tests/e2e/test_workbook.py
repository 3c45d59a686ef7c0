"""The workbook as a whole in Chromium: start page, every chapter, Dutch template, nothing external."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.e2e.person import choose, click, type_text

from hgw_widgets.domain.chapters import list_chapters

CHAPTERS = list_chapters()
LOCAL = ("127.0.0.1",)


def _record_requests(page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def _external(urls: list[str]) -> list[str]:
    out = []
    for url in urls:
        parsed = urlparse(url)
        if parsed.scheme in ("data", "blob", "about"):
            continue
        if parsed.hostname not in LOCAL:
            out.append(url)
    return out


def test_root_lands_on_the_start_page(page, voila_url):
    page.goto(voila_url + "/", timeout=60_000)
    page.wait_for_url(re.compile(r"/voila/render/00-start\.ipynb"), timeout=60_000)
    page.wait_for_selector(".hgw-start-page", state="visible", timeout=60_000)
    assert page.get_attribute("html", "lang") == "nl"
    assert page.title() == "Start · HGW-werkmap"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.slug for c in CHAPTERS])
def test_chapter_renders_in_dutch_without_errors_or_outside_requests(page, open_chapter, assert_no_error_output, chapter):
    urls = _record_requests(page)
    open_chapter(page, chapter.slug, wait_for=".hgw-chapter-nav, .hgw-start-page")
    page.wait_for_load_state("networkidle", timeout=30_000)
    assert page.get_attribute("html", "lang") == "nl"
    assert page.title() == f"{chapter.title} · HGW-werkmap"
    assert_no_error_output(page)
    assert urls, "no requests recorded"
    assert _external(urls) == [], "requests left 127.0.0.1"
    if not chapter.is_start:
        nav = page.locator(".hgw-chapter-nav nav")
        expect(nav.get_by_role("link", name="Startpagina")).to_have_attribute("href", "00-start.ipynb")


def test_start_page_links_reach_every_chapter(page, open_chapter):
    open_chapter(page, "00-start", wait_for=".hgw-start-page")
    links = page.locator(".hgw-start-title a")
    chapters = [c for c in list_chapters() if not c.is_start]  # now, not at collection: chapters may be added
    expect(links).to_have_count(len(chapters), timeout=30_000)
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs == [c.filename for c in chapters]
    # follow the first link as a visitor would, then back via the navigation
    click(page, links.first)
    page.wait_for_selector(".hgw-chapter-nav", state="visible", timeout=60_000)
    assert page.url.endswith(hrefs[0])
    click(page, page.get_by_role("link", name="Startpagina"))
    page.wait_for_selector(".hgw-start-page", state="visible", timeout=60_000)


def test_unknown_page_is_dutch(page, voila_url):
    response = page.goto(voila_url + "/voila/render/99-bestaat-niet.ipynb", timeout=60_000)
    assert response.status == 404
    expect(page.get_by_role("heading", name="Er ging iets mis")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("startpagina"))).to_have_attribute("href", "/voila/render/00-start.ipynb")


def test_chapter_4_work_survives_a_reload(page, open_chapter):
    open_chapter(page, "04-wisselwerking", wait_for=".hgw-chapter-nav")
    analysis = page.locator(".hgw-interaction")
    choose(page, analysis.get_by_label("Context"), "op deze school")
    click(page, analysis.get_by_label("belemmerend"))
    type_text(page, analysis.get_by_label("Factor", exact=True), "roosterwissel halverwege het jaar")
    click(page, analysis.get_by_role("button", name="Factor toevoegen"))
    expect(analysis.locator(".hgw-factor-overview")).to_contain_text("roosterwissel halverwege het jaar")
    expect(analysis.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser")
    observation = page.locator(".hgw-observation")
    type_text(page, observation.get_by_label("Wat biedt de docent hier al van?"), "stappen op het bord")
    click(page, observation.get_by_label("Wat heeft deze leerling nodig?"))  # leaving the field sends it
    expect(observation.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser")

    page.reload()
    page.wait_for_selector(".hgw-chapter-nav", state="visible", timeout=60_000)
    analysis = page.locator(".hgw-interaction")
    expect(analysis.locator(".hgw-factor-overview")).to_contain_text("roosterwissel halverwege het jaar", timeout=30_000)
    expect(analysis.locator(".hgw-factor-overview")).to_contain_text("belemmerend")
    expect(page.locator(".hgw-observation").get_by_label("Wat biedt de docent hier al van?")).to_have_value(
        "stappen op het bord", timeout=30_000
    )
    expect(page.get_by_text("Je werk van je vorige bezoek staat weer klaar.")).to_have_count(2)
