"""Room mode: what ``hgw-werkmap room`` decides before it starts Voilà.

Pure functions (no Voilà, no widgets), so they are tested without a server:
the access token, the join URL, the size of the pool of preheated kernels and the
Voilà options that harden a server other machines can reach.

Voilà keeps one pool of preheated kernels *per notebook*; a pooled kernel has already run
its notebook, so a visitor gets a finished page at once. The notebooks everybody opens at
the same moment (``warm``, by default the start page) get a kernel for every participant;
the other chapters a few each. The pool is cut down when free memory would not also hold
the participants' own kernels.
"""

from __future__ import annotations

import json
import math
import re
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

KERNEL_MB = 120
"""Memory budget per kernel. Measured RSS per chapter: 55-150 MB (benchmarks/bench_kernel_memory.py)."""
RESERVE_MB = 1024
"""Memory left for the server, the browser of the trainer and the rest of the machine."""
MAX_PARTICIPANTS = 200
WARM_DEFAULT = ("00-start.ipynb",)
OTHER_SHARE = 10
"""Every other chapter keeps one preheated kernel per this many participants (at least one)."""
CULL_IDLE_SECONDS = 180
CULL_INTERVAL_SECONDS = 30
IOPUB_TIMEOUT_SECONDS = 30
POOL_START_INTERVAL_SECONDS = 2.0
"""Preheated kernels start this far apart, so that refilling the pool leaves CPU for the participants."""
POOL_REFILL_DELAY_SECONDS = 5.0
"""Voilà refills the pool this long after a kernel was taken (its default: 1 s). A room arriving at
once is served within about a second; with Voilà's default the first new kernel started while the
participants were typing and their feedback took twice as long (``benchmarks/bench_load.py``)."""
LARGEST_UPLOAD_BYTES = 10 * 1024 * 1024
"""The largest file any upload in the workbook accepts: a grade file (``domain.grades.MAX_BYTES``; a saved
work file may be 2 MB). A page never sends a bigger file: the template's ``hgw-upload.js`` sends only its name
and size, and the view says in Dutch that it is too big. A test keeps the three numbers in step."""
WEBSOCKET_MAX_MESSAGE_BYTES = LARGEST_UPLOAD_BYTES + 2 * 1024 * 1024
"""Tornado's ``websocket_max_message_size`` (default 10 MiB). A file of the largest accepted size travels in
one widget message with a small envelope; at 10 MiB the server closed the page's connection instead, no
message appeared and later uploads did nothing (issue 12). Also in ``etc/jupyter/voila.json`` for ``serve``."""
KERNELS_PER_PARTICIPANT = 6
"""Most open pages (kernels) one participant may hold: a few chapters in tabs is normal; thirty page loads from
one browser took 3.4 GB (issue 18). Beyond it the participant gets a Dutch page (``hgw-too-many-pages.html``)."""
TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to copy from a projector
TOKEN_LENGTH = 12
TOKEN_MIN_LENGTH = 10
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{%d,128}$" % TOKEN_MIN_LENGTH)
COMMON_WORDS = frozenset({
    "password", "passwort", "wachtwoord", "welkom", "welcome", "geheim", "secret", "letmein", "toegang",
    "toegangscode", "code", "token", "admin", "test", "testen", "training", "trainer", "trainen", "cursus",
    "workshop", "werkmap", "hgw", "handelingsgericht", "handelingsgerichtwerken", "school", "zaal", "les",
    "docent", "docenten", "mentor", "mentoren", "leerling", "jupyter", "voila", "qwerty", "azerty",
})
"""Words a trainer might pick as a code, which a guesser tries first (checked without digits and '-'/'_')."""
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn")
_BASE_URL_RE = re.compile(r"^/([A-Za-z0-9_.-]+/)*$")


@dataclass(frozen=True)
class PoolPlan:
    """How many preheated kernels Voilà keeps per notebook.

    Attributes:
        sizes: ``(notebook name, pool size)`` for the notebooks with their own size.
        default: pool size of every other notebook.
        notebooks: all notebooks served (to compute the total).
        kernel_mb: memory budget per kernel used for the plan.
        limited: True when free memory made the pool smaller than wanted.
    """

    sizes: tuple[tuple[str, int], ...]
    default: int
    notebooks: tuple[str, ...]
    kernel_mb: int = KERNEL_MB
    limited: bool = False

    @property
    def total(self) -> int:
        """Preheated kernels over all notebooks."""
        own = dict(self.sizes)
        return sum(own.get(name, self.default) for name in self.notebooks)

    def pools_config(self) -> dict:
        """Voilà's ``VoilaKernelManager.kernel_pools_config``."""
        config: dict = {"default": {"pool_size": self.default}}
        for name, size in self.sizes:
            config[name] = {"pool_size": size}
        return config


