"""The launcher: ``hgw-werkmap serve | room | lab`` (also ``python -m hgw_widgets ...``).

``./werkmap serve``, the browser tests and the benchmarks all build their command here, so what the
tests check is what a user gets. Pure Python (no shell), the same on Linux, macOS and Windows, and
from any folder: the notebooks are found in the package (``hgw_widgets.paths``), the template and
``voila.json`` through Jupyter's search paths (``voila_app``).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
from collections.abc import Sequence

from ..paths import notebooks_dir

NOTEBOOKS = notebooks_dir()
DEFAULT_PORT = 8866
JOIN_URL_ENV = "HGW_JOIN_URL"
"""Set in room mode to the URL participants open; the start page shows it (``JoinInfo``, which has its own copy)."""


TOKEN_PROBLEMS = {
    "format": "--token: gebruik minstens {n} tekens, alleen letters, cijfers, '-' en '_'",
    "digits": "--token: alleen cijfers is te makkelijk te raden; gebruik ook letters (of laat --token weg "
              "voor een willekeurige code)",
    "guessable": "--token: deze code is te makkelijk te raden (een gewoon woord of een rijtje toetsen); "
                 "kies een code die niemand verwacht, of laat --token weg voor een willekeurige code",
}
"""What the trainer reads when ``room.token_problem`` refuses a code (argparse prints it with the usage)."""


def voila_command(*, port: int = DEFAULT_PORT, ip: str = "127.0.0.1", extra: tuple[str, ...] = ()) -> list[str]:
    """The command line that serves the notebooks with Voilà (from any working folder)."""
    return [
        sys.executable,
        "-m",
        "hgw_widgets.server.voila_app",  # Voilà itself, with a checkout's template and config first
        str(NOTEBOOKS),
        "--no-browser",
        f"--port={port}",
        f"--Voila.ip={ip}",
        *extra,
    ]


def room_command(*, port: int, ip: str, token: str, plan, base_url: str = "/",
                 hostnames: tuple[str, ...] = ("localhost",), trainer: str = "") -> list[str]:
    """The Voilà command for room mode: token, preheated pool, and the room's hardening flags.

    ``hostnames``: names the participants may use besides IP addresses (``room.host_names``).
    ``trainer``: the trainer's code for the wall (``room.trainer_code``).
    """
    from . import room

    extra = room.voila_room_args(token=token, plan=plan, hostnames=hostnames, trainer=trainer)
    if base_url != "/":
        extra += (f"--Voila.base_url={base_url}",)
    return voila_command(port=port, ip=ip, extra=extra)


def lab_command(extra: Sequence[str] = ()) -> list[str]:
    """JupyterLab on 127.0.0.1 with the notebooks as its folder (for authors)."""
    return [sys.executable, "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.root_dir={NOTEBOOKS}", *extra]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hgw-werkmap", description="Start de HGW-werkmap.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="serve | room | lab")
    serve = commands.add_parser("serve", help="de werkmap op http://127.0.0.1:8866 (alleen deze computer)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="poort (standaard 8866)")
    room = commands.add_parser("room", help="serveer aan een zaal: andere computers kunnen meedoen")
    room.add_argument("--port", type=int, default=DEFAULT_PORT, help="poort (standaard 8866)")
    room.add_argument("--ip", default="0.0.0.0", help="adres om op te luisteren (standaard 0.0.0.0: elk netwerk)")
    room.add_argument("--participants", type=int, default=20, help="aantal deelnemers (standaard 20)")
    room.add_argument("--token", default=None, help="toegangscode (standaard een willekeurige code)")
    room.add_argument(
        "--warm", action="append", default=None, metavar="NOTEBOOK",
        help="notitieboek dat iedereen tegelijk opent (herhaalbaar; standaard 00-start.ipynb)",
    )
    room.add_argument("--base-url", default="/", help="pad achter een proxy, bijvoorbeeld /werkmap/")
    room.add_argument("--public-url", default=None, help="adres dat deelnemers openen, achter een proxy")
    commands.add_parser("lab", help="open de werkmap in JupyterLab (voor auteurs); verdere opties gaan naar JupyterLab")
    return parser


def main(argv: list[str] | None = None) -> None:
    """Run ``hgw-werkmap``; replaces this process with Voilà or JupyterLab (on Windows: waits for it)."""
    parser = _parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["lab"]:
        from .voila_app import use_checkout_files

        use_checkout_files()  # the Voilà preview in JupyterLab uses a checkout's template too
        _replace_process(lab_command(argv[1:]))
        return
    args = parser.parse_args(argv)
    if args.command == "room":
        _exec_room(args, parser)
        return
    os.environ.pop(JOIN_URL_ENV, None)
    cmd = voila_command(port=args.port)
    print(f"De werkmap staat klaar op http://127.0.0.1:{args.port}/  (stoppen: Ctrl+C)", flush=True)
    print(f"Muur van de groep (om beurten delen op deze computer): http://127.0.0.1:{args.port}/hgw/muur", flush=True)
    _replace_process(cmd)


def _replace_process(cmd: list[str]) -> None:
    if os.name == "nt":  # Windows has no exec that keeps the console's Ctrl+C: run it as a child
        sys.exit(subprocess.call(cmd))
    os.execv(cmd[0], cmd)


def _exec_room(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Room mode: check the options, print how to join, and replace this process with Voilà."""
    from . import room

    if not 1 <= args.participants <= room.MAX_PARTICIPANTS:
        parser.error(f"--participants moet tussen 1 en {room.MAX_PARTICIPANTS} liggen")
    token = args.token or room.make_token()
    problem = room.token_problem(token)
    if problem is not None:
        parser.error(TOKEN_PROBLEMS[problem].format(n=room.TOKEN_MIN_LENGTH))
    warm = tuple(room.notebook_name(n) for n in (args.warm or room.WARM_DEFAULT))
    unknown = [n for n in warm if not (NOTEBOOKS / n).is_file()]
    if unknown:
        parser.error(f"--warm: onbekend notitieboek {', '.join(unknown)}")
    plan = room.plan_pool(
        args.participants,
        room.mem_available_mb(),
        notebooks=tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))),
        warm=warm,
    )
    base_url = room.normalise_base_url(args.base_url)
    if base_url is None:
        parser.error("--base-url: een pad als /werkmap/ (letters, cijfers, '-', '_' en '/')")
    if args.public_url:
        url = room.public_join_url(args.public_url, token)
        if url is None:
            parser.error("--public-url: een http(s)-adres, bijvoorbeeld https://werkmap.school.nl/werkmap/")
    else:
        url = room.join_url(room.host_for(args.ip), args.port, token, base_url=base_url)
    os.environ[JOIN_URL_ENV] = url  # Voilà passes its environment on to the kernels (JoinInfo reads it)
    hostnames = room.host_names(socket.gethostname(), args.public_url)
    from .wall import trainer_code, trainer_url

    trainer = trainer_code(token)
    cmd = room_command(port=args.port, ip=args.ip, token=token, plan=plan, base_url=base_url, hostnames=hostnames,
                       trainer=trainer)
    print(room.banner(url, plan, args.participants, wall_url=trainer_url(url, trainer)), flush=True)
    _replace_process(cmd)


if __name__ == "__main__":
    main()
