"""Room mode's login: a Dutch page for a visitor whose address lacks the access code.

Jupyter Server's own login page is English and talks about servers and tokens. ``RoomIdentityProvider``
(``--Voila.identity_provider_class``, set by ``hgw_widgets.server.room.voila_room_args``) is Voilà's
token login with ``hgw-login.html`` from the workbook's template instead; the right code leads on to
the page the visitor asked for.
"""

from __future__ import annotations

from jupyter_server.auth.identity import PasswordIdentityProvider
from voila.voila_identity_provider import VoilaLoginHandler


class DutchLoginHandler(VoilaLoginHandler):
    """The login form from the workbook's template folder, in Dutch."""

    def get_template(self, name):
        if name == "login.html":
            return self.settings["voila_jinja2_env"].get_template("hgw-login.html")
        return super().get_template(name)


class RoomIdentityProvider(PasswordIdentityProvider):
    """Voilà's token login (its default provider), with the Dutch login page."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.login_handler_class = DutchLoginHandler  # Voilà passes its own class as an argument
