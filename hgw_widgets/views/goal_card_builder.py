"""GoalCardBuilder: make a goal card with the student, see it as it will print, keep it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

import ipywidgets as widgets

from ..domain.case import load_case
from ..domain.goal_card import (
    MAX_CARD_GOALS,
    MAX_CLASS_CHARS,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_YEAR,
    MIN_YEAR,
    GoalCard,
    card_from_case,
    new_goal,
    smarti_gaps,
    with_dates,
)
from ..domain.goals import MAX_GOAL_CHARS, Goal, add_goals
from ..errors import SaveFileError
from ..domain.formats import date_text
from ..export.cards import CRITERION_KEYS, KIND, card_document, card_from_dict, card_to_dict
from ..export.goals import KIND as DRAFTED_KIND
from ..export.goals import SHARED_KEY, drafted_from_dict
from ..export.jsonio import load_work
from ..export.render import to_html
from ..domain.limits import too_long
from ..messages import t
from . import _channel
from ._guard import guarded
from ._html import esc, message_area, notice, print_preview, stylesheet, too_long_notice
from .storage import BrowserStore
from .work_bar import Work, WorkBar

_OWNER_KEYS = {"student": "card.builder.owner_student", "teacher": "card.builder.owner_teacher"}


def _goals(n: int) -> str:
    """"1 doel", "3 doelen"."""
    return t("card.builder.one_goal") if n == 1 else t("card.builder.n_goals", n=n)


def _date_text(issue, card: GoalCard) -> str:
    """A refused date (``goal_card.with_dates``) in Dutch: what was chosen, why not, and the date kept."""
    chosen = date.fromisoformat(issue.detail)
    kept_date = card.start if issue.field == "start" else card.evaluation
    kept = date_text(kept_date) if kept_date is not None else t("card.builder.date_none")
    label = t("card.builder.start") if issue.field == "start" else t("card.builder.evaluation")
    if issue.code == "year":
        return t("card.builder.date_year", date=date_text(chosen), label=label, year=chosen.year, min=MIN_YEAR,
                 max=MAX_YEAR, what=label.lower(), kept=kept)
    if issue.field == "start":
        return t("card.builder.start_after_evaluation", date=date_text(chosen), other=date_text(card.evaluation),
                 kept=kept)
    return t("card.builder.evaluation_before_start", date=date_text(chosen), other=date_text(card.start), kept=kept)


def _text(value: object, limit: int) -> str:
    return " ".join(value.split())[:limit] if isinstance(value, str) else ""


class GoalCardBuilder(widgets.VBox):
    """Build a goal card: details, goals (add, edit, reorder, remove), print preview.

    Args:
        card: the card to start from (the model is passed in).
        store_key: the exercise id for the copy kept in the browser.
        autosave: keep a copy in the browser after every change, and offer the goals drafted in
            chapter 02 (kept in this browser) to be put on the card.
    """

    def __init__(self, card: GoalCard | None = None, *, store_key: str = "doelenkaart", autosave: bool = True,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-goal-card-builder")
        self._initial = card or GoalCard()
        self._card = self._initial
        self._store_key = store_key
        self._editing: int | None = None
        self._syncing = False
        self._callbacks: list[Callable[[GoalCard], None]] = []

        wide = widgets.Layout(width="100%")
        style = {"description_width": "11em"}
        self._student = widgets.Text(description=t("card.builder.student"), placeholder=t("card.builder.student_placeholder"),
                                     layout=wide, style=style, continuous_update=False)
        self._student.add_class("hgw-card-student")
        self._class = widgets.Text(description=t("card.builder.class"), layout=wide, style=style, continuous_update=False)
        self._author = widgets.Text(description=t("card.builder.author"), layout=wide, style=style, continuous_update=False)
        self._start = widgets.DatePicker(description=t("card.builder.start"), style=style)
        self._evaluation = widgets.DatePicker(description=t("card.builder.evaluation"), style=style)
        self._agreed = widgets.Text(description=t("card.builder.agreed"), placeholder=t("card.builder.agreed_placeholder"),
                                    layout=wide, style=style, continuous_update=False)
        self._notes = widgets.Textarea(description=t("card.builder.notes"), layout=widgets.Layout(width="100%", height="4em"),
                                       style=style, continuous_update=False)
        self._goal_text = widgets.Textarea(description=t("card.builder.goal_text"), placeholder=t("card.builder.goal_placeholder"),
                                           layout=widgets.Layout(width="100%", height="4em"), style=style)
        self._goal_text.add_class("hgw-card-goal-text")
        self._owner = widgets.Dropdown(
            description=t("card.builder.owner"),
            options=[(t("card.builder.owner_student"), "student"), (t("card.builder.owner_teacher"), "teacher")],
            value="student", style=style,
        )
        self._acceptable = widgets.Checkbox(description=t("card.builder.acceptable"), indent=False)
        self._realistic = widgets.Checkbox(description=t("card.builder.realistic"), indent=False)
        self._inspiring = widgets.Checkbox(description=t("card.builder.inspiring"), indent=False)
        self._save_goal = widgets.Button(description=t("card.builder.add"), button_style="primary", icon="plus")
        self._save_goal.add_class("hgw-card-add")
        self._cancel_edit = widgets.Button(description=t("card.builder.cancel"), layout=widgets.Layout(display="none"))
        self._message = message_area()
        self._date_message = message_area()  # right under the dates, where the person is looking
        self._list = widgets.VBox()
        self._list.add_class("hgw-card-goals")
        self._preview = widgets.HTML()
        self._preview.add_class("hgw-card-preview")
        self.work_bar = WorkBar(kind=KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave,
                                drafts={"goal": self._goal_text, "owner": self._owner, "acceptable": self._acceptable,
                                        "realistic": self._realistic, "inspiring": self._inspiring})
        """The download/upload/autosave bar of this card."""
        self._drafted: tuple[Goal, ...] = ()
        self._take_over = widgets.Button(description=t("card.builder.take_over"), icon="arrow-down",
                                         layout=widgets.Layout(width="auto"))
        self._take_over.add_class("hgw-card-take-over")
        self._incoming_text = widgets.HTML()
        self._incoming = widgets.VBox([self._incoming_text, self._take_over], layout=widgets.Layout(display="none"))
        self._incoming.add_class("hgw-card-incoming")
        self._incoming_store = None
        if autosave:
            self._incoming_store = BrowserStore(SHARED_KEY, scope="workbook")

        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('card.builder.title'))}</h3><p class='hgw-muted'>{esc(t('card.builder.intro'))}</p>"),
            widgets.HTML(f"<h4>{esc(t('card.builder.details'))}</h4>"),
            self._student, self._class, self._author, widgets.HBox([self._start, self._evaluation]),
            self._date_message,
            self._agreed, self._notes,
            widgets.HTML(f"<h4>{esc(t('card.builder.goals'))}</h4>"),
            self._incoming,
            self._list,
            widgets.HTML(f"<h4>{esc(t('card.builder.new_goal'))}</h4>"),
            self._goal_text, self._owner,
            widgets.HTML(f"<p class='hgw-muted'>{esc(t('card.builder.judgement'))}</p>"),
            self._acceptable, self._realistic, self._inspiring,
            widgets.HBox([self._save_goal, self._cancel_edit]),
            self._message,
            widgets.HTML(f"<h4>{esc(t('card.builder.preview'))}</h4>"),
            self._preview,
            self.work_bar,
            *([self._incoming_store] if self._incoming_store is not None else []),
        ]
        self._show_card(sync_fields=True)
        _channel.publish(self._store_key, self._card)
        self._connect()

    @classmethod
    def from_case(cls, case_id: str, *, start: date | None = None, **kwargs) -> GoalCardBuilder:
        """The card a case arrives at (e.g. Jordi's six goals and the mentor's promise)."""
        kwargs.setdefault("store_key", f"doelenkaart-{case_id}")
        return cls(card_from_case(load_case(case_id), start=start), **kwargs)

    @classmethod
    def from_goals(cls, goals: Iterable[Goal], *, student: str = "", **kwargs) -> GoalCardBuilder:
        """A card with goals drafted earlier, e.g. ``GoalDrafter.goals``."""
        return cls(GoalCard(student=student, goals=tuple(goals)[:MAX_CARD_GOALS]), **kwargs)

    # --- public surface -----------------------------------------------------------

    @property
    def card(self) -> GoalCard:
        """The card as it stands, as a domain object."""
        return self._card

    def on_change(self, callback: Callable[[GoalCard], None]) -> None:
        """Call ``callback(card)`` after every change."""
        self._callbacks.append(callback)

    def edit(self, index: int) -> None:
        """Put goal ``index`` in the editor (what the "Bewerken" button does)."""
        self._on_edit(index)

    # --- handlers -------------------------------------------------------------------

    def _connect(self) -> None:
        for field in (self._student, self._class, self._author, self._start, self._evaluation, self._agreed, self._notes):
            field.observe(self._on_details, names="value")
        self._save_goal.on_click(self._on_save_goal)
        self._cancel_edit.on_click(self._on_cancel)
        self._take_over.on_click(self._on_take_over)
        if self._incoming_store is not None:
            self._incoming_store.on_restore(self._on_drafted_goals)

    def offer_goals(self, goals: Iterable[Goal]) -> None:
        """Offer goals drafted elsewhere (chapter 02) with a button that puts them on the card."""
        self._drafted = tuple(goals)
        self._show_incoming()

    def _show_incoming(self) -> None:
        """The offer of chapter 2's goals: the button while some are not on the card yet, else a note."""
        self._incoming.layout.display = "flex" if self._drafted else "none"
        if not self._drafted:
            return
        card_goals, issues = add_goals(self._card.goals, self._drafted, limit=MAX_CARD_GOALS)
        waiting = len(card_goals) - len(self._card.goals) + sum(1 for i in issues if i.code == "full")
        self._take_over.layout.display = "" if waiting else "none"
        self._incoming_text.value = (
            notice(t("card.builder.drafted", goals=_goals(waiting)), kind="info") if waiting
            else f"<p class='hgw-muted'>{esc(t('card.builder.drafted_done', goals=_goals(len(self._drafted))))}</p>")

    @guarded
    def _on_drafted_goals(self, text: str) -> None:
        try:
            goals, _draft = drafted_from_dict(load_work(text, kind=DRAFTED_KIND))
        except SaveFileError:
            return  # a broken or foreign copy in the browser: nothing to offer
        self.offer_goals(goals)

    @guarded
    def _on_take_over(self, _button=None) -> None:
        card_goals, issues = add_goals(self._card.goals, self._drafted, limit=MAX_CARD_GOALS)
        added = len(card_goals) - len(self._card.goals)
        if added:
            self._set_card(replace(self._card, goals=card_goals))
        skipped_full = sum(1 for i in issues if i.code == "full")
        skipped_same = sum(1 for i in issues if i.code == "duplicate")
        parts = [t("card.builder.taken_over", goals=_goals(added))]
        if skipped_same:
            parts.append(t("card.builder.taken_over_same", goals=_goals(skipped_same)))
        if skipped_full:
            parts.append(t("card.builder.taken_over_full", goals=_goals(skipped_full), max=MAX_CARD_GOALS))
        self._message.value = notice(" ".join(parts), kind="success" if added and not skipped_full else "warning")

    @guarded
    def _on_details(self, _change=None) -> None:
        if self._syncing:
            return
        fields = {"student": (self._student.value, MAX_NAME_CHARS), "class": (self._class.value, MAX_CLASS_CHARS),
                  "author": (self._author.value, MAX_NAME_CHARS), "notes": (self._notes.value, MAX_NOTE_CHARS)}
        issues = too_long(fields)
        if issues:
            labels = {"student": t("card.builder.student"), "class": t("card.builder.class"),
                      "author": t("card.builder.author"), "notes": t("card.builder.notes")}
            self._message.value = too_long_notice(issues, labels, {k: v for k, (v, _limit) in fields.items()})
            return
        agreed = tuple(a for a in (_text(p, MAX_NAME_CHARS) for p in str(self._agreed.value or "").split(",")) if a)[:10]
        notes = self._notes.value if isinstance(self._notes.value, str) else ""
        card, date_issues = with_dates(replace(
            self._card,
            student=_text(self._student.value, MAX_NAME_CHARS),
            class_name=_text(self._class.value, MAX_CLASS_CHARS),
            author=_text(self._author.value, MAX_NAME_CHARS),
            agreed_by=agreed,
            notes=notes.strip()[:MAX_NOTE_CHARS],
        ), self._start.value, self._evaluation.value)
        self._set_card(card, sync_dates=bool(date_issues))
        self._date_message.value = (notice(" ".join(_date_text(i, card) for i in date_issues), kind="warning")
                                    if date_issues else "")

    @guarded
    def _on_save_goal(self, _button=None) -> None:
        goal, issues = new_goal(
            self._goal_text.value, owner=self._owner.value if self._owner.value in _OWNER_KEYS else "student",
            acceptable=bool(self._acceptable.value), realistic=bool(self._realistic.value),
            inspiring=bool(self._inspiring.value),
        )
        if issues:
            key = "card.builder.too_long" if issues[0].code == "too_long" else "card.builder.empty"
            self._message.value = notice(t(key, max=MAX_GOAL_CHARS), kind="warning")
            return
        editing = self._editing if self._editing is not None and self._editing < len(self._card.goals) else None
        if any(g.text == goal.text for i, g in enumerate(self._card.goals) if i != editing):
            self._message.value = notice(t("card.builder.duplicate"), kind="warning")
            return
        if editing is None and len(self._card.goals) >= MAX_CARD_GOALS:
            self._message.value = notice(t("card.builder.full", max=MAX_CARD_GOALS), kind="warning")
            return
        card = self._card.with_goal(goal) if editing is None else self._card.replace_goal(editing, goal)
        self._set_card(card)
        self._clear_editor()
        self._message.value = notice(t("card.builder.saved"), kind="success")

    @guarded
    def _on_cancel(self, _button=None) -> None:
        self._clear_editor()
        self._message.value = ""

    @guarded
    def _on_edit(self, index: int) -> None:
        if not 0 <= index < len(self._card.goals):
            return
        goal = self._card.goals[index]
        self._editing = index
        self._goal_text.value = goal.text
        self._owner.value = goal.owner
        self._acceptable.value, self._realistic.value, self._inspiring.value = goal.acceptable, goal.realistic, goal.inspiring
        self._save_goal.description = t("card.builder.save_edit")
        self._save_goal.icon = "check"
        self._cancel_edit.layout.display = None
        self._message.value = notice(t("card.builder.editing", n=index + 1), kind="info")

    @guarded
    def _on_move(self, index: int, offset: int) -> None:
        if 0 <= index < len(self._card.goals):
            self._clear_editor()
            self._set_card(self._card.move_goal(index, offset))

    @guarded
    def _on_remove(self, index: int) -> None:
        if 0 <= index < len(self._card.goals):
            self._clear_editor()
            self._set_card(self._card.without_goal(index))
            self._message.value = notice(t("card.builder.removed"), kind="info")

    # --- state ------------------------------------------------------------------------

    def _clear_editor(self) -> None:
        self._editing = None
        self._goal_text.value = ""
        self._owner.value = "student"
        for box in (self._acceptable, self._realistic, self._inspiring):
            box.value = False
        self._save_goal.description = t("card.builder.add")
        self._save_goal.icon = "plus"
        self._cancel_edit.layout.display = "none"

    def _set_card(self, card: GoalCard, *, sync_fields: bool = False, sync_dates: bool = False) -> None:
        self._card = card
        if sync_dates and not sync_fields:  # a refused date: the pickers show the card's dates again
            self._syncing = True
            try:
                self._start.value = card.start
                self._evaluation.value = card.evaluation
            finally:
                self._syncing = False
        self._show_card(sync_fields=sync_fields)
        self.work_bar.changed()
        _channel.publish(self._store_key, card)
        for callback in self._callbacks:
            callback(card)

    def _show_card(self, *, sync_fields: bool) -> None:
        card = self._card
        if sync_fields:
            self._syncing = True
            try:
                self._student.value = card.student
                self._class.value = card.class_name
                self._author.value = card.author
                self._start.value = card.start
                self._evaluation.value = card.evaluation
                self._agreed.value = ", ".join(card.agreed_by)
                self._notes.value = card.notes
            finally:
                self._syncing = False
        self._render_list()
        self._show_incoming()
        self._preview.value = print_preview(to_html(card_document(card)), title=t("card.builder.preview"))

    def _render_list(self) -> None:
        card = self._card
        if not card.goals:
            self._list.children = [widgets.HTML(f"<p class='hgw-muted'>{esc(t('card.builder.no_goals'))}</p>")]
            return
        gaps = dict(smarti_gaps(card))
        rows = []
        for index, goal in enumerate(card.goals):
            missing = gaps.get(index, ())
            status = (
                t("card.builder.gaps", missing=", ".join(t(CRITERION_KEYS[c]) for c in missing))
                if missing else t("card.builder.complete")
            )
            css, icon = ("hgw-not-met", "✘") if missing else ("hgw-met", "✔")
            label = widgets.HTML(
                f"<div class='hgw-goal-item'><strong>{index + 1}.</strong> {esc(goal.text)}"
                f"<br><span class='hgw-muted'>{esc(t(_OWNER_KEYS[goal.owner]))}</span> · "
                f"<span class='{css}'><span class='hgw-status' aria-hidden='true'>{icon}</span> {esc(status)}</span></div>"
            )
            label.layout.flex = "1 1 auto"
            buttons = []
            for icon, tip, action, css_name in (
                ("arrow-up", "card.builder.up", lambda _b, i=index: self._on_move(i, -1), "hgw-card-up"),
                ("arrow-down", "card.builder.down", lambda _b, i=index: self._on_move(i, 1), "hgw-card-down"),
                ("pencil", "card.builder.edit", lambda _b, i=index: self._on_edit(i), "hgw-card-edit"),
                ("trash", "card.builder.remove", lambda _b, i=index: self._on_remove(i), "hgw-card-remove"),
            ):
                button = widgets.Button(icon=icon, tooltip=t(tip), layout=widgets.Layout(width="2.6em"))
                button.add_class(css_name)
                button.on_click(action)
                buttons.append(button)
            rows.append(widgets.HBox([label, *buttons], layout=widgets.Layout(align_items="center")))
        self._list.children = rows

    # --- keeping the work -----------------------------------------------------------------

    def _work(self) -> Work:
        card = self._card
        name = f"doelenkaart-{card.student}" if card.student else "doelenkaart"
        return Work(KIND, card_to_dict(card), card_document(card), name)

    def _restore(self, payload: dict) -> None:
        card = card_from_dict(payload)  # raises SaveFileError before anything changes
        self._clear_editor()
        self._set_card(replace(card, goals=card.goals[:MAX_CARD_GOALS]), sync_fields=True)

    def _reset(self) -> None:
        self._clear_editor()
        self._set_card(self._initial, sync_fields=True)
