"""Benchmark: reading grade exports, class_summary, and the overview's update after a target change.

Prints figures; it is not a test. Run: ``.venv/bin/python benchmarks/bench_grades.py``.
The data are generated here (fixed seed): a wide file of 2,000 students x 15
subjects and a long file of 200,000 grade rows (Magister style: semicolons,
decimal commas, a weight column and a few markers).
"""

from __future__ import annotations

import random
import statistics
import time

from hgw_widgets import ClassOverview, ClassOverviewView, class_summary, read_grades

SEED = 5
SUBJECTS = [f"Vak {i + 1:02d}" for i in range(15)]


def wide_file(students: int = 2_000) -> bytes:
    rng = random.Random(SEED)
    lines = ["Leerlingnummer;Naam;Klas;" + ";".join(SUBJECTS)]
    for i in range(students):
        grades = [("inh" if rng.random() < 0.01 else f"{rng.uniform(1, 10):.1f}".replace(".", ",")) for _ in SUBJECTS]
        lines.append(f"{100000 + i};Leerling {i:04d};{1 + i % 6}A;" + ";".join(grades))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def long_file(rows: int = 200_000, students: int = 2_000) -> bytes:
    rng = random.Random(SEED)
    lines = ["Leerling;Vak;Cijfer;Weging;Datum"]
    for i in range(rows):
        grade = "vr" if rng.random() < 0.005 else f"{rng.uniform(1, 10):.1f}".replace(".", ",")
        lines.append(f"Leerling {i % students:04d};{SUBJECTS[(i // students) % 15]};{grade};{rng.choice((1, 2, 3))};2026-01-05")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def timed(label: str, function, repeat: int = 5):
    result, times = None, []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<52} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")
    return result


def main() -> None:
    wide, long = wide_file(), long_file()
    print(f"wide file: {len(wide) / 1e6:.2f} MB, long file: {len(long) / 1e6:.2f} MB")
    grades = timed("read_grades, wide 2,000 x 15", lambda: read_grades(wide))
    assert grades.shape == (2000, 15)
    long_grades = timed("read_grades, long 200,000 rows (weighted means)", lambda: read_grades(long))
    assert long_grades.shape == (2000, 15)
    targets = dict.fromkeys(SUBJECTS, 80)
    timed("class_summary, 2,000 x 15 with targets", lambda: class_summary(grades, targets=targets))

    view = ClassOverviewView(ClassOverview(grades.iloc[:30]), work_bar=False)
    box = view._target_inputs[SUBJECTS[0]]
    updates = []
    for value in ["80", "60", "75", "90", "50", "85", "70", "65", "95", "55"]:
        start = time.perf_counter()
        box.value = value
        updates.append((time.perf_counter() - start) * 1000)
    print(f"{'overview view update after a target change (30 st.)':<52} median {statistics.median(updates):8.1f} ms"
          f"   max {max(updates):8.1f} ms")
    big = ClassOverviewView(ClassOverview(grades), work_bar=False)
    box = big._target_inputs[SUBJECTS[0]]
    updates = []
    for value in ["80", "60", "75", "90", "50"]:
        start = time.perf_counter()
        box.value = value
        updates.append((time.perf_counter() - start) * 1000)
    print(f"{'overview view update after a target change (2,000 st.)':<52} median {statistics.median(updates):8.1f} ms"
          f"   max {max(updates):8.1f} ms")


if __name__ == "__main__":
    main()
