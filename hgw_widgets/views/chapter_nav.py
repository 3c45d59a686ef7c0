"""ChapterNav: links to the previous and next chapter and to the start page."""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.chapters import Chapter, find_chapter, list_chapters, neighbours, start_chapter
from ..messages import t
from ._html import esc, stylesheet


def _link(chapter: Chapter, text: str, *, rel: str, css: str) -> str:
    return f'<a class="{css}" rel="{rel}" href="{esc(chapter.filename)}">{esc(text)}</a>'


GUIDE = "trainershandleiding"
"""The number ``ChapterNav`` is given on the trainer's guide: a page that is not a chapter."""


def render_nav(number: str, chapters: tuple[Chapter, ...]) -> str:
    """The navigation bar for chapter ``number`` as HTML (titles come from the notebooks).

    On the trainer's guide (``number == GUIDE``) only the link back to the start page.
    """
    if number == GUIDE:
        start = start_chapter(chapters)
        items = f"<li>{_link(start, t('nav.start'), rel='index', css='hgw-nav-start')}</li>" if start else ""
        return f'<nav class="hgw-nav" aria-label="{esc(t("nav.label"))}"><ul>{items}</ul></nav>'
    current = find_chapter(number, chapters)
    previous, following = neighbours(number, chapters)
    start = start_chapter(chapters)
    parts: list[str] = []
    if previous is not None:
        text = t("nav.previous", number=previous.number, title=previous.title)
        parts.append(_link(previous, "← " + text, rel="prev", css="hgw-nav-prev"))
    if start is not None and (current is None or not current.is_start):
        parts.append(_link(start, t("nav.start"), rel="index", css="hgw-nav-start"))
    if following is not None:
        text = t("nav.next", number=following.number, title=following.title)
        parts.append(_link(following, text + " →", rel="next", css="hgw-nav-next"))
    elif current is not None and not current.is_start:
        parts.append(f"<span class='hgw-muted'>{esc(t('nav.last'))}</span>")
    if current is None:
        parts.append(f"<span class='hgw-muted'>{esc(t('nav.unknown'))}</span>")
    items = "".join(f"<li>{part}</li>" for part in parts)
    return f'<nav class="hgw-nav" aria-label="{esc(t("nav.label"))}"><ul>{items}</ul></nav>'


class ChapterNav(widgets.VBox):
    """The links at the end of a chapter, generated from the notebooks' metadata.

    Args:
        number: this chapter's number (``"02"``).
        chapters: the workbook's chapters (default: read from ``notebooks/``).
    """

    def __init__(self, number: str, *, chapters: tuple[Chapter, ...] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-chapter-nav")
        self._chapters = list_chapters() if chapters is None else tuple(chapters)
        self._number = str(number)
        self._bar = widgets.HTML(render_nav(self._number, self._chapters))
        self.children = [stylesheet(), self._bar]

    @classmethod
    def for_chapter(cls, number: str, **kwargs) -> ChapterNav:
        """The navigation for chapter ``number`` of this workbook."""
        return cls(number, **kwargs)

    @classmethod
    def for_guide(cls, **kwargs) -> ChapterNav:
        """The navigation under the trainer's guide: back to the start page."""
        return cls(GUIDE, **kwargs)

    @property
    def previous(self) -> Chapter | None:
        return neighbours(self._number, self._chapters)[0]

    @property
    def next(self) -> Chapter | None:
        return neighbours(self._number, self._chapters)[1]

    @property
    def html(self) -> str:
        """The rendered navigation bar."""
        return self._bar.value
