"""The wording of a concern: findings as data, the team variant."""

from __future__ import annotations

import pytest

from hgw_widgets.domain.phrasing import MAX_CONCERN, MAX_EXAMPLE, example_issues, phrase, team_message, wording_issues


@pytest.mark.parametrize(
    ("concern", "example", "codes"),
    [
        ("Kevin vaak botst met klasgenoten", "dinsdag na Engels duwde hij twee jongens opzij op de trap", []),
        ("Olga haar huiswerk niet afmaakt", "vorige week miste ze drie opdrachten", []),
        ("Mila moe is", "vanochtend viel ze in de les bijna in slaap", []),
        ("hij veel afgeleid is", "Hij zei: “ik snap er niks van”", []),
        ("hij veel afgeleid is", "tijdens de toets keek hij 5 minuten uit het raam", []),
        ("hij veel afgeleid is", "hij let altijd slecht op", [("not_concrete", "example")]),
        ("hij veel afgeleid is", "hij doet nooit mee", [("not_concrete", "example")]),
        ("hij veel afgeleid is", "", [("no_example", "example")]),
        ("hij veel afgeleid is", "   ", [("no_example", "example")]),
        ("", "dinsdag in de les", [("empty", "concern")]),
        ("   ", "", [("empty", "concern"), ("no_example", "example")]),
        (None, None, [("empty", "concern"), ("no_example", "example")]),
        ("x" * (MAX_CONCERN + 1), "dinsdag in de les", [("too_long", "concern")]),
        ("zorg", "y" * (MAX_EXAMPLE + 1), [("too_long", "example")]),
    ],
)
def test_wording_issues(concern, example, codes):
    assert [(i.code, i.field) for i in wording_issues(concern, example)] == codes


@pytest.mark.parametrize(
    ("difficulty", "example", "expected"),
    [
        ("Kevin te helpen bij leswisselingen", "", "Wij vinden het als team moeilijk om Kevin te helpen bij leswisselingen."),
        ("wij vinden het moeilijk om rust te houden.", "", "Wij vinden het als team moeilijk om rust te houden."),
        ("We vinden het als team moeilijk om   hem  te bereiken!", "dinsdag lukte het niet",
         "Wij vinden het als team moeilijk om hem te bereiken. Een voorbeeld: dinsdag lukte het niet."),
        ("Hem stil te krijgen", "na de pauze.", "Wij vinden het als team moeilijk om hem stil te krijgen. Een voorbeeld: na de pauze."),
        ("De les te beginnen", "", "Wij vinden het als team moeilijk om de les te beginnen."),
    ],
)
def test_team_message(difficulty, example, expected):
    assert team_message(difficulty, example) == expected


@pytest.mark.parametrize("bad", ["", "   ", "Wij vinden het als team moeilijk om", None])
def test_team_message_needs_a_difficulty(bad):
    with pytest.raises(ValueError):
        team_message(bad)


def test_phrase_switches_between_we_message_and_team():
    assert phrase("Kevin vaak botst", "dinsdag op de trap").startswith("Wij maken ons zorgen omdat Kevin vaak botst.")
    assert phrase("Kevin rustig te houden", team=True).startswith("Wij vinden het als team moeilijk om Kevin")
    # user text is not made safe here (views escape), but it is cut to one tidy line
    assert "\n" not in phrase("a\nb", "c\n\nd")


# --- the seven areas ---------------------------------------------------------------

from hgw_widgets.domain.areas import AREAS  # noqa: E402
from hgw_widgets.domain.case import load_case  # noqa: E402
from hgw_widgets.domain.phrasing import MAX_PER_AREA, StrengthsSheet, sheet_issues  # noqa: E402


def test_sheet_from_case_and_missing_areas_in_book_order():
    sheet = StrengthsSheet.from_case(load_case("kevin"))
    assert sheet.student == "Kevin" and sheet.strengths
    missing = sheet.missing_areas()
    assert list(missing) == [a for a in AREAS if a in missing]
    assert all(not sheet.area_strengths(a) for a in missing)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("a\nb", ("a", "b")),
        ("  a  \n\n\na", ("a",)),
        (["a", " b ", 3, None], ("a", "b")),
        ("\n".join(str(i) for i in range(30)), tuple(str(i) for i in range(MAX_PER_AREA))),
        ("z" * 400, ("z" * 300,)),
        (None, ()),
        (42, ()),
    ],
)
def test_with_area_cleans_lines(lines, expected):
    assert StrengthsSheet().with_area("creative", lines, "").area_strengths("creative") == expected


def test_with_area_replaces_only_that_area_and_keeps_book_order():
    sheet = StrengthsSheet().with_area("interests", "brommers", "").with_area("learning", "rekenen", "spelling")
    sheet = sheet.with_area("interests", "voetbal", "")
    assert [s.area for s in sheet.strengths] == ["learning", "interests"]
    assert sheet.area_strengths("interests") == ("voetbal",) and sheet.area_concerns("learning") == ("spelling",)
    with pytest.raises(ValueError):
        sheet.with_area("music", "x", "")


@pytest.mark.parametrize(
    ("sheet", "codes"),
    [
        (StrengthsSheet(), ["no_strengths"] + ["missing_area"] * 7),
        (StrengthsSheet().with_area("learning", "a", "b\nc"), ["more_concerns"] + ["missing_area"] * 6),
        (StrengthsSheet().with_area("learning", "a", "b"), ["missing_area"] * 6),
    ],
)
def test_sheet_issues(sheet, codes):
    assert [i.code for i in sheet_issues(sheet)] == codes


def test_full_sheet_has_no_issues():
    sheet = StrengthsSheet()
    for area in AREAS:
        sheet = sheet.with_area(area, "iets goeds", "")
    assert sheet_issues(sheet) == ()


# --- issue 13: a label is not a concrete example -------------------------------------------------

@pytest.mark.parametrize(
    ("example", "code", "words"),
    [
        ("gisteren was hij een etterbak", "labels", "etterbak"),
        ("vanochtend in de les was hij weer een lastpak", "labels", "lastpak"),
        ("dinsdag was ze gewoon lui", "labels", "lui"),
        ("dinsdag na Engels duwde hij twee jongens opzij op de trap", None, ""),
        ("vanochtend riep hij drie keer door de klas", None, ""),
    ],
)
def test_a_label_is_not_a_concrete_example(example, code, words):
    issues = example_issues(example)
    assert [i.code for i in issues] == ([code] if code else [])
    if code:
        assert words in issues[0].detail
