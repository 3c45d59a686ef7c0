"""ConversationPlanner: prepare a conversation with parents, phase by phase, and start it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import ipywidgets as widgets

from ..domain.areas import AREAS, area_label
from ..domain.case import load_case
from ..domain.conversation import (
    MAX_PHASE_MINUTES,
    MIN_PHASE_MINUTES,
    ConversationPlan,
    Phase,
    plan_from_case,
    plan_from_structure,
    plan_issues,
    with_structure,
)
from ..domain.participants import participants_text
from ..domain.invitation import MAX_CONCERNS_IN_LETTER, MAX_STRENGTHS_IN_LETTER, LetterFields, invitation, letter_content, letter_issues
from ..export.conversation import PLAN_KIND, plan_document, plan_from_dict, plan_to_dict
from ..domain.plan_edits import add_concern, add_strength, with_fields, with_phase_edit, without_item
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet, too_long_notice
from ._number import number_notice, whole_number_field
from .meeting_mode import MeetingMode
from .storage import BrowserStore
from .structure_file import StructureFile
from .work_bar import Work, WorkBar

_ISSUE_KEYS = {
    "reason": "conversation.planner.issue.reason",
    "goals": "conversation.planner.issue.goals",
    "chair": "conversation.planner.issue.chair",
    "participants": "conversation.planner.issue.participants",
    "phases": "conversation.planner.issue.phases",
    "school_examples": "conversation.planner.issue.school_examples",
    "strengths": "conversation.planner.issue.strengths",
    "no_example": "conversation.planner.issue.no_example",
    "agreement": "conversation.planner.issue.agreement",
    "evaluation_before_meeting": "conversation.planner.issue.evaluation_before_meeting",
    "addressee": "conversation.planner.issue.addressee",
    "meeting_date": "conversation.planner.issue.meeting_date",
    "time": "conversation.planner.issue.time",
    "place": "conversation.planner.issue.place",
    "sender": "conversation.planner.issue.sender",
}
_EXAMPLE_PART_KEYS = {
    "reason": "conversation.planner.example_part.reason",
    "goals": "conversation.planner.example_part.goals",
    "participants": "conversation.planner.example_part.participants",
    "chair": "conversation.planner.example_part.chair",
    "school_examples": "conversation.planner.example_part.school_examples",
    "home_examples": "conversation.planner.example_part.home_examples",
    "strengths": "conversation.planner.example_part.strengths",
    "concerns": "conversation.planner.example_part.concerns",
    "agreements": "conversation.planner.example_part.agreements",
}


class ConversationPlanner(widgets.VBox):
    """Prepare a conversation plan: the talk, school and home, the seven areas, phases, invitation.

    Args:
        plan: the plan to start from (the model is passed in).
        store_key: the exercise id for the copy kept in the browser.
        autosave: keep a copy in the browser after every change.
    """

    def __init__(self, plan: ConversationPlan | None = None, *, store_key: str = "gespreksplan",
                 autosave: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-conversation-planner")
        self._initial = plan or plan_from_structure()
        self._plan = self._initial
        self._store_key = store_key
        self._syncing = False
        self._callbacks: list[Callable[[ConversationPlan], None]] = []
        self.meeting: MeetingMode | None = None
        """The meeting mode, once started."""

        wide = widgets.Layout(width="100%")
        tall = widgets.Layout(width="100%", height="5em")
        style = {"description_width": "9em"}

        def text(key, ph=None, cls=None):
            w = widgets.Text(description=t(key), placeholder=t(ph) if ph else "", layout=wide, style=style, continuous_update=False)
            if cls:
                w.add_class(cls)
            return w

        def area(key, ph, cls):
            w = widgets.Textarea(description=t(key), placeholder=t(ph), layout=tall, style=style, continuous_update=False)
            w.add_class(cls)
            return w

        self._student = text("conversation.planner.student", "conversation.planner.student_placeholder", "hgw-plan-student")
        self._reason = area("conversation.planner.reason", "conversation.planner.reason_placeholder", "hgw-plan-reason")
        self._goals = area("conversation.planner.goals", "conversation.planner.goals_placeholder", "hgw-plan-goals")
        self._participants = area("conversation.planner.participants", "conversation.planner.participants_placeholder", "hgw-plan-participants")
        self._chair = text("conversation.planner.chair", cls="hgw-plan-chair")
        self._invited = widgets.Checkbox(description=t("conversation.planner.student_invited"), indent=False)
        self._date = widgets.DatePicker(description=t("conversation.planner.date"), style=style)
        self._structure = widgets.Dropdown(description=t("conversation.planner.structure"), style=style,
                                           options=[],
                                           layout=widgets.Layout(width="30em"))
        self._structure_file = StructureFile(current=self._initial.structure_id, chooser=False)
        self._structure.options = [(x.title, x.id) for x in self._structure_file.catalogue.structures]
        self._school = area("conversation.planner.school", "conversation.planner.school_placeholder", "hgw-plan-school")
        self._home = area("conversation.planner.home", "conversation.planner.home_placeholder", "hgw-plan-home")
        self._area = widgets.Dropdown(description=t("conversation.planner.area"), style=style,
                                      options=[(area_label(a), a) for a in AREAS])
        self._strength = text("conversation.planner.strength", "conversation.planner.strength_placeholder", "hgw-plan-strength")
        self._add_strength = widgets.Button(description=t("conversation.planner.add_strength"), icon="plus",
                                           layout=widgets.Layout(width="auto", min_width="8em"))
        self._add_strength.add_class("hgw-plan-add-strength")
        self._strengths = widgets.VBox()
        self._strengths.add_class("hgw-plan-strengths")
        self._concern = text("conversation.planner.concern", "conversation.planner.concern_placeholder", "hgw-plan-concern")
        self._concern.style = {"description_width": "16em"}
        self._example = text("conversation.planner.example", "conversation.planner.example_placeholder", "hgw-plan-example")
        self._add_concern = widgets.Button(description=t("conversation.planner.add_concern"), icon="plus")
        self._add_concern.add_class("hgw-plan-add-concern")
        self._concerns = widgets.VBox()
        self._concerns.add_class("hgw-plan-concerns")
        self._phase = widgets.Dropdown(description=t("conversation.planner.phase"), style=style, layout=wide)
        self._phase.add_class("hgw-plan-phase")
        self._phase_info = widgets.HTML()
        self._phase_info.add_class("hgw-plan-phase-info")
        # a text field read by the domain: a number input would clamp 500 to 120 and read "2,5" as 25
        self._minutes = whole_number_field(t("conversation.planner.minutes"), 0, css="hgw-plan-minutes", style=style)
        self._minutes_message = message_area()
        self._phase_notes = area("conversation.planner.phase_notes", "conversation.planner.phase_notes_placeholder", "hgw-plan-phase-notes")
        self._total = widgets.HTML()
        self._total.add_class("hgw-plan-total")
        self._sender = text("conversation.planner.sender", "conversation.planner.sender_placeholder", "hgw-plan-sender")
        self._addressee = text("conversation.planner.addressee", "conversation.planner.addressee_placeholder",
                               "hgw-plan-addressee")
        self._time = text("conversation.planner.time", "conversation.planner.time_placeholder", "hgw-plan-time")
        self._place = text("conversation.planner.place", "conversation.planner.place_placeholder", "hgw-plan-place")
        self._invitation = widgets.HTML()
        self._invitation.add_class("hgw-plan-invitation")
        self._letter_note = widgets.HTML()
        self._letter_note.add_class("hgw-plan-letter-note")
        self._check = widgets.HTML()
        self._check.add_class("hgw-plan-check")
        self._start = widgets.Button(description=t("conversation.planner.start"), icon="play", button_style="success",
                                     layout=widgets.Layout(width="auto"))
        self._start.add_class("hgw-plan-start")
        self._message = message_area()
        self._meeting_box = widgets.VBox()
        # the meeting keeps its own copy in the browser (its WorkBar); this store only reads it,
        # so that a reload brings back a meeting that was started here
        self._meeting_probe = BrowserStore(self._meeting_key) if autosave else None
        self.work_bar = WorkBar(kind=PLAN_KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave,
                                drafts={"area": self._area, "strength": self._strength, "concern": self._concern,
                                        "example": self._example, "sender": self._sender,
                                        "addressee": self._addressee, "time": self._time, "place": self._place})
        """The download/upload/autosave bar of the plan."""

        def h(key):
            return widgets.HTML(f"<h4>{esc(t(key))}</h4>")

        example_intro = ([widgets.HTML(notice(t("conversation.planner.example_intro", student=self._initial.student),
                                              kind="info"))] if self._initial.student else [])

        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('conversation.planner.title'))}</h3><p class='hgw-muted'>{esc(t('conversation.planner.intro'))}</p>"),
            *example_intro,
            h("conversation.planner.section_talk"), self._student, self._reason, self._goals, self._participants,
            self._chair, self._invited, widgets.HBox([self._date, self._structure], layout=widgets.Layout(flex_flow="row wrap")),
            self._structure_file,
            h("conversation.planner.section_examples"), self._school, self._home,
            h("conversation.planner.section_areas"), self._strengths,
            widgets.HBox([self._area, self._strength, self._add_strength]),
            self._concerns, self._concern, self._example, widgets.HBox([self._add_concern]),
            h("conversation.planner.section_phases"), self._phase, self._phase_info, self._minutes, self._minutes_message,
            self._phase_notes, self._total,
            h("conversation.planner.section_invitation"), self._addressee, self._time, self._place, self._sender,
            self._invitation, self._letter_note,
            h("conversation.planner.section_check"), self._check, self._message, widgets.HBox([self._start]),
            self.work_bar,
            self._meeting_box,
            *([self._meeting_probe] if self._meeting_probe is not None else []),
        ]
        self._show(sync_fields=True)
        self._connect()

    @classmethod
    def from_case(cls, case_id: str, *, conversation: int = 0, **kwargs) -> ConversationPlanner:
        """The plan for a case's conversation (Kevin's first talk by default)."""
        kwargs.setdefault("store_key", f"gespreksplan-{case_id}")
        return cls(plan_from_case(load_case(case_id), conversation=conversation), **kwargs)

    # --- public surface -------------------------------------------------------------------

    @property
    def plan(self) -> ConversationPlan:
        """The plan as it stands."""
        return self._plan

    def on_change(self, callback: Callable[[ConversationPlan], None]) -> None:
        """Call ``callback(plan)`` after every change."""
        self._callbacks.append(callback)

    # --- handlers -------------------------------------------------------------------------------

    def _connect(self) -> None:
        for field in (self._student, self._reason, self._goals, self._participants, self._chair, self._invited,
                      self._date, self._school, self._home):
            field.observe(self._on_fields, names="value")
        self._structure.observe(self._on_structure, names="value")
        self._structure_file.on_choose(self._on_own_structure)
        self._add_strength.on_click(self._on_add_strength)
        self._add_concern.on_click(self._on_add_concern)
        self._phase.observe(self._on_phase_pick, names="value")
        self._minutes.observe(self._on_phase_edit, names="value")
        if self._meeting_probe is not None:
            self._meeting_probe.on_restore(self._on_meeting_kept)
        self._phase_notes.observe(self._on_phase_edit, names="value")
        for field in (self._sender, self._addressee, self._time, self._place):
            field.observe(self._on_sender, names="value")
        self._start.on_click(self._on_start)

    @guarded
    def _on_fields(self, _change=None) -> None:
        if self._syncing:
            return
        plan, issues = with_fields(
            self._plan, example=self._initial, student=self._student.value, reason=self._reason.value,
            goals=self._goals.value, participants=self._participants.value, chair=self._chair.value,
            student_invited=self._invited.value, meeting_date=self._date.value, school_examples=self._school.value,
            home_examples=self._home.value)
        too_long = [i for i in issues if i.code == "too_long"]
        if too_long:
            labels = {"student": t("conversation.planner.student"), "chair": t("conversation.planner.chair"),
                      "reason": t("conversation.planner.reason")}
            values = {"student": self._student.value, "chair": self._chair.value, "reason": self._reason.value}
            self._message.value = too_long_notice(too_long, labels, values)
            return
        if not issues:
            self._set(plan)
            return
        # another student: the mentor's own conversation, without the example's content
        parts = [t(_EXAMPLE_PART_KEYS[part]) for part in issues[0].detail.split(",")]
        self._message.value = notice(t("conversation.planner.example_removed", student=plan.student,
                                       example=self._initial.student,
                                       parts=t("conversation.and_list", first=", ".join(parts[:-1]), last=parts[-1])
                                       if len(parts) > 1 else parts[0]), kind="info")
        self._set(plan, sync_fields=True)
    @guarded
    def _on_structure(self, change) -> None:
        structure = self._structure_file.catalogue.get(change["new"])
        if self._syncing or structure is None or change["new"] == self._plan.structure_id:
            return
        self._structure_file.show_current(structure.id)
        self._set(with_structure(self._plan, structure), sync_fields=True)

    @guarded
    def _on_own_structure(self, structure) -> None:
        self._syncing = True
        try:
            self._structure.options = [(x.title, x.id) for x in self._structure_file.catalogue.structures]
        finally:
            self._syncing = False
        self._set(with_structure(self._plan, structure), sync_fields=True)

    @guarded
    def _on_add_strength(self, _button=None) -> None:
        plan, issue = add_strength(self._plan, self._area.value, self._strength.value)
        if issue is not None:
            self._message.value = notice(self._refusal(issue), kind="warning")
            return
        self._strength.value = ""
        self._message.value = ""
        self._set(plan)

    @guarded
    def _on_add_concern(self, _button=None) -> None:
        plan, issue = add_concern(self._plan, self._concern.value, self._example.value)
        if issue is not None:
            self._message.value = notice(self._refusal(issue), kind="warning")
            return
        self._concern.value = self._example.value = ""
        self._message.value = ""
        self._set(plan)

    @staticmethod
    def _refusal(issue) -> str:
        if issue.code == "full":
            return t("conversation.planner.full", max=issue.detail)
        if issue.code == "name_only":
            return t("phrasing.issue.name_only")
        if issue.field == "strength":
            return t("conversation.planner.strength_empty")
        return t("conversation.planner.concern_empty")

    @guarded
    def _on_remove(self, field: str, index: int) -> None:
        self._set(without_item(self._plan, field, index))

    @guarded
    def _on_phase_pick(self, _change=None) -> None:
        if not self._syncing:
            self._minutes_message.value = ""
            self._show_phase()

    @guarded
    def _on_phase_edit(self, _change=None) -> None:
        if self._syncing:
            return
        index = self._phase.value
        if not isinstance(index, int) or not 0 <= index < len(self._plan.phases):
            return
        plan, issue = with_phase_edit(self._plan, index, self._minutes.value, self._phase_notes.value)
        used = plan.phases[index].minutes
        self._minutes_message.value = "" if issue is None else number_notice(
            issue, label=t("conversation.planner.minutes"), minimum=MIN_PHASE_MINUTES, maximum=MAX_PHASE_MINUTES,
            kept=t("conversation.planner.minutes_kept", minutes=used if used is not None else "-"))
        self._set(plan)
        self._syncing = True
        try:
            self._minutes.value = "" if used is None else str(used)  # the field shows the minutes in use, never a refused value
        finally:
            self._syncing = False

    @guarded
    def _on_sender(self, _change=None) -> None:
        self._show_invitation()
        self._show_check()

    @property
    def _meeting_key(self) -> str:
        return f"{self._store_key}-gesprek"

    @guarded
    def _on_start(self, _button=None) -> None:
        self.meeting = MeetingMode(self._plan, store_key=self._meeting_key, own_structure=False)
        self._meeting_box.children = [self.meeting]
        self._message.value = notice(t("conversation.planner.started"), kind="info")

    @guarded
    def _on_meeting_kept(self, _text: str) -> None:
        if self.meeting is None:  # the meeting's own store restores it once it is shown
            self.meeting = MeetingMode(self._plan, store_key=self._meeting_key, own_structure=False)
            self._meeting_box.children = [self.meeting]
            self._message.value = notice(t("conversation.planner.meeting_back"), kind="info")

    # --- state and drawing -------------------------------------------------------------------------

    def _set(self, plan: ConversationPlan, *, sync_fields: bool = False) -> None:
        self._plan = plan
        self._show(sync_fields=sync_fields)
        self.work_bar.changed()
        for callback in self._callbacks:
            callback(plan)

    def _show(self, *, sync_fields: bool) -> None:
        plan = self._plan
        if sync_fields:
            self._syncing = True
            try:
                self._student.value = plan.student
                self._reason.value = plan.reason
                self._goals.value = "\n".join(plan.goals)
                self._participants.value = participants_text(plan.participants)
                self._chair.value = plan.chair
                self._invited.value = plan.student_invited
                self._date.value = plan.meeting_date
                if self._structure_file.catalogue.get(plan.structure_id) is not None:
                    self._structure.value = plan.structure_id
                    self._structure_file.show_current(plan.structure_id)
                self._school.value = "\n".join(plan.school_examples)
                self._home.value = "\n".join(plan.home_examples)
                current = self._phase.value if isinstance(self._phase.value, int) else 0
                self._phase.options = [(f"{i + 1}. {p.title}", i) for i, p in enumerate(plan.phases)]
                self._phase.value = current if current < len(plan.phases) else 0
            finally:
                self._syncing = False
            self._show_phase()
        self._render_lists()
        self._total.value = f"<p><strong>{esc(t('conversation.planner.total', minutes=plan.minutes))}</strong></p>"
        self._show_invitation()
        self._show_check()

    def _show_check(self) -> None:
        issues = plan_issues(self._plan) + letter_issues(self._plan, self._letter_fields())
        if issues:
            self._check.value = "<ul>" + "".join(
                f"<li>{esc(t(_ISSUE_KEYS[i.code if i.code in _ISSUE_KEYS else i.field], n=i.detail))}</li>" for i in issues) + "</ul>"
        else:
            self._check.value = notice(t("conversation.planner.ready"), kind="success")

    def _show_phase(self) -> None:
        index = self._phase.value
        if not isinstance(index, int) or not 0 <= index < len(self._plan.phases):
            return
        phase: Phase = self._plan.phases[index]
        parts = [f"<p>{esc(phase.purpose)}</p>"]
        if phase.guideline:
            parts.append(f"<p class='hgw-muted'>{esc(t('meeting.mode.guideline', n=phase.guideline))}</p>")
        if phase.prompts:
            parts.append("<ul>" + "".join(f"<li>{esc(p)}</li>" for p in phase.prompts) + "</ul>")
        parts += [f"<p><em>“{esc(p)}”</em></p>" for p in phase.phrasings]
        self._phase_info.value = "".join(parts)
        self._syncing = True
        try:
            self._minutes.value = "" if phase.minutes is None else str(phase.minutes)
            self._phase_notes.value = phase.notes
        finally:
            self._syncing = False

    def _letter_fields(self) -> LetterFields:
        return LetterFields.from_values(addressee=self._addressee.value, time=self._time.value,
                                        place=self._place.value, sender=self._sender.value)

    def _show_invitation(self) -> None:
        fields = self._letter_fields()
        text = invitation(self._plan, sender=fields.sender, addressee=fields.addressee, time=fields.time, place=fields.place)
        self._invitation.value = f"<pre style='white-space:pre-wrap;font-family:inherit'>{esc(text)}</pre>"
        content = letter_content(self._plan)
        notes = []
        if content.strengths_left_out:
            key = ("conversation.planner.letter_strengths_left_out_one" if content.strengths_left_out == 1
                   else "conversation.planner.letter_strengths_left_out")
            notes.append(t(key, shown=MAX_STRENGTHS_IN_LETTER, rest=content.strengths_left_out))
        if content.concerns_left_out:
            key = ("conversation.planner.letter_concerns_left_out_one" if content.concerns_left_out == 1
                   else "conversation.planner.letter_concerns_left_out")
            notes.append(t(key, shown=MAX_CONCERNS_IN_LETTER, rest=content.concerns_left_out))
        self._letter_note.value = "".join(f"<p class='hgw-muted'>{esc(n)}</p>" for n in notes)

    def _row(self, html: str, field: str, index: int) -> widgets.HBox:
        label = widgets.HTML(html)
        label.layout.flex = "1 1 auto"
        button = widgets.Button(icon="trash", tooltip=t("conversation.planner.remove"), layout=widgets.Layout(width="2.6em"))
        button.on_click(lambda _b: self._on_remove(field, index))
        return widgets.HBox([label, button], layout=widgets.Layout(align_items="center"))

    def _render_lists(self) -> None:
        plan = self._plan
        rows = [self._row(f"<strong>{esc(area_label(s.area))}:</strong> {esc(s.text)}", "strengths", i)
                for i, s in enumerate(plan.strengths)]
        missing = [area_label(a) for a in AREAS if a not in {s.area for s in plan.strengths}]
        tail = [widgets.HTML(f"<p class='hgw-muted'>{esc(t('conversation.planner.areas_missing', areas=', '.join(missing)))}</p>")] if missing else []
        empty = [widgets.HTML(f"<p class='hgw-muted'>{esc(t('conversation.planner.no_strengths'))}</p>")] if not rows else []
        self._strengths.children = rows + empty + tail
        crow = [self._row(esc(c.we_message()), "concerns", i) for i, c in enumerate(plan.concerns)]
        self._concerns.children = crow or [widgets.HTML(f"<p class='hgw-muted'>{esc(t('conversation.planner.no_concerns'))}</p>")]

    # --- keeping the work -----------------------------------------------------------------------------

    def _work(self) -> Work:
        name = f"gespreksplan-{self._plan.student}" if self._plan.student else "gespreksplan"
        return Work(PLAN_KIND, plan_to_dict(self._plan), plan_document(self._plan), name)

    def _restore(self, payload: dict) -> None:
        plan = plan_from_dict(payload)  # raises SaveFileError before anything changes
        self._set(plan, sync_fields=True)

    def _reset(self) -> None:
        self._set(self._initial, sync_fields=True)
