"""What the chapter 05 view tests share: an upload as the browser sends it, and one summary row as text."""

from __future__ import annotations

import datetime as dt
import re


def upload(view, data: bytes, name: str = "cijfers.csv") -> None:
    """Put ``data`` in the view's grade upload, shaped as ipywidgets' FileUpload sends a file."""
    view._upload.value = ({"name": name, "type": "text/csv", "size": len(data), "content": memoryview(data),
                           "last_modified": dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)},)


def summary_row(view, subject: str) -> str:
    """The class summary's row of ``subject`` as HTML, without the column names phones show (data-label)."""
    html = view._summary.value
    start = html.index(f'data-subject="{subject}"')
    row = html[start : html.index("</tr>", start)]
    return re.sub(r' data-label="[^"]*"', "", row)
