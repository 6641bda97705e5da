"""Dutch sports vocabulary: events, medals, placings, records and the words around them.

Pure data. The extractors in pipeline/extract/ compile these into patterns; adding
a discipline or a phrasing is a change here, not in the code.
"""

# --- numbers -------------------------------------------------------------------------------

ORDINALS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
    "1e": 1, "2e": 2, "3e": 3, "4e": 4, "5e": 5, "6e": 6, "7e": 7, "8e": 8, "9e": 9, "10e": 10,
    "1ste": 1, "2de": 2, "3de": 3, "4de": 4, "5de": 5,
}

#: Dutch number words are compounds of these: "tweeëntwintig" (2 en 20), "vijftienhonderd"
#: (15 x 100), "tienduizend" (10 x 1000); pipeline/extract/numbers.py reads them.
NUMBER_UNITS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}
NUMBER_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
}
NUMBER_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}
NUMBER_HUNDRED = "honderd"
NUMBER_THOUSAND = "duizend"
#: Every number word below a hundred, written as one word: a unit "en" a ten ("eenentwintig"),
#: "ën" after an e ("tweeëntwintig", "drieëntwintig").
NUMBER_WORDS = {
    **NUMBER_UNITS, **NUMBER_TEENS, **NUMBER_TENS,
    **{unit + ("ën" if unit.endswith("e") else "en") + ten: u + t
       for unit, u in NUMBER_UNITS.items() if unit != "één" for ten, t in NUMBER_TENS.items()},
}

# --- distances and disciplines -------------------------------------------------------------

#: Units after a number that make it a distance, with their factor to meters.
#: ("op beide 500 meters": the plural names the races of a distance raced twice)
DISTANCE_UNITS = {"meter": 1, "meters": 1, "m": 1, "kilometer": 1000, "kilometers": 1000, "km": 1000}

#: Distances named without a number. "de kilometer" is the 1000 meter in skating and swimming.
NAMED_DISTANCES = {"kilometer": 1000, "mijl": 1609}
#: Races a named distance heads without its article, at the start of a results list's line:
#: "Kilometer tijdrit mannen: 1. ..." is the kilometer.
NAMED_DISTANCE_RACES = ("tijdrit",)

#: Meters of the named events whose times run past the hour: the running marathon, the
#: shortest race of that name (a skating marathon is longer); a triathlon's shortest course
#: (the super sprint: 400 m swimming, 10 km cycling, 2.5 km running); a road race's, for
#: juniors. Distance events carry their meters.
EVENT_METERS = {"marathon": 42195, "halve marathon": 21098, "triathlon": 12900, "wegrit": 60000}

#: Meters per second no race over a set distance is won faster than (track cycling's flying
#: lap is about 21): a time read as minutes that would be faster is hours ("2:05.41" in a
#: marathon is 2 h 05 min 41 s, the way Dutch pages write road times).
FASTEST_RACE_SPEED = 25.0
#: ... and slower than any race (a 50 km walk is about 3.5, the slowest swim about 1.3): "7.52"
#: on the 60 meter horden, read as 7 min 52, is 7,52 seconds written with an English dot.
SLOWEST_RACE_SPEED = 1.0

#: Disciplines whose word also names a moment of any race: after "een" (and an adjective or two)
#: it is that moment, not the event ("hield in een spannende achtervolging Verstraeten af",
#: "won na een lange sprint").
DISCIPLINES_ALSO_RACE_MOMENTS = ("achtervolging", "sprint")
#: ...unless the adjective names the discipline's kind ("een individuele achtervolging").
DISCIPLINE_KIND_ADJECTIVES = ("individuele",)

#: Field events: their marks are heights and distances ("won met 4,46"), never times.
FIELD_EVENTS = ("hoogspringen", "polsstokhoogspringen", "verspringen", "hink-stap-springen", "kogelstoten",
                "discuswerpen", "speerwerpen", "kogelslingeren")

#: Disciplines that are events in their own right (the normalized event is the key).
DISCIPLINES = {
    # the racers of a team discipline are the discipline: "de ploegachtervolgers", "teamsprinters"
    "ploegachtervolging": ("ploegachtervolging", "ploegachtervolgingen", "ploegachtervolgers"),
    # the individual pursuit (biathlon, track cycling), no team event
    "achtervolging": ("achtervolging",),
    "massastart": ("massastart", "massastarts"),  # (a day's programme: "vandaag de massastarts")
    "teamsprint": ("teamsprint", "team sprint", "teamsprints", "teamsprinters"),
    # (a skating race "op natuurijs" or "op kunstijs", as its championship: "het NK natuurijs")
    "marathon": ("marathon", "natuurijs", "kunstijs"),
    # a road race of its own, named as one (not "21098m")
    "halve marathon": ("halve marathon",),
    "tijdrit": ("tijdrit", "tijdritten", "tijdrijden"),
    "ploegentijdrit": ("ploegentijdrit",),
    "wegrit": ("wegrit", "wegwedstrijd"),
    "aflossing": ("aflossing", "aflossingen", "estafette", "estafettes"),
    "allround": ("allroundtoernooi", "allround"),
    "keirin": ("keirin",),
    # track cycling's bunch races
    "afvalkoers": ("afvalkoers", "afvalrace", "eliminatiekoers"),
    "scratch": ("scratch",),
    "puntenkoers": ("puntenkoers",),
    "koppelkoers": ("koppelkoers",),  # (not "madison": a given name too)
    "omnium": ("omnium",),
    "skiff": ("skiff", "skiffeur", "skiffeuse", "skiffster"),  # (its single rower names it: "Skiffeur Kalma werd derde")
    "dubbeltwee": ("dubbeltwee", "dubbel-twee"),
    "twee-zonder": ("twee-zonder", "twee zonder stuurman"),
    "dubbelvier": ("dubbelvier", "dubbel-vier"),
    "vier-zonder": ("vier-zonder", "vier zonder stuurman"),
    "acht": ("holland acht", "de acht met stuurman"),
    "sprint": ("individuele sprint", "sprintfinale", "sprinttitel", "sprinttoernooi"),
    "vijfkamp": ("vijfkamp", "vijfkamper", "vijfkampster"),
    "zevenkamp": ("zevenkamp", "zevenkampster", "zevenkampsters"),
    "tienkamp": ("tienkamp", "tienkamper", "tienkampers"),  # (its athletes name it too: "De tienkamper werd derde")
    # field events (each one an athlete's only event: "Kogelstoter Wesseling werd derde")
    "hoogspringen": ("hoogspringen", "hoogspringer", "hoogspringster"),
    "polsstokhoogspringen": ("polsstokhoogspringen", "polsstokspringen", "polsstokhoogspringer", "polsstokhoogspringster",
                             "polsstokspringer", "polsstokspringster"),
    "verspringen": ("verspringen", "verspringer", "verspringster"),
    "hink-stap-springen": ("hink-stap-springen", "hinkstapspringen", "hink-stap", "hink-stap-springer", "hink-stap-springster"),
    "kogelstoten": ("kogelstoten", "kogelstoter", "kogelstootster"),
    "discuswerpen": ("discuswerpen", "discuswerper", "discuswerpster"),
    "speerwerpen": ("speerwerpen", "speerwerper", "speerwerpster"),
    "kogelslingeren": ("kogelslingeren", "kogelslingeraar", "kogelslingeraarster"),
    "halfpipe": ("halfpipe",),
    # winter disciplines named by their course, hill or sled
    "skeleton": ("skeleton", "skeletonster", "skeletonner"),  # one event a sex: the sport is the event
    "skiatlon": ("skiatlon", "skiathlon"),
    "monobob": ("monobob",),
    "tweemansbob": ("tweemansbob",),
    "viermansbob": ("viermansbob",),
    "parallelreuzenslalom": ("parallelreuzenslalom",),
    "parallelslalom": ("parallelslalom",),
    "reuzenslalom": ("reuzenslalom",),
    "slalom": ("slalom",),
    "super-g": ("super-g", "super g"),
    "normale schans": ("normale schans",),
    "grote schans": ("grote schans",),
    "skicross": ("skicross",),
    "snowboardcross": ("snowboardcross",),
    "slopestyle": ("slopestyle",),
    "big air": ("big air",),
    "triathlon": ("triathlon", "triatlon"),
    "cross-country": ("cross-country", "crosscountry"),  # mountain biking's Olympic discipline
    # fencing by weapon, archery by bow: also the compounds that name it ("degenschermster
    # Bouma", "de recurveboog"); see FENCING_WEAPONS and ARCHERY_BOWS below
    # sailing by its class, as written
    "iQFoil": ("iqfoil",),
    "49erFX": ("49erfx", "49er fx"),
    "49er": ("49er",),
    "ILCA 6": ("ilca 6", "ilca-6"),
    "ILCA 7": ("ilca 7", "ilca-7"),
    "Nacra 17": ("nacra 17", "nacra-17"),
    "470": ("470-klasse", "470'er"),
    "Formula Kite": ("formula kite",),
}

