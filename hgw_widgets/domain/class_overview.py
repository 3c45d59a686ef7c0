"""The class overview: class goals per subject, and what each student needs.

``class_summary`` answers the team's question per subject: how many students
have a pass mark, and is the class goal (the minimum percentage) met?
``ClassOverview`` keeps the grades together with the pass mark, the targets
and, per student, strengths in the seven areas, stimulating and hindering
factors, educational needs and a subgroup. All objects are frozen; the
``with_...`` methods return a changed copy.

The counting (``class_summary``, ``below_pass_mark``, ...) lives in
``class_results``: a grade is compared as it is shown ("5,5"), a percentage
too ("80 %"). An overview made from a file with periods keeps every period's
table (``tables``) and shows one (``choice``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

from ..messages import t
from .areas import AREAS, FACTOR_KINDS, MAX_NOTE_CHARS, Factor, Strength  # noqa: F401 (re-exported)
from .class_results import (  # noqa: F401 (re-exported)
    DEFAULT_SEVERAL, MAX_SEVERAL, MIN_SEVERAL, ClassTarget, Grade, below_pass_mark, check_pass_mark, class_summary,
    parse_several_minimum, several_insufficient, sufficient_mask,
)
from .issues import Issue
from .needs import NEED_KINDS, EducationalNeed  # noqa: F401 (re-exported)
from .text import one_line
from .grades import GradeChoice, GradeImport, GradeTable, ImportNotes

MAX_NOTES_PER_STUDENT = 30
MAX_STUDENTS = 500
"""An overview is for a class or a year group; larger uploads are refused by the view."""
MAX_SUBJECTS = 60

SUBGROUPS: tuple[str, ...] = ("basis", "intensief", "verdiept")
"""Basis (the regular offer), intensief (extra instruction and practice), verdiept (more challenge)."""

# --- per student -------------------------------------------------------------------


@dataclass(frozen=True)
class StudentNotes:
    """What the team records about one student in the class overview."""

    name: str
    strengths: tuple[Strength, ...] = ()
    factors: tuple[Factor, ...] = ()
    needs: tuple[EducationalNeed, ...] = ()
    subgroup: str = "basis"

    def __post_init__(self) -> None:
        if self.subgroup not in SUBGROUPS:
            raise ValueError(f"subgroup must be one of {SUBGROUPS}, got {self.subgroup!r}")
        for name in ("strengths", "factors", "needs"):
            items = tuple(getattr(self, name))
            if len(items) > MAX_NOTES_PER_STUDENT:
                raise ValueError(f"at most {MAX_NOTES_PER_STUDENT} {name} per student")
            object.__setattr__(self, name, items)

    @property
    def stimulating(self) -> tuple[Factor, ...]:
        """The stimulating factors."""
        return tuple(f for f in self.factors if f.kind == "stimulating")

    @property
    def hindering(self) -> tuple[Factor, ...]:
        """The hindering factors."""
        return tuple(f for f in self.factors if f.kind == "hindering")

    @property
    def is_empty(self) -> bool:
        """Nothing recorded beyond the default subgroup."""
        return not (self.strengths or self.factors or self.needs) and self.subgroup == "basis"


NOTE_FIELDS: tuple[str, ...] = ("strengths", "factors", "needs")


def add_note(notes: StudentNotes, field: str, kind: object, text: object) -> tuple[StudentNotes, Issue | None]:
    """``notes`` with a strength, factor or need added, or unchanged with the reason.

    Args:
        notes: the student's notes.
        field: ``"strengths"`` (``kind``: an area of ``AREAS``), ``"factors"`` (``kind``: one of
            ``FACTOR_KINDS``) or ``"needs"`` (``kind``: one of ``NEED_KINDS``).
        kind: as chosen in the view (untrusted).
        text: as typed (untrusted): one line, cut at ``MAX_NOTE_CHARS``.

    Returns:
        ``(new notes, None)``, or ``(notes, Issue)`` with code ``empty`` (field ``text``),
        ``unknown_kind`` (field ``kind``) or ``full`` (field: ``field``, detail ``MAX_NOTES_PER_STUDENT``).
    """
    if field not in NOTE_FIELDS:
        raise ValueError(f"field must be one of {NOTE_FIELDS}, got {field!r}")
    line = one_line(text, MAX_NOTE_CHARS)
    if not line:
        return notes, Issue("empty", "text")
    kinds = {"strengths": AREAS, "factors": FACTOR_KINDS, "needs": NEED_KINDS}[field]
    if kind not in kinds:
        return notes, Issue("unknown_kind", "kind")
    items = getattr(notes, field)
    if len(items) >= MAX_NOTES_PER_STUDENT:
        return notes, Issue("full", field, str(MAX_NOTES_PER_STUDENT))
    item = {"strengths": Strength, "factors": Factor, "needs": EducationalNeed}[field](kind, line)
    return replace(notes, **{field: (*items, item)}), None


# --- the overview ------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class ClassOverview:
    """Grades, class goals and per-student notes of one class.

    Args:
        grades: one row per student, one float column per subject (the table shown).
        class_name: e.g. "2B" (free text).
        pass_mark: the lowest sufficient grade.
        targets: class goals (minimum percentage sufficient) per subject.
        notes: per-student notes; students without notes get empty ones.
        markers: marker counts from the import (for the report).
        words: word grades in the shape of ``grades`` (None where none).
        tables: every choice's table (e.g. one per period); empty: only ``grades``.
        choices: the choices, in order; ``choice`` is the one shown.
        reading: what the import did with the file (columns set aside, ...).
    """

    grades: pd.DataFrame
    class_name: str = ""
    pass_mark: float = 5.5
    targets: tuple[ClassTarget, ...] = ()
    notes: tuple[StudentNotes, ...] = ()
    markers: Mapping[str, int] = field(default_factory=dict)
    words: pd.DataFrame | None = None
    tables: Mapping[str, GradeTable] = field(default_factory=dict)
    choices: tuple[GradeChoice, ...] = ()
    choice: str = ""
    reading: ImportNotes | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.grades, pd.DataFrame):
            raise TypeError("grades must be a DataFrame as returned by read_grades")
        table = GradeTable.of(self.grades, self.words)
        if table.words.shape != self.grades.shape:
            raise ValueError("words must have the shape of grades")
        object.__setattr__(self, "words", table.words)
        if not self.choices:
            object.__setattr__(self, "choices", (GradeChoice(":file", "", "file"),))
            object.__setattr__(self, "choice", ":file")
        tables = dict(self.tables) or {self.choice: table}
        if self.choice not in tables or {c.key for c in self.choices} != set(tables):
            raise ValueError("choice and choices must name the tables")
        if any(not (x.grades.index.equals(self.grades.index) and x.grades.columns.equals(self.grades.columns))
               for x in tables.values()):
            raise ValueError("every table must have the same students and subjects")
        object.__setattr__(self, "tables", tables)
        object.__setattr__(self, "pass_mark", check_pass_mark(self.pass_mark))
        object.__setattr__(self, "class_name", one_line(self.class_name, 40))
        subjects = set(self.subjects)
        targets = tuple(self.targets)
        if any(x.subject not in subjects for x in targets):
            raise ValueError("a target names a subject that is not in the grades")
        object.__setattr__(self, "targets", targets)
        names = set(self.students)
        object.__setattr__(self, "notes", tuple(n for n in self.notes if n.name in names))
        object.__setattr__(self, "markers", dict(self.markers))

    @classmethod
    def from_import(cls, report: GradeImport, **kwargs) -> ClassOverview:
        """An overview of everything a file held, showing its default choice."""
        table = report.table(report.default_choice)
        return cls(table.grades, words=table.words, tables=dict(report.tables), choices=report.choices,
                   choice=report.default_choice, markers=report.markers, reading=report.notes, **kwargs)

    @property
    def current(self) -> GradeChoice:
        """The choice shown."""
        return next(c for c in self.choices if c.key == self.choice)

    @property
    def subjects(self) -> tuple[str, ...]:
        """The subjects, in file order."""
        return tuple(str(c) for c in self.grades.columns)

    @property
    def students(self) -> tuple[str, ...]:
        """The students, in file order."""
        return tuple(str(i) for i in self.grades.index)

    def target_for(self, subject: str) -> float | None:
        """The class goal for a subject, or None."""
        return next((x.percent for x in self.targets if x.subject == subject), None)

    def notes_for(self, name: str) -> StudentNotes:
        """The notes about one student (empty notes if none were recorded)."""
        return next((n for n in self.notes if n.name == name), StudentNotes(name))

    def summary(self) -> pd.DataFrame:
        """``class_summary`` with this overview's pass mark and targets."""
        return class_summary(self.grades, pass_mark=self.pass_mark, words=self.words, targets=self.targets)

    def below_pass_mark(self) -> dict[str, tuple[tuple[str, Grade], ...]]:
        """Per subject, the students below the pass mark (numbers lowest first, then word grades)."""
        return below_pass_mark(self.grades, pass_mark=self.pass_mark, words=self.words)

    def several_insufficient(self, minimum: int = 2) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Students with at least ``minimum`` insufficient subjects."""
        return several_insufficient(self.grades, pass_mark=self.pass_mark, minimum=minimum, words=self.words)

    def sufficient(self) -> pd.DataFrame:
        """True where a grade (number or word) is sufficient."""
        return sufficient_mask(self.grades, pass_mark=self.pass_mark, words=self.words)

    def members(self, subgroup: str) -> tuple[str, ...]:
        """The students in a subgroup, in file order."""
        return tuple(name for name in self.students if self.notes_for(name).subgroup == subgroup)

    def with_pass_mark(self, pass_mark: float) -> ClassOverview:
        """A copy with another pass mark."""
        return replace(self, pass_mark=pass_mark)

    def with_choice(self, key: str) -> ClassOverview:
        """A copy showing another choice (period, report grade or tests); notes and goals stay."""
        if key not in self.tables:
            raise ValueError(f"unknown choice {key!r}")
        table = self.tables[key]
        return replace(self, grades=table.grades, words=table.words, choice=key)

    def with_target(self, subject: str, percent: float | None) -> ClassOverview:
        """A copy with the class goal of one subject set (or removed with None)."""
        if subject not in self.subjects:
            raise ValueError(f"unknown subject {subject!r}")
        others = tuple(x for x in self.targets if x.subject != subject)
        if percent is None:
            return replace(self, targets=others)
        order = {s: i for i, s in enumerate(self.subjects)}
        targets = sorted((*others, ClassTarget(subject, percent)), key=lambda x: order[x.subject])
        return replace(self, targets=tuple(targets))

    def with_notes(self, notes: StudentNotes) -> ClassOverview:
        """A copy with one student's notes replaced."""
        if notes.name not in self.students:
            raise ValueError(f"unknown student {notes.name!r}")
        others = tuple(n for n in self.notes if n.name != notes.name)
        return replace(self, notes=others if notes.is_empty else (*others, notes))


__all__ = [
    "AREAS", "ClassOverview", "ClassTarget", "EducationalNeed", "Factor", "StudentNotes", "Strength",
    "SUBGROUPS", "below_pass_mark", "class_summary", "parse_several_minimum", "several_insufficient", "sufficient_mask",
]
