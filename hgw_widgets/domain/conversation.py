"""A conversation with parents about concerns: the plan, its phases, concerns and agreements.

``ConversationPlan`` holds what a mentor prepares (reason, goals, who attends
and who leads, school and home examples, positive aspects per area of
guideline 5, concerns, agreements, evaluation date) and the phases from a
meeting structure. The sentences built from message templates live apart (like ``SmartiReport`` hints, the
wording is the point): ``metacommunication`` in ``metacommunication``, ``we_message`` and
``team_message`` in ``concern_sentences``, ``invitation`` in ``invitation``. Everything here
returns data (``Issue``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..messages import t
from .areas import AREAS, Strength
from .case import Case
from .agreement_check import agreement_tips
from .issues import Issue
from .smarti import SmartiReport, check_smarti
from .structures import MeetingStructure, StructurePhase, load_structure
from .participants import Participant, guess_role
from .text import MAX_LINE, MAX_NOTES, MAX_TEXT, notes_text, one_line  # noqa: F401 (the sizes are re-exported)

DEFAULT_STRUCTURE = "oudergesprek-bij-zorgen"
AUDIENCES = ("parents", "team")
"""Who a plan's preparation goes to (``ConversationPlan.audience``)."""
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
    part_when: str = ""
    """When that part is held, as the structure file says (e.g. "een week voor de bespreking")."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "prompts", tuple(self.prompts))
        object.__setattr__(self, "phrasings", tuple(self.phrasings))
        if self.minutes is not None and not 1 <= int(self.minutes) <= MAX_PHASE_MINUTES:
            raise ValueError(f"minutes must be 1-{MAX_PHASE_MINUTES}")

    @classmethod
    def from_structure(cls, phase: StructurePhase, *, part: str = "", part_when: str = "") -> Phase:
        """A plan phase from a structure file's phase (``part``: the title of its part, ``part_when``: its when)."""
        return cls(key=phase.id, title=phase.title, purpose=phase.purpose, minutes=phase.minutes,
                   guideline=phase.guideline, prompts=phase.prompts, phrasings=phase.phrasings,
                   step=phase.step, part=part, part_when=part_when)


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
    audience: str = "parents"
    """Who the preparation goes to: ``"parents"`` (an invitation letter) or ``"team"`` (an agenda:
    a klassen-, leerling- or groepsbespreking; ``structures.MeetingStructure.audience``)."""

    def __post_init__(self) -> None:
        if self.audience not in AUDIENCES:
            raise ValueError(f"unknown audience {self.audience!r}; expected one of {AUDIENCES}")
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


def plan_from_structure(structure: MeetingStructure | str = DEFAULT_STRUCTURE, **fields) -> ConversationPlan:
    """An empty plan with the phases of a structure (an id or a loaded structure)."""
    if isinstance(structure, str):
        structure = load_structure(structure)
    return ConversationPlan(structure_id=structure.id, title=structure.title, audience=structure.audience,
                            phases=tuple(Phase.from_structure(p, part=structure.part_title(p.part),
                                                              part_when=structure.part_when(p.part))
                                         for p in structure.phases), **fields)


def with_structure(plan: ConversationPlan, structure: MeetingStructure) -> ConversationPlan:
    """``plan`` with the phases (and structure id and title) of another structure; the rest stays."""
    fresh = plan_from_structure(structure)
    return replace(plan, structure_id=fresh.structure_id, title=fresh.title, phases=fresh.phases, audience=fresh.audience)


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


# --- checks (data, not sentences) ----------------------------------------------------


def agreement_issues(agreement: Agreement) -> tuple[Issue, ...]:
    """What an agreement still lacks: an empty part, or a tip of ``agreement_check.agreement_tips``.

    Codes: ``empty`` (field who/what/when); ``smarti`` (field: specific, measurable or positive);
    ``vague`` (field who: "we", "iedereen"); ``no_moment`` (field when: a long agreement without a moment).
    A recurring "elke vrijdag" is a fine "when" for an agreement.
    """
    issues = [Issue("empty", name) for name in ("who", "what", "when") if not getattr(agreement, name).strip()]
    if issues:
        return tuple(issues)
    return agreement_tips(agreement.who, agreement.what, agreement.when)


TEAM_CHECKS = ("student", "reason", "goals", "chair", "participants", "phases")
"""What a team meeting's plan needs (``audience == "team"``): which class or student it is about, why, what
it must yield, who chairs, who attends and the phases. The guidelines 4 and 5 (a concrete example of
school, a positive aspect) are for a conversation with parents and are not asked of a team."""
PARENT_CHECKS = ("reason", "goals", "chair", "participants", "phases", "school_examples", "strengths")
"""What a conversation with parents needs before the talk (guidelines 4 and 5 included)."""


def plan_issues(plan: ConversationPlan) -> tuple[Issue, ...]:
    """What the plan still lacks before the meeting, by audience; empty when ready.

    ``Issue("missing", field)`` per empty field of ``TEAM_CHECKS`` (a team meeting) or ``PARENT_CHECKS``
    (a conversation with parents), then for both: ``no_example`` (a concern without an example, detail
    its number), ``agreement`` (an agreement that is not concrete yet) and ``evaluation_before_meeting``.
    """
    checks = TEAM_CHECKS if plan.audience == "team" else PARENT_CHECKS
    values = {name: getattr(plan, name) for name in checks}
    issues = [Issue("missing", name) for name, value in values.items()
              if not (value.strip() if isinstance(value, str) else value)]
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
