"""A strengths sheet (positive aspects and concerns per area) as JSON data and as a printable ``Document``.

``sheet_to_dict``/``sheet_from_dict`` round-trip losslessly; ``sheet_from_dict``
builds the whole sheet or raises ``SaveFileError``.
"""

from __future__ import annotations

from ..domain.areas import AREAS, area_label
from ..domain.phrasing import MAX_PER_AREA, StrengthsSheet
from ..messages import t
from .document import BulletList, Document, Heading, Paragraph, Table
from .jsonio import get_dict, get_list, get_str, malformed

KIND = "strengths"


def sheet_to_dict(sheet: StrengthsSheet) -> dict:
    """The sheet as JSON-ready data: per area its positive aspects and concerns."""
    return {
        "student": sheet.student,
        "areas": {
            area: {"strengths": list(sheet.area_strengths(area)), "concerns": list(sheet.area_concerns(area))}
            for area in AREAS
        },
    }


def _texts(data: dict, key: str) -> list[str]:
    items = get_list(data, key, max_items=MAX_PER_AREA)
    if not all(isinstance(i, str) and len(i) <= 300 for i in items):
        raise malformed(f"{key} must be a list of short texts")
    return items


def sheet_from_dict(data: object) -> StrengthsSheet:
    """A sheet from saved data; raises ``SaveFileError`` if anything is malformed."""
    data = get_dict(data, "strengths sheet")
    sheet = StrengthsSheet(student=get_str(data, "student", default="", max_len=80))
    areas = get_dict(data.get("areas", {}), "areas")
    unknown = set(areas) - set(AREAS)
    if unknown:
        raise malformed(f"unknown areas {sorted(unknown)}")
    for area in AREAS:
        part = get_dict(areas.get(area, {}), f"areas.{area}")
        sheet = sheet.with_area(area, _texts(part, "strengths"), _texts(part, "concerns"))
    return sheet


def sheet_document(sheet: StrengthsSheet) -> Document:
    """One page: a table of the seven areas, then what is still missing."""
    subtitle = t("strengths.doc.subtitle", student=sheet.student) if sheet.student else ""
    none = t("strengths.doc.none")
    rows = [
        (area_label(area),
         "\n".join(sheet.area_strengths(area)) or none,
         "\n".join(sheet.area_concerns(area)) or none)
        for area in AREAS
    ]
    blocks: list = [
        Paragraph(t("strengths.doc.intro")),
        Table((t("strengths.doc.area"), t("strengths.doc.positive"), t("strengths.doc.concerns")), rows),
    ]
    missing = sheet.missing_areas()
    if missing:
        blocks += [Heading(t("strengths.doc.missing")), BulletList([area_label(a) for a in missing])]
    return Document(t("strengths.doc.title"), subtitle=subtitle, blocks=tuple(blocks))
