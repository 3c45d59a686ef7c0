"""The live meeting: one phase at a time, a clock per phase, notes, agreements, the record.

The clock is pure: every method that depends on time takes ``now`` (wall-clock seconds,
``time.time()``), so tests pass timestamps and the view passes the wall clock: a meeting
carries on across a page reload or a closed browser (``Meeting.carried_on``), and a meeting
held in parts on different days pauses between the parts and never counts the days in
between. Nothing here runs a thread or sleeps. ``Meeting`` is the running state; ``MeetingRecord`` (the
verslag) is what remains: the plan, the time and notes per phase, the agreements and the evaluation date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .conversation import (
    MAX_ITEMS, MAX_LINE, MAX_NOTES, MAX_WHEN, MAX_WHO, Agreement, ConversationPlan, agreement_issues, with_structure,
)
from .structures import MeetingStructure
from .issues import Issue
from .limits import too_long
from .meeting_clock import PhaseTiming, format_clock
from .meeting_parts import PartRecord, part_position, plan_parts
from .dates import usable_date
from .text import one_line

__all__ = ["MAX_RELOAD_GAP", "Meeting", "MeetingRecord", "PhaseTiming", "add_agreement", "format_clock",
           "record_issues", "set_evaluation_date", "write_note"]

MAX_RELOAD_GAP = 12 * 3600
"""Seconds: a clock that ran longer ago than this is not carried on after a reload, nor one that
started on another calendar day (a meeting in parts on different days pauses in between)."""


@dataclass(frozen=True)
class MeetingRecord:
    """The verslag: what was planned, how long each phase took, notes, agreements."""

    plan: ConversationPlan
    held_on: date | None = None
    seconds: tuple[float, ...] = ()
    notes: tuple[str, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    evaluation_date: date | None = None
    current: int = 0
    finished: bool = False
    parts: tuple[PartRecord, ...] = ()
    """Per part of a meeting held in parts (``meeting_parts.plan_parts``): its date and who attended."""

    def __post_init__(self) -> None:
        k = len(plan_parts(self.plan))
        parts = tuple(p for p in self.parts if isinstance(p, PartRecord))[:k]
        object.__setattr__(self, "parts", parts + (PartRecord(),) * (k - len(parts)))
        n = len(self.plan.phases)
        seconds = tuple(max(0.0, float(s)) for s in self.seconds)[:n]
        notes = tuple(str(x) for x in self.notes)[:n]
        object.__setattr__(self, "seconds", seconds + (0.0,) * (n - len(seconds)))
        object.__setattr__(self, "notes", notes + ("",) * (n - len(notes)))
        object.__setattr__(self, "agreements", tuple(self.agreements))
        object.__setattr__(self, "current", min(max(int(self.current), 0), max(n - 1, 0)))

    @property
    def total_seconds(self) -> float:
        """The time the whole meeting took."""
        return sum(self.seconds)


def record_issues(record: MeetingRecord) -> tuple[Issue, ...]:
    """What the record lacks: agreements, an evaluation date (guideline 7), weak agreements."""
    issues: list[Issue] = []
    if not record.agreements:
        issues.append(Issue("missing", "agreements"))
    if record.evaluation_date is None:
        issues.append(Issue("missing", "evaluation_date"))
    elif record.held_on is not None and record.evaluation_date <= record.held_on:
        issues.append(Issue("evaluation_before_meeting", "evaluation_date"))
    for index, agreement in enumerate(record.agreements):
        if agreement_issues(agreement):
            issues.append(Issue("agreement", "agreements", str(index + 1)))
    return tuple(issues)


@dataclass(frozen=True)
class Meeting:
    """A meeting in progress. ``running_since`` is ``now`` when the current phase's clock started."""

    record: MeetingRecord
    running_since: float | None = None

    @classmethod
    def start(cls, plan: ConversationPlan, *, now: float | None, held_on: date | None = None) -> Meeting:
        """Begin with the first phase: the clock running from ``now``, or ready and paused with ``now=None``.

        Raises:
            ValueError: the plan has no phases.
        """
        if not plan.phases:
            raise ValueError("a meeting needs at least one phase")
        return cls(MeetingRecord(plan=plan, held_on=held_on, evaluation_date=plan.evaluation_date), running_since=now)

    @property
    def has_work(self) -> bool:
        """The meeting holds something a new start would lose: time (or a running clock), notes or agreements.

        A view asks before it starts a new meeting over one that ``has_work``.
        """
        r = self.record
        return self.running or any(r.seconds) or any(r.notes) or bool(r.agreements)

    def with_structure(self, structure: MeetingStructure) -> Meeting:
        """A new meeting, paused at phase 1, with the phases of another structure.

        Nothing of this meeting carries over (not its time, notes, agreements, nor an evaluation
        date changed during it): another structure is another meeting. The plan's facts and the day of
        the meeting stay; ``meeting_facts.without_case_facts`` then drops what still is a case's people.
        Ask first when ``has_work``.
        """
        return Meeting.start(with_structure(self.record.plan, structure), now=None, held_on=self.record.held_on)

    @classmethod
    def carried_on(cls, record: MeetingRecord, *, running_since: float | None, now: float) -> Meeting:
        """The meeting read back after a page reload (or from a file).

        A meeting does not stop because a browser reloads: if the clock ran when the copy was
        kept (``running_since``, wall-clock seconds as ``now``), it runs on from that moment.
        A moment in the future, more than ``MAX_RELOAD_GAP`` ago, or on another calendar day
        (local time) is not trusted: the meeting comes back paused with the time it had, so
        that the night between two parts of a meeting is never counted.
        """
        if running_since is None or record.finished or not now - MAX_RELOAD_GAP <= running_since <= now + 5:
            return cls(record, None)
        if date.fromtimestamp(running_since) != date.fromtimestamp(now):
            return cls(record, None)
        return cls(record, min(running_since, now))

    @property
    def plan(self) -> ConversationPlan:
        """The plan being run."""
        return self.record.plan

    @property
    def index(self) -> int:
        """The current phase's position."""
        return self.record.current

    @property
    def part_starts_here(self) -> bool:
        """Paused at the first phase of a later part, not yet started: the part is held on another day."""
        i, plan = self.index, self.plan
        return (not self.running and i > 0 and not self.record.seconds[i] and not self.record.finished
                and part_position(plan, i) is not None and part_position(plan, i) != part_position(plan, i - 1))

    @property
    def running(self) -> bool:
        """The clock is running."""
        return self.running_since is not None

    def elapsed(self, now: float, index: int | None = None) -> float:
        """Seconds spent in phase ``index`` (the current one by default) up to ``now``."""
        index = self.index if index is None else index
        spent = self.record.seconds[index]
        if index == self.index and self.running_since is not None:
            spent += max(0.0, now - self.running_since)
        return spent

    def timing(self, now: float, index: int | None = None) -> PhaseTiming:
        """Planned against elapsed for a phase."""
        index = self.index if index is None else index
        minutes = self.plan.phases[index].minutes
        return PhaseTiming(planned=None if minutes is None else minutes * 60.0, elapsed=self.elapsed(now, index))

    def _banked(self, now: float) -> MeetingRecord:
        seconds = list(self.record.seconds)
        seconds[self.index] = self.elapsed(now)
        return replace(self.record, seconds=tuple(seconds))

    def pause(self, now: float) -> Meeting:
        """Stop the clock; the time so far is kept."""
        return self if self.running_since is None else Meeting(self._banked(now), None)

    def resume(self, now: float, *, on: date | None = None) -> Meeting:
        """Start the clock again on the current phase.

        ``on``: today's date; the current part of a meeting in parts that has no date yet gets it
        (the day that part is held).
        """
        if self.record.finished or self.running_since is not None:
            return self
        record, position = self.record, part_position(self.plan, self.index)
        if on is not None and position is not None and record.parts[position].held_on is None:
            parts = list(record.parts)
            parts[position] = replace(parts[position], held_on=on)
            record = replace(record, parts=tuple(parts))
        return Meeting(record, now)

    def go_to(self, index: int, now: float) -> Meeting:
        """Move to phase ``index``; the clock keeps running (or stays paused).

        Into another part of a meeting in parts the clock stops: that part is held on another day
        (``part_position``), and the days in between must not count.
        """
        if not 0 <= index < len(self.plan.phases) or self.record.finished:
            return self
        same_part = part_position(self.plan, index) == part_position(self.plan, self.index)
        running = self.running_since is not None and same_part
        record = replace(self._banked(now), current=index)
        return Meeting(record, now if running else None)

    def next(self, now: float) -> Meeting:
        """The next phase (nothing happens on the last)."""
        return self.go_to(self.index + 1, now)

    def previous(self, now: float) -> Meeting:
        """The previous phase (nothing happens on the first)."""
        return self.go_to(self.index - 1, now)

    def with_note(self, text: str, index: int | None = None) -> Meeting:
        """Replace the notes of a phase (the current one by default)."""
        index = self.index if index is None else index
        notes = list(self.record.notes)
        notes[index] = text.strip()[:MAX_NOTES] if isinstance(text, str) else ""
        return replace(self, record=replace(self.record, notes=tuple(notes)))

    def with_agreement(self, agreement: Agreement) -> Meeting:
        """Add an agreement (at most ``MAX_ITEMS``; more are ignored)."""
        if len(self.record.agreements) >= MAX_ITEMS:
            return self
        return replace(self, record=replace(self.record, agreements=(*self.record.agreements, agreement)))

    def without_agreement(self, index: int) -> Meeting:
        """Remove agreement ``index``."""
        items = list(self.record.agreements)
        if 0 <= index < len(items):
            del items[index]
        return replace(self, record=replace(self.record, agreements=tuple(items)))

    def with_evaluation_date(self, value: date | None) -> Meeting:
        """Set the date on which the agreements are evaluated."""
        return replace(self, record=replace(self.record, evaluation_date=value))

    def finish(self, now: float) -> Meeting:
        """Stop the clock and close the record."""
        return Meeting(replace(self._banked(now), finished=True), None)

    def reopen(self) -> Meeting:
        """Open a finished meeting again (paused), e.g. to add a forgotten agreement."""
        return Meeting(replace(self.record, finished=False), None)


