"""The trainer's guide as data (issue 16): realistic programmes, an answer for every exercise."""

from __future__ import annotations

import json
import shutil

import pytest

from hgw_widgets.domain.chapters import list_chapters
from hgw_widgets.domain.trainer_guide import (
    PLENARY_MINUTES,
    WALL_EXERCISES,
    Block,
    exercise_minutes,
    exercise_name,
    load_guide,
    programme_issues,
    unanswered,
)
from hgw_widgets.errors import HgwError
from hgw_widgets.paths import notebooks_dir

GUIDE = load_guide()
CHAPTERS = list_chapters()


@pytest.mark.parametrize(
    ("heading", "name", "minutes"),
    [
        ("Opdracht 1: Jordi's doelenkaart (10 minuten)", "Opdracht 1", 10),
        ("Opdracht: waar staan wij als team? (15 minuten)", "Opdracht", 15),
        ("Opdracht 5 (voor coaches): een eigen gespreksopzet (10 minuten)", "Opdracht 5", 10),
        ("Opdracht 2: zonder tijd", "Opdracht 2", None),
    ],
)
def test_exercise_name_and_minutes(heading, name, minutes):
    assert exercise_name(heading) == name
    assert exercise_minutes(heading) == minutes


def test_the_guide_has_the_four_programmes_the_issue_asks_for():
    assert {p.id for p in GUIDE.programmes} == {"90-minuten", "dagdeel", "oudergesprekken", "teamvergadering"}
    assert GUIDE.programme("90-minuten").minutes == 90
    with pytest.raises(HgwError):
        GUIDE.programme("bestaat-niet")


@pytest.mark.parametrize("programme", GUIDE.programmes, ids=lambda p: p.id)
def test_every_programme_is_realistic(programme):
    assert programme_issues(programme, CHAPTERS) == ()


def test_chapter_05_gets_about_an_hour_in_the_half_day():
    blocks = [b for b in GUIDE.programme("dagdeel").blocks if b.chapter == "05"]
    assert sum(b.minutes for b in blocks) >= 60


def test_a_block_too_short_for_its_exercises_and_their_discussion_is_found():
    programme = GUIDE.programme("90-minuten")
    # chapter 04, exercise 1 takes 15 minutes, plus 5 to discuss: 15 minutes in all is too short
    blocks = tuple(b if b.chapter != "04" else Block(minutes=15, what=b.what, chapter="04", exercises=b.exercises)
                   for b in programme.blocks)
    short = programme.model_copy(update={"blocks": blocks})
    codes = {(i.code, i.detail) for i in programme_issues(short, CHAPTERS)}
    assert ("programme.short_block", str(15 + PLENARY_MINUTES)) in codes
    assert ("programme.total", "85") in codes


def test_an_unknown_exercise_in_a_programme_is_found():
    programme = GUIDE.programme("90-minuten")
    blocks = programme.blocks + (Block(minutes=1, what="x", chapter="02", exercises=("Opdracht 9",)),)
    issues = programme_issues(programme.model_copy(update={"blocks": blocks, "minutes": 91}), CHAPTERS)
    assert [i.code for i in issues] == ["programme.unknown_exercise"]


def test_every_exercise_of_every_chapter_has_a_model_answer_or_an_answer_key():
    exercises = [(c.number, exercise_name(e)) for c in CHAPTERS for e in c.exercises]
    assert len(exercises) >= 20, exercises  # read from the notebooks, not typed here
    assert unanswered(GUIDE, CHAPTERS) == ()


def test_the_issue_s_exercises_without_a_model_answer_have_a_key_in_the_guide():
    for number, name in (("03", "Opdracht 1"), ("03", "Opdracht 3"), ("04", "Opdracht 1"), ("04", "Opdracht 2"),
                         ("05", "Opdracht 3"), ("08", "Opdracht 1")):
        note = GUIDE.notes(number).note(name)
        assert note is not None and len(note.key) > 100, (number, name)


def _copy_notebooks(tmp_path):
    for path in notebooks_dir().glob("[0-9][0-9]-*.ipynb"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_a_new_exercise_without_an_answer_is_found(tmp_path):
    folder = _copy_notebooks(tmp_path)
    path = folder / "04-wisselwerking.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    last = max(i for i, c in enumerate(notebook["cells"]) if c["cell_type"] == "markdown")
    notebook["cells"].insert(last, {"cell_type": "markdown", "metadata": {}, "id": "nieuw",
                                    "source": ["## Opdracht 3: een nieuwe opdracht (5 minuten)\n", "Doe iets."]})
    path.write_text(json.dumps(notebook), encoding="utf-8")
    assert unanswered(GUIDE, folder=folder) == (("04", "Opdracht 3"),)


def test_a_model_answer_that_left_the_chapter_is_found(tmp_path):
    folder = _copy_notebooks(tmp_path)
    path = folder / "06-oudergesprek-bij-zorgen.ipynb"
    path.write_text(path.read_text(encoding="utf-8").replace("Toon een mogelijke aanpak", "Bekijk"), encoding="utf-8")
    assert unanswered(GUIDE, folder=folder) == (("06", "Opdracht 1"),)


# --- the trainer's wall (issue 16): every programme that shares says how ------------------------------

SHARING_VIEWS = {"01": "SelfAssessment", "02": "GoalDrafter", "06": "WellesNietesExercise"}


def _exercise_code(chapter, exercise: str) -> str:
    """The code cells of one exercise in a chapter's notebook: from its "## Opdracht" heading to the next "## "."""
    cells = json.loads((notebooks_dir() / chapter.filename).read_text(encoding="utf-8"))["cells"]
    code, inside = [], False
    for cell in cells:
        text = "".join(cell["source"])
        for line in text.splitlines():
            if line.startswith("## "):
                inside = exercise_name(line[3:]) == exercise and line[3:].lower().startswith("opdracht")
        if inside and cell["cell_type"] == "code":
            code.append(text)
    return "\n".join(code)


@pytest.mark.parametrize("number", sorted(WALL_EXERCISES))
def test_the_exercises_that_share_hold_a_view_with_the_share_button(number):
    chapter = next(c for c in CHAPTERS if c.number == number)
    for exercise in WALL_EXERCISES[number]:
        assert exercise in {exercise_name(e) for e in chapter.exercises}
        assert SHARING_VIEWS[number] in _exercise_code(chapter, exercise)


@pytest.mark.parametrize("programme_id", ["90-minuten", "dagdeel", "oudergesprekken"])
def test_a_programme_that_shares_says_how_the_wall_is_used(programme_id):
    programme = GUIDE.programme(programme_id)
    assert "Trainer" in programme.wall and "Download" in programme.wall
    shared = [b for b in programme.blocks if any(e in WALL_EXERCISES.get(b.chapter or "", ()) for e in b.exercises)]
    assert shared and all("Deel met de trainer" in b.wall for b in shared)


def test_a_block_that_shares_without_saying_so_is_found():
    programme = GUIDE.programme("90-minuten")
    blocks = tuple(b.model_copy(update={"wall": ""}) if b.chapter == "02" else b for b in programme.blocks)
    issues = programme_issues(programme.model_copy(update={"blocks": blocks, "wall": ""}), CHAPTERS)
    assert [(i.code, i.detail) for i in issues] == [
        ("programme.wall_block", "Opdracht"), ("programme.wall", "")]
