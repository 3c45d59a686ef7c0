"""ConversationPlanner: prepare a conversation with parents, phase by phase, and start it."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.case import load_case
from ..domain.conversation import ConversationPlan, plan_from_case, plan_from_structure, plan_issues
from ..domain.participants import participants_text
from ..export.conversation import PLAN_KIND, plan_document, plan_from_dict, plan_to_dict
from ..domain.plan_edits import shows_example, with_fields, with_structure_choice
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet, too_long_notice
from .meeting_mode import MeetingMode
from .planner_areas import PlannerAreas
from .planner_check import check_html, example_removed_html
from .planner_letter import PlannerLetter
from .planner_phases import PlannerPhases
from .planner_wording import words
from .storage import BrowserStore
from .structure_file import StructureFile
from .work_bar import Work, WorkBar

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

        style = {"description_width": "9em"}

        # each field its own Layout (one shared Layout hides or shows all at once); a text area's height in
        # rows, not a fixed box height, so on a phone its label above it fits inside its box
        def text(key, ph=None, cls=None):
            w = widgets.Text(description=t(key), placeholder=t(ph) if ph else "", layout=widgets.Layout(width="100%"),
                             style=style, continuous_update=False)
            if cls:
                w.add_class(cls)
            return w

        def area(key, ph, cls):
            w = widgets.Textarea(description=t(key), placeholder=t(ph), rows=4, layout=widgets.Layout(width="100%"),
                                 style=style, continuous_update=False)
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
                                           layout=widgets.Layout(width="30em"))
        self._structure_file = StructureFile(current=self._initial.structure_id, chooser=False)
        self._structure_note = widgets.HTML()  # under the chooser, where the person who chose looks
        self._structure_note.add_class("hgw-plan-structure-note")
        self._school = area("conversation.planner.school", "conversation.planner.school_placeholder", "hgw-plan-school")
        self._home = area("conversation.planner.home", "conversation.planner.home_placeholder", "hgw-plan-home")
        self._check = widgets.HTML()
        self._check.add_class("hgw-plan-check")
        self._start = widgets.Button(description=t("conversation.planner.start"), icon="play", button_style="success",
                                     layout=widgets.Layout(width="auto"))
        self._start.add_class("hgw-plan-start")
        self._message = message_area()
        self._areas = PlannerAreas(plan=lambda: self._plan, on_change=self._set, message=self._message)
        self._phases = PlannerPhases(plan=lambda: self._plan, on_change=self._set)
        self._letter = PlannerLetter(plan=lambda: self._plan, on_change=self._show_check)
        self._meeting_box = widgets.VBox()
        # the meeting keeps its own copy in the browser (its WorkBar); this store only reads it,
        # so that a reload brings back a meeting that was started here
        self._meeting_probe = BrowserStore(self._meeting_key) if autosave else None
        self.work_bar = WorkBar(kind=PLAN_KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave,
                                drafts={**self._areas.drafts, **self._letter.drafts})
        """The download/upload/autosave bar of the plan."""

        self._example_intro = widgets.HTML(notice(t("conversation.planner.example_intro", student=self._initial.student),
                                                  kind="info") if self._initial.student else "")
        self._headings = {name: widgets.HTML() for name in ("intro", "section_talk", "section_examples", "section_check")}

        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('conversation.planner.title'))}</h3>"), self._headings["intro"], self._example_intro,
            self._headings["section_talk"], self._student, self._reason, self._goals, self._participants,
            self._chair, self._invited, widgets.HBox([self._date, self._structure], layout=widgets.Layout(flex_flow="row wrap")),
            self._structure_note, self._structure_file,
            self._headings["section_examples"], self._school, self._home,
            self._areas,
            self._phases,
            self._letter,
            self._headings["section_check"], self._check, self._message, widgets.HBox([self._start]),
            self.work_bar,
            self._meeting_box,
            *([self._meeting_probe] if self._meeting_probe is not None else []),
        ]
        self._offer_structures()
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
        self._structure_file.on_list(self._on_structures_back)
        if self._meeting_probe is not None:
            self._meeting_probe.on_restore(self._on_meeting_kept)
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
        self._message.value = example_removed_html(issues[0], student=plan.student, example=self._initial.student)
        self._set(plan, sync_fields=True)

    @guarded
    def _on_structure(self, change) -> None:
        structure = self._structure_file.catalogue.get(change["new"])
        if self._syncing or structure is None or change["new"] == self._plan.structure_id:
            return
        self._structure_file.show_current(structure.id)
        self._choose(structure)

    @guarded
    def _on_own_structure(self, structure) -> None:
        self._offer_structures()
        self._choose(structure)

    def _choose(self, structure) -> None:
        plan, issues = with_structure_choice(self._plan, structure, example=self._initial)
        # a team meeting: the example's conversation with parents left
        self._structure_note.value = example_removed_html(issues[0], student="", example=self._initial.student,
                                                          title=structure.title) if issues else ""
        self._set(plan, sync_fields=True)

    @guarded
    def _on_structures_back(self, _catalogue) -> None:
        self._offer_structures()
        self._structure_file.show_current(self._plan.structure_id)

    def _offer_structures(self) -> None:
        """Every structure in the list (shipped and own); the plan's own one chosen once it is back."""
        catalogue = self._structure_file.catalogue
        self._syncing = True
        try:
            self._structure.options = self._structure_file.options
            if catalogue.get(self._plan.structure_id) is not None:
                self._structure.value = self._plan.structure_id
        finally:
            self._syncing = False

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
        self._show_wording()
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
            finally:
                self._syncing = False
        self._phases.show(sync_fields=sync_fields)
        self._areas.show()
        self._letter.show()
        self._show_check()

    def _show_wording(self) -> None:
        """Labels and headings for whom the plan is (parents or the team); the student's invitation only for parents."""
        said, team = words(self._plan.audience), self._plan.audience == "team"
        for name, heading in self._headings.items():
            heading.value = f"<p class='hgw-muted'>{esc(said[name])}</p>" if name == "intro" else f"<h4>{esc(said[name])}</h4>"
        for field, name in ((self._student, "student"), (self._chair, "chair"), (self._school, "school"), (self._home, "home")):
            field.description = said[name]
        for field, name in ((self._student, "student"), (self._reason, "reason"), (self._goals, "goals"),
                            (self._participants, "participants"), (self._school, "school"), (self._home, "home")):
            field.placeholder = said[f"{name}_placeholder"]
        self._invited.layout.display = "none" if team else None
        self._example_intro.layout.display = None if shows_example(self._plan, self._initial) else "none"

    def _show_check(self) -> None:
        self._check.value = check_html(plan_issues(self._plan) + self._letter.issues(), team=self._plan.audience == "team")

    # --- keeping the work -----------------------------------------------------------------------------

    def _work(self) -> Work:
        name = f"gespreksplan-{self._plan.student}" if self._plan.student else "gespreksplan"
        return Work(PLAN_KIND, plan_to_dict(self._plan), plan_document(self._plan), name)

    def _restore(self, payload: dict) -> None:
        plan = plan_from_dict(payload)  # raises SaveFileError before anything changes
        self._set(plan, sync_fields=True)

    def _reset(self) -> None:
        self._structure_note.value = ""
        self._set(self._initial, sync_fields=True)
