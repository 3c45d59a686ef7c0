"""A tracking sheet as JSON data and as a printable ``Document``.

The printout has, per week, a grid with what was filled in, and ends with
an empty grid that the student can fill in by hand, then the evaluation.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain.tracking import (
    DEFAULT_THRESHOLD,
    MARKS,
    MAX_LESSONS_PER_DAY,
    MAX_SHEET_GOALS,
    MAX_WEEKS,
    MIN_THRESHOLD,
    DayNote,
    Entry,
    TrackingSheet,
    WeekNote,
)
from ..domain.tracking_evaluation import evaluate, evaluation_summary
from ..messages import t
from ..domain.formats import date_text
from .cards import date_from
from .document import BulletList, Document, Heading, PageBreak, Paragraph, Table
from .jsonio import get_bool, get_dict, get_int, get_list, get_str, malformed

KIND = "tracking_sheet"
MARK_SYMBOLS = {"done": "✔", "not_yet": "✘", "na": "–"}


def sheet_to_dict(sheet: TrackingSheet) -> dict:
    """The sheet as JSON-ready data (the ``data`` part of a saved file)."""
    return {
        "student": sheet.student,
        "goals": list(sheet.goals),
        "start": None if sheet.start is None else sheet.start.isoformat(),
        "weeks": sheet.weeks,
        "days": list(sheet.days),
        "lessons_per_day": sheet.lessons_per_day,
        "per": sheet.per,
        "parent_initials": sheet.parent_initials,
        "weekly_review": sheet.weekly_review,
        "evaluation_with": sheet.evaluation_with,
        "marks": [[e.week, e.day, e.lesson, e.goal, e.mark] for e in sheet.marks],
        "initials": [[n.week, n.day, n.text] for n in sheet.initials],
        "reviews": [[n.week, n.text] for n in sheet.reviews],
        "threshold": round(sheet.threshold * 100),
    }


def _texts(data: dict, key: str, *, max_items: int, max_len: int) -> tuple[str, ...]:
    values = get_list(data, key, max_items=max_items)
    if not all(isinstance(v, str) and len(v) <= max_len for v in values):
        raise malformed(f"{key} must be a list of texts")
    return tuple(values)


def _row(value: object, types: tuple[type, ...], what: str) -> list:
    if not isinstance(value, list) or len(value) != len(types):
        raise malformed(f"{what} must be a list of {len(types)} values")
    for item, kind in zip(value, types):
        if not isinstance(item, kind) or (kind is int and isinstance(item, bool)):
            raise malformed(f"{what} has a value of the wrong type")
    return value


def sheet_from_dict(data: object) -> TrackingSheet:
    """A sheet from saved data; raises ``SaveFileError`` if anything is malformed."""
    data = get_dict(data, "sheet")
    per = get_str(data, "per", default="day")
    if per not in ("lesson", "day"):
        raise malformed("per must be lesson or day")
    weeks = get_int(data, "weeks", default=4, low=1, high=MAX_WEEKS)
    days = _texts(data, "days", max_items=7, max_len=20)
    lessons = get_int(data, "lessons_per_day", default=1, low=1, high=MAX_LESSONS_PER_DAY)
    goals = _texts(data, "goals", max_items=MAX_SHEET_GOALS, max_len=2_000)
    limit = weeks * max(len(days), 1) * lessons * max(len(goals), 1)
    marks = []
    for row in get_list(data, "marks", max_items=limit):
        week, day, lesson, goal, mark = _row(row, (int, int, int, int, str), "mark")
        if mark not in MARKS:
            raise malformed("unknown mark")
        marks.append(Entry(week, day, lesson, goal, mark))
    initials = [DayNote(*_row(r, (int, int, str), "initials")) for r in get_list(data, "initials", max_items=weeks * 7)]
    reviews = [WeekNote(*_row(r, (int, str), "review")) for r in get_list(data, "reviews", max_items=weeks)]
    try:
        sheet = TrackingSheet(
            student=get_str(data, "student", default="", max_len=200),
            goals=goals,
            start=date_from(data, "start"),
            weeks=weeks,
            days=days,
            lessons_per_day=lessons,
            per=per,
            parent_initials=get_bool(data, "parent_initials"),
            weekly_review=get_str(data, "weekly_review", default="", max_len=500),
            evaluation_with=get_str(data, "evaluation_with", default="", max_len=500),
            threshold=get_int(data, "threshold", default=round(DEFAULT_THRESHOLD * 100),
                              low=round(MIN_THRESHOLD * 100), high=100) / 100,
        )
    except ValueError as exc:
        raise malformed(str(exc)) from None
    # Every mark, initial and note must fit the sheet; re-adding them checks that.
    checked = sheet
    try:
        for e in marks:
            checked.check_place(e.week, e.day, e.lesson, e.goal)
        for n in initials:
            checked.check_place(n.week, n.day)
        for n in reviews:
            checked.check_place(n.week)
    except IndexError as exc:
        raise malformed(str(exc)) from None
    if len({(e.week, e.day, e.lesson, e.goal) for e in marks}) != len(marks):
        raise malformed("two marks in one place")
    if len({(n.week, n.day) for n in initials}) != len(initials) or len({n.week for n in reviews}) != len(reviews):
        raise malformed("two notes in one place")
    return replace(sheet, marks=tuple(marks), initials=tuple(initials), reviews=tuple(reviews))


def _grid(sheet: TrackingSheet, week: int | None) -> Table:
    """One week's grid: a row per goal, a column per lesson or day; ``week=None`` is an empty grid."""
    labels = sheet.slot_labels()
    header = (t("tracking.print.goal"), *labels)
    rows = []
    for g, goal in enumerate(sheet.goals):
        cells = []
        for d in range(len(sheet.days)):
            for lesson in range(sheet.lessons_per_day):
                mark = None if week is None else sheet.mark(week, d, lesson, g)
                cells.append(MARK_SYMBOLS.get(mark, ""))
        rows.append((f"{g + 1}. {goal}", *cells))
    if sheet.parent_initials:
        per_day = []
        for d in range(len(sheet.days)):
            text = "" if week is None else sheet.initial(week, d)
            per_day.extend([text] + [""] * (sheet.lessons_per_day - 1))
        rows.append((t("tracking.print.initials"), *per_day))
    return Table(header, rows, tall=week is None)


