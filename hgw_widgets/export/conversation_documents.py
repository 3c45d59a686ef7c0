"""A conversation plan and a meeting record as printable ``Document``s (HTML, Word, Markdown).

The plan: facts, school and home, the seven areas, the phases (per part with its "when"), and the
invitation to the parents or, for a team meeting, the agenda. The verslag: date, who, time, the
agreements, and per part of a meeting held in parts its date, when and who attended.
"""

from __future__ import annotations

from ..domain.agenda import team_agenda
from ..domain.areas import area_label
from ..domain.conversation import ConversationPlan
from ..domain.formats import date_text
from ..domain.invitation import invitation
from ..domain.meeting import MeetingRecord
from ..domain.meeting_clock import duration_text
from ..domain.meeting_parts import plan_parts
from ..messages import t
from .document import BulletList, Document, Heading, Paragraph, Table


def _agreement_table(agreements) -> Table:
    return Table(header=(t("meeting.doc.who"), t("meeting.doc.what"), t("meeting.doc.when")),
                 rows=tuple((a.who, a.what, a.when) for a in agreements))


def part_heading(title: str, when: str) -> str:
    """"Deel: Voorgesprek (een week voor de bespreking)", or without the when when the structure names none."""
    return t("meeting.mode.part_when", part=title, when=when) if when else t("meeting.mode.part", part=title)


def _parts_blocks(record: MeetingRecord) -> list:
    """Per part of a meeting held in parts: a heading with its when, the day held, who attended, the time."""
    parts = plan_parts(record.plan)
    if not parts:
        return []
    blocks: list = [Heading(t("meeting.doc.per_part"))]
    for part, kept in zip(parts, record.parts):
        spent = sum(record.seconds[i] for i in part.phases)
        blocks += [Heading(part_heading(part.title, part.when), level=3), BulletList((
            t("meeting.doc.date", date=date_text(kept.held_on, missing=t("meeting.doc.no_date"))),
            t("meeting.doc.attendees", names=kept.attendees or "-"),
            t("meeting.doc.part_time", spent=duration_text(spent)),
        ))]
    return blocks


def plan_document(plan: ConversationPlan) -> Document:
    """The plan to print or share: facts, per-guideline preparation, phases, invitation."""
    blocks: list = [
        Heading(t("meeting.doc.facts")),
        BulletList((
            t("meeting.doc.reason", reason=plan.reason or "-"),
            t("meeting.doc.participants", names=", ".join(p.label for p in plan.participants) or "-"),
            t("meeting.doc.chair", chair=plan.chair or "-"),
            t("meeting.doc.date", date=date_text(plan.meeting_date, missing=t("meeting.doc.no_date"))),
            t("meeting.doc.minutes", minutes=plan.minutes) if plan.minutes else t("meeting.doc.no_minutes"),
        )),
    ]
    if plan.goals:
        blocks += [Heading(t("meeting.doc.goals")), BulletList(plan.goals)]
    blocks += [Heading(t("meeting.doc.school_home")),
               Table(header=(t("meeting.doc.at_school"), t("meeting.doc.at_home")),
                     rows=tuple((plan.school_examples[i] if i < len(plan.school_examples) else "",
                                 plan.home_examples[i] if i < len(plan.home_examples) else "")
                                for i in range(max(len(plan.school_examples), len(plan.home_examples)))))]
    if plan.strengths:
        blocks += [Heading(t("meeting.doc.strengths")),
                   Table(header=(t("meeting.doc.area"), t("meeting.doc.strength")),
                         rows=tuple((area_label(s.area), s.text) for s in plan.strengths))]
    if plan.concerns:
        blocks += [Heading(t("meeting.doc.concerns")), BulletList(tuple(c.we_message() for c in plan.concerns))]
    blocks.append(Heading(t("meeting.doc.phases")))
    for number, phase in enumerate(plan.phases, start=1):
        head = (t("meeting.doc.phase_head", n=number, title=phase.title, minutes=phase.minutes) if phase.minutes
                else t("meeting.doc.phase_head_untimed", n=number, title=phase.title))
        if phase.part and (number == 1 or plan.phases[number - 2].part != phase.part):
            blocks.append(Heading(part_heading(phase.part, phase.part_when)))
        blocks += [Heading(head, level=3), Paragraph(phase.purpose)]
        if phase.guideline:
            blocks.append(Paragraph(t("meeting.doc.guideline", n=phase.guideline), muted=True))
        if phase.prompts:
            blocks.append(BulletList(phase.prompts))
        if phase.phrasings:
            blocks.append(BulletList(tuple(f"“{p}”" for p in phase.phrasings)))
        if phase.notes:
            blocks.append(Paragraph(t("meeting.doc.notes", notes=phase.notes)))
    if plan.agreements:
        blocks += [Heading(t("meeting.doc.proposed")), _agreement_table(plan.agreements)]
    if plan.audience == "team":
        blocks += [Heading(t("meeting.doc.agenda")), *(Paragraph(p) for p in team_agenda(plan).split("\n\n"))]
    else:
        blocks += [Heading(t("meeting.doc.invitation")), *(Paragraph(p) for p in invitation(plan).split("\n\n"))]
    return Document(t("meeting.doc.plan_title", student=plan.student or "-"), subtitle=plan.title, blocks=tuple(blocks))


def record_document(record: MeetingRecord) -> Document:
    """The verslag: who, when, per phase time and notes, agreements, evaluation date."""
    plan = record.plan
    blocks: list = [
        BulletList((
            t("meeting.doc.date", date=date_text(record.held_on, missing=t("meeting.doc.no_date"))),
            t("meeting.doc.participants", names=", ".join(p.label for p in plan.participants) or "-"),
            t("meeting.doc.chair", chair=plan.chair or "-"),
            (t("meeting.doc.duration", planned=plan.minutes, spent=duration_text(record.total_seconds)) if plan.minutes
             else t("meeting.doc.duration_untimed", spent=duration_text(record.total_seconds))),
        )),
        # the guidelines are those for conversations with parents (chapters 06-08): not named for a team meeting
        Heading(t("meeting.doc.agreements_team" if plan.audience == "team" else "meeting.doc.agreements")),
        _agreement_table(record.agreements) if record.agreements else Paragraph(t("meeting.doc.no_agreements"), muted=True),
        Paragraph(t("meeting.doc.evaluation", date=date_text(record.evaluation_date, missing=t("meeting.doc.no_date")))),
        Heading(t("meeting.doc.per_phase")),
        Table(header=(t("meeting.doc.phase"), t("meeting.doc.planned"), t("meeting.doc.spent"), t("meeting.doc.phase_notes")),
              rows=tuple((p.title, t("meeting.doc.min", n=p.minutes) if p.minutes else "–", duration_text(s), n)
                         for p, s, n in zip(plan.phases, record.seconds, record.notes))),
    ]
    blocks += _parts_blocks(record)
    if not record.finished:
        blocks.insert(0, Paragraph(t("meeting.doc.unfinished"), muted=True))
    return Document(t("meeting.doc.record_title", student=plan.student or "-"), subtitle=plan.title, blocks=tuple(blocks))
