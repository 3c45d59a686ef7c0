"""Handouts: the trainer's guide's printable sheets, each as HTML (to print) and as Word."""

from __future__ import annotations

import ipywidgets as widgets

from ..export.handouts import HANDOUTS
from ..export.render import to_docx, to_html
from ..messages import t
from ._html import esc, message_area, notice, stylesheet
from .download import DownloadButton

HTML_MIME = "text/html"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class Handouts(widgets.VBox):
    """Two download buttons (HTML, Word) per handout of ``export.handouts.HANDOUTS``."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("hgw-handouts")
        self._message = message_area()
        self.buttons: dict[str, tuple[DownloadButton, DownloadButton]] = {}
        """Per handout (file name) its HTML and Word button."""
        rows: list[widgets.Widget] = [stylesheet(), widgets.HTML(f"<p>{esc(t('guide.handouts.intro'))}</p>")]
        for name, make in HANDOUTS.items():
            title = make().title
            html = DownloadButton(t("guide.handouts.html", title=title), f"{name}.html", HTML_MIME,
                                  lambda make=make: to_html(make()), on_error=self._show_error)
            word = DownloadButton(t("guide.handouts.word", title=title), f"{name}.docx", DOCX_MIME,
                                  lambda make=make: to_docx(make()), on_error=self._show_error)
            self.buttons[name] = (html, word)
            row = widgets.HBox([html, word], layout=widgets.Layout(flex_flow="row wrap"))
            row.add_class("hgw-handout")
            rows.append(row)
        rows.append(self._message)
        self.children = rows

    def _show_error(self, _text: str = "") -> None:
        self._message.value = notice(t("guide.handouts.failed"), kind="error")
