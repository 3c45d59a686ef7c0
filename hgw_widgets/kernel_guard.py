"""Room mode, kernel side: crafted widget messages are refused silently (issue 18, finding 5).

In a room every participant's browser talks to its own kernel over the widget
protocol, and a curious participant can send any message: a ``comm_open`` for a
model that does not exist, an update with a wrong type, a dropdown index of
``None`` or out of range. Stock ipywidgets and ipykernel answer such a message
with a Python traceback on the IOPub channel (``ipywidgets``' ``_show_traceback``
calls ``showtraceback()``; the ``Comm`` and ``ipykernel.comm`` loggers have no
handler, so their tracebacks go through ``sys.stderr``, which ipykernel sends to
the page), and they keep a dropdown index of ``None``.

``install()`` changes that, in the kernel only, when the room's environment
variable is set (``ROOM_ENV``, set by room mode for every kernel; a kernel told the join URL,
``JOIN_URL_ENV``, is in a room too):

- ``Widget._handle_msg`` checks the message's shape and refuses, without any
  output, what it cannot use; an update that fails validation (a ``TraitError``,
  or a selection that names no option) is not kept, and the widget's current
  state is sent back, so the page shows what the kernel holds;
- a callback that fails (``CallbackDispatcher``: clicks, custom messages) is
  logged, not shown with ``showtraceback()``;
- the comm loggers and Python warnings write one line (no traceback) to the
  kernel process's real stderr, which the server logs, never to the page;
- ``refused`` counts what was refused, by kind (tests and the server log use it).

A chapter installs it by importing ``hgw_widgets`` (``__init__`` calls
``install_if_in_room``), which every notebook's first code cell does. Outside a
room nothing changes: an author in JupyterLab still sees tracebacks.
"""

from __future__ import annotations

import collections
import logging
import os
import sys
from collections.abc import Mapping
from typing import Any

ROOM_ENV = "HGW_ROOM"
"""Set to ``1`` by room mode for every kernel (``server.kernel_manager.room_kernel_env``). Not a secret."""
JOIN_URL_ENV = "HGW_JOIN_URL"
"""The join URL, access code included: room mode tells it only the start page's kernels (``JoinInfo`` shows it);
plain Voilà started with it in its environment (the browser tests) tells every kernel."""
QUIET_LOGGERS = ("Comm", "ipykernel.comm", "py.warnings")
"""Loggers that wrote tracebacks to the page through ``sys.stderr``."""

log = logging.getLogger("hgw_widgets.kernel_guard")
refused: collections.Counter[str] = collections.Counter()
"""How many crafted messages were refused, by kind (``"shape"``, ``"selection"``, ``"state"``, ...)."""
_installed = False


def in_room(environ: Mapping[str, str] = os.environ) -> bool:
    """True when the workbook runs as a room (``ROOM_ENV`` or ``JOIN_URL_ENV`` set)."""
    return bool(environ.get(ROOM_ENV, "").strip() or environ.get(JOIN_URL_ENV, "").strip())


def install_if_in_room(environ: Mapping[str, str] = os.environ) -> bool:
    """Install the guard when in a room and inside an IPython kernel; True if it is (now) installed."""
    if _installed:
        return True
    if not in_room(environ) or "ipykernel" not in sys.modules:
        return False
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None or getattr(shell, "kernel", None) is None:
        return False
    install()
    return True


def install() -> None:
    """Refuse crafted widget messages silently in this process (idempotent)."""
    global _installed
    if _installed:
        return
    from ipywidgets import CallbackDispatcher, Widget

    handler = _ServerLogHandler()
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.propagate = False
    logging.captureWarnings(True)  # warnings.warn wrote file paths to the page through sys.stderr
    log.handlers = [handler]
    log.propagate = False
    log.setLevel(logging.INFO)
    Widget._handle_msg = _handle_msg
    CallbackDispatcher.__call__ = _call_callbacks
    _installed = True


