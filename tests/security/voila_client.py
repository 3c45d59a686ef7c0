"""A scripted Voilà visitor: HTTP with cookies, and the kernel websocket as a browser uses it.

Used by the security tests and by ``benchmarks/bench_load.py``. It speaks the Jupyter websocket
protocol the way Voilà's page does: the binary ``v1.kernel.websocket.jupyter.org`` subprotocol
(``protocol="v1"``, the default) or, on request, the older JSON form without a subprotocol
(``protocol="json"``), and the ipywidgets 8 comm protocol:
``jupyter.widget.control`` ``request_states`` to get every widget's state, ``update`` to set
a value, ``custom`` ``{"event": "click"}`` to press a button.
"""

from __future__ import annotations

import http.cookiejar
import itertools
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass

import websocket  # websocket-client
from jupyter_server.services.kernels.connection.base import deserialize_msg_from_ws_v1, serialize_msg_to_ws_v1

KERNEL_ID_RE = re.compile(r'"kernelId":\s*"([0-9a-f-]{36})"')


@dataclass
class Response:
    status: int
    body: str
    headers: dict[str, str]
    url: str


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # keep 3xx visible to the caller
        return None


_ADDRESSES = itertools.count(1)


class Visitor:
    """One browser on its own computer: a cookie jar, optional token, and its kernels' websockets.

    Every visitor sends its own ``X-Real-IP`` (``10.99.x.y``), as the room's proxy would: room mode slows
    down wrong codes per address (issue 18), and the tests all run on 127.0.0.1.
    """

    def __init__(self, base: str, token: str | None = None, *, timeout: float = 120.0) -> None:
        self.base = base.rstrip("/")
        self.token = token
        self.timeout = timeout
        n = next(_ADDRESSES)
        self.address = f"10.99.{n // 250 % 250}.{n % 250 + 1}"
        self.jar = http.cookiejar.CookieJar()
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def get(self, path: str, *, with_token: bool = True, raw_url: bool = False,
            headers: dict[str, str] | None = None) -> Response:
        """GET ``path`` (sent as written when ``raw_url``: encoded traversal is not normalised)."""
        url = path if raw_url else self.base + path
        if with_token and self.token:
            url += ("&" if "?" in url else "?") + "token=" + self.token
        request = urllib.request.Request(url, headers={"X-Real-IP": self.address, **(headers or {})})
        try:
            with self._opener.open(request, timeout=self.timeout) as r:
                return Response(r.status, r.read().decode("utf-8", "replace"), dict(r.headers), url)
        except urllib.error.HTTPError as e:
            return Response(e.code, e.read().decode("utf-8", "replace"), dict(e.headers or {}), url)

    def post_form(self, path: str, fields: dict[str, str], *, headers: dict[str, str] | None = None) -> Response:
        """POST a form as a browser does, with the ``_xsrf`` value from this browser's cookie."""
        body = urllib.parse.urlencode({"_xsrf": self.xsrf(), **fields}).encode("ascii")
        request = urllib.request.Request(self.base + path, data=body, method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded",
                                                  "X-Real-IP": self.address, **(headers or {})})
        return self._send(request)

    def api(self, method: str, path: str) -> Response:
        """An API call as a script would make it: this browser's cookies, its ``_xsrf`` (if it has one) in
        ``X-XSRFToken``, and the code in the address (a token-authenticated request needs no ``_xsrf``)."""
        if self.token:
            path += ("&" if "?" in path else "?") + "token=" + self.token
        request = urllib.request.Request(self.base + path, data=b"" if method in ("POST", "PUT") else None,
                                         method=method, headers={"X-XSRFToken": self.xsrf(), "Origin": _origin(self.base),
                                                                 "X-Real-IP": self.address})
        return self._send(request)

    def post_json(self, path: str, data: object, *, xsrf: bool = True) -> Response:
        """POST JSON as the workbook's page script does: this browser's cookies and its ``_xsrf`` in ``X-XSRFToken``."""
        body = data if isinstance(data, bytes) else json.dumps(data).encode("utf-8")
        headers = {"Content-Type": "application/json", "Origin": _origin(self.base), "X-Real-IP": self.address}
        if xsrf:
            headers["X-XSRFToken"] = self.xsrf()
        return self._send(urllib.request.Request(self.base + path, data=body, method="POST", headers=headers))

    def xsrf(self) -> str:
        """The ``_xsrf`` cookie's value (empty before the first page)."""
        return next((c.value for c in self.jar if c.name == "_xsrf"), "")

    def _send(self, request: urllib.request.Request) -> Response:
        try:
            with self._opener.open(request, timeout=self.timeout) as r:
                return Response(r.status, r.read().decode("utf-8", "replace"), dict(r.headers), request.full_url)
        except urllib.error.HTTPError as e:
            return Response(e.code, e.read().decode("utf-8", "replace"), dict(e.headers or {}), request.full_url)

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)

    def open_page(self, notebook: str) -> tuple[Response, str | None]:
        """Render a notebook; returns the response and the page's kernel id."""
        response = self.get(f"/voila/render/{notebook}")
        match = KERNEL_ID_RE.search(response.body)
        return response, (match.group(1) if match else None)

    def kernel(self, kernel_id: str, *, protocol: str = "v1") -> KernelSocket:
        return KernelSocket(self, kernel_id, protocol=protocol)


def _origin(base: str) -> str:
    """What a browser sends as Origin: scheme, host and port, no path."""
    parts = urllib.parse.urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}"


V1_PROTOCOL = "v1.kernel.websocket.jupyter.org"


