"""The trainer's wall on a running room server (issue 16 §1): participants share, only the trainer reads.

A participant has the room's code, a browser and a script: they try every address of the wall, the
participants' code as trainer code, a home-made trainer cookie, the kernel API and their kernel's
websocket. Limits and refusals are answered in Dutch; hostile text stays text in every download.
"""

from __future__ import annotations

import re

import io
import json
import time

import docx
import pytest
from room_settings import CHAPTER, TOKEN, TRAINER
from voila_client import Visitor

from hgw_widgets.domain import wall as rules
from hgw_widgets.domain.exercises import welles_nietes_items
from hgw_widgets.server import throttle

GOAL = "Kevin maakt binnen vier weken bij wiskunde elke les vijf sommen zelfstandig af."
TRAINER_ONLY = ("/hgw/muur", "/hgw/muur/stand", "/hgw/muur/download.docx", "/hgw/muur/download.html",
                "/hgw/muur/muur.js", "/hgw/muur/muur.css", "/hgw/muur/iets-anders")
REFUSED = "Deze pagina is alleen voor de trainer"


@pytest.fixture(scope="module")
def base(room_server) -> str:
    return room_server[0]


def _participant(base: str) -> Visitor:
    visitor = Visitor(base, TOKEN)
    assert visitor.get("/voila/tree").status == 200  # logged in: the login cookie and the _xsrf cookie
    visitor.token = None  # from now on as the page's script: cookies only, no code in the address
    assert visitor.xsrf()
    return visitor


def _trainer(base: str) -> Visitor:
    trainer = Visitor(base)
    response = trainer.get(f"/hgw/muur?code={TRAINER}")
    assert response.status == 302 and response.headers["Location"].endswith("/hgw/muur"), response.status
    page = trainer.get("/hgw/muur")
    assert page.status == 200 and "Muur van de groep" in page.body
    return trainer


def _state(trainer: Visitor) -> dict:
    response = trainer.get("/hgw/muur/stand")
    assert response.status == 200, response.status
    return json.loads(response.body)


def _share(visitor: Visitor, data, **kwargs):
    response = visitor.post_json("/hgw/muur/deel", data, **kwargs)
    return response.status, json.loads(response.body)


@pytest.fixture
def trainer(base) -> Visitor:
    trainer = _trainer(base)
    assert trainer.post_json("/hgw/muur/wis", {}).status == 200
    return trainer


def test_participants_share_and_only_the_trainer_sees_it(base, trainer):
    anna, bram = _participant(base), _participant(base)
    status, answer = _share(anna, rules.payload_for_goal(GOAL))
    assert status == 201 and answer["ok"] and "scherm van de trainer" in answer["bericht"]
    assert _share(bram, rules.payload_for_assessment({"goal_oriented": 2, "needs": 4}, name="Bram"))[0] == 201
    state = _state(trainer)
    assert [g["text"] for g in state["goals"]] == [GOAL] and state["goals"][0]["name"] == ""
    assert state["assessments"] == 1 and state["shared"] == 2
    for visitor in (anna, bram, Visitor(base), Visitor(base, TOKEN)):
        for path in TRAINER_ONLY:
            # newcomer round: any non-empty ?code= opened the wall's JSON and downloads to anyone
            for query in ("", "?code=x", f"?code={TOKEN}", "?code=x&code=y"):
                response = visitor.get(path + query)
                assert response.status in (403, 429) and GOAL not in response.body, (path + query, response.status)
                assert "Pieter" not in response.body and "trainer" in response.body.lower()
    for path in ("/hgw/muur/verberg", "/hgw/muur/zichtbaar", "/hgw/muur/wis"):
        for xsrf in (True, False):
            response = anna.post_json(path, {"id": state["goals"][0]["id"]}, xsrf=xsrf)
            assert response.status == 403 and REFUSED in response.body, (path, xsrf, response.status)
    assert len(_state(trainer)["goals"]) == 1  # nothing hidden, nothing wiped


