"""The trainer's guide as data (issue 16): programmes, notes per chapter, answer keys, handouts.

Read from ``hgw_widgets/guide/trainer.yaml`` (one schema, no unknown keys). The rules a trainer
relies on are checked here, not hoped for:

- a programme's blocks add up to its length, and a block that holds exercises gives each its own
  minutes (from the chapter's heading, "(10 minuten)") plus ``PLENARY_MINUTES`` to discuss it;
- every exercise of every chapter has a model answer in the chapter (``in_chapter``: a phrase that
  stands in the exercise's part of the notebook) or an answer key in the guide (``key``);
- a programme with an exercise whose work can go to the trainer's wall (``WALL_EXERCISES``) says how
  the wall is used in it (``Programme.wall``) and, at each such block, what the group shares and
  discusses there (``Block.wall``).

An exercise is named as its chapter heading up to the colon: "Opdracht 1", or "Opdracht".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import HgwError
from ..paths import notebooks_dir, package_file
from .chapters import Chapter, list_chapters
from .issues import Issue

PLENARY_MINUTES = 5
"""Minutes to discuss one exercise with the whole group (the issue: "five-minute plenary discussions")."""
WALL_EXERCISES: dict[str, tuple[str, ...]] = {"01": ("Opdracht",), "02": ("Opdracht",), "06": ("Opdracht 1",)}
"""The exercises with a "Deel met de trainer" button (issue 16, ``views/share.py``): chapter 01's
self-assessment, chapter 02's drafted goals, chapter 06's welles-nietes replies."""
GUIDE_FILE = package_file("guide", "trainer.yaml")
_MINUTES_RE = re.compile(r"\((\d+)\s*minuten\)", re.IGNORECASE)
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_NAME_RE = re.compile(r"^(Opdracht(?:\s+\d+)?)\b", re.IGNORECASE)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Block(_Model):
    """One part of a programme: minutes, what happens, and which chapter's exercises."""

    minutes: int = Field(gt=0, le=240)
    what: str
    chapter: str | None = Field(default=None, pattern=r"^\d\d$")
    exercises: tuple[str, ...] = ()
    discuss: str = ""
    wall: str = ""
    """What the group shares on the trainer's wall in this block, and what to discuss on it."""


class Programme(_Model):
    """A session plan: its blocks in order and its declared length in minutes."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str
    audience: str
    minutes: int = Field(gt=0, le=480)
    blocks: tuple[Block, ...]
    variant: str = ""
    wall: str = ""
    """How the trainer's wall is used in this programme: where it is opened, when it is downloaded."""

    def starts(self) -> tuple[int, ...]:
        """The minute each block starts at (0 for the first)."""
        out, at = [], 0
        for block in self.blocks:
            out.append(at)
            at += block.minutes
        return tuple(out)


class ExerciseNote(_Model):
    """Where an exercise's answer is: a phrase in the chapter, a key in the guide, or both."""

    exercise: str
    in_chapter: str = ""
    key: str = ""


class ChapterNotes(_Model):
    """What to watch for, prompts to discuss, and the exercises' answers, for one chapter."""

    chapter: str = Field(pattern=r"^\d\d$")
    watch: tuple[str, ...] = ()
    prompts: tuple[str, ...] = ()
    exercises: tuple[ExerciseNote, ...] = ()

    def note(self, exercise: str) -> ExerciseNote | None:
        """The note for ``"Opdracht 1"`` (or a whole heading), or ``None``."""
        wanted = exercise_name(exercise)
        return next((n for n in self.exercises if n.exercise == wanted), None)


class Handout(_Model):
    title: str
    intro: str = ""
    tips: tuple[str, ...] = ()


class TrainerGuide(_Model):
    """The whole guide."""

    schema_version: int = Field(ge=1, le=1)
    programmes: tuple[Programme, ...]
    chapters: tuple[ChapterNotes, ...]
    handouts: dict[str, Handout] = {}

    def programme(self, programme_id: str) -> Programme:
        for programme in self.programmes:
            if programme.id == programme_id:
                return programme
        raise HgwError(f"no programme {programme_id!r} in the trainer's guide",
                       message_nl=f"De trainershandleiding heeft geen programma “{programme_id}”.")

    def notes(self, number: str) -> ChapterNotes | None:
        return next((c for c in self.chapters if c.chapter == number), None)


def exercise_name(heading: str) -> str:
    """``"Opdracht 1: Jordi's doelenkaart (10 minuten)"`` -> ``"Opdracht 1"``; ``"Opdracht: ..."`` -> ``"Opdracht"``."""
    found = _NAME_RE.match(heading.strip())
    return found.group(1) if found else heading.split(":", 1)[0].strip()


