"""Every message key used in the code exists, and every key in the catalogue is used."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from hgw_widgets.messages import catalogue, t

PACKAGE = Path(__file__).resolve().parents[1] / "hgw_widgets"
KEY_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


def _string_constants() -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_every_key_used_exists():
    areas = {key.split(".", 1)[0] for key in catalogue()}
    used = {s for s in _string_constants() if KEY_RE.match(s) and s.split(".", 1)[0] in areas}
    missing = sorted(used - set(catalogue()))
    assert not missing, f"keys used in code but missing from messages/nl: {missing}"


def test_no_key_is_unused():
    constants = _string_constants()
    unused = sorted(key for key in catalogue() if key not in constants)
    assert not unused, f"keys in messages/nl that no code uses: {unused}"


def test_unknown_key_raises():
    with pytest.raises(KeyError):
        t("drafter.does_not_exist")


def test_fields_are_filled_in():
    assert t("drafter.add.full", max=20) == "Je lijst is vol (20 doelen). Verwijder eerst een doel."


def test_messages_are_dutch_text_not_empty():
    for key, text in catalogue().items():
        assert text.strip(), key
