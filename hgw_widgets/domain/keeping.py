"""How long work kept in the browser counts: until the end of the day, for one login (issue 18, finding 7).

A workbook is often used on a shared computer: a training room, a staff room. What a
participant typed about a student must not greet the next person who opens the page.
The rules (carried out by ``static/storage.js``, checked again by ``BrowserStore``):

- every entry carries the day it was saved (the browser's local date, ``YYYY-MM-DD``) and
  counts only on that day: from midnight on it is neither restored nor kept;
- in room mode the entry's key carries a short hash of the browser's session cookie
  (``_xsrf``; new after a new login with cleared cookies), so another login on the same
  computer looks under other keys, and entries of another login are removed on page load;
- the start page's "Wis alles van deze computer" removes every entry of the workbook.
"""

from __future__ import annotations

import re

KEY_PREFIX = "hgw-werkmap:"
"""Every localStorage key of the workbook starts with this (``static/storage.js`` uses the same)."""
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def still_kept(saved_on: object, today: object) -> bool:
    """True when an entry saved on ``saved_on`` still counts on ``today`` (both ``YYYY-MM-DD``).

    An entry counts until the end of the day it was saved; a missing or malformed day
    never counts (an entry from before this rule, or a crafted one).
    """
    return (isinstance(saved_on, str) and isinstance(today, str) and bool(_DAY.fullmatch(saved_on))
            and saved_on == today)
