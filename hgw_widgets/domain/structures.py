"""Meeting structures as data: the phases of a meeting, in a validated YAML file.

A structure (``hgw_widgets/structures/<id>.yaml``, or a file a coach loads in the browser) lists
the phases of a kind of meeting, each with its purpose, prompts, example phrasings and, when the
source gives them, planned minutes; optionally the guideline (4-7) and the HGW cycle step it
serves, and the part of a meeting held in parts on different days (voorgesprek, bespreking,
nagesprek). ``MeetingMode`` runs any of them.

Every refusal is a ``StructureFileError`` whose English message is for authors and whose
``message_nl`` names the file and the field in Dutch (``domain/structure_errors.py``). One broken
file never hides the others: ``structure_catalogue`` returns what loads and what was refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import StructureFileError
from ..messages import t
from ..paths import package_file
from . import structure_errors as say

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")
MAX_FILE_BYTES = 256 * 1024
"""A structure file is at most 256 kB (the shipped ones are about 5 kB)."""
MAX_PHASES = 20
MAX_PARTS = 6
MAX_FILES = 50
"""At most this many files in a folder are read (a folder is not a place for thousands)."""

CycleStep = Literal["overzicht", "signaleren", "onderwijsbehoeften", "clusteren", "plannen", "uitvoeren", "evalueren"]
"""The seven steps of the HGW cycle in practice (domain-notes: collect data in an overview, spot
students with extra needs, name their onderwijsbehoeften, cluster, write the plan, carry it out,
evaluate). Labels: ``messages/nl/structures.yaml`` ``step.*``."""
CYCLE_STEPS: tuple[str, ...] = CycleStep.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class StructurePart(_Model):
    """One part of a meeting held in parts on different days (e.g. the voorgesprek)."""

    id: str = Field(pattern=_ID_RE.pattern)
    title: str = Field(min_length=1, max_length=80)
    when: str = Field(default="", max_length=160, description="e.g. 'een week vooraf'")


class StructurePhase(_Model):
    """One phase of a meeting structure."""

    id: str = Field(pattern=_ID_RE.pattern)
    title: str = Field(min_length=1, max_length=120)
    guideline: int | None = Field(default=None, ge=4, le=7, description="richtlijn uit §4.5")
    minutes: int | None = Field(default=None, ge=1, le=120, description="left out: no time planned")
    purpose: str = Field(min_length=1, max_length=600)
    step: CycleStep | None = None
    part: str | None = Field(default=None, pattern=_ID_RE.pattern, description="id of one of the parts")
    prompts: tuple[str, ...] = Field(default=(), max_length=12)
    phrasings: tuple[str, ...] = Field(default=(), max_length=12)


class MeetingStructure(_Model):
    """A kind of meeting: its phases in order, optionally grouped in parts."""

    schema_version: Literal[1] = 1
    id: str = Field(pattern=_ID_RE.pattern)
    title: str = Field(min_length=1, max_length=120)
    description: str = Field(default="", max_length=1200)
    cycle: str = Field(default="", max_length=300, description="the HGW cycle step the meeting serves")
    source: str = Field(default="", max_length=600)
    audience: Literal["parents", "team"] = Field(
        default="parents", description="who the preparation goes to: parents (an invitation) or the team (an agenda)")
    parts: tuple[StructurePart, ...] = Field(default=(), max_length=MAX_PARTS)
    phases: tuple[StructurePhase, ...] = Field(min_length=1, max_length=MAX_PHASES)

    @property
    def minutes(self) -> int:
        """The planned minutes of the phases that have them (0 when none has)."""
        return sum(p.minutes or 0 for p in self.phases)

    def part_title(self, part_id: str | None) -> str:
        """The title of a part ("" for none)."""
        return next((p.title for p in self.parts if p.id == part_id), "")

    def part_when(self, part_id: str | None) -> str:
        """When a part is held, e.g. "een week voor de bespreking" ("" for none or not said)."""
        return next((p.when for p in self.parts if p.id == part_id), "")


def _folder() -> Path:
    return package_file("structures")


def _check_parts(structure: MeetingStructure, name: str) -> None:
    seen: set[str] = set()
    for index, phase in enumerate(structure.phases):
        if phase.id in seen:
            raise say.duplicate(name, f"phases.{index}.id", phase.id)
        seen.add(phase.id)
    part_ids = [p.id for p in structure.parts]
    if len(set(part_ids)) != len(part_ids):
        index = next(i for i, p in enumerate(part_ids) if part_ids.index(p) != i)
        raise say.duplicate(name, f"parts.{index}.id", part_ids[index])
    if not part_ids:
        for index, phase in enumerate(structure.phases):
            if phase.part is not None:
                raise say.undeclared_part(name, f"phases.{index}.part", phase.part)
        return
    order = -1
    for index, phase in enumerate(structure.phases):
        if phase.part is None:
            raise say.missing_part(name, f"phases.{index}.part")
        if phase.part not in part_ids:
            raise say.undeclared_part(name, f"phases.{index}.part", phase.part)
        position = part_ids.index(phase.part)
        if position < order:
            raise say.part_order(name, f"phases.{index}.part", phase.part)
        order = position


def parse_structure(data: object, *, name: str) -> MeetingStructure:
    """Validate loaded YAML data as a structure; errors name the file ``name``.

    Raises:
        StructureFileError: not a mapping, a field that does not match the schema, a phase id
            twice, a part that is not declared or out of order; ``message_nl`` in Dutch.
    """
    if not isinstance(data, dict):
        raise say.not_a_mapping(name, data)
    try:
        structure = MeetingStructure.model_validate(data)
    except ValidationError as exc:
        raise say.field_errors(name, exc.errors()) from None
    _check_parts(structure, name)
    return structure


def structure_from_bytes(data: bytes, *, filename: str) -> MeetingStructure:
    """A structure from a file's bytes (an upload); ``filename`` is only used in messages.

    The file name need not equal the id (browsers rename a second download "x (1).yaml"),
    but the id itself must be a plain lowercase name.

    Raises:
        StructureFileError: empty, too large (``MAX_FILE_BYTES``), not UTF-8, not YAML, or
            not a valid structure; ``message_nl`` names the file and the field.
    """
    name = say.shown_name(filename)
    if not isinstance(data, (bytes, bytearray)) or not data.strip():
        raise say.empty(name)
    if len(data) > MAX_FILE_BYTES:
        raise say.too_big(name, len(data), MAX_FILE_BYTES)
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise say.not_utf8(name, exc.reason) from None
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise say.not_yaml(name, None if mark is None else mark.line + 1, str(exc)) from None
    return parse_structure(loaded, name=name)


def load_structure(structure_id: str, *, folder: Path | None = None) -> MeetingStructure:
    """Load and validate ``structures/<structure_id>.yaml``.

    Args:
        structure_id: e.g. ``"klassenbespreking"``.
        folder: another folder of structures (tests and coaches use this).

    Raises:
        StructureFileError: a bad name, a missing, outside or too large file, not UTF-8 YAML,
            an id that is not the file name, or not matching the schema; the message (and its
            Dutch ``message_nl``) names file and field.
    """
    base = (folder or _folder()).resolve()
    if not isinstance(structure_id, str) or not _ID_RE.match(structure_id):
        raise say.bad_file_name(f"{structure_id}.yaml" if isinstance(structure_id, str) else repr(structure_id))
    path = (base / f"{structure_id}.yaml").resolve()
    if path.parent != base or not path.is_file():  # a symlink out of the folder resolves elsewhere
        raise say.no_such(f"{structure_id}.yaml")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise say.too_big(path.name, size, MAX_FILE_BYTES)
    structure = structure_from_bytes(path.read_bytes(), filename=path.name)
    if structure.id != path.stem:
        raise say.id_not_file_name(path.name, structure.id)
    return structure


@dataclass(frozen=True)
class StructureCatalogue:
    """The structures in a folder that load, and the files that were refused (with the reason)."""

    structures: tuple[MeetingStructure, ...] = ()
    refused: tuple[StructureFileError, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.structures)

    def get(self, structure_id: object) -> MeetingStructure | None:
        """The structure with this id, or None."""
        return next((s for s in self.structures if s.id == structure_id), None)

    def with_structure(self, structure: MeetingStructure) -> StructureCatalogue:
        """This catalogue with ``structure`` added, replacing one with the same id."""
        kept = tuple(s for s in self.structures if s.id != structure.id)
        return StructureCatalogue(structures=(*kept, structure), refused=self.refused)

    def without_structure(self, structure_id: object) -> StructureCatalogue:
        """This catalogue without the structure ``structure_id`` (an own one the coach removes)."""
        return StructureCatalogue(structures=tuple(s for s in self.structures if s.id != structure_id),
                                  refused=self.refused)


def structure_catalogue(*, folder: Path | None = None) -> StructureCatalogue:
    """Every structure file in the folder: the valid ones in name order, and the refused ones.

    A broken file (bad name or id, a missing field, not YAML, too big) is listed in ``refused``
    and never stops the others from loading. At most ``MAX_FILES`` files are read.
    """
    base = folder or _folder()
    paths = sorted(p for p in base.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))
    good: list[MeetingStructure] = []
    bad: list[StructureFileError] = []
    for path in paths[:MAX_FILES]:
        try:
            if path.suffix != ".yaml" or not _ID_RE.match(path.stem):
                raise say.bad_file_name(path.name)
            good.append(load_structure(path.stem, folder=base))
        except StructureFileError as exc:
            bad.append(exc)
    return StructureCatalogue(structures=tuple(good), refused=tuple(bad))


def list_structures(*, folder: Path | None = None) -> tuple[str, ...]:
    """The ids of the structures in the folder that load, sorted (broken files left out)."""
    return structure_catalogue(folder=folder).ids


def structure_yaml(structure: MeetingStructure) -> str:
    """The structure as a YAML file to edit, with a Dutch header that explains the fields (``audience`` too).

    ``structure_from_bytes(structure_yaml(s).encode(), ...)`` gives ``s`` back.
    """
    data = structure.model_dump(mode="json", exclude_defaults=True)
    # the audience is always written, also the default: a coach who edits the file sees where to say "team"
    head = {"schema_version": 1, "id": structure.id, "title": structure.title, "audience": structure.audience}
    data = {**head, **data}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return say.yaml_header() + body


_STEP_KEYS = {
    "overzicht": "structures.step.overzicht",
    "signaleren": "structures.step.signaleren",
    "onderwijsbehoeften": "structures.step.onderwijsbehoeften",
    "clusteren": "structures.step.clusteren",
    "plannen": "structures.step.plannen",
    "uitvoeren": "structures.step.uitvoeren",
    "evalueren": "structures.step.evalueren",
}


def step_label(step: str | None) -> str:
    """The Dutch label of an HGW cycle step ("" for none or an unknown code)."""
    key = _STEP_KEYS.get(step or "")
    return t(key) if key else ""
