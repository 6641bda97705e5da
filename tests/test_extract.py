"""Rule extractors on their tricky cases: times, distances, records, ages, medal phrases."""

import pytest

from pipeline.extract.ages import find_ages
from pipeline.extract.events import find_events
from pipeline.extract.medals import find_medal_cues
from pipeline.extract.numbers import number_word_value
from pipeline.extract.race_records import find_records
from pipeline.extract.times import find_times, format_time


def times(text):
    return [(t.text, t.seconds) for t in find_times(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kok finishte in 1.12,59.", [("1.12,59", 72.59)]),
        ("Ze reed 37,15 op de 500 meter.", [("37,15", 37.15)]),
        ("Bolt liep 9,58 seconden.", [("9,58", 9.58)]),
        # a point before hundredths, the international way, where a unit of seconds follows
        ("Ze hielden stand met een tijd van 54.88 seconden.", [("54.88", 54.88)]),
        ("Ze greep met 1.53,10 naast het brons.", [("1.53,10", 113.1)]),
        ("Hij legde de 28,6 kilometer af in 33.29.", [("33.29", 2009.0)]),
        ("Hij zwom 1:43.21 op de 200 meter.", [("1:43.21", 103.21)]),
        ("De marathon in 2.04.35 en later 2:05:48.", [("2.04.35", 7475.0), ("2:05:48", 7548.0)]),
        ("Ze reed 34,987 op de 500 meter.", [("34,987", 34.987)]),
        ("De acht roeide 6.42,17.", [("6.42,17", 402.17)]),
        ("Hij liep 3.31,45 op de 1500 meter.", [("3.31,45", 211.45)]),
        ("De ploeg finishte in 1.19.42,6.", [("1.19.42,6", 4782.6)]),
        # hours with a colon, minutes with a point, then tenths: a biathlon relay
        ("Het kwartet was in 1:10.12,4 ruim sneller.", [("1:10.12,4", 4212.4)]),
        # all colons, then tenths after a point: a biathlon relay written the international way
        ("De Noren hadden 1:19:42.6 nodig.", [("1:19:42.6", 4782.6)]),
        ("Ze had na 49:58 een halve minuut voorsprong.", [("49:58", 2998.0)]),
        ("Kok duwde haar schaats na 1.12,59 over de lijn.", [("1.12,59", 72.59)]),
        # a race under a standard is still a race
        ("Ze dook onder de limiet en won in 2.25.10.", [("2.25.10", 8710.0)]),
        ("Ze liep 2.23.14, ruim onder de limiet van 2.26.00.", [("2.23.14", 8594.0)]),
        # in words, largest unit first, two parts at least
        ("Hij reed de tijdrit in 1 uur, 2 minuten en 14 seconden.", [("1 uur, 2 minuten en 14 seconden", 3734.0)]),
        ("Ze zwom 8 minuten en 3,5 seconden.", [("8 minuten en 3,5 seconden", 483.5)]),
        ("Hij won in 1 uur en 2 minuten.", [("1 uur en 2 minuten", 3720.0)]),
        # seconds past a minute, as canoe slalom writes them, where the words make it a time
        ("Van Dijk klokte 89,43 in de K1.", [("89,43", 89.43)]),
        ("Het brons was voor Brandstätter (90,12).", [("90,12", 90.12)]),
        # after "met" or "in", the time that was faster, not the margin
        ("Alleen Bélanger-Roy was met 34,41 sneller.", [("34,41", 34.41)]),
        ("Nederland was in 46,301 sneller dan Polen.", [("46,301", 46.301)]),
    ],
)
def test_time_notations(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ze won met 0,15 seconde voorsprong.",
        "Ze won met 0,15.",
        "De start is om 14.30 uur.",
        "Een achterstand van +1,32 op de winnaar.",
        "Ze was 0,07 seconden sneller dan Kok.",
        "Ze was 1,07 sneller dan Kok.",                      # (the "s" of "sneller" is no unit)
        "Ze was met 1,07 seconde sneller dan Kok.",
        "Ze won met 160,412 tegen 160,977 punten.",          # an allround score
        "De omzet steeg tot 89,43 miljoen.",
        "Het team won met 92,50 punten voorsprong.",
        "De inflatie was 2,5 procent.",
        "Een kaartje kost 13,59 euro.",
        "Op de 10.000 meter en de 1000 meter.",
        "Hij sprong 2,38 meter hoog.",
        "Het bedrag was 1.250,00 euro.",
        "Frankrijk werd tweede op 18,3 seconden.",
        "Hij had 9,7 seconden over op de Fransman.",
        "De finale begon om 20:45.",
        "De Vries finishte op 1 minuut en 4 seconden.",  # a gap in words
        "Na 1 uur en 10 minuten koers viel hij aan.",     # a moment of the race
        "Het duurde 20 minuten.",                         # one part is a duration
        "De limiet van de Atletiekunie lag op 2.26.00.",  # a standard, no race
        "Ze wil onder de WK-norm van 7,94 duiken.",
        "Ze bleef boven de EK-limiet (2.26.00).",
    ],
)
def test_not_race_times(text):
    assert times(text) == []