def test_the_participants_code_is_not_the_trainers_and_sets_no_cookie(base):
    participant = _participant(base)
    response = participant.get(f"/hgw/muur?code={TOKEN}")
    assert response.status == 403 and REFUSED in response.body
    assert not any(c.name == "hgw_trainer" for c in participant.jar)
    assert participant.get("/hgw/muur").status == 403


def test_a_home_made_trainer_cookie_is_refused(base):
    import hashlib

    participant = _participant(base)
    forged = hashlib.sha256(("hgw-trainer:" + TOKEN).encode()).hexdigest()[:32]
    for value in (forged, "1", "true", f'2|1:0|10:{int(time.time())}|11:hgw_trainer|4:MQ==|{"0" * 64}'):
        response = participant.get("/hgw/muur/stand", headers={"Cookie": f"hgw_trainer={value}"})
        assert response.status == 403, value


def test_wrong_trainer_codes_are_slowed_down(base):
    guesser = Visitor(base)
    for i in range(throttle.FREE_TRIES + 2):  # after these, the address waits 4 s
        while (response := guesser.get(f"/hgw/muur?code=gok{i:08d}x")).status == 429:
            time.sleep(0.3)
        assert response.status == 403 and REFUSED in response.body
    response = guesser.get(f"/hgw/muur?code={TRAINER}")  # even the right code waits now
    assert response.status == 429 and "Wacht" in response.body
    assert re.search(r"Wacht (1 seconde|\d+ seconden) ", response.body) and "1 seconden" not in response.body
    assert not any(c.name == "hgw_trainer" for c in guesser.jar)
    assert _trainer(base)  # another address is not held up


def test_refusals_are_answered_in_dutch(base, trainer):
    participant = _participant(base)
    key = rules.fragment_key(welles_nietes_items()[0])
    cases = [
        (b"{kapot", 400, "kon niet gedeeld worden"),
        ({"soort": "foto", "inhoud": {}}, 400, "zelfbeoordeling, een doel of een reactie"),
        ({"soort": "doel", "inhoud": {"doel": "   "}}, 400, "nog geen doel"),
        ({"soort": "doel", "inhoud": {"doel": "a " * 200}}, 400, "hooguit 300 tekens"),
        ({"soort": "zelfbeoordeling", "inhoud": {"scores": {"needs": 9}}}, 400, "1 tot en met 4"),
        ({"soort": "reactie", "inhoud": {"fragment": "geen:sleutel", "reactie": "Hoe?"}}, 400, "gespreksfragment"),
        ({"soort": "reactie", "inhoud": {"fragment": key, "reactie": "x" * 601}}, 400, "hooguit 600 tekens"),
        ({"soort": "doel", "naam": "n" * 61, "inhoud": {"doel": GOAL}}, 400, "naam is te lang"),
        (json.dumps({"soort": "doel", "inhoud": {"doel": "a" * 5000}}).encode(), 413, "te groot om te delen"),
    ]
    for data, status, part in cases:
        got, answer = _share(participant, data)
        assert (got, answer["ok"]) == (status, False) and part in answer["bericht"], (data if isinstance(data, dict) else data[:20], got, answer)
    assert _share(participant, rules.payload_for_goal(GOAL))[0] == 201
    got, answer = _share(participant, rules.payload_for_goal(GOAL))
    assert got == 429 and "seconden" in answer["bericht"]
    got, answer = _share(participant, rules.payload_for_goal(GOAL), xsrf=False)
    assert got == 403 and not answer["ok"] and "werkmap" in answer["bericht"]
    stranger = Visitor(base)  # no login at all
    stranger.get("/login")
    got, answer = _share(stranger, rules.payload_for_goal(GOAL))
    assert got == 403 and not answer["ok"]
    assert len(_state(trainer)["goals"]) == 1


