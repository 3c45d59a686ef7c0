"""Grades and percentages as a Dutch reader sees them, and the one rule that compares them.

The rule: **what is compared is what is shown.** A grade is shown with one
decimal, rounded half up ("5,45" is shown "5,5"), and it is sufficient when
that shown value reaches the pass mark. A percentage is shown with one
decimal ("79,6 %", "80 %") and a class goal is met when the shown percentage
reaches the shown goal. So a page can never say "5,5" and list the grade as
insufficient, or "80 %" next to a goal of 80 % and say "niet gehaald".

Everything in chapter 05 (and the tracking sheet of chapter 03) uses these
functions: views, exports and the domain's own comparisons.

Rounding first removes float artefacts (``5.4999999999999991`` is 5.5): the
value is rounded to ``ARTEFACT_DECIMALS`` decimals before it is rounded half up.
"""

from __future__ import annotations

import math
import re

from .issues import Issue

GRADE_DECIMALS = 1
"""A grade is shown and compared with one decimal."""
PERCENT_DECIMALS = 1
"""A percentage is shown and compared with one decimal."""
ARTEFACT_DECIMALS = 6
PASS_MARK_MIN = 1.0
PASS_MARK_MAX = 10.0
PERCENT_MIN = 0.0
PERCENT_MAX = 100.0
MAX_NUMBER_CHARS = 20

_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def half_up(value: float, decimals: int) -> float:
    """``value`` rounded half up to ``decimals`` decimals (5.45 -> 5.5, 5.25 -> 5.3)."""
    scale = 10 ** decimals
    return math.floor(round(value * scale, ARTEFACT_DECIMALS) + 0.5) / scale


def half_up_array(values, decimals: int):
    """``half_up`` for a numpy array (NaN stays NaN)."""
    import numpy as np  # only chapter 05 passes arrays; chapter 03 stays without numpy

    scale = 10 ** decimals
    with np.errstate(invalid="ignore"):
        return np.floor(np.round(np.asarray(values, dtype=float) * scale, ARTEFACT_DECIMALS) + 0.5) / scale


def shown_grade(value: float) -> float:
    """The grade as it is shown (one decimal, half up)."""
    return half_up(float(value), GRADE_DECIMALS)


def shown_percent(value: float) -> float:
    """The percentage as it is shown (one decimal, half up)."""
    return half_up(float(value), PERCENT_DECIMALS)


def reaches(percent: float, target: float) -> bool:
    """True when the shown ``percent`` is at or above the shown ``target``."""
    return shown_percent(percent) >= shown_percent(target)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def grade_text(value: float | None) -> str:
    """A grade in Dutch: "5,5", "6,0"; "" for no grade."""
    if _missing(value):
        return ""
    return f"{shown_grade(value):.{GRADE_DECIMALS}f}".replace(".", ",")


def number_text(value: float | None, decimals: int = 1) -> str:
    """A number in Dutch with at most ``decimals`` decimals and no trailing ",0": "72,5", "80"."""
    if _missing(value):
        return ""
    text = f"{half_up(float(value), decimals):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent_text(value: float | None) -> str:
    """A percentage in Dutch: "79,6 %", "80 %"; "–" when unknown."""
    if _missing(value):
        return "–"
    return f"{number_text(value, PERCENT_DECIMALS)} %"


def parse_number(text: object) -> float | None:
    """A number typed by a person: "6,0", "6.0", " 72,5 ". None when it is not one.

    Only plain decimal numbers are accepted: no exponents, "nan" or "inf".
    """
    cleaned = str("" if text is None else text).strip()[:MAX_NUMBER_CHARS]
    if not _NUMBER.fullmatch(cleaned):
        return None
    return float(cleaned.replace(",", "."))


def parse_pass_mark(text: object) -> tuple[float | None, Issue | None]:
    """The pass mark typed by a person: a grade from 1 to 10 with at most one decimal.

    Returns:
        ``(value, None)``, or ``(None, Issue)`` with code ``empty``, ``not_a_number``,
        ``too_precise`` or ``out_of_range`` (field ``pass_mark``). Nothing is ever clamped.
    """
    if not str("" if text is None else text).strip():
        return None, Issue("empty", "pass_mark")
    value = parse_number(text)
    if value is None:
        return None, Issue("not_a_number", "pass_mark", str(text).strip()[:MAX_NUMBER_CHARS])
    if not PASS_MARK_MIN <= value <= PASS_MARK_MAX:
        return None, Issue("out_of_range", "pass_mark", number_text(value, 3))
    if half_up(value, GRADE_DECIMALS) != round(value, ARTEFACT_DECIMALS):
        return None, Issue("too_precise", "pass_mark", number_text(value, 3))
    return value, None


def parse_percent(text: object) -> tuple[float | None, Issue | None]:
    """A class goal typed by a person: "" (no goal), "80", "80%", "72,5".

    Returns:
        ``(value or None, None)``, or ``(None, Issue)`` with code ``not_a_number`` or
        ``out_of_range`` (field ``target``).
    """
    cleaned = str("" if text is None else text).strip()[:MAX_NUMBER_CHARS].rstrip("%").strip()
    if not cleaned:
        return None, None
    value = parse_number(cleaned)
    if value is None:
        return None, Issue("not_a_number", "target", cleaned)
    if not PERCENT_MIN <= value <= PERCENT_MAX:
        return None, Issue("out_of_range", "target", number_text(value, 3))
    return value, None


def parse_whole(text: object, *, field: str, minimum: int, maximum: int) -> tuple[int | None, Issue | None]:
    """A whole number typed by a person (minutes, weeks, a count): "6", "6,0", "6.0".

    The one rule for every number field of the workbook that counts in whole
    units: a decimal comma and point are both read, a fraction is refused (never
    read as "25" or rounded), and a value outside ``minimum``-``maximum`` is
    refused (never clamped). The caller keeps the value it had and says so.

    Args:
        text: what was typed (a stored whole number is accepted too).
        field: the field's name, put in the issue.
        minimum, maximum: the allowed range, both included.

    Returns:
        ``(value, None)``, or ``(None, Issue)`` with code ``empty``, ``not_a_number``,
        ``not_whole`` or ``out_of_range``; ``detail`` is what was typed, trimmed to
        ``MAX_NUMBER_CHARS`` characters.
    """
    if isinstance(text, bool):
        return None, Issue("not_a_number", field, str(text))
    typed = str("" if text is None else text).strip()
    shown = typed[:MAX_NUMBER_CHARS]
    if not typed:
        return None, Issue("empty", field)
    value = parse_number(typed) if len(typed) <= MAX_NUMBER_CHARS else None
    if value is None:
        return None, Issue("not_a_number", field, shown)
    if value != math.floor(value):
        return None, Issue("not_whole", field, shown)
    if not minimum <= value <= maximum:
        return None, Issue("out_of_range", field, shown)
    return int(value), None
