"""ClusterEditor: in the class plan, give students needs and see them grouped by shared need.

Part of ``ClassPlanView``. A student is put in the cluster of a typed need (one domain call,
``need_clusters.give_need``); the clusters are shown with their students and approach. A student
can be in two clusters. The approach field belongs to the need in the need field.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.need_clusters import (
    MAX_NEED_CHARS, NeedCluster, find_cluster, give_need, take_need, with_cluster_approach,
)
from ..messages import t
from ._guard import guarded
from ._html import esc, notice

_ISSUE_KEYS = {
    "empty": "plan.cluster.empty",
    "too_long": "plan.cluster.too_long",
    "unknown_student": "plan.cluster.unknown_student",
    "already": "plan.cluster.already",
    "full": "plan.cluster.full",
    "no_cluster": "plan.cluster.no_cluster",
    "not_in": "plan.cluster.not_in",
}


def clusters_html(clusters: tuple[NeedCluster, ...]) -> str:
    """The clusters as an HTML list: the need, its students and its approach (text escaped)."""
    if not clusters:
        return f"<p class='hgw-muted'>{esc(t('plan.cluster.none'))}</p>"
    items = []
    for cluster in clusters:
        names = ", ".join(cluster.students) or t("plan.students_none")
        approach = (f"<br><span class='hgw-muted'>{esc(t('plan.cluster.approach_shown', approach=cluster.approach))}</span>"
                    if cluster.approach else "")
        items.append(f"<li><strong>{esc(t('plan.cluster.need_shown', need=cluster.need))}</strong>: "
                     f"{esc(names)}{approach}</li>")
    return f"<ul class='hgw-clusters'>{''.join(items)}</ul>"


class ClusterEditor(widgets.VBox):
    """Clusters by shared educational need: type a need, choose a student, put them together.

    Args:
        on_change: called with the new clusters after every change.
    """

    def __init__(self, on_change: Callable[[tuple[NeedCluster, ...]], None]) -> None:
        super().__init__()
        self.add_class("hgw-plan-clusters")
        self._on_change = on_change
        self._clusters: tuple[NeedCluster, ...] = ()
        self._students: tuple[str, ...] = ()
        self._syncing = False
        wide = {"description_width": "initial"}
        self._need = widgets.Combobox(description=t("plan.cluster.need"), placeholder=t("plan.cluster.need_placeholder"),
                                      ensure_option=False, continuous_update=True, style=wide,
                                      layout=widgets.Layout(width="100%"))
        self._need.add_class("hgw-cluster-need")
        self._student = widgets.Dropdown(description=t("plan.cluster.student"), style=wide,
                                         layout=widgets.Layout(width="auto", min_width="20em", max_width="100%"))
        self._student.add_class("hgw-cluster-student")
        self._add = widgets.Button(description=t("plan.cluster.add"), icon="plus", layout=widgets.Layout(width="auto"))
        self._add.add_class("hgw-cluster-add")
        self._remove = widgets.Button(description=t("plan.cluster.remove"), icon="minus", layout=widgets.Layout(width="auto"))
        self._approach = widgets.Textarea(description=t("plan.cluster.approach"),
                                          placeholder=t("plan.cluster.approach_placeholder"), continuous_update=False,
                                          style=wide, layout=widgets.Layout(width="100%"))
        self._approach.add_class("hgw-cluster-approach")
        self._message = widgets.HTML()
        self._list = widgets.HTML()
        self._list.add_class("hgw-cluster-list")
        self.children = [
            widgets.HTML(f"<h5>{esc(t('plan.cluster.title'))}</h5><p class='hgw-muted'>{esc(t('plan.cluster.intro'))}</p>"),
            self._need,
            widgets.HBox([self._student, self._add, self._remove], layout=widgets.Layout(flex_flow="row wrap")),
            self._message, self._approach, self._list,
        ]
        self._connect()

    def show(self, clusters: tuple[NeedCluster, ...], students: tuple[str, ...]) -> None:
        """Show ``clusters``; ``students`` are the class's students to choose from."""
        self._clusters = clusters
        self._syncing = True
        try:
            if tuple(students) != self._students:
                self._students = tuple(students)
                self._student.options = self._students
                self._student.value = self._students[0] if self._students else None
            self._need.options = tuple(c.need for c in clusters)
            self._show_approach()
        finally:
            self._syncing = False
        self._list.value = clusters_html(clusters)

    def _connect(self) -> None:
        self._add.on_click(self._on_add)
        self._remove.on_click(self._on_remove)
        self._need.observe(self._on_need, names="value")
        self._approach.observe(self._on_approach, names="value")

    def _show_approach(self) -> None:
        found = find_cluster(self._clusters, self._need.value)
        self._approach.value = found.approach if found is not None else ""
        self._approach.disabled = found is None

    def _say(self, issue) -> None:
        self._message.value = "" if issue is None else notice(
            t(_ISSUE_KEYS[issue.code], max=MAX_NEED_CHARS if issue.code == "too_long" else issue.detail), kind="warning")

    @guarded
    def _on_need(self, _change=None) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self._show_approach()
            finally:
                self._syncing = False

    @guarded
    def _on_add(self, _button=None) -> None:
        clusters, issue = give_need(self._clusters, self._student.value, self._need.value, students=self._students)
        self._say(issue)
        if issue is None:
            self._on_change(clusters)

    @guarded
    def _on_remove(self, _button=None) -> None:
        clusters, issue = take_need(self._clusters, self._student.value, self._need.value)
        self._say(issue)
        if issue is None:
            self._on_change(clusters)

    @guarded
    def _on_approach(self, _change=None) -> None:
        if self._syncing:
            return
        clusters, issue = with_cluster_approach(self._clusters, self._need.value, self._approach.value)
        self._say(issue)
        if issue is None:
            self._on_change(clusters)
