"""DownloadButton: offer bytes made in the kernel as a file in the browser.

The button is drawn in the browser (``static/download.js``). A click asks the
kernel for the file; ``provider()`` makes the bytes at that moment, so the
file is always the current work. The browser receives them as a Blob and
saves them; nothing goes over the network beyond the widget connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import anywidget
import traitlets

from ..domain.filenames import safe_filename
from ..errors import HgwError
from ..messages import t
from ..paths import package_file

__all__ = ["DownloadButton", "safe_filename"]

log = logging.getLogger("hgw_widgets")

_STATIC = package_file("static")


class DownloadButton(anywidget.AnyWidget):
    """A button that downloads ``provider()``'s bytes as ``filename``.

    Args:
        label: the Dutch button text, e.g. "Downloaden (Word)".
        filename: the suggested file name (made safe by ``domain.filenames.safe_filename``; its
            extension is kept).
        mime: the file's media type.
        provider: makes the bytes when the button is clicked.
        on_error: called with a Dutch message when ``provider`` fails.
        tooltip: optional longer explanation.
    """

    _esm = _STATIC / "download.js"
    label = traitlets.Unicode("").tag(sync=True)
    hint = traitlets.Unicode("").tag(sync=True)
    """Shown as the button's title (not ``tooltip``: anywidget views break on that name)."""
    disabled = traitlets.Bool(False).tag(sync=True)
    filename = traitlets.Unicode("werkmap").tag(sync=True)
    mime = traitlets.Unicode("application/octet-stream").tag(sync=True)

    def __init__(
        self,
        label: str,
        filename: str,
        mime: str,
        provider: Callable[[], bytes],
        *,
        on_error: Callable[[str], None] | None = None,
        tooltip: str = "",
        **kwargs,
    ) -> None:
        super().__init__(label=label, filename=safe_filename(filename), mime=mime, hint=tooltip, **kwargs)
        self._provider = provider
        self._on_error = on_error
        self.downloads = 0
        """How many files this button has delivered (tests and logging use it)."""
        self.on_msg(self._handle_message)

    def make_file(self) -> bytes:
        """The bytes a click delivers now (raises what ``provider`` raises)."""
        data = self._provider()
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"provider returned {type(data).__name__}, not bytes")
        return bytes(data)

    def _handle_message(self, _widget, content, _buffers) -> None:
        if not isinstance(content, dict) or content.get("event") != "request":
            return
        try:
            data = self.make_file()
        except HgwError as exc:
            self._report(exc.message_nl)
            self.send(self._reply(ok=False))
            return
        except Exception:  # noqa: BLE001 - no traceback reaches the visitor
            log.exception("download %s failed", self.filename)
            self._report(t("common.error.unexpected"))
            self.send(self._reply(ok=False))
            return
        self.downloads += 1
        self.send(self._reply(ok=True), buffers=[data])

    def _reply(self, *, ok: bool) -> dict:
        # the name is read after provider() ran, so a provider may rename the file; it is made
        # safe again here because ``filename`` is a synced trait that a visitor can set
        return {"event": "file", "ok": ok, "filename": safe_filename(self.filename), "mime": self.mime}

    def _report(self, message: str) -> None:
        if self._on_error is not None:
            self._on_error(message)
