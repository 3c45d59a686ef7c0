"""WorkBar, DownloadButton and BrowserStore without a browser: messages are simulated."""

from __future__ import annotations

import io
import json

import docx
import pytest

from hgw_widgets.errors import SaveFileError
from hgw_widgets.export.document import Document, Paragraph
from hgw_widgets.export.jsonio import MAX_SAVE_BYTES, dump_work
from hgw_widgets.views.download import DownloadButton, safe_filename
from hgw_widgets.views.storage import BrowserStore
from hgw_widgets.views.work_bar import Work, WorkBar
from tests.screen import browser_sends, click, find, find_all, text_of
from tests.screen import upload as choose_file


class Notes:
    """A minimal 'view': one text, restored only if the payload is right."""

    def __init__(self, text: str = "start") -> None:
        self.text = text
        self.bar = WorkBar(kind="notes", store_key="test-notes", get_work=self.work, restore=self.restore,
                           on_clear=self.reset)

    def work(self) -> Work:
        return Work("notes", {"text": self.text}, Document("Notities", blocks=(Paragraph(self.text),)), f"notities-{self.text[:10]}")

    def restore(self, payload: dict) -> None:
        if not isinstance(payload.get("text"), str):
            raise SaveFileError("bad", message_nl="Dit bestand is beschadigd.")
        self.text = payload["text"]

    def reset(self) -> None:
        self.text = "start"
        self.bar.changed()


def _upload(bar: WorkBar, data: bytes, *, size: int | None = None) -> None:
    choose_file(bar, data, filename="werk.json", size=size, name="Bestand openen")


def _message(bar: WorkBar) -> str:
    return find(bar, css_class="hgw-work-message").value


def _confirm_shown(bar: WorkBar) -> bool:
    return bool(find_all(bar, css_class="hgw-clear-confirm"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [("doelenkaart-Zoë.docx", "doelenkaart-Zoe.docx"), ("../../etc/passwd", "etc-passwd"), ("", "werkmap"),
     ("<script>.json", "script.json"), ("😀", "werkmap")],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_download_button_answers_a_click_with_the_bytes(monkeypatch):
    sent = []
    button = DownloadButton("Downloaden (JSON)", "a.json", "application/json", lambda: b"{}")
    monkeypatch.setattr(button, "send", lambda content, buffers=None: sent.append((content, buffers)))
    browser_sends(button, {"event": "request"})
    assert sent == [({"event": "file", "ok": True, "filename": "a.json", "mime": "application/json"}, [b"{}"])]
    assert button.downloads == 1
    browser_sends(button, {"event": "something else"})
    assert len(sent) == 1


def test_download_button_reports_errors_in_dutch(monkeypatch):
    errors, sent = [], []

    def broken() -> bytes:
        raise RuntimeError("internal detail")

    button = DownloadButton("Downloaden", "a.docx", "x", broken, on_error=errors.append)
    monkeypatch.setattr(button, "send", lambda content, buffers=None: sent.append(content))
    browser_sends(button, {"event": "request"})
    assert sent[0]["ok"] is False and button.downloads == 0
    assert errors and "internal detail" not in errors[0] and "Er ging iets mis" in errors[0]


def test_every_format_is_offered_and_opens():
    notes = Notes("Zoë 😀 <b>")
    bar = notes.bar
    labels = [bar.download_button(f).label for f in ("json", "docx", "html", "md")]
    assert labels == ["Downloaden (JSON)", "Downloaden (Word)", "Downloaden (HTML om te printen)", "Downloaden (Markdown)"]
    assert json.loads(bar.download_button("json").make_file())["data"] == {"text": "Zoë 😀 <b>"}
    word = docx.Document(io.BytesIO(bar.download_button("docx").make_file()))
    assert "Zoë 😀 <b>" in [p.text for p in word.paragraphs]
    assert "Zoë 😀 &lt;b&gt;" in bar.file_bytes("html").decode()
    assert bar.file_bytes("md").decode().startswith("# Notities")
    with pytest.raises(ValueError):
        bar.file_bytes("pdf")


def test_file_name_follows_the_work(monkeypatch):
    notes = Notes("Anna")
    button = notes.bar.download_button("docx")
    monkeypatch.setattr(button, "send", lambda content, buffers=None: None)
    browser_sends(button, {"event": "request"})
    assert button.filename == "notities-Anna.docx"


@pytest.mark.parametrize("fmt", ["json", "docx", "html", "md"])
def test_a_long_name_from_the_users_text_keeps_its_extension(monkeypatch, fmt):
    # issue 18: a JSON save arrived as "positieve-aspecten-Dinsdag-in-de-les-img-src-..." without ".json"
    name = "positieve-aspecten-" + "Dinsdag in de les <img src=x onerror=alert(1)> " * 5
    bar = WorkBar(kind="notes", store_key="test-notes", restore=lambda payload: None,
                  get_work=lambda: Work("notes", {"text": "x"}, Document("Notities"), name))
    button = bar.download_button(fmt)
    sent = []
    monkeypatch.setattr(button, "send", lambda content, buffers=None: sent.append(content))
    browser_sends(button, {"event": "request"})
    assert sent[0]["filename"].startswith("positieve-aspecten-Dinsdag-in-de-les-img-src-x")
    assert sent[0]["filename"].endswith("." + fmt)


def test_a_file_name_set_from_the_browser_is_made_safe(monkeypatch):
    button = DownloadButton("Downloaden (JSON)", "a.json", "application/json", lambda: b"{}")
    sent = []
    monkeypatch.setattr(button, "send", lambda content, buffers=None: sent.append(content))
    button.filename = "../../" + "a" * 300 + ".json"  # a synced trait: a visitor can set it
    browser_sends(button, {"event": "request"})
    assert sent[0]["filename"].endswith(".json") and "/" not in sent[0]["filename"]
    assert len(sent[0]["filename"]) <= 100


def test_upload_continues_from_a_saved_file():
    notes = Notes()
    _upload(notes.bar, dump_work("notes", {"text": "verder"}))
    assert notes.text == "verder"
    assert "staat weer klaar" in _message(notes.bar)
    assert find(notes.bar, "upload", "Bestand openen").value == ()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\x89PNG\r\n", "UTF-8"),
        (b"{}", "komt niet uit de HGW-werkmap"),
        (dump_work("goal_card", {"text": "x"}), "andere oefening"),
        (dump_work("notes", {"text": 5}), "beschadigd"),
        (dump_work("notes", {"text": "x"}, schema_version=9), "nieuwere versie"),
    ],
)
def test_bad_upload_keeps_the_work(data, fragment):
    notes = Notes("mijn werk")
    _upload(notes.bar, data)
    assert notes.text == "mijn werk"
    assert fragment in _message(notes.bar) and "hgw-notice-error" in _message(notes.bar)


