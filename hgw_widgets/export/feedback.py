"""Chapter 03's feedback sentences as JSON data (the learner's own edits) and as a printable ``Document``.

Only the sentences the learner changed are stored, each with the goal and the kind it belongs to
(``"well"``/``"better"``): the suggestions themselves are made again from the card on the page.
"""

from __future__ import annotations

from ..domain.feedback import Suggestion
from ..messages import t
from .document import BulletList, Document, Heading, Paragraph
from .jsonio import get_dict, get_list, malformed

KIND = "feedback_sentences"
MAX_EDITS = 60
MAX_SENTENCE_CHARS = 600


def edits_to_dict(edits: dict[tuple[str, str], str]) -> dict:
    """``{(goal, kind): text}`` as JSON-ready data."""
    return {"edits": [{"goal": goal, "kind": kind, "text": text} for (goal, kind), text in edits.items()]}


def edits_from_dict(data: object) -> dict[tuple[str, str], str]:
    """The learner's edited sentences from saved data; raises ``SaveFileError`` if malformed."""
    out: dict[tuple[str, str], str] = {}
    for item in get_list(get_dict(data, "feedback"), "edits", max_items=MAX_EDITS):
        item = get_dict(item, "edit")
        goal, kind, text = item.get("goal"), item.get("kind"), item.get("text")
        if not (isinstance(goal, str) and len(goal) <= 2_000 and kind in ("well", "better")
                and isinstance(text, str) and len(text) <= MAX_SENTENCE_CHARS):
            raise malformed("an edit needs goal, kind (well/better) and text")
        out[(goal, kind)] = text
    return out


def feedback_document(student: str, sentences: tuple[tuple[Suggestion, str], ...]) -> Document:
    """The sentences as they stand now (edited or suggested), grouped in "Wat ging goed" and "Wat kan beter"."""
    well = [text for s, text in sentences if s.kind == "well" and text.strip()]
    better = [text for s, text in sentences if s.kind == "better" and text.strip()]
    blocks: list = [Paragraph(t("card.helper.intro"), muted=True)]
    for heading, items in ((t("card.helper.well"), well), (t("card.helper.better"), better)):
        blocks.append(Heading(heading))
        blocks.append(BulletList(items) if items else Paragraph(t("card.helper.none"), muted=True))
    title = t("card.helper.doc_title", student=student) if student else t("card.helper.title")
    return Document(title, blocks=tuple(blocks))
