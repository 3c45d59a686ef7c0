"""WellesNietesExercise: answer a welles-nietes statement by exploring instead of arguing (chapter 07)."""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.exercises import MAX_REPLY_CHARS, ReplyFeedback, WellesNietesItem, classify_reply, welles_nietes_items
from ..domain.wall import payload_for_reply
from ..messages import t
from ._guard import guarded
from ._html import esc, exercise_nav, message_area, notice, stylesheet
from .exercise_memory import ExerciseMemory
from .share import ShareWithTrainer


_KIND_KEYS = {"explores": "exercises.welles.explores", "argues": "exercises.welles.argues",
              "hostile": "exercises.welles.hostile", "unclear": "exercises.welles.unclear"}
_REASON_KEYS = {
    "denies": "exercises.reason.denies",
    "contradicts": "exercises.reason.contradicts",
    "but": "exercises.reason.but",
    "doubts": "exercises.reason.doubts",
    "accuses": "exercises.reason.accuses",
    "lectures": "exercises.reason.lectures",
    "labels": "exercises.reason.labels",
    "nonsense": "exercises.reason.nonsense",
    "insists": "exercises.reason.insists",
    "counter_example": "exercises.reason.counter_example",
    "own_view": "exercises.reason.own_view",
    "asks_home": "exercises.reason.asks_home",
    "invites": "exercises.reason.invites",
    "asks": "exercises.reason.asks",
    "appreciates": "exercises.reason.appreciates",
    "recognises": "exercises.reason.recognises",
    "summarises": "exercises.reason.summarises",
    "question": "exercises.reason.question",
    "rhetorical": "exercises.reason.rhetorical",
    "off_topic": "exercises.reason.off_topic",
    "listens": "exercises.reason.listens",
}


