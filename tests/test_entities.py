"""Entity rules around the model: where a person's name begins and ends."""

from datetime import date

import pytest

from pipeline.config import RunConfig
from pipeline.entities import _document_consistency, _keep, clean_name
from pipeline.run import extract_text


def _extract(text: str, published: date, model_path):
    """The extraction of `text` as an article of `published`, with the bundled model."""
    return extract_text(text, published, config=RunConfig(model=model_path))


@pytest.mark.parametrize("text, name", [
    ("De Noorse Ragne Wiklund", "Ragne Wiklund"),      # article and nationality go
    ("Coach Jac Orie", "Jac Orie"),                    # a title goes
    ("Analiste Ellen van Dijk", "Ellen van Dijk"),     # so does the role of who reports a race
    ("Trainster Marjolein Schut", "Marjolein Schut"),  # and of who trains the athlete
    ("Hoofdcoach Marloes Zwijnenberg", "Marloes Zwijnenberg"),  # or leads the staff
    ("Vader Gerrit ter Veer", "Gerrit ter Veer"),      # and a family role
    ("Voor De Boo", "De Boo"),                         # a particle before a surname stays
    ("De Noor Sander Eitrem", "Sander Eitrem"),        # "the Norwegian" goes
    ("De Belgische Noor Vidts", "Noor Vidts"),         # after a nationality, Noor is a given name
    ("Noor Oosterhuis", "Noor Oosterhuis"),            # without an article, too
    ("Brit Koster", "Brit Koster"),
    ("Sofie Dokter", "Sofie Dokter"),                  # a surname that is also a title
    ("Romy Koning", "Romy Koning"),
    ("Lotte ter Haar", "Lotte ter Haar"),              # after a particle a stop word is a surname
    ("Jan van", "Jan"),                                # a trailing particle still goes
    ("Piet Jansen van de Zwembond", "Piet Jansen"),    # an organisation noun's ending
    ("Mathieu van der Poel", "Mathieu van der Poel"),
    ("In 't Groen", "In 't Groen"),                    # a capitalised particle of two words stays
    ("Snowboarder Kobe Willems", "Kobe Willems"),      # a winter athlete's noun goes
    ("Naast Jutta Leerdam", "Jutta Leerdam"),          # a preposition spaCy's stop list lacks goes
    ("Heel Drachten", "Drachten"),                     # so does a quantifier
    ("Achttien Ruben ter Schure", "Ruben ter Schure"), # and a number word
    ("Tweeëntwintig Femke Kok", "Femke Kok"),
    ("Van der Meer", "Van der Meer"),                 # after two particles a stop word is a surname
    ("De Meer", "Meer"),
    ("Vóór Verhaegen", "Verhaegen"),                   # a stressed function word goes
    ("Dát Kramer", "Kramer"),
    ("Harense Oldenhuis", "Oldenhuis"),               # a town's adjective opening a headline goes
    ("De Groningse Sanne Kramer", "Sanne Kramer"),     # and after a determiner
    ("Else Kramer", "Else Kramer"),                    # a given name ending in -se stays
    ("René Kramer", "René Kramer"),                    # an accent of a name stays
    ("Wethouder Anouk Brummelhuis", "Anouk Brummelhuis"),  # a title before a given name goes
    ("Anne Marie Jansen", "Anne Marie Jansen"),        # a given name before a given name stays
    ("Team Albert Heijn Zaanlander", "Team Albert Heijn Zaanlander"),  # as does an organisation's lead word
    ("Nageeye op de Erasmusbrug", "Nageeye"),          # "op de" after a surname alone is where
    ("Hans op de Beek", "Hans op de Beek"),            # after a given name, a particle
    ("Lucas Demeyere van Alpecin-Deceuninck", "Lucas Demeyere"),  # after a full name, "van" opens the team
    ("Bart Hooijschuur van Visma", "Bart Hooijschuur"),
    ("Jan Willem van Schip", "Jan Willem van Schip"),  # after two given names, the surname
    ("Anna van der Breggen", "Anna van der Breggen"),
])
def test_clean_name(text, name):
    start, end = clean_name(text, 0, len(text))
    assert text[start:end] == name


@pytest.mark.parametrize("span, after, name", [
    ("Jolien Spaans", " pakte zilver", "Jolien Spaans"),  # before a racing verb: a surname
    ("Sanne Pools", " werd tweede", "Sanne Pools"),
    ("Wout van Aert Belgisch", " kampioen", "Wout van Aert"),  # before its noun: an adjective
    ("Femke Kok Nederlands", " record", "Femke Kok"),
])
def test_a_nationality_adjective_ends_a_name_only_before_a_racing_verb(span, after, name):
    text = span + after
    start, end = clean_name(text, 0, len(span))
    assert text[start:end] == name


@pytest.mark.parametrize("before, span, name", [
    ("de 24-jarige ", "Noor Sander Eitrem", "Sander Eitrem"),  # after an adjective "Noor" is the nationality
    ("die ", "Brit Jack Laugher", "Jack Laugher"),  # and after a demonstrative "Brit"
    ("zei ", "Noor Oosterhuis", "Noor Oosterhuis"),  # after a verb it is the given name
    ("de Ier ", "Ben Healy", "Ben Healy"),  # after a nationality a given name that is also a word stays
    ("de ", "Ier Ben Healy", "Ben Healy"),
    ("olympisch kampioene ", "Noor in 't Groen", "Noor in 't Groen"),  # and after a person noun in -e
])
def test_a_nationality_noun_is_a_given_name_without_a_determiner(before, span, name):
    text = before + span
    start, end = clean_name(text, len(before), len(text))
    assert text[start:end] == name


