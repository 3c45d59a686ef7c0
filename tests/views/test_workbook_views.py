"""StartPage, SelfAssessment, InteractionAnalysis, ObservationForm without a browser."""

from __future__ import annotations

import pytest

from hgw_widgets import BrowserStore, InteractionAnalysis, ObservationForm, SelfAssessment, StartPage
from hgw_widgets.domain.chapters import Chapter
from hgw_widgets.domain.progress import Progress
from tests.screen import browser_reports, click, fill, find, find_all, notices, status, text_of

NAME = "Jouw naam of initialen"
NEEDS_SCORE = "Score voor 3 Onderwijsbehoeften"
NEEDS_EXAMPLE = "Voorbeeld bij 3 Onderwijsbehoeften"

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
    browser_reports(store, progress.to_json())
    assert page.progress == progress
    page.set_done("01", "Opdracht B")
    assert Progress.from_json(store.value).done == {("01", "Opdracht A"), ("01", "Opdracht B")}


def test_self_assessment_needs_a_name_and_a_score_then_summarises():
    view = SelfAssessment(chart=False)
    click(view, "Beoordeling toevoegen")
    assert "naam" in status(view) and view.assessments == ()
    fill(view, "textbox", NAME, "  A.B.  ")
    click(view, "Beoordeling toevoegen")
    assert "minstens één" in status(view)
    fill(view, "combobox", "Score voor 5 Positieve aspecten", 4)
    fill(view, "textbox", "Voorbeeld bij 5 Positieve aspecten", "<img src=x onerror=alert(1)>")
    click(view, "Beoordeling toevoegen")
    assert view.assessments[0].participant == "A.B."
    assert "&lt;img" in _summary(view) and "<img" not in _summary(view)
    fill(view, "textbox", NAME, "C")
    fill(view, "combobox", "Score voor 5 Positieve aspecten", 2)
    click(view, "Beoordeling toevoegen")
    assert "<td>3,0</td><td>2 – 4</td>" in _summary(view)
    assert find(view, "combobox", "Score voor 5 Positieve aspecten").value == 0  # the form is empty for the next one


def test_self_assessment_draws_a_chart_with_alt_text():
    view = SelfAssessment()
    fill(view, "textbox", NAME, "A")
    fill(view, "combobox", "Score voor 3 Onderwijsbehoeften", 3)
    click(view, "Beoordeling toevoegen")
    chart = find(view, "html", "Staafdiagram")  # named by its alt text, as a screen reader reads it
    assert chart.value.startswith('<img class="hgw-chart" src="data:image/png;base64,iVBORw0KGgo')  # a PNG
    assert chart is find(view, css_class="hgw-chart")


def test_interaction_analysis_groups_and_finds_levers():
    view = InteractionAnalysis()
    click(view, "Factor toevoegen")
    assert "Beschrijf eerst" in status(view) and view.factors == ()
    _add_factor(view, "geeft <b>snel</b> instructie", context="teacher", influence=True)
    _add_factor(view, "ouders helpen plannen", context="parents", kind="stimulating")
    assert [f.context for f in view.factors] == ["teacher", "parents"]
    html = _factor_overview(view)
    assert "&lt;b&gt;snel" in html and "<b>" not in html
    levers = html.split("Hier kan de school mee aan de slag")[1]
    assert "geeft" in levers and "ouders helpen" not in levers
    assert "belemmerend" in html and "stimulerend" in html  # kind in words, not colour alone


def test_observation_form():
    form = ObservationForm()
    click(form, "Zet de observatie op een rij")
    assert any("minstens één" in n for n in notices(form, "warning"))
    fill(form, "textbox", "Wat heeft deze leerling nodig?", "korte <opdrachten>")
    click(form, "Zet de observatie op een rij")
    assert "korte &lt;opdrachten&gt;" in find(form, css_class="hgw-observation-record").value
    assert form.observation.needs == "korte <opdrachten>"


def test_start_page_restores_every_tick_not_only_the_first():
    """Issue 12: three ticks, reload: only the first came back (restoring one box saved the others away)."""
    chapters = CHAPTERS + (Chapter("03", "03-drie", "Drie", 10, 5, exercises=("Opdracht C",)),)
    progress = Progress()
    for chapter, exercise in ((chapters[1], "Opdracht A"), (chapters[1], "Opdracht B"), (chapters[3], "Opdracht C")):
        progress = progress.mark(chapter, exercise)
    store = BrowserStore("voortgang")
    page = StartPage(chapters, store=store)
    browser_reports(store, progress.to_json())
    assert page.progress == progress
    ticked = [c.description for c in find_all(page, "checkbox") if c.value]
    assert ticked == ["Opdracht A", "Opdracht B", "Opdracht C"]
    assert Progress.from_json(store.value or progress.to_json()) == progress  # nothing erased from the browser


