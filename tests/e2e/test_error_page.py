"""A cell that fails shows one Dutch sentence: no Voilà English, no exception, no traceback, no paths.

A throwaway notebook whose second code cell raises is served from a temporary folder by the same
command the workbook uses (``serve.voila_command``, cwd = repository root so ``voila.json`` applies).
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import expect

from hgw_widgets.serve import REPO, voila_command
from hgw_widgets.testing import free_port, running_server


SECRET = "geheim-pad-7c1f"
VOILA_CONFIG = json.loads((REPO / "voila.json").read_text(encoding="utf-8"))
DUTCH_SENTENCE = VOILA_CONFIG["VoilaExecutor"]["cell_error_instruction"]
FORBIDDEN = (
    "There was an error",
    "ExecutionError",
    "Traceback",
    "ValueError",
    SECRET,
    "/work/",
    "site-packages",
    ".py\"",
    "line 1",
)


def _failing_notebook(path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["hgw"] = {"chapter": "98", "title": "Proef", "teaching_minutes": 1, "exercise_minutes": 0}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Proefpagina\n\nTekst voor de fout."),
        nbformat.v4.new_code_cell("import ipywidgets as w\nw.HTML('<p class=\"voor-de-fout\">werkt</p>')"),
        nbformat.v4.new_code_cell(f"raise ValueError('/work/{SECRET}/site-packages/x.py')"),
    ]
    path.write_text(nbformat.writes(nb), encoding="utf-8")


@pytest.fixture(scope="module")
def failing_page_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fout")
    _failing_notebook(folder / "fout.ipynb")
    port = free_port()
    cmd = voila_command(port=port)
    cmd[3] = str(folder)  # serve the temporary folder instead of notebooks/
    with running_server(cmd, port=port, log_path=folder / "voila.log") as (base, _proc):
        yield f"{base}/voila/render/fout.ipynb"


def test_the_serving_command_is_the_workbooks():
    cmd = voila_command(port=1234)
    assert cmd[3] == str(REPO / "notebooks"), "test replaces the notebook folder at index 3"
    # the module it runs is the workbook's Voilà launcher: it makes the template "hgw" findable
    launcher = importlib.import_module(cmd[cmd.index("-m") + 1])
    first = launcher.add_template_path({}).split(os.pathsep)[0]
    assert (Path(first) / "voila" / "templates" / "hgw").is_dir()


def test_failing_cell_shows_only_dutch_text(page, failing_page_url):
    page.goto(failing_page_url, timeout=60_000)
    error = page.locator(".hgw-cell-error")
    expect(error).to_be_visible(timeout=60_000)
    expect(error).to_have_attribute("role", "alert")
    assert error.inner_text().strip() == DUTCH_SENTENCE
    # the page around it still works: the cell before the failure is drawn
    expect(page.locator(".voor-de-fout")).to_have_text("werkt", timeout=30_000)
    assert page.get_attribute("html", "lang") == "nl"
    assert page.title() == "Proef · HGW-werkmap"
    body = page.inner_text("body")
    source = page.content()  # hidden text counts too: a screen reader or "view source" shows it
    for marker in FORBIDDEN:
        assert marker not in body, f"visible text contains {marker!r}"
        assert marker not in source, f"page source contains {marker!r}"
