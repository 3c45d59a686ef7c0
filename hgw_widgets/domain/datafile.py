"""Reading one YAML data file of the workbook (a case, a meeting structure) safely.

Shared by ``case.py`` and ``structures.py``: a plain lowercase id (no paths), the file must lie
directly in its folder (a symlink out of it is refused), a size limit, UTF-8, valid YAML. Every
failure raises the caller's error class with a message that names the file.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..errors import HgwError


def read_yaml_file(folder: Path, file_id: object, *, kind: str, id_re: re.Pattern[str], max_bytes: int,
                   error: type[HgwError]) -> tuple[Path, object]:
    """Load ``<folder>/<file_id>.yaml``; returns the resolved path and the parsed data.

    Raises:
        error: a bad id, a missing, outside or too large file, not UTF-8, or not valid YAML.
    """
    base = folder.resolve()
    if not isinstance(file_id, str) or not id_re.match(file_id):
        raise error(f"{kind} id must be a plain lowercase name, received {file_id!r}")
    path = (base / f"{file_id}.yaml").resolve()
    if path.parent != base or not path.is_file():
        raise error(f"{file_id}.yaml: no such {kind} in {base}")
    raw = path.read_bytes()
    if len(raw) > max_bytes:
        raise error(f"{path.name}: file too large ({len(raw)} bytes)")
    try:
        return path, yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise error(f"{path.name}: not UTF-8 text ({exc.reason})") from None
    except yaml.YAMLError as exc:
        raise error(f"{path.name}: not valid YAML: {exc}") from None