#: Fencing weapons and archery bows, each an event with the compounds that name it.
FENCING_WEAPONS = ("degen", "sabel", "floret")
FENCING_COMPOUND_ENDINGS = ("schermster", "schermer", "schermsters", "schermers", "finale", "toernooi")
ARCHERY_BOWS = ("recurve", "compound")
ARCHERY_COMPOUND_ENDINGS = ("boog", "schutter", "schutster")
DISCIPLINES.update(
    {weapon: (weapon, *(weapon + ending for ending in FENCING_COMPOUND_ENDINGS)) for weapon in FENCING_WEAPONS}
)
DISCIPLINES.update({bow: (bow, *(bow + ending for ending in ARCHERY_COMPOUND_ENDINGS)) for bow in ARCHERY_BOWS})

#: Sailing classes of a boat sailed by two or more: its result is the crew's, a team (like "K2").
CREW_SAILING_CLASSES = ("49erFX", "49er", "470", "Nacra 17")

#: Gymnastics apparatus (and the individual all-round, `meerkamp`): events only in an article about
#: gymnastics (see GYMNASTICS_CUES), since "brug", "balk", "vloer", "paard" are ordinary words.
APPARATUS = {
    "vloer": ("vloer", "vloeroefening", "vloerfinale"),
    "sprong": ("sprong", "sprongfinale"),
    "brug": ("brug", "brug ongelijk", "brug gelijk", "ongelijke brug", "gelijke brug", "brugoefening", "brugfinale"),
    "balk": ("balk", "balkoefening", "balkfinale"),
    "rekstok": ("rekstok", "rekstokoefening", "rekstokfinale"),
    "ringen": ("ringen", "ringenfinale"),
    "paard": ("paard voltige", "paard", "voltige", "paardvoltige"),
    "meerkamp": ("meerkamp", "meerkampfinale", "meerkamptitel"),
}

#: Words that make an article one on rowing, where "de acht" is the boat of eight.
ROWING_CUES = (
    "roeien", "roeier", "roeiers", "roeister", "roeisters", "roeiploeg", "roeibond", "roeibaan", "knrb",
    "skiff", "skiffeur", "skiffeuse", "stuurman", "slagroeier",
)
#: In a rowing article "de acht" before these (or a clause's end, or a verb in the past) is the
#: boat ("De acht bij de mannen pakte zilver", "De acht moest alleen ... voor zich dulden"); before
#: a noun it is the number ("de acht finalisten").
EIGHT_BOAT_NEXT_WORDS = ("bij", "van", "met", "in", "op", "uit", "zonder", "en", "of", "die", "heeft", "is", "wint", "roeit", "pakt")

#: Words that make an article (or a paragraph) one about gymnastics, a sport of judges' scores.
GYMNASTICS_CUES = (
    "turnen", "turnster", "turnsters", "turner", "turners", "turnbond", "turnploeg", "toestelfinale",
    "toestelfinales", "gymnastiek", "kngu",
)

#: Weight classes: "tot 63 kilo", "-63 kg", "de klasse tot 63 kilogram" -> `-63kg`; "boven 78 kilo",
#: "+78 kg" -> `+78kg`.
WEIGHT_UNITS = ("kilogram", "kilo", "kg")
WEIGHT_UP_TO = ("tot", "-", "−", "–")
WEIGHT_ABOVE = ("boven", "+", "plus")

#: Categories Dutch glues onto a discipline word: "vrouwendubbelvier", "mannenacht",
#: "herenestafette", "vrouwenploegachtervolging" are the discipline itself.
CATEGORY_PREFIXES = ("vrouwen", "mannen", "heren", "dames", "jongens", "meisjes", "junioren")
#: ... and so does a series glued before it: "de wereldbekersprint", "de wereldbekerachtervolging".
SERIES_PREFIXES = ("wereldbeker",)
#: ... and the group glued after it: "estafettemannen", "estafettekwartet", "estafetteploeg" are
#: the relay's team, so their result is the relay's.
DISCIPLINE_TEAM_SUFFIXES = (*CATEGORY_PREFIXES, "ploeg", "team", "kwartet", "formatie")
#: Discipline words that name the event only glued to a category or series ("mannenacht",
#: "wereldbekersprint"); alone they are ordinary words ("acht" is also the number eight, "de
#: sprint" the end of any race).
COMPOUND_DISCIPLINES = {"acht": "acht", "sprint": "sprint"}

#: The distances a relay is raced over without "4x" (short track: 2000 mixed, 3000 women, 5000
#: men): after the relay's team in its sentence such a distance is the relay ("De aflossingsploeg
#: ... veroverde brons op de 5000 meter"), another one a member's own race.
RELAY_DISTANCES = (2000, 3000, 5000)

#: Words joining two distances that share one unit: "de 5000 en de 10.000 meter" (both meters),
#: "op de 500 of 1000 meter".
DISTANCE_JOINS = ("en", "of", "en op", "of op", "als", "als op")  # (the last two: "zowel de 1000 als de 1500 meter")

#: Disciplines a distance only qualifies: "de 3000 meter aflossing" is the relay, whatever its
#: distance (unlike "de 500 meter tijdrit", which is the 500 meter).
DISCIPLINES_OVER_DISTANCE = ("aflossing",)

#: The sports of the legs of a multi-sport race: in "1500 meter zwemmen, 40 kilometer fietsen en
#: 10 kilometer lopen" each distance is a leg of the triathlon, not an event of its own.
SEGMENT_SPORTS = (
    "zwemmen", "fietsen", "lopen", "hardlopen", "wielrennen", "mountainbiken", "roeien", "kanoën",
    "kajakken", "peddelen", "schaatsen", "langlaufen", "skiën", "wandelen",
)

#: A group of riders or runners in a race: a time a sentence gives one and no athlete ("De
#: kopgroep passeert het 30 kilometerpunt in 1:29.10", "De hazen brengen de kopgroep in 29.38
#: door") is where the group was, no one's finishing time.
PACK_NOUNS = (
    "kopgroep", "kopgroepje", "koplopers", "leidersgroep", "achtervolgers", "achtervolgende groep",
    "peloton", "hazen", "pacers", "spitsgroep", "koppeloton",
)

#: One member's part of a team race: "klokte haar ronde in 48,92", "zwom als slotzwemster een
#: split van 52,36". A time said of it is the member's own.
LEG_WORDS = (
    "ronde", "split", "splittijd", "tussentijd", "estafettebeurt", "slotronde", "openingsronde",
    "slotloper", "slotloopster", "startloper", "startloopster", "slotzwemmer", "slotzwemster",
    "startzwemmer", "startzwemster",
)