@pytest.mark.parametrize("text, span, name", [
    # "de" and an adjective before a lower-case noun open the object, not a surname
    ("pakte Maud Spijkerman de Europese titel", "Maud Spijkerman de Europese", "Maud Spijkerman"),
    ("won Lieke Ottevanger de Nederlandse titel", "Lieke Ottevanger de Nederlandse", "Lieke Ottevanger"),
    ("met Jan de Vries op kop", "Jan de Vries", "Jan de Vries"),  # a surname with a particle stays
    ("zei Jan de Haese.", "Jan de Haese", "Jan de Haese"),  # an -se surname before no noun stays
    # ... and "de" with a nationality opens the object too, before the object's own name
    ("hield Femke Kok de Japanse Miho Takagi achter zich", "Femke Kok de Japanse", "Femke Kok"),
    ("versloeg Wout Claes de Noorse", "Wout Claes de Noorse", "Wout Claes"),
    # a country after a full name is the verb's object too; after a particle it is the name's
    ("bracht Maxime Van Goethem België op 2-1", "Maxime Van Goethem België", "Maxime Van Goethem"),
    ("zei Jan van Peru", "Jan van Peru", "Jan van Peru"),
    # a particle opening a country's name of two words after a full name opens the next phrase
    ("volgens bondscoach Remco Olde Heuvel de Verenigde Staten", "Remco Olde Heuvel de Verenigde", "Remco Olde Heuvel"),
    ("noemde Sven de Vries de Verenigde Staten", "Sven de Vries de Verenigde", "Sven de Vries"),
])
def test_an_article_and_adjective_after_a_name_open_the_object(text, span, name):
    start = text.index(span)
    start, end = clean_name(text, start, start + len(span))
    assert text[start:end] == name


def test_a_one_word_place_the_model_took_for_a_person_is_a_place_throughout(model_path):
    text = ("De Spelen zijn in februari in Antholz. Om naar Antholz te mogen, moet ze nog een klasse halen. "
            "Evie Hulst won de cross in Hulst. Hulst was blij.")
    ex = _extract(text, date(2026, 1, 10), model_path)
    labels = [(m.text, m.label) for m in ex.mentions]
    assert labels.count(("Antholz", "LOC")) == 2 and ("Antholz", "PER") not in labels
    # a word of a person's full name in the article stays hers where no preposition makes it a place
    alone = text.rindex("Hulst was")
    assert [m.label for m in ex.mentions if m.start == alone] == ["PER"]


def test_a_bare_country_code_in_a_results_line_is_a_place_and_ends_the_athletes_name(model_path):
    text = ("Uitslagen van het WK allround in Thialf.\n\n"
            "500 meter: 1. Mei Hoshikawa JPN 38,62; 2. Annerieke Wiebenga NED 38,95; 3. Valérie Thibodeau CAN 39,01.\n\n"
            "3000 meter: 1. Ingvild Haraldsen NOR 3.56,84; 2. Annerieke Wiebenga NED 3.57,10.\n\n"
            "Wiebenga werd wereldkampioene.")
    ex = _extract(text, date(2026, 3, 8), model_path)
    labels = {(m.text, m.label) for m in ex.mentions}
    assert {("Mei Hoshikawa", "PER"), ("Annerieke Wiebenga", "PER"), ("Valérie Thibodeau", "PER"),
            ("Ingvild Haraldsen", "PER"), ("JPN", "LOC"), ("NED", "LOC"), ("CAN", "LOC"), ("NOR", "LOC")} <= labels
    assert not any(m.text.endswith((" JPN", " CAN", " NOR", " NED")) for m in ex.mentions)
    assert {(t.athlete, t.seconds) for t in ex.times} >= {("Valérie Thibodeau", 39.01), ("Ingvild Haraldsen", 236.84)}
    # (capitals that are no country's code are left as they were: "AVR" is no country)
    assert not any(m.text == "AVR" and m.label == "LOC" for m in _extract("1. Kees Jansen AVR 38,62", date(2026, 3, 8), model_path).mentions)


def test_a_bare_country_code_ending_a_list_entry_without_a_result_is_a_place(model_path):
    text = ("Vandevoorde pakte brons op het WK judo in Bakoe.\n\n"
            "Uitslag -57 kg: 1. Haruka Mori JPN, 2. Clarisse Aubert FRA, 3. Amber Vandevoorde BEL en Émilie Tremblay CAN.")
    ex = _extract(text, date(2026, 10, 5), model_path)
    labels = {(m.text, m.label) for m in ex.mentions}
    assert {("Haruka Mori", "PER"), ("Clarisse Aubert", "PER"), ("Émilie Tremblay", "PER"),
            ("JPN", "LOC"), ("FRA", "LOC"), ("BEL", "LOC"), ("CAN", "LOC")} <= labels
    assert {(m.medal, m.athlete) for m in ex.medals} >= {("gold", "Haruka Mori"), ("silver", "Clarisse Aubert")}
    favourites = _extract("De favorieten bij de vrouwen:\nCassie Morton AUS\nRosa van Klinken NED\n", date(2025, 10, 16), model_path)
    assert {("Cassie Morton", "PER"), ("AUS", "LOC"), ("Rosa van Klinken", "PER"), ("NED", "LOC")} <= {(m.text, m.label) for m in favourites.mentions}


