"""A conversation with parents about concerns: the plan, its phases, concerns and agreements.

``ConversationPlan`` holds what a mentor prepares (reason, goals, who attends
and who leads, school and home examples, positive aspects per area of
guideline 5, concerns, agreements, evaluation date) and the phases from a
meeting structure. ``metacommunication`` builds a Dutch sentence from message
templates (``we_message`` and ``team_message`` live in ``concern_sentences``,
``invitation`` in ``invitation``) (like ``SmartiReport`` hints:
the wording is the point); everything else returns data (``Issue``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ..messages import t
from .areas import AREAS, Strength, one_line
from .case import Case
from .issues import Issue
from .numbers import parse_whole
from .smarti import SmartiReport, check_smarti
from .sentence_form import is_finite_verb
from .structures import MeetingStructure, StructurePhase, load_structure

ROLES: tuple[str, ...] = ("chair", "mentor", "parents", "student", "care_coordinator", "teacher", "other")
ROLE_KEYS = {
    "chair": "conversation.role.chair",
    "mentor": "conversation.role.mentor",
    "parents": "conversation.role.parents",
    "student": "conversation.role.student",
    "care_coordinator": "conversation.role.care_coordinator",
    "teacher": "conversation.role.teacher",
    "other": "conversation.role.other",
}
DEFAULT_STRUCTURE = "oudergesprek-bij-zorgen"
MAX_LINE = 300
MAX_TEXT = 1_200
MAX_NOTES = 4_000
MAX_ITEMS = 20
MAX_STUDENT = 60
"""Characters of a student's name in a plan."""
MAX_WHO = 80
"""Characters of the "who" of an agreement."""
MAX_WHEN = 120
"""Characters of the "when" of an agreement."""
MIN_PHASE_MINUTES = 1
MAX_PHASE_MINUTES = 120
"""A phase of a meeting lasts 1 to 120 whole minutes (the meeting clock counts whole minutes)."""
AGREEMENT_CRITERIA = ("specific", "measurable", "positive")
"""SMARTI criteria checked on an agreement; the time is its ``when`` plus the evaluation date."""


def clean(value: object, limit: int = MAX_LINE) -> str:
    """Untrusted text as one tidy line (``areas.one_line``), by default as long as a line of a plan."""
    return one_line(value, limit)


def clean_notes(value: object, limit: int = MAX_NOTES) -> str:
    """Untrusted multi-line text: kept as typed, trimmed, cut at ``limit``."""
    return value.strip()[:limit] if isinstance(value, str) else ""


_SELF_DESCRIBING = {"moeder", "vader", "ouders", "ouder", "verzorger", "mentor", "zorgcoördinator", "docent"}


@dataclass(frozen=True)
class Participant:
    """Someone at the table: a name (or "moeder") and a role from ``ROLES``."""

    name: str
    role: str = "other"

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; expected one of {ROLES}")

    @property
    def label(self) -> str:
        """E.g. "Kevin (leerling)"; just "mentor" when the name is the role."""
        role = t(ROLE_KEYS[self.role])
        if (self.name.lower() in _SELF_DESCRIBING or self.name.lower().startswith(role.lower())
                or self.role == "other"):
            return self.name
        return t("conversation.participant", name=self.name, role=role)


@dataclass(frozen=True)
class Phase:
    """One phase of the planned conversation, with the mentor's own notes."""

    key: str
    title: str
    purpose: str
    minutes: int | None
    """Planned whole minutes, or None: no time planned for this phase (the source gives none)."""
    guideline: int | None = None
    prompts: tuple[str, ...] = ()
    phrasings: tuple[str, ...] = ()
    notes: str = ""
    step: str | None = None
    """The HGW cycle step the phase serves (``structures.CYCLE_STEPS``), or None."""
    part: str = ""
    """The title of the part of a meeting held in parts on different days ("" for none)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "prompts", tuple(self.prompts))
        object.__setattr__(self, "phrasings", tuple(self.phrasings))
        if self.minutes is not None and not 1 <= int(self.minutes) <= MAX_PHASE_MINUTES:
            raise ValueError(f"minutes must be 1-{MAX_PHASE_MINUTES}")

    @classmethod
    def from_structure(cls, phase: StructurePhase, *, part: str = "") -> Phase:
        """A plan phase from a structure file's phase (``part``: the title of its part)."""
        return cls(key=phase.id, title=phase.title, purpose=phase.purpose, minutes=phase.minutes,
                   guideline=phase.guideline, prompts=phase.prompts, phrasings=phase.phrasings,
                   step=phase.step, part=part)


