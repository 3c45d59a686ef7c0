"""A coach's own meeting structures as one text kept in the browser, and read back after a reload.

The text is JSON: ``{"own_structures": 1, "files": [{"name": <file name>, "yaml": <structure_yaml>}]}``.
What comes back from a browser is untrusted: every file is validated again by
``structure_from_bytes`` (size, YAML, fields), a refused one is returned with its reason and never
stops the others. At most ``MAX_OWN_STRUCTURES`` are kept (the last ones loaded).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..errors import StructureFileError
from .structures import MAX_FILE_BYTES, MeetingStructure, structure_from_bytes, structure_yaml

MAX_OWN_STRUCTURES = 5
"""A coach keeps a few own structures in the browser; a sixth pushes out the oldest."""
_VERSION = 1


def kept_own(own: Iterable[MeetingStructure], structure: MeetingStructure) -> tuple[MeetingStructure, ...]:
    """``own`` with ``structure`` added last (replacing one with the same id), at most ``MAX_OWN_STRUCTURES``."""
    others = tuple(s for s in own if s.id != structure.id)
    return (*others, structure)[-MAX_OWN_STRUCTURES:]


def own_structures_text(own: Iterable[MeetingStructure]) -> str:
    """The structures as the text kept in the browser ("" for none)."""
    files = [{"name": f"{s.id}.yaml", "yaml": structure_yaml(s)} for s in tuple(own)[-MAX_OWN_STRUCTURES:]]
    return json.dumps({"own_structures": _VERSION, "files": files}, ensure_ascii=False) if files else ""


def own_structures_from_text(text: object) -> tuple[tuple[MeetingStructure, ...], tuple[StructureFileError, ...]]:
    """The structures in a kept text, and the files that no longer load (each with its Dutch reason).

    Anything that is not the kept shape gives ``((), ())``: nothing to offer, nothing to say.
    """
    try:
        data = json.loads(text) if isinstance(text, str) and text else None
    except ValueError:
        return (), ()
    if not isinstance(data, dict) or data.get("own_structures") != _VERSION or not isinstance(data.get("files"), list):
        return (), ()
    good: list[MeetingStructure] = []
    bad: list[StructureFileError] = []
    for item in data["files"][:MAX_OWN_STRUCTURES]:
        if not isinstance(item, dict) or not isinstance(item.get("yaml"), str):
            continue
        name = item.get("name") if isinstance(item.get("name"), str) else "?"
        try:
            encoded = item["yaml"].encode("utf-8")
        except UnicodeEncodeError:
            continue
        try:
            good.append(structure_from_bytes(encoded[: MAX_FILE_BYTES + 1], filename=name))
        except StructureFileError as exc:
            bad.append(exc)
    own: tuple[MeetingStructure, ...] = ()
    for structure in good:
        own = kept_own(own, structure)
    return own, tuple(bad)
