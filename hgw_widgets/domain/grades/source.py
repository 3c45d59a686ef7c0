"""From an upload to a grid of cell texts: size limits, encodings, CSV dialects, .xlsx.

``read_grid(data)`` returns the file's first sheet (or the CSV) as a DataFrame
of strings, without interpreting anything: header search, columns and grades
are the reader's business (``layout``, ``wide``, ``long``). Nothing is ever
evaluated: an Excel formula is read as the value Excel stored, a CSV cell
that looks like a formula is text. The file is read in memory only.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass
from typing import Any, BinaryIO, Literal

import pandas as pd

from ...errors import GradeFileError
from ...messages import t
from .problems import MAX_CELL_CHARS, fail  # noqa: F401 (MAX_CELL_CHARS: re-exported)
from .xlsx_guard import MAX_UNZIPPED_BYTES, check_xlsx

MAX_BYTES = 10 * 1024 * 1024
"""An upload larger than this is refused (a class export is a few hundred kB)."""
MAX_ROWS = 250_000
MAX_COLUMNS = 200

Source = str | os.PathLike | bytes | bytearray | memoryview | BinaryIO


@dataclass(frozen=True, eq=False)
class Grid:
    """The cells of a file as text, and how the file was found to be written."""

    cells: pd.DataFrame
    file_type: Literal["csv", "xlsx"]
    encoding: str | None = None
    separator: str | None = None


def read_grid(source: Source) -> Grid:
    """Read a CSV or .xlsx upload into a grid of texts.

    Raises:
        GradeFileError: empty, too big, binary, an old .xls, a broken .xlsx, a ragged CSV.
    """
    data = read_bytes(source)
    if not data.strip(b" \t\r\n;,\xef\xbb\xbf"):
        fail("empty file", "grades.error.empty")
    if data.startswith(b"PK\x03\x04"):
        return Grid(_xlsx_grid(data), "xlsx")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        fail("old .xls file", "grades.error.old_excel")
    text, encoding = _decode(data)
    cells, sep = _csv_grid(text)
    return Grid(cells, "csv", encoding, sep)


def read_bytes(source: Source) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, (str, os.PathLike)):
        try:
            size = os.stat(source).st_size
            if size > MAX_BYTES:
                _too_big(size)
            with open(source, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise GradeFileError(f"cannot open {source!s}: {exc}", message_nl=t("grades.error.not_a_table")) from exc
    elif hasattr(source, "read"):
        data = source.read(MAX_BYTES + 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(data, (bytes, bytearray)):
            fail("file object returned no bytes", "grades.error.not_a_table")
        data = bytes(data)
    else:
        raise TypeError(f"read_grades expects a path, bytes or a binary file, got {type(source).__name__}")
    if len(data) > MAX_BYTES:
        _too_big(len(data))
    return data


def _too_big(size: int) -> None:
    fail(f"file too big ({size} bytes)", "grades.error.too_big",
          size=f"{size / 1024 / 1024:.1f}".replace(".", ","), max=MAX_BYTES // (1024 * 1024))


def _decode(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: BOM first, then strict UTF-8, then cp1252 (Excel on Windows)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                fail("undecodable text", "grades.error.not_a_table")
    if b"\x00" in data[:8192]:
        fail("binary file", "grades.error.not_a_table")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _sniff_separator(lines: list[str]) -> str:
    best, best_count = ",", 0
    for line in lines[:10]:
        if not line.strip():
            continue
        for sep in (";", "\t", ","):
            count = len(next(csv.reader([line], delimiter=sep))) - 1
            if count > best_count:
                best, best_count = sep, count
        if best_count:
            break
    return best


_LINE_END = re.compile(r"\r\n|\r|\n")


def line_count(text: str) -> int:
    """Line ends of any kind in ``text``: ``\\r\\n``, ``\\n`` and a lone ``\\r`` (pandas reads all three).

    Counted without splitting (no copy of the text), so a file with too many rows is
    refused before it is parsed.
    """
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _csv_grid(text: str) -> tuple[pd.DataFrame, str]:
    head = text[:65536].splitlines()
    sep = None
    if head and re.fullmatch(r"\s*sep=(.)\s*", head[0]):  # Excel's "sep=;" hint line
        sep = head[0].strip()[4]
        text = _LINE_END.split(text, 1)[1] if _LINE_END.search(text) else ""
        head = head[1:]
    sep = sep or _sniff_separator(head)
    if line_count(text) > MAX_ROWS + 1000:  # before parsing: slack for line breaks inside quoted cells
        fail("too many rows", "grades.error.too_many_rows", max=MAX_ROWS)
    widths = [len(row) for row in csv.reader(head[:50], delimiter=sep)] or [1]
    width = max(widths)
    if width > MAX_COLUMNS:
        fail("too many columns", "grades.error.too_many_columns", row=widths.index(width) + 1, max=MAX_COLUMNS)
    try:
        grid = pd.read_csv(
            io.StringIO(text), sep=sep, header=None, names=range(width), dtype=str,
            keep_default_na=False, na_filter=False, skip_blank_lines=False, engine="c",
            quotechar='"', index_col=False,
        )
    except pd.errors.ParserError as exc:
        match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if match:
            fail("ragged row", "grades.error.ragged", row=int(match.group(2)), found=match.group(3),
                  expected=match.group(1))
        raise GradeFileError(f"unreadable CSV: {exc}", message_nl=t("grades.error.not_a_table")) from exc
    except (ValueError, pd.errors.EmptyDataError) as exc:
        raise GradeFileError(f"unreadable CSV: {exc}", message_nl=t("grades.error.not_a_table")) from exc
    return grid, sep


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return format(value, ".10g")
    return str(value)


def _xlsx_grid(data: bytes) -> pd.DataFrame:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_xlsx(archive)  # zip bombs: refused before openpyxl loads anything
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
        raise GradeFileError(f"bad zip: {exc}", message_nl=t("grades.error.bad_xlsx")) from exc
    import openpyxl  # only the chapters that read Excel pay for it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise GradeFileError(f"cannot open xlsx: {exc}", message_nl=t("grades.error.bad_xlsx")) from exc
    try:
        sheet = book.worksheets[0]
        rows: list[list[str]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                fail("too many rows", "grades.error.too_many_rows", max=MAX_ROWS)
            cells = [_cell_text(v) for v in values[: MAX_COLUMNS + 1]]
            while cells and not cells[-1].strip():
                cells.pop()
            if len(cells) > MAX_COLUMNS:
                fail("too many columns", "grades.error.too_many_columns", row=number, max=MAX_COLUMNS)
            rows.append(cells)
    except GradeFileError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise GradeFileError(f"cannot read xlsx: {exc}", message_nl=t("grades.error.bad_xlsx")) from exc
    finally:
        book.close()
    width = max((len(r) for r in rows), default=0)
    if width == 0:
        fail("empty sheet", "grades.error.empty")
    return pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)
