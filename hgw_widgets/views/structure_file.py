"""StructureFile: choose a meeting structure, load one's own YAML file, download one to edit.

Used by ``MeetingMode`` (with its own chooser) and ``ConversationPlanner`` (which keeps its own
dropdown and passes ``chooser=False``). A file that is refused shows a Dutch message naming the
file and the field; the structures that were already there stay in the list. Loaded structures
are never written to the server's folder: they live in this page's kernel and, like the work of
an exercise (``WorkBar``), in this browser (``BrowserStore`` key ``STORE_KEY``, one copy for the
whole workbook, ``domain.own_structures``), so after a reload they are offered again. A shipped
structure is never replaced (an own file with its id is added as a copy, ``own_structures.as_own``);
"Verwijder deze eigen opzet" takes an own one out of the list, ``clear_own`` all of them.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain import structure_errors
from ..domain.own_structures import as_own, kept_own, own_structures_from_text, own_structures_text, without_own
from ..domain.structures import MAX_FILE_BYTES, MeetingStructure, StructureCatalogue, structure_catalogue, structure_from_bytes, structure_yaml
from ..errors import StructureFileError
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice
from ._upload import UploadRefused, take_upload
from .download import DownloadButton
from .storage import BrowserStore

STORE_KEY = "eigen-opzetten"
"""The browser copy of the coach's own structures (scope: the whole workbook)."""


def _lines_notice(text: str, *, kind: str) -> str:
    role = "alert" if kind == "error" else "status"
    body = "<br>".join(esc(line) for line in text.splitlines())
    return f'<div class="hgw-notice hgw-notice-{kind}" role="{role}">{body}</div>'


