"""The checks on the labelled corpus (tests/data/feedback_corpus): the targets of issue 13 on both parts.

``benchmarks/bench_feedback.py`` prints the full figures; this test keeps the floor.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from hgw_widgets import check_smarti, classify_reply, metacommunication_issues

CORPUS = Path(__file__).resolve().parent.parent / "data" / "feedback_corpus"


def _rows(name):
    with open(CORPUS / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_corpus_size_labels_and_sources():
    goals, replies, framed = _rows("goals"), _rows("replies"), _rows("framed")
    sources = {r["key"] for r in _rows("sources")}
    assert len(goals) >= 300 and len(replies) + len(framed) >= 120
    for row in goals:
        assert {row[c] for c in ("specific", "measurable", "time_bound", "positive")} <= {"0", "1"}
        assert row["source"] in sources and row["split"] in ("tuned", "heldout")
    for row in replies:
        assert row["label"] in ("exploring", "not_exploring", "hostile", "nonsense") and row["source"] in sources
        assert (row["subtype"] in ("accusing", "doubting", "lecturing", "labelling")) == (row["label"] == "hostile")
    heldout = sum(r["split"] == "heldout" for r in goals) / len(goals)
    assert 0.25 <= heldout <= 0.35


@pytest.mark.parametrize("part", ["tuned", "heldout"])
@pytest.mark.parametrize("criterion", ["specific", "measurable", "time_bound", "positive"])
def test_each_automatic_criterion_reaches_092(part, criterion):
    rows = [r for r in _rows("goals") if r["split"] == part]
    right = sum((r[criterion] == "1") == check_smarti(r["text"])[criterion].met for r in rows)
    assert right / len(rows) >= 0.92


def test_no_hostile_reply_or_nonsense_is_praised_and_exploring_is_recognised():
    rows = _rows("replies")
    kinds = {r["id"]: classify_reply(r["text"]).kind for r in rows}
    assert not [r["text"] for r in rows if r["label"] in ("hostile", "nonsense") and kinds[r["id"]] == "explores"]
    exploring = [r for r in rows if r["label"] == "exploring"]
    assert sum(kinds[r["id"]] == "explores" for r in exploring) / len(exploring) >= 0.85


def test_framed_questions_good_ones_pass_and_faulty_ones_do_not():
    rows = _rows("framed")
    good = [r for r in rows if r["label"] == "ok"]
    bad = [r for r in rows if r["label"] != "ok"]
    assert sum(not metacommunication_issues(r["text"]) for r in good) / len(good) >= 0.85
    assert sum(bool(metacommunication_issues(r["text"])) for r in bad) / len(bad) >= 0.9
