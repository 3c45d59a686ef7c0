"""The package's small error vocabulary.

Errors raised to developers carry English text. Errors that a learner may see
(a bad upload, a broken saved file) also carry a Dutch ``message_nl`` that a
view shows instead of a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable


class HgwError(Exception):
    """Base class for every error this package raises on purpose."""

    def __init__(self, message: str, *, message_nl: str | None = None) -> None:
        super().__init__(message)
        self.message_nl = message_nl or message


class CaseFileError(HgwError):
    """A casebook file is missing, outside casebook/, or does not match the schema."""


class StructureFileError(HgwError):
    """A meeting-structure file is missing or does not match its schema."""


class GradeFileError(HgwError, ValueError):
    """An uploaded grade export cannot be read; the Dutch message names row and column."""


class SaveFileError(HgwError, ValueError):
    """A saved JSON work file is broken, of another kind, or from a newer version."""


def describe_field_errors(errors: Iterable[dict], name: str) -> list[str]:
    """One line per pydantic error, naming the file and the field: for authors of YAML files.

    ``errors`` is ``ValidationError.errors()``; long received values are shortened.
    """
    lines = []
    for err in errors:
        field = ".".join(str(p) for p in err.get("loc", ())) or "(het hele bestand)"
        received = err.get("input")
        shown = repr(received) if not isinstance(received, dict) else "{…}"
        if len(shown) > 80:
            shown = shown[:77] + "…"
        lines.append(f"{name}: field '{field}': {err.get('msg', 'invalid')}; received {shown}")
    return lines
