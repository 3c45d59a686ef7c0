"""StrengthsOverview (seven areas, kept with a WorkBar) and WeMessageBuilder, without a browser."""

from __future__ import annotations

import json

import pytest

from hgw_widgets import StrengthsOverview, WeMessageBuilder
from hgw_widgets.domain.areas import AREAS
from hgw_widgets.domain.conversation import Concern
from hgw_widgets.domain.phrasing import StrengthsSheet
from tests.screen import click, fill, find, status, text_of, visitor_sets


def _positive(view, area):
    """The 'Wat gaat goed' field of one area (all seven have the same placeholder; the class names the area)."""
    return find(view, "textbox", css_class=f"hgw-strengths-positive-{area}")


def _concerns(view, area):
    return find(view, "textbox", css_class=f"hgw-strengths-concerns-{area}")


def _hints(view) -> str:
    return find(view, css_class="hgw-strengths-hints").value


def _result(builder) -> str:
    return find(builder, css_class="hgw-we-result").value


CONCERN, EXAMPLE = "Waar maakt de school zich zorgen over", "Concreet voorbeeld"


def test_overview_from_case_shows_kevins_strengths_and_missing_areas():
    view = StrengthsOverview.from_case("kevin", autosave=False)
    assert view.sheet.student == "Kevin"
    assert view.sheet.strengths and _positive(view, view.sheet.strengths[0].area).value
    assert "Nog niets positiefs bij" in _hints(view)
    assert "Cognitief functioneren" in _hints(view)


def test_typing_updates_the_sheet_and_hints():
    view = StrengthsOverview(autosave=False)
    assert "nog niets positiefs" in _hints(view)
    seen = []
    view.on_change(seen.append)
    for area in AREAS:
        _positive(view, area).value = f"goed in {area}\n\n goed in {area} "
    assert all(view.sheet.area_strengths(a) == (f"goed in {a}",) for a in AREAS)
    assert "Bij elk gebied staat iets positiefs" in _hints(view)
    _concerns(view, "learning").value = "zorg 1\nzorg 2"
    assert view.sheet.area_concerns("learning") == ("zorg 1", "zorg 2")
    assert seen and seen[-1] is view.sheet


def test_more_concerns_than_strengths_gives_a_hint():
    view = StrengthsOverview(autosave=False)
    _positive(view, "physical").value = "sterk bij gym"
    _concerns(view, "learning").value = "a\nb"
    assert "meer zorgen dan positieve punten" in _hints(view)


