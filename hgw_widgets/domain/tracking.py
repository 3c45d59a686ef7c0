"""The tracking sheet: per lesson or day and per goal, "gelukt" or "nog niet".

Kevin's schema is the example: per lesson he notes what went well, his
mother discusses it at home every day and initials it, every Friday he talks
it through with his mentor, and after four weeks they evaluate. A
``TrackingSheet`` holds the marks, the parent's initials per day and the
weekly review notes, and the share from which a goal counts as reached
("Gehaald vanaf", default 80 %); ``tracking_evaluation.evaluate`` turns it into
per-goal shares, reached or not, and a next step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property
from typing import Literal

from .case import Case
from .goal_card import GoalCard

Mark = Literal["done", "not_yet", "na"]
MARKS: tuple[Mark, ...] = ("done", "not_yet", "na")
"""gelukt / nog niet / niet van toepassing."""

DAYS: tuple[str, ...] = ("ma", "di", "wo", "do", "vr")
DEFAULT_THRESHOLD = 0.8
MIN_THRESHOLD = 0.5
LESSONS_PER_DAY_FOR_LESSON_SHEETS = 3
"""A sheet "per lesson" from a case gets this many lesson columns per day (editable later)."""
MAX_WEEKS = 12
MAX_LESSONS_PER_DAY = 8
MAX_SHEET_GOALS = 12

@dataclass(frozen=True, order=True)
class Entry:
    """One mark: in ``week`` (0-based), on ``day`` (index into the days), ``lesson``, for ``goal``."""

    week: int
    day: int
    lesson: int
    goal: int
    mark: Mark = "done"


@dataclass(frozen=True, order=True)
class DayNote:
    """Text for one day of one week, e.g. the parent's initials."""

    week: int
    day: int
    text: str


@dataclass(frozen=True, order=True)
class WeekNote:
    """Text for one week, e.g. the Friday review with the mentor."""

    week: int
    text: str


