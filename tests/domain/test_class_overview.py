"""ClassOverview, Factor, EducationalNeed, StudentNotes: the per-student part of the overview."""

from __future__ import annotations

import pandas as pd
import pytest

from hgw_widgets import ClassOverview, ClassTarget, EducationalNeed, Factor, StudentNotes
from hgw_widgets.domain.areas import AREAS, Strength, area_label
from hgw_widgets.domain.class_overview import MAX_NOTE_CHARS, below_pass_mark, several_insufficient

GRADES = pd.DataFrame(
    {"Wiskunde": [4.0, 5.5, 7.0, 5.0], "Engels": [5.0, 6.0, float("nan"), 5.4], "Duits": [5.2, 8.0, 6.0, 9.0]},
    index=pd.Index(["Anna", "Bram", "Chaima", "Daan"], name="leerling"),
)


def test_areas_are_the_seven_of_guideline_5():
    assert len(AREAS) == 7
    assert [area_label(a) for a in AREAS][:2] == ["Leerprestaties", "Werkhouding"]
    assert area_label("interests") == "Specifieke interesses en talenten"
    with pytest.raises(ValueError):
        Strength("humour", "grappig")


NEEDS = [
    ("instruction", "kort is en met een voorbeeld begint", "Sanne heeft instructie nodig die kort is en met een voorbeeld begint."),
    ("tasks", "die in stappen zijn verdeeld.", "Sanne heeft opdrachten nodig die in stappen zijn verdeeld."),
    ("feedback", "direct komt", "Sanne heeft feedback nodig die direct komt."),
    ("teacher", "haar bij binnenkomst groet", "Sanne heeft een docent nodig die haar bij binnenkomst groet."),
    ("classmates", "haar laten meedoen", "Sanne heeft klasgenoten nodig die haar laten meedoen."),
    ("parents", "thuis de planning bekijken", "Sanne heeft ouders nodig die thuis de planning bekijken."),
    ("other", "een vaste plek bij het raam", "Sanne heeft een vaste plek bij het raam nodig."),
]


TYPED_SENTENCES = [
    ("other", "Noah heeft een weekplanning nodig die hij elke maandag met de mentor maakt",
     "Noah heeft een weekplanning nodig die hij elke maandag met de mentor maakt."),
    ("other", "hij heeft rust nodig.", "Hij heeft rust nodig."),
    ("other", "heeft een weekplanning nodig", "Noah Notenkraker heeft een weekplanning nodig."),
    ("other", "een weekplanning nodig", "Noah Notenkraker heeft een weekplanning nodig."),
    ("instruction", "Noah heeft instructie nodig die kort is", "Noah heeft instructie nodig die kort is."),
    ("feedback", "hem zegt wat goed gaat", "Noah Notenkraker heeft feedback nodig die hem zegt wat goed gaat."),
]


@pytest.mark.parametrize(("kind", "text", "sentence"), TYPED_SENTENCES)
def test_a_typed_whole_sentence_is_not_wrapped_again(kind, text, sentence):
    """Newcomer finding: "Noah heeft ... nodig die ..." became "Noah Notenkraker heeft Noah heeft ... nodig."."""
    assert EducationalNeed(kind, text).sentence("Noah Notenkraker") == sentence


@pytest.mark.parametrize(("kind", "text", "sentence"), NEEDS, ids=[n[0] for n in NEEDS])
def test_need_sentence_builder(kind, text, sentence):
    assert EducationalNeed(kind, text).sentence("Sanne") == sentence


def test_need_and_factor_validation():
    with pytest.raises(ValueError):
        EducationalNeed("money", "veel")
    with pytest.raises(ValueError):
        Factor("neutral", "x")
    assert len(Factor("hindering", "x" * 5000).text) == MAX_NOTE_CHARS
    assert Factor("stimulating", "  kan  goed\nplannen ").text == "kan goed plannen"


def test_below_pass_mark_and_several_insufficient():
    below = below_pass_mark(GRADES)
    assert below["Wiskunde"] == (("Anna", 4.0), ("Daan", 5.0))
    assert below["Engels"] == (("Anna", 5.0), ("Daan", 5.4))
    assert below["Duits"] == (("Anna", 5.2),)
    assert several_insufficient(GRADES) == (("Anna", ("Wiskunde", "Engels", "Duits")), ("Daan", ("Wiskunde", "Engels")))
    assert several_insufficient(GRADES, minimum=3) == (("Anna", ("Wiskunde", "Engels", "Duits")),)
    assert several_insufficient(GRADES, pass_mark=4) == ()


