"""Every notebook, rendered in Voilà, passes axe-core without serious or critical violations.

axe-core comes with the PyPI package axe-playwright-python (``axe.min.js`` is in the wheel), so
nothing is fetched from the network. The check runs on the page as a visitor sees it after all
widgets are drawn. Moderate, serious and critical findings fail the test (the issue asks for no
serious ones; every chapter is also free of moderate ones, and stays so); minor ones are printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))
FAILING_IMPACTS = ("moderate", "serious", "critical")

# Chapters owned by engineers still at work; remove an entry as soon as its chapter passes
# (strict: an unexpected pass fails, so a fixed chapter cannot stay hidden here).
KNOWN: dict[str, str] = {}


def _params():
    for path in NOTEBOOKS:
        marks = [pytest.mark.xfail(reason=KNOWN[path.stem], strict=True)] if path.stem in KNOWN else []
        yield pytest.param(path, id=path.stem, marks=marks)


def _last_widget_selector(path: Path) -> str:
    """The chapter navigation is the last cell; wait for it when the notebook has one."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    return ".hgw-chapter-nav" if "ChapterNav" in code else ".jupyter-widgets"


def describe(violations: list[dict]) -> str:
    """Rule id, impact and the offending nodes, readable in a test report."""
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} [{len(v['nodes'])} node(s)] {v.get('helpUrl', '')}")
        for node in v["nodes"][:8]:
            lines.append(f"    target: {node.get('target')}")
            lines.append(f"    html:   {node.get('html', '')[:240]}")
            summary = " | ".join(s.strip() for s in node.get("failureSummary", "").splitlines() if s.strip())
            lines.append(f"    fix:    {summary[:400]}")
    return "\n".join(lines)


def failing(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v.get("impact") in FAILING_IMPACTS]


@pytest.mark.parametrize(
    ("violations", "expected"),
    [
        ([], []),
        ([{"id": "a", "impact": "minor"}, {"id": "b", "impact": None}], []),
        ([{"id": "c", "impact": "serious"}, {"id": "d", "impact": "critical"}, {"id": "e", "impact": "moderate"}],
         ["c", "d", "e"]),
    ],
)
def test_minor_findings_do_not_fail(violations, expected):
    assert [v["id"] for v in failing(violations)] == expected


@pytest.mark.parametrize("path", list(_params()))
def test_page_has_no_moderate_or_worse_axe_violations(page, open_chapter, path):
    open_chapter(page, path.stem, wait_for=_last_widget_selector(path))
    page.wait_for_load_state("networkidle", timeout=30_000)
    page.wait_for_selector("#rendered_cells", state="visible", timeout=30_000)
    results = Axe().run(page).response
    violations = results["violations"]
    if violations:
        print(f"\naxe findings on {path.stem}:\n{describe(violations)}")
    bad = failing(violations)
    assert not bad, f"{path.stem}: {len(bad)} moderate or worse axe violation(s):\n{describe(bad)}"
    assert results["passes"], "axe reported no checks at all: did it run?"
