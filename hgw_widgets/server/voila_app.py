"""Voilà as the workbook runs it: ``python -m hgw_widgets.server.voila_app <voila arguments>``.

Voilà finds the workbook's template (``share/jupyter/voila/templates/hgw``) and configuration
(``etc/jupyter/voila.json``) through Jupyter's search paths; an installed wheel puts both under the
environment's prefix (``sys.prefix``), where plain ``voila`` and JupyterLab's Voilà preview find them
too. From a git checkout, ``main`` puts the checkout's own ``share/jupyter`` and ``etc/jupyter`` first
(``JUPYTER_PATH``, ``JUPYTER_CONFIG_PATH``), so an edited template is served without reinstalling.

It also makes the server's garbage collector run less often (``GC_THRESHOLD``): the server relays
every participant's messages, and a full collection stops all of them at once.

``WorkbookVoila`` is Voilà's application with the workbook's guards (issue 18):

- every request must name an address the server was started for (``hosts``; DNS rebinding);
- the Content-Security-Policy (``CONTENT_SECURITY_POLICY``) limits scripts, objects, forms and framing;
- the access log leaves the access code out of the addresses it writes (``access_log``);
- Voilà's ``/voila/query/<kernel id>`` websocket is not served: it told anyone who knew a kernel id the
  page's request, access code included, without asking for the code; the workbook never reads it
  (``voila.utils.wait_for_request``);
- in a room (``--WorkbookVoila.room=True``, set by ``room.voila_room_args``) a kernel belongs to the
  participant whose page started it, on every path to it, and a participant holds at most
  ``kernels_per_participant`` kernels (``handlers``, ``owners``).

It also serves the trainer's wall (issue 16, ``wall_handlers``) under ``hgw/muur``, in memory
(``wall.WallStore``): in a room only for whoever opened it with ``trainer_code``; outside a room
for the local user.
"""

from __future__ import annotations

import gc
import os
import warnings

from tornado.routing import Rule
from traitlets import Bool, Float, Int, List, Unicode
from voila.app import Voila
from voila.request_info_handler import RequestInfoSocketHandler
from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler
from voila.tornado.handler import TornadoVoilaHandler
from jupyter_server.services.kernels.handlers import KernelHandler

from ..paths import checkout_root
from . import handlers as room_handlers
from .access_log import hide_secrets, log_request
from .hosts import AllowedHost, OtherHost, WrongHostHandler
from .login import BEHIND_PROXY_SETTING
from .owners import KernelOwners
from .throttle import LoginThrottle
from .wall import WallStore
from . import wall_handlers

GC_THRESHOLD = (10_000, 10, 10)
"""Python's default is (700, 10, 10). With it, a room server under load (30 participants, a pool of
30) ran a full collection about every 30 s, 85-165 ms each, during which no message moved; with
this threshold, once in four minutes (``benchmarks/bench_load.py`` with a ``gc.callbacks`` hook).
The memory held by not yet collected cycles stays within a few MB."""

WALL_ENV = "HGW_WALL"
"""Set to "1" for the kernels of this server, which serves the trainer's wall (issue 16): the start page
then links to it outside room mode (``views/_where.py`` has its own copy of the name)."""

CONTENT_SECURITY_POLICY = "; ".join([
    "frame-ancestors 'self'",
    "script-src 'self' 'unsafe-inline' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "connect-src 'self'",
])
"""The pages' Content-Security-Policy (replaces Jupyter Server's, which only limited framing).

Measured in Chromium on every chapter (``tests/e2e/test_content_policy.py``): with ``script-src 'self'``
no chapter showed its widgets. ``'unsafe-inline'``: Voilà's page renders every widget output with an
inline ``<script>`` whose text holds the widget's model id (a new hash every page, and nbconvert's
templates give no nonce); ``blob:``: anywidget loads a view's module from a ``blob:`` URL. No
``'unsafe-eval'`` is needed. Scripts from other sites, plugins, a changed ``<base>``, forms to
other sites and connections to other servers are refused."""


def _put_first(environ, name: str, folder: str) -> None:
    rest = [p for p in environ.get(name, "").split(os.pathsep) if p and p != folder]
    environ[name] = os.pathsep.join([folder, *rest])


