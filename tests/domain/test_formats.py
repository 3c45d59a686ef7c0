"""One module of Dutch labels and formats, used by views and exports alike (``domain/formats.py``)."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from hgw_widgets.domain import formats

PACKAGE = Path(__file__).resolve().parents[2] / "hgw_widgets"


@pytest.mark.parametrize(("value", "kwargs", "expected"), [
    (date(2026, 11, 3), {}, "03-11-2026"),
    (None, {}, "…………"),
    (None, {"missing": "nog te kiezen"}, "nog te kiezen"),
])
def test_date_text(value, kwargs, expected):
    assert formats.date_text(value, **kwargs) == expected


@pytest.mark.parametrize(("function", "value", "expected"), [
    ("grade_text", 5.45, "5,5"), ("grade_text", 6, "6,0"), ("percent_text", 79.55, "79,6 %"),
    ("percent_text", None, "–"), ("number_text", 80.0, "80"), ("subgroup_label", "intensief", "Intensief"),
    ("met_text", None, "geen doel"), ("word_text", "O", "onvoldoende"), ("value_text", 5.45, "5,5"),
    ("owner_label", "student", "Doel van de leerling"), ("owner_label", "teacher", "Wat de docent of mentor doet"),
])
def test_labels(function, value, expected):
    assert getattr(formats, function)(value) == expected


def test_formats_load_neither_pandas_nor_widgets():
    code = ("import sys; import hgw_widgets.domain.formats; "
            "print(sorted(m for m in ('pandas', 'ipywidgets', 'matplotlib') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_no_module_formats_a_date_or_defines_a_label_itself():
    """The six date helpers of before (``format_date``, ``_date_nl``, three ``strftime`` calls) are one."""
    own = {"date_text", "subgroup_label", "met_text", "value_text", "word_text", "count_text", "choice_text",
           "choice_note", "format_date", "_date_nl"}
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "domain" / "formats.py":
            continue
        source = path.read_text(encoding="utf-8")
        if ".strftime(" in source:
            found.append(f"{path.relative_to(PACKAGE)}: strftime")
        found += [f"{path.relative_to(PACKAGE)}: {node.name}" for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.FunctionDef) and node.name in own]
    assert found == []


def test_moment_text_is_day_month_year_and_24_hour_clock():
    from datetime import datetime

    from hgw_widgets.domain.formats import moment_text

    assert moment_text(datetime(2026, 3, 7, 9, 5)) == "07-03-2026 09:05"
    assert moment_text(datetime(2026, 11, 30, 17, 45)) == "30-11-2026 17:45"


@pytest.mark.parametrize(("count", "what", "expected"), [
    (1, "students", "1 leerling"), (26, "students", "26 leerlingen"), (1, "subjects", "1 vak"), (0, "subjects", "0 vakken"),
    (1, "participants", "1 deelnemer"), (20, "participants", "20 deelnemers"), (1, "seconds", "1 seconde"),
    (8, "seconds", "8 seconden"), (1, "pages", "1 pagina"), (6, "pages", "6 pagina's"),
])
def test_count_text_is_singular_for_one(count, what, expected):
    assert formats.count_text(count, what) == expected
