"""StartPage, SelfAssessment, InteractionAnalysis, ObservationForm without a browser."""

from __future__ import annotations

import pytest

from hgw_widgets import BrowserStore, InteractionAnalysis, ObservationForm, SelfAssessment, StartPage
from hgw_widgets.domain.chapters import Chapter
from hgw_widgets.domain.progress import Progress

CHAPTERS = (
    Chapter("00", "00-start", "Start", 5, 0),
    Chapter("01", "01-een", "Een", 10, 10, learning_goals=("doel <a>",), exercises=("Opdracht A", "Opdracht B")),
    Chapter("02", "02-twee", "Twee", 10, 5),
)


def test_start_page_lists_chapters_and_counts_ticks():
    page = StartPage(CHAPTERS)
    assert [c.number for c in page.chapters] == ["01", "02"]
    page.set_done("01", "Opdracht B")
    assert page.progress.done == {("01", "Opdracht B")}
    html = " ".join(getattr(w, "value", "") for box in page.children for w in getattr(box, "children", [box]) if isinstance(getattr(w, "value", None), str))
    assert "1 van 2 opdrachten gedaan" in html
    assert "doel &lt;a&gt;" in html and "doel <a>" not in html
    with pytest.raises(KeyError):
        page.set_done("02", "bestaat niet")


@pytest.mark.parametrize(
    "stored",
    ["", "{", "[]", '{"schema": "iets anders", "done": []}', '{"schema": "hgw-voortgang", "done": [1, {"chapter": 2}]}'],
)
def test_broken_stored_progress_counts_as_none(stored):
    assert Progress.from_json(stored) == Progress()


def test_progress_round_trip_and_restore():
    progress = Progress().mark(CHAPTERS[1], "Opdracht A")
    assert Progress.from_json(progress.to_json()) == progress
    store = BrowserStore("voortgang")
    page = StartPage(CHAPTERS, store=store)
    store._handle_message(store, {"event": "ready", "value": progress.to_json()}, [])  # what the browser reports
    assert page.progress == progress
    page.set_done("01", "Opdracht B")
    assert Progress.from_json(store.value).done == {("01", "Opdracht A"), ("01", "Opdracht B")}


def test_self_assessment_needs_a_name_and_a_score_then_summarises():
    view = SelfAssessment(chart=False)
    view._add.click()
    assert "naam" in view._message.value and view.assessments == ()
    view._name.value = "  A.B.  "
    view._add.click()
    assert "minstens één" in view._message.value
    view._scores["positive"].value = 4
    view._examples["positive"].value = "<img src=x onerror=alert(1)>"
    view._add.click()
    assert view.assessments[0].participant == "A.B."
    assert "&lt;img" in view._summary.value and "<img" not in view._summary.value
    view._name.value = "C"
    view._scores["positive"].value = 2
    view._add.click()
    assert "<td>3,0</td><td>2 – 4</td>" in view._summary.value
    assert view._scores["positive"].value == 0  # the form is empty for the next participant


def test_self_assessment_draws_a_chart_with_alt_text():
    view = SelfAssessment()
    view._name.value = "A"
    view._scores["needs"].value = 3
    view._add.click()
    assert view._chart.value.startswith('<img class="hgw-chart" src="data:image/png;base64,iVBORw0KGgo')  # a PNG
    assert 'alt="Staafdiagram' in view._chart.value


def test_interaction_analysis_groups_and_finds_levers():
    view = InteractionAnalysis()
    view._add.click()
    assert "Beschrijf eerst" in view._message.value and view.factors == ()
    view._context.value = "teacher"
    view._kind.value = "hindering"
    view._text.value = "geeft <b>snel</b> instructie"
    view._influence.value = True
    view._add.click()
    view._context.value = "parents"
    view._kind.value = "stimulating"
    view._text.value = "ouders helpen plannen"
    view._add.click()
    assert [f.context for f in view.factors] == ["teacher", "parents"]
    html = view._overview.value
    assert "&lt;b&gt;snel" in html and "<b>" not in html
    levers = html.split("Hier kan de school mee aan de slag")[1]
    assert "geeft" in levers and "ouders helpen" not in levers
    assert "belemmerend" in html and "stimulerend" in html  # kind in words, not colour alone


def test_observation_form():
    form = ObservationForm()
    form._show.click()
    assert "minstens één" in form._message.value
    form._needs.value = "korte <opdrachten>"
    form._show.click()
    assert "korte &lt;opdrachten&gt;" in form._record.value
    assert form.observation.needs == "korte <opdrachten>"


