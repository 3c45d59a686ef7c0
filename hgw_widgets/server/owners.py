"""Room mode: which participant owns which kernel, and how many kernels one participant may hold.

A room shares one access code, so the code alone says nothing about *who* asks. Jupyter Server
gives every visitor who logs in with the code a signed login cookie with a random user id; that id
is the participant. The page Voilà renders for a participant starts (or takes from the pool) one
kernel and hands its id to that page only, so the kernel belongs to the participant who asked for
the page (``hgw_widgets.server.handlers.RoomVoilaHandler`` records it). Every path to a kernel asks
this registry: the websocket (``kernel_socket.RoomKernelConnection``), ``GET``/``DELETE
/api/kernels/<id>`` and ``POST /voila/api/shutdown/<id>`` (``handlers``).

Plain Python, no Jupyter Server: tested without a server (``tests/server/test_owners.py``).
"""

from __future__ import annotations

from collections.abc import Iterable


class KernelOwners:
    """Kernel id -> participant (the user id of the login cookie), for the kernels still alive.

    Also counts the pages a participant is being served right now (``reserve``/``release``): thirty
    page loads at once must not all pass the limit before the first kernel is bound.
    """

    def __init__(self) -> None:
        self._owner: dict[str, str] = {}
        self._since: dict[str, float] = {}
        self._pending: dict[str, int] = {}

    def bind(self, kernel_id: str, user_id: str, *, since: float = 0.0) -> None:
        """``user_id`` owns ``kernel_id`` from now on (a kernel is never handed over to another participant).

        ``since``: when the page was served (monotonic seconds), for ``kernels_to_free``.
        """
        if self._owner.setdefault(kernel_id, user_id) == user_id:
            self._since.setdefault(kernel_id, since)

    def reserve(self, user_id: str, limit: int) -> bool:
        """Count one page being served to ``user_id``; False (nothing counted) when that would pass ``limit``."""
        if self.count(user_id) + self.pending(user_id) >= limit:
            return False
        self._pending[user_id] = self.pending(user_id) + 1
        return True

    def release(self, user_id: str) -> None:
        """The page counted by ``reserve`` got its kernel (now counted by ``bind``) or failed."""
        left = self.pending(user_id) - 1
        if left > 0:
            self._pending[user_id] = left
        else:
            self._pending.pop(user_id, None)

    def pending(self, user_id: str) -> int:
        """Pages being served to ``user_id`` whose kernel is not bound yet."""
        return self._pending.get(user_id, 0)

    def kernels_of(self, user_id: str) -> list[tuple[str, float]]:
        """``(kernel id, since)`` of the participant's kernels, oldest first."""
        return sorted(((k, self._since.get(k, 0.0)) for k, u in self._owner.items() if u == user_id), key=lambda p: p[1])

    def owner(self, kernel_id: str) -> str | None:
        """The participant who owns the kernel, or None for a kernel no page was rendered with."""
        return self._owner.get(kernel_id)

    def may_use(self, kernel_id: str, user_id: str | None) -> bool:
        """True only for the kernel's owner; a kernel without owner (a pool kernel) belongs to nobody."""
        return bool(user_id) and self._owner.get(kernel_id) == user_id

    def count(self, user_id: str) -> int:
        """How many live kernels ``user_id`` holds (after ``forget_all_but``)."""
        return sum(1 for owner in self._owner.values() if owner == user_id)

    def participants(self, kernel_ids: Iterable[str]) -> int:
        """How many different participants own one of ``kernel_ids`` (the trainer's wall: "verbonden")."""
        return len({self._owner[k] for k in kernel_ids if k in self._owner})

    def forget_all_but(self, live: Iterable[str]) -> None:
        """Drop the kernels that are gone (culled, shut down): ``live`` is the kernel manager's ids."""
        alive = set(live)
        for kernel_id in [k for k in self._owner if k not in alive]:
            del self._owner[kernel_id]
            self._since.pop(kernel_id, None)


def kernels_to_free(
    owned: list[tuple[str, float]], connections: dict[str, int], pending: int, *, now: float, limit: int, grace: float
) -> list[str]:
    """Which of a participant's kernels to shut down so that one more page fits within ``limit``.

    Only kernels whose page is gone: no websocket connected and served more than ``grace`` seconds
    ago (a page still loading has no websocket yet either). A reloaded or closed page leaves its kernel
    behind until the culler takes it (minutes; Voilà's own shutdown call on closing a page is refused,
    voila#1458), so without this a participant who reloads a chapter a few times would be refused.

    Args:
        owned: ``(kernel id, since)`` oldest first (``KernelOwners.kernels_of``).
        connections: open websockets per kernel id.
        pending: the participant's pages still being served (``KernelOwners.pending``).
        now, grace: monotonic seconds.
    Returns:
        Kernel ids, oldest first; empty when the participant is below the limit.
    """
    excess = len(owned) + pending + 1 - limit
    if excess <= 0:
        return []
    closed = [k for k, since in owned if connections.get(k, 0) == 0 and now - since > grace]
    return closed[:excess]
