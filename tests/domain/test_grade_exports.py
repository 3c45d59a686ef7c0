"""Issue 14: real school exports, read as the school means them.

Each fault of the issue is a case here with the right value. The files are
small and written here as bytes; every name is invented.
"""

from __future__ import annotations

import io
import math

import openpyxl
import pandas as pd
import pytest

from hgw_widgets import GradeFileError
from hgw_widgets.domain.class_overview import below_pass_mark, class_summary
from hgw_widgets.domain.grades import read_grades_report


def xlsx(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def summary(report, **kwargs) -> pd.DataFrame:
    words = {"words": report.words} if hasattr(report, "words") else {}
    return class_summary(report.grades, **words, **kwargs)


def percents(data: bytes, **kwargs) -> dict[str, float]:
    table = summary(read_grades_report(data), **kwargs)
    return {subject: round(float(p), 1) for subject, p in table["percent_sufficient"].items()}


def set_aside(report) -> list[str]:
    return [item.header for item in report.notes.set_aside]


# --- identity and name columns are not subjects ---------------------------------

def test_minimal_mentor_column_is_set_aside():
    report = read_grades_report('Naam,Klassenmentor 1,ne\nA,T. Verhoef,"6,0"\n'.encode())
    assert percents('Naam,Klassenmentor 1,ne\nA,T. Verhoef,"6,0"\n'.encode()) == {"ne": 100.0}
    assert "Klassenmentor 1" in set_aside(report)


MAGISTER = (
    "Stamnr;Roepnaam;Tussenv.;Achternaam;Klas;Klassenmentor 1;Profiel;Geslacht;Geb. datum;Opmerking;ne;wi\n"
    "100002;Anna;de;Vries;2B;T. Verhoef;;V;03-02-2012;let op;6,0;4,5\n"
    "100003;Bram;;Bakker;2B;T. Verhoef;;M;11-09-2011;;7,2;6,1\n"
).encode("utf-8")


def test_magister_identity_and_name_columns_are_not_subjects():
    report = read_grades_report(MAGISTER)
    assert list(report.grades.columns) == ["ne", "wi"]
    assert list(report.grades.index) == ["Anna de Vries", "Bram Bakker"]
    assert {"Klas", "Klassenmentor 1", "Profiel", "Geslacht", "Geb. datum", "Opmerking"} <= set(set_aside(report))
    assert report.notes.number_column == "Stamnr"
    assert report.notes.name_columns == ("Roepnaam", "Tussenv.", "Achternaam")


@pytest.mark.parametrize(
    ("data", "names"),
    [
        pytest.param(b"Roepnaam;Tussenvoegsel;Achternaam;wi\nAnna;de;Vries;6\n", ["Anna de Vries"], id="first-name-first"),
        pytest.param(b"Achternaam;Tussenv.;Roepnaam;wi\nVries;de;Anna;6\nBakker;;Bram;7\n",
                     ["Vries, Anna de", "Bakker, Bram"], id="surname-first-as-the-school-lists-it"),
        pytest.param('Naam;wi\n"Vries, Anna de";6\n'.encode(), ["Vries, Anna de"], id="one-column-surname-first"),
    ],
)
def test_name_parts_joined_in_the_schools_order(data, names):
    assert list(read_grades_report(data).grades.index) == names


def test_unknown_text_column_is_set_aside_not_refused():
    data = b"Naam;Leerweg;Lesgroep;wi\nAnna;TL;2b-wi1;6\nBram;KB;2b-wi2;5\n"
    report = read_grades_report(data)
    assert list(report.grades.columns) == ["wi"]
    assert set_aside(report) == ["Leerweg", "Lesgroep"]


# --- the student number is the student -------------------------------------------

def test_same_name_different_numbers_are_two_students_shown_with_their_number():
    data = b"Leerlingnummer;Naam;wi\n240101;Sam Jansen;6\n240102;Sam Jansen;4\n240103;Lotte Smit;7\n"
    report = read_grades_report(data)
    assert list(report.grades.index) == ["Sam Jansen (240101)", "Sam Jansen (240102)", "Lotte Smit"]
    assert report.grades["wi"].tolist() == [6.0, 4.0, 7.0]


def test_same_number_twice_is_still_refused():
    with pytest.raises(GradeFileError) as info:
        read_grades_report(b"Leerlingnummer;Naam;wi\n1;Sam Jansen;6\n1;Sam Jansen;4\n")
    assert "Rij 3" in info.value.message_nl


def test_long_list_students_are_told_apart_by_number():
    data = b"Leerlingnummer;Leerling;Vak;Cijfer\n1;Sam Jansen;wi;6\n2;Sam Jansen;wi;4\n1;Sam Jansen;wi;8\n"
    report = read_grades_report(data)
    assert report.grades["wi"].to_dict() == {"Sam Jansen (1)": 7.0, "Sam Jansen (2)": 4.0}


# --- word grades -------------------------------------------------------------------

def test_minimal_word_grades():
    assert percents(b"Naam;ne;lo\nA;6,0;V\nB;5,0;O\n") == {"ne": 50.0, "lo": 50.0}


@pytest.mark.parametrize(
    ("word", "sufficient"),
    [("ZS", False), ("S", False), ("ZO", False), ("O", False), ("M", False), ("V", True), ("RV", True),
     ("G", True), ("ZG", True), ("U", True), ("uitstekend", True), ("voldoende", True), ("Goed", True),
     ("onvoldoende", False), ("matig", False), ("zeer goed", True), ("ruim voldoende", True), ("zwak", False)],
)
def test_the_wider_word_scale(word, sufficient):
    data = f"Naam;ckv\nA;{word}\n".encode()
    assert percents(data) == {"ckv": 100.0 if sufficient else 0.0}


def test_word_grades_are_shown_as_words_and_never_averaged():
    data = b"Naam;lo\nA;V\nB;O\nC;6,5\n"
    report = read_grades_report(data)
    assert math.isnan(report.grades.loc["A", "lo"])
    assert report.words.loc["A", "lo"] == "V"
    low = below_pass_mark(report.grades, words=report.words)
    assert low["lo"] == (("B", "O"),)
    assert report.notes.word_grades == 2


def test_long_list_words_next_to_numbers_are_not_averaged_and_said():
    data = b"Leerling;Vak;Cijfer\nA;lo;V\nA;lo;4\nB;lo;G\nB;lo;O\n"
    report = read_grades_report(data)
    assert report.grades.loc["A", "lo"] == 4.0  # the numbers; the word is set aside, not mixed in
    assert report.words.loc["B", "lo"] == "O"   # only words: the last one
    assert report.notes.mixed == 1


# --- marks on numbers ------------------------------------------------------------

@pytest.mark.parametrize(("cell", "value"), [("8,9*", 8.9), ("5,4*", 5.4), ("7!", 7.0), ("6.5 *", 6.5)])
def test_a_marked_number_is_that_number(cell, value):
    report = read_grades_report(f"Naam;wi\nA;{cell}\n".encode())
    assert report.grades.loc["A", "wi"] == pytest.approx(value)
    assert report.notes.marked == 1


def test_markers_are_counted_as_before():
    report = read_grades_report(b"Naam;A;B;C;D\nAnna;inh;Inhalen;vr;-\nBram;ntm;;VRIJSTELLING;8,9*\n")
    assert report.markers == {"empty": 2, "retake": 2, "exempt": 2, "not_counted": 1}


# --- per-grade lists ---------------------------------------------------------------

def test_minimal_telt_mee_nee_does_not_count():
    data = "Leerling;Vak;Cijfer;Weging;Telt mee\nDaniël de Groot;wi;4,2;15;Nee\nDaniël de Groot;wi;7,5;5;Ja\n"
    report = read_grades_report(data.encode())
    assert report.grades.loc["Daniël de Groot", "wi"] == pytest.approx(7.5)
    assert report.notes.not_counted == 1


@pytest.mark.parametrize(
    ("header", "no", "yes"),
    [("Telt mee", "nee", "ja"), ("Telt mee", "N", "J"), ("Meetellen", "0", "1"), ("Telt niet mee", "ja", "nee"),
     ("Telt mee", "onwaar", "waar")],
)
def test_counts_flag_variants(header, no, yes):
    data = f"Leerling;Vak;Cijfer;{header}\nA;wi;2;{no}\nA;wi;8;{yes}\n".encode()
    assert read_grades_report(data).grades.loc["A", "wi"] == 8.0


def test_weight_zero_does_not_count_and_is_said():
    report = read_grades_report(b"Leerling;Vak;Cijfer;Weging\nA;wi;2;0\nA;wi;8;1\n")
    assert report.grades.loc["A", "wi"] == 8.0
    assert report.notes.not_counted == 1


def test_long_list_other_columns_are_listed():
    data = b"Leerling;Vak;Cijfer;Weging;Omschrijving;Datum;Docent\nA;wi;6;1;PW H1;2026-01-05;JNS\n"
    report = read_grades_report(data)
    assert set_aside(report) == ["Omschrijving", "Datum", "Docent"]


# --- periods -------------------------------------------------------------------------

def test_long_list_periods_are_not_averaged_latest_is_the_default():
    data = b"Leerling;Vak;Periode;Cijfer\nA;wi;1;4,5\nA;wi;2;5,9\n"
    report = read_grades_report(data)
    assert report.grades.loc["A", "wi"] == pytest.approx(5.9)
    assert [c.period for c in report.choices] == ["1", "2"]
    first = next(c for c in report.choices if c.period == "1")
    assert report.table(first.key).grades.loc["A", "wi"] == pytest.approx(4.5)


def test_wide_file_with_a_period_column_is_not_a_duplicate():
    data = b"Naam;Periode;wi;ne\nA;P1;4,5;6\nB;P1;7;5\nA;P2;5,9;6,5\nB;P2;6;5,5\n"
    report = read_grades_report(data)
    assert report.grades.to_dict() == {"wi": {"A": 5.9, "B": 6.0}, "ne": {"A": 6.5, "B": 5.5}}
    first = next(c for c in report.choices if c.period == "P1")
    assert report.table(first.key).grades.loc["A", "wi"] == 4.5


def test_report_grade_is_used_by_default_and_said():
    data = (b"Leerling;Vak;Periode;Soort;Cijfer;Weging\n"
            b"A;wi;1;Toets;4;1\nA;wi;1;Toets;6;1\nA;wi;1;Rapportcijfer;5,5;\n")
    report = read_grades_report(data)
    assert report.grades.loc["A", "wi"] == 5.5
    default = next(c for c in report.choices if c.key == report.default_choice)
    assert default.basis == "report"
    tests = next(c for c in report.choices if c.basis == "tests")
    assert report.table(tests.key).grades.loc["A", "wi"] == 5.0


def test_report_grade_column():
    data = b"Leerling;Vak;Periode;Rapportcijfer\nA;wi;1;4,4\nA;wi;2;6,1\n"
    report = read_grades_report(data)
    assert report.grades.loc["A", "wi"] == pytest.approx(6.1)
    assert next(c for c in report.choices if c.key == report.default_choice).basis == "report"


# --- summary rows -----------------------------------------------------------------

@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"Naam;wi\nA;6\nB;4\nGemiddelde;5\n", id="csv-gemiddelde"),
        pytest.param(xlsx([["Naam", "wi"], ["A", 6], ["B", 4], [], ["Totaal", 10]]), id="xlsx-totaal"),
        pytest.param(xlsx([["Stamnr", "Naam", "wi"], [1, "A", 6], [2, "B", 4], ["Gem.", None, 5]]), id="xlsx-label-in-first-column"),
    ],
)
def test_summary_rows_are_not_students(data):
    report = read_grades_report(data)
    assert list(report.grades.index) == ["A", "B"]
    assert len(report.notes.skipped_rows) == 1


