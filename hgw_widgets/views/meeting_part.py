"""MeetingPartFields: for a meeting held in parts on different days, the day of the current part and who attended.

A part of ``MeetingMode``, shown only while the current phase belongs to a part (``domain.meeting_parts``).
It reads the meeting through ``meeting()`` and hands a changed meeting to ``on_change``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import ipywidgets as widgets

from ..domain.formats import date_text
from ..domain.meeting import Meeting
from ..domain.meeting_part_edits import set_part_attendees, set_part_date
from ..domain.meeting_parts import part_position
from ..messages import t
from ._guard import guarded
from ._html import notice, too_long_notice


class MeetingPartFields(widgets.HBox):
    """"Datum van dit deel" and "Aanwezig bij dit deel".

    Args:
        meeting: returns the meeting as it stands.
        on_change: called with the meeting with the part's date or attendees changed.
        message: the owner's message area.
    """

    def __init__(self, *, meeting: Callable[[], Meeting], on_change: Callable[[Meeting], None],
                 message: widgets.HTML, **kwargs) -> None:
        super().__init__(layout=widgets.Layout(flex_flow="row wrap", align_items="center"), **kwargs)
        self.add_class("hgw-meeting-part")
        self._meeting = meeting
        self._on_change = on_change
        self._message = message
        self._syncing = False
        self._date = widgets.DatePicker(description=t("meeting.mode.part_date"), style={"description_width": "10em"})
        self._date.add_class("hgw-part-date")
        self._attendees = widgets.Text(description=t("meeting.mode.part_attendees"),
                                       placeholder=t("meeting.mode.part_attendees_placeholder"),
                                       style={"description_width": "11em"}, continuous_update=False,
                                       layout=widgets.Layout(width="100%", max_width="44em"))
        self._attendees.add_class("hgw-part-attendees")
        self.children = [self._date, self._attendees]
        self._date.observe(self._on_date, names="value")
        self._attendees.observe(self._on_attendees, names="value")

    def show(self) -> None:
        """Show the current part's date and attendees; hidden when the current phase has no part."""
        m = self._meeting()
        position = part_position(m.plan, m.index)
        self.layout.display = "none" if position is None else "flex"
        if position is None:
            return
        kept = m.record.parts[position]
        self._syncing = True
        try:
            self._date.value = kept.held_on
            self._attendees.value = kept.attendees
        finally:
            self._syncing = False

    @guarded
    def _on_date(self, _change=None) -> None:
        if self._syncing:
            return
        meeting, issue = set_part_date(self._meeting(), self._date.value)
        if issue is not None and issue.code == "before_earlier_part":
            kept = meeting.record.parts[part_position(meeting.plan, meeting.index)].held_on
            self._message.value = notice(t("meeting.mode.part_before_earlier", date=date_text(date.fromisoformat(issue.detail)),
                                           kept=date_text(kept, missing=t("meeting.mode.evaluation_none"))), kind="warning")
            self.show()  # the picker shows the date that stays
            return
        self._on_change(meeting)

    @guarded
    def _on_attendees(self, _change=None) -> None:
        if self._syncing:
            return
        meeting, issue = set_part_attendees(self._meeting(), self._attendees.value)
        if issue is not None and issue.code == "too_long":
            self._message.value = too_long_notice((issue,), {"attendees": t("meeting.mode.part_attendees")},
                                                  {"attendees": self._attendees.value})
            return
        self._on_change(meeting)
