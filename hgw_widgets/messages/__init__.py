"""Dutch interface text, looked up by key.

All text a visitor reads lives in ``messages/<lang>/<area>.yaml``. A file's
nested mapping is flattened with dots and prefixed with the file's stem, so
``smarti.yaml`` holding ``specific: {label: Specifiek}`` defines the key
``smarti.specific.label``. Keys are written out in full in the code (never
built with f-strings), so that ``tests/test_messages.py`` can check that every
key used exists and that no key is unused.
"""

from __future__ import annotations

import string
from functools import lru_cache
from ..paths import package_file
from typing import Any

import yaml

DEFAULT_LANGUAGE = "nl"


def _flatten(prefix: str, node: Any, out: dict[str, str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _flatten(f"{prefix}.{key}", value, out)
    elif isinstance(node, str):
        out[prefix] = node
    else:
        raise TypeError(f"message {prefix!r} must be text, got {type(node).__name__}")


@lru_cache(maxsize=None)
def catalogue(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Return every message of one language as a flat ``{key: text}`` mapping."""
    folder = package_file("messages", language)
    out: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(entry.read_text(encoding="utf-8")) or {}
        _flatten(entry.name[: -len(".yaml")], data, out)
    return out


def t(key: str, /, **fields: Any) -> str:
    """Look up the Dutch text for ``key`` and fill in ``{fields}``.

    Raises:
        KeyError: the key does not exist (a programming error, caught by tests).
    """
    text = catalogue()[key]
    if fields:
        return string.Formatter().vformat(text, (), fields)
    return text
