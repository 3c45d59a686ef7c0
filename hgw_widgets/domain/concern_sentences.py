"""The wij-boodschap and the team message: a concern in grammatical Dutch, whatever form it was typed in.

The book's frames are "Wij maken ons zorgen omdat ..." and "Wij vinden het als
team moeilijk om ...". Pasting any text into them is not Dutch for most
inputs ("omdat Kevin botst vaak", "moeilijk om Kevin vaak botst"), so the
frame follows the form of what was typed (``sentence_form.concern_form``):
a subordinate clause after "omdat"/"dat", a main clause after a colon, a noun
phrase after "over"/"op", a te-infinitive after "om".
"""

from __future__ import annotations

import re

from ..messages import t
from .sentence_form import as_sentence, concern_form, lower_first, name_first, strip_end
from .text import MAX_LINE, MAX_TEXT, one_line

_WE_PREFIX = re.compile(r"^(wij|we)\s+maken\s+ons\s+(grote\s+)?zorgen(\s+over\s+\S+)?,?\s*(omdat\b\s*)?", re.I)
# a conjunction typed in front belongs to the frame, not to the concern ("omdat hij vaak ruzie heeft")
_LEADING = re.compile(r"^((omdat|doordat|dat|over|want|om)\s+)+", re.I)
_TEAM_PREFIX = re.compile(r"^(wij|we)\s+vinden\s+het\s+(als\s+team\s+)?moeilijk\s*(om\b\s*)?", re.I)


def _with_example(message: str, example: object) -> str:
    example = one_line(example, MAX_TEXT)
    return message + " " + t("conversation.we_message.example", example=as_sentence(example)) if example else message


def we_message(concern: str, example: str = "", *, strong: bool = False) -> str:
    """Turn a concern into a wij-boodschap with a concrete example.

    >>> we_message("Kevin vaak botst met klasgenoten", "vanochtend duwde hij twee keer")
    'Wij maken ons zorgen omdat Kevin vaak botst met klasgenoten. Een voorbeeld: vanochtend duwde hij twee keer.'
    >>> we_message("Kevin botst vaak met klasgenoten")
    'Wij maken ons zorgen: Kevin botst vaak met klasgenoten.'
    >>> we_message("Kevins omgang met klasgenoten")
    'Wij maken ons zorgen over Kevins omgang met klasgenoten.'

    Raises:
        ValueError: the concern is empty.
    """
    text = strip_end(_WE_PREFIX.sub("", one_line(concern, MAX_LINE)))
    text = _LEADING.sub("", text)
    if not text:
        raise ValueError("a concern is needed for a wij-boodschap")
    form = concern_form(text)
    if form == "unknown":  # two sentences are Dutch whatever was typed
        key = "conversation.we_message.apart_strong" if strong else "conversation.we_message.apart"
        return _with_example(t(key, concern=text[:1].upper() + text[1:]), example)
    text = name_first(lower_first(text))
    if form == "main":
        key = "conversation.we_message.main_strong" if strong else "conversation.we_message.main"
    elif form == "noun_phrase":
        key = "conversation.we_message.noun_strong" if strong else "conversation.we_message.noun"
    elif form == "infinitive":
        text = re.sub(r"^om\s+", "", text)
        key = "conversation.we_message.infinitive_strong" if strong else "conversation.we_message.infinitive"
    else:
        key = "conversation.we_message.strong" if strong else "conversation.we_message.plain"
    return _with_example(t(key, concern=text), example)


def team_message(difficulty: str, example: str = "") -> str:
    """A concern as the team's own difficulty: "Wij vinden het als team moeilijk om ...".

    >>> team_message("Kevin te helpen bij leswisselingen", "dinsdag liep het op de trap mis")
    'Wij vinden het als team moeilijk om Kevin te helpen bij leswisselingen. Een voorbeeld: dinsdag liep het op de trap mis.'
    >>> team_message("Kevin botst vaak met klasgenoten")
    'Wij vinden het als team moeilijk om hiermee om te gaan: Kevin botst vaak met klasgenoten.'

    Raises:
        ValueError: ``difficulty`` is empty.
    """
    text = strip_end(_TEAM_PREFIX.sub("", one_line(difficulty, MAX_LINE)))
    text = _LEADING.sub("", text)
    if not text:
        raise ValueError("a difficulty is needed for a team message")
    form = concern_form(text)
    if form == "unknown":
        return _with_example(t("phrasing.team_apart", difficulty=text[:1].upper() + text[1:]), example)
    text = name_first(lower_first(text))
    key = {
        "infinitive": "phrasing.team",
        "subordinate": "phrasing.team_that",
        "main": "phrasing.team_main",
        "noun_phrase": "phrasing.team_noun",
    }[form]
    return _with_example(t(key, difficulty=text), example)
