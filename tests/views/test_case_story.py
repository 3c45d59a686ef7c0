from __future__ import annotations

import pytest

from hgw_widgets import CaseStory
from tests.screen import fill, find, find_all


def test_story_shows_scenes_escaped():
    story = CaseStory.from_case("jordi")
    html = find(story, css_class="hgw-story").value
    assert "Maandagochtend, 8.25 uur" in html
    assert "leerjaar 1, praktijkonderwijs" in html


def test_solution_is_hidden_until_toggled():
    solution = CaseStory.from_case("jordi", part="solution")
    assert not solution.solution_visible
    assert not find_all(solution, css_class="hgw-story")  # the solution part does not repeat the story
    fill(solution, "checkbox", "Toon de doelenkaart", True)
    assert solution.solution_visible
    assert find(solution, css_class="hgw-solution").value.count("<li>") == 6
    fill(solution, "checkbox", "Verberg de doelenkaart", False)
    assert not solution.solution_visible
    assert find(solution, css_class="hgw-solution").value == ""


def test_unknown_part_is_refused():
    with pytest.raises(ValueError):
        CaseStory.from_case("jordi", part="alles")
