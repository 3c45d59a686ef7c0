"""The class overview (and its plan) as a printable ``Document``, and what the import did.

``overview_document`` feeds the shared renderers (``export.render``: HTML to
print, Word, Markdown). Grades, percentages, dates, subgroups and choices are
written by ``domain.formats``, the one module the views use too, so a page and
a file can never say something different. ``reading_lines`` (what the import
did with the file) is shown on the page and printed. The JSON part lives in
``class_overview_json``.
"""

from __future__ import annotations

from ..domain.areas import area_label
from ..domain.class_overview import ClassOverview
from ..domain.class_plan import ClassPlan
from ..domain.formats import (
    choice_note, choice_text, date_text, grade_text, met_text, percent_text, subgroup_label, value_text,
)
from ..domain.grades import MARKER_CODES, ImportNotes, subject_label
from ..messages import t
from .class_overview_json import KIND, work_from_dict, work_to_dict
from .document import BulletList, Document, Heading, Paragraph, Table

_REASON_KEYS = {"known": "overview.reading.reason.known", "not_grades": "overview.reading.reason.not_grades",
                "summary": "overview.reading.reason.summary", "no_header": "overview.reading.reason.no_header",
                "duplicate": "overview.reading.reason.duplicate", "unused": "overview.reading.reason.unused"}
_MARKER_KEYS = {"empty": "grades.marker.empty", "retake": "grades.marker.retake",
                "exempt": "grades.marker.exempt", "not_counted": "grades.marker.not_counted"}

__all__ = ["KIND", "overview_document", "reading_lines", "work_from_dict", "work_to_dict"]


def reading_lines(reading: ImportNotes | None, markers) -> list[str]:
    """What the import did with the file, one Dutch sentence per point ("Niet gebruikt: Klas, ...")."""
    lines = []
    if reading is not None:
        if len(reading.name_columns) > 1:
            lines.append(t("overview.reading.name", columns=", ".join(reading.name_columns)))
        if reading.number_column:
            lines.append(t("overview.reading.number", column=reading.number_column))
        if reading.period_column:
            lines.append(t("overview.reading.period", column=reading.period_column))
        if reading.set_aside:
            items = [t("overview.reading.item", header=x.header or t("overview.reading.no_header", letter=x.letter),
                       reason=t(_REASON_KEYS[x.reason])) for x in reading.set_aside]
            lines.append(t("overview.reading.set_aside", columns="; ".join(items)))
        if reading.skipped_rows:
            rows = ", ".join(t("overview.reading.row", row=x.row, label=x.label) for x in reading.skipped_rows)
            lines.append(t("overview.reading.skipped", rows=rows))
        for key, count in (("overview.reading.not_counted", reading.not_counted),
                           ("overview.reading.marked", reading.marked),
                           ("overview.reading.words", reading.word_grades),
                           ("overview.reading.mixed", reading.mixed)):
            if count:
                lines.append(t(key, count=count))
    counts = [f"{markers.get(code, 0)} × {t(_MARKER_KEYS[code])}" for code in MARKER_CODES if markers.get(code, 0)]
    if counts:
        lines.append(t("overview.source.markers", markers=", ".join(counts)))
    return lines


def overview_document(overview: ClassOverview, plan: ClassPlan | None = None) -> Document:
    """The overview (and the plan, if given) as a printable document."""
    summary = overview.summary()
    blocks: list = [Paragraph(t("overview.doc.pass_mark", pass_mark=grade_text(overview.pass_mark)))]
    if len(overview.choices) > 1 or overview.current.basis != "file":
        blocks.append(Paragraph(t("overview.choice.shown", choice=choice_text(overview.current))))
    if choice_note(overview.current):
        blocks.append(Paragraph(choice_note(overview.current), muted=True))
    blocks += [
        Heading(t("overview.summary.heading")),
        Table(
            header=(t("overview.summary.subject"), t("overview.summary.students"), t("overview.summary.sufficient"),
                    t("overview.summary.percent"), t("overview.summary.target"), t("overview.summary.result")),
            rows=tuple(
                (subject_label(subject), str(row.students), str(row.sufficient), percent_text(row.percent_sufficient),
                 percent_text(row.target), met_text(row.target_met))
                for subject, row in zip(summary.index, summary.itertuples())
            ),
        ),
        Heading(t("overview.below.heading")),
    ]
    below = [
        f"{subject_label(subject)}: " + ", ".join(f"{name} ({value_text(g)})" for name, g in low)
        for subject, low in overview.below_pass_mark().items() if low
    ]
    blocks.append(BulletList(tuple(below)) if below else Paragraph(t("overview.below.none"), muted=True))
    blocks.append(Heading(t("overview.several.heading")))
    several = overview.several_insufficient()
    blocks.append(
        BulletList(tuple(f"{name}: {', '.join(subject_label(s) for s in subjects)}" for name, subjects in several))
        if several
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
    """The plan as document blocks (a heading, one section per subgroup, and the clusters by need)."""
    blocks: list = [Heading(t("plan.title"))]
    if plan.start is not None:
        blocks.append(Paragraph(t("plan.doc.period", start=date_text(plan.start),
                                  end=date_text(plan.end), weeks=plan.weeks)))
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
            blocks.append(Paragraph(t("plan.doc.evaluation", date=date_text(part.evaluation))))
    if plan.clusters:
        blocks.append(Heading(t("plan.doc.clusters"), level=3))
        blocks.append(BulletList(tuple(
            t("plan.cluster.need_shown", need=c.need) + ": " + (", ".join(c.students) or "–")
            + (" " + t("plan.cluster.approach_shown", approach=c.approach) if c.approach else "")
            for c in plan.clusters)))
    return blocks


