"""A meeting held in parts on different days (voorgesprek, bespreking, nagesprek): the parts and what
the record keeps of each: the day it was held and who attended.

A structure file groups its phases in parts (``structures.StructurePart``: id, title, ``when``, e.g.
"een week voor de bespreking"); a plan's phases carry their part's title and ``when``. The record
(``meeting.MeetingRecord.parts``) holds a ``PartRecord`` per part, in order. The chair sets them
with ``meeting_part_edits.set_part_date`` and ``set_part_attendees`` (one call per action, refusals as data).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .conversation import ConversationPlan
from .text import MAX_LINE

MAX_ATTENDEES = MAX_LINE
"""Characters of "who attended" a part (one line, names separated by commas)."""


@dataclass(frozen=True)
class Part:
    """One part of a plan: its title, when it is held (from the structure file) and its phases' positions."""

    title: str
    when: str
    phases: tuple[int, ...]


@dataclass(frozen=True)
class PartRecord:
    """What the record keeps of a part: the day it was held (None: not yet) and who attended."""

    held_on: date | None = None
    attendees: str = ""


def plan_parts(plan: ConversationPlan) -> tuple[Part, ...]:
    """The parts of ``plan`` in order (consecutive phases with the same part title); () when it has none."""
    parts: list[Part] = []
    for index, phase in enumerate(plan.phases):
        if not phase.part:
            continue
        if parts and parts[-1].title == phase.part and parts[-1].phases[-1] == index - 1:
            parts[-1] = replace(parts[-1], phases=(*parts[-1].phases, index))
        else:
            parts.append(Part(phase.part, phase.part_when, (index,)))
    return tuple(parts)


def part_position(plan: ConversationPlan, index: int) -> int | None:
    """The position in ``plan_parts(plan)`` of the part phase ``index`` belongs to (None: no part)."""
    return next((i for i, part in enumerate(plan_parts(plan)) if index in part.phases), None)
