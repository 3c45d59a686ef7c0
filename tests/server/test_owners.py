"""Room mode's kernel owners and the limit per participant (``hgw_widgets.server.owners``), without a server."""

from __future__ import annotations

from hgw_widgets.server.owners import KernelOwners, kernels_to_free


def test_a_kernel_belongs_to_the_participant_whose_page_started_it():
    owners = KernelOwners()
    owners.bind("k1", "anna", since=1.0)
    owners.bind("k1", "bram", since=2.0)  # never handed over
    assert owners.owner("k1") == "anna"
    assert owners.may_use("k1", "anna")
    assert not owners.may_use("k1", "bram")
    assert not owners.may_use("k1", None)
    assert not owners.may_use("pool-kernel", "anna")  # no page was rendered with it: nobody's


def test_dead_kernels_are_forgotten():
    owners = KernelOwners()
    owners.bind("k1", "anna")
    owners.bind("k2", "anna")
    owners.forget_all_but(["k2"])
    assert owners.owner("k1") is None and owners.count("anna") == 1


def test_pages_being_served_count_toward_the_limit():
    owners = KernelOwners()
    owners.bind("k1", "anna")
    assert owners.reserve("anna", 3) and owners.reserve("anna", 3)
    assert not owners.reserve("anna", 3)  # 1 kernel + 2 pages on their way
    assert owners.reserve("bram", 3)  # another participant is not affected
    owners.release("anna")
    assert owners.pending("anna") == 1 and owners.reserve("anna", 3)


def test_only_closed_pages_old_enough_are_freed_oldest_first():
    owned = [("a", 0.0), ("b", 10.0), ("c", 50.0), ("d", 95.0)]
    connections = {"a": 1, "b": 0, "c": 0, "d": 0}
    # at the limit of 4: one must go; "a" has its page open, "d" may still be loading
    assert kernels_to_free(owned, connections, 0, now=100.0, limit=4, grace=30.0) == ["b"]
    assert kernels_to_free(owned, connections, 1, now=100.0, limit=4, grace=30.0) == ["b", "c"]
    assert kernels_to_free(owned, connections, 0, now=100.0, limit=5, grace=30.0) == []
    assert kernels_to_free(owned, {k: 1 for k, _ in owned}, 0, now=100.0, limit=4, grace=30.0) == []


def test_the_room_counts_everybodys_kernels_and_pages_being_served():
    owners = KernelOwners()
    owners.bind("k2", "bram", since=2.0)
    owners.bind("k1", "anna", since=1.0)
    assert owners.reserve("carla", 6)
    assert owners.held() == 3 and owners.pending_total() == 1
    assert owners.all_kernels() == [("k1", 1.0), ("k2", 2.0)]
    owners.forget_all_but(["k2"])
    owners.release("carla")
    assert owners.held() == 1 and owners.all_kernels() == [("k2", 2.0)]
