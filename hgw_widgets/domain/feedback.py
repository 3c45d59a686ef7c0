"""Specific feedback from the goals on a card: name what you saw, then the next small step.

After Jordi's card the book shows the style: "fijn dat je me gedag zegt en je
jas meteen aan de kapstok hangt" (the behaviour, not "goed zo"), and for what
can be better it first acknowledges ("Prima als jij je vrienden wilt
begroeten") and then asks for the next small step. ``suggest_feedback`` makes
such sentences from the student goals of the card as it is now, turning
"Ik hang mijn jas ..." into "je hangt je jas ..." and "je jas ... te hangen";
what someone else does ("en de mentor groet terug") is left out. What went
well cannot be read from a card: without tracking data the sentence leaves a
field for the learner to fill in. They are suggestions: the learner edits them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..messages import t
from . import dutch
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
_PARTICLES = frozenset("op af aan in uit mee terug weg door over om na toe bij neer binnen".split())
_OPENERS = frozenset("als wanneer zodra voordat nadat terwijl omdat zodat tot totdat".split())
# "... en de mentor groet terug": a part of the goal that someone else does is not the student's behaviour.
_OTHER_SUBJECT = re.compile(
    r"\s+(?:en|,)\s+(?:de|mijn|zijn|haar|onze)\s+(?:mentor|docent|leraar|lerares|juf|meester|moeder|vader|ouders?|"
    r"klas|klasgenoten?|zorgcoördinator)\b.*$|\s+en\s+(?:hij|zij|ze|die)\s+\w+.*$", re.I)


@dataclass(frozen=True)
class Suggestion:
    """One feedback sentence for one goal: ``kind`` is "well" or "better"."""

    goal_index: int
    goal: str
    kind: Kind
    text: str


def student_part(goal: str) -> str:
    """The goal without what someone else does ("..., en de mentor groet terug")."""
    return _OTHER_SUBJECT.sub("", goal.strip().rstrip(".!"))


def _conjugate(verb: str) -> str:
    verb = verb.lower()
    return _IRREGULAR.get(verb) or (verb if verb.endswith("t") else verb + "t")


def _you(words: list[str]) -> list[str]:
    """Pronouns to the je-form; in a clause with "ik", its last word (the verb) is conjugated too."""
    out: list[str] = []
    clause_has_ik = False
    for index, word in enumerate(words):
        bare = word.lower().rstrip(",")
        if bare in _OPENERS:
            clause_has_ik = False
        if bare == "ik":
            clause_has_ik = True
        mapped = _PRONOUNS.get(bare, word)
        last = index == len(words) - 1 or words[index].endswith(",")
        if clause_has_ik and last and bare not in _PRONOUNS:
            mapped = _conjugate(bare) + ("," if word.endswith(",") else "")
            clause_has_ik = False
        out.append(mapped)
    return out


def second_person(goal: str) -> str | None:
    """"Ik hang mijn jas op." -> "je hangt je jas op"; None if the goal is not in the ik-form."""
    words = student_part(goal).split()
    if len(words) < 2 or words[0].lower() != "ik":
        return None
    return " ".join(["je", _conjugate(words[1]), *_you(words[2:])])


def _te_clause(verb: str, words: list[str]) -> list[str]:
    infinitive = dutch.infinitive_of(verb.lower())
    if words and words[-1].lower() in _PARTICLES:
        return [*words[:-1], words[-1], "te", infinitive]
    if words and words[-1].lower() in dutch.infinitives() and verb.lower() in ("ga", "blijf", "kom", "wil"):
        return [*words[:-1], "te", infinitive, words[-1]]
    return [*words, "te", infinitive]


def te_infinitive(goal: str) -> str | None:
    """"Ik hang mijn jas op." -> "je jas op te hangen"; None if the goal is not in the ik-form."""
    words = student_part(goal).split()
    if len(words) < 2 or words[0].lower() != "ik":
        return None
    rest = _you(words[2:])
    cut = next((i for i, w in enumerate(rest) if w.lower() in _OPENERS or w.endswith(",")), len(rest))
    if cut < len(rest) and rest[cut].endswith(","):
        head, tail = rest[:cut + 1], rest[cut + 1:]
        head[-1] = head[-1].rstrip(",")
        tail = [","] + tail if tail else []
    else:
        head, tail = rest[:cut], rest[cut:]
    parts, verb, current = [], words[1], []
    for index, word in enumerate(head):
        if word == "en" and index + 1 < len(head) and head[index + 1].lower() in dutch.action_forms():
            parts.append(_te_clause(verb, current))
            verb, current = head[index + 1], []
            continue
        if current == [] and parts and word == verb:
            continue
        current.append(word)
    parts.append(_te_clause(verb, current))
    text = " en ".join(" ".join(p) for p in parts)
    if tail and tail[0] == ",":
        return f"{text}, {' '.join(tail[1:])}"
    return f"{text} {' '.join(tail)}" if tail else text


def _sentence(kind: Kind, name: str, goal: str, *, done: int | None = None, total: int | None = None) -> str:
    clause = second_person(goal)
    step = te_infinitive(goal)
    quoted = student_part(goal)
    if kind == "well":
        if clause:
            return t("card.feedback.well_clause", name=name, clause=clause)
        return t("card.feedback.well_quote", name=name, goal=quoted)
    if done and total and step:
        return t("card.feedback.better_counts", name=name, step=step, done=done, total=total)
    if done and total:
        return t("card.feedback.better_counts_quote", name=name, goal=quoted, done=done, total=total)
    if step:
        return t("card.feedback.better_clause", name=name, step=step)
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
