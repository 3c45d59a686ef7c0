"""StartPage: the chapters with time and learning goals, and which exercises are done."""

from __future__ import annotations

import os

import ipywidgets as widgets

from ..domain.chapters import Chapter, list_chapters
from ..domain.progress import Progress
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from ._where import wall_link_from
from .storage import BrowserStore

STORE_KEY = "voortgang"


def _chapter_html(chapter: Chapter) -> str:
    goals = "".join(f"<li>{esc(goal)}</li>" for goal in chapter.learning_goals)
    minutes = t("start.minutes", teaching=chapter.teaching_minutes, exercise=chapter.exercise_minutes)
    return (
        f"<h3 class='hgw-start-title'><a href='{esc(chapter.filename)}'>"
        f"{esc(chapter.number)} · {esc(chapter.title)}</a></h3>"
        f"<p class='hgw-muted'>{esc(minutes)}</p>"
        + (f"<p><strong>{esc(t('start.goals'))}</strong></p><ul>{goals}</ul>" if goals else "")
    )


class StartPage(widgets.VBox):
    """The workbook's chapters (from the notebooks' metadata) with the learner's progress.

    Args:
        chapters: the chapters to list (the start page itself is left out).
        progress: progress known so far (the browser may restore more).
        store: where progress is kept; ``None`` keeps it only while the page is open.
        wall_link: the address of the trainer's wall for a team around one laptop (``wall_link_from``);
            ``None`` shows no link (room mode, or a server without the wall).
    """

    def __init__(
        self,
        chapters: tuple[Chapter, ...],
        *,
        progress: Progress | None = None,
        store: BrowserStore | None = None,
        wall_link: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-start-page")
        self._chapters = tuple(c for c in chapters if not c.is_start)
        self._progress = progress or Progress()
        self._store = store
        self._message = message_area()
        self._boxes: list[tuple[Chapter, str, widgets.Checkbox]] = []
        self._showing = False
        self._counts: dict[str, widgets.HTML] = {}
        self._wall_link = wall_link
        children: list[widgets.Widget] = [stylesheet(), widgets.HTML(f"<p>{esc(t('start.intro'))}</p>")]
        if wall_link is not None:
            children.append(widgets.HTML(
                f"<div class='hgw-start-wall'><p><a href='{esc(wall_link)}' target='_blank' rel='noopener'>"
                f"{esc(t('share.wall.link'))}</a></p><p class='hgw-muted'>{esc(t('share.wall.line'))}</p></div>"))
        if not self._chapters:
            children.append(widgets.HTML(notice(t("start.empty"))))
        for chapter in self._chapters:
            children.append(self._chapter_box(chapter))
        total = sum(c.minutes for c in self._chapters)
        children.append(widgets.HTML(f"<p class='hgw-muted'>{esc(t('start.total', minutes=total))}</p>"))
        self._clear_all = widgets.Button(description=t("start.clear_all.button"), icon="trash",
                                         layout=widgets.Layout(width="auto", align_self="flex-start"))
        self._clear_all.add_class("hgw-clear-all")
        if store is not None:
            children.append(widgets.HTML(f"<p class='hgw-muted'>{esc(t('start.clear_all.hint'))}</p>"))
            children.append(self._clear_all)
        children.append(self._message)
        if store is not None:
            children.append(store)
        self.children = children
        self._show_progress()
        self._connect()

    @classmethod
    def from_workbook(cls, **kwargs) -> StartPage:
        """The start page for this workbook, with progress kept in the browser."""
        kwargs.setdefault("wall_link", wall_link_from(os.environ))
        return cls(list_chapters(), store=BrowserStore(STORE_KEY), **kwargs)

    @property
    def progress(self) -> Progress:
        return self._progress

    @property
    def wall_link(self) -> str | None:
        """The link to the trainer's wall shown on the page, or None."""
        return self._wall_link

    @property
    def chapters(self) -> tuple[Chapter, ...]:
        return self._chapters

    def set_done(self, number: str, exercise: str, done: bool = True) -> None:
        """Mark an exercise done as the learner would, by ticking its box."""
        for chapter, name, box in self._boxes:
            if chapter.number == number and name == exercise:
                box.value = done
                return
        raise KeyError(f"no exercise {exercise!r} in chapter {number!r}")

    def _chapter_box(self, chapter: Chapter) -> widgets.VBox:
        parts: list[widgets.Widget] = [widgets.HTML(_chapter_html(chapter))]
        if chapter.exercises:
            count = widgets.HTML()
            count.add_class("hgw-start-count")
            self._counts[chapter.number] = count
            parts.append(count)
            for exercise in chapter.exercises:
                box = widgets.Checkbox(value=False, description=exercise, indent=False,
                                       layout=widgets.Layout(width="auto"))
                box.description_allow_html = False
                box.add_class("hgw-start-exercise")
                # a readable name for screen readers: which chapter this exercise belongs to
                box.tooltip = t("start.done_label", exercise=exercise, number=chapter.number)
                self._boxes.append((chapter, exercise, box))
                parts.append(box)
        else:
            parts.append(widgets.HTML(f"<p class='hgw-muted'>{esc(t('start.no_exercises'))}</p>"))
        section = widgets.VBox(parts)
        section.add_class("hgw-start-chapter")
        return section

    def _connect(self) -> None:
        for _chapter, _exercise, box in self._boxes:
            box.observe(self._on_tick, names="value")
        self._clear_all.on_click(self._on_clear_all)
        if self._store is not None:
            self._store.on_restore(self._on_restore)
            self._store.on_ready(self._on_ready)

    @guarded
    def _on_tick(self, change=None) -> None:
        if self._showing:
            return  # the boxes are being set from the progress itself: nothing new to keep
        box = change["owner"] if change else None
        for chapter, exercise, candidate in self._boxes:
            if candidate is box:
                self._progress = self._progress.mark(chapter, exercise, bool(box.value))
        self._show_counts()
        if self._store is not None:
            self._store.save(self._progress.to_json())

    @guarded
    def _on_clear_all(self, _button=None) -> None:
        if self._store is None:
            return
        self._store.clear_everything()
        self._progress = Progress()
        self._show_progress()
        self._message.value = notice(t("start.clear_all.done"), kind="info")

    @guarded
    def _on_restore(self, text: str) -> None:
        self._progress = Progress.from_json(text)
        self._show_progress()
        self._message.value = notice(t("start.restored"), kind="info")

    @guarded
    def _on_ready(self) -> None:
        if self._store is not None and not self._store.writable:
            self._message.value = notice(t("start.not_saved"), kind="warning")

    def _show_progress(self) -> None:
        self._showing = True
        try:
            for chapter, exercise, box in self._boxes:
                wanted = self._progress.is_done(chapter, exercise)
                if box.value != wanted:
                    box.value = wanted
        finally:
            self._showing = False
        self._show_counts()

    def _show_counts(self) -> None:
        for chapter in self._chapters:
            if chapter.number in self._counts:
                done = sum(1 for c, e, b in self._boxes if c.number == chapter.number and b.value)
                text = t("start.count", done=done, total=len(chapter.exercises))
                self._counts[chapter.number].value = f"<p class='hgw-muted'>{esc(text)}</p>"
