"""File names for downloads made from what a user typed: safe everywhere, extension kept.

A download's name often comes from the learner's own text (a student's name, the
title of a goal). Issue 18 found a JSON save cut at 80 characters so that ``.json``
was lost: the file no longer opened with a double click. The rule here: the *stem*
is cleaned and cut, the extension is always kept, and the whole name is safe on
Windows, macOS and Linux:

- only ASCII letters, digits, ``-``, ``_`` and ``.`` (accents are dropped: "Zoë" -> "Zoe");
  everything else, including ``/``, ``\\`` and ``:``, becomes ``-``, so there are no path parts;
- no leading or trailing dots, dashes or spaces (Windows drops trailing dots; a leading
  dot hides a file on macOS and Linux);
- not one of Windows' reserved device names (``CON``, ``NUL``, ``COM1``, ...; with any
  extension), which Windows refuses to create;
- at most ``MAX_FILENAME_CHARS`` characters including the extension, well below the
  255 bytes every file system allows, so a Downloads folder path stays under
  Windows' classic 260-character limit.
"""

from __future__ import annotations

import re
import unicodedata

MAX_FILENAME_CHARS = 100
"""Longest download name, extension included (ASCII, so also bytes)."""
MAX_EXTENSION_CHARS = 8
DEFAULT_STEM = "werkmap"

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RUNS = re.compile(r"-{2,}")
_EXTENSION = re.compile(rf"\.([A-Za-z0-9]{{1,{MAX_EXTENSION_CHARS}}})$")
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$"]
    + [f"{device}{n}" for device in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]]
)


def safe_filename(name: str, *, extension: str | None = None, default: str = DEFAULT_STEM) -> str:
    """A download name made safe, with its extension kept.

    Args:
        name: the wanted name. Without ``extension``, a final ``.ext`` (1-8 letters or digits)
            in ``name`` is taken as the extension; with it, all of ``name`` is the stem.
        extension: the extension to end with, without the dot (``"json"``); invalid characters
            are dropped.
        default: the stem when nothing usable is left (``"😀"`` -> ``"werkmap"``).

    Returns:
        ``stem.extension`` (or ``stem`` without an extension), at most ``MAX_FILENAME_CHARS``
        characters: ``safe_filename("Jordi's kaart", extension="docx")`` -> ``"Jordi-s-kaart.docx"``.
    """
    text = _ascii(name)
    if extension is None:
        found = _EXTENSION.search(text)
        extension = found.group(1) if found else ""
        stem = text[: found.start()] if found else text
    else:
        extension = re.sub(r"[^A-Za-z0-9]", "", _ascii(extension))[:MAX_EXTENSION_CHARS]
        stem = text
    suffix = f".{extension}" if extension else ""
    stem = _stem_chars(stem)[: MAX_FILENAME_CHARS - len(suffix)]
    stem = stem.rstrip("-.") or _stem_chars(default) or DEFAULT_STEM
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"{DEFAULT_STEM}-{stem}"[: MAX_FILENAME_CHARS - len(suffix)]
    return stem + suffix


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")


def _stem_chars(stem: str) -> str:
    return _RUNS.sub("-", _UNSAFE.sub("-", stem)).strip("-. _")
