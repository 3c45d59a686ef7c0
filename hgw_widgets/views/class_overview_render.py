"""HTML of chapter 05's parts: the summary table, who is below the pass mark, what the import did.

Every text comes from ``export.class_overview`` (subjects with their full
name, grades and word grades, percentages, choices), so the page and the
downloads say the same. Every user string is escaped.
"""

from __future__ import annotations

import pandas as pd

from ..domain.class_overview import ClassOverview
from ..domain.grades import GradeProblem, problem_hints, problem_text, subject_label
from ..domain.issues import Issue
from ..domain.formats import grade_text, met_text, percent_text, value_text
from ..messages import t
from ._html import esc

OPEN_BELOW = 32
"""A subject's list of students below the pass mark is shown open up to this many names (a whole class:
the subject under discussion is never the one hidden), folded above, with a summary that says so."""

_PASS_MARK_KEYS = {"empty": "overview.settings.pass_mark_empty", "not_a_number": "overview.settings.pass_mark_nan",
                   "too_precise": "overview.settings.pass_mark_precise",
                   "out_of_range": "overview.settings.pass_mark_range"}
_TARGET_KEYS = {"not_a_number": "overview.targets.bad", "out_of_range": "overview.targets.range"}


def render_summary(summary: pd.DataFrame) -> str:
    """The class goals as an HTML table; status is icon + word, never colour alone."""
    keys = ("overview.summary.subject", "overview.summary.students", "overview.summary.sufficient",
            "overview.summary.percent", "overview.summary.target", "overview.summary.result")
    label = {k: esc(t(k)) for k in keys}  # data-label: on a phone each row is a small card (hgw-stack)
    rows = []
    for subject, row in zip(summary.index, summary.itertuples()):
        if row.target_met is pd.NA:
            css, icon = "hgw-judgement", "–"
        elif bool(row.target_met):
            css, icon = "hgw-met", "✔"
        else:
            css, icon = "hgw-not-met", "✘"
        rows.append(
            f'<tr class="{css}" data-subject="{esc(subject)}"><th scope="row">{esc(subject_label(subject))}</th>'
            f'<td data-label="{label[keys[1]]}">{row.students}</td>'
            f'<td data-label="{label[keys[2]]}">{row.sufficient}</td>'
            f'<td data-label="{label[keys[3]]}">{esc(percent_text(row.percent_sufficient))}</td>'
            f'<td data-label="{label[keys[4]]}">{esc(percent_text(row.target))}</td>'
            f'<td class="hgw-status" data-label="{label[keys[5]]}"><span><span aria-hidden="true">{icon}</span> '
            f"{esc(met_text(row.target_met))}</span></td></tr>"
        )
    head = "".join(f"<th scope='col'>{label[k]}</th>" for k in keys)
    return (f'<table class="hgw-smarti hgw-class-summary hgw-stack"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def render_below(overview: ClassOverview) -> str:
    """Per subject a folded table of the students below the pass mark (open up to a class, ``OPEN_BELOW``)."""
    parts = []
    head = (f"<thead><tr><th scope='col'>{esc(t('overview.students.name'))}</th>"
            f"<th scope='col'>{esc(t('overview.below.grade'))}</th></tr></thead>")
    for subject, low in overview.below_pass_mark().items():
        if not low:
            continue
        rows = "".join(f"<tr><td>{esc(name)}</td><td>{esc(value_text(value))}</td></tr>" for name, value in low)
        opened = " open" if len(low) <= OPEN_BELOW else ""
        key = "overview.below.count" if opened else "overview.below.count_folded"
        title = t(key, subject=subject_label(subject), count=len(low))
        parts.append(f"<details data-subject='{esc(subject)}'{opened}><summary>{esc(title)}</summary>"
                     f"<table class='hgw-smarti hgw-below-table'>{head}<tbody>{rows}</tbody></table></details>")
    if not parts:
        return f"<p class='hgw-muted'>{esc(t('overview.below.none'))}</p>"
    return "".join(parts)


def render_several(several) -> str:
    """Students with several insufficient subjects, as a table."""
    if not several:
        return f"<p class='hgw-muted'>{esc(t('overview.several.none'))}</p>"
    rows = "".join(
        f"<tr><th scope='row'>{esc(name)}</th><td>{len(subjects)}</td>"
        f"<td>{esc(', '.join(subject_label(s) for s in subjects))}</td></tr>"
        for name, subjects in several
    )
    head = "".join(f"<th scope='col'>{esc(t(k))}</th>" for k in (
        "overview.students.name", "overview.several.count", "overview.several.subjects"))
    return f"<table class='hgw-smarti'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def render_problems(message: str, problems: tuple[GradeProblem, ...], total: int) -> str:
    """A refusal: one sentence, or a heading and a list of every problem with row and column."""
    if len(problems) <= 1:
        return f'<div class="hgw-notice hgw-notice-error" role="alert">{esc(message)}</div>'
    items = "".join(f"<li>{esc(problem_text(p))}</li>" for p in problems)
    head = t("grades.error.several", count=total, shown=len(problems))
    hints = "".join(f"<p>{esc(hint)}</p>" for hint in problem_hints(problems))
    return (f'<div class="hgw-notice hgw-notice-error hgw-problems" role="alert"><p>{esc(head)}</p>'
            f"<ul>{items}</ul>{hints}</div>")


def render_lines(lines: list[str]) -> str:
    """Lines of what the import did, as a muted list."""
    if not lines:
        return ""
    return "<ul class='hgw-muted hgw-reading'>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"


def pass_mark_message(issue: Issue, kept: float) -> str:
    """Why a typed pass mark was not used, and which one stays."""
    return t(_PASS_MARK_KEYS[issue.code], value=issue.detail, kept=grade_text(kept))


def target_message(issue: Issue, subject: str | None) -> str:
    """Why a typed class goal was not used."""
    if subject is None:
        return t("overview.targets.bad_all")
    return t(_TARGET_KEYS[issue.code], subject=subject_label(subject), value=issue.detail)
