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
from .dutch_cli import DutchArgumentParser, whole_number

NOTEBOOKS = notebooks_dir()
DEFAULT_PORT = 8866
JOIN_URL_ENV = "HGW_JOIN_URL"
"""The URL participants open; in room mode told to the start page's kernels only, which show it (``JoinInfo``, which
has its own copy of the name; ``kernel_manager.room_kernel_env``)."""


TOKEN_PROBLEMS = {
    "format": "--token: gebruik minstens {n} tekens, alleen letters, cijfers, '-' en '_'",
    "digits": "--token: alleen cijfers is te makkelijk te raden; gebruik ook letters (of laat --token weg "
              "voor een willekeurige code)",
    "guessable": "--token: deze code is te makkelijk te raden (een gewoon woord, de naam van de werkmap of een rijtje "
                 "toetsen); "
                 "kies een code die niemand verwacht, of laat --token weg voor een willekeurige code",
}
"""What the trainer reads when ``room.token_problem`` refuses a code (argparse prints it with the usage)."""
DEFAULT_TAKEN = "Poort {default} is bezet (draait de werkmap al in een ander venster?); deze keer is het poort {port}."
"""Said when no ``--port`` was given and the usual port is taken: why the address is another one."""
PORT_HELP = f"poort (standaard {DEFAULT_PORT}, of een vrije poort als die bezet is)"
PORT_TAKEN = ("Poort {port} is al in gebruik (draait de werkmap al in een ander venster?). "
              "Kies een andere met --port, bijvoorbeeld --port {free}, of laat --port weg voor een vrije poort")


def voila_command(*, port: int = DEFAULT_PORT, ip: str = "127.0.0.1", extra: tuple[str, ...] = ()) -> list[str]:
    """The command line that serves the notebooks with Voilà (from any working folder)."""
    return [
        sys.executable,
        "-m",
        "hgw_widgets.server.voila_app",  # Voilà itself, with a checkout's template and config first
        str(NOTEBOOKS),
        "--no-browser",
        f"--port={port}",
        "--Voila.port_retries=0",  # never move to another port than the one printed (ports.py)
        f"--Voila.ip={ip}",
        *extra,
    ]


def room_command(*, port: int, ip: str, token: str, plan, base_url: str = "/",
                 hostnames: tuple[str, ...] = ("localhost",), behind_proxy: bool = False,
                 join_url: str | None = None, trainer: str = "") -> list[str]:
    """The Voilà command for room mode: token, preheated pool, and the room's hardening flags.

    ``hostnames``: names the participants may use besides IP addresses (``room.host_names``).
    ``behind_proxy``: believe a proxy on this machine about the visitor's address (``login.client_address``).
    ``join_url``: told to the start page's kernels only (``kernel_manager.room_kernel_env``).
    ``trainer``: the trainer's code for the wall (``wall.trainer_code``).
    """
    from . import room

    extra = room.voila_room_args(token=token, plan=plan, hostnames=hostnames, trainer=trainer)
    if behind_proxy:
        extra += ("--WorkbookVoila.behind_proxy=True",)
    if join_url:
        extra += (f"--RoomKernelManager.join_url={join_url}",)
    if base_url != "/":
        extra += (f"--Voila.base_url={base_url}",)
    return voila_command(port=port, ip=ip, extra=extra)


def lab_command(extra: Sequence[str] = ()) -> list[str]:
    """JupyterLab on 127.0.0.1 with the notebooks as its folder (for authors)."""
    return [sys.executable, "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.root_dir={NOTEBOOKS}", *extra]


DESCRIPTIONS = {
    "hgw-werkmap": "Start de HGW-werkmap: de hoofdstukken over handelingsgericht werken als pagina's in je browser. "
                   "Kies wat je wilt doen; meer uitleg per keuze met bijvoorbeeld: hgw-werkmap serve --help",
    "serve": "Zet de werkmap klaar op deze computer. Open daarna in je browser het adres dat verschijnt; "
             "alleen deze computer kan erbij. Wat je invult, blijft op deze computer. Stoppen: Ctrl+C.",
    "room": "Zet de werkmap klaar voor een zaal: deelnemers openen op hun eigen computer, in hetzelfde netwerk, "
            "het adres met de toegangscode dat verschijnt. Iedereen werkt in zijn eigen pagina's en ziet het werk "
            "van anderen niet. Stoppen: Ctrl+C (wat niet gedownload is, is dan weg).",
    "lab": "Open de werkmap in JupyterLab om hoofdstukken te bekijken of te bewerken (voor auteurs, alleen op deze "
           "computer). Verdere opties gaan naar JupyterLab (de Engelse uitleg daarvan: hgw-werkmap lab --help-all).",
}
"""What ``hgw-werkmap --help`` and ``hgw-werkmap <command> --help`` say each command does."""


