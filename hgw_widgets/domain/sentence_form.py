"""What form a typed concern has, so the wij-boodschap around it is grammatical Dutch.

A learner may type "Kevin vaak botst met klasgenoten" (a subordinate clause,
verb last), "Kevin botst vaak met klasgenoten" (a main clause, verb second),
"Kevins omgang met klasgenoten" (a noun phrase) or "Kevin rustig te houden"
(a te-infinitive). ``concern_form`` tells them apart; ``we_message`` and
``team_message`` choose the frame that fits each form.
"""

from __future__ import annotations

import re
from typing import Literal

from . import dutch

Form = Literal["subordinate", "main", "noun_phrase", "infinitive"]

_PRONOUNS = frozenset("hij zij ze het er ik je jij u we wij jullie men iedereen niemand".split())
_DETERMINERS = frozenset("de het een zijn haar hun mijn jouw uw onze deze die dit dat sommige veel alle".split())
_INF_TAIL = re.compile(r"(?:^|\s)(?:om\s.*\s)?te\s+\w+en$|^om\s")
_NOT_SUBJECT_START = frozenset("vaak soms altijd nooit weinig veel in op bij tijdens na voor met".split())


_PARTICLES = ("af", "aan", "op", "in", "uit", "mee", "terug", "weg", "door", "over", "om", "na", "toe", "bij", "neer")


def _finite(word: str) -> bool:
    if word in dutch.finite_forms():
        return True
    return any(word.startswith(p) and word[len(p):] in dutch.finite_forms() and len(word) > len(p) + 2
               for p in _PARTICLES)


def _subject_end(tokens: list[str], original: list[str]) -> int:
    """Index just after the subject at the start, or 0 when there is none."""
    if not tokens:
        return 0
    first = tokens[0]
    if first in _PRONOUNS:
        return 1
    if first in _DETERMINERS or first.endswith("s") and original[0][:1].isupper() and len(tokens) > 1 \
            and not _finite(tokens[1]):
        end = 2 if len(tokens) > 1 else 1
        if end < len(tokens) and tokens[end] == "van" and end + 1 < len(tokens):
            end += 2
        return end
    if original[0][:1].isupper() and first not in _NOT_SUBJECT_START:
        return 1  # a name
    if first in ("de", "het"):
        return 2
    return 0


def concern_form(text: str) -> Form:
    """The form of a concern as typed (after "Wij maken ons zorgen omdat" is removed)."""
    original = text.strip().rstrip(".!?").split()
    tokens = [dutch.normalise(w).strip(",;:") for w in original]
    if not tokens:
        return "noun_phrase"
    end = _subject_end(tokens, original)
    if end and end < len(tokens) and _finite(tokens[end]):
        return "main"
    if any(_finite(w) for w in tokens[max(end, 1):]):
        return "subordinate"
    if end == 0 and len(tokens) > 1 and _finite(tokens[1]):
        return "main"
    if _INF_TAIL.search(" ".join(tokens)) or re.search(r"\bte \w+en\b", " ".join(tokens)):
        return "infinitive"
    if end and len(tokens) > end and tokens[-1] in dutch.infinitives() and tokens[-2] != "te":
        return "subordinate"  # a plural subject: "zijn cijfers dalen"
    return "noun_phrase"
