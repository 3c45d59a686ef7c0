"""Issue 17: the meeting structures of the meetings chapter, and structure files that are refused in Dutch.

Every refusal names the file and the field (in Dutch, in ``message_nl``), and one broken file next
to the shipped ones never stops the others from loading.
"""

from __future__ import annotations

import shutil

import pytest

from hgw_widgets.domain import structures
from hgw_widgets.domain.conversation import plan_from_structure
from hgw_widgets.domain.plan_edits import with_phase_minutes
from hgw_widgets.domain.meeting import Meeting
from hgw_widgets.domain.structures import (
    CYCLE_STEPS,
    MAX_FILE_BYTES,
    load_structure,
    structure_catalogue,
    structure_from_bytes,
    structure_yaml,
)
from hgw_widgets.errors import StructureFileError

NEW = ("klassenbespreking", "leerlingbespreking", "groepsbespreking-vo")
GOOD = b"""schema_version: 1
id: mijn-bespreking
title: "Mijn bespreking"
phases:
  - id: terugblik
    title: "Terugblik"
    purpose: "Kijken wat werkte."
  - id: afspraken
    title: "Afspraken"
    minutes: 5
    purpose: "Wie doet wat, wanneer."
"""


@pytest.mark.parametrize("structure_id", NEW)
def test_the_meetings_structures_ship_and_each_phase_serves_a_step_of_the_cycle(structure_id):
    structure = load_structure(structure_id)
    assert structure.id == structure_id
    assert structure.cycle, "the structure says which HGW cycle step it serves"
    assert any(p.step for p in structure.phases)
    assert {p.step for p in structure.phases if p.step} <= set(CYCLE_STEPS)


def test_klassenbespreking_evaluates_then_clusters_then_plans():
    steps = [p.step for p in load_structure("klassenbespreking").phases if p.step]
    assert steps.index("evalueren") < steps.index("clusteren") < steps.index("plannen")


def test_the_leerlingbespreking_runs_in_three_parts_and_only_the_team_part_has_minutes():
    structure = load_structure("leerlingbespreking")
    assert [p.id for p in structure.parts] == ["voorgesprek", "bespreking", "nagesprek"]
    timed = {p.part for p in structure.phases if p.minutes is not None}
    assert timed == {"bespreking"}
    plan = plan_from_structure("leerlingbespreking")
    assert plan.phases[0].part == "Voorgesprek (mentor en zorgcoördinator)"
    assert plan.phases[0].minutes is None and not plan.timed
    assert plan.minutes == sum(p.minutes for p in structure.phases if p.minutes)


def test_a_phase_without_minutes_runs_without_a_plan_and_is_never_over_time():
    plan = plan_from_structure(structure_from_bytes(GOOD, filename="mijn.yaml"))
    meeting = Meeting.start(plan, now=0.0)
    timing = meeting.timing(10_000.0)
    assert timing.planned is None and not timing.over and timing.over_by == 0 and timing.remaining == 0
    assert meeting.next(10_000.0).timing(10_600.0).over  # the second phase plans 5 minutes
    same, issue = with_phase_minutes(plan, 0, "")
    assert same is plan and issue is None
    timed, issue = with_phase_minutes(plan, 0, "7")
    assert issue is None and timed.phases[0].minutes == 7


def test_a_downloaded_structure_loads_back_unchanged():
    for structure in structure_catalogue().structures:
        text = structure_yaml(structure)
        assert text.startswith("# Gespreksstructuur voor de HGW-werkmap")
        assert structure_from_bytes(text.encode("utf-8"), filename=f"{structure.id}.yaml") == structure


