"""Klassenresultaten: per subject, how many students are sufficient, and is the class goal met?

A grade table comes as numbers (``grades``, NaN where none) and word grades
(``words``, a code such as "V" or None). A number is sufficient when the grade
*as shown* (one decimal, half up: ``numbers.shown_grade``) reaches the pass
mark, so a grade shown as "5,5" is never insufficient. A word grade is
sufficient from "voldoende" (V) up, whatever the pass mark. Words and numbers
are counted together and never averaged. A class goal is met when the
percentage *as shown* reaches the goal as shown (``numbers.reaches``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .grades.values import SUFFICIENT_WORDS
from .issues import Issue
from .numbers import GRADE_DECIMALS, PASS_MARK_MAX, PASS_MARK_MIN, half_up_array, parse_whole, reaches

Grade = float | str
"""A number, or a word-grade code such as "O"."""

MIN_SEVERAL = 2
MAX_SEVERAL = 20
""""Minstens zoveel onvoldoendes": 2 to 20 subjects (one is not "several"; 20 is more than a timetable has)."""
DEFAULT_SEVERAL = 2


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


def check_pass_mark(pass_mark: float) -> float:
    """The pass mark as a float; ValueError outside 1-10."""
    value = float(pass_mark)
    if not PASS_MARK_MIN <= value <= PASS_MARK_MAX:
        raise ValueError(f"pass_mark must be between 1 and 10, got {pass_mark!r}")
    return value


def _words(grades: pd.DataFrame, words: pd.DataFrame | None) -> np.ndarray:
    if words is None:
        return np.full(grades.shape, None, dtype=object)
    if words.shape != grades.shape:
        raise ValueError("words must have the shape of grades")
    return words.to_numpy(dtype=object)


def graded_mask(grades: pd.DataFrame, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """True where a student has a number or a word grade."""
    mask = ~np.isnan(grades.to_numpy(dtype=float)) | pd.notna(_words(grades, words))
    return pd.DataFrame(mask, index=grades.index, columns=grades.columns)


def sufficient_mask(grades: pd.DataFrame, *, pass_mark: float = 5.5, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """True where a grade is sufficient: the shown number reaches the pass mark, or a word from V up."""
    shown = half_up_array(grades.to_numpy(dtype=float), GRADE_DECIMALS)
    with np.errstate(invalid="ignore"):
        ok = shown >= check_pass_mark(pass_mark)
    word = _words(grades, words)
    ok |= np.isin(word, list(SUFFICIENT_WORDS))
    return pd.DataFrame(ok, index=grades.index, columns=grades.columns)


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


def class_summary(grades: pd.DataFrame, *, pass_mark: float = 5.5, words: pd.DataFrame | None = None,
                  targets: Mapping[str, float | None] | Iterable[ClassTarget] | None = None) -> pd.DataFrame:
    """Per subject: how many students have a grade, how many are sufficient, and is the class goal met.

    Args:
        grades: one row per student, one column per subject (numbers, NaN where none).
        pass_mark: the lowest sufficient grade; 5.5 itself is sufficient.
        words: word grades in the same shape (None where none), counted but never averaged.
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
    students = graded_mask(grades, words).to_numpy().sum(axis=0)
    sufficient = sufficient_mask(grades, pass_mark=pass_mark, words=words).to_numpy().sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        percent = np.where(students > 0, sufficient / np.maximum(students, 1) * 100, np.nan)
    target = _targets(targets, grades.columns).to_numpy()
    met = pd.array(
        [pd.NA if np.isnan(p) or np.isnan(g) else reaches(p, g) for p, g in zip(percent, target)], dtype="boolean",
    )
    return pd.DataFrame(
        {
            "students": pd.array(students, dtype="int64"),
            "sufficient": pd.array(sufficient, dtype="int64"),
            "percent_sufficient": percent,
            "target": target,
            "target_met": met,
        },
        index=pd.Index([str(c) for c in grades.columns], name="vak"),
    )


def _low(grades: pd.DataFrame, words: pd.DataFrame | None, pass_mark: float) -> pd.DataFrame:
    return graded_mask(grades, words) & ~sufficient_mask(grades, pass_mark=pass_mark, words=words)


def below_pass_mark(grades: pd.DataFrame, *, pass_mark: float = 5.5,
                    words: pd.DataFrame | None = None) -> dict[str, tuple[tuple[str, Grade], ...]]:
    """Per subject, the students with an insufficient grade: numbers lowest first, then word grades."""
    low = _low(grades, words, pass_mark)
    word = _words(grades, words)
    out: dict[str, tuple[tuple[str, Grade], ...]] = {}
    for j, subject in enumerate(grades.columns):
        column = grades[subject]
        rows = low[subject].to_numpy()
        numbers = column[rows & column.notna().to_numpy()].sort_values(kind="stable")
        items: list[tuple[str, Grade]] = [(str(name), float(value)) for name, value in numbers.items()]
        items += [(str(name), str(word[i, j])) for i, name in enumerate(grades.index)
                  if rows[i] and np.isnan(column.iloc[i])]
        out[str(subject)] = tuple(items)
    return out


def parse_several_minimum(text: object) -> tuple[int | None, Issue | None]:
    """The typed "Minstens zoveel onvoldoendes": a whole number from ``MIN_SEVERAL`` to ``MAX_SEVERAL``.

    Returns ``numbers.parse_whole``'s ``(value, None)`` or ``(None, Issue)`` (field ``minimum``);
    nothing is clamped.
    """
    return parse_whole(text, field="minimum", minimum=MIN_SEVERAL, maximum=MAX_SEVERAL)


def several_insufficient(grades: pd.DataFrame, *, pass_mark: float = 5.5, minimum: int = 2,
                         words: pd.DataFrame | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Students with at least ``minimum`` insufficient subjects, most first."""
    low = _low(grades, words, pass_mark)
    counts = low.sum(axis=1)
    chosen = counts[counts >= minimum].sort_values(ascending=False, kind="stable")
    return tuple(
        (str(name), tuple(str(s) for s in grades.columns[low.loc[name].to_numpy()])) for name in chosen.index
    )
