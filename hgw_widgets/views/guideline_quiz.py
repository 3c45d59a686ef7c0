"""GuidelineQuiz: recognise which guideline (4-7) a fragment of a conversation shows (chapter 07)."""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.exercises import FragmentItem, fragment_items
from ..messages import t
from ._guard import guarded
from ._html import esc, exercise_nav, message_area, notice, stylesheet
from .exercise_memory import ExerciseMemory


_GUIDELINE_KEYS = {4: "exercises.guideline.g4", 5: "exercises.guideline.g5", 6: "exercises.guideline.g6", 7: "exercises.guideline.g7"}


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
        self._previous, self._next, self._counter = exercise_nav()
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
