"""The server's access log (one line per request), with access codes left out.

Tornado's own access log writes the whole address: ``404 GET /api/kernels/<id>?token=<room code> (10.0.0.7)``.
Whoever reads the terminal or a saved log (a screenshot for a helpdesk, a log sent to a colleague) then
has the room's code (issue 18). ``log_request`` (Tornado's ``log_function``, set by
``voila_app.WorkbookVoila``) writes the same line, at the same level, with every secret query
parameter (``SECRET_PARAMETERS``) replaced by ``[weg]``.

Tornado also writes the address into other lines (``404 GET /api/kernels/<id>?token=... (ip): Kernel does not
exist``, from ``RequestHandler.log_exception``), through loggers that Voilà gives no handler (Python's
last-resort handler printed them). ``hide_secrets`` gives Tornado's loggers a handler of their own that
prints the same lines through ``SecretsFilter``, and puts that filter on the application's handlers too.
"""

from __future__ import annotations

import logging
import re
import sys
from urllib.parse import parse_qsl, urlencode

SECRET_PARAMETERS = frozenset({"token", "code", "password", "_xsrf", "xsrf", "key", "auth"})
"""Query parameters never written to the log: the room's code (``token``), the trainer's code (``code``), ..."""
HIDDEN = "[weg]"

access_log = logging.getLogger("tornado.access")
_SECRET_IN_TEXT = re.compile(r"([?&;](?:%s)=)[^&\s#'\"]*" % "|".join(sorted(SECRET_PARAMETERS)), re.IGNORECASE)


class SecretsFilter(logging.Filter):
    """Rewrites a log record's text with every ``?token=...`` (and the other ``SECRET_PARAMETERS``) hidden."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        hidden = _SECRET_IN_TEXT.sub(lambda m: m.group(1) + HIDDEN, text)
        if hidden != text:
            record.msg, record.args = hidden, None
        return True


def hide_secrets(app_log: logging.Logger) -> None:
    """Tornado's loggers print (WARNING and up, as before) through a handler with ``SecretsFilter``; the
    application's handlers get the filter too."""
    secrets = SecretsFilter()
    tornado_log = logging.getLogger("tornado")
    if not any(isinstance(f, SecretsFilter) for h in tornado_log.handlers for f in h.filters):
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        handler.addFilter(secrets)
        tornado_log.addHandler(handler)
        tornado_log.propagate = False
    logger: logging.Logger | None = app_log
    while logger is not None:
        for handler in logger.handlers:
            if not any(isinstance(f, SecretsFilter) for f in handler.filters):
                handler.addFilter(secrets)
        logger = logger.parent if logger.propagate else None


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
