"""The bar under chapter 05's overview: download (JSON to continue, Word, HTML, Markdown, Excel) and load.

The saved JSON holds the whole overview: grades of every choice (period,
report grade), the choice shown, the pass mark, the goals, the notes and the
plan (``export.class_overview_json``). The bar runs with ``autosave=False``:
grades are personal data and are not kept in the browser unless the user
downloads them.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..domain.class_overview import ClassOverview
from ..domain.class_plan import ClassPlan
from ..errors import SaveFileError
from ..export.class_overview import KIND, overview_document, work_from_dict, work_to_dict
from ..messages import t
from ._html import notice


def overview_work_bar(*, overview: Callable[[], ClassOverview | None], plan: Callable[[], ClassPlan],
                      restore: Callable[[ClassOverview, ClassPlan | None], None], clear: Callable[[], None],
                      message: widgets.HTML) -> tuple[widgets.VBox, widgets.Widget]:
    """The work bar and the Excel button, as a box; returns (box, excel button).

    Args:
        overview: gives the overview now shown (None before a file is read).
        plan: gives the class plan now edited.
        restore: puts a loaded overview and plan in the view (after they were fully built).
        clear: empties the view ("Wis").
        message: where an Excel error is shown.
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

    bar = WorkBar(kind=KIND, store_key="class-overview", get_work=get_work, restore=load, on_clear=clear,
                  autosave=False)
    excel = DownloadButton(
        t("overview.work.excel"), "klassenoverzicht.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", lambda: overview_to_xlsx(current()),
        on_error=lambda text: setattr(message, "value", notice(text, kind="error")),
        tooltip=t("overview.work.excel_tooltip"),
    )
    return widgets.VBox([bar, excel]), excel
