"""Chapter 3 in Voilà, in Chromium: build a card, download it, reload, continue from a file."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest
from playwright.sync_api import expect

from tests.e2e.person import click, type_text

from hgw_widgets.domain.goal_card import GoalCard
from hgw_widgets.domain.goals import Goal
from hgw_widgets.export.cards import card_to_dict
from hgw_widgets.export.jsonio import dump_work

CHAPTER = "03-doelenkaart-en-feedback"
BUILDER = ".hgw-goal-card-builder"
NEW_GOAL = "Ik zeg de mentor gedag als ik het lokaal uitga 😀 <b>vet</b>"
TIMEOUT = 20_000


def _open(page, open_chapter):
    open_chapter(page, CHAPTER, wait_for=f"{BUILDER} .hgw-download-button")
    # the browser store has reported once the first autosave can happen; give the card a change
    return page.locator(BUILDER)


def _add_goal(builder, text: str) -> None:
    type_text(builder.page, builder.locator(".hgw-card-goal-text textarea"), text)
    click(builder.page, builder.get_by_role("button", name="Op de kaart zetten"))
    expect(builder.locator(".hgw-card-goals")).to_contain_text(text, timeout=TIMEOUT)
    expect(builder.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser", timeout=TIMEOUT)


def _upload(page, builder, path) -> None:
    # ipywidgets' FileUpload opens a file chooser from a detached <input type=file>
    with page.expect_file_chooser(timeout=TIMEOUT) as chooser:
        click(page, builder.locator(".hgw-upload"))
    chooser.value.set_files(str(path))


def _download(page, builder, label: str):
    with page.expect_download(timeout=TIMEOUT) as info:
        click(page, builder.locator(".hgw-download-button", has_text=label))
    download = info.value
    return download.suggested_filename, download.path().read_bytes()


def test_build_a_card_and_download_json_and_word(page, open_chapter, assert_no_error_output):
    builder = _open(page, open_chapter)
    expect(builder.locator(".hgw-card-goals")).to_contain_text("Ik hang mijn jas aan de kapstok")
    _add_goal(builder, NEW_GOAL)
    # hostile text is shown as text, in the list and in the print preview
    assert builder.locator(".hgw-card-goals b").count() == 0
    preview = page.frame_locator(f"{BUILDER} iframe.hgw-print-preview")
    expect(preview.get_by_text(NEW_GOAL, exact=True)).to_be_visible(timeout=TIMEOUT)

    name, data = _download(page, builder, "Downloaden (JSON)")
    assert name == "doelenkaart-Jordi.json"
    saved = json.loads(data.decode("utf-8"))
    assert saved["format"] == "hgw-werkmap" and saved["kind"] == "goal_card" and saved["schema_version"] == 1
    assert [g["text"] for g in saved["data"]["goals"]][-1] == NEW_GOAL
    assert saved["data"]["student"] == "Jordi"

    name, data = _download(page, builder, "Downloaden (Word)")
    assert name == "doelenkaart-Jordi.docx"
    word = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Doelenkaart van Jordi" in text and NEW_GOAL in text
    assert "Ik hang mijn jas aan de kapstok achter in het lokaal." in text
    assert_no_error_output(page)


def test_reload_finds_the_draft_and_clear_removes_it(page, open_chapter, assert_no_error_output):
    builder = _open(page, open_chapter)
    _add_goal(builder, NEW_GOAL)
    page.reload()
    builder = page.locator(BUILDER)
    expect(builder.locator(".hgw-card-goals")).to_contain_text(NEW_GOAL, timeout=60_000)
    expect(builder.locator(".hgw-work-message")).to_contain_text("vorige bezoek")

    click(page, builder.get_by_role("button", name="Wis mijn gegevens"))
    expect(builder.locator(".hgw-clear-confirm")).to_contain_text("Weet je het zeker?")
    click(page, builder.get_by_role("button", name="Ja, wis alles"))
    expect(builder.locator(".hgw-card-goals")).not_to_contain_text(NEW_GOAL, timeout=TIMEOUT)
    expect(builder.locator(".hgw-work-message")).to_contain_text("gewist")
    page.reload()
    builder = page.locator(BUILDER)
    expect(builder.locator(".hgw-card-goals")).to_contain_text("Ik hang mijn jas", timeout=60_000)
    expect(builder.locator(".hgw-card-goals")).not_to_contain_text(NEW_GOAL)
    assert_no_error_output(page)


def test_upload_a_saved_card_into_a_fresh_page(page, open_chapter, tmp_path, assert_no_error_output):
    card = GoalCard(student="Zoë", class_name="2C", goals=(Goal("Ik lees elke les tien minuten in mijn boek."),))
    good = tmp_path / "doelenkaart-Zoe.json"
    good.write_bytes(dump_work("goal_card", card_to_dict(card)))
    newer = tmp_path / "nieuwer.json"
    newer.write_bytes(dump_work("goal_card", card_to_dict(card), schema_version=99))

    builder = _open(page, open_chapter)
    _upload(page, builder, newer)
    expect(builder.locator(".hgw-work-message")).to_contain_text("nieuwere versie", timeout=TIMEOUT)
    expect(builder.locator(".hgw-card-goals")).to_contain_text("Ik hang mijn jas")  # current work stays

    _upload(page, builder, good)
    expect(builder.locator(".hgw-card-goals")).to_contain_text("Ik lees elke les tien minuten", timeout=TIMEOUT)
    expect(builder.locator(".hgw-card-goals")).not_to_contain_text("Ik hang mijn jas")
    expect(builder.locator(".hgw-card-student input")).to_have_value("Zoë")
    expect(builder.locator(".hgw-work-message")).to_contain_text("staat weer klaar")
    assert_no_error_output(page)


@pytest.mark.parametrize("label", ["Downloaden (HTML om te printen)", "Downloaden (Markdown)"])
def test_print_and_markdown_downloads(page, open_chapter, label):
    builder = _open(page, open_chapter)
    name, data = _download(page, builder, label)
    text = data.decode("utf-8")
    assert re.fullmatch(r"doelenkaart-Jordi\.(html|md)", name)
    assert "Doelenkaart van Jordi" in text and "Ik ga op mijn stoel zitten" in text
    if name.endswith(".html"):
        assert "@page { size: A4" in text and "<script" not in text


def test_feedback_follows_the_card_in_the_browser(page, open_chapter, assert_no_error_output):
    """Issue 13: rename the student on the card; the feedback sentences two cells further follow."""
    builder = _open(page, open_chapter)
    student = builder.locator(".hgw-card-student input")
    student.fill("Sam")
    student.press("Tab")
    helper = page.locator(".hgw-feedback-helper")
    helper.scroll_into_view_if_needed()
    expect(helper.locator(".hgw-feedback-well textarea").first).to_have_value(
        re.compile(r"^Sam, dat zag ik vandaag: je groet de mentor bij binnenkomst\. "), timeout=TIMEOUT)
    better = helper.locator(".hgw-feedback-better textarea").first
    expect(better).to_have_value(re.compile(r"^Sam, \[noem eerst wat al lukte"), timeout=TIMEOUT)
    assert "de mentor groet terug" not in helper.locator(".hgw-feedback-well textarea").first.input_value()
    assert_no_error_output(page)


def test_goals_from_chapter_02_make_a_card_for_my_own_student(page, open_chapter, assert_no_error_output):
    """Newcomer round (issue 12): a mentor's goals for Daan were put after Jordi's seven example goals,
    and the printed card read "Daan" above Jordi's goals."""
    open_chapter(page, "02-doelgericht-werken", wait_for=".hgw-goal-drafter .hgw-work-bar")
    drafter = page.locator(".hgw-goal-drafter")
    mine = "Over drie weken komt Daan elke ochtend voor half negen binnen."
    type_text(page, drafter.locator(".hgw-goal-text textarea"), mine)
    click(page, drafter.get_by_role("button", name="Toevoegen"))
    expect(drafter.locator(".hgw-goal-list")).to_contain_text(mine, timeout=TIMEOUT)
    expect(drafter.locator(".hgw-work-status")).to_contain_text("Bewaard in deze browser", timeout=TIMEOUT)

    builder = _open(page, open_chapter)
    offer = builder.locator(".hgw-card-incoming")
    expect(offer).to_contain_text("in de plaats van de voorbeelddoelen van Jordi", timeout=TIMEOUT)
    click(page, offer.get_by_role("button", name="hoofdstuk 2"))
    goals = builder.locator(".hgw-card-goals")
    expect(goals).to_contain_text(mine, timeout=TIMEOUT)
    expect(goals).not_to_contain_text("Ik hang mijn jas aan de kapstok")
    expect(builder).to_contain_text("vul hierboven de naam en klas van jouw leerling in")
    preview = page.frame_locator(f"{BUILDER} iframe.hgw-print-preview")
    expect(preview.get_by_text(mine, exact=True)).to_be_visible(timeout=TIMEOUT)
    expect(preview.get_by_text("Ik hang mijn jas aan de kapstok")).to_have_count(0)
