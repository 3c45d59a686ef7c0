"""Word lists for the Dutch checks: verbs that name behaviour, vague words, negations, labels.

Plain data, measured on the labelled corpus in ``tests/data/feedback_corpus``
(``benchmarks/bench_feedback.py``). Verbs are listed as infinitives;
``dutch.verb_forms`` makes the forms a text can hold (hangt, hing, opgehangen).
Separable verbs are listed with ``|`` between particle and verb ("op|hangen").
"""

from __future__ import annotations

# Verbs whose action you can see or hear. A goal with one of these describes behaviour.
ACTION_VERBS = """
aan|doen aan|kijken aan|pakken aan|spreken aan|steken aan|trekken aan|zetten af|geven af|maken af|ronden
af|spreken af|vinken af|zetten af|wachten antwoorden begin|nen beginnen bellen bespreken bezoeken blijven
bouwen brengen checken controleren delen door|lezen door|nemen door|werken doen douchen draaien dragen
duwen eten fietsen fluisteren gaan geven gooien groeten halen hangen helpen herhalen in|leveren in|pakken
in|plannen in|vullen in|zetten kiezen kijken kleuren klussen komen lachen laten leggen lenen lezen
liggen loggen lopen maken melden mee|doen mee|lopen mee|nemen mee|praten mailen na|kijken na|lopen neer|zetten
nemen noemen noteren oefenen om|kleden op|bellen op|hangen op|letten op|lossen op|noemen op|pakken op|ruimen
op|schrijven op|staan op|steken op|zeggen op|zetten open|slaan openen overhoren over|schrijven pakken
plannen praten presenteren printen proberen rekenen rennen roepen ruimen samen|vatten samen|werken schrijven
schuren spelen spreken staan steken stellen stoppen studeren sturen tekenen tellen terug|groeten
terug|lopen terug|komen toe|passen typen uit|doen uit|leggen uit|praten uit|zetten uit|voeren
verdelen vertellen verven vinken voor|bereiden voor|lezen voor|stellen vragen wachten wassen
weg|lopen weg|gaan werken zeggen zetten zingen zitten zoeken ademen afvinken beantwoorden begroeten benoemen
berekenen beschrijven gebruiken inleveren invullen invoeren knikken lopen luisteren mailen meenemen meten
opbergen opschrijven opsteken opstaan opzoeken overleggen raken schreeuwen slaan schoppen schelden vloeken
slapen spieken storen uitleggen uitschelden verzamelen vergeten vallen vechten volgen voorlezen zwemmen
zwaaien gamen besteden observeren dringen kletsen bewaren ophalen uitproberen uitrekenen vasthouden houden zeuren
""".split()

# Verbs that name no behaviour on their own: a state, a feeling, knowing, or a vague summary.
NO_BEHAVIOUR_VERBS = frozenset("""
zijn worden hebben krijgen voelen weten begrijpen snappen kennen beheersen beseffen denken vinden
gedragen presteren ontwikkelen groeien tonen willen hoeven lijken blijken omgaan
""".split())

# Words that leave open what exactly the student does; an action verb does not make them specific.
VAGUE_WORDS = frozenset("""
beter vaker meer minder sneller netter netjes harder zorgvuldiger zorgvuldig actiever actief serieuzer
serieus rustiger socialer sociaal positiever positief aardiger aardig liever normaal normaler gemotiveerd
gemotiveerder zelfstandiger verantwoord verantwoordelijk respectvol respect behulpzamer geduldiger
weerbaarder betrokken betrokkenheid motivatie inzet houding werkhouding concentratie zelfvertrouwen
leesplezier grip goede betere hogere nettere mooiere gedrag binnenkomgedrag
""".split())
VAGUE_PHRASES = (
    "zijn best", "haar best", "je best", "mijn best", "hun best", "jullie best", "best doen", "goed gedrag",
    "hard werken", "werkt hard", "werk hard", "goed opletten", "goed op", "goed luisteren", "goed samenwerken",
    "aan de regels", "eruit wat erin zit", "doe normaal", "doet normaal", "doen normaal", "even normaal",
    "moet leren", "moeten leren", "gaat leren", "leren luisteren", "leren opletten", "leren omgaan",
)
# Qualifiers that leave the manner open when they follow an action ("komt rustig binnen", "luistert goed").
VAGUE_MANNER = frozenset("goed rustig fijn prima normaal leuk".split())
# Verbs whose manner "rustig" describes something you can hear or see ("praat rustig", "loopt rustig": not
# running): specific. "komt rustig binnen" leaves open what rustig means there.
AUDIBLE = frozenset("""praat praten spreekt spreken zegt zeggen vraagt vragen antwoordt antwoorden vertelt vertellen
loop loopt lopen liep""".split())

# Knowing and understanding: not something you can see.
KNOWING = frozenset("weet weten begrijpt begrijp begrijpen snapt snap snappen kent ken kennen beheerst beheers beseft".split())

# "kan X" and "is in staat om X": an ability needs a measure to be measurable.
# "leren" is behaviour with something to learn ("leert zijn woordjes"), not in "leert beter omgaan met".
STUDY_OBJECTS = ("woord", "tafels", "voor de", "voor het", "samenvatting", "stof", "hoofdstuk")
# A goal whose last word is one of these is about a change, not about behaviour ("Concentratie verbeteren").
ABSTRACT_ENDINGS = frozenset("verbeteren ontwikkelen vergroten verhogen stimuleren bevorderen versterken stoppen aanbrengen".split())
NO_BEHAVIOUR_PHRASES = (
    "aan de regels", "zijn best", "haar best", "je best", "mijn best", "hun best", "best doen", "doe normaal",
    "doet normaal", "normaal doen", "even normaal", "eruit wat erin zit", "omgaan met", " om met ",
)

