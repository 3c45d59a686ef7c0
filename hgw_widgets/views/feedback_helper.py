"""FeedbackHelper: specific feedback sentences from the goals on a card, to edit and use."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.case import Case, load_case
from ..domain.feedback import Suggestion, suggest_feedback
from ..domain.goal_card import GoalCard, card_from_case
from ..domain.tracking_evaluation import Evaluation
from ..export.feedback import KIND, MAX_SENTENCE_CHARS, edits_from_dict, edits_to_dict, feedback_document
from ..messages import t
from . import _channel
from ._guard import guarded
from ._html import esc, notice, stylesheet
from .work_bar import Work, WorkBar

MAX_FEEDBACK_CHARS = MAX_SENTENCE_CHARS


class FeedbackHelper(widgets.VBox):
    """Suggest feedback for what went well and what can be better; the learner edits it.

    Args:
        card: the goal card whose student goals the feedback is about.
        evaluation: optional results from a tracking sheet (reached goals get
            "well", others "better" with their count).
        case: the case, to show its example sentences after the exercise.
        store_key: the exercise id for the copy of the edited sentences kept in the browser.
        autosave: keep the edited sentences in the browser after every change.
    """

    def __init__(self, card: GoalCard, *, evaluation: Evaluation | None = None, case: Case | None = None,
                 store_key: str = "feedback", autosave: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-feedback-helper")
        self._card = card
        self._evaluation = evaluation
        self._case = case
        self._suggestions: tuple[Suggestion, ...] = ()
        self._boxes: list[widgets.Textarea] = []
        self._callbacks: list[Callable[[dict[str, tuple[str, ...]]], None]] = []
        self._well = widgets.VBox()
        self._well.add_class("hgw-feedback-well")
        self._better = widgets.VBox()
        self._better.add_class("hgw-feedback-better")
        self._renew = widgets.Button(description=t("card.helper.renew"), tooltip=t("card.helper.renew_tooltip"),
                                     icon="refresh", layout=widgets.Layout(width="auto"))
        self._renew.add_class("hgw-feedback-renew")
        self._message = widgets.HTML()
        self.work_bar = WorkBar(kind=KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave)
        """Download the sentences (Word, HTML to print), continue from a file, keep edits in the browser."""
        example = ""
        if case is not None and case.goal_card is not None and (case.goal_card.feedback_well or case.goal_card.feedback_better):
            items = "".join(f"<li>{esc(s)}</li>" for s in (*case.goal_card.feedback_well, *case.goal_card.feedback_better))
            example = (f"<details class='hgw-reveal'><summary>{esc(t('card.helper.example'))}</summary>"
                       f"<ul>{items}</ul></details>")
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('card.helper.title'))}</h3><p class='hgw-muted'>{esc(t('card.helper.intro'))}</p>"),
            widgets.HTML(f"<h4>{esc(t('card.helper.well'))}</h4>"),
            self._well,
            widgets.HTML(f"<h4>{esc(t('card.helper.better'))}</h4>"),
            self._better,
            self._renew,
            self._message,
            widgets.HTML(example),
            self.work_bar,
        ]
        self._fill()
        self._connect()

    @classmethod
    def from_case(cls, case_id: str, **kwargs) -> FeedbackHelper:
        """Feedback for the goal card of a case (e.g. Jordi's), following the card as it is built on the page.

        When a ``GoalCardBuilder.from_case(case_id)`` runs in the same kernel, the sentences
        are made from its current card (renamed student, goals added or removed).
        """
        case = load_case(case_id)
        kwargs.setdefault("store_key", f"feedback-{case_id}")
        helper = cls(card_from_case(case), case=case, **kwargs)
        current = _channel.follow(f"doelenkaart-{case_id}", helper.show_card)
        if current is not None:
            helper.show_card(current)
        return helper

    def show_card(self, card: GoalCard) -> None:
        """Make the sentences from ``card``; sentences the learner edited stay for goals still on it."""
        if card != self._card:
            self._card = card
            self._fill()

    # --- public surface -----------------------------------------------------------

    @property
    def feedback(self) -> dict[str, tuple[str, ...]]:
        """The sentences as edited now: ``{"well": (...), "better": (...)}``, empty ones left out."""
        out: dict[str, list[str]] = {"well": [], "better": []}
        for suggestion, box in zip(self._suggestions, self._boxes):
            text = box.value.strip()[:MAX_FEEDBACK_CHARS] if isinstance(box.value, str) else ""
            if text:
                out[suggestion.kind].append(text)
        return {kind: tuple(texts) for kind, texts in out.items()}

    def on_change(self, callback: Callable[[dict[str, tuple[str, ...]]], None]) -> None:
        """Call ``callback(feedback)`` after the learner edits a sentence."""
        self._callbacks.append(callback)

    # --- handlers -------------------------------------------------------------------

    def _connect(self) -> None:
        self._renew.on_click(self._on_renew)

    @guarded
    def _on_renew(self, _button=None) -> None:
        self._fill(keep_edits=False)
        self.work_bar.changed()
        self._message.value = notice(t("card.helper.renewed"), kind="info")

    @guarded
    def _on_edit(self, _change=None) -> None:
        feedback = self.feedback
        self.work_bar.changed()
        for callback in self._callbacks:
            callback(feedback)

    # --- keeping the work ---------------------------------------------------------------

    def _edits(self) -> dict[tuple[str, str], str]:
        return {(s.goal, s.kind): box.value[:MAX_FEEDBACK_CHARS] for s, box in zip(self._suggestions, self._boxes)
                if isinstance(box.value, str) and box.value != s.text}

    def _work(self) -> Work:
        sentences = tuple((s, box.value if isinstance(box.value, str) else "")
                          for s, box in zip(self._suggestions, self._boxes))
        name = f"feedback-{self._card.student}" if self._card.student else "feedback"
        return Work(KIND, edits_to_dict(self._edits()), feedback_document(self._card.student, sentences), name)

    def _restore(self, payload: dict) -> None:
        self._fill(edits=edits_from_dict(payload))  # raises SaveFileError before anything changes

    def _reset(self) -> None:
        self._fill(keep_edits=False)

    def _fill(self, *, keep_edits: bool = True, edits: dict[tuple[str, str], str] | None = None) -> None:
        edited = dict(self._edits()) if keep_edits else {}
        edited.update(edits or {})
        self._suggestions = suggest_feedback(self._card, evaluation=self._evaluation)
        self._boxes = []
        well, better = [], []
        for suggestion in self._suggestions:
            box = widgets.Textarea(value=edited.get((suggestion.goal, suggestion.kind), suggestion.text),
                                   layout=widgets.Layout(width="100%", height="4.2em"),
                                   continuous_update=False)
            box.add_class("hgw-feedback-text")
            box.observe(self._on_edit, names="value")
            self._boxes.append(box)
            (well if suggestion.kind == "well" else better).append(box)
        empty = widgets.HTML(f"<p class='hgw-muted'>{esc(t('card.helper.none'))}</p>")
        self._well.children = well or [empty]
        self._better.children = better or [widgets.HTML(empty.value)]
