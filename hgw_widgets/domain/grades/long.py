"""Read a per-grade list: one row per grade, with subject, grade and maybe weight, flag, period, kind.

Per student (by number where there is one), subject and period:

- rows with "Telt mee" = Nee (or a weight of 0) do not count, and are counted;
- the tests give the weighted mean of their numbers; word grades are never
  averaged: a cell with only word grades takes the last one, a cell with numbers
  leaves its word grades out (counted as ``mixed``);
- a report grade (a "Rapportcijfer" row or column) or a period average in the
  file is the school's own figure: the choice for a period with such rows uses
  it (the last one), and falls back to the tests where a student has none.

Each period is a choice of its own; nothing is averaged across periods.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .layout import COUNTS, COUNTS_NOT, DESCRIPTION, GRADE, KIND, PERIOD, REPORT, SUBJECT, WEIGHT, find, row_kind
from .problems import GradeProblem, Problems
from .students import Students, labels
from .table import GradeChoice, GradeTable, SetAside, choice_key, frame, period_order
from .values import MARKED, NUMBER, OUT_OF_RANGE, TEXT, WORD, Column, marker_counts

YES = {"ja", "j", "yes", "y", "waar", "true", "1", "x", "wel", "✓"}
NO = {"nee", "n", "no", "onwaar", "false", "0", "niet"}
MAX_WEIGHT = 100


def is_long(keys: list[str], used: set[int]) -> tuple[int, int] | None:
    """(subject column, grade column) when the file is a per-grade list, else None."""
    subject_col = find(keys, SUBJECT, skip=used)
    grade_col = find(keys, GRADE, skip=used)
    if grade_col is None:
        grade_col = find(keys, REPORT, skip=used)
    return None if subject_col is None or grade_col is None else (subject_col, grade_col)


def _weight(text: str) -> float:
    if not text:
        return 1.0
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return -1.0
    return value if 0 <= value <= MAX_WEIGHT and text.replace(",", "").replace(".", "").isdigit() else -1.0


def _flag(text: str) -> float:
    folded = text.casefold()
    return 1.0 if not folded or folded in YES else 0.0 if folded in NO else -1.0


def _last_per_cell(cells: np.ndarray, rows: np.ndarray, size: int) -> np.ndarray:
    """For each cell, the last of ``rows`` (in file order) that falls in it; -1 where none."""
    out = np.full(size, -1, dtype=np.int64)
    if len(rows):
        reverse = cells[::-1]
        unique, index = np.unique(reverse, return_index=True)
        out[unique] = rows[::-1][index]
    return out


def read_long(columns: list[Column], rows: np.ndarray, headers: list[str], keys: list[str],
              students: Students, subject_col: int, grade_col: int, problems: Problems) -> dict:
    """Tables per period and basis, choices and counts of a per-grade list."""
    used = students.used | {subject_col, grade_col}
    weight_col = find(keys, WEIGHT, skip=used)
    counts_col = find(keys, COUNTS | COUNTS_NOT, skip=used)
    period_col = find(keys, PERIOD, skip=used)
    kind_col = find(keys, KIND, skip=used)
    if kind_col is None:
        described = find(keys, DESCRIPTION, skip=used)
        if described is not None and any(row_kind(u) != "test" for u in columns[described].uniques):
            kind_col = described
    used |= {c for c in (weight_col, counts_col, period_col, kind_col) if c is not None}
    aside = tuple(SetAside(h, i, "unused" if h else "no_header") for i, h in enumerate(headers)
                  if i not in used and (h or columns[i].filled().any()))

    subjects = columns[subject_col].values()
    anonymous = (students.names == "") & (students.numbers == "")
    name_col = (students.name_columns or [0])[0]
    for r in np.flatnonzero(anonymous):
        problems.add(GradeProblem("missing_name", int(rows[r]), name_col, headers[name_col]))
    for r in np.flatnonzero(subjects == ""):
        problems.add(GradeProblem("missing_subject", int(rows[r]), subject_col, headers[subject_col]))
    grade_column = columns[grade_col]
    numbers, kinds, words = grade_column.meaning()

    def cell_text(column: Column):
        return lambda r, _c: column.uniques[column.codes[r]]

    problems.add_cells((kinds == TEXT)[:, None], rows, [grade_col], headers, "not_a_grade", cell_text(grade_column))
    problems.add_cells((kinds == OUT_OF_RANGE)[:, None], rows, [grade_col], headers, "out_of_range",
                       cell_text(grade_column))
    weight = np.ones(len(rows))
    if weight_col is not None:
        weight = columns[weight_col].map(_weight, dtype=float)
        problems.add_cells((weight < 0)[:, None], rows, [weight_col], headers, "bad_weight",
                           cell_text(columns[weight_col]))
    flag = np.ones(len(rows))
    if counts_col is not None:
        flag = columns[counts_col].map(_flag, dtype=float)
        problems.add_cells((flag < 0)[:, None], rows, [counts_col], headers, "bad_flag", cell_text(columns[counts_col]))
        if keys[counts_col] in COUNTS_NOT:
            flag = np.where(columns[counts_col].filled(), 1.0 - flag, 1.0)
    problems.raise_if_any()

    is_number = (kinds == NUMBER) | (kinds == MARKED)
    is_word = kinds == WORD
    counted = (flag > 0) & (weight > 0)
    if kind_col is not None:
        row_kinds = columns[kind_col].map(row_kind)
    else:
        row_kinds = np.full(len(rows), "report" if keys[grade_col] in REPORT else "test", dtype=object)

    student_codes, student_keys = pd.factorize(students.keys())
    subject_codes, subject_names = pd.factorize(subjects)
    periods = columns[period_col].values() if period_col is not None else np.full(len(rows), "", dtype=object)
    n_students, n_subjects = len(student_keys), len(subject_names)
    size = n_students * n_subjects
    cells = student_codes * n_subjects + subject_codes
    first = np.full(n_students, -1, dtype=np.int64)
    first[student_codes[::-1]] = np.arange(len(rows))[::-1]
    shown = labels(students.names[first].tolist(), students.numbers[first].tolist())
    subject_list = [str(s) for s in subject_names]

    def tests(in_period: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
        base = in_period & counted & (row_kinds == "test")
        mask = base & is_number
        total = np.bincount(cells[mask], weights=weight[mask], minlength=size)
        weighted = np.bincount(cells[mask], weights=(numbers * weight)[mask], minlength=size)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(total > 0, weighted / np.where(total > 0, total, 1), np.nan)
        last_word = _last_per_cell(cells[base & is_word], np.flatnonzero(base & is_word), size)
        word = np.where(last_word >= 0, words[np.maximum(last_word, 0)], None)
        mixed = int(((total > 0) & (last_word >= 0)).sum())
        word = np.where(total > 0, None, word)
        return mean, word, mixed

    def school(in_period: np.ndarray, kind: str) -> tuple[np.ndarray, np.ndarray]:
        mask = in_period & counted & (row_kinds == kind) & (is_number | is_word)
        last = _last_per_cell(cells[mask], np.flatnonzero(mask), size)
        found = last >= 0
        value = np.where(found, numbers[np.maximum(last, 0)], np.nan)
        word = np.where(found, words[np.maximum(last, 0)], None)
        return np.where(is_word[np.maximum(last, 0)] & found, np.nan, value), word

    def table(values: np.ndarray, word: np.ndarray) -> GradeTable:
        return GradeTable(frame(values.reshape(n_students, n_subjects), shown, subject_list, float),
                          frame(word.reshape(n_students, n_subjects), shown, subject_list, object))

    tables, choices, mixed = {}, [], 0
    for period in period_order(list(dict.fromkeys(periods)), header=headers[period_col] if period_col is not None else "",
                               column=period_col or 0):
        in_period = periods == period
        mean, word, period_mixed = tests(in_period)
        mixed += period_mixed
        for kind in ("report", "average"):
            if not (in_period & counted & (row_kinds == kind)).any():
                continue
            value, school_word = school(in_period, kind)
            has = ~np.isnan(value) | (school_word != None)  # noqa: E711 - elementwise on an object array
            key = choice_key(period, kind)
            tables[key] = table(np.where(has, value, mean), np.where(has, school_word, word))
            computed = int((~has & (~np.isnan(mean) | (word != None))).sum())  # noqa: E711
            choices.append(GradeChoice(key, period, kind, computed))
            break
        if (in_period & counted & (row_kinds == "test")).any() or not choices or choices[-1].period != period:
            key = choice_key(period, "tests")
            tables[key] = table(mean, word)
            choices.append(GradeChoice(key, period, "tests"))
    latest = choices[-1].period
    default = next(c.key for c in choices if c.period == latest)
    return {
        "tables": tables,
        "choices": tuple(choices),
        "default": default,
        "markers": marker_counts(kinds),
        "set_aside": aside,
        "period_column": headers[period_col] if period_col is not None else "",
        "not_counted": int(((is_number | is_word) & ~counted).sum()),
        "marked": int((kinds == MARKED).sum()),
        "word_grades": int(is_word.sum()),
        "mixed": mixed,
    }
