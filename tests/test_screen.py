"""The test helper that finds widgets by role and name (tests/screen.py) must be able to fail."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from tests.screen import (
    browser_sends, click, after, download, fill, find, find_all, notices, row_of, status, text_of, upload, visitor_sends,
    visitor_sets,
)


def _view():
    hidden = widgets.VBox([widgets.Button(description="Verborgen")], layout=widgets.Layout(display="none"))
    area = widgets.HTML("<div role='status'>Toegevoegd &amp; bewaard</div>")
    area.add_class("hgw-message")
    off = widgets.Button(description="Uit", disabled=True)
    return widgets.VBox([
        widgets.HTML("<b>Naam van de leerling</b>"),
        widgets.Text(),
        widgets.Text(description="Doel"),
        widgets.Button(description="Toevoegen"),
        widgets.Button(description="Toevoegen aan de kaart"),
        off,
        hidden,
        area,
    ])


def test_finds_by_role_and_name_and_by_the_label_before_a_field():
    view = _view()
    assert find(view, "textbox", "Doel").description == "Doel"
    unlabeled = find(view, "textbox", "Naam van de leerling")
    assert unlabeled.description == "" and unlabeled is view.children[1]
    assert find(view, "button", "Toevoegen", exact=True).description == "Toevoegen"


def test_a_field_with_an_example_as_placeholder_is_also_called_by_the_label_before_it():
    example = widgets.Textarea(placeholder="bijv. dinsdag in de pauze")
    view = widgets.VBox([widgets.HTML("<b>Concreet voorbeeld</b>"), example, widgets.Text(placeholder="Naam")])
    assert find(view, "textbox", "Concreet voorbeeld") is example
    assert find(view, "textbox", "dinsdag in de pauze") is example
    apart = widgets.VBox([widgets.HTML("Concreet voorbeeld"), widgets.HTML("iets anders"), widgets.Textarea()])
    with pytest.raises(AssertionError, match="no textbox"):
        find(apart, "textbox", "Concreet")  # only the text right before a field names it


def test_a_text_is_named_by_what_it_says_not_by_the_text_before_it():
    view = widgets.VBox([widgets.HTML("<h3>Titel</h3>"), widgets.HTML("<b>Jouw versie</b>")])
    assert find(view, "html", "Titel") is view.children[0]
    assert find(view, "html", "Jouw versie") is view.children[1]


def test_fails_when_nothing_or_several_match_or_it_is_hidden():
    view = _view()
    with pytest.raises(AssertionError, match="no button"):
        find(view, "button", "Opslaan")
    with pytest.raises(AssertionError, match="2 of button"):
        find(view, "button", "Toevoegen")
    with pytest.raises(AssertionError, match="no button"):
        find(view, "button", "Verborgen")  # inside a box a person cannot see
    assert find_all(view, "button", "Verborgen", shown_only=False)


def test_a_person_cannot_click_a_disabled_button_nor_fill_a_missing_field():
    view = _view()
    with pytest.raises(AssertionError, match="disabled"):
        click(view, "Uit")
    with pytest.raises(AssertionError):
        fill(view, "checkbox", "Akkoord", True)


def test_status_and_text_read_what_a_person_reads():
    view = _view()
    assert status(view) == "Toegevoegd & bewaard"
    fill(view, "textbox", "Doel", "Jordi groet")
    assert "Jordi groet" in text_of(view) and "Verborgen" not in text_of(view)


def test_a_visitor_can_leave_a_value_the_widget_would_refuse():
    choices = widgets.RadioButtons(options=[("a", 0), ("b", 1)], value=None)
    with pytest.raises(Exception):
        choices.value = 99  # ipywidgets refuses it ...
    visitor_sets(choices, 99)
    assert choices.value == 99  # ... but a visitor's browser can leave it there


def test_fill_with_exact_tells_a_short_name_from_a_longer_one():
    what, notes = widgets.Text(description="Wat"), widgets.Textarea(placeholder="Wat zegt iemand?")
    view = widgets.VBox([notes, what])
    with pytest.raises(AssertionError, match="2 of textbox"):
        fill(view, "textbox", "Wat", "x")
    fill(view, "textbox", "Wat", "noteert zijn huiswerk", exact=True)
    assert (what.value, notes.value) == ("noteert zijn huiswerk", "")


def test_upload_sends_a_file_to_the_shown_upload_button_only():
    got = []
    chooser = widgets.FileUpload(description="Bestand openen")
    chooser.observe(lambda change: got.append(change["new"]), names="value")
    view = widgets.VBox([chooser])
    upload(view, b"{}", filename="werk.json", size=11)
    assert got and got[0][0]["name"] == "werk.json" and bytes(got[0][0]["content"]) == b"{}" and got[0][0]["size"] == 11
    chooser.layout.display = "none"
    with pytest.raises(AssertionError, match="no upload"):
        upload(view, b"{}")


def test_browser_sends_reaches_the_widgets_message_handlers():
    got = []
    button = widgets.Button()
    button.on_msg(lambda _w, content, buffers: got.append(content))
    browser_sends(button, {"event": "request"})
    assert got == [{"event": "request"}]


def test_an_image_alone_is_named_by_its_alt_text():
    chart = widgets.HTML('<img class="hgw-chart" src="data:image/png;base64,AA==" alt="Staafdiagram: % voldoende">')
    view = widgets.VBox([widgets.HTML("<b>Samenvatting</b>"), chart])
    assert find(view, "html", "Staafdiagram") is chart
    with pytest.raises(AssertionError, match="no html"):
        find(widgets.VBox([widgets.HTML('<img src="x.png">')]), "html", "Staafdiagram")


def test_notices_tell_kinds_apart_and_skip_hidden_ones():
    shown = widgets.HTML('<div class="hgw-notice hgw-notice-warning" role="status">Het doel &amp; meer</div>'
                         '<div class="hgw-notice hgw-notice-error" role="alert">Rij 3</div>')
    hidden = widgets.HTML('<div class="hgw-notice hgw-notice-warning" role="status">Verborgen</div>',
                          layout=widgets.Layout(display="none"))
    view = widgets.VBox([shown, hidden, widgets.HTML("<p>gewone tekst</p>")])
    assert notices(view) == ["Het doel & meer", "Rij 3"]
    assert notices(view, "warning") == ["Het doel & meer"] and notices(view, "error") == ["Rij 3"]
    assert notices(view, "success") == []


def test_row_of_finds_the_button_next_to_a_field():
    first, second = widgets.Text(placeholder="sterk punt"), widgets.Text(placeholder="factor")
    one, two = widgets.Button(description="Toevoegen"), widgets.Button(description="Toevoegen")
    view = widgets.VBox([widgets.HBox([first, one]), widgets.HBox([second, two])])
    assert find(row_of(view, second), "button", "Toevoegen") is two
    with pytest.raises(AssertionError, match="not shown"):
        row_of(view, widgets.Text())


def test_download_gives_the_file_of_the_shown_button_named_by_its_label():
    from hgw_widgets.views.download import DownloadButton

    excel = DownloadButton("Downloaden (Excel)", "k.xlsx", "x", lambda: b"PK..")
    word = DownloadButton("Downloaden (Word)", "k.docx", "x", lambda: b"docx")
    view = widgets.VBox([excel, word])
    assert download(view, "Excel") == b"PK.." and find(view, "download", "Word") is word
    excel.disabled = True
    with pytest.raises(AssertionError, match="disabled"):
        download(view, "Excel")
    excel.layout.display = "none"
    with pytest.raises(AssertionError, match="no download"):
        download(view, "Excel")


def test_visitor_sends_reaches_the_handler_with_a_value_ipywidgets_would_refuse():
    got = []
    chooser = widgets.FileUpload()
    chooser.observe(lambda change: got.append(change["new"]), names="value")
    with pytest.raises(Exception):
        chooser.value = ("not a dict",)
    visitor_sends(chooser, ("not a dict",))
    assert got == [("not a dict",)]


def test_after_is_what_is_shown_under_a_field_or_under_its_row():
    weeks, start = widgets.Text(description="Weken"), widgets.Text(description="Begint op")
    said, hidden = widgets.HTML("te veel weken"), widgets.HTML("verborgen", layout=widgets.Layout(display="none"))
    view = widgets.VBox([widgets.HBox([start, weeks]), hidden, said])
    assert after(view, weeks) is said and after(view, start) is weeks
    with pytest.raises(AssertionError, match="nothing is shown after"):
        after(view, said)
