"""Time until chapter 02's text area is usable in Chromium, next to a one-widget notebook.

Both notebooks are served by the same Voilà (the repo's voila.json) from a temporary folder.
Target: chapter 02 within 1.5x of the one-widget floor. Prints figures; not a test.

Run: .venv/bin/python benchmarks/bench_first_paint.py [runs]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
from hgw_widgets.server.serve import voila_command  # noqa: E402
from hgw_widgets.server.testing import CHROMIUM, CHROMIUM_FLAGS, free_port, running_server  # noqa: E402


def _floor_notebook(path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.cells = [nbformat.v4.new_code_cell("import ipywidgets as w\nw.Textarea(description='Tekst')")]
    path.write_text(nbformat.writes(nb), encoding="utf-8")


def _time_to_usable(page, url: str) -> float:
    start = time.perf_counter()
    page.goto(url, timeout=120_000)
    box = page.locator("textarea").first
    box.wait_for(state="visible", timeout=120_000)
    box.fill("x")  # usable: it accepts input
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(ROOT / "notebooks" / "02-doelgericht-werken.ipynb", folder / "chapter.ipynb")
        _floor_notebook(folder / "floor.ipynb")
        port = free_port()
        cmd = voila_command(port=port)
        cmd[3] = str(folder)  # serve the temporary folder instead of notebooks/
        with running_server(cmd, port=port, log_path=folder / "voila.log") as (base, _proc):
            results: dict[str, list[float]] = {"floor": [], "chapter": []}
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
                for name in ["floor", "chapter"] * (runs + 1):
                    page = browser.new_page()
                    seconds = _time_to_usable(page, f"{base}/voila/render/{name}.ipynb")
                    page.close()
                    results[name].append(seconds)
                browser.close()
    floor = statistics.median(results["floor"][1:])  # first run of each warms caches
    chapter = statistics.median(results["chapter"][1:])
    print(f"time until the text area is usable (median of {runs} runs, Chromium, Voilà on 127.0.0.1)")
    print(f"  one-widget notebook (floor): {floor:.2f} s   runs: {[round(x, 2) for x in results['floor'][1:]]}")
    print(f"  chapter 02                 : {chapter:.2f} s   runs: {[round(x, 2) for x in results['chapter'][1:]]}")
    print(f"  ratio                      : {chapter / floor:.2f}x   (target <= 1.5x)")


if __name__ == "__main__":
    main()
