"""Case fixtures shared by domain, export and view tests (one copy, issue 15)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hgw_widgets.domain.case import load_case
from hgw_widgets.domain.conversation import ConversationPlan, plan_from_case

KEVIN_TRACKING = """\
id: kevin
title: "Kevin"
student: {name: Kevin, school_type: vmbo-bb, year: 2}
summary: "s"
story: [{heading: "h", text: "t"}]
tracking:
  goals: [{text: "Ik loop rustig door de gang."}, {text: "Ik houd mijn handen bij me."}]
  per: lesson
  parent_initials_daily: true
  weekly_review: "elke vrijdag met de mentor"
  evaluation_weeks: 4
  evaluation_with: "moeder en zorgcoördinator"
source: "test"
"""
"""A small Kevin with only a tracking agreement: two goals, per lesson, parents initial daily, four weeks."""


@pytest.fixture
def kevin_casebook(tmp_path: Path) -> Path:
    """A casebook folder holding only ``KEVIN_TRACKING`` as ``kevin.yaml``."""
    (tmp_path / "kevin.yaml").write_text(KEVIN_TRACKING, encoding="utf-8")
    return tmp_path


@pytest.fixture
def kevin_plan() -> ConversationPlan:
    """Kevin's first conversation from the real casebook, held on 3 December 2026."""
    return plan_from_case(load_case("kevin"), meeting_date=date(2026, 12, 3))
