"""The casebook: every case validates; broken fixtures fail naming file and field."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hgw_widgets import Case, CaseFileError, list_cases, load_case
from hgw_widgets.domain.case import CASEBOOK_DIR

HERE = Path(__file__).parent
BROKEN = HERE / "fixtures" / "broken"
SNAPSHOT = HERE / "case.schema.json"


@pytest.mark.parametrize("case_id", list_cases())
def test_case_file_validates(case_id):
    case = load_case(case_id)
    assert isinstance(case, Case)
    assert case.id == case_id


def test_casebook_has_jordi_with_six_goals_and_three_weeks():
    jordi = load_case("jordi")
    assert len(jordi.goal_card.goals) == 6
    assert jordi.goal_card.evaluation_weeks == 3
    assert "normaal" in jordi.goal_card.vague_instruction


@pytest.mark.parametrize(
    ("case_id", "expected"),
    [
        ("missing-title", ["missing-title.yaml", "'title'", "Field required"]),
        ("unknown-key", ["unknown-key.yaml", "'mood'", "Extra inputs are not permitted", "vrolijk"]),
        ("bad-year", ["bad-year.yaml", "'student.year'", "less than or equal to 6", "9"]),
        ("wrong-id", ["wrong-id.yaml", "'id'", "'wrong-id'", "'iemand-anders'"]),
        ("empty-goals", ["empty-goals.yaml", "'goal_card.goals'", "at least 1"]),
        ("not-yaml", ["not-yaml.yaml", "not valid YAML"]),
        ("a-list", ["a-list.yaml", "expected a mapping", "list"]),
        ("latin1", ["latin1.yaml", "not UTF-8"]),
        ("bad-guideline", ["bad-guideline.yaml", "'fragments.0.guideline'", "less than or equal to 7", "9"]),
    ],
)
def test_broken_fixture_names_file_and_field(case_id, expected):
    with pytest.raises(CaseFileError) as info:
        load_case(case_id, casebook_dir=BROKEN)
    for fragment in expected:
        assert fragment in str(info.value)


@pytest.mark.parametrize(
    "case_id",
    ["../pyproject", "..", "jordi/../../etc", "/etc/passwd", "Jordi", "jordi.yaml", "", "a" * 60, None, "jordi\x00"],
)
def test_names_outside_the_casebook_are_refused(case_id):
    with pytest.raises(CaseFileError):
        load_case(case_id)


def test_missing_case():
    with pytest.raises(CaseFileError, match="no such case"):
        load_case("niemand")


def test_schema_snapshot():
    """The schema as JSON; a change shows up in review. Refresh: HGW_UPDATE_SNAPSHOTS=1."""
    schema = json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("HGW_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(schema, encoding="utf-8")
    assert SNAPSHOT.exists(), "no schema snapshot: run with HGW_UPDATE_SNAPSHOTS=1 once and commit it"
    assert SNAPSHOT.read_text(encoding="utf-8") == schema


def test_casebook_dir_is_the_repo_folder():
    assert CASEBOOK_DIR.name == "casebook"
    assert (CASEBOOK_DIR / "jordi.yaml").is_file()
