"""Editing a conversation plan: every rule the planner applies to what the mentor typed.

Each function takes the plan and the raw widget values (untrusted: any type, any length) and
returns the new plan and what was refused, as data. The planner view makes one call per action
and shows the result; no rule lives in its handlers.

- ``with_fields``: the plan's own fields (student, reason, goals, participants, chair, date,
  examples); text over a field's limit is refused (``limits.too_long``), and a plan about another
  student loses what it still holds unchanged from the example (``without_example``).
- ``add_strength``, ``add_concern``, ``without_item``: the lists of the seven-areas part.
- ``with_phase_edit`` / ``with_phase_minutes``: a phase's minutes (1-120 whole minutes) and notes.
- ``with_structure_choice``: another meeting structure; a team meeting chosen on the example's
  conversation with parents starts without the example (``shows_example`` says whether it still is one).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .areas import AREAS, Strength
from .conversation import (
    MAX_ITEMS,
    MAX_LINE,
    MAX_NOTES,
    MAX_PHASE_MINUTES,
    MAX_STUDENT,
    MAX_TEXT,
    MAX_WHO,
    MIN_PHASE_MINUTES,
    Concern,
    ConversationPlan,
    with_structure,
)
from .participants import parse_participants
from .structures import MeetingStructure
from .issues import Issue
from .limits import too_long
from .numbers import parse_whole
from .sentence_form import is_name_only
from .text import notes_text, one_line

LIST_FIELDS = ("strengths", "concerns")
"""The lists of a plan that the planner adds to and removes from one item at a time."""


def _lines(value: object, limit: int = MAX_TEXT) -> tuple[str, ...]:
    """Typed lines as a tuple of tidy lines: empty lines left out, at most ``MAX_ITEMS``."""
    if not isinstance(value, str):
        return ()
    return tuple(x for x in (one_line(line, limit) for line in value.splitlines()[:MAX_ITEMS]) if x)


def with_fields(plan: ConversationPlan, *, example: ConversationPlan, student: object, reason: object, goals: object,
                participants: object, chair: object, student_invited: object, meeting_date: object,
                school_examples: object, home_examples: object) -> tuple[ConversationPlan, tuple[Issue, ...]]:
    """``plan`` with the planner's fields as typed, or unchanged with what was refused.

    Args:
        plan: the plan being edited.
        example: the plan the planner opened with (the case's example), for ``without_example``.
        student, reason, chair: one text each (limits ``MAX_STUDENT``, ``MAX_NOTES``, ``MAX_WHO``).
        goals, school_examples, home_examples: one item per line (``MAX_ITEMS`` lines at most).
        participants: one person per line, "naam (rol)" (``parse_participants``).
        student_invited: a tick; meeting_date: a ``date`` or anything else for "none".

    Returns:
        ``(plan, ())`` when all was taken; ``(unchanged plan, issues)`` with ``Issue("too_long", field,
        limit)`` for every text over its limit; or ``(plan, (Issue("example_removed", "student",
        "reason,goals,..."),))`` when the plan is now about another student and the example's parts
        named in the detail were removed (``without_example``).
    """
    issues = too_long({"student": (student, MAX_STUDENT), "chair": (chair, MAX_WHO), "reason": (reason, MAX_NOTES)})
    if issues:
        return plan, issues
    name = one_line(student, MAX_STUDENT)
    changed = replace(
        plan,
        student=name,
        reason=one_line(reason, MAX_NOTES),
        goals=_lines(goals, MAX_LINE),
        participants=parse_participants(participants if isinstance(participants, str) else "", student=name),
        chair=one_line(chair, MAX_WHO),
        student_invited=bool(student_invited),
        meeting_date=meeting_date if isinstance(meeting_date, date) else None,
        school_examples=_lines(school_examples),
        home_examples=_lines(home_examples),
    )
    if name == plan.student:
        return changed, ()
    changed, removed = without_example(changed, example)
    return changed, ((Issue("example_removed", "student", ",".join(removed)),) if removed else ())


def add_strength(plan: ConversationPlan, area: object, text: object) -> tuple[ConversationPlan, Issue | None]:
    """``plan`` with a positive aspect added, or unchanged with the reason.

    An unknown ``area`` is read as the first of ``AREAS``. Issues: ``empty`` (field ``strength``),
    ``full`` (field ``strengths``, detail ``MAX_ITEMS``).
    """
    line = one_line(text, MAX_LINE)
    if not line:
        return plan, Issue("empty", "strength")
    if len(plan.strengths) >= MAX_ITEMS:
        return plan, Issue("full", "strengths", str(MAX_ITEMS))
    area = area if area in AREAS else AREAS[0]
    return replace(plan, strengths=(*plan.strengths, Strength(area, line))), None


def add_concern(plan: ConversationPlan, text: object, example: object) -> tuple[ConversationPlan, Issue | None]:
    """``plan`` with a concern (and its example) added, or unchanged with the reason.

    Issues: ``empty`` (field ``concern``: nothing typed, or only the opening words of a
    wij-boodschap), ``full`` (field ``concerns``, detail ``MAX_ITEMS``), ``name_only`` (field
    ``concern``: only a name; a wij-boodschap is about behaviour, ``sentence_form.is_name_only``).
    """
    line = one_line(text, MAX_LINE)
    if not line:
        return plan, Issue("empty", "concern")
    if len(plan.concerns) >= MAX_ITEMS:
        return plan, Issue("full", "concerns", str(MAX_ITEMS))
    if is_name_only(line):
        return plan, Issue("name_only", "concern")
    concern = Concern(line, one_line(example, MAX_TEXT))
    try:
        concern.we_message()
    except ValueError:  # only the opening words ("Wij maken ons zorgen omdat"), nothing to be concerned about yet
        return plan, Issue("empty", "concern")
    return replace(plan, concerns=(*plan.concerns, concern)), None


def without_item(plan: ConversationPlan, field: str, index: int) -> ConversationPlan:
    """``plan`` without item ``index`` of a list in ``LIST_FIELDS`` (unchanged for an index outside it)."""
    if field not in LIST_FIELDS:
        raise ValueError(f"field must be one of {LIST_FIELDS}, got {field!r}")
    items = list(getattr(plan, field))
    if not isinstance(index, int) or not 0 <= index < len(items):
        return plan
    del items[index]
    return replace(plan, **{field: tuple(items)})


def with_phase_edit(plan: ConversationPlan, index: object, minutes: object,
                    notes: object) -> tuple[ConversationPlan, Issue | None]:
    """``plan`` with phase ``index``'s minutes (``with_phase_minutes``) and notes (``text.notes_text``).

    Refused minutes leave the minutes as they were and the issue says so; the notes are taken
    either way. An ``index`` that is not a phase leaves the plan unchanged (no issue: the
    phase list is the planner's own choice, not typed).
    """
    if not isinstance(index, int) or not 0 <= index < len(plan.phases):
        return plan, None
    plan, issue = with_phase_minutes(plan, index, minutes)
    return plan.with_phase(index, notes=notes_text(notes)), issue


def with_phase_minutes(plan: ConversationPlan, index: int, minutes: object) -> tuple[ConversationPlan, Issue | None]:
    """``plan`` with phase ``index`` planned for ``minutes``, or unchanged with the reason.

    ``minutes`` is what was typed ("12", "12,0") or a whole number, read by
    ``numbers.parse_whole``: a fraction ("2,5") or a value outside
    ``MIN_PHASE_MINUTES``-``MAX_PHASE_MINUTES`` leaves the plan unchanged and the issue
    (field ``minutes``, detail = what was typed) says so; nothing is clamped or rounded.
    An empty field on a phase without planned time (a structure may leave minutes out) keeps it so.
    """
    if isinstance(minutes, str) and not minutes.strip() and plan.phases[index].minutes is None:
        return plan, None  # a phase without planned time stays so until minutes are typed
    value, issue = parse_whole(minutes, field="minutes", minimum=MIN_PHASE_MINUTES, maximum=MAX_PHASE_MINUTES)
    if issue is not None:
        return plan, issue
    return plan.with_phase(index, minutes=value), None



# --- the example plan and the mentor's own conversation ------------------------------------

EXAMPLE_PARTS = ("reason", "goals", "participants", "chair", "school_examples", "home_examples",
                 "strengths", "concerns", "agreements")
"""The parts of a plan that a case fills in (``plan_from_case``); the phases come from the structure."""


def same_student(name: str, other: str) -> bool:
    """Whether two names are the same student: the same first name ("Kevin" and "Kevin B." are; "Mila" is not)."""
    first, second = name.split(), other.split()
    return bool(first and second) and first[0].casefold() == second[0].casefold()


def _same_text(a: object, b: object) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


def without_example(plan: ConversationPlan, example: ConversationPlan) -> tuple[ConversationPlan, tuple[str, ...]]:
    """``plan`` without what it still holds, unchanged, from ``example``, once it is about another student.

    A mentor who types the name of their own student starts their own conversation: the example's
    reason, goals, participants, chair, examples, strengths, concerns and proposed agreements (the
    ``EXAMPLE_PARTS``) must not end up in their letter or record. What the mentor changed or added
    stays (a list of participants the mentor edited keeps all but the example's student). Nothing happens while the name is empty or the example's student (``same_student``).

    Returns:
        The plan, and the names of the ``EXAMPLE_PARTS`` from which something was removed (empty:
        nothing changed).
    """
    if not example.student or not plan.student.strip() or same_student(plan.student, example.student):
        return plan, ()
    return _without_example_parts(plan, example)


def _without_example_parts(plan: ConversationPlan, example: ConversationPlan) -> tuple[ConversationPlan, tuple[str, ...]]:
    changes: dict[str, object] = {}
    for part in EXAMPLE_PARTS:
        mine, theirs = getattr(plan, part), getattr(example, part)
        if isinstance(mine, str):
            if mine and theirs and _same_text(mine, theirs):
                changes[part] = ""
            continue
        if part == "participants":  # compared by name: re-read from the text, the example's student changes role
            unchanged = len(mine) == len(theirs) and all(_same_text(p.name, q.name) for p, q in zip(mine, theirs))
            kept = () if unchanged else tuple(p for p in mine if not same_student(p.name, example.student))
        elif part in ("goals", "school_examples", "home_examples"):
            kept = tuple(x for x in mine if not any(_same_text(x, y) for y in theirs))
        else:
            kept = tuple(x for x in mine if x not in theirs)
        if len(kept) != len(mine):
            changes[part] = kept
    return replace(plan, **changes), tuple(p for p in EXAMPLE_PARTS if p in changes)


def with_structure_choice(plan: ConversationPlan, structure: MeetingStructure, *,
                          example: ConversationPlan) -> tuple[ConversationPlan, tuple[Issue, ...]]:
    """``plan`` with another structure's phases (``conversation.with_structure``), as the planner's chooser does.

    A team meeting (``structure.audience == "team"``: a klassen-, leerling- or groepsbespreking) chosen on a
    plan that still holds the parents' conversation of the example starts without it: the example's
    student (a team plan is often about a class) and the ``EXAMPLE_PARTS`` it still holds unchanged go
    (newcomer finding, issue 17: the agenda said "Klassenbespreking (Kevin) ... Aanwezig: moeder").

    Returns:
        ``(plan, ())``, or ``(plan, (Issue("example_removed", "structure", "student,reason,..."),))`` naming
        what was removed.
    """
    changed = with_structure(plan, structure)
    if (changed.audience != "team" or example.audience == "team" or not example.student
            or not same_student(plan.student, example.student)):
        return changed, ()
    changed, removed = _without_example_parts(replace(changed, student=""), example)
    return changed, (Issue("example_removed", "structure", ",".join(("student", *removed))),)


def shows_example(plan: ConversationPlan, example: ConversationPlan) -> bool:
    """Whether the plan is still the example's conversation with parents (the planner then says so)."""
    return bool(example.student) and plan.audience == "parents" and same_student(plan.student, example.student)
