"""The serve command and room mode, without starting a server (see tests/security/ for that)."""

from __future__ import annotations

import json
import os

import pytest

from hgw_widgets import room, serve
from hgw_widgets.room import PoolPlan, plan_pool
from hgw_widgets.views.join_info import JOIN_URL_ENV, JoinInfo, join_url_from

NOTEBOOKS = ("00-start.ipynb", "01-a.ipynb", "02-b.ipynb", "03-c.ipynb")


def _option(cmd: list[str], name: str) -> str | None:
    values = [a.split("=", 1)[1] for a in cmd if a.startswith(name + "=")]
    return values[-1] if values else None


# --- pool size ------------------------------------------------------------------------

# participants, MB free, expected (start page pool, other chapters' pool, limited)
POOL_CASES = [
    (30, 24_000, (30, 3, False)),  # plenty of memory: a kernel per participant on the start page
    (10, 24_000, (10, 1, False)),
    (1, 24_000, (1, 1, False)),
    (30, 1024 + 120 * (30 + 30 + 9), (30, 3, False)),  # exactly enough
    (30, 1024 + 120 * (30 + 20), (20, 0, True)),  # not enough: the start page first
    (30, 1024 + 120 * 30, (0, 0, True)),  # only the participants' own kernels fit: no pool
    (30, 500, (0, 0, True)),  # less than the reserve
]


@pytest.mark.parametrize(("participants", "free_mb", "expected"), POOL_CASES)
def test_plan_pool_sizes(participants, free_mb, expected):
    plan = plan_pool(participants, free_mb, notebooks=NOTEBOOKS)
    assert (dict(plan.sizes)["00-start.ipynb"], plan.default, plan.limited) == expected


def test_plan_pool_total_fits_in_free_memory():
    for participants in (1, 5, 10, 30, 60):
        for free_mb in (2_000, 4_000, 8_000, 16_000):
            plan = plan_pool(participants, free_mb, notebooks=NOTEBOOKS)
            if plan.total:
                assert (plan.total + participants) * plan.kernel_mb + room.RESERVE_MB <= free_mb


def test_plan_pool_unknown_memory_trusts_participants():
    plan = plan_pool(12, None, notebooks=NOTEBOOKS, warm=("00-start.ipynb", "02-b.ipynb"))
    assert dict(plan.sizes) == {"00-start.ipynb": 12, "02-b.ipynb": 12}
    assert plan.default == 2
    assert plan.total == 12 + 12 + 2 + 2


def test_plan_pool_refuses_no_participants():
    with pytest.raises(ValueError):
        plan_pool(0, 8000, notebooks=NOTEBOOKS)


def test_pools_config_is_voilas_shape():
    plan = PoolPlan(sizes=(("00-start.ipynb", 5),), default=1, notebooks=NOTEBOOKS)
    assert plan.pools_config() == {"default": {"pool_size": 1}, "00-start.ipynb": {"pool_size": 5}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MemTotal:  32000000 kB\nMemFree: 100 kB\nMemAvailable:   24271340 kB\n", 23702),
        ("MemTotal:  32000000 kB\n", None),
        ("MemAvailable: lots\n", None),
    ],
)
def test_mem_available_mb(tmp_path, text, expected):
    path = tmp_path / "meminfo"
    path.write_text(text, encoding="ascii")
    assert room.mem_available_mb(path) == expected


def test_mem_available_missing_file(tmp_path):
    assert room.mem_available_mb(tmp_path / "nope") is None


# --- token and URL -------------------------------------------------------------------


def test_make_token_is_random_and_acceptable():
    tokens = {room.make_token() for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert len(token) == room.TOKEN_LENGTH
        assert set(token) <= set(room.TOKEN_ALPHABET)
        assert room.token_is_acceptable(token)


@pytest.mark.parametrize(
    ("token", "ok"),
    [("abcdefgh", True), ("Zaal-3_2026", True), ("short", False), ("met spatie1", False), ("a&b=c;d<e>", False), ("", False)],
)
def test_token_is_acceptable(token, ok):
    assert room.token_is_acceptable(token) is ok


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("192.168.1.20", 8866, "http://192.168.1.20:8866/?token=abcdefgh"),
        ("fe80::1", 9000, "http://[fe80::1]:9000/?token=abcdefgh"),
    ],
)
def test_join_url(host, port, expected):
    assert room.join_url(host, port, "abcdefgh") == expected


def test_host_for_fixed_address_is_kept():
    assert room.host_for("192.168.1.20") == "192.168.1.20"
    assert room.host_for("0.0.0.0") not in ("", "0.0.0.0")


