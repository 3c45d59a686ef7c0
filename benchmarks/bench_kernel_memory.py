"""Memory of one participant's kernel per chapter, and which heavy modules each chapter loads.

Every notebook in ``notebooks/`` runs in a fresh ``python3`` kernel (as Voilà runs it: cwd =
``notebooks/``); a probe cell at the end reports the kernel's resident memory (VmRSS, VmHWM from
``/proc/self/status``, Linux only) and which heavy packages ended up in ``sys.modules``.
A bare kernel (no cells) is the floor. Prints figures; not a test.

Run: .venv/bin/python benchmarks/bench_kernel_memory.py [NN-slug ...]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
HEAVY = ("pandas", "numpy", "matplotlib", "openpyxl", "docx", "pydantic", "anywidget", "lxml", "PIL", "yaml")

PROBE = f"""
import json, sys
_status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print("HGW_PROBE" + json.dumps({{
    "rss_mb": int(_status["VmRSS"].split()[0]) / 1024,
    "hwm_mb": int(_status["VmHWM"].split()[0]) / 1024,
    "modules": len(sys.modules),
    "heavy": [name for name in {HEAVY!r} if name in sys.modules],
}}))
"""


def measure(nb: nbformat.NotebookNode) -> dict:
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))  # a copy
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    start = time.perf_counter()
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    seconds = time.perf_counter() - start
    text = "".join(out.get("text", "") for out in nb.cells[-1].outputs if out.get("output_type") == "stream")
    data = json.loads(text.split("HGW_PROBE", 1)[1])
    data["seconds"] = seconds
    return data


def main() -> None:
    wanted = sys.argv[1:]
    paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    if wanted:
        paths = [p for p in paths if p.stem in wanted or p.name in wanted]
    rows = [("(bare kernel)", measure(nbformat.v4.new_notebook()))]
    for path in paths:
        rows.append((path.stem, measure(nbformat.read(path, as_version=4))))
    print(f"{'notebook':42} {'RSS MB':>7} {'peak MB':>8} {'modules':>8} {'run s':>6}  heavy modules loaded")
    for name, d in rows:
        print(
            f"{name:42} {d['rss_mb']:7.0f} {d['hwm_mb']:8.0f} {d['modules']:8d} {d['seconds']:6.1f}  "
            + (", ".join(d["heavy"]) or "-")
        )


if __name__ == "__main__":
    main()
