"""Cases for the conversations with parents (issue 4): Kevin, Olga, Mila."""

from __future__ import annotations

from pathlib import Path

import pytest

from hgw_widgets import CaseFileError, check_smarti, load_case
from hgw_widgets.domain.areas import AREAS

BROKEN = Path(__file__).parent / "fixtures" / "broken"


@pytest.mark.parametrize("case_id", ["kevin", "olga", "mila"])
def test_conversation_case_validates_with_conversation_parts(case_id):
    case = load_case(case_id)
    assert case.id == case_id
    assert case.conversations, "a conversation case has at least one conversation"
    for conv in case.conversations:
        assert conv.chair and conv.participants and conv.reason
        assert conv.agreements, f"{conv.title}: agreements (who, what, when)"
        assert all(s.area in AREAS for s in conv.strengths)
    assert case.fragments and all(4 <= f.guideline <= 7 for f in case.fragments)
    for item in case.welles_nietes:
        kinds = {r.kind for r in item.replies}
        assert kinds == {"argues", "explores"}, "each welles-nietes item offers both kinds of reply"


def test_kevin_has_two_conversations_and_a_schema_per_lesson():
    kevin = load_case("kevin")
    assert kevin.student.year == 2
    assert len(kevin.conversations) == 2
    first, second = kevin.conversations
    assert first.student_present and first.chair == "zorgcoördinator"
    assert "video" in " ".join(a.what for a in first.agreements)
    assert len(second.agreements) >= 3
    tr = kevin.tracking
    assert (tr.per, tr.parent_initials_daily, tr.evaluation_weeks) == ("lesson", True, 4)
    assert tr.weekly_review == "elke vrijdag met de mentor"
    assert tr.evaluation_with == "de zorgcoördinator"
    texts = " ".join(g.text for g in tr.goals)
    for fragment in ("zelfstandig", "agenda", "bureau"):
        assert fragment in texts


@pytest.mark.parametrize("case_id", ["kevin"])
def test_tracking_goals_are_positive_and_observable(case_id):
    for goal in load_case(case_id).tracking.goals:
        report = check_smarti(goal.text)
        by = {r.criterion: r.status.value for r in report.results}
        assert by["specific"] == "met" and by["measurable"] == "met", goal.text
        assert report.positive_result.status.value == "met", goal.text


def test_mila_has_a_blunt_question_to_rewrite():
    mila = load_case("mila")
    assert mila.blunt_question is not None
    assert mila.blunt_question.question.endswith("?")


@pytest.mark.parametrize(
    ("case_id", "expected"),
    [
        ("bad-reply-kind", ["bad-reply-kind.yaml", "'welles_nietes.0.replies.1.kind'", "'discussie'",
                            "'conversations.0.strengths.0.area'", "'muziek'"]),
    ],
)
def test_broken_conversation_fixture_names_file_and_field(case_id, expected):
    with pytest.raises(CaseFileError) as info:
        load_case(case_id, casebook_dir=BROKEN)
    for fragment in expected:
        assert fragment in str(info.value)