@pytest.mark.parametrize(("name", "expected"), [("02-doelgericht-werken", "02-doelgericht-werken.ipynb"), ("00-start.ipynb", "00-start.ipynb")])
def test_notebook_name(name, expected):
    assert room.notebook_name(name) == expected


# --- the Voilà command ------------------------------------------------------------------


def test_default_serve_listens_on_localhost_only():
    cmd = serve.voila_command(port=9999)
    assert _option(cmd, "--Voila.ip") == "127.0.0.1"
    assert _option(cmd, "--Voila.token") is None


def test_room_command_is_hardened():
    plan = plan_pool(10, 24_000, notebooks=NOTEBOOKS)
    cmd = serve.room_command(port=9999, ip="0.0.0.0", token="abcdefgh23", plan=plan)
    assert _option(cmd, "--Voila.ip") == "0.0.0.0"
    assert _option(cmd, "--port") == "9999"
    assert _option(cmd, "--Voila.token") == "abcdefgh23"
    assert _option(cmd, "--VoilaConfiguration.allow_template_override") == "NO"
    assert _option(cmd, "--VoilaConfiguration.allow_theme_override") == "NO"
    assert _option(cmd, "--VoilaConfiguration.show_tracebacks") == "False"
    assert _option(cmd, "--VoilaExecutor.iopub_timeout") == "30"
    assert _option(cmd, "--MappingKernelManager.cull_connected") == "False"
    assert int(_option(cmd, "--MappingKernelManager.cull_idle_timeout")) + int(
        _option(cmd, "--MappingKernelManager.cull_interval")
    ) <= 300  # a closed page's kernel is gone within five minutes
    assert _option(cmd, "--VoilaConfiguration.preheat_kernel") == "True"
    pools = json.loads(_option(cmd, "--VoilaKernelManager.kernel_pools_config"))
    assert pools["00-start.ipynb"] == {"pool_size": 10}
    assert _option(cmd, "--Voila.kernel_websocket_connection_class") == "hgw_widgets.room_guard.RoomKernelConnection"
    assert float(_option(cmd, "--VoilaKernelManager.fill_delay")) == room.POOL_REFILL_DELAY_SECONDS >= 2
    assert json.loads(_option(cmd, "--Voila.logging_config"))["loggers"]["Voila"]["level"] == "INFO"


def test_room_command_without_pool_does_not_preheat():
    plan = PoolPlan(sizes=(("00-start.ipynb", 0),), default=0, notebooks=NOTEBOOKS)
    cmd = serve.room_command(port=9999, ip="127.0.0.1", token="abcdefgh23", plan=plan)
    assert _option(cmd, "--VoilaConfiguration.preheat_kernel") is None


def test_room_guard_class_is_importable():
    from hgw_widgets.room_guard import RoomKernelConnection
    from jupyter_server.services.kernels.connection.base import BaseKernelWebsocketConnection

    assert issubclass(RoomKernelConnection, BaseKernelWebsocketConnection)


@pytest.fixture
def captured_exec(monkeypatch):
    calls = []
    monkeypatch.setattr(os, "execv", lambda path, cmd: calls.append(cmd))
    monkeypatch.setattr(os, "chdir", lambda path: None)
    monkeypatch.delenv(JOIN_URL_ENV, raising=False)
    return calls


def test_main_room_prints_join_url_and_sets_it_for_kernels(captured_exec, capsys, monkeypatch):
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    serve.main(["--room", "--ip", "127.0.0.1", "--port", "9123", "--participants", "5", "--token", "zaal-2026-abc"])
    (cmd,) = captured_exec
    out = capsys.readouterr().out
    assert "http://127.0.0.1:9123/?token=zaal-2026-abc" in out
    assert os.environ[JOIN_URL_ENV] == "http://127.0.0.1:9123/?token=zaal-2026-abc"
    assert _option(cmd, "--Voila.token") == "zaal-2026-abc"


def test_main_room_generates_a_token(captured_exec, monkeypatch):
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    serve.main(["--room", "--ip", "127.0.0.1"])
    token = _option(captured_exec[0], "--Voila.token")
    assert token and room.token_is_acceptable(token)
    assert _option(captured_exec[0], "--Voila.ip") == "127.0.0.1"


def test_main_default_stays_local_and_clears_join_url(captured_exec, monkeypatch):
    monkeypatch.setenv(JOIN_URL_ENV, "http://10.0.0.1:1/?token=oud")
    serve.main(["--port", "9124"])
    assert _option(captured_exec[0], "--Voila.ip") == "127.0.0.1"
    assert JOIN_URL_ENV not in os.environ


