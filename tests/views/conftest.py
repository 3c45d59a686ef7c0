"""Each view test starts with an empty kernel-wide channel (views/_channel.py), as a fresh page does."""

from __future__ import annotations

import pytest

from hgw_widgets.views import _channel


@pytest.fixture(autouse=True)
def _fresh_channel():
    _channel.forget_all()
    yield
    _channel.forget_all()