def test_too_big_upload_is_refused_before_reading():
    notes = Notes("mijn werk")
    _upload(notes.bar, b"{}", size=MAX_SAVE_BYTES + 1)
    assert notes.text == "mijn werk" and "te groot" in _message(notes.bar)


def test_autosave_waits_for_the_browser_then_restores_and_saves():
    notes = Notes()
    notes.text = "getypt"
    notes.bar.changed()
    assert notes.bar.store.value == ""  # browser has not reported yet: do not overwrite its copy
    browser_sends(notes.bar.store, {"event": "ready", "value": dump_work("notes", {"text": "van gisteren"}).decode()})
    assert notes.text == "van gisteren"
    assert "vorige bezoek" in _message(notes.bar)
    notes.text = "nieuw"
    notes.bar.changed()
    assert json.loads(notes.bar.store.value)["data"] == {"text": "nieuw"}


def test_broken_browser_copy_is_ignored_with_a_warning():
    notes = Notes("start")
    browser_sends(notes.bar.store, {"event": "ready", "value": "{kapot"})
    assert notes.text == "start" and "kon niet worden teruggezet" in _message(notes.bar)


def test_restore_happens_once():
    notes = Notes()
    first = dump_work("notes", {"text": "een"}).decode()
    browser_sends(notes.bar.store, {"event": "ready", "value": first})
    browser_sends(notes.bar.store, {"event": "ready", "value": dump_work("notes", {"text": "twee"}).decode()})
    assert notes.text == "een"


def test_clear_asks_first_then_wipes_and_resets(monkeypatch):
    notes = Notes()
    browser_sends(notes.bar.store, {"event": "ready", "value": None})
    notes.text = "geheim"
    notes.bar.changed()
    sent = []
    monkeypatch.setattr(notes.bar.store, "send", lambda content, buffers=None: sent.append(content))
    assert not _confirm_shown(notes.bar)
    click(notes.bar, "Wis mijn gegevens")
    assert _confirm_shown(notes.bar) and "Weet je het zeker" in text_of(find(notes.bar, css_class="hgw-clear-confirm"))
    click(notes.bar, "Annuleren")
    assert not _confirm_shown(notes.bar) and notes.text == "geheim" and sent == []
    click(notes.bar, "Wis mijn gegevens")
    click(notes.bar, "Ja, wis alles")
    assert sent == [{"event": "clear"}]
    assert notes.text == "start"
    assert notes.bar.store.value == ""  # the reset is not saved back
    assert "gewist" in _message(notes.bar)


def test_browser_store_ignores_odd_messages():
    store = BrowserStore("x")
    calls = []
    store.on_restore(calls.append)
    for content in ("text", {"event": "ready", "value": 5}):
        browser_sends(store, content)
    assert calls == [] and store.ready
    browser_sends(store, {"event": "written", "ok": False})
    assert store.writable is False


@pytest.mark.parametrize(("autosave", "shown", "absent"), [
    (True, "in deze browser bewaard", "nergens bewaard"),
    (False, "nergens bewaard", "in deze browser bewaard"),
])
def test_intro_says_truthfully_whether_the_browser_keeps_a_copy(autosave, shown, absent):
    notes = Notes()
    bar = WorkBar(kind="notes", store_key="test-notes", get_work=notes.work, restore=notes.restore,
                  autosave=autosave)
    text = text_of(bar)
    assert shown in text
    assert absent not in text
