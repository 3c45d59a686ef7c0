"""The planner's words for whom a plan is: a conversation with parents, or a team meeting.

A klassen-, leerling- or groepsbespreking (``ConversationPlan.audience == "team"``) is about a class or a
student and held by colleagues: the planner then asks for "Klas of leerling", a "Voorzitter", and names
no guideline meant for a talk with parents (newcomer finding, issue 17). What the plan must hold is the
domain's (``conversation.plan_issues``); this table only holds the words, by name.
"""

from __future__ import annotations

from ..messages import t

PARENT_WORDS = {
    "intro": "conversation.planner.intro",
    "section_talk": "conversation.planner.section_talk",
    "section_examples": "conversation.planner.section_examples",
    "section_areas": "conversation.planner.section_areas",
    "section_check": "conversation.planner.section_check",
    "student": "conversation.planner.student",
    "student_placeholder": "conversation.planner.student_placeholder",
    "reason_placeholder": "conversation.planner.reason_placeholder",
    "goals_placeholder": "conversation.planner.goals_placeholder",
    "participants_placeholder": "conversation.planner.participants_placeholder",
    "chair": "conversation.planner.chair",
    "school": "conversation.planner.school",
    "school_placeholder": "conversation.planner.school_placeholder",
    "home": "conversation.planner.home",
    "home_placeholder": "conversation.planner.home_placeholder",
    "concern_placeholder": "conversation.planner.concern_placeholder",
}
TEAM_WORDS = {
    "intro": "conversation.planner.team.intro",
    "section_talk": "conversation.planner.team.section_talk",
    "section_examples": "conversation.planner.team.section_examples",
    "section_areas": "conversation.planner.team.section_areas",
    "section_check": "conversation.planner.team.section_check",
    "student": "conversation.planner.team.student",
    "student_placeholder": "conversation.planner.team.student_placeholder",
    "reason_placeholder": "conversation.planner.team.reason_placeholder",
    "goals_placeholder": "conversation.planner.team.goals_placeholder",
    "participants_placeholder": "conversation.planner.team.participants_placeholder",
    "chair": "conversation.planner.team.chair",
    "school": "conversation.planner.team.school",
    "school_placeholder": "conversation.planner.team.school_placeholder",
    "home": "conversation.planner.team.home",
    "home_placeholder": "conversation.planner.team.home_placeholder",
    "concern_placeholder": "conversation.planner.team.concern_placeholder",
}


def words(audience: str) -> dict[str, str]:
    """The planner's labels, placeholders and headings for ``audience`` ("parents" or "team"), by name."""
    keys = TEAM_WORDS if audience == "team" else PARENT_WORDS
    return {name: t(key) for name, key in keys.items()}
