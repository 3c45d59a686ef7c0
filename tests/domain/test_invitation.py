"""The invitation letter: what it leaves out and what it still lacks (issue 12, newcomer round)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hgw_widgets import load_case
from hgw_widgets.domain.areas import Strength
from hgw_widgets.domain.conversation import Concern, plan_from_case, plan_from_structure
from hgw_widgets.domain.invitation import (
    MAX_CONCERNS_IN_LETTER,
    MAX_STRENGTHS_IN_LETTER,
    LetterFields,
    invitation,
    is_class_name,
    letter_content,
    letter_issues,
)

FILLED = LetterFields.from_values(addressee="mevrouw Jansen", time="15.30 uur", place="lokaal 2.14",
                                  sender="Sanne de Vries, mentor 2B")


@pytest.fixture
def kevin_plan():
    return plan_from_case(load_case("kevin"), meeting_date=date(2026, 12, 3))


def test_a_filled_letter_has_no_issues(kevin_plan):
    assert letter_issues(kevin_plan, FILLED) == ()


@pytest.mark.parametrize(("empty", "missing"), [
    ({"addressee": ""}, ["addressee"]),
    ({"time": ""}, ["time"]),
    ({"place": ""}, ["place"]),
    ({"sender": ""}, ["sender"]),
    ({"addressee": "", "time": "", "place": "", "sender": ""}, ["addressee", "time", "place", "sender"]),
])
def test_letter_issues_name_every_open_field(kevin_plan, empty, missing):
    fields = replace(FILLED, **empty)
    assert [(i.code, i.field) for i in letter_issues(kevin_plan, fields)] == [("missing", m) for m in missing]
    text = invitation(kevin_plan, **{k: getattr(fields, k) for k in ("addressee", "time", "place", "sender")})
    assert text.count("[") == len(missing)  # every open [...] field in the letter is named


def test_a_letter_without_a_date_is_not_complete(kevin_plan):
    plan = replace(kevin_plan, meeting_date=None)
    assert [i.field for i in letter_issues(plan, FILLED)] == ["meeting_date"]
    assert "[datum]" in invitation(plan, sender=FILLED.sender, addressee=FILLED.addressee, time=FILLED.time,
                                   place=FILLED.place)


def test_letter_content_counts_what_it_leaves_out():
    strengths = tuple(Strength("physical", f"sterk punt {i}") for i in range(5))
    concerns = (Concern("hij vaak te laat komt"), Concern("Wij maken ons zorgen omdat"),  # only the opening: skipped
                Concern("hij zijn huiswerk vergeet"), Concern("hij in de pauze alleen staat"))
    content = letter_content(plan_from_structure(student="Mila", strengths=strengths, concerns=concerns))
    assert len(content.strengths) == MAX_STRENGTHS_IN_LETTER and content.strengths_left_out == 2
    assert len(content.concerns) == MAX_CONCERNS_IN_LETTER and content.concerns_left_out == 1
    assert "huiswerk" in content.concerns[1]  # the unworded one does not take a place


def test_letter_content_of_a_short_plan_leaves_nothing_out(kevin_plan):
    few = replace(kevin_plan, strengths=kevin_plan.strengths[:2], concerns=kevin_plan.concerns[:1])
    content = letter_content(few)
    assert (content.strengths_left_out, content.concerns_left_out) == (0, 0)
    assert len(content.strengths) == 2 and len(content.concerns) == 1


@pytest.mark.parametrize(("typed", "line"), [
    ("Beste collega's van 2B,", "Beste collega's van 2B,"),
    ("geachte heer Bos", "geachte heer Bos,"),
    ("Hallo Noah en ouders", "Hallo Noah en ouders,"),
    ("Dag, mevrouw Jansen", "Dag, mevrouw Jansen,"),
    ("mevrouw Jansen,", "Beste mevrouw Jansen,"),
    ("Dagmar Bos", "Beste Dagmar Bos,"),  # a name, not the word "Dag"
])
def test_a_typed_greeting_is_not_greeted_twice(kevin_plan, typed, line):
    """Newcomer finding: "Beste collega's van 2B," became "Beste Beste collega's van 2B,"."""
    letter = invitation(kevin_plan, addressee=typed)
    assert letter.split("\n")[2] == line


# --- issue 17 newcomer: a plan about a class gave "klas 3C is ook van harte welkom" -------------------------


@pytest.mark.parametrize("about, is_class", [
    ("klas 3C", True), ("3C", True), ("2b", True), ("havo 4", True), ("h3a", True), ("Klas 2B", True),
    ("brugklas", True), ("de onderbouw", True), ("mavo 4b", True),
    ("Kevin", False), ("Mila B.", False), ("Bo", False), ("Anne-Fleur", False), ("", False),
])
def test_a_class_is_told_from_a_student(about, is_class):
    assert is_class_name(about) is is_class


@pytest.mark.parametrize("about", ["klas 3C", "3C", "havo 4"])
def test_a_letter_about_a_class_never_welcomes_the_class_as_a_person(about):
    # a coach's own structure without `audience` is a conversation with parents; the plan is about a class
    plan = plan_from_structure("oudergesprek-bij-zorgen", student=about, student_invited=True)
    text = invitation(plan)
    assert "van harte welkom" not in text and f"{about} is ook" not in text
    assert f"gesprek over {about}" in text  # the rest of the letter still names what it is about


def test_a_letter_about_a_student_still_welcomes_the_student():
    text = invitation(plan_from_structure("oudergesprek-bij-zorgen", student="Kevin", student_invited=True))
    assert "Het gesprek gaat over Kevin, dus Kevin is ook van harte welkom." in text