ABILITY = ("kan", "kunnen", "kun", "kunt", "in staat")

# Conjunctions and relative words that open a subordinate clause: its negations do not count.
SUBORDINATORS = frozenset("""
als wanneer zodra voordat nadat terwijl omdat doordat zodat indien mits zolang totdat tenzij hoewel
die wat hoe waar wie waarin waarop waarmee waarbij zoals
""".split())

NEGATIONS = frozenset("niet geen nooit niets niks niemand nergens minder".split())
NEGATION_PHRASES = ("stopt met", "stop met", "stoppen met", "houdt op met", "ophouden met", "afleren", "vermijdt")
# "zonder" + one of these is a negative goal ("zonder ruzie"); "zonder rekenmachine" is not.
UNWANTED = frozenset("""ruzie gescheld geschreeuw gedoe onderbreking onderbrekingen te laat storen stören gestoord roepen
schelden kletsen weglopen rondlopen""".split())
LIMITS = frozenset("maximaal hooguit hoogstens".split())

# A number, share or norm that says when the goal counts as reached.
NUMBER_WORDS = frozenset("""
een één twee drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig dertig veertig vijftig
honderd kwartier half
""".split())
NORM_WORDS = frozenset("alle allemaal elke iedere ieder elk voldoende foutloos correct procent minstens minimaal".split())

# Labels for a person: a judgement, not a description of what happened.
LABELS = frozenset("""
lastpak lastpakken etter etterbak etterbakje rotjoch rotkind verwend verwende lui luie brutaal brutale
onbeleefd onbeleefde druktemaker probleemkind onhandelbaar onhandelbare ongemotiveerd ongemotiveerde dom
domme lastig lastige vervelend vervelende irritant irritante raar rare stom stomme klier klierig
aansteller aanstellerij luiwammes zeur zeurpiet probleemgeval probleemleerling probleemjongen
probleemmeisje ettertje lastpost rotzak
""".split())

# Labels that are nouns for a person: a judgement whatever the sentence around them.
LABEL_NOUNS = frozenset("""
lastpak lastpakken etter etterbak etterbakje rotjoch rotkind druktemaker probleemkind klier aansteller luiwammes
zeur zeurpiet probleemgeval probleemleerling probleemjongen probleemmeisje ettertje lastpost rotzak
""".split())

# A small list of frequent Dutch words: text with almost none of them is not Dutch (nonsense).
COMMON = frozenset("""
de het een en van ik je jij u hij zij ze we wij jullie is was zijn ben bent heeft hebt heb had dat die dit
deze in op aan met voor bij naar om uit over door tot als dan maar of ook nog wel niet geen al er hier daar
thuis school klas les wat hoe wie waar wanneer waarom welke waardoor veel vaak altijd nooit eens toch dus
want omdat mag kan kunt wil wilt moet moeten zou zouden gaat gaan doet doen ziet zien zegt vertel vertelt
fijn mooi goed leuk graag benieuwd helpt helpen kind zoon dochter moeder vader ouders mentor docent
huiswerk avond ochtend dag week keer klopt herkent merkt denkt vindt weet gebeurt lukt werkt anders
echt gewoon zo nu even meer minder elke iedere zich haar hem hun mijn uw ons onze samen beide allebei
zeker eigenlijk iets niets alles wel ja nee oké dank bedankt begrijp snap hoor zie me mij tegen valt lijkt
heel erg weer zelf later eerst daarna altijd soms vaak momenten moment avonden ochtenden dagen zoals hem
ze zijn wordt gaat komt ligt zit staat
""".split())

# More verbs, only to find the finite verb of a concern ("Kevin botst vaak met klasgenoten").
MORE_VERBS = """
botsen storen pesten huilen reageren spijbelen verzuimen zwijgen mopperen missen dalen zakken concentreren
afleiden klagen liegen dreigen lachen verstoren uitdagen treiteren kunnen willen mogen moeten zullen
liggen vallen rijden zingen laten trekken kijken zoeken denken slaan verliezen winnen wegblijven terugtrekken
gedragen voelen lukken gebeuren vinden werken hangen
""".split()
# Words that look like a verb form but in these texts are not ("niet" is no form of "nieten").
NOT_VERBS = frozenset("niet met net echt recht slecht zacht licht nacht het dat wat plaats want dus les tel".split())

# With "zijn", "zitten" or "hebben" these describe something you can see ("Ik ben stil", "heeft zijn agenda bij zich").
OBSERVABLE_STATES = (
    " stil", "op tijd", "aanwezig", "omgekleed", "bij zich", "bij me", " af ", " af.", "op school", "in het lokaal",
    "op zijn plek", "op haar plek", "op mijn plek", "op je plek", "in de klas", "binnen", " bezig", " onvoldoende", " onvoldoendes",
)
# Light verbs that are no behaviour inside a vague phrase ("doe normaal", "houdt zich aan de regels").
LIGHT_VERBS = frozenset("doe doet doen deed gaat ga gaan ging houd houdt houden hield".split())
COMPARATIVES = frozenset("""
beter vaker meer minder sneller netter harder zorgvuldiger actiever serieuzer rustiger socialer positiever
aardiger liever normaler gemotiveerder betere hogere nettere zelfstandiger behulpzamer geduldiger weerbaarder
""".split())
