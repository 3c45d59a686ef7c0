"""Small HTML helpers shared by the views: escaping, notices, the stylesheet."""

from __future__ import annotations

import base64
import html
from functools import lru_cache

import ipywidgets as widgets

from ..domain.dates import MAX_YEAR, MIN_YEAR
from ..domain.formats import date_text
from ..domain.limits import text_length
from ..messages import t
from ..paths import package_file

_KINDS = {"info", "success", "warning", "error"}


def esc(text: object) -> str:
    """Escape any value for use as HTML text or attribute."""
    return html.escape(str(text), quote=True)


def png_img(png: bytes, *, alt: str, css_class: str = "hgw-chart") -> str:
    """An ``<img>`` with the PNG inline (no request leaves the page) and alt text for screen readers."""
    data = base64.b64encode(png).decode("ascii")
    return f'<img class="{esc(css_class)}" src="data:image/png;base64,{data}" alt="{esc(alt)}">'


def notice(text: str, *, kind: str = "info") -> str:
    """A short message box; ``role=status`` so screen readers announce it."""
    kind = kind if kind in _KINDS else "info"
    role = "alert" if kind == "error" else "status"
    return f'<div class="hgw-notice hgw-notice-{kind}" role="{role}">{esc(text)}</div>'


def message_area() -> widgets.HTML:
    """The place where a view answers the user (``notice(...)`` goes in its ``value``)."""
    area = widgets.HTML()
    area.add_class("hgw-message")
    return area


@lru_cache(maxsize=1)
def _css() -> str:
    return package_file("static", "hgw.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def stylesheet() -> widgets.HTML:
    """An invisible widget that carries the workbook's stylesheet.

    One widget per kernel, shown inside every view: a page with four views sends the 9 kB of CSS
    once instead of four times when it loads (a widget may have several parents).
    """
    return widgets.HTML(f"<style>{_css()}</style>", layout=widgets.Layout(display="none"))


def too_long_notice(issues, labels: dict[str, str], values: dict[str, object]) -> str:
    """One Dutch warning for fields that are too long (``domain.limits.too_long``): which, the limit, the length."""
    parts = [t("common.too_long_field", label=labels.get(i.field, i.field), max=i.detail, n=text_length(values.get(i.field)))
             for i in issues]
    return notice(t("common.too_long", fields="; ".join(parts)), kind="warning")


def year_message(issue, *, kept) -> str:
    """The Dutch sentence for a date refused for its year (``Issue("year", field, <ISO date>)``, ``domain.dates``),
    naming the date that stays (``kept``, a date or None). Said while a year is still being typed too."""
    year = issue.detail.split("-")[0].lstrip("0") or "0"
    return t("common.date_year", year=year, min=MIN_YEAR, max=MAX_YEAR,
             kept=date_text(kept, missing=t("common.date_none")))


def print_preview(html_page: bytes, *, title: str, height: str = "34em") -> str:
    """A sandboxed frame showing a printable page exactly as ``to_html`` made it."""
    return (
        f'<iframe class="hgw-print-preview" sandbox="" title="{esc(title)}" '
        f'style="width:100%;height:{height};border:1px solid #d0d7de;background:#fff" '
        f'srcdoc="{esc(html_page.decode("utf-8"))}"></iframe>'
    )


def exercise_nav() -> tuple[widgets.Button, widgets.Button, widgets.HTML]:
    """The "Vorige" and "Volgende" buttons and the counter of an exercise that steps through items."""
    prev = widgets.Button(description=t("exercises.previous"), icon="arrow-left", layout=widgets.Layout(width="auto"))
    nxt = widgets.Button(description=t("exercises.next"), icon="arrow-right", layout=widgets.Layout(width="auto"))
    prev.add_class("hgw-ex-previous")
    nxt.add_class("hgw-ex-next")
    counter = widgets.HTML()
    counter.add_class("hgw-ex-counter")
    return prev, nxt, counter