@pytest.mark.parametrize("seconds, decimals", [(72.59, 2), (37.15, 2), (34.987, 3), (402.17, 2), (7475, 0), (9.58, 2)])
def test_format_time_round_trips(seconds, decimals):
    text = f"Ze reed {format_time(seconds, decimals)} op de 500 meter."
    assert [t.seconds for t in find_times(text)] == [pytest.approx(seconds)]


def test_distances_and_disciplines():
    text = "Op de 500 meter, de kilometer, de 10.000 meter, de ploegachtervolging en de 5 km."
    events = [(e.text, e.event, e.meters) for e in find_events(text)]
    assert ("500 meter", "500m", 500) in events
    assert ("kilometer", "1000m", 1000) in events
    assert ("10.000 meter", "10000m", 10000) in events
    assert ("ploegachtervolging", "ploegachtervolging", None) in events
    assert ("5 km", "5000m", 5000) in events


def test_split_distances_are_not_events():
    assert [e.event for e in find_events("Na 600 meter lag ze voor, op de laatste 200 meter niet.")] == []


@pytest.mark.parametrize("text", ["Tussentijd op 10 kilometer: Kipkemboi komt als eerste door in 27.59.",
                                  "Bij de vrouwen komt Beukenkamp door op 15 kilometer in 49.30.",
                                  "De doorkomst op 5 kilometer was snel."])
def test_where_a_runner_passed_is_no_event(text):
    assert [e.event for e in find_events(text)] == []


def test_a_chase_is_no_pursuit():
    assert [e.event for e in find_events("Hulst hield in een spannende achtervolging Verstraeten van zich af.")] == []
    assert [e.event for e in find_events("Op de achtervolging won Kopecky goud.")] == ["achtervolging"]
    assert [e.event for e in find_events("Zij won een individuele achtervolging.")] == ["achtervolging"]


def test_bij_makes_a_split_of_a_bare_number_only():
    assert [e.event for e in find_events("Bij 750 meter lag het duo voor.")] == []
    assert [e.event for e in find_events("Bij de 400 meter horden won Femke Bol.")] == ["400m horden"]
    assert [e.event for e in find_events("Hij passeerde de 200 meter in 16,08.")] == []


def test_a_sprint_from_a_distance_out_is_no_event():
    assert [e.event for e in find_events("Hij won na een lange sprint vanaf 300 meter.")] == []
    assert [e.event for e in find_events("Vanaf de 500 meter reed ze sterk.")] == ["500m"]


def test_records_and_ages():
    text = "Kok reed een olympisch record en een WR. De 27-jarige Leerdam (27) is 31 jaar oud."
    assert [(r.text, r.record) for r in find_records(text)] == [("olympisch record", "olympic"), ("WR", "world")]
    assert [(a.text, a.years) for a in find_ages(text)] == [("27-jarige", 27), ("(27)", 27), ("31 jaar", 31)]


@pytest.mark.parametrize("text, expected", [
    ("Ze won als zestienjarige zilver.", [("zestienjarige", 16)]),
    ("De Tweeëntwintigjarige won.", [("Tweeëntwintigjarige", 22)]),
    ("Schulting is met haar 28 jaar de routinier van het kwartet.", [("28 jaar", 28)]),
    ("Hij won met zijn 31 jaar de titel.", [("31 jaar", 31)]),
    ("Ze won met 28 jaar verschil.", []),  # no "haar"/"zijn": no age
    ("Kloosterman, met 28 jaar de oudste van de drie, werd derde.", [("28 jaar", 28)]),
    ("Het grootste talent is Koen 't Hoen, en die is inmiddels 30 jaar.", [("30 jaar", 30)]),
    ("Het is nu 8 jaar, en hij doet het al 30 jaar.", []),  # durations
])
def test_ages_in_words_and_after_met_haar(text, expected):
    assert [(a.text, a.years) for a in find_ages(text)] == expected


@pytest.mark.parametrize("word, value", [
    ("zestien", 16), ("tweeëntwintig", 22), ("eenentwintig", 21), ("Vijftienhonderd", 1500),
    ("tweehonderdvijftig", 250), ("tienduizend", 10000), ("duizend", 1000), ("tweeduizendvijfhonderd", 2500),
    ("zestienjarige", None), ("eenentwintighonderd", None), ("tiental", None),
])
def test_dutch_number_words(word, value):
    assert number_word_value(word) == value