@dataclass(frozen=True)
class Concern:
    """A concern of the school, worded to follow "Wij maken ons zorgen omdat", with an example."""

    text: str
    example: str = ""
    area: str | None = None

    def __post_init__(self) -> None:
        if self.area is not None and self.area not in AREAS:
            raise ValueError(f"unknown area {self.area!r}; expected one of {AREAS}")

    def we_message(self) -> str:
        """The concern as a wij-boodschap."""
        from .concern_sentences import we_message

        return we_message(self.text, self.example)


@dataclass(frozen=True)
class Agreement:
    """Who does what, when."""

    who: str
    what: str
    when: str

    @property
    def sentence(self) -> str:
        """The agreement as one sentence, e.g. "Kevin houdt ... bij, elke les."."""
        return t("conversation.agreement.sentence", who=self.who, what=self.what, when=self.when)

    @property
    def report(self) -> SmartiReport:
        """The SMARTI check of the "what" and the "when" together (the "who" is a name, not a goal)."""
        return check_smarti(f"{self.what} {self.when}".strip())


@dataclass(frozen=True)
class ConversationPlan:
    """What the mentor prepares for a conversation with parents (and the student)."""

    student: str = ""
    reason: str = ""
    goals: tuple[str, ...] = ()
    participants: tuple[Participant, ...] = ()
    chair: str = ""
    student_invited: bool = True
    meeting_date: date | None = None
    structure_id: str = DEFAULT_STRUCTURE
    title: str = ""
    phases: tuple[Phase, ...] = ()
    school_examples: tuple[str, ...] = ()
    home_examples: tuple[str, ...] = ()
    strengths: tuple[Strength, ...] = ()
    concerns: tuple[Concern, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    evaluation_date: date | None = None

    def __post_init__(self) -> None:
        for name in ("goals", "participants", "phases", "school_examples", "home_examples",
                     "strengths", "concerns", "agreements"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    @property
    def minutes(self) -> int:
        """The planned length: the sum of the phases' minutes (phases without a plan count 0)."""
        return sum(p.minutes or 0 for p in self.phases)

    @property
    def timed(self) -> bool:
        """Every phase has planned minutes."""
        return all(p.minutes is not None for p in self.phases)

    def with_phase(self, index: int, **changes) -> ConversationPlan:
        """This plan with phase ``index`` changed (e.g. ``notes=...``, ``minutes=...``)."""
        phases = list(self.phases)
        phases[index] = replace(phases[index], **changes)
        return replace(self, phases=tuple(phases))


def with_phase_minutes(plan: ConversationPlan, index: int, minutes: object) -> tuple[ConversationPlan, Issue | None]:
    """``plan`` with phase ``index`` planned for ``minutes``, or unchanged with the reason.

    ``minutes`` is what was typed ("12", "12,0") or a whole number, read by
    ``numbers.parse_whole``: a fraction ("2,5") or a value outside
    ``MIN_PHASE_MINUTES``-``MAX_PHASE_MINUTES`` leaves the plan unchanged and the issue
    (field ``minutes``, detail = what was typed) says so; nothing is clamped or rounded.
    """
    if isinstance(minutes, str) and not minutes.strip() and plan.phases[index].minutes is None:
        return plan, None  # a phase without planned time stays so until minutes are typed
    value, issue = parse_whole(minutes, field="minutes", minimum=MIN_PHASE_MINUTES, maximum=MAX_PHASE_MINUTES)
    if issue is not None:
        return plan, issue
    return plan.with_phase(index, minutes=value), None


def plan_from_structure(structure: MeetingStructure | str = DEFAULT_STRUCTURE, **fields) -> ConversationPlan:
    """An empty plan with the phases of a structure (an id or a loaded structure)."""
    if isinstance(structure, str):
        structure = load_structure(structure)
    return ConversationPlan(structure_id=structure.id, title=structure.title,
                            phases=tuple(Phase.from_structure(p, part=structure.part_title(p.part))
                                         for p in structure.phases), **fields)


def with_structure(plan: ConversationPlan, structure: MeetingStructure) -> ConversationPlan:
    """``plan`` with the phases (and structure id and title) of another structure; the rest stays."""
    fresh = plan_from_structure(structure)
    return replace(plan, structure_id=fresh.structure_id, title=fresh.title, phases=fresh.phases)


_ROLE_WORDS = {
    "zorgcoördinator": "care_coordinator", "zorgcoordinator": "care_coordinator", "mentor": "mentor",
    "moeder": "parents", "vader": "parents", "ouders": "parents", "ouder": "parents", "verzorger": "parents",
    "docent": "teacher", "leraar": "teacher", "leerling": "student", "gespreksleider": "chair",
}


def guess_role(name: str, role_text: str = "", *, student: str = "") -> str:
    """A role from ``ROLES`` for "moeder", "Kevin" (the student) or "Sanne" + "mentor"."""
    for text in (role_text.lower().strip(), name.lower().strip()):
        for word, role in _ROLE_WORDS.items():
            if text.startswith(word):
                return role
    if student and name.strip().lower() == student.strip().lower():
        return "student"
    return "other"


def parse_participants(text: str, *, student: str = "") -> tuple[Participant, ...]:
    """Participants from lines like "moeder", "Kevin, leerling" or "Sanne, mentor"."""
    out: list[Participant] = []
    for line in (text or "").splitlines()[:MAX_ITEMS]:
        name, _, role_text = line.partition(",")
        name = clean(name, 60)
        if name:
            out.append(Participant(name, guess_role(name, clean(role_text, 60), student=student)))
    return tuple(out)


def participants_text(participants: tuple[Participant, ...]) -> str:
    """The lines ``parse_participants`` reads back."""
    return "\n".join(p.label.replace(" (", ", ").rstrip(")") if p.label != p.name else p.name for p in participants)


def plan_from_case(case: Case, *, conversation: int = 0, structure: MeetingStructure | str = DEFAULT_STRUCTURE,
                   meeting_date: date | None = None) -> ConversationPlan:
    """The plan for one of a case's conversations (Kevin's first talk by default)."""
    conv = case.conversations[conversation]
    participants = tuple(Participant(name=p, role=guess_role(p, student=case.student.name)) for p in conv.participants)
    plan = plan_from_structure(structure)
    return replace(
        plan,
        student=case.student.name,
        reason=" ".join(conv.reason.split()),
        goals=conv.goals,
        participants=participants,
        chair=conv.chair,
        student_invited=conv.student_present,
        meeting_date=meeting_date,
        school_examples=tuple(" ".join(e.split()) for e in conv.school_examples),
        home_examples=tuple(" ".join(e.split()) for e in conv.home_examples),
        strengths=tuple(Strength(area=s.area, text=s.text) for s in conv.strengths),
        concerns=tuple(Concern(text=c.text, example=" ".join(c.example.split()), area=c.area) for c in conv.concerns),
        agreements=tuple(Agreement(a.who, a.what, a.when) for a in conv.agreements),
    )


# --- the example plan and the mentor's own conversation ------------------------------------

EXAMPLE_PARTS = ("reason", "goals", "participants", "chair", "school_examples", "home_examples",
                 "strengths", "concerns", "agreements")
"""The parts of a plan that a case fills in (``plan_from_case``); the phases come from the structure."""


def same_student(name: str, other: str) -> bool:
    """Whether two names are the same student: the same first name ("Kevin" and "Kevin B." are; "Mila" is not)."""
    first, second = name.split(), other.split()
    return bool(first and second) and first[0].casefold() == second[0].casefold()


def _same_text(a: object, b: object) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


def without_example(plan: ConversationPlan, example: ConversationPlan) -> tuple[ConversationPlan, tuple[str, ...]]:
    """``plan`` without what it still holds, unchanged, from ``example``, once it is about another student.

    A mentor who types the name of their own student starts their own conversation: the example's
    reason, goals, participants, chair, examples, strengths, concerns and proposed agreements (the
    ``EXAMPLE_PARTS``) must not end up in their letter or record. What the mentor changed or added
    stays (a list of participants the mentor edited keeps all but the example's student). Nothing happens while the name is empty or the example's student (``same_student``).

    Returns:
        The plan, and the names of the ``EXAMPLE_PARTS`` from which something was removed (empty:
        nothing changed).
    """
    if not example.student or not plan.student.strip() or same_student(plan.student, example.student):
        return plan, ()
    changes: dict[str, object] = {}
    for part in EXAMPLE_PARTS:
        mine, theirs = getattr(plan, part), getattr(example, part)
        if isinstance(mine, str):
            if mine and theirs and _same_text(mine, theirs):
                changes[part] = ""
            continue
        if part == "participants":  # compared by name: re-read from the text, the example's student changes role
            unchanged = len(mine) == len(theirs) and all(_same_text(p.name, q.name) for p, q in zip(mine, theirs))
            kept = () if unchanged else tuple(p for p in mine if not same_student(p.name, example.student))
        elif part in ("goals", "school_examples", "home_examples"):
            kept = tuple(x for x in mine if not any(_same_text(x, y) for y in theirs))
        else:
            kept = tuple(x for x in mine if x not in theirs)
        if len(kept) != len(mine):
            changes[part] = kept
    return replace(plan, **changes), tuple(p for p in EXAMPLE_PARTS if p in changes)


# --- checks (data, not sentences) ----------------------------------------------------


def agreement_issues(agreement: Agreement) -> tuple[Issue, ...]:
    """What an agreement still lacks: an empty part, or a SMARTI criterion not met.

    Time-bound is the ``when`` part (a recurring "elke vrijdag" is fine for an
    agreement) together with the evaluation date of the plan or record.
    Codes: ``empty`` (field who/what/when) and ``smarti`` (field: the criterion).
    """
    issues = [Issue("empty", name) for name in ("who", "what", "when") if not getattr(agreement, name).strip()]
    if issues:
        return tuple(issues)
    report = check_smarti(agreement.sentence)
    return tuple(Issue("smarti", c) for c in AGREEMENT_CRITERIA if not report[c].met)


def plan_issues(plan: ConversationPlan) -> tuple[Issue, ...]:
    """What the plan still lacks before the talk, per guideline; empty when ready."""
    issues: list[Issue] = []
    if not plan.reason.strip():
        issues.append(Issue("missing", "reason"))
    if not plan.goals:
        issues.append(Issue("missing", "goals"))
    if not plan.chair.strip():
        issues.append(Issue("missing", "chair"))
    if not plan.participants:
        issues.append(Issue("missing", "participants"))
    if not plan.phases:
        issues.append(Issue("missing", "phases"))
    if not plan.school_examples:
        issues.append(Issue("missing", "school_examples"))
    if not plan.strengths:
        issues.append(Issue("missing", "strengths"))
    for index, concern in enumerate(plan.concerns):
        if not concern.example.strip():
            issues.append(Issue("no_example", "concerns", str(index + 1)))
    for index, agreement in enumerate(plan.agreements):
        if agreement_issues(agreement):
            issues.append(Issue("agreement", "agreements", str(index + 1)))
    if plan.meeting_date and plan.evaluation_date and plan.evaluation_date <= plan.meeting_date:
        issues.append(Issue("evaluation_before_meeting", "evaluation_date"))
    return tuple(issues)


# --- sentences --------------------------------------------------------------------------

_LOWER_FIRST = {"hij", "zij", "ze", "het", "de", "een", "hem", "hen", "om", "dat", "er", "haar", "zijn", "hun", "we", "wij", "jij", "je", "u",
                "die", "dat", "deze", "dit", "in", "op", "bij", "tijdens", "sinds", "na", "voor", "met"}


def _strip_end(text: str) -> str:
    return text.rstrip(" .!?;:,")


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?\"'”" else text + "."


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in _LOWER_FIRST else text


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
    ask_text = _strip_end(_ASK_PREFIX.sub("", clean(ask)))
    because_text = _strip_end(_BECAUSE_PREFIX.sub("", clean(because)))
    if tell:
        because_text = re.sub(r"^(dan\s+)?(begrijpt\s+u|begrijpen\s+jullie)\s+", "", because_text, flags=re.I)
    if not ask_text or not because_text:
        raise ValueError("metacommunication needs what you ask and why")
    because_text = _because_clause(because_text)
    if not because_text:
        raise ValueError("metacommunication needs what you ask and why")
    if tell:
        key = "conversation.meta.tell_u" if address == "u" else "conversation.meta.tell_jullie"
        return t(key, ask=_lower_first(ask_text), because=because_text)
    form = _ask_form(ask_text)
    if form == "question":  # "Hoe laat gaat ze slapen?": asked as it was typed, after a colon
        first = ask_text.split()[0].lower()
        question = ask_text[0].lower() + ask_text[1:] if first in _QUESTION_WORDS or is_finite_verb(first) else ask_text
        key = "conversation.meta.ask_question_u" if address == "u" else "conversation.meta.ask_question_jullie"
        return t(key, ask=question, because=because_text)
    if form == "topic":  # "iets over haar telefoongebruik", "Mila's slaap"
        topic = re.sub(r"^(iets\s+)?(over\s+)?", "", ask_text, flags=re.I)
        key = "conversation.meta.ask_about_u" if address == "u" else "conversation.meta.ask_about_jullie"
        return t(key, ask=_lower_first(topic), because=because_text)
    key = "conversation.meta.ask_u" if address == "u" else "conversation.meta.ask_jullie"
    return t(key, ask=_lower_first(ask_text), because=because_text)


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
