"""The trainer's guide on a page (issue 16): a programme as a timetable, and notes per chapter.

The data and its checks are ``domain.trainer_guide`` (``guide/trainer.yaml``); chapter titles,
minutes and exercise headings come from the notebooks themselves (``domain.chapters``).
"""

from __future__ import annotations

import ipywidgets as widgets

from ..domain.chapters import Chapter, find_chapter, list_chapters
from ..domain.trainer_guide import ChapterNotes, Programme, TrainerGuide, exercise_name, load_guide
from ..messages import t
from ._html import esc, stylesheet


def _clock(minute: int) -> str:
    return f"{minute // 60}:{minute % 60:02d}"


def _chapter_link(chapter: Chapter | None) -> str:
    if chapter is None:
        return esc(t("guide.programme.no_chapter"))
    return f"<a href='{esc(chapter.filename)}'>{esc(chapter.number)} · {esc(chapter.title)}</a>"


def render_programme(programme: Programme, chapters: tuple[Chapter, ...]) -> str:
    """One programme as an HTML table: clock times from its blocks, chapter links, what to discuss."""
    rows = []
    for start, block in zip(programme.starts(), programme.blocks):
        chapter = find_chapter(block.chapter, chapters) if block.chapter else None
        what = esc(block.what)
        wall = (f"<p class='hgw-guide-wall'><strong>{esc(t('guide.programme.wall'))}:</strong> {esc(block.wall)}</p>"
                if block.wall else "")
        if block.exercises:
            what += f"<br><strong>{esc(', '.join(block.exercises))}</strong>"
        rows.append(
            f"<tr><td data-label='{esc(t('guide.programme.time'))}'>{_clock(start)}–{_clock(start + block.minutes)}</td>"
            f"<td data-label='{esc(t('guide.programme.chapter'))}'>{_chapter_link(chapter)}</td>"
            f"<td data-label='{esc(t('guide.programme.what'))}'>{what}</td>"
            f"<td data-label='{esc(t('guide.programme.discuss'))}'>{esc(block.discuss)}{wall}</td></tr>"
        )
    head = "".join(f"<th scope='col'>{esc(t(key))}</th>" for key in (
        "guide.programme.time", "guide.programme.chapter", "guide.programme.what", "guide.programme.discuss"))
    variant = (f"<p><strong>{esc(t('guide.programme.variant'))}:</strong> {esc(programme.variant)}</p>"
               if programme.variant else "")
    return (
        f"<h3>{esc(programme.title)}</h3><p>{esc(programme.audience)}</p>"
        + (f"<p class='hgw-guide-wall'>{esc(programme.wall)}</p>" if programme.wall else "")
        + f"<table class='hgw-table hgw-stack hgw-guide-programme'><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        f"<p class='hgw-muted'>{esc(t('guide.programme.total', minutes=sum(b.minutes for b in programme.blocks)))}</p>"
        + variant
    )


def _items(title_key: str, items: tuple[str, ...]) -> str:
    if not items:
        return ""
    return f"<h4>{esc(t(title_key))}</h4><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def render_chapter_notes(chapter: Chapter, notes: ChapterNotes | None) -> str:
    """A chapter's notes: minutes, what to watch for, prompts, and per exercise its answer."""
    parts = [f"<h3 class='hgw-guide-chapter'>{_chapter_link(chapter)}</h3>",
             f"<p class='hgw-muted'>{esc(t('guide.notes.minutes', minutes=chapter.minutes, teaching=chapter.teaching_minutes, exercise=chapter.exercise_minutes))}</p>"]
    if notes is not None:
        parts.append(_items("guide.notes.watch", notes.watch))
        parts.append(_items("guide.notes.prompts", notes.prompts))
    if chapter.exercises:
        parts.append(f"<h4>{esc(t('guide.notes.answers'))}</h4>")
        for heading in chapter.exercises:
            note = notes.note(exercise_name(heading)) if notes is not None else None
            parts.append(f"<p class='hgw-guide-exercise'><strong>{esc(heading)}</strong></p>")
            if note is not None and note.in_chapter:
                parts.append(f"<p>{esc(t('guide.notes.in_chapter', where=note.in_chapter))}</p>")
            if note is not None and note.key:
                parts.append(f"<p class='hgw-guide-key'><em>{esc(t('guide.notes.key'))}:</em> {esc(note.key)}</p>")
    elif not chapter.is_start:
        parts.append(f"<p>{esc(t('guide.notes.no_exercises'))}</p>")
    return "".join(parts)


class GuideProgramme(widgets.VBox):
    """One session programme of the trainer's guide, as a timetable.

    Args:
        programme: the programme (``TrainerGuide.programme(id)``).
        chapters: the workbook's chapters (titles and links).
    """

    def __init__(self, programme: Programme, *, chapters: tuple[Chapter, ...] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-guide")
        self._programme = programme
        self._body = widgets.HTML(render_programme(programme, list_chapters() if chapters is None else chapters))
        self.children = [stylesheet(), self._body]

    @classmethod
    def from_guide(cls, programme_id: str, **kwargs) -> GuideProgramme:
        """The workbook guide's programme ``programme_id`` (e.g. ``"90-minuten"``)."""
        return cls(load_guide().programme(programme_id), **kwargs)

    @property
    def programme(self) -> Programme:
        return self._programme

    @property
    def html(self) -> str:
        return self._body.value


class GuideChapterNotes(widgets.VBox):
    """Per chapter: time, what to watch for, discussion prompts and every exercise's answer.

    Args:
        guide: the trainer's guide.
        chapters: the chapters to cover (the start page included).
    """

    def __init__(self, guide: TrainerGuide, *, chapters: tuple[Chapter, ...] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-guide")
        chapters = list_chapters() if chapters is None else chapters
        self._body = widgets.HTML("".join(render_chapter_notes(c, guide.notes(c.number)) for c in chapters))
        self.children = [stylesheet(), self._body]

    @classmethod
    def for_workbook(cls, **kwargs) -> GuideChapterNotes:
        """The notes for every chapter of this workbook."""
        return cls(load_guide(), **kwargs)

    @property
    def html(self) -> str:
        return self._body.value
