"""Chapter 05/09's class plan: students clustered by shared educational need (issue 17 newcomer finding)."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets import ClassOverviewView, ClassPlan, SaveFileError
from hgw_widgets.domain.need_clusters import NeedCluster
from hgw_widgets.export.class_overview import KIND, overview_document, work_from_dict, work_to_dict
from hgw_widgets.export.jsonio import dump_work, load_work
from hgw_widgets.export.render import to_html, to_markdown
from tests.screen import click, fill, find, notices

NEED = "Onderwijsbehoefte"


def _cluster(view, student: str, need: str) -> None:
    fill(view, "textbox", NEED, need)
    fill(view, "combobox", "Leerling met deze behoefte", student)
    click(view, "Zet in dit cluster")


def _shown(view) -> str:
    return find(view, css_class="hgw-cluster-list").value


def test_a_student_is_put_in_two_clusters_and_the_plan_shows_both():
    view = ClassOverviewView.from_example(work_bar=False)
    noah = next(s for s in view.overview.students if s.startswith("Noah"))
    iris = next(s for s in view.overview.students if s.startswith("Iris"))
    _cluster(view, iris, "instructie over hoe je woorden leert")
    _cluster(view, noah, "Instructie over hoe je woorden leert.")
    _cluster(view, noah, "een docent die aan het begin van de les de taak doorneemt")
    clusters = view.plan.clusters
    assert [(c.need, c.students) for c in clusters] == [
        ("instructie over hoe je woorden leert", (iris, noah)),
        ("een docent die aan het begin van de les de taak doorneemt", (noah,)),
    ]
    shown = _shown(view)
    assert f"heeft instructie over hoe je woorden leert nodig</strong>: {iris}, {noah}" in shown
    assert f"de taak doorneemt nodig</strong>: {noah}" in shown
    assert "Cluster ‘instructie over hoe je woorden leert’: beschrijf de aanpak" in find(
        view, css_class="hgw-plan-issues").value


def test_the_approach_belongs_to_the_chosen_need_and_a_twice_given_need_is_said():
    view = ClassOverviewView.from_example(work_bar=False)
    sem = next(s for s in view.overview.students if s.startswith("Sem"))
    _cluster(view, sem, "uitdaging")
    fill(view, "textbox", "Aanpak voor dit cluster", "verdiepingsopdrachten bij wiskunde, elke les")
    assert view.plan.clusters == (NeedCluster("uitdaging", (sem,), "verdiepingsopdrachten bij wiskunde, elke les"),)
    assert "Aanpak: verdiepingsopdrachten" in _shown(view)
    _cluster(view, sem, "Uitdaging")
    assert any("staat al in dit cluster" in n for n in notices(view, "warning"))
    fill(view, "textbox", NEED, "iets nieuws")
    assert find(view, "textbox", "Aanpak voor dit cluster").disabled


def test_clusters_travel_in_the_saved_file_and_the_printed_plan():
    view = ClassOverviewView.from_example(work_bar=False)
    noah = next(s for s in view.overview.students if s.startswith("Noah"))
    _cluster(view, noah, "een plek om rustig te werken")
    _cluster(view, noah, "uitdaging bij geschiedenis")
    overview, plan = view.overview, view.plan
    again_overview, again = work_from_dict(load_work(dump_work(KIND, work_to_dict(overview, plan)), kind=KIND))
    assert again.clusters == plan.clusters
    document = overview_document(overview, plan)
    assert f"heeft een plek om rustig te werken nodig: {noah}".encode() in to_html(document)
    assert b"Clusters op onderwijsbehoefte" in to_markdown(document)


def test_a_saved_file_without_clusters_still_loads_and_a_broken_cluster_is_refused():
    view = ClassOverviewView.from_example(work_bar=False)
    data = work_to_dict(view.overview, ClassPlan(start=date(2026, 1, 5)))
    del data["plan"]["clusters"]
    assert work_from_dict(data)[1].clusters == ()
    data["plan"]["clusters"] = [{"need": "rust", "students": []}, {"need": "Rust.", "students": []}]
    with pytest.raises(SaveFileError):
        work_from_dict(data)
