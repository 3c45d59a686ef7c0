"""The class overview (and its plan) as a printable ``Document`` and as JSON-ready data.

``overview_document`` feeds the shared renderers (``export.render``: HTML to
print, Word, Markdown). ``work_to_dict`` / ``work_from_dict`` are the ``data``
part of the saved JSON file (kind ``KIND``), wrapped by ``export.jsonio``.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from ..domain.areas import AREAS, Strength, area_label
from ..domain.class_overview import (
    FACTOR_KINDS, MAX_STUDENTS, MAX_SUBJECTS, NEED_KINDS, SUBGROUPS, ClassOverview, ClassTarget, EducationalNeed, Factor, StudentNotes,
)
from ..domain.class_plan import MAX_GOALS_PER_SUBGROUP, ClassPlan, SubgroupPlan
from ..domain.goals import Goal
from ..domain.grades import MARKER_CODES
from ..messages import t
from .document import BulletList, Document, Heading, Paragraph, Table
from .jsonio import get_bool, get_dict, get_list, get_str, malformed

KIND = "class_overview"

_SUBGROUP_KEYS = {"basis": "plan.subgroup.basis", "intensief": "plan.subgroup.intensief",
                  "verdiept": "plan.subgroup.verdiept"}


def grade_text(value: float) -> str:
    """A grade as Dutch text with one decimal ("5,5"); empty for no grade."""
    return "" if value is None or math.isnan(value) else f"{value:.1f}".replace(".", ",")


def percent_text(value: float) -> str:
    """A percentage as Dutch text without decimals ("67%"); "–" when unknown."""
    return "–" if value is None or math.isnan(value) else f"{value:.0f}%"


def subgroup_label(subgroup: str) -> str:
    """The Dutch name of a subgroup."""
    return t(_SUBGROUP_KEYS[subgroup])


def met_text(met) -> str:
    """"gehaald", "niet gehaald" or "geen doel"."""
    if met is pd.NA or met is None:
        return t("overview.summary.no_target")
    return t("overview.summary.met") if bool(met) else t("overview.summary.not_met")


def overview_document(overview: ClassOverview, plan: ClassPlan | None = None) -> Document:
    """The overview (and the plan, if given) as a printable document."""
    summary = overview.summary()
    blocks: list = [
        Paragraph(t("overview.doc.pass_mark", pass_mark=grade_text(overview.pass_mark))),
        Heading(t("overview.summary.heading")),
        Table(
            header=(t("overview.summary.subject"), t("overview.summary.students"), t("overview.summary.sufficient"),
                    t("overview.summary.percent"), t("overview.summary.target"), t("overview.summary.result")),
            rows=tuple(
                (subject, str(row.students), str(row.sufficient), percent_text(row.percent_sufficient),
                 percent_text(row.target), met_text(row.target_met))
                for subject, row in zip(summary.index, summary.itertuples())
            ),
        ),
        Heading(t("overview.below.heading")),
    ]
    below = [
        f"{subject}: " + ", ".join(f"{name} ({grade_text(g)})" for name, g in low)
        for subject, low in overview.below_pass_mark().items() if low
    ]
    blocks.append(BulletList(tuple(below)) if below else Paragraph(t("overview.below.none"), muted=True))
    blocks.append(Heading(t("overview.several.heading")))
    several = overview.several_insufficient()
    blocks.append(
        BulletList(tuple(f"{name}: {', '.join(subjects)}" for name, subjects in several)) if several
        else Paragraph(t("overview.several.none"), muted=True)
    )
    blocks.append(Heading(t("overview.students.heading")))
    without = []
    for name in overview.students:
        notes = overview.notes_for(name)
        if not (notes.strengths or notes.factors or notes.needs):
            without.append(f"{name} ({subgroup_label(notes.subgroup)})")
            continue
        blocks.append(Heading(name, level=3))
        blocks.append(Paragraph(t("overview.doc.subgroup", subgroup=subgroup_label(notes.subgroup))))
        items = [f"{t('overview.students.strengths')}: {area_label(x.area)}: {x.text}" for x in notes.strengths]
        items += [f"{t('overview.students.stimulating')}: {f.text}" for f in notes.stimulating]
        items += [f"{t('overview.students.hindering')}: {f.text}" for f in notes.hindering]
        items += [n.sentence(name) for n in notes.needs]
        blocks.append(BulletList(tuple(items)))
    if without:
        blocks.append(Paragraph(t("overview.doc.no_notes", names=", ".join(without)), muted=True))
    if plan is not None:
        blocks.extend(plan_blocks(plan))
    title = t("overview.doc.title", name=overview.class_name) if overview.class_name else t("overview.title")
    return Document(title, subtitle=t("overview.doc.subtitle"), blocks=tuple(blocks))


def plan_blocks(plan: ClassPlan) -> list:
    """The plan as document blocks (a heading and one section per subgroup)."""
    blocks: list = [Heading(t("plan.title"))]
    if plan.start is not None:
        blocks.append(Paragraph(t("plan.doc.period", start=plan.start.strftime("%d-%m-%Y"),
                                  end=plan.end.strftime("%d-%m-%Y"), weeks=plan.weeks)))
    for part in plan.subgroups:
        if not (part.students or part.goals or part.approach):
            continue
        blocks.append(Heading(subgroup_label(part.subgroup), level=3))
        blocks.append(Paragraph(t("plan.doc.students", names=", ".join(part.students) or "–")))
        if part.goals:
            blocks.append(BulletList(tuple(g.text for g in part.goals)))
        for key, text in (("plan.approach.label", part.approach), ("plan.organisation.label", part.organisation)):
            if text:
                blocks.append(Paragraph(f"{t(key)} {text}"))
        if part.evaluation is not None:
            blocks.append(Paragraph(t("plan.doc.evaluation", date=part.evaluation.strftime("%d-%m-%Y"))))
    return blocks


# --- JSON ---------------------------------------------------------------------------


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


def work_to_dict(overview: ClassOverview, plan: ClassPlan | None = None) -> dict:
    """The overview and plan as JSON-ready data (NaN grades become null)."""
    grades = overview.grades
    return {
        "class_name": overview.class_name,
        "pass_mark": overview.pass_mark,
        "subjects": list(overview.subjects),
        "students": list(overview.students),
        "grades": [[None if math.isnan(v) else float(v) for v in row] for row in grades.to_numpy(dtype=float)],
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
    rows = get_list(data, "grades", max_items=MAX_STUDENTS)
    if len(rows) != len(students) or any(not isinstance(r, list) or len(r) != len(subjects) for r in rows):
        raise malformed("grades do not match students and subjects")
    values = [[math.nan if v is None else _number(v, "grade", 1, 10) for v in row] for row in rows]
    grades = pd.DataFrame(values, index=pd.Index(students, name="leerling"),
                          columns=pd.Index(subjects, name="vak"), dtype=float)
    targets_data = get_dict(data.get("targets", {}), "targets")
    try:
        targets = tuple(ClassTarget(s, _number(p, "target", 0, 100)) for s, p in targets_data.items())
        notes = tuple(_notes_from_dict(get_dict(n, "notes")) for n in get_list(data, "notes", max_items=MAX_STUDENTS))
        markers = {code: int(_number(get_dict(data.get("markers", {}), "markers").get(code, 0), "marker", 0, 1e7))
                   for code in MARKER_CODES}
        overview = ClassOverview(
            grades, class_name=get_str(data, "class_name", default="", max_len=100),
            pass_mark=_number(data.get("pass_mark", 5.5), "pass_mark", 1, 10),
            targets=targets, notes=notes, markers=markers,
        )
        plan_data = data.get("plan")
        plan = None if plan_data is None else _plan_from_dict(get_dict(plan_data, "plan"), overview)
    except (ValueError, TypeError) as exc:
        if hasattr(exc, "message_nl"):
            raise
        raise malformed(str(exc)) from exc
    return overview, plan


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
    return ClassPlan(class_name=overview.class_name, start=_parse_date(data.get("start"), "start"), weeks=weeks,
                     subgroups=tuple(parts))
