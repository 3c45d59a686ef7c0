"""A room of participants opening chapter 02 at the same moment (issue 7). Prints figures; not a test.

For each N and with/without the preheated pool, a room-mode Voilà (``serve.room_command``: token,
kernel guard, iopub_timeout 30) is started on 127.0.0.1 and N simulated participants, one thread
each, start at the same instant:

1. open ``/voila/render/02-doelgericht-werken.ipynb`` over HTTP (token, cookies) and read the
   kernel id from the page;
2. open the kernel websocket (the binary ``v1.kernel.websocket.jupyter.org`` protocol the page
   uses) and ask for the widget states as the page's JavaScript does;
   *ready* = the kernel answered that widget message with the goal drafter's widgets in it;
3. type into the goal drafter: ``TYPINGS`` comm updates of the text area's value (alternately a
   full goal and a vague one, so the feedback changes every time), each waiting for the kernel's
   update of the feedback table (*feedback latency*).

A participant that gets no page, no kernel id, no widgets or no feedback counts as a failure.
With the pool, every participant then reloads twice (a new page and kernel, all at once, once
the pool has been refilled), and
at the end everybody closes the page; the kernels are then counted until only the pool is left
(or ``--cull-wait`` seconds passed). Memory is the resident memory (VmRSS) of the kernels, the
server's children, read from /proc. After each burst the CPU seconds of the server, the kernels
and the simulated browsers (this process; in a real room that work is done on the participants'
machines) are printed.

Run: .venv/bin/python benchmarks/bench_load.py [--n 10 30] [--pool on off] [--cull-wait 300]

``--greedy N`` (issue 18) runs another scenario instead: N participants with chapter 02 open keep typing
while one more participant, from one browser (one cookie), asks for ``--greedy-pages`` pages at once
(chapters 01-08 in turn). It prints the room's memory plan at the start (``room.plan_pool`` for N + 1
participants: their own kernels and the pool, ``room.KERNEL_MB`` each, plus the greedy participant's
``room.KERNELS_PER_PARTICIPANT - 1`` extra tabs), how many of the greedy pages were served and refused,
the others' typing feedback (median, p95) while it happened, and the kernels' peak memory against the plan.
``--no-limit`` runs it with the limit switched off (``--WorkbookVoila.kernels_per_participant=0``), as before.

``--wall`` (issue 16) runs the scenario with the trainer's wall open: the room gets a trainer code, a
trainer's page polls ``hgw/muur/stand`` every 2 s (as ``muur.js`` does) from before the burst to the end,
and every participant shares what the page's "Deel met de trainer" sends (``POST hgw/muur/deel`` with
the ``_xsrf`` cookie and header, the payload made by ``domain.wall.payload_for_*``): a goal after the
first typing and a self-assessment after the last (at least 2 s later: the wall's limit per participant).
It prints the shares' answers and times, the trainer's polls, and what the wall holds at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "security"))
from voila_client import Visitor  # noqa: E402

from hgw_widgets.domain.wall import MIN_SECONDS_BETWEEN_SHARES, payload_for_assessment, payload_for_goal  # noqa: E402
from hgw_widgets.server import room  # noqa: E402
from hgw_widgets.server.room import PoolPlan  # noqa: E402
from hgw_widgets.server.serve import NOTEBOOKS, room_command  # noqa: E402
from hgw_widgets.server.testing import free_port, running_server  # noqa: E402

CHAPTER = "02-doelgericht-werken.ipynb"
TOKEN = "bench-zaal-2026"
TRAINER_CODE = "bench-trainer-k7q2"
POLL_SECONDS = 2.0
"""How often the trainer's page asks for the wall (``muur.js``)."""
TYPINGS = 5
GOAL = "Jordi maakt voor 1 maart elke week zijn huiswerk af en vinkt het af in zijn planner."
PAGE_TIMEOUT = 240.0
GOAL_SHORT = "Jordi let beter op"


@dataclass
class Result:
    ready: float | None = None  # seconds from the common start until the widgets answered
    page: float | None = None  # seconds until the HTML was served
    latencies: list[float] = field(default_factory=list)
    error: str | None = None
    kernel_id: str | None = None
    socket: object | None = None
    shares: list[tuple[int, float]] = field(default_factory=list)  # (HTTP status, seconds) per share


