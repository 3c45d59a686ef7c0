"""The SMARTI check: how concrete, measurable, timed and positive a goal is.

Four criteria can be read from the text (Specifiek, Meetbaar, Tijdgebonden,
and whether the goal is worded positively); three need the people's own
judgement (Acceptabel, Realistisch, Inspirerend). The checks are plain
word-and-pattern rules for Dutch, written to be explainable to a learner:
every "not met" carries a reason code and the words that caused it.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field

from ..messages import t

# --- word lists ---------------------------------------------------------------

_NUMBER_WORDS = (
    "één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    "vijftien|twintig|dertig|veertig|vijftig|honderd"
)
_NUM = rf"(?:\d+(?:[.,]\d+)?|{_NUMBER_WORDS})"
_UNIT_TIME = r"(?:dag|dagen|week|weken|maand|maanden|les|lessen|jaar|schooljaar|periode|periodes|schoolweken)"
_MONTHS = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_EVENTS = (
    r"(?:(?:\w+)?vakantie|(?:eind|volgende |eerstvolgende )?toets|toetsweek|proefwerk|overhoring|"
    r"evaluatie|rapportvergadering|rapport|tentamen|examen|oudergesprek|leerlingbespreking|"
    r"klassenbespreking|kerst|pasen|volgende les|eerstvolgende les)"
)

# Deadlines, periods and evaluation moments. A frequency ("elke dag") is not one.
_TIME_PATTERNS = [
    rf"\bover (?:{_NUM}|een|enkele|een paar) {_UNIT_TIME}\b",
    rf"\b(?:binnen|na|gedurende|tijdens) (?:{_NUM}|een|de komende|de eerste|enkele) (?:{_NUM} )?{_UNIT_TIME}\b",
    rf"\b(?:de|het) (?:komende|eerste|volgende) (?:{_NUM} )?{_UNIT_TIME}\b",
    rf"\b(?:voor|vóór|na|tot|tot en met|t/m|uiterlijk|bij|op|vanaf|rond) (?:de|het) {_EVENTS}\b",
    rf"\b(?:voor|vóór|tot|tot en met|t/m|uiterlijk|op|per|vanaf|na) (?:a\.s\. |aanstaande |volgende )?{_WEEKDAYS}\b",
    r"\buiterlijk\b",
    rf"\b\d{{1,2}} {_MONTHS}\b",
    rf"\b(?:eind|begin|half|medio|in|voor|vóór) {_MONTHS}\b",
    r"\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b",
    r"\b(?:in|tijdens|na|voor|vóór|eind|aan het eind van) (?:periode|blok|trimester|semester|week) \d+\b",
    r"\b(?:aan het |op het |tegen het )?einde? van (?:de|het|deze|dit) (?:les|lesuur|week|maand|periode|schooljaar|jaar|trimester|semester|blok|dag)\b",
    r"\b(?:deze|volgende|komende|de volgende) (?:week|maand|periode|les)\b",
    r"\b(?:dit|volgend) (?:schooljaar|jaar|semester|trimester)\b",
    r"\b(?:vandaag|morgen|overmorgen)\b",
    r"\bin week \d+\b",
]
_TIME_RE = re.compile("|".join(f"(?:{p})" for p in _TIME_PATTERNS))

_FREQUENCY_RE = re.compile(
    rf"\b(?:elke|iedere|ieder|elk) (?:dag|les|week|ochtend|middag|keer|maandag|dinsdag|woensdag|donderdag|vrijdag|binnenkomst|{_UNIT_TIME})\b"
    r"|\b(?:dagelijks|wekelijks|maandelijks|altijd|steeds)\b"
)

# Numbers that name something instead of counting it.
_LABEL_RE = re.compile(
    r"\b(?:klas|leerjaar|groep|havo|vwo|vmbo|mavo|atheneum|gymnasium|hoofdstuk|paragraaf|les|lesuur|"
    r"lokaal|blok|periode|week|thema|module|opdracht|vraag|bladzijde|pagina|toets|niveau|kamer|bus)"
    r" ?\d+[a-z]?\b"
    r"|\b\d+ ?(?:vmbo|havo|vwo|mavo|gym|atheneum|tl|kb|bb|gt|pro|vso)\b"
    r"|\b\d+(?:e|de|ste)\b"
    r"|\b\d{1,2}[.:]\d{2}(?: uur)?\b"
    r"|\b(?:19|20)\d{2}\b"
)

_CRITERION_RE = re.compile(
    rf"\b{_NUM}\b|%|\bprocent\b|\b(?:alle|allemaal|voldoende|elke|iedere|ieder|elk|altijd|dagelijks|wekelijks)\b"
)

_VAGUE_RE = re.compile(
    r"\b(?:normaal|normaler|beter|netjes|netter|best doen|zijn best|haar best|je best|mijn best|hun best|"
    r"motivatie|gemotiveerd|gemotiveerder|goed gedrag|gedrag verbeteren|gedraagt|gedraag|gedragen|"
    r"inzet|aardig|aardiger|respect|respectvol|rustig|rustiger|serieus|serieuzer|verantwoordelijk\w*|"
    r"zelfvertrouwen|opletten|oplet|let op|let beter op|concentreren|geconcentreerd|concentratie|"
    r"werkhouding|houding|positief|positiever|actief|actiever|leuk|leuker|lief|liever|braaf|fatsoenlijk|"
    r"behoorlijk|meedoen|doet mee|hard werken|harder werken|werkt hard|werkt harder|luisteren|luistert|"
    r"vervelend|lastig|druk|drukker|ordelijk|sociaal|socialer|zelfstandiger|zorgvuldig|zorgvuldiger|"
    r"verbeteren|verbetert|ontwikkelen|leren omgaan)\b"
)

_COMPARATIVE_RE = re.compile(
    r"\b(?:minder|meer|beter|vaker|sneller|harder|rustiger|netter|actiever|serieuzer|langer|korter|"
    r"hoger|eerder|zelfstandiger|zorgvuldiger|socialer)\b"
)

# Verbs and phrases that name behaviour you can see or hear.
_ACTION_RE = re.compile(
    r"\b(?:groet|groeten|begroet|begroeten|hang|hangt|hangen|ophangen|zit|zitten|leg|legt|leggen|zet|zetten|"
    r"steek|steekt|steken|vraag|vraagt|vragen|zeg|zegt|zeggen|noem|noemt|noemen|schrijf|schrijft|schrijven|"
    r"opschrijven|noteer|noteert|noteren|lees|leest|lezen|voorlezen|maak|maakt|maken|lever|levert|leveren|"
    r"inleveren|neem|neemt|nemen|meenemen|breng|brengt|brengen|praat|praten|fluister|fluistert|fluisteren|"
    r"ruim|ruimt|opruimen|plan|plant|plannen|inplannen|meld|meldt|melden|bel|belt|bellen|mail|mailt|mailen|"
    r"stuur|stuurt|sturen|oefen|oefent|oefenen|haal|haalt|halen|behaal|behaalt|behalen|scoor|scoort|scoren|"
    r"beantwoord|beantwoordt|beantwoorden|vertel|vertelt|vertellen|presenteer|presenteert|presenteren|"
    r"loop|loopt|lopen|wacht|wachten|stel|stelt|stellen|geef|geeft|geven|teken|tekent|tekenen|onderteken|"
    r"ondertekent|controleer|controleert|controleren|kijk|kijkt|kijken|pak|pakt|pakken|open|opent|openen|"
    r"begin|begint|beginnen|start|starten|vul|vult|invullen|kruis|kruist|aankruisen|tel|telt|tellen|"
    r"bespreek|bespreekt|bespreken|toon|toont|tonen|laat zien|parafeer|parafeert|help|helpt|helpen|"
    r"sta|staat|staan|ga zitten|gaat zitten|stil|op tijd|te laat|bij zich|bij me|in de agenda|"
    r"werk zelfstandig|werkt zelfstandig|zelfstandig werken|zelfstandig aan|"
    r"samenvatten|vat samen|samenvatting|antwoord|antwoordt|hand op|vinger op|opsteken|uitleggen|legt uit)\b"
)

# "niet meer", "geen duwen meer": here "meer" means "anymore", not a comparative.
_ANYMORE_RE = re.compile(r"\b((?:niet|nooit|niets|niks|niemand|geen)(?: \w+){0,3}?) meer\b")

_NEGATION_RE = re.compile(
    r"\b(?:niet|geen|nooit|niets|niks|niemand|nergens|minder|stoppen met|stopt met|stop met|stoppen|"
    r"ophouden|houdt op|afleren|af te leren|zonder te|zonder dat|zonder door te)\b"
)

_WORD_RE = re.compile(r"\w+")
_MAX_WORDS = 40
"""A goal longer than this is not small and clear ("klein, snel, overzichtelijk")."""


# --- the report ---------------------------------------------------------------


class Status(str, enum.Enum):
    """How a criterion came out."""

    MET = "met"
    NOT_MET = "not_met"
    JUDGEMENT = "judgement"
    """Cannot be read from text: the people involved decide."""


CRITERIA: tuple[str, ...] = (
    "specific",
    "measurable",
    "acceptable",
    "realistic",
    "time_bound",
    "inspiring",
)
"""The six SMARTI criteria in their usual order."""

AUTOMATIC: tuple[str, ...] = ("specific", "measurable", "time_bound", "positive")
"""The judgements read from the text; "positive" is part of Specifiek in practice."""

_LABEL_KEYS = {
    "specific": "smarti.specific.label",
    "measurable": "smarti.measurable.label",
    "acceptable": "smarti.acceptable.label",
    "realistic": "smarti.realistic.label",
    "time_bound": "smarti.time_bound.label",
    "inspiring": "smarti.inspiring.label",
    "positive": "smarti.positive.label",
}

_HINT_KEYS = {
    ("specific", "met"): "smarti.specific.met",
    ("specific", "empty"): "smarti.common.empty",
    ("specific", "vague"): "smarti.specific.vague",
    ("specific", "no_behaviour"): "smarti.specific.no_behaviour",
    ("specific", "too_long"): "smarti.specific.too_long",
    ("measurable", "met"): "smarti.measurable.met",
    ("measurable", "empty"): "smarti.common.empty",
    ("measurable", "comparative"): "smarti.measurable.comparative",
    ("measurable", "unobservable"): "smarti.measurable.unobservable",
    ("time_bound", "met"): "smarti.time_bound.met",
    ("time_bound", "empty"): "smarti.common.empty",
    ("time_bound", "frequency_only"): "smarti.time_bound.frequency_only",
    ("time_bound", "missing"): "smarti.time_bound.missing",
    ("positive", "met"): "smarti.positive.met",
    ("positive", "empty"): "smarti.common.empty",
    ("positive", "negation"): "smarti.positive.negation",
    ("acceptable", "judgement"): "smarti.acceptable.judgement",
    ("realistic", "judgement"): "smarti.realistic.judgement",
    ("inspiring", "judgement"): "smarti.inspiring.judgement",
}


@dataclass(frozen=True)
class CriterionResult:
    """The outcome of one criterion.

    Args:
        criterion: one of ``CRITERIA`` or ``"positive"``.
        status: met, not met, or left to the people's judgement.
        reason: why, as a code (``"vague"``, ``"comparative"``, ...).
        found: the words in the goal that led to this outcome.
    """

    criterion: str
    status: Status
    reason: str
    found: tuple[str, ...] = ()

    @property
    def met(self) -> bool:
        """True when the criterion is met."""
        return self.status is Status.MET

    @property
    def label(self) -> str:
        """The criterion's Dutch name."""
        return t(_LABEL_KEYS[self.criterion])

    @property
    def hint(self) -> str:
        """A short Dutch hint for the learner."""
        words = ", ".join(f"“{w}”" for w in self.found)
        return t(_HINT_KEYS[(self.criterion, self.reason)], words=words, max_words=_MAX_WORDS)


