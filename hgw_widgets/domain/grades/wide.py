"""Read a file with one row per student (and period) and one column per subject.

Every column that is not the student's name or number is, by its header and
its cells, a subject or set aside (see ``layout``). A period column makes one
table per period; the same student twice in one period is a problem, the same
name with two student numbers is two students.
"""

from __future__ import annotations

import numpy as np

from .layout import FIRST, LAST, NAME, NUMBER, PERIOD, PREFIX, find, is_not_grades, is_summary
from .problems import GradeProblem, Problems, fail
from .students import Students, labels
from .subjects import is_subject_name
from .table import GradeChoice, GradeTable, SetAside, choice_key, frame, period_order, place
from .values import MARKED, NUMBER as NUMBER_CELL, OUT_OF_RANGE, TEXT, WORD, Column, marker_counts


def classify_columns(columns: list[Column], headers: list[str], keys: list[str],
                     used: set[int]) -> tuple[list[int], list[SetAside]]:
    """The subject columns, and the columns set aside with the reason."""
    subjects: list[int] = []
    aside: list[SetAside] = []
    seen: set[str] = set()
    identity = NAME | FIRST | PREFIX | LAST | NUMBER
    for index, key in enumerate(keys):
        if index in used:
            continue
        column = columns[index]
        if not headers[index]:
            if column.filled().any():
                aside.append(SetAside("", index, "no_header"))
            continue
        if is_summary(key):
            reason = "summary"
        elif is_not_grades(key) or key in identity:
            reason = "known"
        elif key in seen:
            reason = "duplicate"
        else:
            good, bad = column.grade_share()
            # a known subject with a bad cell is a broken file (listed as a problem); a column the
            # reader does not know is a subject only when every filled cell is a grade (issue 14:
            # "Verzuim", "Te laat" with counts such as 0 or 12 are set aside, never refuse a file)
            reason = "" if is_subject_name(key) or (good and not bad) or good == bad == 0 else "not_grades"
        if reason:
            aside.append(SetAside(headers[index], index, reason))
        else:
            seen.add(key)
            subjects.append(index)
    return subjects, aside


def read_wide(columns: list[Column], rows: np.ndarray, headers: list[str], keys: list[str], header_row: int,
              students: Students, problems: Problems) -> dict:
    """Tables per period, choices and counts of a wide file (raises after collecting every problem)."""
    used = students.used
    period_col = find(keys, PERIOD, skip=used)
    if period_col is not None:
        used = used | {period_col}
    subjects, aside = classify_columns(columns, headers, keys, used)
    if not subjects:
        fail("no subjects", "grades.error.no_subjects", row=header_row)

    has_grades = np.zeros(len(rows), dtype=bool)
    for index in subjects:
        has_grades |= columns[index].filled()
    anonymous = (students.names == "") & (students.numbers == "")
    name_col = (students.name_columns or [0])[0]
    for r in np.flatnonzero(anonymous & has_grades):
        problems.add(GradeProblem("missing_name", int(rows[r]), name_col, headers[name_col]))
    keep = ~anonymous
    columns, rows, students = [c.take(keep) for c in columns], rows[keep], students.take(keep)
    periods = columns[period_col].values() if period_col is not None else np.full(len(rows), "", dtype=object)

    student_keys = students.keys()
    seen: dict[tuple[str, str], int] = {}
    id_col = students.number_column if students.number_column is not None else name_col
    for r, (key, period) in enumerate(zip(student_keys, periods)):
        first = seen.setdefault((key, period), r)
        if first != r:
            value = students.numbers[r] or students.names[r]
            problems.add(GradeProblem("duplicate_student", int(rows[r]), id_col, headers[id_col], value,
                                      int(rows[first])))

    numbers = np.empty((len(rows), len(subjects)))
    kinds = np.empty((len(rows), len(subjects)), dtype=np.int8)
    words = np.empty((len(rows), len(subjects)), dtype=object)
    for j, index in enumerate(subjects):
        numbers[:, j], kinds[:, j], words[:, j] = columns[index].meaning()

    def text(r, c):
        column = columns[subjects[c]]
        return column.uniques[column.codes[r]]

    problems.add_cells(kinds == TEXT, rows, subjects, headers, "not_a_grade", text)
    problems.add_cells(kinds == OUT_OF_RANGE, rows, subjects, headers, "out_of_range", text)
    problems.raise_if_any()

    numbers = np.where((kinds == NUMBER_CELL) | (kinds == MARKED), numbers, np.nan)
    order = list(dict.fromkeys(student_keys))
    position = {key: i for i, key in enumerate(order)}
    first_row = {key: i for i, key in reversed(list(enumerate(student_keys)))}
    shown = labels([students.names[first_row[k]] for k in order], [students.numbers[first_row[k]] for k in order])
    names = [headers[i] for i in subjects]
    student_index = np.array([position[k] for k in student_keys], dtype=np.int64)

    tables, choices = {}, []
    for period in period_order(list(dict.fromkeys(periods)), header=headers[period_col] if period_col is not None else "",
                               column=period_col or 0):
        mask = periods == period
        rows_of = np.flatnonzero(mask)
        cells = np.repeat(student_index[rows_of], len(subjects))
        subject_index = np.tile(np.arange(len(subjects)), len(rows_of))
        grid, word_grid = place(cells, subject_index, (len(order), len(subjects)),
                                numbers[rows_of].ravel(), words[rows_of].ravel())
        key = choice_key(period, "file")
        tables[key] = GradeTable(frame(grid, shown, names, float), frame(word_grid, shown, names, object))
        choices.append(GradeChoice(key, period, "file"))
    return {
        "tables": tables,
        "choices": tuple(choices),
        "default": choices[-1].key,
        "markers": marker_counts(kinds),
        "set_aside": tuple(aside),
        "period_column": headers[period_col] if period_col is not None else "",
        "marked": int((kinds == MARKED).sum()),
        "word_grades": int((kinds == WORD).sum()),
    }
