"""The meeting's clock as data: planned against elapsed time of a phase, and how a time is written.

``Meeting`` (``domain.meeting``) keeps the clock itself; this module holds what is read from it, so that
views and exports can show a time without the meeting's rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import t


@dataclass(frozen=True)
class PhaseTiming:
    """Planned against elapsed time for one phase, in seconds (``planned`` None: no time planned)."""

    planned: float | None
    elapsed: float

    @property
    def over(self) -> bool:
        """The phase took longer than planned (never, when no time was planned)."""
        return self.planned is not None and self.elapsed > self.planned

    @property
    def over_by(self) -> float:
        """Seconds over the planned time (0 when within or unplanned)."""
        return 0.0 if self.planned is None else max(0.0, self.elapsed - self.planned)

    @property
    def remaining(self) -> float:
        """Seconds left of the planned time (0 when over or unplanned)."""
        return 0.0 if self.planned is None else max(0.0, self.planned - self.elapsed)


def format_clock(seconds: float) -> str:
    """Seconds as "m:ss" (or "h:mm:ss" from an hour)."""
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def duration_text(seconds: float) -> str:
    """Seconds as a Dutch duration a reader cannot take for a time of day: "2 min 13 s", "45 s", "1 u 02 min"."""
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return t("meeting.duration.hours", h=hours, m=f"{minutes:02d}")
    return t("meeting.duration.minutes", m=minutes, s=secs) if minutes else t("meeting.duration.seconds", s=secs)
