"""From a grade file to an overview: the size rule and the example class, without any view."""

from __future__ import annotations

import pandas as pd

from hgw_widgets.domain.class_import import EXAMPLE_CLASS, example_bytes, example_overview, overview_from_report
from hgw_widgets.domain.class_overview import MAX_STUDENTS, MAX_SUBJECTS
from hgw_widgets.domain.grades import read_grades_report


def test_the_example_class_is_read_from_the_package():
    assert example_bytes().startswith(b"\xef\xbb\xbfLeerlingnummer;Naam;Klas;")
    overview = example_overview()
    assert overview.class_name == EXAMPLE_CLASS == "2B" and len(overview.students) > 10


def test_an_ordinary_file_becomes_an_overview():
    overview, issue = overview_from_report(read_grades_report(example_bytes()), class_name="3C")
    assert issue is None and overview.class_name == "3C"


def _csv(students: int, subjects: int) -> bytes:
    header = "Naam;" + ";".join(f"Vak{j}" for j in range(subjects))
    rows = [f"Leerling {i};" + ";".join("7" for _ in range(subjects)) for i in range(students)]
    return ("\n".join([header, *rows]) + "\n").encode()


def test_too_many_students_or_subjects_is_refused_by_the_domain():
    report = read_grades_report(_csv(MAX_STUDENTS + 1, 2))
    overview, issue = overview_from_report(report)
    assert overview is None and (issue.code, issue.field, issue.detail) == ("too_large", "file", f"{MAX_STUDENTS + 1}x2")
    report = read_grades_report(_csv(3, MAX_SUBJECTS + 1))
    assert overview_from_report(report)[1].code == "too_large"
    assert isinstance(report.grades, pd.DataFrame)
