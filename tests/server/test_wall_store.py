"""The wall's in-memory store, the trainer's code and address (issue 16 §1), without a server."""

from __future__ import annotations

import json

from hgw_widgets.domain import wall as rules
from hgw_widgets.domain.issues import Issue
from hgw_widgets.server import room
from hgw_widgets.server.owners import KernelOwners
from hgw_widgets.server.wall import WallStore, trainer_code, trainer_url
from hgw_widgets.server.wall_handlers import issue_text

GOAL = "Kevin maakt binnen vier weken bij wiskunde elke les vijf sommen zelfstandig af."


def _body(data) -> bytes:
    return json.dumps(data).encode("utf-8")


def test_a_share_lands_on_the_wall_with_server_side_smarti():
    store = WallStore()
    item, issue = store.share("p1", _body(rules.payload_for_goal(GOAL, name="Anna")), now=0.0)
    assert issue is None and item.smarti.specific
    summary = store.summary()
    assert [(g.name, g.text) for g in summary.goals] == [("Anna", GOAL)]
    assert summary.shared == 1


def test_too_big_not_json_and_bad_items_are_refused():
    store = WallStore()
    big = _body(rules.payload_for_goal("a" * (rules.MAX_ITEM_BYTES + 1)))
    assert store.share("p", big, now=0.0) == (None, Issue("too_big", "item", str(rules.MAX_ITEM_BYTES)))
    assert store.share("p", b"{not json", now=0.0) == (None, Issue("not_object", "item"))
    assert store.share("p", b"\xff\xfe", now=0.0) == (None, Issue("not_object", "item"))
    assert store.share("p", _body({"soort": "doel", "inhoud": {"doel": ""}}), now=0.0)[1] == Issue("empty", "doel")
    assert store.entries == ()
    # a refused share does not start the participant's two seconds
    assert store.share("p", _body(rules.payload_for_goal(GOAL)), now=0.5)[1] is None


def test_one_share_per_two_seconds_per_participant():
    store = WallStore()
    goal = _body(rules.payload_for_goal(GOAL))
    assert store.share("p", goal, now=10.0)[1] is None
    assert store.share("p", goal, now=11.0)[1] == Issue("too_fast", "muur", "2")
    assert store.share("q", goal, now=11.0)[1] is None  # someone else is not held up
    assert store.share("p", goal, now=12.0)[1] is None
    assert len(store.entries) == 3


def test_at_most_forty_items_per_participant_and_a_thousand_on_the_wall():
    store = WallStore()
    goal = _body(rules.payload_for_goal(GOAL))
    for i in range(rules.MAX_ITEMS_PER_PARTICIPANT):
        assert store.share("p", goal, now=i * 3.0)[1] is None
    assert store.share("p", goal, now=1000.0)[1] == Issue("too_many", "muur", "40")
    for i in range(rules.MAX_ITEMS_ON_WALL - rules.MAX_ITEMS_PER_PARTICIPANT):
        assert store.share(f"x{i}", goal, now=0.0)[1] is None
    assert store.share("late", goal, now=0.0)[1] == Issue("wall_full", "muur", "1000")
    store.clear()
    assert store.entries == () and store.share("late", goal, now=0.0)[1] is None


def test_a_new_self_assessment_replaces_the_participants_earlier_one():
    store = WallStore()
    store.share("p", _body(rules.payload_for_assessment({"needs": 1})), now=0.0)
    store.share("p", _body(rules.payload_for_assessment({"needs": 4})), now=5.0)
    store.share("q", _body(rules.payload_for_assessment({"needs": 2})), now=5.0)
    summary = store.summary()
    assert summary.assessments == 2
    needs = next(s for s in summary.spread if s.principle == "needs")
    assert (needs.low, needs.high, needs.count) == (2, 4, 2)