def _unpack_v1(frame: bytes) -> dict:
    """A v1 frame as the message dict the JSON protocol would have sent (buffers left out)."""
    channel, parts = deserialize_msg_from_ws_v1(frame)
    header, parent, metadata, content = (json.loads(part) for part in parts[:4])
    return {
        "header": header,
        "parent_header": parent,
        "metadata": metadata,
        "content": content,
        "msg_type": header.get("msg_type"),
        "channel": channel,
    }


class KernelSocket:
    """The websocket of one kernel, as the page's JavaScript would open it."""

    def __init__(self, visitor: Visitor, kernel_id: str, *, protocol: str = "v1") -> None:
        if protocol not in ("v1", "json"):
            raise ValueError(protocol)
        self.visitor = visitor
        self.kernel_id = kernel_id
        self.protocol = protocol
        self.session = uuid.uuid4().hex
        url = visitor.base.replace("http://", "ws://", 1) + f"/api/kernels/{kernel_id}/channels?session_id={self.session}"
        self.ws = websocket.create_connection(
            url,
            timeout=visitor.timeout,
            header=[f"Cookie: {visitor.cookie_header()}"] if visitor.jar else [],
            origin=_origin(visitor.base),
            subprotocols=[V1_PROTOCOL] if protocol == "v1" else None,
            # text frames are still decoded (and so checked) as UTF-8 by Python's own decoder; the
            # library's extra check runs byte by byte in Python and cost the benchmark's simulated
            # browsers more CPU than the server (a browser does it natively)
            skip_utf8_validation=True,
        )
        if protocol == "v1" and self.ws.subprotocol != V1_PROTOCOL:
            self.ws.close()
            raise ConnectionError(f"the server did not accept {V1_PROTOCOL}")
        self.widgets: dict[str, dict] = {}

    def close(self) -> None:
        self.ws.close()

    def send(self, msg_type: str, content: dict, *, channel: str = "shell", metadata: dict | None = None) -> str:
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "msg_type": msg_type, "session": self.session, "username": "", "version": "5.3", "date": ""}
        if self.protocol == "v1":
            parts = [json.dumps(part).encode("utf-8") for part in (header, {}, metadata or {}, content)]
            self.ws.send(serialize_msg_to_ws_v1(parts, channel), opcode=websocket.ABNF.OPCODE_BINARY)
        else:
            msg = {"header": header, "parent_header": {}, "metadata": metadata or {}, "content": content, "buffers": [], "channel": channel}
            self.ws.send(json.dumps(msg))
        return msg_id

    def recv_until(self, predicate, *, timeout: float = 30.0) -> dict | None:
        """Read messages until ``predicate(msg)`` is true; None on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.ws.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                raw = self.ws.recv()
            except websocket.WebSocketTimeoutException:
                return None
            if self.protocol == "v1":
                if not isinstance(raw, bytes):
                    continue
                msg = _unpack_v1(raw)
            elif isinstance(raw, str):
                msg = json.loads(raw)
            else:
                continue  # binary frames (messages with buffers) are not needed here
            self._track(msg)
            if predicate(msg):
                return msg
        return None

    def _track(self, msg: dict) -> None:
        if msg.get("msg_type") == "comm_msg":
            data = msg["content"].get("data", {})
            comm_id = msg["content"].get("comm_id")
            if data.get("method") == "update_states":
                for model_id, entry in data.get("states", {}).items():
                    self.widgets[model_id] = dict(entry.get("state", {}))
            elif data.get("method") in ("update", "echo_update") and comm_id in self.widgets:
                self.widgets[comm_id].update(data.get("state", {}))

    def request_states(self, *, timeout: float = 60.0) -> dict[str, dict]:
        """All widget states (what the page does when it loads). Empty dict when the kernel is silent."""
        comm_id = uuid.uuid4().hex
        self.send(
            "comm_open",
            {"comm_id": comm_id, "target_name": "jupyter.widget.control", "data": {}},
            metadata={"version": "1.0.0"},
        )
        self.send("comm_msg", {"comm_id": comm_id, "data": {"method": "request_states"}})
        reply = self.recv_until(
            lambda m: m.get("msg_type") == "comm_msg"
            and m["content"].get("comm_id") == comm_id
            and m["content"]["data"].get("method") == "update_states",
            timeout=timeout,
        )
        return dict(self.widgets) if reply else {}

    def find(self, css_class: str) -> str:
        """The model id of the widget with this CSS class."""
        for model_id, state in self.widgets.items():
            if css_class in (state.get("_dom_classes") or ()):
                return model_id
        raise LookupError(css_class)

    def set_value(self, model_id: str, **state) -> None:
        self.send("comm_msg", {"comm_id": model_id, "data": {"method": "update", "state": state, "buffer_paths": []}})

    def click(self, model_id: str) -> None:
        self.send("comm_msg", {"comm_id": model_id, "data": {"method": "custom", "content": {"event": "click"}}})

    def wait_update(self, model_id: str, *, key: str = "value", nonempty: bool = False, timeout: float = 30.0) -> dict | None:
        """Wait for the kernel to send a new ``key`` for ``model_id`` (not an echo of ours).

        ``nonempty`` skips updates that clear the value (a view may clear a message first).
        """
        return self.recv_until(
            lambda m: m.get("msg_type") == "comm_msg"
            and m["content"].get("comm_id") == model_id
            and m["content"]["data"].get("method") == "update"
            and key in m["content"]["data"].get("state", {})
            and (not nonempty or bool(m["content"]["data"]["state"][key])),
            timeout=timeout,
        )