def test_hostile_text_is_escaped_and_cut():
    view = StrengthsOverview(autosave=False)
    fill(view, "textbox", "Leerling", "<b>x</b>")
    _positive(view, "creative").value = "<script>alert(1)</script>\n" + "y" * 5000
    text = view.sheet.area_strengths("creative")
    assert text[0] == "<script>alert(1)</script>" and len(text[1]) == 300
    html = view.work_bar.file_bytes("html").decode("utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_work_survives_a_reload_via_json():
    view = StrengthsOverview(autosave=False)
    fill(view, "textbox", "Leerling", "Sem")
    _positive(view, "interests").value = "sleutelt aan brommers"
    _concerns(view, "social_emotional").value = "ruzie in de pauze"
    saved = view.work_bar.file_bytes("json")
    assert json.loads(saved)["kind"] == "strengths"
    fresh = StrengthsOverview(autosave=False)
    assert fresh.work_bar.load_bytes(saved)
    assert fresh.sheet == view.sheet
    assert _positive(fresh, "interests").value == "sleutelt aan brommers"
    docx = view.work_bar.file_bytes("docx")
    assert docx[:2] == b"PK"
    assert "sleutelt aan brommers" in view.work_bar.file_bytes("md").decode("utf-8")


def test_a_wrong_upload_changes_nothing():
    view = StrengthsOverview(StrengthsSheet(student="Sem"), autosave=False)
    bad = json.dumps({"format": "hgw-werkmap", "kind": "strengths", "schema_version": 1,
                      "data": {"student": "X", "areas": {"music": {}}}}).encode()
    assert not view.work_bar.load_bytes(bad)
    assert view.sheet.student == "Sem"


# --- WeMessageBuilder ---------------------------------------------------------------


def test_builder_is_live_and_adds_the_example():
    b = WeMessageBuilder()
    assert b.message == "" and "Vul de zorg in" in _result(b)
    fill(b, "textbox", CONCERN, "Kevin vaak botst met klasgenoten")
    assert b.message == "Wij maken ons zorgen omdat Kevin vaak botst met klasgenoten."
    assert "concreet voorbeeld" in status(b)
    fill(b, "textbox", EXAMPLE, "dinsdag na Engels duwde hij twee jongens opzij op de trap")
    assert b.message.endswith("Een voorbeeld: dinsdag na Engels duwde hij twee jongens opzij op de trap.")
    assert status(b) == ""
    fill(b, "checkbox", "Als team", True)
    # issue 13: was startswith("... moeilijk om"), i.e. "om Kevin vaak botst", which is not Dutch
    assert b.message.startswith("Wij vinden het als team moeilijk dat Kevin vaak botst met klasgenoten.")
    fill(b, "combobox", "Gebied", "social_emotional")
    assert b.concern == Concern("Kevin vaak botst met klasgenoten",
                                "dinsdag na Engels duwde hij twee jongens opzij op de trap", "social_emotional")


@pytest.mark.parametrize(
    ("concern", "example", "shown"),
    [
        ("", "", "Vul de zorg in"),
        ("x" * 400, "", "te lang"),
        ("hij let niet op", "hij let altijd slecht op", "Maak het voorbeeld concreet"),
    ],
)
def test_builder_feedback(concern, example, shown):
    b = WeMessageBuilder()
    fill(b, "textbox", CONCERN, concern)
    fill(b, "textbox", EXAMPLE, example)
    assert shown in _result(b) + status(b)


def test_builder_escapes_and_from_case_leaves_the_example_to_the_learner():
    b = WeMessageBuilder.from_case("kevin")
    assert find(b, "textbox", CONCERN).value and find(b, "textbox", EXAMPLE).value == ""
    assert b.message.startswith("Wij maken ons zorgen omdat")
    fill(b, "textbox", CONCERN, "<img src=x onerror=alert(1)>")
    assert "<img" not in _result(b) and "&lt;img" in _result(b)
    fill(b, "combobox", "Gebied", "learning")
    visitor_sets(find(b, "combobox", "Gebied"), "hacked")
    fill(b, "textbox", CONCERN, "hij vergeet zijn boeken")
    assert b.concern is not None and b.concern.area is None


# --- SchoolAndHome (guideline 4) ------------------------------------------------------

from hgw_widgets import SchoolAndHome  # noqa: E402


def test_school_and_home_shows_both_sides_of_kevin():
    view = SchoolAndHome.from_case("kevin")
    assert view.school and view.home
    columns = find(view, css_class="hgw-school-home-columns").value
    assert "Wat de school ziet" in columns and "Wat thuis ziet" in columns
    assert "Kevin" in text_of(find(view, "html", "School en thuis naast elkaar"))


@pytest.mark.parametrize(
    ("side", "text", "added", "shown"),
    [
        ("home", "Gisteren hielp hij zijn zusje met rekenen.", True, "Toegevoegd."),
        ("school", "In de pauze liep hij weg toen iemand lachte.", True, "Toegevoegd."),
        ("school", "Hij is altijd druk.", False, "Maak het concreet"),
        ("home", "   ", False, "Schrijf eerst een voorbeeld."),
        ("school", "vorige week " + "x" * 1300, False, "te lang"),
        ("hacked", "Vanochtend in de les <b>riep</b> hij.", True, "Toegevoegd."),
    ],
)
def test_school_and_home_adds_only_concrete_examples(side, text, added, shown):
    view = SchoolAndHome(student="Sem")
    if side in ("school", "home"):
        fill(view, "radiogroup", "Voeg een concreet, recent voorbeeld toe", side)
    else:
        visitor_sets(find(view, "radiogroup"), side)  # what a visitor could send
    fill(view, "textbox", "bijv. vorige week", text)
    click(view, "Voeg toe")
    assert shown in status(view)
    assert bool(view.school or view.home) is added
    assert find(view, "textbox", "bijv. vorige week").value == ("" if added else text)  # nothing lost on a refusal
    assert "<b>riep" not in find(view, css_class="hgw-school-home-columns").value
