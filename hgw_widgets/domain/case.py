"""Cases as data: one YAML file per case in ``casebook/``, one schema, one safe loader.

The schema is a set of frozen pydantic models that allow no unknown keys.
English keys, Dutch values. ``load_case("jordi")`` reads
``casebook/jordi.yaml``; names that would lead outside ``casebook/`` are
refused. Every error names the file, the field, what was expected and what
was found.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import CaseFileError, describe_field_errors
from ..paths import casebook_dir as _shipped_casebook
from .datafile import read_yaml_file

CASEBOOK_DIR = _shipped_casebook()
"""The shipped casebook (inside the package in a wheel, at the repository root in a checkout)."""

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")
_MAX_FILE_BYTES = 512 * 1024


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Student(_Model):
    """Who the case is about (a fictional student)."""

    name: str = Field(min_length=1, max_length=40)
    age: int | None = Field(default=None, ge=10, le=21)
    school_type: str = Field(min_length=1, description="praktijkonderwijs, vmbo-bb, havo, ...")
    year: int = Field(ge=1, le=6, description="leerjaar")


class Scene(_Model):
    """One part of the story, told in our own words."""

    heading: str = Field(min_length=1)
    text: str = Field(min_length=1)


class CaseGoal(_Model):
    """A goal as it stands on the case's goal card."""

    text: str = Field(min_length=1, max_length=300)
    owner: Literal["student", "teacher"] = "student"
    added_by_student: bool = False


class CaseGoalCard(_Model):
    """The goal card a case arrives at, and how it worked out."""

    vague_instruction: str = Field(min_length=1)
    goals: tuple[CaseGoal, ...] = Field(min_length=1)
    student_addition: str = ""
    teacher_commitment: str = ""
    evaluation_after: str = Field(min_length=1, description="e.g. 'drie weken'")
    evaluation_weeks: int = Field(ge=1, le=52)
    outcome: str = Field(min_length=1)
    feedback_well: tuple[str, ...] = ()
    feedback_better: tuple[str, ...] = ()


class CaseTracking(_Model):
    """A tracking schema agreed in a case (Kevin: per lesson, initialled daily at home)."""

    goals: tuple[CaseGoal, ...] = Field(min_length=1)
    per: Literal["lesson", "day"] = "lesson"
    parent_initials_daily: bool = False
    weekly_review: str = Field(default="", description="e.g. 'elke vrijdag met de mentor'")
    evaluation_weeks: int = Field(ge=1, le=52)
    evaluation_with: str = ""


Area = Literal["learning", "work_attitude", "cognitive", "social_emotional", "creative", "physical", "interests"]
"""One of the seven areas of guideline 5 (``domain.areas.AREAS``)."""


class CaseStrength(_Model):
    """A positive aspect named in a conversation, in one of the seven areas."""

    area: Area
    text: str = Field(min_length=1, max_length=300)


class CaseConcern(_Model):
    """A concern of the school, with a concrete recent example."""

    text: str = Field(min_length=1, max_length=300, description="worded to follow 'Wij maken ons zorgen omdat'")
    example: str = Field(default="", max_length=1200, description="a concrete, recent example")
    area: Area | None = None


class CaseAgreement(_Model):
    """An agreement from a conversation: who does what, when."""

    who: str = Field(min_length=1, max_length=80)
    what: str = Field(min_length=1, max_length=300)
    when: str = Field(min_length=1, max_length=120)


class CaseConversation(_Model):
    """One conversation with parents (and the student) in a case."""

    title: str = Field(min_length=1, max_length=120)
    chair: str = Field(min_length=1, max_length=80, description="gespreksleider")
    participants: tuple[str, ...] = Field(min_length=1)
    student_present: bool = False
    reason: str = Field(min_length=1, description="aanleiding")
    goals: tuple[str, ...] = ()
    minutes: int | None = Field(default=None, ge=5, le=180)
    opening: str = Field(default="", description="how the chair opens: shared goal, metacommunication")
    school_examples: tuple[str, ...] = ()
    home_examples: tuple[str, ...] = ()
    strengths: tuple[CaseStrength, ...] = ()
    concerns: tuple[CaseConcern, ...] = ()
    agreements: tuple[CaseAgreement, ...] = ()
    evaluation: str = Field(default="", description="when and with whom the agreements are evaluated")