def test_overview_targets_notes_and_subgroups():
    overview = ClassOverview(GRADES, class_name="2B")
    overview = overview.with_target("Wiskunde", 75).with_target("Duits", 70)
    assert overview.targets == (ClassTarget("Wiskunde", 75.0), ClassTarget("Duits", 70.0))
    summary = overview.summary()
    assert summary.loc["Wiskunde", "target_met"] == False  # noqa: E712 - 2 of 4 = 50 %
    assert summary.loc["Duits", "target_met"] == True  # noqa: E712 - 3 of 4 = 75 %
    assert overview.with_target("Wiskunde", None).target_for("Wiskunde") is None
    notes = StudentNotes(
        "Anna",
        strengths=(Strength("creative", "tekent prachtig"),),
        factors=(Factor("stimulating", "humor"), Factor("hindering", "faalangst")),
        needs=(EducationalNeed("feedback", "direct komt"),),
        subgroup="intensief",
    )
    overview = overview.with_notes(notes)
    assert overview.notes_for("Anna") == notes
    assert overview.notes_for("Anna").hindering == (Factor("hindering", "faalangst"),)
    assert overview.members("intensief") == ("Anna",)
    assert overview.members("basis") == ("Bram", "Chaima", "Daan")
    assert overview.with_pass_mark(4).several_insufficient() == ()
    with pytest.raises(ValueError):
        overview.with_notes(StudentNotes("Onbekend"))
    with pytest.raises(ValueError):
        overview.with_target("Latijn", 50)
    with pytest.raises(ValueError):
        StudentNotes("Anna", subgroup="top")
    # resetting notes to empty drops them
    assert overview.with_notes(StudentNotes("Anna")).notes == ()


@pytest.mark.parametrize(("typed", "result"), [("3", (3, None)), ("3,0", (3, None)), ("20", (20, None))])
def test_several_minimum_reads_comma_and_point(typed, result):
    from hgw_widgets.domain.class_overview import parse_several_minimum

    assert parse_several_minimum(typed) == result


@pytest.mark.parametrize(("typed", "code"), [("1", "out_of_range"), ("25", "out_of_range"), ("2,5", "not_whole"),
                                             ("", "empty")])
def test_several_minimum_is_refused_not_clamped(typed, code):
    """Issue 12 §5: a BoundedIntText clamped "Minstens zoveel onvoldoendes" without a word."""
    from hgw_widgets.domain.class_overview import parse_several_minimum

    value, issue = parse_several_minimum(typed)
    assert value is None and issue.code == code and issue.field == "minimum"


# --- adding a note about a student (issue 15: the rule left the view) -------------------------


def test_add_note_adds_cleans_and_refuses():
    from hgw_widgets.domain.class_overview import MAX_NOTE_CHARS, MAX_NOTES_PER_STUDENT, StudentNotes, add_note

    notes = StudentNotes("Sanne")
    notes, issue = add_note(notes, "factors", "hindering", "  plant  slecht ")
    assert issue is None and (notes.factors[0].kind, notes.factors[0].text) == ("hindering", "plant slecht")
    notes, issue = add_note(notes, "strengths", "creative", "tekent")
    assert issue is None and notes.strengths[0].area == "creative"
    notes, issue = add_note(notes, "needs", "feedback", "die laat zien wat goed ging")
    assert issue is None and notes.needs[0].text == "laat zien wat goed ging"
    assert add_note(notes, "needs", "feedback", "   ") == (notes, add_note(notes, "needs", "feedback", "")[1])
    assert add_note(notes, "needs", "feedback", "")[1].code == "empty"
    assert add_note(notes, "strengths", "no-area", "x")[1].code == "unknown_kind"
    assert len(add_note(notes, "factors", "stimulating", "y" * 1000)[0].factors[-1].text) == MAX_NOTE_CHARS
    for n in range(MAX_NOTES_PER_STUDENT - 1):
        notes, issue = add_note(notes, "factors", "stimulating", f"factor {n}")
    same, issue = add_note(notes, "factors", "stimulating", "een te veel")
    assert same == notes and (issue.code, issue.field, issue.detail) == ("full", "factors", str(MAX_NOTES_PER_STUDENT))
