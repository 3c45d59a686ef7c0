from __future__ import annotations

import pytest

from hgw_widgets import CaseStory


def test_story_shows_scenes_escaped():
    story = CaseStory.from_case("jordi")
    html = story.children[1].value
    assert "Maandagochtend, 8.25 uur" in html
    assert "leerjaar 1, praktijkonderwijs" in html


def test_solution_is_hidden_until_toggled():
    solution = CaseStory.from_case("jordi", part="solution")
    assert not solution.solution_visible
    solution._toggle.value = True
    assert solution.solution_visible
    assert solution._solution.value.count("<li>") == 6
    assert solution._toggle.description == "Verberg de doelenkaart"
    solution._toggle.value = False
    assert not solution.solution_visible


def test_unknown_part_is_refused():
    with pytest.raises(ValueError):
        CaseStory.from_case("jordi", part="alles")
