"""A room-mode Voilà (token, preheated pool, kernel guard) on 127.0.0.1 for the security tests.

The command is ``serve.room_command`` as ``hgw-werkmap room`` builds it, with a
small pool (chapter 02 only) and culling shortened from minutes to seconds, so that culling
can be observed within the test's time budget.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from hgw_widgets.server.room import PoolPlan  # noqa: E402
from hgw_widgets.server.serve import JOIN_URL_ENV, NOTEBOOKS, room_command  # noqa: E402
from hgw_widgets.server.testing import free_port, running_server  # noqa: E402
from room_settings import CHAPTER, CULL_IDLE, CULL_INTERVAL, TOKEN, TRAINER  # noqa: E402


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(HERE):
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def room_server(tmp_path_factory):
    """(base_url, log_path) of a room-mode Voilà."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("room") / "voila.log"
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    plan = PoolPlan(sizes=((CHAPTER, 2),), default=0, notebooks=notebooks)
    cmd = [a for a in room_command(port=port, ip="127.0.0.1", token=TOKEN, plan=plan, trainer=TRAINER) if "cull_i" not in a] + [
        f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE}",
        f"--MappingKernelManager.cull_interval={CULL_INTERVAL}",
    ]
    with running_server(cmd, port=port, log_path=log_path, ready_path="/login",
                        env_extra={JOIN_URL_ENV: f"{base}/?token={TOKEN}"}) as (_base, _proc):
        yield base, log_path
