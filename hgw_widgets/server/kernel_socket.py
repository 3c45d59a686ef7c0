"""The kernel websocket of every served page: sent without delay, and in room mode bound to one browser.

``PromptKernelConnection`` (``--Voila.kernel_websocket_connection_class``, set in ``voila.json``).
Tornado leaves Nagle's algorithm on for websockets: a small message (a widget update of a few
hundred bytes) waits until the browser has acknowledged the previous one, and browsers delay
those acknowledgements (Linux 40 ms, Windows up to 200 ms). Each keystroke's feedback then
arrives tens to hundreds of milliseconds late even on an idle server; on 127.0.0.1 one typing
took 48 ms instead of 5 ms (``benchmarks/bench_load.py``). Tornado's documentation advises
``set_nodelay(True)`` for exactly this; the connection switches it on as soon as the websocket
is open.

``RoomKernelConnection`` (room mode, ``hgw_widgets.server.room.voila_room_args``): a participant's
kernel answers only that participant's browser. Jupyter Server does not tie kernels to visitors:
with the room's shared token, anyone who knows a kernel id could open its websocket. Voilà only
hands a kernel id to the page it rendered; the room's render handler records that participant as the
kernel's owner (the participant is identified by the signed login cookie Jupyter Server gives every
token visitor, an anonymous user with a random id), and this class refuses every other browser. Voilà itself
already drops every message type except comm and kernel-info messages, so no code can be executed
over this websocket.
"""

from __future__ import annotations

from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection
from tornado import web


class PromptKernelConnection(ZMQChannelsWebsocketConnection):
    """Jupyter Server's kernel websocket, with small messages sent at once (TCP_NODELAY)."""

    def connect(self):
        self.websocket_handler.set_nodelay(True)  # the handler's websocket is open when connect() runs
        return super().connect()


class RoomKernelConnection(PromptKernelConnection):
    """A kernel websocket for the kernel's owner only (and sent without delay).

    The owner is the participant whose page the kernel was started or taken from the pool for
    (``handlers.RoomVoilaHandler`` records it in the room's ``owners.KernelOwners``). A kernel no page
    was rendered with (a pool kernel) belongs to nobody and is refused too.
    """

    async def prepare(self) -> None:
        from .handlers import OWNERS_SETTING  # the handlers import Voilà; this module stays light

        user = getattr(self.websocket_handler, "current_user", None)
        user_id = getattr(user, "username", None)
        owners = self.websocket_handler.settings.get(OWNERS_SETTING)
        if not user_id or owners is None:
            self._refuse()
        owners.forget_all_but(self.multi_kernel_manager.list_kernel_ids())
        if not owners.may_use(self.kernel_id, user_id):
            self.log.warning("Refused kernel %s to a participant who does not own it", self.kernel_id)
            self._refuse()
        await super().prepare()

    def _refuse(self) -> None:
        """Answer 403 with a short plain text and end the request, without Jupyter Server's error page.

        An ``HTTPError`` here went to Jupyter Server's ``write_error``, whose HTML error page needs a
        ``static_path`` setting Voilà does not have: every refused websocket logged three tracebacks
        (issue 18). ``web.Finish`` ends the request with what was written; the warning above is its one log line.
        """
        handler = self.websocket_handler
        handler.set_status(403)
        handler.set_header("Content-Type", "text/plain; charset=utf-8")
        raise web.Finish("Deze verbinding hoort bij de pagina van iemand anders.\n")
