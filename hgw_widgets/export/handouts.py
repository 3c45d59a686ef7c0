"""The trainer's handouts (issue 16) as ``Document``s, for ``to_html`` (print) and ``to_docx`` (Word).

Four one-page handouts: the SMARTI card, the seven areas of positive aspects, the structure of a
conversation with parents when there are concerns (read from ``structures/oudergesprek-bij-zorgen.yaml``,
so the handout and the meeting mode cannot disagree), and tips against welles-nietes (from the
trainer's guide, ``guide/trainer.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.areas import AREAS, area_label
from ..domain.structures import load_structure
from ..domain.trainer_guide import load_guide
from ..messages import t
from .document import BulletList, Document, Heading, Paragraph, Table

_SMARTI = (
    ("smarti.specific.label", "guide.handouts.smarti.s_meaning", "guide.handouts.smarti.s_question"),
    ("smarti.measurable.label", "guide.handouts.smarti.m_meaning", "guide.handouts.smarti.m_question"),
    ("smarti.acceptable.label", "guide.handouts.smarti.a_meaning", "guide.handouts.smarti.a_question"),
    ("smarti.realistic.label", "guide.handouts.smarti.r_meaning", "guide.handouts.smarti.r_question"),
    ("smarti.time_bound.label", "guide.handouts.smarti.t_meaning", "guide.handouts.smarti.t_question"),
    ("smarti.inspiring.label", "guide.handouts.smarti.i_meaning", "guide.handouts.smarti.i_question"),
)
_AREA_QUESTIONS = {
    "learning": "guide.handouts.areas.learning",
    "work_attitude": "guide.handouts.areas.work_attitude",
    "cognitive": "guide.handouts.areas.cognitive",
    "social_emotional": "guide.handouts.areas.social_emotional",
    "creative": "guide.handouts.areas.creative",
    "physical": "guide.handouts.areas.physical",
    "interests": "guide.handouts.areas.interests",
}
CONVERSATION_STRUCTURE = "oudergesprek-bij-zorgen"


def smarti_card() -> Document:
    """The six criteria, what each means in class, and the question to ask of a goal."""
    rows = tuple((t(label), t(meaning), t(question)) for label, meaning, question in _SMARTI)
    return Document(t("guide.handouts.smarti.title"), blocks=(
        Paragraph(t("guide.handouts.smarti.intro")),
        Table((t("guide.handouts.smarti.criterion"), t("guide.handouts.smarti.meaning"), t("guide.handouts.smarti.question")), rows),
        Heading(t("guide.handouts.smarti.example_title")),
        Paragraph(t("guide.handouts.smarti.example")),
        Paragraph(t("guide.handouts.smarti.tip"), muted=True),
    ))


def areas_sheet() -> Document:
    """The seven areas of guideline 5, each with a question and an empty column to write in."""
    rows = tuple((area_label(area), t(_AREA_QUESTIONS[area]), "") for area in AREAS)
    return Document(t("guide.handouts.areas.title"), blocks=(
        Paragraph(t("guide.handouts.areas.intro")),
        Table((t("guide.handouts.areas.area"), t("guide.handouts.areas.question"), t("guide.handouts.areas.good")), rows, tall=True),
    ))


def conversation_outline() -> Document:
    """The phases of a conversation with parents when there are concerns, with guideline, minutes and goal."""
    structure = load_structure(CONVERSATION_STRUCTURE)
    rows = tuple(
        (f"{index}. {phase.title}", str(phase.guideline or ""), str(phase.minutes or ""), phase.purpose)
        for index, phase in enumerate(structure.phases, start=1)
    )
    return Document(t("guide.handouts.conversation.title"), blocks=(
        Paragraph(structure.description),
        Table((t("guide.handouts.conversation.phase"), t("guide.handouts.conversation.guideline"),
               t("guide.handouts.conversation.minutes"), t("guide.handouts.conversation.purpose")), rows),
        Paragraph(t("guide.handouts.conversation.source", source=structure.source), muted=True),
    ))


def welles_nietes_tips() -> Document:
    """Tips against a welles-nietes discussion (the guide's ``handouts.welles_nietes``)."""
    handout = load_guide().handouts["welles_nietes"]
    return Document(handout.title, blocks=(Paragraph(handout.intro), BulletList(handout.tips)))


HANDOUTS: dict[str, Callable[[], Document]] = {
    "smarti-kaart": smarti_card,
    "zeven-gebieden": areas_sheet,
    "gespreksopzet-ouders": conversation_outline,
    "geen-welles-nietes": welles_nietes_tips,
}
"""Each handout by its file name (without extension), in the order the guide offers them."""
