"""Dutch date vocabulary, as data only.

`pipeline.dates` builds its regexes and rules from these tables; nothing here
runs any logic. Keep every entry lowercase. When a word is added here it is
picked up by the extractor without code changes.
"""

from __future__ import annotations

#: Weekday name -> ISO weekday index (Monday = 0, as `date.weekday()`).
WEEKDAYS = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}

#: Day-part suffixes glued to a weekday (`maandagavond`) or to `gister`/`morgen`
#: (`gisteravond`, `morgenochtend`): the value stays the day itself.
DAYPART_SUFFIXES = ("avond", "middag", "ochtend", "morgen", "nacht", "namiddag", "voormiddag")  # (the last two Flemish)

#: Full month names -> month number. Recognised alone (`februari`), with a year
#: (`februari 2026`) and after a day number (`15 februari`).
MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

#: Months that are given names too ("April Ross", "Mei Yamaguchi"): the entity rules may not
#: rule them out as a name's first word.
MONTHS_ALSO_GIVEN_NAMES = ("april", "mei")

#: Abbreviations -> month number. Only recognised directly after a day number
#: (`15 feb`, `1 mrt.`), never alone: `mrt` or `dec` alone is too ambiguous.
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}

#: Relative days: word -> day offset from the publication date.
RELATIVE_DAYS = {
    "eergisteren": -2,
    "gister": -1,
    "gisteren": -1,
    "vandaag": 0,
    "morgen": 1,
    "overmorgen": 2,
}

#: Stems that take a day-part suffix (`gisteravond`, `morgenmiddag`), with their offset.
#: `vanavond`, `vanmiddag`, `vanochtend`, `vanmorgen`, `vannacht` are today (`van` + part).
RELATIVE_DAY_STEMS = {"gister": -1, "morgen": 1, "van": 0}

#: Words before `morgen` that make it the noun "morning", not "tomorrow":
#: `de volgende morgen`, `die morgen`, `'s morgens` (the `s` never matches as a whole word).
MORGEN_NOUN_PRECEDERS = (
    "de", "die", "deze", "elke", "iedere", "volgende", "vroege", "zelfde",
    "diezelfde", "dezelfde", "een", "hele", "goede", "op", "in", "van", "s",
)

#: Relative periods: phrase -> (granularity, offset in units of that granularity,
#: phrase handed to dateparser). The dateparser phrase is the canonical form
#: dateparser knows; the offset is the fallback when dateparser cannot parse it.
RELATIVE_PERIODS = {
    "vorige week": ("week", -1, "vorige week"),
    "afgelopen week": ("week", -1, "vorige week"),
    "deze week": ("week", 0, "deze week"),
    "volgende week": ("week", 1, "volgende week"),
    "komende week": ("week", 1, "volgende week"),
    "vorige maand": ("month", -1, "vorige maand"),
    "afgelopen maand": ("month", -1, "vorige maand"),
    "deze maand": ("month", 0, "deze maand"),
    "volgende maand": ("month", 1, "volgende maand"),
    "komende maand": ("month", 1, "volgende maand"),
    "vorig jaar": ("year", -1, "vorig jaar"),
    "afgelopen jaar": ("year", -1, "vorig jaar"),
    "dit jaar": ("year", 0, "dit jaar"),
    "volgend jaar": ("year", 1, "volgend jaar"),
    "komend jaar": ("year", 1, "volgend jaar"),
}

#: Counted periods back from the publication date, "<count> <unit> geleden" ("vier jaar
#: geleden", "3 weken geleden"): unit -> granularity of the value.
AGO_UNITS = {
    "jaar": "year", "maand": "month", "maanden": "month", "week": "week", "weken": "week",
    "dag": "day", "dagen": "day",
}
AGO_WORD = "geleden"
#: The same periods counted ahead, "over <count> <unit>" ("Over twee weken staat de volgende
#: wedstrijd op het programma"); not after a word that spreads something over a stretch of
#: time ("verdeeld over twee dagen"), nor before one that makes it a span ("over vier jaar tijd").
AHEAD_WORD = "over"
AHEAD_SPREAD_PRECEDERS = frozenset("verdeeld verspreid gespreid uitgesmeerd uitgespreid".split())
AHEAD_SPAN_FOLLOWERS = frozenset("tijd heen verdeeld verspreid gespreid".split())

#: Words directly before a relative period that make it a duration, not a point:
#: `het afgelopen jaar` ("the past twelve months") is a duration; `afgelopen jaar` alone is last year.
PERIOD_DURATION_PRECEDERS = ("het", "de", "heel", "hele", "gedurende")

