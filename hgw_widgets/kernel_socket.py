"""The kernel websocket of every served page, sent without delay (``--Voila.kernel_websocket_connection_class``).

Tornado leaves Nagle's algorithm on for websockets: a small message (a widget update of a few
hundred bytes) waits until the browser has acknowledged the previous one, and browsers delay
those acknowledgements (Linux 40 ms, Windows up to 200 ms). Each keystroke's feedback then
arrives tens to hundreds of milliseconds late even on an idle server; on 127.0.0.1 one typing
took 48 ms instead of 5 ms (``benchmarks/bench_load.py``). Tornado's documentation advises
``set_nodelay(True)`` for exactly this; the connection switches it on as soon as the websocket
is open. Used by ``voila.json`` (serve) and, through ``RoomKernelConnection``, in room mode.
"""

from __future__ import annotations

from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection


class PromptKernelConnection(ZMQChannelsWebsocketConnection):
    """Jupyter Server's kernel websocket, with small messages sent at once (TCP_NODELAY)."""

    def connect(self):
        self.websocket_handler.set_nodelay(True)  # the handler's websocket is open when connect() runs
        return super().connect()
