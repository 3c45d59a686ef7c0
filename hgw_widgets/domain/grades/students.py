"""Who each row is about: name (from its parts), student number, and rows that are no student.

The student number is the student: two rows with the same name and different
numbers are two students. A student is shown by name; where two students
share a name, the number is shown with it ("Sam Jansen (240101)"). Rows whose
name (or first cell) is a summary label such as "Gemiddelde" or "Totaal" are
no students: they are skipped and listed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .layout import NUMBER, bare, find, is_summary, join_name, name_columns, norm
from .values import Column


@dataclass
class Students:
    """Per row: the name and the student number ("" when none), and the columns they came from."""

    names: np.ndarray
    numbers: np.ndarray
    name_columns: list[int]
    number_column: int | None
    surname_first: bool

    @property
    def used(self) -> set[int]:
        """The columns that identify the student."""
        return set(self.name_columns) | ({self.number_column} if self.number_column is not None else set())

    def take(self, keep: np.ndarray) -> Students:
        """The same for some rows only."""
        return Students(self.names[keep], self.numbers[keep], self.name_columns, self.number_column,
                        self.surname_first)

    def keys(self) -> np.ndarray:
        """Per row, what identifies the student: the number where there is one, else the name."""
        return np.where(self.numbers != "", "#" + self.numbers, "@" + self.names).astype(object)


def read_students(columns: list[Column], keys: list[str]) -> Students:
    """Names (parts joined in the school's order) and numbers of every row."""
    roles, surname_first = name_columns(keys)
    parts = sorted(roles.values())
    if "whole" in roles:
        names = columns[roles["whole"]].values()
    else:
        empty = np.full(len(columns[parts[0]].codes), "", dtype=object)
        first, prefix, last = (columns[roles[r]].values() if r in roles else empty for r in ("first", "prefix", "last"))
        names = np.array([join_name(f, p, la, surname_first=surname_first) for f, p, la in zip(first, prefix, last)],
                         dtype=object)
    number_column = find(keys, NUMBER, skip=set(parts))
    if number_column is None:
        number_column = next((i for i, k in enumerate(keys) if i not in parts and bare(k) in NUMBER), None)
    numbers = (columns[number_column].map(_number_text) if number_column is not None
               else np.full(len(names), "", dtype=object))
    return Students(np.asarray(names, dtype=object), numbers, parts, number_column, surname_first)


def _number_text(value: str) -> str:
    """A student number as text: "240101.0" from Excel becomes "240101"."""
    if value.endswith(".0") and value[:-2].isdigit():
        return value[:-2]
    return value


def summary_rows(columns: list[Column], students: Students) -> np.ndarray:
    """True for rows that are a summary (Gemiddelde, Totaal, ...) rather than a student."""
    candidates = [students.names, students.numbers]
    if columns:
        candidates.append(columns[0].values())
    mask = np.zeros(len(students.names), dtype=bool)
    for values in candidates:
        labels = {u: is_summary(norm(u)) or norm(u).startswith(("gemiddelde", "totaal", "klassengemiddelde"))
                  for u in set(values.tolist())}
        mask |= np.fromiter((labels[v] for v in values), dtype=bool, count=len(values))
    return mask


def labels(names: list[str], numbers: list[str]) -> list[str]:
    """How each student is shown: the name, with the number where names collide (or no name is given)."""
    count: dict[str, int] = {}
    for name in names:
        count[name] = count.get(name, 0) + 1
    out = []
    for name, number in zip(names, numbers):
        if not name:
            out.append(number)
        elif count[name] > 1 and number:
            out.append(f"{name} ({number})")
        else:
            out.append(name)
    return out
