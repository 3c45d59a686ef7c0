"""ShareWithTrainer: "Deel met de trainer", one item at a time, on purpose (issue 16, the wall).

The kernel only builds the item (``domain.wall.payload_for_*``) and checks it with the same rule the
server uses (``domain.wall.parse_item``); the BROWSER sends it to the room server
(``POST <base_url>hgw/muur/deel``, ``static/hgw-share.js``) and shows the server's Dutch answer.
The kernel never contacts the server and never imports ``hgw_widgets.server``.

A click in the browser asks the kernel for the payload (a widget message, so it is built from what
the kernel has at that moment), the kernel answers with
``{"event": "payload", "ok": true, "payload": {...}}`` or ``{"ok": false, "bericht": "<Dutch>"}``,
and the browser posts it once. Nothing is shared by default.

The name goes WITH the click (``{"event": "request", "naam": "<the field as shown>"}``): the browser
holds back a text field's changes while the kernel is busy, so a name typed just before the click
may not have reached the kernel yet ("M" of "Marieke"; newcomer round of issue 16). The kernel tidies
and checks that name like any other (``parse_item``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import anywidget
import ipywidgets as widgets
import traitlets

from ..domain.limits import text_length
from ..domain.text import one_line
from ..domain.wall import MIN_SECONDS_BETWEEN_SHARES, parse_item
from ..errors import HgwError
from ..messages import t
from ..paths import package_file
from ._html import esc

__all__ = ["ShareButton", "ShareWithTrainer"]

log = logging.getLogger("hgw_widgets")

_STATIC = package_file("static")


def _browser_texts() -> dict[str, str]:
    """What the browser says on its own (no connection, no wall, no kernel), with ``{status}`` to fill in."""
    return {
        "sending": t("share.browser.sending"),
        "already": t("share.browser.already"),
        "offline": t("share.browser.offline"),
        "no_wall": t("share.browser.no_wall"),
        "failed": t("share.browser.failed"),
        "no_kernel": t("share.browser.no_kernel"),
    }


def _refusal(issue, payload: dict) -> str:
    """The Dutch sentence for an item the wall would refuse (``parse_item``'s issue)."""
    content = payload.get("inhoud") if isinstance(payload.get("inhoud"), dict) else {}
    if issue.field == "naam" and issue.code == "too_long":
        return t("share.name_too_long", n=text_length(payload.get("naam")), max=issue.detail)
    if issue.field == "reactie" and issue.code == "empty":
        return t("share.reply_empty")
    if issue.field == "reactie" and issue.code == "too_long":
        return t("share.reply_too_long", n=text_length(content.get("reactie")), max=issue.detail)
    return t("common.error.unexpected")


class ShareButton(anywidget.AnyWidget):
    """The "Deel met de trainer" button (``hgw-share``), drawn in the browser by ``static/hgw-share.js``.

    Args:
        provider: ``provider(typed_name)`` makes the item's JSON body at the moment of the click
            (``domain.wall.payload_for_*``); ``typed_name`` is the name field as the browser showed it
            (``None``: not sent, use the kernel's). May raise ``HgwError`` with a Dutch ``message_nl``.
        what: what the button shares, for its accessible name ("doel 2"); ``""`` = just the label.
    """

    _esm = _STATIC / "hgw-share.js"
    label = traitlets.Unicode("").tag(sync=True)
    accessible_name = traitlets.Unicode("").tag(sync=True)
    texts = traitlets.Dict().tag(sync=True)
    cleared = traitlets.Int(0).tag(sync=True)
    """Raised by ``clear_answer``: the browser then takes the last answer away."""

    name_field = traitlets.Instance(widgets.Text, allow_none=True).tag(sync=True, **widgets.widget_serialization)
    """The "Naam (mag leeg)" field whose shown value the browser sends with a click (None: no name)."""
    min_interval_ms = traitlets.Int(int(MIN_SECONDS_BETWEEN_SHARES * 1000)).tag(sync=True)
    """The server takes one share per participant per this many ms: the browser waits that long
    between two different shares instead of being refused (``domain.wall.MIN_SECONDS_BETWEEN_SHARES``)."""

    def __init__(self, provider: Callable[..., dict], *, what: str = "", name_field: widgets.Text | None = None,
                 **kwargs) -> None:
        name = t("share.button_for", what=what) if what else t("share.button")
        super().__init__(label=t("share.button"), accessible_name=name, texts=_browser_texts(),
                         name_field=name_field, **kwargs)
        self._provider = provider
        self.requests = 0
        """How many payloads the kernel has handed to the browser (tests read it)."""
        self.on_msg(self._handle_message)

    def clear_answer(self) -> None:
        """Take the answer next to the button away (what it shares has changed, e.g. another fragment)."""
        self.cleared += 1

    def payload(self, typed_name: str | None = None) -> dict:
        """The JSON body a click sends now: built by the provider, checked by ``domain.wall.parse_item``.

        Args:
            typed_name: the name field's value the browser sent with the click (None: the kernel's).

        Raises:
            HgwError: the item cannot be shared (``message_nl`` says why, in Dutch).
        """
        payload = self._provider(typed_name)
        _item, issue = parse_item(payload)
        if issue is not None:
            raise HgwError(f"item refused: {issue.code} {issue.field}", message_nl=_refusal(issue, payload))
        return payload

    def _handle_message(self, _widget, content, _buffers) -> None:
        if not isinstance(content, dict) or content.get("event") != "request":
            return
        typed = content.get("naam")
        try:
            payload = self.payload(typed if isinstance(typed, str) else None)
        except HgwError as exc:
            self.send({"event": "payload", "ok": False, "bericht": exc.message_nl})
            return
        except Exception:  # noqa: BLE001 - no traceback reaches the visitor
            log.exception("share: making the payload failed")
            self.send({"event": "payload", "ok": False, "bericht": t("common.error.unexpected")})
            return
        self.requests += 1
        self.send({"event": "payload", "ok": True, "payload": payload})


class ShareWithTrainer(widgets.VBox):
    """The line that says what sharing does and the optional name field; ``button()`` makes the buttons.

    One panel per exercise; its buttons sit next to what the participant made and all use the name
    typed here (empty = anonymous, at most ``domain.wall.MAX_NAME_CHARS`` characters).
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-share-panel")
        self.add_class("hgw-form")
        self._name = widgets.Text(description=t("share.name"), placeholder=t("share.name_placeholder"),
                                  layout=widgets.Layout(width="22em", max_width="100%"))
        self._name.add_class("hgw-share-name")
        self._buttons: list[ShareButton] = []
        self.children = [widgets.HTML(f"<p class='hgw-share-line'>{esc(t('share.line'))}</p>"), self._name]

    @property
    def name(self) -> str:
        """The name as it goes to the wall: one tidy line, ``""`` = anonymous (too long is refused later)."""
        return one_line(self._name.value, None)

    def _name_at_click(self, typed: str | None) -> str:
        """The name as the browser showed it at the click (``typed``), else the kernel's; one tidy line."""
        return one_line(typed, None) if isinstance(typed, str) else self.name

    def button(self, payload: Callable[[str], dict], *, what: str = "") -> ShareButton:
        """A "Deel met de trainer" button for one item.

        Args:
            payload: ``payload(name) -> dict``, e.g. ``lambda name: payload_for_goal(goal.text, name=name)``.
            what: what it shares, for screen readers ("doel 2").
        """
        button = ShareButton(lambda typed: payload(self._name_at_click(typed)), what=what, name_field=self._name)
        self._buttons.append(button)
        return button

    def close_buttons(self) -> None:
        """Close the buttons made so far (a list redrawn makes new ones; each carries its script)."""
        for button in self._buttons:
            button.close()
        self._buttons.clear()

    def type_name(self, name: str) -> None:
        """Type a name as the participant would (tests)."""
        self._name.value = name