class WellesNietesExercise(widgets.VBox):
    """Reply to contradicting statements from school and home; feedback: argues or explores.

    Args:
        items: the welles-nietes moments (``from_casebook()`` collects them all).
        store_key: the key for the browser copy (which moment, and the reply being written).
    """

    def __init__(self, items: tuple[WellesNietesItem, ...], *, store_key: str = "welles-nietes", **kwargs) -> None:
        super().__init__(**kwargs)
        if not items:
            raise ValueError("the exercise needs at least one item")
        self.add_class("hgw-welles-nietes")
        self._items = tuple(items)
        self._index = 0
        self._feedback: ReplyFeedback | None = None
        self._statements = widgets.HTML()
        self._statements.add_class("hgw-ex-moment")
        self._own = widgets.Textarea(placeholder=t("exercises.welles.own_placeholder"), layout=widgets.Layout(width="100%", height="4em"))
        self._own.add_class("hgw-ex-own")
        self._check_own = widgets.Button(description=t("exercises.welles.check_own"), button_style="primary", layout=widgets.Layout(width="auto"))
        self._check_own.add_class("hgw-ex-check-own")
        self._choices = widgets.RadioButtons(options=[], value=None, layout=widgets.Layout(width="100%"))
        self._choices.add_class("hgw-ex-choices")
        self._check_pick = widgets.Button(description=t("exercises.welles.check_pick"), layout=widgets.Layout(width="auto"))
        self._check_pick.add_class("hgw-ex-check-pick")
        self._message = message_area()
        self._pick_message = widgets.HTML()
        self._pick_message.add_class("hgw-ex-pick-message")
        self._previous, self._next, self._counter = exercise_nav()
        self._share = ShareWithTrainer()
        self._share_button = self._share.button(
            lambda name: payload_for_reply(self.item, self._own.value if isinstance(self._own.value, str) else "", name=name),
            what=t("share.what.reply"))
        self.memory = ExerciseMemory(store_key, {"own": self._own, "pick": self._choices}, get_state=lambda: {"index": self._index},
                                     set_state=self._set_state, on_clear=lambda: self._go(-len(self._items)))
        """Keeps the moment shown and the reply being written across a page reload."""
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('exercises.welles.title'))}</h3><p class='hgw-muted'>{esc(t('exercises.welles.intro'))}</p>"),
            widgets.HBox([self._previous, self._counter, self._next], layout=widgets.Layout(align_items="center")),
            self._statements,
            widgets.HTML(f"<strong>{esc(t('exercises.welles.own'))}</strong>"), self._own, widgets.HBox([self._check_own]),
            self._message,
            self._share, self._share_button,
            widgets.HTML(f"<strong>{esc(t('exercises.welles.pick'))}</strong>"), self._choices, widgets.HBox([self._check_pick]),
            self._pick_message,
            self.memory,
        ]
        self._show()
        self._connect()

    @classmethod
    def from_casebook(cls, case_ids: tuple[str, ...] | None = None, **kwargs) -> WellesNietesExercise:
        """Every welles-nietes moment in the casebook (or in the given cases)."""
        return cls(welles_nietes_items(case_ids), **kwargs)

    @classmethod
    def from_case(cls, case_id: str = "welles-nietes", **kwargs) -> WellesNietesExercise:
        """The welles-nietes moments of one case (the general set by default)."""
        return cls(welles_nietes_items((case_id,)), **kwargs)

    @property
    def feedback(self) -> ReplyFeedback | None:
        """The judgement of the last reply the learner wrote (None before the first check)."""
        return self._feedback

    @property
    def item(self) -> WellesNietesItem:
        """The moment shown now."""
        return self._items[self._index]

    def _connect(self) -> None:
        self._check_own.on_click(self._on_check_own)
        self._check_pick.on_click(self._on_check_pick)
        self._previous.on_click(lambda _b: self._go(-1))
        self._next.on_click(lambda _b: self._go(1))

    @guarded
    def _go(self, step: int) -> None:
        self._index = min(max(self._index + step, 0), len(self._items) - 1)
        self._feedback = None
        self._own.value = ""
        self._message.value = ""
        self._pick_message.value = ""
        self._share_button.clear_answer()
        self._show()
        self.memory.changed()

    def _set_state(self, state: object) -> None:
        index = state.get("index") if isinstance(state, dict) else None
        if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(self._items):
            self._index = index
            self._show()

    @guarded
    def _on_check_own(self, _button=None) -> None:
        text = self._own.value if isinstance(self._own.value, str) else ""
        if not text.strip():
            self._message.value = notice(t("exercises.welles.empty"), kind="warning")
            return
        fb = classify_reply(text[:MAX_REPLY_CHARS])
        self._feedback = fb
        parts = [notice(t(_KIND_KEYS[fb.kind]), kind="success" if fb.kind == "explores" else "warning")]
        reasons = [t(_REASON_KEYS[r]) for r in fb.reasons if r in _REASON_KEYS]
        if reasons:
            parts.append("<ul class='hgw-ex-reasons'>" + "".join(f"<li>{esc(r)}</li>" for r in reasons) + "</ul>")
        if fb.explore_words:
            parts.append(f"<p>{esc(t('exercises.welles.words_explore', words=', '.join(fb.explore_words)))}</p>")
        if fb.argue_words:
            parts.append(f"<p>{esc(t('exercises.welles.words_argue', words=', '.join(fb.argue_words)))}</p>")
        if fb.kind in ("argues", "hostile"):
            parts.append(f"<p><strong>{esc(t('exercises.welles.try_instead'))}</strong></p>")
        parts.append(f"<p class='hgw-muted'>{esc(t('exercises.welles.signals_note'))}</p>")
        self._message.value = "".join(parts)

    @guarded
    def _on_check_pick(self, _button=None) -> None:
        index = self._choices.value
        replies = self.item.item.replies
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(replies):
            self._pick_message.value = notice(t("exercises.welles.nothing_picked"), kind="warning")
            return
        right = self.item.is_right(index)
        key = "exercises.welles.pick_explores" if right else "exercises.welles.pick_argues"
        self._pick_message.value = notice(f"{t(key)} {replies[index].why}", kind="success" if right else "warning")

    def _show(self) -> None:
        w = self.item.item
        school = f"<p><strong>{esc(t('exercises.welles.school'))}:</strong> “{esc(w.school)}”</p>"
        home = f"<p><strong>{esc(t('exercises.welles.home'))}:</strong> “{esc(w.home)}”</p>"
        pair = school + home if w.first == "school" else home + school
        self._statements.value = (f"<div class='hgw-ex-statements'><p class='hgw-muted'>{esc(t('exercises.welles.case', student=self.item.student))}</p>"
                                  f"{pair}</div>")
        self._choices.options = [(r.text, i) for i, r in enumerate(w.replies)]
        self._choices.value = None
        self._counter.value = esc(t("exercises.item_of", n=self._index + 1, total=len(self._items)))
        self._previous.disabled = self._index == 0
        self._next.disabled = self._index == len(self._items) - 1
