"""What reading a grade file gives: one table per choice (period, report grade) and what was set aside.

A ``GradeTable`` holds, per student and subject, a number (``grades``, float,
NaN where none) or a word grade (``words``, a code of ``WORD_CODES`` or None).
A file without periods has one table. A file with a period column has one per
period; a per-grade list that carries report grades (or period averages) has,
per period, one table with the school's report grade and one computed from the
tests. ``GradeImport.default_choice`` is the latest period, with the report
grade where the file has one.

``ImportNotes`` says, as data, what the reader did: which columns it used for
the name and the number, which it set aside and why, which rows were no
student, how many grades did not count, carried a mark or were words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from .problems import column_text, fail, letter

MAX_PERIODS = 12
"""A period column with more distinct values than this is refused (it is not a period)."""
MAX_CHOICES = 2 * MAX_PERIODS
"""Per period at most two choices: the school's report grade (or average) and the tests."""

Basis = Literal["file", "tests", "report", "average"]
BASES: tuple[str, ...] = ("file", "tests", "report", "average")
SET_ASIDE_REASONS: tuple[str, ...] = ("known", "not_grades", "summary", "no_header", "duplicate", "unused")
"""Why a column was set aside: a known non-grade column (class, mentor, ...), cells that are no grades,
a summary column (Gemiddelde), data without a header, a header seen before, a column a per-grade list
does not need."""

_PERIOD_NUMBER = re.compile(r"(?:p|per|periode|period|rapport|r)?\s*\.?\s*(\d{1,2})", re.IGNORECASE)


@dataclass(frozen=True, eq=False)
class GradeTable:
    """Numbers and word grades, one row per student, one column per subject (same index and columns)."""

    grades: pd.DataFrame
    words: pd.DataFrame

    @classmethod
    def of(cls, grades: pd.DataFrame, words: pd.DataFrame | None = None) -> GradeTable:
        """A table from numbers and (optionally) word grades; missing words are None."""
        if words is None:
            words = pd.DataFrame(np.full(grades.shape, None, dtype=object), index=grades.index,
                                 columns=grades.columns, dtype=object)
        else:  # None where there is no word, never NaN
            words = words.astype(object).where(pd.notna(words), None)
        return cls(grades, words)


@dataclass(frozen=True)
class GradeChoice:
    """One way to read the file: a period (or "") and the basis of its grades.

    ``computed`` counts, for a report-grade choice, the grades that had no
    report grade and were computed from the tests instead.
    """

    key: str
    period: str
    basis: Basis
    computed: int = 0


@dataclass(frozen=True)
class SetAside:
    """A column that was not read as a subject, and why (``SET_ASIDE_REASONS``)."""

    header: str
    column: int
    reason: str

    @property
    def letter(self) -> str:
        """The column letter, as in a spreadsheet."""
        return letter(self.column)


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not a student (e.g. "Gemiddelde" under the class)."""

    row: int
    label: str


@dataclass(frozen=True)
class ImportNotes:
    """What the reader did with the file, as data (a view turns it into Dutch)."""

    layout: Literal["wide", "long"] = "wide"
    file_type: Literal["csv", "xlsx"] = "csv"
    name_columns: tuple[str, ...] = ()
    number_column: str = ""
    period_column: str = ""
    set_aside: tuple[SetAside, ...] = ()
    skipped_rows: tuple[SkippedRow, ...] = ()
    not_counted: int = 0
    marked: int = 0
    word_grades: int = 0
    mixed: int = 0


@dataclass(frozen=True, eq=False)
class GradeImport:
    """Everything read from a grade file.

    ``grades`` and ``words`` are the default choice's table; ``table(key)``
    gives another. ``markers`` counts the cells with "inh", "vr", "-", ...
    """

    tables: Mapping[str, GradeTable]
    choices: tuple[GradeChoice, ...]
    default_choice: str
    markers: dict[str, int]
    notes: ImportNotes = field(default_factory=ImportNotes)
    encoding: str | None = None
    separator: str | None = None

    def table(self, key: str) -> GradeTable:
        """The table of one choice (``KeyError`` for an unknown key)."""
        return self.tables[key]

    @property
    def grades(self) -> pd.DataFrame:
        """The numbers of the default choice (NaN where there is no number)."""
        return self.tables[self.default_choice].grades

    @property
    def words(self) -> pd.DataFrame:
        """The word grades of the default choice (None where there is none)."""
        return self.tables[self.default_choice].words

    @property
    def layout(self) -> str:
        """``"wide"`` (one row per student) or ``"long"`` (one row per grade)."""
        return self.notes.layout

    @property
    def file_type(self) -> str:
        """``"csv"`` or ``"xlsx"``."""
        return self.notes.file_type

    @property
    def ignored_columns(self) -> tuple[str, ...]:
        """The headers of the columns that were set aside."""
        return tuple(item.header for item in self.notes.set_aside)


def choice_key(period: str, basis: str) -> str:
    """The key of a choice: "2:report", ":file"."""
    return f"{period}:{basis}"


def period_order(periods: list[str], *, header: str = "", column: int = 0, header_row: int = 1) -> list[str]:
    """Periods in order: by their number when every one has one ("P1", "2"), else as in the file.

    Raises:
        GradeFileError: more than ``MAX_PERIODS`` different periods.
    """
    if len(periods) > MAX_PERIODS:
        fail("too many periods", "grades.error.too_many_periods", row=header_row, column=column_text(header, column),
             count=len(periods), max=MAX_PERIODS)
    numbers = [_PERIOD_NUMBER.fullmatch(p.strip()) for p in periods]
    if all(numbers):
        return [p for _, p in sorted(zip((int(m.group(1)) for m in numbers), periods), key=lambda x: x[0])]
    return list(periods)


def period_number(period: str) -> int | None:
    """The number in a period label ("P2" -> 2), or None."""
    match = _PERIOD_NUMBER.fullmatch(period.strip())
    return int(match.group(1)) if match else None


def place(student_index: np.ndarray, subject_index: np.ndarray, shape: tuple[int, int],
          numbers: np.ndarray, words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Matrices of numbers (NaN) and words (None) with one value per (student, subject)."""
    grid = np.full(shape, np.nan)
    word_grid = np.full(shape, None, dtype=object)
    grid[student_index, subject_index] = numbers
    word_grid[student_index, subject_index] = words
    return grid, word_grid


def frame(values: np.ndarray, students: list[str], subjects: list[str], dtype) -> pd.DataFrame:
    """A grade frame with the index ``leerling`` and the columns ``vak``."""
    return pd.DataFrame(values, index=pd.Index(students, name="leerling"), columns=pd.Index(subjects, name="vak"),
                        dtype=dtype)
