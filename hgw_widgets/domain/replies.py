"""Replies to parents and framed questions: does a reply explore, argue, hurt, or say nothing?

``classify_reply`` never praises a reply that accuses, doubts, lectures or
labels, nor text that is no Dutch reply at all; it explores when it invites
the parent to tell more and pushes no point. ``metacommunication_issues``
judges what a framed question says (a topic, a reason that is about the
student, no threat), not whether it uses the book's formula. Word rules,
measured on ``tests/data/feedback_corpus`` (``benchmarks/bench_feedback.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .text import MAX_TEXT, one_line
from .issues import Issue

MAX_REPLY_CHARS = 600

# (reason code, pattern): a reply with one of these hurts the conversation; it is never praised.
_HOSTILE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("doubts", re.compile(
        r"\bklopt (het|dat|dit) (wel|eigenlijk wel|echt)\b|\bweet u (dat |het )?(wel |echt )?zeker\b|"
        r"\b(is|klopt) dat (wel|echt) zo\b|\bdat geloof ik (niet|niks)\b|\blijkt me (sterk|stug)\b|\becht waar\b|"
        r"\bdat zegt u (nu )?wel\b|\b(heeft|hebt) u dat zelf gezien\b|\bziet u (thuis )?wel (echt|eens)?\b|"
        r"\bweet u wel\b|\bhoe weet u dat\b|\boverdrijf\w*\b|\bkan (toch )?niet kloppen\b|\bdat is (ook )?makkelijk\b|"
        r"\bdat u .{0,30}\bniet (ziet|merkt|weet|opmerkt)\b|\blieg\w*\b|\bliegt\b|"
        r"\bdat zeggen (alle|veel|de meeste) ouders\b|\bmakkelijker\b|\bu (het |dat )?niet (goed )?(ziet|merkt)\b",
        re.I)),
    ("accuses", re.compile(
        r"\bwaarom (doet|heeft|hebt|laat|grijpt|reageert|zegt|bent|ligt|is|komt|gaat|mag|krijgt|doen|hebben)\b|"
        r"\bhoe (kan|komt) het dat u\b|\bwat doet u (daar|er) (thuis )?(eigenlijk )?aan\b|\bverwen\w*\b|"
        r"\bdoordat u\b|\bomdat u (hem|haar) alles\b|\bligt (het )?(volgens u )?aan ons\b|\bhad u .{0,40}moeten\b|"
        r"\bu laat (hem|haar) alles\b|\bdoet u zo\b|\bschuld\b|\bu (had|hadt|zou) .{0,40}moeten\b|"
        r"\buw (probleem|verantwoordelijkheid)\b|\bligt (het )?aan u\b|\bwaarom \w+ (u|jullie)\b|"
        r"\b(heeft|hebt) u (hem|haar) (wel|ooit|eigenlijk) (eens|ooit)?\b|\b(heeft|hebt) u (te )?(weinig|geen) tijd\b",
        re.I)),
    ("lectures", re.compile(
        r"\bhoe vaak moet ik\b|\b(u|jullie) moet(en)?\b|\bmoet(en)? (u|jullie)\b|\b(hij|ze|zij) moet (zich )?(gewoon|echt|nou eenmaal)\b|"
        r"\bregels zijn regels\b|\bhet is (echt |heel )?belangrijk dat u\b|\bals u nou eens\b|\bu begrijpt toch\b|"
        r"\bsnapt u (dat |het )?toch\b|\bu (snapt|begrijpt|weet) toch\b|\btoch (ook )?wel\s*\?|\bhoort (om|te|in|op)\b|\bnu eenmaal\b|"
        r"\bik heb het (al )?.{0,20}(gezegd|uitgelegd)\b|\bzo werkt dat\b", re.I)),
    ("labels", re.compile(
        r"\b(" + "|".join(sorted(lexicon.LABEL_NOUNS)) + r")\b|\bzo'?n (kind|etter|type|jongen|meid)\b|"
        r"\b(hij|ze|zij) (is|was)( \w+){0,2} (" + "|".join(sorted(lexicon.LABELS)) + r")\b|"
        r"\b(" + "|".join(sorted(lexicon.LABELS)) + r") (kind|zoon|dochter|jongen|meid|meisje|leerling|joch)\b|"
        r"\bgrote mond\b|\bzijn zin (wil|krijgt)\b|\btypisch\b|\bgeen (havo|vwo|gymnasium|mavo)[- ]?leerling\b|"
        r"\been echte \w+\b|\bals een \w+ kind\b|"
        r"\b(hij|ze|zij) is (gewoon |echt |nu eenmaal |toch |typisch |hier |op school )*(een|zo'n) "
        r"(\w+(er|aar|ster|vrager|zoeker)|probleem|ramp|drama)\b",
        re.I)),
)
# Questions that are no question: a reproach or a point dressed as one ("Wanneer gaat u eens …?",
# "Snapt u wel …?", "Herkent u dat niet?", "Zou het niet kunnen dat u …?", "Wat doet u daar dan aan?").
_RHETORICAL = re.compile(
    r"\b(gaat|gaan|wilt|zult|doet|gaat u|kunt) (u|jullie) (nou |nu |dan )?eens\b(?!.{0,40}\b(vertel|vertellen|beschrijven|"
    r"uitleggen|schetsen|noemen|vertelt)\b)|\b(wanneer|als) (gaat|gaan|wilt|doet|zou) (u|jullie)\b.{0,40}\beens\b|"
    r"\b(snapt|begrijpt|beseft|ziet|merkt|herkent|weet|vindt) (u|jullie) (dat |het |dit )?(dan )?(wel|niet)\b|"
    r"\b(snapt|begrijpt|beseft|ziet|merkt|herkent|weet|vindt|kent) (u|jullie)\b[^.!?]{0,40}\bniet\s*\?|"
    r"\bzou het (dan )?niet (kunnen|zo kunnen|zo zijn) dat (u|jullie)\b|\bhoe kan het (dan|toch)\b|"
    r"\b(daar|er|dat) (dan|nou|eigenlijk) aan\b|"
    r"\bdan (kijkt|ziet|luistert|let|bent) (u|jullie)\b|\b(u|jullie) (kijkt|kijken|let|letten|luistert) (\w+ )?niet\b|"
    r"\b(is|zijn|was) (dat|dit|het) toch\b|\btoch (niet )?(normaal|raar|gek|logisch|duidelijk)\b[^.!]*\?",
    re.I)
_ARGUE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("denies", re.compile(r"^\W*nee\b|\bnee,", re.I)),
    ("contradicts", re.compile(
        r"\b(niet waar|klopt niet|klopt gewoon niet|dat kan niet|echt wel|juist niet|wel degelijk|dat zie ik niet|"
        r"ik zie juist|wij zien juist|onzin|zien (wij|we) anders|zou dat niet|is niet wat)\b", re.I)),
    ("but", re.compile(r"\b(maar|toch)\b", re.I)),
    ("insists", re.compile(r"\b(moet|moeten|altijd|nooit)\b", re.I)),
)
_EXPLORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("asks_home", re.compile(
        r"\b(hoe gaat (dat|het) thuis|hoe is (dat|het) thuis|wat ziet u thuis|wat doet u thuis|thuis\b(?=[^.!?]*\?)|"
        r"hoe doet u dat|wat werkt (er )?thuis|wat helpt thuis)", re.I)),
    ("invites", re.compile(
        r"\b(vertel|vertelt|vertellen|benieuwd|nieuwsgierig|meer over|voorbeeld|kunt u|zou het kunnen|hoe zou)\b", re.I)),
    ("asks", re.compile(r"\b(hoe|wat|wanneer|waardoor|welke|waar|wie|waarmee|ziet u|merkt u|helpt|vindt u)\b", re.I)),
    ("appreciates", re.compile(
        r"\b(fijn dat|mooi dat|goed dat|fijn om te horen|goed om te horen|fijn dat u|dank u)\b", re.I)),
    ("recognises", re.compile(r"\b(herkent u|herken|herkenbaar)\b", re.I)),
    ("listens", re.compile(
        r"\bik hoor (u zeggen|dat|van u)\b|\b(een )?(mooi|goed) aanknopingspunt\b|\b(dat|wat) is (een )?(mooi|fijn|goed) om te\b|"
        r"\bfijn om te weten\b|\bdank (u|je) (wel )?voor\b", re.I)),
)
_OPEN_QUESTION = re.compile(
    r"\b(hoe|wat|wanneer|waardoor|welke|waar|wie|waarmee|vertel|herkent|zou het kunnen|kunt u|ziet u|merkt u|"
    r"vindt u|klopt dat)\b[^.!]*\?|^\W*vertel\b|\bvertel (eens|me|ons|daar|er|gerust)\b|\bvertelt u\b|"
    r"\b(ben|zijn) (erg |heel |wel )?(benieuwd|nieuwsgierig)\b|\bik hoor (graag|het graag)\b", re.I)
_HOME = re.compile(r"\b(thuis|bij u)\b", re.I)
_SCHOOL = re.compile(r"\b(op school|in de klas|hier|in de les)\b", re.I)
_BOTH_SIDES = re.compile(r"\b(dus|allebei|beide|verschillend|anders|terwijl|en dat)\b", re.I)
_COUNTER = re.compile(r"\b(op school|in de klas|hier|bij ons)\b.{0,20}\b(zien|zie|merken|merk|gaat|werkt|houdt|is)\b", re.I)
_WORD = re.compile(r"[a-zà-ÿ']+", re.I)


@dataclass(frozen=True)
class ReplyFeedback:
    """How a reply reads.

    Args:
        kind: "explores" (opens a dialogue), "argues" (defends a position), "hostile"
            (accuses, doubts, lectures or labels: never praised) or "unclear" (no reply to judge).
        explore_words: the words that open the conversation.
        argue_words: the words that push a point or hurt.
        question: the reply asks something.
        reasons: codes of the signals found, e.g. ``("labels",)`` or ``("appreciates", "asks_home", "question")``.
    """

    kind: str
    explore_words: tuple[str, ...] = ()
    argue_words: tuple[str, ...] = ()
    question: bool = False
    reasons: tuple[str, ...] = ()


def _quote(words: str) -> str:
    """The words a rule saw, at most four: a long match is shortened to its first and last two."""
    parts = words.lower().strip(" ?.!,").split()
    return " ".join(parts) if len(parts) <= 4 else " ".join(parts[:2]) + " … " + " ".join(parts[-2:])


def _found(regex: re.Pattern[str], text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_quote(m.group(0)) for m in regex.finditer(text) if m.group(0).strip(" ?.!,")))


# A reply to a parent is about someone or something in the conversation; "Hoe laat is het?" is not.
_REFERS = re.compile(
    r"\b(hij|ze|zij|hem|haar|zijn|u|uw|jullie|thuis|school|klas|les|lessen|zoon|dochter|kind|dat|dit|daar|"
    r"er|wij|we|ons|onze|ik|mij|me|huiswerk|gedrag|mentor|docent|pauze|avond|avonden|ochtend)\b", re.I)


_HOSTILE = _HOSTILE + (("rhetorical", _RHETORICAL),)
_LABEL_RE = dict(_HOSTILE)["labels"]
_LABEL_IN_EXAMPLE = re.compile(
    r"\b(" + "|".join(sorted(lexicon.LABEL_NOUNS | lexicon.LABELS)) + r")\b", re.I)


def label_words(text: str, *, strict: bool = True) -> tuple[str, ...]:
    """Words that label a person ("lastpak", "ze is lui"). ``strict=False`` also takes a bare adjective."""
    found = _found(_LABEL_RE, text)
    if not strict:
        found += _found(_LABEL_IN_EXAMPLE, text)
    return tuple(dict.fromkeys(found))


def is_nonsense(text: str) -> bool:
    """No Dutch reply: too few words, one word repeated, or almost no common Dutch words."""
    tokens = [w.lower() for w in _WORD.findall(text)]
    if len(tokens) < 2 or len(set(tokens)) == 1:
        return True
    known = sum(w in lexicon.COMMON for w in tokens)
    return known == 0 or (len(tokens) >= 3 and known / len(tokens) < 0.25)


def classify_reply(text: str) -> ReplyFeedback:
    """Does a reply to a parent explore, argue, hurt (hostile) or say nothing (unclear)?"""
    text = one_line(text, MAX_REPLY_CHARS)
    if not text or is_nonsense(text):
        return ReplyFeedback("unclear", reasons=("nonsense",) if text else ())
    question = "?" in text
    hostile = [(code, _found(regex, text)) for code, regex in _HOSTILE]
    hostile = [(code, words) for code, words in hostile if words]
    if hostile:
        words = tuple(w for _, found in hostile for w in found)
        return ReplyFeedback("hostile", (), words, question, tuple(code for code, _ in hostile))
    reasons: list[str] = []
    argue: list[str] = []
    explore: list[str] = []
    sentences = re.split(r"(?<=[.!?])\s+", text)
    statements = " ".join(s for s in sentences if not s.endswith("?"))
    questions = " ".join(s for s in sentences if s.endswith("?"))
    for code, regex in _ARGUE:
        found = _found(regex, statements if code == "insists" else text)
        if found:
            reasons.append(code)
            argue.extend(found)
    for code, regex in _EXPLORE:
        found = _found(regex, questions if code == "asks" else text)
        if found:
            reasons.append(code)
            explore.extend(found)
    both = bool(_HOME.search(text) and _SCHOOL.search(text) and (question or _BOTH_SIDES.search(text)))
    opens = bool(_OPEN_QUESTION.search(text)) or question and bool(_found(_EXPLORE[0][1], text) or _found(_EXPLORE[4][1], text))
    if both and opens:
        reasons.append("summarises")
    counter = _found(_COUNTER, text)
    if counter and not opens:
        reasons.append("counter_example")
        argue.extend(counter)
    if text.rstrip().endswith("?"):
        reasons.append("question")
    appreciates = ("appreciates" in reasons or "listens" in reasons) and not argue
    if (opens and not argue or appreciates) and not _REFERS.search(text):
        return ReplyFeedback("unclear", (), (), question, ("off_topic",))
    if opens and not argue or appreciates:
        kind = "explores"
    elif argue or len(text.split()) >= 3:
        kind = "argues"
        if not argue and not question:
            reasons.append("own_view")
    else:
        kind = "unclear"
    return ReplyFeedback(kind, tuple(dict.fromkeys(explore)), tuple(dict.fromkeys(argue)), question, tuple(reasons))


# --- metacommunication ---------------------------------------------------------------------

_ANNOUNCE = re.compile(
    r"\bik\s+(ga|wil|zou|vraag)\b.{0,40}\b(vragen|vertellen|weten|bespreken|kijken|hebben over|dit)\b|"
    r"\bmag ik (u |jullie )?(iets |wat )?vragen\b|\bik ben benieuwd\b|\bgraag hoor ik\b|\bik hoor (graag|heel graag)\b|"
    r"\bvoordat we verder gaan\b|\b(zou|wilt|kunt) (u|jullie) (mij |ons |me )?(willen |kunnen |eens )?(vertellen|beschrijven|uitleggen)\b|"
    r"\bik vertel (u|jullie) (eerst|nu|graag)\b|\bhoor ik (graag|heel graag)\b|\bik wil (u|jullie) (iets |graag iets )?vragen\b",
    re.I)
_VAGUE_TOPIC = re.compile(r"\b(vragen|vertellen|weten|bespreken)\s*(,|\?|\.|$|want|omdat|zodat|dan)", re.I)
_TOPIC = re.compile(r"\b(over|naar|hoe|wat|wanneer|waarom|of|welke|hoe laat)\b\s+\w+", re.I)
_REASON = re.compile(
    r"\b(want|omdat|zodat|dan\s+(kunnen|begrijpen|snappen|weten|kan)|zo\s+kunnen|om\s+samen|daarmee|"
    r"(willen|wil)\s+(graag\s+)?(haar|hem)?\s*(begrijpen|weten|kijken|zien|helpen|zoeken|snappen|"
    r"bedenken|aanpassen)|zodat\s+u|dan\s+snappen|(dat|dit|het)\s+helpt\s+(ons|mij|ons\s+om)|"
    r"om\s+(haar|hem|\w+)\s+(beter\s+)?te\s+(begrijpen|helpen|ondersteunen|begeleiden))\b", re.I)
_VAGUE_REASON = re.compile(
    r"\b(dingen doen|iets doen|dan weten we meer|dat is (handig|belangrijk|nodig)|dat moet ik weten|"
    r"zodat (u|jullie) het weten|want dat (is|moet))\b", re.I)
_THREAT = re.compile(
    r"(\bwant|,|^|[.!?]\s*)\s*anders\b(?!\s+dan\b)|\banders\s+(moet|moeten|gaan|ga|zullen|zal|kunnen|wordt|worden|komt|krijgt|"
    r"schakel|schakelen|melden|meld|neem|nemen|volgt|is het)\b|\bleerplicht\w*\b|\bveilig thuis\b|\bmelding\b|\bschors\w*\b|\bstrafwerk\b|\bstraf\b|"
    r"\bconsequenties\b|\bals (dit|het) zo doorgaat\b|\bals het niet verandert\b|\bjeugdzorg\b", re.I)
_BLUNT = re.compile(
    r"\b(eigenlijk|gewoon|nou|u moet|jullie moeten|waarom doet ze|waarom doet hij|waarom u|blijkbaar( niet)?|"
    r"dat weet u (\w+ )?niet|weet u (dat )?(\w+ )?niet|u weet (het |dat )?(\w+ )?niet|zoals u (toch |zelf )?(wel )?weet|"
    r"dat (had|hadden) (u|jullie) (\w+ )?(moeten|kunnen) weten)\b", re.I)


def metacommunication_issues(text: str, *, blunt: str = "") -> tuple[Issue, ...]:
    """What a framed question still lacks, judged on what it says.

    Codes, in this order: ``empty``, ``too_long``, ``same_as_blunt`` (nothing rewritten),
    ``no_announcement`` (it does not say what you are going to ask or tell),
    ``no_topic`` (it announces "iets" without naming what), ``no_reason`` (no why),
    ``vague_reason`` (a why that says nothing: "dan kunnen we dingen doen"),
    ``threat`` (the why is a threat: "anders ... leerplichtambtenaar"), ``blunt``
    (words that sound like a reproach; detail = the words).
    """
    if not isinstance(text, str) or not text.strip():
        return (Issue("empty", "text"),)
    if len(text) > MAX_TEXT:
        return (Issue("too_long", "text", str(MAX_TEXT)),)
    cleaned = one_line(text, MAX_TEXT)
    if blunt and cleaned.lower().rstrip("?. ") == one_line(blunt).lower().rstrip("?. "):
        return (Issue("same_as_blunt", "text"),)
    issues: list[Issue] = []
    announce = _ANNOUNCE.search(cleaned)
    if not announce:
        issues.append(Issue("no_announcement", "text"))
    elif _VAGUE_TOPIC.search(cleaned[announce.start():]) and not _TOPIC.search(cleaned[announce.end():]) \
            and "?" not in cleaned[announce.end() + 1:]:
        issues.append(Issue("no_topic", "text"))
    threat = _THREAT.search(cleaned)
    reason = _REASON.search(cleaned)
    if not reason and not threat and not _VAGUE_REASON.search(cleaned):
        issues.append(Issue("no_reason", "text"))
    elif _VAGUE_REASON.search(cleaned) and not threat:
        issues.append(Issue("vague_reason", "text"))
    if threat:
        issues.append(Issue("threat", "text", re.sub(r"^[\W_]+", "", threat.group(0)).lower()))
    hurt = _found(_BLUNT, cleaned) + tuple(w for code, regex in _HOSTILE if code in ("accuses", "lectures")
                                           for w in _found(regex, cleaned))
    if hurt:
        issues.append(Issue("blunt", "text", ", ".join(dict.fromkeys(hurt))))
    return tuple(issues)