@pytest.mark.parametrize("text, expected", [
    ("Op de tien kilometer moest hij het afleggen tegen Van Kempen.", [("tien kilometer", "10000m")]),
    ("Ze won de vijftienhonderd meter.", [("vijftienhonderd meter", "1500m")]),
    ("Op de afsluitende vijf kilometer was ze de snelste.", [("vijf kilometer", "5000m")]),
    ("Op de laatste tien kilometer viel hij weg.", []),  # a stretch of the race
    ("Na de tien kilometer lag hij voor.", []),  # a split
    ("De twee meter hoge muur.", []),  # no race is that short
])
def test_distances_in_number_words(text, expected):
    assert [(e.text, e.event) for e in find_events(text)] == expected


def medals(text):
    events = tuple(find_events(text))
    return [(c.medal.medal, c.medal.text) for c in find_medal_cues(text, events)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kok pakte het goud op de 500 meter.", [("gold", "goud")]),
        ("Leerdam heeft een zilveren plak.", [("silver", "zilveren plak")]),
        ("Ze won een bronzen medaille.", [("bronze", "bronzen medaille")]),
        ("Zij werd olympisch kampioene.", [("gold", "olympisch kampioene")]),
        ("Bol werd tweede.", [("silver", "werd tweede")]),
        ("Hij eindigde als derde.", [("bronze", "eindigde als derde")]),
        ("Zij werd in 2014 derde op de Spelen.", [("bronze", "werd in 2014 derde")]),
        ("Ze won met olympisch zilver.", [("silver", "olympisch zilver")]),
    ],
)
def test_medal_phrasings(text, expected):
    assert medals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De Noor greep naast het brons.",
        "Ze werd vierde op de 1000 meter.",
        "Kok leek het goud te gaan pakken.",
        "Ze krijgt nog twee kansen om olympisch goud te gaan pakken.",
        "Hij hoopt op goud in Milaan.",
        "Ze had gehoopt op goud, maar kwam er niet meer langs.",
        "Op 21 honderdste van een wereldtitel, dat knaagt wel.",
        "Velzeboer werd in de B-finale tweede en eindigde als negende.",
        "Fenna de Jager werd in de andere halve finale derde.",
        "In de halve finale eindigt 't Klooster als tweede achter Gagnon.",  # a heat opening the clause
        "Ze won haar laatste 23 wedstrijden.",
    ],
)
def test_missed_or_hoped_medals_are_not_medals(text):
    assert medals(text) == []


def test_a_place_in_the_final_after_a_heat_is_a_medal():
    assert medals("In de finale werd ze tweede, na een sterke halve finale.") == [("silver", "werd ze tweede")]


def test_a_modal_verb_written_as_a_name_misses_no_medal():
    assert medals("Lotte de Wilde pakte zilver op de 200 meter.") == [("silver", "zilver")]
    assert medals("Toen Wil Kooiman goud won, was het feest.") == [("gold", "goud")]
    assert medals("Wilde ze goud? Natuurlijk.") == []


def test_a_medal_settled_for_is_won_whatever_was_lost_before_it():
    # (the final lost is the winner's gold)
    assert ("silver", "zilver") in medals("Hij verloor de finale van de Georgiër Levan Beridze en moest genoegen nemen met zilver.")
    assert medals("Ze nam genoegen met het brons.") == [("bronze", "brons")]


def test_one_two_gives_gold_and_silver():
    assert sorted(medals("Het was een 1-2'tje.")) == [("gold", "1-2'tje"), ("silver", "1-2'tje")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Velzeboer finishte 0,09 seconde later als tweede.", [("silver", "als tweede")]),
        ("Daartussen werd de Canadees William Dandjinou tweede.", [("silver", "werd de Canadees William Dandjinou tweede")]),
        ("De Amerikaanse Jennifer Valente won.", [("gold", "won")]),
    ],
)
def test_more_placing_phrasings(text, expected):
    assert medals(text) == expected


def test_a_counted_ordinal_is_no_placing():
    assert medals("Ze werd voor de tweede keer Nederlands kampioene.") == [("gold", "Nederlands kampioene")]


def test_team_boats_sprint_and_relays_as_events():
    text = ("De dubbeltwee roeide naar zilver. Hij won donderdag in Santiago de sprint. "
            "Zij werd olympisch kampioen op de sprint. Ze liep de 4x400 meter aflossing.")
    assert [e.event for e in find_events(text)] == ["aflossing", "dubbeltwee", "sprint", "sprint"]
    # a medal or final of the sprint is the event's
    text = "In de finale van de sprint verloor ze van Vogt. Het brons in de sprint was voor Hoekstra."
    assert [e.event for e in find_events(text)] == ["sprint", "sprint"]
    # so is the sprint won in a time ("in" before it is otherwise a moment of a race)
    assert [e.event for e in find_events("Bij de mannen won de Noor Haugland de sprint in 23.48,1.")] == ["sprint"]