class CaseFragment(_Model):
    """A short piece of a conversation and the guideline (4-7) it shows."""

    text: str = Field(min_length=1, max_length=600)
    guideline: int = Field(ge=4, le=7)
    why: str = Field(min_length=1, max_length=400)


class CaseReply(_Model):
    """A possible reply in a welles-nietes moment: it argues or it explores."""

    text: str = Field(min_length=1, max_length=300)
    kind: Literal["argues", "explores"]
    why: str = Field(min_length=1, max_length=300)


class CaseWellesNietes(_Model):
    """Two statements from school and home that contradict each other."""

    school: str = Field(min_length=1, max_length=300)
    home: str = Field(min_length=1, max_length=300)
    first: Literal["school", "home"] = "school"
    replies: tuple[CaseReply, ...] = Field(min_length=2)


class CaseBluntQuestion(_Model):
    """A question asked without introduction, and what metacommunication would add (Mila)."""

    question: str = Field(min_length=1, max_length=300)
    ask: str = Field(min_length=1, max_length=200, description="what the chair is going to ask")
    because: str = Field(min_length=1, max_length=200, description="what the answer makes possible")


class Case(_Model):
    """A case from the book, retold for the workbook."""

    schema_version: Literal[1] = 1
    id: str = Field(pattern=_ID_RE.pattern)
    title: str = Field(min_length=1, max_length=120)
    student: Student
    principles: tuple[int, ...] = Field(default=(), description="HGW-uitgangspunten 1-7")
    guidelines: tuple[int, ...] = Field(default=(), description="richtlijnen uit §4.5")
    summary: str = Field(min_length=1)
    story: tuple[Scene, ...] = Field(min_length=1)
    goal_card: CaseGoalCard | None = None
    tracking: CaseTracking | None = None
    conversations: tuple[CaseConversation, ...] = ()
    fragments: tuple[CaseFragment, ...] = ()
    welles_nietes: tuple[CaseWellesNietes, ...] = ()
    blunt_question: CaseBluntQuestion | None = None
    source: str = Field(min_length=1, description="where in the book, retold in our own words")


def parse_case(data: object, *, source: Path) -> Case:
    """Validate already-loaded YAML data as a case; errors name ``source``."""
    if not isinstance(data, dict):
        raise CaseFileError(
            f"{source.name}: expected a mapping of fields at the top, received {type(data).__name__}"
        )
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        lines = describe_field_errors(exc.errors(), source.name)
        raise CaseFileError("\n".join(lines)) from None
    if case.id != source.stem:
        raise CaseFileError(
            f"{source.name}: field 'id': expected the file name {source.stem!r}, received {case.id!r}"
        )
    return case


def load_case(case_id: str, *, casebook_dir: Path | None = None) -> Case:
    """Load and validate ``casebook/<case_id>.yaml``.

    Args:
        case_id: the case's stable id, e.g. ``"jordi"``.
        casebook_dir: another casebook folder (tests use this).

    Raises:
        CaseFileError: the id is not a plain name, the file is missing or
            too large, is not UTF-8 YAML, or does not match the schema.
    """
    path, data = read_yaml_file(casebook_dir or CASEBOOK_DIR, case_id, kind="case", id_re=_ID_RE,
                                max_bytes=_MAX_FILE_BYTES, error=CaseFileError)
    return parse_case(data, source=path)


def list_cases(*, casebook_dir: Path | None = None) -> tuple[str, ...]:
    """The ids of all cases in the casebook, sorted."""
    folder = casebook_dir or CASEBOOK_DIR
    return tuple(sorted(p.stem for p in folder.glob("*.yaml")))
