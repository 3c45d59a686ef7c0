"""PlannerLetter: the invitation part of the conversation planner (who sends it, to whom, when, where).

A part of ``ConversationPlanner``: it reads the plan through ``plan()``, shows the letter as it will be
sent and what was left out of it, and tells the planner when a field changed (``on_change``); the
letter's fields are not part of the plan (they are kept as drafts in the browser). A team meeting
(``plan.audience == "team"``: klassen-, leerling-, groepsbespreking) gets no letter to parents but an
agenda for the team (``domain.agenda``), without the Aanhef field.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.agenda import agenda_issues, team_agenda
from ..domain.conversation import ConversationPlan
from ..domain.invitation import (
    MAX_CONCERNS_IN_LETTER, MAX_STRENGTHS_IN_LETTER, LetterFields, invitation, letter_content, letter_issues,
)
from ..domain.issues import Issue
from ..messages import t
from ._guard import guarded
from ._html import esc


class PlannerLetter(widgets.VBox):
    """The invitation letter: addressee, time, place, sender, the letter and a note on what it leaves out.

    Args:
        plan: returns the plan as it stands.
        on_change: called (without arguments) when one of the letter's fields changed.
    """

    def __init__(self, *, plan: Callable[[], ConversationPlan], on_change: Callable[[], None], **kwargs) -> None:
        super().__init__(**kwargs)
        self._plan = plan
        self._on_change = on_change
        style = {"description_width": "9em"}

        def text(key: str, placeholder: str, css: str) -> widgets.Text:
            # each field its own Layout: hiding the Aanhef for a team must not hide Tijd and Plaats with it
            w = widgets.Text(description=t(key), placeholder=t(placeholder), layout=widgets.Layout(width="100%"),
                             style=style, continuous_update=False)
            w.add_class(css)
            return w

        self._sender = text("conversation.planner.sender", "conversation.planner.sender_placeholder", "hgw-plan-sender")
        self._addressee = text("conversation.planner.addressee", "conversation.planner.addressee_placeholder", "hgw-plan-addressee")
        self._time = text("conversation.planner.time", "conversation.planner.time_placeholder", "hgw-plan-time")
        self._place = text("conversation.planner.place", "conversation.planner.place_placeholder", "hgw-plan-place")
        self._invitation = widgets.HTML()
        self._invitation.add_class("hgw-plan-invitation")
        self._note = widgets.HTML()
        self._note.add_class("hgw-plan-letter-note")
        self._heading = widgets.HTML()
        self.children = [self._heading, self._addressee, self._time, self._place, self._sender, self._invitation, self._note]
        for field in (self._sender, self._addressee, self._time, self._place):
            field.observe(self._on_field, names="value")

    @property
    def drafts(self) -> dict[str, widgets.ValueWidget]:
        """The fields whose values the work bar keeps in the browser, by name."""
        return {"sender": self._sender, "addressee": self._addressee, "time": self._time, "place": self._place}

    @property
    def fields(self) -> LetterFields:
        """The letter's fields as typed, cleaned."""
        return LetterFields.from_values(addressee=self._addressee.value, time=self._time.value,
                                        place=self._place.value, sender=self._sender.value)

    def issues(self) -> tuple[Issue, ...]:
        """What the letter (``invitation.letter_issues``) or the team's agenda (``agenda.agenda_issues``) still lacks."""
        plan = self._plan()
        return agenda_issues(plan, self.fields) if plan.audience == "team" else letter_issues(plan, self.fields)

    def show(self) -> None:
        """Draw the letter (or the team's agenda) for the plan as it stands."""
        plan, fields = self._plan(), self.fields
        team = plan.audience == "team"
        self._heading.value = (f"<h4>{esc(t('conversation.planner.section_agenda'))}</h4><p class='hgw-muted'>"
                               f"{esc(t('conversation.planner.agenda_intro'))}</p>" if team
                               else f"<h4>{esc(t('conversation.planner.section_invitation'))}</h4>")
        self._addressee.layout.display = "none" if team else None
        if team:
            text = team_agenda(plan, time=fields.time, place=fields.place, sender=fields.sender)
        else:
            text = invitation(plan, sender=fields.sender, addressee=fields.addressee, time=fields.time, place=fields.place)
        self._invitation.value = f"<pre style='white-space:pre-wrap;font-family:inherit'>{esc(text)}</pre>"
        if team:
            self._note.value = ""
            return
        content = letter_content(plan)
        notes = []
        if content.strengths_left_out:
            key = ("conversation.planner.letter_strengths_left_out_one" if content.strengths_left_out == 1
                   else "conversation.planner.letter_strengths_left_out")
            notes.append(t(key, shown=MAX_STRENGTHS_IN_LETTER, rest=content.strengths_left_out))
        if content.concerns_left_out:
            key = ("conversation.planner.letter_concerns_left_out_one" if content.concerns_left_out == 1
                   else "conversation.planner.letter_concerns_left_out")
            notes.append(t(key, shown=MAX_CONCERNS_IN_LETTER, rest=content.concerns_left_out))
        self._note.value = "".join(f"<p class='hgw-muted'>{esc(n)}</p>" for n in notes)

    @guarded
    def _on_field(self, _change=None) -> None:
        self.show()
        self._on_change()