def _summary(view) -> str:
    return find(view, css_class="hgw-summary").value


def _fill(view, name, score):
    fill(view, "textbox", NAME, name)
    fill(view, "combobox", "Score voor 5 Positieve aspecten", score)
    click(view, "Beoordeling toevoegen")


def test_two_participants_with_the_same_initials_each_keep_their_own_scores():
    """Issue 12: the export showed the second one's scores twice."""
    view = SelfAssessment(chart=False)
    _fill(view, "JB", 1)
    _fill(view, "JB", 4)
    html = view.work_bar.file_bytes("html").decode("utf-8")
    rows = [row for row in html.split("<tr>") if row.startswith("<td>JB</td>")]
    assert len(rows) == 2
    assert "<td>1</td>" in rows[0] and "<td>4</td>" in rows[1]
    entries = text_of(find(view, "group", css_class="hgw-assessment-entries"))
    assert "JB (1)" in entries and "JB (2)" in entries


def test_an_entry_can_be_removed_from_the_team_overview():
    view = SelfAssessment(chart=False)
    _fill(view, "A", 2)
    _fill(view, "B", 4)
    find(view, "button", "Verwijderen", css_class="hgw-remove-assessment", index=0).click()
    assert [a.participant for a in view.assessments] == ["B"]
    assert "<td>4,0</td>" in _summary(view) and "Verwijderd" in status(view)


def _add_factor(view, text, *, kind="hindering", context="school", influence=None):
    fill(view, "combobox", "Context", context)
    fill(view, "radiogroup", "Soort factor", kind)
    fill(view, "textbox", "Factor", text, exact=True)
    if influence is not None:
        fill(view, "checkbox", "De school kan dit beïnvloeden", influence)
    click(view, "Factor toevoegen")


def _factor_overview(view) -> str:
    return find(view, css_class="hgw-factor-overview").value


def test_a_factor_longer_than_the_limit_is_refused_not_cut_and_reported_as_added():
    """Issue 12 §5: a 5,000-character factor was cut to 300 and reported 'Toegevoegd.'."""
    view = InteractionAnalysis(autosave=False)
    _add_factor(view, "roosterwissel " * 400)
    assert view.factors == ()
    assert "langer dan 300 tekens" in status(view) and "Toegevoegd" not in status(view)


def test_a_factor_twice_is_refused_and_a_factor_can_be_removed():
    view = InteractionAnalysis(autosave=False)
    _add_factor(view, "roosterwissel halverwege het jaar")
    _add_factor(view, "  Roosterwissel  halverwege het jaar ")
    assert len(view.factors) == 1 and "staat al in het overzicht" in status(view)
    _add_factor(view, "roosterwissel halverwege het jaar", kind="stimulating")  # another kind: another factor
    assert len(view.factors) == 2
    list_ = find(view, "group", css_class="hgw-factor-list")
    find(list_, "button", "Verwijderen", index=0).click()
    assert [f.factor.kind for f in view.factors] == ["stimulating"]
    assert "hgw-factor-hindering" not in _factor_overview(view)


def test_what_is_typed_but_not_yet_added_comes_back_after_a_reload():
    """Issue 12 §3: a half-filled form (a participant's scores before 'Toevoegen') was lost on a reload."""
    first = SelfAssessment(chart=False)
    memory = first.work_bar.drafts
    browser_reports(memory.store, None)
    fill(first, "textbox", NAME, "JB")
    fill(first, "combobox", NEEDS_SCORE, 3)
    fill(first, "textbox", NEEDS_EXAMPLE, "we vragen wat de leerling nodig heeft")
    kept = memory.store.value
    second = SelfAssessment(chart=False)
    browser_reports(second.work_bar.drafts.store, kept)
    assert find(second, "textbox", NAME).value == "JB" and find(second, "combobox", NEEDS_SCORE).value == 3
    assert find(second, "textbox", NEEDS_EXAMPLE).value == "we vragen wat de leerling nodig heeft"
    # a value no person can choose is ignored, the rest comes back
    broken = kept.replace('"score-needs": 3', '"score-needs": 99')
    third = SelfAssessment(chart=False)
    browser_reports(third.work_bar.drafts.store, broken)
    assert find(third, "combobox", NEEDS_SCORE).value == 0 and find(third, "textbox", NAME).value == "JB"
    # "Wis mijn gegevens" empties the form too
    second.work_bar.clear()
    assert find(second, "textbox", NAME).value == "" and find(second, "combobox", NEEDS_SCORE).value == 0
