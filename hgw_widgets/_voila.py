"""Run Voilà with the workbook's own template findable: ``python -m hgw_widgets._voila <voila args>``.

Voilà looks for templates in ``<jupyter data dir>/voila/templates/<name>``. The workbook's
template lives in the repository (``share/jupyter/voila/templates/hgw``), so this launcher puts
the repository's ``share/jupyter`` first on ``JUPYTER_PATH`` and then starts Voilà unchanged.
``voila.json`` selects the template (``VoilaConfiguration.template = "hgw"``). No install step
is needed beyond ``pip install -e .``.

It also makes the server's garbage collector run less often (``GC_THRESHOLD``): the server relays
every participant's messages, and a full collection stops all of them at once.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

TEMPLATE_ROOT = Path(__file__).resolve().parents[1] / "share" / "jupyter"
TEMPLATE_NAME = "hgw"
GC_THRESHOLD = (10_000, 10, 10)
"""Python's default is (700, 10, 10). With it, a room server under load (30 participants, a pool of
30) ran a full collection about every 30 s, 85-165 ms each, during which no message moved; with
this threshold, once in four minutes (``benchmarks/bench_load.py`` with a ``gc.callbacks`` hook).
The memory held by not yet collected cycles stays within a few MB."""


def add_template_path(environ: dict[str, str] | os._Environ = os.environ) -> str:
    """Put the repository's ``share/jupyter`` first on ``JUPYTER_PATH``; return the new value."""
    root = str(TEMPLATE_ROOT)
    rest = [p for p in environ.get("JUPYTER_PATH", "").split(os.pathsep) if p and p != root]
    environ["JUPYTER_PATH"] = os.pathsep.join([root, *rest])
    return environ["JUPYTER_PATH"]


def main() -> None:
    """Start Voilà with the template path set (arguments as for ``python -m voila``)."""
    add_template_path()
    gc.set_threshold(*GC_THRESHOLD)
    from voila.app import main as voila_main

    voila_main()


if __name__ == "__main__":
    main()
