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
    """Serve the workbook on http://127.0.0.1:8866 (replaces this process)."""
    parser = argparse.ArgumentParser(prog="werkmap serve", description="Serveer de HGW-werkmap met Voilà.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="poort (standaard 8866)")
    args = parser.parse_args(argv)
    os.chdir(REPO)
    cmd = voila_command(port=args.port)
    print(f"De werkmap staat klaar op http://127.0.0.1:{args.port}/  (stoppen: Ctrl+C)", flush=True)
    os.execv(cmd[0], cmd)


if __name__ == "__main__":
    main()
