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

from . import dutch, lexicon

Form = Literal["subordinate", "main", "noun_phrase", "infinitive", "unknown"]

_PRONOUNS = frozenset("hij zij ze het er ik je jij u we wij jullie men iedereen niemand".split())
_DETERMINERS = frozenset("de het een zijn haar hun mijn jouw uw onze deze die dit dat sommige veel alle".split())
_INF_TAIL = re.compile(r"(?:^|\s)(?:om\s.*\s)?te\s+\w+en$|^om\s")
_NOT_SUBJECT_START = frozenset("""vaak soms altijd nooit weinig veel in op bij tijdens na voor met sinds vanaf tijdens na afloop
elke iedere vandaag gisteren morgen sinds de laatste tijd deze vorige afgelopen thuis buiten binnen daarom ook""".split())
_ADJECTIVES = frozenset("veel weinig vele slecht goed groot klein".split())


_PARTICLES = ("af", "aan", "op", "in", "uit", "mee", "terug", "weg", "door", "over", "om", "na", "toe", "bij", "neer")


def _finite(word: str) -> bool:
    if word in dutch.finite_forms():
        return True
    return any(word.startswith(p) and word[len(p):] in dutch.finite_forms() and len(word) > len(p) + 2
               for p in _PARTICLES)


def is_finite_verb(word: str) -> bool:
    """A present or past form of a verb the checks know, also with a particle in front ("opstaat")."""
    return _finite(dutch.normalise(word))


def _noun_phrase_end(tokens: list[str], start: int) -> int:
    """After a determiner at ``start``: skip adjectives ("vele", "slechte") and one noun; then "van X"."""
    end = start + 1
    while end < len(tokens) - 1 and (tokens[end].endswith("e") and not _finite(tokens[end]) or tokens[end] in _ADJECTIVES):
        end += 1
    end = min(end + 1, len(tokens))
    if end < len(tokens) and tokens[end] == "van" and end + 1 < len(tokens):
        end += 2
    return end


def _one_subject(tokens: list[str], original: list[str], start: int) -> int:
    """Index just after a subject that starts at ``start``, or ``start`` when there is none."""
    if start >= len(tokens):
        return start
    first = tokens[start]
    if first in _PRONOUNS and not (first == "het" and start + 1 < len(tokens) and not _finite(tokens[start + 1])):
        return start + 1
    if first in _DETERMINERS or first.endswith("s") and original[start][:1].isupper() and start + 1 < len(tokens) \
            and not _finite(tokens[start + 1]):
        return _noun_phrase_end(tokens, start) if start + 1 < len(tokens) else start + 1
    if original[start][:1].isupper() and first not in _NOT_SUBJECT_START:
        return start + 1  # a name
    return start


def _subject_end(tokens: list[str], original: list[str]) -> int:
    """Index just after the subject at the start ("Sem en Lisa", "zijn cijfers"), or 0 when there is none."""
    end = _one_subject(tokens, original, 0)
    while end and end + 1 < len(tokens) and tokens[end] == "en":
        more = _one_subject(tokens, original, end + 1)
        if more == end + 1 and not original[end + 1][:1].isupper() and tokens[end + 1] not in _PRONOUNS:
            break
        if more <= end + 1 and tokens[end + 1] not in _PRONOUNS and not original[end + 1][:1].isupper():
            break
        end = more
    return end


def _plural(tokens: list[str], end: int) -> bool:
    return "en" in tokens[:end] or tokens[end - 1] in ("ze", "zij", "we", "wij", "jullie") or \
        tokens[end - 1].endswith(("s", "en")) and tokens[0] not in ("hij", "het", "er")


def _verb_at(tokens: list[str], index: int, plural: bool) -> bool:
    if index >= len(tokens):
        return False
    return _finite(tokens[index]) or plural and tokens[index] in dutch.infinitives()


