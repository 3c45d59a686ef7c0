"""The layers stay apart: domain and export never import widget machinery; only the server imports the server."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "hgw_widgets"
FORBIDDEN = {
    "domain": {"ipywidgets", "traitlets", "IPython", "anywidget", "matplotlib", "hgw_widgets.views"},
    "export": {"ipywidgets", "traitlets", "IPython", "anywidget", "hgw_widgets.views"},
    # the Jupyter server process loads no widgets, views or chapters' libraries
    "server": {"ipywidgets", "IPython", "anywidget", "matplotlib", "pandas", "hgw_widgets.views", "hgw_widgets.export"},
}
SERVER = "hgw_widgets.server"
LAUNCHER = PACKAGE / "__main__.py"
"""``python -m hgw_widgets``: runs the launcher, never imported by a kernel."""


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level])
                names.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                names.add(node.module)
    return names


MODULES = [(layer, p) for layer in FORBIDDEN for p in sorted((PACKAGE / layer).rglob("*.py"))]


@pytest.mark.parametrize(("layer", "path"), MODULES, ids=[f"{l}/{p.name}" for l, p in MODULES])
def test_layer_does_not_import_widgets(layer, path):
    bad = {
        name
        for name in _imports(path)
        for forbidden in FORBIDDEN[layer]
        if name == forbidden or name.startswith(forbidden + ".")
    }
    assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {sorted(bad)}"


def test_the_check_can_see_a_forbidden_import(tmp_path):
    fake = PACKAGE / "domain" / "smarti.py"
    assert "enum" in _imports(fake)
    assert "hgw_widgets.messages" in _imports(fake)


OUTSIDE_SERVER = [p for p in sorted(PACKAGE.rglob("*.py")) if p.relative_to(PACKAGE).parts[0] != "server" and p != LAUNCHER]


@pytest.mark.parametrize("path", OUTSIDE_SERVER, ids=[str(p.relative_to(PACKAGE)) for p in OUTSIDE_SERVER])
def test_kernels_and_views_never_import_the_server(path):
    bad = {name for name in _imports(path) if name == SERVER or name.startswith(SERVER + ".")}
    assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {sorted(bad)}: server code belongs in hgw_widgets/server"


def test_the_check_sees_the_server_import_of_the_launcher():
    assert "hgw_widgets.server.serve" in _imports(LAUNCHER)
    assert "hgw_widgets.paths" in _imports(PACKAGE / "server" / "serve.py")
