"""Room mode's login: a Dutch page for a visitor whose address lacks the access code, and slow wrong codes.

Jupyter Server's own login page is English and talks about servers and tokens. ``RoomIdentityProvider``
(``--Voila.identity_provider_class``, set by ``hgw_widgets.server.room.voila_room_args``) is Voilà's
token login with ``hgw-login.html`` from the workbook's template instead; the right code leads on to
the page the visitor asked for.

Issue 18: wrong codes were not slowed down (300 tries at about 1,000 a second) and ``GET /logout``
answered 500 (Jupyter Server's logout page needs a setting Voilà does not have). Now every code,
typed into the form or sent in the address (``?token=``) or an ``Authorization`` header, passes
``throttle.LoginThrottle`` per address (``client_address``), and ``/logout`` forgets the login and shows the
login page.
"""

from __future__ import annotations

import ipaddress
import math
import time

from jupyter_server.auth.decorator import allow_unauthenticated
from jupyter_server.auth.identity import PasswordIdentityProvider
from jupyter_server.base.handlers import JupyterHandler
from voila.voila_identity_provider import VoilaLoginHandler

from ..domain.formats import count_text
from .throttle import LoginThrottle


BEHIND_PROXY_SETTING = "hgw_behind_proxy"
"""Tornado setting: True when the room was started behind a proxy (``hgw-werkmap room --behind-proxy``)."""


def client_address(handler) -> str:
    """The visitor's address: the socket's, or, behind a proxy on this machine, the one the proxy names.

    The proxy's ``X-Real-IP`` (else the last address of ``X-Forwarded-For``, the one the proxy added) is
    believed only when the server was told it is behind a proxy (``BEHIND_PROXY_SETTING``) and the request
    comes from this machine (a loopback peer). Otherwise anyone could write the header: a script on the
    trainer's own laptop sent every wrong code with another ``X-Real-IP`` and was never slowed down
    (issue 18).
    """
    address = handler.request.remote_ip or ""
    if not handler.settings.get(BEHIND_PROXY_SETTING, False):
        return address
    try:
        loopback = ipaddress.ip_address(address).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        return address
    headers = handler.request.headers
    forwarded = headers.get("X-Real-IP", "").strip() or headers.get("X-Forwarded-For", "").split(",")[-1].strip()
    return forwarded[:64] or address


class DutchLoginHandler(VoilaLoginHandler):
    """The login form from the workbook's template folder, in Dutch; says how long to wait after many wrong codes."""

    def get_template(self, name):
        if name == "login.html":
            return self.settings["voila_jinja2_env"].get_template("hgw-login.html")
        return super().get_template(name)

    def _render(self, message=None):
        wait = getattr(self.identity_provider, "wait_seconds", lambda handler: 0.0)(self)
        if wait > 0:
            self.set_status(429)
            seconds = max(1, math.ceil(wait))
            message = {"wait": seconds, "wait_text": count_text(seconds, "seconds")}
        super()._render(message=message)


class DutchLogoutHandler(JupyterHandler):
    """``/logout``: forget the login cookie and go to the (Dutch) login page."""

    @allow_unauthenticated
    def get(self):
        self.identity_provider.clear_login_cookie(self)
        self.redirect(self.base_url + "login")


class RoomIdentityProvider(PasswordIdentityProvider):
    """Voilà's token login (its default provider), with the Dutch pages and wrong codes slowed down per address."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.login_handler_class = DutchLoginHandler  # Voilà passes its own class as an argument
        self.logout_handler_class = DutchLogoutHandler
        self.throttle = LoginThrottle()

    def wait_seconds(self, handler) -> float:
        """How long the handler's address must still wait before a code from it is compared."""
        return self.throttle.wait(client_address(handler), time.monotonic())

    def _judged(self, handler, user):
        address = client_address(handler)
        if user is None:
            self.throttle.failed(address, time.monotonic())
            self.log.warning("Wrong access code from %s", address)
        else:
            self.throttle.succeeded(address)
        return user

    async def get_user_token(self, handler):
        """A code in the address or header, compared only when the address need not wait."""
        if not self.token or not self.get_token(handler):
            return None
        if self.wait_seconds(handler) > 0:
            return None
        return self._judged(handler, await super().get_user_token(handler))

    def process_login_form(self, handler):
        """A code typed into the login form, compared only when the address need not wait."""
        if self.wait_seconds(handler) > 0:
            return None
        return self._judged(handler, super().process_login_form(handler))