def test_start_page_restores_every_tick_not_only_the_first():
    """Issue 12: three ticks, reload: only the first came back (restoring one box saved the others away)."""
    chapters = CHAPTERS + (Chapter("03", "03-drie", "Drie", 10, 5, exercises=("Opdracht C",)),)
    progress = Progress()
    for chapter, exercise in ((chapters[1], "Opdracht A"), (chapters[1], "Opdracht B"), (chapters[3], "Opdracht C")):
        progress = progress.mark(chapter, exercise)
    store = BrowserStore("voortgang")
    page = StartPage(chapters, store=store)
    store._handle_message(store, {"event": "ready", "value": progress.to_json()}, [])
    assert page.progress == progress
    ticked = [c.description for c in _checkboxes(page) if c.value]
    assert ticked == ["Opdracht A", "Opdracht B", "Opdracht C"]
    assert Progress.from_json(store.value or progress.to_json()) == progress  # nothing erased from the browser


def _checkboxes(widget):
    import ipywidgets as widgets

    if isinstance(widget, widgets.Checkbox):
        yield widget
    for child in getattr(widget, "children", ()):
        yield from _checkboxes(child)


def _fill(view, name, score):
    view._name.value = name
    view._scores["positive"].value = score
    view._add.click()


def test_two_participants_with_the_same_initials_each_keep_their_own_scores():
    """Issue 12: the export showed the second one's scores twice."""
    view = SelfAssessment(chart=False)
    _fill(view, "JB", 1)
    _fill(view, "JB", 4)
    html = view.work_bar.file_bytes("html").decode("utf-8")
    rows = [row for row in html.split("<tr>") if row.startswith("<td>JB</td>")]
    assert len(rows) == 2
    assert "<td>1</td>" in rows[0] and "<td>4</td>" in rows[1]
    entries = " ".join(w.value for box in view._entries.children[1:] for w in box.children if hasattr(w, "value") and isinstance(w.value, str))
    assert "JB (1)" in entries and "JB (2)" in entries


def test_an_entry_can_be_removed_from_the_team_overview():
    view = SelfAssessment(chart=False)
    _fill(view, "A", 2)
    _fill(view, "B", 4)
    remove = [w for box in view._entries.children[1:] for w in box.children if isinstance(w, type(view._add))]
    remove[0].click()
    assert [a.participant for a in view.assessments] == ["B"]
    assert "<td>4,0</td>" in view._summary.value and "Verwijderd" in view._message.value


def _add_factor(view, text, *, kind="hindering", context="school"):
    view._context.value = context
    view._kind.value = kind
    view._text.value = text
    view._add.click()


def test_a_factor_longer_than_the_limit_is_refused_not_cut_and_reported_as_added():
    """Issue 12 §5: a 5,000-character factor was cut to 300 and reported 'Toegevoegd.'."""
    view = InteractionAnalysis(autosave=False)
    _add_factor(view, "roosterwissel " * 400)
    assert view.factors == ()
    assert "langer dan 300 tekens" in view._message.value and "Toegevoegd" not in view._message.value


def test_a_factor_twice_is_refused_and_a_factor_can_be_removed():
    view = InteractionAnalysis(autosave=False)
    _add_factor(view, "roosterwissel halverwege het jaar")
    _add_factor(view, "  Roosterwissel  halverwege het jaar ")
    assert len(view.factors) == 1 and "staat al in het overzicht" in view._message.value
    _add_factor(view, "roosterwissel halverwege het jaar", kind="stimulating")  # another kind: another factor
    assert len(view.factors) == 2
    remove = [w for box in view._edit_list.children[1:] for w in box.children if w.description == "Verwijderen"]
    remove[0].click()
    assert [f.factor.kind for f in view.factors] == ["stimulating"]
    assert "hgw-factor-hindering" not in view._overview.value


def test_what_is_typed_but_not_yet_added_comes_back_after_a_reload():
    """Issue 12 §3: a half-filled form (a participant's scores before 'Toevoegen') was lost on a reload."""
    first = SelfAssessment(chart=False)
    memory = first.work_bar.drafts
    memory.store._handle_message(memory.store, {"event": "ready", "value": None}, [])
    first._name.value = "JB"
    first._scores["needs"].value = 3
    first._examples["needs"].value = "we vragen wat de leerling nodig heeft"
    kept = memory.store.value
    second = SelfAssessment(chart=False)
    second.work_bar.drafts.store._handle_message(second.work_bar.drafts.store, {"event": "ready", "value": kept}, [])
    assert second._name.value == "JB" and second._scores["needs"].value == 3
    assert second._examples["needs"].value == "we vragen wat de leerling nodig heeft"
    # a value no person can choose is ignored, the rest comes back
    broken = kept.replace('"score-needs": 3', '"score-needs": 99')
    third = SelfAssessment(chart=False)
    third.work_bar.drafts.store._handle_message(third.work_bar.drafts.store, {"event": "ready", "value": broken}, [])
    assert third._scores["needs"].value == 0 and third._name.value == "JB"
    # "Wis mijn gegevens" empties the form too
    second.work_bar.clear()
    assert second._name.value == "" and second._scores["needs"].value == 0