@dataclass(frozen=True)
class TrackingSheet:
    """A tracking schema with its marks.

    Args:
        student: first name or pseudonym.
        goals: the goals tracked, as text.
        start: the Monday of the first week.
        weeks: how many weeks until the evaluation.
        days: the day labels of a week.
        lessons_per_day: 1 for a sheet per day; more for a sheet per lesson.
        per: "lesson" or "day".
        parent_initials: a parent initials every day.
        weekly_review: when and with whom the week is reviewed, e.g. "elke vrijdag met de mentor".
        evaluation_with: who joins the evaluation.
        marks, initials, reviews: what was filled in (kept sorted, one per place).
        threshold: share of lessons "gelukt" (0.5 to 1.0) from which a goal counts as reached
            ("Gehaald vanaf"; the book's tracking example uses 80 %).
    """

    student: str = ""
    goals: tuple[str, ...] = ()
    start: date | None = None
    weeks: int = 4
    days: tuple[str, ...] = DAYS
    lessons_per_day: int = 1
    per: Literal["lesson", "day"] = "day"
    parent_initials: bool = False
    weekly_review: str = ""
    evaluation_with: str = ""
    marks: tuple[Entry, ...] = ()
    initials: tuple[DayNote, ...] = ()
    reviews: tuple[WeekNote, ...] = ()
    threshold: float = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        if not MIN_THRESHOLD <= self.threshold <= 1:
            raise ValueError(f"threshold must be {MIN_THRESHOLD}..1, got {self.threshold}")
        if not 1 <= self.weeks <= MAX_WEEKS:
            raise ValueError(f"weeks must be 1..{MAX_WEEKS}, got {self.weeks}")
        if not 1 <= self.lessons_per_day <= MAX_LESSONS_PER_DAY:
            raise ValueError(f"lessons_per_day must be 1..{MAX_LESSONS_PER_DAY}, got {self.lessons_per_day}")
        if not 1 <= len(self.days) <= 7:
            raise ValueError("a week has 1 to 7 days")
        object.__setattr__(self, "goals", tuple(self.goals))
        object.__setattr__(self, "days", tuple(self.days))
        object.__setattr__(self, "marks", tuple(sorted(self.marks)))
        object.__setattr__(self, "initials", tuple(sorted(self.initials)))
        object.__setattr__(self, "reviews", tuple(sorted(self.reviews)))

    @cached_property
    def _mark_index(self) -> dict[tuple[int, int, int, int], Mark]:
        return {(e.week, e.day, e.lesson, e.goal): e.mark for e in self.marks}

    @property
    def end(self) -> date | None:
        """The evaluation date: ``weeks`` after ``start``."""
        return None if self.start is None else self.start + timedelta(weeks=self.weeks)

    def mark(self, week: int, day: int, lesson: int, goal: int) -> Mark | None:
        """The mark in one place, or None if nothing was filled in."""
        return self._mark_index.get((week, day, lesson, goal))

    def slot_labels(self) -> tuple[str, ...]:
        """Column labels of one week: "ma" … or "ma 1", "ma 2", … for lessons."""
        if self.lessons_per_day == 1:
            return self.days
        return tuple(f"{d} {n}" for d in self.days for n in range(1, self.lessons_per_day + 1))

    def day_date(self, week: int, day: int) -> date | None:
        """The calendar date of a day, if the sheet has a start date."""
        return None if self.start is None else self.start + timedelta(weeks=week, days=day)

    def initial(self, week: int, day: int) -> str:
        """The parent's initials for a day ("" if none)."""
        return next((n.text for n in self.initials if (n.week, n.day) == (week, day)), "")

    def review(self, week: int) -> str:
        """The weekly review note ("" if none)."""
        return next((n.text for n in self.reviews if n.week == week), "")

    # --- editing (each returns a new sheet) ------------------------------------------

    def check_place(self, week: int, day: int = 0, lesson: int = 0, goal: int | None = None) -> None:
        """Raise IndexError unless the place exists on this sheet."""
        if not (0 <= week < self.weeks and 0 <= day < len(self.days) and 0 <= lesson < self.lessons_per_day
                and (goal is None or 0 <= goal < len(self.goals))):
            raise IndexError(f"no place week={week} day={day} lesson={lesson} goal={goal} on this sheet")

    def with_mark(self, week: int, day: int, lesson: int, goal: int, mark: Mark | None) -> TrackingSheet:
        """This sheet with one place set to ``mark`` (None empties it)."""
        self.check_place(week, day, lesson, goal)
        if mark is not None and mark not in MARKS:
            raise ValueError(f"unknown mark {mark!r}")
        kept = tuple(e for e in self.marks if (e.week, e.day, e.lesson, e.goal) != (week, day, lesson, goal))
        if mark is not None:
            kept += (Entry(week, day, lesson, goal, mark),)
        return replace(self, marks=kept)

    def with_initial(self, week: int, day: int, text: str) -> TrackingSheet:
        """This sheet with the parent's initials for one day (empty text removes them)."""
        self.check_place(week, day)
        kept = tuple(n for n in self.initials if (n.week, n.day) != (week, day))
        text = " ".join(str(text).split())[:20]
        return replace(self, initials=kept + ((DayNote(week, day, text),) if text else ()))

    def with_threshold(self, threshold: float) -> TrackingSheet:
        """This sheet with another "Gehaald vanaf" share (``MIN_THRESHOLD`` to 1; ValueError outside)."""
        return replace(self, threshold=float(threshold))

    def with_review(self, week: int, text: str) -> TrackingSheet:
        """This sheet with the review note of one week (empty text removes it)."""
        self.check_place(week)
        kept = tuple(n for n in self.reviews if n.week != week)
        text = str(text).strip()[:2_000]
        return replace(self, reviews=kept + ((WeekNote(week, text),) if text else ()))


# --- building sheets ---------------------------------------------------------------------


def _next_monday(today: date | None = None) -> date:
    today = today or date.today()
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)


def sheet_from_case(case: Case, *, start: date | None = None) -> TrackingSheet:
    """The tracking schema a case agreed (Kevin: per lesson, initialled daily, Friday review)."""
    if case.tracking is None:
        raise ValueError(f"case {case.id!r} has no tracking schema")
    tr = case.tracking
    return TrackingSheet(
        student=case.student.name,
        goals=tuple(g.text for g in tr.goals)[:MAX_SHEET_GOALS],
        start=start or _next_monday(),
        weeks=min(tr.evaluation_weeks, MAX_WEEKS),
        lessons_per_day=LESSONS_PER_DAY_FOR_LESSON_SHEETS if tr.per == "lesson" else 1,
        per=tr.per,
        parent_initials=tr.parent_initials_daily,
        weekly_review=tr.weekly_review,
        evaluation_with=tr.evaluation_with,
    )


def sheet_from_card(card: GoalCard, *, per: Literal["lesson", "day"] = "day") -> TrackingSheet:
    """A sheet for the student's goals on a card, from its start to its evaluation date."""
    weeks = card.weeks or 3
    return TrackingSheet(
        student=card.student,
        goals=tuple(g.text for g in card.student_goals)[:MAX_SHEET_GOALS],
        start=card.start or _next_monday(),
        weeks=min(max(weeks, 1), MAX_WEEKS),
        lessons_per_day=LESSONS_PER_DAY_FOR_LESSON_SHEETS if per == "lesson" else 1,
        per=per,
    )
