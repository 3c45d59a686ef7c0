"""Running the workbook's Voilà for tests and benchmarks: a free port, a started server, a clean stop.

Used by ``tests/e2e``, ``tests/security``, ``tests/server``, ``tests/deploy`` and ``benchmarks/``. Servers listen on 127.0.0.1 only,
and only the process started here is stopped (by its own handle).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
"""Debian's Chromium (``apt-get install chromium``), driven by Playwright."""
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, *, timeout: float = 120.0, proc: subprocess.Popen | None = None) -> None:
    """Wait until ``url`` answers with a status below 500 (the server has started).

    Raises:
        RuntimeError: the process ended, or nothing answered within ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited early with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as e:
            if e.code < 500:
                return
            time.sleep(0.3)
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server at {url} did not answer within {timeout} s")


@contextlib.contextmanager
def running_server(cmd: Sequence[str], *, port: int, log_path: Path, ready_path: str = "/",
                   env_extra: dict[str, str] | None = None, timeout: float = 120.0,
                   cwd: Path | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start ``cmd`` (a server on 127.0.0.1:``port``), wait until it answers; yields (base_url, process).

    Output goes to ``log_path``. The server runs in ``cwd`` (default: the log's folder, so that nothing
    is found only because it lies in the repository). On exit the process is terminated (killed after 15 s).
    """
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env_extra or {})}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(list(cmd), cwd=cwd or log_path.parent, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + ready_path, proc=proc, timeout=timeout)
        yield base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
