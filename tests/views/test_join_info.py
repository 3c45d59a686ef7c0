"""``JoinInfo``: the join URL of room mode on the start page, and nothing outside room mode."""

from __future__ import annotations

import pytest

from hgw_widgets.views.join_info import JOIN_URL_ENV, JoinInfo, join_url_from


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("http://192.168.1.20:8866/?token=abc", "http://192.168.1.20:8866/?token=abc"),
        ("", None),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("http://", None),
        ("http://x/" + "a" * 400, None),
    ],
)
def test_join_url_from(value, expected):
    assert join_url_from({JOIN_URL_ENV: value}) == expected


def test_join_info_shows_url_and_token_escaped():
    view = JoinInfo("http://192.168.1.20:8866/?token=<b>x</b>")
    html = view.children[-1].value
    assert "http://192.168.1.20:8866/?token=&lt;b&gt;x&lt;/b&gt;" in html
    assert "<b>x" not in html
    assert view.layout.display != "none"


def test_join_info_hidden_outside_room_mode(monkeypatch):
    monkeypatch.delenv(JOIN_URL_ENV, raising=False)
    view = JoinInfo()
    assert view.url is None
    assert view.layout.display == "none"
    assert view.children[-1].value == ""


def test_join_info_reads_environment(monkeypatch):
    monkeypatch.setenv(JOIN_URL_ENV, "http://10.1.2.3:8866/?token=zaal12345")
    assert JoinInfo().url == "http://10.1.2.3:8866/?token=zaal12345"