def test_a_lone_capitalised_word_opening_a_sentence_is_no_person(model_path):
    text = ("Femke Kok won zondag goud op de 500 meter van het WK in Thialf. Mooier kan het niet, zei de "
            "Friezin na afloop. Dromen doet ze nog steeds. Kok won ook de 1000 meter. Straf! Sanne "
            "Visser werd tweede.")
    ex = _extract(text, date(2026, 3, 8), model_path)
    persons = [m.text for m in ex.mentions if m.label == "PER"]
    assert not {"Mooier", "Dromen", "Straf"} & set(persons)
    # a surname the article named in full stays the person's, at a sentence's opening as well
    assert persons.count("Kok") == 1 and {"Femke Kok", "Sanne Visser"} <= set(persons)
    # and so does a family name or a double-barrelled one named only once, alone
    alone = _extract("Kok pakte goud op de 500 meter. Delacroix-Petit kreeg brons.", date(2026, 2, 15), model_path)
    assert {"Kok", "Delacroix-Petit"} <= {m.text for m in alone.mentions if m.label == "PER"}


def test_a_towns_adjective_after_de_stands_for_a_woman_from_there_and_is_no_name(model_path):
    text = ("Afgelopen zaterdag werd Selma Kranendonk in Milaan wereldkampioene kanosprint. In de K1 over 200 meter "
            "peddelde de 22-jarige Alkmaarse naar 40,37, zeven honderdsten sneller dan de Hongaarse Réka Szabó.")
    ex = _extract(text, date(2025, 8, 27), model_path)
    assert "Alkmaarse" not in [m.text for m in ex.mentions if m.label == "PER"]
    assert (40.37, "Selma Kranendonk") in {(t.seconds, t.athlete) for t in ex.times}


def test_a_surname_that_is_also_a_town_is_the_town_after_a_preposition_of_place(model_path):
    text = ('Lars Hoogeveen uit Hoogeveen werd derde. "Hoogeveen uit Hoogeveen, dat klinkt mooi", lacht '
            "Hoogeveen. In Hoogeveen hadden ze de vlaggen klaar. Half Hoogeveen keek mee. Bondscoach Jan de "
            "Vries ziet in Hoogeveen een renner voor later. Daarna gaat hij terug naar Hoogeveen, waar een "
            "feest wacht.")
    ex = _extract(text, date(2026, 2, 22), model_path)
    labels = [m.label for m in ex.mentions if m.text == "Hoogeveen"]
    #   uit H.  H. uit  uit H.  lacht H.  In H.  Half H.  ziet in H. een  naar H., waar
    assert labels == ["LOC", "PER", "LOC", "PER", "LOC", "LOC", "PER", "LOC"]


def test_a_name_does_not_run_over_a_headings_bar_nor_take_its_medal_claim(model_path):
    text = ("Liveblog EK kortebaan | Goud voor Brinkhorst, Nederlands record voor Bijlsma\n\n"
            "Judo | Goud voor Meuleman in Zagreb\n\nIris Meuleman won de Grand Prix.\n\n"
            "Atletiek | Lammertink snel in Leiden\n\nTom Lammertink liep in Leiden een snelle tijd. "
            "Femke Brinkhorst won goud, net als Anouk Bijlsma. Hij rijdt voor Visma | Lease a Bike.")
    ex = _extract(text, date(2026, 6, 1), model_path)
    mentions = {(m.text, m.label) for m in ex.mentions}
    assert {("Brinkhorst", "PER"), ("Meuleman", "PER"), ("Lammertink", "PER")} <= mentions
    assert not any("|" in m.text or m.text.startswith("Goud") for m in ex.mentions if m.start < text.index("Femke"))
    assert not any(m.text in ("Visma", "Lease a Bike") for m in ex.mentions)  # a bar inside a sentence stays


def test_a_bare_surname_is_the_athlete_not_a_relative_named_as_a_complement(model_path):
    text = ("Marit van Eerden werd Europees kampioen in de skiff. Die vader is Sjoerd van Eerden (56), die zelf "
            "roeide in Sneek. Van Eerden stapte daarna over naar Okeanos.")
    ex = _extract(text, date(2026, 6, 20), model_path)
    bare = text.rindex("Van Eerden")
    assert [m.canonical for m in ex.mentions if m.start == bare] == ["Marit van Eerden"]


def test_a_one_word_name_after_op_de_or_in_het_is_a_place_throughout_but_no_people_of_a_nation(model_path):
    text = ("De Nederlandse acht won zondag op de Rotsee. Twee weken eerder roeide de ploeg nog op de Bosbaan, "
            "waar de marathon later over de Erasmusbrug liep. Zij schaatste vorig jaar in het Vikingskipet. "
            "Een kolkend Vikingskipet zag haar winnen. De Nederlanders wonnen ruim van de Britten en hadden twee seconden voorsprong op de Noren. "
            "Het was een aanval op de Europese titel. Ze traint op Papendal en vliegt maandag naar Schiphol. "
            "De titel op de 500 meter ging naar Jenning de Boo. Het WK is op Afrikaanse bodem.")
    ex = _extract(text, date(2026, 6, 1), model_path)
    labels = {(m.text, m.label) for m in ex.mentions}
    assert {("Rotsee", "LOC"), ("Bosbaan", "LOC"), ("Vikingskipet", "LOC")} <= labels
    # a place found once is that place where the model left it untagged
    assert [(m.text, m.label) for m in ex.mentions].count(("Vikingskipet", "LOC")) == 2
    assert not {m.text for m in ex.mentions} & {"Noren", "Britten", "Europese", "Afrikaanse"}
    # after "op" or "naar" alone only one word: a full name stays a person
    assert {("Papendal", "LOC"), ("Schiphol", "LOC"), ("Jenning de Boo", "PER")} <= labels


