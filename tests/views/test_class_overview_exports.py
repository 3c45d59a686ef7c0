"""Chapter 05 with real school exports, without a browser: what a mentor sees and can choose."""

from __future__ import annotations


import pytest

from hgw_widgets import ClassOverviewView
from tests.screen import fill, find, find_all, notices, status
from tests.views.class_overview_helpers import set_target, summary_row, upload

PASS_MARK = "Voldoende vanaf"
CHOICE = "Periode en cijfer"

MAGISTER = (
    "Stamnr;Roepnaam;Tussenv.;Achternaam;Klas;Klassenmentor 1;ne;wi;lo\n"
    "100002;Anna;de;Vries;2B;T. Verhoef;6,0;4,5;V\n"
    "100003;Bram;;Bakker;2B;T. Verhoef;8,9*;6,1;O\n"
    "100004;Sam;;Jansen;2B;T. Verhoef;5,0;7,0;G\n"
    "100005;Sam;;Jansen;2B;T. Verhoef;7,4;5,45;V\n"
).encode("utf-8")
PERIODS = b"Leerling;Vak;Periode;Cijfer\nAnna;wi;1;4,5\nAnna;wi;2;5,9\nBram;wi;1;7\nBram;wi;2;5\n"


def _info(view) -> str:
    """What the page says about how the file was read."""
    return find(view, css_class="hgw-import-info").value


def _below(view) -> str:
    return find(view, css_class="hgw-below").value


def test_magister_export_reads_with_what_was_set_aside():
    view = ClassOverviewView()
    upload(view, MAGISTER)
    assert view.overview.students == ("Anna de Vries", "Bram Bakker", "Sam Jansen (100004)", "Sam Jansen (100005)")
    assert view.overview.subjects == ("ne", "wi", "lo")
    info = _info(view)
    assert "Niet gebruikt: Klas (geen vak); Klassenmentor 1 (geen vak)" in info
    assert "Stamnr" in info and "Roepnaam, Tussenv., Achternaam" in info
    assert "8,9*" in info and "Woordbeoordelingen" in info
    assert "ne (Nederlands)" in summary_row(view, "ne")
    assert "lo (Lichamelijke opvoeding)" in summary_row(view, "lo")
    assert "<td>75 %</td>" in summary_row(view, "lo")  # V, O, G, V: 3 of 4
    assert "<td>75 %</td>" in summary_row(view, "wi")  # 5,45 is shown 5,5: sufficient
    below = _below(view)
    assert "Bram Bakker</td><td>onvoldoende" in below
    assert "5,5" not in below


def test_one_subject_reads_1_vak():
    view = ClassOverviewView()
    upload(view, b"Naam;wi\nAnna;6\n")
    assert "1 leerling en 1 vak." in status(view)
    assert "1 leerling, 1 vak." in _info(view)


@pytest.mark.parametrize(("text", "value", "shown"), [("6,0", 6.0, "6,0"), ("6.0", 6.0, "6,0"), ("6", 6.0, "6,0"),
                                                      (" 5,5 ", 5.5, "5,5")])
def test_pass_mark_accepts_a_decimal_comma_and_point(text, value, shown):
    view = ClassOverviewView()
    upload(view, b"Naam;wi\nAnna;5,8\nBram;6,2\n")
    field = fill(view, "textbox", PASS_MARK, text)
    assert view.overview.pass_mark == value
    assert field.value == shown
    assert "<td>1</td>" in summary_row(view, "wi") if value == 6.0 else "<td>2</td>" in summary_row(view, "wi")


@pytest.mark.parametrize(("text", "phrase"), [("60", "60 ligt niet tussen 1 en 10"), ("0", "0 ligt niet tussen 1 en 10"),
                                              ("zes", "“zes” is geen cijfer"), ("5,55", "te veel cijfers achter de komma")])
def test_pass_mark_out_of_range_is_said_not_changed(text, phrase):
    view = ClassOverviewView()
    upload(view, b"Naam;wi\nAnna;5,8\nBram;6,2\n")
    field = fill(view, "textbox", PASS_MARK, text)
    assert view.overview.pass_mark == 5.5
    assert field.value == "5,5"
    [message] = notices(view, "warning")
    assert notices(find(view, css_class="hgw-settings"), "warning") == [message]  # said with the settings
    assert phrase in message and "De grens blijft 5,5" in message


