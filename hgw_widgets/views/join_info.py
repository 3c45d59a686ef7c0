"""JoinInfo: on the start page in room mode, how participants join (the URL with the token)."""

from __future__ import annotations

import os
from urllib.parse import parse_qs, urlsplit

import ipywidgets as widgets

from ..messages import t
from ._html import esc, stylesheet
from ._where import JOIN_URL_ENV, MAX_URL_CHARS, join_url_from

__all__ = ["JOIN_URL_ENV", "MAX_URL_CHARS", "JoinInfo", "join_url_from"]


class JoinInfo(widgets.VBox):
    """Shows the room's join URL and token; shows nothing when the workbook is not served to a room.

    Args:
        url: the join URL; by default read from the environment Voilà gives the kernel.
    """

    def __init__(self, url: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-join-info")
        self._url = join_url_from({JOIN_URL_ENV: url} if url is not None else os.environ)
        self._body = widgets.HTML(self._render())
        self.children = [stylesheet(), self._body]
        if self._url is None:
            self.layout.display = "none"

    @property
    def url(self) -> str | None:
        """The join URL shown, or None when not in room mode."""
        return self._url

    def _render(self) -> str:
        if self._url is None:
            return ""
        token = (parse_qs(urlsplit(self._url).query).get("token") or [""])[0]
        code = f"<p class='hgw-muted'>{esc(t('room.code', token=token))}</p>" if token else ""
        return (
            "<div class='hgw-notice hgw-notice-info' role='note'>"
            f"<strong>{esc(t('room.title'))}</strong>"
            f"<p>{esc(t('room.open'))}</p>"
            f"<p style='font-size:1.3em'><code>{esc(self._url)}</code></p>"
            f"{code}<p>{esc(t('room.private'))}</p></div>"
        )
