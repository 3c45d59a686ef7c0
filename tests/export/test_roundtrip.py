"""Goal cards and tracking sheets survive save and open unchanged, and print every goal."""

from __future__ import annotations

import io
import json
from datetime import date
from html.parser import HTMLParser

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hgw_widgets.domain.case import load_case
from hgw_widgets.domain.goal_card import GoalCard, card_from_case
from hgw_widgets.domain.goals import Goal
from hgw_widgets.domain.tracking import MARKS, DayNote, Entry, TrackingSheet, WeekNote
from hgw_widgets.errors import SaveFileError
from hgw_widgets.export.cards import card_document, card_from_dict, card_to_dict
from hgw_widgets.export.jsonio import dump_work, load_work
from hgw_widgets.export.render import to_docx, to_html, to_markdown
from hgw_widgets.export.sheets import sheet_document, sheet_from_dict, sheet_to_dict

# accents, emoji, quotes, markup, control characters, long text: all must come back
SPECIAL = st.sampled_from(["Zoë", "François", "😀🎉", "‘quote’ “dubbel”", "<b>&amp;</b>", "\n\t", "x" * 1500, ""])
TEXT = st.one_of(st.text(max_size=200), SPECIAL)
DATES = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))

GOALS = st.builds(
    Goal,
    text=TEXT,
    owner=st.sampled_from(["student", "teacher"]),
    acceptable=st.booleans(),
    realistic=st.booleans(),
    inspiring=st.booleans(),
    notes=TEXT,
)
CARDS = st.builds(
    GoalCard,
    student=st.text(max_size=200),
    class_name=st.text(max_size=20),
    author=st.text(max_size=60),
    goals=st.lists(GOALS, max_size=12).map(tuple),
    start=DATES,
    evaluation=DATES,
    agreed_by=st.lists(st.text(max_size=60), max_size=10).map(tuple),
    notes=TEXT,
)


@st.composite
def sheets(draw) -> TrackingSheet:
    goals = tuple(draw(st.lists(TEXT, max_size=6)))
    weeks = draw(st.integers(1, 12))
    days = tuple(draw(st.lists(st.text(max_size=8), min_size=1, max_size=7)))
    lessons = draw(st.integers(1, 8))
    places = st.tuples(st.integers(0, weeks - 1), st.integers(0, len(days) - 1), st.integers(0, lessons - 1))
    marks = {}
    if goals:
        for week, day, lesson in draw(st.lists(places, max_size=30)):
            goal = draw(st.integers(0, len(goals) - 1))
            marks[(week, day, lesson, goal)] = draw(st.sampled_from(MARKS))
    initials = {(w, d): draw(st.text(min_size=1, max_size=20)) for w, d, _ in draw(st.lists(places, max_size=8))}
    reviews = {w: draw(TEXT) for w in draw(st.lists(st.integers(0, weeks - 1), max_size=4))}
    return TrackingSheet(
        student=draw(st.text(max_size=60)),
        goals=goals,
        start=draw(DATES),
        weeks=weeks,
        days=days,
        lessons_per_day=lessons,
        per=draw(st.sampled_from(["lesson", "day"])),
        parent_initials=draw(st.booleans()),
        weekly_review=draw(st.text(max_size=100)),
        evaluation_with=draw(st.text(max_size=100)),
        marks=tuple(Entry(*k, m) for k, m in marks.items()),
        initials=tuple(DayNote(w, d, text) for (w, d), text in initials.items()),
        reviews=tuple(WeekNote(w, text) for w, text in reviews.items()),
    )


@settings(max_examples=150, deadline=None)
@given(CARDS)
def test_goal_card_round_trip(card):
    data = dump_work("goal_card", card_to_dict(card))
    assert card_from_dict(load_work(data, kind="goal_card")) == card


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
def test_tracking_sheet_round_trip(sheet):
    data = dump_work("tracking_sheet", sheet_to_dict(sheet))
    assert sheet_from_dict(load_work(data, kind="tracking_sheet")) == sheet


def test_empty_lists_round_trip():
    for obj, to, back in ((GoalCard(), card_to_dict, card_from_dict), (TrackingSheet(), sheet_to_dict, sheet_from_dict)):
        assert back(json.loads(json.dumps(to(obj)))) == obj