@pytest.mark.parametrize(
    "argv",
    [
        ["--ip", "0.0.0.0"],  # another address only in room mode
        ["--room", "--token", "kort"],
        ["--room", "--participants", "0"],
        ["--room", "--warm", "99-bestaat-niet"],
    ],
)
def test_main_refuses_bad_options(captured_exec, argv):
    with pytest.raises(SystemExit) as exc:
        serve.main(argv)
    assert exc.value.code == 2
    assert not captured_exec


# --- JoinInfo ---------------------------------------------------------------------------


def test_join_env_names_agree():
    assert JOIN_URL_ENV == serve.JOIN_URL_ENV


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


@pytest.mark.parametrize(
    ("value", "expected"),
    [("/", "/"), ("", "/"), ("werkmap", "/werkmap/"), ("/werkmap/", "/werkmap/"), ("/a/b", "/a/b/"),
     ("/../etc/", None), ("/x y/", None), ("/x?y/", None)],
)
def test_normalise_base_url(value, expected):
    assert room.normalise_base_url(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://werkmap.school.nl/werkmap/", "https://werkmap.school.nl/werkmap/?token=abcdefgh"),
        ("https://werkmap.school.nl", "https://werkmap.school.nl/?token=abcdefgh"),
        ("javascript:alert(1)", None),
        ("https://x.nl/?a=b", None),
    ],
)
def test_public_join_url(value, expected):
    assert room.public_join_url(value, "abcdefgh") == expected


def test_room_behind_a_proxy(captured_exec, capsys, monkeypatch):
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    serve.main(["--room", "--ip", "127.0.0.1", "--token", "zaal-2026-abc", "--base-url", "werkmap",
                "--public-url", "https://werkmap.school.nl/werkmap/"])
    (cmd,) = captured_exec
    assert _option(cmd, "--Voila.base_url") == "/werkmap/"
    assert "https://werkmap.school.nl/werkmap/?token=zaal-2026-abc" in capsys.readouterr().out


def test_voila_json_has_the_same_hardening_for_serve():
    config = json.loads((serve.REPO / "voila.json").read_text(encoding="utf-8"))
    assert config["VoilaExecutor"]["iopub_timeout"] == room.IOPUB_TIMEOUT_SECONDS
    assert config["MappingKernelManager"] == {
        "cull_idle_timeout": room.CULL_IDLE_SECONDS,
        "cull_interval": room.CULL_INTERVAL_SECONDS,
        "cull_connected": False,
    }
    assert config["VoilaConfiguration"]["allow_template_override"] == "NO"
    assert config["VoilaConfiguration"]["allow_theme_override"] == "NO"
    assert config["VoilaConfiguration"]["show_tracebacks"] is False
    assert config["Voila"]["kernel_websocket_connection_class"] == "hgw_widgets.kernel_socket.PromptKernelConnection"


def test_kernel_websocket_sends_without_delay(monkeypatch):
    """Both connection classes switch Nagle off before Jupyter Server wires up the kernel's streams."""
    from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection

    from hgw_widgets.kernel_socket import PromptKernelConnection
    from hgw_widgets.room_guard import RoomKernelConnection

    from jupyter_server.services.kernels.websocket import KernelWebsocketHandler

    calls = []

    class Handler(KernelWebsocketHandler):
        def __init__(self):  # no application or request needed for this
            pass

        def set_nodelay(self, value):
            calls.append(("nodelay", value))

    monkeypatch.setattr(ZMQChannelsWebsocketConnection, "connect", lambda self: calls.append("connect") or "future")
    for cls in (PromptKernelConnection, RoomKernelConnection):
        calls.clear()
        connection = cls(websocket_handler=Handler())
        assert connection.connect() == "future"
        assert calls == [("nodelay", True), "connect"], cls.__name__