def test_a_name_does_not_run_through_a_particle_into_an_organisation():
    text = "Ruud Oosterbaan van de Judo Bond Nederland"
    start, end = clean_name(text, 0, len("Ruud Oosterbaan van de Judo"))
    assert text[start:end] == "Ruud Oosterbaan"


def test_a_name_does_not_run_through_van_into_an_organisation_the_article_names():
    from pipeline.entities import _persons_before_organisations
    text = "De renner van Soudal Quick-Step won. Ploegleider Kristof Dewaele van Soudal Quick-Step was blij."
    team = text.index("Soudal")
    person = text.index("Kristof")
    spans = [(team, team + len("Soudal Quick-Step"), "ORG"), (person, person + len("Kristof Dewaele van Soudal"), "PER")]
    found = [(text[s:e], label) for s, e, label in _persons_before_organisations(text, spans)]
    assert found == [("Soudal Quick-Step", "ORG"), ("Kristof Dewaele", "PER"), ("Soudal Quick-Step", "ORG")]
    # (a surname after "van" that no organisation of the article starts with stays)
    text = "De renner van Soudal Quick-Step won. Ploegleider Kristof van Dijk was blij."
    person = text.index("Kristof")
    spans = [(team, team + len("Soudal Quick-Step"), "ORG"), (person, person + len("Kristof van Dijk"), "PER")]
    assert [text[s:e] for s, e, _ in _persons_before_organisations(text, spans)] == ["Soudal Quick-Step", "Kristof van Dijk"]


def test_a_span_the_model_ran_on_into_a_function_word_ends_before_it():
    from pipeline.entities import _relabel
    text = "en bleef de Noor Eirik Tveiten en de Canadees Graeme McAllister voor."
    start = text.index("Canadees")
    end = text.index(".")
    found = _relabel(text, (start, end, "LOC"))
    assert (text[found[0] : found[1]], found[2]) == ("Graeme McAllister", "PER")


def test_a_surname_with_a_particle_of_two_words_is_no_full_name():
    from pipeline.entities import is_full_name
    assert not is_full_name("In 't Veld") and not is_full_name("Op de Beek")
    assert is_full_name("Tessa in 't Veld")



def test_a_two_word_surname_stands_for_the_full_name_that_ends_with_it():
    from pipeline.entities import canonical_person
    full_names = [(0, "Lotte Oude Luttikhuis"), (200, "Oude Luttikhuis")]
    assert canonical_person("Oude Luttikhuis", 300, full_names) == "Lotte Oude Luttikhuis"
    # two people who share a surname: the nearest earlier one
    assert canonical_person("Leerdam", 300, [(0, "Jutta Leerdam"), (200, "Femke Leerdam")]) == "Femke Leerdam"


def test_a_span_over_a_line_break_is_a_name_on_each_line_and_a_whole_heading_line_none():
    from pipeline.entities import _lines_of
    text = "Zilver voor Bouwhuis en Zandstra\n\nRintje Hylkema is zondag wereldkampioen geworden."
    assert [text[s:e] for s, e in _lines_of(text, text.index("Zandstra"), text.index(" is"))] == ["Zandstra", "Rintje Hylkema"]
    text = "Brons voor Brouwers\nDe Belg liep 1.45,10."
    assert [text[s:e] for s, e in _lines_of(text, 0, text.index(" liep"))] == ["De Belg"]
    assert _lines_of(text, 0, len("Brons")) == [(0, len("Brons"))]


@pytest.mark.parametrize("text", [
    # a quote's speaker is a person; an unlisted given name before that surname opens a line
    ("21.05 - Zilver voor Sijbesma!\nWieke Sijbesma is tweede op de 1000 meter! De 23-jarige Friezin wordt nog ingehaald "
     "door de Canadese Élodie Gagnon-Roy, die wint in 1.28,415. Sijbesma komt binnen in 1.28,503.\n\n"
     '"Toch ben ik blij met dit zilver", zegt Sijbesma even later tegen de NOS.'),
    # ... or was taken for an organisation
    'Zilver voor Sijbesma\n\nWieke Sijbesma is tweede op de 1000 meter. "Toch ben ik blij", zegt Sijbesma.',
])
def test_a_quotes_speaker_is_a_person_and_an_unlisted_given_name_opens_the_full_name(model_path, text):
    ex = _extract(text, date(2026, 3, 15), model_path)
    assert {(m.text, m.label) for m in ex.mentions if "Sijbesma" in m.text} == {("Sijbesma", "PER"), ("Wieke Sijbesma", "PER")}
    assert {m.canonical for m in ex.mentions if "Sijbesma" in m.text} == {"Wieke Sijbesma"}


