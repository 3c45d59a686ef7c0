"""MeetingPartFields: for a meeting held in parts on different days, the day of the current part and who attended.

A part of ``MeetingMode``, shown only while the current phase belongs to a part (``domain.meeting_parts``).
It reads the meeting through ``meeting()`` and hands a changed meeting to ``on_change``. What is said about
the date stands right under the date field and goes as soon as the date is right (issue 17 newcomer finding:
it stood under the agreements and stayed). A date typed by the chair is never replaced by today's.
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
from ._html import message_area, notice, too_long_notice, year_message


class MeetingPartFields(widgets.VBox):
    """"Datum van dit deel" and "Aanwezig bij dit deel".

    Args:
        meeting: returns the meeting as it stands.
        on_change: called with the meeting with the part's date or attendees changed.
        message: the owner's message area.
    """

    def __init__(self, *, meeting: Callable[[], Meeting], on_change: Callable[[Meeting], None],
                 message: widgets.HTML, **kwargs) -> None:
        super().__init__(**kwargs)
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
        self._date_message = message_area()
        self._date_message.add_class("hgw-part-date-message")
        self.children = [widgets.HBox([self._date, self._attendees],
                                      layout=widgets.Layout(flex_flow="row wrap", align_items="center")),
                         self._date_message]
        self._date.observe(self._on_date, names="value")
        self._attendees.observe(self._on_attendees, names="value")

    def show(self) -> None:
        """Show the current part's date and attendees; hidden when the current phase has no part."""
        m = self._meeting()
        position = part_position(m.plan, m.index)
        self.layout.display = "none" if position is None else "flex"
        if position is None:
            self._date_message.value = ""
            return
        kept = m.record.parts[position]
        if self._date.value != kept.held_on:  # the field goes back to the kept date: what was said about another goes
            self._date_message.value = ""
        self._syncing = True
        try:
            self._date.value = kept.held_on
            self._attendees.value = kept.attendees
        finally:
            self._syncing = False

    def start_day(self, today: date) -> date | None:
        """The day to give a part that starts now: ``today``, or None while the field holds a date being
        typed that is not kept yet (the chair's date is never replaced by today's)."""
        m = self._meeting()
        position = part_position(m.plan, m.index)
        typed = self._date.value
        if position is not None and typed is not None and typed != m.record.parts[position].held_on:
            return None
        return today

    @guarded
    def _on_date(self, _change=None) -> None:
        if self._syncing:
            return
        meeting, issue = set_part_date(self._meeting(), self._date.value)
        position = part_position(meeting.plan, meeting.index)
        kept = meeting.record.parts[position].held_on if position is not None else None
        if issue is not None and issue.code == "year":  # a year still being typed: the field stays as typed
            self._date_message.value = notice(year_message(issue, kept=kept), kind="warning")
            return
        if issue is not None and issue.code == "before_earlier_part":
            self._date_message.value = notice(t("meeting.mode.part_before_earlier", date=date_text(date.fromisoformat(issue.detail)),
                                           kept=date_text(kept, missing=t("meeting.mode.evaluation_none"))), kind="warning")
            return
        self._date_message.value = ""
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
