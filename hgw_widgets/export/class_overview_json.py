"""The class overview (and its plan) as JSON-ready data: ``work_to_dict`` / ``work_from_dict``.

The ``data`` part of the saved JSON file (kind ``KIND``), wrapped by
``export.jsonio``. Besides the grades shown it keeps the word grades, every
other choice's table (periods, report grade or tests), the choice shown and
what the import set aside, so that a reloaded overview can still switch period
and still says what it did with the file. Files written before these fields
existed (only ``grades``) still load.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from ..domain.areas import AREAS, Strength
from ..domain.class_overview import (
    FACTOR_KINDS, MAX_STUDENTS, MAX_SUBJECTS, NEED_KINDS, SUBGROUPS, ClassOverview, ClassTarget, EducationalNeed, Factor,
    StudentNotes,
)
from ..domain.class_plan import MAX_GOALS_PER_SUBGROUP, ClassPlan, SubgroupPlan
from ..domain.goals import Goal
from ..domain.need_clusters import MAX_CLUSTERS, NeedCluster, clusters_within
from ..domain.grades import (
    BASES, MARKER_CODES, SET_ASIDE_REASONS, WORD_CODES, GradeChoice, GradeTable, ImportNotes, SetAside, SkippedRow,
)
from ..domain.grades.table import MAX_CHOICES
from .jsonio import get_bool, get_dict, get_int, get_list, get_str, malformed

KIND = "class_overview"


def _date_or_none(value) -> str | None:
    return None if value is None else value.isoformat()


def _parse_date(value, what: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise malformed(f"{what} must be a date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise malformed(f"{what} must be a date") from None


def _numbers(grades: pd.DataFrame) -> list:
    return [[None if math.isnan(v) else float(v) for v in row] for row in grades.to_numpy(dtype=float)]


def _words(words: pd.DataFrame) -> list | None:
    values = words.to_numpy(dtype=object)
    if not pd.notna(values).any():
        return None
    return [[None if w is None else str(w) for w in row] for row in values]


def _reading(notes: ImportNotes | None) -> dict | None:
    if notes is None:
        return None
    return {
        "layout": notes.layout, "file_type": notes.file_type, "name_columns": list(notes.name_columns),
        "number_column": notes.number_column, "period_column": notes.period_column,
        "set_aside": [{"header": x.header, "column": x.column, "reason": x.reason} for x in notes.set_aside],
        "skipped_rows": [{"row": x.row, "label": x.label} for x in notes.skipped_rows],
        "not_counted": notes.not_counted, "marked": notes.marked, "word_grades": notes.word_grades,
        "mixed": notes.mixed,
    }


def work_to_dict(overview: ClassOverview, plan: ClassPlan | None = None) -> dict:
    """The overview and plan as JSON-ready data (NaN grades become null)."""
    return {
        "class_name": overview.class_name,
        "pass_mark": overview.pass_mark,
        "subjects": list(overview.subjects),
        "students": list(overview.students),
        "grades": _numbers(overview.grades),
        "words": _words(overview.words),
        "choice": overview.choice,
        "choices": [{"key": c.key, "period": c.period, "basis": c.basis, "computed": c.computed}
                    for c in overview.choices],
        "tables": {key: {"grades": _numbers(table.grades), "words": _words(table.words)}
                   for key, table in overview.tables.items() if key != overview.choice},
        "reading": _reading(overview.reading),
        "targets": {x.subject: x.percent for x in overview.targets},
        "markers": {code: int(overview.markers.get(code, 0)) for code in MARKER_CODES},
        "notes": [
            {
                "name": n.name,
                "subgroup": n.subgroup,
                "strengths": [{"area": s.area, "text": s.text} for s in n.strengths],
                "factors": [{"kind": f.kind, "text": f.text} for f in n.factors],
                "needs": [{"kind": x.kind, "text": x.text} for x in n.needs],
            }
            for n in overview.notes
        ],
        "plan": None if plan is None else {
            "start": _date_or_none(plan.start),
            "weeks": plan.weeks,
            "subgroups": [
                {
                    "subgroup": p.subgroup,
                    "goals": [{"text": g.text, "acceptable": g.acceptable, "realistic": g.realistic,
                               "inspiring": g.inspiring} for g in p.goals],
                    "approach": p.approach,
                    "organisation": p.organisation,
                    "evaluation": _date_or_none(p.evaluation),
                }
                for p in plan.subgroups
            ],
            "clusters": [{"need": c.need, "students": list(c.students), "approach": c.approach}
                         for c in plan.clusters],
        },
    }


def _number(value, what: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise malformed(f"{what} must be a number from {low} to {high}")
    return float(value)


def work_from_dict(data: dict) -> tuple[ClassOverview, ClassPlan | None]:
    """Rebuild the overview and plan; raises ``SaveFileError`` on anything malformed."""
    data = get_dict(data, "data")
    subjects = [get_str({"s": s}, "s", max_len=200) for s in get_list(data, "subjects", max_items=MAX_SUBJECTS)]
    students = [get_str({"s": s}, "s", max_len=200) for s in get_list(data, "students", max_items=MAX_STUDENTS)]
    if len(set(students)) != len(students) or len(set(subjects)) != len(subjects):
        raise malformed("duplicate student or subject")
    grades = _table(data, students, subjects)
    choices = _choices(data)
    choice = get_str(data, "choice", default=choices[0].key if choices else ":file", max_len=100)
    tables_data = get_dict(data.get("tables", {}), "tables")
    if len(tables_data) > MAX_CHOICES:
        raise malformed("too many tables")
    tables = {key: _table(get_dict(value, "table"), students, subjects) for key, value in tables_data.items()}
    tables[choice] = grades
    targets_data = get_dict(data.get("targets", {}), "targets")
    try:
        targets = tuple(ClassTarget(s, _number(p, "target", 0, 100)) for s, p in targets_data.items())
        notes = tuple(_notes_from_dict(get_dict(n, "notes")) for n in get_list(data, "notes", max_items=MAX_STUDENTS))
        markers = {code: int(_number(get_dict(data.get("markers", {}), "markers").get(code, 0), "marker", 0, 1e7))
                   for code in MARKER_CODES}
        overview = ClassOverview(
            grades.grades, words=grades.words, class_name=get_str(data, "class_name", default="", max_len=100),
            pass_mark=_number(data.get("pass_mark", 5.5), "pass_mark", 1, 10),
            targets=targets, notes=notes, markers=markers, tables=tables if choices else {},
            choices=choices, choice=choice if choices else "", reading=_reading_from_dict(data.get("reading")),
        )
        plan_data = data.get("plan")
        plan = None if plan_data is None else _plan_from_dict(get_dict(plan_data, "plan"), overview)
    except (ValueError, TypeError) as exc:
        if hasattr(exc, "message_nl"):
            raise
        raise malformed(str(exc)) from exc
    return overview, plan


def _table(data: dict, students: list[str], subjects: list[str]) -> GradeTable:
    rows = get_list(data, "grades", max_items=MAX_STUDENTS)
    if len(rows) != len(students) or any(not isinstance(r, list) or len(r) != len(subjects) for r in rows):
        raise malformed("grades do not match students and subjects")
    values = [[math.nan if v is None else _number(v, "grade", 1, 10) for v in row] for row in rows]
    index, columns = pd.Index(students, name="leerling"), pd.Index(subjects, name="vak")
    words = data.get("words")
    if words is None:
        return GradeTable.of(pd.DataFrame(values, index=index, columns=columns, dtype=float))
    rows = get_list(data, "words", max_items=MAX_STUDENTS)
    if len(rows) != len(students) or any(not isinstance(r, list) or len(r) != len(subjects) for r in rows):
        raise malformed("words do not match students and subjects")
    if any(w is not None and w not in WORD_CODES for row in rows for w in row):
        raise malformed("unknown word grade")
    return GradeTable(pd.DataFrame(values, index=index, columns=columns, dtype=float),
                      pd.DataFrame(rows, index=index, columns=columns, dtype=object))


def _choices(data: dict) -> tuple[GradeChoice, ...]:
    choices = []
    for item in get_list(data, "choices", max_items=MAX_CHOICES):
        item = get_dict(item, "choice")
        basis = get_str(item, "basis", max_len=20)
        if basis not in BASES:
            raise malformed("unknown basis")
        choices.append(GradeChoice(get_str(item, "key", max_len=100), get_str(item, "period", default="", max_len=60),
                                   basis, get_int(item, "computed", default=0, high=100_000)))
    if len({c.key for c in choices}) != len(choices):
        raise malformed("duplicate choice")
    return tuple(choices)


def _reading_from_dict(data) -> ImportNotes | None:
    if data is None:
        return None
    data = get_dict(data, "reading")
    aside = []
    for item in get_list(data, "set_aside", max_items=500):
        item = get_dict(item, "set_aside")
        reason = get_str(item, "reason", max_len=20)
        if reason not in SET_ASIDE_REASONS:
            raise malformed("unknown reason")
        aside.append(SetAside(get_str(item, "header", default="", max_len=200), get_int(item, "column", high=1_000),
                              reason))
    skipped = tuple(SkippedRow(get_int(get_dict(x, "row"), "row", high=10_000_000),
                               get_str(get_dict(x, "row"), "label", default="", max_len=200))
                    for x in get_list(data, "skipped_rows", max_items=500))
    layout, file_type = get_str(data, "layout", default="wide", max_len=10), get_str(data, "file_type",
                                                                                    default="csv", max_len=10)
    if layout not in ("wide", "long") or file_type not in ("csv", "xlsx"):
        raise malformed("unknown layout")
    return ImportNotes(
        layout=layout, file_type=file_type,
        name_columns=tuple(get_str({"s": s}, "s", max_len=200) for s in get_list(data, "name_columns", max_items=5)),
        number_column=get_str(data, "number_column", default="", max_len=200),
        period_column=get_str(data, "period_column", default="", max_len=200),
        set_aside=tuple(aside), skipped_rows=skipped,
        **{key: get_int(data, key, default=0, high=10_000_000) for key in ("not_counted", "marked", "word_grades",
                                                                            "mixed")},
    )


def _notes_from_dict(data: dict) -> StudentNotes:
    def items(key: str, kinds, build):
        out = []
        for item in get_list(data, key, max_items=30):
            item = get_dict(item, key)
            kind = get_str(item, "area" if key == "strengths" else "kind", max_len=40)
            if kind not in kinds:
                raise malformed(f"unknown {key} kind")
            out.append(build(kind, get_str(item, "text", max_len=1000)))
        return tuple(out)

    return StudentNotes(
        name=get_str(data, "name", max_len=200),
        subgroup=get_str(data, "subgroup", default="basis", max_len=20),
        strengths=items("strengths", AREAS, Strength),
        factors=items("factors", FACTOR_KINDS, Factor),
        needs=items("needs", NEED_KINDS, EducationalNeed),
    )


def _plan_from_dict(data: dict, overview: ClassOverview) -> ClassPlan:
    parts = []
    for item in get_list(data, "subgroups", max_items=len(SUBGROUPS)):
        item = get_dict(item, "subgroup")
        name = get_str(item, "subgroup", max_len=20)
        goals = tuple(
            Goal(text=get_str(g, "text", max_len=1000), acceptable=get_bool(g, "acceptable"),
                 realistic=get_bool(g, "realistic"), inspiring=get_bool(g, "inspiring"))
            for g in (get_dict(x, "goal") for x in get_list(item, "goals", max_items=MAX_GOALS_PER_SUBGROUP))
        )
        parts.append(SubgroupPlan(
            name, students=overview.members(name) if name in SUBGROUPS else (), goals=goals,
            approach=get_str(item, "approach", default="", max_len=5000),
            organisation=get_str(item, "organisation", default="", max_len=5000),
            evaluation=_parse_date(item.get("evaluation"), "evaluation"),
        ))
    weeks = data.get("weeks", 8)
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= 52:
        raise malformed("weeks must be a whole number")
    clusters = []
    for item in get_list(data, "clusters", max_items=MAX_CLUSTERS):  # absent in files written before clusters
        item = get_dict(item, "cluster")
        names = tuple(get_str({"s": s}, "s", max_len=200) for s in get_list(item, "students", max_items=MAX_STUDENTS))
        clusters.append(NeedCluster(get_str(item, "need", max_len=1000), names,
                                    get_str(item, "approach", default="", max_len=5000)))
    if len({c.key for c in clusters}) != len(clusters) or any(not c.need for c in clusters):
        raise malformed("clusters need a need each, once")
    return ClassPlan(class_name=overview.class_name, start=_parse_date(data.get("start"), "start"), weeks=weeks,
                     subgroups=tuple(parts), clusters=clusters_within(clusters, overview.students))