#: Events contested by a team: the result is the team's (a nation's), not one member's.
TEAM_DISCIPLINES = (
    "ploegachtervolging", "teamsprint", "aflossing", "ploegentijdrit", "dubbeltwee", "twee-zonder",
    "dubbelvier", "vier-zonder", "acht",
    "tweemansbob", "viermansbob",  # a sled of more than one is a crew, as a boat is
)

#: "werd zaterdag in de sprint 31e", "eindigde in de sprint als 38e", "werd zevende in de sprint":
#: a place past the podium is no race's final dash (those are won or lost: "kwam in de sprint
#: tekort"), so "in de sprint" with one in its clause is the sprint event. Places in words past
#: twelve are compounds on these endings ("zestiende", "drieëntwintigste").
PAST_PODIUM_ORDINAL_ENDINGS = ("tiende", "tigste", "honderdste")
#: "de sprint" is the event (track cycling, the skating sprint) after these words or as the
#: object of a win verb ("won in Santiago de sprint"); elsewhere it is a phase of a race
#: ("kwam in de sprint tekort", "de sprint om plek drie").
#: A title right before it names the event too: "wereldkampioen sprint".
SPRINT_EVENT_LEADS = (
    "op de", "kampioen", "kampioene", "wereldkampioen", "wereldkampioene",
    # "In de finale van de sprint", "Het brons in de sprint" (a sprint finish gives no medal)
    "finale van de", "goud in de", "zilver in de", "brons in de", "medaille in de", "titel in de",
)
#: After "de sprint" these make it a phase of a race, not the event.
SPRINT_PHASE_AFTER = ("om", "van", "voor", "naar", "aan", "in", "tegen", "met", "af", "aangaan", "inzetten")

#: Words after a distance that make a different event of it: "400 meter horden" -> "400m horden".
EVENT_QUALIFIERS = ("horden", "steeple", "snelwandelen")
#: Swimming strokes after a distance ("de 50 meter vlinderslag en de 200 meter vrije slag"): part
#: of how the event is said, not a word between two events.
SWIM_STROKES = ("vrije slag", "vrije stijl", "vlinderslag", "vlinder", "rugslag", "schoolslag", "wisselslag",
                "borstcrawl")

#: Words that name again the event just reported ("werd hij nog tweede op dit onderdeel", "in
#: deze klasse", "op deze afstand"): the fact is about that event, even in a past year.
EVENT_ANAPHORS = (
    "dit onderdeel", "hetzelfde onderdeel", "dat onderdeel", "deze afstand", "dezelfde afstand",
    "die afstand", "deze klasse", "dezelfde klasse", "die klasse", "dit nummer", "hetzelfde nummer",
    "deze discipline", "dezelfde discipline", "deze gewichtsklasse", "dezelfde gewichtsklasse",
    # the last distance of a championship, named just before ("Op de afsluitende 10.000 meter ...
    # Van Kempen won die slotafstand in 12.54,08")
    "die slotafstand", "deze slotafstand", "die slotrace",
    "die afsluitende afstand", "deze afsluitende afstand", "die laatste afstand", "deze laatste afstand",
)
#: A paragraph that names no event but goes on about "the final" ("De finale is gereden. Wu is
#: olympisch kampioen in 40,112.") is about the event an earlier sentence named a final of ("Onstenk
#: plaatste zich voor de A-finale van de 500 meter"), not the article's first.
RACE_ANAPHORS = ("de finale", "die finale", "deze finale")

#: Longer distances in kilometers are route lengths (a stage, a course), not events.
MAX_EVENT_KM = 50

#: A distance after one of these words is a split inside a race, not the race itself.
#: Words of a lap: in their sentence a figure with tenths ("ronden in 28,6 en 28,7", "De rondetijden
#: liepen op: 29,2, 29,4") is a lap time, as tenths alone would not make one elsewhere.
LAP_WORDS = ("ronde", "ronden", "rondes", "rondetijd", "rondetijden", "slotronde", "openingsronde")
SPLIT_CUES = ("na", "laatste", "eerste", "slotronde", "tussentijd", "over", "bij", "ronde", "passeerde", "passeert", "passeerden",
              "tot",  # ("lag tot 4200 meter op schema")
              "vanaf",  # ("een lange sprint vanaf 300 meter")
              # ("Tussentijd op 10 kilometer", "komt door op 15 kilometer in 49.30": where one passed)
              "tussentijd op", "doorkomst op", "door op")
#: Of those, the ones that make a split only before a bare number: "bij 750 meter" is a point in
#: the race, "bij de 3000 meter steeple" the event ("vanaf de 500 meter" names the first of a
#: championship's distances).
SPLIT_CUES_BARE_ONLY = ("bij", "na", "vanaf")
#: A line opening with one of these lists the splits of a race: "Tussentijden Van Dalen: 300 meter
#: 25,61 - 700 meter 54,80": its distances are points inside the race, not events.
SPLIT_HEADINGS = ("tussentijden", "doorkomsttijden", "rondetijden", "splits")
#: "wereldkampioen op de weg", "het WK op de weg": after one of these, "op de weg" is the road race.
ROAD_RACE_LEADS = ("kampioen", "kampioene", "wereldkampioen", "wereldkampioene", "titel", "wereldtitel", "WK", "EK", "NK")
#: "het BK wielrennen", "het NK wielrennen": a road cycling championship, whose title is the road
#: race's (a time trial is named as such).
ROAD_CHAMPIONSHIPS = ("WK", "EK", "NK", "BK")
ROAD_CHAMPIONSHIP_SPORTS = ("wielrennen", "wegwielrennen")

#: A distance after one of these is the length of a route covered, not an event: "legde de 33
#: kilometer rond Caen af in 39.12".
ROUTE_BEFORE = ("legde de", "legt de", "legden de", "leggen de", "legde ze de", "legde hij de",
                # a course or lap: "over het zware parcours van ruim 31 kilometer", "een ronde van 7 km"
                "parcours van", "parcours van ruim", "parcours van bijna", "parcours van zo'n", "route van",
                "ronde van", "omloop van", "rit over",
                # the length of a ski jump: "met sprongen van 104,5 en 106 meter"
                "sprong van", "sprongen van", "sprong naar", "sprong tot")
#: Sports, as a day overview heads its paragraphs with them ("Bobslee - In de monobob ...").
SPORT_NAMES = (
    "schaatsen", "langebaanschaatsen", "shorttrack", "kunstrijden", "schansspringen", "langlaufen", "biatlon",
    "biathlon", "skeleton", "bobslee", "rodelen", "snowboard", "snowboarden", "freestyle", "freestyleskiën",
    "alpineskiën", "skiën", "skiesporten", "noordse combinatie", "curling", "ijshockey", "skimountaineering",
    "atletiek", "zwemmen", "wielrennen", "baanwielrennen", "roeien", "zeilen", "turnen", "judo", "schermen",
    "boogschieten", "triatlon", "triathlon", "kanovaren", "kanoën", "hockey", "tennis", "voetbal", "volleybal",
    "handbal", "veldrijden", "mountainbiken", "bmx", "korfbal", "basketbal", "waterpolo", "badminton",
    "tafeltennis", "taekwondo", "boksen", "worstelen", "gewichtheffen", "darts", "snooker", "paardensport",
    "marathonschaatsen", "skeeleren", "inline-skaten", "inlineskaten", "kanoslalom", "kanosprint", "wildwatervaren",
    "beachvolleybal", "klimmen", "sportklimmen", "golf", "zwemmen open water", "openwaterzwemmen", "paardrijden",
    "motorsport", "autosport", "formule 1", "motorcross", "atletiek indoor",
    "marathon", "hardlopen", "wegatletiek", "veldlopen",  # a round-up item's heading ("Marathon: Stegeman vijfde in Wenen")
)
#: A distance followed by one of these is a position in the race ("op 200 meter van de streep")
#: or part of a speed ("een gemiddelde van 41 kilometer per uur"), not an event.
POSITION_AFTER = (
    "van de streep", "van de finish", "voor de finish", "voor de streep", "van het einde", "voor het einde", "van de meet",
    "per uur", "per seconde", "per minuut", "per dag", "per week",
    # a point the racer passed: "kwam bij de 1000 meter door in 3.38,40"
    "door in", "door op",
    # a swimmer's turn at the wall: "Bij de 150 meter draait ze in 1.26,30 als eerste"
    *(f"{verb} {after}" for verb in ("draait", "draaide", "keert", "keerde") for after in ("ze", "hij", "in")),
)

