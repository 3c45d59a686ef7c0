"""Issue 12 §5: what chapter 05 shows is what it compares (grades, percentages, the pass mark)."""

from __future__ import annotations

import pandas as pd
import pytest

from hgw_widgets.domain.class_overview import below_pass_mark, class_summary
from hgw_widgets.domain.formats import grade_text, percent_text


@pytest.mark.parametrize(("value", "text"), [(5.45, "5,5"), (5.49, "5,5"), (5.44, "5,4"), (5.25, "5,3"), (6, "6,0"),
                                             (5.4999999999999991, "5,5"), (10, "10,0"), (1, "1,0")])
def test_grade_text_rounds_half_up_to_one_decimal(value, text):
    assert grade_text(value) == text


@pytest.mark.parametrize("value", [5.45, 5.49, 5.5])
def test_a_grade_shown_as_5_5_is_never_below_the_pass_mark(value):
    grades = pd.DataFrame({"wi": [value, 4.0]}, index=["Anna", "Bram"])
    low = below_pass_mark(grades, pass_mark=5.5)["wi"]
    assert grade_text(value) == "5,5"
    assert [name for name, _ in low] == ["Bram"]
    assert class_summary(grades).loc["wi", "sufficient"] == 1


def test_a_grade_shown_as_5_4_is_below():
    grades = pd.DataFrame({"wi": [5.44]}, index=["Anna"])
    assert [name for name, _ in below_pass_mark(grades)["wi"]] == ["Anna"]


def _cases():
    for students in range(1, 61):
        for sufficient in range(students + 1):
            yield students, sufficient


@pytest.mark.parametrize("target", [50, 60, 66.7, 70, 75, 79.6, 80, 85, 90, 95, 100])
def test_shown_percentage_and_goal_verdict_never_disagree(target):
    """For every class of 1-60 students: "gehaald" exactly when the shown percentage reaches the shown goal."""
    for students, sufficient in _cases():
        grades = pd.DataFrame({"wi": [6.0] * sufficient + [4.0] * (students - sufficient)},
                              index=[f"L{i}" for i in range(students)])
        row = class_summary(grades, targets={"wi": target}).loc["wi"]
        shown = float(percent_text(row["percent_sufficient"]).replace(" %", "").replace("%", "").replace(",", "."))
        shown_target = float(percent_text(target).replace(" %", "").replace("%", "").replace(",", "."))
        assert bool(row["target_met"]) == (shown >= shown_target), (students, sufficient, percent_text(row["percent_sufficient"]))


def test_39_of_49_next_to_80():
    grades = pd.DataFrame({"wi": [6.0] * 39 + [4.0] * 10}, index=[f"L{i}" for i in range(49)])
    row = class_summary(grades, targets={"wi": 80}).loc["wi"]
    assert percent_text(row["percent_sufficient"]) == "79,6 %"
    assert not bool(row["target_met"])


@pytest.mark.parametrize(("value", "text"), [(200 / 3, "66,7 %"), (50, "50 %"), (100, "100 %"), (79.95, "80 %"),
                                             (0, "0 %"), (12.25, "12,3 %")])
def test_percent_text(value, text):
    assert percent_text(value) == text


@pytest.mark.parametrize(("text", "value"), [("6,0", 6.0), ("6.0", 6.0), (" 5,5 ", 5.5), ("6", 6.0), ("10", 10.0),
                                             ("1", 1.0), ("7,5", 7.5)])
def test_pass_mark_accepts_comma_and_point(text, value):
    from hgw_widgets.domain.numbers import parse_pass_mark

    assert parse_pass_mark(text) == (value, None)


@pytest.mark.parametrize(("text", "code"), [("60", "out_of_range"), ("0", "out_of_range"), ("10,5", "out_of_range"),
                                            ("", "empty"), ("zes", "not_a_number"), ("5,55", "too_precise"),
                                            ("nan", "not_a_number"), ("6,0,0", "not_a_number"), ("1e1", "not_a_number")])
def test_pass_mark_out_of_range_is_an_issue_not_a_change(text, code):
    from hgw_widgets.domain.numbers import parse_pass_mark

    value, issue = parse_pass_mark(text)
    assert value is None and issue.code == code and issue.field == "pass_mark"


@pytest.mark.parametrize(("text", "value"), [("", None), ("80", 80.0), (" 72,5 % ", 72.5), ("72.5", 72.5), ("0", 0.0),
                                             ("100", 100.0)])
def test_parse_percent(text, value):
    from hgw_widgets.domain.numbers import parse_percent

    assert parse_percent(text) == (value, None)


@pytest.mark.parametrize(("text", "code"), [("101", "out_of_range"), ("-1", "out_of_range"), ("veel", "not_a_number"),
                                            ("nan", "not_a_number"), ("1e3", "not_a_number")])
def test_parse_percent_refuses(text, code):
    from hgw_widgets.domain.numbers import parse_percent

    value, issue = parse_percent(text)
    assert value is None and issue.code == code


@pytest.mark.parametrize(("text", "value"), [("6", 6), ("6,0", 6), ("6.0", 6), (" 12 ", 12), (7, 7), ("1", 1),
                                             ("52", 52)])
def test_parse_whole_reads_comma_and_point(text, value):
    from hgw_widgets.domain.numbers import parse_whole

    assert parse_whole(text, field="weeks", minimum=1, maximum=52) == (value, None)


@pytest.mark.parametrize(("text", "code"), [("2,5", "not_whole"), ("6.5", "not_whole"), ("500", "out_of_range"),
                                            ("-5", "out_of_range"), ("0", "out_of_range"), ("", "empty"),
                                            ("twee", "not_a_number"), ("1e2", "not_a_number"), (True, "not_a_number"),
                                            ("9" * 40, "not_a_number"), (2.5, "not_whole")])
def test_parse_whole_refuses_and_never_clamps_or_drops_the_comma(text, code):
    """Issue 12 §5: "2,5" minutes became 25 and 6,5 weeks became 65 and then 52, without a word."""
    from hgw_widgets.domain.numbers import parse_whole

    value, issue = parse_whole(text, field="minutes", minimum=1, maximum=52)
    assert value is None and issue.code == code and issue.field == "minutes"
    if code != "empty":
        assert issue.detail == str(text).strip()[:20]  # what was typed, for the message