def _week_title(sheet: TrackingSheet, week: int) -> str:
    first = sheet.day_date(week, 0)
    if first is None:
        return t("tracking.print.week", n=week + 1)
    return t("tracking.print.week_from", n=week + 1, date=date_text(first))


def sheet_document(sheet: TrackingSheet, *, threshold: float | None = None) -> Document:
    """The sheet as it prints: the agreements, the weeks so far, an empty grid, the evaluation."""
    name = sheet.student.strip() or "…………"
    per = t("tracking.print.per_lesson") if sheet.per == "lesson" else t("tracking.print.per_day")
    agreements = [per, t("tracking.print.legend")]
    if sheet.parent_initials:
        agreements.append(t("tracking.print.parent_initials"))
    if sheet.weekly_review:
        agreements.append(t("tracking.print.weekly_review", text=sheet.weekly_review))
    agreements.append(t("tracking.print.evaluation", date=date_text(sheet.end), weeks=sheet.weeks))
    if sheet.evaluation_with:
        agreements.append(t("tracking.print.evaluation_with", text=sheet.evaluation_with))
    blocks: list = [Heading(t("tracking.print.agreements")), BulletList(agreements)]
    filled_weeks = sorted({e.week for e in sheet.marks} | {n.week for n in sheet.initials} | {n.week for n in sheet.reviews})
    for week in filled_weeks:
        blocks.append(Heading(_week_title(sheet, week), level=3))
        blocks.append(_grid(sheet, week))
        if sheet.review(week):
            blocks.append(Paragraph(t("tracking.print.review_note", text=sheet.review(week))))
    if filled_weeks:
        evaluation = evaluate(sheet, threshold=threshold)
        blocks.append(Heading(t("tracking.print.evaluation_heading")))
        blocks.append(BulletList(evaluation_summary(evaluation)))
        blocks.append(PageBreak())
    blocks.append(Heading(t("tracking.print.empty_heading")))
    blocks.append(Paragraph(t("tracking.print.empty_hint"), muted=True))
    blocks.append(_grid(sheet, None))
    if sheet.weekly_review:
        blocks.append(Table((t("tracking.print.review_heading"),), [("",)], tall=True))
    return Document(t("tracking.print.title", name=name), subtitle=t("tracking.print.subtitle"), blocks=tuple(blocks))
