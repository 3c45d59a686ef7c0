"""PlannerAreas: the seven areas part of the conversation planner (guideline 5): what goes well, what worries.

A part of ``ConversationPlanner``: it reads the plan through ``plan()`` and hands a changed plan to
``on_change`` (one domain call from ``domain.plan_edits`` per action); it keeps no plan.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.areas import AREAS, area_label
from ..domain.conversation import ConversationPlan
from ..domain.issues import Issue
from ..domain.plan_edits import add_concern, add_strength, without_item
from ..messages import t
from ._guard import guarded
from ._html import esc, notice
from .planner_wording import words


def _refusal(issue: Issue) -> str:
    if issue.code == "full":
        return t("conversation.planner.full", max=issue.detail)
    if issue.code == "name_only":
        return t("phrasing.issue.name_only")
    if issue.field == "strength":
        return t("conversation.planner.strength_empty")
    return t("conversation.planner.concern_empty")


class PlannerAreas(widgets.VBox):
    """The strengths per area and the concerns (as wij-boodschappen), each with a field to add one.

    Args:
        plan: returns the plan as it stands.
        on_change: called with the plan with an item added or removed.
        message: the owner's message area.
    """

    def __init__(self, *, plan: Callable[[], ConversationPlan], on_change: Callable[[ConversationPlan], None],
                 message: widgets.HTML, **kwargs) -> None:
        super().__init__(**kwargs)
        self._plan = plan
        self._on_change = on_change
        self._message = message
        style = {"description_width": "9em"}

        def text(key: str, placeholder: str, css: str, width: str = "9em") -> widgets.Text:
            w = widgets.Text(description=t(key), placeholder=t(placeholder), layout=widgets.Layout(width="100%"),
                             style={"description_width": width}, continuous_update=False)
            w.add_class(css)
            return w

        self._area = widgets.Dropdown(description=t("conversation.planner.area"), style=style,
                                      options=[(area_label(a), a) for a in AREAS])
        self._strength = text("conversation.planner.strength", "conversation.planner.strength_placeholder", "hgw-plan-strength")
        self._add_strength = widgets.Button(description=t("conversation.planner.add_strength"), icon="plus",
                                            layout=widgets.Layout(width="auto", min_width="8em"))
        self._add_strength.add_class("hgw-plan-add-strength")
        self._strengths = widgets.VBox()
        self._strengths.add_class("hgw-plan-strengths")
        self._concern = text("conversation.planner.concern", "conversation.planner.concern_placeholder", "hgw-plan-concern", "16em")
        self._example = text("conversation.planner.example", "conversation.planner.example_placeholder", "hgw-plan-example")
        self._add_concern = widgets.Button(description=t("conversation.planner.add_concern"), icon="plus")
        self._add_concern.add_class("hgw-plan-add-concern")
        self._concerns = widgets.VBox()
        self._concerns.add_class("hgw-plan-concerns")
        self._heading = widgets.HTML()
        self.children = [
            self._heading, self._strengths,
            widgets.HBox([self._area, self._strength, self._add_strength]),
            self._concerns, self._concern, self._example, widgets.HBox([self._add_concern]),
        ]
        self._add_strength.on_click(self._on_add_strength)
        self._add_concern.on_click(self._on_add_concern)

    @property
    def drafts(self) -> dict[str, widgets.ValueWidget]:
        """The half-typed fields the work bar keeps in the browser, by name."""
        return {"area": self._area, "strength": self._strength, "concern": self._concern, "example": self._example}

    def show(self) -> None:
        """Draw the strengths (and the areas without one) and the concerns of the plan as it stands."""
        plan = self._plan()
        said = words(plan.audience)  # a team meeting: no guideline for a talk with parents, no example about Kevin
        self._heading.value = f"<h4>{esc(said['section_areas'])}</h4>"
        self._concern.placeholder = said["concern_placeholder"]
        rows = [self._row(f"<strong>{esc(area_label(s.area))}:</strong> {esc(s.text)}", "strengths", i)
                for i, s in enumerate(plan.strengths)]
        missing = [area_label(a) for a in AREAS if a not in {s.area for s in plan.strengths}]
        tail = [widgets.HTML(f"<p class='hgw-muted'>{esc(t('conversation.planner.areas_missing', areas=', '.join(missing)))}</p>")] if missing else []
        empty = [widgets.HTML(f"<p class='hgw-muted'>{esc(t('conversation.planner.no_strengths'))}</p>")] if not rows else []
        self._strengths.children = rows + empty + tail
        crow = [self._row(esc(c.we_message()), "concerns", i) for i, c in enumerate(plan.concerns)]
        self._concerns.children = crow or [widgets.HTML(f"<p class='hgw-muted'>{esc(t('conversation.planner.no_concerns'))}</p>")]

    def _row(self, html: str, field: str, index: int) -> widgets.HBox:
        label = widgets.HTML(html)
        label.layout.flex = "1 1 auto"
        button = widgets.Button(icon="trash", tooltip=t("conversation.planner.remove"), layout=widgets.Layout(width="2.6em"))
        button.on_click(lambda _b: self._on_remove(field, index))
        return widgets.HBox([label, button], layout=widgets.Layout(align_items="center"))

    @guarded
    def _on_add_strength(self, _button=None) -> None:
        plan, issue = add_strength(self._plan(), self._area.value, self._strength.value)
        if issue is not None:
            self._message.value = notice(_refusal(issue), kind="warning")
            return
        self._strength.value = ""
        self._message.value = ""
        self._on_change(plan)

    @guarded
    def _on_add_concern(self, _button=None) -> None:
        plan, issue = add_concern(self._plan(), self._concern.value, self._example.value)
        if issue is not None:
            self._message.value = notice(_refusal(issue), kind="warning")
            return
        self._concern.value = self._example.value = ""
        self._message.value = ""
        self._on_change(plan)

    @guarded
    def _on_remove(self, field: str, index: int) -> None:
        self._on_change(without_item(self._plan(), field, index))