# --- times ---------------------------------------------------------------------------------

#: After a bare "37,15": the number is a time when followed by one of these.
SECOND_UNITS = ("seconden", "seconde", "sec", "s")

#: A number followed by one of these is not a race time (amounts, scores, lengths).
NOT_TIME_UNITS = (
    "procent", "%", "euro", "miljoen", "miljard", "meter", "m", "km", "kilometer", "kilo", "kg",
    "punten", "punt", "uur", "minuten", "minuut", "graden", "cm", "centimeter", "jaar", "keer",
)

#: Before a figure in its sentence these make it a judge's score, not a time: "scoorde 14,566",
#: "een score van 13,9". (In a gymnastics article every bare decimal is a score: GYMNASTICS_CUES.)
SCORE_WORDS = ("scoorde", "scoort", "scoorden", "score", "scores", "jurycijfer", "jurycijfers", "puntentotaal", "waardering")
#: After a seconds figure that follows another time ("in 4.01,38, 1,2 seconde voor PSV") these make
#: it the gap to the next finisher.
MARGIN_AFTER_TIME = ("voor", "achter", "op")

#: Words right after a seconds figure that make it a margin, not a finishing time.
MARGIN_WORDS = (
    "achterstand", "voorsprong", "verschil", "sneller", "langzamer", "trager", "tekort",
    "te langzaam", "te kort", "later", "eerder", "toe", "terug",
)
#: Margin words that compare speeds: after one of TIME_COMPARED_LEADS the figure before them is
#: the faster (or slower) time itself ("was met 34,41 sneller", "in 46,301 sneller dan Polen"),
#: not the margin ("was 0,11 sneller", "met 0,11 seconde sneller").
COMPARATIVES = ("sneller", "langzamer", "trager")
TIME_COMPARED_LEADS = ("met", "in")
#: ... after a seconds unit only: "had 9,7 seconden over op de Fransman" (but "na 1.12,59 over de
#: lijn" is the time).
MARGIN_WORDS_AFTER_UNIT = ("over",)

#: A time written in words ("in 1 uur, 2 minuten en 14 seconden", "in 8 minuten en 3,5 seconden"):
#: the unit words and their seconds, and the words that join the parts.
TIME_UNIT_WORDS = {"uur": 3600, "minuut": 60, "minuten": 60, "seconde": 1, "seconden": 1}
TIME_PART_JOINS = (",", "en")

#: Words right before a figure that make it a margin ("met 0,15", "+1,32").
MARGIN_LEAD = ("+", "-", "slechts", "ruim", "nipt", "amper", "scheelde")

#: Before "33.29" (minutes and seconds without hundredths, as in time trials) one of these says
#: it is a race time, not a clock time or a decimal.
MINUTES_LEADS = ("in", "met", "van", "klokte", "noteerde", "reed", "liep", "tijd")
#: ... and so does one of these verbs of the clause up to six words before it ("Mollema klokte
#: daar 18.31", "liep de 26-jarige atleet van AV Hollandia 28.39"), or a distance right before
#: it ("een ronde van 31,2 kilometer 40.12": the time over that distance).
MINUTES_VERBS = (
    "klokte", "klokt", "klokten", "noteerde", "noteert", "reed", "rijdt", "reden", "liep", "loopt",
    "liepen", "zwom", "zwemt", "roeide", "roeit", "finishte", "finisht", "realiseerde", "zette",
)
#: Before a figure these make it a time of day: "om 18.31", "vanaf 14.00".
CLOCK_LEADS = ("om", "rond", "omstreeks", "vanaf", "tot", "sinds", "tegen", "voor", "na", "tussen")
#: ... and this one a gap to another rider: "finishte op 1.12 van de winnaar", "werd tweede op
#: 18,3 seconden".
GAP_LEADS = ("op",)
#: After a gap's lead, one of these right after a time says whom the gap is to
#: ("als 38e op 1.52,3 van de winnaar", "op 1.04,2 achter Hovland"); without one, "op 1.47,12"
#: may be where the clock stopped.
GAP_REFERENCES = ("van", "achter")
#: A figure after one of these nouns and "van" is a margin: "een achterstand van 1,84 seconde",
#: "met een voorsprong van 12.04 op de achtervolgers".
MARGIN_NOUNS = ("achterstand", "voorsprong", "verschil", "marge", "tijdsverschil", "tijdverschil", "gat", "kloof")

#: A time that a standard sets is no one's race: "de limiet van 2.26.00", "De limiet van de
#: Atletiekunie lag op 2.26.00", "de EK-limiet (7,94)" (also glued: "EK-limiet", "WK-norm").
STANDARD_NOUNS = ("limiet", "limieten", "norm", "kwalificatienorm", "kwalificatie-eis", "kwalificatietijd",
                  "toegangstijd", "minimumeis")
#: ... with the time after one of these, up to a few words on: "lag op", "van", "is".
STANDARD_LINKS = ("van", "op", "is", "was", "ligt op", "lag op", "staat op", "stond op", "bedraagt", "bedroeg")

# --- medals and placings -------------------------------------------------------------------

MEDAL_NOUNS = {"goud": "gold", "zilver": "silver", "brons": "bronze"}
MEDAL_ADJECTIVES = {"gouden": "gold", "zilveren": "silver", "bronzen": "bronze"}
MEDAL_OBJECTS = ("medaille", "medailles", "plak", "plakken", "plakje", "medaillon")
RANK_MEDALS = {1: "gold", 2: "silver", 3: "bronze"}
MEDAL_RANKS = {medal: rank for rank, medal in RANK_MEDALS.items()}  # "gold" -> 1

#: Titles that mean gold for the person who holds them after this race.
TITLE_WORDS = (
    "kampioen", "kampioene", "wereldkampioen", "wereldkampioene", "europees kampioen",
    "europees kampioene", "olympisch kampioen", "olympisch kampioene", "wereldtitel",
    "olympische titel", "europese titel", "titel", "winnaar", "winnares", "winnaars",
)

#: Disciplines and classes a title is compounded with: "Nederlands indoorkampioen", "de
#: Europese juniorentitel", "allroundkampioene", "marathontitel" (a title as any other).
TITLE_COMPOUND_HEADS = (
    "allround", "sprint", "meerkamp", "indoor", "junioren", "jeugd", "beloften", "marathon", "tijdrit",
    "veldrit", "kortebaan", "langebaan", "baan", "weg", "cross", "veldloop",
)

#: Verbs of winning: "<person> won de 500 meter" is gold.
WIN_VERBS = (
    "won", "wonnen", "wint", "winnen", "gewonnen", "zegevierde", "triomfeerde", "zegeviert", "triomfeert",
)

#: Units of a winning margin: "won in 6.14,38, ruim een seconde voor Polen" (the names after
#: "voor" came second and third).
MARGIN_UNITS = (
    "seconde", "seconden", "tiende", "tienden", "honderdste", "honderdsten", "duizendste", "duizendsten",
    "meter", "lengte", "lengtes", "bootlengte", "bootlengtes", "punt", "punten", "minuut", "minuten",
)