@pytest.mark.parametrize(
    "text",
    [
        "Hij kwam in de sprint tekort en werd zesde.",
        "Van der Poel won de sprint om plek drie.",
        "Toen de Sloveen op 200 meter van de streep aanging, was het over.",
    ],
)
def test_a_race_phase_or_position_is_no_event(text):
    assert [e.event for e in find_events(text)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A medal word after a win verb carries the medal: no extra gold for "won".
        ("In 2014 won hij in Sotsji brons op de 500 meter.", [("bronze", "brons")]),
        # A win is a gold with its winning time or a race as its object.
        ("Stolz won in 1.06,21 en was opnieuw de snelste.", [("gold", "won")]),
        ("De Brabander won zondag een eenzame race.", [("gold", "won")]),
        # The verb last in a subordinate clause.
        ("Hij versloeg Elvis Afrifa, die tweede werd in 6,59.", [("silver", "tweede werd")]),
        ("Sander Eitrem heeft de Europese allroundtitel veroverd.", [("gold", "Europese allroundtitel")]),
        # A title compounded with a discipline or class is a title.
        ("Bakker, die in februari Nederlands indoorkampioen werd op de 3000 meter.", [("gold", "Nederlands indoorkampioen")]),
        ("Zij veroverde de Belgische veldrittitel.", [("gold", "Belgische veldrittitel")]),
        ("Die tijd was niet alleen goed voor goud.", [("gold", "goud")]),
        # The answer to a question that is not about an aim.
        ('Hoe ging de finale?\n\n"Goud, in een wereldrecord. Mooier kan niet."', [("gold", "Goud")]),
    ],
)
def test_win_and_placing_phrasings(text, expected):
    assert medals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"Ik kom hier voor goud", zei hij.',  # aimed at
        "Met twee keer goud en een keer zilver is Nederland een van de beste landen.",  # a tally
        "Met één zilveren medaille en drie finaleplaatsen lijkt Nederland op koers.",
        '"Het was schaken, maar dit keer heb ik gewonnen", zei ze.',  # a win in a quote
        "Mo-Ajok werd vierde op de 400 meter, waar hij uit was op de titel.",
        "Takagi deed in de laatste rit nog een aanval op de titel.",
        "Finale om brons: 3. Lindahl (Zwe) 4.10,066; 4. Brenner (Dui) 4.11,590.",  # the race for it
        "Ze streden om goud in de finale.",
        'Eind augustus is het WK. Wat is het doel?\n\n"Goud, natuurlijk. Nee, serieus."',  # the answer to an aim
        "Wat zijn je verwachtingen? Een gouden medaille, als alles meezit.",
    ],
)
def test_aims_tallies_and_quoted_wins_are_no_medals(text):
    assert medals(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Donderdag was ze al de snelste op de 100 meter vrije slag.", [("gold", "de snelste op de")]),
        ("Ze was later ook de snelste op de vlakke 60 meter.", [("gold", "de snelste op de")]),
        ("Op de 800 meter won de Keniaan Emmanuel Wanyonyi in 1:41.86.", [("gold", "won")]),
    ],
)
def test_best_on_an_event_is_a_win(text, expected):
    assert medals(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Ze was de snelste op de 500 meter in de halve finale.", "Hij won zijn halve finale in 40,387.",
     "Op de 1000 meter won ze haar serie in 1.27,44."],
)
def test_best_or_won_in_a_heat_is_no_win(text):
    assert medals(text) == []


def test_won_inside_a_hyphenated_name_is_no_win_verb():
    assert medals("Bij de start van de 1000 meter viel de Zuid-Koreaan Park Ji-won.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De Italiaanse Arianna Fontana completeerde het podium.", [("bronze", "completeerde het podium")]),
        ("Bij de mannen won de Amerikaan Grant Holloway voor de vierde keer de 60 meter horden, in 7,29.", [("gold", "won")]),
        ("Schulting en Poutsma wonnen in 4.08,331.", [("gold", "wonnen")]),
        ("De Ierse Rhasidat Adeleke liep in 50,62 naar het brons.", [("bronze", "brons")]),
    ],
)
def test_podium_and_win_phrasings_of_a_third_writer(text, expected):
    assert medals(text) == expected


def test_a_route_length_is_no_event():
    assert [e.event for e in find_events("De Deen legde de 33 kilometer rond Caen af in 39.12.")] == []


def test_a_heading_is_no_medal_fact():
    assert medals("Olympisch zilver\n\nIn 2021 veroverde hij in Sapporo olympisch zilver op de marathon.") == [
        ("silver", "olympisch zilver")]


