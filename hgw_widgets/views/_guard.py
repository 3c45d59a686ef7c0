"""A safety net for widget handlers: no traceback ever reaches the visitor.

Decorate a view's handler with ``@guarded``. An ``HgwError`` shows its Dutch
``message_nl``; anything else is logged for the server's operator and shows a
general Dutch message. The view must have an ``HTML`` widget ``self._message``.
What the user entered stays, because the handler simply stops.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import HgwError
from ..messages import t
from ._html import notice

log = logging.getLogger("hgw_widgets")
F = TypeVar("F", bound=Callable[..., Any])


def guarded(handler: F) -> F:
    """Wrap a view method so errors become a Dutch notice in ``self._message``."""

    @functools.wraps(handler)
    def wrapper(self, *args, **kwargs):
        try:
            return handler(self, *args, **kwargs)
        except HgwError as exc:
            self._message.value = notice(exc.message_nl, kind="error")
        except Exception:  # noqa: BLE001 - the safety net is the point
            log.exception("unexpected error in %s", handler.__qualname__)
            self._message.value = notice(t("common.error.unexpected"), kind="error")
        return None

    return wrapper  # type: ignore[return-value]
