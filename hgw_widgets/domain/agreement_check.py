"""The tips on an agreement made in a meeting ("wie doet wat, wanneer"): the SMARTI check, read for agreements.

An agreement is not a student's goal: it is typed live by the chair, in three fields, and often by and
about adults ("de zorgcoördinator meldt Noah aan bij het ondersteuningsteam"). So the goal check
(``smarti.check_smarti``) is used on "who what" (the "when" is judged on its own), and read this way:

- **specific / measurable**: flagged when the check finds vague or unobservable words ("doet beter zijn
  best", "gaat zich beter concentreren") or a state instead of an action ("is vriendelijker"), and for the
  classic empty agreement verbs (``VAGUE_ACTION``: "houdt in de gaten", "kijkt ernaar"). Not for
  "no behaviour verb found" alone: an adult's task ("regelt een werkplek", "zorgt dat ...") is concrete
  even though it is no student behaviour.
- **positive**: only when the agreement says what must stop ("stopt met kletsen", "niet meer").
- **who** (``Issue("vague", "who")``): "we", "iedereen", "school", "het team": nobody to hold to it.
- **when** (``Issue("no_moment", "when")``): a long, concrete-looking agreement (``LONG_WHAT`` words or
  more: many people count on it) whose "when" names no moment ("binnenkort", "z.s.m.", "later"). A short
  everyday agreement ("mentor belt moeder, binnenkort") gets no tip for that: live, it is noise. A short one
  for a group (``GROUP_WHO``: "alle docenten", "de vakdocenten") does get it: a whole team waiting for
  "binnenkort" is where it goes wrong in practice (issue 17 newcomer finding, "alle docenten: beter letten op
  de werkhouding van Ruben, binnenkort" got no when-tip).

Measured on the hand-labelled agreements in ``tests/data/agreements/agreements.yaml``
(``benchmarks/bench_agreements.py`` prints the figures, also for the earlier reading).
"""

from __future__ import annotations

import re

from .issues import Issue
from .moments import EVALUATION_RE, FREQUENCY_RE, OCCURRENCE_RE, START_RE
from .smarti import check_smarti

LONG_WHAT = 10
"""Words in "what" from which an agreement is long: then a "when" without a moment gets a tip."""

VAGUE_WHO = frozenset({
    "we", "wij", "ons", "iedereen", "iemand", "men", "allemaal", "allen", "samen", "niemand",
    "school", "de school", "team", "het team", "?", "-", "nvt", "n.v.t.", "ntb", "n.t.b.", "nog niet bekend",
})
"""Who-values that name nobody to hold to the agreement (compared in lower case, trimmed)."""

VAGUE_ACTION = re.compile(
    r"\bhoud\w* .{0,30}\bin de gaten\b|\bkijk\w* (?:er )?(?:nog )?(?:eens |even |later )?naar\b|\berna(?:ar)? kijken\b"
    r"|\bdenk\w* (?:er )?(?:na )?over\b|\bprober\w*\b|\bzet\w* zich in\b|\bpak\w* (?:het|dit|dat) op\b"
    r"|\bkom\w* (?:er ?op|hierop|daarop) terug\b|\bblijf\w* alert\b|\boogje in het zeil\b"
)
"""Agreement verbs that promise attention, not an action."""

GROUP_WHO = re.compile(r"\balle\b|\b\w*docenten\b|\bleraren\b|\bmentoren\b|\bteamleden\b|\bsectie\b")
"""A who that names a group of colleagues: then a "when" without a moment gets a tip, however short the agreement."""

STATE = re.compile(r"^(?:is|zijn|wordt|worden|blijft|blijven|raakt|voelt zich|gaat (?:zich )?\w+ (?:voelen|worden))\b")
"""A "what" that describes a state ("is vriendelijker") rather than something someone does."""

_DAY = re.compile(r"\b(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*\b|\b(?:vandaag|morgen|overmorgen|vanavond)\b"
                  r"|\b(?:na|bij|voor|vóór|tijdens) (?:elke|iedere|ieder) \w+")


def has_moment(when: str) -> bool:
    """``when`` names a moment: a date, a day, a deadline, a period with an end, or a frequency."""
    text = when.lower()
    return any(r.search(text) for r in (EVALUATION_RE, OCCURRENCE_RE, FREQUENCY_RE, START_RE, _DAY))


def agreement_tips(who: str, what: str, when: str) -> tuple[Issue, ...]:
    """What to tip the chair about an agreement, in the order of the fields.

    Returns:
        ``Issue("vague", "who")``; ``Issue("smarti", "specific"|"measurable"|"positive")``;
        ``Issue("no_moment", "when")``; empty when the agreement can stand as typed.
    """
    who, what, when = (" ".join(str(x).split()) for x in (who, what, when))
    tips: list[Issue] = []
    if who.lower().strip(".,:;!") in VAGUE_WHO:
        tips.append(Issue("vague", "who"))
    report = check_smarti(f"{who} {what}".strip())
    state = bool(STATE.search(what.lower()))
    vague = bool(VAGUE_ACTION.search(what.lower()))
    judged = report["specific"].reason != "no_behaviour" or state
    if vague or (not report["specific"].met and judged):
        tips.append(Issue("smarti", "specific"))
    if vague or (not report["measurable"].met and judged):
        tips.append(Issue("smarti", "measurable"))
    if not report["positive"].met and report["positive"].reason == "negation":
        tips.append(Issue("smarti", "positive"))
    if (len(what.split()) >= LONG_WHAT or GROUP_WHO.search(who.lower())) and not has_moment(when):
        tips.append(Issue("no_moment", "when"))
    return tuple(tips)
