"""The bar chart of chapter 05: per subject the percentage sufficient, with the class goals as lines."""

from __future__ import annotations

import io
import math

import pandas as pd

from ..messages import t


class BarChart:
    """The bar chart of the percentage sufficient per subject, with the targets as lines (a PNG).

    The axes, labels and ticks are drawn once per set of subjects and kept as
    a background; a target change only redraws the bars and target lines on
    top of it (blitting) and encodes the PNG, so an update stays far below
    100 ms. matplotlib is imported lazily: only this chapter pays for it.
    """

    def __init__(self) -> None:
        self._subjects: tuple[str, ...] | None = None

    def _build(self, subjects: tuple[str, ...]) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.collections import LineCollection
        from matplotlib.figure import Figure

        self._figure = Figure(figsize=(max(4.0, 0.62 * len(subjects) + 1.4), 3.0), dpi=72)
        self._canvas = FigureCanvasAgg(self._figure)
        self._axes = axes = self._figure.add_subplot()
        positions = list(range(len(subjects)))
        self._bars = axes.bar(positions, [0] * len(subjects), width=0.6)
        for bar in self._bars:
            bar.set_animated(True)
        self._lines = LineCollection([], colors="#1f2328", linewidths=2.5, animated=True)
        axes.add_collection(self._lines)
        axes.set_ylim(0, 100)
        axes.set_xlim(-0.6, len(subjects) - 0.4)
        axes.set_ylabel(t("overview.chart.ylabel"))
        axes.set_xticks(positions, subjects, rotation=35, ha="right", fontsize=8, parse_math=False)
        axes.spines[["top", "right"]].set_visible(False)
        self._figure.tight_layout()
        self._canvas.draw()
        self._background = self._canvas.copy_from_bbox(self._figure.bbox)
        self._subjects = subjects

    def render_png(self, summary: pd.DataFrame) -> bytes:
        """The chart as PNG bytes (``summary``: ``ClassOverview.summary()``; the view shows it with the
        alt text ``overview.chart.alt``)."""
        from PIL import Image

        subjects = tuple(str(s) for s in summary.index)
        if subjects != self._subjects:
            self._build(subjects)
        segments = []
        rows = zip(self._bars, summary["percent_sufficient"].to_numpy(), summary["target"].to_numpy(),
                   summary["target_met"])
        for x, (bar, percent, target, met) in enumerate(rows):
            bar.set_height(0 if math.isnan(percent) else percent)
            bar.set_color("#8c959f" if met is pd.NA else "#1a7f37" if bool(met) else "#b3261e")
            if not math.isnan(target):
                segments.append([(x - 0.42, target), (x + 0.42, target)])
        self._lines.set_segments(segments)
        self._canvas.restore_region(self._background)
        for bar in self._bars:
            self._axes.draw_artist(bar)
        self._axes.draw_artist(self._lines)
        width, height = self._canvas.get_width_height()
        image = Image.frombuffer("RGBA", (width, height), self._canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG", compress_level=1)  # speed over size
        return buffer.getvalue()
