"""The SMARTI check: how concrete, measurable, timed and positive a goal is.

Four criteria can be read from the text (Specifiek, Meetbaar, Tijdgebonden,
and whether the goal is worded positively), each judged on its own; three
need the people's own judgement (Acceptabel, Realistisch, Inspirerend).
The rules are word rules for Dutch (``lexicon``, ``dutch``, ``moments``),
measured on the labelled corpus in ``tests/data/feedback_corpus``
(``benchmarks/bench_feedback.py``, ``docs/feedback.md``). Every result carries
a reason code and the words the check saw; without described behaviour no
criterion is met.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from ..messages import t
from . import dutch, lexicon
from .goal_reading import MAX_WORDS, Reading, read_goal

# --- the report ---------------------------------------------------------------


class Status(str, enum.Enum):
    """How a criterion came out."""

    MET = "met"
    NOT_MET = "not_met"
    JUDGEMENT = "judgement"
    """Cannot be read from text: the people involved decide."""


CRITERIA: tuple[str, ...] = (
    "specific",
    "measurable",
    "acceptable",
    "realistic",
    "time_bound",
    "inspiring",
)
"""The six SMARTI criteria in their usual order."""

AUTOMATIC: tuple[str, ...] = ("specific", "measurable", "time_bound", "positive")
"""The judgements read from the text; "positive" is part of Specifiek in practice."""

_LABEL_KEYS = {
    "specific": "smarti.specific.label",
    "measurable": "smarti.measurable.label",
    "acceptable": "smarti.acceptable.label",
    "realistic": "smarti.realistic.label",
    "time_bound": "smarti.time_bound.label",
    "inspiring": "smarti.inspiring.label",
    "positive": "smarti.positive.label",
}

_HINT_KEYS = {
    ("specific", "met"): "smarti.specific.met",
    ("specific", "empty"): "smarti.common.empty",
    ("specific", "vague"): "smarti.specific.vague",
    ("specific", "no_behaviour"): "smarti.specific.no_behaviour",
    ("specific", "knowing"): "smarti.specific.knowing",
    ("specific", "too_long"): "smarti.specific.too_long",
    ("measurable", "met"): "smarti.measurable.met",
    ("measurable", "empty"): "smarti.common.empty",
    ("measurable", "comparative"): "smarti.measurable.comparative",
    ("measurable", "no_measure"): "smarti.measurable.no_measure",
    ("measurable", "unobservable"): "smarti.measurable.unobservable",
    ("time_bound", "met"): "smarti.time_bound.met",
    ("time_bound", "empty"): "smarti.common.empty",
    ("time_bound", "frequency_only"): "smarti.time_bound.frequency_only",
    ("time_bound", "behaviour_moment"): "smarti.time_bound.behaviour_moment",
    ("time_bound", "start_only"): "smarti.time_bound.start_only",
    ("time_bound", "no_behaviour"): "smarti.time_bound.no_behaviour",
    ("time_bound", "missing"): "smarti.time_bound.missing",
    ("positive", "met"): "smarti.positive.met",
    ("positive", "empty"): "smarti.common.empty",
    ("positive", "negation"): "smarti.positive.negation",
    ("positive", "no_behaviour"): "smarti.positive.no_behaviour",
    ("acceptable", "judgement"): "smarti.acceptable.judgement",
    ("realistic", "judgement"): "smarti.realistic.judgement",
    ("inspiring", "judgement"): "smarti.inspiring.judgement",
}


@dataclass(frozen=True)
class CriterionResult:
    """The outcome of one criterion.

    Args:
        criterion: one of ``CRITERIA`` or ``"positive"``.
        status: met, not met, or left to the people's judgement.
        reason: why, as a code (``"vague"``, ``"comparative"``, ...).
        found: the words in the goal that led to this outcome.
    """

    criterion: str
    status: Status
    reason: str
    found: tuple[str, ...] = ()

    @property
    def met(self) -> bool:
        """True when the criterion is met."""
        return self.status is Status.MET

    @property
    def label(self) -> str:
        """The criterion's Dutch name."""
        return t(_LABEL_KEYS[self.criterion])

    @property
    def hint(self) -> str:
        """A short Dutch hint for the learner."""
        words = ", ".join(f"“{w}”" for w in self.found)
        return t(_HINT_KEYS[(self.criterion, self.reason)], words=words, max_words=MAX_WORDS)


