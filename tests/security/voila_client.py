"""A scripted Voilà visitor: HTTP with cookies, and the kernel websocket as a browser uses it.

Used by the security tests and by ``benchmarks/bench_load.py``. It speaks the JSON form of the
Jupyter websocket protocol (no subprotocol) and the ipywidgets 8 comm protocol:
``jupyter.widget.control`` ``request_states`` to get every widget's state, ``update`` to set
a value, ``custom`` ``{"event": "click"}`` to press a button.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass

import websocket  # websocket-client

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


class Visitor:
    """One browser: a cookie jar, optional token, and its kernels' websockets."""

    def __init__(self, base: str, token: str | None = None, *, timeout: float = 120.0) -> None:
        self.base = base.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.jar = http.cookiejar.CookieJar()
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def get(self, path: str, *, with_token: bool = True, raw_url: bool = False) -> Response:
        """GET ``path`` (sent as written when ``raw_url``: encoded traversal is not normalised)."""
        url = path if raw_url else self.base + path
        if with_token and self.token:
            url += ("&" if "?" in url else "?") + "token=" + self.token
        request = urllib.request.Request(url)
        try:
            with self._opener.open(request, timeout=self.timeout) as r:
                return Response(r.status, r.read().decode("utf-8", "replace"), dict(r.headers), url)
        except urllib.error.HTTPError as e:
            return Response(e.code, e.read().decode("utf-8", "replace"), dict(e.headers or {}), url)

    def post_form(self, path: str, fields: dict[str, str]) -> Response:
        """POST a form as a browser does, with the ``_xsrf`` value from this browser's cookie."""
        xsrf = next((c.value for c in self.jar if c.name == "_xsrf"), "")
        body = urllib.parse.urlencode({"_xsrf": xsrf, **fields}).encode("ascii")
        request = urllib.request.Request(self.base + path, data=body, method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
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

    def kernel(self, kernel_id: str) -> KernelSocket:
        return KernelSocket(self, kernel_id)


def _origin(base: str) -> str:
    """What a browser sends as Origin: scheme, host and port, no path."""
    parts = urllib.parse.urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}"


class KernelSocket:
    """The websocket of one kernel, as the page's JavaScript would open it."""

    def __init__(self, visitor: Visitor, kernel_id: str) -> None:
        self.visitor = visitor
        self.kernel_id = kernel_id
        self.session = uuid.uuid4().hex
        url = visitor.base.replace("http://", "ws://", 1) + f"/api/kernels/{kernel_id}/channels?session_id={self.session}"
        self.ws = websocket.create_connection(
            url,
            timeout=visitor.timeout,
            header=[f"Cookie: {visitor.cookie_header()}"] if visitor.jar else [],
            origin=_origin(visitor.base),
        )
        self.widgets: dict[str, dict] = {}

    def close(self) -> None:
        self.ws.close()

    def send(self, msg_type: str, content: dict, *, channel: str = "shell", metadata: dict | None = None) -> str:
        msg_id = uuid.uuid4().hex
        self.ws.send(
            json.dumps(
                {
                    "header": {
                        "msg_id": msg_id,
                        "msg_type": msg_type,
                        "session": self.session,
                        "username": "",
                        "version": "5.3",
                        "date": "",
                    },
                    "parent_header": {},
                    "metadata": metadata or {},
                    "content": content,
                    "buffers": [],
                    "channel": channel,
                }
            )
        )
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
            if not isinstance(raw, str):
                continue  # binary frames (buffers) are not needed here
            msg = json.loads(raw)
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