# --- all problems at once -------------------------------------------------------

def test_every_problem_is_listed_with_row_and_column():
    data = b"Naam;wi;ne\nA;zes;6\nB;7;11\nC;8;veel\n"
    with pytest.raises(GradeFileError) as info:
        read_grades_report(data)
    problems = info.value.problems
    assert [(p.row, p.letter) for p in problems] == [(2, "B"), (3, "C"), (4, "C")]
    for phrase in ("Rij 2", "“zes”", "Rij 3", "11", "Rij 4", "“veel”"):
        assert phrase in info.value.message_nl


def test_problems_are_capped_and_the_total_is_said():
    data = b"Naam;wi\n" + b"".join(f"L{i};abc\n".encode() for i in range(30)) + b"Z;6\n"
    with pytest.raises(GradeFileError) as info:
        read_grades_report(data)
    assert len(info.value.problems) == 20
    assert info.value.total == 30
    assert "30" in info.value.message_nl


@pytest.mark.parametrize(
    ("data", "header", "reason"),
    [
        pytest.param(b"Naam;Wiskunde;wiskunde\nAnna;6;7\n", "wiskunde", "duplicate", id="same-header-twice"),
        pytest.param(b"Naam;Wiskunde;\nAnna;6;7\n", "", "no_header", id="grades-without-a-header"),
        pytest.param(b"Naam;Wiskunde;Gemiddelde\nAnna;6;6\n", "Gemiddelde", "summary", id="average-column"),
        pytest.param(b"Naam;Wiskunde;Punten\nAnna;6;87\n", "Punten", "not_grades", id="numbers-outside-1-10"),
    ],
)
def test_a_column_never_refuses_the_file_it_is_set_aside_with_a_reason(data, header, reason):
    report = read_grades_report(data)
    assert list(report.grades.columns) == ["Wiskunde"]
    assert [(x.header, x.reason) for x in report.notes.set_aside] == [(header, reason)]


