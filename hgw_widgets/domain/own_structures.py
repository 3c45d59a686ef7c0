"""A coach's own meeting structures as one text kept in the browser, and read back after a reload.

The text is JSON: ``{"own_structures": 1, "files": [{"name": <file name>, "yaml": <structure_yaml>}]}``.
What comes back from a browser is untrusted: every file is validated again by
``structure_from_bytes`` (size, YAML, fields), a refused one is returned with its reason and never
stops the others. At most ``MAX_OWN_STRUCTURES`` are kept (the last ones loaded).

A shipped structure is never replaced: an own file with a shipped id (e.g. the Klassenbespreking with only
its title changed) is added as its own copy, id ``<id>-eigen`` (``as_own``), title as in the file.
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


OWN_SUFFIX = "-eigen"
"""Added to the id of an own file that has the id of a shipped structure."""


def as_own(structure: MeetingStructure, shipped: Iterable[str]) -> tuple[MeetingStructure, bool]:
    """``structure`` as an own structure beside the shipped ones, and whether its id was changed.

    An id that a shipped structure has becomes ``<id>-eigen`` (``-eigen-2``, ... when that is shipped
    too); the title and the phases stay as in the file. Newcomer finding (issue 17): a file with the id
    ``klassenbespreking`` replaced the shipped one in every list, also after a reload.
    """
    taken = frozenset(shipped)
    if structure.id not in taken:
        return structure, False
    base = structure.id[: 61 - len(OWN_SUFFIX) - 2]
    new, n = f"{base}{OWN_SUFFIX}", 2
    while new in taken:
        new, n = f"{base}{OWN_SUFFIX}-{n}", n + 1
    return structure.model_copy(update={"id": new}), True


def without_own(own: Iterable[MeetingStructure], structure_id: object) -> tuple[MeetingStructure, ...]:
    """``own`` without the structure ``structure_id`` ("Verwijder deze eigen opzet")."""
    return tuple(s for s in own if s.id != structure_id)


def own_structures_text(own: Iterable[MeetingStructure]) -> str:
    """The structures as the text kept in the browser ("" for none)."""
    files = [{"name": f"{s.id}.yaml", "yaml": structure_yaml(s)} for s in tuple(own)[-MAX_OWN_STRUCTURES:]]
    return json.dumps({"own_structures": _VERSION, "files": files}, ensure_ascii=False) if files else ""


def own_structures_from_text(text: object, *, shipped: Iterable[str] = ()) -> tuple[tuple[MeetingStructure, ...],
                                                                                     tuple[StructureFileError, ...]]:
    """The structures in a kept text, and the files that no longer load (each with its Dutch reason).

    One kept with a ``shipped`` id (kept before shipped ids were protected) comes back as its own copy (``as_own``).

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
            good.append(as_own(structure_from_bytes(encoded[: MAX_FILE_BYTES + 1], filename=name), shipped)[0])
        except StructureFileError as exc:
            bad.append(exc)
    own: tuple[MeetingStructure, ...] = ()
    for structure in good:
        own = kept_own(own, structure)
    return own, tuple(bad)
