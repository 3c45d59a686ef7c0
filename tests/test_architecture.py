"""The layers stay apart: domain and export never import widget machinery; only the server imports the server."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "hgw_widgets"
FORBIDDEN = {
    "domain": {"ipywidgets", "traitlets", "IPython", "anywidget", "matplotlib", "hgw_widgets.views"},
    "export": {"ipywidgets", "traitlets", "IPython", "anywidget", "hgw_widgets.views"},
    # the Jupyter server process loads no widgets, views or chapters' libraries
    "server": {"ipywidgets", "IPython", "anywidget", "matplotlib", "pandas", "hgw_widgets.views", "hgw_widgets.export"},
}
ALLOWED = {"server": {"hgw_widgets.export.wall"}}
"""The trainer's wall (issue 16) is shown and downloaded by the server process: only its own export,
imported when the trainer asks (``server/wall_handlers.py``); export/wall imports no widgets either."""
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
        if (name == forbidden or name.startswith(forbidden + ".")) and name not in ALLOWED.get(layer, ())
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

# --- the import graph of the package -------------------------------------------------------------

ALL_MODULES = sorted(p for p in PACKAGE.rglob("*.py") if ".venv" not in p.parts)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph(paths=ALL_MODULES) -> dict[str, set[str]]:
    """module -> the hgw_widgets modules it imports (at any depth of the file, lazy imports too)."""
    names = {_module_name(p) for p in paths}
    graph: dict[str, set[str]] = {}
    for path in paths:
        me = _module_name(path)
        targets = set()
        for name in _imports(path) | _imported_members(path):
            # "hgw_widgets.views._html" or "hgw_widgets.views._html.esc": the longest known module prefix
            while name and name not in names:
                name = name.rpartition(".")[0]
            if name and name != me and name != "hgw_widgets":
                targets.add(name)
        graph[me] = targets
    return graph


def _imported_members(path: Path) -> set[str]:
    """``from .x import y`` also names the module ``x.y`` when y is a submodule."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level])
            module = f"{base}.{node.module}" if node.module else base
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                group.append(item)
                if item == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


# a package's __init__ re-exports its submodules, and a submodule may import a sibling through the
# package; that pair is not a circle between concepts, so __init__ files are left out of the check
GRAPH_MODULES = [p for p in ALL_MODULES if p.name != "__init__.py"]


def test_no_import_circle_between_modules():
    assert _cycles(_import_graph(GRAPH_MODULES)) == []


def test_the_circle_check_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_lazy_imports_inside_functions():
    graph = _import_graph(GRAPH_MODULES)
    # class_overview_work imports the work bar inside a function (lazy, for start-up time)
    assert "hgw_widgets.views.work_bar" in graph["hgw_widgets.views.class_overview_work"]


def _private_imports(path: Path) -> set[str]:
    """``from <sibling module> import _name`` in views: another view's private helper."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = node.module.rpartition(".")[2]
            for alias in node.names:
                if alias.name.startswith("_") and not module.startswith("_"):
                    found.add(f"{node.module}.{alias.name}")
    return found


def _defines_a_widget(path: Path) -> bool:
    """A view module: it defines a class derived from a widget (``widgets.VBox``, ``anywidget.AnyWidget``, ...)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                if isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) \
                        and base.value.id in ("widgets", "anywidget"):
                    return True
    return False


VIEWS = sorted((PACKAGE / "views").glob("*.py"))
SHARED_VIEW_PARTS = {"download", "storage", "work_bar", "exercise_memory", "phase_clock"}
"""Building blocks every view embeds; a view may use their functions too (``safe_filename``)."""


@pytest.mark.parametrize("path", VIEWS, ids=lambda p: p.name)
def test_a_view_uses_no_private_helper_of_another_module(path):
    assert not _private_imports(path), f"{path.name} imports {sorted(_private_imports(path))}"


@pytest.mark.parametrize("path", VIEWS, ids=lambda p: p.name)
def test_a_view_takes_only_classes_from_a_sibling_view(path):
    """From another view module only its widget class: shared functions sit in a helper module
    (``views/_html.py``, a module without a widget such as ``class_overview_render``), export/ or domain/."""
    bad = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module and "." not in node.module:
            sibling = PACKAGE / "views" / f"{node.module}.py"
            if node.module in SHARED_VIEW_PARTS or sibling == path or not sibling.exists() \
                    or not _defines_a_widget(sibling):
                continue
            bad.update(f"{node.module}.{a.name}" for a in node.names if not a.name[:1].isupper())
    assert not bad, f"{path.name} imports functions of sibling views: {sorted(bad)}"


def test_the_sibling_check_knows_a_view_from_a_helper():
    assert _defines_a_widget(PACKAGE / "views" / "goal_card_builder.py")
    assert not _defines_a_widget(PACKAGE / "views" / "_html.py")
    assert not _defines_a_widget(PACKAGE / "views" / "class_overview_render.py")


def test_views_never_import_the_server_side():
    server = {"hgw_widgets.server", "hgw_widgets.serve", "hgw_widgets.room", "hgw_widgets.room_guard",
              "hgw_widgets.kernel_socket", "hgw_widgets._voila", "hgw_widgets.testing"}
    for path in sorted((PACKAGE / "views").glob("*.py")) + sorted((PACKAGE / "domain").rglob("*.py")) \
            + sorted((PACKAGE / "export").glob("*.py")):
        bad = {n for n in _imports(path) for s in server if n == s or n.startswith(s + ".")}
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {sorted(bad)}"


@pytest.mark.parametrize("name", ["Factor", "Strength", "Goal", "check_smarti", "ConversationPlan"])
def test_light_names_do_not_load_pandas_or_widgets(name):
    """A kernel that only notes factors (chapter 04) or drafts goals must not pay for pandas (~0.3 s)."""
    import subprocess
    import sys

    code = (f"import sys, hgw_widgets; hgw_widgets.{name}; "
            "print(sorted(m for m in ('pandas', 'matplotlib', 'ipywidgets') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("path", VIEWS, ids=lambda p: p.name)
def test_views_draw_no_charts(path):
    """Every chart is drawn in export/ (a PNG); a view only shows it (``_html.png_img``)."""
    assert not {n for n in _imports(path) if n == "matplotlib" or n.startswith("matplotlib.")}, path.name


def test_data_files_are_found_one_way():
    """Issue 15: files were found in five ways (parents[1], parents[2], importlib.resources, ...);
    now only ``hgw_widgets/paths.py`` knows where files are, for a wheel and a checkout alike."""
    other_ways = re.compile(r"importlib\.resources|from importlib import resources|__file__|parents\[")
    found = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "paths.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if other_ways.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []


MAX_LINES = 300
"""Issue 15 (STYLE.md): modules of one concept, under ~300 lines; a longer module holds two concepts."""
KNOWN_LONG = {
    # split after issue 17 merges (another branch edits these two now)
    "views/conversation_planner.py",
    "views/meeting_mode.py",
}


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_every_module_is_under_300_lines():
    long = {
        f"{path.relative_to(PACKAGE).as_posix()} ({_line_count(path)})"
        for path in ALL_MODULES
        if _line_count(path) > MAX_LINES and path.relative_to(PACKAGE).as_posix() not in KNOWN_LONG
    }
    assert sorted(long) == []


def test_the_known_long_modules_are_still_long():
    """When one is split, take it off the list, so the exception does not outlive its reason."""
    assert all(_line_count(PACKAGE / name) > MAX_LINES for name in KNOWN_LONG)
