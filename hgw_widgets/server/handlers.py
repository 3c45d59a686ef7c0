"""Room mode's HTTP handlers around a kernel: a page is bound to its participant, and only they reach its kernel.

Jupyter Server and Voilà do not tie kernels to visitors; in a room everybody shares one access code.
``WorkbookVoila`` (``voila_app``) puts these subclasses in place of Voilà's own in room mode:

- ``RoomVoilaHandler`` (``/voila/render/<notebook>``): records that the kernel behind the page belongs to
  the participant who asked for it (``owners.KernelOwners``), refuses a page beyond
  ``room.KERNELS_PER_PARTICIPANT`` with a Dutch page (429), and a page beyond the room's limit
  (``room.PoolPlan.room_kernels``, all participants together) with another (429), and removes the access code from what the
  kernel is told about the request (``QUERY_STRING``, ``VOILA_REQUEST_URL``).
- ``OwnKernelHandler`` (``GET``/``DELETE /api/kernels/<id>``) and ``OwnShutdownHandler``
  (``POST /voila/api/shutdown/<id>``): another participant's kernel answers 404, as if it did not exist.

The websocket is guarded the same way in ``kernel_socket.RoomKernelConnection``.
"""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlencode

from jupyter_core.utils import ensure_async
from jupyter_server.services.kernels.handlers import KernelHandler
from tornado import web
from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler
from voila.tornado.handler import TornadoVoilaHandler

from ..domain.formats import count_text
from .owners import KernelOwners, kernels_to_free

OWNERS_SETTING = "hgw_kernel_owners"
"""Tornado setting holding the room's ``KernelOwners`` (absent outside room mode)."""
LIMIT_SETTING = "hgw_kernels_per_participant"
ROOM_LIMIT_SETTING = "hgw_kernels_in_room"
"""Most kernels all participants together may hold (``room.PoolPlan.room_kernels``; 0 or absent: no limit)."""
GRACE_SETTING = "hgw_kernel_grace_seconds"


def without_token(query: str) -> str:
    """A query string without its ``token`` parameter(s): ``token=abc&x=1`` -> ``x=1``."""
    return urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "token"])


def _forget_token(request) -> None:
    """Remove the access code from the request as Voilà passes it on to the kernel (it was checked already)."""
    if "token" not in request.query_arguments:
        return
    request.query = without_token(request.query)
    request.uri = request.path + ("?" + request.query if request.query else "")
    request.query_arguments.pop("token", None)
    request.arguments.pop("token", None)


def _user_id(handler) -> str | None:
    return getattr(handler.current_user, "username", None)


class _BindingKernelManager:
    """The kernel manager as the render handler sees it: every kernel it hands out is bound to the participant."""

    def __init__(self, manager, bind) -> None:
        self._manager = manager
        self._bind = bind

    def __getattr__(self, name):
        return getattr(self._manager, name)

    async def get_rendered_notebook(self, *args, **kwargs):
        result = await self._manager.get_rendered_notebook(*args, **kwargs)
        self._bind(result[2])  # (render task, rendered cells, kernel id)
        return result

    async def start_kernel(self, *args, **kwargs):
        kernel_id = await ensure_async(self._manager.start_kernel(*args, **kwargs))
        self._bind(kernel_id)
        return kernel_id


class RoomVoilaHandler(TornadoVoilaHandler):
    """Voilà's page, with its kernel bound to the participant and at most a few kernels per participant."""

    _binding = None

    @property
    def kernel_manager(self):
        manager = self.settings["kernel_manager"]
        return manager if self._binding is None else _BindingKernelManager(manager, self._binding)

    @web.authenticated
    async def get(self, path=None):
        owners: KernelOwners = self.settings[OWNERS_SETTING]
        user = _user_id(self)
        if not user:
            raise web.HTTPError(403)
        manager = self.settings["kernel_manager"]
        owners.forget_all_but(manager.list_kernel_ids())
        limit = self.settings.get(LIMIT_SETTING, 0)
        room_limit = self.settings.get(ROOM_LIMIT_SETTING, 0)
        if limit:
            await self._free_closed_pages(owners, user, limit)
            if not owners.reserve(user, limit):  # first: the participant's own tabs are what they can close
                self.log.warning("Refused a page: participant already holds %d kernels", limit)
                self.set_status(429)
                self.finish(self.render_template("hgw-too-many-pages.html", limit=limit, pages=count_text(limit, "pages"),
                                                base_url=self.base_url))
                return
        elif room_limit:
            owners.reserve(user, room_limit + 1)
        reserved = bool(limit or room_limit)
        if room_limit and owners.held() > room_limit:  # held() counts this page already
            await self._free_closed_pages(owners, None, room_limit + 1)
            if owners.held() > room_limit:
                owners.release(user)
                self.log.warning("Refused a page: the room's participants hold %d kernels together", room_limit)
                self.set_status(429)
                self.finish(self.render_template("hgw-room-full.html", base_url=self.base_url))
                return

        def bind(kernel_id: str) -> None:
            nonlocal reserved
            owners.bind(kernel_id, user, since=time.monotonic())
            if reserved:
                owners.release(user)
                reserved = False

        self._binding = bind
        _forget_token(self.request)
        try:
            await super().get(path)
        finally:
            if reserved:
                owners.release(user)

    async def _free_closed_pages(self, owners: KernelOwners, user: str | None, limit: int) -> None:
        """Shut down kernels whose page is gone (no websocket), oldest first, to make room for one more page.

        ``user``: this participant's kernels, against the limit per participant; None: everybody's, against the
        room's limit (a page closed minutes ago would otherwise keep a new participant out until the culler runs).
        """
        manager = self.settings["kernel_manager"]
        connections = getattr(manager, "_kernel_connections", {})
        owned = owners.all_kernels() if user is None else owners.kernels_of(user)
        pending = owners.pending_total() if user is None else owners.pending(user)
        for kernel_id in kernels_to_free(
            owned, {k: connections.get(k, 0) for k, _ in owned}, pending,
            now=time.monotonic(), limit=limit, grace=self.settings.get(GRACE_SETTING, 60.0),
        ):
            self.log.info("Shutting down kernel %s: its page was closed and its participant opened another", kernel_id)
            try:
                await ensure_async(manager.shutdown_kernel(kernel_id))
            except KeyError:  # gone meanwhile
                pass
        owners.forget_all_but(manager.list_kernel_ids())


def _only_owner(handler, kernel_id: str) -> None:
    owners: KernelOwners | None = handler.settings.get(OWNERS_SETTING)
    if owners is not None and not owners.may_use(kernel_id, _user_id(handler)):
        raise web.HTTPError(404)


class OwnKernelHandler(KernelHandler):
    """``/api/kernels/<id>``: only the participant who owns the kernel may read or delete it."""

    @web.authenticated
    async def get(self, kernel_id):
        _only_owner(self, kernel_id)
        await super().get(kernel_id)

    @web.authenticated
    async def delete(self, kernel_id):
        _only_owner(self, kernel_id)
        await super().delete(kernel_id)


class OwnShutdownHandler(VoilaShutdownKernelHandler):
    """``/voila/api/shutdown/<id>`` (the page's ``beforeunload``): only the owner's page may shut its kernel down."""

    @web.authenticated
    async def post(self, kernel_id):
        _only_owner(self, kernel_id)
        await super().post(kernel_id)
