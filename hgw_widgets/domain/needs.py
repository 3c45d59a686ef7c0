"""An educational need (onderwijsbehoefte) and the Dutch sentence it makes: "<naam> heeft ... nodig".

Part of the class overview (``class_overview`` re-exports ``NEED_KINDS`` and ``EducationalNeed``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..messages import t
from .areas import MAX_NOTE_CHARS
from .text import one_line

NEED_KINDS: tuple[str, ...] = ("instruction", "tasks", "feedback", "teacher", "classmates", "parents", "other")

_NEED_LEAD_KEYS = {
    "instruction": "overview.need.lead.instruction",
    "tasks": "overview.need.lead.tasks",
    "feedback": "overview.need.lead.feedback",
    "teacher": "overview.need.lead.teacher",
    "classmates": "overview.need.lead.classmates",
    "parents": "overview.need.lead.parents",
}


def _is_sentence(text: str, name: str) -> bool:
    """Whether a typed need is already a whole sentence (see ``EducationalNeed.sentence``)."""
    words = text.casefold().split()
    first_name = name.casefold().split()[0] if name.split() else ""
    if words and words[0].strip(",:") == first_name:
        return True
    return "heeft" in words[1:] and "nodig" in words[words.index("heeft", 1):]


@dataclass(frozen=True)
class EducationalNeed:
    """What a student needs, written as "<naam> heeft ... nodig".

    Args:
        kind: what is needed: instruction, tasks, feedback, a teacher,
            classmates or parents "die ..." (``NEED_KINDS``), or ``"other"``
            for a free text between "heeft" and "nodig".
        text: the part after "die" (or the free text for ``"other"``).
    """

    kind: str
    text: str

    def __post_init__(self) -> None:
        if self.kind not in NEED_KINDS:
            raise ValueError(f"need kind must be one of {NEED_KINDS}, got {self.kind!r}")
        text = one_line(self.text, MAX_NOTE_CHARS).rstrip(".").strip()
        if self.kind != "other" and text.casefold().startswith("die "):
            text = text[4:].strip()
        object.__setattr__(self, "text", text)

    def sentence(self, name: str) -> str:
        """The need as a Dutch sentence, e.g. "Sanne heeft feedback nodig die ...".

        A text typed as a whole sentence is kept as typed (first letter capital, a full stop):
        one that starts with the student's first name, or has "heeft ... nodig" in it
        (newcomer finding: "Noah heeft een weekplanning nodig die ..." became "Noah Notenkraker
        heeft Noah heeft ... nodig."). For ``"other"`` a leading "heeft" and a trailing "nodig"
        are dropped before wrapping. The name is used as given; escape the result before
        showing it as HTML.
        """
        name = one_line(name, MAX_NOTE_CHARS) or t("overview.need.someone")
        if _is_sentence(self.text, name):
            return self.text[:1].upper() + self.text[1:] + "."
        if self.kind == "other":
            text = re.sub(r"^heeft\s+|\s+nodig$", "", self.text, flags=re.IGNORECASE)
            return t("overview.need.sentence_free", name=name, text=text)
        return t("overview.need.sentence", name=name, lead=t(_NEED_LEAD_KEYS[self.kind]), text=self.text)