def test_beating_the_other_finalist_is_a_gold_but_not_in_a_semi_final():
    assert medals("Lavreysen was in de finale in twee heats te sterk was voor de Brit Matthew Richardson.".replace(
        "was in de finale", "bleef in de finale")) == [("silver", "te sterk was voor de Brit"), ("gold", "te sterk was voor")]
    assert medals("In de halve finale was Lavreysen te sterk voor Hoogland.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Visser heeft haar twaalfde nationale titel op de 100 meter horden gepakt.", [("gold", "haar twaalfde nationale titel")]),
        ("Laros won die in 1.45,02, voor Tony van Diepen.", [("gold", "won"), ("silver", "voor")]),
        ('"Ik wist dat ik in vorm was", zei de winnaar.', []),
    ],
)
def test_own_titles_runners_up_and_a_bare_winner(text, expected):
    assert medals(text) == expected


def test_the_closing_kilometer_is_an_event_the_last_kilometer_a_split():
    text = "Op de afsluitende kilometer reed hij 1.07,52, op de laatste kilometer was hij het snelst."
    assert [e.event for e in find_events(text)] == ["1000m"]


def test_de_acht_in_a_rowing_article_is_the_boat_before_a_verb_or_preposition():
    text = ("De Nederlandse roeiers sloten het EK af. De acht bij de mannen pakte zilver. "
            "De acht moest alleen Groot-Brittannië voor zich dulden. De acht finalisten kregen bloemen.")
    assert [(e.text, e.event) for e in find_events(text)] == [("acht", "acht"), ("acht", "acht")]
    # outside rowing "de acht" is the number
    assert list(find_events("Het EK schaatsen: de acht bij de vrouwen pakte niemand.")) == []


def test_op_de_weg_after_a_title_is_the_road_race():
    assert [e.event for e in find_events("Van der Poel, die in 2023 wereldkampioen werd op de weg, stapte af.")] == ["wegrit"]
    assert [e.event for e in find_events("Hij was op de weg terug naar huis.")] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De vrouwendubbelvier won in 6.14,38.", [("vrouwendubbelvier", "dubbelvier")]),
        ("De mannenacht werd tweede.", [("mannenacht", "acht")]),
        ("Goud op de herenestafette en de vrouwenploegachtervolging.",
         [("herenestafette", "aflossing"), ("vrouwenploegachtervolging", "ploegachtervolging")]),
        ("Ze werd wereldkampioen tijdrijden en Europees kampioen triathlon.",
         [("tijdrijden", "tijdrit"), ("triathlon", "triathlon")]),
        # "acht" alone is the number; glued to a category it is the boat.
        ("Er stonden acht renners aan de start.", []),
        # a series glued before a discipline: "sprint" alone is any race's final dash
        ("Ze heeft de wereldbekersprint gewonnen.", [("wereldbekersprint", "sprint")]),
        ("De wereldbekerachtervolging is zondag.", [("wereldbekerachtervolging", "achtervolging")]),
        ("De vrouwensprint werd een prooi voor Hinze.", [("vrouwensprint", "sprint")]),
        ("Hij won de eindsprint.", []),
    ],
)
def test_a_category_glued_to_a_discipline_is_the_discipline(text, expected):
    assert [(e.text, e.event) for e in find_events(text)] == expected


def test_a_distance_before_a_relay_word_is_the_relay():
    text = "Ze wonnen de 3000 meter aflossing, hij reed de 500 meter tijdrit."
    assert [(e.text, e.event) for e in find_events(text)] == [("3000 meter aflossing", "aflossing"), ("500 meter", "500m")]
    # the track's "kilo" by its name: "de kilometer" is the 1000 meter, "tijdrit" only qualifies it
    text = "Op de kilometer tijdrit pakte Mees Oudshoorn brons."
    assert [(e.text, e.event) for e in find_events(text)] == [("kilometer", "1000m")]
    # ... and so does a results line it heads without its article; a line it opens otherwise does not
    text = "Teamsprint: 1. Polen 47,310.\n\nKilometer tijdrit mannen: 1. Jens van der Kolk (NED) 59,874"
    assert [(e.text, e.event) for e in find_events(text)] == [("Kilometer", "1000m"), ("Teamsprint", "teamsprint")]
    assert list(find_events("Kilometer na kilometer reed hij alleen.")) == []


def test_a_new_sentence_after_a_time_is_not_its_unit():
    text = "Strijd om brons: 3. Groot-Brittannië 46,955; 4. Polen 47,310.\n\nKilometer tijdrit mannen: 1. X (NED) 59,874"
    assert [t.seconds for t in find_times(text)] == [46.955, 47.31, 59.874]
    assert list(find_times("een ronde van 31,2 kilometer")) == [] and list(find_times("Ze was 12,5 sec. sneller.")) == []


