"""Room mode's kernel manager: a pool that refills gently, kernels that yield to the server, fair culling.

``RoomKernelManager`` (``--VoilaConfiguration.multi_kernel_manager_class``, set by
``hgw_widgets.server.room.voila_room_args``).

Voilà refills its pool of preheated kernels one second after each use, all at once. After a burst of 30 participants that is 30 kernels starting and running their notebook
together, which on two cores kept every participant waiting ~11 s for their widgets and made the
feedback slow (``benchmarks/bench_load.py``). This manager lets a preheated kernel start only
``pool_start_interval`` seconds after the previous one; a participant's own kernel (no pool) is
never delayed. It also starts kernels at a lower priority (``kernel_nice``) and reads their
activity more cheaply than Jupyter Server (``start_watching_activity``).

The spacing wraps Voilà's ``_initialize`` (one pool slot: set up a notebook renderer, start the
kernel, run the notebook), not ``start_kernel``: setting up a renderer (page configuration, Jinja
templates) costs the server ~18 ms of its event loop, and 30 of them at once, one second into a
burst, held every participant's messages back for half a second. Voilà builds its manager as a
subclass of this one (``voila_kernel_manager_factory``), so its ``_initialize`` overrides any
method here; the wrapper is therefore set on the instance. Without that method (another Voilà
version) the manager spaces ``start_kernel`` of preheated kernels instead.

It also decides what a kernel is told (``room_kernel_env``): every kernel ``HGW_ROOM=1``, only the start
page's kernels the join URL with the access code (``join_url``, ``join_notebooks``).

The same manager also closes a gap in culling. Voilà never culls a kernel while it waits in the
pool, but the kernel keeps the ``last_activity`` of its start. Once it is handed to a participant it
looks idle for minutes already, and a culler run in the second before the browser's websocket
connects shuts it down: the participant sees a page whose widgets never appear. Here a kernel's idle
time starts at the first culler run that sees it outside the pool.
"""

from __future__ import annotations

import asyncio
import json
import os

from jupyter_server._tz import utcnow
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from traitlets import Float, Int, List, Unicode
from voila.request_info_handler import RequestInfoSocketHandler

ROOM_ENV = "HGW_ROOM"
"""Every room kernel gets ``HGW_ROOM=1`` (``kernel_guard.ROOM_ENV``: the guard against crafted messages)."""
JOIN_URL_ENV = "HGW_JOIN_URL"
"""The join URL (with the access code), told only to the kernels of ``join_notebooks`` (``views.join_info``)."""


def room_kernel_env(env: dict, notebook: str | None, *, join_url: str, join_notebooks: list[str]) -> dict:
    """A room kernel's environment: ``HGW_ROOM=1``; the join URL only for a notebook that shows it.

    ``notebook``: the notebook's file name or path (``/voila/render/00-start.ipynb``), None if unknown.
    The start page shows the join URL to the participant, who typed it (or its code) to get there; no
    other kernel is told the code, also not through the server's own environment (issue 18).
    """
    env = {k: v for k, v in env.items() if k != JOIN_URL_ENV}
    env[ROOM_ENV] = "1"
    name = os.path.basename(notebook or "")
    if join_url and name and name in join_notebooks:
        env[JOIN_URL_ENV] = join_url
    return env