def test_a_venue_word_or_a_stressed_function_word_before_a_surname_is_no_given_name(model_path):
    text = ('Zilver voor Verhaegen\n\n"Ik ben blij", zei Verhaegen. Vóór Verhaegen finishte niemand. '
            "Team Verhaegen was er ook.")
    ex = _extract(text, date(2026, 3, 15), model_path)
    assert not any(m.text in ("Vóór Verhaegen", "Team Verhaegen") and m.label == "PER" for m in ex.mentions)


def test_a_given_name_before_a_frisian_surname_makes_a_person(model_path):
    text = ("Wijnstra verovert Europese allroundtitel, zilver voor Kuperus\n\n"
            "Hiske Wijnstra is zondag in Tomaszów Mazowiecki Europees kampioene allround geworden. "
            "De 24-jarige schaatsster reed op de afsluitende 5000 meter 6.58,20.\n\n"
            "Wijnstra begon de slotdag in de Arena Lodowa met een voorsprong van ruim een seconde.")
    ex = _extract(text, date(2026, 1, 11), model_path)
    assert {(m.text, m.label) for m in ex.mentions if "Wijnstra" in m.text} == {("Wijnstra", "PER"), ("Hiske Wijnstra", "PER")}


def test_a_continents_adjective_before_a_title_is_no_name(model_path):
    ex = _extract("Floor ter Mijtelen is de tweede Nederlandse Europese kampioen in Birmingham.", date(2026, 8, 12), model_path)
    assert not any(m.text == "Europese" for m in ex.mentions)


def test_a_given_name_before_a_venue_word_names_a_place(model_path):
    text = "De 26-jarige atlete uit Zwolle liep in het Alexander Stadium 53,14 en was ruim te snel."
    ex = _extract(text, date(2026, 8, 14), model_path)
    assert ("Alexander Stadium", "LOC") in {(m.text, m.label) for m in ex.mentions}


def test_a_surname_that_is_a_nations_adjective_is_the_person_where_no_noun_follows(model_path):
    text = ("Shorttrackster Lotte Duits mist het WK door een blessure. Met Iris Bos, Lotte Duits en "
            "Sanne Kok won ze goud. De 22-jarige Duits won in Milaan ook brons. Vorig jaar werd Emma Nederlands kampioen. "
            "Het interview ging in het Duits.")
    ex = _extract(text, date(2026, 2, 23), model_path)
    persons = [m.text for m in ex.mentions if m.label == "PER"]
    assert persons == ["Lotte Duits", "Iris Bos", "Lotte Duits", "Sanne Kok", "Duits", "Emma"]


def test_the_adjective_of_a_title_after_a_name_is_not_the_names(model_path):
    text = ("Vorig jaar werd Van Oerle al Nederlands kampioen. Lisa Hogenelst is zondag in Apeldoorn "
            "Nederlands kampioene op de achtervolging geworden.")
    ex = _extract(text, date(2026, 9, 7), model_path)
    assert [(m.text, m.label) for m in ex.mentions] == [("Van Oerle", "PER"), ("Lisa Hogenelst", "PER"), ("Apeldoorn", "LOC")]


def test_a_place_goes_on_over_an_elided_particle(model_path):
    text = ("Het duo eindigde in Cortina d'Ampezzo als derde. Volgend jaar rijden ze weer in Cortina d’Ampezzo. "
            "In Cortina regende het.")
    ex = _extract(text, date(2026, 2, 16), model_path)
    assert [(m.text, m.label) for m in ex.mentions] == [
        ("Cortina d'Ampezzo", "LOC"), ("Cortina d’Ampezzo", "LOC"), ("Cortina", "LOC")]
    # the short form is the place the article names in full
    assert ex.mentions[2].canonical == "Cortina d'Ampezzo"


def test_a_name_with_an_age_in_brackets_is_a_person(model_path):
    text = "Roeien: Tjeerdema wint in Poznań\nSybren Tjeerdema (24) heeft gisteren de skiff in Poznań gewonnen."
    ex = _extract(text, date(2025, 6, 23), model_path)
    assert ("Sybren Tjeerdema", "PER") in {(m.text, m.label) for m in ex.mentions}


@pytest.mark.parametrize("word", ["Achttien", "Naast", "Zevenendertig", "Gisteren", "Zondag", "Amai", "Start"])
def test_a_number_word_preposition_day_interjection_or_liveblog_heading_alone_is_no_entity(word):
    assert not _keep(word + " kwam hij tekort.", 0, len(word), "PER")


@pytest.mark.parametrize("text, persons", [
    # A given name that is also a function word names the person before a surname...
    ("In Gent won Elke Verhaegen de 1500 meter.", {"Elke Verhaegen"}),
    ("De titel ging naar Ben Kramer.", {"Ben Kramer"}),
    # ...and not before a nationality, nor alone where it is the word.
    ("Elke Verhaegen won. Elke Belg kent haar. Elke dag traint Verhaegen.", {"Elke Verhaegen"}),
])
def test_a_given_name_that_is_also_a_word(model_path, text, persons):
    ex = _extract(text, date(2026, 2, 15), model_path)
    assert {m.canonical for m in ex.mentions if m.label == "PER"} == persons
    assert all(m.text != "Elke" for m in ex.mentions)


