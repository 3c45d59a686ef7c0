"""WorkBar: keep the work of any view: download, continue from a file, autosave.

A view embeds one ``WorkBar`` and hands it two callbacks: ``get_work()``
returns the current work as a ``Work`` (kind, JSON payload, printable
``Document``, file name), and ``restore(payload)`` puts saved work back. The
view calls ``work_bar.changed()`` after every change; the bar then keeps a
copy in the browser (``BrowserStore``) so a page reload finds it back.

The bar shows "Downloaden" buttons (JSON, Word, HTML to print, Markdown), an
upload to continue from a saved JSON file, and "Wis mijn gegevens" with a
Dutch confirmation, for shared computers. A bad file gives a Dutch message
and the current work stays: ``restore`` is only called with a payload that
passed ``load_work``, and a view's ``restore`` builds the whole new state
before it replaces anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import ipywidgets as widgets

from ..errors import SaveFileError
from ..export.document import Document
from ..export.jsonio import MAX_SAVE_BYTES, SCHEMA_VERSION, dump_work, load_work
from ..export.render import to_docx, to_html, to_markdown
from ..messages import t
from ._guard import guarded
from ._html import esc, notice
from ._upload import UploadRefused, take_upload
from .download import DownloadButton, safe_filename
from .exercise_memory import ExerciseMemory
from .storage import BrowserStore
from .work_bar_clear import ClearWithConfirm

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORMATS = ("json", "docx", "html", "md")


@dataclass(frozen=True)
class Work:
    """The current work of a view, ready to save or print.

    Args:
        kind: what kind of work, e.g. ``"goal_card"`` (stored in the JSON envelope).
        payload: the JSON-ready data (``to_dict`` of the domain object).
        document: the printable version.
        name: the file name without extension, e.g. ``"doelenkaart-jordi"``.
    """

    kind: str
    payload: dict
    document: Document
    name: str


class WorkBar(widgets.VBox):
    """Download, upload, autosave and clear the work of one exercise.

    Args:
        kind: the kind of work this bar accepts in an upload.
        store_key: the exercise id for browser storage (the page path is added).
        get_work: returns the current ``Work``.
        restore: puts a loaded payload back; raises ``SaveFileError`` if it is malformed.
        on_clear: puts the view back to its starting state after "Wis mijn gegevens".
        schema_version: the newest version the view can read.
        autosave: keep a copy in the browser after every change.
        drafts: name -> field of what is typed or chosen but not yet added (a goal being
            written, an agreement half filled in): kept in the browser too, so a reload loses
            nothing, but not part of the work's files.
    """

    def __init__(
        self,
        *,
        kind: str,
        store_key: str,
        get_work: Callable[[], Work],
        restore: Callable[[dict], None],
        on_clear: Callable[[], None] | None = None,
        schema_version: int = SCHEMA_VERSION,
        autosave: bool = True,
        drafts: Mapping[str, widgets.ValueWidget] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-work-bar")
        self._kind = kind
        self._get_work = get_work
        self._restore = restore
        self._on_clear = on_clear
        self._schema_version = schema_version
        self._autosave = autosave
        self._pending = False
        self._clearing = False

        self._message = widgets.HTML()
        self._message.add_class("hgw-work-message")
        self._status = widgets.HTML()
        self._status.add_class("hgw-work-status")
        labels = {
            "json": (t("keep.download.json"), t("keep.download.json_tooltip"), "application/json"),
            "docx": (t("keep.download.docx"), t("keep.download.docx_tooltip"), DOCX_MIME),
            "html": (t("keep.download.html"), t("keep.download.html_tooltip"), "text/html"),
            "md": (t("keep.download.md"), t("keep.download.md_tooltip"), "text/markdown"),
        }
        self._downloads = {
            fmt: DownloadButton(
                label,
                f"werkmap.{fmt}",
                mime,
                lambda fmt=fmt: self._file_for_button(fmt),
                on_error=self._show_error,
                tooltip=tooltip,
            )
            for fmt, (label, tooltip, mime) in labels.items()
        }
        self._upload = widgets.FileUpload(
            accept=".json,application/json",
            multiple=False,
            description=t("keep.upload.button"),
            tooltip=t("keep.upload.tooltip"),
            icon="upload",
            layout=widgets.Layout(width="auto"),
        )
        self._upload.add_class("hgw-upload")
        self.store = BrowserStore(store_key)
        """The browser storage of this exercise."""
        self.drafts = ExerciseMemory(f"{store_key}-invoer", drafts, controls=False) if drafts and autosave else None
        """The browser copy of the fields not yet added (None without ``drafts``)."""

        self._clear_control = ClearWithConfirm(on_confirm=self.clear, beside=self._status, message=self._message)
        row = widgets.Layout(flex_flow="row wrap", align_items="center")
        self._intro = widgets.HTML()
        self._intro.add_class("hgw-work-intro")
        self._show_intro()
        self.children = [
            self._intro,
            widgets.HBox(list(self._downloads.values()), layout=row),
            widgets.HBox(
                [widgets.HTML(esc(t("keep.upload.label"))), self._upload],
                layout=row,
            ),
            self._clear_control,
            self._message,
            self.store,
            *([self.drafts] if self.drafts is not None else []),
        ]
        self._connect()

    # --- public surface ---------------------------------------------------------

    def file_bytes(self, fmt: str) -> bytes:
        """The current work as ``"json"``, ``"docx"``, ``"html"`` or ``"md"`` bytes."""
        work = self._current()
        if fmt == "json":
            return dump_work(work.kind, work.payload)
        if fmt == "docx":
            return to_docx(work.document)
        if fmt == "html":
            return to_html(work.document)
        if fmt == "md":
            return to_markdown(work.document)
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")

    def _file_for_button(self, fmt: str) -> bytes:
        data = self.file_bytes(fmt)
        self._downloads[fmt].filename = safe_filename(self._current().name, extension=fmt)
        return data

    def download_button(self, fmt: str) -> DownloadButton:
        """The download button for one format (tests use ``make_file()`` on it)."""
        return self._downloads[fmt]

    def load_bytes(self, data: bytes) -> bool:
        """Continue from a saved file. Returns True if it was loaded.

        A bad file shows a Dutch message and leaves the current work as it was.
        """
        try:
            payload = load_work(data, kind=self._kind, schema_version=self._schema_version)
            self._restore(payload)
        except SaveFileError as exc:
            self._show_error(exc.message_nl)
            return False
        self._message.value = notice(t("keep.upload.loaded"), kind="success")
        self.changed()
        return True

    def changed(self) -> None:
        """Tell the bar the work changed: keep a copy in the browser."""
        if not self._autosave or self._clearing:
            return
        work = self._current()
        if not self.store.ready:
            self._pending = True
            return
        self._pending = False
        self.store.save(dump_work(work.kind, work.payload).decode("utf-8"))
        self._status.value = f"<span class='hgw-muted'>{esc(t('keep.store.saved'))}</span>"

    @property
    def autosave(self) -> bool:
        """True while a copy is kept in the browser after every change."""
        return self._autosave

    def set_autosave(self, on: bool) -> None:
        """Start keeping a copy in the browser (saved at once), or stop and remove the copy."""
        self._autosave = bool(on)
        self._show_intro()  # the bar never says "nergens bewaard" next to "Bewaard in deze browser"
        if self._autosave:
            try:
                self.changed()
            except SaveFileError:  # nothing to save yet (e.g. no class read): the next change saves
                self._pending = True
        else:
            self.store.clear()
            self._status.value = ""
        if self.drafts is not None:  # what is typed but not added follows the same choice
            self.drafts.set_saving(self._autosave)

    def _show_intro(self) -> None:
        intro = t("keep.intro") if self._autosave else t("keep.intro_no_autosave")
        self._intro.value = f"<h4>{esc(t('keep.title'))}</h4><p class='hgw-muted'>{esc(intro)}</p>"

    def clear(self) -> None:
        """Remove the copy in this browser and put the view back to its start."""
        self.store.clear()
        if self.drafts is not None:
            self.drafts.clear()
        self._clear_control.close_question()
        self._pending = False
        if self._on_clear is not None:
            self._clearing = True
            try:
                self._on_clear()
            finally:
                self._clearing = False
        self._status.value = ""
        self._message.value = notice(t("keep.clear.done"), kind="success")

    # --- handlers -----------------------------------------------------------------

    def _connect(self) -> None:
        self._upload.observe(self._on_upload, names="value")
        self.store.on_restore(self._on_store_restore)
        self.store.on_ready(self._on_store_ready)

    def _current(self) -> Work:
        work = self._get_work()
        if work.kind != self._kind:
            raise ValueError(f"view produced kind {work.kind!r}, bar expects {self._kind!r}")
        return work

    def _show_error(self, message: str) -> None:
        self._message.value = notice(message, kind="error")

    @guarded
    def _on_upload(self, change) -> None:
        try:
            data = take_upload(self._upload, change, max_bytes=MAX_SAVE_BYTES)
        except UploadRefused as refused:
            if refused.code == "too_big":
                self._show_error(t("keep.error.too_big", max_mb=MAX_SAVE_BYTES // (1024 * 1024)))
            else:
                self._show_error(t("keep.error.malformed"))
            return
        if data is not None:
            self.load_bytes(data)

    @guarded
    def _on_store_restore(self, text: str) -> None:
        try:
            payload = load_work(text, kind=self._kind, schema_version=self._schema_version)
            self._restore(payload)
        except SaveFileError:
            self._message.value = notice(t("keep.store.restore_failed"), kind="warning")
            return
        self._message.value = notice(t("keep.store.restored"), kind="info")

    @guarded
    def _on_store_ready(self) -> None:
        if self._pending:
            self.changed()
