"""Voilà as the workbook runs it: ``python -m hgw_widgets.server.voila_app <voila arguments>``.

Voilà finds the workbook's template (``share/jupyter/voila/templates/hgw``) and configuration
(``etc/jupyter/voila.json``) through Jupyter's search paths; an installed wheel puts both under the
environment's prefix (``sys.prefix``), where plain ``voila`` and JupyterLab's Voilà preview find them
too. From a git checkout, ``main`` puts the checkout's own ``share/jupyter`` and ``etc/jupyter`` first
(``JUPYTER_PATH``, ``JUPYTER_CONFIG_PATH``), so an edited template is served without reinstalling.

It also makes the server's garbage collector run less often (``GC_THRESHOLD``): the server relays
every participant's messages, and a full collection stops all of them at once.
"""

from __future__ import annotations

import gc
import os

from ..paths import checkout_root

GC_THRESHOLD = (10_000, 10, 10)
"""Python's default is (700, 10, 10). With it, a room server under load (30 participants, a pool of
30) ran a full collection about every 30 s, 85-165 ms each, during which no message moved; with
this threshold, once in four minutes (``benchmarks/bench_load.py`` with a ``gc.callbacks`` hook).
The memory held by not yet collected cycles stays within a few MB."""


def _put_first(environ, name: str, folder: str) -> None:
    rest = [p for p in environ.get(name, "").split(os.pathsep) if p and p != folder]
    environ[name] = os.pathsep.join([folder, *rest])


def use_checkout_files(environ=os.environ) -> bool:
    """In a git checkout, put its ``share/jupyter`` and ``etc/jupyter`` first; False when installed."""
    root = checkout_root()
    if root is None:
        return False
    _put_first(environ, "JUPYTER_PATH", str(root / "share" / "jupyter"))
    _put_first(environ, "JUPYTER_CONFIG_PATH", str(root / "etc" / "jupyter"))
    return True


def main() -> None:
    """Start Voilà (arguments as for ``python -m voila``)."""
    use_checkout_files()
    gc.set_threshold(*GC_THRESHOLD)
    from voila.app import main as voila_main

    voila_main()


if __name__ == "__main__":
    main()
