"""The tips on meeting agreements (domain.agreement_check), against the hand-labelled agreements in
tests/data/agreements/agreements.yaml (issue 17). The held-out file is measured, not asserted:
benchmarks/bench_agreements.py prints both."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hgw_widgets.domain.agreement_check import LONG_WHAT, agreement_tips, has_moment
from hgw_widgets.domain.conversation import Agreement, agreement_issues
from hgw_widgets.domain.issues import Issue

LABELLED = yaml.safe_load((Path(__file__).parents[1] / "data" / "agreements" / "agreements.yaml").read_text("utf-8"))


def test_the_labelled_set_is_big_enough_and_has_every_kind_of_tip():
    assert len(LABELLED) >= 30
    kinds = {tip for item in LABELLED for tip in item["tips"]}
    assert kinds == {"who", "when", "specific", "measurable", "positive"}
    assert sum(not item["tips"] for item in LABELLED) >= 12  # agreements that need no tip


@pytest.mark.parametrize("item", LABELLED, ids=[f"{i['who']}: {i['what'][:40]}" for i in LABELLED])
def test_each_labelled_agreement_gets_the_tips_a_chair_should_get(item):
    got = sorted(i.field for i in agreement_tips(item["who"], item["what"], item["when"]))
    assert got == sorted(item["tips"])


@pytest.mark.parametrize("who, what, when", [
    ("mentor", "belt moeder", "binnenkort"),
    ("Noah", "meldt zich bij de mentor", "snel"),
    ("Kevin", "loopt snel door naar de les", "na elke pauze"),
    ("mentor", "mailt het verslag naar de ouders", "zo snel mogelijk"),
])
def test_a_short_everyday_agreement_gets_no_tip_for_snel_or_binnenkort(who, what, when):
    assert agreement_tips(who, what, when) == ()


def test_a_long_concrete_agreement_without_who_or_when_gets_both_tips():
    what = "zorgen dat Kevin in de grote pauze een rustige plek in de mediatheek heeft en dat de surveillant het weet"
    assert len(what.split()) >= LONG_WHAT
    tips = agreement_tips("we", what, "binnenkort")
    assert Issue("vague", "who") in tips and Issue("no_moment", "when") in tips
    assert Issue("smarti", "specific") not in tips  # concrete: the tip is about who and when, not a wrong one
    assert agreement_tips("de conciërge", what.replace("zorgen", "zorgt"), "voor vrijdag") == ()


@pytest.mark.parametrize("when, moment", [
    ("vrijdag", True), ("elke zondagavond", True), ("voor 15 december", True), ("na de herfstvakantie", True),
    ("uiterlijk maandag", True), ("bij elke leesles", True), ("morgen", True), ("over twee weken", True),
    ("binnenkort", False), ("snel", False), ("z.s.m.", False), ("later", False), ("zodra het kan", False),
    ("nog afspreken", False)])
def test_has_moment(when, moment):
    assert has_moment(when) is moment


def test_agreement_issues_uses_the_tips_after_the_empty_check():
    assert agreement_issues(Agreement("iedereen", "haalt de boeken op bij de administratie", "morgen")) == (
        Issue("vague", "who"),)
    assert agreement_issues(Agreement("", "x", "")) == (Issue("empty", "who"), Issue("empty", "when"))
