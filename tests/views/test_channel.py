"""The kernel-wide channel: a follower gets the latest value and every later one; forget_all starts afresh."""

from __future__ import annotations

from hgw_widgets.views import _channel


class _Follower:
    def __init__(self) -> None:
        self.seen: list = []

    def take(self, value) -> None:
        self.seen.append(value)


def test_a_follower_gets_the_latest_value_and_later_ones_until_all_is_forgotten():
    _channel.publish("kaart", 1)
    follower = _Follower()
    assert _channel.follow("kaart", follower.take) == 1
    _channel.publish("kaart", 2)
    assert follower.seen == [2]
    _channel.forget_all()
    assert _channel.follow("kaart", _Follower().take) is None
    _channel.publish("kaart", 3)
    assert follower.seen == [2]  # forgotten followers hear nothing more
