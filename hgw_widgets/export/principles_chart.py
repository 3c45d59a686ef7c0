"""The team self-assessment as a bar chart (PNG), for the trainer to show."""

from __future__ import annotations

import io

from ..domain.principles import PrincipleSummary


def principles_chart_png(summaries: tuple[PrincipleSummary, ...], labels: dict[str, str], *, title: str) -> bytes:
    """Average per principle as horizontal bars, with the range (lowest-highest) as a line.

    Values are also written next to each bar, so nothing depends on colour.
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 4.2), dpi=110)
    ax = fig.add_subplot()
    names = [labels.get(s.principle, s.principle) for s in summaries][::-1]
    rows = list(summaries)[::-1]
    for y, summary in enumerate(rows):
        if summary.average is None:
            ax.text(1.05, y, "–", va="center")
            continue
        ax.barh(y, summary.average - 0.0, left=0, color="#2f6f9f", height=0.6)
        ax.plot([summary.low, summary.high], [y, y], color="#111", linewidth=2)
        ax.text(max(summary.average, summary.high) + 0.08, y, f"{summary.average:.1f}".replace(".", ","),
                va="center", fontsize=9, fontweight="bold")
    ax.set_yticks(range(len(names)), names, fontsize=9)
    ax.set_xlim(0, 4.6)
    ax.set_ylim(-0.6, len(names) - 0.4)
    ax.set_xticks([1, 2, 3, 4], ["1 nog niet", "2 soms", "3 meestal", "4 vanzelf-\nsprekend"], fontsize=8)
    ax.set_title(title, fontsize=11)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
