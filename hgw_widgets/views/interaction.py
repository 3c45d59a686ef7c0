"""InteractionAnalysis and ObservationForm: principle 2 (wisselwerking) in practice."""

from __future__ import annotations

from collections.abc import Iterable

import ipywidgets as widgets

from ..domain.interaction import (
    CONTEXTS,
    MAX_FACTORS,
    ContextFactor,
    LessonObservation,
    add_factor,
    by_context,
    levers,
    without_factor,
)
from ..export.interaction import (
    ANALYSIS_KIND,
    OBSERVATION_KIND,
    context_labels,
    factors_document,
    factors_from_dict,
    factors_to_dict,
    kind_labels,
    observation_document,
    observation_from_dict,
    observation_to_dict,
)
from ..messages import t
from ._guard import guarded
from ._html import esc, message_area, notice, stylesheet
from .work_bar import Work, WorkBar


_ADD_KEYS = {"empty": "interaction.empty_text", "too_long": "interaction.too_long",
             "duplicate": "interaction.duplicate", "full": "interaction.full"}


def _item(f: ContextFactor) -> str:
    sign = "+" if f.factor.kind == "stimulating" else "−"
    kind = kind_labels()[f.factor.kind]
    influence = t("interaction.yes_influence") if f.school_can_influence else t("interaction.no_influence")
    return (
        f"<li class='hgw-factor hgw-factor-{f.factor.kind}'><span aria-hidden='true'>{sign}</span> "
        f"<strong>{esc(kind)}</strong>: {esc(f.factor.text)} <span class='hgw-muted'>({esc(influence)})</span></li>"
    )


def render_factors(factors: tuple[ContextFactor, ...]) -> str:
    """Factors per context, each with its kind and influence in words (never colour alone)."""
    labels = context_labels()
    parts = [f"<h4>{esc(t('interaction.overview'))}</h4>"]
    for context, items in by_context(factors).items():
        body = "".join(_item(f) for f in items) or f"<li class='hgw-muted'>{esc(t('interaction.none'))}</li>"
        parts.append(f"<p><strong>{esc(labels[context])}</strong></p><ul>{body}</ul>")
    found = levers(factors)
    parts.append(f"<h4>{esc(t('interaction.levers'))}</h4>")
    if found:
        parts.append("<ul>" + "".join(_item(f) for f in found) + "</ul>")
    else:
        parts.append(f"<p class='hgw-muted'>{esc(t('interaction.no_levers'))}</p>")
    return "".join(parts)


class InteractionAnalysis(widgets.VBox):
    """Note stimulating and hindering factors per context and see which the school can influence.

    Kept like all other work (``self.work_bar``): a copy in the browser, downloads, a saved file.

    Args:
        factors: factors noted earlier.
        store_key: the exercise id for browser storage.
        autosave: keep a copy in the browser after every change.
    """

    def __init__(
        self, factors: Iterable[ContextFactor] = (), *, store_key: str = "factoren", autosave: bool = True, **kwargs
    ) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-interaction")
        self.add_class("hgw-form")
        self._factors: tuple[ContextFactor, ...] = tuple(factors)[:MAX_FACTORS]
        self._initial = self._factors
        self._context = widgets.Dropdown(
            options=[(label, key) for key, label in context_labels().items()],
            description=t("interaction.context.label"), layout=widgets.Layout(width="17em"),
        )
        self._kind = widgets.RadioButtons(
            options=[(label, key) for key, label in kind_labels().items()],
            description=t("interaction.kind.label"),
        )
        self._text = widgets.Text(
            description=t("interaction.text.label"), placeholder=t("interaction.text.placeholder"),
            layout=widgets.Layout(width="100%"),
        )
        self._text.add_class("hgw-factor-text")
        self._influence = widgets.Checkbox(description=t("interaction.influence"), indent=False)
        self._add = widgets.Button(description=t("interaction.add"), tooltip=t("interaction.add_tooltip"),
                                   button_style="primary", icon="plus")
        self._add.add_class("hgw-add-factor")
        self._message = message_area()
        self._overview = widgets.HTML(render_factors(self._factors))
        self._overview.add_class("hgw-factor-overview")
        self._edit_list = widgets.VBox()
        self._edit_list.add_class("hgw-factor-list")
        self.work_bar = WorkBar(kind=ANALYSIS_KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave,
                                drafts={"context": self._context, "kind": self._kind, "text": self._text,
                                        "influence": self._influence})
        """The download/upload/autosave bar of the analysis."""
        self.children = [
            stylesheet(), widgets.HTML(f"<h3>{esc(t('interaction.title'))}</h3>"),
            widgets.HBox([self._context, self._kind], layout=widgets.Layout(flex_flow="row wrap")),
            self._text, self._influence, self._add, self._message, self._overview, self._edit_list, self.work_bar,
        ]
        self._show()
        self._connect()

    @property
    def factors(self) -> tuple[ContextFactor, ...]:
        return self._factors

    def _connect(self) -> None:
        self._add.on_click(self._on_add)

    @guarded
    def _on_add(self, _button=None) -> None:
        context = self._context.value if self._context.value in CONTEXTS else CONTEXTS[0]
        kind = self._kind.value if self._kind.value in ("stimulating", "hindering") else "stimulating"
        factors, issue = add_factor(self._factors, context=context, kind=kind, text=self._text.value,
                                    school_can_influence=bool(self._influence.value))
        if issue is not None:
            self._message.value = notice(t(_ADD_KEYS[issue.code], max=issue.detail), kind="warning")
            return
        self._factors = factors
        self._text.value = ""
        self._influence.value = False
        self._show()
        self._message.value = notice(t("interaction.added"), kind="success")
        self.work_bar.changed()

    @guarded
    def _on_remove(self, index: int) -> None:
        self._factors = without_factor(self._factors, index)
        self._show()
        self._message.value = notice(t("interaction.removed"), kind="info")
        self.work_bar.changed()

    def _show(self) -> None:
        self._overview.value = render_factors(self._factors)
        labels, kinds = context_labels(), kind_labels()
        rows = []
        for index, item in enumerate(self._factors):
            text = f"{labels[item.context]} · {kinds[item.factor.kind]}: {item.factor.text}"
            label = widgets.HTML(f"<span>{esc(text)}</span>", layout=widgets.Layout(flex="1 1 auto"))
            remove = widgets.Button(description=t("interaction.remove"), icon="trash", layout=widgets.Layout(width="auto"),
                                    tooltip=t("interaction.remove_tooltip"))
            remove.add_class("hgw-remove-factor")
            remove.on_click(lambda _b, i=index: self._on_remove(i))
            rows.append(widgets.HBox([label, remove], layout=widgets.Layout(align_items="center")))
        heading = [widgets.HTML(f"<h4>{esc(t('interaction.edit_heading'))}</h4>")] if rows else []
        self._edit_list.children = heading + rows

    # --- keeping the work -----------------------------------------------------------------

    def _work(self) -> Work:
        return Work(ANALYSIS_KIND, factors_to_dict(self._factors), factors_document(self._factors),
                    t("interaction.file_name"))

    def _restore(self, payload: dict) -> None:
        factors = factors_from_dict(payload)  # raises SaveFileError before anything changes
        self._factors = factors[:MAX_FACTORS]
        self._show()
        self._message.value = ""

    def _reset(self) -> None:
        self._factors = self._initial
        self._text.value = ""
        self._influence.value = False
        self._show()
        self._message.value = ""


