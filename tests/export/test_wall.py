"""The wall's download (HTML, Word) and its state JSON: what was shown, every text escaped (issue 16)."""

from __future__ import annotations

import io
import json

import docx

from hgw_widgets.domain import wall as rules
from hgw_widgets.domain.exercises import welles_nietes_items
from hgw_widgets.domain.principles import PRINCIPLES
from hgw_widgets.domain.smarti import AUTOMATIC
from hgw_widgets.domain.wall import WallEntry
from hgw_widgets.export import wall as export

HOSTILE_GOAL = "<script>alert(1)</script> Kevin maakt binnen vier weken elke les vijf sommen af."
HOSTILE_NAME = "<img src=x onerror=alert(2)>"
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitän" * 6
WN = welles_nietes_items()


def _entries():
    def entry(i, who, data, hidden=False):
        item, issue = rules.parse_item(data)
        assert issue is None
        return WallEntry(str(i), who, item, hidden)

    return (
        entry(1, "a", rules.payload_for_assessment({"goal_oriented": 1, "needs": 3})),
        entry(2, "b", rules.payload_for_assessment({"goal_oriented": 4, "needs": 2})),
        entry(3, "a", rules.payload_for_goal(HOSTILE_GOAL, name=HOSTILE_NAME)),
        entry(4, "b", rules.payload_for_goal(LONG_WORD[:290])),
        entry(5, "b", rules.payload_for_goal("Verborgen doel van Bram.", name="Bram"), hidden=True),
        entry(6, "c", rules.payload_for_reply(WN[0], "<b>Hoe</b> gaat dat thuis? & <script>x</script>")),
    )


def test_the_keys_cover_every_principle_and_criterion():
    assert set(export.PRINCIPLE_KEYS) == set(PRINCIPLES)
    assert set(export.CRITERION_KEYS) == set(AUTOMATIC)


def test_numbers_in_dutch():
    assert [export.number(v) for v in (None, 3.0, 2.5, 1)] == ["", "3", "2,5", "1"]


def test_html_download_escapes_hostile_text_and_leaves_hidden_items_out():
    page = export.wall_html(rules.summarise(_entries()), made="29-11-2026 21:00").decode("utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Hoe" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "&lt;b&gt;Hoe&lt;/b&gt; gaat dat thuis? &amp; &lt;script&gt;x&lt;/script&gt;" in page
    assert LONG_WORD[:290] in page and "overflow-wrap: anywhere" in page
    assert "Verborgen doel" not in page
    assert "1 Doelgericht" in page and "2,5" in page  # the spread: goal_oriented 1-4, median 2,5
    assert WN[0].item.school in page
    assert "<script" not in page.replace("&lt;script", "")


def test_word_download_holds_what_was_shown():
    data = export.wall_docx(rules.summarise(_entries()), made="29-11-2026 21:00")
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert HOSTILE_GOAL in text and HOSTILE_NAME in text
    assert "<b>Hoe</b> gaat dat thuis? & <script>x</script>" in text
    assert "Verborgen doel" not in text
    assert "1 Doelgericht" in cells and "2,5" in cells


def test_an_empty_wall_downloads_too():
    page = export.wall_html(rules.summarise(()), made="nu").decode("utf-8")
    assert page.count("Niets gedeeld.") == 3


def test_state_json_has_the_shape_the_page_reads():
    state = export.wall_state(rules.summarise(_entries()), connected=3)
    json.dumps(state)
    assert state["connected"] == 3 and state["shared"] == 3 and state["assessments"] == 2
    goal = state["spread"][0]
    assert (goal["label"], goal["low"], goal["high"], goal["median_text"], goal["count"]) == ("1 Doelgericht", 1, 4, "2,5", 2)
    assert [g["id"] for g in state["goals"]] == ["3", "4"]
    assert state["goals"][0]["name"] == HOSTILE_NAME  # plain text: the page puts it in textContent
    assert {c["label"] for c in state["goals"][0]["checks"]} == {"Specifiek", "Meetbaar", "Tijdgebonden", "Positief geformuleerd"}
    assert state["fragments"][0]["replies"][0]["id"] == "6"
    assert export.wall_state(rules.summarise(()), connected=None)["connected"] is None


def test_the_download_says_what_its_table_shows():
    # newcomer round: the download said "de streep is de mediaan" under a table (no bars, no line)
    summary = rules.summarise(_entries())
    page = export.wall_html(summary, made="29-11-2026 21:00").decode("utf-8")
    raw = export.wall_docx(summary, made="29-11-2026 21:00")
    word = docx.Document(io.BytesIO(raw))
    text = "\n".join([p.text for p in word.paragraphs] + [c.text for tb in word.tables for r in tb.rows for c in r.cells])
    for shown in (page, text):
        assert "streep" not in shown and "Mediaan" in shown and "de mediaan (de middelste score)" in shown
        assert "Reacties bij welles-nietes" in shown and "nieteses" not in shown


def test_the_state_lists_hidden_items_for_zet_terug():
    state = export.wall_state(rules.summarise(_entries()), connected=None)
    assert state["hidden"] == [{"id": "5", "kind": "doel", "name": "Bram", "text": "Verborgen doel van Bram."}]
    assert "Verborgen doel" not in json.dumps(state["goals"])
    assert set(export.page_texts()) >= {"hidden_heading", "put_back", "this_computer_items", "this_computer_one"}
