"""Wording what goes well and what worries (guideline 5): the wij-boodschap and the seven areas.

``conversation.we_message`` and ``conversation.metacommunication`` build the
sentences; this module adds what a learner needs while writing one: findings
as data (``wording_issues``: empty, too long, no example, an example that is
not concrete) and the team variant "Wij vinden het als team moeilijk om ...".
``team_message`` and ``we_message`` live in ``domain.concern_sentences``.
``StrengthsSheet`` collects positive aspects and concerns per area of ``AREAS``
for one student, so that no area is skipped. ``we_message``, ``metacommunication``
and ``Concern`` live in ``domain.conversation`` (import them from there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..messages import t
from .areas import AREAS, Strength
from .case import Case
from .concern_sentences import team_message, we_message
from .sentence_form import is_name_only
from .conversation import Concern
from .text import MAX_LINE, MAX_TEXT, one_line
from .issues import Issue
from .replies import label_words

__all__ = [
    "MAX_CONCERN",
    "MAX_EXAMPLE",
    "MAX_PER_AREA",
    "StrengthsSheet",
    "example_issues",
    "phrase",
    "sheet_issues",
    "team_message",
    "wording_issues",
]

MAX_CONCERN = MAX_LINE
MAX_EXAMPLE = MAX_TEXT
MAX_PER_AREA = 10
"""At most this many positive aspects (and as many concerns) per area."""


# An example is concrete when it says when or where it happened, or quotes what was said.
_WHEN_WHERE = re.compile(
    r"\b(vandaag|gisteren|eergisteren|vanochtend|vanmiddag|gistermiddag|gisterochtend|vorige\s+week|deze\s+week|"
    r"afgelopen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|(?:in|tijdens|na|voor|bij)\s+(?:de|het)\s+"
    r"(?:les|pauze|gym|toets|proefwerk|mentoruur|leswisseling|kantine|gang|trap)|"
    r"(?:in|tijdens|na|bij)\s+(?:engels|nederlands|wiskunde|biologie|duits|frans|gym|techniek|geschiedenis)|"
    r"om\s+\d|\d{1,2}[-/ ]\d{1,2}|\d+\s+(?:keer|minuten|lessen))\b",
    re.I,
)


def wording_issues(concern: object, example: object) -> tuple[Issue, ...]:
    """What a concern and its example still lack, as data.

    Codes: ``empty`` (field ``concern``), ``too_long`` (``concern`` or ``example``;
    detail = the limit), ``name_only`` (``concern``: only a name, no behaviour), ``no_example`` (``example``), ``labels`` (``example``; detail = the words), ``not_concrete``
    (``example``: no moment or place, or only "altijd"/"nooit").
    """
    issues: list[Issue] = []
    concern_text = concern if isinstance(concern, str) else ""
    if not concern_text.strip():
        issues.append(Issue("empty", "concern"))
    elif len(concern_text) > MAX_CONCERN:
        issues.append(Issue("too_long", "concern", str(MAX_CONCERN)))
    elif is_name_only(concern_text):
        issues.append(Issue("name_only", "concern"))
    issues.extend(example_issues(example))
    return tuple(issues)


def example_issues(example: object) -> tuple[Issue, ...]:
    """Is an example concrete and recent? Codes ``no_example``, ``too_long``, ``labels``, ``not_concrete``.

    Concrete means it names a moment or a place ("dinsdag na Engels", "in de pauze",
    "vorige week") or quotes what was said; "hij let altijd slecht op" is not. A label
    ("gisteren was hij een etterbak") describes no behaviour: code ``labels``, detail = the words.
    """
    text = example if isinstance(example, str) else ""
    if not text.strip():
        return (Issue("no_example", "example"),)
    if len(text) > MAX_EXAMPLE:
        return (Issue("too_long", "example", str(MAX_EXAMPLE)),)
    labels = label_words(text, strict=False)
    if labels:
        return (Issue("labels", "example", ", ".join(labels)),)
    if not _WHEN_WHERE.search(text) and not re.search(r"[\"“‘']", text):
        return (Issue("not_concrete", "example"),)
    return ()


def phrase(concern: str, example: str = "", *, team: bool = False) -> str:
    """The wij-boodschap (``team=False``) or the team variant of a concern.

    Raises:
        ValueError: the concern is empty.
    """
    return team_message(concern, example) if team else we_message(concern, example)


def _lines(items: object) -> tuple[str, ...]:
    """Untrusted text (one item per line) or a list of texts -> tidy, non-empty, unique lines."""
    raw = items.splitlines() if isinstance(items, str) else items if isinstance(items, (list, tuple)) else ()
    seen: list[str] = []
    for item in raw:
        line = one_line(item, MAX_LINE)
        if line and line not in seen:
            seen.append(line)
    return tuple(seen[:MAX_PER_AREA])


@dataclass(frozen=True)
class StrengthsSheet:
    """Positive aspects and concerns of one student, per area of guideline 5.

    Args:
        student: the student's name (may be empty).
        strengths: what goes well, each in one of ``AREAS``.
        concerns: what worries, each with an area.
    """

    student: str = ""
    strengths: tuple[Strength, ...] = ()
    concerns: tuple[Concern, ...] = ()

    @classmethod
    def from_case(cls, case: Case, *, conversation: int = 0) -> StrengthsSheet:
        """What the case's conversation names (Kevin's first by default), one line per item.

        Concerns without an area are left out; examples belong to the wij-boodschap, not the sheet.
        """
        conv = case.conversations[conversation] if case.conversations else None
        if conv is None:
            return cls(student=case.student.name)
        strengths = tuple(Strength(s.area, s.text) for s in conv.strengths)
        concerns = tuple(Concern(c.text, "", c.area) for c in conv.concerns if c.area)
        return cls(student=case.student.name, strengths=strengths, concerns=concerns)

    def area_strengths(self, area: str) -> tuple[str, ...]:
        """The positive aspects in one area, in order."""
        return tuple(s.text for s in self.strengths if s.area == area)

    def area_concerns(self, area: str) -> tuple[str, ...]:
        """The concerns in one area, in order."""
        return tuple(c.text for c in self.concerns if c.area == area)

    def with_area(self, area: str, strengths: object, concerns: object) -> StrengthsSheet:
        """A copy with one area's lines replaced (text with one item per line, or a list).

        Raises:
            ValueError: ``area`` is not one of ``AREAS``.
        """
        if area not in AREAS:
            raise ValueError(f"unknown area {area!r}; expected one of {AREAS}")
        keep_s = [s for s in self.strengths if s.area != area]
        keep_c = [c for c in self.concerns if c.area != area]
        new_s = [Strength(area, text) for text in _lines(strengths)]
        new_c = [Concern(text, "", area) for text in _lines(concerns)]
        order = {a: i for i, a in enumerate(AREAS)}
        return StrengthsSheet(
            student=self.student,
            strengths=tuple(sorted(keep_s + new_s, key=lambda s: order[s.area])),
            concerns=tuple(sorted(keep_c + new_c, key=lambda c: order[c.area or AREAS[0]])),
        )

    def with_student(self, student: object) -> StrengthsSheet:
        """A copy with another (cleaned) student name."""
        return StrengthsSheet(one_line(student, 80), self.strengths, self.concerns)

    def missing_areas(self) -> tuple[str, ...]:
        """Areas where nothing positive is named yet, in the order of ``AREAS``."""
        named = {s.area for s in self.strengths}
        return tuple(a for a in AREAS if a not in named)


def sheet_issues(sheet: StrengthsSheet) -> tuple[Issue, ...]:
    """What the sheet still lacks, as data.

    Codes: ``no_strengths`` (nothing positive at all), ``more_concerns`` (more concerns
    than positive aspects; detail = "concerns/strengths"), ``missing_area`` (field = the
    area, one per area without a positive aspect).
    """
    issues: list[Issue] = []
    if not sheet.strengths:
        issues.append(Issue("no_strengths", "strengths"))
    elif len(sheet.concerns) > len(sheet.strengths):
        issues.append(Issue("more_concerns", "concerns", f"{len(sheet.concerns)}/{len(sheet.strengths)}"))
    issues.extend(Issue("missing_area", area) for area in sheet.missing_areas())
    return tuple(issues)
