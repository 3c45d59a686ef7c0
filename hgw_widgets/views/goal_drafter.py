"""GoalDrafter: write a goal, see the SMARTI check while typing, keep a list."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import ipywidgets as widgets

from ..domain.case import Case, load_case
from ..domain.goals import MAX_GOAL_CHARS, Goal, add_goal
from ..domain.smarti import AUTOMATIC, SmartiReport, Status, check_smarti
from ..domain.wall import payload_for_goal
from ..export.goals import KIND, SHARED_KEY, Draft, drafted_document, drafted_from_dict, drafted_to_dict
from ..export.jsonio import dump_work
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from .share import ShareWithTrainer
from .storage import BrowserStore
from .work_bar import Work, WorkBar

MAX_GOALS = 20
MAX_CHECKED_CHARS = 5_000
"""Text beyond this is not checked while typing (a visitor can send anything)."""
_ADD_KEYS = {"empty": "drafter.add.empty", "too_long": "drafter.add.too_long",
             "duplicate": "drafter.add.duplicate", "full": "drafter.add.full"}

_STATUS_TEXT = {
    Status.MET: ("✔", "common.status.met", "hgw-met"),
    Status.NOT_MET: ("✘", "common.status.not_met", "hgw-not-met"),
    Status.JUDGEMENT: ("?", "common.status.judgement", "hgw-judgement"),
}


def render_report(report: SmartiReport) -> str:
    """The SMARTI check as an HTML table; every user-derived word is escaped."""
    rows = []
    for result in (*report.results, report["positive"]):
        icon, key, css = _STATUS_TEXT[result.status]
        rows.append(
            f'<tr class="{css}" data-criterion="{result.criterion}">'
            f'<th scope="row">{esc(result.label)}</th>'
            f'<td class="hgw-status"><span aria-hidden="true">{icon}</span> {esc(t(key))}</td>'
            f"<td>{esc(result.hint)}</td></tr>"
        )
    return (
        f'<table class="hgw-smarti" aria-label="{esc(t("drafter.feedback.heading"))}">'
        + "".join(rows)
        + "</table>"
    )


class GoalDrafter(widgets.VBox):
    """Draft goals and check them against SMARTI while typing.

    Args:
        goals: goals drafted earlier (the model is passed in, never built here).
        case: the case the exercise is about, if any.
        store_key: the exercise id for the copy kept in the browser.
        autosave: keep the list and the draft in the browser after every change, and share the
            list with the other chapters (chapter 03's goal card).
    """

    def __init__(self, goals: Iterable[Goal] = (), *, case: Case | None = None, store_key: str = "doelen",
                 autosave: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-goal-drafter")
        self._case = case
        self._goals: tuple[Goal, ...] = tuple(goals)[:MAX_GOALS]
        self._callbacks: list[Callable[[tuple[Goal, ...]], None]] = []

        example = t("drafter.text.placeholder")
        self._text = widgets.Textarea(
            value="",
            placeholder=example,
            description=t("drafter.text.label"),
            continuous_update=True,
            layout=widgets.Layout(width="100%", height="5em"),
            style={"description_width": "initial"},
        )
        self._text.add_class("hgw-goal-text")
        self._feedback = widgets.HTML(render_report(check_smarti("")))
        self._feedback.add_class("hgw-feedback")
        self._acceptable = widgets.Checkbox(description=t("drafter.confirm.acceptable"), indent=False)
        self._realistic = widgets.Checkbox(description=t("drafter.confirm.realistic"), indent=False)
        self._inspiring = widgets.Checkbox(description=t("drafter.confirm.inspiring"), indent=False)
        self._add = widgets.Button(
            description=t("drafter.add.button"),
            tooltip=t("drafter.add.tooltip"),
            button_style="primary",
            icon="plus",
        )
        self._add.add_class("hgw-add-goal")
        self._message = message_area()
        self._list = widgets.VBox()
        self._list.add_class("hgw-goal-list")
        self._share = ShareWithTrainer()
        self._initial = self._goals
        self._restoring = False
        self.work_bar = WorkBar(kind=KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave)
        """Download (Word, HTML, JSON, Markdown), continue from a file, autosave in the browser."""
        self._shared = BrowserStore(SHARED_KEY, scope="workbook") if autosave else None

        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('drafter.title'))}</h3>"),
            self._text,
            widgets.HTML(
                f"<h4>{esc(t('drafter.feedback.heading'))}</h4>"
                f"<p class='hgw-muted'>{esc(t('drafter.feedback.live'))}</p>"
            ),
            self._feedback,
            widgets.HTML(f"<p>{esc(t('drafter.confirm.heading'))}</p>"),
            self._acceptable,
            self._realistic,
            self._inspiring,
            self._add,
            self._message,
            widgets.HTML(f"<h4>{esc(t('drafter.list.heading'))}</h4>"),
            self._share,
            self._list,
            widgets.HTML(f"<p class='hgw-muted'>{esc(t('drafter.list.travels'))}</p>"),
            self.work_bar,
            *([self._shared] if self._shared is not None else []),
        ]
        self._render_list()
        self._connect()

    @classmethod
    def from_case(cls, case_id: str, **kwargs) -> GoalDrafter:
        """A drafter for the exercise that goes with a case from the casebook."""
        return cls(case=load_case(case_id), **kwargs)

    # --- public surface ---------------------------------------------------------

    @property
    def goals(self) -> tuple[Goal, ...]:
        """The drafted goals, as domain objects."""
        return self._goals

    @property
    def report(self) -> SmartiReport:
        """The SMARTI check of the text now in the text area."""
        return check_smarti(self._text.value[:MAX_CHECKED_CHARS])

    @property
    def case(self) -> Case | None:
        """The case this drafter belongs to, if any."""
        return self._case

    def on_change(self, callback: Callable[[tuple[Goal, ...]], None]) -> None:
        """Call ``callback(goals)`` whenever a goal is added or removed."""
        self._callbacks.append(callback)

    # --- handlers -----------------------------------------------------------------

    def _connect(self) -> None:
        self._text.observe(self._on_text, names="value")
        for box in (self._acceptable, self._realistic, self._inspiring):
            box.observe(self._on_draft, names="value")
        self._add.on_click(self._on_add)

    @guarded
    def _on_text(self, _change=None) -> None:
        self._feedback.value = render_report(self.report)
        self._message.value = ""
        self._on_draft()

    def _on_draft(self, _change=None) -> None:
        if not self._restoring:
            self.work_bar.changed()

    @guarded
    def _on_add(self, _button=None) -> None:
        goal = Goal(
            text=self._text.value if isinstance(self._text.value, str) else "",
            acceptable=bool(self._acceptable.value),
            realistic=bool(self._realistic.value),
            inspiring=bool(self._inspiring.value),
        )
        goals, issue = add_goal(self._goals, goal, limit=MAX_GOALS)
        if issue is not None:
            self._message.value = notice(t(_ADD_KEYS[issue.code], max=MAX_GOAL_CHARS if issue.code == "too_long" else MAX_GOALS),
                                         kind="warning")
            return
        self._restoring = True
        try:
            self._text.value = ""
            for box in (self._acceptable, self._realistic, self._inspiring):
                box.value = False
        finally:
            self._restoring = False
        self._set_goals(goals)
        self._message.value = notice(t("drafter.add.added"), kind="success")

    @guarded
    def _remove(self, index: int) -> None:
        if 0 <= index < len(self._goals):
            self._set_goals(self._goals[:index] + self._goals[index + 1 :])

    def _set_goals(self, goals: tuple[Goal, ...]) -> None:
        self._goals = goals
        self._render_list()
        self.work_bar.changed()
        if self._shared is not None:
            self._shared.save(dump_work(KIND, drafted_to_dict(goals)).decode("utf-8") if goals else "")
        for callback in self._callbacks:
            callback(goals)

    # --- keeping the work -------------------------------------------------------------

    def _draft(self) -> Draft:
        text = self._text.value if isinstance(self._text.value, str) else ""
        return Draft(text[:MAX_CHECKED_CHARS], bool(self._acceptable.value), bool(self._realistic.value),
                     bool(self._inspiring.value))

    def _work(self) -> Work:
        return Work(KIND, drafted_to_dict(self._goals, self._draft()), drafted_document(self._goals), "doelen")

    def _restore(self, payload: dict) -> None:
        goals, draft = drafted_from_dict(payload)  # raises SaveFileError before anything changes
        self._restoring = True
        try:
            self._text.value = draft.text
            self._acceptable.value, self._realistic.value, self._inspiring.value = (
                draft.acceptable, draft.realistic, draft.inspiring)
        finally:
            self._restoring = False
        self._set_goals(goals[:MAX_GOALS])

    def _reset(self) -> None:
        self._restore(drafted_to_dict(self._initial))

    def _render_list(self) -> None:
        self._share.close_buttons()
        self._share.layout.display = None if self._goals else "none"
        if not self._goals:
            self._list.children = [widgets.HTML(f"<p class='hgw-muted'>{esc(t('drafter.list.empty'))}</p>")]
            return
        rows = []
        for index, goal in enumerate(self._goals):
            report = goal.report
            met = sum(report[name].met for name in AUTOMATIC)
            label = widgets.HTML(
                f"<div class='hgw-goal-item'><strong>{index + 1}.</strong> {esc(goal.text)}"
                f"<br><span class='hgw-muted'>{esc(t('drafter.list.count', n=met))}</span></div>"
            )
            label.layout.flex = "1 1 20em"
            remove = widgets.Button(
                description=t("drafter.list.remove"),
                tooltip=t("drafter.list.remove_tooltip"),
                icon="trash",
                layout=widgets.Layout(width="auto"),
            )
            remove.add_class("hgw-remove-goal")
            remove.on_click(lambda _b, i=index: self._remove(i))
            share = self._share.button(lambda name, text=goal.text: payload_for_goal(text, name=name),
                                       what=t("share.what.goal", n=index + 1))
            actions = widgets.HBox([remove, share], layout=widgets.Layout(align_items="flex-start", flex_flow="row wrap"))
            rows.append(widgets.HBox([label, actions],
                                     layout=widgets.Layout(align_items="center", flex_flow="row wrap")))
        self._list.children = rows

