"""What the planner says about a plan: the list of what is still open before the conversation, and the
notice when the mentor's own student replaces the example (chapter 08)."""

from __future__ import annotations

from ..domain.issues import Issue
from ..messages import t
from ._html import esc, notice

_ISSUE_KEYS = {
    "reason": "conversation.planner.issue.reason",
    "goals": "conversation.planner.issue.goals",
    "chair": "conversation.planner.issue.chair",
    "participants": "conversation.planner.issue.participants",
    "phases": "conversation.planner.issue.phases",
    "school_examples": "conversation.planner.issue.school_examples",
    "strengths": "conversation.planner.issue.strengths",
    "no_example": "conversation.planner.issue.no_example",
    "agreement": "conversation.planner.issue.agreement",
    "evaluation_before_meeting": "conversation.planner.issue.evaluation_before_meeting",
    "addressee": "conversation.planner.issue.addressee",
    "meeting_date": "conversation.planner.issue.meeting_date",
    "time": "conversation.planner.issue.time",
    "place": "conversation.planner.issue.place",
    "sender": "conversation.planner.issue.sender",
    "agenda_meeting_date": "conversation.planner.issue.agenda_meeting_date",
    "agenda_time": "conversation.planner.issue.agenda_time",
    "agenda_place": "conversation.planner.issue.agenda_place",
}
_TEAM_ISSUE_KEYS = {  # the same open point, worded for a team meeting (``plan_issues`` asks by audience)
    "student": "conversation.planner.team_issue.student",
    "reason": "conversation.planner.team_issue.reason",
    "goals": "conversation.planner.team_issue.goals",
    "chair": "conversation.planner.team_issue.chair",
    "participants": "conversation.planner.team_issue.participants",
    "agenda_meeting_date": "conversation.planner.team_issue.agenda_meeting_date",
}
_EXAMPLE_PART_KEYS = {
    "student": "conversation.planner.example_part.student",
    "reason": "conversation.planner.example_part.reason",
    "goals": "conversation.planner.example_part.goals",
    "participants": "conversation.planner.example_part.participants",
    "chair": "conversation.planner.example_part.chair",
    "school_examples": "conversation.planner.example_part.school_examples",
    "home_examples": "conversation.planner.example_part.home_examples",
    "strengths": "conversation.planner.example_part.strengths",
    "concerns": "conversation.planner.example_part.concerns",
    "agreements": "conversation.planner.example_part.agreements",
}


def check_html(issues: list[Issue], *, team: bool = False) -> str:
    """The "Klaar voor het gesprek?" list as HTML: one Dutch line per open point, or a success notice.

    ``team``: a team meeting's plan (its points and the notice worded for a bespreking).
    """
    if not issues:
        return notice(t("conversation.planner.team.ready" if team else "conversation.planner.ready"), kind="success")
    keys = {**_ISSUE_KEYS, **_TEAM_ISSUE_KEYS} if team else _ISSUE_KEYS
    return "<ul>" + "".join(
        f"<li>{esc(t(keys[i.code if i.code in keys else i.field], n=i.detail))}</li>" for i in issues) + "</ul>"


def example_removed_html(issue: Issue, *, student: str, example: str, title: str = "") -> str:
    """The notice that the example's content left once another student was named (or a team meeting,
    ``title``, was chosen: ``issue.field == "structure"``); ``issue.detail`` lists the removed parts, comma-separated."""
    parts = [t(_EXAMPLE_PART_KEYS[part]) for part in issue.detail.split(",")]
    named = t("conversation.and_list", first=", ".join(parts[:-1]), last=parts[-1]) if len(parts) > 1 else parts[0]
    if issue.field == "structure":
        return notice(t("conversation.planner.team.example_removed", title=title, example=example, parts=named),
                      kind="info")
    return notice(t("conversation.planner.example_removed", student=student, example=example, parts=named), kind="info")
