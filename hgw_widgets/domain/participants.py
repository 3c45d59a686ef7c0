"""Who is at the table of a conversation or meeting: participants and their roles.

A participant is a name ("Sanne", or just "moeder") with a role from ``ROLES``; the planner's
text field holds one per line ("Kevin, leerling"), read by ``parse_participants`` and written
back by ``participants_text``. Split from ``conversation`` (one concept per module, issue 15).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import t
from .text import one_line

MAX_PARTICIPANTS = 20
"""Lines read from the participants field."""
MAX_NAME = 60
"""Characters of a participant's name and of the role text after the comma."""

ROLES: tuple[str, ...] = ("chair", "mentor", "parents", "student", "care_coordinator", "teacher", "other")
ROLE_KEYS = {
    "chair": "conversation.role.chair",
    "mentor": "conversation.role.mentor",
    "parents": "conversation.role.parents",
    "student": "conversation.role.student",
    "care_coordinator": "conversation.role.care_coordinator",
    "teacher": "conversation.role.teacher",
    "other": "conversation.role.other",
}
_SELF_DESCRIBING = {"moeder", "vader", "ouders", "ouder", "verzorger", "mentor", "zorgcoördinator", "docent"}


@dataclass(frozen=True)
class Participant:
    """Someone at the table: a name (or "moeder") and a role from ``ROLES``."""

    name: str
    role: str = "other"

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; expected one of {ROLES}")

    @property
    def label(self) -> str:
        """E.g. "Kevin (leerling)"; just "mentor" when the name is the role."""
        role = t(ROLE_KEYS[self.role])
        if (self.name.lower() in _SELF_DESCRIBING or self.name.lower().startswith(role.lower())
                or self.role == "other"):
            return self.name
        return t("conversation.participant", name=self.name, role=role)


_ROLE_WORDS = {
    "zorgcoördinator": "care_coordinator", "zorgcoordinator": "care_coordinator", "mentor": "mentor",
    "moeder": "parents", "vader": "parents", "ouders": "parents", "ouder": "parents", "verzorger": "parents",
    "docent": "teacher", "leraar": "teacher", "leerling": "student", "gespreksleider": "chair",
}


def guess_role(name: str, role_text: str = "", *, student: str = "") -> str:
    """A role from ``ROLES`` for "moeder", "Kevin" (the student) or "Sanne" + "mentor"."""
    for text in (role_text.lower().strip(), name.lower().strip()):
        for word, role in _ROLE_WORDS.items():
            if text.startswith(word):
                return role
    if student and name.strip().lower() == student.strip().lower():
        return "student"
    return "other"


def parse_participants(text: str, *, student: str = "") -> tuple[Participant, ...]:
    """Participants from lines like "moeder", "Kevin, leerling" or "Sanne, mentor"."""
    out: list[Participant] = []
    for line in (text or "").splitlines()[:MAX_PARTICIPANTS]:
        name, _, role_text = line.partition(",")
        name = one_line(name, MAX_NAME)
        if name:
            out.append(Participant(name, guess_role(name, one_line(role_text, MAX_NAME), student=student)))
    return tuple(out)


def participants_text(participants: tuple[Participant, ...]) -> str:
    """The lines ``parse_participants`` reads back."""
    return "\n".join(p.label.replace(" (", ", ").rstrip(")") if p.label != p.name else p.name for p in participants)
