"""MetacommunicationExercise: turn a blunt question into metacommunication (chapter 07)."""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.case import CaseBluntQuestion
from ..domain.exercises import blunt_question, metacommunication_issues
from ..domain.metacommunication import metacommunication
from ..domain.text import MAX_TEXT, one_line
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from .exercise_memory import ExerciseMemory


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
