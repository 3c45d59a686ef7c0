"""The wall's rules: payloads, reading a shared item, limits, summaries (issue 16 §1)."""

from __future__ import annotations

import json

import pytest

from hgw_widgets.domain import wall
from hgw_widgets.domain.exercises import welles_nietes_items
from hgw_widgets.domain.issues import Issue
from hgw_widgets.domain.principles import PRINCIPLES, Rating
from hgw_widgets.domain.wall import WallEntry, parse_item, place, refusal, summarise

GOOD_GOAL = "Kevin maakt binnen vier weken bij wiskunde elke les vijf sommen zelfstandig af."


def _item(data):
    item, issue = parse_item(data)
    assert issue is None, issue
    return item


def test_payloads_round_trip_through_parse_item():
    a = _item(wall.payload_for_assessment([Rating("goal_oriented", 3), Rating("needs", 1)], name="Anna"))
    assert a.kind == "zelfbeoordeling" and a.name == "Anna" and a.scores == (("goal_oriented", 3), ("needs", 1))
    g = _item(wall.payload_for_goal(GOOD_GOAL))
    assert g.kind == "doel" and g.goal == GOOD_GOAL and g.name == "" and g.smarti.specific
    wn = welles_nietes_items()[0]
    r = _item(wall.payload_for_reply(wn, "Hoe gaat dat thuis?"))
    assert r.kind == "reactie" and r.fragment == wall.fragment_key(wn) and r.reply == "Hoe gaat dat thuis?"
    # the payloads are plain JSON
    json.dumps(wall.payload_for_reply(wn, "x"))


def test_payload_for_assessment_takes_a_mapping():
    assert wall.payload_for_assessment({"needs": 2})["inhoud"] == {"scores": {"needs": 2}, "bron": ""}


def test_fragment_keys_are_stable_unique_and_have_text():
    items = welles_nietes_items()
    keys = [wall.fragment_key(i) for i in items]
    assert len(set(keys)) == len(keys)
    assert keys == [wall.fragment_key(i) for i in welles_nietes_items()]
    for item, key in zip(items, keys):
        text = wall.fragment_text(key)
        assert item.item.school in text and item.item.home in text and item.student in text
    assert wall.fragment_text("kevin:0000000000") is None
    assert wall.fragment_text(None) is None


def test_the_server_computes_smarti_a_faked_result_is_ignored():
    data = wall.payload_for_goal("Hij moet beter zijn best doen.")
    data["inhoud"]["smarti"] = {"specific": True, "measurable": True}
    item = _item(data)
    assert not item.smarti.specific and not item.smarti.measurable


@pytest.mark.parametrize(("data", "issue"), [
    ([], Issue("not_object", "item")),
    ({"soort": "foto", "inhoud": {}}, Issue("unknown_kind", "item")),
    ({"soort": "doel"}, Issue("not_object", "item")),
    ({"soort": "doel", "naam": 5, "inhoud": {"doel": "x"}}, Issue("not_object", "naam")),
    ({"soort": "doel", "naam": "n" * 61, "inhoud": {"doel": GOOD_GOAL}}, Issue("too_long", "naam", "60")),
    ({"soort": "doel", "inhoud": {"doel": "   "}}, Issue("empty", "doel")),
    ({"soort": "doel", "inhoud": {"doel": ["a"]}}, Issue("empty", "doel")),
    ({"soort": "doel", "inhoud": {"doel": "a" * 301}}, Issue("too_long", "doel", "300")),
    ({"soort": "zelfbeoordeling", "inhoud": {"scores": {}}}, Issue("no_scores", "scores")),
    ({"soort": "zelfbeoordeling", "inhoud": {"scores": [3]}}, Issue("no_scores", "scores")),
    ({"soort": "zelfbeoordeling", "inhoud": {"scores": {"goal_oriented": 5}}}, Issue("bad_scores", "scores")),
    ({"soort": "zelfbeoordeling", "inhoud": {"scores": {"goal_oriented": True}}}, Issue("bad_scores", "scores")),
    ({"soort": "zelfbeoordeling", "inhoud": {"scores": {"goal_oriented": "3"}}}, Issue("bad_scores", "scores")),
    ({"soort": "zelfbeoordeling", "inhoud": {"scores": {"<script>": 3}}}, Issue("bad_scores", "scores")),
    ({"soort": "reactie", "inhoud": {"fragment": "nope", "reactie": "Hoe?"}}, Issue("unknown_fragment", "fragment")),
], ids=lambda v: str(v)[:40])
def test_bad_items_are_refused_with_a_code(data, issue):
    item, found = parse_item(data)
    assert item is None and found == issue


def test_a_too_long_reply_is_refused_not_cut():
    key = wall.fragment_key(welles_nietes_items()[0])
    item, issue = parse_item({"soort": "reactie", "inhoud": {"fragment": key, "reactie": "a" * 601}})
    assert item is None and issue == Issue("too_long", "reactie", "600")
    item, issue = parse_item({"soort": "reactie", "inhoud": {"fragment": key, "reactie": "  "}})
    assert issue == Issue("empty", "reactie")


def test_hostile_text_is_kept_as_text_for_the_export_to_escape():
    item = _item(wall.payload_for_goal("<script>alert(1)</script>", name="<img src=x onerror=alert(1)>"))
    assert item.goal == "<script>alert(1)</script>" and item.name.startswith("<img")


def _entry(i, who, data, hidden=False):
    return WallEntry(str(i), who, _item(data), hidden)


