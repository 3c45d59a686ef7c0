"""School and home side by side (guideline 4): the examples and the rule for adding one (domain.school_home)."""

from __future__ import annotations

import pytest

from hgw_widgets.domain.issues import Issue
from hgw_widgets.domain.phrasing import MAX_EXAMPLE
from hgw_widgets.domain.school_home import MAX_EXAMPLES, SchoolAndHomeExamples, add_example, clean_examples

CONCRETE = "Dinsdag na Engels liep hij de klas uit."


def test_examples_are_cleaned_when_made():
    examples = SchoolAndHomeExamples(("  In de  pauze\nalleen. ", "", 5, "x" * 2000), ["Thuis om acht uur"])
    assert examples.school == ("In de pauze alleen.", "x" * MAX_EXAMPLE)
    assert examples.home == ("Thuis om acht uur",)


@pytest.mark.parametrize("items, expected", [
    (None, ()), ("tekst", ()), ({"a": 1}, ()), ([" a ", None, "b"], ("a", "b")),
    (["x"] * (MAX_EXAMPLES + 5), ("x",) * MAX_EXAMPLES),
])
def test_clean_examples(items, expected):
    assert clean_examples(items) == expected


@pytest.mark.parametrize("side, school, home", [
    ("school", (CONCRETE,), ()), ("home", (), (CONCRETE,)), ("<script>", (CONCRETE,), ())])
def test_add_example_adds_to_the_side(side, school, home):
    examples, issue = add_example(SchoolAndHomeExamples(), side, f"  {CONCRETE} ")
    assert issue is None
    assert (examples.school, examples.home) == (school, home)


@pytest.mark.parametrize("text, code", [
    ("", "no_example"), (None, "no_example"), ("Hij let altijd slecht op.", "not_concrete"),
    ("x" * (MAX_EXAMPLE + 1), "too_long"), ("Gisteren was hij een etterbak.", "labels")])
def test_add_example_refuses_what_is_not_a_concrete_example(text, code):
    start = SchoolAndHomeExamples(("In de pauze stond hij alleen.",))
    examples, issue = add_example(start, "school", text)
    assert examples == start
    assert issue.code == code


def test_add_example_refuses_a_full_side():
    full = SchoolAndHomeExamples(tuple(f"Vorige week {i}" for i in range(MAX_EXAMPLES)))
    assert add_example(full, "school", CONCRETE) == (full, Issue("full", "school", str(MAX_EXAMPLES)))
    examples, issue = add_example(full, "home", CONCRETE)
    assert issue is None and examples.home == (CONCRETE,)


@pytest.mark.parametrize("state, expected", [
    ({"school": ["In de pauze", 3], "home": []}, SchoolAndHomeExamples(("In de pauze",))),
    ({"school": ["a"]}, None), ("kapot", None), ({"school": "a", "home": []}, None)])
def test_examples_read_back_from_the_browser(state, expected):
    assert SchoolAndHomeExamples.from_state(state) == expected


def test_examples_round_trip_through_the_browser_state():
    examples = SchoolAndHomeExamples((CONCRETE,), ("Thuis om acht uur",))
    assert SchoolAndHomeExamples.from_state(examples.to_state()) == examples
