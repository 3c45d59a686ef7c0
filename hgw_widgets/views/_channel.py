"""One kernel-wide channel per key: a view publishes its current model, another view in the same page follows it.

A chapter is one kernel and its cells may not share globals, yet chapter 03's
feedback must follow the goal card built two cells earlier. The card builder
publishes its card under its store key; ``FeedbackHelper.from_case`` follows
the same key. Followers are held weakly, so a view that is gone is dropped.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

_latest: dict[str, Any] = {}
_followers: dict[str, list[weakref.WeakMethod]] = {}


def publish(key: str, value: Any) -> None:
    """Remember ``value`` as the latest for ``key`` and hand it to every live follower."""
    _latest[key] = value
    alive = []
    for ref in _followers.get(key, []):
        method = ref()
        if method is not None:
            alive.append(ref)
            method(value)
    _followers[key] = alive


def follow(key: str, method: Callable[[Any], None]) -> Any:
    """Call the bound ``method`` with every later value of ``key``; returns the latest one (or None)."""
    _followers.setdefault(key, []).append(weakref.WeakMethod(method))
    return _latest.get(key)


def forget_all() -> None:
    """Drop every latest value and follower, as a fresh kernel starts (tests call it between views)."""
    _latest.clear()
    _followers.clear()
