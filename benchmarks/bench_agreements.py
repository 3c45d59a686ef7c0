"""How right are the tips on meeting agreements? Figures on hand-labelled Dutch agreements (issue 17).

Compares the reading now used (``domain.agreement_check.agreement_tips``) with the earlier one (the goal
check on the whole sentence "wie: wat, wanneer.", criteria specific, measurable, positive; no who/when tip),
on the labelled set the rules were written against (tests/data/agreements/agreements.yaml) and on a small
held-out set labelled after the rules were written (agreements_holdout.yaml).

Run: .venv/bin/python benchmarks/bench_agreements.py
Prints figures; it is not a test.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from hgw_widgets.domain.agreement_check import LONG_WHAT, agreement_tips
from hgw_widgets.domain.conversation import Agreement
from hgw_widgets.domain.smarti import check_smarti

DATA = Path(__file__).parents[1] / "tests" / "data" / "agreements"
KINDS = ("who", "when", "specific", "measurable", "positive")


def earlier(who: str, what: str, when: str) -> set[str]:
    """The tips before issue 17: the goal check on the sentence, three criteria."""
    report = check_smarti(Agreement(who, what, when).sentence)
    return {c for c in ("specific", "measurable", "positive") if not report[c].met}


def now(who: str, what: str, when: str) -> set[str]:
    return {i.field for i in agreement_tips(who, what, when)}


def figures(items: list[dict], read) -> dict:
    out = {"exact": 0, "flag_tp": 0, "flag_fp": 0, "flag_fn": 0, "short_snel_flagged": 0, "short_snel": 0,
           "long_lacking": 0, "long_lacking_flagged": 0}
    per = {k: [0, 0, 0] for k in KINDS}  # tp, fp, fn
    for item in items:
        want, got = set(item["tips"]), read(item["who"], item["what"], item["when"])
        out["exact"] += want == got
        out["flag_tp"] += bool(want) and bool(got)
        out["flag_fp"] += not want and bool(got)
        out["flag_fn"] += bool(want) and not got
        for k in KINDS:
            per[k][0] += k in want and k in got
            per[k][1] += k not in want and k in got
            per[k][2] += k in want and k not in got
        short = len(item["what"].split()) < LONG_WHAT
        if short and not want and any(w in item["when"].lower() for w in ("snel", "binnenkort")):
            out["short_snel"] += 1
            out["short_snel_flagged"] += bool(got)
        if not short and ({"who", "when"} & want):
            out["long_lacking"] += 1
            out["long_lacking_flagged"] += bool({"who", "when"} & want & got)
    out["per"] = per
    return out


def show(name: str, items: list[dict]) -> None:
    print(f"\n{name}: {len(items)} agreements, {sum(bool(i['tips']) for i in items)} need a tip")
    for label, read in (("earlier (goal check on the sentence)", earlier), ("now (agreement_tips)", now)):
        f = figures(items, read)
        flagged = f["flag_tp"] + f["flag_fp"]
        print(f"  {label}")
        print(f"    exactly the right tips      {f['exact']:3d} / {len(items)}")
        print(f"    'needs a tip' precision     {f['flag_tp']}/{flagged}   recall {f['flag_tp']}/{f['flag_tp'] + f['flag_fn']}")
        print(f"    short, fine but for snel/binnenkort, flagged  {f['short_snel_flagged']} of {f['short_snel']}  (want 0)")
        print(f"    long, lacking who/when, given that tip        {f['long_lacking_flagged']} of {f['long_lacking']}  (want all)")
        print("    per tip (right / wrong / missed): " + ", ".join(
            f"{k} {tp}/{fp}/{fn}" for k, (tp, fp, fn) in f["per"].items()))


def main() -> None:
    labelled = yaml.safe_load((DATA / "agreements.yaml").read_text("utf-8"))
    holdout = yaml.safe_load((DATA / "agreements_holdout.yaml").read_text("utf-8"))
    print("Tips on meeting agreements, against hand labels (who, when, specific, measurable, positive)")
    show("labelled set (the rules were written against it)", labelled)
    show("held-out set (labelled after the rules were written)", holdout)


if __name__ == "__main__":
    main()