def _run(coro):
    """asyncio.run in its own thread: browser tests earlier in the session leave a loop running here."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def test_room_kernel_manager_spaces_pool_starts_only(monkeypatch):
    import asyncio

    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

    from hgw_widgets.room_guard import RoomKernelManager

    started: list[tuple[str, float]] = []

    async def fake_start(self, *args, **kwargs):
        started.append((kwargs["env"]["VOILA_PREHEAT"], asyncio.get_running_loop().time()))
        return "kernel-id"

    monkeypatch.setattr(AsyncMappingKernelManager, "start_kernel", fake_start)
    manager = RoomKernelManager(pool_start_interval=0.2)

    async def burst():
        t0 = asyncio.get_running_loop().time()
        pool = [manager.start_kernel(env={"VOILA_PREHEAT": "True"}) for _ in range(3)]
        own = manager.start_kernel(env={"VOILA_PREHEAT": "False"})
        await asyncio.gather(*pool, own)
        return t0

    t0 = _run(burst())
    pool_times = sorted(t - t0 for kind, t in started if kind == "True")
    own_times = [t - t0 for kind, t in started if kind == "False"]
    assert own_times[0] < 0.1  # a participant's kernel is never delayed
    assert pool_times[0] < 0.1
    assert pool_times[1] >= 0.19 and pool_times[2] >= 0.39


def test_room_kernel_manager_spaces_voilas_pool_slots(monkeypatch):
    """Under Voilà (a subclass with ``_initialize``), a whole pool slot waits its turn, restarts do not."""
    import asyncio

    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

    from hgw_widgets.room_guard import RoomKernelManager

    slots: list[tuple[str | None, float]] = []
    kernel_starts: list[float] = []

    async def fake_start(self, *args, **kwargs):
        kernel_starts.append(asyncio.get_running_loop().time())
        return "kernel-id"

    monkeypatch.setattr(AsyncMappingKernelManager, "start_kernel", fake_start)

    class VoilaLike(RoomKernelManager):  # what voila_kernel_manager_factory builds on top of ours
        async def _initialize(self, notebook_path, kernel_id=None, **kwargs):
            slots.append((kernel_id, asyncio.get_running_loop().time()))  # the renderer is set up here
            if kernel_id is None:
                kernel_id = await self.start_kernel(env={"VOILA_PREHEAT": "True"})
            return {"kernel_id": kernel_id}

    manager = VoilaLike(pool_start_interval=0.2)

    async def burst():
        t0 = asyncio.get_running_loop().time()
        fills = [manager._initialize("02.ipynb", None) for _ in range(3)]
        restart = manager._initialize("02.ipynb", "old-kernel")
        results = await asyncio.gather(*fills, restart)
        return t0, results

    t0, results = _run(burst())
    assert results[-1] == {"kernel_id": "old-kernel"}
    new = sorted(t - t0 for kernel_id, t in slots if kernel_id is None)
    restarted = [t - t0 for kernel_id, t in slots if kernel_id == "old-kernel"]
    assert restarted[0] < 0.1  # a restart is not delayed
    assert new[0] < 0.1 and new[1] >= 0.19 and new[2] >= 0.39  # the renderer set-up is spaced too
    # the kernel start inside a slot is not delayed a second time
    assert sorted(t - t0 for t in kernel_starts)[2] < 0.5


def test_kernel_handed_out_of_pool_is_not_culled_before_its_page_connects(monkeypatch):
    from datetime import timedelta
    from types import SimpleNamespace

    from jupyter_server._tz import utcnow

    from hgw_widgets.room_guard import RoomKernelManager

    manager = RoomKernelManager(cull_idle_timeout=60)
    shut: list[str] = []

    async def fake_shutdown(kernel_id, *args, **kwargs):
        shut.append(kernel_id)

    monkeypatch.setattr(manager, "shutdown_kernel", fake_shutdown)
    started_long_ago = utcnow() - timedelta(hours=1)  # waited an hour in the pool
    kernel = SimpleNamespace(last_activity=started_long_ago, execution_state="idle", kernel_name="python3",
                             kernel_spec=SimpleNamespace(metadata={}))
    manager._kernels["k1"] = kernel
    _run(manager.cull_kernel_if_idle("k1"))
    assert shut == []  # the participant's browser is still connecting
    assert kernel.last_activity > started_long_ago
    # a minute and more later, with still no browser connected, it is culled as usual
    manager._out_of_pool_since["k1"] = kernel.last_activity = utcnow() - timedelta(seconds=61)
    _run(manager.cull_kernel_if_idle("k1"))
    assert shut == ["k1"]
    del manager._kernels["k1"]
    manager._kernels["k2"] = SimpleNamespace(**{**vars(kernel), "last_activity": utcnow()})
    _run(manager.cull_kernel_if_idle("k2"))
    assert "k1" not in manager._out_of_pool_since  # forgotten once gone


def test_room_command_uses_gentle_pool_manager():
    plan = plan_pool(10, 24_000, notebooks=NOTEBOOKS)
    cmd = serve.room_command(port=9999, ip="127.0.0.1", token="abcdefgh23", plan=plan)
    assert _option(cmd, "--VoilaConfiguration.multi_kernel_manager_class") == "hgw_widgets.room_guard.RoomKernelManager"
    assert float(_option(cmd, "--RoomKernelManager.pool_start_interval")) > 0


def test_room_activity_reader_agrees_with_jupyter_servers(monkeypatch):
    """The lighter IOPub reader of RoomKernelManager decides exactly as Jupyter Server's own one.

    Both readers get the same messages (as the kernel sends them, signed) on two fake kernels;
    after every message the recorded activity and execution state must be the same.
    """
    from datetime import timedelta
    from types import SimpleNamespace

    from jupyter_client.session import Session
    from jupyter_server._tz import utcnow

    from hgw_widgets.room_guard import RoomKernelManager

    callbacks: list = []

    class Stream:
        def on_recv(self, callback):
            callbacks.append(callback)

    session = Session(key=b"room-secret")
    manager = RoomKernelManager()

    def fake_kernel(kernel_id):
        kernel = SimpleNamespace(session=session, execution_state="starting", connect_iopub=Stream)
        manager._kernels[kernel_id] = kernel
        manager.start_watching_activity(kernel_id)
        return kernel

    theirs_kernel, ours_kernel = fake_kernel("theirs"), fake_kernel("ours")
    theirs, _ours_replaced_theirs, _theirs_again, ours = callbacks  # per kernel: Jupyter Server's, then ours
    assert len(callbacks) == 4

    def wire(msg_type, content, parent_type=None):
        parent = session.msg_header(parent_type) if parent_type else {}
        msg = session.msg(msg_type, content=content, parent=parent and {"header": parent})
        return session.serialize(msg, ident=b"kernel")

    long_ago = utcnow() - timedelta(hours=1)
    sequence = [
        wire("status", {"execution_state": "starting"}),
        wire("status", {"execution_state": "idle"}, "kernel_info_request"),  # untracked parent
        wire("status", {"execution_state": "busy"}, "comm_msg"),
        wire("comm_msg", {"comm_id": "x", "data": {"method": "update", "state": {"value": "é"}}}, "comm_msg"),
        wire("status", {"execution_state": "idle"}, "comm_msg"),
        wire("stream", {"name": "stdout", "text": "x"}, "kernel_info_request"),  # untracked, kernel idle
        wire("stream", {"name": "stdout", "text": "x"}),  # no parent: counts as activity
        wire("status", {"execution_state": "busy"}, "comm_info_request"),
        wire("status", {"execution_state": "idle"}, "comm_info_request"),
        wire("status", {"execution_state": "busy"}, "execute_request"),
        wire("stream", {"name": "stdout", "text": "x"}, "kernel_info_request"),  # untracked, but the kernel is busy
        wire("execute_result", {"data": {}}, "execute_request"),
        wire("status", {"execution_state": "idle"}, "execute_request"),
    ]
    for i, msg_list in enumerate(sequence):
        for kernel in (theirs_kernel, ours_kernel):
            kernel.last_activity = long_ago
        theirs(list(msg_list))
        ours(list(msg_list))
        assert ours_kernel.execution_state == theirs_kernel.execution_state, i
        assert (ours_kernel.last_activity > long_ago) == (theirs_kernel.last_activity > long_ago), i
    assert ours_kernel.execution_state == "idle"

    # a message that cannot be read changes nothing and raises nothing
    ours_kernel.last_activity = long_ago
    ours([b"kernel", b"<IDS|MSG>", b"sig", b"{not json", b"{}", b"{}", b"{}"])
    assert ours_kernel.last_activity == long_ago and ours_kernel.execution_state == "idle"


def test_room_kernels_run_at_a_lower_priority_than_the_server():
    import os
    import subprocess
    import sys
    from types import SimpleNamespace

    from hgw_widgets.room_guard import RoomKernelManager

    manager = RoomKernelManager()
    assert manager.kernel_nice > 0
    # a stand-in kernel process, started as jupyter_client starts kernels: in a session of its own
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"], start_new_session=True)
    try:
        manager._kernels["k"] = SimpleNamespace(provisioner=SimpleNamespace(pid=child.pid))
        manager._lower_priority("k")
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == manager.kernel_nice
        assert os.getpriority(os.PRIO_PROCESS, os.getpid()) != manager.kernel_nice  # the server is left alone
        del manager._kernels["k"]
        manager._lower_priority("k")  # a kernel that is gone: nothing happens
    finally:
        child.kill()
        child.wait(timeout=10)


def test_the_server_collects_garbage_less_often(monkeypatch):
    import gc

    import voila.app

    from hgw_widgets import _voila

    seen = []
    monkeypatch.setattr(voila.app, "main", lambda: seen.append(gc.get_threshold()))
    monkeypatch.setenv("JUPYTER_PATH", "")
    before = gc.get_threshold()
    try:
        _voila.main()
    finally:
        gc.set_threshold(*before)
    assert seen == [_voila.GC_THRESHOLD]
    assert _voila.GC_THRESHOLD[0] > 700  # Python's default
