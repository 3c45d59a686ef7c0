"""Refuse an .xlsx that unpacks far beyond any grade export, before anything is loaded.

An .xlsx is a zip of XML parts. A "zip bomb" is small on the wire and huge
unpacked: issue 18 saw a 0.47 MB file whose shared strings expand to 185 MB
keep a kernel busy for 60 s and leave it at 1.2 GB. openpyxl, even in
read-only mode, loads the whole shared-string table and every part except the
worksheets (styles, workbook) into memory, so those are checked here first,
by streaming each part through the decompressor in small chunks and counting:

- the sizes the zip *declares* (``ZipInfo.file_size``), all parts together;
- the bytes that *actually* come out of the decompressor, per part and all
  together (a forged header cannot hide them);
- per part except worksheets (``MAX_PART_BYTES``), since openpyxl parses them
  whole; the shared-string table by bytes and by number of strings;
- the longest stretch without a ``<`` (one text or attribute that would be
  built as one huge string), and the cells in one worksheet row.

Nothing of the file is kept: each chunk is dropped after it is counted, so a
bomb is refused in about a second with a few MB of memory.

Where the limits come from (``benchmarks/bench_xlsx_bomb.py`` prints the figures,
``docs/deployment.md`` has them): a wide export of 2,000 students x 15 subjects
unpacks to about 4 MB with 0.1 MB of shared strings; the largest file the
workbook reads (250,000 rows x 8 columns, a per-grade list) to about 70 MB.
"""

from __future__ import annotations

import re
import zipfile

from .problems import fail

MAX_UNZIPPED_BYTES = 160 * 1024 * 1024
"""All parts together, declared and counted (the largest readable sheet is ~70 MB)."""
MAX_PART_BYTES = 16 * 1024 * 1024
"""Any part openpyxl reads whole (styles, workbook, relations): a real one is under 1 MB."""
MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024
"""The shared-string table (``xl/sharedStrings.xml``): a class export has well under 1 MB."""
MAX_SHARED_STRINGS = 1_000_000
"""Distinct texts in the shared-string table (a class export has a few thousand)."""
MAX_RUN_BYTES = 1024 * 1024
"""Bytes without a ``<``: Excel's longest cell (32,767 characters) is at most ~160 kB of XML."""
MAX_ROW_CELLS = 16_384
"""Cells in one worksheet row (Excel's own maximum number of columns)."""

_CHUNK = 256 * 1024
"""Smaller than ``MAX_RUN_BYTES``, so a text too long always reaches past a chunk's end."""
_STRING_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
_ROW_OR_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s/>]")
_TAIL = 64  # bytes kept between chunks so a tag split over two chunks is still seen


def check_xlsx(archive: zipfile.ZipFile) -> None:
    """Stream every part of ``archive`` once and refuse it when it unpacks too big.

    Raises:
        GradeFileError: ``grades.error.unpacked_too_big`` (declared or counted size, a part,
            the shared strings, one huge text or row); ``grades.error.bad_xlsx`` for a
            damaged zip (a size or checksum that does not match).
    """
    infos = archive.infolist()
    if sum(max(info.file_size, 0) for info in infos) > MAX_UNZIPPED_BYTES:
        _refuse("declared unpacked size")
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        name = info.filename.lower()
        shared = name.endswith("sharedstrings.xml")
        sheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
        limit = MAX_SHARED_STRINGS_BYTES if shared else (MAX_UNZIPPED_BYTES if sheet else MAX_PART_BYTES)
        if info.file_size > limit:
            _refuse(f"declared size of {info.filename}")
        total += _scan_part(archive, info, limit=limit, room=MAX_UNZIPPED_BYTES - total,
                            shared=shared, sheet=sheet)


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int, room: int,
               shared: bool, sheet: bool) -> int:
    size = strings = run = cells = 0
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit or size > room:
                _refuse(f"unpacked size of {info.filename}")
            first = chunk.find(b"<")
            if first < 0:
                run += len(chunk)
            elif run + first > MAX_RUN_BYTES:
                _refuse(f"one text over {MAX_RUN_BYTES} bytes in {info.filename}")
            else:
                run = len(chunk) - chunk.rfind(b"<") - 1
            if run > MAX_RUN_BYTES:  # a gap inside one chunk is shorter than a chunk
                _refuse(f"one text over {MAX_RUN_BYTES} bytes in {info.filename}")
            window = tail + chunk
            start = len(tail)
            if shared:
                strings += sum(1 for m in _STRING_TAG.finditer(window) if m.end() > start)
                if strings > MAX_SHARED_STRINGS:
                    _refuse(f"more than {MAX_SHARED_STRINGS} shared strings")
            if sheet:
                for match in _ROW_OR_CELL.finditer(window):
                    if match.end() <= start:
                        continue
                    cells = 0 if match.group(1) == b"row" else cells + 1
                    if cells > MAX_ROW_CELLS:
                        _refuse(f"a row with more than {MAX_ROW_CELLS} cells in {info.filename}")
            tail = window[-_TAIL:]
    return size


def _refuse(english: str) -> None:
    fail(f"xlsx unpacks too big: {english}", "grades.error.unpacked_too_big")
