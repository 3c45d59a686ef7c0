"""MeetingAgreements: the agreements of a meeting ("who does what, when"), typed, listed, checked, removed.

A part of ``MeetingMode``: it reads the meeting through ``meeting()`` and hands a changed meeting to
``on_change``; it keeps no meeting of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.conversation import agreement_issues
from ..domain.formats import list_text
from ..domain.meeting import Meeting, add_agreement
from ..messages import t
from ._guard import guarded
from ._html import esc, notice, too_long_notice

_CRITERION_KEYS = {
    "specific": "meeting.criterion.specific",
    "measurable": "meeting.criterion.measurable",
    "positive": "meeting.criterion.positive",
    "who": "meeting.criterion.who",
    "when": "meeting.criterion.when",
}


class MeetingAgreements(widgets.VBox):
    """The list of agreements, the three fields of a new one and "Afspraak vastleggen".

    Args:
        meeting: returns the meeting as it stands.
        on_change: called with the meeting with an agreement added or removed.
        message: the owner's message area, where the part says what happened.
    """

    def __init__(self, *, meeting: Callable[[], Meeting], on_change: Callable[[Meeting], None],
                 message: widgets.HTML, **kwargs) -> None:
        super().__init__(**kwargs)
        self._meeting = meeting
        self._on_change = on_change
        self._message = message
        wide = widgets.Layout(width="100%")
        style = {"description_width": "6em"}
        self._who = widgets.Text(description=t("meeting.mode.who"), placeholder=t("meeting.mode.who_placeholder"), layout=wide, style=style)
        self._who.add_class("hgw-agreement-who")
        self._what = widgets.Text(description=t("meeting.mode.what"), placeholder=t("meeting.mode.what_placeholder"), layout=wide, style=style)
        self._what.add_class("hgw-agreement-what")
        self._when = widgets.Text(description=t("meeting.mode.when"), placeholder=t("meeting.mode.when_placeholder"), layout=wide, style=style)
        self._when.add_class("hgw-agreement-when")
        self._add = widgets.Button(description=t("meeting.mode.add"), icon="plus", button_style="primary", layout=widgets.Layout(width="auto"))
        self._add.add_class("hgw-agreement-add")
        self._list = widgets.VBox()
        self._list.add_class("hgw-agreements")
        self.children = [
            widgets.HTML(f"<h4>{esc(t('meeting.mode.agreements'))}</h4><p class='hgw-muted'>{esc(t('meeting.mode.agreements_hint'))}</p>"),
            self._list, self._who, self._what, self._when, widgets.HBox([self._add]),
        ]
        self._add.on_click(self._on_add)

    @property
    def drafts(self) -> dict[str, widgets.ValueWidget]:
        """The fields whose half-typed values the work bar keeps in the browser, by name."""
        return {"who": self._who, "what": self._what, "when": self._when}

    def clear_draft(self) -> None:
        """Empty the fields of an agreement not yet added (a new meeting starts clean)."""
        self._who.value = self._what.value = self._when.value = ""

    def show(self) -> None:
        """Draw the agreements of the meeting as it stands, each with what SMARTI still misses."""
        items = self._meeting().record.agreements
        if not items:
            self._list.children = [widgets.HTML(f"<p class='hgw-muted'>{esc(t('meeting.mode.no_agreements'))}</p>")]
            return
        rows = []
        for index, agreement in enumerate(items):
            missing = [t(_CRITERION_KEYS[i.field]) for i in agreement_issues(agreement) if i.field in _CRITERION_KEYS]
            tip = f"<br><span class='hgw-muted'>{esc(t('meeting.mode.smarti_missing', missing=list_text(missing)))}</span>" if missing else ""
            label = widgets.HTML(f"<div class='hgw-agreement'><strong>{index + 1}.</strong> {esc(agreement.sentence)}{tip}</div>")
            label.layout.flex = "1 1 auto"
            remove = widgets.Button(icon="trash", tooltip=t("meeting.mode.remove"),
                                    layout=widgets.Layout(width="auto", min_width="2.8em", flex="0 0 auto"))
            remove.add_class("hgw-agreement-remove")
            remove.on_click(lambda _b, i=index: self._on_remove(i))
            rows.append(widgets.HBox([label, remove], layout=widgets.Layout(align_items="center")))
        self._list.children = rows

    @guarded
    def _on_add(self, _button=None) -> None:
        meeting, issues = add_agreement(self._meeting(), self._who.value, self._what.value, self._when.value)
        if issues and issues[0].code == "too_long":
            labels = {"who": t("meeting.mode.who"), "what": t("meeting.mode.what"), "when": t("meeting.mode.when")}
            values = {"who": self._who.value, "what": self._what.value, "when": self._when.value}
            self._message.value = too_long_notice(issues, labels, values)
            return
        if issues:
            key = "meeting.mode.full" if issues[0].code == "full" else "meeting.mode.incomplete"
            self._message.value = notice(t(key, max=issues[0].detail), kind="warning")
            return
        self._on_change(meeting)
        self._who.value = self._what.value = self._when.value = ""
        self._message.value = notice(t("meeting.mode.added"), kind="success")

    @guarded
    def _on_remove(self, index: int) -> None:
        self._on_change(self._meeting().without_agreement(index))
        self._message.value = notice(t("meeting.mode.removed"), kind="info")
