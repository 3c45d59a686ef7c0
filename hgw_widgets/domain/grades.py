"""Read a grade export (CSV or .xlsx, wide or long) into one table of grades.

``read_grades(source)`` returns a DataFrame with one row per student (index:
the name as given, as text) and one float column per subject; NaN where there
is no grade. ``read_grades_report(source)`` returns the same table plus what
was found on the way (markers such as "inh" and "vr", layout, encoding). The
marker counts are also put in ``df.attrs["markers"]`` for convenience, but
``attrs`` do not survive every pandas operation: use the report when it matters.

Nothing is ever evaluated: a cell that looks like a formula is text (and so
not a grade). The file is read in memory; nothing is written anywhere. Every
problem raises ``GradeFileError`` whose Dutch message names the row (as Excel
numbers it) and the column (its header and letter).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal

import numpy as np
import pandas as pd

from ..errors import GradeFileError
from ..messages import t

MAX_BYTES = 10 * 1024 * 1024
"""An upload larger than this is refused (a class export is a few hundred kB)."""
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
"""An .xlsx whose contents unpack to more than this is refused (zip bombs)."""
MAX_ROWS = 250_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 200
_HEADER_SEARCH_ROWS = 20

Source = str | os.PathLike | bytes | bytearray | memoryview | BinaryIO

# Marker text (lower case, trimmed) -> the code counted in the report.
MARKERS: dict[str, str] = {
    "": "empty",
    "-": "empty",
    "inh": "retake",
    "inhalen": "retake",
    "vr": "exempt",
    "vrijstelling": "exempt",
    "ntm": "not_counted",
    "telt niet mee": "not_counted",
}
MARKER_CODES: tuple[str, ...] = ("empty", "retake", "exempt", "not_counted")

_NAME = {"naam", "leerling", "leerlingnaam", "naam leerling", "leerling naam", "volledige naam", "student", "name"}
_FIRST = {"voornaam", "roepnaam"}
_PREFIX = {"tussenvoegsel", "tussenvoegsels", "tv"}
_LAST = {"achternaam"}
_SUBJECT = {"vak", "vakcode", "vaknaam", "vak code", "subject"}
_GRADE = {"cijfer", "resultaat", "grade", "score"}
_WEIGHT = {"weging", "weight", "gewicht", "wegingsfactor"}
_NOT_SUBJECTS = {
    "leerlingnummer", "leerlingnr", "llnr", "ll.nr", "stamnummer", "nummer", "nr", "id", "klas",
    "klasgroep", "groep", "stamgroep", "lesgroep", "mentor", "e-mail", "email", "geboortedatum",
    "leerjaar", "profiel", "niveau", "opleiding", "studie", "gemiddelde", "gem", "totaal", "datum",
    "omschrijving", "toets", "periode", "docent", "opmerking", "opmerkingen",
}
_GRADE_RE = r"\d{1,3}(?:[.,]\d+)?"
_WEIGHT_RE = r"\d{1,3}(?:[.,]\d+)?"


@dataclass(frozen=True, eq=False)
class GradeImport:
    """A grade table and what the import found on the way.

    Args:
        grades: one row per student (index ``leerling``), one float column per subject.
        markers: how many cells held each marker code (``MARKER_CODES``).
        layout: ``"wide"`` (one row per student) or ``"long"`` (one row per grade).
        file_type: ``"csv"`` or ``"xlsx"``.
        encoding: the text encoding found (CSV only).
        separator: the separator found (CSV only).
        ignored_columns: headers that were recognised as not being subjects.
    """

    grades: pd.DataFrame
    markers: dict[str, int]
    layout: Literal["wide", "long"]
    file_type: Literal["csv", "xlsx"]
    encoding: str | None = None
    separator: str | None = None
    ignored_columns: tuple[str, ...] = field(default=())


def read_grades(source: Source) -> pd.DataFrame:
    """Read a grade export into a table of grades.

    Args:
        source: a path, the file's bytes (an upload) or a binary file object.

    Returns:
        One row per student, one float column per subject; ``attrs["markers"]``
        holds the marker counts.

    Raises:
        GradeFileError: the file cannot be read; ``message_nl`` names row and column.
    """
    return read_grades_report(source).grades


def read_grades_report(source: Source) -> GradeImport:
    """Like ``read_grades`` but returns the table together with the import report."""
    data = _read_bytes(source)
    if not data.strip(b" \t\r\n;,\xef\xbb\xbf"):
        _fail("empty file", "grades.error.empty")
    if data.startswith(b"PK\x03\x04"):
        grid, file_type, encoding, sep = _xlsx_grid(data), "xlsx", None, None
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        _fail("old .xls file", "grades.error.old_excel")
    else:
        text, encoding = _decode(data)
        grid, sep = _csv_grid(text)
        file_type = "csv"
    result = _interpret(grid)
    result.grades.attrs["markers"] = dict(result.markers)
    return GradeImport(
        grades=result.grades,
        markers=result.markers,
        layout=result.layout,
        file_type=file_type,
        encoding=encoding,
        separator=sep,
        ignored_columns=result.ignored,
    )


# --- errors -------------------------------------------------------------------------


def _fail(english: str, key: str, **fields: Any):
    error = GradeFileError(english, message_nl=t(key, **fields))
    error.row = fields.get("row")  # type: ignore[attr-defined]
    error.column = fields.get("column")  # type: ignore[attr-defined]
    raise error


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _shown(value: str, limit: int = 40) -> str:
    value = " ".join(str(value).split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


# --- bytes and text -----------------------------------------------------------------


def _read_bytes(source: Source) -> bytes:
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
            _fail("file object returned no bytes", "grades.error.not_a_table")
        data = bytes(data)
    else:
        raise TypeError(f"read_grades expects a path, bytes or a binary file, got {type(source).__name__}")
    if len(data) > MAX_BYTES:
        _too_big(len(data))
    return data


def _too_big(size: int) -> None:
    _fail(f"file too big ({size} bytes)", "grades.error.too_big",
          size=f"{size / 1024 / 1024:.1f}".replace(".", ","), max=MAX_BYTES // (1024 * 1024))


def _decode(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: BOM first, then strict UTF-8, then cp1252 (Excel on Windows)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                _fail("undecodable text", "grades.error.not_a_table")
    if b"\x00" in data[:8192]:
        _fail("binary file", "grades.error.not_a_table")
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


def _csv_grid(text: str) -> tuple[pd.DataFrame, str]:
    head = text[:65536].splitlines()
    sep = None
    if head and re.fullmatch(r"\s*sep=(.)\s*", head[0]):  # Excel's "sep=;" hint line
        sep = head[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        head = head[1:]
    sep = sep or _sniff_separator(head)
    if text.count("\n") > MAX_ROWS + 1000:
        _fail("too many rows", "grades.error.too_many_rows", max=MAX_ROWS)
    widths = [len(row) for row in csv.reader(head[:50], delimiter=sep)] or [1]
    width = max(widths)
    if width > MAX_COLUMNS:
        _fail("too many columns", "grades.error.too_many_columns", row=widths.index(width) + 1, max=MAX_COLUMNS)
    try:
        grid = pd.read_csv(
            io.StringIO(text), sep=sep, header=None, names=range(width), dtype=str,
            keep_default_na=False, na_filter=False, skip_blank_lines=False, engine="c",
            quotechar='"', index_col=False,
        )
    except pd.errors.ParserError as exc:
        match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if match:
            _fail("ragged row", "grades.error.ragged", row=int(match.group(2)), found=match.group(3),
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
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
                _fail("xlsx unpacks too big", "grades.error.too_big", size=">200", max=MAX_BYTES // (1024 * 1024))
    except zipfile.BadZipFile as exc:
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
                _fail("too many rows", "grades.error.too_many_rows", max=MAX_ROWS)
            cells = [_cell_text(v) for v in values[: MAX_COLUMNS + 1]]
            while cells and not cells[-1].strip():
                cells.pop()
            if len(cells) > MAX_COLUMNS:
                _fail("too many columns", "grades.error.too_many_columns", row=number, max=MAX_COLUMNS)
            rows.append(cells)
    except GradeFileError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise GradeFileError(f"cannot read xlsx: {exc}", message_nl=t("grades.error.bad_xlsx")) from exc
    finally:
        book.close()
    width = max((len(r) for r in rows), default=0)
    if width == 0:
        _fail("empty sheet", "grades.error.empty")
    return pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)


# --- interpreting the grid ---------------------------------------------------------


@dataclass
class _Result:
    grades: pd.DataFrame
    markers: dict[str, int]
    layout: Literal["wide", "long"]
    ignored: tuple[str, ...]


class _Column:
    """One column of the file as codes into its distinct cleaned values.

    Exports repeat the same few texts (names, subjects, "6,5") thousands of
    times, so every rule runs once per distinct value, not once per cell.
    """

    def __init__(self, cells: pd.Series) -> None:
        codes, uniques = pd.factorize(cells.astype(object).fillna("").to_numpy(dtype=object))
        self.codes = codes
        self.uniques = np.array([" ".join(str(u).split()) for u in uniques] + [""], dtype=object)

    def take(self, keep: np.ndarray) -> _Column:
        other = object.__new__(_Column)
        other.codes, other.uniques = self.codes[keep], self.uniques
        return other

    def values(self) -> np.ndarray:
        return self.uniques[self.codes]

    def map(self, function, dtype=object) -> np.ndarray:
        return np.array([function(u) for u in self.uniques], dtype=dtype)[self.codes]


def _norm_header(text: str) -> str:
    return " ".join(str(text).replace("\ufeff", "").split()).strip(" :.").casefold()


def _find_header(grid: pd.DataFrame) -> int:
    for index in range(min(_HEADER_SEARCH_ROWS, len(grid))):
        names = {_norm_header(v) for v in grid.iloc[index]}
        if names & _NAME or (names & _FIRST and names & _LAST):
            return index
    first = next((i for i in range(len(grid)) if any(str(v).strip() for v in grid.iloc[i])), 0)
    _fail("no name column", "grades.error.no_name_column", row=first + 1)


def _interpret(grid: pd.DataFrame) -> _Result:
    header_index = _find_header(grid)
    headers = [" ".join(str(v).replace("\ufeff", "").split()) for v in grid.iloc[header_index]]
    keys = [_norm_header(h) for h in headers]
    header_row = header_index + 1
    columns = [_Column(grid.iloc[header_index + 1 :, i]) for i in range(len(headers))]
    rows = np.arange(header_index + 2, len(grid) + 1)  # Excel row numbers
    keep = np.zeros(len(rows), dtype=bool)
    for column in columns:
        keep |= column.map(bool, dtype=bool)
    if not keep.any():
        _fail("no students", "grades.error.no_students", row=header_row)
    columns, rows = [c.take(keep) for c in columns], rows[keep]

    def col(index: int) -> str:
        if headers[index]:
            return t("grades.column", header=_shown(headers[index]), letter=_letter(index))
        return t("grades.column_unnamed", letter=_letter(index))

    def find(options: set[str]) -> int | None:
        return next((i for i, k in enumerate(keys) if k in options), None)

    too_long = np.column_stack([c.map(lambda u: len(u) > MAX_CELL_CHARS, dtype=bool) for c in columns])
    _first_bad(too_long, rows, "cell too long", "grades.error.too_long", col, max=MAX_CELL_CHARS)

    name_col = find(_NAME)
    name_cols = [name_col] if name_col is not None else [
        i for i in (find(_FIRST), find(_PREFIX), find(_LAST)) if i is not None
    ]
    names = columns[name_cols[0]].values()
    for extra in name_cols[1:]:
        names = np.array([" ".join(f"{a} {b}".split()) for a, b in zip(names, columns[extra].values())], dtype=object)
    subject_col, grade_col, weight_col = find(_SUBJECT), find(_GRADE), find(_WEIGHT)
    if subject_col is not None and grade_col is not None:
        used = set(name_cols) | {subject_col, grade_col} | ({weight_col} - {None})
        ignored = tuple(h for i, h in enumerate(headers) if i not in used and h)
        return _read_long(columns, rows, names, name_cols[0], subject_col, grade_col, weight_col, col, ignored)
    used = set(name_cols)
    ignored = tuple(h for i, h in enumerate(headers) if i not in used and keys[i] in _NOT_SUBJECTS)
    return _read_wide(columns, rows, names, name_cols[0], headers, keys, used, col, header_row, ignored)


def _first_bad(mask: np.ndarray, rows: np.ndarray, english: str, key: str, col, *, columns=None, **fields) -> None:
    """Raise for the first True cell of ``mask`` in reading order (row by row)."""
    if not mask.any():
        return
    r, c = np.argwhere(mask)[0]
    column_index = columns[c] if columns is not None else c
    extra = {k: (v(r, c) if callable(v) else v) for k, v in fields.items()}
    _fail(f"{english} at row {rows[r]}, column {column_index}", key, row=int(rows[r]), column=col(column_index), **extra)


_GRADE_FULL = re.compile(_GRADE_RE)


def _grade_value(text: str) -> tuple[float, int]:
    """(value, kind) with kind -1 = no grade, 0 = number, 1.. = marker code index + 1."""
    marker = MARKERS.get(text.casefold())
    if marker is not None:
        return np.nan, MARKER_CODES.index(marker) + 1
    if _GRADE_FULL.fullmatch(text):
        return float(text.replace(",", ".")), 0
    return np.nan, -1


def _parse_grades(columns: list[_Column], rows: np.ndarray, indexes: list[int], col) -> tuple[np.ndarray, dict[str, int]]:
    """Turn text cells into grades (NaN for markers); raise for anything else."""
    values = np.empty((len(rows), len(indexes)))
    kinds = np.empty((len(rows), len(indexes)), dtype=np.int8)
    raw = []
    for j, index in enumerate(indexes):
        parsed = [_grade_value(u) for u in columns[index].uniques]
        values[:, j] = np.array([p[0] for p in parsed])[columns[index].codes]
        kinds[:, j] = np.array([p[1] for p in parsed], dtype=np.int8)[columns[index].codes]
        raw.append(columns[index])
    shown = lambda r, c: _shown(raw[c].uniques[raw[c].codes[r]])  # noqa: E731
    _first_bad(kinds < 0, rows, "not a grade", "grades.error.not_a_grade", col, columns=indexes, value=shown)
    _first_bad((kinds == 0) & ((values < 1) | (values > 10)), rows, "grade out of range",
               "grades.error.out_of_range", col, columns=indexes, value=shown)
    counts = np.bincount(kinds[kinds > 0].ravel(), minlength=len(MARKER_CODES) + 1)
    return values, {code: int(counts[i + 1]) for i, code in enumerate(MARKER_CODES)}


def _read_wide(columns, rows, names, name_col, headers, keys, used, col, header_row, ignored) -> _Result:
    subjects: list[int] = []
    seen: dict[str, int] = {}
    for index, key in enumerate(keys):
        if index in used or key in _NOT_SUBJECTS:
            continue
        if not headers[index]:
            if columns[index].map(bool, dtype=bool).any():
                _fail("unnamed column", "grades.error.unnamed_column", row=header_row, column=col(index))
            continue
        if key in seen:
            _fail("duplicate column", "grades.error.duplicate_column", row=header_row, column=col(index),
                  first=_letter(seen[key]))
        seen[key] = index
        subjects.append(index)
    if not subjects:
        _fail("no subjects", "grades.error.no_subjects", row=header_row)
    has_grades = np.zeros(len(rows), dtype=bool)
    for index in subjects:
        has_grades |= columns[index].map(bool, dtype=bool)
    no_name = names == ""
    _first_bad((no_name & has_grades)[:, None], rows, "missing name", "grades.error.missing_name", col,
               columns=[name_col])
    keep = ~no_name
    columns, rows, names = [c.take(keep) for c in columns], rows[keep], names[keep]
    duplicated = pd.Series(names).duplicated().to_numpy()
    if duplicated.any():
        r = int(np.argmax(duplicated))
        first = int(np.argmax(names == names[r]))
        _fail("duplicate student", "grades.error.duplicate_student", row=int(rows[r]), column=col(name_col),
              name=_shown(names[r]), first=int(rows[first]))
    values, counts = _parse_grades(columns, rows, subjects, col)
    grades = pd.DataFrame(
        values,
        index=pd.Index(names.tolist(), name="leerling"),
        columns=pd.Index([headers[i] for i in subjects], name="vak"),
        dtype=float,
    )
    return _Result(grades, counts, "wide", ignored)


def _read_long(columns, rows, names, name_col, subject_col, grade_col, weight_col, col, ignored) -> _Result:
    subjects = columns[subject_col].values()
    _first_bad((names == "")[:, None], rows, "missing name", "grades.error.missing_name", col, columns=[name_col])
    _first_bad((subjects == "")[:, None], rows, "missing subject", "grades.error.missing_subject", col,
               columns=[subject_col])
    values, counts = _parse_grades(columns, rows, [grade_col], col)
    grade = values[:, 0]
    if weight_col is None:
        weight = np.ones(len(grade))
    else:
        def parse_weight(text: str) -> float:
            if not text:
                return 1.0
            if _GRADE_FULL.fullmatch(text):
                number = float(text.replace(",", "."))
                return number if number <= 100 else -1.0
            return -1.0

        column = columns[weight_col]
        weight = column.map(parse_weight, dtype=float)
        _first_bad((weight < 0)[:, None], rows, "bad weight", "grades.error.bad_weight", col, columns=[weight_col],
                   value=lambda r, c: _shown(column.uniques[column.codes[r]]))
    counted = ~np.isnan(grade) & (weight > 0)
    frame = pd.DataFrame({
        "name": names,
        "subject": subjects,
        "gw": np.where(counted, grade * weight, 0.0),
        "w": np.where(counted, weight, 0.0),
    })
    sums = frame.groupby(["name", "subject"], sort=False)[["gw", "w"]].sum()
    mean = (sums["gw"] / sums["w"].where(sums["w"] > 0)).unstack()
    grades = mean.reindex(index=pd.unique(names), columns=pd.unique(subjects)).astype(float)
    grades.index = pd.Index([str(n) for n in grades.index], name="leerling")
    grades.columns = pd.Index([str(s) for s in grades.columns], name="vak")
    return _Result(grades, counts, "long", ignored)


def subjects_of(grades: pd.DataFrame) -> tuple[str, ...]:
    """The subjects of a grade table, in file order."""
    return tuple(str(c) for c in grades.columns)


def students_of(grades: pd.DataFrame) -> tuple[str, ...]:
    """The students of a grade table, in file order."""
    return tuple(str(i) for i in grades.index)