class RoomKernelManager(AsyncMappingKernelManager):
    """Starts the kernels of Voilà's pool one at a time, ``pool_start_interval`` seconds apart."""

    pool_start_interval = Float(
        2.0, config=True, help="Seconds between the starts of two preheated (pool) kernels."
    )
    kernel_nice = Int(
        10, config=True, help="Nice value of the kernels (0: leave as is); the server keeps its own priority."
    )
    join_url = Unicode("", config=True, help="The room's join URL, told to the kernels of join_notebooks only.")
    join_notebooks = List(
        Unicode(), ["00-start.ipynb"], config=True, help="Notebooks that show the join URL (JoinInfo)."
    )

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._next_pool_start = 0.0
        self._out_of_pool_since: dict = {}
        initialize = getattr(self, "_initialize", None)  # Voilà's pool slot (its subclass), see above
        self._spaces_initialize = initialize is not None
        if initialize is not None:

            async def spaced_initialize(notebook_path, kernel_id=None, **kw):
                if kernel_id is None:  # a new pool kernel; a restart (kernel id given) is not delayed
                    await self._pool_slot()
                kw["env"] = self._room_env(kw.get("env") or dict(os.environ), notebook_path)
                return await initialize(notebook_path, kernel_id, **kw)

            self._initialize = spaced_initialize

    async def _pool_slot(self) -> None:
        """Wait for this preheated kernel's turn: ``pool_start_interval`` after the previous one."""
        loop = asyncio.get_running_loop()
        now = loop.time()
        slot = max(now, self._next_pool_start)
        self._next_pool_start = slot + self.pool_start_interval
        if slot > now:
            await asyncio.sleep(slot - now)

    def _room_env(self, env: dict, notebook: str | None) -> dict:
        return room_kernel_env(env, notebook, join_url=self.join_url, join_notebooks=list(self.join_notebooks))

    async def start_kernel(self, *args, **kwargs) -> str:
        env = kwargs.get("env") or dict(os.environ)
        if env.get("VOILA_PREHEAT") == "True":
            if not self._spaces_initialize:
                await self._pool_slot()
                kwargs["env"] = self._room_env(env, None)  # notebook unknown here: no join URL
            # else: spaced_initialize has set the pool kernel's environment for its notebook
        else:  # a page's own kernel: Voilà names the page's path in SCRIPT_NAME
            kwargs["env"] = self._room_env(env, env.get("SCRIPT_NAME"))
        kernel_id = await super().start_kernel(*args, **kwargs)
        self._lower_priority(kernel_id)
        return kernel_id

    def _lower_priority(self, kernel_id: str) -> None:
        """Give the kernel's processes ``kernel_nice`` so the server, which relays everybody's messages, goes first."""
        if self.kernel_nice <= 0 or not hasattr(os, "setpriority"):
            return
        try:
            pid = self._kernels[kernel_id].provisioner.pid
            os.setpriority(os.PRIO_PGRP, os.getpgid(pid), self.kernel_nice)  # every thread; new ones inherit it
        except (KeyError, AttributeError, TypeError, OSError) as exc:  # a kernel elsewhere, or already gone
            self.log.debug("Could not lower the priority of kernel %s: %s", kernel_id, exc)

    def start_watching_activity(self, kernel_id: str) -> None:
        """Jupyter Server's activity watch, with a lighter reader of the kernel's IOPub messages.

        Jupyter Server fully deserializes every IOPub message (signature check, date parsing) only to
        read its type and, for status messages, the execution state; with 30 participants typing
        that was a quarter of the server's CPU. This reader parses just those fields and applies
        the same rules (``track_message_type``, the normalisation after "starting"). The websocket
        relays these messages unchecked anyway; their signatures are checked by the kernel's clients.
        """
        super().start_watching_activity(kernel_id)
        kernel = self._kernels[kernel_id]
        kernel._activity_stream.on_recv(lambda msg_list: self._record_activity(kernel, msg_list))  # replaces theirs

    def _record_activity(self, kernel, msg_list: list[bytes]) -> None:
        try:
            _idents, parts = kernel.session.feed_identities(msg_list)
            header, parent = json.loads(parts[1]), json.loads(parts[2])
            msg_type = header.get("msg_type")
            parent_type = parent.get("msg_type") if isinstance(parent, dict) else None
            if self.track_message_type(msg_type) or self.track_message_type(parent_type) or kernel.execution_state == "busy":
                self.last_kernel_activity = kernel.last_activity = utcnow()
            if msg_type == "status":
                execution_state = json.loads(parts[4]).get("execution_state")
                if self.track_message_type(parent_type):
                    kernel.execution_state = execution_state
                elif kernel.execution_state == "starting" and execution_state != "starting":
                    kernel.execution_state = "idle"
        except (ValueError, IndexError, AttributeError, TypeError):
            self.log.warning("Unreadable message from a kernel; activity not recorded")

    async def shutdown_kernel(self, kernel_id: str, *args, **kwargs):
        """Shut down as usual, and drop what Voilà cached about the page's request for this kernel.

        Voilà keeps every pool page's request (``RequestInfoSocketHandler._cache``) for ever; the workbook
        never reads it (``voila_app.WorkbookVoila`` does not even serve it).
        """
        RequestInfoSocketHandler._cache.pop(kernel_id, None)
        return await super().shutdown_kernel(kernel_id, *args, **kwargs)

    async def cull_kernel_if_idle(self, kernel_id: str):
        """Cull as usual, but count idle time from when the kernel was first seen out of the pool.

        Voilà's own manager (a subclass) only calls this for kernels that are not in its pool.
        """
        for known in [k for k in self._out_of_pool_since if k not in self._kernels]:
            del self._out_of_pool_since[known]
        kernel = self._kernels.get(kernel_id)
        if kernel is not None and hasattr(kernel, "last_activity"):
            since = self._out_of_pool_since.setdefault(kernel_id, utcnow())
            if kernel.last_activity < since:
                kernel.last_activity = since
        return await super().cull_kernel_if_idle(kernel_id)