class _ServerLogHandler(logging.Handler):
    """One line per record on the kernel process's real stderr (the server's log), no traceback.

    ipykernel forwards file descriptor 2 to the page (``capture_fd_output``) and keeps a
    copy of the original in ``sys.stderr._original_stdstream_copy``; its own log writes
    there, and so does this handler. Without that copy fd 2 is not forwarded.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            text = message.splitlines()[0][:300] if message else ""
            kind = f" ({record.exc_info[0].__name__})" if record.exc_info and record.exc_info[0] else ""
            line = f"[hgw room guard] {record.levelname} {record.name}: {text}{kind}\n"
            fd = getattr(sys.stderr, "_original_stdstream_copy", None)
            os.write(fd if isinstance(fd, int) else 2, line.encode("utf-8", "replace"))
        except Exception:  # noqa: BLE001 - a log line must never raise into the kernel
            pass


def _refuse(kind: str, widget: Any, detail: str = "") -> None:
    refused[kind] += 1
    log.info("refused a widget message (%s) for %s %s", kind, type(widget).__name__, detail[:100])


def _handle_msg(self, msg: dict) -> None:
    """``Widget._handle_msg`` with every failure refused silently (replaces ipywidgets' own)."""
    try:
        content = msg.get("content") if isinstance(msg, dict) else None
        data = content.get("data") if isinstance(content, dict) else None
        method = data.get("method") if isinstance(data, dict) else None
        if method == "update":
            _update(self, data, msg.get("buffers") or [])
        elif method == "request_state":
            self.send_state()
        elif method == "custom" and "content" in data:
            self._handle_custom_msg(data["content"], msg.get("buffers") or [])
        else:
            _refuse("shape", self, f"method {method!r}")
    except Exception as exc:  # noqa: BLE001 - nothing a browser sends may put a traceback on the wire
        _refuse("error", self, type(exc).__name__)


def _call_callbacks(self, *args, **kwargs):
    """``CallbackDispatcher.__call__`` (clicks, custom messages) without ``showtraceback()`` on a failure."""
    value = None
    for callback in list(self.callbacks):
        try:
            local_value = callback(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - the page gets nothing; the server log gets one line
            _refuse("callback", args[0] if args else self, type(exc).__name__)
        else:
            value = local_value if local_value is not None else value
    return value


def _update(widget: Any, data: dict, buffers: list) -> None:
    from ipywidgets.widgets.widget import _put_buffers

    state = data.get("state")
    if not isinstance(state, dict) or not all(isinstance(key, str) for key in state):
        _refuse("shape", widget, "state")
        return
    keys = [key for key in state if key in widget.keys]
    paths = data.get("buffer_paths")
    if paths:
        if not isinstance(paths, list) or len(paths) > len(buffers):
            _refuse("shape", widget, "buffer_paths")
            return
        _put_buffers(state, paths, buffers)
    problem = selection_problem(widget, state)
    if problem:
        _refuse("selection", widget, problem)
        _send_back(widget, keys)
        return
    try:
        widget.set_state(state)
    except Exception as exc:  # noqa: BLE001 - a TraitError (rolled back by traitlets) or a view's own error
        _refuse("state", widget, type(exc).__name__)
        _send_back(widget, keys)


def selection_problem(widget: Any, state: Mapping[str, Any]) -> str:
    """Why ``state`` from a browser is no valid choice for a selection widget ("" when it is).

    A browser's dropdown, radio buttons, select or toggle buttons always name one
    of their options: ``index`` is an int from 0 to ``len(options) - 1`` (a tuple of
    them for a multiple selection). ``None`` (nothing chosen) only ever comes from
    the kernel, so it is refused from the browser, as are bools and out-of-range numbers.
    """
    from ipywidgets.widgets.widget_selection import _MultipleSelection, _Selection

    if "index" not in state or not isinstance(widget, (_Selection, _MultipleSelection)):
        return ""
    count = len(widget._options_labels)
    index = state["index"]
    indices = index if isinstance(widget, _MultipleSelection) and isinstance(index, (list, tuple)) else [index]
    if isinstance(widget, _MultipleSelection) and not isinstance(index, (list, tuple)):
        return f"index {type(index).__name__}, expected a list"
    for value in indices:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < count:
            return f"index {value!r} not one of {count} options"
    return ""


def _send_back(widget: Any, keys: list[str]) -> None:
    """Tell the page what the kernel holds, so it does not keep showing a refused value."""
    if keys:
        try:
            widget.send_state(key=keys)
        except Exception:  # noqa: BLE001
            _refuse("send_back", widget)
