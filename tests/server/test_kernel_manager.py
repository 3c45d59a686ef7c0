"""Room mode's kernel manager (``hgw_widgets.server.kernel_manager``): pool spacing, culling, activity, priority."""

from __future__ import annotations

from hgw_widgets.server.kernel_manager import RoomKernelManager


def _run(coro):
    """asyncio.run in its own thread: browser tests earlier in the session leave a loop running here."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def test_room_kernel_manager_spaces_pool_starts_only(monkeypatch):
    import asyncio

    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager


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


def test_room_activity_reader_agrees_with_jupyter_servers(monkeypatch):
    """The lighter IOPub reader of RoomKernelManager decides exactly as Jupyter Server's own one.

    Both readers get the same messages (as the kernel sends them, signed) on two fake kernels;
    after every message the recorded activity and execution state must be the same.
    """
    from datetime import timedelta
    from types import SimpleNamespace

    from jupyter_client.session import Session
    from jupyter_server._tz import utcnow


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


def test_only_the_start_page_is_told_the_join_url():
    """Docs said kernels are not told the code, while every kernel got HGW_JOIN_URL (issue 18)."""
    from hgw_widgets.server.kernel_manager import JOIN_URL_ENV, ROOM_ENV, room_kernel_env

    url = "http://192.168.1.20:8866/?token=zaal-k3v9q2"
    server_env = {"PATH": "/usr/bin", JOIN_URL_ENV: url}
    kwargs = {"join_url": url, "join_notebooks": ["00-start.ipynb"]}
    start = room_kernel_env(server_env, "/voila/render/00-start.ipynb", **kwargs)
    chapter = room_kernel_env(server_env, "/voila/render/02-doelgericht-werken.ipynb", **kwargs)
    unknown = room_kernel_env(server_env, None, **kwargs)
    assert start[JOIN_URL_ENV] == url and start[ROOM_ENV] == "1" and start["PATH"] == "/usr/bin"
    for env in (chapter, unknown):
        assert JOIN_URL_ENV not in env and ROOM_ENV in env
        assert "zaal-k3v9q2" not in "".join(env.values())
    assert server_env[JOIN_URL_ENV] == url  # the caller's mapping is not changed


def test_the_kernel_guard_knows_a_room_by_either_variable():
    from hgw_widgets.kernel_guard import in_room

    assert in_room({"HGW_ROOM": "1"}) and in_room({"HGW_JOIN_URL": "http://x/?token=y"}) and not in_room({})


def test_the_manager_sets_each_kernels_environment(monkeypatch):
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

    envs: list[dict] = []

    async def fake_start(self, *args, **kwargs):
        envs.append(kwargs["env"])
        return "kernel-id"

    monkeypatch.setattr(AsyncMappingKernelManager, "start_kernel", fake_start)
    manager = RoomKernelManager(join_url="http://x:1/?token=zaal-k3v9q2", kernel_nice=0)

    async def pages():
        await manager.start_kernel(env={"VOILA_PREHEAT": "False", "SCRIPT_NAME": "/voila/render/00-start.ipynb"})
        await manager.start_kernel(env={"VOILA_PREHEAT": "False", "SCRIPT_NAME": "/voila/render/03-x.ipynb",
                                        "HGW_JOIN_URL": "http://x:1/?token=zaal-k3v9q2"})

    _run(pages())
    assert envs[0]["HGW_JOIN_URL"] == "http://x:1/?token=zaal-k3v9q2"
    assert "HGW_JOIN_URL" not in envs[1] and envs[1]["HGW_ROOM"] == "1"
