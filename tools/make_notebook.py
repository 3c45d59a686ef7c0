"""Write a workbook notebook from a list of (kind, source) cells, outputs stripped.

Used by authors: ``python tools/make_notebook.py`` is not needed at run time.
``write_notebook(path, cells, meta)`` keeps the structure every chapter shares.
"""

from __future__ import annotations

from pathlib import Path

import nbformat


def write_notebook(path: Path, cells: list[tuple[str, str]], meta: dict) -> None:
    """Write ``cells`` (``("md"|"code", source)``) to ``path`` with hgw metadata."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["hgw"] = meta
    for kind, source in cells:
        cell = nbformat.v4.new_markdown_cell(source) if kind == "md" else nbformat.v4.new_code_cell(source)
        cell.pop("id", None)
        nb.cells.append(cell)
    nbformat.validate(nb)
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
