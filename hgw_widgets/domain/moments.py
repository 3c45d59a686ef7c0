"""When is a goal evaluated? Evaluation moments, and moments that only say when behaviour happens.

"Over drie weken", "voor de kerstvakantie", "na deze cursus", "op 1 april",
"bij de toets van hoofdstuk 3" are moments to look back. "Aan het eind van de
les", "bij binnenkomst", "na de pauze" say when the behaviour itself happens,
and "elke dag" says how often: neither is an evaluation moment. "Vanaf
maandag" is a start without an end.
"""

from __future__ import annotations

import re

_NUM = (r"(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|"
        r"enkele|een paar|paar)")
_UNIT = r"(?:dag|dagen|schooldagen|week|weken|schoolweken|wk|wkn|mnd|maand|maanden|jaar|lessen|periode|periodes)"
_MONTHS = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_DAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
# Events and spans that end a period: looking back at them is evaluating.
_HORIZON = (
    r"(?:\w*vakantie|kerst|pasen|de zomer|toetsweek|proefwerkweek|rapport\w*|evaluatie|\w*bespreking|"
    r"eindtoets|examen\w*|overgang|cursus|training|traject|bijeenkomst|lessenreeks|oefening|studiedag|"
    r"oudergesprek|eindgesprek|periode \d+|blok \d+|week \d+|open dag)"
)
_SPAN = r"(?:week|maand|periode|schooljaar|jaar|blok|trimester|semester|cursus|training|lessenreeks|bijeenkomst|oefening|traject|kwartaal)"
_THIS = r"(?:de|het|deze|dit|die|dat)"

_EVALUATION = [
    rf"\bover {_NUM} {_UNIT}\b",
    rf"\b(?:binnen|na|gedurende|in) (?:de )?(?:eerste |komende |volgende )?{_NUM} {_UNIT}\b",
    rf"\b(?:de|het) (?:komende|eerste|volgende) (?:{_NUM} )?{_UNIT}\b",
    rf"\b(?:voor|vóór|tot|tot en met|t/m|uiterlijk|bij|op|na|tegen|rond|in) (?:de |het |deze |dit )?(?:volgende |eerstvolgende )?{_HORIZON}\b",
    rf"\b(?:na afloop van|(?:aan|tot|voor|vóór|na|tegen|op) het eind(?:e)? van|aan het slot van|eind(?:e)?) {_THIS} {_SPAN}\b",
    rf"\b(?:na|met) (?:deze|dit|de|het) (?:cursus|training|traject|lessenreeks|bijeenkomst|oefening)\b",
    rf"\b(?:bij|voor|vóór|na|tijdens|in) (?:de|het) (?:toets|so|proefwerk|overhoring|presentatie|verslag|excursie|les|spreekbeurt|mondeling\w*)"
    rf" (?:van|in|op|over) (?:hoofdstuk \d+|week \d+|{_DAYS}|{_MONTHS}|\d+)",
    rf"\b(?:bij|voor|na|tijdens|in) de volgende (?:\w+)\b",
    rf"\b(?:uiterlijk|voor|vóór|tot|tot en met|t/m|aanstaande|a\.s\.|volgende week|komende) {_DAYS}\b",
    rf"\b(?:van|op|vóór|voor|tot|per|uiterlijk|sinds) \d{{1,2}} {_MONTHS}\b",
    rf"\b\d{{1,2}} {_MONTHS}\b",
    rf"\b(?:eind|begin|half|medio|in|voor|vóór|tot|na) {_MONTHS}\b",
    r"\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b",
    rf"\b(?:in|tijdens|na|voor|vóór|eind|einde|aan het eind van|aan het einde van|tot het einde van) (?:periode|blok|trimester|semester|week) \d+\b",
    rf"\b{_NUM} (?:schooldagen|dagen|week|weken|wk|maand|maanden|mnd) lang\b",  # "een week lang": a period with an end
    r"\b(?:dit|volgend|komend|het komende|het volgende) (?:schooljaar|jaar|semester|trimester|kwartaal)\b",
    r"(?<!\bdie )(?<!\bdat )\b(?:deze|volgende|komende|de volgende) (?:week|maand|periode)\b",
    r"\b(?:vandaag|morgen|overmorgen)\b",
]
EVALUATION_RE = re.compile("|".join(f"(?:{p})" for p in _EVALUATION))

_OCCURRENCE = [
    r"\b(?:aan het |bij het |tegen het )?(?:begin|eind|einde|start) van (?:de|het|elke|iedere) (?:les|lesuur|dag|ochtend|middag|mentoruur|mentorles|pauze|toets|schooldag)\b",
    r"\b(?:bij|na|voor|vóór|tijdens|in) (?:de|het) (?:binnenkomst|pauze|grote pauze|les|lessen|uitleg|instructie|toets|mentorles|mentoruur|gymles|praktijkles|leswisseling|belletje|wisseling)\b",
    r"\bbij (?:binnenkomst|het binnenkomen|het begin)\b",
    rf"\bop {_DAYS}\b",
    r"\bom \d{1,2}(?:[.:]\d{2})?(?: uur)?\b|\bom (?:half )?(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?: uur)?\b",
    r"\b's (?:avonds|ochtends|middags|morgens)\b",
]
OCCURRENCE_RE = re.compile("|".join(f"(?:{p})" for p in _OCCURRENCE))

FREQUENCY_RE = re.compile(
    rf"\b(?:elke|iedere|ieder|elk) (?:dag|les|week|ochtend|avond|middag|keer|schooldag|binnenkomst|{_DAYS}|{_UNIT})\b"
    r"|\b(?:dagelijks|wekelijks|maandelijks|altijd|steeds|per (?:dag|week|les))\b"
)
START_RE = re.compile(rf"\bvanaf (?:nu|morgen|vandaag|volgende week|{_DAYS}|\d{{1,2}} {_MONTHS}|de \w+)\b")


def found(regex: re.Pattern[str], text: str) -> tuple[str, ...]:
    """The distinct matches of ``regex`` in ``text``, in order."""
    seen: dict[str, None] = {}
    for match in regex.finditer(text):
        seen.setdefault(match.group(0).strip(), None)
    return tuple(seen)