def test_the_trainer_hides_clears_and_downloads_with_hostile_text_escaped(base, trainer):
    anna, bram = _participant(base), _participant(base)
    hostile = "<script>alert('muur')</script><img src=x onerror=alert(1)>"
    assert _share(anna, rules.payload_for_goal(hostile + " " + GOAL, name="<b>Anna</b>"))[0] == 201
    assert _share(bram, rules.payload_for_goal("Bram groet elke ochtend de mentor, vanaf morgen."))[0] == 201
    state = _state(trainer)
    assert [g["name"] for g in state["goals"]] == ["<b>Anna</b>", ""]
    page = trainer.get("/hgw/muur/download.html")
    assert page.status == 200 and "attachment" in page.headers["Content-Disposition"]
    assert "&lt;script&gt;alert(&#x27;muur&#x27;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page.body
    assert "<script>alert" not in page.body and "<img src=x" not in page.body and "<b>Anna" not in page.body
    word = trainer.get("/hgw/muur/download.docx")
    assert word.status == 200 and word.headers["Content-Type"].startswith("application/vnd.openxml")
    raw = trainer._opener.open(trainer.base + "/hgw/muur/download.docx").read()
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(raw)).paragraphs)
    assert hostile in text and "Bram groet" in text

    bram_id = state["goals"][1]["id"]
    assert trainer.post_json("/hgw/muur/verberg", {"id": bram_id}).status == 200
    assert [g["name"] for g in _state(trainer)["goals"]] == ["<b>Anna</b>"]
    assert "Bram groet" not in trainer.get("/hgw/muur/download.html").body
    assert trainer.post_json("/hgw/muur/verberg", {"id": "bestaat-niet"}).status == 404
    assert [h["id"] for h in _state(trainer)["hidden"]] == [bram_id]
    # "Zet terug" (newcomer round): only the trainer puts it back; a participant cannot, with or without XSRF
    for xsrf in (True, False):
        refused = bram.post_json("/hgw/muur/zichtbaar", {"id": bram_id}, xsrf=xsrf)
        assert refused.status == 403 and REFUSED in refused.body and "Bram groet" not in refused.body
    assert _state(trainer)["hidden"] and len(_state(trainer)["goals"]) == 1
    assert trainer.post_json("/hgw/muur/zichtbaar", {"id": bram_id}, xsrf=False).status == 403
    assert trainer.post_json("/hgw/muur/zichtbaar", {"id": bram_id}).status == 200
    assert [g["name"] for g in _state(trainer)["goals"]] == ["<b>Anna</b>", ""] and _state(trainer)["hidden"] == []
    assert "Bram groet" in trainer.get("/hgw/muur/download.html").body
    assert trainer.post_json("/hgw/muur/zichtbaar", {"id": bram_id}).status == 404  # not hidden (any more)
    assert trainer.post_json("/hgw/muur/wis", {}, xsrf=False).status == 403  # the trainer's page sends its _xsrf
    assert trainer.post_json("/hgw/muur/wis", {}).status == 200
    assert _state(trainer)["goals"] == []


def test_the_wall_never_reaches_a_participant_through_the_api_or_the_websocket(base, trainer):
    secret = "Geheim-muurdoel: Sanne leest binnen twee weken elke dag tien minuten."
    sharer, curious = _participant(base), Visitor(base, TOKEN)
    assert _share(sharer, rules.payload_for_goal(secret))[0] == 201
    response, kernel_id = curious.open_page(CHAPTER)
    assert response.status == 200 and kernel_id and secret not in response.body
    kernel = curious.kernel(kernel_id)
    states = kernel.request_states()
    assert states and secret not in json.dumps(states)
    assert _state(trainer)["connected"] >= 1  # the curious participant's page counts as connected
    kernel.close()
    for path in ("/api/kernels", f"/api/kernels/{kernel_id}", "/api/sessions", "/api/contents", "/api/status",
                 "/voila/api/hgw/muur", "/voila/tree", "/voila/render/hgw/muur", "/hgw/muur/../muur/stand"):
        answer = curious.api("GET", path)
        assert secret not in answer.body and "Geheim-muurdoel" not in answer.body, path
