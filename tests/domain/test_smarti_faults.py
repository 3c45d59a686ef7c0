"""The SMARTI faults of issue 13, one kind per list; each case failed before the rebuild."""

from __future__ import annotations

import pytest

from hgw_widgets import check_smarti
from hgw_widgets.domain.smarti import AUTOMATIC

# The four criteria leak into each other: a negative but observable goal is specific and measurable.
NEGATIVE_BUT_OBSERVABLE = [
    "Sven gooit zijn pen niet meer door het lokaal.",
    "Lina stopt met roepen tijdens de uitleg.",
    "Kevin raakt andere leerlingen niet meer aan als zij dat niet willen.",
    "Daan zit niet op zijn telefoon in de les.",
    "De docent spreekt Kevin niet aan waar de klas bij is.",
]


@pytest.mark.parametrize("goal", NEGATIVE_BUT_OBSERVABLE)
def test_negative_goal_is_still_specific_and_measurable(goal):
    report = check_smarti(goal)
    assert (report.specific, report.measurable, report.positive) == (True, True, False)
    assert report["positive"].reason == "negation"


# Negation inside a condition is not a negative goal; "zonder te ..." is, "zonder <ding>" is not.
POSITIVE_CASES = [
    ("Ik vraag om hulp als ik iets niet begrijp.", True),
    ("Bas steekt zijn vinger op als hij het antwoord niet weet.", True),
    ("Wanneer Nina niet weet wat ze moet doen, kijkt ze op het takenbord.", True),
    ("Omdat ze niet goed ziet, gaat Nina vooraan zitten.", True),
    ("Nina kiest een boek dat ze nog niet gelezen heeft.", True),
    ("Nina ruimt haar spullen op, ook als niemand het vraagt.", True),
    ("Gaat direct aan de slag zonder rond te lopen.", False),
    ("Nina werkt twintig minuten zonder te kletsen.", False),
    ("Maakt zonder rekenmachine tien sommen.", True),
    ("Nina werkt twintig minuten zonder hulp aan haar opdracht.", True),
    ("Nina werkt samen zonder ruzie.", False),
]


@pytest.mark.parametrize(("goal", "positive"), POSITIVE_CASES)
def test_negation_in_a_condition_is_not_a_negative_goal(goal, positive):
    assert check_smarti(goal).positive is positive


# A vague qualifier is not made specific by an action verb; knowing is not observable.
NOT_SPECIFIC = [
    ("De leerling moet zijn huiswerk beter maken.", "vague", "beter"),
    ("Ruben gaat vaker zijn woordjes leren.", "vague", "vaker"),
    ("Meer betrokkenheid tonen in de les.", "vague", "betrokkenheid"),
    ("Thijs steekt vaker zijn vinger op.", "vague", "vaker"),
    ("Ik schrijf betere verslagen.", "vague", "betere"),
    ("Weet hoe hij moet plannen.", "knowing", "weet"),
    ("Milan weet hoe hij zijn huiswerk moet plannen.", "knowing", "weet"),
    ("Ik begrijp hoe fotosynthese werkt.", "knowing", "begrijp"),
]


@pytest.mark.parametrize(("goal", "reason", "word"), NOT_SPECIFIC)
def test_vague_or_knowing_is_not_specific(goal, reason, word):
    result = check_smarti(goal)["specific"]
    assert not result.met and result.reason == reason and word in result.found
    assert f"“{word}”" in result.hint
    assert not check_smarti(goal).measurable


# Text that is no goal gets no green verdict at all, and says why.
NO_GOAL = ["doe normaal", "bla bla", "bla bla bla voor vrijdag", "asdf qwerty", "Motivatie.", "Goed gedrag.",
           "Kevin gedraagt zich beter voor de kerstvakantie.", "Het gaat goed met Kevin.", "???", "ok",
           "De leerling houdt zich aan de klassenregels.", "Fleur doet gewoon normaal tegen haar klasgenoten.",
           "Eva weet wanneer ze hulp moet vragen.", "Kees heeft meer zelfbeheersing."]


@pytest.mark.parametrize("text", NO_GOAL)
def test_no_behaviour_no_criterion_met(text):
    report = check_smarti(text)
    assert not any(report[name].met for name in AUTOMATIC)
    assert report["positive"].reason in ("no_behaviour", "empty")
    assert "wél doet" not in report["positive"].hint or "niet zeggen" in report["positive"].hint


# End moments are evaluation moments; the moment the behaviour happens is not.
TIME_CASES = [
    ("Na deze cursus zet ik in elke les het doel op het bord.", True, "met"),
    ("Na afloop van de training bespreek ik elke week de planning.", True, "met"),
    ("Aan het einde van de lessenreeks kan ik drie oorzaken uitleggen.", True, "met"),
    ("Tot het eind van het schooljaar vul ik in elk mentoruur mijn weektaak in.", True, "met"),
    ("Aan het eind van de les zet hij zijn stoel op tafel.", False, "behaviour_moment"),
    ("Bij binnenkomst geeft Daan de docent een hand.", False, "behaviour_moment"),
    ("Na de pauze zit iedereen binnen twee minuten op zijn plek.", False, "behaviour_moment"),
    ("Mila zet haar telefoon 's avonds om tien uur uit.", False, "behaviour_moment"),
    ("De leerling noemt drie dingen die goed gingen deze week.", False, "missing"),
    ("Vanaf maandag noteert Kevin zijn huiswerk.", False, "start_only"),
]


@pytest.mark.parametrize(("goal", "time_bound", "reason"), TIME_CASES)
def test_end_moments_and_behaviour_moments(goal, time_bound, reason):
    result = check_smarti(goal)["time_bound"]
    assert result.met is time_bound and result.reason == reason


def test_time_hint_says_what_the_check_saw():
    assert check_smarti("Kevin noteert zijn huiswerk.")["time_bound"].hint.startswith(
        "De toets ziet geen moment waarop jullie evalueren")


# A quoted or reported word is not the goal's own vague wording (the mentor's commitment on Jordi's card).
QUOTED = [
    "De mentor roept niet meer door de klas dat Jordi normaal moet doen.",
    "De mentor roept niet meer door de klas dat Jordi “normaal moet doen”.",
    "Ik roep niet meer door de klas: ‘doe normaal!’",
]


@pytest.mark.parametrize("goal", QUOTED)
def test_quoted_words_are_not_the_goals_own(goal):
    report = check_smarti(goal)
    assert (report.specific, report.measurable, report.positive) == (True, True, False)


@pytest.mark.parametrize("goal", [
    "Sara zegt “nee, dat wil ik niet” als iemand haar spullen afpakt.",
    "Nina zegt na een fout: ‘ik probeer het nog een keer’.",
])
def test_a_quoted_negation_is_not_a_negative_goal(goal):
    assert check_smarti(goal).positive
