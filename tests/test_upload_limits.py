"""The upload limits agree: the workbook's own limits, what a page sends, and what the server carries.

A grade file at the workbook's limit must reach the kernel (which then reads it or says what is
wrong), and a bigger file must never be sent: the page sends its name and size only (issue 12).
"""

from __future__ import annotations

import json
import re

from pathlib import Path

from hgw_widgets.domain.grades import MAX_BYTES
from hgw_widgets.export.jsonio import MAX_SAVE_BYTES
from hgw_widgets.server import room, serve

REPO = Path(__file__).resolve().parents[1]

UPLOAD_JS = REPO / "share" / "jupyter" / "voila" / "templates" / "hgw" / "static" / "hgw-upload.js"
ENVELOPE = 64 * 1024
"""More than a widget message adds around the file (its JSON header and the websocket frame)."""


def test_largest_upload_is_the_largest_limit_in_the_workbook():
    assert room.LARGEST_UPLOAD_BYTES == max(MAX_BYTES, MAX_SAVE_BYTES)


def test_server_carries_a_file_of_the_largest_accepted_size():
    assert room.WEBSOCKET_MAX_MESSAGE_BYTES >= room.LARGEST_UPLOAD_BYTES + ENVELOPE
    assert room.WEBSOCKET_MAX_MESSAGE_BYTES > 10 * 1024 * 1024  # Tornado's default dropped such a file


def test_serve_and_room_mode_set_the_websocket_limit():
    config = json.loads((REPO / "etc" / "jupyter" / "voila.json").read_text(encoding="utf-8"))
    assert config["Voila"]["tornado_settings"] == {"websocket_max_message_size": room.WEBSOCKET_MAX_MESSAGE_BYTES}
    plan = room.plan_pool(10, 24_000, notebooks=("00-start.ipynb",))
    cmd = serve.room_command(port=9999, ip="127.0.0.1", token="abcdefgh23", plan=plan)
    values = [a.split("=", 1)[1] for a in cmd if a.startswith("--Voila.tornado_settings=")]
    assert [json.loads(v) for v in values] == [{"websocket_max_message_size": room.WEBSOCKET_MAX_MESSAGE_BYTES}]


def test_page_sends_no_file_above_the_largest_accepted_size():
    found = re.findall(r"const MAX_SEND_BYTES = (\d+);", UPLOAD_JS.read_text(encoding="utf-8"))
    assert [int(n) for n in found] == [room.LARGEST_UPLOAD_BYTES]


def test_template_loads_the_upload_guard():
    template = (UPLOAD_JS.parent.parent / "index.html.j2").read_text(encoding="utf-8")
    assert 'resources.include_js("static/hgw-upload.js")' in template
