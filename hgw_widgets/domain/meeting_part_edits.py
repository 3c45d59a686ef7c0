"""What the chair records of a part of a meeting held in parts: the day it is held and who attended.

One call per action, refusals as data (``meeting_parts`` holds the parts themselves; this module is
apart because it needs ``Meeting``, which needs the parts).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .dates import usable_date
from .issues import Issue
from .limits import too_long
from .meeting import Meeting
from .meeting_parts import MAX_ATTENDEES, PartRecord, part_position
from .text import one_line


def _with_part(meeting: Meeting, position: int, part: PartRecord) -> Meeting:
    parts = list(meeting.record.parts)
    parts[position] = part
    return replace(meeting, record=replace(meeting.record, parts=tuple(parts)))


def set_part_date(meeting: Meeting, value: object) -> tuple[Meeting, Issue | None]:
    """``meeting`` with the day the current part is held, or unchanged with why not.

    Anything that is not a ``date`` clears it. Refused: no part here (``Issue("no_part", "part_date")``);
    a year outside 2000-2099 (``Issue("year", "part_date", <refused date, ISO>)``, the workbook's one date
    rule ``dates.usable_date``: a browser reports "0002", "0020", "0202" while a year is typed); or a day
    before the day of an earlier part (``Issue("before_earlier_part", "part_date", <refused date, ISO>)``):
    the parts are held in order. A refused date leaves the kept one as it was.
    """
    position = part_position(meeting.plan, meeting.index)
    if position is None:
        return meeting, Issue("no_part", "part_date")
    chosen = value if isinstance(value, date) else None
    if chosen is not None and not usable_date(chosen):
        return meeting, Issue("year", "part_date", chosen.isoformat())
    earlier = [p.held_on for p in meeting.record.parts[:position] if p.held_on is not None]
    if chosen is not None and earlier and chosen < max(earlier):
        return meeting, Issue("before_earlier_part", "part_date", chosen.isoformat())
    return _with_part(meeting, position, replace(meeting.record.parts[position], held_on=chosen)), None


def set_part_attendees(meeting: Meeting, text: object) -> tuple[Meeting, Issue | None]:
    """``meeting`` with who attended the current part (one line), or unchanged with
    ``Issue("too_long", "attendees", str(MAX_ATTENDEES))`` or ``Issue("no_part", "attendees")``."""
    position = part_position(meeting.plan, meeting.index)
    if position is None:
        return meeting, Issue("no_part", "attendees")
    issues = too_long({"attendees": (text, MAX_ATTENDEES)})
    if issues:
        return meeting, issues[0]
    return _with_part(meeting, position, replace(meeting.record.parts[position], attendees=one_line(text, MAX_ATTENDEES))), None
