"""Second newcomer round: replies typed in Chromium that the reply check misjudged (fix the kind)."""

import pytest

from hgw_widgets.domain.replies import classify_reply

NEVER_PRAISED = [
    "Herkent u dat niet? Dan kijkt u niet goed.",
    "Wanneer gaat u eens met hem praten over zijn gedrag?",
    "Hoe kan het dan dat hij bij ons nooit iets af krijgt?",
    "Zou het niet kunnen dat u het thuis een beetje te rooskleurig ziet?",
    "Wat fijn om te horen. Op het plein is hij wel echt een probleemgeval.",
    "En wat doet u daar dan aan?",
    "Snapt u wel hoe ernstig dit is?",
    "Hoe laat is het?",
    # the same kinds in other words
    "Begrijpt u wel wat hier op het spel staat?",
    "Dat is toch niet normaal?",
    "Ziet u dat thuis dan niet?",
    "Wanneer gaat u nou eens grenzen stellen?",
    "Fijn dat het thuis goed gaat. Hier is het een etterbak.",
    "Hoe gaat het thuis? Is hij daar ook zo'n lastpak?",
    "Wat is het weer mooi vandaag?",
]


@pytest.mark.parametrize("reply", NEVER_PRAISED)
def test_rhetorical_off_topic_or_labelling_reply_is_never_praised(reply):
    assert classify_reply(reply).kind != "explores"


@pytest.mark.parametrize(("reply", "kind"), [
    ("Herkent u dat niet? Dan kijkt u niet goed.", "hostile"),
    ("Wanneer gaat u eens met hem praten over zijn gedrag?", "hostile"),
    ("Zou het niet kunnen dat u het thuis een beetje te rooskleurig ziet?", "hostile"),
    ("Wat fijn om te horen. Op het plein is hij wel echt een probleemgeval.", "hostile"),
    ("En wat doet u daar dan aan?", "hostile"),
    ("Snapt u wel hoe ernstig dit is?", "hostile"),
    ("Hoe laat is het?", "unclear"),
])
def test_newcomer_reply_gets_the_right_verdict(reply, kind):
    assert classify_reply(reply).kind == kind


@pytest.mark.parametrize("reply", [
    "Ik hoor dat hij zich thuis goed kan concentreren. Dat is een mooi aanknopingspunt.",
    "Ik hoor u zeggen dat ze thuis rustig is. Dat is fijn om te weten.",
    "Vertel eens, hoe gaat het thuis met zijn huiswerk?",
    "Kunt u eens vertellen hoe een gewone avond thuis eruitziet?",
    "Zou het kunnen dat hij thuis minder prikkels heeft?",
])
def test_listening_and_open_replies_still_explore(reply):
    assert classify_reply(reply).kind == "explores"


@pytest.mark.parametrize("reply", [
    "Wat fijn om te horen. Op het plein is hij wel echt een probleemgeval.",
    "Op school zie ik iets anders. Hoe kan dat?",
    "Hij doet het hier niet. Dat vind ik jammer.",
    "Herkent u dat niet? Dan kijkt u niet goed.",
])
def test_reasons_do_not_contradict_each_other(reply):
    fb = classify_reply(reply)
    assert not ("question" in fb.reasons and "own_view" in fb.reasons)
    ends_with_question = reply.rstrip().endswith("?")
    assert ("question" in fb.reasons) == (ends_with_question and fb.kind != "hostile") or fb.kind == "hostile"
    if "?" not in reply:
        assert "asks" not in fb.reasons


@pytest.mark.parametrize("reply", [
    "Zou het niet kunnen dat u het thuis een beetje te rooskleurig ziet?",
    "Hoe gaat het thuis met het huiswerk als hij uit school komt en eerst wil gamen?",
    "Ik denk dat u het thuis niet goed ziet wat hij allemaal uitspookt.",
    "U had hem veel eerder en veel strenger moeten aanpakken.",
])
def test_evidence_quotes_words_not_sentence_fragments(reply):
    fb = classify_reply(reply)
    for words in fb.explore_words + fb.argue_words:
        assert len(words.replace("…", " ").split()) <= 4, words
