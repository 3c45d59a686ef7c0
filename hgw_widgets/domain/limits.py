"""One rule for text that is longer than a field allows: refuse it and say so, never cut it silently.

Issue 12 §5: a 5,000-character factor was cut to 300 and reported "Toegevoegd"; chapters 02 and
03 already refused too-long goals with a message. Every view now asks ``too_long`` before it uses
what was typed; when something is too long, nothing changes and the view names the field and
the limit (message ``common.too_long``).
"""

from __future__ import annotations

from collections.abc import Mapping

from .issues import Issue


def text_length(value: object) -> int:
    """Characters of ``value`` as it is kept: white space at the ends and runs of it do not count."""
    return len(" ".join(value.split())) if isinstance(value, str) else 0


def too_long(fields: Mapping[str, tuple[object, int]]) -> tuple[Issue, ...]:
    """``Issue("too_long", name, str(limit))`` for every ``name: (text, limit)`` whose text is too long.

    Multi-line text is measured line by line joined with single spaces (``text_length``).
    """
    return tuple(Issue("too_long", name, str(limit)) for name, (value, limit) in fields.items()
                 if text_length(value) > limit)
