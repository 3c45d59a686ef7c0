"""ClearWithConfirm: "Wis mijn gegevens" and its Dutch "Weet je het zeker?" (part of WorkBar).

For a shared computer: the work kept in this browser is removed only after the person confirms.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..messages import t
from ._guard import guarded
from ._html import notice


class ClearWithConfirm(widgets.VBox):
    """The button "Wis mijn gegevens", and under it, once clicked, the question with "Ja, wis" and "Nee".

    Args:
        on_confirm: called when the person answers yes.
        beside: a widget shown on the button's row (the bar's "Bewaard in deze browser").
        message: the owner's message area, where an error of this part is shown.
    """

    def __init__(self, *, on_confirm: Callable[[], None], beside: widgets.Widget, message: widgets.HTML,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self._on_confirm = on_confirm
        self._message = message
        self._clear = widgets.Button(
            description=t("keep.clear.button"),
            tooltip=t("keep.clear.tooltip"),
            icon="eraser",
            button_style="warning",
            layout=widgets.Layout(width="auto"),
        )
        self._clear.add_class("hgw-clear")
        self._clear_yes = widgets.Button(description=t("keep.clear.accept"), button_style="danger", layout=widgets.Layout(width="auto"))
        self._clear_yes.add_class("hgw-clear-yes")
        self._clear_no = widgets.Button(description=t("keep.clear.cancel"), layout=widgets.Layout(width="auto"))
        self._clear_no.add_class("hgw-clear-no")
        self._confirm = widgets.VBox(
            [
                widgets.HTML(notice(t("keep.clear.confirm"), kind="warning")),
                widgets.HBox([self._clear_yes, self._clear_no]),
            ],
            layout=widgets.Layout(display="none"),
        )
        self._confirm.add_class("hgw-clear-confirm")
        self.children = [
            widgets.HBox([self._clear, beside], layout=widgets.Layout(flex_flow="row wrap", align_items="center")),
            self._confirm,
        ]
        self._connect()

    def close_question(self) -> None:
        """Hide the question (after clearing, or when the owner clears by itself)."""
        self._confirm.layout.display = "none"

    def _connect(self) -> None:
        self._clear.on_click(self._on_clear_click)
        self._clear_yes.on_click(self._on_clear_yes)
        self._clear_no.on_click(self._on_clear_no)

    @guarded
    def _on_clear_click(self, _button=None) -> None:
        self._confirm.layout.display = "flex"

    @guarded
    def _on_clear_yes(self, _button=None) -> None:
        self._on_confirm()

    @guarded
    def _on_clear_no(self, _button=None) -> None:
        self.close_question()
