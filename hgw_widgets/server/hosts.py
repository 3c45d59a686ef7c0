"""Which ``Host`` a request may name: the addresses the server was started for, never another web site's name.

DNS rebinding: a web page on ``rebind.attacker.example`` makes its own name point at 127.0.0.1 and then
talks to ``hgw-werkmap serve`` as if it were its own site (same origin, so the browser allows reading
the answers and opening the kernel websocket). Its requests still carry ``Host: rebind.attacker.example``.
Jupyter Server refuses such names (``allow_remote_access``/``local_hostnames``), but Voilà switches that
check off (``allow_remote_access=True``), and Jupyter Server's check also refuses every non-loopback IP
address, so a room (participants type ``192.168.1.20``) could not use it.

The rule here: an IP address is always accepted (a rebinding page never has an IP address as its
name; a browser that typed one means that machine), a name only if the server was started for it
(``localhost``; in a room also this machine's name and the ``--public-url`` host).
``WorkbookVoila`` (``voila_app``) routes requests through ``AllowedHost``; a request for any other name
(``OtherHost``) gets ``WrongHostHandler``'s 403, whatever its path.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from tornado import web
from tornado.routing import Matcher


def host_is_allowed(host: str, names: Iterable[str]) -> bool:
    """``host`` (as in the ``Host`` header, without port; IPv6 in brackets) is an IP address or one of ``names``."""
    host = host.strip().lower().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return bool(host) and host in {n.strip().lower().rstrip(".") for n in names}
    return True


class AllowedHost(Matcher):
    """Tornado route matcher: matches requests whose ``Host`` passes ``host_is_allowed``."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(names)

    def match(self, request):
        return {} if host_is_allowed(request.host_name, self.names) else None


class OtherHost(AllowedHost):
    """Tornado route matcher: matches requests whose ``Host`` does not pass ``host_is_allowed``."""

    def match(self, request):
        return None if host_is_allowed(request.host_name, self.names) else {}


class WrongHostHandler(web.RequestHandler):
    """Every request for a name the server was not started for: 403 and a short Dutch line."""

    def prepare(self):
        self.set_status(403)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish("Dit adres hoort niet bij deze werkmap. Gebruik het adres dat de trainer of de beheerder gaf.\n")
