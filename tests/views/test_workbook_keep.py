"""Chapters 1 and 4 keep their work like every other exercise: browser copy, files, bad files refused."""

from __future__ import annotations

import io
import json

import docx
import pytest

from hgw_widgets import InteractionAnalysis, ObservationForm, SelfAssessment
from hgw_widgets.domain.class_overview import Factor
from hgw_widgets.domain.interaction import ContextFactor, LessonObservation
from hgw_widgets.domain.principles import Assessment, Rating
from hgw_widgets.errors import SaveFileError
from hgw_widgets.export.interaction import (
    factors_document,
    factors_from_dict,
    factors_to_dict,
    observation_document,
    observation_from_dict,
    observation_to_dict,
)
from hgw_widgets.export.jsonio import dump_work
from hgw_widgets.export.principles import assessments_document, assessments_from_dict, assessments_to_dict
from hgw_widgets.export.render import to_markdown
from tests.screen import browser_reports, click, fill, find

ASSESSMENTS = (
    Assessment("A.B.", (Rating("positive", 4, "we beginnen met <wat goed gaat>"), Rating("needs", 2))),
    Assessment("C", (Rating("positive", 2),)),
)
FACTORS = (
    ContextFactor("teacher", Factor("hindering", "geeft snel instructie"), True),
    ContextFactor("parents", Factor("stimulating", "ouders helpen plannen"), False),
)
OBSERVATION = LessonObservation(needs="korte opdrachten", offered="stappen op het bord", better="")


def _browser_reports(store, text: str = "") -> None:
    browser_reports(store, text)  # what storage.js sends


@pytest.mark.parametrize(
    ("to_dict", "from_dict", "value"),
    [
        (assessments_to_dict, assessments_from_dict, ASSESSMENTS),
        (assessments_to_dict, assessments_from_dict, ()),
        (factors_to_dict, factors_from_dict, FACTORS),
        (observation_to_dict, observation_from_dict, OBSERVATION),
        (observation_to_dict, observation_from_dict, LessonObservation()),
    ],
    ids=["assessments", "no-assessments", "factors", "observation", "empty-observation"],
)
def test_json_round_trip_is_lossless(to_dict, from_dict, value):
    data = json.loads(json.dumps(to_dict(value)))
    assert from_dict(data) == value


@pytest.mark.parametrize(
    ("from_dict", "data"),
    [
        (assessments_from_dict, []),
        (assessments_from_dict, {"assessments": [{"participant": "A", "ratings": [{"principle": "x", "score": 2}]}]}),
        (assessments_from_dict, {"assessments": [{"participant": "A", "ratings": [{"principle": "needs", "score": 9}]}]}),
        (assessments_from_dict, {"assessments": [{"participant": "A", "ratings": [{"principle": "needs", "score": True}]}]}),
        (assessments_from_dict, {"assessments": [{"participant": "", "ratings": [{"principle": "needs", "score": 2}]}]}),
        (assessments_from_dict, {"assessments": [{"participant": "A", "ratings": []}]}),
        (assessments_from_dict, {"assessments": [{"participant": "A", "ratings": [{"principle": "needs", "score": 2}] * 2}]}),
        (assessments_from_dict, {"assessments": [{"participant": "A", "ratings": [{"principle": "needs", "score": 2}]}] * 41}),
        (factors_from_dict, {"factors": [{"context": "mars", "kind": "hindering", "text": "x"}]}),
        (factors_from_dict, {"factors": [{"context": "class", "kind": "neutraal", "text": "x"}]}),
        (factors_from_dict, {"factors": [{"context": "class", "kind": "hindering", "text": "   "}]}),
        (factors_from_dict, {"factors": [{"context": "class", "kind": "hindering", "text": "x", "school_can_influence": "ja"}]}),
        (factors_from_dict, {"factors": "veel"}),
        (observation_from_dict, {"needs": 3}),
        (observation_from_dict, {"needs": "x" * 10_000}),
        (observation_from_dict, "tekst"),
    ],
)
def test_malformed_saved_work_is_refused_in_dutch(from_dict, data):
    with pytest.raises(SaveFileError) as info:
        from_dict(data)
    assert info.value.message_nl


