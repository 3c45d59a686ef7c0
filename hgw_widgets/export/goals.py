"""Drafted goals (chapter 02's goal drafter) as JSON data and as a printable ``Document``.

The JSON also carries the draft that was being written (text and the three judgement boxes), so
a page reload finds the drafter as it was left.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.goals import Goal
from ..domain.smarti import AUTOMATIC, Status
from ..messages import t
from .cards import goal_from_dict, goal_to_dict
from .document import Document, Heading, Paragraph, Table
from .jsonio import get_bool, get_dict, get_list, get_str

KIND = "drafted_goals"
SHARED_KEY = "doelen-uit-hoofdstuk-02"
"""Workbook-wide browser copy of the drafted goals: chapter 03's goal card offers to take them over."""
MAX_SAVED_GOALS = 50
"""More goals than this in a file is not a drafter's list (the drafter itself holds fewer)."""

_STATUS_KEYS = {Status.MET: "common.status.met", Status.NOT_MET: "common.status.not_met",
                Status.JUDGEMENT: "common.status.judgement"}


@dataclass(frozen=True)
class Draft:
    """The goal being written: its text and the learner's three judgements (A, R, I)."""

    text: str = ""
    acceptable: bool = False
    realistic: bool = False
    inspiring: bool = False


def drafted_to_dict(goals: tuple[Goal, ...], draft: Draft = Draft()) -> dict:
    """The drafted goals and the draft as JSON-ready data."""
    return {
        "goals": [goal_to_dict(g) for g in goals],
        "draft": {"text": draft.text, "acceptable": draft.acceptable, "realistic": draft.realistic,
                  "inspiring": draft.inspiring},
    }


def drafted_from_dict(data: object) -> tuple[tuple[Goal, ...], Draft]:
    """Goals and draft from saved data; raises ``SaveFileError`` if anything is malformed."""
    data = get_dict(data, "drafted goals")
    goals = tuple(goal_from_dict(g) for g in get_list(data, "goals", max_items=MAX_SAVED_GOALS))
    raw = data.get("draft") or {}
    draft_data = get_dict(raw, "draft")
    draft = Draft(
        text=get_str(draft_data, "text", default="", max_len=5_000),
        acceptable=get_bool(draft_data, "acceptable", default=False),
        realistic=get_bool(draft_data, "realistic", default=False),
        inspiring=get_bool(draft_data, "inspiring", default=False),
    )
    return goals, draft


def drafted_document(goals: tuple[Goal, ...]) -> Document:
    """One page: every drafted goal with the SMARTI check's verdict per criterion."""
    blocks: list = [Paragraph(t("drafter.export.intro"), muted=True)]
    if not goals:
        blocks.append(Paragraph(t("drafter.list.empty")))
    for index, goal in enumerate(goals, start=1):
        report = goal.report
        blocks.append(Heading(f"{index}. {goal.text}", level=3))
        rows = [(report[name].label, t(_STATUS_KEYS[report[name].status]), report[name].hint)
                for name in AUTOMATIC]
        for name, own in (("acceptable", goal.acceptable), ("realistic", goal.realistic), ("inspiring", goal.inspiring)):
            rows.append((report[name].label, t("drafter.export.yes") if own else t("drafter.export.open"), ""))
        blocks.append(Table((t("drafter.export.criterion"), t("drafter.export.verdict"), t("drafter.export.hint")),
                            tuple(rows)))
    return Document(t("drafter.export.title"), blocks=tuple(blocks))