#: Verbs and phrases that introduce a placing: "werd derde", "eindigde als tweede".
PLACING_LEADS = (
    "werd", "wordt", "werden", "worden", "eindigde als", "eindigt als", "eindigden als", "finishte als",
    "finishten als", "kwam als", "kwamen als", "kwam binnen als",
    "eindigde op de", "eindigt op de", "werd knap", "legde beslag op de", "pakte de", "greep de",
    "beslag op de",
)
PLACING_NOUNS = ("plaats", "plek", "stek")
#: "daar werd Robbe Lambrechts kampioen", "werd ze kampioen": becoming champion without a
#: qualifier is a title (gold) after one of these verbs.
BECOME_VERBS = ("werd", "werden", "wordt", "worden")
#: Headings of a results list ("Uitslag 1500 meter vrouwen", "Einduitslag:"): below one, "2. T. Huske"
#: is a second place.
RESULTS_HEADINGS = ("uitslag", "uitslagen", "einduitslag", "eindklassement", "top drie", "podium")

#: Phrases that say third place without an ordinal: "De Italiaanse Fontana completeerde het podium".
PODIUM_THIRD = ("completeerde het podium", "completeert het podium", "maakte het podium compleet", "maakt het podium compleet",
                "vervolledigde het podium", "vervolledigt het podium")
#: The same said of two: "Brouwers en Van 't Riet maakten het podium compleet" (second and third).
PODIUM_LAST_TWO = ("completeerden het podium", "completeren het podium", "maakten het podium compleet",
                   "maken het podium compleet", "vervolledigden het podium")
#: Adverbs that may stand inside those phrases: "completeerde ook daar het podium".
PODIUM_ADVERBS = ("ook", "daar", "hier", "opnieuw", "weer", "nog", "wel")
#: Verbs after an ordinal in a subordinate clause, where Dutch puts the verb last: "die tweede werd".
PLACING_VERBS_AFTER = ("werd", "werden", "eindigde", "eindigden", "finishte", "finishten", "is geworden", "was geworden", "geworden")

#: Overall classifications of a championship of their own: in an `EK allround`, `WK sprint`
#: every medal is one of the final classification, whatever distance its sentence names. Matched
#: as word starts in the article's lead ("allroundtitel", "EK allround"). (A combined event in
#: athletics, `zevenkamp`, shares its championship with other events: not an article-wide rule.)
OVERALL_CLASSIFICATIONS = {
    "allround": "allround",
    # The skating sprint championship (500 and 1000 meter twice), not the sprint of track cycling.
    "sprintkampioen": "sprint", "sprintkampioene": "sprint", "wk sprint": "sprint", "ek sprint": "sprint",
    "nk sprint": "sprint", "kampioen sprint": "sprint", "kampioene sprint": "sprint",
}

#: Words right before a medal phrase that make it one distance's medal inside such a championship:
#: "een kleine gouden medaille op de 5000 meter" (the overall classification gives the big ones).
DISTANCE_MEDAL_WORDS = ("kleine",)

#: The final standings of a championship raced over several distances (shorttrack, skating): the
#: title or podium "in het eindklassement" is the overall one, event `allround`.
OVERALL_STANDINGS = {"eindklassement": "allround"}

#: A medal phrase after one of these (within its clause) was missed, hoped for, or still to come.
MISSED_CUES = (
    "naast", "miste", "mist", "missen", "gemist", "net niet", "geen", "buiten", "kans op",
    "kansen op", "kansen om", "kans om", "hoop", "hoopt", "hoopte", "hoopten", "gehoopt", "droom", "droomt",
    "droomde", "uit op", "jacht op", "jaagt", "favoriet", "favoriete", "topfavoriet",
    "topfavoriete", "leek", "leken", "zou", "zullen", "zal", "wil", "wilde", "wilden",
    "kan", "kon", "te gaan", "mikt", "mikte", "aast", "rekent op", "op weg naar",
    "strijd om", "strijdt om", "strijden om", "streden om", "race om", "duel om", "verloor",
    "verspeelde", "aanval op", "uit was op",
    "uit waren op", "uit is op", "uit zijn op", "jacht naar", "op jacht",
    # "Dat was niet genoeg voor goud"
    "niet genoeg", "onvoldoende", "te weinig",
)

#: A medal word right after one of these is what someone aims at, not what was won: "Ik kom hier
#: voor goud", "gaat voor zilver". ("goed voor goud" is a result: see NOT_AIM_BEFORE.)
AIM_BEFORE = ("voor", "voor het", "voor de", "voor een", "om het", "om de")
#: A medal word that answers a question about one of these is an aim, not a medal won: "Wat is
#: het doel? Goud, natuurlijk.", "Wat zijn je verwachtingen? Een medaille."
AIM_QUESTION_WORDS = (
    "doel", "doelen", "doelstelling", "ambitie", "ambities", "droom", "dromen", "verwachting",
    "verwachtingen", "verwacht", "hoop", "hoopt", "streven", "mikt", "mik",
)
#: A medal word after one of these is a likeness, not a medal: "dit zilver voelt als goud".
LIKENESS_BEFORE = ("voelt als", "voelde als", "voelen als", "voelden als", "smaakt als", "smaakte als",
                   "telt als", "telde als", "is als", "was als", "net als")
NOT_AIM_BEFORE = ("goed", "genoeg", "was er", "is er", "was er al", "is er ook", "was er ook")

#: "was de snelste op de 100 meter": best on an event is a win, said without a win verb.
#: "De winst ging naar Boutin": nouns of a win, a gold only when given to someone.
WIN_NOUNS = ("winst", "zege", "overwinning")

#: "werd een (gemakkelijke) prooi voor Kopecky": the race or title went to the name after "voor".
PREY_NOUNS = ("prooi", "buit")

BEST_ON = (
    "de snelste op", "de sterkste op", "de beste op", "het snelst op", "het sterkst op", "de snelste in",
    "de sterkste in", "de beste in",
)
#: Canoe and kayak classes of a crew (two or four), written before the distance: "de K2 1000
#: meter", "de C-4 500 meter". Its result is the team's, like that of a rowing boat.
CREW_BOAT_CLASSES = ("K2", "K4", "C2", "C4", "K-2", "K-4", "C-2", "C-4")
#: Every canoe and kayak class: a distance after one, also "over" it ("de K1 over 500 meter"), is
#: the race's (where "over 500 meter" elsewhere is a stretch of a race or a relay's length).
CANOE_CLASSES = ("K1", "C1", "K-1", "C-1") + CREW_BOAT_CLASSES

#: "was in 4.07,915 de snelste, voor Italië", "was in de KL2 200 meter de sterkste.": a win when
#: the sentence ends on it or goes on to who came next.
BEST_OF_ALL = ("de snelste", "de sterkste", "de beste", "het snelst", "het sterkst", "een klasse apart", "ongenaakbaar",
               "oppermachtig", "niet te kloppen", "onverslaanbaar")
#: ... unless it was only a round before the final: "de snelste op de 500 meter in de halve finale".
HEAT_WORDS = ("halve finale", "halve finales", "kwartfinale", "series", "serie", "kwalificatie", "voorronde", "voorrondes", "heat", "heats", "training",
              "B-finale")  # (the B-final ranks those out of the medals; a "troostfinale" decides a bronze)
#: ... and so is a place whose clause one of these opens, before its heat: "In de halve finale
#: eindigt 't Klooster als tweede".
FRONTED_HEAT_LEADS = ("in", "tijdens")

#: Verbs of holding a place during a race, not of finishing in it: "lag na de zevende horde nog
#: op de derde plaats".
RACE_POSITION_VERBS = ("lag", "lagen", "ligt", "liggen")