def test_documents_say_everything_in_words():
    md = to_markdown(assessments_document(ASSESSMENTS)).decode("utf-8")
    assert "5 Positieve aspecten" in md and "3,0" in md and "2 – 4" in md and "A.B." in md
    assert "1 = nog niet" in md
    md = to_markdown(factors_document(FACTORS)).decode("utf-8")
    assert "belemmerend: geeft snel instructie (school kan beïnvloeden)" in md
    assert "stimulerend: ouders helpen plannen (buiten invloed van school)" in md
    md = to_markdown(observation_document(OBSERVATION)).decode("utf-8")
    assert "Wat heeft deze leerling nodig?" in md and "stappen op het bord" in md


def test_self_assessment_is_kept_in_the_browser_and_restored():
    view = SelfAssessment(chart=False)
    _browser_reports(view.work_bar.store)
    fill(view, "textbox", "Jouw naam of initialen", "A.B.")
    fill(view, "combobox", "Score voor 5 Positieve aspecten", 4)
    click(view, "Beoordeling toevoegen")
    kept = view.work_bar.store.value
    assert json.loads(kept)["kind"] == "self_assessment"
    again = SelfAssessment(chart=False)  # a reload: a new kernel, the browser reports its copy
    _browser_reports(again.work_bar.store, kept)
    assert again.assessments == view.assessments
    assert "<td>4,0</td>" in find(again, css_class="hgw-summary").value


def test_self_assessment_exports_word_and_refuses_a_bad_file():
    view = SelfAssessment(ASSESSMENTS, chart=False)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(view.work_bar.file_bytes("docx"))).paragraphs)
    assert "Waar staan wij als team?" in text
    assert view.work_bar.load_bytes(dump_work("interaction_analysis", factors_to_dict(FACTORS))) is False
    assert view.assessments == ASSESSMENTS  # nothing lost
    assert view.work_bar.load_bytes(b"{niet json") is False
    assert view.assessments == ASSESSMENTS


def test_interaction_analysis_is_kept_and_cleared():
    view = InteractionAnalysis()
    _browser_reports(view.work_bar.store)
    fill(view, "combobox", "Context", "school")
    fill(view, "radiogroup", "Soort factor", "hindering")
    fill(view, "textbox", "Factor", "roosterwissel", exact=True)
    click(view, "Factor toevoegen")
    kept = view.work_bar.store.value
    again = InteractionAnalysis()
    _browser_reports(again.work_bar.store, kept)
    assert again.factors == view.factors
    assert "roosterwissel" in find(again, css_class="hgw-factor-overview").value
    again.work_bar.clear()
    assert again.factors == () and "roosterwissel" not in find(again, css_class="hgw-factor-overview").value


def test_observation_is_kept_while_typing_and_restored():
    form = ObservationForm()
    _browser_reports(form.work_bar.store)
    fill(form, "textbox", "Wat biedt de docent hier al van?", "stappen op het bord")
    kept = form.work_bar.store.value
    assert json.loads(kept)["data"]["offered"] == "stappen op het bord"
    again = ObservationForm()
    _browser_reports(again.work_bar.store, kept)
    assert again.observation == LessonObservation(offered="stappen op het bord")
    assert again.work_bar.load_bytes(dump_work("lesson_observation", {"needs": 5})) is False
    assert again.observation.offered == "stappen op het bord"


def test_the_observation_record_is_on_the_page_again_after_a_reload():
    """Newcomer round: 'Zet de observatie op een rij' showed nothing after a reload (the inputs were back)."""
    form = ObservationForm()
    _browser_reports(form.work_bar.store)
    fill(form, "textbox", "Wat heeft deze leerling nodig?", "korte instructie")
    click(form, "Zet de observatie op een rij")
    assert "korte instructie" in _record(form)
    again = ObservationForm()
    _browser_reports(again.work_bar.store, form.work_bar.store.value)
    assert "korte instructie" in _record(again)
    fill(again, "textbox", "Wat kan beter afgestemd worden?", "eerder feedback")
    assert "eerder feedback" in _record(again)  # the record follows what is typed


def _record(form) -> str:
    return find(form, css_class="hgw-observation-record").value


def test_nothing_is_saved_before_the_browser_reported():
    form = ObservationForm()
    fill(form, "textbox", "Wat heeft deze leerling nodig?", "iets")
    assert form.work_bar.store.value == ""  # would overwrite what the browser still has to report
    _browser_reports(form.work_bar.store, "")
    assert json.loads(form.work_bar.store.value)["data"]["needs"] == "iets"
