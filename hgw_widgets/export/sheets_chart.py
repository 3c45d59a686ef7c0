"""The tracking sheet's progress as a chart (PNG): per goal the share "gelukt" per week."""

from __future__ import annotations

import io
import textwrap

from ..domain.tracking import DEFAULT_THRESHOLD, TrackingSheet
from ..domain.tracking_evaluation import weekly_shares
from ..messages import t

__all__ = ["progress_chart_png"]


def progress_chart_png(sheet: TrackingSheet, *, threshold: float = DEFAULT_THRESHOLD) -> bytes:
    """One small chart per goal: the share "gelukt" per week, large enough to project.

    matplotlib is imported here, so chapters without a chart never load it.
    """
    from matplotlib.figure import Figure

    count = max(len(sheet.goals), 1)
    cols = 1 if count == 1 else 2
    rows = (count + cols - 1) // cols
    fig = Figure(figsize=(6.2 * cols, 3.3 * rows), dpi=80, layout="constrained")
    weeks = list(range(1, sheet.weeks + 1))
    for index in range(count):
        ax = fig.add_subplot(rows, cols, index + 1)
        goal = sheet.goals[index] if sheet.goals else ""
        shares = weekly_shares(sheet, index) if sheet.goals else ()
        points = [(w, s * 100) for w, s in zip(weeks, shares) if s is not None]
        ax.axhline(threshold * 100, color="#57606a", linestyle="--", linewidth=2)
        if points:
            xs, ys = zip(*points)
            ax.plot(xs, ys, color="#0969da", marker="o", markersize=10, linewidth=3)
        else:
            ax.text(0.5, 0.5, t("tracking.view.chart_empty"), transform=ax.transAxes, ha="center", va="center",
                    fontsize=14, color="#57606a")
        ax.set_ylim(-5, 105)
        ax.set_xlim(0.6, sheet.weeks + 0.4)
        ax.set_xticks(weeks, [t("tracking.view.week_short", n=w) for w in weeks])
        ax.set_yticks([0, 50, 100], ["0%", "50%", "100%"])
        ax.tick_params(labelsize=14)
        ax.grid(axis="y", alpha=0.3)
        title = textwrap.fill(textwrap.shorten(f"{index + 1}. {goal}", width=84, placeholder="…"), width=44)
        ax.set_title(title, fontsize=14, loc="left")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
