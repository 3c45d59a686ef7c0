"""Second newcomer round: wij-boodschap and team message for the forms a newcomer typed."""

import pytest

from hgw_widgets.domain.concern_sentences import team_message, we_message
from hgw_widgets.domain.phrasing import wording_issues

WE = [
    ("in de pauze botst Sem vaak met klasgenoten", ("Wij maken ons zorgen: in de pauze botst Sem vaak met klasgenoten.",
                                                    "Wij maken ons zorgen omdat Sem in de pauze vaak met klasgenoten botst.")),
    ("Op maandag is Sem vaak moe", ("Wij maken ons zorgen: op maandag is Sem vaak moe.",)),
    ("lisa komt vaak te laat", ("Wij maken ons zorgen: Lisa komt vaak te laat.",)),
    ("zijn cijfers gaan achteruit", ("Wij maken ons zorgen: zijn cijfers gaan achteruit.",)),
    ("Sem en Lisa maken vaak ruzie met elkaar", ("Wij maken ons zorgen: Sem en Lisa maken vaak ruzie met elkaar.",)),
    ("het vele verzuim van Lisa", ("Wij maken ons zorgen over het vele verzuim van Lisa.",)),
    ("omdat hij vaak ruzie heeft in de pauze", ("Wij maken ons zorgen omdat hij vaak ruzie heeft in de pauze.",)),
    ("zijn cijfers die achteruit gaan", ("Wij maken ons zorgen over zijn cijfers die achteruit gaan.",)),
    # the same kinds in other words
    ("na de gymles loopt Daan vaak weg", ("Wij maken ons zorgen: na de gymles loopt Daan vaak weg.",)),
    ("tijdens toetsen raakt Noor in paniek", ("Wij maken ons zorgen: tijdens toetsen raakt Noor in paniek.",
                                             "Wij maken ons zorgen. Tijdens toetsen raakt Noor in paniek.")),
    ("doordat hij vaak moe is", ("Wij maken ons zorgen omdat hij vaak moe is.",)),
    ("de slechte cijfers van Tim", ("Wij maken ons zorgen over de slechte cijfers van Tim.",)),
]


@pytest.mark.parametrize(("concern", "allowed"), WE)
def test_we_message_is_dutch_for_the_newcomer_forms(concern, allowed):
    assert we_message(concern) in allowed


@pytest.mark.parametrize(("concern", "allowed"), [
    ("in de pauze botst Sem vaak met klasgenoten",
     ("Wij vinden het als team moeilijk om hiermee om te gaan: in de pauze botst Sem vaak met klasgenoten.",)),
    ("omdat hij vaak ruzie heeft in de pauze", ("Wij vinden het als team moeilijk dat hij vaak ruzie heeft in de pauze.",)),
    ("zijn cijfers gaan achteruit", ("Wij vinden het als team moeilijk om hiermee om te gaan: zijn cijfers gaan achteruit.",)),
    ("het vele verzuim van Lisa", ("Wij vinden het als team moeilijk om goed in te spelen op het vele verzuim van Lisa.",)),
    ("lisa komt vaak te laat", ("Wij vinden het als team moeilijk om hiermee om te gaan: Lisa komt vaak te laat.",)),
])
def test_team_message_is_dutch_for_the_newcomer_forms(concern, allowed):
    assert team_message(concern) in allowed


@pytest.mark.parametrize("concern", ["Sem", "Lisa de Vries", "Kevin."])
def test_a_name_alone_gets_a_hint_that_a_we_message_is_about_behaviour(concern):
    assert "name_only" in [i.code for i in wording_issues(concern, "dinsdag in de pauze duwde hij een klasgenoot")]


@pytest.mark.parametrize("concern", ["Sem botst vaak", "Kevins omgang met klasgenoten", "zijn cijfers"])
def test_behaviour_or_a_topic_is_no_name_only(concern):
    assert "name_only" not in [i.code for i in wording_issues(concern, "")]