def share(visitor: Visitor, payload: dict) -> tuple[int, float]:
    """What "Deel met de trainer" does in the browser: POST the item with the ``_xsrf`` cookie as header.

    The page sets its own ``_xsrf`` cookie when the server set none (``static/hgw-share.js``); so does this.
    """
    token = visitor.xsrf()
    cookies = visitor.cookie_header()
    if not token:
        token = os.urandom(16).hex()
        cookies = f"{cookies}; _xsrf={token}" if cookies else f"_xsrf={token}"
    request = urllib.request.Request(
        visitor.base + "/hgw/muur/deel", data=json.dumps(payload).encode("utf-8"), method="POST",
        headers={"Content-Type": "application/json", "X-XSRFToken": token, "Cookie": cookies,
                 "X-Real-IP": visitor.address})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, time.perf_counter() - t0


def _participant(base: str, visitor: Visitor | None, start: threading.Barrier, out: Result, *, typings: int,
                 wall: bool = False) -> None:
    visitor = visitor or Visitor(base, TOKEN, timeout=PAGE_TIMEOUT)
    try:
        start.wait()
        t0 = time.perf_counter()
        response, kernel_id = visitor.open_page(CHAPTER)
        out.page = time.perf_counter() - t0
        if response.status != 200 or not kernel_id:
            out.error = f"page status {response.status}, kernel id {kernel_id}"
            return
        out.kernel_id = kernel_id
        kernel = visitor.kernel(kernel_id)
        out.socket = kernel
        if not kernel.request_states(timeout=PAGE_TIMEOUT):
            out.error = "no widget states"
            return
        text, feedback = kernel.find("hgw-goal-text"), kernel.find("hgw-feedback")
        out.ready = time.perf_counter() - t0
        for i in range(typings):
            typed = GOAL if i % 2 == 0 else GOAL_SHORT  # alternate, so that every typing changes the feedback
            t1 = time.perf_counter()
            kernel.set_value(text, value=typed)
            if not kernel.wait_update(feedback, timeout=30):
                out.error = "no feedback"
                return
            out.latencies.append(time.perf_counter() - t1)
            if wall and i == 0:
                out.shares.append(share(visitor, payload_for_goal(GOAL)))
                first_share = time.monotonic()  # after the answer: the server counts from when it got the share
        if wall and typings:
            time.sleep(max(0.0, first_share + MIN_SECONDS_BETWEEN_SHARES + 0.1 - time.monotonic()))
            scores = {"goal_oriented": 1 + threading.get_ident() % 4, "interaction": 3, "needs": 2}
            out.shares.append(share(visitor, payload_for_assessment(scores)))
    except Exception as exc:  # a failure of one participant is a figure, not a crash
        out.error = f"{type(exc).__name__}: {exc}"[:200]


def burst(base: str, visitors: list[Visitor], *, typings: int = TYPINGS, server_pid: int | None = None,
          wall: bool = False) -> list[Result]:
    """All visitors open the chapter at the same instant; with ``server_pid``, print where the CPU went."""
    before = _cpu_split(server_pid) if server_pid else None
    t0 = time.monotonic()
    results = [Result() for _ in visitors]
    start = threading.Barrier(len(visitors))
    threads = [
        threading.Thread(target=_participant, args=(base, v, start, r), kwargs={"typings": typings, "wall": wall},
                         daemon=True)
        for v, r in zip(visitors, results, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=PAGE_TIMEOUT + 60)
    if before:
        used = [b - a for a, b in zip(before, _cpu_split(server_pid), strict=True)]
        print(
            f"  CPU in the {time.monotonic() - t0:.1f} s of the burst: server {used[0]:.1f} s, kernels {used[1]:.1f} s, "
            f"simulated browsers {used[2]:.1f} s ({os.cpu_count()} cores)"
        )
    return results


def _cpu_split(server_pid: int) -> tuple[float, float, float]:
    """CPU seconds used so far by the server, its kernels (those alive now) and this process."""
    hz = os.sysconf("SC_CLK_TCK")
    own = os.times()
    return _cpu_ticks([server_pid]) / hz, _cpu_ticks(_children(server_pid)) / hz, own.user + own.system


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry.name))
    return kids


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def kernel_memory(server_pid: int) -> tuple[int, float]:
    """(number of kernels, their total RSS in MB)."""
    kids = _children(server_pid)
    return len(kids), sum(_rss_mb(k) for k in kids)


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def report(label: str, results: list[Result]) -> None:
    ready = [r.ready for r in results if r.ready is not None]
    lat = [x for r in results for x in r.latencies]
    failures = [r.error for r in results if r.error]
    line = f"  {label:28} ready median {statistics.median(ready):5.2f} s, worst {max(ready):5.2f} s" if ready else f"  {label:28} nobody ready"
    if lat:
        line += f" | feedback median {statistics.median(lat) * 1000:4.0f} ms, p95 {_pct(lat, 0.95) * 1000:4.0f} ms"
    line += f" | failures {len(failures)}/{len(results)}"
    print(line, flush=True)
    for error in sorted(set(failures))[:3]:
        print(f"      {failures.count(error)}x {error}")
    shares = [s for r in results for s in r.shares]
    if shares:
        times = [t for _status, t in shares]
        answers = ", ".join(f"{code}: {sum(1 for x, _ in shares if x == code)}" for code in sorted({x for x, _ in shares}))
        print(f"  {'':28} shares: {len(shares)} (answers {answers}) | share median "
              f"{statistics.median(times) * 1000:.0f} ms, p95 {_pct(times, 0.95) * 1000:.0f} ms", flush=True)


