"""From a grade file to a class overview: the size rule and the fictional example class.

The reading itself (columns, periods, problems with row and column) is ``grades.read_grades_report``;
this module holds the one rule on top of it (an overview is for a class or a year group:
``MAX_STUDENTS`` students and ``MAX_SUBJECTS`` subjects at most) and the example class shipped
with the package (``hgw_widgets/examples/voorbeeldklas.csv``, found with ``paths.package_file``).
"""

from __future__ import annotations

from ..paths import package_file

from .class_overview import MAX_STUDENTS, MAX_SUBJECTS, ClassOverview
from .grades import GradeImport, read_grades_report
from .issues import Issue

EXAMPLE_FILE = "voorbeeldklas.csv"
EXAMPLE_CLASS = "2B"
"""The name of the fictional example class."""


def example_bytes() -> bytes:
    """The fictional example class as shipped with the package (a CSV export, UTF-8 with BOM)."""
    return package_file("examples", EXAMPLE_FILE).read_bytes()


def example_overview(**kwargs) -> ClassOverview:
    """The overview of the fictional example class (``class_name`` "2B" unless given)."""
    kwargs.setdefault("class_name", EXAMPLE_CLASS)
    return ClassOverview.from_import(read_grades_report(example_bytes()), **kwargs)


def overview_from_report(report: GradeImport, **kwargs) -> tuple[ClassOverview | None, Issue | None]:
    """The overview of a read grade file, or None with the reason it is refused.

    Args:
        report: what ``read_grades_report`` read.
        **kwargs: passed to ``ClassOverview`` (``class_name``, ``pass_mark``).

    Returns:
        ``(overview, None)``, or ``(None, Issue("too_large", "file", "<students>x<subjects>"))`` when the
        file holds more than ``MAX_STUDENTS`` students or ``MAX_SUBJECTS`` subjects.
    """
    students, subjects = report.grades.shape
    if students > MAX_STUDENTS or subjects > MAX_SUBJECTS:
        return None, Issue("too_large", "file", f"{students}x{subjects}")
    return ClassOverview.from_import(report, **kwargs), None
