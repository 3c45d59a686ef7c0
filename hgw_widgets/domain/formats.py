"""Dutch labels and formats: what every page and every file says about dates, grades, percentages
and subgroups.

One module for views and exports alike, so that what a page shows and what a file (Word, HTML,
Excel, Markdown) says can never disagree. It sits in the domain layer, below both, because a few
domain sentences need it too (the invitation's date, the tracking sheet's percentage); it loads
neither pandas nor widgets. The rounding rule behind a shown grade or percentage is
``numbers.shown_grade``/``shown_percent``: what is shown is what is compared, which is why
``grade_text``, ``number_text`` and ``percent_text`` are defined in ``numbers`` next to that rule
and offered here; views and exports import them from this module.

- dates: ``date_text`` ("30-11-2026", or a line to fill in), ``moment_text`` ("30-11-2026 14:05")
- numbers: ``grade_text`` ("5,5"), ``number_text`` ("72,5", "80"), ``percent_text`` ("79,6 %")
- grades: ``word_text`` ("O" -> "onvoldoende"), ``value_text`` (a number or a word), ``met_text``
- groups and counts: ``subgroup_label``, ``area_label`` (from ``areas``), ``count_text``
- goals: ``owner_label`` (whose goal on a goal card)
- a grade file's choice: ``choice_text``, ``choice_note``
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from ..messages import t
from .areas import area_label  # noqa: F401 (one place for every label)
from .numbers import grade_text, number_text, percent_text  # noqa: F401 (defined with the rounding rule)

if TYPE_CHECKING:
    from .grades import GradeChoice

DATE_FORMAT = "%d-%m-%Y"
"""How Dutch readers write a date: 30-11-2026 (day and month with two digits)."""
BLANK = "…………"
"""What a printed form shows where something is still to be filled in by hand."""

_SUBGROUP_KEYS = {"basis": "plan.subgroup.basis", "intensief": "plan.subgroup.intensief",
                  "verdiept": "plan.subgroup.verdiept"}
_WORD_KEYS = {"ZS": "grades.word.zs", "S": "grades.word.s", "ZO": "grades.word.zo", "O": "grades.word.o",
              "M": "grades.word.m", "V": "grades.word.v", "RV": "grades.word.rv", "G": "grades.word.g",
              "ZG": "grades.word.zg", "U": "grades.word.u"}
_OWNER_KEYS = {"student": "card.builder.owner_student", "teacher": "card.builder.owner_teacher"}
_BASIS_KEYS = {"report": "overview.choice.basis.report", "average": "overview.choice.basis.average",
               "tests": "overview.choice.basis.tests"}


def date_text(value: date | None, *, missing: str = BLANK) -> str:
    """A date as Dutch readers write it ("30-11-2026"), or ``missing`` (a line to fill in) for None."""
    return missing if value is None else value.strftime(DATE_FORMAT)


def moment_text(value: datetime) -> str:
    """A date and clock time as Dutch readers write them ("30-11-2026 14:05", 24-hour clock)."""
    return f"{value.strftime(DATE_FORMAT)} {value:%H:%M}"


def subgroup_label(subgroup: str) -> str:
    """The Dutch name of a subgroup."""
    return t(_SUBGROUP_KEYS[subgroup])


def owner_label(owner: str) -> str:
    """Whose goal on a goal card, in Dutch: "student" -> "Doel van de leerling"; KeyError for another owner."""
    return t(_OWNER_KEYS[owner])


def met_text(met) -> str:
    """"gehaald", "niet gehaald" or "geen doel"."""
    if met is None or type(met).__name__ == "NAType":  # pandas' NA, without importing pandas
        return t("overview.summary.no_target")
    return t("overview.summary.met") if bool(met) else t("overview.summary.not_met")


def word_text(code: str) -> str:
    """A word grade as a word: "O" -> "onvoldoende"."""
    return t(_WORD_KEYS[code]) if code in _WORD_KEYS else str(code)


def value_text(value) -> str:
    """A grade as shown: a number "5,4" or a word "onvoldoende"."""
    return word_text(value) if isinstance(value, str) else grade_text(value)


_COUNT_KEYS = {
    "students": ("overview.count.student_one", "overview.count.students"),
    "subjects": ("overview.count.subject_one", "overview.count.subjects"),
    "participants": ("count.participant_one", "count.participants"),
    "seconds": ("count.second_one", "count.seconds"),
    "pages": ("count.page_one", "count.pages"),
}


def count_text(count: int, what: str) -> str:
    """A number with its noun, singular for 1: "1 leerling", "26 leerlingen", "1 deelnemer", "1 seconde".

    ``what``: "students", "subjects", "participants", "seconds" or "pages"; KeyError for another.
    Dutch uses the plural for 0 ("0 leerlingen").
    """
    one, many = _COUNT_KEYS[what]
    return t(one) if count == 1 else t(many, count=count)


def choice_text(choice: GradeChoice) -> str:
    """A choice as a reader sees it: "Periode 2 · rapportcijfer", "Periode 1", "Alle cijfers"."""
    from .grades.table import period_number  # only where a grade file was read (numpy is loaded then)

    if choice.period:
        number = period_number(choice.period)
        period = t("overview.choice.period", period=number) if number is not None else choice.period
    else:
        period = t("overview.choice.whole_file")
    if choice.basis == "file":
        return period
    return t("overview.choice.item", period=period, basis=t(_BASIS_KEYS[choice.basis]))


def choice_note(choice: GradeChoice) -> str:
    """What the choice shown means, when it is the school's own figure ("" otherwise)."""
    if choice.basis not in ("report", "average"):
        return ""
    key = "overview.choice.report_used" if choice.basis == "report" else "overview.choice.average_used"
    text = t(key)
    if choice.computed:
        text += " " + t("overview.choice.computed", count=choice.computed)
    return text


def list_text(items) -> str:
    """Dutch enumeration: "a", "a en b", "a, b en c" ("" for none)."""
    items = [str(i) for i in items]
    if len(items) < 2:
        return "".join(items)
    return t("common.list_and", first=", ".join(items[:-1]), last=items[-1])
