"""The evaluation of a tracking sheet: per goal the share "gelukt", reached or not, and the next step.

On the evaluation date (Kevin: after four weeks) the mentor and the student look at each goal:
the share of lessons "gelukt" where the goal applied ("niet van toepassing" does not count), whether
it reaches the sheet's "Gehaald vanaf" share (``TrackingSheet.threshold``), and what to do next
(``next_step``: the book's order, approach before goal). ``evaluation_summary`` says it in Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..messages import t
from .formats import percent_text
from .numbers import reaches
from .tracking import TrackingSheet

Step = Literal["new_goal", "keep", "review_approach", "no_data"]


@dataclass(frozen=True)
class GoalResult:
    """How one goal went: counts, the share "gelukt", reached or not, and the next step."""

    goal: str
    done: int
    not_yet: int
    na: int
    share: float | None
    reached: bool
    step: Step


@dataclass(frozen=True)
class Evaluation:
    """The evaluation of a sheet on its evaluation date."""

    student: str
    results: tuple[GoalResult, ...]
    threshold: float
    on: date | None = None

    @property
    def all_reached(self) -> bool:
        """Every goal with data is reached (and at least one has data)."""
        with_data = [r for r in self.results if r.share is not None]
        return bool(with_data) and all(r.reached for r in with_data)


def _counts(sheet: TrackingSheet, goal: int, weeks: range) -> tuple[int, int, int]:
    done = not_yet = na = 0
    for e in sheet.marks:
        if e.goal == goal and e.week in weeks:
            done += e.mark == "done"
            not_yet += e.mark == "not_yet"
            na += e.mark == "na"
    return done, not_yet, na


def share_of(done: int, not_yet: int) -> float | None:
    """Share "gelukt" of the lessons where the goal applied; None without data."""
    total = done + not_yet
    return None if total == 0 else done / total


def is_reached(share: float | None, threshold: float) -> bool:
    """The share, as shown in percent ("79,6 %"), reaches the threshold as shown (``numbers.reaches``)."""
    return share is not None and reaches(share * 100, threshold * 100)


def next_step(share: float | None, threshold: float) -> Step:
    """Reached: a new goal. Close (within 30 points): keep it. Far off: look at the approach first.

    The book's order when a goal is not reached: what did we do, what can be
    better; the goal itself is adjusted last.
    """
    if share is None:
        return "no_data"
    if is_reached(share, threshold):
        return "new_goal"
    if is_reached(share, threshold - 0.3):
        return "keep"
    return "review_approach"


def evaluate(sheet: TrackingSheet, *, threshold: float | None = None) -> Evaluation:
    """Per goal: the share "gelukt" over all weeks, reached or not, and the next step.

    Lessons marked "niet van toepassing" do not count. ``threshold`` is a
    share from 0 to 1; by default the sheet's own ``threshold`` (0.8: eight out of ten lessons).
    """
    if threshold is None:
        threshold = sheet.threshold
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    results = []
    for index, goal in enumerate(sheet.goals):
        done, not_yet, na = _counts(sheet, index, range(sheet.weeks))
        share = share_of(done, not_yet)
        reached = is_reached(share, threshold)
        results.append(GoalResult(goal, done, not_yet, na, share, reached, next_step(share, threshold)))
    return Evaluation(sheet.student, tuple(results), threshold, sheet.end)


def weekly_shares(sheet: TrackingSheet, goal: int) -> tuple[float | None, ...]:
    """The share "gelukt" of one goal in each week (None for a week without marks)."""
    return tuple(share_of(*_counts(sheet, goal, range(w, w + 1))[:2]) for w in range(sheet.weeks))


_STEP_KEYS = {
    "new_goal": "tracking.step.new_goal",
    "keep": "tracking.step.keep",
    "review_approach": "tracking.step.review_approach",
    "no_data": "tracking.step.no_data",
}


def evaluation_summary(evaluation: Evaluation) -> tuple[str, ...]:
    """A Dutch summary, one sentence per goal plus an overall line, with next steps."""
    name = evaluation.student or t("tracking.summary.the_student")
    lines = []
    for r in evaluation.results:
        goal = r.goal.strip().rstrip(".")
        if r.share is None:
            lines.append(t("tracking.summary.goal_no_data", goal=goal, step=t(_STEP_KEYS[r.step])))
        else:
            key = "tracking.summary.goal_reached" if r.reached else "tracking.summary.goal_not_reached"
            lines.append(t(key, goal=goal, percent=percent_text(r.share * 100), done=r.done, total=r.done + r.not_yet,
                           step=t(_STEP_KEYS[r.step])))
    threshold = percent_text(evaluation.threshold * 100)
    if evaluation.all_reached:
        lines.append(t("tracking.summary.all_reached", name=name, threshold=threshold))
    else:
        reached = sum(r.reached for r in evaluation.results)
        lines.append(t("tracking.summary.some_reached", name=name, reached=reached, total=len(evaluation.results),
                       threshold=threshold))
    return tuple(lines)
