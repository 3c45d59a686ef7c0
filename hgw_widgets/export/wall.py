"""The trainer's wall as data for its page (JSON) and as a download (HTML for print, Word).

``wall_state`` is what ``GET hgw/muur/stand`` answers: plain text in JSON, which the page's script
puts on screen with ``textContent`` only (never as HTML). ``wall_document`` is the download, rendered
by ``export.render`` (every text escaped; characters no format can hold dropped).
"""

from __future__ import annotations

from ..domain.wall_summary import WallSummary
from ..messages import t
from .document import BulletList, Document, Heading, Paragraph, Table
from .render import to_docx, to_html

PRINCIPLE_KEYS = {  # one per domain.principles.PRINCIPLES (a test checks)
    "goal_oriented": "principles.goal_oriented",
    "interaction": "principles.interaction",
    "needs": "principles.needs",
    "teachers": "principles.teachers",
    "positive": "principles.positive",
    "cooperation": "principles.cooperation",
    "systematic": "principles.systematic",
}
CRITERION_KEYS = {  # one per domain.smarti.AUTOMATIC (a test checks)
    "specific": "smarti.specific.label",
    "measurable": "smarti.measurable.label",
    "time_bound": "smarti.time_bound.label",
    "positive": "smarti.positive.label",
}


def number(value: float | None) -> str:
    """A score in Dutch notation: ``2.5`` -> ``"2,5"``, ``3.0`` -> ``"3"``, None -> ``""``."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def _checks(checks: tuple[tuple[str, bool], ...]) -> list[dict]:
    return [{"criterion": c, "label": t(CRITERION_KEYS[c]), "met": met} for c, met in checks]


def wall_state(summary: WallSummary, *, connected: int | None) -> dict:
    """The JSON of ``GET hgw/muur/stand``.

    Shape: ``{"connected": int | None (None: serve mode, one computer), "shared": int, "items": int,
    "assessments": int, "assessment_items": [{"id", "name"}], "spread": [{"principle", "label", "low",
    "high", "median", "median_text", "count", "per_score"}], "goals": [{"id", "name", "text", "checks":
    [{"criterion", "label", "met"}]}], "fragments": [{"key", "fragment", "replies": [{"id", "name",
    "text"}]}]}``. Every text is plain text.
    """
    return {
        "connected": connected,
        "shared": summary.shared,
        "items": summary.items,
        "assessments": summary.assessments,
        "assessment_items": [{"id": i, "name": n} for i, n in summary.assessment_ids],
        "spread": [
            {"principle": s.principle, "label": t(PRINCIPLE_KEYS[s.principle]), "low": s.low, "high": s.high,
             "median": s.median, "median_text": number(s.median), "count": s.count, "per_score": list(s.per_score)}
            for s in summary.spread
        ],
        "goals": [{"id": g.id, "name": g.name, "text": g.text, "checks": _checks(g.checks)} for g in summary.goals],
        "fragments": [
            {"key": f.key, "fragment": f.fragment,
             "replies": [{"id": r.id, "name": r.name, "text": r.text} for r in f.replies]}
            for f in summary.fragments
        ],
    }


def _who(name: str) -> str:
    return name or t("wall.page.anonymous")


def wall_document(summary: WallSummary, *, made: str) -> Document:
    """The wall as it was shown (hidden items left out). ``made``: the date and time, as text."""
    blocks: list = [Heading(t("wall.export.spread_heading", n=summary.assessments))]
    if summary.assessments:
        rows = tuple((t(PRINCIPLE_KEYS[s.principle]), number(s.low), number(s.high), number(s.median), str(s.count))
                     for s in summary.spread)
        blocks.append(Table((t("wall.export.principle"), t("wall.export.low"), t("wall.export.high"),
                             t("wall.export.median"), t("wall.export.count")), rows))
        blocks.append(Paragraph(t("wall.page.spread_legend"), muted=True))
    else:
        blocks.append(Paragraph(t("wall.export.none")))
    blocks.append(Heading(t("wall.export.goals_heading")))
    if summary.goals:
        for goal in summary.goals:
            blocks.append(Paragraph(f"{goal.text} — {_who(goal.name)}"))
            checks = ", ".join(f"{t(CRITERION_KEYS[c])}: {t('wall.page.met') if met else t('wall.page.not_met')}"
                               for c, met in goal.checks)
            blocks.append(Paragraph(f"{t('wall.export.checks')}: {checks}", muted=True))
    else:
        blocks.append(Paragraph(t("wall.export.none")))
    blocks.append(Heading(t("wall.export.replies_heading")))
    if summary.fragments:
        for fragment in summary.fragments:
            blocks.append(Heading(fragment.fragment, level=3))
            blocks.append(BulletList(tuple(f"{r.text} — {_who(r.name)}" for r in fragment.replies)))
    else:
        blocks.append(Paragraph(t("wall.export.none")))
    return Document(t("wall.export.title"), subtitle=t("wall.export.made", date=made), blocks=tuple(blocks))


def wall_html(summary: WallSummary, *, made: str) -> bytes:
    """The download as a standalone HTML page (UTF-8), every text escaped."""
    return to_html(wall_document(summary, made=made))


def wall_docx(summary: WallSummary, *, made: str) -> bytes:
    """The download as a Word file."""
    return to_docx(wall_document(summary, made=made))
