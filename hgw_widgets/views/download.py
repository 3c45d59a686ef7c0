"""DownloadButton: offer bytes made in the kernel as a file in the browser.

The button is drawn in the browser (``static/download.js``). A click asks the
kernel for the file; ``provider()`` makes the bytes at that moment, so the
file is always the current work. The browser receives them as a Blob and
saves them; nothing goes over the network beyond the widget connection.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable

import anywidget
import traitlets

from ..errors import HgwError
from ..messages import t
from ..paths import package_file

log = logging.getLogger("hgw_widgets")

_STATIC = package_file("static")
_UNSAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, *, default: str = "werkmap") -> str:
    """A file name without paths, accents or odd characters: ``"Jordi's kaart.docx"`` -> ``"Jordi-s-kaart.docx"``."""
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE_NAME_RE.sub("-", ascii_name).strip("-.")[:80]
    return cleaned or default


class DownloadButton(anywidget.AnyWidget):
    """A button that downloads ``provider()``'s bytes as ``filename``.

    Args:
        label: the Dutch button text, e.g. "Downloaden (Word)".
        filename: the suggested file name (made safe).
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
        # the name is read after provider() ran, so a provider may rename the file
        return {"event": "file", "ok": ok, "filename": self.filename, "mime": self.mime}

    def _report(self, message: str) -> None:
        if self._on_error is not None:
            self._on_error(message)
