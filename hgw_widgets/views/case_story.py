"""CaseStory: a case from the casebook told as text, with the book's solution folded away."""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.case import Case, load_case
from ..messages import t
from ._html import esc, stylesheet


def _story_html(case: Case) -> str:
    student = case.student
    meta = t(
        "case.meta",
        name=student.name,
        year=student.year,
        school_type=student.school_type,
    )
    parts = [f"<p class='hgw-muted'>{esc(meta)}</p>"]
    for scene in case.story:
        parts.append(f"<h3>{esc(scene.heading)}</h3><p>{esc(scene.text)}</p>")
    parts.append(f"<p class='hgw-muted'>{esc(t('case.source', source=case.source))}</p>")
    return f"<div class='hgw-case'>{''.join(parts)}</div>"


def _card_html(case: Case) -> str:
    card = case.goal_card
    if card is None:
        return ""
    goals = "".join(f"<li>{esc(g.text)}</li>" for g in card.goals)
    parts = [
        f"<h3>{esc(t('case.card.heading', name=case.student.name))}</h3>",
        f"<ol class='hgw-card-goals'>{goals}</ol>",
    ]
    if card.student_addition:
        parts.append(f"<p><strong>{esc(t('case.card.addition'))}</strong> {esc(card.student_addition)}</p>")
    if card.teacher_commitment:
        parts.append(f"<p><strong>{esc(t('case.card.commitment'))}</strong> {esc(card.teacher_commitment)}</p>")
    parts.append(f"<p><strong>{esc(t('case.card.evaluation'))}</strong> {esc(card.evaluation_after)}</p>")
    parts.append(f"<p><strong>{esc(t('case.card.outcome'))}</strong> {esc(card.outcome)}</p>")
    return f"<div class='hgw-case-card'>{''.join(parts)}</div>"


class CaseStory(widgets.VBox):
    """Tell a case; optionally offer the book's goal card behind a button.

    Args:
        case: the case to tell.
        show_solution: offer a "toon" button that reveals the book's goal card.
    """

    def __init__(self, case: Case, *, show_solution: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-case-story")
        self._case = case
        self._story = widgets.HTML(_story_html(case))
        self._story.add_class("hgw-story")
        self._toggle = widgets.ToggleButton(
            value=False,
            description=t("case.reveal.show"),
            tooltip=t("case.reveal.tooltip"),
            icon="eye",
            layout=widgets.Layout(width="auto"),
        )
        self._toggle.add_class("hgw-reveal")
        self._solution = widgets.HTML("")
        self._solution.add_class("hgw-solution")
        children: list[widgets.Widget] = [stylesheet()]
        if show_solution and case.goal_card is not None:
            children += [self._toggle, self._solution]
        else:
            children.insert(1, self._story)
        self.children = children
        self._connect()

    @classmethod
    def from_case(cls, case_id: str, *, part: str = "story") -> CaseStory:
        """The story of a case (``part="story"``) or its solution (``part="solution"``)."""
        if part not in ("story", "solution"):
            raise ValueError(f"part must be 'story' or 'solution', received {part!r}")
        return cls(load_case(case_id), show_solution=part == "solution")

    @property
    def case(self) -> Case:
        """The case shown."""
        return self._case

    @property
    def solution_visible(self) -> bool:
        """True when the book's solution is shown."""
        return bool(self._solution.value)

    def _connect(self) -> None:
        self._toggle.observe(self._on_toggle, names="value")

    def _on_toggle(self, change) -> None:
        shown = bool(change["new"])
        self._solution.value = _card_html(self._case) if shown else ""
        self._toggle.description = t("case.reveal.hide") if shown else t("case.reveal.show")
