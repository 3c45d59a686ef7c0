"""Meeting structures are data: every shipped file validates, broken files fail naming file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from hgw_widgets.domain.structures import MeetingStructure, list_structures, load_structure, parse_structure
from hgw_widgets.errors import HgwError, StructureFileError

FIXTURES = Path(__file__).parent / "fixtures" / "structures"
SHIPPED = list_structures()


def test_the_two_structures_of_issue_4_ship():
    assert {"oudergesprek-bij-zorgen", "multidisciplinair-overleg"} <= set(SHIPPED)


@pytest.mark.parametrize("structure_id", SHIPPED)
def test_every_shipped_structure_validates(structure_id):
    structure = load_structure(structure_id)
    assert isinstance(structure, MeetingStructure)
    assert structure.id == structure_id
    assert structure.phases
    for phase in structure.phases:
        assert phase.title and phase.purpose
        assert phase.minutes is None or 1 <= phase.minutes <= 120
        assert phase.guideline is None or 4 <= phase.guideline <= 7


def test_the_parents_conversation_has_eight_phases_covering_guidelines_4_to_7():
    structure = load_structure("oudergesprek-bij-zorgen")
    assert len(structure.phases) == 8
    assert {p.guideline for p in structure.phases} >= {4, 5, 6, 7}
    assert all(p.prompts and p.phrasings for p in structure.phases)
    assert structure.minutes == sum(p.minutes for p in structure.phases)
    assert 20 <= structure.minutes <= 90


def test_the_multidisciplinary_agenda_ends_with_agreements():
    structure = load_structure("multidisciplinair-overleg")
    assert len(structure.phases) >= 5
    assert structure.phases[-1].guideline == 7 or any(p.guideline == 7 for p in structure.phases[-3:])


def test_a_coach_adds_a_structure_by_writing_one_file():
    structure = load_structure("klassenbespreking", folder=FIXTURES)
    assert [p.id for p in structure.phases] == ["wat-gaat-goed", "afspraken"]
    assert "klassenbespreking" in list_structures(folder=FIXTURES)


def test_structures_are_frozen():
    structure = load_structure("oudergesprek-bij-zorgen")
    with pytest.raises(Exception):
        structure.title = "anders"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("broken-extra-field", ["broken-extra-field.yaml", "phases.0.duration"]),
        ("broken-minutes", ["broken-minutes.yaml", "phases.1.minutes"]),
        ("broken-no-phases", ["broken-no-phases.yaml", "phases"]),
        ("broken-guideline", ["broken-guideline.yaml", "phases.0.guideline"]),
        ("broken-duplicate-id", ["broken-duplicate-id.yaml", "phases.1.id"]),
        ("broken-wrong-id", ["broken-wrong-id.yaml", "'id'", "klassenbespreking"]),
        ("broken-yaml", ["broken-yaml.yaml", "YAML"]),
        ("broken-list", ["broken-list.yaml", "mapping"]),
        ("broken-latin1", ["broken-latin1.yaml", "UTF-8"]),
    ],
)
def test_broken_fixture_names_file_and_field(name, expected):
    with pytest.raises(StructureFileError) as info:
        load_structure(name, folder=FIXTURES)
    for part in expected:
        assert part in str(info.value)
    assert isinstance(info.value, HgwError)


@pytest.mark.parametrize(
    "bad_name",
    ["../casebook/kevin", "/etc/passwd", "..", "oudergesprek-bij-zorgen.yaml", "Oudergesprek", "a/b", "", " x",
     "x" * 200, "onbekende-structuur"],
)
def test_unsafe_or_unknown_names_are_refused(bad_name):
    with pytest.raises(StructureFileError):
        load_structure(bad_name)


def test_non_text_names_are_refused():
    with pytest.raises(StructureFileError):
        load_structure(None)  # type: ignore[arg-type]


def test_a_too_large_file_is_refused(tmp_path):
    (tmp_path / "groot.yaml").write_text("title: '" + "x" * 300_000 + "'\n", encoding="utf-8")
    with pytest.raises(StructureFileError, match="groot.yaml"):
        load_structure("groot", folder=tmp_path)


def test_a_symlink_out_of_the_folder_is_not_followed(tmp_path):
    outside = tmp_path / "elders.yaml"
    outside.write_text((FIXTURES / "klassenbespreking.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "structures"
    folder.mkdir()
    (folder / "klassenbespreking.yaml").symlink_to(outside)
    with pytest.raises(StructureFileError):
        load_structure("klassenbespreking", folder=folder)


def test_parse_structure_names_the_given_file():
    with pytest.raises(StructureFileError, match="mijn.yaml"):
        parse_structure({"id": "x", "title": "t", "phases": [{"id": "a"}]}, name="mijn.yaml")