def exercise_minutes(heading: str) -> int | None:
    """The minutes a chapter heading gives an exercise (``"(10 minuten)"``), or ``None``."""
    found = _MINUTES_RE.search(heading)
    return int(found.group(1)) if found else None


def parse_guide(data: object) -> TrainerGuide:
    """A ``TrainerGuide`` from loaded YAML; raises ``HgwError`` naming the field."""
    try:
        return TrainerGuide.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise HgwError(f"trainer guide: {where}: {first['msg']}",
                       message_nl=f"De trainershandleiding klopt niet bij {where}.") from None


@lru_cache(maxsize=2)
def load_guide(path: Path = GUIDE_FILE) -> TrainerGuide:
    """The workbook's trainer's guide (UTF-8 YAML, ``yaml.safe_load``)."""
    return parse_guide(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


def programme_issues(programme: Programme, chapters: tuple[Chapter, ...] | None = None) -> tuple[Issue, ...]:
    """What makes a programme unrealistic, as data.

    Codes: ``programme.total`` (blocks add up to ``detail`` minutes, not the declared length),
    ``programme.unknown_exercise`` (field: the block's index; detail: the exercise),
    ``programme.short_block`` (detail: the minutes the block's exercises need with discussion),
    ``programme.wall_block`` (field: the block's index; detail: the exercise whose work can go to the
    wall, while the block says nothing about it), ``programme.wall`` (the programme shares on the wall
    but does not say how the wall is used).
    """
    chapters = list_chapters() if chapters is None else chapters
    issues: list[Issue] = []
    total = sum(b.minutes for b in programme.blocks)
    if total != programme.minutes:
        issues.append(Issue("programme.total", "minutes", str(total)))
    for index, block in enumerate(programme.blocks):
        chapter = next((c for c in chapters if c.number == block.chapter), None)
        headings = {exercise_name(h): h for h in (chapter.exercises if chapter else ())}
        needed = 0
        for exercise in block.exercises:
            if exercise not in headings:
                issues.append(Issue("programme.unknown_exercise", str(index), exercise))
                continue
            needed += (exercise_minutes(headings[exercise]) or 0) + PLENARY_MINUTES
        if needed > block.minutes:
            issues.append(Issue("programme.short_block", str(index), str(needed)))
        shared = [e for e in block.exercises if e in WALL_EXERCISES.get(block.chapter or "", ())]
        if shared and not block.wall.strip():
            issues.append(Issue("programme.wall_block", str(index), shared[0]))
    shares = any(e in WALL_EXERCISES.get(b.chapter or "", ()) for b in programme.blocks for e in b.exercises)
    if shares and not programme.wall.strip():
        issues.append(Issue("programme.wall", "wall"))
    return tuple(issues)


def _markdown(path: Path) -> list[str]:
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    return ["".join(c.get("source", "")) if isinstance(c.get("source"), list) else str(c.get("source", ""))
            for c in cells if isinstance(c, dict) and c.get("cell_type") == "markdown"]


def exercise_parts(path: Path) -> dict[str, str]:
    """Each exercise's part of a chapter notebook: from its "## Opdracht" heading to the next one
    or to "## Kernpunten", keyed by ``exercise_name``."""
    parts: dict[str, list[str]] = {}
    current: str | None = None
    for text in _markdown(path):
        for line in text.splitlines():
            heading = _HEADING_RE.match(line)
            if heading and len(heading.group(1)) == 2:
                title = heading.group(2)
                if title.lower().startswith("opdracht"):
                    current = exercise_name(title)
                    parts[current] = []
                elif title.lower() == "kernpunten":
                    current = None
            if current is not None:
                parts[current].append(line)
    return {name: "\n".join(lines) for name, lines in parts.items()}


def unanswered(guide: TrainerGuide, chapters: tuple[Chapter, ...] | None = None,
               folder: Path | None = None) -> tuple[tuple[str, str], ...]:
    """Every ``(chapter, exercise)`` with neither an answer key in the guide nor a model answer in the
    chapter (an ``in_chapter`` phrase that stands in the exercise's part of the notebook)."""
    chapters = list_chapters(folder) if chapters is None else chapters
    missing: list[tuple[str, str]] = []
    for chapter in chapters:
        if not chapter.exercises:
            continue
        notes = guide.notes(chapter.number)
        parts = exercise_parts((folder or notebooks_dir()) / chapter.filename)
        for heading in chapter.exercises:
            name = exercise_name(heading)
            note = notes.note(name) if notes else None
            in_chapter = bool(note and note.in_chapter and note.in_chapter in parts.get(name, ""))
            if not (note and (note.key.strip() or in_chapter)):
                missing.append((chapter.number, name))
    return tuple(missing)

