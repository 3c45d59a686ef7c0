"""The goal card: a few small goals, agreed with the student, evaluated on a known date.

A ``GoalCard`` holds the student's first name (or a pseudonym), the class,
who made the card, the goals (each the student's own or the teacher's/
mentor's commitment in return), when it starts, when it is evaluated and who
agreed. Editing returns a new card (``with_goal``, ``replace_goal``,
``move_goal``, ``without_goal``); ``card_issues`` and ``smarti_gaps`` report
what is still missing, as data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .case import Case
from .dates import MAX_YEAR, MIN_YEAR  # the one date rule (re-exported for the card's view)
from .goals import MAX_GOAL_CHARS, Goal, add_goals, goal_text_issues
from .issues import Issue
from .smarti import AUTOMATIC
from .text import one_line

MAX_CARD_GOALS = 12
MAX_NAME_CHARS = 60
MAX_CLASS_CHARS = 20
MAX_NOTE_CHARS = 2_000
DEFAULT_EVALUATION_WEEKS = 3


@dataclass(frozen=True)
class GoalCard:
    """A goal card as it is printed and discussed.

    Args:
        student: first name or pseudonym (never a full name: this is a workbook).
        class_name: the class, e.g. "1B".
        author: who made the card, e.g. "mentor".
        goals: the goals, in the order agreed.
        start: the first day the card is used.
        evaluation: the day the card is evaluated together.
        agreed_by: who agreed, e.g. ("Jordi", "mentor").
        notes: anything else agreed (free text).
    """

    student: str = ""
    class_name: str = ""
    author: str = ""
    goals: tuple[Goal, ...] = ()
    start: date | None = None
    evaluation: date | None = None
    agreed_by: tuple[str, ...] = ()
    notes: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "goals", tuple(self.goals))
        object.__setattr__(self, "agreed_by", tuple(self.agreed_by))

    # --- editing (each returns a new card) -----------------------------------------

    def with_goal(self, goal: Goal) -> GoalCard:
        """This card with ``goal`` added at the end."""
        return replace(self, goals=(*self.goals, goal))

    def replace_goal(self, index: int, goal: Goal) -> GoalCard:
        """This card with goal ``index`` replaced (IndexError if there is none)."""
        self._check_index(index)
        return replace(self, goals=self.goals[:index] + (goal,) + self.goals[index + 1 :])

    def without_goal(self, index: int) -> GoalCard:
        """This card without goal ``index``."""
        self._check_index(index)
        return replace(self, goals=self.goals[:index] + self.goals[index + 1 :])

    def move_goal(self, index: int, offset: int) -> GoalCard:
        """This card with goal ``index`` moved ``offset`` places (clamped to the ends)."""
        self._check_index(index)
        target = min(max(index + offset, 0), len(self.goals) - 1)
        goals = list(self.goals)
        goals.insert(target, goals.pop(index))
        return replace(self, goals=tuple(goals))

    def _check_index(self, index: int) -> None:
        if not isinstance(index, int) or not 0 <= index < len(self.goals):
            raise IndexError(f"no goal {index!r} on a card with {len(self.goals)} goals")

    # --- reading ------------------------------------------------------------------

    @property
    def student_goals(self) -> tuple[Goal, ...]:
        """The goals that are the student's own."""
        return tuple(g for g in self.goals if g.owner == "student")

    @property
    def teacher_goals(self) -> tuple[Goal, ...]:
        """The teacher's or mentor's commitments in return."""
        return tuple(g for g in self.goals if g.owner == "teacher")

    @property
    def weeks(self) -> int | None:
        """Whole weeks from start to evaluation, if both are set."""
        if self.start is None or self.evaluation is None:
            return None
        return max((self.evaluation - self.start).days // 7, 0)


def smarti_gaps(card: GoalCard) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Per goal that still lacks something: ``(index, missing criteria)``.

    The four automatic SMARTI criteria are read from the text; the three
    judgements (acceptable, realistic, inspiring) come from the goal's flags.
    On a card the evaluation date makes every goal time-bound, so "time_bound"
    only counts as missing when the card has no evaluation date either.
    """
    gaps = []
    for index, goal in enumerate(card.goals):
        report = goal.report
        missing = [
            name
            for name in AUTOMATIC
            if not report[name].met and not (name == "time_bound" and card.evaluation is not None)
        ]
        missing += [name for name in ("acceptable", "realistic", "inspiring") if not getattr(goal, name)]
        if missing:
            gaps.append((index, tuple(missing)))
    return tuple(gaps)


def card_issues(card: GoalCard) -> tuple[Issue, ...]:
    """What keeps the card from being complete, as data (empty if nothing)."""
    issues: list[Issue] = []
    if not card.student.strip():
        issues.append(Issue("empty", "student"))
    elif len(card.student) > MAX_NAME_CHARS:
        issues.append(Issue("too_long", "student", str(MAX_NAME_CHARS)))
    if not card.goals:
        issues.append(Issue("empty", "goals"))
    elif len(card.goals) > MAX_CARD_GOALS:
        issues.append(Issue("too_many", "goals", str(MAX_CARD_GOALS)))
    if card.start is not None and card.evaluation is not None and card.evaluation <= card.start:
        issues.append(Issue("before_start", "evaluation"))
    if card.evaluation is None:
        issues.append(Issue("empty", "evaluation"))
    return tuple(issues)


def with_dates(card: GoalCard, start: object, evaluation: object) -> tuple[GoalCard, tuple[Issue, ...]]:
    """``card`` with the start and evaluation dates chosen, refusing what cannot be right.

    A date outside ``MIN_YEAR``-``MAX_YEAR`` (code ``year``) and an evaluation that is not
    after the start (code ``before_start`` on the date that was just changed: field
    ``evaluation``, or ``start`` when the start moved past the evaluation) are refused: that
    date keeps its value on the card, and the issue's detail is the refused date (ISO).
    Anything that is not a ``date`` counts as no date. Nothing else on the card changes.
    """
    chosen = {"start": start if isinstance(start, date) else None,
              "evaluation": evaluation if isinstance(evaluation, date) else None}
    kept = {"start": card.start, "evaluation": card.evaluation}
    issues: list[Issue] = []
    for field, value in chosen.items():
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            issues.append(Issue("year", field, value.isoformat()))
            chosen[field] = kept[field]
    first, last = chosen["start"], chosen["evaluation"]
    if first is not None and last is not None and last <= first:
        field = "evaluation" if last != kept["evaluation"] else "start"
        issues.append(Issue("before_start", field, chosen[field].isoformat()))
        chosen[field] = kept[field]
    return replace(card, start=chosen["start"], evaluation=chosen["evaluation"]), tuple(issues)


def new_goal(text: str, *, owner: str = "student", acceptable: bool = False, realistic: bool = False,
             inspiring: bool = False) -> tuple[Goal | None, tuple[Issue, ...]]:
    """A cleaned ``Goal`` from raw text, or ``None`` and the issues that prevent it."""
    text = one_line(text, None)
    issues = goal_text_issues(text)
    if owner not in ("student", "teacher"):
        issues += (Issue("unknown", "owner", str(owner)[:20]),)
    if issues:
        return None, issues
    return Goal(text=text[:MAX_GOAL_CHARS], owner=owner, acceptable=acceptable, realistic=realistic,
                inspiring=inspiring), ()


def card_from_case(case: Case, *, start: date | None = None) -> GoalCard:
    """The goal card a case arrives at, starting ``start`` (default: next Monday).

    The teacher's commitment (e.g. Jordi's mentor no longer calling out "doe
    normaal") becomes a goal with ``owner="teacher"``.
    """
    if case.goal_card is None:
        raise ValueError(f"case {case.id!r} has no goal card")
    source = case.goal_card
    if start is None:
        today = date.today()
        start = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
    goals = [Goal(text=g.text, owner=g.owner, acceptable=True, realistic=True, inspiring=True) for g in source.goals]
    if source.teacher_commitment and not any(g.text == source.teacher_commitment for g in goals):
        goals.append(Goal(text=source.teacher_commitment, owner="teacher", acceptable=True, realistic=True,
                          inspiring=True))
    return GoalCard(
        student=case.student.name,
        class_name="",
        author="mentor",
        goals=tuple(goals),
        start=start,
        evaluation=start + timedelta(weeks=source.evaluation_weeks),
        agreed_by=(case.student.name, "mentor"),
    )


@dataclass(frozen=True)
class TakeOver:
    """What putting goals drafted elsewhere (chapter 02) on a card does (``take_over_goals``).

    Attributes:
        card: the card afterwards.
        added: goals put on the card.
        same: goals already on it (not added twice).
        full: goals that did not fit (``MAX_CARD_GOALS``).
        replaced_example: the card still held the example's goals (e.g. Jordi's), which the
            drafted goals replaced, with the example's name, class, agreement and notes.
    """

    card: GoalCard
    added: int
    same: int
    full: int
    replaced_example: bool


def take_over_goals(card: GoalCard, drafted: Iterable[Goal], *, example: GoalCard | None = None,
                    limit: int = MAX_CARD_GOALS) -> TakeOver:
    """``card`` with the ``drafted`` goals added (``goals.add_goals``: no doubles, at most ``limit``).

    A mentor who brings goals for their own student to a card that still shows the case's
    example (the same goals as ``example``) gets a card for that student, not the example's
    goals followed by theirs: the example's goals go, and so do its name, class, "agreed by"
    and notes where the mentor has not changed them (issue 12, newcomer round). A card the
    mentor has already changed keeps its goals; the drafted ones are added at the end.
    """
    drafted = tuple(drafted)
    base = card
    replaced = example is not None and bool(example.goals) and card.goals == example.goals and bool(drafted)
    if replaced:
        base = replace(
            card, goals=(),
            student="" if card.student == example.student else card.student,
            class_name="" if card.class_name == example.class_name else card.class_name,
            agreed_by=() if card.agreed_by == example.agreed_by else card.agreed_by,
            notes="" if card.notes == example.notes else card.notes,
        )
    goals, issues = add_goals(base.goals, drafted, limit=limit)
    return TakeOver(
        card=replace(base, goals=goals),
        added=len(goals) - len(base.goals),
        same=sum(1 for i in issues if i.code == "duplicate"),
        full=sum(1 for i in issues if i.code == "full"),
        replaced_example=replaced,
    )
