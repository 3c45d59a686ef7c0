"""Second newcomer round: SMARTI verdicts on goals a newcomer typed (each criterion on its own)."""

import pytest

from hgw_widgets.domain.smarti import check_smarti

# goal, specific, measurable, time_bound, positive
CASES = [
    ("Jordi komt rustig binnen.", 0, 0, 0, 1),
    ("Hij moet leren luisteren.", 0, 0, 0, 1),
    ("Daan luistert goed naar de docent.", 0, 0, 0, 1),
    ("Niet meer met zijn telefoon bezig zijn in de les.", 1, 1, 0, 0),
    ("Vanaf nu geen petjes meer op in de klas.", 1, 1, 0, 0),
    ("Over vier weken heeft Tom geen onvoldoendes meer.", 1, 1, 1, 0),
    ("Sem steekt zijn vinger op voor hij iets zegt, evaluatie over 6 wk.", 1, 1, 1, 1),
    ("Over 2 wk kijken we of Sem zijn vinger opsteekt.", 1, 1, 1, 1),
    ("einde periode 2: Sem levert zijn huiswerk op tijd in.", 1, 1, 1, 1),
    ("Een week lang zet Sem zijn telefoon in de telefoontas.", 1, 1, 1, 1),
    ("Sem werkt tien minuten zonder storen.", 1, 1, 0, 0),
    # the same kinds in other words, and what must stay as it was
    ("Lisa komt rustig het lokaal in.", 0, 0, 0, 1),
    ("Lisa loopt rustig naar haar plaats.", 1, 1, 0, 1),  # walking, not running: you can see it (casebook Kevin)
    ("Lisa praat rustig tegen haar klasgenoten.", 1, 1, 0, 1),
    ("Tom maakt acht van de tien sommen goed.", 1, 1, 0, 1),
    ("Voor de kerstvakantie geen oortjes meer in tijdens de les.", 1, 1, 1, 0),
    ("Tim werkt twintig minuten zonder rond te lopen.", 1, 1, 0, 0),
    ("Tim maakt zonder rekenmachine tien sommen.", 1, 1, 0, 1),
    ("Binnen 3 wkn levert Noor elk werkstuk op tijd in.", 1, 1, 1, 1),
]


@pytest.mark.parametrize(("goal", "s", "m", "t", "p"), CASES)
def test_newcomer_goals_get_each_criterion_right(goal, s, m, t, p):
    report = check_smarti(goal)
    assert (report.specific, report.measurable, report.time_bound, report.positive) == (bool(s), bool(m), bool(t), bool(p))
