"""Excel zip bombs (issue 18, finding 3): refused in Dutch before openpyxl loads anything.

The files are generated here (``tests/domain/xlsx_files.py``); time and memory are
measured by ``benchmarks/bench_xlsx_bomb.py``, not here.
"""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from hgw_widgets import GradeFileError, read_grades
from hgw_widgets.domain.grades import xlsx_guard
from tests.domain.xlsx_files import _NS, real_export, shared_strings_bomb, with_declared_sizes

TOO_BIG = "uitgepakt veel groter dan een cijferexport"


@pytest.fixture
def loads(monkeypatch) -> list:
    """Every call of openpyxl.load_workbook; a refused file must never get there, so none loads."""
    calls: list = []

    def recording(*args, **kwargs):
        calls.append(args)
        raise AssertionError("openpyxl was asked to load the file")

    monkeypatch.setattr(openpyxl, "load_workbook", recording)
    return calls


def _refusal(data: bytes) -> str:
    with pytest.raises(GradeFileError) as info:
        read_grades(data)
    return info.value.message_nl


def _with_part(name: str, content: bytes) -> bytes:
    """The bomb's small workbook with one part replaced (and a tiny shared-string table)."""
    source = zipfile.ZipFile(io.BytesIO(shared_strings_bomb(strings=0)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, content if info.filename == name else source.read(info))
    return buffer.getvalue()


def test_a_shared_strings_bomb_is_refused_in_dutch_and_nothing_is_loaded(loads):
    bomb = shared_strings_bomb()  # 185 MB of shared strings in ~0.6 MB
    assert len(bomb) < 1024 * 1024
    assert TOO_BIG in _refusal(bomb)
    assert loads == []


def test_a_forged_declared_size_does_not_let_a_bomb_through(loads):
    forged = with_declared_sizes(shared_strings_bomb(), 1000)  # the zip claims 1 kB per part
    message = _refusal(forged)
    assert TOO_BIG in message or "beschadigd" in message
    assert loads == []


def test_too_many_shared_strings_are_refused_by_count(monkeypatch, loads):
    monkeypatch.setattr(xlsx_guard, "MAX_SHARED_STRINGS", 5_000)
    bomb = shared_strings_bomb(strings=10_000, text="x")  # 0.2 MB unpacked: only the count is over
    assert TOO_BIG in _refusal(bomb)
    assert loads == []


def test_one_huge_text_is_refused(loads):
    sheet = (f'<worksheet xmlns="{_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
             + "x" * (2 * 1024 * 1024) + "</t></is></c></row></sheetData></worksheet>").encode()
    assert TOO_BIG in _refusal(_with_part("xl/worksheets/sheet1.xml", sheet))
    assert loads == []


def test_a_row_with_more_cells_than_excel_allows_is_refused(loads):
    cells = '<c t="n"><v>1</v></c>' * (xlsx_guard.MAX_ROW_CELLS + 1)
    sheet = f'<worksheet xmlns="{_NS}"><sheetData><row r="1">{cells}</row></sheetData></worksheet>'.encode()
    assert TOO_BIG in _refusal(_with_part("xl/worksheets/sheet1.xml", sheet))
    assert loads == []


def test_a_big_styles_part_is_refused(loads):
    styles = b'<styleSheet xmlns="' + _NS.encode() + b'">' + b"<numFmts/>" * (2 * 1024 * 1024) + b"</styleSheet>"
    assert len(styles) > xlsx_guard.MAX_PART_BYTES
    assert TOO_BIG in _refusal(_with_part("xl/workbook.xml", styles))
    assert loads == []


def test_a_real_export_is_still_read():
    grades = read_grades(real_export(3_000, students=200))
    assert grades.shape == (200, 15)
