"""Crafted widget messages to a room's kernel: no traceback leaves it, invalid states are not kept.

Issue 18, finding 5: a ``comm_open`` for an unknown model and bad states were answered with
Python tracebacks and file paths, and a dropdown index of ``None`` was kept. These tests start a
kernel as room mode does (``HGW_ROOM`` set, ``import hgw_widgets`` first, as every chapter's
first cell), send what a curious participant can send, and read everything on IOPub.
``test_server.py`` sends the same kind of messages through a running room server.
"""

from __future__ import annotations

import os
import queue
import time
import uuid

import pytest
from jupyter_client.manager import KernelManager

from hgw_widgets.kernel_guard import JOIN_URL_ENV, ROOM_ENV

LEAKS = ("Traceback", 'File "', "site-packages", ".py", "/work/", "Error")
SETUP = """
import hgw_widgets, ipywidgets as w
from hgw_widgets import kernel_guard
d = w.Dropdown(options=["a", "b", "c"], index=1)
m = w.SelectMultiple(options=["a", "b"], index=(0,))
t = w.Text(value="begin")
c = w.Checkbox(value=True)
b = w.Button(description="klik")
def boom(*_):
    raise RuntimeError("internal detail in /work/secret.py")
b.on_click(boom)
print(d.model_id, m.model_id, t.model_id, c.model_id, b.model_id)
"""


