"""GoalEditor: the form that adds a goal to the goal card or changes one (part of GoalCardBuilder)."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.formats import owner_label
from ..domain.goal_card import GoalCard
from ..domain.goal_card_edits import save_goal
from ..messages import t
from ._guard import guarded
from ._html import esc, notice

_OWNERS = ("student", "teacher")
_REFUSALS = {"too_long": "card.builder.too_long", "duplicate": "card.builder.duplicate", "full": "card.builder.full"}


class GoalEditor(widgets.VBox):
    """A goal's text, whose goal it is and the A, R and I of SMARTI the student judges; "Toevoegen" or,
    while a goal is being changed, "Opslaan" and "Annuleren".

    The form reads the card through ``card()`` and hands a changed card to ``on_change``; it keeps no card.

    Args:
        card: returns the card as it stands.
        on_change: called with the card with the goal added or changed.
        message: the owner's message area, where the form says what happened.
    """

    def __init__(self, *, card: Callable[[], GoalCard], on_change: Callable[[GoalCard], None],
                 message: widgets.HTML, **kwargs) -> None:
        super().__init__(**kwargs)
        self._card = card
        self._on_change = on_change
        self._message = message
        self._editing: int | None = None
        style = {"description_width": "11em"}
        self._goal_text = widgets.Textarea(description=t("card.builder.goal_text"), placeholder=t("card.builder.goal_placeholder"),
                                           layout=widgets.Layout(width="100%", height="4em"), style=style)
        self._goal_text.add_class("hgw-card-goal-text")
        self._owner = widgets.Dropdown(
            description=t("card.builder.owner"),
            options=[(owner_label(owner), owner) for owner in _OWNERS],
            value="student", style=style,
        )
        self._acceptable = widgets.Checkbox(description=t("card.builder.acceptable"), indent=False)
        self._realistic = widgets.Checkbox(description=t("card.builder.realistic"), indent=False)
        self._inspiring = widgets.Checkbox(description=t("card.builder.inspiring"), indent=False)
        self._save_goal = widgets.Button(description=t("card.builder.add"), button_style="primary", icon="plus")
        self._save_goal.add_class("hgw-card-add")
        self._cancel_edit = widgets.Button(description=t("card.builder.cancel"), layout=widgets.Layout(display="none"))
        self.children = [
            widgets.HTML(f"<h4>{esc(t('card.builder.new_goal'))}</h4>"),
            self._goal_text, self._owner,
            widgets.HTML(f"<p class='hgw-muted'>{esc(t('card.builder.judgement'))}</p>"),
            self._acceptable, self._realistic, self._inspiring,
            widgets.HBox([self._save_goal, self._cancel_edit]),
        ]
        self._connect()

    @property
    def drafts(self) -> dict[str, widgets.ValueWidget]:
        """The fields whose half-typed values the work bar keeps in the browser, by name."""
        return {"goal": self._goal_text, "owner": self._owner, "acceptable": self._acceptable,
                "realistic": self._realistic, "inspiring": self._inspiring}

    def edit(self, index: int) -> None:
        """Put goal ``index`` of the card in the form, to be changed."""
        goal = self._card().goals[index]
        self._editing = index
        self._goal_text.value = goal.text
        self._owner.value = goal.owner
        self._acceptable.value, self._realistic.value, self._inspiring.value = goal.acceptable, goal.realistic, goal.inspiring
        self._save_goal.description = t("card.builder.save_edit")
        self._save_goal.icon = "check"
        self._cancel_edit.layout.display = None
        self._message.value = notice(t("card.builder.editing", n=index + 1), kind="info")

    def clear(self) -> None:
        """An empty form for a new goal."""
        self._editing = None
        self._goal_text.value = ""
        self._owner.value = "student"
        for box in (self._acceptable, self._realistic, self._inspiring):
            box.value = False
        self._save_goal.description = t("card.builder.add")
        self._save_goal.icon = "plus"
        self._cancel_edit.layout.display = "none"

    def _connect(self) -> None:
        self._save_goal.on_click(self._on_save_goal)
        self._cancel_edit.on_click(self._on_cancel)

    @guarded
    def _on_save_goal(self, _button=None) -> None:
        card, issue = save_goal(self._card(), self._goal_text.value, editing=self._editing, owner=self._owner.value,
                                acceptable=self._acceptable.value, realistic=self._realistic.value,
                                inspiring=self._inspiring.value)
        if issue is not None:
            self._message.value = notice(t(_REFUSALS.get(issue.code, "card.builder.empty"), max=issue.detail),
                                         kind="warning")
            return
        self._on_change(card)
        self.clear()
        self._message.value = notice(t("card.builder.saved"), kind="success")

    @guarded
    def _on_cancel(self, _button=None) -> None:
        self.clear()
        self._message.value = ""
