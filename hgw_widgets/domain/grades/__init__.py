"""Read a grade export (CSV or .xlsx; one row per student or one row per grade) as the school means it.

``read_grades_report(source)`` returns a ``GradeImport``: per choice (a
period; the school's report grade or the mean of the tests) a table of
numbers and word grades, one row per student, one column per subject, and
``notes`` saying which columns were used for the name and the student number,
which were set aside and why, which rows were no student (a "Gemiddelde" row),
how many grades did not count, had a mark or were words. ``read_grades(source)``
returns the default choice's numbers only (NaN where there is no number).

What a cell means is in ``values``; what a column or row is, in ``layout`` and
``students``; the two file shapes in ``wide`` and ``long``; the limits and the
file formats in ``source``; the refusal that lists every problem in ``problems``.
Nothing is ever evaluated and nothing is written anywhere.
"""

from __future__ import annotations

import pandas as pd

from .problems import MAX_PROBLEMS, GradeProblem, problem_hints, problem_text
from .reader import interpret
from .source import MAX_BYTES, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_UNZIPPED_BYTES, Source, read_grid
from .subjects import SUBJECT_NAMES, subject_label, subject_name
from .table import (
    BASES, SET_ASIDE_REASONS, GradeChoice, GradeImport, GradeTable, ImportNotes, SetAside, SkippedRow, period_number,
)
from .values import MARKER_CODES, MARKERS, SUFFICIENT_WORDS, WORD_CODES, WORD_GRADES, is_sufficient_word


def read_grades(source: Source) -> pd.DataFrame:
    """Read a grade export into a table of grades (the default choice; NaN where no number).

    Args:
        source: a path, the file's bytes (an upload) or a binary file object.

    Raises:
        GradeFileError: the file cannot be read; ``message_nl`` names every problem's row and column.
    """
    return read_grades_report(source).grades


def read_grades_report(source: Source) -> GradeImport:
    """Read a grade export into every table it holds, with what was found and set aside on the way."""
    report = interpret(read_grid(source))
    report.grades.attrs["markers"] = dict(report.markers)
    return report


def subjects_of(grades: pd.DataFrame) -> tuple[str, ...]:
    """The subjects of a grade table, in file order."""
    return tuple(str(c) for c in grades.columns)


def students_of(grades: pd.DataFrame) -> tuple[str, ...]:
    """The students of a grade table, in file order."""
    return tuple(str(i) for i in grades.index)


__all__ = [
    "BASES", "GradeChoice", "GradeImport", "GradeProblem", "GradeTable", "ImportNotes", "MARKERS", "MARKER_CODES",
    "MAX_BYTES", "MAX_CELL_CHARS", "MAX_COLUMNS", "MAX_PROBLEMS", "MAX_ROWS", "MAX_UNZIPPED_BYTES",
    "SET_ASIDE_REASONS", "SUBJECT_NAMES", "SUFFICIENT_WORDS", "SetAside", "SkippedRow", "WORD_CODES", "WORD_GRADES",
    "is_sufficient_word", "period_number", "problem_hints", "problem_text", "read_grades", "read_grades_report", "students_of",
    "subject_label", "subject_name", "subjects_of",
]
