"""Generated texts that reach real people (issue 13): wij-boodschap, team message and invitation."""

from __future__ import annotations

from datetime import date

import pytest

from hgw_widgets import load_case, plan_from_case
from hgw_widgets.domain.concern_sentences import team_message, we_message
from hgw_widgets.domain.conversation import Concern, plan_from_structure
from hgw_widgets.domain.participants import Participant
from hgw_widgets.domain.areas import Strength
from hgw_widgets.domain.invitation import invitation
from hgw_widgets.domain.sentence_form import concern_form

# (concern as typed, form, wij-boodschap, team message). The first three are the inputs.
SENTENCES = [
    ("Kevin botst vaak met klasgenoten", "main",
     "Wij maken ons zorgen: Kevin botst vaak met klasgenoten.",
     "Wij vinden het als team moeilijk om hiermee om te gaan: Kevin botst vaak met klasgenoten."),
    ("Kevins omgang met klasgenoten", "noun_phrase",
     "Wij maken ons zorgen over Kevins omgang met klasgenoten.",
     "Wij vinden het als team moeilijk om goed in te spelen op Kevins omgang met klasgenoten."),
    ("Kevin vaak botst met klasgenoten", "subordinate",
     "Wij maken ons zorgen omdat Kevin vaak botst met klasgenoten.",
     "Wij vinden het als team moeilijk dat Kevin vaak botst met klasgenoten."),
    # 20 more
    ("Hij komt vaak te laat", "main", "Wij maken ons zorgen: hij komt vaak te laat.",
     "Wij vinden het als team moeilijk om hiermee om te gaan: hij komt vaak te laat."),
    ("hij vaak te laat komt", "subordinate", "Wij maken ons zorgen omdat hij vaak te laat komt.",
     "Wij vinden het als team moeilijk dat hij vaak te laat komt."),
    ("Mila is vaak moe in de les", "main", "Wij maken ons zorgen: Mila is vaak moe in de les.",
     "Wij vinden het als team moeilijk om hiermee om te gaan: Mila is vaak moe in de les."),
    ("Mila vaak moe is in de les", "subordinate", "Wij maken ons zorgen omdat Mila vaak moe is in de les.",
     "Wij vinden het als team moeilijk dat Mila vaak moe is in de les."),
    ("Mila's vermoeidheid in de les", "noun_phrase", "Wij maken ons zorgen over Mila's vermoeidheid in de les.",
     "Wij vinden het als team moeilijk om goed in te spelen op Mila's vermoeidheid in de les."),
    ("Kevin rustig te houden bij leswisselingen", "infinitive",
     "Wij maken ons zorgen omdat het nog niet lukt om Kevin rustig te houden bij leswisselingen.",
     "Wij vinden het als team moeilijk om Kevin rustig te houden bij leswisselingen."),
    ("om Olga te laten voorlezen", "infinitive",
     "Wij maken ons zorgen omdat het nog niet lukt om Olga te laten voorlezen.",
     "Wij vinden het als team moeilijk om Olga te laten voorlezen."),
    ("Olga maakt haar huiswerk niet af", "main", "Wij maken ons zorgen: Olga maakt haar huiswerk niet af.",
     "Wij vinden het als team moeilijk om hiermee om te gaan: Olga maakt haar huiswerk niet af."),
    ("Olga haar huiswerk niet afmaakt", "subordinate", "Wij maken ons zorgen omdat Olga haar huiswerk niet afmaakt.",
     "Wij vinden het als team moeilijk dat Olga haar huiswerk niet afmaakt."),
    ("het huiswerk van Olga", "noun_phrase", "Wij maken ons zorgen over het huiswerk van Olga.",
     "Wij vinden het als team moeilijk om goed in te spelen op het huiswerk van Olga."),
    ("zijn cijfers dalen", "subordinate", "Wij maken ons zorgen omdat zijn cijfers dalen.",
     "Wij vinden het als team moeilijk dat zijn cijfers dalen."),
    ("Sander gaat vaak in discussie met docenten", "main",
     "Wij maken ons zorgen: Sander gaat vaak in discussie met docenten.",
     "Wij vinden het als team moeilijk om hiermee om te gaan: Sander gaat vaak in discussie met docenten."),
    ("de discussies van Sander met docenten", "noun_phrase",
     "Wij maken ons zorgen over de discussies van Sander met docenten.",
     "Wij vinden het als team moeilijk om goed in te spelen op de discussies van Sander met docenten."),
    ("Bahia haar agenda vaak vergeet", "subordinate", "Wij maken ons zorgen omdat Bahia haar agenda vaak vergeet.",
     "Wij vinden het als team moeilijk dat Bahia haar agenda vaak vergeet."),
    ("Bahia vergeet vaak haar agenda", "main", "Wij maken ons zorgen: Bahia vergeet vaak haar agenda.",
     "Wij vinden het als team moeilijk om hiermee om te gaan: Bahia vergeet vaak haar agenda."),
    ("ze weinig contact heeft met klasgenoten", "subordinate",
     "Wij maken ons zorgen omdat ze weinig contact heeft met klasgenoten.",
     "Wij vinden het als team moeilijk dat ze weinig contact heeft met klasgenoten."),
    ("Wij maken ons zorgen omdat Kevin lawaai maakt als de klas werkt", "subordinate",
     "Wij maken ons zorgen omdat Kevin lawaai maakt als de klas werkt.",
     "Wij vinden het als team moeilijk dat Kevin lawaai maakt als de klas werkt."),
    ("conflicten in de pauze", "noun_phrase", "Wij maken ons zorgen over conflicten in de pauze.",
     "Wij vinden het als team moeilijk om goed in te spelen op conflicten in de pauze."),
    ("de leerlingen elkaar uitschelden", "subordinate", "Wij maken ons zorgen omdat de leerlingen elkaar uitschelden.",
     "Wij vinden het als team moeilijk dat de leerlingen elkaar uitschelden."),
    ("hem stil te krijgen", "infinitive", "Wij maken ons zorgen omdat het nog niet lukt om hem stil te krijgen.",
     "Wij vinden het als team moeilijk om hem stil te krijgen."),
]


