"""DraftedGoalsOffer: the goals drafted in chapter 02 offered to be put on the goal card (part of GoalCardBuilder)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import ipywidgets as widgets

from ..domain.goal_card import MAX_CARD_GOALS, GoalCard, TakeOver, take_over_goals
from ..domain.goals import Goal
from ..errors import SaveFileError
from ..export.goals import KIND as DRAFTED_KIND
from ..export.goals import SHARED_KEY, drafted_from_dict
from ..export.jsonio import load_work
from ..messages import t
from ._guard import guarded
from ._html import esc, notice
from .storage import BrowserStore


def _goals(n: int) -> str:
    """"1 doel", "3 doelen"."""
    return t("card.builder.one_goal") if n == 1 else t("card.builder.n_goals", n=n)


class DraftedGoalsOffer(widgets.VBox):
    """A note and a button that put the goals drafted in chapter 02 on the card.

    Shown only while goals are offered; the button only while some of them are not on the card yet.
    The offer reads the card it is shown (``show_for``) and never changes the card itself: a click
    hands the result of ``domain.goal_card.take_over_goals`` to ``on_take_over``. On a card that
    still shows the case's example (``example``), the drafted goals take the example's place.

    Args:
        on_take_over: called with ``(the new card, a Dutch notice)``.
        message: the owner's message area, where an error of this part is shown too.
        listen: read the drafted goals kept in this browser (``export.goals.SHARED_KEY``); then
            ``store`` is the ``BrowserStore`` the owner puts in its page.
    """

    def __init__(self, *, on_take_over: Callable[[GoalCard, str], None], message: widgets.HTML,
                 listen: bool = True, example: GoalCard | None = None, **kwargs) -> None:
        super().__init__(layout=widgets.Layout(display="none"), **kwargs)
        self.add_class("hgw-card-incoming")
        self._on_taken = on_take_over
        self._message = message
        self._drafted: tuple[Goal, ...] = ()
        self._card = GoalCard()
        self._example = example
        self._text = widgets.HTML()
        self._take_over = widgets.Button(description=t("card.builder.take_over"), icon="arrow-down",
                                         layout=widgets.Layout(width="auto"))
        self._take_over.add_class("hgw-card-take-over")
        self.children = [self._text, self._take_over]
        self.store: BrowserStore | None = BrowserStore(SHARED_KEY, scope="workbook") if listen else None
        """The browser's copy of chapter 02's goals (None without ``listen``); the owner shows it."""
        self._connect()

    def offer(self, goals: Iterable[Goal]) -> None:
        """Offer ``goals`` (drafted elsewhere) for the card."""
        self._drafted = tuple(goals)
        self._show()

    def show_for(self, card: GoalCard) -> None:
        """Show the offer again for the card as it now is."""
        self._card = card
        self._show()

    def _result(self) -> TakeOver:
        return take_over_goals(self._card, self._drafted, example=self._example, limit=MAX_CARD_GOALS)

    def _connect(self) -> None:
        self._take_over.on_click(self._on_take_over)
        if self.store is not None:
            self.store.on_restore(self._on_drafted_goals)

    def _show(self) -> None:
        """The button while some goals are not on the card yet, else a note that they are."""
        self.layout.display = "flex" if self._drafted else "none"
        if not self._drafted:
            return
        result = self._result()
        waiting = result.added + result.full
        self._take_over.layout.display = "" if waiting else "none"
        offer = t("card.builder.drafted", goals=_goals(waiting))
        if result.replaced_example:
            offer += " " + t("card.builder.drafted_instead_of_example", student=self._example.student or "-")
        self._text.value = (
            notice(offer, kind="info") if waiting
            else f"<p class='hgw-muted'>{esc(t('card.builder.drafted_done', goals=_goals(len(self._drafted))))}</p>")

    @guarded
    def _on_drafted_goals(self, text: str) -> None:
        try:
            goals, _draft = drafted_from_dict(load_work(text, kind=DRAFTED_KIND))
        except SaveFileError:
            return  # a broken or foreign copy in the browser: nothing to offer
        self.offer(goals)

    @guarded
    def _on_take_over(self, _button=None) -> None:
        result = self._result()
        parts = [t("card.builder.taken_over", goals=_goals(result.added))]
        if result.replaced_example:
            parts.append(t("card.builder.taken_over_instead_of_example", student=self._example.student or "-"))
        if result.same:
            parts.append(t("card.builder.taken_over_same", goals=_goals(result.same)))
        if result.full:
            parts.append(t("card.builder.taken_over_full", goals=_goals(result.full), max=MAX_CARD_GOALS))
        kind = "success" if result.added and not result.full else "warning"
        self._on_taken(result.card, notice(" ".join(parts), kind=kind))