def use_checkout_files(environ=os.environ) -> bool:
    """In a git checkout, put its ``share/jupyter`` and ``etc/jupyter`` first; False when installed."""
    root = checkout_root()
    if root is None:
        return False
    _put_first(environ, "JUPYTER_PATH", str(root / "share" / "jupyter"))
    _put_first(environ, "JUPYTER_CONFIG_PATH", str(root / "etc" / "jupyter"))
    return True


ROOM_HANDLERS = {
    TornadoVoilaHandler: room_handlers.RoomVoilaHandler,
    KernelHandler: room_handlers.OwnKernelHandler,
    VoilaShutdownKernelHandler: room_handlers.OwnShutdownHandler,
}
"""Voilà's handler -> the room's: a kernel is reached only by its owner."""


def connected_participants(handler) -> int:
    """Room mode: participants with an open page (a kernel of theirs with a websocket)."""
    manager = handler.settings["kernel_manager"]
    connections = getattr(manager, "_kernel_connections", {})
    return handler.settings[room_handlers.OWNERS_SETTING].participants(k for k, n in connections.items() if n > 0)


class WorkbookVoila(Voila):
    """Voilà with the workbook's guards: allowed hosts, a CSP, no request-info socket, kernels bound to their owner."""

    room = Bool(False, config=True, help="Room mode: kernels bound to their participant, a limit per participant.")
    kernels_per_participant = Int(
        6, config=True, help="Room mode: most kernels (open pages) one participant may hold (0: no limit)."
    )
    kernels_in_room = Int(
        0, config=True, help="Room mode: most kernels (open pages) all participants together may hold (0: no limit)."
    )
    kernel_grace_seconds = Float(
        60.0, config=True, help="Room mode: a kernel without websocket this much older than its page counts as closed."
    )
    trainer_code = Unicode(
        "", config=True,
        help="Room mode: the trainer's code for the wall (hgw/muur?code=...); empty: the wall is the local user's.",
)
    behind_proxy = Bool(
        False, config=True,
        help="Room mode: a proxy on this machine names the visitor in X-Real-IP / X-Forwarded-For (login.client_address).",
    )
    local_hostnames = List(
        Unicode(), ["localhost"], config=True,
        help="Names (not IP addresses: those are always accepted) that requests may use in their Host header.",
    )

    def init_settings(self) -> dict:
        settings = super().init_settings()
        settings["headers"] = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, **settings.get("headers", {})}
        settings[wall_handlers.STORE_SETTING] = WallStore()
        settings[wall_handlers.TRAINER_CODE_SETTING] = self.trainer_code
        settings[wall_handlers.THROTTLE_SETTING] = LoginThrottle()
        settings["log_function"] = log_request  # the access log without the room's code (access_log)
        hide_secrets(self.log)  # and Tornado's other lines that name the address
        if self.room:
            settings[wall_handlers.CONNECTED_SETTING] = connected_participants
            settings[room_handlers.OWNERS_SETTING] = KernelOwners()
            settings[room_handlers.LIMIT_SETTING] = self.kernels_per_participant
            settings[room_handlers.ROOM_LIMIT_SETTING] = self.kernels_in_room
            settings[room_handlers.GRACE_SETTING] = self.kernel_grace_seconds
            settings[BEHIND_PROXY_SETTING] = self.behind_proxy
        return settings

    def init_handlers(self) -> list:
        handlers = wall_handlers.wall_handlers(self.server_url)
        for spec in super().init_handlers():
            pattern, handler, *rest = spec
            if handler is RequestInfoSocketHandler:
                continue
            if self.room:
                handler = ROOM_HANDLERS.get(handler, handler)
            handlers.append((pattern, handler, *rest))
        return [Rule(AllowedHost(self.local_hostnames), handlers), Rule(OtherHost(self.local_hostnames), WrongHostHandler)]


def main() -> None:
    """Start Voilà (arguments as for ``python -m voila``)."""
    use_checkout_files()
    gc.set_threshold(*GC_THRESHOLD)
    os.environ[WALL_ENV] = "1"  # Voilà passes its environment on to the kernels (StartPage reads it)
    # Voilà turns traitlets' DeprecationWarnings on (voila/__init__.py); they name how our options are
    # written (--logging_config=...) and appeared, in English, right under the trainer's Dutch start lines
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="traitlets")
    WorkbookVoila.launch_instance()


if __name__ == "__main__":
    main()
