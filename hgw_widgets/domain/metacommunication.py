"""Metacommunication: say what you are going to ask (or tell) and what it is for.

"Ik ga u nu vragen hoe laat Mila gaat slapen, want als we dat weten, kunnen we samen zoeken wat
helpt." The frame (``messages/nl/conversation.yaml``, keys ``conversation.meta.*``) follows the form
of what was typed: a clause, a question, or a topic (``_ask_form``).
"""

from __future__ import annotations

import re

from ..messages import t
from .sentence_form import is_finite_verb, lower_first, strip_end
from .text import one_line


_ASK_PREFIX = re.compile(r"^ik\s+(ga|wil)\s+(u|jullie|je)\s+(nu\s+)?(iets\s+)?(vragen|vertellen)\s*", re.I)
_BECAUSE_PREFIX = re.compile(r"^(want\s+)?(als\s+we\s+dat\s+weten,?\s*)?((dan\s+)?kunnen\s+we\s+)?", re.I)


def metacommunication(ask: str, because: str, *, tell: bool = False, address: str = "u") -> str:
    """Frame a question (or information) with what it is for.

    >>> metacommunication("hoe laat Mila gaat slapen", "samen zoeken wat helpt")
    'Ik ga u nu vragen hoe laat Mila gaat slapen, want als we dat weten, kunnen we samen zoeken wat helpt.'

    Args:
        ask: what you are going to ask (or tell), as a clause.
        because: what the answer makes possible (or what they will understand).
        tell: frame information you give instead of a question.
        address: "u" or "jullie".

    Raises:
        ValueError: ``ask`` or ``because`` is empty, or ``address`` is unknown.
    """
    if address not in ("u", "jullie"):
        raise ValueError("address must be 'u' or 'jullie'")
    ask_text = strip_end(_ASK_PREFIX.sub("", one_line(ask)))
    because_text = strip_end(_BECAUSE_PREFIX.sub("", one_line(because)))
    if tell:
        because_text = re.sub(r"^(dan\s+)?(begrijpt\s+u|begrijpen\s+jullie)\s+", "", because_text, flags=re.I)
    if not ask_text or not because_text:
        raise ValueError("metacommunication needs what you ask and why")
    because_text = _because_clause(because_text)
    if not because_text:
        raise ValueError("metacommunication needs what you ask and why")
    if tell:
        key = "conversation.meta.tell_u" if address == "u" else "conversation.meta.tell_jullie"
        return t(key, ask=lower_first(ask_text), because=because_text)
    form = _ask_form(ask_text)
    if form == "question":  # "Hoe laat gaat ze slapen?": asked as it was typed, after a colon
        first = ask_text.split()[0].lower()
        question = ask_text[0].lower() + ask_text[1:] if first in _QUESTION_WORDS or is_finite_verb(first) else ask_text
        key = "conversation.meta.ask_question_u" if address == "u" else "conversation.meta.ask_question_jullie"
        return t(key, ask=question, because=because_text)
    if form == "topic":  # "iets over haar telefoongebruik", "Mila's slaap"
        topic = re.sub(r"^(iets\s+)?(over\s+)?", "", ask_text, flags=re.I)
        key = "conversation.meta.ask_about_u" if address == "u" else "conversation.meta.ask_about_jullie"
        return t(key, ask=lower_first(topic), because=because_text)
    key = "conversation.meta.ask_u" if address == "u" else "conversation.meta.ask_jullie"
    return t(key, ask=lower_first(ask_text), because=because_text)


_QUESTION_WORDS = frozenset("hoe wat wanneer waarom welke welk waar wie waardoor waarmee hoeveel of".split())


def _ask_form(text: str) -> str:
    """"clause" (hoe laat Mila gaat slapen), "question" (Hoe laat gaat ze slapen?) or "topic" (haar telefoongebruik)."""
    words = [w.lower().strip(",?") for w in text.split()]
    if not words:
        return "topic"
    if words[0] not in _QUESTION_WORDS:
        return "question" if is_finite_verb(words[0]) and len(words) > 1 else "topic"
    after = 2 if len(words) > 2 and words[1] in ("laat", "vaak", "lang", "veel", "ver") else 1
    if words[0] in ("welke", "welk", "hoeveel") and len(words) > 2:
        after = 2
    return "question" if after < len(words) and is_finite_verb(words[after]) else "clause"


def _because_clause(text: str) -> str:
    """What the answer makes possible, to follow "kunnen we": no "dat"/"zodat we" in front, no second "kunnen"."""
    text = re.sub(r"^((zodat|dat|om)\s+)?((we|wij)\s+)?", "", text, flags=re.I)
    text = re.sub(r"^(dan\s+)?(kunnen|kunnen we|kunnen wij)\s+", "", text, flags=re.I)
    text = re.sub(r"\s+kunnen(\s+\w+en)$", r"\1", text)
    text = re.sub(r"^(we|wij)\s+", "", text, flags=re.I)
    return text
