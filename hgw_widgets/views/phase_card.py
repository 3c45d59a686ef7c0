"""One phase of a meeting as the chair reads it: the card in the meeting mode, the summary in the planner,
and the line under the clock that says planned against used time.

Both views show a phase from here, so the planner and the meeting cannot tell a phase differently.
"""

from __future__ import annotations

from ..domain.conversation import Phase
from ..domain.meeting import PhaseTiming, format_clock
from ..domain.structures import step_label
from ..messages import t
from ._html import esc


def phase_card_html(phase: Phase) -> str:
    """The phase card of the meeting mode: part, title (an h4 under the mode's h3), badges, purpose,
    prompts, example phrasings and the chair's own notes."""
    part = (t("meeting.mode.part_when", part=phase.part, when=phase.part_when) if phase.part_when
            else t("meeting.mode.part", part=phase.part))
    parts = [f"<p class='hgw-phase-part'>{esc(part)}</p>"] if phase.part else []
    parts.append(f"<h4 class='hgw-phase-title'>{esc(phase.title)}</h4>")
    if phase.guideline:
        parts.append(f"<span class='hgw-badge' title='{esc(t('meeting.mode.guideline_tooltip'))}'>"
                     f"{esc(t('meeting.mode.guideline', n=phase.guideline))}</span>")
    if phase.step:
        parts.append(f"<span class='hgw-badge hgw-badge-step'>{esc(t('meeting.mode.step', step=step_label(phase.step)))}</span>")
    parts.append(f"<h5>{esc(t('meeting.mode.purpose'))}</h5><p class='hgw-phase-goal'>{esc(phase.purpose)}</p>")
    if phase.prompts:
        parts.append(f"<h5>{esc(t('meeting.mode.prompts'))}</h5><ul>" + "".join(f"<li>{esc(p)}</li>" for p in phase.prompts) + "</ul>")
    if phase.phrasings:
        parts.append(f"<h5>{esc(t('meeting.mode.phrasings'))}</h5>" + "".join(f"<blockquote>{esc(p)}</blockquote>" for p in phase.phrasings))
    if phase.notes:
        parts.append(f"<p class='hgw-muted'>{esc(phase.notes)}</p>")
    return f"<div class='hgw-phase-card'>{''.join(parts)}</div>"


def phase_summary_html(phase: Phase) -> str:
    """The phase as the planner shows it beside its minutes and notes: purpose, guideline, prompts, phrasings."""
    parts = [f"<p>{esc(phase.purpose)}</p>"]
    if phase.guideline:
        parts.append(f"<p class='hgw-muted'>{esc(t('meeting.mode.guideline', n=phase.guideline))}</p>")
    if phase.prompts:
        parts.append("<ul>" + "".join(f"<li>{esc(p)}</li>" for p in phase.prompts) + "</ul>")
    parts += [f"<p><em>“{esc(p)}”</em></p>" for p in phase.phrasings]
    return "".join(parts)


def time_status_html(phase: Phase, timing: PhaseTiming, *, running: bool, part_start: bool = False) -> str:
    """The line beside the clock: no time planned; the planned minutes (while the browser counts);
    or planned against used, red when over. ``part_start``: the clock stands still at the start of a
    part held on another day (``Meeting.part_starts_here``), and the line says so."""
    if part_start:
        return f"<span class='hgw-muted hgw-part-paused'>{esc(t('meeting.mode.part_paused'))}</span>"
    if phase.minutes is None:
        return f"<span class='hgw-muted'>{esc(t('meeting.mode.time_unplanned'))}</span>"
    if running:  # the clock counts in the browser; a used time written here would stand still
        return f"<span class='hgw-muted'>{esc(t('meeting.mode.time_planned', planned=phase.minutes))}</span>"
    if timing.over:
        return (f"<span class='hgw-time-over'>{esc(t('meeting.mode.time_over', planned=phase.minutes, spent=format_clock(timing.elapsed), over=format_clock(timing.over_by)))}</span>")
    return f"<span class='hgw-muted'>{esc(t('meeting.mode.time_status', planned=phase.minutes, spent=format_clock(timing.elapsed)))}</span>"
