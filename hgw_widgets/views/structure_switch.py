"""StructureSwitch: choose another meeting structure during a meeting, asking first when work would be lost.

A part of ``MeetingMode``: the structure chooser (``StructureFile``: the shipped structures and a coach's
own file) and the question "Andere structuur? Dan begint een nieuw gesprek". Another structure is another
meeting (``Meeting.with_structure``), so when the meeting ``has_work`` the chair confirms first.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.meeting import Meeting
from ..domain.structures import MeetingStructure
from ..messages import t
from ._guard import guarded
from ._html import notice
from .structure_file import StructureFile


class StructureSwitch(widgets.VBox):
    """The structure chooser of the meeting mode and its confirmation.

    Args:
        meeting: returns the meeting as it stands.
        on_switch: called with the new meeting (paused at phase 1 of the chosen structure).
    """

    def __init__(self, *, meeting: Callable[[], Meeting], on_switch: Callable[[Meeting], None], **kwargs) -> None:
        super().__init__(**kwargs)
        self._meeting = meeting
        self._on_switch = on_switch
        self._pending: MeetingStructure | None = None  # chosen while the meeting has work: asked about first
        self.structure_file = StructureFile(current=meeting().plan.structure_id)
        """The chooser and a coach's own structure file."""
        self._yes = widgets.Button(description=t("meeting.mode.switch_accept"), button_style="danger",
                                   layout=widgets.Layout(width="auto"))
        self._yes.add_class("hgw-switch-yes")
        self._no = widgets.Button(description=t("meeting.mode.switch_cancel"), layout=widgets.Layout(width="auto"))
        self._no.add_class("hgw-switch-no")
        self._confirm = widgets.VBox([widgets.HTML(notice(t("meeting.mode.switch_confirm"), kind="warning")),
                                      widgets.HBox([self._yes, self._no])],
                                     layout=widgets.Layout(display="none"))
        self._confirm.add_class("hgw-switch-confirm")
        self.children = [self.structure_file, self._confirm]
        self.structure_file.on_choose(self._on_structure)
        self._yes.on_click(self._on_yes)
        self._no.on_click(self._on_no)

    def forget(self) -> None:
        """Forget a structure that was asked about; the chooser shows the one in use again."""
        self._pending = None
        self._confirm.layout.display = "none"
        self.structure_file.show_current(self._meeting().plan.structure_id)

    @guarded
    def _on_structure(self, structure: MeetingStructure) -> None:
        meeting = self._meeting()
        if meeting.has_work:  # another structure is a new meeting: ask before this one is gone
            self._pending = structure
            self._confirm.layout.display = "flex"
            return
        self._on_switch(meeting.with_structure(structure))

    @guarded
    def _on_yes(self, _button=None) -> None:
        structure, self._pending = self._pending, None
        self._confirm.layout.display = "none"
        if structure is not None:
            self._on_switch(self._meeting().with_structure(structure))

    @guarded
    def _on_no(self, _button=None) -> None:
        self.forget()