class Kernel:
    def __init__(self, room: bool) -> None:
        env = {k: v for k, v in os.environ.items() if k not in (ROOM_ENV, JOIN_URL_ENV)}
        if room:
            env[ROOM_ENV] = "1"  # as room mode sets it for every kernel
        self.manager = KernelManager(kernel_name="python3")
        self.manager.start_kernel(env=env)
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=90)
        out = self.run(SETUP)
        self.ids = dict(zip(["dropdown", "multiple", "text", "checkbox", "button"], out.split()))

    def run(self, code: str) -> str:
        """Execute code (the test itself, not a participant) and return its printed output."""
        msg_id = self.client.execute(code)
        text = []
        while True:
            msg = self.client.get_iopub_msg(timeout=60)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                text.append(msg["content"]["text"])
            if msg["msg_type"] == "error":
                raise AssertionError("\n".join(msg["content"]["traceback"]))
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return "".join(text).strip()

    def send(self, msg_type: str, content: dict, *, buffers: list | None = None) -> list[dict]:
        """Send as a browser would and return every IOPub message until the kernel is idle again."""
        msg = self.client.session.msg(msg_type, content)
        self.client.session.send(self.client.shell_channel.socket, msg, buffers=buffers)
        seen, deadline = [], time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                reply = self.client.get_iopub_msg(timeout=2)
            except queue.Empty:
                break
            seen.append(reply)
            if reply["msg_type"] == "status" and reply["content"]["execution_state"] == "idle" \
                    and reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                break
        return seen

    def update(self, name: str, state: dict, **extra) -> list[dict]:
        data = {"method": "update", "state": state, "buffer_paths": [], **extra}
        return self.send("comm_msg", {"comm_id": self.ids[name], "data": data})

    def stop(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def room_kernel():
    kernel = Kernel(room=True)
    yield kernel
    kernel.stop()


def _leaks(messages: list[dict]) -> list[str]:
    found = []
    for msg in messages:
        if msg["msg_type"] in ("error", "stream", "display_data", "execute_result"):
            found.append(f"{msg['msg_type']}: {str(msg['content'])[:200]}")
        elif any(leak in str(msg["content"]) for leak in LEAKS):
            found.append(f"{msg['msg_type']}: {str(msg['content'])[:200]}")
    return found


def _unknown_model() -> dict:
    state = {"_model_name": "EvilModel", "_model_module": "@evil/x", "_model_module_version": "6.6.6",
             "_view_name": "EvilView", "_view_module": "@evil/x", "_view_module_version": "6.6.6"}
    return {"comm_id": uuid.uuid4().hex, "target_name": "jupyter.widget", "data": {"state": state, "buffer_paths": []}}


CRAFTED = [
    pytest.param("comm_open", _unknown_model(), id="comm-open-unknown-model"),
    pytest.param("comm_open", {"comm_id": uuid.uuid4().hex, "target_name": "jupyter.widget", "data": {}},
                 id="comm-open-no-state"),
    pytest.param("comm_open", {"comm_id": uuid.uuid4().hex, "target_name": "evil.target", "data": {}},
                 id="comm-open-unknown-target"),
    pytest.param("comm_msg", {"comm_id": "no-such-comm", "data": {"method": "update", "state": {}}}, id="unknown-comm"),
    pytest.param("comm_close", {"comm_id": "no-such-comm", "data": {}}, id="close-unknown-comm"),
    pytest.param("comm_msg", {"comm_id": "dropdown"}, id="no-data"),
    pytest.param("comm_msg", {"comm_id": "dropdown", "data": "update"}, id="data-not-a-dict"),
    pytest.param("comm_msg", {"comm_id": "dropdown", "data": {"method": "zzz"}}, id="unknown-method"),
    pytest.param("comm_msg", {"comm_id": "dropdown", "data": {"method": "update", "state": [1, 2]}}, id="state-a-list"),
    pytest.param("comm_msg", {"comm_id": "text", "data": {"method": "update", "state": {"value": "x"},
                                                          "buffer_paths": [["value"]]}}, id="buffer-path-no-buffer"),
    pytest.param("comm_msg", {"comm_id": "button", "data": {"method": "custom", "content": {"event": "click"}}},
                 id="handler-raises"),
]


@pytest.mark.parametrize(("msg_type", "content"), CRAFTED)
def test_a_crafted_message_gets_no_traceback(room_kernel, msg_type, content):
    content = dict(content)
    if content.get("comm_id") in room_kernel.ids:
        content["comm_id"] = room_kernel.ids[content["comm_id"]]
    assert _leaks(room_kernel.send(msg_type, content)) == []


BAD_STATES = [
    pytest.param("dropdown", {"index": None}, "index", 1, id="dropdown-index-none"),
    pytest.param("dropdown", {"index": 99}, "index", 1, id="dropdown-index-out-of-range"),
    pytest.param("dropdown", {"index": -1}, "index", 1, id="dropdown-index-negative"),
    pytest.param("dropdown", {"index": "1"}, "index", 1, id="dropdown-index-text"),
    pytest.param("dropdown", {"index": True}, "index", 1, id="dropdown-index-bool"),
    pytest.param("multiple", {"index": [0, 7]}, "index", (0,), id="multiple-out-of-range"),
    pytest.param("multiple", {"index": 1}, "index", (0,), id="multiple-not-a-list"),
    pytest.param("text", {"value": 12345}, "value", "begin", id="text-number"),
    pytest.param("text", {"value": None}, "value", "begin", id="text-none"),
    pytest.param("checkbox", {"value": "ja"}, "value", True, id="checkbox-text"),
]


@pytest.mark.parametrize(("name", "state", "key", "kept"), BAD_STATES)
def test_an_invalid_state_is_refused_silently_and_not_kept(room_kernel, name, state, key, kept):
    messages = room_kernel.update(name, state)
    assert _leaks(messages) == []
    assert room_kernel.run(f"print(repr({name[0]}.{key}))") == repr(kept)
    # the page is told what the kernel holds, so it does not show the refused value either
    sent_back = [m["content"]["data"] for m in messages if m["msg_type"] == "comm_msg"
                 and m["content"]["data"].get("method") == "update"]
    assert sent_back and sent_back[-1]["state"][key] == (list(kept) if isinstance(kept, tuple) else kept)


def test_a_valid_state_is_still_kept(room_kernel):
    room_kernel.update("dropdown", {"index": 2})
    assert room_kernel.run("print(d.value)") == "c"
    room_kernel.update("text", {"value": "Jordi maakt zijn huiswerk."})
    assert room_kernel.run("print(t.value)") == "Jordi maakt zijn huiswerk."
    room_kernel.update("dropdown", {"index": 1})


def test_refusals_are_counted_for_the_server_log(room_kernel):
    assert int(room_kernel.run("print(sum(kernel_guard.refused.values()))")) > 0


def test_outside_a_room_the_author_still_sees_tracebacks():
    # the check itself can fail: without the room variable ipywidgets' own answer is a traceback
    kernel = Kernel(room=False)
    try:
        assert _leaks(kernel.update("dropdown", {"index": 99}))
        assert _leaks(kernel.send("comm_open", _unknown_model()))
    finally:
        kernel.stop()
