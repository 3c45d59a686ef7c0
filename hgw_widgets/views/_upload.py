"""Take the bytes of an uploaded file out of an ipywidgets FileUpload, safely.

The widget's value is untrusted (a visitor can send any state), so the size
and shape are checked here, and the widget is emptied afterwards so that no
copy of the file stays in the kernel.

A file bigger than the largest one the workbook accepts never reaches the kernel: in Voilà the
page (the template's ``hgw-upload.js``) sends only its name and size, with empty content. The
size check below then refuses it like any other file that is too big, so the view can say so.
"""

from __future__ import annotations

import ipywidgets as widgets


class UploadRefused(Exception):
    """The upload is too big (``code="too_big"``) or not a file (``code="unreadable"``).

    Attributes:
        code: ``"too_big"`` or ``"unreadable"``.
        size: the file's size in bytes as the browser reported it (None when unknown).
    """

    def __init__(self, code: str, *, size: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.size = size


def size_mb(size: int | None) -> str:
    """A file size for a Dutch message, in MB of 1024 x 1024 bytes: ``11,0``; ``?`` when unknown."""
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return "?"
    return f"{size / 1024 / 1024:.1f}".replace(".", ",")


def take_upload(upload: widgets.FileUpload, change: dict, *, max_bytes: int) -> bytes | None:
    """Return the first uploaded file's bytes (None if the change holds no file).

    Raises:
        UploadRefused: too big (with the size the browser reported), or the value is not the
            shape FileUpload sends.
    """
    files = change.get("new") or ()
    if not files:
        return None
    try:
        first = files[0]
        size = first.get("size") if isinstance(first, dict) else None
        content = first.get("content") if isinstance(first, dict) else None
        reported = size if isinstance(size, int) and not isinstance(size, bool) else None
        if reported is None or reported > max_bytes:
            raise UploadRefused("too_big", size=reported)
        if content is None or len(content) > max_bytes:
            raise UploadRefused("too_big", size=None if content is None else len(content))
        return bytes(content)
    except (TypeError, ValueError, AttributeError, KeyError, IndexError):
        raise UploadRefused("unreadable") from None
    finally:
        upload.value = ()
