"""Untrusted text made tidy: the one set of cleaning rules every domain object and view uses.

A visitor can send any widget value (any type, any length), so every text is cleaned before it
goes into a domain object. Three shapes, one function each:

- ``one_line(value, limit)``: a name, a goal, a factor, an agreement's "who": white space (also line
  breaks) collapsed to single spaces, trimmed, cut at ``limit``.
- ``block(value, limit)``: a paragraph kept as lines (a class plan's approach): every line tidied as
  ``one_line``, line breaks kept, trimmed, cut at ``limit``.
- ``notes_text(value, limit)``: notes kept exactly as typed (a meeting's notes per phase): only trimmed
  at the ends and cut at ``limit``.

Anything that is not a ``str`` becomes ``""`` (``block`` also reads ``None`` as ``""``).

The cut here is the last guard of an object's invariant. A view does not rely on it to refuse
text that is too long: it asks ``limits.too_long`` first and says so (issue 12 §5).

The sizes of text fields shared by several concepts live here too (``MAX_LINE`` for one line,
``MAX_TEXT`` for a paragraph, ``MAX_NOTES`` for notes). Not in this module: ``export.render.clean_text``,
which drops characters no file format can hold (a property of DOCX/XML, not of user text).
"""

from __future__ import annotations

MAX_LINE = 300
"""Characters of one line of a plan (a goal, a strength, an agreement's "what")."""
MAX_TEXT = 1_200
"""Characters of a paragraph (an example, a reply, a concern's example)."""
MAX_NOTES = 4_000
"""Characters of notes (the reason for a conversation, a phase's notes)."""


def one_line(value: object, limit: int | None = MAX_LINE) -> str:
    """``value`` as one tidy line: white space collapsed, trimmed, cut at ``limit`` (None: no cut).

    >>> one_line("  Ik  ga\\n zitten. ", 300)
    'Ik ga zitten.'
    """
    if not isinstance(value, str):
        return ""
    text = " ".join(value.split())
    return text if limit is None else text[:limit]


def block(value: object, limit: int) -> str:
    """``value`` as tidy lines: each line's white space collapsed, line breaks kept, trimmed, cut at ``limit``.

    >>> block("Extra  uitleg\\r\\n op  dinsdag ", 100)
    'Extra uitleg\\nop dinsdag'
    """
    lines = str(value if value is not None else "").replace("\r\n", "\n").split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()[:limit]


def notes_text(value: object, limit: int = MAX_NOTES) -> str:
    """``value`` kept as typed, only trimmed at the ends and cut at ``limit``."""
    return value.strip()[:limit] if isinstance(value, str) else ""