def test_races_and_meetings_by_their_name_words(model_path):
    text = ("Khalid Benali liep in de Marathon Rotterdam. Op 4 september volgt de Memorial Van Damme in "
            "Brussel. Bij de FBK Games liep Verhaegen. Zondag start hij in de TCS Amsterdam Marathon. Van "
            "Wingerden won de tijdrit van de Ronde van Zwitserland. Hij werd op het BK tijdrijden tweede.")
    ex = _extract(text, date(2026, 2, 15), model_path)
    events = {m.text for m in ex.mentions if m.label == "EVENT"}
    assert events == {"Marathon Rotterdam", "Memorial Van Damme", "FBK Games", "TCS Amsterdam Marathon",
                      "Ronde van Zwitserland", "BK tijdrijden"}
    assert {m.text for m in ex.mentions if m.label == "PER"} == {"Khalid Benali", "Verhaegen", "Van Wingerden"}


def test_a_run_named_by_loop_run_or_race_is_an_event_not_a_person(model_path):
    text = ("Gideon Kipkemboi wint de CPC Loop in 59:48. Vorig jaar won hij de Zandvoort Circuit Run. "
            "Stijn Ravenhorst liep ook de Amstel Gold Race niet.")
    ex = _extract(text, date(2026, 2, 15), model_path)
    persons = {m.text for m in ex.mentions if m.label == "PER"}
    assert {"CPC Loop", "Zandvoort Circuit Run"} <= {m.text for m in ex.mentions if m.label == "EVENT"}
    assert not persons & {"CPC Loop", "Zandvoort Circuit Run", "Circuit Run"}


def test_a_sponsors_capitals_and_a_championships_sport_are_part_of_the_races_name(model_path):
    text = ("Khalid Benali liep in de NN Marathon Rotterdam. Op het WK kanosprint won Nina Pauw. Bij het "
            "WK baan reed Stijn Kramer. Op het NK natuurijs won Lies Tromp.")
    ex = _extract(text, date(2026, 2, 15), model_path)
    assert {m.text for m in ex.mentions if m.label == "EVENT"} == {
        "NN Marathon Rotterdam", "WK kanosprint", "WK baan", "NK natuurijs"}


def test_races_named_after_grand_prix_van_or_dwars_door(model_path):
    text = "Hij won de Grand Prix van Linz. Eerder reed hij Dwars door het Hageland."
    ex = _extract(text, date(2026, 6, 1), model_path)
    assert {m.text for m in ex.mentions if m.label == "EVENT"} == {"Grand Prix van Linz", "Dwars door het Hageland"}


@pytest.mark.parametrize("text, name, label", [
    ("Wesseling won zaterdag in De Scheg in Deventer.", "De Scheg", "LOC"),          # after "in": a venue
    ("Hij traint op de ijsbaan De Smelt in Assen.", "De Smelt", "LOC"),              # after a venue's noun
    ("Hij roeide bij de Friese vereniging De Zwette in Sneek.", "De Zwette", "ORG"),  # after a club's noun
    ("De zwemster van De Dolfijn werd kampioen.", "De Dolfijn", "ORG"),              # elsewhere a club
])
def test_a_name_opening_with_de_inside_a_sentence_keeps_it_and_is_a_venue_or_a_club(model_path, text, name, label):
    ex = _extract(text, date(2026, 2, 15), model_path)
    assert (name, label) in {(m.text, m.label) for m in ex.mentions}


def test_a_given_name_known_alone_and_a_surname_known_alone_are_one_name_together(model_path):
    text = ('Jorre Vanlommel mag de driekleur dragen. "Ik ben blij", zei Vanlommel. Ploegleider Kurt '
            'Vermaelen: "Jorre heeft dat schitterend gespeeld."')
    ex = _extract(text, date(2026, 6, 28), model_path)
    assert ("Jorre Vanlommel", "PER") in {(m.text, m.label) for m in ex.mentions}


def test_a_given_name_ending_in_a_doubled_s_is_no_towns_adjective(model_path):
    text = "Tadesse Alemu wint de marathon! De Ethiopiër was te sterk. Alemu juichte."
    ex = _extract(text, date(2026, 4, 12), model_path)
    assert [(m.text, m.label) for m in ex.mentions if "Alemu" in m.text] == [("Tadesse Alemu", "PER"), ("Alemu", "PER")]


@pytest.mark.parametrize("text, name, label", [
    ("In Rotterdam was Khalid Benali de snelste.", "Khalid Benali", "PER"),
    ("De etappe eindigde in Santa Cruz.", "Santa Cruz", "LOC"),
])
def test_a_given_name_and_a_surname_the_model_took_for_a_place(model_path, text, name, label):
    ex = _extract(text, date(2026, 2, 15), model_path)
    assert [m.label for m in ex.mentions if m.text == name] == [label]


def test_a_given_name_and_a_surname_that_is_also_a_title_the_model_took_for_an_organisation(model_path):
    text = ("Bij de vrouwen ging de titel naar Ilse Dokter uit Joure. Zij finishte in 1.41.37. "
            "Dokter (33) werd in 2021 al eens tweede op het NK natuurijs.")
    ex = _extract(text, date(2026, 1, 11), model_path)
    assert ("Ilse Dokter", "PER") in {(m.text, m.label) for m in ex.mentions}
    assert {(m.medal, m.athlete) for m in ex.medals} == {("gold", "Ilse Dokter"), ("silver", "Ilse Dokter")}


