"""The three conversation exercises: welles-nietes, recognise the guideline, metacommunication."""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.case import CaseBluntQuestion
from ..domain.metacommunication import metacommunication
from ..domain.exercises import (
    MAX_REPLY_CHARS,
    FragmentItem,
    ReplyFeedback,
    WellesNietesItem,
    blunt_question,
    classify_reply,
    fragment_items,
    metacommunication_issues,
    welles_nietes_items,
)
from ..domain.text import MAX_TEXT, one_line
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from .exercise_memory import ExerciseMemory

_GUIDELINE_KEYS = {4: "exercises.guideline.g4", 5: "exercises.guideline.g5", 6: "exercises.guideline.g6", 7: "exercises.guideline.g7"}
_KIND_KEYS = {"explores": "exercises.welles.explores", "argues": "exercises.welles.argues",
              "hostile": "exercises.welles.hostile", "unclear": "exercises.welles.unclear"}
_META_KEYS = {
    "no_announcement": "exercises.meta.no_announcement",
    "no_reason": "exercises.meta.no_reason",
    "no_topic": "exercises.meta.no_topic",
    "vague_reason": "exercises.meta.vague_reason",
    "threat": "exercises.meta.threat",
    "same_as_blunt": "exercises.meta.same_as_blunt",
    "empty": "exercises.meta.empty",
    "too_long": "exercises.meta.too_long",
    "blunt": "exercises.meta.blunt_words",
}
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


def _nav() -> tuple[widgets.Button, widgets.Button, widgets.HTML]:
    prev = widgets.Button(description=t("exercises.previous"), icon="arrow-left", layout=widgets.Layout(width="auto"))
    nxt = widgets.Button(description=t("exercises.next"), icon="arrow-right", layout=widgets.Layout(width="auto"))
    prev.add_class("hgw-ex-previous")
    nxt.add_class("hgw-ex-next")
    counter = widgets.HTML()
    counter.add_class("hgw-ex-counter")
    return prev, nxt, counter


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
        self._previous, self._next, self._counter = _nav()
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


class GuidelineQuiz(widgets.VBox):
    """Read a piece of a conversation and pick the guideline (4-7) behind it.

    Args:
        items: the fragments (``from_casebook()`` collects them all).
        store_key: the key for the browser copy (the fragment shown and what was answered right or wrong).
    """

    def __init__(self, items: tuple[FragmentItem, ...], *, store_key: str = "richtlijnen-quiz", **kwargs) -> None:
        super().__init__(**kwargs)
        if not items:
            raise ValueError("the quiz needs at least one fragment")
        self.add_class("hgw-guideline-quiz")
        self._items = tuple(items)
        self._index = 0
        self._answers: dict[int, bool] = {}
        self._fragment = widgets.HTML()
        self._choice = widgets.RadioButtons(options=[(t(k), g) for g, k in _GUIDELINE_KEYS.items()], value=None,
                                            layout=widgets.Layout(width="100%"))
        self._choice.add_class("hgw-quiz-choice")
        self._check = widgets.Button(description=t("exercises.quiz.check"), button_style="primary", layout=widgets.Layout(width="auto"))
        self._check.add_class("hgw-quiz-check")
        self._message = message_area()
        self._score = widgets.HTML()
        self._score.add_class("hgw-quiz-score")
        self._previous, self._next, self._counter = _nav()
        self.memory = ExerciseMemory(store_key, {"choice": self._choice}, get_state=self._get_state,
                                     set_state=self._set_state, on_clear=self._reset)
        """Keeps the fragment shown and the answers given across a page reload."""
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('exercises.quiz.title'))}</h3><p class='hgw-muted'>{esc(t('exercises.quiz.intro'))}</p>"),
            widgets.HBox([self._previous, self._counter, self._next], layout=widgets.Layout(align_items="center")),
            self._fragment, self._choice, widgets.HBox([self._check]), self._message, self._score,
            self.memory,
        ]
        self._show()
        self._connect()

    @classmethod
    def from_casebook(cls, case_ids: tuple[str, ...] | None = None, **kwargs) -> GuidelineQuiz:
        """Every fragment in the casebook (or in the given cases)."""
        return cls(fragment_items(case_ids), **kwargs)

    @classmethod
    def from_case(cls, *case_ids: str, **kwargs) -> GuidelineQuiz:
        """The fragments of the named cases, e.g. ``from_case("olga", "mila")``."""
        return cls(fragment_items(case_ids or None), **kwargs)

    @property
    def items(self) -> tuple[FragmentItem, ...]:
        """All fragments of the quiz, in the order they are shown."""
        return self._items

    @property
    def item(self) -> FragmentItem:
        """The fragment shown now."""
        return self._items[self._index]

    @property
    def score(self) -> tuple[int, int]:
        """(right, answered)."""
        return sum(self._answers.values()), len(self._answers)

    def _connect(self) -> None:
        self._check.on_click(self._on_check)
        self._previous.on_click(lambda _b: self._go(-1))
        self._next.on_click(lambda _b: self._go(1))

    @guarded
    def _go(self, step: int) -> None:
        self._index = min(max(self._index + step, 0), len(self._items) - 1)
        self._message.value = ""
        self._show()
        self.memory.changed()

    @guarded
    def _on_check(self, _button=None) -> None:
        item = self._items[self._index]
        choice = self._choice.value
        if choice not in _GUIDELINE_KEYS:
            self._message.value = notice(t("exercises.quiz.nothing"), kind="warning")
            return
        right = item.is_right(choice)
        self._answers[self._index] = right
        head = t("exercises.quiz.right") if right else t("exercises.quiz.wrong", n=item.fragment.guideline)
        self._message.value = notice(f"{head} {item.fragment.why}", kind="success" if right else "warning")
        self._show_score()
        self.memory.changed()

    def _show_score(self) -> None:
        r, done = self.score
        self._score.value = f"<p class='hgw-muted'>{esc(t('exercises.quiz.score', right=r, done=done))}</p>" if done else ""

    def _get_state(self) -> dict:
        return {"index": self._index, "answers": {str(i): right for i, right in sorted(self._answers.items())}}

    def _set_state(self, state: object) -> None:
        """Put back a browser copy; what does not fit these fragments is left out."""
        if not isinstance(state, dict):
            return
        index = state.get("index")
        if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(self._items):
            self._index = index
        answers = state.get("answers")
        if isinstance(answers, dict):
            self._answers = {
                int(key): right
                for key, right in answers.items()
                if isinstance(key, str) and key.isdecimal() and int(key) < len(self._items) and isinstance(right, bool)
            }
        self._show()
        self._show_score()

    def _reset(self) -> None:
        self._answers = {}
        self._index = 0
        self._message.value = ""
        self._show()
        self._show_score()

    def _show(self) -> None:
        item = self._items[self._index]
        self._fragment.value = (f"<blockquote class='hgw-quiz-fragment' style='font-size:1.1em'>{esc(' '.join(item.fragment.text.split()))}</blockquote>"
                                f"<p class='hgw-muted'>{esc(t('exercises.welles.case', student=item.student))}</p>")
        self._choice.value = None
        self._counter.value = esc(t("exercises.item_of", n=self._index + 1, total=len(self._items)))
        self._previous.disabled = self._index == 0
        self._next.disabled = self._index == len(self._items) - 1