def test_a_new_self_assessment_replaces_the_earlier_one():
    entries = ()
    entries = place(entries, _entry(1, "p1", wall.payload_for_assessment({"needs": 1})))
    entries = place(entries, _entry(2, "p1", wall.payload_for_goal(GOOD_GOAL)))
    entries = place(entries, _entry(3, "p1", wall.payload_for_assessment({"needs": 4})))
    assert [e.id for e in entries] == ["2", "3"]
    s = summarise(entries)
    assert s.assessments == 1 and s.spread[PRINCIPLES.index("needs")].low == 4


def test_limits_too_fast_too_many_wall_full():
    goal = _item(wall.payload_for_goal(GOOD_GOAL))
    assess = _item(wall.payload_for_assessment({"needs": 2}))
    assert refusal((), "p", goal, seconds_since_last=None) is None
    assert refusal((), "p", goal, seconds_since_last=0.5) == Issue("too_fast", "muur", "2")
    assert refusal((), "p", goal, seconds_since_last=2.0) is None
    mine = tuple(WallEntry(str(i), "p", goal) for i in range(wall.MAX_ITEMS_PER_PARTICIPANT - 1))
    assert refusal(mine, "p", goal, seconds_since_last=10) is None
    mine += (WallEntry("a", "p", assess),)
    assert refusal(mine, "p", goal, seconds_since_last=10) == Issue("too_many", "muur", "40")
    # a new self-assessment replaces the old one: it is not one more
    assert refusal(mine, "p", assess, seconds_since_last=10) is None
    assert refusal(mine, "q", goal, seconds_since_last=None) is None
    full = tuple(WallEntry(str(i), f"p{i}", goal) for i in range(wall.MAX_ITEMS_ON_WALL))
    assert refusal(full, "new", goal, seconds_since_last=None) == Issue("wall_full", "muur", "1000")


def test_summary_spread_goals_replies_and_hidden_items():
    wn = welles_nietes_items()
    entries = (
        _entry(1, "p1", wall.payload_for_assessment({"goal_oriented": 1, "needs": 3})),
        _entry(2, "p2", wall.payload_for_assessment({"goal_oriented": 4, "needs": 3})),
        _entry(3, "p3", wall.payload_for_assessment({"goal_oriented": 2})),
        _entry(4, "p4", wall.payload_for_assessment({"goal_oriented": 1}), hidden=True),
        _entry(5, "p1", wall.payload_for_goal(GOOD_GOAL, name="Anna")),
        _entry(6, "p2", wall.payload_for_goal("Hij moet beter zijn best doen.")),
        _entry(7, "p2", wall.payload_for_reply(wn[0], "Hoe gaat dat thuis?")),
        _entry(8, "p3", wall.payload_for_reply(wn[1], "Vertel eens.")),
        _entry(9, "p1", wall.payload_for_reply(wn[0], "Wat ziet u thuis?")),
    )
    s = summarise(entries)
    goal = s.spread[0]
    assert (goal.principle, goal.low, goal.high, goal.median, goal.count) == ("goal_oriented", 1, 4, 2.0, 3)
    assert goal.per_score == (1, 1, 0, 1)
    needs = s.spread[PRINCIPLES.index("needs")]
    assert (needs.low, needs.high, needs.median, needs.count) == (3, 3, 3.0, 2)
    empty = s.spread[PRINCIPLES.index("teachers")]
    assert (empty.low, empty.high, empty.median, empty.count) == (None, None, None, 0)
    assert s.assessments == 3 and [i for i, _ in s.assessment_ids] == ["1", "2", "3"]
    assert [(g.id, g.name) for g in s.goals] == [("5", "Anna"), ("6", "")]
    assert dict(s.goals[0].checks)["specific"] is True and dict(s.goals[1].checks)["specific"] is False
    assert [f.key for f in s.fragments] == [wall.fragment_key(wn[0]), wall.fragment_key(wn[1])]
    assert [r.text for r in s.fragments[0].replies] == ["Hoe gaat dat thuis?", "Wat ziet u thuis?"]
    assert wn[0].item.school in s.fragments[0].fragment
    assert s.shared == 3 and s.items == 8


def test_an_even_number_of_scores_has_a_half_median():
    entries = (_entry(1, "a", wall.payload_for_assessment({"needs": 2})),
               _entry(2, "b", wall.payload_for_assessment({"needs": 3})))
    assert summarise(entries).spread[PRINCIPLES.index("needs")].median == 2.5


def test_a_team_sharing_in_turns_from_one_machine_keeps_one_assessment_per_row():
    """Serve mode: one login, several rows of chapter 01's table; each row replaces only its own share."""
    anne, bert = wall.assessment_source("AB"), wall.assessment_source("CD")
    assert anne != bert and len(anne) == wall.SOURCE_CHARS and "AB" not in anne
    entries = ()
    entries = place(entries, _entry(1, "laptop", wall.payload_for_assessment({"needs": 1}, source=anne)))
    entries = place(entries, _entry(2, "laptop", wall.payload_for_assessment({"needs": 3}, source=bert)))
    entries = place(entries, _entry(3, "laptop", wall.payload_for_assessment({"needs": 2}, source=anne)))
    assert [e.id for e in entries] == ["2", "3"]
    spread = summarise(entries).spread[PRINCIPLES.index("needs")]
    assert (spread.low, spread.high) == (2, 3)
    bad, issue = parse_item({"soort": "zelfbeoordeling", "inhoud": {"scores": {"needs": 2}, "bron": "<script>"}})
    assert bad is None and issue is not None