@dataclass(frozen=True)
class SmartiReport:
    """The SMARTI check of one goal text.

    ``results`` holds the six SMARTI criteria in order; ``positive`` (is the
    goal worded as desired behaviour?) is kept beside them.
    """

    text: str
    results: tuple[CriterionResult, ...]
    positive_result: CriterionResult
    _by_name: dict[str, CriterionResult] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        mapping = {r.criterion: r for r in self.results}
        mapping["positive"] = self.positive_result
        object.__setattr__(self, "_by_name", mapping)

    def __getitem__(self, criterion: str) -> CriterionResult:
        return self._by_name[criterion]

    @property
    def specific(self) -> bool:
        """The goal names concrete, observable behaviour or a result."""
        return self["specific"].met

    @property
    def measurable(self) -> bool:
        """An observer can tell whether the goal was reached."""
        return self["measurable"].met

    @property
    def time_bound(self) -> bool:
        """The goal has a deadline, period or evaluation moment."""
        return self["time_bound"].met

    @property
    def positive(self) -> bool:
        """The goal describes desired behaviour, not what must stop."""
        return self["positive"].met

    @property
    def automatic_met(self) -> bool:
        """All four automatic judgements are met."""
        return all(self[name].met for name in AUTOMATIC)


# --- the check ----------------------------------------------------------------


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.split())


