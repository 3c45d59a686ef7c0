"""Room mode: wrong access codes from one address are slowed down (issue 18).

Without it a script tried 300 codes at about 1,000 a second. Here the first ``FREE_TRIES`` wrong codes
from an address cost nothing (a participant who mistypes once or twice is never held up); after that
the address must wait ``2 ** (wrong - FREE_TRIES)`` seconds (at most ``MAX_WAIT_SECONDS``) before its next
code is even compared, right or wrong. Other addresses are not affected, so the rest of the room logs in
as usual. An address is forgotten ``FORGET_AFTER_SECONDS`` after its last wrong code.

Plain Python, no Jupyter Server; times are monotonic seconds passed in by the caller
(``login.RoomIdentityProvider``), so tests need no clock.
"""

from __future__ import annotations

FREE_TRIES = 5
MAX_WAIT_SECONDS = 60.0
FORGET_AFTER_SECONDS = 15 * 60.0
MAX_ADDRESSES = 10_000
"""Addresses remembered at most (the oldest are dropped first), so a flood of addresses cannot fill the memory."""


class LoginThrottle:
    """Wrong codes per address and when that address may try again."""

    def __init__(self) -> None:
        self._wrong: dict[str, tuple[int, float]] = {}  # address -> (wrong codes, time of the last one)

    def wait(self, address: str, now: float) -> float:
        """Seconds ``address`` must still wait before a code from it is compared (0: it may try now)."""
        wrong, last = self._wrong.get(address, (0, 0.0))
        if wrong < FREE_TRIES or now - last >= FORGET_AFTER_SECONDS:
            return 0.0
        delay = min(MAX_WAIT_SECONDS, 2.0 ** (wrong - FREE_TRIES))
        return max(0.0, last + delay - now)

    def failed(self, address: str, now: float) -> None:
        """A wrong code came from ``address``."""
        wrong, last = self._wrong.pop(address, (0, 0.0))
        if now - last >= FORGET_AFTER_SECONDS:
            wrong = 0
        self._wrong[address] = (wrong + 1, now)  # re-inserted: the dict stays ordered by last wrong code
        while len(self._wrong) > MAX_ADDRESSES:
            del self._wrong[next(iter(self._wrong))]

    def succeeded(self, address: str) -> None:
        """The right code came from ``address``: its wrong codes are forgotten."""
        self._wrong.pop(address, None)
