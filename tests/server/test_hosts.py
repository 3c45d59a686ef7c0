"""Which Host header a request may name (``hgw_widgets.server.hosts``), and the room's handlers' helpers."""

from __future__ import annotations

import pytest

from hgw_widgets.server.handlers import without_token
from hgw_widgets.server.hosts import host_is_allowed


@pytest.mark.parametrize(
    ("host", "ok"),
    [
        ("127.0.0.1", True), ("localhost", True), ("LOCALHOST.", True), ("[::1]", True), ("192.168.1.20", True),
        ("laptop", True), ("rebind.attacker.example", False), ("localhost.attacker.example", False),
        ("127.0.0.1.nip.io", False), ("", False),
    ],
)
def test_host_is_allowed(host, ok):
    assert host_is_allowed(host, ["localhost", "laptop"]) is ok


@pytest.mark.parametrize(
    ("query", "expected"),
    [("token=abc", ""), ("token=abc&x=1", "x=1"), ("x=1&token=abc&token=d", "x=1"), ("", ""), ("x=%2F", "x=%2F")],
)
def test_the_kernel_is_not_told_the_code(query, expected):
    assert without_token(query) == expected
