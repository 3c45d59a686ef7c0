"""JupyterHub per user: how long until a participant's start page is there, and how much memory they hold.

Starts the local hub of ``deploy/jupyterhub/jupyterhub_config.py`` on 127.0.0.1 (free ports, state in a
temporary folder) and lets N participants log in one after another over HTTP, as a browser does
(login form with its XSRF token, then the redirects to the user's own server). For each it prints:

- *login to start page*: from sending the login form until the user's own server returned the
  rendered start page (the hub starts the server, Voilà starts a kernel and runs the notebook);
- *start page again*: a second visit once the server is up (only a new kernel);
- *chapter 02*: the rendered chapter 02 (a second kernel);
- memory: RSS of the user's single-user server and of its kernels (``psutil``), after both pages.

A page fetched this way keeps its kernel until the culler removes it (no browser connects), so the
memory is that of a participant with three open pages (the start page twice, chapter 02).

    .venv/bin/python benchmarks/bench_hub.py [--users 5]

Needs ``pip install -e '.[hub]'`` and ``npm ci --prefix deploy/jupyterhub``.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import re
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hgw_widgets.server.testing import free_port, running_server  # noqa: E402

PASSWORD = "benchmark-wachtwoord"


def _browser():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def _get(opener, url: str) -> tuple[str, str]:
    with opener.open(url, timeout=300) as response:
        return response.geturl(), response.read().decode("utf-8", errors="replace")


def log_in(base: str, user: str) -> tuple[object, float]:
    """Log ``user`` in; returns (opener with the user's cookies, seconds from login to the rendered start page)."""
    opener = _browser()
    for _ in range(100):  # the proxy answers 404 until the hub has added its route
        try:
            _url, form = _get(opener, f"{base}/hub/login")
            break
        except urllib.error.HTTPError as e:
            if e.code != 404:
                raise
            time.sleep(0.2)
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode({"username": user, "password": PASSWORD, "_xsrf": xsrf}).encode()
    t0 = time.monotonic()
    with opener.open(f"{base}/hub/login?next=", data=data, timeout=300) as response:
        response.read()
    # the hub spawns the server and shows its "starting" page meanwhile; once the server is up, the
    # start page's address leads to the user's server, which renders it (a kernel runs the notebook)
    start = f"{base}/user/{user}/voila/render/00-start.ipynb"
    while time.monotonic() - t0 < 300:
        try:
            url, body = _get(opener, start)
            if url.startswith(start) and "/hub/" not in url and "hgw" in body:
                return opener, time.monotonic() - t0
        except urllib.error.HTTPError as e:
            if e.code not in (404, 424, 502, 503):
                raise
        time.sleep(0.2)
    raise RuntimeError(f"the server of {user} did not start within 300 s")


def user_processes(user: str) -> tuple[float, float]:
    """RSS in MB of the user's single-user server and of its kernels (children)."""
    for proc in psutil.process_iter():
        try:
            if "jupyterhub.singleuser" not in " ".join(proc.cmdline()):
                continue
            if proc.environ().get("JUPYTERHUB_USER") != user:
                continue
            server = proc.memory_info().rss / 2**20
            kernels = sum(child.memory_info().rss for child in proc.children(recursive=True)) / 2**20
            return server, kernels
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return float("nan"), float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=5)
    args = parser.parse_args()
    hub_bin = Path(sys.executable).with_name("jupyterhub")
    with tempfile.TemporaryDirectory() as state:
        port = free_port()
        cmd = [str(hub_bin), "-f", str(ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py"),
               "--ip", "127.0.0.1", "--port", str(port), f"--JupyterHub.hub_port={free_port()}",
               f"--ConfigurableHTTPProxy.api_url=http://127.0.0.1:{free_port()}"]
        t_hub = time.monotonic()
        with running_server(cmd, port=port, log_path=Path(state) / "hub.log", ready_path="/hub/login",
                            cwd=Path(state), env_extra={"HGW_HUB_PASSWORD": PASSWORD}) as (base, _proc):
            print(f"hub ready in {time.monotonic() - t_hub:.1f} s")
            rows = []
            for i in range(args.users):
                user = f"deelnemer{i + 1}"
                opener, spawn = log_in(base, user)
                t0 = time.monotonic()
                _get(opener, f"{base}/user/{user}/voila/render/00-start.ipynb")
                start = time.monotonic() - t0  # a second visit: the server is up, only a new kernel
                t0 = time.monotonic()
                _get(opener, f"{base}/user/{user}/voila/render/02-doelgericht-werken.ipynb")
                chapter = time.monotonic() - t0
                time.sleep(2)
                server_mb, kernels_mb = user_processes(user)
                rows.append((user, spawn, start, chapter, server_mb, kernels_mb))
                print(f"{user}: login to start page {spawn:.1f} s, start page again {start:.1f} s, chapter 02 "
                      f"{chapter:.1f} s; memory: server {server_mb:.0f} MB, 3 kernels {kernels_mb:.0f} MB", flush=True)
            total = [r[4] + r[5] for r in rows]
            print(f"\nmedian per user: login to start page {statistics.median(r[1] for r in rows):.1f} s, "
                  f"start page again {statistics.median(r[2] for r in rows):.1f} s, "
                  f"chapter 02 {statistics.median(r[3] for r in rows):.1f} s; "
                  f"memory {statistics.median(total):.0f} MB "
                  f"(server {statistics.median(r[4] for r in rows):.0f} MB + three kernels "
                  f"{statistics.median(r[5] for r in rows):.0f} MB)")
            hub_rss = psutil.Process(_proc.pid).memory_info().rss
            print(f"hub process: {hub_rss / 2**20:.0f} MB (the proxy, node, comes on top)")


if __name__ == "__main__":
    main()