def test_a_town_that_is_the_end_of_a_surname_with_a_particle(model_path):
    text = ("HAREN - Marit Oldenhuis uit Haren won brons op het NK. De titel ging naar Sanne van Haren. "
            "Van Haren, niet uit Haren maar uit Utrecht, was favoriet.\n\nZWEMMEN - Tessa Giele won de 100 meter.")
    ex = _extract(text, date(2026, 6, 29), model_path)
    labels = {(m.text, m.label) for m in ex.mentions}
    # "Sanne van Haren" is "Van Haren": a bare "Haren" is the town, and so is the dateline
    assert ("Haren", "PER") not in labels and ("Haren", "LOC") in labels and ("HAREN", "LOC") in labels
    assert {m.canonical for m in ex.mentions if m.text == "Van Haren"} == {"Sanne van Haren"}
    assert not any(m.text == "ZWEMMEN" for m in ex.mentions)  # a round-up item's sport is no entity


def test_a_results_lists_brackets_hold_clubs(model_path):
    text = ("60 meter vrouwen: 1. Imke Boschloo (Phanos) 7,21; 2. Shanice Eyssen-Doornbos (Haag Atletiek) 7,26; "
            "3. Fenne de Wilde (AV Haarlem) 7,29; 4. Dirk-Jan Rozendaal (Atverni) 7,92.\n\n"
            "1500 meter: 1. Nienke van Dalen (NED) 1.53,20; 2. Aoi Nakagawa (Japan) 1.54,01.\n\n"
            "Marathon: 1. Jan de Vries (Heerenveen) 1.45,00; 2. Piet Smit (Grou) 1.46,00.")
    ex = _extract(text, date(2026, 2, 22), model_path)
    labels = {m.text: m.label for m in ex.mentions}
    # a club, whatever its words look like (a one-word place too, where the line's brackets are clubs)
    assert [labels.get(c) for c in ("Phanos", "Haag Atletiek", "AV Haarlem", "Atverni")] == ["ORG"] * 4
    # a country, its code and, in a list without clubs, a home town stay places
    assert [labels.get(c) for c in ("NED", "Japan", "Heerenveen", "Grou")] == ["LOC"] * 4
    assert {t.athlete for t in ex.times} == {"Imke Boschloo", "Shanice Eyssen-Doornbos", "Fenne de Wilde", "Dirk-Jan Rozendaal",
                                             "Nienke van Dalen", "Aoi Nakagawa", "Jan de Vries", "Piet Smit"}


@pytest.mark.parametrize("text, club", [
    ("De Fries van AV Impala won in 7,71.", "AV Impala"),
    ("Ze zwemt al sinds haar zesde bij Zwemclub Sneek.", "Zwemclub Sneek"),
    ("Hij traint bij Judovereniging Shintai in Hengelo.", "Judovereniging Shintai"),
    ("Het keerpunt kwam bij Team Albert Heijn Zaanlander, waar ze in 2024 begon.", "Team Albert Heijn Zaanlander"),
    ("De sprintster van Phanos was de snelste.", "Phanos"),
])
def test_a_club_by_its_kind_or_its_member(model_path, text, club):
    ex = _extract(text, date(2026, 2, 15), model_path)
    assert [(m.text, m.label) for m in ex.mentions if club in m.text or m.text in club] == [(club, "ORG")]


def test_a_clubs_name_names_no_race(model_path):
    text = ("1500 meter mannen: 1. Thijmen van 't Zand (Prins Hendrik) 3.41,58; 2. Sem Kuipers (AV Triathlon) 3.42,30.\n\n"
            "De Holland Acht won in 5.29,84.")
    ex = _extract(text, date(2026, 2, 22), model_path)
    assert {(t.athlete, t.event) for t in ex.times if t.event != "acht"} == {
        ("Thijmen van 't Zand", "1500m"), ("Sem Kuipers", "1500m")}
    assert "acht" in {e.event for e in ex.events}  # a national crew's name does name its boat


@pytest.mark.parametrize("code, country", [
    ("NED", "Nederland"), ("GER", "Duitsland"), ("SUI", "Zwitserland"),  # IOC codes, also where ISO's differs
    ("NOR", "Noorwegen"), ("GBR", "Groot-Brittannië"),                   # ISO's = IOC's; the name sports news uses
    ("Zwe", "Zweden"), ("Kro", "Kroatië"), ("Jap", "Japan"),             # the Dutch agencies' opening letters
    ("Noo", "Noorwegen"),                                                # of several names, the one word
    ("Bel", "België"), ("Den", "Denemarken"), ("Geo", "Georgië"),        # else the code (Belize, Belarus open so too)
    ("ANP", None), ("PSV", None), ("Nederland", None), ("Ne", None),     # an agency, a club, a name, too short
])
def test_a_countrys_code_names_the_country(code, country):
    from pipeline.lang.places import country_of_code

    assert country_of_code(code) == country


def test_a_countrys_code_after_an_athlete_is_that_country(model_path):
    text = ("Judo, tot 70 kilo: 1. Margaux Lefèvre (Fra), 2. Imke Roeleveld (Ned), 3. Sara Kovač (Kro) en Aoife Byrne (Ier).\n\n"
            "1500 meter: 1. Nienke van Dalen (NED) 1.53,20; 2. Aoi Nakagawa (JPN) 1.54,01; 3. Ida Lund (SWE) 1.54,30.")
    ex = _extract(text, date(2026, 2, 22), model_path)
    places = {m.text: m.canonical for m in ex.mentions if m.label == "LOC"}
    assert places == {"Fra": "Frankrijk", "Ned": "Nederland", "Kro": "Kroatië", "Ier": "Ierland",
                      "NED": "Nederland", "JPN": "Japan", "SWE": "Zweden"}