def _parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(prog="hgw-werkmap", description=DESCRIPTIONS["hgw-werkmap"])
    commands = parser.add_subparsers(dest="command", required=True, metavar="serve | room | lab", title="opdrachten")
    serve = commands.add_parser("serve", help="de werkmap op deze computer (http://127.0.0.1:8866)",
                                description=DESCRIPTIONS["serve"])
    serve.add_argument("--port", type=whole_number, default=None, metavar="POORT", help=PORT_HELP)
    serve.set_defaults(parser=serve)  # a mistake found after parsing is said with this command's usage
    room = commands.add_parser("room", help="de werkmap voor een zaal: andere computers kunnen meedoen",
                               description=DESCRIPTIONS["room"])
    room.add_argument("--port", type=whole_number, default=None, metavar="POORT", help=PORT_HELP)
    room.set_defaults(parser=room)
    room.add_argument("--ip", default="0.0.0.0", metavar="ADRES", help="adres om op te luisteren (standaard 0.0.0.0: elk netwerk)")
    room.add_argument("--participants", type=whole_number, default=20, metavar="AANTAL", help="aantal deelnemers (standaard 20)")
    room.add_argument("--token", default=None, metavar="CODE", help="toegangscode (standaard een willekeurige code)")
    room.add_argument(
        "--warm", action="append", default=None, metavar="NOTITIEBOEK",
        help="notitieboek dat iedereen tegelijk opent (herhaalbaar; standaard 00-start.ipynb)",
    )
    room.add_argument("--base-url", default="/", metavar="PAD", help="pad achter een proxy, bijvoorbeeld /werkmap/")
    room.add_argument("--public-url", default=None, metavar="ADRES", help="adres dat deelnemers openen, achter een proxy")
    room.add_argument("--behind-proxy", action="store_true",
                      help="de werkmap staat achter een proxy op deze computer (nginx) die in X-Real-IP zegt "
                           "welke computer iets vraagt; zonder deze optie telt alleen het echte adres")
    commands.add_parser("lab", help="open de werkmap in JupyterLab (voor auteurs); verdere opties gaan naar JupyterLab",
                        description=DESCRIPTIONS["lab"])
    return parser


def main(argv: list[str] | None = None) -> None:
    """Run ``hgw-werkmap``; replaces this process with Voilà or JupyterLab (on Windows: waits for it)."""
    parser = _parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["lab"]:
        if argv[1:] in (["-h"], ["--help"]):  # our Dutch help; JupyterLab's own: --help-all
            parser.parse_args(argv)
        from .voila_app import use_checkout_files

        use_checkout_files()  # the Voilà preview in JupyterLab uses a checkout's template too
        _replace_process(lab_command(argv[1:]))
        return
    args = parser.parse_args(argv)
    if args.command == "room":
        _exec_room(args, args.parser)
        return
    os.environ.pop(JOIN_URL_ENV, None)
    port = _port(args.port, "127.0.0.1", args.parser)
    cmd = voila_command(port=port)
    print(f"De werkmap staat klaar op http://127.0.0.1:{port}/  (stoppen: Ctrl+C)", flush=True)
    print(f"Muur van de groep (om beurten delen op deze computer): http://127.0.0.1:{port}/hgw/muur", flush=True)
    _replace_process(cmd)


def _port(asked: int | None, ip: str, parser: argparse.ArgumentParser) -> int:
    """The port to serve on: ``--port`` if free (else a Dutch refusal, exit code 2); without it 8866 or a free one."""
    from .ports import any_free_port, choose_port, port_is_free

    if asked is None:
        port = choose_port(ip, DEFAULT_PORT)
        if port != DEFAULT_PORT:
            print(DEFAULT_TAKEN.format(default=DEFAULT_PORT, port=port), flush=True)
        return port
    if not 1 <= asked <= 65535:
        parser.error("--port: een getal van 1 tot en met 65535")
    if not port_is_free(ip, asked):
        parser.exit(2, f"{parser.prog}: {PORT_TAKEN.format(port=asked, free=any_free_port(ip))}\n")  # not a usage error
    return asked


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
    port = _port(args.port, args.ip, parser)
    base_url = room.normalise_base_url(args.base_url)
    if base_url is None:
        parser.error("--base-url: een pad als /werkmap/ (letters, cijfers, '-', '_' en '/')")
    if args.public_url:
        url = room.public_join_url(args.public_url, token)
        if url is None:
            parser.error("--public-url: een http(s)-adres, bijvoorbeeld https://werkmap.school.nl/werkmap/")
    else:
        url = room.join_url(room.host_for(args.ip), port, token, base_url=base_url)
    os.environ.pop(JOIN_URL_ENV, None)  # Voilà passes its environment on to every kernel: the start page's get it
    hostnames = room.host_names(socket.gethostname(), args.public_url)
    from .wall import trainer_code, trainer_url

    trainer = trainer_code(token)
    cmd = room_command(port=port, ip=args.ip, token=token, plan=plan, base_url=base_url, hostnames=hostnames,
                       behind_proxy=args.behind_proxy, join_url=url, trainer=trainer)
    print(room.banner(url, plan, args.participants, wall_url=trainer_url(url, trainer)), flush=True)
    _replace_process(cmd)


if __name__ == "__main__":
    main()