@pytest.mark.parametrize(
    ("change", "what"),
    [
        ({"goals": "niet een lijst"}, "goals"),
        ({"goals": [{"text": 5}]}, "goal text"),
        ({"goals": [{"text": "a", "owner": "ouder"}]}, "owner"),
        ({"goals": [{"text": "a", "acceptable": "ja"}]}, "bool"),
        ({"start": "30-11-2026"}, "date"),
        ({"start": "2026-02-30"}, "impossible date"),
        ({"agreed_by": [1]}, "agreed_by"),
        ({"student": "x" * 201}, "long name"),
        ({"goals": [{"text": "a"}] * 49}, "too many goals"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_malformed_card_data_is_refused(change, what):
    data = {**card_to_dict(GoalCard(student="Jordi")), **change}
    with pytest.raises(SaveFileError) as info:
        card_from_dict(data)
    assert "beschadigd" in info.value.message_nl


@pytest.mark.parametrize(
    "change",
    [
        {"weeks": 0},
        {"weeks": True},
        {"per": "hour"},
        {"days": []},
        {"lessons_per_day": 9},
        {"marks": [[0, 0, 0, 0, "maybe"]]},
        {"marks": [[0, 0, 0, 5, "done"]]},  # goal outside the sheet
        {"marks": [[9, 0, 0, 0, "done"]]},  # week outside the sheet
        {"marks": [[0, 0, 0, 0, "done"], [0, 0, 0, 0, "na"]]},
        {"marks": [[0, 0, 0, "done"]]},
        {"initials": [[0, 0]]},
        {"reviews": [[0, "a"], [0, "b"]]},
        {"reviews": [["0", "a"]]},
    ],
)
def test_malformed_sheet_data_is_refused(change):
    data = {**sheet_to_dict(TrackingSheet(goals=("a",), weeks=2)), **change}
    with pytest.raises(SaveFileError):
        sheet_from_dict(data)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def _html_text(data: bytes) -> str:
    parser = _Text()
    parser.feed(data.decode("utf-8"))
    return "".join(parser.parts)


def _docx_text(data: bytes) -> str:
    word = docx.Document(io.BytesIO(data))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in word.paragraphs] + cells)


def test_jordi_card_exports_contain_every_goal():
    card = card_from_case(load_case("jordi"), start=date(2026, 11, 30))
    doc = card_document(card)
    html_text, docx_text, md = _html_text(to_html(doc)), _docx_text(to_docx(doc)), to_markdown(doc).decode()
    for goal in card.goals:
        assert goal.text in html_text
        assert goal.text in docx_text
        assert goal.text.split()[1] in md
    for text in ("Doelenkaart van Jordi", "30-11-2026", "21-12-2026"):
        assert text in html_text and text in docx_text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=80).filter(str.strip), min_size=1, max_size=5))
def test_any_goal_text_is_printed_literally(texts):
    card = GoalCard(student="Zoë", goals=tuple(Goal(t) for t in texts))
    html_text = _html_text(to_html(card_document(card)))
    docx_text = _docx_text(to_docx(card_document(card)))
    from hgw_widgets.export.render import clean_text

    for text in texts:
        cleaned = clean_text(text)
        for line in cleaned.replace("\r", "\n").split("\n"):
            assert line in html_text.replace("\r", "\n")
        assert cleaned.replace("\r", "\n").split("\n")[0].replace("\t", "") in docx_text.replace("\t", "")


def test_tracking_sheet_export_has_an_empty_grid_and_the_evaluation():
    sheet = TrackingSheet(student="Kevin", goals=("Ik loop rustig.", "Ik houd mijn handen bij me."),
                          start=date(2026, 11, 30), weeks=4, parent_initials=True,
                          weekly_review="elke vrijdag met de mentor")
    sheet = sheet.with_mark(0, 0, 0, 0, "done").with_mark(0, 1, 0, 0, "not_yet").with_initial(0, 0, "M.J.")
    doc = sheet_document(sheet)
    word = docx.Document(io.BytesIO(to_docx(doc)))
    filled, empty = word.tables[0], word.tables[1]
    assert [c.text for c in filled.rows[1].cells][:3] == ["1. Ik loop rustig.", "✔", "✘"]
    assert filled.rows[3].cells[0].text == "Paraaf ouder" and filled.rows[3].cells[1].text == "M.J."
    assert [c.text for c in empty.rows[0].cells] == ["Doel", "ma", "di", "wo", "do", "vr"]
    assert all(c.text == "" for row in empty.rows[1:] for c in row.cells[1:])
    text = _html_text(to_html(doc))
    assert "Evaluatie" in text and "lukte in 1 van de 2 keer (50 %)" in text
    assert "Schema om met de hand in te vullen" in text
