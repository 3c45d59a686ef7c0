"""Issue 17: a coach loads an own structure file in the meeting mode and the planner, or downloads one.

A broken file is refused with a Dutch message naming file and field; the structures already on
offer stay. A broken file in the shipped folder no longer stops the planner from opening.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from hgw_widgets.domain import structures
from hgw_widgets.views.conversation_planner import ConversationPlanner
from hgw_widgets.views.meeting_mode import MeetingMode
from tests.screen import click, download, find, notices, text_of, upload

OWN = """schema_version: 1
id: klassenbespreking-onderbouw
title: "Klassenbespreking onderbouw"
parts:
  - {id: voor, title: "Voorgesprek", when: "een week vooraf"}
  - {id: team, title: "Met het team"}
phases:
  - {id: vraag, title: "De vraag", part: voor, purpose: "Wat willen we weten?"}
  - {id: aanpak, title: "Aanpak", part: team, minutes: 10, step: plannen, purpose: "Wie doet wat?"}
""".encode("utf-8")
BROKEN = OWN.replace(b"id: klassenbespreking-onderbouw", b"id: Groepsbespreking VO")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_the_meeting_mode_runs_an_own_structure_file():
    clock = Clock()
    mode = MeetingMode.from_structure("klassenbespreking", clock=clock, autosave=False)
    assert find(mode, "combobox", "Gespreksopzet").value == "klassenbespreking"
    upload(mode, OWN, filename="mijn structuur.yaml", name="Eigen opzet laden")
    assert any("Klassenbespreking onderbouw" in n for n in notices(mode, "success"))
    assert [p.key for p in mode.meeting.plan.phases] == ["vraag", "aanpak"]
    assert "Deel: Voorgesprek" in text_of(mode) and "Fase 1 van 2" in text_of(mode)
    assert "geen tijd gepland" in text_of(mode)
    click(mode, "Start het gesprek")
    clock.now += 90
    click(mode, "Volgende fase")
    assert "Deel: Met het team" in text_of(mode) and "HGW-stap: het plan opstellen" in text_of(mode)
    # another part is held on another day: the clock stands still until the chair starts it (issue 17)
    assert not mode.meeting.running and "andere dag" in text_of(mode)
    clock.now += 86_400
    click(mode, "Doorgaan")
    clock.now += 30
    assert mode.record.seconds == (90.0, 30.0)
    choice = find(mode, "combobox", "Gespreksopzet")
    assert "klassenbespreking-onderbouw" in [v for _label, v in choice.options]


def test_a_broken_file_is_refused_and_the_shipped_structures_stay():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    before = [p.key for p in mode.meeting.plan.phases]
    upload(mode, BROKEN, filename="groepsbespreking.yaml", name="Eigen opzet laden")
    errors = " ".join(notices(mode, "error"))
    assert "groepsbespreking.yaml" in errors and "veld ‘id’" in errors and "Groepsbespreking VO" in errors
    assert [p.key for p in mode.meeting.plan.phases] == before
    choice = find(mode, "combobox", "Gespreksopzet")
    assert {"klassenbespreking", "leerlingbespreking", "groepsbespreking-vo", "oudergesprek-bij-zorgen"} <= {
        v for _label, v in choice.options}
    choice.value = "leerlingbespreking"
    assert mode.meeting.plan.structure_id == "leerlingbespreking"


@pytest.mark.parametrize(("content", "size", "expected"), [
    (b"x", 10 * 1024 * 1024, "te groot"),
    ("id: café".encode("latin-1"), None, "UTF-8"),
    (b"id: x\ntitle: [\n", None, "YAML"),
])
def test_other_refusals_name_the_file(content, size, expected):
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    upload(mode, content, filename="structuur.yaml", size=size, name="Eigen opzet laden")
    errors = " ".join(notices(mode, "error"))
    assert "structuur.yaml" in errors and expected in errors


def test_the_download_is_the_structure_in_use_and_loads_back():
    mode = MeetingMode.from_structure("leerlingbespreking", autosave=False)
    data = download(mode, "Download deze opzet")
    assert yaml.safe_load(data)["id"] == "leerlingbespreking"
    other = MeetingMode.from_structure("klassenbespreking", autosave=False)
    upload(other, data, filename="leerlingbespreking.yaml", name="Eigen opzet laden")
    assert other.meeting.plan.structure_id == "leerlingbespreking-eigen"  # a shipped id is never replaced (issue 17)
    assert len(other.meeting.plan.phases) == len(mode.meeting.plan.phases)


def _worked_on(mode) -> None:
    find(mode, "textbox", "Snelle aantekeningen").value = "Noah mist vaak zijn huiswerk"
    find(mode, "textbox", "Wie", exact=True).value = "mentor"
    find(mode, "textbox", "Wat", exact=True).value = "meldt Noah aan voor de leerlingbespreking"
    find(mode, "textbox", "Wanneer", exact=True).value = "voor vrijdag"
    click(mode, "Afspraak vastleggen")


def test_another_structure_asks_first_and_cancel_keeps_the_meeting():
    """Newcomer finding: changing Gespreksopzet dropped notes and time without a word."""
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    _worked_on(mode)
    find(mode, "combobox", "Gespreksopzet").value = "leerlingbespreking"
    assert any("Een andere opzet begint een nieuw gesprek; download eerst het verslag" in n
               for n in notices(mode, "warning"))
    click(mode, "Annuleren")
    assert mode.meeting.plan.structure_id == "klassenbespreking"
    assert find(mode, "combobox", "Gespreksopzet").value == "klassenbespreking"
    assert mode.record.notes[0] == "Noah mist vaak zijn huiswerk" and len(mode.record.agreements) == 1
    assert not any("nieuw gesprek" in n for n in notices(mode, "warning"))


def test_a_new_meeting_in_another_structure_starts_clean():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    _worked_on(mode)
    upload(mode, OWN, filename="eigen.yaml", name="Eigen opzet laden")
    assert mode.meeting.plan.structure_id == "klassenbespreking"  # not yet: the question comes first
    click(mode, "Nieuw gesprek beginnen")
    assert [p.key for p in mode.meeting.plan.phases] == ["vraag", "aanpak"]
    assert mode.record.agreements == () and not any(mode.record.notes)
    assert find(mode, "textbox", "Snelle aantekeningen").value == ""


def test_a_meeting_without_work_switches_without_asking():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    find(mode, "combobox", "Gespreksopzet").value = "leerlingbespreking"
    assert mode.meeting.plan.structure_id == "leerlingbespreking"
    assert not any("nieuw gesprek" in n for n in notices(mode, "warning"))


def test_the_planner_loads_an_own_structure_into_its_list():
    planner = ConversationPlanner.from_case("kevin", autosave=False)
    upload(planner, OWN, filename="eigen.yaml", name="Eigen opzet laden")
    assert planner.plan.structure_id == "klassenbespreking-onderbouw"
    assert find(planner, "combobox", "Gespreksopzet").value == "klassenbespreking-onderbouw"
    assert planner.plan.student == "Kevin"  # the rest of the plan stays
    upload(planner, BROKEN, filename="kapot.yaml", name="Eigen opzet laden")
    assert planner.plan.structure_id == "klassenbespreking-onderbouw"
    assert any("kapot.yaml" in n for n in notices(planner, "error"))


def test_a_broken_file_next_to_the_shipped_ones_does_not_break_the_planner(tmp_path, monkeypatch):
    for path in structures._folder().glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "Groepsbespreking VO.yaml").write_bytes(OWN)
    (tmp_path / "zonder-titel.yaml").write_bytes(OWN.replace(b'title: "Klassenbespreking onderbouw"\n', b""))
    monkeypatch.setattr(structures, "_folder", lambda: tmp_path)
    planner = ConversationPlanner()
    options = {v for _label, v in find(planner, "combobox", "Gespreksopzet").options}
    assert "oudergesprek-bij-zorgen" in options and "klassenbespreking" in options
    warning = " ".join(notices(planner, "warning"))
    assert "Groepsbespreking VO.yaml" in warning and "zonder-titel.yaml" in warning and "veld ‘title’" in warning
