"""The class overview as an Excel workbook (openpyxl): one sheet per table.

Sheets: "Klassendoelen" (the summary), "Cijfers" (the grades, with
insufficient grades marked) and "Leerlingen" (subgroup, strengths, factors,
needs). Every text cell is written as text: a name such as ``=HYPERLINK(...)``
is never turned into a formula, so opening the file cannot run anything.
"""

from __future__ import annotations

import io
import math

import pandas as pd

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Font, PatternFill

from ..domain.areas import area_label
from ..domain.class_overview import ClassOverview
from ..domain.grades import subject_label
from ..domain.numbers import shown_percent
from ..messages import t
from ..domain.formats import met_text, subgroup_label, word_text

_BOLD = Font(bold=True)
_LOW = PatternFill("solid", fgColor="FFEBE9")


def _put(sheet, row: int, column: int, value) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = TYPE_STRING  # never a formula, whatever the text starts with
    elif value is None or (isinstance(value, float) and math.isnan(value)):
        cell.value = None
    else:
        cell.value = value


def _table(sheet, header: list[str], rows) -> None:
    for column, text in enumerate(header, start=1):
        _put(sheet, 1, column, text)
        sheet.cell(row=1, column=column).font = _BOLD
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            _put(sheet, r, c, value)
    sheet.freeze_panes = "B2"
    for column, text in enumerate(header, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = max(12, min(40, len(text) + 4))


def overview_to_xlsx(overview: ClassOverview) -> bytes:
    """The overview as the bytes of an .xlsx file."""
    book = Workbook()
    summary_sheet = book.active
    summary_sheet.title = t("overview.excel.summary_sheet")
    summary = overview.summary()
    _table(
        summary_sheet,
        [t("overview.summary.subject"), t("overview.summary.students"), t("overview.summary.sufficient"),
         t("overview.summary.percent"), t("overview.summary.target"), t("overview.summary.result")],
        [
            [subject_label(subject), int(row.students), int(row.sufficient),
             None if math.isnan(row.percent_sufficient) else shown_percent(row.percent_sufficient),
             None if math.isnan(row.target) else float(row.target), met_text(row.target_met)]
            for subject, row in zip(summary.index, summary.itertuples())
        ],
    )
    grades_sheet = book.create_sheet(t("overview.excel.grades_sheet"))
    values = overview.grades.to_numpy(dtype=float)
    words = overview.words.to_numpy(dtype=object)
    ok = overview.sufficient().to_numpy()
    _table(
        grades_sheet,
        [t("overview.students.name"), *(subject_label(s) for s in overview.subjects)],
        [[name, *(word_text(w) if pd.notna(w) else None if math.isnan(v) else round(float(v), 2)
                  for v, w in zip(row, word_row))]
         for name, row, word_row in zip(overview.students, values, words)],
    )
    for r, (row, word_row) in enumerate(zip(values, words), start=2):
        for c, (value, word) in enumerate(zip(row, word_row), start=2):
            if (pd.notna(word) or not math.isnan(value)) and not ok[r - 2, c - 2]:
                grades_sheet.cell(row=r, column=c).fill = _LOW
    students_sheet = book.create_sheet(t("overview.excel.students_sheet"))
    rows = []
    for name in overview.students:
        notes = overview.notes_for(name)
        rows.append([
            name, subgroup_label(notes.subgroup),
            "; ".join(f"{area_label(s.area)}: {s.text}" for s in notes.strengths),
            "; ".join(f.text for f in notes.stimulating),
            "; ".join(f.text for f in notes.hindering),
            " ".join(n.sentence(name) for n in notes.needs),
        ])
    _table(
        students_sheet,
        [t("overview.students.name"), t("overview.students.subgroup"), t("overview.students.strengths"),
         t("overview.students.stimulating"), t("overview.students.hindering"), t("overview.students.needs")],
        rows,
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
