"""The kernel websocket connections (``hgw_widgets.server.kernel_socket``)."""

from __future__ import annotations


def test_room_connection_is_a_kernel_websocket_connection():
    from hgw_widgets.server.kernel_socket import RoomKernelConnection
    from jupyter_server.services.kernels.connection.base import BaseKernelWebsocketConnection

    assert issubclass(RoomKernelConnection, BaseKernelWebsocketConnection)


def test_kernel_websocket_sends_without_delay(monkeypatch):
    """Both connection classes switch Nagle off before Jupyter Server wires up the kernel's streams."""
    from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection

    from hgw_widgets.server.kernel_socket import PromptKernelConnection
    from hgw_widgets.server.kernel_socket import RoomKernelConnection

    from jupyter_server.services.kernels.websocket import KernelWebsocketHandler

    calls = []

    class Handler(KernelWebsocketHandler):
        def __init__(self):  # no application or request needed for this
            pass

        def set_nodelay(self, value):
            calls.append(("nodelay", value))

    monkeypatch.setattr(ZMQChannelsWebsocketConnection, "connect", lambda self: calls.append("connect") or "future")
    for cls in (PromptKernelConnection, RoomKernelConnection):
        calls.clear()
        connection = cls(websocket_handler=Handler())
        assert connection.connect() == "future"
        assert calls == [("nodelay", True), "connect"], cls.__name__
