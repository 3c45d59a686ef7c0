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
from .smarti import check_smarti
from .tracking_evaluation import Evaluation

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
    rest = _you(words[2:])
    for index in range(1, len(rest)):  # "... en begin direct": the student's second verb, conjugated too
        bare = rest[index].lower()
        if rest[index - 1] == "en" and bare in dutch.action_forms() and _conjugate(bare) in dutch.action_forms() \
                and _conjugate(bare) != bare:
            rest[index] = _conjugate(bare)
    return " ".join(["je", _conjugate(words[1]), *rest])


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


# third person -> ik-form: the verb, and the words that point back at the student.
_THIRD_TO_IK = {"is": "ben", "heeft": "heb", "kan": "kan", "wil": "wil", "zal": "zal", "mag": "mag", "gaat": "ga",
                "staat": "sta", "doet": "doe", "ziet": "zie", "slaat": "sla", "komt": "kom", "zit": "zit", "zet": "zet",
                "weet": "weet", "wordt": "word", "vindt": "vind", "houdt": "houd"}
_SUBJECTS = frozenset({"hij", "zij", "ze"})


def _ik_verb(verb: str) -> str:
    verb = verb.lower()
    if verb in _THIRD_TO_IK:
        return _THIRD_TO_IK[verb]
    known = dutch.infinitives()
    if verb.endswith("t") and dutch.infinitive_of(verb[:-1]) in known:
        return verb[:-1]
    if dutch.infinitive_of(verb) in known:
        return verb
    return verb[:-1] if verb.endswith("t") and len(verb) > 2 else verb


def ik_form(goal: str, name: str = "") -> str | None:
    """A goal about the student in the third person, in the ik-form, so it can be turned to "je".

    "Over drie weken hangt Jordi bij binnenkomst zijn jas aan de kapstok." ->
    "Ik hang bij binnenkomst mijn jas aan de kapstok" (the moment in front is left out: the
    feedback is about what you saw). None if the student is not the subject.
    """
    words = student_part(goal).split()
    subjects = _SUBJECTS | ({name.strip().lower()} if name.strip() else set())
    lower = [w.lower().rstrip(",") for w in words]
    if len(words) >= 2 and lower[0] == "ik":
        return " ".join(words)
    if len(lower) >= 3 and lower[0] in subjects:
        verb_at = 1
    elif len(lower) >= 4 and lower[:2] == ["de", "leerling"]:
        verb_at = 2
    else:
        verb_at = next((i - 1 for i in range(2, len(lower)) if lower[i] in subjects and lower[i - 1] in dutch.finite_forms()
                        and not any(w in _OPENERS for w in lower[:i])), None)
        if verb_at is None:
            return None
    subject = lower[verb_at + 1] if verb_at and lower[verb_at + 1] in subjects else lower[0]
    rest_start = verb_at + 1 if verb_at == 1 or lower[:2] == ["de", "leerling"] else verb_at + 2
    rest: list[str] = []
    for index, word in enumerate(words[rest_start:], start=rest_start):
        bare, comma = lower[index], "," if word.endswith(",") else ""
        followed = index + 1 < len(words) and not comma
        if bare in subjects and bare != "ze" or bare == "ze" and subject in ("ze", "zij"):
            rest.append("ik" + comma)
        elif bare == "zijn" and followed or bare == "haar" and followed and subject in ("ze", "zij"):
            rest.append("mijn" + comma)
        elif bare == "zich" or bare == "hem" and subject == "hij" or bare == "haar" and subject in ("ze", "zij"):
            rest.append("me" + comma)
        elif bare == "zichzelf":
            rest.append("mezelf" + comma)
        elif index > rest_start and lower[index - 1] == "en" and bare in dutch.action_forms() and bare.endswith("t"):
            rest.append(_ik_verb(bare) + comma)  # "... en begint direct": the second verb of the student
        else:
            rest.append(word)
    return " ".join(["Ik", _ik_verb(lower[verb_at]), *rest])


def _has_behaviour(goal: str) -> bool:
    """A goal without described behaviour gets no praise, only a prompt to make it concrete."""
    return check_smarti(goal)["positive"].reason != "no_behaviour"


def _sentence(kind: Kind, name: str, goal: str, *, done: int | None = None, total: int | None = None,
              student: str = "") -> str:
    ik = ik_form(goal, student)
    clause = second_person(ik) if ik else None
    step = te_infinitive(ik) if ik else None
    plain = student_part(goal)
    if kind == "well":
        if clause:
            return t("card.feedback.well_clause", name=name, clause=clause)
        return t("card.feedback.well_field", name=name, goal=plain)
    if done and total and step:
        return t("card.feedback.better_counts", name=name, step=step, done=done, total=total)
    if done and total:
        return t("card.feedback.better_counts_field", name=name, goal=plain, done=done, total=total)
    if step:
        return t("card.feedback.better_clause", name=name, step=step)
    return t("card.feedback.better_field", name=name, goal=plain)


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
        if not _has_behaviour(goal.text):
            out.append(Suggestion(index, goal.text, "better", t("card.feedback.concrete_first", name=name)))
        elif result is None or result.share is None:
            out.append(Suggestion(index, goal.text, "well", _sentence("well", name, goal.text, student=card.student)))
            out.append(Suggestion(index, goal.text, "better", _sentence("better", name, goal.text, student=card.student)))
        elif result.reached:
            out.append(Suggestion(index, goal.text, "well", _sentence("well", name, goal.text, student=card.student)))
        else:
            out.append(Suggestion(index, goal.text, "better", _sentence(
                "better", name, goal.text, done=result.done, total=result.done + result.not_yet,
                student=card.student)))
    return tuple(out)