#: Before a distance, words that make it one part of a combined event ("Op de afsluitende 800
#: meter liep ze 2.08,44" in a heptathlon): a medal said there is the combined event's.
COMBINED_PART_WORDS = ("afsluitende", "openende", "slotonderdeel", "openingsonderdeel")
#: Events made of parts, whose final classification is what gives medals.
COMBINED_EVENTS = ("vijfkamp", "zevenkamp", "tienkamp", "meerkamp", "allround", "omnium")

#: A place that takes its holder on to the final was one in a heat: "Canada wordt tweede en gaat
#: ook door naar de finale", "werd derde en plaatste zich voor de finale".
QUALIFYING_PHRASES = ("door naar de finale", "door naar de halve finale", "plaatst zich", "plaatste zich",
                      "plaatsten zich", "geplaatst voor", "kwalificeerde zich", "kwalificeert zich")

#: "was in de finale te sterk voor Richardson", "te sterk was voor": beating the other finalist is
#: winning the final. (te + one of these + an optional verb + voor.)
BEAT_ADJECTIVES = ("sterk", "snel", "goed")
#: "Alleen de Zwitser Wyss was sneller", "moest alleen Italië voor zich dulden": the one ahead won.
ONLY_AHEAD_COMPARATIVES = ("sneller", "beter", "sterker")
#: ... and "Alleen Van den Brink was de 21-jarige te snel af": beat the one named between.
ONLY_AHEAD_PHRASES = ("te snel af", "te vlug af", "de baas")
ONLY_AHEAD_AFTER = ("voor zich dulden", "voor zich moeten dulden", "voor zich laten", "voor zich moeten laten", "voor laten gaan",
                    "voor moeten laten gaan")
#: ... with the one who had only that one ahead named after the verb: "moest de 27-jarige Desmet
#: alleen de Zuid-Koreaan Park voor zich dulden" (Desmet second).
ONLY_AHEAD_VERBS = ("moest", "moesten", "hoefde", "hoefden")
#: "moest de bronzen medaille laten aan de Japanse Takagi": verbs of leaving a medal to a rival.
LEFT_TO_VERBS = ("laten", "overlaten", "gelaten", "afstaan")
#: "Vanderbeke bezorgt België brons", "Bosma heeft Nederland zilver bezorgd": verbs of bringing a
#: country a medal, singular, whose country is who it is for, not who won it (a plural subject,
#: "Dierckx en Vermeulen bezorgden België brons", is a team: the country's medal).
BESTOW_VERBS = ("bezorgt", "bezorgde", "schenkt", "schonk")
BESTOW_PARTICIPLES = ("bezorgd", "geschonken")
SINGULAR_PERFECT_AUXILIARIES = ("heeft", "had")
#: "op 1.07,41, de tijd die Gao had neergezet": nouns of a time whose owner the apposition names.
TIME_NOUNS = ("tijd", "eindtijd", "winnende tijd")
#: The distances a sprint championship races twice ("de eerste 500 meter", "de tweede 1000 meter").
SPRINT_CHAMPIONSHIP_DISTANCES = (500, 1000)
#: "in de strijd om het brons was Frankrijk te sterk voor ...": a contest for one medal.
CONTEST_NOUNS = ("strijd", "race", "duel", "wedstrijd", "finale", "kleine finale", "sprint")
#: ... only when the clause says it was the final (not "halve finale", "kwartfinale").
FINAL_WORDS = ("finale", "eindstrijd")

#: Losing a medal match to someone gives them its medal: "verloor in de finale van de Deense
#: Mortensen" (gold), "verloor de strijd om brons van de Belg Van Gheluwe" (bronze).
LOST_VERBS = ("verloor", "verliest", "verliezen", "verloren")
#: ... or "moest in de finale haar meerdere erkennen in de Britse Thornbury": the one after "in"
#: won that match.
OUTDONE_BY_PHRASES = ("meerdere erkennen in", "meerdere moeten erkennen in", "meerdere moest erkennen in",
                      "meerdere moesten erkennen in")
LOST_CONTESTS = {
    "finale": "gold", "eindstrijd": "gold", "a-finale": "gold",
    # the match for third place ("de kleine finale"); a "B-finale" is no contest of this list:
    # what it is raced for differs by sport (bronze in a team pursuit, fifth place in shorttrack)
    "kleine finale": "bronze",
    "strijd om brons": "bronze", "strijd om het brons": "bronze", "strijd om de bronzen medaille": "bronze",
    "wedstrijd om brons": "bronze", "wedstrijd om het brons": "bronze", "partij om brons": "bronze",
    "partij om het brons": "bronze", "kamp om brons": "bronze", "kamp om het brons": "bronze",
    "duel om brons": "bronze", "duel om het brons": "bronze",
    "bronzen finale": "bronze", "troostfinale": "bronze", "strijd om de derde plaats": "bronze",
    "wedstrijd om de derde plaats": "bronze",
}

#: A winner's rival beaten by these came second: "was een fractie sneller dan de Noor Rønning",
#: "versloeg in de finale de Japanner Obara", "die de Belg Vanderstraeten in een sprint klopte",
#: "bleef de Ierse Mawdsley ruim voor". Only next to the winner's gold (see pipeline.extract.medals).
#: A winner sends the runners-up to their places with these ("verwees de Noorse Haukeland en
#: Dommerholt naar de plaatsen twee en drie", "verwees Kok naar de tweede plaats"): the names
#: between verb and places hold them, in order.
DEMOTE_VERBS = ("verwees", "verwezen", "verwijst", "verwijzen", "verweest")
BEATEN_BEFORE = ("sneller dan", "sterker dan", "beter dan", "versloeg", "versloegen", "klopte", "klopten")
#: "Nederland won in 5.25,83. Groot-Brittannië volgde in 5.27,02": who followed, by a time or a
#: margin, took the place after the last one the sentence or the one before it named.
FOLLOWED_VERBS = ("volgde", "volgden")
#: ... the same verbs last in a subordinate clause, or "voor" closing "bleef ... voor".
BEATEN_AFTER = ("voorbleef", "voorbleven", "versloeg", "versloegen", "klopte", "klopten")
#: "zijn landgenoot Rønning": words between the comparison and the rival's name.
RIVAL_WORDS = ("landgenoot", "landgenote", "ploeggenoot", "ploeggenote", "teamgenoot", "teamgenote", "rivaal", "rivale")
#: ... and the roles a placed rival's name may follow: "voor de Zuid-Koreaan Kang en thuisrijder
#: Tremblay", "achter titelverdediger Verstraeten".
RIVAL_ROLES = RIVAL_WORDS + ("thuisrijder", "thuisrijdster", "titelverdediger", "titelverdedigster")

#: What a win verb can have won besides an event: "won de finale", "won een eenzame race".
WIN_OBJECTS = ("finale", "race", "wedstrijd", "eindsprint", "titelstrijd")
#: A judged sport's winning score: "won de Japanse Aoyama met 228,47 punten".
WIN_SCORE_UNITS = ("punten",)
#: Prepositions of an event put before the verb of winning: "Op de normale schans won de Sloveen Kranjc".
FRONTED_EVENT_LEADS = ("op", "in")

#: Verbs of finishing a race in a time ("tikte aan in 14.42,09", "finishte in", "klokte").
FINISH_VERBS = ("tikte aan", "tikten aan", "finishte", "finishten", "kwam binnen", "kwam over de streep",
                "kwam aan", "eindigde", "eindigden")