def test_a_too_long_cell_is_listed_with_the_other_problems():
    data = b"Naam;wi;ne\n" + b"A" * 300 + b";6;7\nBram;zes;6\n"
    with pytest.raises(GradeFileError) as info:
        read_grades_report(data)
    assert [(p.code, p.row) for p in info.value.problems] == [("too_long", 2), ("not_a_grade", 3)]


@pytest.mark.parametrize("header, values", [("Verzuim", ("4", "2", "1")), ("Te laat", ("2", "0", "7")),
                                             ("Afwezig (uren)", ("0", "12", "3")), ("Bijles", ("ja", "nee", "ja"))])
def test_counts_and_other_columns_are_set_aside_not_read_as_subjects(header, values):
    """Newcomer round (issue 14): 'Verzuim' became a subject at 0 %, 'Te laat' with a 0 refused the whole file."""
    from hgw_widgets.domain.grades import read_grades_report

    rows = [f"Lln.nr.;Naam;Leerjaar;{header};ne;wi"] + [
        f"{100 + i};Leerling {i};2;{v};6,5;{g}" for i, (v, g) in enumerate(zip(values, ("5,0", "7,0", "6,2")))]
    report = read_grades_report("\n".join(rows).encode("utf-8"))
    assert list(report.grades.columns) == ["ne", "wi"]
    assert header in " ".join(str(c) for c in report.ignored_columns)