def test_no_ruler_pattern_opens_on_a_regex():
    """The entity ruler finds a pattern's candidates by its first token; a first token given by a
    regex is tested against every token of every article (4 ms per article where the rest of
    the ruler takes 0.2)."""
    from pipeline.entities import ruler_patterns
    for pattern in ruler_patterns():
        first = pattern["pattern"][0] if isinstance(pattern["pattern"], list) else {}
        assert not any(isinstance(v, dict) and "REGEX" in v for v in first.values()), pattern


def test_every_ruler_pattern_is_indexed():
    """A pattern the indexed ruler cannot read makes the whole ruler fall back to spaCy's
    matcher, which tries every pattern at every token (0.16 -> 3.9 ms per article)."""
    import spacy
    from pipeline.entities import RULER_FACTORY, ruler_patterns
    ruler = spacy.blank("nl").add_pipe(RULER_FACTORY)
    ruler.add_patterns(ruler_patterns())
    assert ruler._compile() is not False


def test_a_given_name_with_the_particle_t_is_a_person_whatever_the_model_made_of_it(model_path):
    text = ("In het Unipol Forum in Assago greep Thijmen 't Hooft op de 1000 meter shorttrack net naast de medailles. "
            "Op de 3000 meter steeple pakte Jelmer van 't Oever verrassend zilver.")
    labels = {(m.text, m.label) for m in _extract(text, date(2026, 2, 18), model_path).mentions}
    assert {("Thijmen 't Hooft", "PER"), ("Jelmer van 't Oever", "PER")} <= labels


def test_a_name_a_places_word_opens_after_a_preposition_is_a_place(model_path):
    text = "Eind maart ga ik met mijn vriendin Lieke een week naar Gran Canaria. Daarna train ik in Sankt Moritz."
    labels = {(m.text, m.label) for m in _extract(text, date(2026, 3, 17), model_path).mentions}
    assert {("Gran Canaria", "LOC"), ("Sankt Moritz", "LOC")} <= labels


def test_the_alternative_elfstedentocht_is_one_event(model_path):
    text = "Volgende week rijdt hij de Alternatieve Elfstedentocht op de Weissensee."
    labels = {(m.text, m.label) for m in _extract(text, date(2026, 1, 20), model_path).mentions}
    assert ("Alternatieve Elfstedentocht", "EVENT") in labels
    assert ("Elfstedentocht", "EVENT") not in labels


def test_a_hyphenated_pair_of_towns_that_was_won_is_a_classic_and_gives_no_medals(model_path):
    text = ("Seppe Vandenbroeck heeft zondag Dwarshout-Melsbeke gewonnen. De Fransman Luc Ferrant werd tweede. "
            "Vandenbroeck was in Dwarshout-Melsbeke de rapste van een kopgroep van vijf. "
            "Vorig jaar werd Ferrant in Zuid-Korea tweede, en zondag heeft Koning-Bakker gewonnen.")
    ex = _extract(text, date(2026, 3, 29), model_path)
    labels = {(m.text, m.label) for m in ex.mentions if "-" in m.text}
    assert ("Dwarshout-Melsbeke", "EVENT") in labels
    assert not any(label == "EVENT" for name, label in labels if name != "Dwarshout-Melsbeke")
    assert not ex.medals


@pytest.mark.parametrize("heading", ["Solo van Rinsma", "Zege voor Rinsma"])
def test_a_tussenkops_noun_is_not_part_of_the_name_after_it(model_path, heading):
    text = (f"NK marathon op natuurijs\n\n{heading}\n\nBij de vrouwen reed Tjitske Rinsma halverwege weg. "
            "Rinsma finishte in 1.41.52.")
    ex = _extract(text, date(2026, 1, 11), model_path)
    persons = {m.text for m in ex.mentions if m.label == "PER"}
    assert not any(p.startswith(heading.split()[0]) for p in persons)
    assert {m.canonical for m in ex.mentions if m.label == "PER"} == {"Tjitske Rinsma"}


def test_a_results_lines_entry_is_a_person_whatever_its_given_name(model_path):
    text = ("Uitslagen NK afstanden\n\n3000 meter vrouwen\n1. Femmy Keuning 3.57,12\n2. Sanne Koopal 3.58,44\n"
            "3. Geartsje Hoekema 4.02,38\n\n4x400 meter\n1. Nederland 3.10,52\n2. AV Haarlem 3.12,40")
    ex = _extract(text, date(2025, 12, 28), model_path)
    persons = {m.text for m in ex.mentions if m.label == "PER"}
    assert {"Femmy Keuning", "Sanne Koopal", "Geartsje Hoekema"} <= persons
    assert not persons & {"Nederland", "AV Haarlem"}
    assert (237.12, "Femmy Keuning") in {(t.seconds, t.athlete) for t in ex.times}


def test_a_person_span_the_article_names_longer_is_widened_to_its_particle():
    text = "Kiki 't Sas (22) won zilver. \"Daarna ga ik op vakantie\", lacht 't Sas."
    model_spans = [(0, 11, "PER"), (text.rindex("Sas"), len(text) - 1, "PER")]  # the model's "Sas"
    widened = [text[s:e] for s, e, label in _document_consistency(text, model_spans) if label == "PER"]
    assert widened == ["Kiki 't Sas", "'t Sas"]
