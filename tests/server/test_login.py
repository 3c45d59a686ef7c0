"""Room mode's login (``hgw_widgets.server.login``): the Dutch page instead of Jupyter Server's English one."""

from __future__ import annotations

from types import SimpleNamespace

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
