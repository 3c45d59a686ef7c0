"""Reading a goal: the behaviour, vague words, measures, moments and negations the check sees.

``read_goal`` returns the words behind every SMARTI judgement (``smarti._judge``
decides). Quoted and reported words are set aside first, and negations only
count in the main clause: "als ik iets niet begrijp" is a condition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import dutch, lexicon, moments

MAX_WORDS = 40
"""A goal longer than this is not small and clear ("klein, snel, overzichtelijk")."""

# Numbers that name something instead of counting it ("klas 2", "hoofdstuk 4", "8.30 uur").
_LABEL_RE = re.compile(
    r"\b(?:klas|leerjaar|groep|havo|vwo|vmbo|mavo|hoofdstuk|paragraaf|les|lesuur|lokaal|blok|periode|week|thema|"
    r"module|opdracht|vraag|bladzijde|pagina|niveau|avi-niveau|kamer|bus) ?\d+[a-z]?\b"
    r"|\b\d+ ?(?:vmbo|havo|vwo|mavo|gym|atheneum|tl|kb|bb|gt|pro|vso|f)\b|\b\d+(?:e|de|ste)\b"
    r"|\btot (?:en met )?\d+\b|\b\d{1,2}[.:]\d{2}(?: uur)?\b|\b(?:19|20)\d{2}\b|\bom (?:half )?\w+(?: uur)?\b"
)
_ANYMORE_RE = re.compile(r"\b((?:niet|nooit|niets|niks|niemand|geen)(?: \w+){0,4}?) meer\b")
_ZONDER_TE = re.compile(r"\bzonder(?: [\wé]+){0,4} te \w+")
_ZONDER = re.compile(r"\bzonder ([\wé]+(?: [\wé]+)?)")
_RELATIVE = ("die ", "dat ", "wat ", "waar ")
_VAGUE_CONDUCT = re.compile(r"\b(?:doe|doet|doen|deed)\b(?: \w+){0,2} normaal\b|\baan (?:de|alle) \w*(?:regels|afspraken)\b")
_NOMINAL_BEFORE = frozenset("in met bij aan over van het".split())
_WEARING = re.compile(r"\bgeen \w+(?: meer)? (?:op|aan|in)\b")
_STATE_VERBS = frozenset("ben bent is zijn was waren zit zitten zat heb hebt heeft hebben had sta staat staan".split())


@dataclass(frozen=True)
class Reading:
    """What the check saw in a goal: the words behind every judgement."""

    behaviour: tuple[str, ...]
    vague: tuple[str, ...]
    knowing: tuple[str, ...]
    ability_words: tuple[str, ...]
    criteria: tuple[str, ...]
    negations: tuple[str, ...]
    evaluation: tuple[str, ...]
    occurrence: tuple[str, ...]
    frequency: tuple[str, ...]
    start: tuple[str, ...]
    too_long: bool
    quoted: tuple[str, ...]


def _unique(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


def read_goal(text: str) -> Reading:
    """Read a normalised goal: behaviour, vague words, measures, moments and negations."""
    unquoted, quoted = dutch.quotes(text)
    main, sub = dutch.clauses(unquoted)
    main_padded = f" {main} "
    tokens = dutch.words(main)
    forms = dutch.action_forms()
    actions = [w for i, w in enumerate(tokens) if w in forms
               and not (w.endswith("en") and i and tokens[i - 1] in _NOMINAL_BEFORE)]
    if any(w in ("leer", "leert", "leren", "geleerd") for w in tokens) and any(o in main for o in lexicon.STUDY_OBJECTS):
        actions += [w for w in tokens if w in ("leer", "leert", "leren", "geleerd")]
    padded = f" {unquoted} "
    if any(p in padded for p in lexicon.NO_BEHAVIOUR_PHRASES) or "het gaat" in main or "gaat het" in main \
            or _VAGUE_CONDUCT.search(padded) \
            or (tokens and tokens[-1] == "om" and any(w in ("ga", "gaat", "gaan") for w in tokens)):
        actions = [w for w in actions if w not in lexicon.LIGHT_VERBS]
    if tokens and tokens[-1] in lexicon.ABSTRACT_ENDINGS or "eruit wat erin zit" in padded:
        actions = []
    if any(w in lexicon.KNOWING for w in tokens) and not any(w in ("kijk", "kijkt", "vraag", "vraagt") for w in tokens):
        actions = []
    states = [p.strip() for p in lexicon.OBSERVABLE_STATES if re.search(rf"(?<!\w){re.escape(p.strip())}(?!\w)", main)]
    if not any(w in _STATE_VERBS for w in tokens):
        states = []
    states += [m.group(0) for m in _WEARING.finditer(main)] if not actions else []  # "geen petjes meer op in de klas"
    explained = re.search(r"\bdoor\b(?: [\wé]+)* te [\wé]+", main)  # "doet normaal door ... te groeten"
    anymore = _ANYMORE_RE.sub(r"\1", main[explained.start():] if explained else main)
    vague = [w for w in dutch.words(anymore) if w in lexicon.VAGUE_WORDS]
    vague += [p for p in lexicon.VAGUE_PHRASES if p in (f" {main[explained.start():]} " if explained else main_padded)]
    own = dutch.words(main[explained.start():]) if explained else tokens
    vague += [f"{verb} {word}" for verb, word in zip(own, own[1:]) if word in lexicon.VAGUE_MANNER and verb in forms
              and not (word == "rustig" and verb in lexicon.AUDIBLE)]  # "komt rustig binnen", "luistert goed"
    vague = list(dict.fromkeys(vague))
    counted = _LABEL_RE.sub(" ", moments.EVALUATION_RE.sub(" ", unquoted))
    criteria = [w for w in dutch.words(counted) if w.isdigit() or (w in lexicon.NUMBER_WORDS and w != "een")
                or w in lexicon.NORM_WORDS]
    criteria += re.findall(r"\d+ ?%|zonder fouten", counted)
    negations = [w for w in tokens if w in lexicon.NEGATIONS]
    if "niet alleen" in main:
        negations.remove("niet")
    negations += [p for p in lexicon.NEGATION_PHRASES if p in main]
    negations += [m.group(0) for m in _ZONDER_TE.finditer(main)]
    negations += [m.group(0) for m in _ZONDER.finditer(main) if m.group(1) in lexicon.UNWANTED]
    if any(w in lexicon.LIMITS for w in tokens) and any(u in main for u in lexicon.UNWANTED):
        negations += [w for w in tokens if w in lexicon.LIMITS]
    timed = " ".join([main, *(c for c in sub.split(" | ") if not c.startswith(_RELATIVE))])
    return Reading(
        behaviour=_unique(actions + states),
        vague=_unique(vague),
        knowing=_unique(w for w in tokens if w in lexicon.KNOWING),
        ability_words=_unique([w for w in tokens if w in ("kan", "kun", "kunt", "kunnen")]
                              + (["in staat"] if "in staat" in main else [])),
        criteria=_unique(criteria),
        negations=_unique(negations),
        evaluation=moments.found(moments.EVALUATION_RE, timed),
        occurrence=moments.found(moments.OCCURRENCE_RE, unquoted),
        frequency=moments.found(moments.FREQUENCY_RE, unquoted),
        start=moments.found(moments.START_RE, unquoted),
        too_long=len(dutch.words(text)) > MAX_WORDS,
        quoted=quoted,
    )


