"""Build a wij-boodschap live: a concern, a concrete example and an area."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.areas import AREAS, area_label
from ..domain.case import load_case
from ..domain.conversation import Concern
from ..domain.phrasing import MAX_CONCERN, MAX_EXAMPLE, phrase, wording_issues
from ..domain.text import one_line
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from .exercise_memory import ExerciseMemory

_ISSUE_KEYS = {
    "empty": "phrasing.issue.empty",
    "too_long": "phrasing.issue.too_long",
    "no_example": "phrasing.issue.no_example",
    "not_concrete": "phrasing.issue.not_concrete",
    "labels": "phrasing.issue.labels",
    "name_only": "phrasing.issue.name_only",
}
_BLOCKING = {"empty", "too_long"}


class WeMessageBuilder(widgets.VBox):
    """Type a concern and an example; the wij-boodschap appears as you type.

    Args:
        concern: a starting concern (e.g. from a case); its example may be empty.
        store_key: the key for the browser copy of what the learner typed.
    """

    def __init__(self, concern: Concern | None = None, *, store_key: str = "wij-boodschap", **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-we-message")
        self._callbacks: list[Callable[[str], None]] = []
        full = widgets.Layout(width="100%")
        self._area = widgets.Dropdown(options=[(t("phrasing.builder.no_area"), "")] + [(area_label(a), a) for a in AREAS],
                                      value="", description=t("phrasing.builder.area"), style={"description_width": "5em"})
        self._concern = widgets.Text(placeholder=t("phrasing.builder.concern_placeholder"), layout=full)
        self._concern.add_class("hgw-we-concern")
        self._example = widgets.Textarea(placeholder=t("phrasing.builder.example_placeholder"), layout=widgets.Layout(width="100%", height="4em"))
        self._example.add_class("hgw-we-example")
        self._team = widgets.Checkbox(description=t("phrasing.builder.team"), indent=False, layout=full)
        self._result = widgets.HTML()
        self._result.add_class("hgw-we-result")
        self._message = message_area()
        self._start = concern
        self._set_start()
        self.memory = ExerciseMemory(store_key, {"area": self._area, "concern": self._concern, "example": self._example,
                                                 "team": self._team},
                                     on_clear=self._set_start)
        """Keeps what the learner typed across a page reload."""
        self.children = [
            stylesheet(),
            widgets.HTML(f"<h3>{esc(t('phrasing.builder.title'))}</h3><p class='hgw-muted'>{esc(t('phrasing.builder.intro'))}</p>"),
            self._area,
            widgets.HTML(f"<strong>{esc(t('phrasing.builder.concern'))}</strong>"), self._concern,
            widgets.HTML(f"<strong>{esc(t('phrasing.builder.example'))}</strong>"), self._example,
            self._team,
            widgets.HTML(f"<strong>{esc(t('phrasing.builder.result'))}</strong>"), self._result,
            self._message,
            self.memory,
        ]
        self._update()
        self._connect()

    @classmethod
    def from_case(cls, case_id: str = "kevin", *, conversation: int = 0, **kwargs) -> WeMessageBuilder:
        """Start from the case's first concern, without its example: the learner adds one."""
        case = load_case(case_id)
        convs = case.conversations
        concerns = convs[conversation].concerns if convs and 0 <= conversation < len(convs) else ()
        first = Concern(concerns[0].text, "", concerns[0].area) if concerns else None
        return cls(first, **kwargs)

    @property
    def message(self) -> str:
        """The sentence shown now ("" while the concern is missing or too long)."""
        return self._sentence

    @property
    def concern(self) -> Concern | None:
        """The concern as typed (cleaned), or None while it cannot be phrased."""
        return self._current

    def on_change(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(message)`` after every change."""
        self._callbacks.append(callback)

    def _set_start(self) -> None:
        if self._start is not None:
            self._concern.value = self._start.text
            self._example.value = self._start.example
            self._area.value = self._start.area or ""

    def _connect(self) -> None:
        for w in (self._area, self._concern, self._example, self._team):
            w.observe(self._on_change, names="value")

    @guarded
    def _on_change(self, _change=None) -> None:
        self._update()
        for callback in self._callbacks:
            callback(self._sentence)

    def _update(self) -> None:
        self._sentence = ""
        self._current = None
        concern = self._concern.value if isinstance(self._concern.value, str) else ""
        example = self._example.value if isinstance(self._example.value, str) else ""
        area = self._area.value if self._area.value in AREAS else None
        issues = wording_issues(concern, example)
        codes = {i.code for i in issues}
        hints = "".join(
            notice(t(_ISSUE_KEYS[i.code], max=MAX_CONCERN if i.field == "concern" else MAX_EXAMPLE, words=i.detail),
                   kind="info" if i.code == "empty" else "warning")
            for i in issues
        )
        if codes & _BLOCKING:
            self._result.value = f"<p class='hgw-muted'>{esc(t('phrasing.builder.start'))}</p>"
            self._message.value = hints if "too_long" in codes else ""
            return
        try:
            self._sentence = phrase(concern, example, team=bool(self._team.value))
        except ValueError:  # only punctuation, e.g. "..."
            self._result.value = f"<p class='hgw-muted'>{esc(t('phrasing.builder.start'))}</p>"
            self._message.value = ""
            return
        self._current = Concern(one_line(concern, MAX_CONCERN), one_line(example, MAX_EXAMPLE), area)
        self._result.value = f"<blockquote class='hgw-we-sentence' style='font-size:1.15em'>{esc(self._sentence)}</blockquote>"
        self._message.value = hints
