"""The class overview: class goals per subject, and what each student needs.

``class_summary`` answers the team's question per subject: how many students
have a pass mark, and is the class goal (the minimum percentage) met?
``ClassOverview`` keeps the grades together with the pass mark, the targets
and, per student, strengths in the seven areas, stimulating and hindering
factors, educational needs and a subgroup. All objects are frozen; the
``with_...`` methods return a changed copy.

Pass-mark boundary: a grade counts as sufficient when, rounded to
``GRADE_DECIMALS`` (6) decimals, it is at or above the pass mark. This removes
the float artefacts of weighted means (5.4999999999999991 counts as 5.5)
without changing any real grade: no grade export has six decimals. The same
rounding is applied to the percentage before it is compared with the target.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from ..messages import t
from .areas import AREAS, FACTOR_KINDS, MAX_NOTE_CHARS, Factor, Strength, clean_note  # noqa: F401 (re-exported)

GRADE_DECIMALS = 6
MAX_NOTES_PER_STUDENT = 30
MAX_STUDENTS = 500
"""An overview is for a class or a year group; larger uploads are refused by the view."""
MAX_SUBJECTS = 60

SUBGROUPS: tuple[str, ...] = ("basis", "intensief", "verdiept")
"""Basis (the regular offer), intensief (extra instruction and practice), verdiept (more challenge)."""

NEED_KINDS: tuple[str, ...] = ("instruction", "tasks", "feedback", "teacher", "classmates", "parents", "other")

_NEED_LEAD_KEYS = {
    "instruction": "overview.need.lead.instruction",
    "tasks": "overview.need.lead.tasks",
    "feedback": "overview.need.lead.feedback",
    "teacher": "overview.need.lead.teacher",
    "classmates": "overview.need.lead.classmates",
    "parents": "overview.need.lead.parents",
}


# --- class goals -----------------------------------------------------------------


@dataclass(frozen=True)
class ClassTarget:
    """The team's minimum goal for one subject: at least ``percent`` % sufficient."""

    subject: str
    percent: float

    def __post_init__(self) -> None:
        percent = float(self.percent)
        if not 0 <= percent <= 100:
            raise ValueError(f"target for {self.subject!r} must be 0-100, got {self.percent!r}")
        object.__setattr__(self, "percent", percent)


def _check_pass_mark(pass_mark: float) -> float:
    value = float(pass_mark)
    if not 1 <= value <= 10:
        raise ValueError(f"pass_mark must be between 1 and 10, got {pass_mark!r}")
    return value


def _targets(targets, subjects: pd.Index) -> pd.Series:
    out = pd.Series(np.nan, index=subjects, dtype=float)
    if targets is None:
        return out
    items = targets.items() if isinstance(targets, Mapping) else ((x.subject, x.percent) for x in targets)
    for subject, percent in items:
        if subject not in out.index:
            raise ValueError(f"target for unknown subject {subject!r}")
        if percent is None or (isinstance(percent, float) and np.isnan(percent)):
            continue
        out[subject] = ClassTarget(subject, percent).percent
    return out


def sufficient_mask(grades: pd.DataFrame, *, pass_mark: float = 5.5) -> pd.DataFrame:
    """True where a grade is at or above the pass mark (see the module note on rounding)."""
    values = np.round(grades.to_numpy(dtype=float), GRADE_DECIMALS)
    with np.errstate(invalid="ignore"):
        return pd.DataFrame(values >= _check_pass_mark(pass_mark), index=grades.index, columns=grades.columns)


def class_summary(grades: pd.DataFrame, *, pass_mark: float = 5.5,
                  targets: Mapping[str, float | None] | Iterable[ClassTarget] | None = None) -> pd.DataFrame:
    """Per subject: how many students, how many sufficient, and is the class goal met.

    Args:
        grades: one row per student, one column per subject (``read_grades``).
        pass_mark: the lowest sufficient grade; 5.5 itself is sufficient.
        targets: minimum percentage sufficient per subject (0-100).

    Returns:
        One row per subject (index ``vak``) with ``students``, ``sufficient``,
        ``percent_sufficient`` (0-100, NaN without grades), ``target`` (NaN when
        none) and ``target_met`` (boolean; ``pd.NA`` without a target or grades).

    Raises:
        ValueError: pass mark outside 1-10, a target outside 0-100 or for an unknown subject.
    """
    if not isinstance(grades, pd.DataFrame):
        raise TypeError("grades must be a DataFrame as returned by read_grades")
    pass_mark = _check_pass_mark(pass_mark)
    values = grades.to_numpy(dtype=float)
    students = (~np.isnan(values)).sum(axis=0)
    sufficient = sufficient_mask(grades, pass_mark=pass_mark).to_numpy().sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        percent = np.where(students > 0, sufficient / np.maximum(students, 1) * 100, np.nan)
    target = _targets(targets, grades.columns).to_numpy()
    met = pd.array(
        [pd.NA if np.isnan(p) or np.isnan(g) else bool(round(p, GRADE_DECIMALS) >= g) for p, g in zip(percent, target)],
        dtype="boolean",
    )
    index = pd.Index([str(c) for c in grades.columns], name="vak")
    return pd.DataFrame(
        {
            "students": pd.array(students, dtype="int64"),
            "sufficient": pd.array(sufficient, dtype="int64"),
            "percent_sufficient": percent,
            "target": target,
            "target_met": met,
        },
        index=index,
    )


