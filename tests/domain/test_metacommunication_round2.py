"""Second newcomer round: the metacommunication check and the two-part builder of chapter 07."""

import pytest

from hgw_widgets.domain.metacommunication import metacommunication
from hgw_widgets.domain.replies import metacommunication_issues


@pytest.mark.parametrize("text", [
    "Ik wil u iets vragen over iets anders dan cijfers, want we willen begrijpen wat haar helpt.",
    "Ze is vaak moe in de les. Zou u willen vertellen hoe haar avonden eruitzien? Dat helpt ons om te snappen wat ze nodig heeft.",
    "Ik vertel u eerst wat ik zie: Mila valt in de les bijna in slaap. Daarna hoor ik graag hoe u dat thuis ziet, "
    "zodat we samen een oplossing zoeken.",
    # the same kinds in other words
    "Kunt u mij vertellen hoe de ochtenden thuis gaan? Dan kunnen we samen kijken wat haar helpt.",
    "Mag ik u iets vragen over haar avonden? Het gaat in de les anders dan vorig jaar en we willen begrijpen wat haar helpt.",
])
def test_good_framed_question_without_the_formula_is_accepted(text):
    assert metacommunication_issues(text) == ()


@pytest.mark.parametrize(("text", "code"), [
    ("Ik ga u vertellen dat een puber minstens negen uur slaap nodig heeft, want dat weet u blijkbaar niet.", "blunt"),
    ("Ik wil u iets vragen over haar slaap, want zoals u weet moet een kind op tijd naar bed.", "blunt"),
    ("Ik wil u vragen hoe het thuis gaat, anders moeten we een melding doen.", "threat"),
    ("Mag ik u iets vragen over haar slaap? Want anders schakelen we de leerplichtambtenaar in.", "threat"),
])
def test_condescending_or_threatening_version_is_refused(text, code):
    assert code in [i.code for i in metacommunication_issues(text)]


def test_anders_as_other_is_no_threat():
    issues = metacommunication_issues("Ik wil u iets vragen over iets anders dan cijfers, want we willen begrijpen wat haar helpt.")
    assert "threat" not in [i.code for i in issues]


@pytest.mark.parametrize(("ask", "because", "expected"), [
    ("Hoe laat gaat ze slapen", "dat we een oplossing vinden",
     "Ik wil u iets vragen: hoe laat gaat ze slapen? Als we dat weten, kunnen we een oplossing vinden."),
    ("iets over haar telefoongebruik", "Mila beter kunnen helpen",
     "Ik wil u iets vragen over haar telefoongebruik, want als we dat weten, kunnen we Mila beter helpen."),
    ("Mila's slaap", "samen kijken wat helpt",
     "Ik wil u iets vragen over Mila's slaap, want als we dat weten, kunnen we samen kijken wat helpt."),
    ("Slaapt ze goed?", "zodat we haar kunnen helpen",
     "Ik wil u iets vragen: slaapt ze goed? Als we dat weten, kunnen we haar helpen."),
    ("hoe laat Mila gaat slapen", "samen zoeken wat helpt",
     "Ik ga u nu vragen hoe laat Mila gaat slapen, want als we dat weten, kunnen we samen zoeken wat helpt."),
    ("wat ze 's avonds doet", "we samen een oplossing zoeken",
     "Ik ga u nu vragen wat ze 's avonds doet, want als we dat weten, kunnen we samen een oplossing zoeken."),
])
def test_builder_is_dutch_for_a_question_a_noun_phrase_and_a_clause(ask, because, expected):
    assert metacommunication(ask, because) == expected
