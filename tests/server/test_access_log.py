"""The access log without codes (``hgw_widgets.server.access_log``)."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest

from hgw_widgets.server.access_log import log_request, without_secrets


@pytest.mark.parametrize(
    ("uri", "logged"),
    [
        ("/voila/render/00-start.ipynb?token=zaal-k3v9q2", "/voila/render/00-start.ipynb?token=[weg]"),
        ("/hgw/muur?code=trainer-x7&x=1", "/hgw/muur?code=[weg]&x=1"),
        ("/api/kernels/abc/channels?session_id=12&TOKEN=zaal", "/api/kernels/abc/channels?session_id=12&TOKEN=[weg]"),
        ("/voila/tree", "/voila/tree"),
    ],
)
def test_without_secrets(uri, logged):
    assert without_secrets(uri) == logged


def test_log_request_writes_status_and_address_without_the_code(caplog):
    request = SimpleNamespace(method="GET", uri="/api/kernels/1?token=zaal-k3v9q2", remote_ip="10.0.0.7",
                              request_time=lambda: 0.012)
    handler = SimpleNamespace(get_status=lambda: 404, request=request)
    with caplog.at_level(logging.INFO, logger="tornado.access"):
        log_request(handler)
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "404 GET /api/kernels/1?token=[weg] (10.0.0.7) 12.00ms"


@pytest.fixture
def tornado_logging():
    """Puts the ``tornado`` logger back as it was (``hide_secrets`` changes it for the whole process)."""
    tornado_log = logging.getLogger("tornado")
    saved = list(tornado_log.handlers), tornado_log.propagate
    yield
    tornado_log.handlers[:], tornado_log.propagate = saved


def test_other_log_lines_lose_the_code_too(capsys, tornado_logging):
    """Tornado's ``log_exception`` wrote ``404 GET /api/kernels/<id>?token=<code> (ip): Kernel does not exist``."""
    from hgw_widgets.server.access_log import hide_secrets

    app_log = logging.getLogger("test-hgw-app")
    hide_secrets(app_log)
    logging.getLogger("tornado.general").warning("%d %s: %s", 404, "GET /api/kernels/1?token=zaal-k3v9q2 (10.0.0.7)",
                                                 "Kernel does not exist")
    err = capsys.readouterr().err
    assert "404 GET /api/kernels/1?token=[weg] (10.0.0.7): Kernel does not exist" in err
    assert "zaal-k3v9q2" not in err
