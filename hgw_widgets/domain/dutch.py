"""Small Dutch text tools for the checks: tokens, quotes, clauses and verb forms.

No tagger: a goal or a reply is one or two short sentences, and these rules
(measured on ``tests/data/feedback_corpus``) are enough to tell the main
clause from a condition ("als ik iets niet begrijp"), to set quoted words
aside ("dat Jordi “normaal moet doen”") and to recognise the forms of a verb
(hangt, hing, opgehangen). ``docs/feedback.md`` explains why no language
tool (Frog, simplemma, hunspell) is used at run time.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from . import lexicon

WORD_RE = re.compile(r"[a-zà-ÿ0-9]+(?:[-'][a-zà-ÿ0-9]+)*")
QUOTE = "«citaat»"

# “...”, ‘...’, "..." and '...' when the apostrophe opens a quote (not 's avonds, Mila's).
_QUOTES = re.compile(r"“[^”]*”|‘[^’]*’|\"[^\"]*\"|(?:(?<=\s)|(?<=^)|(?<=:))'(?!s\s)[^']{2,}'")
# Reported speech: "roept dat Jordi normaal moet doen" -> the content is not the goal's own wording.
_SPEECH = re.compile(
    r"\b(roep|roept|roepen|zeg|zegt|zeggen|vraag|vraagt|vragen|schreeuw|schreeuwt|schreeuwen|noem|noemt)"
    r"\b([^,.;:!?]*?)\bdat\b[^,.;!?]*"
)
_SENTENCE_SPLIT = re.compile(r"[.;!?]+\s*|,\s*|:\s+")


def normalise(text: object) -> str:
    """Lower case, NFC, straight apostrophes inside words, one space between words."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFC", text).lower().replace("’s ", "'s ").replace("’", "’")
    return " ".join(text.split())


