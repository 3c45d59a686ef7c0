"""The team self-assessment (chapter 1) as JSON data and as a printable ``Document``.

``assessments_to_dict``/``assessments_from_dict`` round-trip every rating; the reader builds
all assessments or raises ``SaveFileError``, so a bad file never half-replaces the work.
"""

from __future__ import annotations

from ..domain.principles import MAX_PARTICIPANTS, PRINCIPLES, SCORES, Assessment, Rating, summarise
from ..messages import t
from .document import Document, Heading, Paragraph, Table
from .jsonio import get_dict, get_int, get_list, get_str, malformed

KIND = "self_assessment"


def principle_labels() -> dict[str, str]:
    """The Dutch short name of each principle ("1 Doelgericht" ...)."""
    return {
        "goal_oriented": t("principles.goal_oriented"),
        "interaction": t("principles.interaction"),
        "needs": t("principles.needs"),
        "teachers": t("principles.teachers"),
        "positive": t("principles.positive"),
        "cooperation": t("principles.cooperation"),
        "systematic": t("principles.systematic"),
    }


def assessments_to_dict(assessments: tuple[Assessment, ...]) -> dict:
    """Everyone's ratings as JSON-ready data (the ``data`` part of a saved file)."""
    return {
        "assessments": [
            {
                "participant": a.participant,
                "ratings": [{"principle": r.principle, "score": r.score, "example": r.example} for r in a.ratings],
            }
            for a in assessments
        ]
    }


def _rating(value: object) -> Rating:
    data = get_dict(value, "rating")
    principle = get_str(data, "principle", max_len=40)
    if principle not in PRINCIPLES:
        raise malformed("unknown principle")
    score = get_int(data, "score", low=min(SCORES), high=max(SCORES))
    return Rating(principle, score, get_str(data, "example", default="", max_len=2_000))


def assessments_from_dict(data: object) -> tuple[Assessment, ...]:
    """Everyone's ratings from saved data; raises ``SaveFileError`` if anything is malformed."""
    data = get_dict(data, "self assessment")
    out = []
    for item in get_list(data, "assessments", max_items=MAX_PARTICIPANTS):
        item = get_dict(item, "assessment")
        ratings = tuple(_rating(r) for r in get_list(item, "ratings", max_items=len(PRINCIPLES)))
        if len({r.principle for r in ratings}) != len(ratings):
            raise malformed("a principle is rated twice")
        participant = get_str(item, "participant", max_len=200)
        if not participant.strip() or not ratings:
            raise malformed("an assessment needs a name and a rating")
        out.append(Assessment(participant, ratings))
    return tuple(out)


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def assessments_document(assessments: tuple[Assessment, ...]) -> Document:
    """The team overview as it prints: per principle the average, range and examples, then who scored what."""
    labels = principle_labels()
    if not assessments:
        return Document(t("principles.title"), blocks=(Paragraph(t("principles.empty"), muted=True),))
    summary_rows = [
        (
            labels[s.principle],
            _number(s.average),
            "–" if s.low is None else f"{s.low} – {s.high}",
            "\n".join(s.examples),
        )
        for s in summarise(assessments)
    ]
    header = (t("principles.col_principle"), t("principles.col_average"), t("principles.col_range"), t("principles.col_examples"))
    per_person = []
    for a in assessments:  # per entry, not per name: two participants may share initials
        scores = {r.principle: str(r.score) for r in a.ratings}
        per_person.append((a.participant, *(scores.get(p, "–") for p in PRINCIPLES)))
    return Document(
        t("principles.title"),
        subtitle=t("principles.summary", n=len(assessments)),
        blocks=(
            Table(header, tuple(summary_rows)),
            Paragraph(t("principles.scale_line"), muted=True),
            Heading(t("principles.per_person")),
            Table((t("principles.col_person"), *(str(i) for i in range(1, len(PRINCIPLES) + 1))), tuple(per_person)),
        ),
    )