class TrainerPage:
    """The trainer's wall open on the projector: logs in with the trainer code, then polls ``stand``."""

    def __init__(self, base: str) -> None:
        self.visitor = Visitor(base, None, timeout=30)
        self.polls: list[tuple[int, float]] = []
        self.last: dict = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def start(self) -> TrainerPage:
        page = self.visitor.get(f"/hgw/muur?code={TRAINER_CODE}", with_token=False)
        if page.status not in (200, 302):  # 302: the code was right, the cookie is set, the address loses the code
            raise RuntimeError(f"the trainer's page answered {page.status}")
        self._thread.start()
        return self

    def _poll(self) -> None:
        while not self._stop.is_set():
            t0 = time.perf_counter()
            answer = self.visitor.get("/hgw/muur/stand", with_token=False)
            self.polls.append((answer.status, time.perf_counter() - t0))
            if answer.status == 200:
                self.last = json.loads(answer.body)
            self._stop.wait(POLL_SECONDS)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=35)

    def report(self) -> None:
        times = [t for _s, t in self.polls]
        ok = sum(1 for s, _t in self.polls if s == 200)
        line = f"  trainer's page: {len(self.polls)} polls of hgw/muur/stand, {ok} answered 200"
        if times:
            line += (f", median {statistics.median(times) * 1000:.0f} ms, p95 {_pct(times, 0.95) * 1000:.0f} ms, "
                     f"worst {max(times) * 1000:.0f} ms")
        print(line)
        print(f"  the wall at the end: {self.last.get('items')} items from {self.last.get('shared')} participants, "
              f"{self.last.get('assessments')} self-assessments, {len(self.last.get('goals', []))} goals, "
              f"{self.last.get('connected')} connected", flush=True)


def _wait_pool(log_path: Path, size: int, timeout: float = 600) -> float:
    pattern = re.compile(rf"Kernel pool of {re.escape(CHAPTER)} is filled with {size} kernel")
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if pattern.search(log_path.read_text("utf-8", "replace")):
            return time.monotonic() - start
        time.sleep(0.5)
    raise RuntimeError("the pool did not fill")


def _cpu_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime + stime
        except (OSError, IndexError, ValueError):
            pass
    return total


def _started(log_path: Path) -> int:
    return log_path.read_text("utf-8", "replace").count("Kernel started:")


def _wait_kernels(server_pid: int, log_path: Path, started: int, timeout: float = 240) -> float:
    """Wait until Voila started ``started`` kernels in all and the kernels are quiet.

    Voila refills the pool a few seconds after each use (``room.POOL_REFILL_DELAY_SECONDS``), one
    kernel every ``room.POOL_START_INTERVAL_SECONDS``; a pooled kernel's process exists before it
    has run its notebook, so "quiet" (the kernels used less than 0.2 s of CPU in 2 s) is what says
    the pool is ready. Returns the seconds waited.
    """
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        kids = _children(server_pid)
        before = _cpu_ticks(kids)
        time.sleep(2)
        if _started(log_path) >= started and _cpu_ticks(kids) - before < 0.2 * os.sysconf("SC_CLK_TCK"):
            break
    return time.monotonic() - start