def test_the_legs_of_a_multi_sport_race_are_no_events():
    text = ("Ze legde de 1500 meter zwemmen, 40 kilometer fietsen en 10 kilometer lopen af in 1:54:37. "
            "Elke atleet legde 300 meter zwemmen, 7 kilometer fietsen en 1,8 kilometer lopen af. "
            "Hij won de 10 kilometer.")
    assert [e.event for e in find_events(text)] == ["10000m"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mollema klokte daar 18.31.", [("18.31", 1111.0)]),
        ("Zij reed over dezelfde ronde van 31,2 kilometer 40.12.", [("40.12", 2412.0)]),
        ("Jumbo-Visma klokte 17.00 en werd tweede.", [("17.00", 1020.0)]),
        ("Daar liep de 26-jarige atleet van AV Hollandia 28.39, goed voor de titel.", [("28.39", 1719.0)]),
        # Times of day, written the same way.
        ("Hij reed om 18.31 weg.", []),
        ("De start is vanaf 14.30.", []),
        ("Ze reed naar huis, het was 18.31 uur.", []),
        ("Het programma begint 18.31.", []),
        ("Ze liep zich warm, het programma begint 18.31.", []),
        # A gap to the winner.
        ("De Belg finishte op 1.12 van de winnaar.", []),
    ],
)
def test_minutes_and_seconds_without_hundredths_by_their_context(text, expected):
    assert times(text) == expected


def test_the_sprint_won_is_the_event_with_its_participle_after_it():
    text = "Hovland heeft zaterdag in Oberhof de sprint gewonnen in 23.41,6. Daarna kwam hij in de sprint tekort."
    assert [(e.text, e.event) for e in find_events(text)] == [("sprint", "sprint")]


def test_in_the_sprint_with_a_place_past_the_podium_in_its_clause_is_the_event():
    placed = ("Bij de vrouwen werd Mirjam Boerstra zaterdag in de sprint 31e in 21.48,3. Lieke Ruis eindigde in "
              "de sprint als 38e. Vrijdag werd ze zestiende in de sprint.")
    assert [(e.text, e.event) for e in find_events(placed)] == [("sprint", "sprint")] * 3
    # a race's final dash: won or lost in it, or a place in another clause
    dash = "Bergsma kwam in de sprint tekort en werd zesde. Zij was in de sprint de snelste en won."
    assert [e.event for e in find_events(dash)] == []


def test_a_number_joined_to_a_distance_takes_its_unit():
    text = "Ze won goud op de 5000 en de 10.000 meter; na 500 en 1000 meter lag ze voor."
    assert [(e.text, e.event) for e in find_events(text)] == [("10.000 meter", "10000m"), ("5000", "5000m")]


def test_a_discipline_glued_to_its_team_is_the_discipline():
    from pipeline.extract.events import find_events
    found = [(e.text, e.event) for e in find_events("Het estafettekwartet en de Nederlandse estafettemannen wonnen.")]
    assert found == [("estafettekwartet", "aflossing"), ("estafettemannen", "aflossing")]


@pytest.mark.parametrize("text", [
    "Turnster Ter Brugge won op de brug. Whitfield (14,566) werd tweede, het brons ging met 14,400 naar Ferraresi.",
    "Op de vloer scoorde ze 13,95 en was ze de beste.",
    "De ploeg tikte aan in 4.01,38, 1,2 seconde voor nummer twee PSV.",
    # a margin's noun and "van" before it, a gap's lead and its reference around it
    "Hij stond derde, met een achterstand van 1,84 seconde op de leider.",
    "Ze had een voorsprong van 1.12,4 op de achtervolgers.",
    "Grootjans eindigde als 38e op 1.52,3 van de winnaar.",
    "Vos kwam binnen op 2.04,1 achter Hovland.",
])
def test_scores_and_gaps_are_not_times(text):
    assert [t.text for t in find_times(text) if t.text not in ("4.01,38",)] == []


def test_a_time_after_a_gap_s_lead_without_its_reference_stays_a_time():
    assert [t.text for t in find_times("De klok stopte op 1.47,12, een baanrecord.")] == ["1.47,12"]


def test_a_time_in_a_score_free_article_stays_a_time():
    assert [t.text for t in find_times("Kok won de 500 meter in 37,15, voor Leerdam (37,33).")] == ["37,15", "37,33"]