#: "was de snelste op de 400 meter van de tienkamp, maar daar worden geen medailles voor
#: uitgedeeld": a place for which, the sentence says after it, no medals are given.
NO_MEDALS_FOR_THAT = ("daar", "daarvoor", "hiervoor", "daarbij")
NO_MEDAL_NOUNS = ("medaille", "medailles", "eremetaal")
#: A ranking of nations by medals: a place in it ("als derde land in het medailleklassement"), or
#: a row of it under its title, is no medal.
MEDAL_TABLE_WORDS = ("medailleklassement", "medaillespiegel", "medaillestand", "landenklassement", "medailletabel")
#: Counts before a medal word that make it a tally, not a fact of its own: "Met twee keer goud en
#: een keer zilver is Nederland ...", "met één zilveren medaille en drie finaleplaatsen".
TALLY_WORDS = ("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "een keer", "eenmaal")
#: Plurals counted after "met" in a ranking of nations or teams by what they won: "De Verenigde
#: Staten waren met negen titels veruit het sterkst, voor Ethiopië en Jamaica" ranks a tally.
TALLY_PLURALS = ("titels", "medailles", "plakken", "zeges", "overwinningen", "wereldtitels", "podiumplaatsen")

#: Settling for a medal is winning it, whatever was lost on the way: "verloor de finale en moest
#: genoegen nemen met zilver".
SETTLED_FOR = ("genoegen nemen met", "genoegen namen met", "nam genoegen met", "namen genoegen met", "neemt genoegen met",
               "genoegen genomen met", "tevreden stellen met", "stelde zich tevreden met", "tevreden zijn met")

#: Verbs after a medal phrase, in its clause, that say it was not won: "die het zilver miste",
#: or only hoped for (the participle ends the clause in Dutch: "Ik had op goud gehoopt").
MISSED_AFTER = (
    "miste", "mist", "misliep", "misloopt", "liep mis", "net misliep", "verspeelde", "verloor", "ontglipte", "ontging",
    "gehoopt", "gedroomd", "gerekend", "gemikt", "geaasd",
)

#: A medal phrase whose subject is one of these belongs to several people: no single athlete.
PLURAL_SUBJECTS = ("beide", "beiden", "allebei", "de twee", "samen", "alle")

#: The top of the podium is gold: "stond met 14,300 op de hoogste trede van het podium".
PODIUM_TOP = (
    "hoogste trede van het podium", "bovenste trede van het podium", "hoogste trede van het erepodium",
    "hoogste treetje van het podium", "bovenste treetje van het podium", "hoogste podiumplek",
)
#: "had de Britse Whitfield nipt achter zich", "liet Verbeek achter zich": a winner's rival, second.
BEHIND_ONESELF_VERBS = ("had", "hadden", "heeft", "hebben", "hield", "hielden", "houdt", "liet", "lieten", "laat")
#: ... and the phrases that close the object: "hield Takagi achter zich", "hield de Noor Aasgaard van zich af".
BEHIND_ONESELF_PHRASES = ("achter zich", "van zich af")

#: Placings with no medal: "werd vierde" is never a medal.
#: A 1-2 for two athletes: the first named has gold, the second silver.
ONE_TWO = ("1-2'tje", "1-2", "een-tweetje", "één-twee", "1-2-3'tje", "1-2-3")

#: Words that make a medal phrase a team's ("de Nederlandse ploeg won goud").
TEAM_WORDS = (
    "ploeg", "team", "vrouwen", "mannen", "heren", "dames", "estafetteploeg", "achtervolgingsploeg",
    "roeiers", "roeiploeg", "schaatsers", "schaatsploeg", "zwemmers", "zwemsters", "zwemploeg",
    "renners", "atleten", "atletiekploeg", "selectie", "equipe", "hockeysters", "hockeyers",
    "voetballers", "voetbalsters", "volleyballers", "volleybalsters", "handballers", "handbalsters",
    "waterpoloërs", "waterpolosters", "basketballers", "korfballers", "elftal",
)

#: Roles of people who do not compete: a medal is never theirs ("bondscoach Paul van Ass").
NON_ATHLETE_ROLES = ("bondscoach", "coach", "trainer", "trainster", "ploegleider", "teammanager", "technisch directeur", "assistent-coach")

# --- records -------------------------------------------------------------------------------

RECORD_KINDS = {
    "olympisch record": "olympic", "olympische record": "olympic", "or": "olympic",
    "wereldrecord": "world", "wr": "world",
    "baanrecord": "track", "parcoursrecord": "track",
    "nederlands record": "national", "nationaal record": "national", "nr": "national",
    "europees record": "european", "europese record": "european",
    "persoonlijk record": "personal", "persoonlijke record": "personal", "pr": "personal",
    "kampioenschapsrecord": "championship", "toernooirecord": "championship",
}

# --- ages ----------------------------------------------------------------------------------

#: "is 31 jaar", "die is inmiddels 30 jaar": a verb of being before an age in years, with at most
#: one of the adverbs after it.
AGE_COPULAS = ("is", "ben", "was", "die")
AGE_ADVERBS = ("inmiddels", "intussen", "pas", "net", "bijna", "ruim", "sinds kort")  # not "al", "nu": "Het is nu 8 jaar, ..."
AGE_RANGE = (10, 60)  # ages of competing athletes and coaches; outside this a "(31)" is no age

# --- persons -------------------------------------------------------------------------------

#: Nouns that introduce a person: "schaatsster Femke Kok", "de Noor Sander Eitrem".
PERSON_CONTEXT = (
    "schaatsster", "schaatser", "topschaatsster", "topschaatser", "shorttrackster", "shorttracker",
    "wielrenner", "wielrenster", "renner", "renster", "atleet", "atlete", "zwemmer", "zwemster",
    "roeier", "roeister", "skiffeur", "skiffeuse", "skiffster", "sprinter", "sprintster", "loper", "loopster", "triatleet", "triatlete",
    "tennisser", "tennisster", "voetballer", "voetbalster", "spits", "keeper", "doelman",
    "trainer", "coach", "bondscoach", "ploeggenoot", "ploeggenote", "landgenoot", "landgenote",
    "teamgenoot", "teamgenote", "titelhouder", "titelhoudster", "rivale", "rivaal", "verloofde",
    "vriend", "vriendin", "moeder", "vader", "broer", "zus", "collega", "debutant", "debutante",
    "kampioen", "kampioene", "winnaar", "winnares", "ploeggenoten",
    # "met 14 seconden voorsprong op titelverdediger Thibau Verstraeten": a rival's role
    "titelverdediger", "titelverdedigster", "favoriet", "favoriete", "concurrent", "concurrente",
    # a quote's speaker: '"Toch ben ik blij", zegt Sijbesma'
    "zegt", "zei", "aldus", "vertelt", "vertelde",
)

#: Dutch name particles (lower case); inside a name they stay part of it: "Mathieu van der Poel".
NAME_PARTICLES = (
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "’t", "in 't", "in ’t", "op 't", "op de",
    "la", "le", "du", "da", "di", "del", "della", "von", "zu", "el", "al", "dos", "das",
)
#: Elided particles, written onto the word they precede: "Cortina d'Ampezzo", "Marco d'Alessandro".
ELIDED_PARTICLES = ("d'", "d’", "dell'", "dell’")
#: Of those, the Dutch and Flemish ones: a name with one of them inside is a person's whatever
#: its given name ("Jorinde van der Steeg"); the Romance ones also name squares and streets
#: ("Piazza del Duomo").
DUTCH_NAME_PARTICLES = ("van", "de", "der", "den", "ter", "ten", "'t", "’t", "in 't", "in ’t", "op 't", "op de")
#: ... and those written in lower case only after a given name or an initial ("Sietse van der
#: Kooij", but "zei Van der Kooij"); not a lone "van" or "de", which also join the words of an
#: event's name ("Ronde van Vlaanderen", "Tour de France").
GIVEN_NAME_PARTICLES = ("van der", "van den", "van de", "van 't", "van ’t", "ter", "ten", "in 't", "in ’t", "op 't", "op ’t")


#: Neighbours named by where they live from the Netherlands ("Onze zuiderburen hadden hun
#: historische brons in de tweemansbob"; a Flemish paper's "noorderburen" are the Dutch), as
#: DEMONYM_PLURAL_COUNTRY's plurals, their nation's team.
NEIGHBOUR_NATIONS = {"zuiderburen": "België", "oosterburen": "Duitsland", "noorderburen": "Nederland"}
#: People of a nation in the plural -> the nation ("De Britten wonnen in 5.28,71": the British
#: boat). Only the plural stands for a team; "de Brit" is one person.
DEMONYM_PLURAL_COUNTRY = {
    "nederlanders": "Nederland", "belgen": "België", "duitsers": "Duitsland", "noren": "Noorwegen",
    "denen": "Denemarken", "finnen": "Finland", "fransen": "Frankrijk", "italianen": "Italië",
    "spanjaarden": "Spanje", "portugezen": "Portugal", "britten": "Groot-Brittannië", "engelsen": "Engeland",
    "ieren": "Ierland", "schotten": "Schotland", "zwitsers": "Zwitserland", "oostenrijkers": "Oostenrijk",
    "tsjechen": "Tsjechië", "hongaren": "Hongarije", "russen": "Rusland", "oekraïners": "Oekraïne",
    "canadezen": "Canada", "amerikanen": "Verenigde Staten", "japanners": "Japan", "chinezen": "China",
    "zuid-koreanen": "Zuid-Korea", "koreanen": "Zuid-Korea", "australiërs": "Australië",
    "nieuw-zeelanders": "Nieuw-Zeeland", "kazachen": "Kazachstan", "slowaken": "Slowakije",
    "slovenen": "Slovenië", "kroaten": "Kroatië", "serviërs": "Servië", "grieken": "Griekenland",
    "turken": "Turkije", "brazilianen": "Brazilië", "argentijnen": "Argentinië", "kenianen": "Kenia",
    "ethiopiërs": "Ethiopië", "jamaicanen": "Jamaica", "zuid-afrikanen": "Zuid-Afrika", "esten": "Estland",
    "letten": "Letland", "litouwers": "Litouwen", "roemenen": "Roemenië",
}

#: The bunch races an omnium is made of: once the omnium is named, or in its paragraph, they are
#: its parts, not events of their own.
OMNIUM_PARTS = ("scratch", "tempokoers", "afvalkoers", "puntenkoers")

#: Endings of Dutch compound nouns for a group of athletes ("estafetteploeg", "sprinters",
#: "roeisters", "vrouwenkwartet"): after a nationality adjective they name a national team.
TEAM_WORD_ENDINGS = (
    "ploeg", "team", "kwartet", "trio", "duo", "viertal", "equipe", "selectie", "ers", "sters", "mannen",
    "vrouwen", "dames", "heren", "boot", "kampioenen",
)

#: The readers' own nations, first the default: a team an article never gives a nation ("De
#: estafetteploeg van de vrouwen won", "De dubbeltwee van Blankenzee en Kramer roeide naar zilver")
#: is the reader's own, the Netherlands, or Belgium in an article that names Belgium more, unless
#: the article follows another nation by name.
HOME_NATIONS = ("Nederland", "België")

#: People of a region or city, by country (Limburg is in both, "": no one nation): the noun
#: and the female form that is also the adjective ("de Groninger", "de Groningse"). A page
#: calls an athlete so after naming her ("Wat een rit van Kamphuis! De Groningse rijdt 6.58,20").
REGIONAL_DEMONYM_NOUNS = {
    "Nederland": ("Fries", "Friezin", "Brabander", "Groninger", "Drent", "Tukker", "Zeeuw", "Hagenees",
                  "Hagenaar", "Amsterdammer", "Rotterdammer", "Utrechter", "Achterhoeker", "Westlander",
                  "Zaankanter", "Veluwnaar", "Leidenaar", "Tilburger", "Eindhovenaar", "Nijmegenaar"),
    "België": ("Vlaming", "Waal", "Antwerpenaar", "Gentenaar", "Brusselaar", "Kempenaar", "West-Vlaming",
               "Oost-Vlaming"),
    "Duitsland": ("Beier",),
    "": ("Limburger",),
}
REGIONAL_DEMONYM_ADJECTIVES = {
    "Nederland": ("Friese", "Brabantse", "Groningse", "Drentse", "Twentse", "Zeeuwse", "Haagse", "Amsterdamse",
                  "Rotterdamse", "Utrechtse", "Heerenveense", "Achterhoekse", "Westlandse", "Zaanse", "Leidse",
                  "Tilburgse", "Eindhovense", "Nijmeegse"),
    "België": ("Vlaamse", "Waalse", "Antwerpse", "Gentse", "Brusselse", "Kempense", "West-Vlaamse", "Oost-Vlaamse"),
    "Duitsland": ("Beierse",),
    "": ("Limburgse",),
}

#: Nationality nouns of the readers' own nations -> the nation. A Dutch page calls its own
#: skater "de Nederlander" without having introduced him so: the noun stands for one of the
#: people the article did not introduce as a foreigner. So do the people of its regions ("De
#: Friezin uit Drachten won").
HOME_NATION_NOUNS = {
    "nederlander": "Nederland", "nederlandse": "Nederland", "belg": "België", "belgische": "België",
    **{word.lower(): nation for vocabulary in (REGIONAL_DEMONYM_NOUNS, REGIONAL_DEMONYM_ADJECTIVES)
       for nation, words in vocabulary.items() if nation in HOME_NATIONS for word in words},
}

#: Nationality adjectives -> the country a national team stands for ("de Nederlandse ploeg").
DEMONYM_COUNTRY = {
    "nederlandse": "Nederland", "belgische": "België", "duitse": "Duitsland", "noorse": "Noorwegen",
    "zweedse": "Zweden", "deense": "Denemarken", "finse": "Finland", "franse": "Frankrijk",
    "italiaanse": "Italië", "spaanse": "Spanje", "portugese": "Portugal", "britse": "Groot-Brittannië",
    "engelse": "Engeland", "ierse": "Ierland", "schotse": "Schotland", "zwitserse": "Zwitserland",
    "oostenrijkse": "Oostenrijk", "poolse": "Polen", "tsjechische": "Tsjechië", "hongaarse": "Hongarije",
    "russische": "Rusland", "oekraïense": "Oekraïne", "canadese": "Canada", "amerikaanse": "Verenigde Staten",
    "japanse": "Japan", "chinese": "China", "zuid-koreaanse": "Zuid-Korea", "koreaanse": "Zuid-Korea",
    "australische": "Australië", "nieuw-zeelandse": "Nieuw-Zeeland", "kazachse": "Kazachstan",
    "slowaakse": "Slowakije", "sloveense": "Slovenië", "kroatische": "Kroatië", "servische": "Servië",
    "griekse": "Griekenland", "turkse": "Turkije", "braziliaanse": "Brazilië", "argentijnse": "Argentinië",
    "keniaanse": "Kenia", "ethiopische": "Ethiopië", "jamaicaanse": "Jamaica", "zuid-afrikaanse": "Zuid-Afrika",
    "estse": "Estland", "letse": "Letland", "litouwse": "Litouwen", "wit-russische": "Wit-Rusland",
    "roemeense": "Roemenië", "bulgaarse": "Bulgarije", "mexicaanse": "Mexico", "colombiaanse": "Colombia",
    "ecuadoraanse": "Ecuador", "eritrese": "Eritrea", "oegandese": "Oeganda", "marokkaanse": "Marokko",
    "nigeriaanse": "Nigeria", "israëlische": "Israël", "indiase": "India",
}
#: ... and their women in the plural, the adjective with -n ("de Italiaansen pakten het brons").
DEMONYM_PLURAL_COUNTRY.update({f"{adjective}n": country for adjective, country in DEMONYM_COUNTRY.items()
                               if adjective.endswith("se") and f"{adjective}n" not in DEMONYM_PLURAL_COUNTRY})