def plan_pool(
    participants: int,
    mem_available: int | None,
    *,
    notebooks: tuple[str, ...],
    warm: tuple[str, ...] = WARM_DEFAULT,
    kernel_mb: int = KERNEL_MB,
    reserve_mb: int = RESERVE_MB,
) -> PoolPlan:
    """Size the pool from the number of participants and the free memory (MB).

    Each participant will hold a kernel of their own (the pooled kernel they took); what is
    left of the free memory after that and a reserve may be spent on the pool. The warm
    notebooks come first (a kernel per participant), the other chapters share the rest.
    """
    if participants < 1:
        raise ValueError("participants must be at least 1")
    warm = tuple(name for name in warm if name in notebooks)
    others = tuple(name for name in notebooks if name not in warm)
    want_warm = participants
    want_other = max(1, math.ceil(participants / OTHER_SHARE))
    if mem_available is None:
        budget = len(warm) * want_warm + len(others) * want_other  # unknown: trust the trainer's number
    else:
        budget = max(0, (mem_available - reserve_mb) // kernel_mb - participants)
    warm_size = min(want_warm, budget // len(warm)) if warm else 0
    budget -= warm_size * len(warm)
    other_size = min(want_other, budget // len(others)) if others else 0
    limited = warm_size < want_warm or other_size < want_other
    return PoolPlan(
        sizes=tuple((name, warm_size) for name in warm),
        default=other_size,
        notebooks=tuple(notebooks),
        kernel_mb=kernel_mb,
        limited=limited,
    )


def mem_available_mb(meminfo: Path = Path("/proc/meminfo")) -> int | None:
    """``MemAvailable`` in MB, or None where the kernel does not report it (not Linux)."""
    try:
        for line in meminfo.read_text(encoding="ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def make_token() -> str:
    """A random access code of 12 easy-to-copy characters (about 59 bits) that ``token_problem`` accepts."""
    while True:
        token = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))
        if token_problem(token) is None:  # almost always at once (a run of digits is refused, rarely)
            return token


def token_problem(token: str) -> str | None:
    """Why a trainer's own access code is refused, or None when it is fine.

    Returns:
        ``"format"``: not ``TOKEN_MIN_LENGTH``-128 characters of ``A-Z a-z 0-9 - _`` (it must survive being
        typed into a URL); ``"digits"``: only digits (``12345678``); ``"guessable"``: a common word, a
        keyboard or alphabet run or a few repeated letters, with or without digits (``password``,
        ``training2026``, ``qwertyuiop``). Issue 18: such codes are the first a guesser tries.
    """
    if not _TOKEN_RE.fullmatch(token):
        return "format"
    letters = re.sub(r"[-_0-9]", "", token.lower())
    if not letters:
        return "digits"
    if (len(set(letters)) < 4 or letters in COMMON_WORDS or any(letters in run for run in _RUNS)
            or any(letters == word * (len(letters) // len(word)) for word in COMMON_WORDS)):
        return "guessable"
    return None


def token_is_acceptable(token: str) -> bool:
    """A trainer's own token passes ``token_problem``."""
    return token_problem(token) is None


def notebook_name(name: str) -> str:
    """``02-doelgericht-werken`` or ``02-doelgericht-werken.ipynb`` -> the file name."""
    return name if name.endswith(".ipynb") else f"{name}.ipynb"


def host_for(ip: str) -> str:
    """The address participants type: this machine's LAN address when listening on all addresses."""
    if ip not in ("", "0.0.0.0", "::"):
        return ip
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # no packet is sent; picks the outgoing interface
            return probe.getsockname()[0]
        except OSError:
            return socket.gethostname()


def join_url(host: str, port: int, token: str, *, base_url: str = "/") -> str:
    """The URL participants open (the token logs them in; a cookie keeps them in)."""
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}{base_url}?token={token}"


def public_join_url(public_url: str, token: str) -> str | None:
    """The join URL behind a proxy (``https://werkmap.school.nl/werkmap/``), or None if not http(s)."""
    parts = urlsplit(public_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        return None
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme}://{parts.netloc}{path}?token={token}"


def normalise_base_url(base_url: str) -> str | None:
    """``werkmap`` -> ``/werkmap/``; None for anything that is not a plain path."""
    path = "/" + base_url.strip().strip("/") + "/" if base_url.strip("/ ") else "/"
    return path if _BASE_URL_RE.fullmatch(path) and ".." not in path else None


def host_names(hostname: str, public_url: str | None = None) -> tuple[str, ...]:
    """The names (not IP addresses) participants may use to reach the room: ``Host`` headers accepted.

    ``localhost``, this machine's name (``socket.gethostname()``, also with ``.local``, as ``host_for``
    may print it) and the host of ``--public-url`` (behind a proxy that passes the ``Host`` header on).
    """
    names = ["localhost"]
    if hostname and hostname != "localhost":
        names += [hostname.lower(), hostname.lower() + ".local"]
    if public_url:
        public_host = urlsplit(public_url.strip()).hostname
        if public_host:
            names.append(public_host.lower())
    return tuple(dict.fromkeys(names))


def voila_room_args(*, token: str, plan: PoolPlan, hostnames: tuple[str, ...] = ("localhost",),
                    trainer: str = "") -> tuple[str, ...]:
    """Voilà options for room mode (on top of ``voila.json``, which they override where both set a key).

    ``trainer``: the trainer's code for the wall (``trainer_code``); passed as an option, never in the
    environment, which Voilà hands on to every participant's kernel.
    """
    args = [
        f"--Voila.token={token}",
        "--WorkbookVoila.room=True",
        f"--WorkbookVoila.kernels_per_participant={KERNELS_PER_PARTICIPANT}",
        *(f"--WorkbookVoila.local_hostnames={name}" for name in hostnames),
        "--VoilaConfiguration.show_tracebacks=False",
        "--VoilaConfiguration.allow_template_override=NO",
        "--VoilaConfiguration.allow_theme_override=NO",
        f"--VoilaExecutor.iopub_timeout={IOPUB_TIMEOUT_SECONDS}",
        f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_SECONDS}",
        f"--MappingKernelManager.cull_interval={CULL_INTERVAL_SECONDS}",
        "--MappingKernelManager.cull_connected=False",
        "--Voila.kernel_websocket_connection_class=hgw_widgets.server.kernel_socket.RoomKernelConnection",
        "--Voila.identity_provider_class=hgw_widgets.server.login.RoomIdentityProvider",
        "--VoilaConfiguration.multi_kernel_manager_class=hgw_widgets.server.kernel_manager.RoomKernelManager",
        f"--RoomKernelManager.pool_start_interval={POOL_START_INTERVAL_SECONDS}",
        f"--VoilaKernelManager.fill_delay={POOL_REFILL_DELAY_SECONDS}",
        # traitlets keeps the app's logger at DEBUG and filters in the handler: every debug line (one
        # per kernel message) was still formatted into a record and thrown away
        '--Voila.logging_config={"loggers":{"Voila":{"level":"INFO"}}}',
        "--Voila.tornado_settings=" + json.dumps({"websocket_max_message_size": WEBSOCKET_MAX_MESSAGE_BYTES}),
    ]
    if trainer:
        args.append(f"--WorkbookVoila.trainer_code={trainer}")
    if plan.total > 0:
        args += [
            "--VoilaConfiguration.preheat_kernel=True",
            f"--VoilaConfiguration.default_pool_size={plan.default}",
            "--VoilaKernelManager.kernel_pools_config=" + json.dumps(plan.pools_config(), separators=(",", ":")),
        ]
    return tuple(args)


def banner(url: str, plan: PoolPlan, participants: int, *, wall_url: str = "") -> str:
    """What the trainer reads in the terminal; ``wall_url``: the trainer's wall (``wall.trainer_url``)."""
    lines = [
        "De werkmap wordt geserveerd voor een zaal.",
        f"Deelnemers openen:  {url}",
        "(Iedereen met deze link kan meedoen; deel hem alleen in de zaal. Stoppen: Ctrl+C.)",
    ]
    if wall_url:
        lines.append(f"Trainer, de muur van de groep (alleen voor jou, niet delen):  {wall_url}")
    lines += [
        f"Voorverwarmde kernels: {plan.total} voor {participants} deelnemers "
        f"(ongeveer {plan.total * plan.kernel_mb} MB); het opwarmen duurt ongeveer "
        f"{max(1, math.ceil(plan.total * POOL_START_INTERVAL_SECONDS / 60))} min.",
    ]
    if plan.limited:
        lines.append("Let op: te weinig vrij geheugen voor een volledige voorraad; eerste bezoeken zijn trager.")
    return "\n".join(lines)
