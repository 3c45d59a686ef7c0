"""check_smarti: a table of Dutch goals and the four automatic judgements."""

from __future__ import annotations

import pytest

from hgw_widgets import SmartiReport, Status, check_smarti
from hgw_widgets.domain.smarti import AUTOMATIC, CRITERIA

# (goal, specific, measurable, time_bound, positive)
GOALS = [
    # Jordi's card: concrete and positive; the deadline is on the card, not on each goal
    ("Ik groet de mentor bij binnenkomst en de mentor groet terug.", True, True, False, True),
    ("Ik hang mijn jas aan de kapstok achter in het lokaal.", True, True, False, True),
    ("Ik ga op mijn stoel zitten.", True, True, False, True),
    ("Ik leg mijn spullen op tafel en zet mijn tas op de grond, onder mijn tafel.", True, True, False, True),
    ("Ik praat rustig en stil met mijn buurman/vrouw.", True, True, False, True),
    ("Ik ben stil als de mentor start met de les.", True, True, False, True),
    # the walk-through
    # issue 13: text that describes no behaviour meets no criterion, "positive" included (was True)
    ("doe normaal", False, False, False, False),
    ("Jordi, doe even normaal!", False, False, False, False),
    ("Over drie weken groet Jordi de mentor bij elke binnenkomst", True, True, True, True),
    # vague words alone
    ("Jordi gedraagt zich beter.", False, False, False, False),  # no behaviour: not positive either (was True)
    ("Kevin werkt netjes.", False, False, False, True),
    ("Mila doet haar best bij Engels.", False, False, False, False),  # was True
    ("Kevin krijgt meer motivatie voor school.", False, False, False, False),  # was True
    ("Goed gedrag in de klas.", False, False, False, False),  # was True
    ("Olga heeft meer zelfvertrouwen bij Nederlands.", False, False, False, False),  # was True
    ("Kevin let beter op.", False, False, False, True),
    # issue 13: a vague qualifier is not made specific by an action verb (specific was True)
    ("Jordi groet de mentor vaker.", False, False, False, True),
    ("Kevin levert zijn huiswerk vaker in.", False, False, False, True),
    ("Kevin maakt minder fouten in zijn huiswerk.", False, False, False, False),
    ("Kevin heeft minder vaak ruzie met klasgenoten.", False, False, False, False),
    # explicit criteria
    ("Kevin werkt in 8 van de 10 mentorlessen 20 minuten zelfstandig aan een opdracht.", True, True, False, True),
    # "voor de toets Engels" says which test, not when: no evaluation moment (time_bound was True)
    ("Mila haalt een voldoende voor de toets Engels.", True, True, False, True),
    ("Kevin noteert elke les zijn huiswerk in zijn agenda.", True, True, False, True),
    ("Olga leest elke dag 15 minuten hardop voor aan haar moeder.", True, True, False, True),
    ("90% van de klas haalt een 5,5 of hoger voor wiskunde.", True, True, False, True),
    ("Alle leerlingen leveren het werkstuk in.", True, True, False, True),
    # numbers that are labels, not criteria
    ("In klas 2 doet Kevin zijn best.", False, False, False, False),  # no behaviour (positive was True)
    ("Mila uit havo 3 werkt beter.", False, False, False, True),
    ("Leerlingen van 1 vmbo zijn gemotiveerder.", False, False, False, False),  # was True
    ("Kevin begrijpt hoofdstuk 4 beter.", False, False, False, False),  # knowing is no behaviour (was True)
    # deadlines, periods and evaluation moments
    ("Voor de kerstvakantie levert Mila haar leesverslag in.", True, True, True, True),
    ("Op 1 april heeft Olga tien woorden Engels geoefend.", True, True, True, True),
    ("In periode 2 haalt Kevin een 6 voor Nederlands.", True, True, True, True),
    ("Uiterlijk vrijdag mailt de mentor de ouders.", True, True, True, True),
    ("Kevin noteert in de komende vier weken elke les zijn huiswerk.", True, True, True, True),
    ("Aan het eind van de maand heeft Jordi elke ochtend zijn jas opgehangen.", True, True, True, True),
    ("Bij de eindtoets haalt Mila een 7.", True, True, True, True),
    ("Na drie weken evalueren we of Jordi op tijd in de les zit.", True, True, True, True),
    # a frequency alone is not a deadline
    ("Jordi komt elke dag op tijd.", True, True, False, True),
    ("Kevin oefent dagelijks 10 minuten met zijn woordjes.", True, True, False, True),
    # negative wording: observable (issue 13: specific and measurable were False), not positive
    ("Jordi roept niet meer door de klas.", True, True, False, False),
    ("Kevin geeft geen duwen meer.", True, True, False, False),
    ("Kevin is nooit meer te laat.", True, True, False, False),
    ("Kevin stopt met vloeken in de les.", True, True, False, False),
    ("Over twee weken zegt Jordi niets meer door de klas.", True, True, True, False),
    # mixed
    ("Jordi doet normaal door de mentor bij binnenkomst te groeten.", True, True, False, True),
    ("Binnen twee weken vraagt Kevin hulp als hij vastloopt.", True, True, True, True),
    ("Deze week steekt Mila haar vinger op voordat ze iets zegt.", True, True, True, True),
]