class ObservationForm(widgets.VBox):
    """A lesson observation in three questions, set out as a short record.

    What is typed is kept like all other work (``self.work_bar``): a reload finds it back.

    Args:
        observation: an observation written earlier.
        store_key: the exercise id for browser storage.
        autosave: keep a copy in the browser after every change.
    """

    def __init__(
        self,
        observation: LessonObservation | None = None,
        *,
        store_key: str = "lesobservatie",
        autosave: bool = True,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-observation")
        self.add_class("hgw-form")
        observation = observation or LessonObservation()
        self._initial = observation
        self._syncing = False

        def box() -> dict:
            return {"layout": widgets.Layout(width="100%"), "rows": 3, "continuous_update": False}

        self._needs = widgets.Textarea(value=observation.needs, description=t("interaction.observation.needs"), **box())
        self._offered = widgets.Textarea(value=observation.offered, description=t("interaction.observation.offered"), **box())
        self._better = widgets.Textarea(value=observation.better, description=t("interaction.observation.better"), **box())
        self._show = widgets.Button(description=t("interaction.observation.show"), icon="list")
        self._show.add_class("hgw-show-observation")
        self._message = widgets.HTML()
        self._record = widgets.HTML()
        self._record.add_class("hgw-observation-record")
        self.work_bar = WorkBar(kind=OBSERVATION_KIND, store_key=store_key, get_work=self._work, restore=self._restore,
                                on_clear=self._reset, autosave=autosave)
        """The download/upload/autosave bar of the observation."""
        self.children = [
            stylesheet(), widgets.HTML(f"<h3>{esc(t('interaction.observation.title'))}</h3>"),
            self._needs, self._offered, self._better, self._show, self._message, self._record, self.work_bar,
        ]
        self._connect()

    @property
    def observation(self) -> LessonObservation:
        return LessonObservation(needs=str(self._needs.value), offered=str(self._offered.value), better=str(self._better.value))

    def _connect(self) -> None:
        self._show.on_click(self._on_show)
        for area in (self._needs, self._offered, self._better):
            area.observe(self._on_type, names="value")

    @guarded
    def _on_type(self, _change=None) -> None:
        if not self._syncing:
            self.work_bar.changed()
            if self._record.value:  # a record on the page follows what is typed, never stale
                self._record.value = _record_html(self.observation)

    # --- keeping the work -----------------------------------------------------------------

    def _work(self) -> Work:
        obs = self.observation
        return Work(OBSERVATION_KIND, observation_to_dict(obs), observation_document(obs), t("interaction.observation.file_name"))

    def _set(self, observation: LessonObservation) -> None:
        self._syncing = True
        try:
            self._needs.value = observation.needs
            self._offered.value = observation.offered
            self._better.value = observation.better
        finally:
            self._syncing = False
        self._message.value = ""
        self._record.value = ""

    def _restore(self, payload: dict) -> None:
        observation = observation_from_dict(payload)  # raises SaveFileError before anything changes
        self._set(observation)
        if not observation.is_empty:  # after a reload the record is on the page again, as before
            self._record.value = _record_html(observation)

    def _reset(self) -> None:
        self._set(self._initial)

    @guarded
    def _on_show(self, _button=None) -> None:
        obs = self.observation
        if obs.is_empty:
            self._message.value = notice(t("interaction.observation.empty"), kind="warning")
            self._record.value = ""
            return
        self._message.value = ""
        self._record.value = _record_html(obs)


def _record_html(obs: LessonObservation) -> str:
    """The observation set out as a short record (what "Zet de observatie op een rij" shows)."""
    rows = "".join(
        f"<dt>{esc(t(key))}</dt><dd>{esc(value) or '–'}</dd>"
        for key, value in (
            ("interaction.observation.needs", obs.needs),
            ("interaction.observation.offered", obs.offered),
            ("interaction.observation.better", obs.better),
        )
    )
    return f"<div class='hgw-print-block'><h4>{esc(t('interaction.observation.summary'))}</h4><dl>{rows}</dl></div>"
