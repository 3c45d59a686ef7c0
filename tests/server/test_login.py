"""Room mode's login (``hgw_widgets.server.login``): the Dutch page instead of Jupyter Server's English one."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from hgw_widgets.server.login import DutchLoginHandler, RoomIdentityProvider


def test_identity_provider_uses_the_dutch_login_handler():
    assert RoomIdentityProvider().login_handler_class is DutchLoginHandler


def test_login_page_is_the_templates_dutch_one():
    asked = []
    env = SimpleNamespace(get_template=lambda name: asked.append(name) or name)
    handler = DutchLoginHandler.__new__(DutchLoginHandler)  # no request needed to pick a template
    handler.application = SimpleNamespace(settings={"voila_jinja2_env": env})
    assert handler.get_template("login.html") == "hgw-login.html"
    assert asked == ["hgw-login.html"]


def _handler(remote_ip: str, headers: dict[str, str], *, behind_proxy: bool):
    from hgw_widgets.server.login import BEHIND_PROXY_SETTING

    return SimpleNamespace(request=SimpleNamespace(remote_ip=remote_ip, headers=headers),
                           settings={BEHIND_PROXY_SETTING: behind_proxy})


@pytest.mark.parametrize(("remote_ip", "headers", "behind_proxy", "address"), [
    # not told it is behind a proxy: the socket's address, whatever the headers say (issue 18)
    ("127.0.0.1", {"X-Real-IP": "10.0.0.9"}, False, "127.0.0.1"),
    ("127.0.0.1", {"X-Forwarded-For": "10.0.0.9"}, False, "127.0.0.1"),
    ("192.168.1.30", {}, False, "192.168.1.30"),
    # behind a proxy on this machine: the address the proxy names
    ("127.0.0.1", {"X-Real-IP": "10.0.0.9"}, True, "10.0.0.9"),
    ("::1", {"X-Forwarded-For": "6.6.6.6, 10.0.0.9"}, True, "10.0.0.9"),  # the last one: added by the proxy
    ("127.0.0.1", {}, True, "127.0.0.1"),
    # a request that does not come through the proxy is never believed
    ("192.168.1.30", {"X-Real-IP": "10.0.0.9"}, True, "192.168.1.30"),
])
def test_client_address_believes_headers_only_behind_a_proxy(remote_ip, headers, behind_proxy, address):
    from hgw_widgets.server.login import client_address

    assert client_address(_handler(remote_ip, headers, behind_proxy=behind_proxy)) == address
