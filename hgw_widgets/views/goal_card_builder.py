"""GoalCardBuilder: make a goal card with the student, see it as it will print, keep it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

import ipywidgets as widgets

from ..domain.case import load_case
from ..domain.formats import date_text, owner_label
from ..domain.goal_card import (
    MAX_CARD_GOALS,
    MAX_YEAR,
    MIN_YEAR,
    GoalCard,
    card_from_case,
    smarti_gaps,
)
from ..domain.goal_card_edits import with_details
from ..domain.goals import Goal
from ..export.cards import CRITERION_KEYS, KIND, card_document, card_from_dict, card_to_dict
from ..export.render import to_html
from ..messages import t
from . import _channel
from ._guard import guarded
from ._html import esc, message_area, notice, print_preview, stylesheet, too_long_notice
from .goal_card_editor import GoalEditor
from .goal_card_offer import DraftedGoalsOffer
from .work_bar import Work, WorkBar


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


class GoalCardBuilder(widgets.VBox):
    """Build a goal card: details, goals (add, edit, reorder, remove), print preview.

    Its parts: ``GoalEditor`` (the form for one goal) and ``DraftedGoalsOffer`` (chapter 02's goals).

    Args:
        card: the card to start from (the model is passed in).
        store_key: the exercise id for the copy kept in the browser.
        autosave: keep a copy in the browser after every change, and offer the goals drafted in
            chapter 02 (kept in this browser) to be put on the card.
        example: the case's card this one started from (``from_case``): goals drafted in chapter 02
            take its place while the card still shows it (``domain.goal_card.take_over_goals``).
    """

    def __init__(self, card: GoalCard | None = None, *, store_key: str = "doelenkaart", autosave: bool = True,
                 example: GoalCard | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-goal-card-builder")
        self._initial = card or GoalCard()
        self._card = self._initial
        self._store_key = store_key
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
        self._message = message_area()
        self._editor = GoalEditor(card=lambda: self._card, on_change=self._set_card, message=self._message)
        self._offer = DraftedGoalsOffer(on_take_over=self._on_take_over, message=self._message, listen=autosave,
                                        example=example)
        self._date_message = message_area()  # right under the dates, where the person is looking
        self._list = widgets.VBox()
        self._list.add_class("hgw-card-goals")
        self._preview = widgets.HTML()
        self._preview.add_class("hgw-card-preview")
        self.work_bar = WorkBar(kind=KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave, drafts=self._editor.drafts)
        """The download/upload/autosave bar of this card."""

        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('card.builder.title'))}</h3><p class='hgw-muted'>{esc(t('card.builder.intro'))}</p>"),
            widgets.HTML(f"<h4>{esc(t('card.builder.details'))}</h4>"),
            self._student, self._class, self._author, widgets.HBox([self._start, self._evaluation]),
            self._date_message,
            self._agreed, self._notes,
            widgets.HTML(f"<h4>{esc(t('card.builder.goals'))}</h4>"),
            self._offer,
            self._list,
            self._editor,
            self._message,
            widgets.HTML(f"<h4>{esc(t('card.builder.preview'))}</h4>"),
            self._preview,
            self.work_bar,
            *([self._offer.store] if self._offer.store is not None else []),
        ]
        self._show_card(sync_fields=True)
        _channel.publish(self._store_key, self._card)
        self._connect()

    @classmethod
    def from_case(cls, case_id: str, *, start: date | None = None, **kwargs) -> GoalCardBuilder:
        """The card a case arrives at (e.g. Jordi's six goals and the mentor's promise)."""
        kwargs.setdefault("store_key", f"doelenkaart-{case_id}")
        example = card_from_case(load_case(case_id), start=start)
        return cls(example, example=example, **kwargs)

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

    def offer_goals(self, goals: Iterable[Goal]) -> None:
        """Offer goals drafted elsewhere (chapter 02) with a button that puts them on the card."""
        self._offer.offer(goals)

    # --- handlers -------------------------------------------------------------------

    def _connect(self) -> None:
        for field in (self._student, self._class, self._author, self._start, self._evaluation, self._agreed, self._notes):
            field.observe(self._on_details, names="value")

    def _on_take_over(self, card: GoalCard, note: str) -> None:
        if card != self._card:
            self._set_card(card, sync_fields=True)
        self._message.value = note

    @guarded
    def _on_details(self, _change=None) -> None:
        if self._syncing:
            return
        card, issues = with_details(self._card, student=self._student.value, class_name=self._class.value,
                                    author=self._author.value, agreed_by=self._agreed.value, notes=self._notes.value,
                                    start=self._start.value, evaluation=self._evaluation.value)
        if any(i.code == "too_long" for i in issues):
            labels = {"student": t("card.builder.student"), "class": t("card.builder.class"),
                      "author": t("card.builder.author"), "notes": t("card.builder.notes")}
            values = {"student": self._student.value, "class": self._class.value, "author": self._author.value,
                      "notes": self._notes.value}
            self._message.value = too_long_notice(issues, labels, values)
            return
        self._set_card(card, sync_dates=bool(issues))
        self._date_message.value = notice(" ".join(_date_text(i, card) for i in issues), kind="warning") if issues else ""

    @guarded
    def _on_edit(self, index: int) -> None:
        if 0 <= index < len(self._card.goals):
            self._editor.edit(index)

    @guarded
    def _on_move(self, index: int, offset: int) -> None:
        if 0 <= index < len(self._card.goals):
            self._editor.clear()
            self._set_card(self._card.move_goal(index, offset))

    @guarded
    def _on_remove(self, index: int) -> None:
        if 0 <= index < len(self._card.goals):
            self._editor.clear()
            self._set_card(self._card.without_goal(index))
            self._message.value = notice(t("card.builder.removed"), kind="info")

    # --- state ------------------------------------------------------------------------

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
        self._offer.show_for(card)
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
                f"<br><span class='hgw-muted'>{esc(owner_label(goal.owner))}</span> · "
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
        self._editor.clear()
        self._set_card(replace(card, goals=card.goals[:MAX_CARD_GOALS]), sync_fields=True)

    def _reset(self) -> None:
        self._editor.clear()
        self._set_card(self._initial, sync_fields=True)