def test_a_period_is_chosen_and_kept_in_the_saved_work():
    view = ClassOverviewView()
    upload(view, PERIODS)
    choice = find(view, "combobox", CHOICE)  # shown
    assert [label for label, _ in choice.options] == ["Periode 1 · gemiddelde van de toetsen",
                                                      "Periode 2 · gemiddelde van de toetsen"]
    assert view.overview.grades.loc["Anna", "wi"] == 5.9  # the latest period, not 5,2
    first = choice.options[0][1]
    fill(view, "combobox", CHOICE, first)
    assert view.overview.grades.loc["Anna", "wi"] == 4.5
    set_target(view, "wi", "50")
    saved = view.work_bar.file_bytes("json")
    fresh = ClassOverviewView()
    fresh.work_bar.load_bytes(saved)
    assert fresh.overview.choice == first and find(fresh, "combobox", CHOICE).value == first
    assert fresh.overview.grades.loc["Anna", "wi"] == 4.5
    # the other period is still there after a reload
    fill(fresh, "combobox", CHOICE, find(fresh, "combobox", CHOICE).options[1][1])
    assert fresh.overview.grades.loc["Anna", "wi"] == 5.9
    assert fresh.overview.target_for("wi") == 50


def test_report_grade_is_used_and_said():
    data = b"Leerling;Vak;Soort;Cijfer\nAnna;wi;Toets;4\nAnna;wi;Toets;6\nAnna;wi;Rapportcijfer;5,5\n"
    view = ClassOverviewView()
    upload(view, data)
    assert view.overview.grades.loc["Anna", "wi"] == 5.5
    assert "rapportcijfer uit het bestand" in find(view, css_class="hgw-choice-note").value


def test_file_without_choices_hides_the_dropdown():
    view = ClassOverviewView()
    upload(view, b"Naam;wi\nAnna;6\n")
    assert find_all(view, "combobox", CHOICE, shown_only=False) and not find_all(view, "combobox", CHOICE)


def test_every_problem_is_listed_at_once():
    view = ClassOverviewView()
    upload(view, b"Naam;wi;ne\nA;zes;6\nB;7;11\nC;8;veel\n")
    message = find(view, "status", index=0).value  # the message area under the file choice
    assert message.count("<li>") == 3
    assert "3 problemen" in message and "Rij 2" in message and "Rij 3" in message and "Rij 4" in message
    assert view.overview is None


def test_300_students_below_the_pass_mark_are_folded():
    lines = ["Naam;wi;ne"] + [f"Leerling {i:03d};4;7" for i in range(300)]
    view = ClassOverviewView()
    upload(view, "\n".join(lines).encode())
    below = _below(view)
    assert "<details data-subject='wi'><summary>" in below  # folded: no "open"
    assert "wi (Wiskunde): 300 onder de grens (lange lijst, ingeklapt: klik om te openen)" in below
    assert below.count("<tr>") == 301


def test_largest_list_of_a_class_is_open_too():
    """Newcomer finding: Wiskunde with 11 below was the one folded list, the one the meeting is about."""
    lines = ["Naam;wi;ne"] + [f"Leerling {i:02d};{4 if i < 11 else 7};{4 if i < 3 else 7}" for i in range(30)]
    view = ClassOverviewView()
    upload(view, "\n".join(lines).encode())
    below = _below(view)
    assert "<details data-subject='wi' open>" in below and "<details data-subject='ne' open>" in below
    assert "wi (Wiskunde): 11 onder de grens</summary>" in below


def test_short_list_below_is_open():
    view = ClassOverviewView()
    upload(view, b"Naam;wi\nAnna;4\nBram;7\n")
    assert "<details data-subject='wi' open>" in _below(view)


@pytest.mark.parametrize(("text", "phrase"), [("veel", "(“veel”) is geen percentage"), ("120", "120 %")])
def test_bad_target_says_why(text, phrase):
    view = ClassOverviewView()
    upload(view, b"Naam;wi\nAnna;6\n")
    set_target(view, "wi", text)
    assert phrase in status(view)
    assert view.overview.target_for("wi") is None
