"""The server's access log (one line per request), with access codes left out.

Tornado's own access log writes the whole address: ``404 GET /api/kernels/<id>?token=<room code> (10.0.0.7)``.
Whoever reads the terminal or a saved log (a screenshot for a helpdesk, a log sent to a colleague) then
has the room's code (issue 18). ``log_request`` (Tornado's ``log_function``, set by
``voila_app.WorkbookVoila``) writes the same line, at the same level, with every secret query
parameter (``SECRET_PARAMETERS``) replaced by ``[weg]``.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl, urlencode

SECRET_PARAMETERS = frozenset({"token", "code", "password", "_xsrf", "xsrf", "key", "auth"})
"""Query parameters never written to the log: the room's code (``token``), the trainer's code (``code``), ..."""
HIDDEN = "[weg]"

access_log = logging.getLogger("tornado.access")


def without_secrets(uri: str) -> str:
    """``/voila/render/x.ipynb?token=abc&y=1`` -> ``/voila/render/x.ipynb?token=[weg]&y=1``."""
    path, sep, query = uri.partition("?")
    if not sep:
        return uri
    pairs = [(k, HIDDEN if k.lower() in SECRET_PARAMETERS else v) for k, v in parse_qsl(query, keep_blank_values=True)]
    return path + "?" + urlencode(pairs, safe="[]")


def log_request(handler) -> None:
    """Tornado's access log line (status, method, address, client, milliseconds) without secrets."""
    status = handler.get_status()
    if status < 400:
        log = access_log.info
    elif status < 500:
        log = access_log.warning
    else:
        log = access_log.error
    request = handler.request
    log("%d %s %s (%s) %.2fms", status, request.method, without_secrets(request.uri or ""), request.remote_ip,
        1000.0 * request.request_time())
