"""PlannerPhases: the phases part of the conversation planner: pick a phase, see it, set its minutes and notes.

A part of ``ConversationPlanner``: it reads the plan through ``plan()`` and hands a changed plan to
``on_change`` (one ``plan_edits.with_phase_edit`` call per edit); it keeps no plan.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.conversation import MAX_PHASE_MINUTES, MIN_PHASE_MINUTES, ConversationPlan
from ..domain.plan_edits import with_phase_edit
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area
from ._number import number_notice, whole_number_field
from .phase_card import phase_summary_html


class PlannerPhases(widgets.VBox):
    """The phase chooser, the phase as the meeting will show it, its minutes and notes, and the total time.

    Args:
        plan: returns the plan as it stands.
        on_change: called with the plan with a phase's minutes or notes changed.
    """

    def __init__(self, *, plan: Callable[[], ConversationPlan], on_change: Callable[[ConversationPlan], None],
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self._plan = plan
        self._on_change = on_change
        self._syncing = False
        style = {"description_width": "9em"}
        self._phase = widgets.Dropdown(description=t("conversation.planner.phase"), style=style, layout=widgets.Layout(width="100%"))
        self._phase.add_class("hgw-plan-phase")
        self._info = widgets.HTML()
        self._info.add_class("hgw-plan-phase-info")
        # a text field read by the domain: a number input would clamp 500 to 120 and read "2,5" as 25
        self._minutes = whole_number_field(t("conversation.planner.minutes"), 0, css="hgw-plan-minutes", style=style)
        self._minutes_message = message_area()
        self._notes = widgets.Textarea(description=t("conversation.planner.phase_notes"),
                                       placeholder=t("conversation.planner.phase_notes_placeholder"),
                                       rows=4, layout=widgets.Layout(width="100%"), style=style, continuous_update=False)
        self._notes.add_class("hgw-plan-phase-notes")  # height in rows: on a phone its label above it fits in its box
        self._total = widgets.HTML()
        self._total.add_class("hgw-plan-total")
        self.children = [
            widgets.HTML(f"<h4>{esc(t('conversation.planner.section_phases'))}</h4>"),
            self._phase, self._info, self._minutes, self._minutes_message, self._notes, self._total,
        ]
        self._phase.observe(self._on_pick, names="value")
        self._minutes.observe(self._on_edit, names="value")
        self._notes.observe(self._on_edit, names="value")

    def show(self, *, sync_fields: bool) -> None:
        """Draw the total time; with ``sync_fields``, also the phase list and the chosen phase's fields."""
        plan = self._plan()
        if sync_fields:
            self._syncing = True
            try:
                current = self._phase.value if isinstance(self._phase.value, int) else 0
                self._phase.options = [(f"{i + 1}. {p.title}", i) for i, p in enumerate(plan.phases)]
                self._phase.value = current if current < len(plan.phases) else 0
            finally:
                self._syncing = False
            self._show_phase()
        self._total.value = f"<p><strong>{esc(t('conversation.planner.total', minutes=plan.minutes))}</strong></p>"

    def _index(self) -> int | None:
        index = self._phase.value
        return index if isinstance(index, int) and 0 <= index < len(self._plan().phases) else None

    def _show_phase(self) -> None:
        index = self._index()
        if index is None:
            return
        phase = self._plan().phases[index]
        self._info.value = phase_summary_html(phase)
        self._syncing = True
        try:
            self._minutes.value = "" if phase.minutes is None else str(phase.minutes)
            self._notes.value = phase.notes
        finally:
            self._syncing = False

    @guarded
    def _on_pick(self, _change=None) -> None:
        if not self._syncing:
            self._minutes_message.value = ""
            self._show_phase()

    @guarded
    def _on_edit(self, _change=None) -> None:
        index = self._index()
        if self._syncing or index is None:
            return
        plan, issue = with_phase_edit(self._plan(), index, self._minutes.value, self._notes.value)
        used = plan.phases[index].minutes
        self._minutes_message.value = "" if issue is None else number_notice(
            issue, label=t("conversation.planner.minutes"), minimum=MIN_PHASE_MINUTES, maximum=MAX_PHASE_MINUTES,
            kept=t("conversation.planner.minutes_kept", minutes=used if used is not None else "-"))
        self._on_change(plan)
        self._syncing = True
        try:
            self._minutes.value = "" if used is None else str(used)  # the field shows the minutes in use, never a refused value
        finally:
            self._syncing = False
