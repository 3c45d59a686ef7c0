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
