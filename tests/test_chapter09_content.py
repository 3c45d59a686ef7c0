"""Chapter 09's content after the newcomer round of issue 17: the VO terms of the OPP, consent, the
support team and its roles, the class's own voice, clusters by need, and texts that fit the case."""

from __future__ import annotations

import json

import pytest

from hgw_widgets.domain.case import load_case
from hgw_widgets.domain.structures import list_structures, load_structure
from hgw_widgets.paths import notebooks_dir
from hgw_widgets.views.meeting_mode import MeetingMode
from tests.screen import find_all

CHAPTER = notebooks_dir() / "09-klassenbespreking-en-leerlingbespreking.ipynb"


def _text() -> str:
    cells = json.loads(CHAPTER.read_text(encoding="utf-8"))["cells"]
    return " ".join(" ".join("".join(c["source"]).split()) for c in cells if c["cell_type"] == "markdown")


@pytest.mark.parametrize("words", [
    "te verwachten uitstroombestemming",
    "belemmerende en de bevorderende factoren",
    "instemmingsrecht op het handelingsdeel",
    "een leerling van 18 jaar of ouder stemt zelf in",
    "minstens één keer per jaar met de ouders",
    "Is de leerling 16 jaar of ouder, dan geeft hij die toestemming zelf",
    "vooraf om toestemming gevraagd",
    "zorgcoördinator", "schoolmaatschappelijk werk", "jeugdarts", "leerplichtambtenaar", "samenwerkingsverband",
    "Clusters op onderwijsbehoefte", "Noah staat dus in twee clusters",
    "de klas zelf aan het woord",
])
def test_the_chapter_says_it_precisely(words):
    assert words in _text()


def test_the_chapter_no_longer_uses_the_primary_school_term():
    assert "uitstroomprofiel" not in _text()


def test_the_cases_carry_the_class_voice_and_the_consent():
    klas = load_case("klas-2b")
    voice = next(s for s in klas.story if s.heading == "Wat de klas zelf zegt")
    assert "stappen staan op het bord" in voice.text
    noah = load_case("noah")
    assert "toestemming" in noah.conversations[0].evaluation
    assert any("instemmen met het handelingsdeel" in s.text for s in noah.story)


TEAM_ONLY = ("klassenbespreking", "groepsbespreking-vo")


@pytest.mark.parametrize("structure_id", TEAM_ONLY)
def test_a_meeting_of_teachers_shows_no_guideline_badge(structure_id):
    # guidelines 4-7 (book §4.5) are about conversations with parents, not a team meeting
    assert [p.id for p in load_structure(structure_id).phases if p.guideline is not None] == []


def test_in_the_student_meeting_only_the_part_with_student_and_parents_has_guidelines():
    structure = load_structure("leerlingbespreking")
    assert {p.part for p in structure.phases if p.guideline is not None} == {"nagesprek"}


@pytest.mark.parametrize("structure_id", ["leerlingbespreking", "klassenbespreking"])
def test_the_example_sentences_speak_of_noah_as_he_does(structure_id):
    words = " ".join(" ".join((*p.prompts, *p.phrasings)) for p in load_structure(structure_id).phases).split()
    assert "haar" not in words


def test_the_class_meeting_asks_what_the_class_itself_says():
    phase = next(p for p in load_structure("klassenbespreking").phases if p.id == "wat-gaat-goed")
    assert any("Wat zegt de klas zelf?" in prompt for prompt in phase.prompts)


@pytest.mark.parametrize(("case_id", "structure_id"), [("klas-2b", "klassenbespreking"), ("noah", "leerlingbespreking")])
def test_the_agreement_fields_hint_at_the_case_not_at_kevin(case_id, structure_id):
    mode = MeetingMode.from_case(case_id, structure=structure_id, autosave=False)
    hints = [w.placeholder for w in find_all(mode, "textbox") if getattr(w, "placeholder", "")]
    assert hints and not any("Kevin" in h for h in hints)
    assert "bijv. de mentor" in hints


def test_structures_still_all_load():
    assert {"klassenbespreking", "leerlingbespreking", "groepsbespreking-vo"} <= set(list_structures())


def test_the_start_page_offers_a_team_meeting_with_chapter_09():
    cells = json.loads((notebooks_dir() / "00-start.ipynb").read_text(encoding="utf-8"))["cells"]
    text = " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    row = next(line for line in text.splitlines() if line.startswith("| **Teamvergadering**"))
    assert "hoofdstuk 9" in row and "60 tot 90 minuten" in row and "trainershandleiding" in row
    from hgw_widgets.domain.chapters import list_chapters
    assert "09" in [c.number for c in list_chapters()]


def test_the_team_meeting_programme_uses_chapter_09_and_its_short_variant_adds_up_to_60():
    from hgw_widgets.domain.chapters import list_chapters
    from hgw_widgets.domain.trainer_guide import load_guide, programme_issues

    programme = load_guide().programme("teamvergadering")
    assert programme.minutes == 90 and programme_issues(programme, list_chapters()) == ()
    assert {b.chapter for b in programme.blocks} == {"09"}
    # the variant: leave out exercise 3 and shorten the introduction to 5 minutes
    exercise_3 = sum(b.minutes for b in programme.blocks if "Opdracht 3" in b.exercises)
    introduction = programme.blocks[0].minutes
    assert "Korter (60 minuten)" in programme.variant and "inleiding op 5 minuten" in programme.variant
    assert programme.minutes - exercise_3 - (introduction - 5) == 60