@pytest.mark.parametrize(("goal", "specific", "measurable", "time_bound", "positive"), GOALS, ids=[g[0][:50] for g in GOALS])
def test_automatic_judgements(goal, specific, measurable, time_bound, positive):
    report = check_smarti(goal)
    assert (report.specific, report.measurable, report.time_bound, report.positive) == (
        specific,
        measurable,
        time_bound,
        positive,
    )


def test_table_is_large_enough():
    assert len(GOALS) >= 40


def test_report_has_six_criteria_in_smarti_order_with_dutch_labels():
    report = check_smarti("Over drie weken groet Jordi de mentor bij elke binnenkomst")
    assert isinstance(report, SmartiReport)
    assert tuple(r.criterion for r in report.results) == CRITERIA
    assert [r.label for r in report.results] == [
        "Specifiek",
        "Meetbaar",
        "Acceptabel",
        "Realistisch",
        "Tijdgebonden",
        "Inspirerend",
    ]
    assert report.automatic_met


@pytest.mark.parametrize("criterion", ["acceptable", "realistic", "inspiring"])
def test_people_judge_a_r_i(criterion):
    result = check_smarti("Ik ga op mijn stoel zitten.")[criterion]
    assert result.status is Status.JUDGEMENT
    assert not result.met
    assert "niet uit de tekst" in result.hint


@pytest.mark.parametrize(
    ("goal", "criterion", "reason", "word"),
    [
        ("doe normaal", "specific", "vague", "normaal"),
        ("Jordi groet de mentor vaker.", "specific", "vague", "vaker"),
        ("Jordi groet de mentor vaker.", "measurable", "comparative", "vaker"),
        ("Jordi komt elke dag op tijd.", "time_bound", "frequency_only", "elke dag"),
        ("Jordi roept niet meer door de klas.", "positive", "negation", "niet"),
        ("Over drie weken groet Jordi de mentor.", "time_bound", "met", "over drie weken"),
    ],
)
def test_hint_names_the_words_that_decided(goal, criterion, reason, word):
    result = check_smarti(goal)[criterion]
    assert result.reason == reason
    assert word in result.found
    assert f"“{word}”" in result.hint


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "!!!", None, 42])
def test_empty_or_non_text_meets_nothing_and_raises_nothing(text):
    report = check_smarti(text)
    assert not any(report[name].met for name in AUTOMATIC)
    assert report["specific"].hint == "Schrijf eerst een doel."


def test_very_long_text_is_not_specific_and_is_fast_enough():
    text = "Jordi groet de mentor bij binnenkomst. " * 130  # about 5,000 characters
    assert len(text) > 5000
    report = check_smarti(text)
    assert not report.specific
    assert report["specific"].reason == "too_long"


def test_hostile_and_emoji_text_is_data():
    report = check_smarti("<script>alert(1)</script> 😀 groet")
    assert report.text.startswith("<script>")
    assert report.specific  # "groet" is observable; the markup is just text here


def test_accents_and_typographic_quotes():
    assert check_smarti("Stéphanie groet de mentor vóór de kerstvakantie.").time_bound
    assert check_smarti("Ze zegt ‘goedemorgen’ bij binnenkomst.").specific


@pytest.mark.parametrize(
    ("goal", "specific"),
    [
        ("Ik werk in de les zelfstandig aan mijn opdracht tot de docent de les afsluit.", True),
        ("Kevin werkt zelfstandig.", True),
        ("Kevin werkt hard.", False),
    ],
)
def test_independent_work_is_observable(goal, specific):
    assert check_smarti(goal).specific is specific