@pytest.mark.parametrize("text, expected", [
    ("een bronzen medaille in de klasse tot 63 kilo", "-63kg"),
    ("in de klasse -57 kg", "-57kg"),
    ("de klasse tot 81 kilogram", "-81kg"),
    ("goud boven 78 kilo", "+78kg"),
    ("degenschermster Wytske Bouma", "degen"),
    ("op de sabel", "sabel"),
    ("zilver bij de compound", "compound"),
    ("wereldkampioen iQFoil", "iQFoil"),
    ("Europees kampioen in de 49erFX", "49erFX"),
    ("in de ILCA 6", "ILCA 6"),
])
def test_class_events_of_weight_weapon_bow_and_boat(text, expected):
    assert [e.event for e in find_events(text)] == [expected]


def test_two_person_boats_are_crews():
    (event,) = find_events("Brouwer en Van Dongen wonnen in de 49erFX")
    assert event.crew
    (event,) = find_events("Hiemstra won in de iQFoil")
    assert not event.crew


def test_a_canoe_class_over_a_distance_races_that_distance():
    (event,) = find_events("Wijnja werd in de K1 over 500 meter vierde.")
    assert (event.event, event.crew) == ("500m", False)
    (event,) = find_events("Samen veroverden ze in de K2 over 500 meter brons.")
    assert (event.event, event.crew) == ("500m", True)
    # elsewhere "over" a distance is still no event of its own ("de aflossing over 3000 meter")
    assert [e.event for e in find_events("Ze wonnen de aflossing over 3000 meter.")] == ["aflossing"]


def test_a_distance_in_brackets_after_a_discipline_is_its_length():
    text = "Individuele achtervolging, beloften mannen (4 kilometer)\n1. Dykstra (Ned) 4.07,312"
    assert [e.event for e in find_events(text)] == ["achtervolging"]
    text = "Scratch, beloften vrouwen (10 kilometer)\n1. Van der Kooij (Ned)"
    assert [e.event for e in find_events(text)] == ["scratch"]
    # a bunch race opening a results line is its own race, even after the omnium was named
    text = ("Bij de keirin, de scratch en het omnium staan geen tijden.\n\n"
            "Scratch vrouwen (10 kilometer): 1. Chiara Benedetti (ITA); 2. Femke Huisintveld (NED).")
    assert [e.event for e in find_events(text)] == ["keirin", "omnium", "scratch"]
    # brackets without a discipline before them on the line keep the distance
    assert [e.event for e in find_events("Uitslag vrouwen (500 meter)")] == ["500m"]


def test_apparatus_only_in_a_gymnastics_article():
    text = "Turnster Ter Brugge won goud op de brug ongelijk, Mahabier zilver aan de rekstok en in de meerkamp; op het paard voltige viel hij."
    assert [e.event for e in find_events(text)] == ["brug", "rekstok", "meerkamp", "paard"]
    assert [e.event for e in find_events("De renners reden over de brug en vielen op de vloer.")] == []


def test_winter_disciplines_are_events():
    text = "In de monobob, op de parallelreuzenslalom, op de normale schans en op de grote schans."
    assert [e.event for e in find_events(text)] == ["monobob", "parallelreuzenslalom", "normale schans", "grote schans"]


def test_the_length_of_a_ski_jump_is_no_event():
    assert [e.event for e in find_events("Hij won met sprongen van 104,5 en 106 meter.")] == []


def test_distances_on_a_line_of_splits_are_no_events():
    text = "Op de 1500 meter.\nTussentijden Van Dalen: 300 meter 25,61 - 700 meter 54,80.\nDe 500 meter."
    assert [e.event for e in find_events(text)] == ["1500m", "500m"]


def test_field_events_and_course_lengths():
    assert [e.event for e in find_events("een bronzen medaille bij het hoogspringen en het kogelstoten")] == ["hoogspringen", "kogelstoten"]
    # the length of a road course is no event: the time trial is
    assert [e.event for e in find_events("over het zware parcours van ruim 31 kilometer in de tijdrit")] == ["tijdrit"]


def test_track_bunch_races_are_events_except_as_parts_of_an_omnium():
    assert [e.event for e in find_events("Van Acker won de afvalkoers, De Vylder werd tweede in de scratch.")] == ["afvalkoers", "scratch"]
    assert [e.event for e in find_events("Kopecky won de puntenkoers en daarmee het omnium.")] == ["omnium"]
    # a part with a medal or title in its clause is a race of its own
    text = ("Vanhaelewyn pakte zilver in het omnium. Goeminne reed vrijdag in de puntenkoers naar het brons, na het "
            "zilver in de afvalkoers van 2023. Vorig jaar werd hij Europees kampioen in de scratch.")
    assert [e.event for e in find_events(text)] == ["omnium", "puntenkoers", "afvalkoers", "scratch"]


def test_every_nation_s_record_is_national():
    text = "een Belgisch record, het Duitse record en een Nederlands record"
    assert [(r.text, r.record) for r in find_records(text)] == [
        ("Belgisch record", "national"), ("Duitse record", "national"), ("Nederlands record", "national")]


