"""Plain ``python -m voila`` finds the workbook's template and configuration by itself.

Before the package shipped them as Jupyter data files, ``python -m voila notebooks/`` from the
repository root found no template ``hgw`` and the page hung without a message. Here Voilà runs with
no help from the workbook (no launcher, no ``JUPYTER_PATH``), from the repository root as in that
report, and the page must come with the ``hgw`` template and the settings of ``voila.json``.
"""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path

import pytest

from hgw_widgets.paths import notebooks_dir
from hgw_widgets.server.testing import free_port, running_server

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.server


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read().decode("utf-8")


def test_plain_voila_serves_a_chapter_with_the_hgw_template(tmp_path):
    port = free_port()
    cmd = [sys.executable, "-m", "voila", str(notebooks_dir()), "--no-browser", f"--port={port}"]
    env = {"JUPYTER_PATH": "", "JUPYTER_CONFIG_PATH": ""}  # nothing from a launcher
    with running_server(cmd, port=port, log_path=tmp_path / "voila.log", cwd=REPO, env_extra=env,
                        ready_path="/voila/static/voila.js", timeout=90) as (base, _proc):
        page = _get(f"{base}/voila/render/02-doelgericht-werken.ipynb")
        start = _get(f"{base}/")  # the template sends the visitor on to the start page
    assert '<html lang="nl">' in page
    assert "hgw-connection.js" in page and "hgw-upload.js" in page  # the template's own scripts
    assert "<title>Doelgericht werken" in page  # title from the notebook's metadata (hgw template)
    assert "GoalDrafter.from_case" not in page  # voila.json: strip_sources
    assert "00-start.ipynb" in start
