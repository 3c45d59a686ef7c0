"""The conversation exercises: welles-nietes replies, guideline fragments, metacommunication.

The items come from the casebook (``welles_nietes``, ``fragments`` and
``blunt_question`` of each case). The feedback is data: a ``ReplyFeedback``
says whether a reply argues or explores and which words made it so;
``metacommunication_issues`` says what a rewritten question still lacks.
These are word signals, a first mirror for the learner, not a verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .case import Case, CaseBluntQuestion, CaseFragment, CaseWellesNietes, list_cases, load_case
from .conversation import MAX_TEXT, clean
from .issues import Issue

GUIDELINES = (4, 5, 6, 7)

# (reason code, side, pattern): the word signals behind a judgement.
_SIGNALS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("denies", "argues", re.compile(r"^\W*nee\b|\bnee,", re.I)),
    ("contradicts", "argues", re.compile(
        r"\b(niet waar|klopt niet|klopt gewoon niet|dat kan niet|echt wel|juist niet|wel degelijk|dat zie ik niet|"
        r"ik zie juist|onzin)\b", re.I)),
    ("but", "argues", re.compile(r"\b(maar|toch)\b", re.I)),
    ("doubts", "argues", re.compile(r"\b(weet u (dat )?zeker|overdrijft|overdrijven|makkelijk)\b", re.I)),
    ("insists", "argues", re.compile(r"\b(moet|moeten|altijd|nooit)\b", re.I)),
    ("asks_home", "explores", re.compile(
        r"\b(hoe gaat (dat|het) thuis|hoe is (dat|het) thuis|wat ziet u thuis|wat doet u thuis|thuis .*\?|"
        r"hoe doet u dat|wat werkt (er )?thuis)", re.I)),
    ("invites", "explores", re.compile(
        r"\b(vertel|vertelt|vertellen|benieuwd|nieuwsgierig|meer over|voorbeeld|kunt u|zou het kunnen)\b", re.I)),
    ("asks", "explores", re.compile(r"\b(hoe|wat|wanneer|waardoor|welke|ziet u|merkt u|helpt)\b", re.I)),
    ("appreciates", "explores", re.compile(r"\b(fijn dat|mooi dat|goed dat|fijn om te horen|goed om te horen)\b", re.I)),
    ("recognises", "explores", re.compile(r"\b(herkent u|herken|herkenbaar)\b", re.I)),
)
_HOME = re.compile(r"\b(thuis|bij u)\b", re.I)
_SCHOOL = re.compile(r"\b(op school|in de klas|hier|in de les)\b", re.I)
_BOTH_SIDES = re.compile(r"\b(dus|allebei|beide|verschillend|anders|terwijl|en dat)\b", re.I)
_COUNTER = re.compile(r"\b(op school|in de klas|hier)\s+(zien|zie|merken|merk)\s+(wij|we|ik)\b", re.I)
_ANNOUNCE = re.compile(r"\bik\s+(ga|wil|zou)\b.*\b(vragen|vertellen|weten|bespreken)\b", re.I)
_BLUNT = re.compile(r"\b(eigenlijk|gewoon|nou|u moet|jullie moeten|waarom doet ze|waarom doet hij)\b", re.I)
_REASON = re.compile(r"\b(want|omdat|zodat|dan\s+kunnen|om\s+samen|daarmee|zo\s+kunnen)\b", re.I)
MAX_REPLY_CHARS = 600


@dataclass(frozen=True)
class ReplyFeedback:
    """How a welles-nietes reply reads.

    Args:
        kind: "explores" (opens a dialogue), "argues" (defends a position) or "unclear".
        explore_words: the words that open the conversation.
        argue_words: the words that push a point.
        question: the reply asks something.
        reasons: codes of the signals found, e.g. ``("but", "counter_example")`` or
            ``("appreciates", "asks_home", "question")``.
    """

    kind: str
    explore_words: tuple[str, ...] = ()
    argue_words: tuple[str, ...] = ()
    question: bool = False
    reasons: tuple[str, ...] = ()


def _found(regex: re.Pattern[str], text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for match in regex.finditer(text):
        word = match.group(0).lower()
        if word not in seen:
            seen.append(word)
    return tuple(seen)


def classify_reply(text: str) -> ReplyFeedback:
    """Does a reply to a contradicting statement argue or explore?

    A reply argues when it contradicts ("nee", "dat klopt niet"), pushes a
    point ("maar", "toch", "weet u dat zeker") or sets the school's view
    against the home's ("op school zien wij ..."). It explores when it asks or
    invites ("vertel eens", "hoe gaat dat thuis", "herkent u", "fijn dat ..."),
    or summarises both sides, and pushes no point.
    """
    text = clean(text, MAX_REPLY_CHARS)
    if not text:
        return ReplyFeedback("unclear")
    reasons: list[str] = []
    explore: list[str] = []
    argue: list[str] = []
    for code, side, regex in _SIGNALS:
        words = _found(regex, text)
        if words:
            reasons.append(code)
            target = argue if side == "argues" else explore
            target.extend(w for w in words if w not in target)
    question = "?" in text
    both = bool(_HOME.search(text) and _SCHOOL.search(text) and (question or _BOTH_SIDES.search(text)))
    counter = _found(_COUNTER, text)
    if both and not argue:
        reasons.append("summarises")
    elif counter:
        reasons.append("counter_example")
        argue.extend(w for w in counter if w not in argue)
    if question:
        reasons.append("question")
    if argue and (len(argue) >= len(explore) or not question):
        kind = "argues"
    elif question or explore or "summarises" in reasons:
        kind = "explores"
    elif len(text.split()) < 3:
        kind = "unclear"
    else:
        kind = "argues"  # a statement that only puts one's own view
        reasons.append("own_view")
    return ReplyFeedback(kind, tuple(explore), tuple(argue), question, tuple(reasons))


def metacommunication_issues(text: str, *, blunt: str = "") -> tuple[Issue, ...]:
    """What a rewritten question still lacks to be metacommunication.

    Codes: ``empty``, ``too_long``, ``same_as_blunt`` (nothing was rewritten),
    ``no_announcement`` (no "Ik ga u nu vragen ..."), ``no_reason`` (no "want ..."),
    ``blunt`` (words that make it sound like a reproach: "eigenlijk", "gewoon", "u moet";
    detail = the words).
    """
    if not isinstance(text, str) or not text.strip():
        return (Issue("empty", "text"),)
    if len(text) > MAX_TEXT:
        return (Issue("too_long", "text", str(MAX_TEXT)),)
    cleaned = clean(text, MAX_TEXT)
    issues: list[Issue] = []
    if blunt and cleaned.lower().rstrip("?. ") == clean(blunt).lower().rstrip("?. "):
        return (Issue("same_as_blunt", "text"),)
    if not _ANNOUNCE.search(cleaned):
        issues.append(Issue("no_announcement", "text"))
    if not _REASON.search(cleaned):
        issues.append(Issue("no_reason", "text"))
    blunt_words = _found(_BLUNT, cleaned)
    if blunt_words:
        issues.append(Issue("blunt", "text", ", ".join(blunt_words)))
    return tuple(issues)


@dataclass(frozen=True)
class WellesNietesItem:
    """A welles-nietes moment from a case."""

    case_id: str
    student: str
    item: CaseWellesNietes

    @property
    def options(self) -> tuple[str, ...]:
        """The prepared replies to pick from."""
        return tuple(r.text for r in self.item.replies)

    @property
    def right(self) -> tuple[int, ...]:
        """Indexes of the replies that explore (the right picks)."""
        return tuple(i for i, r in enumerate(self.item.replies) if r.kind == "explores")

    def is_right(self, index: object) -> bool:
        """The learner picked a reply that explores."""
        return isinstance(index, int) and not isinstance(index, bool) and index in self.right


@dataclass(frozen=True)
class FragmentItem:
    """A conversation fragment from a case, to match with its guideline."""

    case_id: str
    student: str
    fragment: CaseFragment

    def is_right(self, guideline: object) -> bool:
        """The learner's choice is the fragment's guideline."""
        return isinstance(guideline, int) and not isinstance(guideline, bool) and guideline == self.fragment.guideline


def _cases(case_ids: tuple[str, ...] | None) -> tuple[Case, ...]:
    return tuple(load_case(c) for c in (case_ids if case_ids is not None else list_cases()))


def welles_nietes_items(case_ids: tuple[str, ...] | None = None) -> tuple[WellesNietesItem, ...]:
    """Every welles-nietes moment in the casebook (or in the given cases)."""
    return tuple(WellesNietesItem(c.id, c.student.name, w) for c in _cases(case_ids) for w in c.welles_nietes)


def fragment_items(case_ids: tuple[str, ...] | None = None) -> tuple[FragmentItem, ...]:
    """Every conversation fragment in the casebook (or in the given cases)."""
    return tuple(FragmentItem(c.id, c.student.name, f) for c in _cases(case_ids) for f in c.fragments)


def blunt_question(case_id: str = "mila") -> CaseBluntQuestion:
    """The blunt question of a case, to rewrite (Mila's by default).

    Raises:
        ValueError: the case has no blunt question.
    """
    case = load_case(case_id)
    if case.blunt_question is None:
        raise ValueError(f"case {case_id!r} has no blunt question")
    return case.blunt_question
