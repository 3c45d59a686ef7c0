"""Welles-nietes replies, guideline fragments and metacommunication rewrites."""

from __future__ import annotations

import pytest

from hgw_widgets.domain.exercises import (
    blunt_question,
    classify_reply,
    fragment_items,
    metacommunication_issues,
    welles_nietes_items,
)


@pytest.mark.parametrize(
    ("reply", "kind", "reasons"),
    [
        ("Vertel eens, hoe gaat het thuis?", "explores", {"invites", "asks_home", "question"}),
        ("Fijn dat het thuis goed gaat. Wanneer lukt het vooral?", "explores", {"appreciates", "asks"}),
        ("Wat ziet u thuis als hij druk is?", "explores", {"asks_home", "question"}),
        ("Herkent u dat van thuis?", "explores", {"recognises", "question"}),
        ("Hoe gaat dat thuis met huiswerk?", "explores", {"asks_home"}),
        ("Ik ben benieuwd wat u thuis doet als ze moe is.", "explores", {"invites"}),
        ("Dus thuis is hij rustig en op school loopt hij vast. Hoe zou dat komen?", "explores", {"summarises"}),
        ("Goed om te horen dat ze thuis graag leest.", "explores", {"appreciates"}),
        ("Toch is het zo, ik zie het elke dag.", "argues", {"but"}),
        ("Dat klopt niet, op school houdt hij zich niet aan de regels.", "argues", {"contradicts"}),
        # issue 13: accusing, doubting, lecturing and labelling replies are "hostile" (were "argues")
        ("Maar waarom doet hij het dan hier wel?", "hostile", {"accuses"}),
        ("Weet u dat zeker?", "hostile", {"doubts"}),
        ("Thuis is hij alleen met u, dat is makkelijk.", "hostile", {"doubts"}),
        ("Nee, hij is echt brutaal in de les.", "hostile", {"labels"}),
        ("Op school zien wij iets heel anders.", "argues", {"counter_example"}),
        ("Op school werkt ze heel anders.", "argues", {"counter_example"}),
        ("Hij moet zich gewoon aan de regels houden.", "hostile", {"lectures"}),
        ("Dat zie ik niet, hij is nooit rustig.", "argues", {"contradicts", "insists"}),
        ("Oké.", "unclear", set()),
        ("", "unclear", set()),
    ],
)
def test_classify_reply(reply, kind, reasons):
    fb = classify_reply(reply)
    assert fb.kind == kind
    assert reasons <= set(fb.reasons), fb.reasons


def test_hostile_or_huge_reply_is_cut_and_judged():
    fb = classify_reply("Maar dat klopt niet. " * 2_000 + "<script>")
    assert fb.kind == "argues" and "klopt niet" in fb.argue_words
    assert classify_reply("maar " * 10_000).kind == "unclear"  # one word repeated is no reply
    assert classify_reply(None).kind == "unclear"


def test_feedback_names_the_words():
    fb = classify_reply("Maar dat klopt niet, vertel eens?")
    assert "maar" in fb.argue_words and "klopt niet" in fb.argue_words and "vertel" in fb.explore_words


def test_every_casebook_reply_is_classified_as_the_case_says():
    items = welles_nietes_items()
    assert len(items) >= 3
    for item in items:
        for reply in item.item.replies:
            kind = classify_reply(reply.text).kind
            assert (kind == "explores") == (reply.kind == "explores"), reply.text


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Ik ga u nu vragen hoe laat Mila gaat slapen, want als we dat weten, kunnen we haar helpen.", []),
        ("Ik wil jullie iets vragen over slapen, omdat ik me zorgen maak over Mila's cijfers.", []),
        ("Ik ga u iets vragen over de avonden thuis, zodat we samen kunnen zien wat Mila nodig heeft.", []),
        ("Ik zou graag willen weten hoe Mila slaapt, want dan kunnen we begrijpen waarom ze moe is.", []),
        ("Ik wil het even met u bespreken: hoe gaan de avonden? Want als we dat weten, kunnen we helpen.", []),
        ("Hoe laat gaat Mila naar bed?", ["no_announcement", "no_reason"]),
        ("Ik ga u nu vragen hoe laat ze slaapt.", ["no_reason"]),
        # issue 13: asking leave and naming the topic is an announcement (was ["no_announcement"])
        ("Mag ik vragen hoe laat ze slaapt, want dan kunnen we kijken wat helpt?", []),
        ("Mila is zo moe op school. Hoe laat gaat ze eigenlijk naar bed?", ["same_as_blunt"]),
        ("mila is zo moe op school.   hoe laat gaat ze eigenlijk naar bed", ["same_as_blunt"]),
        ("Hoe laat gaat ze eigenlijk slapen?", ["no_announcement", "no_reason", "blunt"]),
        ("Ik ga u vragen waarom ze gewoon zo laat slaapt, want dan kunnen we iets doen.", ["vague_reason", "blunt"]),
        ("Ik ga u nu vragen hoe laat ze slaapt. U moet daar wel op letten.", ["no_reason", "blunt"]),
        ("Waarom is ze zo moe? Want als we dat weten, kunnen we helpen.", ["no_announcement", "blunt"]),
        ("Ik wil u vragen wat ze 's avonds doet, omdat we dan samen kunnen kijken wat helpt.", []),
        ("", ["empty"]),
        ("   \n ", ["empty"]),
        ("x" * 5_000, ["too_long"]),
    ],
)
def test_metacommunication_issues(text, codes):
    blunt = blunt_question("mila").question
    assert [i.code for i in metacommunication_issues(text, blunt=blunt)] == codes


