"""Download names from the user's text: cut the stem, keep the extension, safe everywhere (issue 18, finding 6)."""

from __future__ import annotations

import re

import pytest

from hgw_widgets.domain.filenames import MAX_FILENAME_CHARS, safe_filename

LONG_TEXT = ("positieve aspecten Dinsdag in de les <img src=x onerror=alert(1)> " * 4).strip()

CASES = [
    pytest.param("doelenkaart-Zoë.docx", {}, "doelenkaart-Zoe.docx", id="accent"),
    pytest.param("../../etc/passwd", {}, "etc-passwd", id="path-up"),
    pytest.param("..\\..\\Windows\\win.ini", {}, "Windows-win.ini", id="windows-path"),
    pytest.param("", {}, "werkmap", id="empty"),
    pytest.param("😀", {}, "werkmap", id="emoji-only"),
    pytest.param("😀", {"extension": "json"}, "werkmap.json", id="emoji-only-keeps-extension"),
    pytest.param("<script>.json", {}, "script.json", id="markup"),
    pytest.param("CON", {"extension": "json"}, "werkmap-CON.json", id="windows-reserved"),
    pytest.param("nul.tar.gz", {}, "werkmap-nul.tar.gz", id="windows-reserved-any-extension"),
    pytest.param("com1", {"extension": "md"}, "werkmap-com1.md", id="windows-com1"),
    pytest.param("a:b*c?d\"e<f>g|h", {"extension": "html"}, "a-b-c-d-e-f-g-h.html", id="windows-forbidden"),
    pytest.param("notitie. . .", {"extension": "md"}, "notitie.md", id="trailing-dots"),
    pytest.param(".verborgen", {"extension": "json"}, "verborgen.json", id="leading-dot"),
    pytest.param("plan 3.5 uur", {"extension": "docx"}, "plan-3.5-uur.docx", id="dot-in-stem-with-extension"),
    pytest.param("Jordi.docx", {"extension": "json"}, "Jordi.docx.json", id="extension-given-wins"),
    pytest.param("x", {"extension": ".j/s o n"}, "x.json", id="extension-cleaned"),
    pytest.param("a\x00b\r\nc", {"extension": "md"}, "a-b-c.md", id="control-characters"),
]


@pytest.mark.parametrize(("name", "kwargs", "expected"), CASES)
def test_safe_filename(name, kwargs, expected):
    assert safe_filename(name, **kwargs) == expected


@pytest.mark.parametrize("extension", ["json", "docx", "html", "md", "xlsx"])
@pytest.mark.parametrize("text", [LONG_TEXT, "é" * 500, "a" * 5000, "-" * 300 + "b" * 300, "x." * 400])
def test_a_long_name_is_cut_in_the_stem_and_keeps_its_extension(text, extension):
    for name, kwargs in ((text, {"extension": extension}), (f"{text}.{extension}", {})):
        result = safe_filename(name, **kwargs)
        assert result.endswith("." + extension), result
        assert len(result) <= MAX_FILENAME_CHARS
        assert re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9._-]*\.[a-z]+", result), result
        assert ".." not in result and "-." not in result


def test_the_issue_example_keeps_json():
    name = safe_filename("positieve-aspecten-" + LONG_TEXT, extension="json")
    assert name.startswith("positieve-aspecten-positieve-aspecten-Dinsdag-in-de-les-img-src-x-onerror-alert-1")
    assert name.endswith(".json")
