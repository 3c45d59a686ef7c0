"""Where this workbook runs, as the kernel learns it from its environment (set by the launcher).

Room mode sets ``JOIN_URL_ENV`` (the address participants open); the workbook's own server
(``hgw_widgets.server.voila_app``) sets ``WALL_ENV`` because it serves the trainer's wall. The names
are copies of the server's (views never import the server side); ``tests/server/test_serve.py`` keeps
them equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

JOIN_URL_ENV = "HGW_JOIN_URL"  # the same name as hgw_widgets.server.serve.JOIN_URL_ENV (set by `hgw-werkmap room`)
MAX_URL_CHARS = 300
WALL_ENV = "HGW_WALL"  # the same name as hgw_widgets.server.voila_app.WALL_ENV
WALL_HREF = "../../hgw/muur"
"""The wall's address seen from the start page (``<base_url>voila/render/00-start.ipynb``)."""


def join_url_from(environ: Mapping[str, str]) -> str | None:
    """The join URL set by room mode, or None (not in room mode, or not a plain http(s) URL)."""
    url = environ.get(JOIN_URL_ENV, "").strip()
    if not url or len(url) > MAX_URL_CHARS:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


def wall_link_from(environ: Mapping[str, str]) -> str | None:
    """Where the start page links to the trainer's wall, or None.

    Only where the workbook's server serves the wall (``WALL_ENV`` = "1") and not in room mode: in a
    room the wall is the trainer's, opened with the trainer's own address; participants get no link.
    """
    if environ.get(WALL_ENV) != "1" or join_url_from(environ) is not None:
        return None
    return WALL_HREF
