"""Chapter 4 (wisselwerking) as JSON data and as printable ``Document``s.

Two kinds of work: the factor analysis (``interaction_analysis``) and the lesson observation
(``lesson_observation``). Each ``*_from_dict`` builds the whole object or raises ``SaveFileError``.
"""

from __future__ import annotations

from ..domain.areas import Factor
from ..domain.interaction import CONTEXTS, MAX_FACTORS, MAX_OBSERVATION_CHARS, ContextFactor, LessonObservation, by_context, levers
from ..messages import t
from .document import BulletList, Document, Heading, Paragraph
from .jsonio import get_bool, get_dict, get_list, get_str, malformed

ANALYSIS_KIND = "interaction_analysis"
OBSERVATION_KIND = "lesson_observation"
KINDS = ("stimulating", "hindering")


def context_labels() -> dict[str, str]:
    """The Dutch name of each context ("deze leerling" ...)."""
    return {
        "student": t("interaction.context.student"),
        "class": t("interaction.context.class"),
        "teacher": t("interaction.context.teacher"),
        "school": t("interaction.context.school"),
        "parents": t("interaction.context.parents"),
    }


def kind_labels() -> dict[str, str]:
    return {"stimulating": t("interaction.kind.stimulating"), "hindering": t("interaction.kind.hindering")}


def factors_to_dict(factors: tuple[ContextFactor, ...]) -> dict:
    """The analysis as JSON-ready data."""
    return {
        "factors": [
            {"context": f.context, "kind": f.factor.kind, "text": f.factor.text, "school_can_influence": f.school_can_influence}
            for f in factors
        ]
    }


def factors_from_dict(data: object) -> tuple[ContextFactor, ...]:
    """The analysis from saved data; raises ``SaveFileError`` if anything is malformed."""
    data = get_dict(data, "interaction analysis")
    out = []
    for item in get_list(data, "factors", max_items=MAX_FACTORS):
        item = get_dict(item, "factor")
        context = get_str(item, "context", max_len=20)
        kind = get_str(item, "kind", max_len=20)
        if context not in CONTEXTS or kind not in KINDS:
            raise malformed("unknown context or kind")
        factor = Factor(kind=kind, text=get_str(item, "text", max_len=2_000))
        if not factor.text:
            raise malformed("a factor needs text")
        out.append(ContextFactor(context, factor, get_bool(item, "school_can_influence")))
    return tuple(out)


def factor_line(f: ContextFactor) -> str:
    """One factor in words: kind, text and influence (nothing depends on colour or a sign)."""
    influence = t("interaction.yes_influence") if f.school_can_influence else t("interaction.no_influence")
    return f"{kind_labels()[f.factor.kind]}: {f.factor.text} ({influence})"


def factors_document(factors: tuple[ContextFactor, ...]) -> Document:
    """The analysis as it prints: per context the factors, then what the school can work with."""
    blocks: list = []
    labels = context_labels()
    for context, items in by_context(factors).items():
        blocks.append(Heading(labels[context], level=3))
        if items:
            blocks.append(BulletList([factor_line(f) for f in items]))
        else:
            blocks.append(Paragraph(t("interaction.none"), muted=True))
    blocks.append(Heading(t("interaction.levers")))
    found = levers(factors)
    blocks.append(BulletList([factor_line(f) for f in found]) if found else Paragraph(t("interaction.no_levers"), muted=True))
    return Document(t("interaction.title"), subtitle=t("interaction.overview"), blocks=tuple(blocks))


def observation_to_dict(observation: LessonObservation) -> dict:
    return {"needs": observation.needs, "offered": observation.offered, "better": observation.better}


def observation_from_dict(data: object) -> LessonObservation:
    """A lesson observation from saved data; raises ``SaveFileError`` if it is malformed."""
    data = get_dict(data, "lesson observation")
    limit = MAX_OBSERVATION_CHARS * 2
    return LessonObservation(
        needs=get_str(data, "needs", default="", max_len=limit),
        offered=get_str(data, "offered", default="", max_len=limit),
        better=get_str(data, "better", default="", max_len=limit),
    )


def observation_document(observation: LessonObservation) -> Document:
    """The three questions with the answers (an empty answer leaves room to write by hand)."""
    blocks: list = []
    for key, value in (
        ("interaction.observation.needs", observation.needs),
        ("interaction.observation.offered", observation.offered),
        ("interaction.observation.better", observation.better),
    ):
        blocks.append(Heading(t(key), level=3))
        blocks.append(Paragraph(value or "…………………………………………"))
    return Document(t("interaction.observation.title"), blocks=tuple(blocks))