def _found(regex: re.Pattern[str], text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for match in regex.finditer(text):
        seen.setdefault(match.group(0), None)
    return tuple(seen)


def _result(criterion: str, met: bool, reason_met: str, reason: str, found=()) -> CriterionResult:
    if met:
        return CriterionResult(criterion, Status.MET, reason_met, tuple(found))
    return CriterionResult(criterion, Status.NOT_MET, reason, tuple(found))


def check_smarti(text: str) -> SmartiReport:
    """Check a goal against the SMARTI criteria.

    Args:
        text: the goal, in Dutch. Any string is accepted; an empty one meets
            nothing.

    Returns:
        A report with one result per criterion and the booleans
        ``.specific``, ``.measurable``, ``.time_bound`` and ``.positive``.
    """
    if not isinstance(text, str):
        text = ""
    norm = _normalise(text)
    judgement = tuple(
        CriterionResult(name, Status.JUDGEMENT, "judgement")
        for name in ("acceptable", "realistic", "inspiring")
    )
    acceptable, realistic, inspiring = judgement
    if not _WORD_RE.search(norm):
        empty = {
            name: CriterionResult(name, Status.NOT_MET, "empty")
            for name in ("specific", "measurable", "time_bound", "positive")
        }
        return SmartiReport(
            text=text,
            results=(empty["specific"], empty["measurable"], acceptable, realistic,
                     empty["time_bound"], inspiring),
            positive_result=empty["positive"],
        )

    time_found = _found(_TIME_RE, norm)
    rest = _TIME_RE.sub(" ", norm)
    rest = _LABEL_RE.sub(" ", rest)
    criteria_found = _found(_CRITERION_RE, rest)
    actions = _found(_ACTION_RE, norm)
    vague = _found(_VAGUE_RE, norm)
    comparatives = _found(_COMPARATIVE_RE, _ANYMORE_RE.sub(r"\1", rest))
    negations = _found(_NEGATION_RE, norm)
    too_long = len(_WORD_RE.findall(norm)) > _MAX_WORDS

    concrete = bool(actions)
    has_criterion = bool(criteria_found)

    if too_long:
        specific = CriterionResult("specific", Status.NOT_MET, "too_long")
    elif concrete or (has_criterion and not vague):
        specific = CriterionResult("specific", Status.MET, "met", actions or criteria_found)
    elif vague:
        specific = CriterionResult("specific", Status.NOT_MET, "vague", vague)
    else:
        specific = CriterionResult("specific", Status.NOT_MET, "no_behaviour")

    if comparatives and not has_criterion:
        measurable = CriterionResult("measurable", Status.NOT_MET, "comparative", comparatives)
    elif concrete or (has_criterion and not vague):
        measurable = CriterionResult("measurable", Status.MET, "met", criteria_found or actions)
    else:
        measurable = CriterionResult("measurable", Status.NOT_MET, "unobservable", vague)

    if time_found:
        time_bound = CriterionResult("time_bound", Status.MET, "met", time_found)
    else:
        frequencies = _found(_FREQUENCY_RE, norm)
        reason = "frequency_only" if frequencies else "missing"
        time_bound = CriterionResult("time_bound", Status.NOT_MET, reason, frequencies)

    positive = _result("positive", not negations, "met", "negation", negations)

    return SmartiReport(
        text=text,
        results=(specific, measurable, acceptable, realistic, time_bound, inspiring),
        positive_result=positive,
    )
