"""Wrong access codes slowed down per address (``hgw_widgets.server.throttle``), on a clock the test controls."""

from __future__ import annotations

from hgw_widgets.server.throttle import FORGET_AFTER_SECONDS, FREE_TRIES, MAX_WAIT_SECONDS, LoginThrottle


def test_a_few_typos_cost_nothing():
    throttle = LoginThrottle()
    for _ in range(FREE_TRIES - 1):
        throttle.failed("10.0.0.8", 0.0)
    assert throttle.wait("10.0.0.8", 0.0) == 0.0


def test_many_wrong_codes_wait_longer_and_longer_up_to_a_cap():
    throttle = LoginThrottle()
    waits = []
    for i in range(FREE_TRIES + 10):
        throttle.failed("10.0.0.66", 0.0)
        waits.append(throttle.wait("10.0.0.66", 0.0))
    assert waits[FREE_TRIES - 1] == 1.0 and waits[FREE_TRIES] == 2.0 and waits[FREE_TRIES + 1] == 4.0
    assert max(waits) == MAX_WAIT_SECONDS
    assert throttle.wait("10.0.0.66", MAX_WAIT_SECONDS) == 0.0  # then one more try
    assert throttle.wait("10.0.0.7", 0.0) == 0.0  # other addresses are not affected


def test_the_right_code_and_time_forget_wrong_codes():
    throttle = LoginThrottle()
    for _ in range(FREE_TRIES + 3):
        throttle.failed("a", 0.0)
        throttle.failed("b", 0.0)
    throttle.succeeded("a")
    assert throttle.wait("a", 0.0) == 0.0
    throttle.failed("b", FORGET_AFTER_SECONDS + 1)  # a typo long after: counts as the first
    assert throttle.wait("b", FORGET_AFTER_SECONDS + 1) == 0.0
