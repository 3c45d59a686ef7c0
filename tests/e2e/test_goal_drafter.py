"""The chapter "Doelgericht werken" in Voilà, in Chromium: the issue's walk-through."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.person import click, type_text

CHAPTER = "02-doelgericht-werken"


def _status(page, criterion: str):
    return page.locator(f".hgw-smarti tr[data-criterion='{criterion}'] .hgw-status").first


def test_drafter_feedback_while_typing_and_add(page, open_chapter, assert_no_error_output):
    open_chapter(page, CHAPTER, wait_for=".hgw-goal-text textarea")
    # the case is told, in Dutch, and no code is visible
    expect(page.get_by_text("Maandagochtend, 8.25 uur")).to_be_visible()
    assert "from hgw_widgets" not in page.content()

    box = page.locator(".hgw-goal-text textarea")
    type_text(page, box, "doe normaal")
    expect(_status(page, "specific")).to_contain_text("nog niet", timeout=10_000)
    expect(_status(page, "measurable")).to_contain_text("nog niet")

    type_text(page, box, "Over drie weken groet Jordi de mentor bij elke binnenkomst")
    for criterion in ("specific", "measurable", "time_bound", "positive"):
        expect(_status(page, criterion)).to_contain_text("in orde", timeout=10_000)
    for criterion in ("acceptable", "realistic", "inspiring"):
        expect(_status(page, criterion)).to_contain_text("jouw oordeel")

    click(page, page.get_by_role("checkbox", name=re.compile("Acceptabel")))
    click(page, page.get_by_role("button", name="Toevoegen"))
    item = page.locator(".hgw-goal-list .hgw-goal-item")
    expect(item).to_have_count(1, timeout=10_000)
    expect(item.first).to_contain_text("Over drie weken groet Jordi de mentor bij elke binnenkomst")
    expect(box).to_have_value("")
    assert_no_error_output(page)


def test_hostile_text_is_shown_as_text(page, open_chapter, assert_no_error_output):
    open_chapter(page, CHAPTER, wait_for=".hgw-goal-text textarea")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    box = page.locator(".hgw-goal-text textarea")
    hostile = "<img src=x onerror=alert(1)> <script>alert(2)</script> Jordi groet 😀"
    type_text(page, box, hostile)
    click(page, page.get_by_role("button", name="Toevoegen"))
    item = page.locator(".hgw-goal-list .hgw-goal-item")
    expect(item).to_have_count(1, timeout=10_000)
    expect(item.first).to_contain_text("<script>alert(2)</script>")
    assert page.locator(".hgw-goal-list img").count() == 0
    assert dialogs == []
    # empty text: a hint, nothing added
    type_text(page, box, "   ")
    click(page, page.get_by_role("button", name="Toevoegen"))
    expect(page.locator(".hgw-message")).to_contain_text("Schrijf eerst een doel", timeout=10_000)
    expect(item).to_have_count(1)
    assert_no_error_output(page)


def test_solution_is_folded_until_asked(page, open_chapter):
    open_chapter(page, CHAPTER, wait_for=".hgw-reveal")
    expect(page.get_by_text("Ik hang mijn jas aan de kapstok achter in het lokaal.")).to_have_count(0)
    click(page, page.get_by_role("button", name=re.compile("Toon de doelenkaart")))
    expect(page.get_by_text("Ik hang mijn jas aan de kapstok achter in het lokaal.")).to_be_visible(timeout=10_000)
