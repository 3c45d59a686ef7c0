"""Median time of check_smarti over 1,000 Dutch goals (target: below 2 ms each).

Run: .venv/bin/python benchmarks/bench_smarti.py
Prints figures; it is not a test.
"""

from __future__ import annotations

import random
import statistics
import time

from hgw_widgets import check_smarti

SUBJECTS = ["Jordi", "Kevin", "Mila", "Olga", "De leerling", "Ik"]
ACTIONS = [
    "groet de mentor bij binnenkomst",
    "hangt zijn jas aan de kapstok",
    "noteert het huiswerk in de agenda",
    "doet normaal",
    "werkt beter",
    "levert het werkstuk in",
    "maakt minder fouten",
    "roept niet meer door de klas",
    "haalt een 6 voor wiskunde",
    "leest 15 minuten hardop",
]
WHEN = ["", "over drie weken", "voor de kerstvakantie", "elke les", "in periode 2", "op 1 april", "uiterlijk vrijdag"]


def goals(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = f"{rng.choice(WHEN)} {rng.choice(SUBJECTS)} {rng.choice(ACTIONS)}".strip()
        if rng.random() < 0.05:
            text = (text + " en ") * 20  # a few long ones
        out.append(text)
    return out


def main() -> None:
    sample = goals(1_000)
    for text in sample[:50]:
        check_smarti(text)  # warm the regex caches
    times = []
    for text in sample:
        start = time.perf_counter()
        check_smarti(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"check_smarti over {len(sample)} goals")
    print(f"  median  {statistics.median(times):.3f} ms   (target < 2 ms)")
    print(f"  p95     {times[int(0.95 * len(times))]:.3f} ms")
    print(f"  max     {times[-1]:.3f} ms")
    long_text = "Jordi groet de mentor bij binnenkomst. " * 130
    start = time.perf_counter()
    check_smarti(long_text)
    print(f"  one 5,000-character text: {(time.perf_counter() - start) * 1000:.3f} ms")


if __name__ == "__main__":
    main()
