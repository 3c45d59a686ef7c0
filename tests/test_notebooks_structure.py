"""Every notebook is an episode: Vragen + Leerdoelen first, Kernpunten last, timings, thin code, no outputs."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
NAV_RE = re.compile(r'^from hgw_widgets import ChapterNav\nChapterNav\.for_chapter\("(\d\d)"\)$')
GUIDE = "trainershandleiding.ipynb"
"""The trainer's guide (issue 16): an episode like the chapters, but not a chapter (no number)."""
GUIDE_NAV = 'from hgw_widgets import ChapterNav\nChapterNav.for_guide()'


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell: dict) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


@pytest.fixture(params=PATHS, ids=[p.name for p in PATHS])
def nb(request) -> tuple[Path, dict]:
    return request.param, load(request.param)


def test_there_are_notebooks():
    assert len(PATHS) >= 3
    assert (NOTEBOOKS / "00-start.ipynb").exists()


def test_the_guide_is_there_and_not_a_chapter():
    from hgw_widgets.domain.chapters import list_chapters

    assert (NOTEBOOKS / GUIDE).is_file()
    assert GUIDE not in {c.filename for c in list_chapters(NOTEBOOKS)}
    start = "".join(source(c) for c in load(NOTEBOOKS / "00-start.ipynb")["cells"] if c["cell_type"] == "markdown")
    assert f"]({GUIDE})" in start, "the start page links the trainer's guide"


def test_file_name_and_metadata(nb):
    path, notebook = nb
    if path.name == GUIDE:
        assert notebook["metadata"]["hgw"].get("guide") == "trainer"
        assert "chapter" not in notebook["metadata"]["hgw"]
        assert notebook["metadata"]["hgw"]["title"].strip()
        return
    assert re.fullmatch(r"\d\d-[a-z0-9-]+\.ipynb", path.name), "name must be NN-slug.ipynb"
    hgw = notebook["metadata"].get("hgw")
    assert isinstance(hgw, dict), "metadata.hgw is missing"
    assert hgw.get("chapter") == path.name[:2]
    assert isinstance(hgw.get("title"), str) and hgw["title"].strip()
    for key in ("teaching_minutes", "exercise_minutes"):
        assert isinstance(hgw.get(key), int) and not isinstance(hgw[key], bool) and hgw[key] >= 0, key
    assert hgw["teaching_minutes"] + hgw["exercise_minutes"] > 0
    assert notebook["metadata"].get("kernelspec", {}).get("name") == "python3"


def test_questions_and_goals_first_key_points_last(nb):
    _, notebook = nb
    markdown = [source(c) for c in notebook["cells"] if c["cell_type"] == "markdown"]
    assert notebook["cells"][0]["cell_type"] == "markdown", "the first cell must be markdown"
    first = markdown[0]
    assert re.search(r"^## Vragen\s*$", first, re.M), "first cell lacks '## Vragen'"
    assert re.search(r"^## Leerdoelen\s*$", first, re.M), "first cell lacks '## Leerdoelen'"
    assert first.index("## Vragen") < first.index("## Leerdoelen")
    assert re.search(r"^## Kernpunten\s*$", markdown[-1], re.M), "last markdown cell lacks '## Kernpunten'"
    assert all("## Kernpunten" not in text for text in markdown[:-1]), "Kernpunten appears before the end"


def test_only_a_navigation_cell_may_follow_the_key_points(nb):
    path, notebook = nb
    cells = notebook["cells"]
    last_md = max(i for i, c in enumerate(cells) if c["cell_type"] == "markdown")
    trailing = cells[last_md + 1 :]
    assert len(trailing) <= 1, "at most one cell (the chapter navigation) after Kernpunten"
    for cell in trailing:
        if path.name == GUIDE:
            assert source(cell).strip() == GUIDE_NAV
            continue
        match = NAV_RE.match(source(cell).strip())
        assert match, "the cell after Kernpunten must be the ChapterNav cell"
        assert match.group(1) == path.name[:2], "ChapterNav points at another chapter"


def test_code_cells_are_an_import_and_one_expression(nb):
    _, notebook = nb
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            continue
        lines = [ln for ln in source(cell).splitlines() if ln.strip() and not ln.strip().startswith("#")]
        tree = ast.parse("\n".join(lines))
        kinds = [type(node).__name__ for node in tree.body]
        assert kinds == ["ImportFrom", "Expr"], f"cell {index}: {kinds}"
        assert tree.body[0].module == "hgw_widgets", f"cell {index} imports from {tree.body[0].module}"


def test_no_stored_outputs(nb):
    _, notebook = nb
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"cell {index} has stored outputs"
            assert cell.get("execution_count") is None, f"cell {index} has an execution count"
