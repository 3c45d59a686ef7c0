"""How long work kept in the browser counts, and for whom (issue 18, finding 7).

A workbook is often used on a shared computer: a training room, a staff room. What a
participant typed about a student must not greet the next person who opens the page.
The rules (carried out by ``static/storage.js``, checked again by ``BrowserStore``):

- every entry carries the day it was saved (the browser's local date, ``YYYY-MM-DD``);
- in room mode (a shared computer) it counts only on that day: from midnight on it is neither
  restored nor kept;
- on one's own computer (``serve``: a mentor who goes on tomorrow evening) it counts for
  ``KEEP_DAYS`` days after it was last saved; every save renews it;
- in room mode the entry's key carries a short hash of the browser's session cookie
  (``_xsrf``; new after a new login with cleared cookies), so another login on the same
  computer looks under other keys, and entries of another login are removed on page load;
- the start page's "Wis alles van deze computer" removes every entry of the workbook.
"""

from __future__ import annotations

import re
from datetime import date

KEY_PREFIX = "hgw-werkmap:"
"""Every localStorage key of the workbook starts with this (``static/storage.js`` uses the same)."""
KEEP_DAYS = 30
"""Days an entry counts on one's own computer (outside room mode) after its last save."""
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def still_kept(saved_on: object, today: object, *, shared: bool = True, keep_days: int = KEEP_DAYS) -> bool:
    """True when an entry saved on ``saved_on`` still counts on ``today`` (both ``YYYY-MM-DD``).

    ``shared`` (room mode): only on the day it was saved. Otherwise: from ``saved_on`` up to and
    including ``keep_days`` days later. A missing or malformed day never counts (an entry from
    before this rule, or a crafted one), nor a day after ``today`` (a clock set back).
    """
    if not (isinstance(saved_on, str) and isinstance(today, str)
            and _DAY.fullmatch(saved_on) and _DAY.fullmatch(today)):
        return False
    if shared:
        return saved_on == today
    try:
        age = (date.fromisoformat(today) - date.fromisoformat(saved_on)).days
    except ValueError:
        return False
    return 0 <= age <= keep_days
