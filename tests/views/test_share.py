""""Deel met de trainer" (issue 16): the button next to what a participant made, the payload the
kernel hands the browser, the notice, and the start page's link to the wall."""

from __future__ import annotations

import json

import pytest

from hgw_widgets.domain.exercises import welles_nietes_items
from hgw_widgets.domain.goals import Goal
from hgw_widgets.domain.principles import PRINCIPLES
from hgw_widgets.domain.wall import assessment_source
from hgw_widgets.domain.wall import MAX_NAME_CHARS, fragment_key, fragment_text, parse_item
from hgw_widgets.messages import t
from hgw_widgets.views.goal_drafter import GoalDrafter
from hgw_widgets.views.self_assessment import SelfAssessment
from hgw_widgets.views.start_page import StartPage
from hgw_widgets.views.welles_nietes import WellesNietesExercise
from hgw_widgets.views._where import JOIN_URL_ENV, WALL_ENV, WALL_HREF, wall_link_from
from tests.screen import click, fill, find, find_all, share, text_of

GOAL = "Kevin maakt over zes weken 8 van de 10 sommen zelfstandig goed."
LINE = "verschijnt op het scherm van de trainer, zonder je naam"


def _drafter(*goals: str) -> GoalDrafter:
    return GoalDrafter(goals=[Goal(text=g) for g in goals], autosave=False)


# --- chapter 02: a drafted goal, per goal ----------------------------------------------------------


def test_no_share_button_before_there_is_a_goal():
    view = _drafter()
    assert find_all(view, "share") == []
    assert LINE not in text_of(view)


def test_each_goal_has_its_own_share_button_with_the_notice_and_the_name_field():
    view = _drafter(GOAL, "Anna leest elke dag twintig minuten.")
    buttons = find_all(view, "share")
    assert [b.accessible_name for b in buttons] == ["Deel met de trainer: doel 1", "Deel met de trainer: doel 2"]
    assert all(b.label == "Deel met de trainer" for b in buttons)
    assert LINE in text_of(view)
    assert find(view, "textbox", "Naam (mag leeg)").value == ""


def test_a_goal_is_shared_anonymously_unless_a_name_is_typed():
    view = _drafter(GOAL, "Anna leest elke dag twintig minuten.")
    answer = share(view, "doel 2")
    assert answer == {"event": "payload", "ok": True,
                      "payload": {"soort": "doel", "naam": "", "inhoud": {"doel": "Anna leest elke dag twintig minuten."}}}
    fill(view, "textbox", "Naam (mag leeg)", "  Team   geel ")
    assert share(view, "doel 1")["payload"] == {"soort": "doel", "naam": "Team geel", "inhoud": {"doel": GOAL}}
    item, issue = parse_item(share(view, "doel 1")["payload"])
    assert issue is None and item.goal == GOAL


def test_a_goal_added_later_gets_a_button_too():
    view = _drafter()
    fill(view, "textbox", "doel", GOAL)
    click(view, "Toevoegen")
    assert share(view, "doel 1")["payload"]["inhoud"] == {"doel": GOAL}


def test_a_name_that_is_too_long_is_refused_in_dutch_and_nothing_is_handed_over():
    view = _drafter(GOAL)
    fill(view, "textbox", "Naam (mag leeg)", "x" * (MAX_NAME_CHARS + 1))
    answer = share(view, "doel 1")
    assert answer["ok"] is False and "payload" not in answer
    assert answer["bericht"] == t("share.name_too_long", n=MAX_NAME_CHARS + 1, max=MAX_NAME_CHARS)
    assert find(view, "textbox", "Naam (mag leeg)").value == "x" * (MAX_NAME_CHARS + 1)  # nothing typed is lost


@pytest.mark.parametrize("make", [lambda: (_drafter(GOAL), "doel 1"), lambda: _assessed("MJ"), lambda: _replied()],
                         ids=["doel", "zelfbeoordeling", "reactie"])
def test_the_name_shown_at_the_click_is_shared_even_before_the_kernel_has_it(make):
    # newcomer round: "Marieke" typed and the button clicked at once put "M" on the wall: the browser
    # still held back the field's last changes. The browser sends the field's shown value with the click.
    view, name = make()
    fill(view, "textbox", "Naam (mag leeg)", "M")  # all the kernel has so far
    button = find(view, "share", name)
    assert button.name_field is find(view, "textbox", "Naam (mag leeg)")  # the browser reads this field
    assert share(view, name, shown_name=" Marieke ")["payload"]["naam"] == "Marieke"
    assert share(view, name)["payload"]["naam"] == "M"  # an older page that sends no name: the kernel's
    assert share(view, name, shown_name="x" * (MAX_NAME_CHARS + 1))["ok"] is False  # checked like any name


def _assessed(initials: str):
    view = SelfAssessment(chart=False, autosave=False)
    fill(view, "textbox", "Naam", initials, exact=False, index=0)
    find_all(view, "combobox")[0].value = 3
    click(view, "Toevoegen")
    return view, f"zelfbeoordeling van {initials}"