def below_pass_mark(grades: pd.DataFrame, *, pass_mark: float = 5.5) -> dict[str, tuple[tuple[str, float], ...]]:
    """Per subject, the students with a grade below the pass mark, lowest first."""
    ok = sufficient_mask(grades, pass_mark=pass_mark)
    out: dict[str, tuple[tuple[str, float], ...]] = {}
    for subject in grades.columns:
        column = grades[subject]
        low = column[column.notna() & ~ok[subject]].sort_values(kind="stable")
        out[str(subject)] = tuple((str(name), float(value)) for name, value in low.items())
    return out


def several_insufficient(grades: pd.DataFrame, *, pass_mark: float = 5.5,
                         minimum: int = 2) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Students with at least ``minimum`` insufficient subjects, most first."""
    low = grades.notna() & ~sufficient_mask(grades, pass_mark=pass_mark)
    counts = low.sum(axis=1)
    chosen = counts[counts >= minimum].sort_values(ascending=False, kind="stable")
    return tuple(
        (str(name), tuple(str(s) for s in grades.columns[low.loc[name].to_numpy()])) for name in chosen.index
    )


# --- per student -------------------------------------------------------------------


@dataclass(frozen=True)
class EducationalNeed:
    """What a student needs, written as "<naam> heeft ... nodig".

    Args:
        kind: what is needed: instruction, tasks, feedback, a teacher,
            classmates or parents "die ..." (``NEED_KINDS``), or ``"other"``
            for a free text between "heeft" and "nodig".
        text: the part after "die" (or the free text for ``"other"``).
    """

    kind: str
    text: str

    def __post_init__(self) -> None:
        if self.kind not in NEED_KINDS:
            raise ValueError(f"need kind must be one of {NEED_KINDS}, got {self.kind!r}")
        text = clean_note(self.text).rstrip(".").strip()
        if self.kind != "other" and text.casefold().startswith("die "):
            text = text[4:].strip()
        object.__setattr__(self, "text", text)

    def sentence(self, name: str) -> str:
        """The need as a Dutch sentence, e.g. "Sanne heeft feedback nodig die ...".

        The name is used as given; escape the result before showing it as HTML.
        """
        name = clean_note(name) or t("overview.need.someone")
        if self.kind == "other":
            return t("overview.need.sentence_free", name=name, text=self.text)
        return t("overview.need.sentence", name=name, lead=t(_NEED_LEAD_KEYS[self.kind]), text=self.text)


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


# --- the overview ------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class ClassOverview:
    """Grades, class goals and per-student notes of one class.

    Args:
        grades: one row per student, one float column per subject.
        class_name: e.g. "2B" (free text).
        pass_mark: the lowest sufficient grade.
        targets: class goals (minimum percentage sufficient) per subject.
        notes: per-student notes; students without notes get empty ones.
        markers: marker counts from the import (for the report).
    """

    grades: pd.DataFrame
    class_name: str = ""
    pass_mark: float = 5.5
    targets: tuple[ClassTarget, ...] = ()
    notes: tuple[StudentNotes, ...] = ()
    markers: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.grades, pd.DataFrame):
            raise TypeError("grades must be a DataFrame as returned by read_grades")
        object.__setattr__(self, "pass_mark", _check_pass_mark(self.pass_mark))
        object.__setattr__(self, "class_name", clean_note(self.class_name)[:40])
        subjects = set(self.subjects)
        targets = tuple(self.targets)
        if any(x.subject not in subjects for x in targets):
            raise ValueError("a target names a subject that is not in the grades")
        object.__setattr__(self, "targets", targets)
        names = set(self.students)
        object.__setattr__(self, "notes", tuple(n for n in self.notes if n.name in names))
        object.__setattr__(self, "markers", dict(self.markers))

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
        return class_summary(self.grades, pass_mark=self.pass_mark, targets=self.targets)

    def below_pass_mark(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """Per subject, the students below the pass mark."""
        return below_pass_mark(self.grades, pass_mark=self.pass_mark)

    def several_insufficient(self, minimum: int = 2) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Students with at least ``minimum`` insufficient subjects."""
        return several_insufficient(self.grades, pass_mark=self.pass_mark, minimum=minimum)

    def members(self, subgroup: str) -> tuple[str, ...]:
        """The students in a subgroup, in file order."""
        return tuple(name for name in self.students if self.notes_for(name).subgroup == subgroup)

    def with_pass_mark(self, pass_mark: float) -> ClassOverview:
        """A copy with another pass mark."""
        return replace(self, pass_mark=pass_mark)

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
    "SUBGROUPS", "below_pass_mark", "class_summary", "several_insufficient",
]