def concern_form(text: str) -> Form:
    """The form of a concern as typed (after "Wij maken ons zorgen omdat" is removed).

    ``unknown`` when the check cannot tell; the caller then writes two sentences, which are
    grammatical whatever was typed.
    """
    original = text.strip().rstrip(".!?").split()
    tokens = [dutch.normalise(w).strip(",;:") for w in original]
    if not tokens:
        return "noun_phrase"
    end = _subject_end(tokens, original)
    plural = bool(end) and _plural(tokens, end)
    if end and end < len(tokens) and tokens[end] in ("die", "dat") and tokens[0] not in _PRONOUNS:
        return "noun_phrase"  # "zijn cijfers die achteruit gaan"
    if end and (_finite(tokens[end]) if end < len(tokens) else False) or end and end + 1 < len(tokens) \
            and _verb_at(tokens, end, plural):
        return "main"  # a plural verb last ("zijn cijfers dalen") reads as well after "omdat"
    if end == 0 and len(tokens) > 1 and _finite(tokens[1]) and tokens[0] not in _NOT_SUBJECT_START:
        return "main"  # a name typed in lower case: "lisa komt vaak te laat"
    if end == 0:
        verb = next((i for i in range(1, len(tokens)) if _finite(tokens[i])), None)
        if verb is not None and _one_subject(tokens, original, verb + 1) > verb + 1:
            return "main"  # a time or place in front: "in de pauze botst Sem vaak met klasgenoten"
    if _INF_TAIL.search(" ".join(tokens)) or re.search(r"\bte \w+en\b", " ".join(tokens)):
        return "infinitive"
    if end and any(_finite(w) for w in tokens[end:]):
        return "subordinate"
    if end and len(tokens) > end and tokens[-1] in dutch.infinitives() and tokens[-2] != "te":
        return "subordinate"  # a plural subject: "zijn cijfers dalen"
    if end >= len(tokens):
        return "noun_phrase"  # "het vele verzuim van Lisa"
    if any(_finite(w) or w in dutch.infinitives() for w in tokens[max(end, 1):]):
        return "unknown"
    return "noun_phrase"


def name_first(text: str) -> str:
    """A name typed in lower case at the start of a main clause, capitalised ("lisa komt" -> "Lisa komt")."""
    first, _, rest = text.partition(" ")
    word = dutch.normalise(first)
    if first.islower() and word not in lexicon.COMMON and word not in _PRONOUNS | _DETERMINERS | _NOT_SUBJECT_START \
            and not _finite(word) and rest and _finite(dutch.normalise(rest.split()[0])):
        return first[:1].upper() + first[1:] + " " + rest
    return text


def is_name_only(text: str) -> bool:
    """Only a name ("Sem", "Lisa de Vries"): a wij-boodschap is about behaviour, not about a child."""
    words = text.strip().rstrip(".!?").split()
    return 0 < len(words) <= 3 and words[0][:1].isupper() and all(
        w[:1].isupper() or w in ("de", "van", "der", "den") for w in words) and not any(_finite(dutch.normalise(w)) for w in words)


# --- fitting typed text into a frame ----------------------------------------------------------

_LOWER_FIRST = {"hij", "zij", "ze", "het", "de", "een", "hem", "hen", "om", "dat", "er", "haar", "zijn", "hun", "we", "wij", "jij", "je", "u",
                "die", "dat", "deze", "dit", "in", "op", "bij", "tijdens", "sinds", "na", "voor", "met"}


def strip_end(text: str) -> str:
    """``text`` without closing punctuation or spaces ("Kevin botst vaak." -> "Kevin botst vaak")."""
    return text.rstrip(" .!?;:,")


def as_sentence(text: str) -> str:
    """``text`` trimmed, with a full stop unless it already ends a sentence (or a quote)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?\"'”" else text + "."


def lower_first(text: str) -> str:
    """``text`` with its first letter lower case when the first word is a pronoun, article or preposition
    (so it can follow a frame such as "omdat"); names keep their capital."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in _LOWER_FIRST else text
