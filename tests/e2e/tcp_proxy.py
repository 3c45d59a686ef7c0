"""A TCP proxy on 127.0.0.1 that can break its connections, to play a network that drops out.

    with TcpProxy(target_port) as proxy:
        page.goto(f"http://127.0.0.1:{proxy.port}/...")
        proxy.drop()            # every open connection breaks (the page's websocket too)
        proxy.drop(hold=6.0)    # ... and new connections fail for 6 seconds

Only its own sockets and threads are touched; closing it stops them.
"""

from __future__ import annotations

import socket
import threading
import time


class TcpProxy:
    """Forward ``127.0.0.1:<port>`` to ``127.0.0.1:<target_port>``."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._refuse_until = 0.0
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def drop(self, *, hold: float = 0.0) -> None:
        """Break every open connection; for ``hold`` seconds, break new ones at once."""
        with self._lock:
            self._refuse_until = time.monotonic() + hold
            sockets, self._open = self._open, set()
        for sock in sockets:
            _shut(sock)

    def close(self) -> None:
        self._closed = True
        _shut(self._listener)
        self.drop()
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if time.monotonic() < self._refuse_until:
                _shut(client)
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
                upstream.settimeout(None)
            except OSError:
                _shut(client)
                continue
            with self._lock:
                self._open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                _shut(sock)
            with self._lock:
                self._open.difference_update((source, sink))


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