#: A bare year (1900-2099) is a date only after one of these cue words
#: (the span is the year alone). Multi-word cues are matched as written.
YEAR_CUES = (
    "in", "sinds", "vanaf", "tot", "na", "voor", "begin", "eind", "einde",
    "medio", "halverwege", "het jaar", "van", "vóór", "rond", "omstreeks",
    "uit",  # a mark's year of origin: "het record uit 2019", "zijn toptijd uit 2022"
    "aan",  # a goal year: "iedereen denkt al aan 2028"
    "richting",  # a goal year too: "Wat betekent dit zilver richting 2028?"
)

#: A number followed by one of these is a quantity, never a year (`2014 punten`, `1000 meter`).
NON_YEAR_FOLLOWERS = (
    "meter", "m", "km", "kilometer", "kilometers", "punten", "punt", "seconden",
    "seconde", "sec", "s", "minuten", "min", "uur", "euro", "dollar", "kilo", "kg",
    "procent", "%", "mensen", "toeschouwers", "deelnemers", "fans", "keer", "stuks",
    "ronden", "rondes", "jaar", "dagen", "weken", "maanden", "x",
)

# ---------------------------------------------------------------------------
# Tense cues, used per sentence to place a bare weekday before or after the
# publication date.
# ---------------------------------------------------------------------------

#: The endings of a weak verb's singular past ("keurde", "trainde", "stopte"): a verb the tagger
#: reads as a singular past form counts as one only with them, as it sometimes takes a present
#: for a past ("In augustus wacht de marathon"; see pipeline.run.past_tense_verbs).
WEAK_PAST_ENDINGS = ("de", "te")

#: Simple-past forms (strong and weak) common in sports reports. Not those that are also the
#: infinitive ("zetten": "moeten we nog een stap zetten" announces).
PAST_VERBS = frozenset("""
was waren had hadden werd werden won wonnen reed reden pakte pakten eindigde eindigden
schaatste schaatsten liep liepen zwom zwommen fietste fietsten kwam kwamen ging gingen
stond stonden zat zaten lag lagen bleef bleven bleek bleken deed deden zei zeiden
sprak spraken vond vonden kreeg kregen greep grepen verloor verloren sloeg sloegen
dook doken zette scherpte scherpten verbeterde verbeterden maakte maakten
zorgde zorgden finishte finishten klokte klokten veroverde veroverden behaalde behaalden
haalde haalden speelde speelden scoorde scoorden versloeg versloegen moest moesten
mocht mochten kon konden wilde wilden wist wisten leek leken toonde toonden begon begonnen
opende openden volgde volgden omhelsden omhelsde feliciteerde feliciteerden
verklaarde verklaarden reageerde reageerden onthulde onthulden verklapte verklapten
voegde voegden koos kozen legde legden voerde voerden sloot sloten trok trokken
gebeurde viel vielen nam namen gaf gaven zag zagen hield hielden bracht brachten
dacht dachten kroonde kroonden stapte stapten besloot besloten duwde duwden vloeide vloeiden
leidde leidden liet lieten
strandde strandden sneuvelde sneuvelden struikelde struikelden crashte crashten brak braken
evenaarde evenaarden verdedigde verdedigden klopte klopten overtrof overtroffen wierp wierpen
raakte raakten peddelde peddelden demarreerde demarreerden ontsnapte ontsnapten
roeide roeiden startte startten plaatste plaatsten kwalificeerde kwalificeerden
verbrak verbraken noteerde noteerden zegevierde triomfeerde prolongeerde stuntte
sprong sprongen gooide gooiden bezorgde bezorgden ontbrak miste misten verraste
domineerde domineerden sprintte sprintten tikte tikten
bouwde bouwden draaide draaiden schoof schoven keek keken wachtte wachtten hoorde hoorden
beleefde beleefden droeg droegen verdween verdwenen vertrok vertrokken zocht zochten
klom klommen trainde trainden werkte werkten rekende rekenden herstelde herstelden
schreef schreven riep riepen vloog vlogen hing hingen ving vingen vocht vochten dwong dwongen
schoot schoten stak staken gleed gleden streed streden scheen schenen kocht kochten
zong zongen klonk klonken kroop kropen stierf stierven bood boden hief hieven
sleepte sleepten
""".split())

#: A strong past form after a prefix is past too ("overkwam", "overwon", "onderging", "uitviel"):
#: the prefixes of Dutch verbs, inseparable and (in a subordinate clause) separable.
PAST_VERB_PREFIXES = (
    "be", "her", "ont", "ver", "over", "onder", "door", "mis", "weer", "om", "aan", "af", "bij",
    "binnen", "in", "mee", "na", "neer", "op", "terug", "toe", "uit", "voorbij", "weg", "tegen",
)
#: ... of the strong (vowel-changing) past forms above: too short ones ("was", "had", "lag")
#: would read into nouns ("afwas", "oplag").
STRONG_PAST_STEMS = frozenset(
    v for v in PAST_VERBS if not v.endswith(("te", "de", "ten", "den")) and len(v) >= 4
) | frozenset(("won", "nam", "gaf", "zag"))

