"""One set of cleaning rules for untrusted text (``domain/text.py``)."""

from __future__ import annotations

import pytest

from hgw_widgets.domain.text import block, notes_text, one_line


@pytest.mark.parametrize(("value", "limit", "expected"), [
    ("  Ik  ga\n zitten. ", 300, "Ik ga zitten."),
    ("abcdef", 3, "abc"),
    ("a  " * 200, None, " ".join(["a"] * 200)),
    (None, 10, ""),
    (42, 10, ""),
    (["x"], 10, ""),
])
def test_one_line(value, limit, expected):
    assert one_line(value, limit) == expected


@pytest.mark.parametrize(("value", "limit", "expected"), [
    ("Extra  uitleg\r\n op  dinsdag ", 100, "Extra uitleg\nop dinsdag"),
    ("\n\n  a \n", 100, "a"),
    (None, 10, ""),
    ("abc\ndef", 5, "abc\nd"),
])
def test_block(value, limit, expected):
    assert block(value, limit) == expected


@pytest.mark.parametrize(("value", "limit", "expected"), [
    ("  eerst\n\n  dan  ", 100, "eerst\n\n  dan"),
    ("abcdef", 4, "abcd"),
    (None, 10, ""),
])
def test_notes_text_keeps_what_was_typed(value, limit, expected):
    assert notes_text(value, limit) == expected


def test_no_other_module_defines_its_own_cleaning():
    """The six cleaning functions of before (clean, clean_notes, clean_note, clean_goal_text, one_line in
    areas, _clean_block) are gone: a second set would drift from this one."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "hgw_widgets"
    found = []
    for path in package.rglob("*.py"):
        if path.name == "text.py" and path.parent.name == "domain":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and (node.name in {"one_line", "clean", "clean_notes", "clean_note"}
                                                      or node.name.startswith(("clean_goal", "_clean"))):
                found.append(f"{path.relative_to(package)}:{node.name}")
    assert found == []
