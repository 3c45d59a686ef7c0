"""A problem found in user input, as data: a code and the field it concerns.

Domain functions return these instead of Dutch sentences; a view turns the
code into text with ``messages.t``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    """One problem with user input.

    Args:
        code: a stable identifier such as ``"empty"`` or ``"too_long"``.
        field: the name of the field the problem concerns.
        detail: optional extra data for the message (a number, a word).
    """

    code: str
    field: str
    detail: str = ""
