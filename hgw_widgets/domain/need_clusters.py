"""Clusters of students who share an educational need (onderwijsbehoefte), for the class plan.

In a klassenbespreking the team does not group students by level alone: it gives each student the
needs the team sees ("heeft instructie in kleine stappen nodig", "heeft een plek nodig om rustig te
werken", "heeft uitdaging nodig") and puts the students who share a need together, with one approach
per cluster. A student can have several needs, so a student can be in two clusters. Source: the HGW
cycle's step "cluster students with similar needs" (``shared/reference/domain-notes.md``: the HGW
cycle; klassenbespreking agenda).

A need is free text, compared as ``need_key`` sees it: case, spaces, a trailing full stop, a leading
"heeft" and a trailing "nodig" do not count, so "Instructie in kleine stappen." and "heeft instructie
in kleine stappen nodig" are one cluster. Functions return ``(new clusters, Issue | None)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .issues import Issue
from .text import block, one_line

MAX_CLUSTERS = 12
"""At most this many clusters in one plan: a plan per cluster must stay small enough to carry out."""
MAX_NEED_CHARS = 160
"""A need is a short phrase; longer text is refused (``too_long``)."""
MAX_CLUSTER_STUDENTS = 500
MAX_APPROACH_CHARS = 1_000

_WRAPPER = re.compile(r"^(?:heeft|hebben)\s+|\s+nodig$", re.IGNORECASE)


def need_label(text: object) -> str:
    """The need as shown after "heeft ... nodig" is taken off: ``"heeft rust nodig."`` -> ``"rust"``.

    Returns "" for anything that is not text or is empty.
    """
    line = one_line(text, None).rstrip(".").strip()
    previous = None
    while previous != line:
        previous, line = line, _WRAPPER.sub("", line).strip()
    return line


def need_key(text: object) -> str:
    """What two needs are compared by: ``need_label`` in lower case."""
    return need_label(text).casefold()


@dataclass(frozen=True)
class NeedCluster:
    """Students who share one educational need, and the team's approach for them.

    Args:
        need: the need, without "heeft ... nodig" (e.g. "instructie in kleine stappen").
        students: the students who have this need (names as in the class overview), in the order given.
        approach: what the teachers do for this cluster (in which lessons, from when).
    """

    need: str
    students: tuple[str, ...] = ()
    approach: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "need", need_label(self.need)[:MAX_NEED_CHARS])
        names = tuple(dict.fromkeys(one_line(s, 200) for s in self.students if one_line(s, 200)))
        object.__setattr__(self, "students", names[:MAX_CLUSTER_STUDENTS])
        object.__setattr__(self, "approach", block(self.approach, MAX_APPROACH_CHARS))

    @property
    def key(self) -> str:
        """The need as compared (``need_key``)."""
        return need_key(self.need)


def find_cluster(clusters: Iterable[NeedCluster], need: object) -> NeedCluster | None:
    """The cluster of ``need`` (compared by ``need_key``), or None."""
    key = need_key(need)
    return next((c for c in clusters if c.key == key), None) if key else None


def give_need(clusters: tuple[NeedCluster, ...], student: object, need: object, *,
              students: Iterable[str]) -> tuple[tuple[NeedCluster, ...], Issue | None]:
    """``clusters`` with ``student`` put in the cluster of ``need`` (made when new), or unchanged with the reason.

    Args:
        clusters: the plan's clusters.
        student: the chosen student (untrusted).
        need: the typed need (untrusted).
        students: the students of the class: only they can be given a need.

    Issues: ``empty`` (field ``need``), ``too_long`` (field ``need``, detail ``MAX_NEED_CHARS``),
    ``unknown_student`` (field ``student``), ``already`` (field ``student``: the student has this need),
    ``full`` (field ``need``, detail ``MAX_CLUSTERS``).
    """
    label = need_label(need)
    if not label:
        return clusters, Issue("empty", "need")
    if len(label) > MAX_NEED_CHARS:
        return clusters, Issue("too_long", "need", str(MAX_NEED_CHARS))
    if not isinstance(student, str) or student not in set(students):
        return clusters, Issue("unknown_student", "student")
    found = find_cluster(clusters, label)
    if found is None:
        if len(clusters) >= MAX_CLUSTERS:
            return clusters, Issue("full", "need", str(MAX_CLUSTERS))
        return (*clusters, NeedCluster(label, (student,))), None
    if student in found.students:
        return clusters, Issue("already", "student")
    changed = replace(found, students=(*found.students, student))
    return tuple(changed if c is found else c for c in clusters), None


def take_need(clusters: tuple[NeedCluster, ...], student: object, need: object) -> tuple[tuple[NeedCluster, ...], Issue | None]:
    """``clusters`` with ``student`` taken out of the cluster of ``need``; a cluster left without
    students and without an approach goes; taking from a cluster that has no students left removes the
    cluster itself (its approach too: otherwise nothing on screen could remove it).
    Issues: ``no_cluster`` (field ``need``), ``not_in`` (field ``student``).
    """
    found = find_cluster(clusters, need)
    if found is None:
        return clusters, Issue("no_cluster", "need")
    if not found.students:
        return tuple(c for c in clusters if c is not found), None
    if student not in found.students:
        return clusters, Issue("not_in", "student")
    changed = replace(found, students=tuple(s for s in found.students if s != student))
    if not changed.students and not changed.approach:
        return tuple(c for c in clusters if c is not found), None
    return tuple(changed if c is found else c for c in clusters), None


def with_cluster_approach(clusters: tuple[NeedCluster, ...], need: object,
                          approach: object) -> tuple[tuple[NeedCluster, ...], Issue | None]:
    """``clusters`` with the approach of the cluster of ``need`` set; a cluster left without students and
    without an approach goes. Issue: ``no_cluster`` (field ``need``)."""
    found = find_cluster(clusters, need)
    if found is None:
        return clusters, Issue("no_cluster", "need")
    changed = replace(found, approach=approach if isinstance(approach, str) else "")
    if not changed.students and not changed.approach.strip():
        return tuple(c for c in clusters if c is not found), None
    return tuple(changed if c is found else c for c in clusters), None


def needs_of(clusters: Iterable[NeedCluster], student: str) -> tuple[str, ...]:
    """The needs one student has, in cluster order."""
    return tuple(c.need for c in clusters if student in c.students)


def group_by_need(pairs: Iterable[tuple[str, str]]) -> tuple[NeedCluster, ...]:
    """Group ``(student, need)`` pairs by shared need: one cluster per need (``need_key``), the
    first spelling of the need kept, students in the order met. A student with two needs is in two
    clusters. Empty needs are skipped; at most ``MAX_CLUSTERS`` clusters (later needs are dropped).

    >>> [(c.need, c.students) for c in group_by_need([("Iris", "rust"), ("Noah", "Rust."), ("Noah", "uitdaging")])]
    [('rust', ('Iris', 'Noah')), ('uitdaging', ('Noah',))]
    """
    groups: dict[str, tuple[str, list[str]]] = {}
    for student, need in pairs:
        key, label = need_key(need), need_label(need)[:MAX_NEED_CHARS]
        if not key:
            continue
        if key not in groups:
            if len(groups) >= MAX_CLUSTERS:
                continue
            groups[key] = (label, [])
        groups[key][1].append(student)
    return tuple(NeedCluster(label, tuple(names)) for label, names in groups.values())


def clusters_within(clusters: Iterable[NeedCluster], students: Iterable[str]) -> tuple[NeedCluster, ...]:
    """The clusters with only the students that are in ``students`` (after another class file was read)."""
    known = set(students)
    return tuple(replace(c, students=tuple(s for s in c.students if s in known)) for c in clusters)
