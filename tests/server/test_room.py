"""Room mode's decisions before Voilà starts (``hgw_widgets.server.room``): pool size, token, URLs."""

from __future__ import annotations

import pytest

from hgw_widgets.server import codes, room
from hgw_widgets.server.room import PoolPlan, plan_pool

NOTEBOOKS = ("00-start.ipynb", "01-a.ipynb", "02-b.ipynb", "03-c.ipynb")

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


def test_make_token_is_random_and_acceptable():
    tokens = {room.make_token() for _ in range(500)}
    assert len(tokens) == 500
    for token in tokens:
        assert len(token) == codes.TOKEN_LENGTH
        assert set(token) <= set(codes.TOKEN_ALPHABET)
        assert room.token_is_acceptable(token)


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("Zaal3-dinsdag_x", None), ("zaal-2026-abc", None), ("testzaal-7b9kq2", None), ("y8nhmw4hnbe3", None),
        ("short", "format"), ("abcdefgh", "format"), ("met spatie1", "format"), ("a&b=c;d<e>", "format"), ("", "format"),
        # issue 18: --token accepted these
        ("12345678", "format"), ("password", "format"), ("training", "format"),
        ("1234567890", "digits"), ("2026-03-12", "digits"),
        ("password12", "guessable"), ("training2026", "guessable"), ("Wachtwoord-2026", "guessable"),
        ("qwertyuiop", "guessable"), ("abcdefgh23", "guessable"), ("aaaaaaaaaa", "guessable"), ("zaal-zaal-1", "guessable"), ("Zaal-3_2026", "guessable"),
        # the product's own name, and common words written together
        ("hgwwerkmap", "guessable"), ("HGW-werkmap-2026", "guessable"), ("mijnwerkmap7", "guessable"),
        ("hgw-zaal-k3v9", "guessable"), ("welkomtraining", "guessable"), ("cursus-mentor-12", "guessable"),
    ],
)
def test_token_problem(token, problem):
    assert room.token_problem(token) == problem
    assert room.token_is_acceptable(token) is (problem is None)


def test_host_names_for_a_room():
    assert room.host_names("Trainer-Laptop") == ("localhost", "trainer-laptop", "trainer-laptop.local")
    assert room.host_names("localhost", "https://Werkmap.School.nl/werkmap/") == ("localhost", "werkmap.school.nl")


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


@pytest.mark.parametrize(("participants", "says", "never"), [
    (1, "voor 1 deelnemer ", "1 deelnemers"), (2, "voor 2 deelnemers ", "2 deelnemer "),
])
def test_banner_counts_participants_in_good_dutch(participants, says, never):
    plan = plan_pool(participants, 24_000, notebooks=("00-start.ipynb", "01-a.ipynb"))
    text = room.banner("http://127.0.0.1:8866/?token=abcdefgh23", plan, participants)
    assert says in text and never not in text


@pytest.mark.parametrize(("participants", "mem", "expected"), [
    (20, 24_000, 20 * room.KERNELS_PER_PARTICIPANT),  # plenty of memory: the limit per participant decides
    (20, 8_000, 20 * room.PAGES_PER_PARTICIPANT_AT_LEAST),  # the pool took the rest
    (20, 2_000, 20 * room.PAGES_PER_PARTICIPANT_AT_LEAST),
    (10, None, 10 * room.PAGES_PER_PARTICIPANT_UNKNOWN_MEMORY),
])
def test_the_plan_limits_the_rooms_open_pages(participants, mem, expected):
    """A fresh login got six new pages each time; the room as a whole now has a limit, from the same plan."""
    notebooks = tuple(f"{i:02d}-x.ipynb" for i in range(10))
    plan = plan_pool(participants, mem, notebooks=notebooks, warm=("00-x.ipynb",))
    assert plan.room_kernels == expected
    if mem is not None and plan.room_kernels > participants * room.PAGES_PER_PARTICIPANT_AT_LEAST:
        assert (plan.total + plan.room_kernels) * plan.kernel_mb <= mem - room.RESERVE_MB
    args = room.voila_room_args(token="abcdefgh23", plan=plan)
    assert f"--WorkbookVoila.kernels_in_room={expected}" in args
    assert f"hooguit {expected} " in room.banner("http://x:1/?token=a", plan, participants)