def test_fragments_cover_every_guideline_and_check_answers():
    items = fragment_items()
    assert {i.fragment.guideline for i in items} == {4, 5, 6, 7}
    item = items[0]
    assert item.is_right(item.fragment.guideline)
    assert not item.is_right(item.fragment.guideline + 1 if item.fragment.guideline < 7 else 4)
    assert not item.is_right("4") and not item.is_right(True)


def test_reply_options_and_right_answer():
    item = welles_nietes_items(("kevin",))[0]
    assert len(item.options) == len(item.item.replies) >= 2
    assert item.right and all(item.item.replies[i].kind == "explores" for i in item.right)
    wrong = next(i for i in range(len(item.options)) if i not in item.right)
    assert item.is_right(item.right[0]) and not item.is_right(wrong)
    assert not item.is_right(True) and not item.is_right("0") and not item.is_right(99)


def test_blunt_question_needs_one():
    with pytest.raises(ValueError):
        blunt_question("jordi")


# --- issue 13: replies that must never be praised, and metacommunication judged on substance ------------------

NEVER_PRAISED = [
    ("Klopt het wel wat u zegt?", "doubts"),
    ("Hoe vaak moet ik het nog zeggen?", "lectures"),
    ("Vertel eens, waarom doet u zo vervelend?", "accuses"),
    ("Fijn dat het thuis lukt. Hier gedraagt ze zich als een verwend kind.", "labels"),
    ("Vertel eens, is hij thuis ook zo'n etter?", "labels"),
    ("Hoe kan het dat u dat niet ziet?", "accuses"),
    ("U moet thuis gewoon strenger zijn.", "lectures"),
    ("Heeft u dat zelf gezien, of zegt hij dat?", "doubts"),
    # found by trying unseen replies after the corpus was written
    ("U had dat eerder moeten vertellen.", "accuses"),
    ("Dat is uw probleem, niet het onze.", "accuses"),
    ("Misschien moet u eens harder optreden.", "lectures"),
    ("Volgens mij liegt hij tegen u.", "doubts"),
    ("Hij is gewoon een aandachtvrager.", "labels"),
    ("Waarom let u niet beter op?", "accuses"),
    ("Tja, thuis is het natuurlijk makkelijker.", "doubts"),
    ("Heeft u hem wel eens goed aangesproken?", "accuses"),
    ("Nee hoor, hij is hier echt een probleem.", "labels"),
]


@pytest.mark.parametrize("reply", [
    "Wat moet er volgens u gebeuren?", "Hoe gaat het als hij thuis zijn huiswerk moet maken?",
    "Vertel eens, hoe verloopt een gewone ochtend bij jullie?", "Zou het kunnen dat hij op school meer prikkels krijgt?",
    "Mooi om te horen! Wat doet u dan precies?", "Heeft u thuis ook zulke momenten?", "Ik ben benieuwd hoe hij dat thuis doet.",
])
def test_unseen_exploring_replies_are_recognised(reply):
    assert classify_reply(reply).kind == "explores"


@pytest.mark.parametrize(("reply", "reason"), NEVER_PRAISED)
def test_hostile_reply_is_never_praised(reply, reason):
    fb = classify_reply(reply)
    assert fb.kind == "hostile" and reason in fb.reasons


@pytest.mark.parametrize("reply", ["bla bla", "bla bla bla?", "asdf jkl?", "????", "hoe?", "test test test", "the quick brown fox?"])
def test_nonsense_is_never_praised(reply):
    assert classify_reply(reply).kind == "unclear"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Ik ga u iets vragen, want als we dat weten kunnen we dingen doen.", ["no_topic", "vague_reason"]),
        ("Ik ga u vragen hoe laat ze naar bed gaat, want anders schakelen we de leerplichtambtenaar in.", ["threat"]),
        ("Mag ik u iets vragen over hoe de ochtenden thuis gaan? Ze komt vaak moe binnen en we willen begrijpen "
         "wat haar helpt.", []),
        ("Mag ik vragen hoe het slapen gaat? Mila gaapt veel in de les en ik wil weten of we op school iets kunnen "
         "aanpassen.", []),
        ("Ik ga u vragen hoe het thuis gaat. Dat helpt ons om Mila beter te begrijpen.", []),
        ("Ik wil weten hoe laat ze slaapt, anders wordt het een probleem.", ["threat"]),
    ],
)
def test_metacommunication_judges_substance_not_the_formula(text, codes):
    assert [i.code for i in metacommunication_issues(text)] == codes
