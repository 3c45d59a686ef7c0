"""ExerciseMemory: a practice exercise's answers survive a page reload, in this browser only.

The real-work tools keep their work with a ``WorkBar`` (download, upload, autosave). Practice
exercises have nothing worth a file, but what a learner typed should not vanish when the page
reloads. An exercise lists its text fields (and, if it has any, a little state of its own:
``get_state``/``set_state``); this widget saves them in the browser after every change, puts them
back once when the page loads, and offers "Wis mijn antwoorden" for a shared computer.
What the browser sends back is untrusted: only known names, only text, only within the limits.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping

import ipywidgets as widgets

from ..messages import t
from ._html import esc
from .storage import BrowserStore

log = logging.getLogger("hgw_widgets")

MAX_FIELD_CHARS = 5_000
FORMAT = 1


class ExerciseMemory(widgets.HBox):
    """Keeps an exercise's fields in the browser and restores them on reload.

    Args:
        key: the exercise id for browser storage (the page path is added).
        fields: name -> a Text, Textarea, Dropdown, RadioButtons, ToggleButtons, Checkbox,
            ToggleButton or (Bounded)IntText whose ``value`` is kept.
        get_state: the exercise's own state as JSON-ready data (optional).
        set_state: puts that state back; must validate it and may raise ``ValueError`` (optional).
        on_clear: puts the exercise back to its start after "Wis mijn antwoorden" (fields are emptied here).
        controls: show the note and the "Wis mijn antwoorden" button. Without them the memory is
            invisible: a ``WorkBar`` uses it for what is typed but not yet added (``drafts``).
    """

    def __init__(
        self,
        key: str,
        fields: Mapping[str, widgets.ValueWidget],
        *,
        get_state: Callable[[], object] | None = None,
        set_state: Callable[[object], None] | None = None,
        on_clear: Callable[[], None] | None = None,
        controls: bool = True,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-exercise-memory")
        self._fields = dict(fields)
        self._get_state = get_state
        self._set_state = set_state
        self._on_clear = on_clear
        self._ready = False
        self._quiet = False
        self._saving = True
        self.store = BrowserStore(key)
        self._note = widgets.HTML(f"<span class='hgw-muted'>{esc(t('keep.exercise.note'))}</span>")
        self._clear = widgets.Button(description=t("keep.exercise.clear"), icon="eraser",
                                     tooltip=t("keep.clear.tooltip"), layout=widgets.Layout(width="auto"))
        self._clear.add_class("hgw-exercise-clear")
        self.layout.align_items = "center"
        self.children = [self._note, self._clear, self.store] if controls else [self.store]
        self.store.on_restore(self._restore)
        self.store.on_ready(self._on_ready)
        for widget in self._fields.values():
            widget.observe(lambda _change: self.changed(), names="value")
        self._clear.on_click(self._on_clear_click)

    @property
    def ready(self) -> bool:
        """True once the browser has said what it kept (changes are saved from then on)."""
        return self._ready

    def changed(self) -> None:
        """Save now; exercises call this after a change of their own state."""
        if not self._ready or self._quiet or not self._saving:
            return
        data = {"format": FORMAT, "fields": {n: w.value for n, w in self._fields.items()
                                             if isinstance(w.value, (str, bool, int))}}
        if self._get_state is not None:
            data["state"] = self._get_state()
        self.store.save(json.dumps(data, ensure_ascii=False))

    def set_saving(self, on: bool) -> None:
        """Keep saving after every change (saved at once), or stop and remove the browser's copy."""
        self._saving = bool(on)
        if self._saving:
            self.changed()
        else:
            self.store.clear()

    # --- browser events -------------------------------------------------------------------

    def _on_ready(self) -> None:
        self._ready = True

    def _restore(self, text: str) -> None:
        try:
            data = json.loads(text)
        except ValueError:
            return
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return
        self._quiet = True  # the restored values are what is stored already
        try:
            if self._set_state is not None and "state" in data:
                self._set_state(data["state"])  # first: state may redraw the fields (e.g. another item)
            fields = data.get("fields")
            for name, widget in self._fields.items():
                value = fields.get(name) if isinstance(fields, dict) else None
                if _acceptable(widget, value):
                    widget.value = value
        except Exception:  # a broken copy must never break the page: start fresh instead
            log.warning("exercise memory %s: could not restore", self.store.key, exc_info=True)
        finally:
            self._quiet = False

    def clear(self) -> None:
        """Empty the fields and remove the browser's copy (what "Wis mijn antwoorden" does)."""
        self._on_clear_click()

    def _on_clear_click(self, _button=None) -> None:
        self._quiet = True
        try:
            for widget in self._fields.values():
                if isinstance(widget, _CHOICES):
                    values = _option_values(widget)
                    widget.value = values[0] if values else None
                elif isinstance(widget, _TOGGLES):
                    widget.value = False
                else:
                    widget.value = ""
            if self._on_clear is not None:
                self._on_clear()
        finally:
            self._quiet = False
        self.store.clear()


_CHOICES = (widgets.Dropdown, widgets.RadioButtons, widgets.ToggleButtons)
_TOGGLES = (widgets.Checkbox, widgets.ToggleButton)


def _acceptable(widget: widgets.ValueWidget, value: object) -> bool:
    """What the browser sent back fits this field (a visitor can send anything)."""
    if isinstance(widget, _CHOICES):
        return value in _option_values(widget) and not isinstance(value, (dict, list))
    if isinstance(widget, _TOGGLES):
        return isinstance(value, bool)
    if isinstance(widget, (widgets.IntText, widgets.BoundedIntText)):
        low, high = getattr(widget, "min", -(2**31)), getattr(widget, "max", 2**31)
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    return isinstance(value, str) and len(value) <= MAX_FIELD_CHARS


def _option_values(dropdown: widgets.Dropdown) -> list:
    return [option[1] if isinstance(option, tuple) else option for option in dropdown.options]