class StructureFile(widgets.VBox):
    """Pick a structure, or load one's own structure file; download the current one as YAML.

    Args:
        catalogue: the structures to offer (by default every valid file of the shipped folder).
        current: the id of the structure in use.
        chooser: show a dropdown of the structures (off when the host view has its own).
        keep: keep loaded structures in this browser and offer them again after a reload.
    """

    def __init__(self, catalogue: StructureCatalogue | None = None, *, current: str = "", chooser: bool = True,
                 keep: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-structure-file")
        self._catalogue = catalogue if catalogue is not None else structure_catalogue()
        self._shipped = frozenset(self._catalogue.ids)
        self._current = current if self._catalogue.get(current) else (self._catalogue.ids[0] if self._catalogue.ids else "")
        self._callbacks: list[Callable[[MeetingStructure], None]] = []
        self._list_callbacks: list[Callable[[StructureCatalogue], None]] = []
        self._own: tuple[MeetingStructure, ...] = ()
        self._chooser = chooser
        self._wanted = ""  # a structure asked for (show_current) before the browser gave it back
        self._syncing = False
        self._choice = widgets.Dropdown(description=t("structures.view.choose"), style={"description_width": "9em"},
                                        layout=widgets.Layout(width="32em", max_width="100%",
                                                              display="" if chooser else "none"))
        self._choice.add_class("hgw-structure-choice")
        self._upload = widgets.FileUpload(accept=".yaml,.yml", multiple=False, description=t("structures.view.upload"),
                                          tooltip=t("structures.view.upload_tooltip"), icon="upload",
                                          layout=widgets.Layout(width="auto"))
        self._upload.add_class("hgw-structure-upload")
        self._download = DownloadButton(t("structures.view.download"), "gespreksstructuur.yaml", "application/yaml",
                                        self._file, on_error=self._show_error, tooltip=t("structures.view.download_tooltip"))
        self._download.add_class("hgw-structure-download")
        self._remove = widgets.Button(description=t("structures.view.remove"), icon="trash",
                                      tooltip=t("structures.view.remove_tooltip"),
                                      layout=widgets.Layout(width="auto", display="none"))
        self._remove.add_class("hgw-structure-remove")
        self._about = widgets.HTML()
        self._about.add_class("hgw-structure-about")
        self._message = message_area()
        self._refused = widgets.HTML()
        self._refused.add_class("hgw-structure-refused")
        self._store = BrowserStore(STORE_KEY, scope="workbook") if keep else None
        row = widgets.Layout(flex_flow="row wrap", align_items="center")
        self.children = [
            self._choice, self._about,
            widgets.HBox([self._upload, self._download, self._remove], layout=row),
            widgets.HTML(f"<p class='hgw-muted'>{esc(t('structures.view.hint'))}</p>"),
            self._message, self._refused,
            *([self._store] if self._store is not None else []),
        ]
        self._fill_choice()
        self._show_refused()
        self._connect()

    # --- public surface ------------------------------------------------------------------

    @property
    def catalogue(self) -> StructureCatalogue:
        """The structures on offer, loaded files included."""
        return self._catalogue

    @property
    def structure(self) -> MeetingStructure | None:
        """The structure in use (None when the list is empty)."""
        return self._catalogue.get(self._current)

    @property
    def options(self) -> list[tuple[str, str]]:
        """``(label, id)`` for a dropdown: shipped structures by title, own ones as "<title> (eigen opzet)"."""
        return [(s.title if s.id in self._shipped else t("structures.view.own_label", title=s.title), s.id)
                for s in self._catalogue.structures]

    def on_choose(self, callback: Callable[[MeetingStructure], None]) -> None:
        """Call ``callback(structure)`` when a structure is chosen or a file is loaded."""
        self._callbacks.append(callback)

    def on_list(self, callback: Callable[[StructureCatalogue], None]) -> None:
        """Call ``callback(catalogue)`` when the browser gives back own structures (after a reload),
        so a host with its own dropdown can offer them too."""
        self._list_callbacks.append(callback)

    def show_current(self, structure_id: str) -> None:
        """Show ``structure_id`` as the one in use (after a restore), without calling back.

        An own structure the browser has not given back yet is shown as soon as it has.
        """
        if self._catalogue.get(structure_id) is not None:
            self._current = structure_id
            self._wanted = ""
            self._fill_choice()
        else:
            self._wanted = structure_id if isinstance(structure_id, str) else ""

    def load_bytes(self, data: bytes, filename: str) -> bool:
        """What an upload does: read, validate, add and choose the file; False when refused."""
        try:
            structure = structure_from_bytes(data, filename=filename)
        except StructureFileError as exc:
            self._message.value = _lines_notice(t("structures.view.refused", message=exc.message_nl), kind="error")
            return False
        original = self._catalogue.get(structure.id)
        structure, renamed = as_own(structure, self._shipped)
        replaces = structure.id in {s.id for s in self._own}
        self._catalogue = self._catalogue.with_structure(structure)
        self._current = structure.id
        self._own = kept_own(self._own, structure)
        if self._store is not None:
            self._store.save(own_structures_text(self._own))
        self._fill_choice()
        key = ("structures.view.loaded_copy" if renamed else "structures.view.loaded_replaces" if replaces
               else "structures.view.loaded")
        self._message.value = notice(t(key, title=structure.title, n=len(structure.phases), id=structure.id,
                                       shipped=original.title if renamed and original else ""), kind="success")
        self._announce(structure)
        return True

    def clear_own(self) -> None:
        """Forget every own structure, here and in this browser ("Wis mijn gegevens")."""
        for structure in self._own:
            self._catalogue = self._catalogue.without_structure(structure.id)
        self._own = ()
        if self._store is not None:
            self._store.clear()
        if self._catalogue.get(self._current) is None:
            self._current = self._catalogue.ids[0] if self._catalogue.ids else ""
        self._fill_choice()

    # --- handlers ------------------------------------------------------------------------

    def _connect(self) -> None:
        self._choice.observe(self._on_choice, names="value")
        self._upload.observe(self._on_upload, names="value")
        self._remove.on_click(self._on_remove)
        if self._store is not None:
            self._store.on_restore(self._on_kept)

    @guarded
    def _on_kept(self, text: str) -> None:
        """The browser gave back the own structures of an earlier visit: offer them again."""
        own, refused = own_structures_from_text(text, shipped=self._shipped)
        for structure in own:
            self._catalogue = self._catalogue.with_structure(structure)
            self._own = kept_own(self._own, structure)
        if self._wanted and self._catalogue.get(self._wanted) is not None:
            self._current, self._wanted = self._wanted, ""
        self._fill_choice()
        lines = []
        if own and (self._chooser or self._list_callbacks):  # only where the list shows them
            lines.append(notice(t("structures.view.kept", titles=", ".join(f"‘{s.title}’" for s in own)), kind="info"))
        if refused:
            text = "\n".join([t("structures.view.kept_refused")] + [e.message_nl for e in refused])
            lines.append(_lines_notice(text, kind="warning"))
        self._message.value = "".join(lines)
        if own:
            for callback in self._list_callbacks:
                callback(self._catalogue)

    @guarded
    def _on_choice(self, change) -> None:
        structure = self._catalogue.get(change["new"])
        if self._syncing or structure is None or structure.id == self._current:
            return
        self._current = structure.id
        self._message.value = ""
        self._show_about()
        self._announce(structure)

    @guarded
    def _on_remove(self, _button=None) -> None:
        removed = self.structure
        if removed is None or removed.id in self._shipped:
            return
        self._own = without_own(self._own, removed.id)
        self._catalogue = self._catalogue.without_structure(removed.id)
        if self._store is not None:
            self._store.save(own_structures_text(self._own))
        self._current = self._catalogue.ids[0] if self._catalogue.ids else ""
        self._fill_choice()
        self._message.value = notice(t("structures.view.removed", title=removed.title), kind="info")
        if self.structure is not None:
            self._announce(self.structure)

    @guarded
    def _on_upload(self, change) -> None:
        files = change.get("new") or ()
        name = files[0].get("name", "") if files and isinstance(files[0], dict) else ""
        try:
            data = take_upload(self._upload, change, max_bytes=MAX_FILE_BYTES)
        except UploadRefused as refused:
            if refused.code == "too_big":  # the same full sentence as a file that is too big in the folder
                error = structure_errors.too_big(structure_errors.shown_name(name), refused.size or MAX_FILE_BYTES + 1,
                                                 MAX_FILE_BYTES)
                self._message.value = _lines_notice(t("structures.view.refused", message=error.message_nl), kind="error")
            else:
                self._show_error(t("structures.view.unreadable", file=name or "?"))
            return
        if data is not None:
            self.load_bytes(data, name if isinstance(name, str) else "")

    # --- drawing -------------------------------------------------------------------------

    def _announce(self, structure: MeetingStructure) -> None:
        for callback in self._callbacks:
            callback(structure)

    def _file(self) -> bytes:
        structure = self.structure
        if structure is None:
            raise StructureFileError("no structure to download", message_nl=t("structures.view.nothing"))
        self._download.filename = f"{structure.id}.yaml"
        return structure_yaml(structure).encode("utf-8")

    def _show_error(self, message: str) -> None:
        self._message.value = notice(message, kind="error")

    def _fill_choice(self) -> None:
        self._syncing = True
        try:
            self._choice.options = self.options
            if self._current:
                self._choice.value = self._current
        finally:
            self._syncing = False
        if self.structure is not None:
            self._download.filename = f"{self.structure.id}.yaml"
        own = self.structure is not None and self.structure.id not in self._shipped
        self._remove.layout.display = "" if own else "none"
        self._show_about()

    def _show_about(self) -> None:
        structure = self.structure
        if structure is None or not structure.cycle:
            self._about.value = ""
            return
        self._about.value = f"<p class='hgw-muted'>{esc(t('structures.view.cycle', cycle=structure.cycle))}</p>"

    def _show_refused(self) -> None:
        refused = self._catalogue.refused
        if not refused:
            self._refused.value = ""
            return
        text = "\n".join([t("structures.view.folder_refused", n=len(refused))] + [e.message_nl for e in refused])
        self._refused.value = _lines_notice(text, kind="warning")
