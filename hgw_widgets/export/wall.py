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


PAGE_TEXTS = {
    "connected": "wall.page.connected", "connected_one": "wall.page.connected_one",
    "shared": "wall.page.shared", "shared_one": "wall.page.shared_one",
    "spread_heading": "wall.page.spread_heading", "spread_count": "wall.page.spread_count",
    "spread_none": "wall.page.spread_none", "spread_legend": "wall.page.spread_legend",
    "spread_row": "wall.page.spread_row", "spread_row_none": "wall.page.spread_row_none",
    "assessments_list": "wall.page.assessments_list",
    "goals_heading": "wall.page.goals_heading", "goals_none": "wall.page.goals_none",
    "discuss": "wall.page.discuss", "discuss_close": "wall.page.discuss_close", "discuss_judge": "wall.page.discuss_judge",
    "replies_heading": "wall.page.replies_heading", "replies_none": "wall.page.replies_none",
    "hide": "wall.page.hide", "hidden_heading": "wall.page.hidden_heading", "put_back": "wall.page.put_back",
    "this_computer_items": "wall.page.this_computer_items", "this_computer_one": "wall.page.this_computer_one",
    "kind_assessment": "wall.page.kind_assessment", "kind_goal": "wall.page.kind_goal", "kind_reply": "wall.page.kind_reply", "anonymous": "wall.page.anonymous", "met": "wall.page.met",
    "not_met": "wall.page.not_met", "clear": "wall.page.clear", "clear_confirm": "wall.page.clear_confirm",
    "clear_yes": "wall.page.clear_yes", "clear_no": "wall.page.clear_no",
    "download_docx": "wall.page.download_docx", "download_html": "wall.page.download_html",
    "updated": "wall.page.updated", "offline": "wall.page.offline",
}
"""The page script's texts (``data-texts`` on the page), by the name the script uses."""


def page_texts() -> dict[str, str]:
    """The Dutch texts of the trainer's page, by the name ``static/muur.js`` uses (``data-texts``)."""
    return {name: t(key) for name, key in PAGE_TEXTS.items()}


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
    "text"}]}], "hidden": [{"id", "kind", "name", "text"}]}``. Every text is plain text.
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
        "hidden": [{"id": h.id, "kind": h.kind, "name": h.name, "text": h.text} for h in summary.hidden],
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
        blocks.append(Paragraph(t("wall.export.spread_legend"), muted=True))
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
