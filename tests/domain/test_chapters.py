"""Chapters are read from the notebooks' metadata: titles, times, goals, exercises, order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hgw_widgets.domain.chapters import (
    Chapter,
    find_chapter,
    list_chapters,
    neighbours,
    parse_chapter,
    read_chapter,
    start_chapter,
)

FIRST_CELL = "# Titel\n\n## Vragen\n- Vraag een?\n- Vraag twee?\n\n## Leerdoelen\nNa dit hoofdstuk kun je:\n- doel een;\n- doel twee.\n"


def notebook(number: str, title: str = "Titel", *, teaching=10, exercise=20, cells=None) -> dict:
    return {
        "cells": cells
        if cells is not None
        else [
            {"cell_type": "markdown", "metadata": {}, "source": FIRST_CELL},
            {"cell_type": "markdown", "metadata": {}, "source": ["## Opdracht 1: kijk\n", "tekst"]},
            {"cell_type": "code", "metadata": {}, "source": "## Opdracht in code telt niet", "outputs": []},
            {"cell_type": "markdown", "metadata": {}, "source": "### Opdracht als subkop telt niet\n## Kernpunten\n- x"},
        ],
        "metadata": {"hgw": {"chapter": number, "title": title, "teaching_minutes": teaching, "exercise_minutes": exercise}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write(folder: Path, name: str, content) -> Path:
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_parse_reads_metadata_and_first_cell():
    chapter = parse_chapter("02-doelen", notebook("02", "Doelen"))
    assert chapter == Chapter(
        number="02",
        slug="02-doelen",
        title="Doelen",
        teaching_minutes=10,
        exercise_minutes=20,
        questions=("Vraag een?", "Vraag twee?"),
        learning_goals=("doel een;", "doel twee."),
        exercises=("Opdracht 1: kijk",),
    )
    assert chapter.minutes == 30
    assert chapter.filename == "02-doelen.ipynb"


@pytest.mark.parametrize(
    ("slug", "content"),
    [
        ("02-x", {"cells": [], "metadata": {}}),  # no hgw metadata
        ("02-x", {"metadata": {"hgw": {"chapter": "02"}}}),  # no title
        ("03-x", notebook("02")),  # number and file name disagree
        ("2-x", notebook("2")),  # not two digits
        ("02-x", ["not", "a", "notebook"]),
        ("02-x", {"metadata": "hostile"}),
    ],
    ids=["no-hgw", "no-title", "number-mismatch", "one-digit", "list", "metadata-not-dict"],
)
def test_not_a_chapter(slug, content):
    assert parse_chapter(slug, content) is None


@pytest.mark.parametrize(
    ("teaching", "expected"),
    [(15, 15), (-5, 0), ("15", 0), (True, 0), (None, 0)],
)
def test_minutes_must_be_non_negative_ints(teaching, expected):
    assert parse_chapter("02-x", notebook("02", teaching=teaching)).teaching_minutes == expected


def test_list_orders_by_number_and_skips_broken_files(tmp_path):
    write(tmp_path, "04-vier.ipynb", notebook("04", "Vier"))
    write(tmp_path, "00-start.ipynb", notebook("00", "Start"))
    write(tmp_path, "02-twee.ipynb", notebook("02", "Twee"))
    write(tmp_path, "03-kapot.ipynb", "{ not json")
    write(tmp_path, "05-leeg.ipynb", "")
    write(tmp_path, "Untitled.ipynb", notebook("06"))
    chapters = list_chapters(tmp_path)
    assert [c.number for c in chapters] == ["00", "02", "04"]
    assert start_chapter(chapters).title == "Start"
    assert find_chapter("4", chapters).title == "Vier"
    assert find_chapter("09", chapters) is None


def test_list_sees_changes(tmp_path):
    write(tmp_path, "01-een.ipynb", notebook("01", "Een"))
    assert [c.title for c in list_chapters(tmp_path)] == ["Een"]
    path = write(tmp_path, "01-een.ipynb", notebook("01", "Een, herschreven"))
    import os

    os.utime(path, (1, 1))  # a different mtime, whatever the clock resolution
    assert [c.title for c in list_chapters(tmp_path)] == ["Een, herschreven"]


def test_missing_folder_gives_no_chapters(tmp_path):
    assert list_chapters(tmp_path / "nope") == ()


def test_unreadable_or_huge_file(tmp_path, monkeypatch):
    import hgw_widgets.domain.chapters as mod

    path = write(tmp_path, "02-x.ipynb", notebook("02"))
    monkeypatch.setattr(mod, "MAX_NOTEBOOK_BYTES", 10)
    assert read_chapter(path) is None
    path.write_bytes(b"\xff\xfe\x00")
    monkeypatch.setattr(mod, "MAX_NOTEBOOK_BYTES", 5_000_000)
    assert read_chapter(path) is None


CHAPTERS = tuple(parse_chapter(f"{n}-h{n}", notebook(n, f"H{n}")) for n in ("00", "01", "02", "04"))


@pytest.mark.parametrize(
    ("number", "previous", "following"),
    [
        ("00", None, "01"),  # the start page leads to the first chapter
        ("01", None, "02"),  # the first chapter has no previous chapter (start is linked separately)
        ("02", "01", "04"),  # a gap in the numbering is skipped
        ("04", "02", None),
        ("09", None, None),  # unknown chapter
    ],
)
def test_neighbours(number, previous, following):
    before, after = neighbours(number, CHAPTERS)
    assert (before.number if before else None, after.number if after else None) == (previous, following)


def test_the_real_workbook_has_a_start_page_and_chapters():
    chapters = list_chapters()
    assert start_chapter(chapters) is not None
    assert len(chapters) >= 3
    for chapter in chapters:
        assert chapter.title and chapter.minutes > 0, chapter.slug
        assert chapter.learning_goals, f"{chapter.slug} has no learning goals in its first cell"