#: Clause openers of an elaboration without a verb of its own ("..., onder meer in november in
#: Salt Lake City"): such a clause takes the tense of its sentence.
ELABORATION_OPENERS = ("onder meer", "onder andere", "waaronder", "zoals", "met name", "namelijk")

#: Other words that mark a report of what happened (a results header, `geleden`).
PAST_WORDS = frozenset("uitslag uitslagen geleden".split())

#: Perfect auxiliaries: with a past participle in the same sentence the sentence reports.
PERFECT_AUXILIARIES = frozenset("heeft hebben heb hebt is zijn ben bent".split())

#: How past participles open: ge- ("gewonnen"), after a separable particle ("opgegeven",
#: "binnengehaald")...
PARTICIPLE_PARTICLES = (
    "aan", "af", "bij", "binnen", "door", "in", "mee", "na", "neer", "om", "op", "over", "rond",
    "terug", "thuis", "toe", "uit", "vast", "voor", "weg",
)
#: ... or, with no ge-, an unstressed prefix ("veroverd", "behaald", "ontdekt", "herhaald"). Only
#: their weak forms (-d, -t) count: a strong one ("verloren") reads like an infinitive.
PARTICIPLE_PREFIXES_WEAK = ("be", "ver", "ont", "her")
#: Nouns shaped like such participles ("De vrouwen zijn zaterdag aan de beurt" announces), and
#: present-tense forms whose participle is another word ("De ploeg begint zijn seizoen eind mei":
#: "begonnen", "vertrokken", "verloren").
NOT_PARTICIPLES = frozenset("""
beurt bericht beeld verband verbond verstand herfst ontbijt gebied gezicht gewicht gevecht gedicht
gezondheid gebieden gezichten gevechten gesprekken gevolgen gebouwen
begint bestaat betekent bevalt bedraagt bevat vertrekt verliest verlaat vergeet verschijnt verdwijnt
ontbreekt verdient
""".split())

#: Strong future cues: the sentence announces even when it also holds a past form.
FUTURE_STRONG_WORDS = frozenset("""
zal zullen zult ga gaat straks binnenkort aanstaande gepland
""".split())

#: Multi-word strong future cues, matched as written (lowercased) within the sentence.
FUTURE_STRONG_PHRASES = ("op het programma", "op de agenda", "staat gepland", "staan gepland")
#: ... unless its verb is in the past: "Op de slotdag stond de 4x400 meter op het programma".
PLAN_PHRASE_PAST_VERBS = frozenset("stond stonden was waren".split())

#: Weak future cues: they decide only when the sentence has no past form
#: (`nog` also occurs in reports: "Leerdam dook daar nog onder").
FUTURE_WEAK_WORDS = frozenset("""
nog gaan komt komen komende komend volgende volgend verwacht verwachten hoopt hopen
morgen overmorgen
""".split())

#: Words that mark the weekday's own phrase as a plan in a present-tense sentence:
#: `rijdt op vrijdag`, `is op zondag de favoriete` (preposition directly before the weekday).
PLAN_PREPOSITIONS = ("op", "aanstaande", "komende", "volgende")

#: Phrases that make a competition named after them a goal ahead: "op weg naar het WK in
#: september", "richting de Spelen in februari". The month that dates it is to come, whatever
#: the tense of the sentence ("sprak van een mooi fundament op weg naar het WK in september";
#: not a bare "naar": "ging naar het EK in september en won").
DESTINATION_PHRASES = ("op weg naar", "richting", "in aanloop naar", "in de aanloop naar", "ter voorbereiding op",
                       "met het oog op")
#: ... and these only before a competition named: "de laatste kans voor het WK in Tokio in september"
#: ("voor september" alone may be any deadline).
COMPETITION_GOAL_PREPOSITIONS = ("voor",)

#: Words directly before a weekday that fix its direction regardless of tense.
PAST_WEEKDAY_MODIFIERS = ("afgelopen", "vorige", "jongstleden", "vorig")
#: Prepositions before a weekday that point back from the article's day (not part of the date's
#: span): "hing al sinds woensdag aan de gevel".
PAST_WEEKDAY_PREPOSITIONS = ("sinds", "sedert")
FUTURE_WEEKDAY_MODIFIERS = ("aanstaande", "komende", "volgende")

#: Words directly before a month that name a part of it ("eind maart", "begin september"): part
#: of the expression, as a weekday's modifier is; the value stays the month.
MONTH_PART_WORDS = ("begin", "eind", "half", "medio", "midden")

#: Words directly before a weekday that make it habitual, not a date (`elke zondag`).
WEEKDAY_HABITUAL_PRECEDERS = ("elke", "iedere", "ieder", "alle")
