"""Nothing typed, ticked or chosen is lost on a reload (issue 12 §3): one test per chapter.

Each case fills every input of a chapter the way a person does (mouse wheel to reach it, click,
type; see ``tests/e2e/person.py``), reloads the page, and checks that every value is back. The
inventory of inputs and how each is kept is the table "What a reload keeps" in
``docs/architecture.md``.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.person import choose, click, reach, type_text

TIMEOUT = 30_000
SAVED = "Bewaard in deze browser"


def _ready(page, selector):
    page.wait_for_selector(selector, state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle", timeout=60_000)


def _saved(scope):
    expect(scope.locator(".hgw-work-status")).to_contain_text(SAVED, timeout=TIMEOUT)


# --- 00 start page: every exercise box ----------------------------------------------------------

def fill_00(page):
    boxes = page.locator(".hgw-start-exercise input[type=checkbox]")
    for index in (0, 5, 11, boxes.count() - 1):
        click(page, boxes.nth(index))
        expect(boxes.nth(index)).to_be_checked()
    page.wait_for_timeout(500)


def check_00(page):
    boxes = page.locator(".hgw-start-exercise input[type=checkbox]")
    for index in range(boxes.count()):
        wanted = index in (0, 5, 11, boxes.count() - 1)
        (expect(boxes.nth(index)).to_be_checked if wanted else expect(boxes.nth(index)).not_to_be_checked)(timeout=TIMEOUT)


# --- 01 self-assessment: an entry added, and a second one half filled in -----------------------

def fill_01(page):
    view = page.locator(".hgw-self-assessment")
    type_text(page, view.get_by_label("Jouw naam of initialen"), "JB")
    choose(page, view.get_by_label("Score voor 1 Doelgericht"), "3 · meestal")
    type_text(page, view.get_by_label("Voorbeeld bij 1 Doelgericht"), "we schrijven doelen op het bord", leave=True)
    click(page, view.get_by_role("button", name="Toevoegen"))
    expect(view.locator(".hgw-assessment-entries")).to_contain_text("JB", timeout=TIMEOUT)
    type_text(page, view.get_by_label("Jouw naam of initialen"), "AK", leave=True)
    choose(page, view.get_by_label("Score voor 5 Positieve aspecten"), "4 · vanzelfsprekend")
    type_text(page, view.get_by_label("Voorbeeld bij 5 Positieve aspecten"), "elke ouder hoort iets goeds", leave=True)
    _saved(view)
    page.wait_for_timeout(500)


def check_01(page):
    view = page.locator(".hgw-self-assessment")
    expect(view.locator(".hgw-assessment-entries")).to_contain_text("JB", timeout=TIMEOUT)
    expect(view.locator(".hgw-summary")).to_contain_text("we schrijven doelen op het bord")
    expect(view.get_by_label("Jouw naam of initialen")).to_have_value("AK", timeout=TIMEOUT)
    expect(view.get_by_label("Score voor 5 Positieve aspecten")).to_have_value(re.compile("4"))
    expect(view.get_by_label("Voorbeeld bij 5 Positieve aspecten")).to_have_value("elke ouder hoort iets goeds")


# --- 02 goal drafter: a goal in the list, a second being written with a tick -------------------

GOAL_02 = "Over drie weken groet Jordi de mentor bij elke binnenkomst"


def fill_02(page):
    drafter = page.locator(".hgw-goal-drafter")
    type_text(page, drafter.locator(".hgw-goal-text textarea"), GOAL_02)
    click(page, drafter.get_by_label(re.compile("^Acceptabel")))
    click(page, drafter.get_by_role("button", name="Toevoegen"))
    expect(drafter.locator(".hgw-goal-list")).to_contain_text(GOAL_02, timeout=TIMEOUT)
    type_text(page, drafter.locator(".hgw-goal-text textarea"), "Jordi hangt zijn jas")
    click(page, drafter.get_by_label(re.compile("^Inspirerend")))
    _saved(drafter)
    page.wait_for_timeout(500)


def check_02(page):
    drafter = page.locator(".hgw-goal-drafter")
    expect(drafter.locator(".hgw-goal-list")).to_contain_text(GOAL_02, timeout=TIMEOUT)
    expect(drafter.locator(".hgw-goal-text textarea")).to_have_value("Jordi hangt zijn jas")
    expect(drafter.get_by_label(re.compile("^Inspirerend"))).to_be_checked()
    expect(drafter.get_by_label(re.compile("^Acceptabel"))).not_to_be_checked()


# --- 03 goal card, feedback sentences, tracking sheet -------------------------------------------

def fill_03(page):
    builder = page.locator(".hgw-goal-card-builder")
    type_text(page, builder.get_by_label("Klas"), "1C", leave=True)
    _saved(builder)
    type_text(page, builder.locator(".hgw-card-goal-text textarea"), "Ik zet mijn stoel op tafel")
    helper = page.locator(".hgw-feedback-helper")
    type_text(page, helper.locator(".hgw-feedback-text textarea").first, "Jordi, je groette me vandaag bij de deur.",
              leave=True)
    _saved(helper)
    sheet = page.locator(".hgw-tracking-sheet")
    click(page, sheet.locator(".hgw-cell").first)
    choose(page, sheet.get_by_label("Gehaald vanaf"), "60 %")
    click(page, sheet.locator(".hgw-tracking-sheet .widget-toggle-button, .widget-toggle-button", has_text="Week 2").first)
    _saved(sheet)
    page.wait_for_timeout(800)


def check_03(page):
    builder = page.locator(".hgw-goal-card-builder")
    expect(builder.get_by_label("Klas")).to_have_value("1C", timeout=TIMEOUT)
    expect(builder.locator(".hgw-card-goal-text textarea")).to_have_value("Ik zet mijn stoel op tafel", timeout=TIMEOUT)
    helper = page.locator(".hgw-feedback-helper")
    expect(helper.locator(".hgw-feedback-text textarea").first).to_have_value(
        "Jordi, je groette me vandaag bij de deur.", timeout=TIMEOUT)
    sheet = page.locator(".hgw-tracking-sheet")
    expect(sheet.get_by_label("Gehaald vanaf")).to_have_value("60 %", timeout=TIMEOUT)
    expect(sheet.locator(".widget-toggle-button", has_text="Week 2")).to_have_class(re.compile("mod-active"))
    click(page, sheet.locator(".widget-toggle-button", has_text="Week 1"))
    expect(sheet.locator(".hgw-cell").first).to_have_text("✔", timeout=TIMEOUT)


# --- 05 class overview: the example class --------------------------------------------------------

def fill_05(page):
    overview = page.locator(".hgw-class-overview").first
    type_text(page, overview.get_by_label("Klas", exact=True), "2B mentorgroep", leave=True)
    type_text(page, overview.locator(".hgw-target-input input").first, "70", leave=True)
    type_text(page, overview.get_by_label("Minstens zoveel onvoldoendes"), "3", leave=True)
    _saved(overview)
    page.wait_for_timeout(800)


def check_05(page):
    overview = page.locator(".hgw-class-overview").first
    expect(overview.get_by_label("Klas", exact=True)).to_have_value("2B mentorgroep", timeout=TIMEOUT)
    expect(overview.locator(".hgw-target-input input").first).to_have_value("70", timeout=TIMEOUT)
    expect(overview.get_by_label("Minstens zoveel onvoldoendes")).to_have_value("3", timeout=TIMEOUT)
    # a real class is not kept without the tick (personal data), and the page says so
    own = page.locator(".hgw-class-overview").nth(1)
    expect(own.locator(".hgw-keep-class input")).not_to_be_checked()


# --- 04 factors and observation ---------------------------------------------------------------

def fill_04(page):
    analysis = page.locator(".hgw-interaction")
    choose(page, analysis.get_by_label("Context"), "op deze school")
    click(page, analysis.get_by_label("belemmerend"))
    type_text(page, analysis.get_by_label("Factor", exact=True), "roosterwissel halverwege het jaar")
    click(page, analysis.get_by_label("De school kan dit beïnvloeden"))
    click(page, analysis.get_by_role("button", name="Factor toevoegen"))
    expect(analysis.locator(".hgw-factor-overview")).to_contain_text("roosterwissel", timeout=TIMEOUT)
    type_text(page, analysis.get_by_label("Factor", exact=True), "half getypte factor", leave=True)
    _saved(analysis)
    observation = page.locator(".hgw-observation")
    for label, text in (("Wat heeft deze leerling nodig?", "korte instructie"),
                        ("Wat biedt de docent hier al van?", "stappen op het bord"),
                        ("Wat kan beter afgestemd worden?", "eerder feedback")):
        type_text(page, observation.get_by_label(label), text, leave=True)
    _saved(observation)
    page.wait_for_timeout(500)


def check_04(page):
    analysis = page.locator(".hgw-interaction")
    expect(analysis.locator(".hgw-factor-overview")).to_contain_text("roosterwissel halverwege het jaar", timeout=TIMEOUT)
    expect(analysis.get_by_label("Factor", exact=True)).to_have_value("half getypte factor", timeout=TIMEOUT)
    observation = page.locator(".hgw-observation")
    expect(observation.get_by_label("Wat kan beter afgestemd worden?")).to_have_value("eerder feedback", timeout=TIMEOUT)
    expect(observation.get_by_label("Wat heeft deze leerling nodig?")).to_have_value("korte instructie")


# --- 06 conversations with parents: the four exercises -----------------------------------------

def fill_06(page):
    sides = page.locator(".hgw-school-home")
    click(page, sides.locator(".hgw-school-home-side button", has_text="Thuis"))
    type_text(page, sides.locator(".hgw-school-home-text textarea"), "Gisteren hielp hij zijn broertje.")
    click(page, sides.locator(".hgw-school-home-add"))
    expect(sides.locator(".hgw-school-home-columns")).to_contain_text("broertje", timeout=TIMEOUT)
    welles = page.locator(".hgw-welles-nietes")
    type_text(page, welles.locator(".hgw-ex-own textarea"), "Hoe gaat het thuis als hij boos is?")
    strengths = page.locator(".hgw-strengths")
    type_text(page, strengths.locator(".hgw-strengths-positive-physical textarea"), "sterk en snel bij gym", leave=True)
    _saved(strengths)
    builder = page.locator(".hgw-we-message")
    type_text(page, builder.locator(".hgw-we-example textarea"), "Dinsdag in de pauze duwde hij een klasgenoot.")
    click(page, builder.get_by_label(re.compile("^Als team")))
    expect(builder.locator(".hgw-we-result")).to_contain_text("Dinsdag in de pauze", timeout=TIMEOUT)
    page.wait_for_timeout(800)


def check_06(page):
    expect(page.locator(".hgw-school-home .hgw-school-home-columns")).to_contain_text("broertje", timeout=TIMEOUT)
    expect(page.locator(".hgw-welles-nietes .hgw-ex-own textarea")).to_have_value("Hoe gaat het thuis als hij boos is?")
    expect(page.locator(".hgw-strengths .hgw-strengths-positive-physical textarea")).to_have_value("sterk en snel bij gym")
    builder = page.locator(".hgw-we-message")
    expect(builder.locator(".hgw-we-example textarea")).to_have_value("Dinsdag in de pauze duwde hij een klasgenoot.")
    expect(builder.get_by_label(re.compile("^Als team"))).to_be_checked()


# --- 07 metacommunication and the guideline quiz -----------------------------------------------

def fill_07(page):
    meta = page.locator(".hgw-metacommunication")
    type_text(page, meta.locator(".hgw-meta-rewrite textarea"), "Mag ik u iets vragen over de ochtenden thuis?")
    quiz = page.locator(".hgw-guideline-quiz")
    click(page, quiz.locator(".hgw-quiz-choice input[type=radio]").nth(1))
    page.wait_for_timeout(800)


def check_07(page):
    expect(page.locator(".hgw-metacommunication .hgw-meta-rewrite textarea")).to_have_value(
        "Mag ik u iets vragen over de ochtenden thuis?", timeout=TIMEOUT)
    expect(page.locator(".hgw-guideline-quiz .hgw-quiz-choice input[type=radio]").nth(1)).to_be_checked()


# --- 08 planner and the meeting started from it ------------------------------------------------

def fill_08(page):
    planner = page.locator(".hgw-conversation-planner")
    type_text(page, planner.get_by_label("Leerling", exact=True), "Kevin B.", leave=True)
    type_text(page, planner.locator(".hgw-plan-strength input"), "helpt graag bij gym", leave=True)
    type_text(page, planner.locator(".hgw-plan-sender input"), "S. de Vries, mentor", leave=True)
    type_text(page, planner.get_by_label("Aanhef", exact=True), "mevrouw Bakker", leave=True)
    type_text(page, planner.get_by_label("Tijd", exact=True), "15.30 uur", leave=True)
    type_text(page, planner.get_by_label("Plaats", exact=True), "lokaal 2.14", leave=True)
    _saved(planner)
    click(page, planner.get_by_role("button", name=re.compile("Start de gespreksmodus")))
    meeting = planner.locator(".hgw-meeting")
    expect(meeting).to_be_attached(timeout=TIMEOUT)
    click(page, meeting.get_by_role("button", name=re.compile("Start het gesprek")))
    type_text(page, meeting.locator(".hgw-meeting-notes textarea"), "Moeder is er, Kevin ook.", leave=True)
    type_text(page, meeting.locator(".hgw-agreement-who input"), "mentor", leave=True)
    _saved(meeting)
    page.wait_for_timeout(2_500)  # the clock runs on


def check_08(page):
    planner = page.locator(".hgw-conversation-planner")
    expect(planner.get_by_label("Leerling", exact=True)).to_have_value("Kevin B.", timeout=TIMEOUT)
    expect(planner.locator(".hgw-plan-strength input")).to_have_value("helpt graag bij gym")
    expect(planner.locator(".hgw-plan-sender input")).to_have_value("S. de Vries, mentor")
    for label, value in (("Aanhef", "mevrouw Bakker"), ("Tijd", "15.30 uur"), ("Plaats", "lokaal 2.14")):
        expect(planner.get_by_label(label, exact=True)).to_have_value(value)
    expect(planner.locator(".hgw-plan-invitation")).to_contain_text("Beste mevrouw Bakker,")
    meeting = planner.locator(".hgw-meeting")
    expect(meeting.locator(".hgw-meeting-notes textarea")).to_have_value("Moeder is er, Kevin ook.", timeout=TIMEOUT)
    expect(meeting.locator(".hgw-agreement-who input")).to_have_value("mentor")
    clock = meeting.locator(".hgw-clock-time")
    reach(page, clock)
    expect(clock).not_to_have_text(re.compile(r"^0:0[0-1] "), timeout=TIMEOUT)  # it ran on, not from zero


# --- 09 klassenbespreking: the class overview, and two meetings (one on another structure) ---------

def fill_09(page):
    overview = page.locator(".hgw-class-overview").first
    type_text(page, overview.locator(".hgw-target-input input").first, "80", leave=True)
    _saved(overview)
    klas = page.locator(".hgw-meeting").nth(0)
    click(page, klas.get_by_role("button", name=re.compile("Start het gesprek")))
    type_text(page, klas.locator(".hgw-meeting-notes textarea"), "Wiskunde 77 %, Duits 58 %.", leave=True)
    type_text(page, klas.locator(".hgw-agreement-who input"), "docenten Duits en Frans", leave=True)
    type_text(page, klas.locator(".hgw-agreement-what input"), "laten vijf minuten woorden overhoren in tweetallen", leave=True)
    type_text(page, klas.locator(".hgw-agreement-when input"), "elke les tot de volgende bespreking", leave=True)
    click(page, klas.locator(".hgw-agreement-add"))
    expect(klas.locator(".hgw-agreements")).to_contain_text("tweetallen", timeout=TIMEOUT)
    type_text(page, klas.locator(".hgw-agreement-who input"), "mentor", leave=True)
    _saved(klas)
    noah = page.locator(".hgw-meeting").nth(1)
    choose(page, noah.locator(".hgw-structure-choice select"), "Multidisciplinair overleg")
    expect(noah.locator(".hgw-phase-card")).to_contain_text("Vragen en zorgen", timeout=TIMEOUT)
    type_text(page, noah.locator(".hgw-meeting-notes textarea"), "Vader en Noah zijn er.", leave=True)
    _saved(noah)
    page.wait_for_timeout(1_500)


def check_09(page):
    overview = page.locator(".hgw-class-overview").first
    expect(overview.locator(".hgw-target-input input").first).to_have_value("80", timeout=TIMEOUT)
    klas = page.locator(".hgw-meeting").nth(0)
    expect(klas.locator(".hgw-meeting-notes textarea")).to_have_value("Wiskunde 77 %, Duits 58 %.", timeout=TIMEOUT)
    expect(klas.locator(".hgw-agreements")).to_contain_text("tweetallen")
    expect(klas.locator(".hgw-agreement-who input")).to_have_value("mentor")
    expect(klas.locator(".hgw-meeting-run")).to_contain_text("Pauze")  # the clock runs on
    noah = page.locator(".hgw-meeting").nth(1)
    expect(noah.locator(".hgw-phase-card")).to_contain_text("Vragen en zorgen", timeout=TIMEOUT)
    expect(noah.locator(".hgw-structure-choice select")).to_have_value("Multidisciplinair overleg")
    expect(noah.locator(".hgw-meeting-notes textarea")).to_have_value("Vader en Noah zijn er.")


CASES = {
    "00-start": (".hgw-start-page", fill_00, check_00),
    "01-uitgangspunten": (".hgw-self-assessment .hgw-work-bar", fill_01, check_01),
    "02-doelgericht-werken": (".hgw-goal-drafter .hgw-work-bar", fill_02, check_02),
    "03-doelenkaart-en-feedback": (".hgw-tracking-sheet .hgw-work-bar", fill_03, check_03),
    "04-wisselwerking": (".hgw-observation .hgw-work-bar", fill_04, check_04),
    "05-klassenoverzicht-en-klassendoelen": (".hgw-class-overview .hgw-work-bar", fill_05, check_05),
    "06-oudergesprek-bij-zorgen": (".hgw-we-message .hgw-exercise-memory", fill_06, check_06),
    "07-doelen-en-metacommunicatie": (".hgw-guideline-quiz .hgw-exercise-memory", fill_07, check_07),
    "08-gesprek-voeren": (".hgw-conversation-planner .hgw-work-bar", fill_08, check_08),
    "09-klassenbespreking-en-leerlingbespreking": (".hgw-meeting .hgw-work-bar", fill_09, check_09),
}


@pytest.mark.parametrize("slug", CASES)
def test_every_input_is_back_after_a_reload(browser, voila_url, assert_no_error_output, slug):
    ready, fill, check = CASES[slug]
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(f"{voila_url}/voila/render/{slug}.ipynb", timeout=60_000)
        _ready(page, ready)
        fill(page)
        page.reload()
        _ready(page, ready)
        check(page)
        assert_no_error_output(page)
    finally:
        context.close()


@pytest.mark.parametrize("slug, scope, field", [
    ("04-wisselwerking", ".hgw-observation", "Wat heeft deze leerling nodig?"),  # a text area
    ("03-doelenkaart-en-feedback", ".hgw-goal-card-builder", "Gemaakt door"),  # one-line fields
    ("08-gesprek-voeren", ".hgw-conversation-planner", "Gespreksleider"),
])
def test_text_typed_without_leaving_the_field_is_back_after_a_reload(browser, voila_url, slug, scope, field):
    """Newcomer rounds: fields that send on leaving lost what was typed when the page reloaded right after.

    Text areas and one-line text fields alike: the person types and, without Tab, Enter or a click
    elsewhere, reloads the page (``static/hgw-keep-typing.js`` sends after a short pause).
    """
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(f"{voila_url}/voila/render/{slug}.ipynb", timeout=60_000)
        _ready(page, f"{scope} .hgw-work-bar")
        view = page.locator(scope)
        type_text(page, view.get_by_label(field, exact=True), "getypt zonder weg te klikken")  # no Tab
        _saved(view)
        page.wait_for_timeout(1_500)
        page.reload()
        _ready(page, f"{scope} .hgw-work-bar")
        expect(page.locator(scope).get_by_label(field, exact=True)).to_have_value(
            "getypt zonder weg te klikken", timeout=TIMEOUT)
    finally:
        context.close()



@pytest.mark.xfail(strict=True, reason="known gap: a reload within the 0.7 s typing pause loses the text "
                   "(the kernel's save cannot reach a page that is gone); see docs/architecture.md, issue 12")
def test_a_reload_at_once_after_typing_keeps_the_text(browser, voila_url):
    """Typed into a one-line field and reloaded at once, within the typing pause."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
    page = context.new_page()
    scope, field = ".hgw-conversation-planner", "Gespreksleider"
    try:
        page.goto(f"{voila_url}/voila/render/08-gesprek-voeren.ipynb", timeout=60_000)
        _ready(page, f"{scope} .hgw-work-bar")
        type_text(page, page.locator(scope).get_by_label(field, exact=True), "getypt en meteen herladen")
        page.reload()
        _ready(page, f"{scope} .hgw-work-bar")
        expect(page.locator(scope).get_by_label(field, exact=True)).to_have_value(
            "getypt en meteen herladen", timeout=10_000)
    finally:
        context.close()
