"""A chapter's kernel never loads the server package (its code runs only in the Jupyter server).

The static check is in ``tests/test_architecture.py``; here a real kernel runs every code cell of
every chapter, as Voilà does, and then lists what it imported.
"""

from __future__ import annotations

import json

import nbformat
from nbclient import NotebookClient

from hgw_widgets.paths import notebooks_dir

PROBE = "import json, sys; print(json.dumps(sorted(m for m in sys.modules if m.startswith('hgw_widgets'))))"


def test_a_kernel_that_ran_every_chapter_never_imported_the_server(tmp_path):
    cells = []
    for path in sorted(notebooks_dir().glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        cells += [nbformat.v4.new_code_cell(c.source) for c in nb.cells if c.cell_type == "code"]
    assert len(cells) > 20, "the chapters' code cells were not found"
    probe = nbformat.v4.new_code_cell(PROBE)
    nb = nbformat.v4.new_notebook(cells=[*cells, probe])
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    loaded = json.loads(probe.outputs[-1]["text"])
    assert "hgw_widgets.views" in loaded and "hgw_widgets.domain" in loaded  # the probe saw the chapters' imports
    assert not [m for m in loaded if m == "hgw_widgets.server" or m.startswith("hgw_widgets.server.")]
