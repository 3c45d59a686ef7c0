"""Guideline 4: what school sees and what home sees, side by side, with concrete examples."""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.case import load_case
from ..domain.phrasing import MAX_EXAMPLE
from ..domain.school_home import MAX_EXAMPLES, SchoolAndHomeExamples, add_example  # noqa: F401 (MAX_EXAMPLES: kept importable here)
from ..domain.text import one_line
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from .exercise_memory import ExerciseMemory

_ISSUE_KEYS = {
    "no_example": "exercises.sides.empty",
    "too_long": "exercises.sides.too_long",
    "not_concrete": "exercises.sides.not_concrete",
    "labels": "exercises.sides.labels",
    "full": "exercises.sides.full",
}


class SchoolAndHome(widgets.VBox):
    """Two columns, school and home; the learner adds concrete examples to either side.

    Args:
        school: examples seen at school.
        home: examples seen at home.
        student: the student's name, for the heading.
        store_key: the key for the browser copy of the examples the learner added.
    """

    def __init__(self, school: tuple[str, ...] = (), home: tuple[str, ...] = (), *, student: str = "",
                 store_key: str = "school-en-thuis", **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-school-home")
        self._examples = SchoolAndHomeExamples(school, home)
        self._start = self._examples
        self._student = one_line(student, 40)
        self._columns = widgets.HTML()
        self._columns.add_class("hgw-school-home-columns")
        self._side = widgets.ToggleButtons(options=[(t("exercises.sides.school"), "school"), (t("exercises.sides.home"), "home")],
                                           value="school")
        self._side.add_class("hgw-school-home-side")
        self._text = widgets.Textarea(placeholder=t("exercises.sides.placeholder"), layout=widgets.Layout(width="100%", height="4em"))
        self._text.add_class("hgw-school-home-text")
        self._add = widgets.Button(description=t("exercises.sides.add"), button_style="primary", icon="plus",
                                   layout=widgets.Layout(width="auto"))
        self._add.add_class("hgw-school-home-add")
        self._message = message_area()
        self.memory = ExerciseMemory(store_key, {"text": self._text, "side": self._side}, get_state=self._state, set_state=self._set_state,
                                     on_clear=self._reset)
        """Keeps the added examples and the draft across a page reload."""
        title = t("exercises.sides.title", student=self._student) if self._student else t("exercises.sides.title_plain")
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(title)}</h3><p class='hgw-muted'>{esc(t('exercises.sides.intro'))}</p>"),
            self._columns,
            widgets.HTML(f"<strong>{esc(t('exercises.sides.own'))}</strong>"), self._side, self._text,
            widgets.HBox([self._add]), self._message, self.memory,
        ]
        self._show()
        self._connect()

    @classmethod
    def from_case(cls, case_id: str = "kevin", *, conversation: int = 0, **kwargs) -> SchoolAndHome:
        """The school and home examples of a case's conversation (Kevin's first by default)."""
        case = load_case(case_id)
        convs = case.conversations
        conv = convs[conversation] if convs and 0 <= conversation < len(convs) else None
        if conv is None:
            return cls(student=case.student.name, **kwargs)
        return cls(conv.school_examples, conv.home_examples, student=case.student.name, **kwargs)

    @property
    def school(self) -> tuple[str, ...]:
        """The examples on the school side."""
        return self._examples.school

    @property
    def home(self) -> tuple[str, ...]:
        """The examples on the home side."""
        return self._examples.home

    def _connect(self) -> None:
        self._add.on_click(self._on_add)

    def _state(self) -> dict:
        return self._examples.to_state()

    def _set_state(self, state: object) -> None:
        """Put back kept examples; anything that is not a list of texts per side is ignored."""
        examples = SchoolAndHomeExamples.from_state(state)
        if examples is not None:
            self._examples = examples
            self._show()

    def _reset(self) -> None:
        self._examples = self._start
        self._message.value = ""
        self._show()

    @guarded
    def _on_add(self, _button=None) -> None:
        examples, issue = add_example(self._examples, self._side.value, self._text.value)
        if issue is not None:  # the text stays in the field
            self._message.value = notice(t(_ISSUE_KEYS[issue.code], max=issue.detail or MAX_EXAMPLE, words=issue.detail),
                                         kind="warning")
            return
        self._examples = examples
        self._text.value = ""
        self._message.value = notice(t("exercises.sides.added"), kind="success")
        self._show()
        self.memory.changed()

    def _show(self) -> None:
        def column(label: str, items: tuple[str, ...]) -> str:
            body = "".join(f"<li>{esc(i)}</li>" for i in items) or f"<li class='hgw-muted'>{esc(t('exercises.sides.none'))}</li>"
            return f"<div style='flex:1;min-width:16em'><h4>{esc(label)}</h4><ul>{body}</ul></div>"

        self._columns.value = ("<div style='display:flex;gap:2em;flex-wrap:wrap'>"
                               + column(t("exercises.sides.school_seen"), self._examples.school)
                               + column(t("exercises.sides.home_seen"), self._examples.home) + "</div>")
