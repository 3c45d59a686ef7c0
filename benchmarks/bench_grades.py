"""Benchmark: reading and summarising grade exports, and the overview's update after a target change.

Prints figures; it is not a test. Run: ``.venv/bin/python benchmarks/bench_grades.py``.
The data are generated here (fixed seed, invented names):

- a wide file of 2,000 students x 15 subjects, Magister style: Stamnr, Roepnaam,
  Tussenv., Achternaam, Klas, Klassenmentor 1, grades with decimal commas, a few
  marked grades ("8,9*"), word grades in LO and CKV, a few markers, and a
  "Gemiddelde" row at the bottom;
- a per-grade list of 200,000 rows: Leerlingnummer, Leerling, Vak, Periode, Soort,
  Cijfer, Weging, Telt mee, with some rows that do not count, report grades
  ("Rapportcijfer") and markers.

"read + summarise" is ``read_grades_report`` followed by ``class_summary`` of the
default choice, as chapter 05 does on an upload. The goal (issue 14) is under 1 s each.
"""

from __future__ import annotations

import random
import statistics
import time

from hgw_widgets import ClassOverview, ClassOverviewView, class_summary
from hgw_widgets.domain.grades import read_grades_report

SEED = 5
SUBJECTS = ["ne", "en", "fa", "du", "wi", "gs", "ak", "bi", "nask", "ec", "lo", "ckv", "mu", "te", "lv"]
WORDS = ["V", "G", "O", "RV", "M", "ZG"]


def _grade(rng: random.Random) -> str:
    text = f"{rng.uniform(1, 10):.1f}".replace(".", ",")
    return text + "*" if rng.random() < 0.01 else text


def wide_file(students: int = 2_000) -> bytes:
    rng = random.Random(SEED)
    lines = ["Stamnr;Roepnaam;Tussenv.;Achternaam;Klas;Klassenmentor 1;" + ";".join(SUBJECTS)]
    for i in range(students):
        cells = []
        for subject in SUBJECTS:
            if subject in ("lo", "ckv"):
                cells.append(rng.choice(WORDS))
            else:
                cells.append("inh" if rng.random() < 0.01 else _grade(rng))
        prefix = rng.choice(["", "", "de", "van", "van der"])
        lines.append(f"{100000 + i};Roepnaam{i:04d};{prefix};Achternaam{i % 1500:04d};{1 + i % 6}A;T. Verhoef;"
                     + ";".join(cells))
    lines.append("Gemiddelde;;;;;;" + ";".join("6,1" for _ in SUBJECTS))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def long_file(rows: int = 200_000, students: int = 2_000) -> bytes:
    rng = random.Random(SEED)
    lines = ["Leerlingnummer;Leerling;Vak;Periode;Soort;Cijfer;Weging;Telt mee"]
    for i in range(rows):
        student = i % students
        subject = SUBJECTS[(i // students) % len(SUBJECTS)]
        period = 1 + (i // (students * len(SUBJECTS))) % 3
        kind = "Rapportcijfer" if rng.random() < 0.02 else "Toets"
        grade = "vr" if rng.random() < 0.005 else (rng.choice(WORDS) if subject == "lo" else _grade(rng))
        counts = "Nee" if rng.random() < 0.03 else "Ja"
        lines.append(f"{200000 + student};Leerling {student:04d};{subject};{period};{kind};{grade};"
                     f"{rng.choice((1, 2, 3))};{counts}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def timed(label: str, function, repeat: int = 5):
    result, times = None, []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<58} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")
    return result


def read_and_summarise(data: bytes):
    report = read_grades_report(data)
    return report, class_summary(report.grades, words=report.words, targets=dict.fromkeys(report.grades.columns, 80))


def main() -> None:
    wide, long = wide_file(), long_file()
    print(f"wide file: {len(wide) / 1e6:.2f} MB, long file: {len(long) / 1e6:.2f} MB")
    report, _ = timed("read + summarise, wide 2,000 x 15 (Magister style)", lambda: read_and_summarise(wide))
    assert report.grades.shape == (2000, 15), report.grades.shape
    assert len(report.notes.skipped_rows) == 1 and report.notes.word_grades > 0
    long_report, _ = timed("read + summarise, per-grade list 200,000 rows (3 periods)",
                           lambda: read_and_summarise(long))
    assert long_report.grades.shape == (2000, 15), long_report.grades.shape
    print(f"  choices in the per-grade list: {len(long_report.choices)}, not counted: "
          f"{long_report.notes.not_counted}, default: {long_report.default_choice}")
    timed("class_summary only, 2,000 x 15 with targets",
          lambda: class_summary(report.grades, words=report.words, targets=dict.fromkeys(SUBJECTS, 80)))

    overview = ClassOverview.from_import(report)
    for label, size in (("30 st.", 30), ("2,000 st.", 2000)):
        part = overview.with_choice(overview.choice)
        part = ClassOverview(part.grades.iloc[:size], words=part.words.iloc[:size])
        view = ClassOverviewView(part, work_bar=False)
        box = view._goals.fields[SUBJECTS[0]]
        updates = []
        for value in ["80", "60", "75", "90", "50", "85", "70", "65", "95", "55"]:
            start = time.perf_counter()
            box.value = value
            updates.append((time.perf_counter() - start) * 1000)
        print(f"{'overview view update after a target change (' + label + ')':<58} median "
              f"{statistics.median(updates):8.1f} ms   max {max(updates):8.1f} ms")


if __name__ == "__main__":
    main()
