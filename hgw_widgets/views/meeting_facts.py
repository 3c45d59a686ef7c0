"""MeetingFacts: "Over", "Aanwezig" and "Gespreksleider" of a meeting, as the verslag names them.

A part of ``MeetingMode``: it reads the meeting through ``meeting()`` and hands a changed meeting to
``on_change`` (``domain.meeting_facts.set_meeting_facts``); it keeps no meeting of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.meeting import Meeting
from ..domain.meeting_facts import attendees_text, set_meeting_facts
from ..messages import t
from ._guard import guarded
from ._html import message_area, too_long_notice


class MeetingFacts(widgets.VBox):
    """Three lines the chair can change: what the meeting is about, who attends, who leads.

    Args:
        meeting: returns the meeting as it stands.
        on_change: called with the meeting with these facts changed.
    """

    def __init__(self, *, meeting: Callable[[], Meeting], on_change: Callable[[Meeting], None], **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-meeting-facts")
        self._meeting = meeting
        self._on_change = on_change
        self._syncing = False
        style = {"description_width": "9em"}
        wide = widgets.Layout(width="100%")  # at most 44em, and never past the box: hgw.css
        self._about = widgets.Text(description=t("meeting.facts.about"), placeholder=t("meeting.facts.about_placeholder"),
                                   style=style, layout=wide, continuous_update=False)
        self._about.add_class("hgw-meeting-about")
        self._attendees = widgets.Text(description=t("meeting.facts.attendees"),
                                       placeholder=t("meeting.facts.attendees_placeholder"),
                                       style=style, layout=wide, continuous_update=False)
        self._attendees.add_class("hgw-meeting-attendees")
        self._chair = widgets.Text(description=t("meeting.facts.chair"), placeholder=t("meeting.facts.chair_placeholder"),
                                   style=style, layout=wide, continuous_update=False)
        self._chair.add_class("hgw-meeting-chair")
        self._message = message_area()
        self.children = [self._about, self._attendees, self._chair, self._message]
        for field in (self._about, self._attendees, self._chair):
            field.observe(self._on_field, names="value")

    def show(self) -> None:
        """Show the facts of the meeting as it stands (after a start, a restore, another structure)."""
        plan = self._meeting().plan
        self._syncing = True
        try:
            self._about.value = plan.student
            self._attendees.value = attendees_text(plan.participants)
            self._chair.value = plan.chair
        finally:
            self._syncing = False
        self._message.value = ""

    @guarded
    def _on_field(self, _change=None) -> None:
        if self._syncing:
            return
        values = {"about": self._about.value, "attendees": self._attendees.value, "chair": self._chair.value}
        meeting, issues = set_meeting_facts(self._meeting(), **values)
        if issues:
            labels = {"about": t("meeting.facts.about"), "attendees": t("meeting.facts.attendees"),
                      "chair": t("meeting.facts.chair")}
            self._message.value = too_long_notice(issues, labels, values)
            return
        self._message.value = ""
        self._on_change(meeting)
