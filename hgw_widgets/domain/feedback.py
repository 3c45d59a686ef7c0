"""Specific feedback from the goals on a card: name what you saw, ask for the next small step.

After Jordi's card the book shows the style: "fijn dat je me gedag zegt en je
jas meteen aan de kapstok hangt" (the behaviour, not "goed zo"), and for what
can be better a question about the next small step. ``suggest_feedback``
makes such sentences from a card's student goals, turning "Ik hang mijn
jas ..." into "je hangt je jas ...". They are suggestions: the learner edits
them in the view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..messages import t
from .goal_card import GoalCard
from .tracking import Evaluation

Kind = Literal["well", "better"]

# ik-form -> je-form of verbs that do not simply take a -t.
_IRREGULAR = {
    "ben": "bent", "ga": "gaat", "sta": "staat", "doe": "doet", "zie": "ziet", "sla": "slaat",
    "heb": "hebt", "kan": "kunt", "wil": "wilt", "zal": "zult", "mag": "mag", "kom": "komt",
    "zeg": "zegt", "blijf": "blijft", "schrijf": "schrijft", "word": "wordt", "vind": "vindt",
}
_PRONOUNS = {"mijn": "je", "me": "je", "mij": "jou", "ik": "je", "mezelf": "jezelf", "mijzelf": "jezelf"}


@dataclass(frozen=True)
class Suggestion:
    """One feedback sentence for one goal: ``kind`` is "well" or "better"."""

    goal_index: int
    goal: str
    kind: Kind
    text: str


def second_person(goal: str) -> str | None:
    """"Ik hang mijn jas op." -> "je hangt je jas op"; None if the goal is not in the ik-form."""
    words = goal.strip().rstrip(".!").split()
    if len(words) < 2 or words[0].lower() != "ik":
        return None
    verb = words[1].lower()
    conjugated = _IRREGULAR.get(verb) or (verb if verb.endswith("t") else verb + "t")
    rest = [_PRONOUNS.get(w.lower(), w) for w in words[2:]]
    return " ".join(["je", conjugated, *rest])


def _sentence(kind: Kind, name: str, goal: str, *, done: int | None = None, total: int | None = None) -> str:
    clause = second_person(goal)
    quoted = goal.strip().rstrip(".")
    if kind == "well":
        if clause:
            return t("card.feedback.well_clause", name=name, clause=clause)
        return t("card.feedback.well_quote", name=name, goal=quoted)
    if done is not None and total:
        return t("card.feedback.better_counts", name=name, goal=quoted, done=done, total=total)
    if clause:
        return t("card.feedback.better_clause", name=name, clause=clause)
    return t("card.feedback.better_quote", name=name, goal=quoted)


def suggest_feedback(card: GoalCard, *, evaluation: Evaluation | None = None) -> tuple[Suggestion, ...]:
    """Feedback sentences for the student's goals on ``card``.

    Without an evaluation every student goal gets one "well" and one "better"
    sentence. With one, a reached goal gets "well", a goal not yet reached
    gets "better" with its count, and a goal without data gets both.
    """
    name = card.student.strip() or t("card.feedback.no_name")
    results = {r.goal: r for r in evaluation.results} if evaluation else {}
    out: list[Suggestion] = []
    for index, goal in enumerate(card.goals):
        if goal.owner != "student":
            continue
        result = results.get(goal.text)
        if result is None or result.share is None:
            out.append(Suggestion(index, goal.text, "well", _sentence("well", name, goal.text)))
            out.append(Suggestion(index, goal.text, "better", _sentence("better", name, goal.text)))
        elif result.reached:
            out.append(Suggestion(index, goal.text, "well", _sentence("well", name, goal.text)))
        else:
            out.append(Suggestion(index, goal.text, "better", _sentence(
                "better", name, goal.text, done=result.done, total=result.done + result.not_yet)))
    return tuple(out)