def _refusal(data: bytes, filename: str = "groepsbespreking.yaml") -> str:
    with pytest.raises(StructureFileError) as info:
        structure_from_bytes(data, filename=filename)
    return info.value.message_nl


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(GOOD.replace(b"id: mijn-bespreking", b"id: Groepsbespreking VO"),
                     ["groepsbespreking.yaml:", "veld ‘id’ (naam van de structuur)", "‘Groepsbespreking VO’",
                      "‘groepsbespreking-vo’"], id="bad-id"),
        pytest.param(GOOD.replace(b'    purpose: "Kijken wat werkte."\n', b""),
                     ["groepsbespreking.yaml:", "fase 1, veld ‘purpose’ (doel van de fase) ontbreekt"], id="missing-field"),
        pytest.param(GOOD.replace(b'title: "Mijn bespreking"\n', b""),
                     ["groepsbespreking.yaml:", "veld ‘title’ (titel) ontbreekt"], id="missing-title"),
        pytest.param(b"id: x\ntitle: [niet gesloten\nphases:\n", ["groepsbespreking.yaml:", "geen geldig YAML", "regel"],
                     id="not-yaml"),
        pytest.param(b"# " + b"x" * (MAX_FILE_BYTES + 10) + b"\n", ["groepsbespreking.yaml:", "te groot", "256 kB"],
                     id="too-big"),
        pytest.param("id: café".encode("latin-1"), ["groepsbespreking.yaml:", "UTF-8"], id="not-utf8"),
        pytest.param(b"", ["groepsbespreking.yaml:", "leeg"], id="empty"),
        pytest.param(b"- fase een\n- fase twee\n", ["groepsbespreking.yaml:", "bovenaan moeten velden staan"], id="a-list"),
        pytest.param(GOOD.replace(b"minutes: 5", b"minutes: 500"),
                     ["fase 2, veld ‘minutes’ (minuten)", "1 tot en met 120", "‘500’"], id="minutes"),
        pytest.param(GOOD.replace(b"minutes: 5", b"duur: 5"),
                     ["fase 2, veld ‘duur’ bestaat niet", "minutes"], id="unknown-field"),
        pytest.param(GOOD.replace(b"minutes: 5", b"step: afronden"),
                     ["fase 2, veld ‘step’ (HGW-stap)", "evalueren", "‘afronden’"], id="step"),
        pytest.param(GOOD.replace(b"minutes: 5", b"part: nagesprek"),
                     ["fase 2, veld ‘part’ (deel)", "‘nagesprek’", "parts"], id="undeclared-part"),
        pytest.param(GOOD.replace(b"phases:\n", b"parts:\n  - id: voor\n    title: Voor\n  - id: na\n    title: Na\nphases:\n")
                     .replace(b"minutes: 5", b"part: na"),
                     ["fase 1, veld ‘part’ (deel) ontbreekt"], id="missing-part"),
        pytest.param(GOOD.replace(b"id: afspraken", b"id: terugblik"),
                     ["fase 2, veld ‘id’ (naam van de fase)", "twee keer"], id="duplicate-phase"),
    ],
)
def test_a_broken_file_is_refused_in_dutch_naming_file_and_field(data, expected):
    message = _refusal(data)
    for part in expected:
        assert part in message, message


def test_parts_must_come_in_their_declared_order():
    data = GOOD.replace(b"phases:\n", b"parts:\n  - id: voor\n    title: Voor\n  - id: na\n    title: Na\nphases:\n")
    data = data.replace(b'    purpose: "Kijken wat werkte."\n', b'    purpose: "Kijken wat werkte."\n    part: na\n', 1)
    data = data.replace(b"minutes: 5", b"part: voor")
    assert "fase 2, veld ‘part’ (deel) ‘voor’ komt terug na een later deel" in _refusal(data)


def test_a_long_list_of_problems_is_cut_with_a_count():
    phases = b"".join(b"  - id: f%d\n    title: T\n    minutes: 999\n    purpose: P\n" % i for i in range(8))
    message = _refusal(b"id: x\ntitle: t\nphases:\n" + phases)
    assert message.count("veld ‘minutes’") == 5 and "nog 3 punten" in message


@pytest.fixture
def folder_with_broken_files(tmp_path, monkeypatch):
    shipped = structures._folder()
    for path in shipped.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "Groepsbespreking VO.yaml").write_bytes(GOOD)
    (tmp_path / "eigen-id.yaml").write_bytes(GOOD.replace(b"id: mijn-bespreking", b"id: Groepsbespreking VO"))
    (tmp_path / "zonder-doel.yaml").write_bytes(GOOD.replace(b"id: mijn-bespreking", b"id: zonder-doel")
                                                .replace(b'    purpose: "Kijken wat werkte."\n', b""))
    (tmp_path / "kapot.yaml").write_bytes(b"id: kapot\ntitle: [\n")
    (tmp_path / "groot.yaml").write_bytes(b"# " + b"x" * (MAX_FILE_BYTES + 10))
    monkeypatch.setattr(structures, "_folder", lambda: tmp_path)
    return tmp_path


def test_broken_files_next_to_the_shipped_ones_never_break_the_list(folder_with_broken_files):
    catalogue = structure_catalogue()
    assert set(catalogue.ids) == {p.stem for p in structures.package_file("structures").glob("*.yaml")}
    messages = sorted(e.message_nl for e in catalogue.refused)
    assert len(messages) == 5
    for name, field in [("Groepsbespreking VO.yaml", "bestandsnaam"), ("eigen-id.yaml", "veld ‘id’"),
                        ("zonder-doel.yaml", "veld ‘purpose’"), ("kapot.yaml", "YAML"), ("groot.yaml", "te groot")]:
        assert any(m.startswith(f"{name}:") and field in m for m in messages), (name, messages)
    assert structures.list_structures() == catalogue.ids


def test_the_shipped_folder_has_no_refused_file():
    assert structure_catalogue().refused == ()


# --- issue 17 newcomer: a coach's own structure without `audience` became a letter to parents -------------


@pytest.mark.parametrize("structure, line", [("oudergesprek-bij-zorgen", "audience: parents"),
                                             ("klassenbespreking", "audience: team")])
def test_a_downloaded_structure_says_whom_it_is_for_and_how_to_change_it(structure, line):
    text = structure_yaml(load_structure(structure))
    assert "# audience: parents | team" in text  # the comment block explains the field, in Dutch
    assert "een agenda voor de collega's" in text and "Laat je audience weg, dan geldt parents." in text
    assert line in text.splitlines()  # written also when it is the default, so a coach sees where to say "team"
