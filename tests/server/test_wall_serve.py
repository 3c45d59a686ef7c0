"""The wall outside a room (``hgw-werkmap serve``): one computer, the local user shares and reads (issue 16)."""

from __future__ import annotations

import http.cookiejar
import json
import urllib.error
import urllib.request

import pytest

from hgw_widgets.domain import wall as rules
from hgw_widgets.server.serve import voila_command
from hgw_widgets.server.testing import free_port, running_server

pytestmark = pytest.mark.server
GOAL = "Kevin maakt binnen vier weken bij wiskunde elke les vijf sommen zelfstandig af."


def _open(opener, request):
    try:
        with opener.open(request, timeout=120) as r:
            return r.status, r.read().decode("utf-8"), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8"), dict(e.headers)


def test_serve_mode_wall_is_the_local_users(tmp_path):
    port = free_port()
    with running_server(voila_command(port=port), port=port, log_path=tmp_path / "voila.log") as (base, _proc):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        status, page, headers = _open(opener, base + "/hgw/muur")
        assert status == 200 and "Muur van de groep" in page
        assert "script-src" in headers["Content-Security-Policy"] and "<script>" not in page  # no inline script
        assert _open(opener, base + "/hgw/muur/muur.js")[0] == 200
        xsrf = next(c.value for c in jar if c.name == "_xsrf")
        share = urllib.request.Request(base + "/hgw/muur/deel", data=json.dumps(rules.payload_for_goal(GOAL)).encode(),
                                       method="POST", headers={"X-XSRFToken": xsrf, "Content-Type": "application/json"})
        status, body, _ = _open(opener, share)
        assert status == 201 and json.loads(body)["ok"]
        status, body, _ = _open(opener, base + "/hgw/muur/stand")
        state = json.loads(body)
        assert status == 200 and state["connected"] is None and [g["text"] for g in state["goals"]] == [GOAL]
        # without the XSRF value nothing is shared, and the answer is Dutch
        bare = urllib.request.Request(base + "/hgw/muur/deel", data=b"{}", method="POST")
        status, body, _ = _open(opener, bare)
        assert status == 403 and "werkmap" in json.loads(body)["bericht"]
        # a method the wall has not (PROPFIND): a short Dutch answer, and no traceback in the terminal
        for path in ("/hgw/muur", "/hgw/muur/stand", "/hgw/muur/download.html"):
            odd = urllib.request.Request(base + path, method="PROPFIND")
            status, body, _ = _open(opener, odd)
            assert status == 405 and "muur" in body.lower() and GOAL not in body, (path, status)
        log = (tmp_path / "voila.log").read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in log and "Uncaught exception" not in log
