"""Which port the server listens on: the one asked for, or a free one; never silently another.

Voilà moves to the next port when the one it was given is taken (``port_retries``), while
``hgw-werkmap`` had already printed the address with the port asked for: the trainer shared an
address that led to another program, or to nothing. Now the launcher tries the port first
(``port_is_free``): a port named with ``--port`` that is taken is refused in Dutch; without
``--port`` the default is used when free and otherwise a free port (``choose_port``), and that is the
port printed. Voilà itself is started with ``port_retries=0`` (``serve.voila_command``), so it stops
rather than moves if another program takes the port in the second between.
"""

from __future__ import annotations

import os
import socket


def port_is_free(ip: str, port: int) -> bool:
    """True when a server could listen on ``ip``:``port`` now (tried as Tornado does, with ``SO_REUSEADDR``)."""
    try:
        infos = socket.getaddrinfo(ip or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        return False
    for family, kind, proto, _name, address in infos:
        with socket.socket(family, kind, proto) as probe:
            if os.name != "nt":  # as tornado.netutil.bind_sockets: a port in TIME_WAIT is free
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError:
                return False
    return True


def any_free_port(ip: str) -> int:
    """A port the system says is free on ``ip`` (it may be taken again by the time a server starts)."""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((ip, 0))
        return probe.getsockname()[1]


def choose_port(ip: str, preferred: int) -> int:
    """``preferred`` when it is free on ``ip``, else a free port."""
    return preferred if port_is_free(ip, preferred) else any_free_port(ip)
