"""Take the bytes of an uploaded file out of an ipywidgets FileUpload, safely.

The widget's value is untrusted (a visitor can send any state), so the size
and shape are checked here, and the widget is emptied afterwards so that no
copy of the file stays in the kernel.
"""

from __future__ import annotations

import ipywidgets as widgets


class UploadRefused(Exception):
    """The upload is too big (``code="too_big"``) or not a file (``code="unreadable"``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def take_upload(upload: widgets.FileUpload, change: dict, *, max_bytes: int) -> bytes | None:
    """Return the first uploaded file's bytes (None if the change holds no file).

    Raises:
        UploadRefused: too big, or the value is not the shape FileUpload sends.
    """
    files = change.get("new") or ()
    if not files:
        return None
    try:
        first = files[0]
        size = first.get("size") if isinstance(first, dict) else None
        content = first.get("content") if isinstance(first, dict) else None
        if not isinstance(size, int) or size > max_bytes or content is None or len(content) > max_bytes:
            raise UploadRefused("too_big")
        return bytes(content)
    except (TypeError, ValueError, AttributeError, KeyError, IndexError):
        raise UploadRefused("unreadable") from None
    finally:
        upload.value = ()
