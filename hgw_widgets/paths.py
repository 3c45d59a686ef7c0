"""Where the workbook's files are: one place, for an installed wheel and for a git checkout alike.

Everything is found through ``importlib.resources`` from the package ``hgw_widgets``:

- package data (``static/``, ``structures/``, ``examples/``, ``messages/``): always inside the package;
- ``notebooks/`` and ``casebook/``: inside the package in a wheel (``hgw_widgets/notebooks``,
  ``hgw_widgets/casebook``, put there by ``hatch_build.py``); in a git checkout (an editable install)
  they stay at the repository root, beside the package, where authors edit them.

The Voilà template and ``voila.json`` are not found here: they are Jupyter data and config files
(``share/jupyter/voila/templates/hgw``, ``etc/jupyter/voila.json`` under the environment's prefix),
found by Voilà itself through Jupyter's search paths. ``checkout_root()`` lets the launcher put a
checkout's own copies first, so that an edited template is served without reinstalling.

Pure standard library: the domain imports this module.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

PACKAGE = "hgw_widgets"


def package_dir() -> Path:
    """The folder of the installed (or editable) package ``hgw_widgets``."""
    return Path(str(resources.files(PACKAGE)))


def package_file(*parts: str) -> Path:
    """A file or folder of the package: ``package_file("static", "hgw.css")``."""
    return package_dir().joinpath(*parts)


def checkout_root() -> Path | None:
    """The repository root when the package runs from a git checkout (editable install), else None."""
    root = package_dir().parent
    if (root / "pyproject.toml").is_file() and (root / "notebooks").is_dir() and (root / "casebook").is_dir():
        return root
    return None


def _shipped_dir(name: str) -> Path:
    inside = package_file(name)
    if inside.is_dir():  # an installed wheel
        return inside
    root = checkout_root()
    if root is not None:
        return root / name
    raise FileNotFoundError(f"{name}/ is neither in the package ({inside}) nor in a checkout beside it")


def notebooks_dir() -> Path:
    """The chapters (``NN-slug.ipynb``) that Voilà serves.

    Raises:
        FileNotFoundError: a broken install (neither in the package nor in a checkout).
    """
    return _shipped_dir("notebooks")


def casebook_dir() -> Path:
    """The shipped cases (``<id>.yaml``).

    Raises:
        FileNotFoundError: a broken install (neither in the package nor in a checkout).
    """
    return _shipped_dir("casebook")