def run(n: int, *, pool: bool, reloads: int, cull_wait: float, log_dir: Path, wall: bool = False) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    plan = PoolPlan(sizes=((CHAPTER, n if pool else 0),), default=0, notebooks=notebooks)
    cmd = room_command(port=port, ip="127.0.0.1", token=TOKEN, plan=plan, trainer=TRAINER_CODE if wall else "")
    log_path = log_dir / f"voila-{n}-{'pool' if pool else 'nopool'}{'-wall' if wall else ''}.log"
    print(f"\nN = {n}, {'with' if pool else 'without'} a pool of {plan.total} preheated kernels"
          + (", the trainer's wall open and everybody sharing" if wall else ""), flush=True)
    with running_server(cmd, port=port, log_path=log_path, ready_path="/login") as (_base, proc):
        if pool:
            filled = _wait_pool(log_path, n)
            # Voila logs "filled" once the kernels started; they are still running the notebook then
            quiet = filled + _wait_kernels(proc.pid, log_path, n)
            print(f"  pool filled after {filled:.0f} s, quiet after {quiet:.0f} s", flush=True)
        count, rss = kernel_memory(proc.pid)
        print(f"  before the burst: {count} kernels, {rss:.0f} MB, server {_rss_mb(proc.pid):.0f} MB")
        visitors = [Visitor(base, TOKEN, timeout=PAGE_TIMEOUT) for _ in range(n)]
        started = _started(log_path)
        trainer = TrainerPage(base).start() if wall else None
        results = burst(base, visitors, server_pid=proc.pid, wall=wall)
        report("first visit", results)
        every = list(results)
        count, rss = kernel_memory(proc.pid)
        print(
            f"  after the burst: {count} kernels, {rss:.0f} MB ({rss / max(count, 1):.0f} MB per kernel), "
            f"server {_rss_mb(proc.pid):.0f} MB; per participant about {rss / n:.0f} MB of kernels"
        )
        for i in range(reloads):
            waited = _wait_kernels(proc.pid, log_path, started + n)  # every used pool kernel is replaced
            print(f"  pool refilled {waited:.0f} s after the previous burst", flush=True)
            started = _started(log_path)
            for r in results:
                if r.socket is not None:
                    r.socket.close()  # the old page goes away
            results = burst(base, visitors, typings=2, server_pid=proc.pid, wall=wall)
            report(f"reload {i + 1}", results)
            every += results
        if reloads:
            report(f"all {reloads + 1} rounds of N = {n}", every)
        for r in results:
            if r.socket is not None:
                r.socket.close()
        if trainer is not None:
            trainer.stop()
            trainer.report()
        iopub = log_path.read_text("utf-8", "replace").count("Timeout waiting for IOPub output")
        print(f"  'Timeout waiting for IOPub output' in the log: {iopub}")
        if cull_wait > 0:
            target = plan.total
            start = time.monotonic()
            count, rss = kernel_memory(proc.pid)
            print(f"  everybody closed the page: {count} kernels, {rss:.0f} MB; waiting for the culler", flush=True)
            while time.monotonic() - start < cull_wait and count > target:
                time.sleep(10)
                count, rss = kernel_memory(proc.pid)
            print(f"  after {time.monotonic() - start:.0f} s: {count} kernels, {rss:.0f} MB (pool size {target})")


