"""What is wrong in a grade file, as data, and the refusal that lists all of it at once.

A reader collects every problem it finds (a cell that is no grade, a grade
outside 1-10, a missing name, ...) as a ``GradeProblem`` with its row (as
Excel numbers it) and column. ``Problems.raise_if_any`` then refuses the file
once, listing the first ``MAX_PROBLEMS`` in reading order and the total, so a
single upload tells the whole story. Problems with the file as a whole (empty,
binary, too big) are refused at once with ``fail``.

``GradeFileError.message_nl`` holds the Dutch text (as every ``HgwError``
does); ``problems`` and ``total`` hold the same as data, for a view that
shows them as a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ...errors import GradeFileError
from ...messages import t

MAX_PROBLEMS = 20
"""A refusal lists at most this many problems (and says how many there were)."""

_KEYS = {
    "not_a_grade": "grades.error.not_a_grade",
    "out_of_range": "grades.error.out_of_range",
    "missing_name": "grades.error.missing_name",
    "missing_subject": "grades.error.missing_subject",
    "bad_weight": "grades.error.bad_weight",
    "bad_flag": "grades.error.bad_flag",
    "duplicate_student": "grades.error.duplicate_student",
    "too_long": "grades.error.too_long",
}

MAX_CELL_CHARS = 200
"""Characters of one cell of a grade file; a longer cell is a problem (``too_long``)."""


_HINT_KEYS = {
    "not_a_grade": "grades.hint.not_a_grade",
    "duplicate_student": "grades.hint.duplicate_student",
    "bad_weight": "grades.hint.bad_weight",
    "bad_flag": "grades.hint.bad_flag",
}


def letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def shown(value: object, limit: int = 40) -> str:
    """A cell's text on one line, cut to ``limit`` characters."""
    value = " ".join(str(value).split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


@dataclass(frozen=True)
class GradeProblem:
    """One problem in one cell (or row) of a grade file.

    Args:
        code: ``not_a_grade``, ``out_of_range``, ``missing_name``, ``missing_subject``,
            ``bad_weight``, ``bad_flag``, ``duplicate_student`` or ``too_long``.
        row: the row as Excel numbers it.
        column: the 0-based column index.
        header: the column's header ("" when it has none).
        value: the cell's text (shortened), or the name for a duplicate.
        first: for a duplicate, the row where it was seen first.
    """

    code: str
    row: int
    column: int
    header: str = ""
    value: str = ""
    first: int = 0

    @property
    def letter(self) -> str:
        """The column letter, as in a spreadsheet."""
        return letter(self.column)


def column_text(header: str, index: int) -> str:
    """The column as a reader finds it: “Wiskunde” (C), or C (zonder kopje)."""
    if header:
        return t("grades.column", header=shown(header), letter=letter(index))
    return t("grades.column_unnamed", letter=letter(index))


def problem_text(problem: GradeProblem) -> str:
    """One problem as a short Dutch sentence naming row and column (the advice is ``problem_hints``)."""
    return t(_KEYS[problem.code], row=problem.row, column=column_text(problem.header, problem.column),
             value=problem.value, name=problem.value, first=problem.first, max=MAX_CELL_CHARS)


def problem_hints(problems: tuple[GradeProblem, ...] | list[GradeProblem]) -> list[str]:
    """What to do about these problems: one Dutch sentence per kind of problem, in order of appearance."""
    codes = dict.fromkeys(p.code for p in problems if p.code in _HINT_KEYS)
    return [t(_HINT_KEYS[code]) for code in codes]


def fail(english: str, key: str, **fields: Any):
    """Refuse the whole file at once (empty, binary, too big, no name column, ...)."""
    error = GradeFileError(english, message_nl=t(key, **fields))
    error.problems = ()  # type: ignore[attr-defined]
    error.total = 0  # type: ignore[attr-defined]
    error.row = fields.get("row")  # type: ignore[attr-defined]
    error.column = fields.get("column")  # type: ignore[attr-defined]
    raise error


class Problems:
    """Collects problems while a file is read; ``raise_if_any`` refuses with all of them."""

    def __init__(self) -> None:
        self._items: list[GradeProblem] = []
        self._listed: set[tuple[int, int]] = set()  # cells with a problem already: no second one
        self.total = 0

    def __bool__(self) -> bool:
        return self.total > 0

    def add(self, problem: GradeProblem) -> None:
        """Record one problem (unless its cell already has one)."""
        if (problem.row, problem.column) in self._listed:
            return
        self._listed.add((problem.row, problem.column))
        self.total += 1
        self._items.append(problem)

    def add_cells(self, mask: np.ndarray, rows: np.ndarray, columns: list[int], headers: list[str], code: str,
                  value=None) -> None:
        """Record a problem for every True cell of ``mask`` (rows x columns).

        ``value(r, c)`` gives the cell's text for the message (r, c index into ``mask``).
        """
        if not mask.any():
            return
        found = np.argwhere(mask)
        if self._listed:
            found = found[[(int(rows[r]), columns[c]) not in self._listed for r, c in found]]
        self.total += len(found)
        if code == "too_long":  # these cells are read on cut short: no second problem for any of them
            self._listed.update((int(rows[r]), columns[c]) for r, c in found)
        # keep only what can be shown: the first cells in reading order
        order = np.lexsort((found[:, 1], found[:, 0]))[: MAX_PROBLEMS]
        for r, c in found[order]:
            index = columns[c]
            self._listed.add((int(rows[r]), index))
            self._items.append(GradeProblem(code, int(rows[r]), index, headers[index],
                                            shown(value(r, c)) if value is not None else ""))

    def raise_if_any(self) -> None:
        """Refuse the file, listing the first ``MAX_PROBLEMS`` problems in reading order."""
        if not self.total:
            return
        items = sorted(self._items, key=lambda p: (p.row, p.column))[:MAX_PROBLEMS]
        lines = [problem_text(p) for p in items]
        hints = problem_hints(items)
        if self.total == 1:
            message = " ".join([lines[0], *hints])
        else:
            head = t("grades.error.several", count=self.total, shown=len(items))
            message = "\n".join([head, *(f"– {line}" for line in lines), *hints])
        first = items[0]
        error = GradeFileError(f"{self.total} problem(s), first: {first.code} at row {first.row}, column "
                               f"{first.letter}", message_nl=message)
        error.problems = tuple(items)  # type: ignore[attr-defined]
        error.total = self.total  # type: ignore[attr-defined]
        error.row = first.row  # type: ignore[attr-defined]
        error.column = column_text(first.header, first.column)  # type: ignore[attr-defined]
        raise error
