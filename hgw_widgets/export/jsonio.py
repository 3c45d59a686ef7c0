"""Saved work as JSON: one envelope for every kind of work, with a schema version.

A saved file looks like::

    {"format": "hgw-werkmap", "kind": "goal_card", "schema_version": 1, "data": {...}}

``dump_work`` writes it; ``load_work`` reads it back and refuses, with a Dutch
``SaveFileError.message_nl``, anything that is not such a file of the
expected kind: not UTF-8, not JSON, too big, another kind, a newer version,
or a broken envelope. Each domain type has its own ``to_dict``/``from_dict``
pair for the ``data`` part (e.g. ``domain.goal_card.card_to_dict``).
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import SaveFileError
from ..messages import t

FORMAT = "hgw-werkmap"
SCHEMA_VERSION = 1
"""The version every kind is written with now; raise it when a ``data`` shape changes."""

MAX_SAVE_BYTES = 2 * 1024 * 1024
"""Saved files above this size are refused before they are parsed."""


def dump_work(kind: str, payload: dict, *, schema_version: int = SCHEMA_VERSION) -> bytes:
    """Wrap ``payload`` in the envelope and return UTF-8 JSON bytes.

    Raises:
        SaveFileError: ``payload`` is not a dict or cannot be written as JSON.
    """
    if not isinstance(payload, dict):
        raise SaveFileError(f"payload must be a dict, got {type(payload).__name__}", message_nl=t("keep.error.malformed"))
    envelope = {"format": FORMAT, "kind": kind, "schema_version": schema_version, "data": payload}
    try:
        text = json.dumps(envelope, ensure_ascii=False, indent=2, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise SaveFileError(f"cannot write work as JSON: {exc}", message_nl=t("keep.error.malformed")) from None
    return text.encode("utf-8")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"JSON constant {name} is not allowed")


def parse_envelope(data: bytes | str) -> dict:
    """Decode and parse a saved file and check its envelope, whatever its kind.

    Raises:
        SaveFileError: with a Dutch message for every way the file can be wrong.
    """
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise SaveFileError("saved work must be bytes", message_nl=t("keep.error.not_json"))
    data = bytes(data)
    if len(data) > MAX_SAVE_BYTES:
        raise SaveFileError(
            f"saved work too large: {len(data)} bytes",
            message_nl=t("keep.error.too_big", max_mb=MAX_SAVE_BYTES // (1024 * 1024)),
        )
    if not data.strip():
        raise SaveFileError("saved work is empty", message_nl=t("keep.error.empty"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SaveFileError("saved work is not UTF-8", message_nl=t("keep.error.not_utf8")) from None
    try:
        envelope = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise SaveFileError("saved work is not valid JSON", message_nl=t("keep.error.not_json")) from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise SaveFileError("not a hgw-werkmap file", message_nl=t("keep.error.not_ours"))
    version = envelope.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SaveFileError(f"bad schema_version {version!r}", message_nl=t("keep.error.malformed"))
    if not isinstance(envelope.get("kind"), str) or not isinstance(envelope.get("data"), dict):
        raise SaveFileError("envelope lacks kind or data", message_nl=t("keep.error.malformed"))
    return envelope


def load_work(data: bytes | str, *, kind: str, schema_version: int = SCHEMA_VERSION) -> dict:
    """Read a saved file of ``kind`` and return its ``data`` dict.

    Args:
        data: the file's bytes (a str is accepted too, e.g. from browser storage).
        kind: the kind of work the caller expects, e.g. ``"goal_card"``.
        schema_version: the newest version the caller can read.

    Raises:
        SaveFileError: not JSON, not UTF-8, too big, another kind, a newer
            version, or a broken envelope; ``message_nl`` says which, in Dutch.
    """
    envelope = parse_envelope(data)
    if envelope["kind"] != kind:
        raise SaveFileError(
            f"expected kind {kind!r}, file holds {envelope['kind']!r}",
            message_nl=t("keep.error.other_kind"),
        )
    if envelope["schema_version"] > schema_version:
        raise SaveFileError(
            f"file has schema_version {envelope['schema_version']}, this version reads up to {schema_version}",
            message_nl=t("keep.error.newer"),
        )
    return envelope["data"]


# --- small readers for from_dict functions -------------------------------------


def malformed(what: str) -> SaveFileError:
    """The error a ``from_dict`` raises when the data part is not as expected."""
    return SaveFileError(f"malformed saved work: {what}", message_nl=t("keep.error.malformed"))


def get_str(data: dict, key: str, *, default: str | None = None, max_len: int = 10_000) -> str:
    """``data[key]`` as text, or ``default`` if absent; anything else is malformed."""
    value = data.get(key, default)
    if not isinstance(value, str) or len(value) > max_len:
        raise malformed(f"{key} must be text")
    return value


def get_bool(data: dict, key: str, *, default: bool = False) -> bool:
    """``data[key]`` as a bool, or ``default`` if absent."""
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise malformed(f"{key} must be true or false")
    return value


def get_int(data: dict, key: str, *, default: int | None = None, low: int = 0, high: int = 10_000) -> int:
    """``data[key]`` as an int within ``[low, high]``, or ``default`` if absent."""
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise malformed(f"{key} must be a whole number from {low} to {high}")
    return value


def get_list(data: dict, key: str, *, max_items: int = 1_000) -> list:
    """``data[key]`` as a list (empty if absent)."""
    value = data.get(key, [])
    if not isinstance(value, list) or len(value) > max_items:
        raise malformed(f"{key} must be a list")
    return value


def get_dict(value: object, what: str) -> dict:
    """``value`` if it is a dict, else malformed."""
    if not isinstance(value, dict):
        raise malformed(f"{what} must be an object")
    return value