def greedy(n: int, pages: int, *, limit: bool, log_dir: Path) -> None:
    """N participants type while one browser asks for ``pages`` pages at once (issue 18, finding 4)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    notebooks = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
    plan = PoolPlan(sizes=((CHAPTER, n),), default=0, notebooks=notebooks)
    extra = room.KERNELS_PER_PARTICIPANT - 1
    planned_mb = (plan.total + n + 1 + extra) * room.KERNEL_MB
    print(f"\nGreedy participant: {pages} pages at once from one browser, {n} others typing in {CHAPTER}; "
          f"limit {'on (' + str(room.KERNELS_PER_PARTICIPANT) + ' per participant)' if limit else 'off'}")
    print(f"  plan: pool {plan.total} + own kernels {n + 1} + greedy's extra tabs {extra} = "
          f"{plan.total + n + 1 + extra} kernels x {room.KERNEL_MB} MB = {planned_mb} MB", flush=True)
    cmd = room_command(port=port, ip="127.0.0.1", token=TOKEN, plan=plan)
    if not limit:
        cmd = [a for a in cmd if not a.startswith("--WorkbookVoila.kernels_per_participant=")]
        cmd.append("--WorkbookVoila.kernels_per_participant=0")
    log_path = log_dir / f"voila-greedy-{n}-{'limit' if limit else 'nolimit'}.log"
    with running_server(cmd, port=port, log_path=log_path, ready_path="/login") as (_base, proc):
        _wait_pool(log_path, n)
        _wait_kernels(proc.pid, log_path, n)
        started = _started(log_path)
        others = burst(base, [Visitor(base, TOKEN, timeout=PAGE_TIMEOUT) for _ in range(n)], typings=0)
        report("others open chapter 02", others)
        print(f"  pool refilled {_wait_kernels(proc.pid, log_path, started + n):.0f} s later", flush=True)
        stop = threading.Event()
        during: list[float] = []

        def type_on(result: Result) -> None:
            kernel = result.socket
            text, feedback = kernel.find("hgw-goal-text"), kernel.find("hgw-feedback")
            i = 0
            while not stop.is_set():
                t1 = time.perf_counter()
                kernel.set_value(text, value=GOAL if i % 2 == 0 else GOAL_SHORT)
                if kernel.wait_update(feedback, timeout=30):
                    during.append(time.perf_counter() - t1)
                i += 1
                time.sleep(0.3)  # a person types, pauses, reads

        typists = [threading.Thread(target=type_on, args=(r,), daemon=True) for r in others if r.ready is not None]
        for t in typists:
            t.start()
        time.sleep(3)
        during.clear()  # from here on: while the greedy pages load
        greedy_browser = Visitor(base, TOKEN, timeout=PAGE_TIMEOUT)
        greedy_browser.get("/voila/tree")
        greedy_browser.token = None  # the cookie only, as a browser after the first page
        chapters = [name for name in notebooks if name[:2] not in ("00", CHAPTER[:2])]
        statuses: list[int] = []
        peak = [0, 0.0]
        done = threading.Event()

        def watch() -> None:
            while not done.is_set():
                count, rss = kernel_memory(proc.pid)
                if rss > peak[1]:
                    peak[:] = [count, rss]
                time.sleep(0.5)

        def load(i: int) -> None:
            statuses.append(greedy_browser.get(f"/voila/render/{chapters[i % len(chapters)]}").status)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        t0 = time.monotonic()
        loads = [threading.Thread(target=load, args=(i,), daemon=True) for i in range(pages)]
        for t in loads:
            t.start()
        for t in loads:
            t.join(timeout=PAGE_TIMEOUT)
        took = time.monotonic() - t0
        time.sleep(5)  # the last kernels finish their notebooks
        done.set()
        watcher.join()
        stop.set()
        for t in typists:
            t.join(timeout=35)
        print(f"  greedy: {statuses.count(200)} pages served, {statuses.count(429)} refused (Dutch page), "
              f"other statuses {sorted(s for s in statuses if s not in (200, 429))}, in {took:.1f} s")
        if during:
            print(f"  others' feedback while it happened: {len(during)} typings, median "
                  f"{statistics.median(during) * 1000:.0f} ms, p95 {_pct(during, 0.95) * 1000:.0f} ms, "
                  f"worst {max(during) * 1000:.0f} ms (target p95 < 200 ms)")
        print(f"  kernels at the peak: {peak[0]}, {peak[1]:.0f} MB of the planned {planned_mb} MB; "
              f"server {_rss_mb(proc.pid):.0f} MB", flush=True)
        for r in others:
            if r.socket is not None:
                r.socket.close()


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so that `finally` stops the server
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10, 30])
    parser.add_argument("--pool", nargs="+", choices=["on", "off"], default=["on", "off"])
    parser.add_argument("--reloads", type=int, default=2)
    parser.add_argument("--cull-wait", type=float, default=300, help="seconds to wait for culling (0: skip)")
    parser.add_argument("--greedy", type=int, default=0, metavar="N",
                        help="instead: N participants type while one browser opens --greedy-pages pages")
    parser.add_argument("--greedy-pages", type=int, default=30)
    parser.add_argument("--no-limit", action="store_true", help="with --greedy: no kernel limit per participant")
    parser.add_argument("--wall", action="store_true",
                        help="the trainer's wall open (polling) and every participant sharing (issue 16)")
    args = parser.parse_args()
    if args.greedy:
        log_dir = Path(os.environ.get("TMPDIR", "/tmp")) / "hgw-bench-load"
        log_dir.mkdir(exist_ok=True)
        print(f"cores: {os.cpu_count()}, logs in {log_dir}")
        greedy(args.greedy, args.greedy_pages, limit=not args.no_limit, log_dir=log_dir)
        return
    if any(n < 1 or n > 60 for n in args.n):
        parser.error("N between 1 and 60")
    log_dir = Path(os.environ.get("TMPDIR", "/tmp")) / "hgw-bench-load"
    log_dir.mkdir(exist_ok=True)
    print(f"cores: {os.cpu_count()}, chapter: {CHAPTER}, {TYPINGS} typings per participant, logs in {log_dir}")
    for n in args.n:
        for pool in args.pool:
            on = pool == "on"
            run(n, pool=on, reloads=args.reloads if on else 0, cull_wait=args.cull_wait if on else 0, log_dir=log_dir,
                wall=args.wall)


if __name__ == "__main__":
    main()