@pytest.mark.parametrize(("concern", "form", "we", "team"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_we_message_and_team_message_are_dutch_for_every_form(concern, form, we, team):
    bare = concern.removeprefix("Wij maken ons zorgen omdat ")
    assert concern_form(bare) == form
    assert we_message(concern) == we
    assert team_message(bare) == team


def test_enough_own_cases():
    assert len(SENTENCES) >= 23


def _kevin():
    return plan_from_case(load_case("kevin"), meeting_date=date(2026, 12, 3))


# (plan, fields, text that must be in the letter, text that must not)
INVITATIONS = [
    (_kevin, {}, ["Beste [naam ouder of verzorger],", "Tijd: [tijd]", "Plaats: [plaats]", "Datum: 03-12-2026",
                  "[uw naam en functie]"], ["Beste moeder", "overdrijft", "Moeder herkent"]),
    (_kevin, {"addressee": "mevrouw Jansen", "time": "15.30 uur", "place": "lokaal 2.14", "sender": "S. de Vries, mentor"},
     ["Beste mevrouw Jansen,", "Tijd: 15.30 uur", "Plaats: lokaal 2.14", "S. de Vries, mentor"], ["[tijd]", "[plaats]"]),
    (_kevin, {}, ["Graag nodigen wij u uit voor een gesprek over Kevin.", "Er gaat ook veel goed.",
                  "- Haalt nu voldoendes voor techniek en mens & maatschappij.",
                  "Wij maken ons zorgen omdat Kevin vaak botst met klasgenoten."], ["pah, pah"]),
]


@pytest.mark.parametrize(("make", "fields", "present", "absent"), INVITATIONS)
def test_invitation_speaks_to_the_parent(make, fields, present, absent):
    text = invitation(make(), **fields)
    for part in present:
        assert part in text
    for part in absent:
        assert part not in text
    assert text.index("Er gaat ook veel goed") < text.index("Waar wij ons zorgen over maken")


def test_multidisciplinary_meeting_has_its_own_wording():
    plan = plan_from_structure("multidisciplinair-overleg", student="Noor",
                               participants=(Participant("vader", "parents"), Participant("Noor", "student")),
                               strengths=(Strength("creative", "Tekent graag en goed."),),
                               concerns=(Concern("Noor vaak niet op school is"),))
    text = invitation(plan)
    assert text.startswith("Onderwerp: uitnodiging voor een multidisciplinair overleg over Noor")
    assert "mensen van buiten de school" in text and "Wij maken ons zorgen omdat Noor vaak niet op school is." in text
    assert "Komt Noor liever niet" in text


def test_invitation_fields_are_cleaned():
    text = invitation(_kevin(), addressee="mevrouw\nJansen  ", time=12, place=None)
    assert "Beste mevrouw Jansen," in text and "Tijd: [tijd]" in text and "Plaats: [plaats]" in text
