"""Meeting structures as data: the phases of a conversation, in a validated YAML file.

A structure (``hgw_widgets/structures/<id>.yaml``) lists the phases of a kind
of meeting, each with its purpose, prompts, example phrasings and planned
minutes, and optionally the guideline (4-7) it serves. ``MeetingMode`` runs
any of them, so a coach adds a klassenbespreking by writing a file. Errors
name the file and the field, like the casebook loader.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import StructureFileError, describe_field_errors
from ..paths import package_file
from .datafile import read_yaml_file

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")
_MAX_FILE_BYTES = 256 * 1024
MAX_PHASES = 20


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class StructurePhase(_Model):
    """One phase of a meeting structure."""

    id: str = Field(pattern=_ID_RE.pattern)
    title: str = Field(min_length=1, max_length=120)
    guideline: int | None = Field(default=None, ge=4, le=7, description="richtlijn uit §4.5")
    minutes: int = Field(ge=1, le=120)
    purpose: str = Field(min_length=1, max_length=600)
    prompts: tuple[str, ...] = Field(default=(), max_length=12)
    phrasings: tuple[str, ...] = Field(default=(), max_length=12)


class MeetingStructure(_Model):
    """A kind of meeting: its phases in order."""

    schema_version: Literal[1] = 1
    id: str = Field(pattern=_ID_RE.pattern)
    title: str = Field(min_length=1, max_length=120)
    description: str = ""
    source: str = ""
    phases: tuple[StructurePhase, ...] = Field(min_length=1, max_length=MAX_PHASES)

    @property
    def minutes(self) -> int:
        """The planned length of the whole meeting."""
        return sum(p.minutes for p in self.phases)


def _folder() -> Path:
    return package_file("structures")


def parse_structure(data: object, *, name: str) -> MeetingStructure:
    """Validate loaded YAML data as a structure; errors name the file ``name``."""
    if not isinstance(data, dict):
        raise StructureFileError(f"{name}: expected a mapping of fields at the top, received {type(data).__name__}")
    try:
        structure = MeetingStructure.model_validate(data)
    except ValidationError as exc:
        raise StructureFileError("\n".join(describe_field_errors(exc.errors(), name))) from None
    seen: set[str] = set()
    for index, phase in enumerate(structure.phases):
        if phase.id in seen:
            raise StructureFileError(f"{name}: field 'phases.{index}.id': duplicate phase id {phase.id!r}")
        seen.add(phase.id)
    return structure


def load_structure(structure_id: str, *, folder: Path | None = None) -> MeetingStructure:
    """Load and validate ``structures/<structure_id>.yaml``.

    Args:
        structure_id: e.g. ``"oudergesprek-bij-zorgen"``.
        folder: another folder of structures (tests and coaches use this).

    Raises:
        StructureFileError: a bad name, a missing or too large file, not UTF-8
            YAML, or not matching the schema; the message names file and field.
    """
    path, data = read_yaml_file(folder or _folder(), structure_id, kind="structure", id_re=_ID_RE,
                                max_bytes=_MAX_FILE_BYTES, error=StructureFileError)
    structure = parse_structure(data, name=path.name)
    if structure.id != path.stem:
        raise StructureFileError(
            f"{path.name}: field 'id': expected the file name {path.stem!r}, received {structure.id!r}"
        )
    return structure


def list_structures(*, folder: Path | None = None) -> tuple[str, ...]:
    """The ids of all structures in the folder, sorted."""
    return tuple(sorted(p.stem for p in (folder or _folder()).glob("*.yaml")))
