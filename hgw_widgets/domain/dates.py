"""The workbook's one rule for a date typed by a person: a year from ``MIN_YEAR`` to ``MAX_YEAR``.

A browser's date field reports every stage of typing a year ("0002", "0020", "0202", "2026"), and a
slip like "12026" or "1" is no date to print. The goal card (chapter 03, ``goal_card.with_dates``) and
the meeting's dates (chapter 09: the evaluation date, "Datum van dit deel") use this one rule.
"""

from __future__ import annotations

from datetime import date

MIN_YEAR = 2000
MAX_YEAR = 2099
"""A workbook date lies in 2000-2099: a year "1" or "20260" is a typing slip, not a date to print."""


def usable_date(value: object) -> bool:
    """``value`` is a ``date`` in ``MIN_YEAR``-``MAX_YEAR``."""
    return isinstance(value, date) and MIN_YEAR <= value.year <= MAX_YEAR
