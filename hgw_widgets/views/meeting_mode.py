"""MeetingMode: run a conversation live, one phase at a time, and end with a verslag."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import ipywidgets as widgets

from ..domain.case import load_case
from ..domain.conversation import ConversationPlan, plan_from_case, plan_from_structure
from ..domain.formats import date_text
from ..domain.meeting import Meeting, MeetingRecord, record_issues, set_evaluation_date, write_note
from ..domain.meeting_facts import without_case_facts
from ..export.conversation import RECORD_KIND, record_document, record_from_dict, record_to_dict, running_since_from
from ..export.render import to_html
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, print_preview, stylesheet, too_long_notice, year_message
from .meeting_agreements import MeetingAgreements
from .meeting_facts import MeetingFacts
from .meeting_part import MeetingPartFields
from .phase_card import phase_card_html, time_status_html
from .phase_clock import PhaseClock
from .structure_switch import StructureSwitch
from .work_bar import Work, WorkBar

class MeetingMode(widgets.VBox):
    """The live conversation (or a coach's demonstration) for any meeting structure.

    Args:
        plan: the prepared plan; its phases are run in order.
        held_on: the date of the meeting (today by default).
        clock: where "now" comes from, in wall-clock seconds (tests pass a fake clock); wall
            clock, so that a meeting carries on across a page reload (a new kernel).
        store_key: the exercise id for the copy kept in the browser.
        autosave: keep a copy in the browser after every change.
        own_structure: offer the structure chooser, one's own structure file and its download
            (off when the plan comes from the planner, which has its own).
    """

    def __init__(self, plan: ConversationPlan, *, held_on: date | None = None,
                 clock: Callable[[], float] = time.time, store_key: str = "gespreksmodus",
                 autosave: bool = True, own_structure: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-meeting")
        self._clock = clock
        self._initial = Meeting.start(plan, now=None, held_on=held_on or date.today())
        self._meeting = self._initial
        self._callbacks: list[Callable[[MeetingRecord], None]] = []
        self._syncing = False
        message = message_area()

        self._header = widgets.HTML()
        self._progress = widgets.HTML()
        self._progress.add_class("hgw-meeting-progress")
        self._card = widgets.HTML()
        self._card.add_class("hgw-phase-card-box")
        self.clock = PhaseClock()
        """The browser-side timer of the current phase."""
        self._time = widgets.HTML()
        self._time.add_class("hgw-time-status")
        self._run = widgets.Button(button_style="success", icon="play", layout=widgets.Layout(width="auto"))
        self._run.add_class("hgw-meeting-run")
        self._previous = widgets.Button(description=t("meeting.mode.previous"), icon="arrow-left", layout=widgets.Layout(width="auto"))
        self._previous.add_class("hgw-meeting-previous")
        self._next = widgets.Button(description=t("meeting.mode.next"), icon="arrow-right", button_style="primary",
                                    layout=widgets.Layout(width="auto"))
        self._next.add_class("hgw-meeting-next")
        self._finish = widgets.Button(description=t("meeting.mode.finish"), icon="flag-checkered", button_style="warning",
                                      layout=widgets.Layout(width="auto"))
        self._finish.add_class("hgw-meeting-finish")
        self._projector = widgets.ToggleButton(description=t("meeting.mode.projector"), tooltip=t("meeting.mode.projector_tooltip"),
                                               icon="television", layout=widgets.Layout(width="auto"))
        self._notes = widgets.Textarea(placeholder=t("meeting.mode.notes_placeholder"), continuous_update=False,
                                       layout=widgets.Layout(width="100%", height="5em"))
        self._notes.add_class("hgw-meeting-notes")
        self._agreements = MeetingAgreements(meeting=lambda: self._meeting, on_change=self._set, message=message)
        self._part = MeetingPartFields(meeting=lambda: self._meeting, on_change=self._set, message=message)
        self._facts = MeetingFacts(meeting=lambda: self._meeting, on_change=self._set)
        self._evaluation = widgets.DatePicker(description=t("meeting.mode.evaluation"), style={"description_width": "8em"})
        self._evaluation.add_class("hgw-meeting-evaluation")
        self._message = message
        self._record = widgets.HTML()
        self._record.add_class("hgw-meeting-record")
        self.work_bar = WorkBar(kind=RECORD_KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave,
                                drafts={**self._agreements.drafts, "projector": self._projector})
        """The download/upload/autosave bar of the record."""

        self._switch = (StructureSwitch(meeting=lambda: self._meeting, on_switch=self._switched)
                        if own_structure else None)

        self.children = [
            stylesheet(),
            self._header,
            *([self._switch] if self._switch is not None else []),
            self._facts,
            widgets.HBox([self._progress, self._projector], layout=widgets.Layout(justify_content="space-between", align_items="center")),
            widgets.HBox([self.clock, self._time], layout=widgets.Layout(align_items="center", flex_flow="row wrap")),
            widgets.HBox([self._previous, self._run, self._next, self._finish], layout=widgets.Layout(flex_flow="row wrap")),
            self._part,
            self._card,
            widgets.HTML(f"<h4>{esc(t('meeting.mode.notes'))}</h4>"), self._notes,
            self._agreements, self._evaluation,
            self._message,
            self._record,
            self.work_bar,
        ]
        self._show(sync_fields=True)
        self._connect()

    @classmethod
    def from_case(cls, case_id: str, *, conversation: int = 0, structure: str = "oudergesprek-bij-zorgen", **kwargs) -> MeetingMode:
        """Run a case's conversation (e.g. Kevin's first talk) with a structure."""
        kwargs.setdefault("store_key", f"gespreksmodus-{case_id}")
        return cls(plan_from_case(load_case(case_id), conversation=conversation, structure=structure), **kwargs)

    @classmethod
    def from_structure(cls, structure: str, *, student: str = "", **kwargs) -> MeetingMode:
        """Run any meeting structure file, e.g. ``"multidisciplinair-overleg"``."""
        kwargs.setdefault("store_key", f"gespreksmodus-{structure}")
        return cls(plan_from_structure(structure, student=student), **kwargs)

    # --- public surface ------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting:
        """The meeting as it stands (clock state included)."""
        return self._meeting

    @property
    def record(self) -> MeetingRecord:
        """The verslag up to now (time of the current phase included)."""
        return self._meeting.pause(self._clock()).record

    def on_finish(self, callback: Callable[[MeetingRecord], None]) -> None:
        """Call ``callback(record)`` when the meeting is finished."""
        self._callbacks.append(callback)

    # --- handlers ---------------------------------------------------------------------------

    def _connect(self) -> None:
        self._run.on_click(self._on_run)
        self._previous.on_click(self._on_previous)
        self._next.on_click(self._on_next)
        self._finish.on_click(self._on_finish)
        self._projector.observe(self._on_projector, names="value")
        self._notes.observe(self._on_notes, names="value")
        self._evaluation.observe(self._on_evaluation, names="value")

    @guarded
    def _on_run(self, _button=None) -> None:
        now = self._clock()
        if self._meeting.record.finished:
            self._set(self._meeting.reopen().resume(now, on=self._part.start_day(date.today())))
        elif self._meeting.running:
            self._set(self._meeting.pause(now))
        else:
            self._set(self._meeting.resume(now, on=self._part.start_day(date.today())))

    @guarded
    def _on_previous(self, _button=None) -> None:
        self._set(self._meeting.previous(self._clock()), sync_fields=True)

    @guarded
    def _on_next(self, _button=None) -> None:
        self._set(self._meeting.next(self._clock()), sync_fields=True)

    @guarded
    def _on_finish(self, _button=None) -> None:
        self._set(self._meeting.finish(self._clock()))
        for callback in self._callbacks:
            callback(self._meeting.record)

    @guarded
    def _on_projector(self, change) -> None:
        if change["new"]:
            self.add_class("hgw-projector")
        else:
            self.remove_class("hgw-projector")

    @guarded
    def _on_notes(self, _change=None) -> None:
        if self._syncing:
            return
        meeting, issue = write_note(self._meeting, self._notes.value)
        if issue is not None:
            self._message.value = too_long_notice((issue,), {"notes": t("meeting.mode.notes")}, {"notes": self._notes.value})
            return
        self._set(meeting)

    @guarded
    def _on_evaluation(self, _change=None) -> None:
        if self._syncing:
            return
        meeting, issue = set_evaluation_date(self._meeting, self._evaluation.value)
        if issue is not None and issue.code == "year":  # a year being typed ("0002"): the field stays as typed
            self._message.value = notice(year_message(issue, kept=self._meeting.record.evaluation_date), kind="warning")
            return
        if issue is not None:
            kept = self._meeting.record.evaluation_date
            self._message.value = notice(t("meeting.mode.evaluation_before_meeting",
                                           date=date_text(date.fromisoformat(issue.detail)),
                                           meeting=date_text(self._meeting.record.held_on),
                                           kept=date_text(kept, missing=t("meeting.mode.evaluation_none"))),
                                         kind="warning")
            self._show(sync_fields=True)  # the picker shows the date that stays
            return
        self._message.value = ""
        self._set(meeting)

    # --- state and drawing -----------------------------------------------------------------------

    def _set(self, meeting: Meeting, *, sync_fields: bool = False) -> None:
        self._meeting = meeting
        self._show(sync_fields=sync_fields)
        self.work_bar.changed()

    def _show(self, *, sync_fields: bool) -> None:
        m = self._meeting
        plan, index, finished = m.plan, m.index, m.record.finished
        total = len(plan.phases)
        phase = plan.phases[index]
        now = self._clock()
        title = plan.title or t("meeting.doc.facts")
        self._header.value = f"<h3>{esc(t('meeting.mode.title', title=title))}</h3>"
        self._progress.value = f"<strong class='hgw-phase-of'>{esc(t('meeting.mode.phase_of', n=index + 1, total=total))}</strong>"
        self._card.value = phase_card_html(phase)
        timing = m.timing(now)
        self.clock.show(elapsed=timing.elapsed, planned=timing.planned, running=m.running)
        self._time.value = time_status_html(phase, timing, running=m.running, part_start=m.part_starts_here)
        if finished:
            self._run.description, self._run.icon = t("meeting.mode.reopen"), "undo"
        elif m.running:
            self._run.description, self._run.icon = t("meeting.mode.pause"), "pause"
        elif not any(m.record.seconds):
            self._run.description, self._run.icon = t("meeting.mode.start"), "play"
        else:
            self._run.description, self._run.icon = t("meeting.mode.resume"), "play"
        self._previous.disabled = finished or index == 0
        self._next.disabled = finished or index == total - 1
        self._finish.disabled = finished
        if sync_fields:
            self._syncing = True
            try:
                self._notes.value = m.record.notes[index]
                self._evaluation.value = m.record.evaluation_date
            finally:
                self._syncing = False
            self._facts.show()
        self._agreements.show()
        self._part.show()
        if finished:
            record = m.record
            team = plan.audience == "team"  # guideline 7 is one for conversations with parents (chapters 06-08)
            lacks = [(t("meeting.mode.missing_agreements_team") if team else t("meeting.mode.missing_agreements"))
                     if i.field == "agreements" else
                     (t("meeting.mode.missing_evaluation_team") if team else t("meeting.mode.missing_evaluation"))
                     for i in record_issues(record) if i.code == "missing"]
            self._record.value = (notice(t("meeting.mode.finished"), kind="success")
                                  + "".join(notice(x, kind="warning") for x in lacks)
                                  + f"<h4>{esc(t('meeting.mode.record'))}</h4>"
                                  + print_preview(to_html(record_document(record)), title=t("meeting.mode.record")))
        else:
            self._record.value = (notice(t("meeting.mode.last_phase"), kind="info") if index == total - 1 else "")

    # --- keeping the work --------------------------------------------------------------------------

    def _work(self) -> Work:
        now = self._clock()
        record = self._meeting.pause(now).record
        name = f"gespreksverslag-{record.plan.student}" if record.plan.student else "gespreksverslag"
        since = now if self._meeting.running else None
        return Work(RECORD_KIND, record_to_dict(record, running_since=since), record_document(record), name)

    def _restore(self, payload: dict) -> None:
        record = record_from_dict(payload)  # raises SaveFileError before anything changes
        since = running_since_from(payload)
        self._set(Meeting.carried_on(record, running_since=since, now=self._clock()), sync_fields=True)
        if self._switch is not None:
            self._switch.forget()

    def _switched(self, meeting: Meeting) -> None:
        """Another structure is a new meeting: its fields start clean, also a half-typed agreement."""
        self._agreements.clear_draft()
        self._set(without_case_facts(meeting, self._initial.plan), sync_fields=True)

    def _reset(self) -> None:
        self._set(self._initial, sync_fields=True)
        if self._switch is not None:
            self._switch.forget()
            self._switch.structure_file.clear_own()  # "Wis mijn gegevens": the own structures too
