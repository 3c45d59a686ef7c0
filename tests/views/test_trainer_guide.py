"""The trainer's guide on a page (issue 16): programmes, chapter notes, handouts, the room's truth."""

from __future__ import annotations

import io
import zipfile

from hgw_widgets import ChapterNav, GuideChapterNotes, GuideProgramme, Handouts, JoinInfo
from hgw_widgets.domain.chapters import list_chapters


def test_a_programme_shows_clock_times_and_links_to_its_chapters():
    view = GuideProgramme.from_guide("90-minuten")
    assert "0:00–0:10" in view.html and "1:25–1:30" in view.html
    assert "href='02-doelgericht-werken.ipynb'" in view.html
    assert "Samen 90 minuten." in view.html


def test_the_chapter_notes_name_every_exercise_with_its_answer():
    html = GuideChapterNotes.for_workbook().html
    for chapter in list_chapters():
        assert f"href='{chapter.filename}'" in html
        for exercise in chapter.exercises:
            assert exercise.replace("'", "&#x27;") in html, exercise
    assert html.count("Antwoordsleutel") >= 8
    assert "Toon een mogelijke aanpak" in html  # where chapter 06's model answer is


def test_handouts_download_as_html_and_word():
    view = Handouts()
    assert len(view.buttons) == 4
    html_button, word_button = view.buttons["smarti-kaart"]
    assert html_button.filename == "smarti-kaart.html" and word_button.filename == "smarti-kaart.docx"
    assert "Tijdgebonden" in html_button.make_file().decode("utf-8")
    with zipfile.ZipFile(io.BytesIO(word_button.make_file())) as z:
        assert "Tijdgebonden" in z.read("word/document.xml").decode("utf-8")


def test_the_guide_s_navigation_leads_back_to_the_start_page_only():
    html = ChapterNav.for_guide().html
    assert "00-start.ipynb" in html and "hgw-nav-next" not in html and "hgw-nav-prev" not in html


def test_in_a_room_the_start_page_says_where_the_work_is_processed():
    text = JoinInfo(url="http://192.168.1.20:8866/?token=abc12345").children[1].value
    assert "laptop van de trainer" in text
    assert "download je zelf" in text
    assert "blijft in je eigen browser" not in text


def test_a_programme_says_how_the_trainer_uses_the_wall():
    html = GuideProgramme.from_guide("oudergesprekken").html
    assert "„Trainer”" in html  # which address to open on the projector
    assert "Op de muur:</strong> Bij opdracht 1 deelt iedereen de reactie" in html
    assert "Download de muur" in html
    assert "Op de muur:" not in GuideProgramme.from_guide("teamvergadering").html  # chapter 09 shares nothing
