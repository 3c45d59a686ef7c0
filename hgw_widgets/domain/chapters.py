"""The workbook's chapters, read from the notebooks' own metadata (never typed twice).

Every chapter notebook carries ``metadata.hgw = {"chapter": "02", "title": ..., "teaching_minutes":
N, "exercise_minutes": N}``; its first markdown cell has "## Vragen" and "## Leerdoelen", and each
exercise starts with a heading "## Opdracht ...". This module reads that with ``json`` only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..paths import notebooks_dir

NOTEBOOKS = notebooks_dir()
START_NUMBER = "00"
_NAME_RE = re.compile(r"^(\d\d)-[a-z0-9-]+\.ipynb$")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_BULLET_RE = re.compile(r"^\s*[-*]\s+(.*?)\s*$")
_EXERCISE_RE = re.compile(r"^opdracht\b", re.IGNORECASE)
MAX_NOTEBOOK_BYTES = 5_000_000


@dataclass(frozen=True)
class Chapter:
    """One chapter of the workbook, as its notebook describes itself."""

    number: str
    slug: str
    title: str
    teaching_minutes: int
    exercise_minutes: int
    questions: tuple[str, ...] = ()
    learning_goals: tuple[str, ...] = ()
    exercises: tuple[str, ...] = ()

    @property
    def minutes(self) -> int:
        """Teaching plus exercise time."""
        return self.teaching_minutes + self.exercise_minutes

    @property
    def filename(self) -> str:
        """The notebook's file name, also its link relative to any other chapter."""
        return f"{self.slug}.ipynb"

    @property
    def is_start(self) -> bool:
        return self.number == START_NUMBER


def _text(source: object) -> str:
    if isinstance(source, list):
        return "".join(str(part) for part in source)
    return source if isinstance(source, str) else ""


def _section(lines: list[str], name: str) -> tuple[str, ...]:
    """The bullet items under the heading ``name`` (up to the next heading)."""
    items: list[str] = []
    inside = False
    for line in lines:
        heading = _HEADING_RE.match(line)
        if heading:
            inside = heading.group(2).strip().lower() == name.lower()
            continue
        bullet = _BULLET_RE.match(line) if inside else None
        if bullet and bullet.group(1):
            items.append(bullet.group(1))
    return tuple(items)


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def parse_chapter(slug: str, notebook: object) -> Chapter | None:
    """A ``Chapter`` from a notebook's JSON, or ``None`` when it carries no chapter metadata."""
    if not isinstance(notebook, dict):
        return None
    meta = notebook.get("metadata", {})
    hgw = meta.get("hgw") if isinstance(meta, dict) else None
    if not isinstance(hgw, dict) or not isinstance(hgw.get("title"), str):
        return None
    number = str(hgw.get("chapter", ""))
    if not re.fullmatch(r"\d\d", number) or not slug.startswith(number + "-"):
        return None
    cells = notebook.get("cells", [])
    markdown = [
        _text(cell.get("source"))
        for cell in (cells if isinstance(cells, list) else [])
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown"
    ]
    first = markdown[0].splitlines() if markdown else []
    exercises = []
    for text in markdown:
        for line in text.splitlines():
            heading = _HEADING_RE.match(line)
            if heading and len(heading.group(1)) == 2 and _EXERCISE_RE.match(heading.group(2)):
                exercises.append(heading.group(2))
    return Chapter(
        number=number,
        slug=slug,
        title=hgw["title"].strip(),
        teaching_minutes=_int(hgw.get("teaching_minutes")),
        exercise_minutes=_int(hgw.get("exercise_minutes")),
        questions=_section(first, "Vragen"),
        learning_goals=_section(first, "Leerdoelen"),
        exercises=tuple(exercises),
    )


def read_chapter(path: Path) -> Chapter | None:
    """Read one notebook; ``None`` for files that are not (readable) chapters."""
    if not _NAME_RE.match(path.name) or not path.is_file() or path.stat().st_size > MAX_NOTEBOOK_BYTES:
        return None
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return parse_chapter(path.stem, notebook)


@lru_cache(maxsize=8)
def _cached(folder: str, stamp: tuple[tuple[str, float], ...]) -> tuple[Chapter, ...]:
    chapters = (read_chapter(Path(folder) / name) for name, _ in stamp)
    found = sorted((c for c in chapters if c is not None), key=lambda c: (c.number, c.slug))
    unique: dict[str, Chapter] = {}
    for chapter in found:
        unique.setdefault(chapter.number, chapter)
    return tuple(unique.values())


def list_chapters(folder: Path | None = None) -> tuple[Chapter, ...]:
    """Every chapter in ``folder`` (default: the workbook's notebooks), by number.

    Files without chapter metadata or with broken JSON are left out (the structure test names
    them). When two notebooks claim one number, the first by name wins.
    """
    folder = Path(folder) if folder is not None else NOTEBOOKS
    if not folder.is_dir():
        return ()
    stamp = tuple(sorted((p.name, p.stat().st_mtime) for p in folder.glob("*.ipynb")))
    return _cached(str(folder), stamp)


def find_chapter(number: str, chapters: tuple[Chapter, ...] | None = None) -> Chapter | None:
    """The chapter with this number (``"02"``, or ``2``), or ``None``."""
    chapters = list_chapters() if chapters is None else chapters
    wanted = f"{int(number):02d}" if str(number).isdigit() else str(number)
    return next((c for c in chapters if c.number == wanted), None)


def neighbours(number: str, chapters: tuple[Chapter, ...] | None = None) -> tuple[Chapter | None, Chapter | None]:
    """The chapters before and after ``number`` (the start page is not a neighbour)."""
    chapters = list_chapters() if chapters is None else chapters
    route = [c for c in chapters if not c.is_start]
    current = find_chapter(number, chapters)
    if current is None or current.is_start:
        return None, (route[0] if route and current is not None else None)
    index = route.index(current)
    previous = route[index - 1] if index > 0 else None
    following = route[index + 1] if index + 1 < len(route) else None
    return previous, following


def start_chapter(chapters: tuple[Chapter, ...] | None = None) -> Chapter | None:
    """The start page (chapter ``"00"``), if present."""
    return find_chapter(START_NUMBER, chapters)