class MetacommunicationExercise(widgets.VBox):
    """Rewrite a blunt question (Mila's) into metacommunication, with feedback and a sentence builder.

    Args:
        blunt: the blunt question with what to ask and why (from the casebook).
        store_key: the key for the browser copy of what the learner typed.
    """

    def __init__(self, blunt: CaseBluntQuestion, *, store_key: str = "metacommunicatie", **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-metacommunication")
        self._blunt = blunt
        self._rewrite = widgets.Textarea(placeholder=t("exercises.meta.rewrite_placeholder"), layout=widgets.Layout(width="100%", height="5em"))
        self._rewrite.add_class("hgw-meta-rewrite")
        self._check = widgets.Button(description=t("exercises.meta.check"), button_style="primary", layout=widgets.Layout(width="auto"))
        self._check.add_class("hgw-meta-check")
        style = {"description_width": "9em"}
        self._ask = widgets.Text(description=t("exercises.meta.ask"), placeholder=t("exercises.meta.ask_placeholder"),
                                 layout=widgets.Layout(width="100%"), style=style)
        self._because = widgets.Text(description=t("exercises.meta.because"), placeholder=t("exercises.meta.because_placeholder"),
                                     layout=widgets.Layout(width="100%"), style=style)
        self._built = widgets.HTML()
        self._built.add_class("hgw-meta-built")
        self._example = widgets.ToggleButton(description=t("exercises.meta.show_example"), layout=widgets.Layout(width="auto"))
        self._example_text = widgets.HTML()
        self._example_text.add_class("hgw-meta-example")
        self._message = message_area()
        self.memory = ExerciseMemory(store_key, {"rewrite": self._rewrite, "ask": self._ask, "because": self._because})
        """Keeps what the learner typed across a page reload."""
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('exercises.meta.title'))}</h3><p class='hgw-muted'>{esc(t('exercises.meta.intro'))}</p>"
                         f"<p><strong>{esc(t('exercises.meta.blunt'))}:</strong> “{esc(blunt.question)}”</p>"),
            widgets.HTML(f"<strong>{esc(t('exercises.meta.rewrite'))}</strong>"), self._rewrite, widgets.HBox([self._check]), self._message,
            widgets.HTML(f"<p>{esc(t('exercises.meta.builder'))}</p>"), self._ask, self._because, self._built,
            widgets.HBox([self._example]), self._example_text,
            self.memory,
        ]
        self._on_build()
        self._connect()

    @classmethod
    def from_case(cls, case_id: str = "mila", **kwargs) -> MetacommunicationExercise:
        """The blunt question of a case (Mila's by default)."""
        return cls(blunt_question(case_id), **kwargs)

    def _connect(self) -> None:
        self._check.on_click(self._on_check)
        self._ask.observe(self._on_build, names="value")
        self._because.observe(self._on_build, names="value")
        self._example.observe(self._on_example, names="value")

    @guarded
    def _on_check(self, _button=None) -> None:
        issues = metacommunication_issues(self._rewrite.value, blunt=self._blunt.question)
        if not issues:
            self._message.value = notice(t("exercises.meta.good"), kind="success")
            return
        self._message.value = "".join(notice(t(_META_KEYS[i.code], max=MAX_TEXT, words=i.detail), kind="warning")
                                      for i in issues)

    @guarded
    def _on_build(self, _change=None) -> None:
        try:
            sentence = metacommunication(one_line(self._ask.value), one_line(self._because.value))
        except ValueError:
            self._built.value = f"<p class='hgw-muted'>{esc(t('exercises.meta.built_empty'))}</p>"
            return
        self._built.value = f"<blockquote style='font-size:1.1em'>{esc(sentence)}</blockquote>"

    @guarded
    def _on_example(self, change) -> None:
        if change["new"]:
            self._example.description = t("exercises.meta.hide_example")
            self._example_text.value = f"<blockquote>{esc(metacommunication(self._blunt.ask, self._blunt.because))}</blockquote>"
        else:
            self._example.description = t("exercises.meta.show_example")
            self._example_text.value = ""
