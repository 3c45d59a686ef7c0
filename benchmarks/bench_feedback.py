"""The feedback checks on the labelled corpus: accuracy, precision, recall, praise of hostile replies, latency.

Run: .venv/bin/python benchmarks/bench_feedback.py [--errors tuned|heldout]
Prints figures per part of the corpus (``tuned``: the rows the rules were
tuned on; ``heldout``: a fixed 30 % never looked at while tuning). It is not a
test. Targets (issue 13): each automatic SMARTI criterion >= 0.92 accuracy,
0 hostile replies praised, >= 0.85 of exploring replies recognised,
check_smarti p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

from hgw_widgets import check_smarti, classify_reply, metacommunication_issues

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "feedback_corpus"
CRITERIA = ("specific", "measurable", "time_bound", "positive")
PARTS = ("tuned", "heldout", "all")


def rows(name: str) -> list[dict[str, str]]:
    with open(CORPUS / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def in_part(row: dict[str, str], part: str) -> bool:
    return part == "all" or row["split"] == part


def scores(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    """Accuracy, precision and recall of (expected, predicted) pairs, and their number."""
    tp = sum(e and p for e, p in pairs)
    fp = sum(p and not e for e, p in pairs)
    fn = sum(e and not p for e, p in pairs)
    accuracy = sum(e == p for e, p in pairs) / len(pairs) if pairs else 0.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return accuracy, precision, recall, len(pairs)


def goals_table(errors: str | None) -> None:
    data = rows("goals")
    print(f"SMARTI check on {len(data)} goals")
    print(f"{'criterion':<12}" + "".join(f"{p:>30}" for p in PARTS))
    print(f"{'':<12}" + "".join(f"{'acc   prec  rec     n':>30}" for _ in PARTS))
    reports = {r["id"]: check_smarti(r["text"]) for r in data}
    for criterion in CRITERIA:
        cells = []
        for part in PARTS:
            pairs = [(r[criterion] == "1", reports[r["id"]][criterion].met) for r in data if in_part(r, part)]
            acc, prec, rec, n = scores(pairs)
            cells.append(f"{acc:.3f} {prec:.3f} {rec:.3f} {n:5d}")
        print(f"{criterion:<12}" + "".join(f"{c:>30}" for c in cells))
    green = [r for r in data if r["positive"] == "0" and r["specific"] == "0"
             and any(reports[r["id"]][c].met for c in CRITERIA)]
    print(f"goals without behaviour that got a green verdict: {len(green)}")
    if errors:
        for r in data:
            if r["split"] != errors:
                continue
            report = reports[r["id"]]
            wrong = [c for c in CRITERIA if (r[c] == "1") != report[c].met]
            if wrong:
                detail = ", ".join(f"{c}={int(report[c].met)}({report[c].reason}:{'/'.join(report[c].found)})" for c in wrong)
                print(f"  {r['id']} {r['text']!r}: {detail}")


def replies_table(errors: str | None) -> None:
    data = rows("replies")
    print(f"\nclassify_reply on {len(data)} replies")
    for part in PARTS:
        subset = [r for r in data if in_part(r, part)]
        kinds = {r["id"]: classify_reply(r["text"]).kind for r in subset}
        exploring = [r for r in subset if r["label"] == "exploring"]
        hostile = [r for r in subset if r["label"] == "hostile"]
        nonsense = [r for r in subset if r["label"] == "nonsense"]
        recognised = sum(kinds[r["id"]] == "explores" for r in exploring)
        praised_hostile = sum(kinds[r["id"]] == "explores" for r in hostile)
        praised_nonsense = sum(kinds[r["id"]] == "explores" for r in nonsense)
        flagged = sum(kinds[r["id"]] == "hostile" for r in hostile)
        pairs = [(r["label"] == "exploring", kinds[r["id"]] == "explores") for r in subset]
        acc, prec, rec, n = scores(pairs)
        print(f"  {part:<8} n={n:4d}  exploring recognised {recognised}/{len(exploring)} ({rec:.3f}), "
              f"precision of praise {prec:.3f}, hostile praised {praised_hostile}/{len(hostile)}, "
              f"hostile named as hostile {flagged}/{len(hostile)}, nonsense praised {praised_nonsense}/{len(nonsense)}")
    if errors:
        for r in data:
            kind = classify_reply(r["text"]).kind
            expected = {"exploring": "explores", "hostile": "hostile", "nonsense": "unclear"}.get(r["label"], "argues")
            if r["split"] == errors and kind != expected:
                print(f"  {r['id']} {r['label']}: {r['text']!r} -> {kind} {classify_reply(r['text']).reasons}")


def framed_table(errors: str | None) -> None:
    data = rows("framed")
    print(f"\nmetacommunication_issues on {len(data)} framed questions")
    for part in PARTS:
        subset = [r for r in data if in_part(r, part)]
        codes = {r["id"]: {i.code for i in metacommunication_issues(r["text"])} for r in subset}
        good = [r for r in subset if r["label"] == "ok"]
        bad = [r for r in subset if r["label"] != "ok"]
        accepted = sum(not codes[r["id"]] for r in good)
        named = sum(r["label"] in codes[r["id"]] for r in bad)
        passed_bad = sum(not codes[r["id"]] for r in bad)
        print(f"  {part:<8} good ones accepted {accepted}/{len(good)}, faults named {named}/{len(bad)}, "
              f"faulty ones passed {passed_bad}/{len(bad)}")
    if errors:
        for r in data:
            found = {i.code for i in metacommunication_issues(r["text"])}
            ok = not found if r["label"] == "ok" else r["label"] in found
            if r["split"] == errors and not ok:
                print(f"  {r['id']} {r['label']}: {r['text']!r} -> {sorted(found)}")


def latency() -> None:
    texts = [r["text"] for r in rows("goals")]
    for text in texts:  # warm up: word lists and regexes are built on first use
        check_smarti(text)
    times = []
    for _ in range(5):
        for text in texts:
            start = time.perf_counter()
            check_smarti(text)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"\ncheck_smarti latency over {len(times)} checks: median {statistics.median(times):.3f} ms, "
          f"p95 {p95:.3f} ms, max {times[-1]:.3f} ms")
    replies = [r["text"] for r in rows("replies")]
    times = []
    for _ in range(5):
        for text in replies:
            start = time.perf_counter()
            classify_reply(text)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"classify_reply latency over {len(times)} calls: median {statistics.median(times):.3f} ms, "
          f"p95 {times[int(len(times) * 0.95)]:.3f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=("tuned", "heldout"), help="list the rows of this part that go wrong")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    goals_table(args.errors)
    replies_table(args.errors)
    framed_table(args.errors)
    latency()
    print(f"\n(bench ran {time.perf_counter() - start:.1f} s, Python {sys.version.split()[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
