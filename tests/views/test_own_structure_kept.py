"""Issue 17 newcomer findings: a coach's own structure is kept in the browser and offered again after a
reload; a file that is too big is refused with a whole Dutch sentence naming file and size."""

from __future__ import annotations

import json

from hgw_widgets.domain.own_structures import MAX_OWN_STRUCTURES, kept_own, own_structures_from_text, own_structures_text
from hgw_widgets.domain.structures import load_structure, structure_from_bytes
from hgw_widgets.views.meeting_mode import MeetingMode
from hgw_widgets.views.structure_file import STORE_KEY
from tests.screen import browser_reports, find, notices, store, stores, upload

OWN = """schema_version: 1
id: klassenbespreking-onderbouw
title: "Klassenbespreking onderbouw"
phases:
  - {id: vraag, title: "De vraag", purpose: "Wat willen we weten?"}
  - {id: aanpak, title: "Aanpak", minutes: 10, step: plannen, purpose: "Wie doet wat?"}
""".encode("utf-8")


def _meeting_store(mode):
    return next(s for s in stores(mode) if s.key == "gespreksmodus-klassenbespreking")


def _options(mode) -> list[str]:
    return [value for _label, value in find(mode, "combobox", "Gespreksopzet").options]


def test_an_own_structure_comes_back_after_a_reload():
    first = MeetingMode.from_structure("klassenbespreking", autosave=False)
    upload(first, OWN, filename="onderbouw.yaml", name="Eigen opzet laden")
    kept = store(first, STORE_KEY).value
    assert kept and store(first, STORE_KEY).scope == "workbook"

    # the reload: a new page, whose browser reports what it kept
    again = MeetingMode.from_structure("klassenbespreking", autosave=False)
    assert "klassenbespreking-onderbouw" not in _options(again)
    browser_reports(store(again, STORE_KEY), kept)
    assert "klassenbespreking-onderbouw" in _options(again)
    assert any("Je eigen opzet staat weer in de lijst: ‘Klassenbespreking onderbouw’" in n
               for n in notices(again, "info"))
    find(again, "combobox", "Gespreksopzet").value = "klassenbespreking-onderbouw"
    assert [p.title for p in again.meeting.plan.phases] == ["De vraag", "Aanpak"]


def test_a_meeting_restored_before_the_structures_shows_its_own_structure_once_they_are_back():
    first = MeetingMode.from_structure("klassenbespreking")
    for kept_store in stores(first):
        browser_reports(kept_store, None)  # a first visit: the browser kept nothing
    upload(first, OWN, filename="onderbouw.yaml", name="Eigen opzet laden")
    find(first, "textbox", "Snelle aantekeningen").value = "Wat zei de klas zelf?"
    kept, meeting = store(first, STORE_KEY).value, _meeting_store(first).value
    assert "klassenbespreking-onderbouw" in meeting
    again = MeetingMode.from_structure("klassenbespreking")
    browser_reports(_meeting_store(again), meeting)  # the meeting's copy may come back first
    assert [p.title for p in again.meeting.plan.phases] == ["De vraag", "Aanpak"]
    browser_reports(store(again, STORE_KEY), kept)
    assert find(again, "combobox", "Gespreksopzet").value == "klassenbespreking-onderbouw"


def test_a_tampered_browser_copy_is_read_again_and_never_breaks_the_list():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    bad = json.dumps({"own_structures": 1, "files": [
        {"name": "kapot.yaml", "yaml": "id: Kapot\ntitle: x\n"},
        {"name": "goed.yaml", "yaml": OWN.decode()},
    ]})
    browser_reports(store(mode, STORE_KEY), bad)
    assert "klassenbespreking-onderbouw" in _options(mode) and "klassenbespreking" in _options(mode)
    assert any("kapot.yaml" in n for n in notices(mode, "warning"))
    for junk in ("{", "[]", json.dumps({"own_structures": 1, "files": "x"})):
        assert own_structures_from_text(junk) == ((), ())


def test_at_most_a_few_own_structures_are_kept_the_last_ones():
    base = structure_from_bytes(OWN, filename="x.yaml")
    own = ()
    for i in range(MAX_OWN_STRUCTURES + 2):
        own = kept_own(own, base.model_copy(update={"id": f"eigen-{i}"}))
    assert [s.id for s in own] == [f"eigen-{i}" for i in range(2, MAX_OWN_STRUCTURES + 2)]
    back, refused = own_structures_from_text(own_structures_text(own))
    assert back == own and refused == ()
    assert own_structures_from_text(own_structures_text((load_structure("leerlingbespreking"),)))[0][0].parts


def test_a_too_big_upload_is_refused_with_a_whole_sentence_naming_file_and_size():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    upload(mode, b"x", filename="structuur.yaml", size=10 * 1024 * 1024, name="Eigen opzet laden")
    errors = " ".join(notices(mode, "error"))
    assert errors.startswith("Deze opzet is niet geladen. structuur.yaml: het bestand is te groot (10240 kB).")
    assert "hoogstens 256 kB" in errors


def test_the_planner_offers_and_shows_its_own_structure_again_after_a_reload():
    from hgw_widgets.views.conversation_planner import ConversationPlanner

    first = ConversationPlanner(store_key="plan-eigen", autosave=False)
    upload(first, OWN, filename="onderbouw.yaml", name="Eigen opzet laden")
    assert find(first, "combobox", "Gespreksopzet").value == "klassenbespreking-onderbouw"
    kept, plan = store(first, STORE_KEY).value, first.plan

    # the reload: the plan comes back first (naming the own structure), the structures after it
    again = ConversationPlanner(plan, store_key="plan-eigen", autosave=False)
    assert "klassenbespreking-onderbouw" not in _options(again)
    browser_reports(store(again, STORE_KEY), kept)
    assert "klassenbespreking-onderbouw" in _options(again)
    assert find(again, "combobox", "Gespreksopzet").value == "klassenbespreking-onderbouw"
    assert [p.title for p in again.plan.phases] == ["De vraag", "Aanpak"]
    # marked as the coach's own, as in the meeting mode's list (a copy of a shipped one has the same title)
    labels = dict((value, label) for label, value in find(again, "combobox", "Gespreksopzet").options)
    assert labels["klassenbespreking-onderbouw"] == "Klassenbespreking onderbouw (eigen opzet)"
    assert labels["klassenbespreking"] == "Klassenbespreking"