# --- what the chair types during the meeting ---------------------------------------------------


def write_note(meeting: Meeting, text: object) -> tuple[Meeting, Issue | None]:
    """``meeting`` with the current phase's notes as typed, or unchanged with ``Issue("too_long", "notes",
    str(MAX_NOTES))`` when they are longer than ``MAX_NOTES`` (refused, never cut; ``limits.too_long``)."""
    issues = too_long({"notes": (text, MAX_NOTES)})
    if issues:
        return meeting, issues[0]
    return meeting.with_note(text if isinstance(text, str) else ""), None


def set_evaluation_date(meeting: Meeting, value: object) -> tuple[Meeting, Issue | None]:
    """``meeting`` with the evaluation date chosen, or unchanged with what was refused.

    An evaluation on or before the day of the meeting (``held_on``) cannot be right (guideline 7:
    the agreements are evaluated later) and is refused: ``Issue("before_meeting", "evaluation_date",
    <the refused date, ISO>)``, like ``goal_card.with_dates``; so is a year outside 2000-2099
    (``Issue("year", ...)``, ``dates.usable_date``). Anything that is not a ``date`` clears it.
    """
    chosen = value if isinstance(value, date) else None
    if chosen is not None and not usable_date(chosen):
        return meeting, Issue("year", "evaluation_date", chosen.isoformat())
    held_on = meeting.record.held_on
    if chosen is not None and held_on is not None and chosen <= held_on:
        return meeting, Issue("before_meeting", "evaluation_date", chosen.isoformat())
    return meeting.with_evaluation_date(chosen), None


def add_agreement(meeting: Meeting, who: object, what: object, when: object) -> tuple[Meeting, tuple[Issue, ...]]:
    """``meeting`` with the agreement "who does what, when" added, or unchanged with what was refused.

    Returns:
        ``(meeting, ())`` when added; otherwise the unchanged meeting and either every
        ``Issue("too_long", field, limit)`` (who ``MAX_WHO``, what ``MAX_LINE``, when ``MAX_WHEN``),
        or the ``Issue("empty", field)`` of each empty part, or ``Issue("full", "agreements",
        str(MAX_ITEMS))``. A tuple, because several fields can be refused at once and a view names them all.
    """
    issues = too_long({"who": (who, MAX_WHO), "what": (what, MAX_LINE), "when": (when, MAX_WHEN)})
    if issues:
        return meeting, issues
    agreement = Agreement(one_line(who, MAX_WHO), one_line(what, MAX_LINE), one_line(when, MAX_WHEN))
    empty = tuple(i for i in agreement_issues(agreement) if i.code == "empty")
    if empty:
        return meeting, empty
    if len(meeting.record.agreements) >= MAX_ITEMS:
        return meeting, (Issue("full", "agreements", str(MAX_ITEMS)),)
    return meeting.with_agreement(agreement), ()
