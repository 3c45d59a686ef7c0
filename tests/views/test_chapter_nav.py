"""ChapterNav: previous, start and next links, from the notebooks' metadata, escaped."""

from __future__ import annotations

import re

import pytest

from hgw_widgets import ChapterNav
from hgw_widgets.domain.chapters import Chapter


def chapter(number: str, title: str) -> Chapter:
    return Chapter(number=number, slug=f"{number}-h", title=title, teaching_minutes=5, exercise_minutes=5)


CHAPTERS = (chapter("00", "Start"), chapter("01", "Een"), chapter("02", "Twee <b>"), chapter("03", "Drie"))


def links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'rel="(\w+)" href="([^"]+)"', html)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("00", [("next", "01-h.ipynb")]),
        ("01", [("index", "00-h.ipynb"), ("next", "02-h.ipynb")]),
        ("02", [("prev", "01-h.ipynb"), ("index", "00-h.ipynb"), ("next", "03-h.ipynb")]),
        ("03", [("prev", "02-h.ipynb"), ("index", "00-h.ipynb")]),
        ("07", [("index", "00-h.ipynb")]),
    ],
)
def test_links_per_chapter(number, expected):
    nav = ChapterNav.for_chapter(number, chapters=CHAPTERS)
    assert links(nav.html) == expected


def test_titles_are_dutch_and_escaped():
    nav = ChapterNav.for_chapter("03", chapters=CHAPTERS)
    assert "Vorige: 02 · Twee &lt;b&gt;" in nav.html
    assert "<b>" not in nav.html
    assert "laatste hoofdstuk" in nav.html
    assert 'aria-label="Navigatie tussen de hoofdstukken"' in nav.html
    assert nav.previous.number == "02" and nav.next is None


def test_unknown_chapter_points_to_start():
    nav = ChapterNav("42", chapters=CHAPTERS)
    assert "staat niet in de werkmap" in nav.html


def test_real_workbook_chapter_02_links_to_start():
    nav = ChapterNav.for_chapter("02")
    assert ("index", "00-start.ipynb") in links(nav.html)
