"""The example files of docs/grade-exports.md: each layout read, with its expected class summary.

The files are in tests/domain/fixtures/grade_exports/ (every name invented). The
figures here are the ones in the documentation; change both together.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hgw_widgets.domain.class_results import class_summary
from hgw_widgets.domain.grades import read_grades_report
from hgw_widgets.domain.formats import percent_text

FOLDER = Path(__file__).parent / "fixtures" / "grade_exports"

EXAMPLES = [
    pytest.param(
        "magister-cijferoverzicht.csv", ":file",
        ["Amira Appelboom", "Bram van Berkenhout", "Chaima Citroenvlinder", "Daan de Distelvink",
         "Sam Jansen (240105)", "Sam Jansen (240106)"],
        [("Klas", "known"), ("Klassenmentor 1", "known"), ("Profiel", "known"), ("Geslacht", "known")],
        [8],
        {"ne": (6, 5, "83,3 %"), "en": (5, 4, "80 %"), "wi": (6, 3, "50 %"), "gs": (5, 4, "80 %"),
         "lo": (6, 4, "66,7 %"), "ckv": (5, 4, "80 %")},
        id="magister-cijferoverzicht",
    ),
    pytest.param(
        "somtoday-resultatenlijst.csv", "2:tests",
        ["Ilse Koolmees", "Joris Mus", "Kim Zwaluw"],
        [("Klas", "unused"), ("Omschrijving", "unused")],
        [],
        {"ne": (0, 0, "–"), "wi": (3, 1, "33,3 %"), "lo": (0, 0, "–")},
        id="somtoday-resultatenlijst-latest-period",
    ),
    pytest.param(
        "somtoday-resultatenlijst.csv", "1:report",
        ["Ilse Koolmees", "Joris Mus", "Kim Zwaluw"],
        [("Klas", "unused"), ("Omschrijving", "unused")],
        [],
        {"ne": (3, 3, "100 %"), "wi": (3, 2, "66,7 %"), "lo": (3, 2, "66,7 %")},
        id="somtoday-resultatenlijst-period-1-report-grade",
    ),
    pytest.param(
        "somtoday-resultatenlijst.csv", "1:tests",
        ["Ilse Koolmees", "Joris Mus", "Kim Zwaluw"],
        [("Klas", "unused"), ("Omschrijving", "unused")],
        [],
        {"ne": (3, 2, "66,7 %"), "wi": (3, 2, "66,7 %"), "lo": (3, 2, "66,7 %")},
        id="somtoday-resultatenlijst-period-1-tests",
    ),
    pytest.param(
        "periodes-per-rij.csv", "P2:file",
        ["Vries, Lotte de", "Bakker, Noah", "Yilmaz, Elif"], [], [],
        {"Nederlands": (3, 3, "100 %"), "Engels": (3, 2, "66,7 %"), "Wiskunde": (3, 2, "66,7 %")},
        id="periodes-per-rij-latest",
    ),
    pytest.param(
        "periodes-per-rij.csv", "P1:file",
        ["Vries, Lotte de", "Bakker, Noah", "Yilmaz, Elif"], [], [],
        {"Nederlands": (3, 2, "66,7 %"), "Engels": (3, 2, "66,7 %"), "Wiskunde": (3, 2, "66,7 %")},
        id="periodes-per-rij-period-1",
    ),
    pytest.param(
        "excel-klasoverzicht.xlsx", ":file",
        ["Mees Merel", "Roos Reiger", "Tijn Torenvalk", "Lieke Lijster"],
        [("Geb. datum", "known"), ("Gemiddelde", "summary")],
        [9, 10],
        {"Nederlands": (4, 3, "75 %"), "Engels": (4, 3, "75 %"), "Wiskunde": (4, 1, "25 %"),
         "Biologie": (3, 3, "100 %"), "LO": (4, 3, "75 %")},
        id="excel-klasoverzicht",
    ),
    pytest.param(
        "eigen-cijferlijst.csv", ":tests",
        ["Pieter Post", "Fleur Fazant"], [], [],
        {"wi": (2, 1, "50 %"), "en": (2, 2, "100 %")},
        id="eigen-cijferlijst",
    ),
]


@pytest.mark.parametrize(("name", "choice", "students", "aside", "skipped", "expected"), EXAMPLES)
def test_example_file_gives_its_class_summary(name, choice, students, aside, skipped, expected):
    report = read_grades_report(FOLDER / name)
    table = report.table(choice)
    assert list(table.grades.index) == students
    assert [(x.header, x.reason) for x in report.notes.set_aside] == aside
    assert [x.row for x in report.notes.skipped_rows] == skipped
    summary = class_summary(table.grades, words=table.words)
    got = {subject: (int(row.students), int(row.sufficient), percent_text(row.percent_sufficient))
           for subject, row in summary.iterrows()}
    assert got == expected


@pytest.mark.parametrize(("name", "default"), [("magister-cijferoverzicht.csv", ":file"),
                                               ("somtoday-resultatenlijst.csv", "2:tests"),
                                               ("periodes-per-rij.csv", "P2:file"),
                                               ("excel-klasoverzicht.xlsx", ":file"),
                                               ("eigen-cijferlijst.csv", ":tests")])
def test_default_choice_is_the_latest_period(name, default):
    assert read_grades_report(FOLDER / name).default_choice == default


def test_somtoday_example_counts_what_did_not_count():
    notes = read_grades_report(FOLDER / "somtoday-resultatenlijst.csv").notes
    assert (notes.not_counted, notes.word_grades, notes.number_column) == (2, 3, "Leerlingnummer")
    assert notes.name_columns == ("Roepnaam", "Achternaam") and notes.period_column == "Periode"