def quotes(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with quoted and reported words replaced by a marker, and the words set aside."""
    found: list[str] = []

    def keep(match: re.Match[str]) -> str:
        found.append(match.group(0))
        return f" {QUOTE} "

    text = _QUOTES.sub(keep, text)

    def speech(match: re.Match[str]) -> str:
        found.append(match.group(0)[len(match.group(1)) + len(match.group(2)):].strip())
        return f"{match.group(1)}{match.group(2)} {QUOTE} "

    text = _SPEECH.sub(speech, text)
    return " ".join(text.split()), tuple(found)


def words(text: str) -> list[str]:
    """The words of a normalised text."""
    return WORD_RE.findall(text)


def clauses(text: str) -> tuple[str, str]:
    """Split a normalised goal into its main clauses and its subordinate clauses.

    A subordinate clause starts at a conjunction or relative word ("als",
    "omdat", "die", "dat" after a word) and runs to the next comma or the end. "zonder te"/"in plaats van te" stay in the main
    part ("zonder rond te lopen" is part of what the goal asks).
    """
    main: list[str] = []
    sub: list[str] = []
    for part in _SENTENCE_SPLIT.split(text):
        tokens = part.split()
        for index, word in enumerate(tokens):
            previous = tokens[index - 1] if index else ""
            opens = word in lexicon.SUBORDINATORS and not (word == "als" and previous in ("zo", "net"))
            if opens or (word == "dat" and index > 0):
                main.append(" ".join(tokens[:index]))
                sub.append(" ".join(tokens[index:]))
                break
        else:
            main.append(part)
    return " ".join(m for m in main if m), " | ".join(sub)


# --- verb forms ------------------------------------------------------------------------------

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "zijn": ("ben", "bent", "is", "was", "waren", "geweest"),
    "hebben": ("heb", "hebt", "heeft", "had", "hadden", "gehad"),
    "gaan": ("ga", "gaat", "ging", "gingen", "gegaan"),
    "staan": ("sta", "staat", "stond", "stonden", "gestaan"),
    "doen": ("doe", "doet", "deed", "deden", "gedaan"),
    "zien": ("zie", "ziet", "zag", "zagen", "gezien"),
    "komen": ("kom", "komt", "kwam", "kwamen", "gekomen"),
    "zitten": ("zit", "zat", "zaten", "gezeten"),
    "lopen": ("liep", "liepen", "gelopen"),
    "geven": ("gaf", "gaven", "gegeven"),
    "nemen": ("nam", "namen", "genomen"),
    "schrijven": ("schreef", "schreven", "geschreven"),
    "lezen": ("las", "lazen", "gelezen"),
    "zeggen": ("zei", "zeiden", "gezegd"),
    "vragen": ("vroeg", "vroegen", "gevraagd"),
    "hangen": ("hing", "hingen", "gehangen"),
    "brengen": ("bracht", "brachten", "gebracht"),
    "helpen": ("hielp", "hielpen", "geholpen"),
    "roepen": ("riep", "riepen", "geroepen"),
    "spreken": ("sprak", "spraken", "gesproken"),
    "steken": ("stak", "staken", "gestoken"),
    "houden": ("houd", "houdt", "hield", "hielden", "gehouden"),
    "blijven": ("bleef", "bleven", "gebleven"),
    "kiezen": ("koos", "kozen", "gekozen"),
    "eten": ("at", "aten", "gegeten"),
    "slapen": ("sliep", "sliepen", "geslapen"),
    "liggen": ("lag", "lagen", "gelegen"),
    "slaan": ("sla", "slaat", "sloeg", "sloegen", "geslagen"),
    "vergeten": ("vergat", "vergaten"),
    "trekken": ("trok", "trokken", "getrokken"),
    "vechten": ("vocht", "vochten", "gevochten"),
    "dragen": ("droeg", "droegen"),
    "kijken": ("keek", "keken", "gekeken"),
    "zoeken": ("zocht", "zochten", "gezocht"),
    "denken": ("dacht", "dachten", "gedacht"),
    "kunnen": ("kan", "kun", "kunt", "kon", "konden", "gekund"),
    "willen": ("wil", "wilt", "wou", "wilde", "wilden"),
    "mogen": ("mag", "mocht", "mochten"),
    "moeten": ("moet", "moest", "moesten"),
    "zullen": ("zal", "zult", "zou", "zouden"),
    "worden": ("word", "wordt", "werd", "werden", "geworden"),
    "weten": ("weet", "wist", "wisten", "geweten"),
    "vinden": ("vind", "vindt", "vond", "vonden", "gevonden"),
    "krijgen": ("krijg", "krijgt", "kreeg", "kregen", "gekregen"),
    "beginnen": ("begon", "begonnen"),
    "zingen": ("zong", "zongen", "gezongen"),
    "rijden": ("reed", "reden", "gereden"),
    "vallen": ("viel", "vielen", "gevallen"),
    "laten": ("liet", "lieten", "gelaten"),
    "schelden": ("schold", "scholden", "gescholden"),
    "gooien": ("gooi", "gooit", "gooide", "gooiden", "gegooid"),
}
_SHORT_VOWEL_DOUBLE = re.compile(r"([^aeiou])\1$")
_UNSTRESSED = frozenset("""
leveren inleveren luisteren verbeteren veranderen herinneren openen tekenen rekenen ademen oefenen wandelen
handelen verzamelen twijfelen fluisteren
""".split())


def _stem(infinitive: str) -> str:
    if infinitive.endswith(("aan", "ien", "oen")) or infinitive in ("zien", "gaan", "staan", "slaan", "doen"):
        return infinitive[:-1]
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive
    if _SHORT_VOWEL_DOUBLE.search(stem):
        return stem[:-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and infinitive.rpartition('|')[2] not in _UNSTRESSED \
            and stem[-1] not in "aeiouwj":
        stem = stem[:-1] + stem[-2] + stem[-1]
    return stem


def _regular_forms(infinitive: str) -> set[str]:
    stem = _stem(infinitive)
    voiceless = infinitive[:-2][-1:] in "tkfschp" if infinitive.endswith("en") else False
    past = stem + ("te" if voiceless else "de")
    prefix = "" if infinitive.startswith(("be", "ge", "ver", "ont", "her", "er")) else "ge"
    participle = prefix + stem + ("" if stem.endswith(("t", "d")) else ("t" if voiceless else "d"))
    third = stem if stem.endswith("t") else stem + "t"
    return {infinitive, stem, third, past, past + "n", participle}


@functools.lru_cache(maxsize=1)
def action_forms() -> frozenset[str]:
    """Every form of the verbs in ``lexicon.ACTION_VERBS`` (hangt, hing, ophangen, opgehangen, ...)."""
    forms: set[str] = set()
    for entry in lexicon.ACTION_VERBS:
        particle, _, base = entry.rpartition("|")
        base_forms = _regular_forms(base) | set(_IRREGULAR.get(base, ()))
        forms |= base_forms
        if particle:
            forms.add(particle + base)
            forms |= {particle + f for f in base_forms if f.startswith("ge") or f in (base, _stem(base) + "t")}
            forms.add(particle + "te" + base)
    return frozenset(forms)


@functools.lru_cache(maxsize=1)
def finite_forms() -> frozenset[str]:
    """Finite forms (present and past) of the verbs the checks know, for word-order decisions."""
    forms: set[str] = set()
    for entry in (*lexicon.ACTION_VERBS, *lexicon.NO_BEHAVIOUR_VERBS, *lexicon.MORE_VERBS):
        base = entry.rpartition("|")[2]
        stem = _stem(base)
        irregular = _IRREGULAR.get(base, ())
        if base in ("zijn", "hebben") or irregular:
            forms |= {f for f in irregular if not f.startswith("ge") or base in ("gaan", "geven")}
            if base not in ("zijn", "hebben"):
                forms |= {stem, stem if stem.endswith("t") else stem + "t"}
        else:
            forms |= _regular_forms(base) - {base, "ge" + stem + "d", "ge" + stem + "t", stem + "d"}
    forms -= lexicon.NOT_VERBS
    return frozenset(forms)


@functools.lru_cache(maxsize=1)
def infinitives() -> frozenset[str]:
    """The infinitives the checks know (with separable particles joined: "ophangen")."""
    return frozenset(e.replace("|", "") for e in (*lexicon.ACTION_VERBS, *lexicon.NO_BEHAVIOUR_VERBS, *lexicon.MORE_VERBS))


def infinitive_of(stem: str) -> str:
    """The infinitive of a verb given in the ik-form ("hang" -> "hangen", "ga" -> "gaan")."""
    irregular = {"ben": "zijn", "heb": "hebben", "kan": "kunnen", "wil": "willen", "zal": "zullen", "mag": "mogen",
                 "ga": "gaan", "sta": "staan", "doe": "doen", "zie": "zien", "sla": "slaan", "houd": "houden",
                 "kom": "komen", "zit": "zitten", "zet": "zetten", "word": "worden", "weet": "weten"}
    if stem in irregular:
        return irregular[stem]
    for entry in (*lexicon.ACTION_VERBS, *lexicon.MORE_VERBS):
        base = entry.rpartition("|")[2]
        if _stem(base) == stem:
            return base
    if re.search(r"[^aeiou][aeiou][^aeiouwj]$", stem) and len(stem) <= 4:
        return stem + stem[-1] + "en"
    if re.search(r"(aa|ee|oo|uu)[^aeiou]$", stem):
        stem = stem[:-3] + stem[-2:]
    if stem.endswith("f") and not stem.endswith("ff"):
        stem = stem[:-1] + "v"
    elif stem.endswith("s") and not stem.endswith(("ss", "ts")) and stem[-2:-1] in "aeiouj":
        stem = stem[:-1] + "z"
    return stem + "en"
