"""Start Voilà on the workbook with the repository's configuration.

``./werkmap serve`` and the browser tests both build their command here, so
what the tests check is what a user gets. The configuration itself lives in
``voila.json`` at the repository root (loaded because Voilà runs from there).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
DEFAULT_PORT = 8866
JOIN_URL_ENV = "HGW_JOIN_URL"
"""Set in room mode to the URL participants open; the start page shows it (``JoinInfo``)."""


def voila_command(*, port: int = DEFAULT_PORT, ip: str = "127.0.0.1", extra: tuple[str, ...] = ()) -> list[str]:
    """The command line that serves ``notebooks/`` with Voilà (run it with cwd=REPO)."""
    return [
        sys.executable,
        "-m",
        "hgw_widgets._voila",  # Voilà itself, with the workbook's template (share/jupyter) findable
        str(NOTEBOOKS),
        "--no-browser",
        f"--port={port}",
        f"--Voila.ip={ip}",
        *extra,
    ]


def main(argv: list[str] | None = None) -> None:
    """Serve the workbook on http://127.0.0.1:8866, or to a room with ``--room`` (replaces this process)."""
    parser = argparse.ArgumentParser(prog="werkmap serve", description="Serveer de HGW-werkmap met Voilà.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="poort (standaard 8866)")
    parser.add_argument("--room", action="store_true", help="serveer aan een zaal: andere computers kunnen meedoen")
    parser.add_argument("--ip", default=None, help="adres om op te luisteren (met --room standaard 0.0.0.0)")
    parser.add_argument("--participants", type=int, default=20, help="aantal deelnemers (met --room, standaard 20)")
    parser.add_argument("--token", default=None, help="toegangscode (met --room; standaard een willekeurige code)")
    parser.add_argument(
        "--warm", action="append", default=None, metavar="NOTEBOOK",
        help="notitieboek dat iedereen tegelijk opent (herhaalbaar; standaard 00-start.ipynb)",
    )
    parser.add_argument("--base-url", default="/", help="pad achter een proxy, bijvoorbeeld /werkmap/ (met --room)")
    parser.add_argument("--public-url", default=None, help="adres dat deelnemers openen, achter een proxy (met --room)")
    args = parser.parse_args(argv)
    os.chdir(REPO)
    if args.room:
        _exec_room(args, parser)
        return
    if args.ip not in (None, "127.0.0.1"):
        parser.error("--ip werkt alleen samen met --room")
    os.environ.pop(JOIN_URL_ENV, None)
    cmd = voila_command(port=args.port)
    print(f"De werkmap staat klaar op http://127.0.0.1:{args.port}/  (stoppen: Ctrl+C)", flush=True)
    os.execv(cmd[0], cmd)


def _exec_room(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Room mode: check the options, print how to join, and replace this process with Voilà."""
    from . import room

    if not 1 <= args.participants <= room.MAX_PARTICIPANTS:
        parser.error(f"--participants moet tussen 1 en {room.MAX_PARTICIPANTS} liggen")
    token = args.token or room.make_token()
    if not room.token_is_acceptable(token):
        parser.error("--token: gebruik minstens 8 tekens, alleen letters, cijfers, '-' en '_'")
    ip = args.ip or "0.0.0.0"
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
        url = room.join_url(room.host_for(ip), args.port, token, base_url=base_url)
    os.environ[JOIN_URL_ENV] = url  # Voilà passes its environment on to the kernels (JoinInfo reads it)
    cmd = room_command(port=args.port, ip=ip, token=token, plan=plan, base_url=base_url)
    print(room.banner(url, plan, args.participants), flush=True)
    os.execv(cmd[0], cmd)


def room_command(*, port: int, ip: str, token: str, plan, base_url: str = "/") -> list[str]:
    """The Voilà command for room mode: token, preheated pool, and the room's hardening flags."""
    from . import room

    extra = room.voila_room_args(token=token, plan=plan)
    if base_url != "/":
        extra += (f"--Voila.base_url={base_url}",)
    return voila_command(port=port, ip=ip, extra=extra)


if __name__ == "__main__":
    main()