def test_tenths_are_lap_times_in_a_sentence_about_laps_only():
    assert [t.text for t in find_times("Zijn eerste volle ronden reed hij in 28,6 en 28,7.")] == ["28,6", "28,7"]
    assert [t.text for t in find_times("De rondetijden liepen op: 29,2, 29,4, 29,6.")] == ["29,2", "29,4", "29,6"]
    assert [t.text for t in find_times("Het percentage was 28,6 in de eerste ronde van de verkiezingen.")] == []
    assert [t.text for t in find_times("Hij reed in 28,6 naar huis.")] == []


def test_the_first_of_a_sprint_championship_s_two_500s_is_an_event():
    text = "Zaterdag reed ze 36,74 op de eerste 500 meter. Vandaag reed ze op de tweede 500 meter 36,71."
    assert [e.event for e in find_events(text)] == ["500m", "500m"]
    assert [e.event for e in find_events("Na de eerste 500 meter lag ze voor op de 1500 meter.")] == ["1500m"]


@pytest.mark.parametrize("text, event, seconds", [
    ("2:05.41", "marathon", 7541.0),  # h:mm.ss, as Dutch pages write road times
    ("2:05.41", "400m", 125.41),  # a track time stays minutes and hundredths
    ("1:02.30", "halve marathon", 3750.0),  # h:mm.ss in a half marathon
    ("6.12,35", "200000m", 372.35),  # after a comma: hundredths, kept
    ("2:05.75", "marathon", 125.75),  # 75 can't be seconds: kept as written
    ("2:05.41", "massastart", 125.41),  # no set length: kept
    ("7.52", "60m horden", 7.52),  # 7 min 52 on the 60 meter is no race: seconds, English dot
    ("35.12", "500m", 35.12),
    ("7:52", "60m horden", 472.0),  # a colon is minutes: kept
    ("13.45", "5000m", 825.0),  # a plausible 5000 meter: kept
])
def test_a_time_is_read_as_its_event_allows(text, event, seconds):
    from pipeline.extract.times import read_for_event
    [time] = find_times(f"Hij finishte in {text}.")
    assert read_for_event(time, event).seconds == pytest.approx(seconds)


def test_sliding_and_skiing_disciplines_as_events():
    text = "De skeletonster won in 2.17,84. In de skiatlon was hij de snelste, in de tweemansbob werd België derde."
    assert [e.event for e in find_events(text)] == ["skeleton", "skiatlon", "tweemansbob"]


def test_a_place_in_the_medal_table_is_no_medal():
    text = "Nederland sluit het toernooi af als derde land in het medailleklassement, achter Italië en Groot-Brittannië."
    assert list(find_medal_cues(text)) == []


def test_a_win_verb_after_its_medal_is_that_medal_not_gold():
    # a subordinate clause puts the verb last: "brons won" is a bronze, "zilver gewonnen" a silver
    text = "Sytske Wijbenga, die eerder deze week brons won op de 5000 meter, werd zevende."
    cues = find_medal_cues(text, tuple(find_events(text)))
    assert [(c.medal.text, c.medal.medal) for c in cues] == [("brons", "bronze")]



def test_the_podium_after_a_winners_finishing_time():
    text = ("Bij de mannen won Gregorio Paltrinieri de 1500 meter vrije slag. De Italiaan tikte aan in 14.42,09, voor de "
            "Oekraïner Mykhailo Romanchuk en de Hongaar Kristóf Rasovszky.")
    cues = find_medal_cues(text, tuple(find_events(text)), tuple(find_times(text)))
    assert [c.medal.medal for c in cues] == ["gold", "silver", "bronze"]
    # without a win before it, a time "voor" someone is only ahead of them
    alone = "Zij tikte aan in 57,31, voor Roos Vanotterdijk en Sara Curtis."
    assert [c.medal.medal for c in find_medal_cues(alone, (), tuple(find_times(alone)))] == []


def test_a_road_races_time_in_hours_minutes_and_seconds_marks():
    text = ("Vandenhende legde de 251 kilometer af in 5u38'14\", voor Ferrandier op 3\". De winnaar van vorig jaar "
            "had 4u02’37” nodig. De kopgroep had om 14u05'00 nog een voorsprong van 1'05\".")
    assert [(t.text, t.seconds) for t in find_times(text)] == [("5u38'14", 20294.0), ("4u02’37", 14557.0)]


def test_the_top_of_a_tally_is_no_win():
    assert medals("De Verenigde Staten waren met negen titels veruit het sterkst, voor Ethiopië en Jamaica.") == []
    assert [medal for medal, _ in medals("Italië was in 6.46,12 veruit het sterkst, voor Ethiopië en Jamaica.")] == [
        "gold", "silver", "bronze"]