def test_hide_leaves_the_item_out_of_the_summary():
    store = WallStore()
    store.share("p", _body(rules.payload_for_goal(GOAL)), now=0.0)
    store.share("q", _body(rules.payload_for_goal("Anna groet elke ochtend de mentor.")), now=0.0)
    first = store.entries[0].id
    assert store.hide(first) is True
    assert store.hide(first) is False and store.hide("nope") is False and store.hide(None) is False
    assert [g.text for g in store.summary().goals] == ["Anna groet elke ochtend de mentor."]
    assert store.summary().shared == 1


def test_every_refusal_has_a_dutch_answer():
    texts = {
        issue_text(Issue("too_big", "item", "4096")): "4 kB",
        issue_text(Issue("too_fast", "muur", "2")): "2 seconden",
        issue_text(Issue("too_many", "muur", "40")): "40",
        issue_text(Issue("wall_full", "muur", "1000")): "vol",
        issue_text(Issue("too_long", "doel", "300")): "300",
        issue_text(Issue("unknown_fragment", "fragment")): "gespreksfragment",
        issue_text(Issue("bad_scores", "scores")): "1 tot en met 4",
    }
    for text, part in texts.items():
        assert part in text and "{" not in text, text


def test_connected_counts_participants_not_kernels():
    owners = KernelOwners()
    owners.bind("k1", "anna")
    owners.bind("k2", "anna")
    owners.bind("k3", "bram")
    assert owners.participants(["k1", "k2", "k3"]) == 2
    assert owners.participants(["k1", "k2", "unknown"]) == 1
    assert owners.participants([]) == 0


def test_the_trainer_code_differs_from_the_participants_and_the_address_uses_it():
    token = room.make_token()
    code = trainer_code(token)
    assert code != token and room.token_problem(code) is None
    assert trainer_url(f"http://10.0.0.5:8866/?token={token}", code) == f"http://10.0.0.5:8866/hgw/muur?code={code}"
    assert trainer_url(f"https://w.school.nl/werkmap/?token={token}", code) == f"https://w.school.nl/werkmap/hgw/muur?code={code}"


def test_room_passes_the_trainer_code_as_an_option_and_prints_a_trainer_line():
    plan = room.plan_pool(2, None, notebooks=("00-start.ipynb",))
    args = room.voila_room_args(token="abcdefghjkmn", plan=plan, trainer="pqrstuvwxyz2")
    assert "--WorkbookVoila.trainer_code=pqrstuvwxyz2" in args
    assert not any("trainer_code" in a for a in room.voila_room_args(token="abcdefghjkmn", plan=plan))
    text = room.banner("http://h:1/?token=x", plan, 2, wall_url="http://h:1/hgw/muur?code=pqrstuvwxyz2")
    trainer_lines = [line for line in text.splitlines() if line.startswith("Trainer")]
    assert len(trainer_lines) == 1 and trainer_lines[0].endswith("http://h:1/hgw/muur?code=pqrstuvwxyz2")


def test_a_hidden_item_is_listed_as_hidden_and_can_be_put_back():
    # newcomer round: "Verberg" could not be undone
    store = WallStore()
    store.share("p", _body(rules.payload_for_goal(GOAL, name="Anna")), now=0.0)
    store.share("q", _body(rules.payload_for_assessment({"needs": 3})), now=0.0)
    goal, assessment = (e.id for e in store.entries)
    assert store.summary().hidden == ()
    assert store.hide(goal) and store.hide(assessment)
    hidden = store.summary().hidden
    assert [(h.id, h.kind, h.name, h.text) for h in hidden] == [(goal, "doel", "Anna", GOAL), (assessment, "zelfbeoordeling", "", "")]
    assert store.summary().goals == () and store.summary().assessments == 0
    assert store.show(goal) is True
    assert store.show(goal) is False and store.show("nope") is False and store.show(None) is False
    assert [g.text for g in store.summary().goals] == [GOAL] and [h.id for h in store.summary().hidden] == [assessment]
    assert [e.id for e in store.entries] == [goal, assessment]  # back in its own place, not at the end
