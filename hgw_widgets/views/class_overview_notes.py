"""StudentNotesEditor: per student, strengths, factors, needs and subgroup (part of ClassOverviewView)."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.areas import AREAS, area_label
from ..domain.class_overview import (
    MAX_NOTE_CHARS, MAX_NOTES_PER_STUDENT, SUBGROUPS, ClassOverview, EducationalNeed, StudentNotes, add_note,
)
from ..domain.formats import subgroup_label
from ..domain.text import one_line
from ..messages import t
from ._guard import guarded
from ._html import esc, notice

_NEED_OPTIONS = (
    ("overview.notes.need_kind.instruction", "instruction"),
    ("overview.notes.need_kind.tasks", "tasks"),
    ("overview.notes.need_kind.feedback", "feedback"),
    ("overview.notes.need_kind.teacher", "teacher"),
    ("overview.notes.need_kind.classmates", "classmates"),
    ("overview.notes.need_kind.parents", "parents"),
    ("overview.notes.need_kind.other", "other"),
)


class StudentNotesEditor(widgets.VBox):
    """Record strengths, stimulating and hindering factors, needs and a subgroup per student.

    The editor reads the overview it is shown; it never keeps a changed copy.
    Every edit calls ``on_change(notes)``; the owner applies it to its current
    overview and shows the result again with ``set_overview``.

    Args:
        on_change: called with the student's new notes after every edit.
    """

    def __init__(self, *, on_change: Callable[[StudentNotes], None], **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-student-notes")
        self._overview: ClassOverview | None = None
        self._on_change = on_change
        self._syncing = False
        wide = {"description_width": "initial"}
        self._student = widgets.Dropdown(options=[], description=t("overview.notes.student"), style=wide)
        self._student.add_class("hgw-student-select")
        self.chosen = widgets.Text()
        """The name of the student chosen, as text: kept in the browser with the work bar's drafts, and
        put back in the list once that student is in it (the list may be filled later than this)."""
        self._subgroup = widgets.ToggleButtons(options=[(subgroup_label(s), s) for s in SUBGROUPS],
                                               description=t("overview.notes.subgroup"), style=wide)
        self._area = widgets.Dropdown(options=[(area_label(a), a) for a in AREAS], description=t("overview.notes.area"),
                                      style=wide, layout=widgets.Layout(width="25em"))
        self._strength = widgets.Text(placeholder=t("overview.notes.strength_placeholder"),
                                      layout=widgets.Layout(flex="1 1 auto"))
        self._strength_add = widgets.Button(description=t("overview.notes.add"), icon="plus", layout=widgets.Layout(width="auto"))
        self._factor_kind = widgets.Dropdown(
            options=[(t("overview.notes.stimulating"), "stimulating"), (t("overview.notes.hindering"), "hindering")],
            description=t("overview.notes.kind"), style=wide, layout=widgets.Layout(width="18em"))
        self._factor = widgets.Text(placeholder=t("overview.notes.factor_placeholder"),
                                    layout=widgets.Layout(flex="1 1 auto"))
        self._factor_add = widgets.Button(description=t("overview.notes.add"), icon="plus", layout=widgets.Layout(width="auto"))
        self._need_kind = widgets.Dropdown(options=[(t(k), v) for k, v in _NEED_OPTIONS],
                                           description=t("overview.notes.kind"), style=wide,
                                           layout=widgets.Layout(width="20em"))
        self._need = widgets.Text(placeholder=t("overview.notes.need_placeholder"),
                                  layout=widgets.Layout(flex="1 1 auto"))
        self._need_preview = widgets.HTML()
        self._need_add = widgets.Button(description=t("overview.notes.add"), icon="plus", layout=widgets.Layout(width="auto"))
        self._need_add.add_class("hgw-need-add")
        self._message = widgets.HTML()
        self._list = widgets.HTML()
        self._list.add_class("hgw-notes-list")
        self._remove = widgets.Dropdown(options=[], description=t("overview.notes.remove_label"), style=wide)
        self._remove_button = widgets.Button(description=t("overview.notes.remove"), icon="trash", layout=widgets.Layout(width="auto"))
        row = widgets.Layout(align_items="center", width="100%")
        self.children = [
            widgets.HTML(f"<p class='hgw-muted'>{esc(t('overview.notes.intro'))}</p>"),
            self._student,
            self._subgroup,
            widgets.HTML(f"<strong>{esc(t('overview.notes.strengths'))}</strong>"),
            widgets.HBox([self._area, self._strength, self._strength_add], layout=row),
            widgets.HTML(f"<strong>{esc(t('overview.notes.factors'))}</strong>"),
            widgets.HBox([self._factor_kind, self._factor, self._factor_add], layout=row),
            widgets.HTML(f"<strong>{esc(t('overview.notes.needs'))}</strong>"),
            widgets.HBox([self._need_kind, self._need, self._need_add], layout=row),
            self._need_preview,
            self._message,
            self._list,
            widgets.HBox([self._remove, self._remove_button], layout=row),
        ]
        self._connect()

    # --- public surface ---------------------------------------------------------

    @property
    def notes(self) -> StudentNotes | None:
        """The notes of the selected student."""
        if self._overview is None or self._student.value is None:
            return None
        return self._overview.notes_for(self._student.value)

    def set_overview(self, overview: ClassOverview | None) -> None:
        """Show another (or changed) overview; keeps the selected student when possible."""
        self._overview = overview
        students = overview.students if overview is not None else ()
        self._syncing = True
        try:
            if tuple(self._student.options) != students:
                current = self.chosen.value if self.chosen.value in students else self._student.value
                self._student.options = students
                self._student.value = current if current in students else (students[0] if students else None)
        finally:
            self._syncing = False
        self._render()

    # --- handlers -----------------------------------------------------------------

    def _connect(self) -> None:
        self._student.observe(self._on_student, names="value")
        self.chosen.observe(self._on_chosen, names="value")
        self._subgroup.observe(self._on_subgroup, names="value")
        self._strength_add.on_click(self._on_add_strength)
        self._factor_add.on_click(self._on_add_factor)
        self._need_add.on_click(self._on_add_need)
        self._need.observe(self._on_need_text, names="value")
        self._need_kind.observe(self._on_need_text, names="value")
        self._remove_button.on_click(self._on_remove)

    @guarded
    def _on_student(self, _change=None) -> None:
        if not self._syncing:
            if isinstance(self._student.value, str):
                self.chosen.value = self._student.value
            self._message.value = ""
            self._render()

    @guarded
    def _on_chosen(self, change) -> None:
        if change["new"] in self._student.options and change["new"] != self._student.value:
            self._student.value = change["new"]  # restored from the browser: show that student again

    @guarded
    def _on_subgroup(self, change) -> None:
        notes = self.notes
        if self._syncing or notes is None or change["new"] not in SUBGROUPS or change["new"] == notes.subgroup:
            return
        self._save(StudentNotes(notes.name, notes.strengths, notes.factors, notes.needs, change["new"]))

    def _add(self, field: str, kind: object, box: widgets.Text) -> None:
        notes = self.notes
        if notes is None:
            return
        changed, issue = add_note(notes, field, kind, box.value)
        if issue is not None:
            key = "overview.notes.full" if issue.code == "full" else "overview.notes.empty"
            if issue.code != "unknown_kind":
                self._message.value = notice(t(key, max=MAX_NOTES_PER_STUDENT), kind="warning")
            return
        self._save(changed)
        box.value = ""

    @guarded
    def _on_add_strength(self, _button=None) -> None:
        self._add("strengths", self._area.value, self._strength)

    @guarded
    def _on_add_factor(self, _button=None) -> None:
        self._add("factors", self._factor_kind.value, self._factor)

    @guarded
    def _on_add_need(self, _button=None) -> None:
        self._add("needs", self._need_kind.value, self._need)

    @guarded
    def _on_need_text(self, _change=None) -> None:
        other = self._need_kind.value == "other"
        self._need.placeholder = t("overview.notes.need_placeholder_other" if other else "overview.notes.need_placeholder")
        notes = self.notes
        text = one_line(self._need.value, MAX_NOTE_CHARS)
        if notes is None or not text:
            self._need_preview.value = ""
            return
        sentence = EducationalNeed(self._need_kind.value, text).sentence(notes.name)
        self._need_preview.value = f"<p class='hgw-muted'>{esc(t('overview.notes.preview'))} <em>{esc(sentence)}</em></p>"

    @guarded
    def _on_remove(self, _button=None) -> None:
        notes = self.notes
        choice = self._remove.value
        if notes is None or not isinstance(choice, tuple) or len(choice) != 2:
            return
        field, index = choice
        if field not in ("strengths", "factors", "needs"):
            return
        items = list(getattr(notes, field))
        if not 0 <= index < len(items):
            return
        del items[index]
        values = {"strengths": notes.strengths, "factors": notes.factors, "needs": notes.needs, field: tuple(items)}
        self._save(StudentNotes(notes.name, subgroup=notes.subgroup, **values))

    def _save(self, notes: StudentNotes) -> None:
        self._message.value = ""
        self._on_change(notes)

    # --- rendering ----------------------------------------------------------------

    def _render(self) -> None:
        notes = self.notes
        if notes is None:
            self._list.value = ""
            self._remove.options = []
            return
        self._syncing = True
        try:
            self._subgroup.value = notes.subgroup
        finally:
            self._syncing = False
        parts, options = [], []
        sections = (
            ("overview.notes.strengths", "strengths",
             [f"{area_label(s.area)}: {s.text}" for s in notes.strengths]),
            ("overview.notes.stimulating", "factors",
             [f.text if f.kind == "stimulating" else None for f in notes.factors]),
            ("overview.notes.hindering", "factors",
             [f.text if f.kind == "hindering" else None for f in notes.factors]),
            ("overview.notes.needs", "needs", [n.sentence(notes.name) for n in notes.needs]),
        )
        for key, field, texts in sections:
            shown = [(i, text) for i, text in enumerate(texts) if text is not None]
            if not shown:
                continue
            items = "".join(f"<li>{esc(text)}</li>" for _, text in shown)
            parts.append(f"<div><strong>{esc(t(key))}</strong><ul>{items}</ul></div>")
            options.extend((f"{t(key)}: {text[:60]}", (field, i)) for i, text in shown)
        self._list.value = "".join(parts) or f"<p class='hgw-muted'>{esc(t('overview.notes.none', name=notes.name))}</p>"
        self._remove.options = options
