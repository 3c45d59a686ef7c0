"""Excel files made on the spot for the zip-bomb tests and ``benchmarks/bench_xlsx_bomb.py``.

Nothing big is committed: ``shared_strings_bomb()`` builds, in about a second, the
kind of file issue 18 saw (0.47 MB on the wire, 185 MB of shared strings unpacked);
``real_export()`` writes a plain per-grade list with openpyxl, as a school's export
would look.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile

import openpyxl

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Cijfers" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
_SHEET = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>6.5</v></c></row>'
    '</sheetData></worksheet>'
)
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def shared_strings_bomb(*, strings: int = 1_850_000, text: str = "x" * 84) -> bytes:
    """A valid .xlsx whose shared-string table unpacks to about ``strings * (len(text) + 16)`` bytes.

    The defaults give ~185 MB of shared strings in a file of about 0.5 MB. The part
    is written in pieces, so making the file needs only a few MB.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", _SHEET)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_NS}" count="{strings + 3}" '
                       f'uniqueCount="{strings + 3}"><si><t>Naam</t></si><si><t>Wiskunde</t></si>'
                       f'<si><t>Anna</t></si>'.encode())
            block = f"<si><t>{text}</t></si>".encode() * 10_000
            for _ in range(strings // 10_000):
                part.write(block)
            part.write(b"</sst>")
    return buffer.getvalue()


def with_declared_sizes(data: bytes, size: int) -> bytes:
    """``data`` with every part's declared unpacked size (local and central headers) set to ``size``.

    A forged header: the zip says its parts are small, the deflate streams are not.
    """
    out = bytearray(data)
    position = 0
    while (position := out.find(b"PK\x03\x04", position)) >= 0:  # local headers: size at +22
        if struct.unpack_from("<I", out, position + 22)[0] != 0xFFFFFFFF:
            struct.pack_into("<I", out, position + 22, size)
        position += 4
    position = 0
    while (position := out.find(b"PK\x01\x02", position)) >= 0:  # central directory: size at +24
        if struct.unpack_from("<I", out, position + 24)[0] != 0xFFFFFFFF:
            struct.pack_into("<I", out, position + 24, size)
        position += 4
    return bytes(out)


def real_export(rows: int, *, students: int = 2_000, seed: int = 5) -> bytes:
    """A per-grade list as an .xlsx (Leerlingnummer, Leerling, Vak, Periode, Soort, Cijfer, Weging, Telt mee)."""
    subjects = ["ne", "en", "fa", "du", "wi", "gs", "ak", "bi", "nask", "ec", "lo", "ckv", "mu", "te", "lv"]
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Cijfers")
    sheet.append(["Leerlingnummer", "Leerling", "Vak", "Periode", "Soort", "Cijfer", "Weging", "Telt mee"])
    for i in range(rows):
        student = i % students
        sheet.append([100000 + student, f"Leerling {student:04d}", subjects[(i // students) % len(subjects)],
                      1 + (i // (students * len(subjects))) % 3, "Toets", round(rng.uniform(1, 10), 1),
                      rng.choice([1, 1, 2, 3]), "Ja"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
