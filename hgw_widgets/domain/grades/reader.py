"""From a grid of cell texts to a ``GradeImport``: header, students, wide or long, all problems at once."""

from __future__ import annotations

import numpy as np

from .layout import find_header, norm
from .long import is_long, read_long
from .problems import Problems, fail
from .source import MAX_CELL_CHARS, Grid
from .students import read_students, summary_rows
from .table import GradeImport, ImportNotes, SkippedRow
from .values import Column
from .wide import read_wide


def interpret(grid: Grid) -> GradeImport:
    """Read the grid as a wide file (one row per student) or a per-grade list.

    Raises:
        GradeFileError: listing every problem found (up to ``MAX_PROBLEMS``), with row and column.
    """
    cells = grid.cells
    header_index = find_header(cells)
    headers = [" ".join(str(v).replace("\ufeff", "").split()) for v in cells.iloc[header_index]]
    keys = [norm(h) for h in headers]
    header_row = header_index + 1
    columns = [Column(cells.iloc[header_index + 1:, i]) for i in range(len(headers))]
    rows = np.arange(header_index + 2, len(cells) + 1)  # Excel row numbers
    keep = np.zeros(len(rows), dtype=bool)
    for column in columns:
        keep |= column.filled()
    if not keep.any():
        fail("no students", "grades.error.no_students", row=header_row)
    columns, rows = [c.take(keep) for c in columns], rows[keep]

    problems = Problems()
    for index, column in enumerate(columns):
        too_long = column.map(lambda u: len(u) > MAX_CELL_CHARS, dtype=bool)
        if too_long.any():
            problems.add_cells(too_long[:, None], rows, [index], headers, "too_long")
            column.cut_long(MAX_CELL_CHARS)  # listed once; read on to find the other problems

    students = read_students(columns, keys)
    summary = summary_rows(columns, students)
    skipped = tuple(SkippedRow(int(r), label) for r, label in zip(rows[summary], _labels(columns, students, summary)))
    if summary.any():
        keep = ~summary
        columns, rows, students = [c.take(keep) for c in columns], rows[keep], students.take(keep)
        if not len(rows):
            fail("no students", "grades.error.no_students", row=header_row)

    long = is_long(keys, students.used)
    if long is not None:
        found = read_long(columns, rows, headers, keys, students, long[0], long[1], problems)
    else:
        found = read_wide(columns, rows, headers, keys, header_row, students, problems)
    notes = ImportNotes(
        layout="long" if long is not None else "wide",
        file_type=grid.file_type,
        name_columns=tuple(headers[i] for i in students.name_columns),
        number_column=headers[students.number_column] if students.number_column is not None else "",
        period_column=found["period_column"],
        set_aside=found["set_aside"],
        skipped_rows=skipped,
        not_counted=found.get("not_counted", 0),
        marked=found["marked"],
        word_grades=found["word_grades"],
        mixed=found.get("mixed", 0),
    )
    return GradeImport(found["tables"], found["choices"], found["default"], found["markers"], notes,
                       grid.encoding, grid.separator)


def _labels(columns: list[Column], students, summary: np.ndarray) -> list[str]:
    """The text that made each summary row one: its name, or its first cell."""
    first = columns[0].values()[summary] if columns else np.array([], dtype=object)
    names = students.names[summary]
    return [str(n or f) for n, f in zip(names, first)]
