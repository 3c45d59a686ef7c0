"""Run Voilà with the workbook's own template findable: ``python -m hgw_widgets._voila <voila args>``.

Voilà looks for templates in ``<jupyter data dir>/voila/templates/<name>``. The workbook's
template lives in the repository (``share/jupyter/voila/templates/hgw``), so this launcher puts
the repository's ``share/jupyter`` first on ``JUPYTER_PATH`` and then starts Voilà unchanged.
``voila.json`` selects the template (``VoilaConfiguration.template = "hgw"``). No install step
is needed beyond ``pip install -e .``.
"""

from __future__ import annotations

import os
from pathlib import Path

TEMPLATE_ROOT = Path(__file__).resolve().parents[1] / "share" / "jupyter"
TEMPLATE_NAME = "hgw"


def add_template_path(environ: dict[str, str] | os._Environ = os.environ) -> str:
    """Put the repository's ``share/jupyter`` first on ``JUPYTER_PATH``; return the new value."""
    root = str(TEMPLATE_ROOT)
    rest = [p for p in environ.get("JUPYTER_PATH", "").split(os.pathsep) if p and p != root]
    environ["JUPYTER_PATH"] = os.pathsep.join([root, *rest])
    return environ["JUPYTER_PATH"]


def main() -> None:
    """Start Voilà with the template path set (arguments as for ``python -m voila``)."""
    add_template_path()
    from voila.app import main as voila_main

    voila_main()


if __name__ == "__main__":
    main()
