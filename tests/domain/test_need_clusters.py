"""Clusters by shared educational need (issue 17 newcomer finding: the plan grouped by level only)."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets.domain.class_plan import ClassPlan, plan_issues
from hgw_widgets.domain.need_clusters import (
    MAX_CLUSTERS, MAX_NEED_CHARS, NeedCluster, give_need, group_by_need, need_key, needs_of, take_need,
    with_cluster_approach,
)

CLASS = ("Iris", "Noah", "Olivia", "Umut", "Sem")


@pytest.mark.parametrize(("typed", "key"), [
    ("instructie in kleine stappen", "instructie in kleine stappen"),
    ("Instructie in  kleine stappen.", "instructie in kleine stappen"),
    ("heeft instructie in kleine stappen nodig", "instructie in kleine stappen"),
    ("  ", ""),
    (None, ""),
])
def test_a_need_is_compared_without_case_spaces_and_heeft_nodig(typed, key):
    assert need_key(typed) == key


def test_students_who_share_a_need_form_one_cluster_and_a_student_can_be_in_two():
    clusters: tuple[NeedCluster, ...] = ()
    for student, need in [("Iris", "instructie over hoe je woorden leert"),
                          ("Noah", "Instructie over hoe je woorden leert."),
                          ("Noah", "een docent die de taak met hem doorneemt"),
                          ("Olivia", "heeft een docent die de taak met hem doorneemt nodig")]:
        clusters, issue = give_need(clusters, student, need, students=CLASS)
        assert issue is None
    assert [(c.need, c.students) for c in clusters] == [
        ("instructie over hoe je woorden leert", ("Iris", "Noah")),
        ("een docent die de taak met hem doorneemt", ("Noah", "Olivia")),
    ]
    assert needs_of(clusters, "Noah") == ("instructie over hoe je woorden leert", "een docent die de taak met hem doorneemt")


@pytest.mark.parametrize(("student", "need", "code"), [
    ("Noah", "", "empty"),
    ("Noah", "x" * (MAX_NEED_CHARS + 1), "too_long"),
    ("Kevin", "rust", "unknown_student"),
    (["Noah"], "rust", "unknown_student"),
    ("Iris", "rust", "already"),
])
def test_a_need_that_cannot_be_given_leaves_the_clusters_as_they_were(student, need, code):
    start = (NeedCluster("rust", ("Iris",)),)
    clusters, issue = give_need(start, student, need, students=CLASS)
    assert clusters == start and issue.code == code


def test_at_most_max_clusters():
    clusters = tuple(NeedCluster(f"behoefte {i}", ("Iris",)) for i in range(MAX_CLUSTERS))
    same, issue = give_need(clusters, "Noah", "nog een", students=CLASS)
    assert same == clusters and issue.code == "full"
    joined, issue = give_need(clusters, "Noah", "behoefte 3", students=CLASS)
    assert issue is None and joined[3].students == ("Iris", "Noah")


def test_taking_the_last_student_out_removes_a_cluster_without_approach():
    clusters = (NeedCluster("rust", ("Iris",)), NeedCluster("uitdaging", ("Sem",), approach="verrijking"))
    after, issue = take_need(clusters, "Iris", "Rust")
    assert issue is None and [c.need for c in after] == ["uitdaging"]
    after, issue = take_need(after, "Sem", "uitdaging")
    assert issue is None and after == (NeedCluster("uitdaging", (), "verrijking"),)
    assert take_need(after, "Sem", "iets anders")[1].code == "no_cluster"
    assert take_need((NeedCluster("rust", ("Iris",)),), "Sem", "rust")[1].code == "not_in"


def test_each_cluster_gets_an_approach_and_the_plan_asks_for_it():
    clusters = group_by_need([("Iris", "rust"), ("Umut", "Rust."), ("Sem", "uitdaging")])
    plan = ClassPlan(class_name="2B", start=date(2026, 1, 5), weeks=8, clusters=clusters)
    assert [(i.code, i.field) for i in plan_issues(plan)] == [("cluster_no_approach", "rust"),
                                                             ("cluster_no_approach", "uitdaging")]
    clusters, issue = with_cluster_approach(clusters, "RUST", "een vaste plek achterin, bij elke les")
    assert issue is None
    assert [i.field for i in plan_issues(ClassPlan(start=date(2026, 1, 5), clusters=clusters))] == ["uitdaging"]
    assert with_cluster_approach(clusters, "onbekend", "x")[1].code == "no_cluster"


def test_a_plan_refuses_the_same_need_twice():
    with pytest.raises(ValueError):
        ClassPlan(clusters=(NeedCluster("rust", ("Iris",)), NeedCluster("Rust.", ("Sem",))))


def test_a_cluster_with_an_approach_but_no_students_can_still_be_removed():
    """Newcomer finding: such a cluster could not be taken off the screen."""
    clusters = (NeedCluster("rust", (), approach="een vaste werkplek"), NeedCluster("uitdaging", ("Sem",)))
    after, issue = take_need(clusters, "Iris", "rust")
    assert issue is None and [c.need for c in after] == ["uitdaging"]
    cleared, issue = with_cluster_approach(clusters, "rust", "  ")
    assert issue is None and [c.need for c in cleared] == ["uitdaging"]
    kept, issue = with_cluster_approach(clusters, "uitdaging", "")
    assert issue is None and [c.need for c in kept] == ["rust", "uitdaging"]  # it still has Sem