@dataclass(frozen=True)
class SmartiReport:
    """The SMARTI check of one goal text.

    ``results`` holds the six SMARTI criteria in order; ``positive`` (is the
    goal worded as desired behaviour?) is kept beside them.
    """

    text: str
    results: tuple[CriterionResult, ...]
    positive_result: CriterionResult
    _by_name: dict[str, CriterionResult] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        mapping = {r.criterion: r for r in self.results}
        mapping["positive"] = self.positive_result
        object.__setattr__(self, "_by_name", mapping)

    def __getitem__(self, criterion: str) -> CriterionResult:
        return self._by_name[criterion]

    @property
    def specific(self) -> bool:
        """The goal names concrete, observable behaviour or a result."""
        return self["specific"].met

    @property
    def measurable(self) -> bool:
        """An observer can tell whether the goal was reached."""
        return self["measurable"].met

    @property
    def time_bound(self) -> bool:
        """The goal has a deadline, period or evaluation moment."""
        return self["time_bound"].met

    @property
    def positive(self) -> bool:
        """The goal describes desired behaviour, not what must stop."""
        return self["positive"].met

    @property
    def automatic_met(self) -> bool:
        """All four automatic judgements are met."""
        return all(self[name].met for name in AUTOMATIC)


# --- the check ----------------------------------------------------------------


def _judge(reading: Reading) -> dict[str, CriterionResult]:
    r = reading
    out: dict[str, CriterionResult] = {}
    if not r.behaviour:
        reason = "knowing" if r.knowing else "vague" if r.vague else "no_behaviour"
        out["specific"] = CriterionResult("specific", Status.NOT_MET, reason, r.knowing or r.vague)
        out["measurable"] = CriterionResult("measurable", Status.NOT_MET, "unobservable")
        out["time_bound"] = CriterionResult("time_bound", Status.NOT_MET, "no_behaviour", r.evaluation)
        out["positive"] = CriterionResult("positive", Status.NOT_MET, "no_behaviour")
        return out
    if r.too_long:
        out["specific"] = CriterionResult("specific", Status.NOT_MET, "too_long")
    elif r.vague:
        out["specific"] = CriterionResult("specific", Status.NOT_MET, "vague", r.vague)
    else:
        out["specific"] = CriterionResult("specific", Status.MET, "met", r.behaviour)
    if not out["specific"].met:
        comparatives = tuple(w for w in r.vague if w in lexicon.COMPARATIVES)
        reason = "comparative" if comparatives else "unobservable"
        out["measurable"] = CriterionResult("measurable", Status.NOT_MET, reason, comparatives)
    elif r.ability_words and not r.criteria:
        out["measurable"] = CriterionResult("measurable", Status.NOT_MET, "no_measure", r.ability_words)
    else:
        out["measurable"] = CriterionResult("measurable", Status.MET, "met", r.criteria or r.behaviour)
    if r.evaluation:
        out["time_bound"] = CriterionResult("time_bound", Status.MET, "met", r.evaluation)
    elif r.start:
        out["time_bound"] = CriterionResult("time_bound", Status.NOT_MET, "start_only", r.start)
    elif r.occurrence:
        out["time_bound"] = CriterionResult("time_bound", Status.NOT_MET, "behaviour_moment", r.occurrence)
    elif r.frequency:
        out["time_bound"] = CriterionResult("time_bound", Status.NOT_MET, "frequency_only", r.frequency)
    else:
        out["time_bound"] = CriterionResult("time_bound", Status.NOT_MET, "missing")
    if r.negations:
        out["positive"] = CriterionResult("positive", Status.NOT_MET, "negation", r.negations)
    else:
        out["positive"] = CriterionResult("positive", Status.MET, "met", r.behaviour)
    return out


def check_smarti(text: str) -> SmartiReport:
    """Check a goal against the SMARTI criteria.

    Args:
        text: the goal, in Dutch. Any string is accepted; an empty one meets
            nothing, and neither does text that describes no behaviour.

    Returns:
        A report with one result per criterion and the booleans
        ``.specific``, ``.measurable``, ``.time_bound`` and ``.positive``.
    """
    if not isinstance(text, str):
        text = ""
    norm = dutch.normalise(text)
    acceptable, realistic, inspiring = (
        CriterionResult(name, Status.JUDGEMENT, "judgement") for name in ("acceptable", "realistic", "inspiring")
    )
    if not dutch.words(norm):
        result = {name: CriterionResult(name, Status.NOT_MET, "empty") for name in AUTOMATIC}
    else:
        result = _judge(read_goal(norm))
    return SmartiReport(
        text=text,
        results=(result["specific"], result["measurable"], acceptable, realistic, result["time_bound"], inspiring),
        positive_result=result["positive"],
    )