def _replied():
    view = WellesNietesExercise.from_case("welles-nietes")
    fill(view, "textbox", "Jouw reactie", "Wat ziet u thuis als hij huiswerk maakt?")
    return view, "je reactie"


def test_the_kernel_hands_over_only_when_the_browser_asks():
    view = _drafter(GOAL)
    button = find(view, "share")
    assert button.requests == 0
    share(view, "doel 1")
    assert button.requests == 1


# --- chapter 01: the participant's own ratings ------------------------------------------------------


def test_a_self_assessment_is_shared_with_its_scores_only():
    view = SelfAssessment(chart=False, autosave=False)
    assert find_all(view, "share") == []
    fill(view, "textbox", "Naam", "AB", exact=False, index=0)
    view_scores = find_all(view, "combobox")
    view_scores[0].value = 3
    view_scores[2].value = 1
    click(view, "Toevoegen")
    answer = share(view, "zelfbeoordeling van AB")
    assert answer["payload"] == {"soort": "zelfbeoordeling", "naam": "",
                                 "inhoud": {"scores": {PRINCIPLES[0]: 3, PRINCIPLES[2]: 1},
                                            "bron": assessment_source("AB")}}
    assert "AB" not in json.dumps(answer["payload"])  # the row's name is not shared, only its opaque key
    assert LINE in text_of(view)


# --- chapter 06: the reply just typed, with its fragment -------------------------------------------


def test_a_reply_is_shared_with_the_fragment_it_answers():
    view = WellesNietesExercise.from_case("welles-nietes")
    empty = share(view, "je reactie")
    assert empty == {"event": "payload", "ok": False, "bericht": t("share.reply_empty")}
    fill(view, "textbox", "Jouw reactie", "Wat ziet u thuis als hij huiswerk maakt?")
    payload = share(view, "je reactie")["payload"]
    assert payload["inhoud"] == {"fragment": fragment_key(view.item), "reactie": "Wat ziet u thuis als hij huiswerk maakt?"}
    assert view.item.item.school in fragment_text(payload["inhoud"]["fragment"])
    click(view, "Volgende")
    fill(view, "textbox", "Jouw reactie", "Vertel eens?")
    assert share(view, "je reactie")["payload"]["inhoud"]["fragment"] == fragment_key(welles_nietes_items(("welles-nietes",))[1])


def test_a_reply_that_is_too_long_is_refused_in_dutch():
    view = WellesNietesExercise.from_case("welles-nietes")
    fill(view, "textbox", "Jouw reactie", "Vertel eens " * 80)
    answer = share(view, "je reactie")
    assert answer["ok"] is False and "te lang" in answer["bericht"]


# --- the start page: a link to the wall outside room mode ------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({WALL_ENV: "1"}, WALL_HREF),
        ({WALL_ENV: "1", JOIN_URL_ENV: "http://192.168.1.20:8866/?token=zaal12345"}, None),  # room mode
        ({}, None),  # plain Voilà or JupyterLab: no wall served
        ({WALL_ENV: "0"}, None),
    ],
)
def test_wall_link_from(environ, expected):
    assert wall_link_from(environ) == expected


def test_the_start_page_links_to_the_wall_in_serve_mode(monkeypatch):
    monkeypatch.setenv(WALL_ENV, "1")
    monkeypatch.delenv(JOIN_URL_ENV, raising=False)
    page = StartPage.from_workbook()
    assert page.wall_link == WALL_HREF
    link = find(page, "html", "Open de muur (voor de trainer)")
    assert f"href='{WALL_HREF}'" in link.value and "target='_blank'" in link.value


def test_participants_in_a_room_get_no_link_to_the_wall(monkeypatch):
    monkeypatch.setenv(WALL_ENV, "1")
    monkeypatch.setenv(JOIN_URL_ENV, "http://192.168.1.20:8866/?token=zaal12345")
    page = StartPage.from_workbook()
    assert page.wall_link is None
    assert "Open de muur" not in text_of(page)


def test_wall_env_names_agree():
    from hgw_widgets.server.voila_app import WALL_ENV as SERVER_WALL_ENV

    assert WALL_ENV == SERVER_WALL_ENV



def test_a_redrawn_list_closes_its_old_share_buttons():
    view = _drafter(GOAL)
    old = find(view, "share")
    fill(view, "textbox", "doel", "Anna leest elke dag twintig minuten.")
    click(view, "Toevoegen")
    assert old.comm is None  # closed: the page drops it, the kernel forgets it
    assert [b.comm is not None for b in find_all(view, "share")] == [True, True]


def test_the_answer_next_to_the_reply_goes_when_another_fragment_is_shown():
    view = WellesNietesExercise.from_case("welles-nietes")
    button = find(view, "share")
    before = button.cleared
    click(view, "Volgende")
    assert button.cleared == before + 1  # the browser takes "Gedeeld" away: it was about the other fragment
