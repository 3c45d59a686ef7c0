"""The bar under chapter 05's overview: download (JSON to continue, Word, HTML, Markdown, Excel) and load.

The saved JSON holds the whole overview: grades of every choice (period,
report grade), the choice shown, the pass mark, the goals, the notes and the
plan (``export.class_overview_json``). The fictional example class is kept in
the browser after every change. A real class holds personal data: it is kept in
the browser only when the user ticks "Bewaar mijn klas ook in deze browser"
(meant for one's own computer); otherwise only a download keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.class_overview import ClassOverview
from ..domain.class_plan import ClassPlan
from ..errors import SaveFileError
from ..export.class_overview import KIND, overview_document, work_from_dict, work_to_dict
from ..messages import t
from ._html import esc, notice


def overview_work_bar(*, overview: Callable[[], ClassOverview | None], plan: Callable[[], ClassPlan],
                      restore: Callable[[ClassOverview, ClassPlan | None], None], clear: Callable[[], None],
                      message: widgets.HTML, store_key: str = "klassenoverzicht", keep: str = "ask",
                      drafts: dict | None = None,
                      on_keep: Callable[[bool], None] | None = None) -> tuple[widgets.VBox, widgets.Widget, widgets.Widget]:
    """The work bar and the Excel button, as a box; returns (box, excel button, work bar).

    Args:
        overview: gives the overview now shown (None before a file is read).
        plan: gives the class plan now edited.
        restore: puts a loaded overview and plan in the view (after they were fully built).
        clear: empties the view ("Wis").
        message: where an Excel error is shown.
        store_key: the browser copy's key.
        keep: ``"always"`` (fictional data: keep a browser copy), or ``"ask"`` (a real class: a
            tick box, off by default, turns the browser copy on).
        drafts: fields kept in the browser with the copy (see ``WorkBar``).
        on_keep: called with True/False when the tick "Bewaar mijn klas ook in deze browser" changes,
            so that the page's other texts about keeping follow it (only with ``keep="ask"``).
    """
    from ..export.excel import overview_to_xlsx
    from .download import DownloadButton
    from .work_bar import Work, WorkBar

    def current() -> ClassOverview:
        shown = overview()
        if shown is None:
            raise SaveFileError("nothing to save", message_nl=t("overview.work.nothing"))
        return shown

    def get_work() -> Work:
        shown = current()
        return Work(KIND, work_to_dict(shown, plan()), overview_document(shown, plan()),
                    f"klassenoverzicht-{shown.class_name or 'klas'}")

    def load(payload: dict) -> None:
        restore(*work_from_dict(payload))

    bar = WorkBar(kind=KIND, store_key=store_key, get_work=get_work, restore=load, on_clear=clear,
                  autosave=keep == "always", drafts=drafts)
    excel = DownloadButton(
        t("overview.work.excel"), "klassenoverzicht.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", lambda: overview_to_xlsx(current()),
        on_error=lambda text: setattr(message, "value", notice(text, kind="error")),
        tooltip=t("overview.work.excel_tooltip"),
    )
    if keep == "always":
        return widgets.VBox([bar, excel]), excel, bar
    opt_in = widgets.Checkbox(description=t("overview.work.keep"), indent=False, layout=widgets.Layout(width="auto"))
    opt_in.add_class("hgw-keep-class")

    def on_tick(change) -> None:
        bar.set_autosave(bool(change["new"]))
        if on_keep is not None:
            on_keep(bool(change["new"]))

    opt_in.observe(on_tick, names="value")
    # something kept from an earlier visit means the box was ticked then
    bar.store.on_restore(lambda _text: setattr(opt_in, "value", True))
    hint = widgets.HTML(f"<p class='hgw-muted'>{esc(t('overview.work.keep_hint'))}</p>")
    return widgets.VBox([opt_in, hint, bar, excel]), excel, bar
