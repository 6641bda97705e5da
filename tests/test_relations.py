"""Relation linking: each fact goes to the athlete and event its sentence gives it.

Runs on the bundled model (the `model_path` fixture), the way the product does.
"""

from datetime import date

import pytest

from pipeline.config import RunConfig
from pipeline.extract.events import find_events
from pipeline.run import extract_text


@pytest.fixture(scope="module")
def config(model_path):
    return RunConfig(model=model_path)


def medals(text, config):
    ex = extract_text(text, date(2026, 2, 15), config=config)
    return {(m.medal, m.athlete, m.event) for m in ex.medals}


def times(text, config):
    ex = extract_text(text, date(2026, 2, 15), config=config)
    return {(t.seconds, t.athlete, t.event) for t in ex.times}


def test_object_of_a_preposition_is_not_the_winner(config):
    text = "Femke Kok en Jutta Leerdam reden zondag. Kok pakte voor Leerdam het goud op de 500 meter."
    assert ("gold", "Femke Kok", "500m") in medals(text, config)
    assert not any(athlete == "Jutta Leerdam" for _, athlete, _ in medals(text, config))


def test_given_to_and_relative_clauses(config):
    text = (
        "Op de 1500 meter won Joy Beune. Het brons ging naar de Japanse Miho Takagi. "
        "Marijke Groenewoud werd vierde, voor Antoinette de Jong, die het zilver miste."
    )
    found = medals(text, config)
    assert ("bronze", "Miho Takagi", "1500m") in found
    assert not any(athlete in ("Marijke Groenewoud", "Antoinette de Jong") for _, athlete, _ in found)


def test_a_pronoun_continues_the_last_person_named(config):
    text = "Op de 500 meter was Xandra Velzeboer de snelste. Zij won in 41,987 voor de Italiaanse Arianna Fontana."
    assert times(text, config) == {(41.987, "Xandra Velzeboer", "500m")}


def test_a_pronoun_far_from_any_name_is_the_protagonist_not_a_name_in_a_later_clause(config):
    text = ("Marit ten Brinke begon als sprintster. Marit ten Brinke stapte over. Ten Brinke twijfelde.\n\n"
            "\"Mijn moeder wilde dat ik stopte.\" Ze ging door. Het seizoen daarop kwam de beloning. "
            "In januari veroverde ze op het EK zilver, in 1.46,39, achter Europees kampioene Lena Brauchle.")
    assert {(m, a) for m, a, _ in medals(text, config)} == {("silver", "Marit ten Brinke"), ("gold", "Lena Brauchle")}
    assert {a for _, a, _ in times(text, config)} == {"Marit ten Brinke"}


def test_a_pronoun_inside_the_placing_far_from_any_name_is_the_protagonist(config):
    text = ("Anouk Scheepstra won brons. Anouk Scheepstra huilde. Scheepstra lachte.\n\n"
            "Het is haar tweede olympische medaille. Niemand had het verwacht. Het was lang geleden. "
            "In 2022 werd ze in Peking tweede op de 1500 meter.")
    assert ("silver", "Anouk Scheepstra", "1500m") in medals(text, config)


def test_a_pronoun_does_not_take_up_a_coach(config):
    text = ("Anouk Scheepstra won brons op de 5000 meter. Anouk Scheepstra huilde. Scheepstra lachte.\n\n"
            "Het keerpunt kwam bij haar ploeg, waar trainer Hylke Bergsma haar binnenhaalde. "
            "Vorig jaar pakte ze op het WK in Hamar al zilver op de 3000 meter.")
    assert ("silver", "Anouk Scheepstra", "3000m") in medals(text, config)


def test_a_nation_wins_a_team_event(config):
    text = "De Nederlandse ploeg won goud op de ploegachtervolging. Canada werd tweede."
    found = medals(text, config)
    assert ("gold", "Nederland", "ploegachtervolging") in found
    assert ("silver", "Canada", "ploegachtervolging") in found


def test_placings_in_a_stage_race_are_not_medals(config):
    text = "In de Tour de France won Jonas Vingegaard de rit. Mathieu van der Poel werd tweede in de Tour de France."
    assert medals(text, config) == set()


def test_the_speaker_of_a_quote_is_not_its_third_person(config):
    text = 'Femke Kok reed de 1000 meter. "Ze heeft olympisch zilver", zei Jutta Leerdam.'
    assert not any(athlete == "Jutta Leerdam" for _, athlete, _ in medals(text, config))


def test_a_world_cup_podium_is_not_a_medal(config):
    # Guideline: a World Cup / World Tour race awards no medals, whatever the wording.
    text = (
        "Kjeld Nuis heeft zaterdag bij de wereldbeker in Calgary de 1500 meter gewonnen.\n\n"
        "Nuis won in 1.42,30. De Noor Peder Kongshaug werd tweede, Wesly Dijs pakte brons. "
        "Voor Dijs is het de eerste zilveren medaille van het seizoen."
    )
    assert medals(text, config) == set()


def test_a_championship_medal_named_in_a_world_cup_report_counts(config):
    text = (
        "Joep Wennemars werd vrijdag tweede bij de wereldbekerwedstrijd in Heerenveen.\n\n"
        "Zijn vader Erben Wennemars, die in 2003 wereldkampioen werd op de 1000 meter, keek toe. "
        "Jenning de Boo pakte brons op de 1000 meter."
    )
    assert medals(text, config) == {("gold", "Erben Wennemars", "1000m")}


def test_a_medal_word_in_a_stage_race_report_is_no_medal_unless_a_championship_is_named(config):
    text = (
        "Wout van Aert won dinsdag de tiende etappe van de Tour de France. "
        "Het was goud waard voor zijn ploeg, zei hij. Van Aert pakte eerder brons op de tijdrit. "
        "In 2021 veroverde hij in Tokio olympisch zilver op de wegrit."
    )
    assert medals(text, config) == {("silver", "Wout van Aert", "wegrit")}


def test_each_clause_of_a_podium_list_has_its_own_subject(config):
    # "als" and "in" of the first clause do not make the next clause's name an object.
    text = ("Op het EK won Joy Beune de 3000 meter. Marijke Groenewoud eindigde als tweede, "
            "de Noorse Ragne Wiklund werd derde. De Duitser Oliver Zeidler werd tweede in 6.42,88, de Italiaan Davide Ghiotto pakte het brons.")
    found = medals(text, config)
    assert ("bronze", "Ragne Wiklund", "3000m") in found
    assert ("bronze", "Davide Ghiotto", "3000m") in found
    assert not any(medal == "bronze" and athlete == "Marijke Groenewoud" for medal, athlete, _ in found)


def test_a_medal_was_there_for_someone(config):
    text = "Op het WK werd Joy Beune wereldkampioen op de 1500 meter. Brons was er voor de Japanse Miho Takagi."
    assert ("bronze", "Miho Takagi", "1500m") in medals(text, config)


def test_team_event_podium_goes_to_the_country_of_each_clause(config):
    text = ("Op het WK wonnen Lavreysen, Hoogland en Roy van den Berg goud op de teamsprint. "
            "Groot-Brittannië werd tweede in 41,402, Australië eindigde als derde.")
    found = medals(text, config)
    assert ("bronze", "Australië", "teamsprint") in found
    assert ("silver", "Groot-Brittannië", "teamsprint") in found


def test_a_crew_boat_medal_goes_to_the_nation(config):
    text = ("De Nederlandse ploeg was succesvol op het WK roeien. Ook de dubbeltwee van Roos de Jong en "
            "Tessa Dullemans stond op het podium. Het duo roeide naar zilver in 6.55,30, achter Roemenië.")
    # (silver behind Romania: Romania won)
    assert medals(text, config) == {("silver", "Nederland", "dubbeltwee"), ("gold", "Roemenië", "dubbeltwee")}
    assert times(text, config) == {(415.3, "Nederland", "dubbeltwee")}


def test_a_results_list_takes_the_event_of_its_heading(config):
    text = ("Groenewoud won zondag de massastart op het WK.\n\nUitslag 1500 meter vrouwen (zaterdag)\n\n"
            "1. J. Beune (Ned) 1.51,29\n2. A. Rijpma-de Jong (Ned) 1.52,40")
    assert {event for _, _, event in times(text, config)} == {"1500m"}


def test_an_allround_championship_gives_allround_medals(config):
    # Guideline: in an all-round championship the medals are those of the final classification;
    # a distance won on the way is no medal.
    text = (
        "Sander Eitrem heeft zondag in Thialf de Europese allroundtitel veroverd. De Noor was op de "
        "afsluitende 10.000 meter niet meer te achterhalen voor Patrick Roest, die zilver pakte.\n\n"
        "Eitrem nam zaterdag al een voorsprong door de 5000 meter te winnen in 6.08,74."
    )
    assert medals(text, config) == {("gold", "Sander Eitrem", "allround"), ("silver", "Patrick Roest", "allround")}


def test_a_city_marathon_gives_no_medals_but_an_olympic_medal_named_counts(config):
    text = (
        "Abdi Nageeye heeft zondag in de NN Marathon Rotterdam een Nederlands record gelopen.\n\n"
        "Bij de vrouwen won de Ethiopische Hawi Feysa in 2.19.30. In 2021 veroverde Nageeye in "
        "Sapporo olympisch zilver op de marathon."
    )
    assert medals(text, config) == {("silver", "Abdi Nageeye", "marathon")}


def test_a_race_that_fell_prey_to_someone_was_won_by_them(config):
    text = ("Op het NK indoor werd de 60 meter een prooi voor Taymir Burnet. De sprinter van AV Haarlem "
            "won in 6,58 met een neuslengte voorsprong op Elvis Afrifa, die tweede werd in 6,59.")
    assert medals(text, config) == {("gold", "Taymir Burnet", "60m"), ("silver", "Elvis Afrifa", "60m")}
    assert times(text, config) == {(6.58, "Taymir Burnet", "60m"), (6.59, "Elvis Afrifa", "60m")}


def test_wereldkampioen_sprint_makes_the_medals_those_of_the_classification(config):
    text = ("De Noor Erik Dahl is zondag in Hamar wereldkampioen sprint geworden. Hij sloot af met 1.07,90 op "
            "de tweede 1000 meter. De Japanner Kenta Mori eindigde als tweede, Bas Smit veroverde het brons.")
    assert {("gold", "Erik Dahl", "sprint"), ("silver", "Kenta Mori", "sprint"),
            ("bronze", "Bas Smit", "sprint")} <= medals(text, config)


def test_a_title_given_to_a_name_the_model_took_for_a_place_and_the_plural_meters(config):
    text = ("De Noor Erik Dahl is zondag in Hamar wereldkampioen sprint geworden.\n\nBij de vrouwen ging de "
            "wereldtitel naar Yui Sato. De Japanse was op beide 500 meters de snelste en reed zondag 37,44.")
    assert ("gold", "Yui Sato", "sprint") in medals(text, config)
    assert (37.44, "Yui Sato", "500m") in times(text, config)


def test_a_relay_distance_after_the_relay_team_is_the_relay(config):
    text = ("Op het EK shorttrack in Dresden reed de Belgische aflossingsploeg met Jens Peeters, Wout Claes en "
            "Lars Maes naar brons op de 5000 meter, achter Nederland en Italië. De Nederlanders wonnen in 6.48,102. "
            "Eerder pakten de gemengde aflossingsploeg en Sem Dijk, op de 1000 meter, al zilver.")
    found = medals(text, config)
    assert {("gold", "Nederland", "aflossing"), ("silver", "Italië", "aflossing"), ("bronze", "België", "aflossing")} <= found
    assert ("silver", "Sem Dijk", "1000m") in found  # (not a relay distance: his own race)
    assert (408.102, "Nederland", "aflossing") in times(text, config)


def test_a_skiffeur_rows_the_skiff_and_a_medal_takes_the_event_of_its_own_clause(config):
    text = ("De Nederlandse roeiers sloten het WK roeien in Racice af met twee medailles. De acht bij de mannen pakte "
            "zilver, skiffeur Olivier Brandsma werd derde.\n\nSkiffeur Wessel Hoekstra roeide zaterdag naar "
            "brons. Hij finishte in 6.44,10, achter de Noor Kristian Lunde.")
    found = medals(text, config)
    assert {("silver", "Nederland", "acht"), ("bronze", "Olivier Brandsma", "skiff"),
            ("bronze", "Wessel Hoekstra", "skiff")} <= found
    assert (404.1, "Wessel Hoekstra", "skiff") in times(text, config)


def test_a_championship_inside_a_city_marathon_gives_medals_from_where_it_is_said(config):
    text = ("Peter Kiptoo heeft zondag de marathon van Enschede gewonnen in 2:07.12. Joost Smit werd derde.\n\n"
            "Het NK marathon maakte deel uit van de wedstrijd. Koen Bos pakte de titel in 2.10.05. Daan Wolters "
            "werd tweede in 2.11.40. Tim Meijer greep het brons.")
    found = medals(text, config)
    assert {("gold", "Koen Bos", "marathon"), ("silver", "Daan Wolters", "marathon"), ("bronze", "Tim Meijer", "marathon")} <= found
    assert not any(athlete == "Joost Smit" for _, athlete, _ in found)  # (the city marathon's third)


def test_lower_case_particles_make_the_word_before_them_a_given_name(config):
    # "Witse" and "Sietse" end as a town's adjective does ("de Harense"); the particles decide.
    text = ("Het was een Nederlands onderonsje. Wietse van der Kolk won in 1.07,45 en was sneller dan Tijmen Vos. "
            "Tiemen ter Wolde werd derde.")
    names = {m.text for m in extract_text(text, date(2026, 2, 15), config=config).mentions if m.label == "PER"}
    assert {"Wietse van der Kolk", "Tiemen ter Wolde"} <= names


def test_a_time_in_an_aside_takes_the_asides_date(config):
    text = ("Jorrit Dekker reed vandaag naar brons op de 1000 meter. Dekker, die vorige maand in Heerenveen nog "
            "Europees kampioen werd op de 1500 meter in 1.44,63, rijdt zaterdag ook die afstand.")
    found = {(t.seconds, t.date) for t in extract_text(text, date(2026, 2, 13), config=config).times}
    assert found == {(104.63, "2026-01")}


def test_a_relay_podium_of_bleven_voor_and_womens_plural_demonyms(config):
    text = ("De Nederlandse zwemsters zijn Europees kampioen op de 4x200 meter vrije slag. Ze tikten aan in 7.49,12 "
            "en bleven Duitsland ruim een halve seconde voor. De Duitse ploeg klokte 7.49,70, de Zweedsen pakten het brons.")
    assert {("gold", "Nederland", "aflossing"), ("silver", "Duitsland", "aflossing"),
            ("bronze", "Zweden", "aflossing")} <= medals(text, config)


def test_faster_than_a_silver_medallist_is_gold(config):
    text = ("Op het EK zwemmen in Rome zwom Thijs Verhoef naar zilver op de 100 meter schoolslag, in 59,12. "
            "De Italiaan Marco Rossi was met 58,84 net iets sneller.")
    assert ("gold", "Marco Rossi", "100m") in medals(text, config)
    # (sneller dan: a comparison with the one named, no winner by itself)
    other = ("Op het EK zwemmen in Rome zwom Thijs Verhoef naar zilver op de 100 meter schoolslag. "
             "Hij was daarmee sneller dan vorig jaar.")
    assert not any(m == "gold" for m, _, _ in medals(other, config))


def test_winning_a_distance_in_an_allround_championship_is_no_medal(config):
    text = ("Joy Beune werd zondag Europees kampioene allround in Heerenveen. De Italiaanse Francesca "
            "Lollobrigida was de beste op de 3000 meter.")
    assert medals(text, config) == {("gold", "Joy Beune", "allround")}
    # (nor is a place in a distance's results list: the medals are the final classification's)
    text = ("Uitslagen WK allround in Thialf\n\n"
            "500 meter: 1. Mei Hoshikawa JPN 38,62; 2. Annerieke Wiebenga NED 38,95; 3. Valérie Thibodeau CAN 39,01.\n\n"
            "Eindklassement: 1. Annerieke Wiebenga NED 160,417 punten; 2. Ingvild Haraldsen NOR 160,602; "
            "3. Mei Hoshikawa JPN 161,330.")
    assert medals(text, config) == {("gold", "Annerieke Wiebenga", "allround"), ("silver", "Ingvild Haraldsen", "allround"),
                                    ("bronze", "Mei Hoshikawa", "allround")}


def test_besides_someones_medal_is_no_miss(config):
    text = ("Op het WK judo in Boedapest pakte Roos Kleinjan brons. Naast het brons van Kleinjan was er zilver voor "
            "Twan Hesselink in de klasse tot 90 kilo.")
    assert ("silver", "Twan Hesselink", "-90kg") in medals(text, config)
    # (while "greep naast het brons" still misses it)
    assert not any(m == "bronze" for m, _, _ in medals("Op het WK judo greep Twan Hesselink naast het brons.", config))


def test_who_a_winner_kept_off_is_no_subject(config):
    text = ("Jorrit Hylkema is zondag in Inzell wereldkampioen allround geworden. De 27-jarige Fries hield op de "
            "afsluitende 10.000 meter de Noor Sindre Aasgaard van zich af en veroverde zo zijn eerste wereldtitel.")
    got = medals(text, config)
    assert ("gold", "Jorrit Hylkema", "allround") in got
    assert ("gold", "Sindre Aasgaard", "allround") not in got


def test_a_small_medal_in_an_allround_championship_is_the_distances(config):
    text = ("Ingrid Berge werd zondag in Inzell wereldkampioen allround. Alleen op de 5000 meter moest ze haar "
            "meerdere erkennen in Hilde Bouwhuis, die 6.54,31 noteerde en daarmee een kleine gouden medaille op "
            "de 5000 meter veroverde.")
    assert medals(text, config) == {("gold", "Ingrid Berge", "allround"), ("gold", "Hilde Bouwhuis", "5000m")}


def test_the_final_distance_named_again_is_that_distance_and_no_allround_medal(config):
    text = ("Wessel Tuinstra heeft zondag in Thialf de Nederlandse titel allround veroverd. Op de afsluitende "
            "10.000 meter reed hij 12.58,63. Stijn van Kempen won die slotafstand in 12.54,08, maar kwam in het "
            "eindklassement tekort.")
    assert medals(text, config) == {("gold", "Wessel Tuinstra", "allround")}
    assert times(text, config) == {(778.63, "Wessel Tuinstra", "10000m"), (774.08, "Stijn van Kempen", "10000m")}


def test_the_final_distance_as_die_afsluitende_afstand_is_no_allround_medal(config):
    text = ("Bij de mannen ging de Europese titel allround naar de Noor Sigurd Lønseth, die op de 10.000 meter "
            "13.02,18 liet noteren. Tjeerd Kuperus won die afsluitende afstand in 12.58,31 en werd tweede.")
    found = medals(text, config)
    assert ("gold", "Tjeerd Kuperus", "allround") not in found
    assert ("gold", "Sigurd Lønseth", "allround") in found


def test_an_event_anaphor_is_a_mention_of_the_event_named_before():
    text = "Op de 5000 meter was ze de beste. Op de afsluitende 10.000 meter reed hij 12.58,63. Hij won die slotafstand."
    assert [(e.text, e.event) for e in find_events(text)][-1] == ("die slotafstand", "10000m")
    assert [e.text for e in find_events("Hij won die slotafstand.")] == []  # nothing named before


def test_the_medal_of_a_named_holder_is_theirs(config):
    text = "Met het goud van Sanne in 't Hout sluit TeamNL de week af. Na het zilver van Jutta Leerdam pakte Femke Kok brons."
    assert medals(text, config) == {("gold", "Sanne in 't Hout", ""), ("silver", "Jutta Leerdam", ""), ("bronze", "Femke Kok", "")}
    # a time "van" a team is the team it beat
    assert times("Italië won de finale van de ploegachtervolging in 3.42,307 van Denemarken.", config) == {
        (222.307, "Italië", "ploegachtervolging")}


def test_a_chain_of_pronouns_takes_up_the_person_named_before_it(config):
    text = ("Marte Furuseth werd tweede. Op het EK had vooraf niemand op Sytske Hoekstra gerekend. Toch legde ze "
            "zaterdag al de basis. Op de 500 meter kwam ze tot 38,71.")
    assert times(text, config) == {(38.71, "Sytske Hoekstra", "500m")}


def test_a_round_up_item_on_a_championship_gives_medals_in_a_report_led_by_a_classic(config):
    text = ("Het sportweekend in het kort: Ter Welle de sterkste in de Omloop Het Nieuwsblad\n\n"
            "WIELRENNEN - In de Omloop Het Nieuwsblad was Rick ter Welle zaterdag de sterkste. Van Aert werd tweede.\n\n"
            "ATLETIEK - Op het NK indoor in Apeldoorn won Thomas ten Hove zondag de 800 meter in 1.46,21.\n\n"
            "Uitslagen NK indoor atletiek (Apeldoorn)\n\n800 meter mannen:\n1. Thomas ten Hove 1.46,21\n"
            "2. Bas ter Meulen 1.47,08\n\n60 meter vrouwen:\n1. Kayla Brouwer 7,21\n2. Fleur van der Linden 7,26\n")
    assert medals(text, config) == {
        ("gold", "Thomas ten Hove", "800m"), ("silver", "Bas ter Meulen", "800m"),
        ("gold", "Kayla Brouwer", "60m"), ("silver", "Fleur van der Linden", "60m")}


def test_results_lists_of_a_paragraph_each_under_one_heading_give_the_podiums(config):
    # each list on one long line, its rank after the event's label ("mannen" names no plural winner)
    text = ("Isa Schermerhorn werd zondag op het NK zwemmen in Eindhoven kampioene.\n\nUitslagen finales zondag\n\n"
            "50 meter rugslag mannen: 1. Tijn Verhagen (PSV) 24,71; 2. Daan Oudeman (De Dolfijn) 25,18; "
            "3. Jesper Kalsbeek (ZPC Amersfoort) 25,30.\n\n"
            "200 meter schoolslag vrouwen: 1. Noor Sijbesma (ZPC Amersfoort) 2.24,66; 2. Femke Abbink (De Dolfijn) 2.25,90.")
    found = medals(text, config)
    assert {("gold", "Tijn Verhagen", "50m"), ("silver", "Daan Oudeman", "50m"), ("bronze", "Jesper Kalsbeek", "50m"),
            ("gold", "Noor Sijbesma", "200m"), ("silver", "Femke Abbink", "200m")} <= found
    # a paragraph of prose between the heading and a list ends the block
    prose = text.replace("\n\n200 meter", "\n\nDe KNZB maakt de selectie bekend.\n\n200 meter")
    assert not any(athlete in ("Noor Sijbesma", "Femke Abbink") for _, athlete, _ in medals(prose, config))


def test_a_day_heading_between_results_lists_keeps_them_in_one_block(config):
    text = ("Uitslagen NK afstanden junioren, Kardinge\n\nZaterdag 10 januari\n\n"
            "500 meter meisjes: 1. Tessa Kloosterboer (RTC Noord) 39,12; 2. Mirthe Dijkman (RTC Noord) 39,30.\n\n"
            "Zondag 11 januari\n\n"
            "1000 meter jongens: 1. Sem Oosterhuis (RTC West) 1.11,45; 2. Dirk Stapel (RTC Noord) 1.11,80.")
    assert {("gold", "Sem Oosterhuis", "1000m"), ("silver", "Dirk Stapel", "1000m")} <= medals(text, config)


def test_results_lists_below_prose_announcing_them_give_the_podiums_but_not_a_b_final(config):
    text = ("Het NK baanwielrennen in Sloten werd gisteren afgesloten. Hieronder de uitslagen van de finales.\n\n"
            "Zaterdag 27 december\n\n"
            "Keirin vrouwen, finale\n1. Ilse Brouwer\n2. Maud Lensink\n3. Fenna Overbeek\n4. Jet Slagter\n\n"
            "Scratch mannen (15 kilometer)\n1. Wout Hiemstra\n2. Ruben Dekkers\n3. Koen Zandstra\n\n"
            "Sprint vrouwen (B-finale): 1. Noor Verschuur.")
    found = medals(text, config)
    assert {("gold", "Ilse Brouwer", "keirin"), ("silver", "Maud Lensink", "keirin"), ("bronze", "Fenna Overbeek", "keirin"),
            ("gold", "Wout Hiemstra", "scratch"), ("bronze", "Koen Zandstra", "scratch")} <= found
    assert not any(athlete == "Noor Verschuur" for _, athlete, _ in found)
    # prose that does not announce them ends the block
    unannounced = text.replace("Hieronder de uitslagen van de finales.", "Het publiek genoot.")
    assert not any(athlete == "Ilse Brouwer" for _, athlete, _ in medals(unannounced, config))


def test_a_club_ranked_in_a_team_events_results_list_holds_its_result(config):
    text = ("Uitslagen NK afstanden junioren, Kardinge\n\n"
            "500 meter meisjes: 1. Tessa Kloosterboer (RTC Noord) 39,12; 2. Mirthe Dijkman (RTC Noord) 39,30.\n\n"
            "Teamsprint meisjes: 1. RTC Noord (Kloosterboer, Dijkman, Heeringa) 1.29,87; 2. RTC Midden 1.30,45.")
    assert {("gold", "RTC Noord", "teamsprint"), ("silver", "RTC Midden", "teamsprint")} <= medals(text, config)
    assert {(89.87, "RTC Noord", "teamsprint"), (90.45, "RTC Midden", "teamsprint")} <= times(text, config)


def test_a_relay_won_by_named_members_goes_to_their_nation_not_the_runner_up(config):
    text = ("Op de aflossing waren de Nederlandse vrouwen oppermachtig. Suzanne Schulting, Xandra Velzeboer, "
            "Selma Poutsma en Michelle Velzeboer wonnen in 4.08,331, Italië werd tweede en Polen eindigde als derde.")
    found = medals(text, config)
    assert found == {("gold", "Nederland", "aflossing"), ("silver", "Italië", "aflossing"), ("bronze", "Polen", "aflossing")}
    assert times(text, config) == {(248.331, "Nederland", "aflossing")}


def test_a_combined_event_at_a_championship_does_not_absorb_the_other_events(config):
    text = ("Sofie Dokter is zaterdag op het WK indoor wereldkampioene op de vijfkamp geworden.\n\n"
            "Femke Bol liep op de 400 meter naar 49,96. De Jamaicaanse Nickisha Pryce eindigde in 50,41 als tweede.")
    found = medals(text, config)
    assert ("silver", "Nickisha Pryce", "400m") in found
    assert any(medal == "gold" and event == "vijfkamp" for medal, _, event in found)


def test_a_results_list_under_its_heading_gives_the_podium(config):
    text = ("Op de Olympische Spelen won Sarah Sjöström de 100 meter vrije slag.\n\n"
            "Uitslag 100 meter vrije slag vrouwen\n\n1. S. Sjöström (Zwe) 52,16\n2. T. Huske (VS) 52,29\n"
            "3. M. Steenbergen (Ned) 52,81\n4. M. O'Callaghan (Aus) 52,84")
    found = {(medal, event) for medal, _, event in medals(text, config)}
    assert found == {("gold", "100m"), ("silver", "100m"), ("bronze", "100m")}
    assert not any(athlete == "M. O'Callaghan" for _, athlete, _ in medals(text, config))


def test_de_zweedse_stands_for_the_swimmer_introduced_so(config):
    text = ('Marrit Steenbergen werd op de Olympische Spelen derde achter de Zweedse Sarah Sjöström. '
            'Steenbergen was blij. "Ik heb lang gewacht", zei de Zweedse, die eerder ook al goud won op '
            'de 50 meter vlinderslag.')
    assert ("gold", "Sarah Sjöström", "50m") in medals(text, config)


def test_both_names_after_dan_are_objects_and_a_past_title_keeps_no_event(config):
    text = ("Op het WK was Remco Evenepoel al de sterkste in de tijdrit. De Belg was ruim sneller dan de "
            "Australiër Jay Vine en zijn landgenoot Ilan Van Wilder. Het was zijn derde wereldtitel in de "
            "tijdrit.\n\nMathieu van der Poel, in 2023 in Glasgow nog wereldkampioen, stapte af.")
    found = medals(text, config)
    assert ("gold", "Remco Evenepoel", "tijdrit") in found
    assert not any(athlete == "Ilan Van Wilder" for _, athlete, _ in found)
    assert ("gold", "Mathieu van der Poel", "") in found


def test_a_time_in_brackets_after_a_name_is_that_persons(config):
    text = ("Jutta Leerdam is Europees kampioene op de 1000 meter geworden. Ze klokte 1.13,45 en was "
            "daarmee sneller dan Femke Kok (1.13,89), die het zilver pakte.")
    assert times(text, config) == {(73.45, "Jutta Leerdam", "1000m"), (73.89, "Femke Kok", "1000m")}
    assert ("silver", "Femke Kok", "1000m") in medals(text, config)


def test_medals_of_a_relative_clause_go_to_the_coordinated_names_in_turn(config):
    text = ("Joy Beune werd op het WK wereldkampioene op de 1500 meter. Zij bleef de Japanse Miho Takagi en "
            "landgenote Marijke Groenewoud voor, die zilver en brons pakten.")
    found = medals(text, config)
    assert ("silver", "Miho Takagi", "1500m") in found
    assert ("bronze", "Marijke Groenewoud", "1500m") in found


def test_the_name_inside_an_inverted_placing_is_its_subject(config):
    text = ("Op het WK ging de wereldtitel in de wegrit naar de Canadese Magdeleine Vallieres. "
            "Achter haar werd de Nieuw-Zeelandse Niamh Fisher-Black tweede.")
    assert ("silver", "Niamh Fisher-Black", "wegrit") in medals(text, config)


def test_a_stage_race_report_keeps_only_other_competitions_medals_without_their_event(config):
    text = ("Jonas Vingegaard heeft dinsdag de tijdrit in de Tour de France gewonnen. Olympisch kampioen "
            "Remco Evenepoel werd derde.\n\nVoor Vingegaard was het de eerste ritzege. De Deen pakte eerder "
            "ook al olympisch brons in de tijdrit.")
    assert medals(text, config) == {("gold", "Remco Evenepoel", ""), ("bronze", "Jonas Vingegaard", "tijdrit")}


def test_a_coach_wins_no_medal_and_a_team_of_hockeysters_is_its_nation(config):
    text = ("De Nederlandse hockeysters hebben vrijdag in Parijs olympisch goud gewonnen. Argentinië pakte "
            "het brons.\n\nVoor bondscoach Paul van Ass was het zijn tweede olympische titel als coach.")
    assert medals(text, config) == {("gold", "Nederland", ""), ("bronze", "Argentinië", "")}


def test_a_pronoun_takes_up_the_one_person_the_sentence_before_was_about(config):
    text = ("Harrie Lavreysen won op het WK de sprint. De sprintfinale verliep zoals zo vaak bij Lavreysen. "
            "Zijn laatste 200 meter reed hij volgens de officiële tijdwaarneming in 10,02.")
    assert times(text, config) == {(10.02, "Harrie Lavreysen", "sprint")}


def test_a_pronoun_after_a_sentence_opening_with_an_age_is_not_the_name_later_in_it(config):
    # "De 26-jarige renner" stands for the winner named before; the rival after "bij" is no subject.
    text = ("In de Omloop was Rick ter Welle zaterdag de sterkste. De 26-jarige renner reed in de finale weg "
            "bij Wout van Aert en soleerde naar de finish. Hij deed er 4.38.12 over.")
    assert {athlete for _, athlete, _ in times(text, config)} == {"Rick ter Welle"}


def test_a_pronoun_subject_before_a_name_keeps_the_fact_from_that_name(config):
    text = ("Op de 200 meter van het NK verraste Xavi Mo-Ajok. Met 20,45 bleef hij favoriet Taymir Burnet (20,51) voor. "
            "Nadine Visser won de 100 meter horden. In 12,71 was ze opnieuw de snelste van Nederland. "
            "Wiebke Molenaar werd kampioen op de 60 meter horden. Met 8,04 bleef ze de favoriete Iris Oudendijk voor.")
    found = times(text, config)
    assert (20.45, "Xavi Mo-Ajok", "200m") in found
    assert (8.04, "Wiebke Molenaar", "60m horden") in found
    assert (20.51, "Taymir Burnet", "200m") in found
    assert (12.71, "Nadine Visser", "100m horden") in found


def test_a_time_a_sentence_gives_a_group_in_the_race_is_no_finish(config):
    text = ("Jelmer Hoogeveld won de marathon van Eindhoven in 2:09.12.\n\n"
            "10.33 uur - De hazen brengen de kopgroep in 29.38 door de eerste tien kilometer.\n\n"
            "11.52 uur - De kopgroep, nog zes man sterk, passeert het 30 kilometerpunt in 1:29.10. "
            "Op dat punt liep Hoogeveld in 1:29.40. Hij reed weg uit de kopgroep en finishte in 2:09.12.")
    assert {(seconds, athlete) for seconds, athlete, _ in times(text, config)} == {(7752.0, "Jelmer Hoogeveld"), (5380.0, "Jelmer Hoogeveld")}


def test_of_teams_named_equally_often_members_race_for_the_nation_the_article_follows(config):
    # Newest first: a rival's team is named first, each team once; the article follows Nederland.
    text = ("LIVE | Ploegachtervolging op de Olympische Spelen\n\n"
            "17.20 uur - Marit Lantema, Sanne ter Horst en Evi van der Sloot zijn olympisch kampioen op de ploegachtervolging! "
            "In de finale tegen Japan klokt het trio 2.53,81, de Japanse vrouwen komen tot 2.54,47. "
            "Halverwege lag Nederland nog achter.\n\n"
            "16.40 uur - In de strijd om het brons verliest het Nederlandse mannentrio van Noorwegen. Nederland werd vierde.")
    assert ("gold", "Nederland", "ploegachtervolging") in medals(text, config)
    assert (173.81, "Nederland", "ploegachtervolging") in times(text, config)


def test_a_winner_sends_the_names_after_verwees_to_their_places(config):
    text = ("Sietske Brouwersma heeft zondag in Thialf de wereldtitel allround veroverd. De schaatsster uit Joure "
            "verwees de Noorse Ingrid Haukstad en Lieke Dommerhof naar de plaatsen twee en drie.")
    assert medals(text, config) == {("gold", "Sietske Brouwersma", "allround"), ("silver", "Ingrid Haukstad", "allround"),
                                    ("bronze", "Lieke Dommerhof", "allround")}
    text = "Femke Kok won op het WK de 500 meter. Ze verwees Jutta Leerdam naar de tweede plaats."
    assert medals(text, config) == {("gold", "Femke Kok", "500m"), ("silver", "Jutta Leerdam", "500m")}
    # past a place or an adverb between the verb and the name
    text = ("Schaatsster Femke Kok is zondag Europees kampioene allround geworden. De 26-jarige Friezin verwees in "
            "Polen de Noorse Ingrid Aasheim naar de tweede plaats.")
    assert medals(text, config) == {("gold", "Femke Kok", "allround"), ("silver", "Ingrid Aasheim", "allround")}


def test_a_skating_sprint_championship_gives_sprint_medals(config):
    text = ("Kjeld Nuis is zondag in Thialf Europees sprintkampioen geworden. Hij won de tweede 1000 meter. "
            "De Pool Damian Żurek werd tweede, brons was voor Merijn Scheperkamp.")
    found = medals(text, config)
    assert found == {("gold", "Kjeld Nuis", "sprint"), ("silver", "Damian Żurek", "sprint"),
                     ("bronze", "Merijn Scheperkamp", "sprint")}


def test_a_team_time_goes_to_the_nation_its_sentence_makes_the_subject(config):
    # A nation subject outranks a member named beside it; a bracketed time is the nation's
    # before the bracket; "de Britten" stands for the British team.
    text = ("De Nederlandse sprinters wonnen op het EK de teamsprint in 41,621. In de finale "
            "versloegen ze Groot-Brittannië (42,015). Italië, met tijdritspecialist Filippo Ganna, "
            "won de ploegachtervolging in 3.45,217. In de dubbelvier wonnen de Britten in 5.28,71.")
    found = times(text, config)
    assert (41.621, "Nederland", "teamsprint") in found
    assert (42.015, "Groot-Brittannië", "teamsprint") in found
    assert (225.217, "Italië", "ploegachtervolging") in found
    assert (328.71, "Groot-Brittannië", "dubbelvier") in found


def test_team_members_keep_their_team_whatever_nation_the_sentence_puts_behind(config):
    # "de Nederlandse sprinters" (a compound group noun) names the article's team; the Britons
    # of "achter de Britse ploeg" and the Romanians held off are only beaten rivals.
    text = ("De Nederlandse sprinsters reden op het EK de teamsprint. Bij de vrouwen ging de titel "
            "naar Groot-Brittannië. Kyra Lamberink, Hetty van de Wouw en Steffie van der Peet werden "
            "in 46,412 tweede, drie tienden achter de Britse ploeg. Het duo Ymkje Clevering en "
            "Veronique Meester won de twee-zonder in 7.02,11 en hield de Roemeense favorieten achter zich.")
    found = times(text, config)
    assert (46.412, "Nederland", "teamsprint") in found
    assert (422.11, "Nederland", "twee-zonder") in found


def test_the_names_after_a_winners_voor_came_second_and_third(config):
    # "won ..., voor A en B": A silver, B bronze, also after a winning margin.
    text = ("Op het EK won Polen de 4x100 meter in 42,11, voor Italië en Frankrijk. "
            "Joy Beune won de 1500 meter in 1.53,2, ruim een seconde voor de Japanse Miho Takagi en Ragne Wiklund.")
    found = medals(text, config)
    assert {("gold", "Polen", "aflossing"), ("silver", "Italië", "aflossing"), ("bronze", "Frankrijk", "aflossing")} <= found
    assert {("gold", "Joy Beune", "1500m"), ("silver", "Miho Takagi", "1500m"), ("bronze", "Ragne Wiklund", "1500m")} <= found


def test_the_names_after_a_placings_achter_were_ahead(config):
    text = ("Op het EK roeien pakten de Nederlanders brons in de twee-zonder, achter Kroatië en Spanje. "
            "Op de 500 meter werd Jutta Leerdam tweede achter de Japanse Miho Takagi.")
    found = medals(text, config)
    assert {("gold", "Kroatië", "twee-zonder"), ("silver", "Spanje", "twee-zonder")} <= found
    assert {("silver", "Jutta Leerdam", "500m"), ("gold", "Miho Takagi", "500m")} <= found


def test_a_series_podium_in_a_championship_report_is_no_medal(config):
    text = ("Maya Kingma is zaterdag in Madrid Europees kampioene triathlon geworden.\n\n"
            "Op 11 juni werd ze nog tweede in de WTCS-wedstrijd in Leeds, en vorig jaar stond ze in Hamburg "
            "als derde op het podium van de wereldserie.")
    assert medals(text, config) == {("gold", "Maya Kingma", "triathlon")}


def test_a_multi_sport_time_takes_the_whole_race_not_a_leg(config):
    text = ("Maya Kingma is zaterdag Europees kampioene triathlon geworden. De 27-jarige legde de 1500 meter "
            "zwemmen, 40 kilometer fietsen en 10 kilometer lopen af in 1:54:37.")
    assert times(text, config) == {(6877.0, "Maya Kingma", "triathlon")}


def test_a_national_title_of_another_country_is_gold_and_its_adjective_is_no_part_of_the_name(config):
    text = ("Daan Hoole won het NK tijdrijden. In België werd op dezelfde dag Wout van Aert Belgisch "
            "kampioen tijdrijden, in Duitsland werd Lisa Brennauer Duits kampioen.")
    ex = extract_text(text, date(2023, 6, 22), config=config)
    assert {"Wout van Aert", "Lisa Brennauer"} <= {m.text for m in ex.mentions if m.label == "PER"}
    found = {(m.medal, m.athlete) for m in ex.medals}
    assert {("gold", "Wout van Aert"), ("gold", "Lisa Brennauer")} <= found
    competitions = {m.athlete: m.competition for m in ex.medals}
    assert competitions["Wout van Aert"] == "BK" and competitions["Lisa Brennauer"] == "nationaal kampioenschap"


def test_a_medal_on_events_named_together_is_one_medal_on_each(config):
    text = ("Sifan Hassan won goud op de marathon. Eerder won ze brons op de 5000 meter en op de 10.000 meter. "
            "In Tokio veroverde ze goud op de 1500 en de 10.000 meter.")
    assert medals(text, config) == {
        ("gold", "Sifan Hassan", "marathon"), ("bronze", "Sifan Hassan", "5000m"), ("bronze", "Sifan Hassan", "10000m"),
        ("gold", "Sifan Hassan", "1500m"), ("gold", "Sifan Hassan", "10000m"),
    }


def test_events_of_separate_clauses_are_not_named_together(config):
    text = "Femke Kok won goud op de 500 meter en Jutta Leerdam won zilver op de 1000 meter."
    assert ("gold", "Femke Kok", "1000m") not in medals(text, config)


def test_the_agent_of_a_passive_won_it(config):
    text = ("Op het EK zwemmen zwom Arno Kamminga naar goud op de 200 meter. De 50 meter vrije slag bij "
            "de vrouwen werd gewonnen door de Poolse Katarzyna Wasick in 24,35.")
    assert ("gold", "Katarzyna Wasick", "50m") in medals(text, config)
    assert (24.35, "Katarzyna Wasick", "50m") in times(text, config)


def test_what_there_was_for_someone_makes_them_the_topic(config):
    # "Pech was er voor Groenewoud": not an object; the next sentence's subjectless time is hers.
    text = ("Takagi moest genoegen nemen met brons in 1.52,77. Pech was er voor Marijke Groenewoud. "
            "De schaatsster uit Friesland greep met 1.53,10 net naast het brons en werd vierde.")
    assert (113.1, "Marijke Groenewoud", "") in times(text, config)


def test_a_race_that_was_a_prey_for_someone_is_their_win(config):
    text = ("Op het EK baanwielrennen werd het omnium bij de vrouwen een prooi voor Lotte Kopecky. "
            "Op de Spelen was de tienkamp een gemakkelijke prooi voor de Noor Markus Rooth.")
    found = medals(text, config)
    assert {("gold", "Lotte Kopecky", "omnium"), ("gold", "Markus Rooth", "tienkamp")} <= found


def test_a_members_leg_of_a_relay_is_their_own_time(config):
    text = ("Op het EK werden de Nederlandse vrouwen Europees kampioen op de 4x400 meter in 3.22,39. "
            "Femke Bol liep als slotloopster. De 24-jarige klokte haar ronde in 48,92, de snelste van het veld.")
    found = times(text, config)
    assert (202.39, "Nederland", "aflossing") in found
    assert (48.92, "Femke Bol", "aflossing") in found


def test_a_sentence_without_a_team_continues_the_team_of_the_sentence_before(config):
    text = ("Op het WK roeien pakte de Nederlandse dubbelvier zilver. De vier roeisters finishten in "
            "6.12,44, achter Groot-Brittannië.\n\nOp het EK zwemmen won Nederland brons op de 4x100 meter "
            "vrije slag. Het kwartet tikte aan in 3.34,12. Goud ging naar Italië.")
    found = times(text, config)
    assert (372.44, "Nederland", "dubbelvier") in found
    assert (214.12, "Nederland", "aflossing") in found


def test_named_racers_after_a_nations_medal_are_its_crew_unless_placed_themselves(config):
    text = ("Bij de olympische tweemansbob in Cortina pakte België brons. Het goud ging naar Zwitserland. "
            "Marco Fehlmann en Dario Kälin waren met 3:38.15 een klasse apart.\n\n"
            "In de teamsprint ging de titel naar Frankrijk. Tessa Wolbers, Iris Nijhof en Sanne Kuipers "
            "werden in 46,518 tweede.")
    found = times(text, config)
    assert (218.15, "Zwitserland", "tweemansbob") in found
    assert not any(seconds == 46.518 and athlete == "Frankrijk" for seconds, athlete, _ in found)


def test_an_event_listed_beside_the_final_as_another_topic_is_not_the_finals(config):
    text = ("Met de Nederlandse dubbelvier pakte Fenna Smit zondag zilver op het EK roeien. Een gesprek over "
            "de finale, de skiff en het WK.\n\nHoe kijk je terug op de finale?\n\n"
            "\"Met een dubbel gevoel. Bij 1000 meter lagen we derde, in 3.12,40, en toen zijn we gaan schuiven.\"")
    assert (192.4, "Nederland", "dubbelvier") in times(text, config)


def test_we_in_a_quote_is_the_speakers_team_where_a_rival_is_named_before(config):
    text = ("Met de Nederlandse dubbelvier pakte Fenna Smit zondag zilver op het EK roeien in Varese.\n\n"
            "\"Duitsland was net te sterk: zij kwamen binnen in 6.19,93, wij in 6.21,48.\"")
    found = times(text, config)
    assert (379.93, "Duitsland", "dubbelvier") in found
    assert (381.48, "Nederland", "dubbelvier") in found


def test_a_gapped_verb_of_giving_still_gives(config):
    text = "Op het EK zwemmen ging het goud op de 4x100 meter naar Italië, zilver naar Frankrijk en brons naar Nederland."
    found = medals(text, config)
    assert {("gold", "Italië", "aflossing"), ("silver", "Frankrijk", "aflossing"), ("bronze", "Nederland", "aflossing")} <= found


def test_common_placing_phrasings(config):
    text = ("Op het WK afstanden won Jordan Stolz de 1500 meter. Thomas Krol werd in 1.43,02 derde, achter "
            "Stolz en Patrick Roest. Op de 3000 meter won Irene Schouten. Achter winnares Schouten eindigde "
            "Marijke Groenewoud als tweede in 3.56,12. Op de 5000 meter zegevierde Beatrice Chebet in 14.28,56 "
            "voor Sifan Hassan. Suzanne Schulting greep op de 1000 meter het brons. De winst ging naar "
            "de Canadese Kim Boutin.")
    found = medals(text, config)
    assert {("bronze", "Thomas Krol", "1500m"), ("silver", "Patrick Roest", "1500m")} <= found
    assert ("silver", "Marijke Groenewoud", "3000m") in found
    assert ("silver", "Sifan Hassan", "5000m") in found
    assert ("gold", "Kim Boutin", "1000m") in found
    assert (236.12, "Marijke Groenewoud", "3000m") in times(text, config)


def test_a_medal_on_an_event_given_to_someone(config):
    text = "Op het WK afstanden won Jutta Leerdam. Het brons op de 500 meter was voor Femke Kok, die in 37,21 net tekort kwam voor zilver."
    assert ("bronze", "Femke Kok", "500m") in medals(text, config)


def test_a_name_the_model_called_a_place_is_a_person_before_a_racing_verb(config):
    # "Kjeld Nuis" comes out of the model as a place; a given name and a racing verb after it
    # make it a person, so the bronze is his. A country stays a country.
    text = "Op het WK afstanden won Jordan Stolz de 1500 meter. Kjeld Nuis werd in 1.43,02 derde. Verenigde Staten won."
    ex = extract_text(text, date(2024, 3, 10), config=config)
    labels = {m.text: m.label for m in ex.mentions}
    assert labels["Kjeld Nuis"] == "PER" and labels.get("Verenigde Staten") == "LOC"
    assert ("bronze", "Kjeld Nuis", "1500m") in {(m.medal, m.athlete, m.event) for m in ex.medals}


def test_a_surname_the_model_called_an_organisation_grows_to_the_name_before_a_racing_verb(config):
    text = "Sifan Hassan won in Parijs de olympische marathon in 2:22:55. Tigst Assefa werd tweede, Hellen Obiri pakte brons."
    found = medals(text, config)
    assert {("gold", "Sifan Hassan", "marathon"), ("silver", "Tigst Assefa", "marathon"), ("bronze", "Hellen Obiri", "marathon")} <= found


def test_an_age_in_apposition_and_a_record_for_someone(config):
    text = ("De Ethiopische Letesenbet Gidey, 26 jaar, liep op de 10.000 meter een wereldrecord in 29.01,03. "
            "Jordan Stolz won de 1000 meter. Het was een Nederlands record voor Jenning de Boo: 1.06,10.")
    ex = extract_text(text, date(2024, 3, 10), config=config)
    assert ("26 jaar", 26, "Letesenbet Gidey") in {(a.text, a.years, a.person) for a in ex.ages}
    assert ("national", "Jenning de Boo") in {(r.record, r.athlete) for r in ex.records}
    assert (66.1, "Jenning de Boo") in {(t.seconds, t.athlete) for t in ex.times}


def test_a_relay_team_glued_to_its_group_and_a_medal_set_aside_for_someone(config):
    text = ("De Nederlandse estafettemannen werden in 2.59,84 Europees kampioen. "
            "Op de 10.000 meter was goud weggelegd voor Davide Ghiotto.")
    assert ("gold", "Nederland", "aflossing") in medals(text, config)
    assert (179.84, "Nederland", "aflossing") in times(text, config)
    assert ("gold", "Davide Ghiotto", "10000m") in medals(text, config)


def test_the_rival_a_champion_beat_came_second(config):
    text = ("Op het WK schaatsen werd Femke Kok wereldkampioene op de 500 meter. Ze was een tiende sneller "
            "dan haar landgenote Jutta Leerdam. Bij de mannen won Jordan Stolz de 1000 meter, die de "
            "Canadees Laurent Dubreuil in de laatste bocht nog klopte.")
    found = medals(text, config)
    assert {("gold", "Femke Kok", "500m"), ("silver", "Jutta Leerdam", "500m"),
            ("gold", "Jordan Stolz", "1000m"), ("silver", "Laurent Dubreuil", "1000m")} <= found


def test_a_rival_beaten_without_a_gold_nearby_gets_no_medal(config):
    text = "Op het EK in Heerenveen was Joy Beune in de halve finale van de massastart sneller dan Ivanie Blondin."
    assert not any(athlete == "Ivanie Blondin" for _, athlete, _ in medals(text, config))


def test_a_nation_noun_or_a_racers_noun_before_a_name_is_no_part_of_it(config):
    text = ("Op de Paralympische Spelen won Handbiker Tim de Vries de tijdrit in 28.12,44. "
            "De Oekraïner Ihor Tsvietov won de 100 meter in 10,97.")
    found = times(text, config)
    assert (1692.44, "Tim de Vries", "tijdrit") in found
    assert (10.97, "Ihor Tsvietov", "100m") in found


def test_a_speed_is_no_event_and_the_racers_of_a_team_discipline_are_it(config):
    from pipeline.extract.events import find_events

    speed = "Mads Pedersen won de klassieker in 5.41.12, een gemiddelde van 44 kilometer per uur."
    assert [e.event for e in find_events(speed)] == []
    text = "De Britse ploegachtervolgers waren op het WK de snelsten. Ze wonnen de finale in 3.41,902."
    assert (221.902, "Groot-Brittannië", "ploegachtervolging") in times(text, config)


def test_a_title_names_the_sprint_event_after_it(config):
    text = "Op het WK baanwielrennen werd Harrie Lavreysen zondag wereldkampioen sprint."
    assert ("gold", "Harrie Lavreysen", "sprint") in medals(text, config)


def test_an_event_still_to_come_at_the_end_is_no_default_event(config):
    text = ("Manon Haverkamp is op het WK BMX wereldkampioene geworden. Ze finishte in 34,812.\n\n"
            "Zondag sluiten de renners het toernooi af met de tijdrit.")
    assert ("gold", "Manon Haverkamp", "") in medals(text, config)
    assert (34.812, "Manon Haverkamp", "") in times(text, config)


def test_the_pursuit_is_an_individual_event(config):
    text = "Op de Olympische Winterspelen won Sindre Hauge-Bakken de achtervolging, in 31.08,4."
    assert ("gold", "Sindre Hauge-Bakken", "achtervolging") in medals(text, config)
    assert (1868.4, "Sindre Hauge-Bakken", "achtervolging") in times(text, config)


def test_a_placing_verb_left_out_after_the_first_placing(config):
    text = "Op het WK werd Femke Claeys tweede, Sanne Wouters derde. Bij de mannen werd Finland tweede, Zweden derde."
    found = medals(text, config)
    assert {("silver", "Femke Claeys", ""), ("bronze", "Sanne Wouters", ""), ("bronze", "Zweden", "")} <= found


def test_an_inflected_national_title_names_the_championship(config):
    text = ("Jente Van den Broeck is de nieuwe Belgische kampioen veldrijden. In de wereldbeker won hij al vijf keer. "
            "Arne De Smet werd tweede. Zondag staat de wereldbeker in Benidorm op het programma.")
    found = medals(text, config)
    assert ("gold", "Jente Van den Broeck", "") in found


def test_a_compound_racer_noun_before_a_name_is_no_part_of_it(config):
    text = "Op het WK was Paracanoeër Ruud Oostinga de sterkste. Hij verbeterde in de KL2 200 meter met 42,615 het baanrecord."
    assert (42.615, "Ruud Oostinga", "200m") in times(text, config)


def test_the_fastest_with_who_came_next_is_a_win_and_a_podium(config):
    text = ("Op het EK shorttrack in Gdańsk was de Nederlandse aflossingsploeg in 4.09,112 de snelste, voor Duitsland en Polen. "
            "Op de 1000 meter was Mila de Ruiter de sterkste.")
    found = medals(text, config)
    assert {("gold", "Nederland", "aflossing"), ("silver", "Duitsland", "aflossing"), ("bronze", "Polen", "aflossing")} <= found
    assert ("gold", "Mila de Ruiter", "1000m") in found


def test_a_crew_boat_class_makes_a_team_result_of_the_home_nation(config):
    text = ("Op het WK kanosprint won de Tsjechische Jana Novak goud op de K1 500 meter. De Nederlandse boot werd vierde op de K4 500 meter. "
            "Eerder was er goud in de K2 1000 meter voor Bas Kramer en Tim de Wit. "
            "Het duo won in 3.12,50 voor Tsjechië en Spanje.")
    found = medals(text, config)
    assert ("gold", "Nederland", "1000m") in found
    assert {("silver", "Tsjechië", "1000m"), ("bronze", "Spanje", "1000m")} <= found
    assert (192.5, "Nederland", "1000m") in times(text, config)


def test_a_team_noun_subject_continues_the_nation_of_the_sentence_before(config):
    text = ("Zweden heeft op de Olympische Winterspelen de estafette gewonnen. Het kwartet met Nils Berg, Olle Lind, Erik Dahl en "
            "Johan Ek finishte in 1.20.11,4. De Noorse estafetteploeg werd tweede.")
    assert (4811.4, "Zweden", "aflossing") in times(text, config)


def test_two_subjects_and_two_medals_go_together_in_order(config):
    text = "Op het WK kanosprint ging de titel op de K4 500 meter naar Portugal. Polen en Canada pakten zilver en brons."
    found = medals(text, config)
    assert {("silver", "Polen", "500m"), ("bronze", "Canada", "500m")} <= found


def test_a_rivals_role_between_op_and_the_name_keeps_the_name_an_object(config):
    text = ("Kim Peeters is de nieuwe Belgische kampioen veldrijden. De renner was in Lokeren de sterkste en won na 58:12 "
            "met 20 seconden voorsprong op titelverdediger Wout Maes.")
    assert (3492, "Kim Peeters", "") in times(text, config)


def test_completing_the_podium_and_a_bare_title_after_becoming(config):
    text = ("Op het BK veldrijden won Kim Peeters de titel. Wout Maes werd tweede. Arne De Smet-Claes vervolledigde het podium. "
            "Bij de beloften werd Robbe Janssens kampioen.")
    found = medals(text, config)
    assert {("bronze", "Arne De Smet-Claes", ""), ("gold", "Robbe Janssens", "")} <= found


def test_a_double_surname_after_a_capital_particle_is_a_name(config):
    text = ("Arne De Smet-Claes werd derde op het BK. Bram de Graaf-Hoekstra pakte brons op het WK. "
            "Voor De Graaf-Hoekstra (26) was het de eerste medaille.")
    ex = extract_text(text, date(2026, 2, 15), config=config)
    found = {(m.text, m.label) for m in ex.mentions}
    assert {("Arne De Smet-Claes", "PER"), ("De Graaf-Hoekstra", "PER")} <= found


def test_a_title_in_the_final_standings_is_the_overall_one(config):
    text = ("Op het EK shorttrack won Lien Peeters zaterdag de 1000 meter in 1.29,377 en werd zondag ook Europees kampioene "
            "in het eindklassement. Lisa de Boer eindigde daarin als tweede.")
    found = medals(text, config)
    assert {("gold", "Lien Peeters", "1000m"), ("gold", "Lien Peeters", "allround"), ("silver", "Lisa de Boer", "allround")} <= found


def test_class_sports_medals_take_their_class_and_runners_up(config):
    text = ("Judoka Sanne Vermeer heeft op het WK judo in Boedapest brons veroverd in de klasse tot 63 kilo. "
            "Wereldkampioen werd de Japanse Aiko Mori, voor de Française Manon Petit en de Duitse Lea Hofmann.")
    found = medals(text, config)
    assert ("bronze", "Sanne Vermeer", "-63kg") in found
    assert {("gold", "Aiko Mori", "-63kg"), ("silver", "Manon Petit", "-63kg"), ("bronze", "Lea Hofmann", "-63kg")} <= found


def test_a_medal_after_en_takes_the_event_of_its_own_clause(config):
    text = ("Op het EK judo in Sofia was er zilver voor Bram Kuipers in de klasse tot 73 kilo en brons voor "
            "Stijn Mulder boven 100 kilo. Op de Spelen won Eva Boer brons op de 200 meter en goud met de 4x100 meter.")
    found = medals(text, config)
    assert {("silver", "Bram Kuipers", "-73kg"), ("bronze", "Stijn Mulder", "+100kg")} <= found
    assert ("bronze", "Eva Boer", "200m") in found and ("gold", "Eva Boer", "200m") not in found


def test_gymnastics_podium_top_behind_oneself_and_given_with_a_score(config):
    text = ("Turnster Naomi Bakker heeft op de EK turnen de Europese titel op de brug veroverd. Ze kreeg 14,633 punten "
            "en had de Britse Georgia Whitfield (14,566) nipt achter zich. Het brons ging met 14,400 naar de Italiaanse Giulia Rossi.\n\n"
            "Bij de mannen stond Luuk Maas aan de rekstok met 14,300 op de hoogste trede van het podium, 0,134 punt voor de Kroaat Ivan Horvat.")
    found = medals(text, config)
    assert {("gold", "Naomi Bakker", "brug"), ("silver", "Georgia Whitfield", "brug"), ("bronze", "Giulia Rossi", "brug")} <= found
    assert {("gold", "Luuk Maas", "rekstok"), ("silver", "Ivan Horvat", "rekstok")} <= found
    assert times(text, config) == set()


def test_a_sport_noun_or_demonym_before_a_name_is_no_part_of_it(config):
    text = "Degenschermster Wytske Bouma werd wereldkampioen. Bij de mannen won de Georgiër Tornike Abashidze de sabel."
    found = medals(text, config)
    assert ("gold", "Wytske Bouma", "") in found or ("gold", "Wytske Bouma", "degen") in found
    assert ("gold", "Tornike Abashidze", "sabel") in found


def test_an_event_named_again_gives_a_past_place_its_event(config):
    text = ("Milan de Groot is gisteren in Shanghai wereldkampioen keirin geworden. "
            "In 2024 werd hij in Ballerup nog tweede op dit onderdeel.\n\n"
            "Kim Sno werd Nederlands kampioen op de 100 meter vrije slag. Vorig jaar werd Sno op het NK nog derde op deze afstand.")
    found = medals(text, config)
    assert {("gold", "Milan de Groot", "keirin"), ("silver", "Milan de Groot", "keirin")} <= found
    assert ("bronze", "Kim Sno", "100m") in found


def test_the_final_is_that_of_the_event_a_final_was_named_with(config):
    text = ("Femke Kok won goud op de 1500 meter in 1.53,10.\n\n"
            "Tijs Onstenk plaatste zich voor de A-finale van de 500 meter.\n\n"
            "De finale is gereden. De Chinees Wu Haoran is olympisch kampioen in 40,112.")
    assert ("gold", "Wu Haoran", "500m") in medals(text, config)
    assert (40.112, "Wu Haoran", "500m") in times(text, config)
    # A final named by no earlier sentence with its event leaves the paragraph to the lead's event.
    text = ("Femke Kok won goud op de 1500 meter in 1.53,10. Eerder won ze de 1000 meter.\n\n"
            "De finale bleef lang spannend. Kok finishte in 1.53,10.")
    assert (113.10, "Femke Kok", "1500m") in times(text, config)


def test_a_tour_by_its_proper_name_gives_no_medals(config):
    text = ("Sjoerd de Vries heeft gisteren de Alternatieve Elfstedentocht op de Weissensee gewonnen. "
            "Hij had Bart ten Hove nipt achter zich, de Duitser Lukas Bauer werd derde.")
    assert medals(text, config) == set()


def test_a_short_form_opening_with_a_two_word_particle_takes_the_full_name(config):
    text = ("Maandag was er brons voor Tessa in 't Veld op het WK judo in de klasse tot 57 kilo. "
            "In 't Veld (23) legde beslag op de derde plaats.")
    found = medals(text, config)
    assert ("bronze", "Tessa in 't Veld", "-57kg") in found
    assert not any(athlete == "In 't Veld" for _, athlete, _ in found)


def test_losing_a_medal_match_gives_its_medal_to_the_winner(config):
    text = ("Op het WK judo strandde Jayden Sabajo in de klasse tot 81 kilo in de halve finale en verloor daarna ook "
            "de strijd om brons van de Belg Matthias Van Gheluwe.\n\n"
            "Op het EK boogschieten greep Mirthe Stoffels zilver bij de compound. In de finale verloor de 31-jarige "
            "Limburgse met 146-147 van de Deense Freja Mortensen.")
    found = medals(text, config)
    assert ("bronze", "Matthias Van Gheluwe", "-81kg") in found
    assert ("gold", "Freja Mortensen", "compound") in found
    assert not any(athlete == "Jayden Sabajo" for _, athlete, _ in found)


def test_losing_a_b_final_gives_the_winner_no_gold(config):
    # What a B-final is raced for differs by sport (bronze in a team pursuit, fifth place in
    # shorttrack): it is not the final.
    text = ("De Nederlandse vrouwen wonnen op de Olympische Spelen goud op de ploegachtervolging.\n\n"
            "Bij de mannen greep Nederland naast het podium. Kees Visser, Sander de Graaf en Tim Bos "
            "verloren de B-finale van Italië en werden vierde.")
    assert not any(medal == "gold" and athlete == "Italië" for medal, athlete, _ in medals(text, config))


def test_a_medal_given_to_two_names_is_both_s(config):
    text = ("Op de Europese Spelen won taekwondoka Yara de Wit in de klasse tot 57 kilo goud. "
            "Het brons ging naar de Britse Amy Whitlock en de Spaanse Carla Ruiz-Navarro.")
    found = medals(text, config)
    assert {("bronze", "Amy Whitlock", "-57kg"), ("bronze", "Carla Ruiz-Navarro", "-57kg")} <= found
    assert ("bronze", "Yara de Wit", "-57kg") not in found


def test_a_medal_won_net_als_another_is_the_other_s_too(config):
    text = ("Op het WK schermen won Wytske Bouma goud op de degen. Delacroix-Petit kreeg net als de Hongaarse "
            "Réka Szabó, die in de andere halve finale strandde, een bronzen medaille.")
    found = medals(text, config)
    assert {("bronze", "Delacroix-Petit", "degen"), ("bronze", "Réka Szabó", "degen")} <= found


def test_a_national_title_in_a_city_marathon_takes_the_event_of_its_championship(config):
    text = ("Ilse Bakker heeft zondag de Marathon van Enschede gewonnen. Daarmee werd ze ook Nederlands kampioene, "
            "want het NK marathon werd binnen de wedstrijd verlopen.\n\n"
            "Bij de mannen werd Koen de Bruin (29) Nederlands kampioen.")
    found = medals(text, config)
    assert ("gold", "Koen de Bruin", "marathon") in found


def test_a_medal_opening_its_clause_goes_to_the_name_after_voor(config):
    text = ("Eskil Torvund reed 1.44,90, Daiki Hamasaki 1.45,02 en Thomas van der Kooij 1.45,31 op de 1500 meter. "
            "Goud voor Torvund, zilver voor Hamasaki (26) en brons voor Van der Kooij.")
    found = medals(text, config)
    assert {("gold", "Eskil Torvund", "1500m"), ("silver", "Daiki Hamasaki", "1500m"),
            ("bronze", "Thomas van der Kooij", "1500m")} <= found
    assert ("silver", "Eskil Torvund", "1500m") not in found


def test_a_paragraph_headed_by_another_sport_does_not_take_the_lead_s_event(config):
    text = ("Schaatsen - Ruben ter Schure reed op de 10.000 meter naar zilver.\n\n"
            "Snowboard - In Livigno was Roos Kamphuis de beste. De Oostenrijkse Katharina Hofer werd derde.")
    found = medals(text, config)
    assert ("bronze", "Katharina Hofer", "") in found
    assert not any(athlete == "Katharina Hofer" and event == "10000m" for _, athlete, event in medals(text, config))


def test_a_sport_heading_or_a_results_heading_is_no_name(config):
    text = ("Bobslee - In de monobob won Kayla Brennan.\n\n"
            "Tussentijden Van Dalen: 300 meter 25,61, 700 meter 54,80.")
    persons = {m.text for m in extract_text(text, date(2026, 2, 15), config=config).mentions if m.label == "PER"}
    assert "Bobslee" not in persons and "Tussentijden Van Dalen" not in persons
    assert "Van Dalen" in persons


def test_a_gapped_placing_after_a_margin_or_score(config):
    text = ("In de monobob won de Amerikaanse Kayla Brennan goud. De Duitse Leonie Hartwig werd tweede op 0,41, "
            "de Canadese Megan Tully derde.")
    found = medals(text, config)
    assert {("silver", "Leonie Hartwig", "monobob"), ("bronze", "Megan Tully", "monobob")} <= found


def test_a_hyphenated_given_name_before_a_capitalised_particle(config):
    text = "De Duitse Irmgard Wöhrle werd tweede in 12,98, de Française Marie-Amélie Le Fur derde."
    persons = {m.text for m in extract_text(text, date(2026, 2, 15), config=config).mentions if m.label == "PER"}
    assert "Marie-Amélie Le Fur" in persons


def test_the_national_team_opening_the_sentence_holds_its_win(config):
    text = ("De Nederlandse vrouwen wonnen goud op de ploegachtervolging.\n\n"
            "In de shorttrackhal was de 5000 meter aflossing een prooi voor Zuid-Korea. Het Koreaanse kwartet, "
            "met slotrijder Lee Joon-ho, won in 6.51,870 voor China en Canada.")
    found = medals(text, config)
    assert {("gold", "Zuid-Korea", "aflossing"), ("silver", "China", "aflossing"), ("bronze", "Canada", "aflossing")} <= found
    assert ("gold", "Nederland", "aflossing") not in found
    assert (411.87, "Zuid-Korea", "aflossing") in times(text, config)


def test_the_nation_a_winner_beat_in_a_subordinate_clause_is_second(config):
    text = ("Bij de mannen greep Nederland naast het podium op de ploegachtervolging. Het goud ging naar Noorwegen, "
            "dat in de finale in 3.38,44 de Verenigde Staten versloeg.")
    found = medals(text, config)
    assert {("gold", "Noorwegen", "ploegachtervolging"), ("silver", "Verenigde Staten", "ploegachtervolging")} <= found


def test_a_married_name_is_a_person(config):
    text = ("Femmie Koopman-van der Laan stopt met schaatsen. Koopman-van der Laan kijkt terug op een rijke loopbaan. "
            "In 2019 werd ze in Inzell wereldkampioen op de 5000 meter.")
    persons = {m.text for m in extract_text(text, date(2026, 2, 15), config=config).mentions if m.label == "PER"}
    assert {"Femmie Koopman-van der Laan", "Koopman-van der Laan"} <= persons
    assert ("gold", "Femmie Koopman-van der Laan", "5000m") in medals(text, config)


def test_a_win_after_its_fronted_event_or_with_a_judged_score_is_gold(config):
    text = ("Schansspringen - Op de normale schans in Predazzo won de Sloveen Žiga Kranjc. "
            "De Oostenrijker Stefan Hörl werd tweede.\n\n"
            "Kunstrijden - Bij de vrouwen won de Japanse Rina Aoyama met 228,47 punten.")
    found = medals(text, config)
    assert {("gold", "Žiga Kranjc", "normale schans"), ("silver", "Stefan Hörl", "normale schans"),
            ("gold", "Rina Aoyama", "")} <= found


def test_a_win_without_event_score_or_time_is_no_gold(config):
    assert not medals("Bij de vrouwen won de Japanse Rina Aoyama met overmacht haar serie.", config)


def test_the_rival_a_champion_held_behind_her_in_the_final_is_second(config):
    text = ("Fenna de Jager is wereldkampioen op de 1000 meter. Op het WK hield ze zaterdagavond in een zinderende "
            "finale de Koreaanse Kim Ha-eun met 0,03 seconde verschil achter zich.")
    assert ("silver", "Kim Ha-eun", "1000m") in medals(text, config)


def test_a_given_name_and_a_surname_with_its_particle_tagged_as_a_place_is_a_person(config):
    text = "Sytske Wijbenga, Nienke van Dalen en Marit Bakels komen namens Nederland in actie in Bergen op Zoom."
    ex = extract_text(text, date(2026, 2, 15), config=config)
    labels = {m.text: m.label for m in ex.mentions}
    assert labels.get("Nienke van Dalen") == "PER"
    assert labels.get("Bergen op Zoom") != "PER"


def test_an_event_named_in_a_sentence_about_tomorrow_is_no_default_for_the_article(config):
    text = ("Morgen vaart Anna de Vries de K1 200 meter.\n\nVandaag won ze op de WK kanosprint goud in 1.52,77.")
    assert ("gold", "Anna de Vries", "") in medals(text, config)


def test_a_team_without_a_nation_is_the_readers_own_not_a_rival_named_once(config):
    text = (
        "De dubbelvier van Iris Bakker en Merel Dijkstra roeide zaterdag naar het zilver. De boot "
        "kwam in 6.11,40 over de streep, achter Duitsland. Tsjechië werd derde."
    )
    assert ("silver", "Nederland") in {(m, a) for m, a, _ in medals(text, config)}
    assert {a for _, a, _ in times(text, config)} == {"Nederland"}


def test_a_team_without_a_nation_is_the_foreign_nation_the_article_follows(config):
    text = (
        "De Noren waren zondag de sterksten in de estafette. Noorwegen leidde vanaf de eerste wissel "
        "en won het goud.\n\nDe ploeg finishte in 1.10.22,4. Nederland werd zevende."
    )
    assert {a for _, a, _ in times(text, config)} == {"Noorwegen"}


def test_a_medal_won_with_a_national_team_is_that_team_s(config):
    text = ("De Noorse estafetteploeg won zondag goud. Sandra Lind werd vierde in de sprint. "
            "In 2022 won ze al zilver met de Zweedse estafetteploeg.")
    assert ("silver", "Zweden") in {(m, a) for m, a, _ in medals(text, config)}


def test_the_nations_after_a_gold_and_a_comma_are_second_and_third(config):
    text = "De Nederlandse ploeg won goud op de aflossing in 4.04,321, voor Italië en Hongarije."
    assert medals(text, config) == {("gold", "Nederland", "aflossing"), ("silver", "Italië", "aflossing"),
                                    ("bronze", "Hongarije", "aflossing")}
    # ... but not a beneficiary who does not close the clause.
    text = "Kok pakte goud op de 500 meter, voor Nederland de eerste medaille van de Spelen."
    assert medals(text, config) == {("gold", "Kok", "500m")}


def test_a_title_on_both_of_zowel_als_is_a_title_on_each(config):
    text = "Kjeld Nuis, in 2018 olympisch kampioen op zowel de 1000 als de 1500 meter, reed zondag."
    assert {e for m, a, e in medals(text, config) if a == "Kjeld Nuis"} == {"1000m", "1500m"}


def test_a_win_on_points_and_the_runner_up_after_the_score(config):
    text = "In het omnium won de Deen Mikkel Lund met 131 punten voor de Belg Jordi Vanhoutte."
    assert medals(text, config) == {("gold", "Mikkel Lund", "omnium"), ("silver", "Jordi Vanhoutte", "omnium")}


def test_the_runner_up_after_a_win_and_an_apposition(config):
    text = "Op de 1500 meter won Femke Kok in 1.53,10, een baanrecord, voor Joy Beune."
    assert medals(text, config) == {("gold", "Femke Kok", "1500m"), ("silver", "Joy Beune", "1500m")}


def test_a_race_won_in_a_passive_relative_clause_and_a_medal_given_in_one(config):
    text = ("Brinkhorst werd op de 1500 meter vierde in een race die werd gewonnen door de Deen Mathias Holm. "
            "Hij greep naast het brons, dat naar de Amerikaanse Chloé Dygert ging.")
    assert medals(text, config) == {("gold", "Mathias Holm", "1500m"), ("bronze", "Chloé Dygert", "1500m")}
    assert medals("De eerste halve finale op de 500 meter werd gewonnen door Femke Kok.", config) == set()


def test_a_medal_missed_by_a_margin_is_no_medal(config):
    text = "Op de 10 kilometer werd Sanne Vos vierde, op 26 seconden van het brons."
    assert medals(text, config) == set()


def test_a_pronoun_continues_the_person_an_earlier_pronoun_took_up(config):
    text = ("Jens Vos reed in de finale van de 1000 meter een slimme race. Hij bleef lang in de luwte en zag "
            "hoe Stijn Desmet de kop nam. In 1.24,612 kwam hij als eerste over de streep.")
    assert {a for _, a, _ in times(text, config)} == {"Jens Vos"}


def test_a_win_followed_by_the_next_places_is_gold(config):
    text = "Op het EK zwemmen ging de 4x100 meter vrije slag snel. Groot-Brittannië won, Zweden werd tweede."
    assert medals(text, config) == {("gold", "Groot-Brittannië", "aflossing"), ("silver", "Zweden", "aflossing")}


def test_beating_a_rival_in_the_contest_for_bronze_is_bronze(config):
    text = ("Op het WK baanwielrennen was Frankrijk in de strijd om het brons op de ploegachtervolging "
            "te sterk voor de Nederlandse ploeg.")
    assert medals(text, config) == {("bronze", "Frankrijk", "ploegachtervolging")}


@pytest.mark.parametrize("text, expected", [
    ("Op het WK baanwielrennen won Nederland de ploegachtervolging. Italië won de strijd om het brons van Japan.",
     {("gold", "Nederland", "ploegachtervolging"), ("bronze", "Italië", "ploegachtervolging")}),
    ("Op het NK marathon op natuurijs won Sipke Hoekstra. Anna Kloos won de sprint om het zilver.",
     {("gold", "Sipke Hoekstra", "marathon"), ("silver", "Anna Kloos", "marathon")}),
])
def test_a_contest_won_gives_the_medal_it_was_for_not_to_whom_it_was_won_from(config, text, expected):
    assert medals(text, config) == expected


def test_losing_the_match_for_bronze_against_a_rival_gives_the_rival_bronze(config):
    text = ("Op het EK judo in Zagreb werd de Belg Lucas Maes vijfde. De judoka uit Gent verloor in de klasse tot 81 kilogram "
            "zijn kamp om het brons tegen de Nederlander Niek Hagedoorn.")
    assert medals(text, config) == {("bronze", "Niek Hagedoorn", "-81kg")}


@pytest.mark.parametrize("text, expected", [
    ("Op het EK roeien won Nederland de acht in 5.25,83. Groot-Brittannië volgde in 5.27,02, Roemenië pakte het brons.",
     {("gold", "Nederland", "acht"), ("silver", "Groot-Brittannië", "acht"), ("bronze", "Roemenië", "acht")}),
    # (after a second place, who followed was third)
    ("Op het WK shorttrack won Canada de aflossing. Zuid-Korea werd tweede, België volgde in 6.52,40.",
     {("gold", "Canada", "aflossing"), ("silver", "Zuid-Korea", "aflossing"), ("bronze", "België", "aflossing")}),
])
def test_who_followed_the_last_place_named_took_the_next(config, text, expected):
    assert medals(text, config) == expected


@pytest.mark.parametrize("text, expected", [
    ("Op het WK afstanden was de Noorse Ingrid Sæterhaug op de 5000 meter met 6.46,12 niet te kloppen, de Italiaanse "
     "Giulia Bertazzoni werd tweede in 6.48,30.",
     {("gold", "Ingrid Sæterhaug", "5000m"), ("silver", "Giulia Bertazzoni", "5000m")}),
    ("Op het WK indoor in Toruń was op de 800 meter de Ethiopische Hirut Desta in 1.58,61 ongenaakbaar, de Amerikaanse "
     "Jordyn Calloway werd tweede in 1.59,17.",
     {("gold", "Hirut Desta", "800m"), ("silver", "Jordyn Calloway", "800m")}),
])
def test_the_best_followed_by_the_next_place_won(config, text, expected):
    assert medals(text, config) == expected


@pytest.mark.parametrize("text, expected", [
    ("Op de Spelen van 2022 werd Kimberley Bos vierde bij het skeleton. Het goud ging toen naar de Duitse Hannah Neise, "
     "het zilver naar de Australische Jaclyn Narracott.",
     {("gold", "Hannah Neise", "skeleton"), ("silver", "Jaclyn Narracott", "skeleton")}),
    ("Op het EK kortebaan werd Marit de Vries vierde op de 200 meter vlinderslag. Goud was voor de Britse Hollie Ashworth "
     "in 2.01,87, zilver voor de Spaanse Lucía Ortega.",
     {("gold", "Hollie Ashworth", "200m"), ("silver", "Lucía Ortega", "200m")}),
])
def test_a_medal_given_past_an_adverb_or_a_nationality(config, text, expected):
    assert medals(text, config) == expected


@pytest.mark.parametrize("text, expected", [
    ("Op het WK handbal in Rotterdam was Noorwegen in de finale met 29-25 te sterk voor Frankrijk.",
     {("gold", "Noorwegen", ""), ("silver", "Frankrijk", "")}),
    ("Op het WK baanwielrennen was Harrie Lavreysen in de finale van de sprint te sterk voor de Australiër Matthew Richardson.",
     {("gold", "Harrie Lavreysen", "sprint"), ("silver", "Matthew Richardson", "sprint")}),
    # (a second rival of a nation of her own was third; one of the same nation is of the pair)
    ("Op het EK shorttrack was Sietske Wagenmakers in de finale van de 1000 meter te snel voor de Italiaanse "
     "Alessia Bortolotti en de Poolse Zofia Kamińska.",
     {("gold", "Sietske Wagenmakers", "1000m"), ("silver", "Alessia Bortolotti", "1000m"), ("bronze", "Zofia Kamińska", "1000m")}),
])
def test_who_was_beaten_in_the_final_is_silver(config, text, expected):
    assert medals(text, config) == expected


def test_a_pair_beaten_in_the_final_gives_no_third_place(config):
    text = ("Op het EK beachvolleybal waren Femke Bosma en Iris van Dijken in de finale te sterk voor de Zwitserse Nina Gerber en "
            "Lara Käser.")
    assert not any(athlete == "Lara Käser" for _, athlete, _ in medals(text, config))


def test_a_championship_named_in_the_first_sentence_is_reported_whatever_series_comes_next(config):
    text = ("Het NK afstanden in Heerenveen zit erop. Na drie dagen is duidelijk wie Nederland in de eerste "
            "wereldbekers vertegenwoordigt.\n\nOp de 500 meter won Femke Kok in 37,10, voor Jutta Leerdam. "
            "De wereldbekerploeg reist volgende week naar Salt Lake City.")
    assert medals(text, config) == {("gold", "Femke Kok", "500m"), ("silver", "Jutta Leerdam", "500m")}


def test_podium_phrasings_of_a_results_weekend(config):
    text = ("Op het NK afstanden werd Koen de Hoen kampioen op de 1000 meter in 1.08,40, voor Stijn van der Mark "
            "(1.08,61) en Luuk Brouwers (1.09,02). Thijmen Olthof veroverde zijn eerste Nederlandse titel op de "
            "1500 meter. Luuk Brouwers (1.45,70) en Jelte van Riet (1.46,05) maakten het podium compleet.")
    assert medals(text, config) == {
        ("gold", "Koen de Hoen", "1000m"), ("silver", "Stijn van der Mark", "1000m"), ("bronze", "Luuk Brouwers", "1000m"),
        ("gold", "Thijmen Olthof", "1500m"), ("silver", "Luuk Brouwers", "1500m"), ("bronze", "Jelte van Riet", "1500m"),
    }


def test_a_place_in_the_perfect_tense_and_a_win_closed_by_its_time(config):
    text = ("Op het NK was Sterre van Eijk vrijdag al tweede geworden op de 3000 meter, in 4.02,18. "
            "Daar was Femke Ottens de sterkste in 4.01,55; Marloes Hovinga completeerde ook daar het podium.")
    assert medals(text, config) == {("silver", "Sterre van Eijk", "3000m"), ("gold", "Femke Ottens", "3000m"),
                                    ("bronze", "Marloes Hovinga", "3000m")}


def test_a_name_with_a_dutch_particle_is_a_person_whatever_its_given_name(config):
    text = "Jorinde van der Steeg is gisteren in Zlín Europees kampioene tijdrijden geworden. Ze reed naar de Piazza del Duomo."
    labels = {m.text: m.label for m in extract_text(text, date(2026, 10, 1), config=config).mentions}
    assert labels["Jorinde van der Steeg"] == "PER"
    assert labels.get("Piazza del Duomo") != "PER"


def test_a_first_person_fact_in_a_quote_is_the_speaker_s(config):
    text = ('Femke Kok pakte zilver op het EK allround. "Het begon zaterdag niet best", vertelt ze. '
            '"Op de 500 meter reed ik 39,40. Dat is slecht."\n\nJutta Leerdam won het goud. "Ik reed de 1000 meter '
            'in 1.15,20. Dat was niet genoeg", zei Joy Beune.')
    assert times(text, config) == {(39.4, "Femke Kok", "500m"), (75.2, "Joy Beune", "1000m")}


def test_a_pronoun_opening_the_sentence_before_is_the_same_person_not_the_rival_named_after_it(config):
    text = ("Femke Kok reed het EK allround. Gisteren pakte ze zilver, achter de Noorse Sigrid Dahl. "
            "Op de 500 meter klokte ze 37,40.")
    assert times(text, config) == {(37.4, "Femke Kok", "500m")}


def test_a_pronoun_far_from_any_name_is_the_person_the_article_is_about(config):
    text = ("Femke Kok reed het EK allround in Hamar. Kok was tevreden. Volgens Kok was het ijs goed.\n\n"
            '"Het ging mis in de laatste ronde," vertelde haar coach. "Maar daarna herstelde het zich."\n\n'
            "Op de 3000 meter diezelfde middag sloeg ze terug. Met 4.03,12 won ze de afstand.")
    assert times(text, config) == {(243.12, "Femke Kok", "3000m")}


def test_the_only_one_ahead_won(config):
    text = ("Op het WK pakte Thijs de Ridder zilver op de 10.000 meter. Alleen de Zwitser Dominik Wyss was sneller.\n\n"
            "Op het EK was Nederland in de gemengde ploegentijdrit goed voor zilver. Het zestal moest alleen Italië voor zich dulden.")
    assert {("gold", "Dominik Wyss", "10000m"), ("gold", "Italië", "ploegentijdrit")} <= medals(text, config)
    assert ("gold", "Thijs de Ridder", "10000m") not in medals(text, config)


def test_runners_up_after_a_title_a_time_or_a_country_with_its_article(config):
    text = "Op het WK afstanden veroverde het Canadese trio de wereldtitel op de teamsprint, voor Nederland en Japan."
    assert medals(text, config) == {("gold", "Canada", "teamsprint"), ("silver", "Nederland", "teamsprint"),
                                    ("bronze", "Japan", "teamsprint")}
    text = ("Op het WK zwemmen pakte Nederland op de 4x100 meter vrije slag brons in 3.22,17, achter de Verenigde "
            "Staten en Australië. Op de aflossing won Canada in 6.43,208, de Koreanen werden tweede.")
    assert {("gold", "Verenigde Staten", "aflossing"), ("silver", "Australië", "aflossing"),
            ("silver", "Zuid-Korea", "aflossing")} <= medals(text, config)


def test_a_win_and_the_runner_up_closing_the_sentence_and_a_discipline_s_athlete(config):
    text = "Op de 4x50 meter wisselslag op het WK greep Nederland naast de medailles. De Verenigde Staten wonnen voor Australië."
    assert medals(text, config) == {("gold", "Verenigde Staten", "aflossing"), ("silver", "Australië", "aflossing")}
    assert medals("Op het EK won Femke Kok voor Nederland de eerste medaille op de 500 meter.", config) == {("gold", "Femke Kok", "500m")}
    text = "Op het WK werd Jelmer Brouwers derde op de 800 meter. De tienkamper Niklas Vogt won met 8712 punten."
    assert ("gold", "Niklas Vogt", "tienkamp") in medals(text, config)


def test_a_class_apart_and_the_rival_held_behind_past_her_time(config):
    text = ("Op de 3000 meter van het WK was de Tsjechische Tereza Hudečková een klasse apart. De 28-jarige reed "
            "3.57,84 en hield de Duitse Lea Sommerfeld, die in de slotrit tot 3.58,36 kwam, ruim achter zich.")
    assert medals(text, config) == {("gold", "Tereza Hudečková", "3000m"), ("silver", "Lea Sommerfeld", "3000m")}


def test_a_korean_name_keeps_its_hyphenated_given_name(config):
    text = "Ter Borg moest op de 1500 meter alleen de Koreaanse Choi Ji-woo voor zich dulden."
    persons = {m.text for m in extract_text(text, date(2026, 3, 15), config=config).mentions if m.label == "PER"}
    assert "Choi Ji-woo" in persons


def test_a_pronoun_a_few_words_into_the_sentence_before_is_its_subject(config):
    text = ("Ruben ter Schure reed de 5000 meter. Na de eerste 200 meter kwam hij door in 19,12, sneller dan "
            "Trygve Solbakken. Zijn eerste volle ronden reed hij in 28,6 en 28,7.")
    assert {a for _, a, _ in times(text, config)} == {"Ruben ter Schure"}


def test_a_win_given_after_its_time_and_a_team_with_its_anchor(config):
    text = ("Op de 3000 meter steeple van het EK eindigde Ilse ter Haar als vierde. "
            "De zege ging in 9.18,05 naar de Duitse Katrin Weber.")
    assert medals(text, config) == {("gold", "Katrin Weber", "3000m steeple")}
    text = ("Op het EK was er goud voor de gemengde 4x400 meter. Het kwartet met slotloper Jurre Pinas finishte in "
            "3.11,62. Slotloper Pinas liep zijn ronde in 44,91.")
    assert times(text, config) == {(191.62, "Nederland", "aflossing"), (44.91, "Jurre Pinas", "aflossing")}


def test_places_the_model_calls_organisations_or_persons_and_broadcasters(config):
    text = ("Vorig jaar won ze in Hamar het brons. In de Max Aicher Arena reed ze hard, zei ze tegen Sporza. "
            "In NOS Studio Sport was ze te gast.")
    labels = {m.text: m.label for m in extract_text(text, date(2026, 2, 15), config=config).mentions}
    assert labels["Hamar"] == "LOC" and labels["Max Aicher Arena"] == "LOC" and labels["Sporza"] == "ORG"
    assert labels["NOS"] == "ORG"


def test_a_name_ending_in_a_venue_word_is_a_place_whatever_the_model_made_of_its_parts(config):
    text = ("Voor het thuispubliek in het Milano Speed Skating Stadium was het een bittere avond. "
            "In de Milano Ice Skating Arena won Xandra Velzeboer. In het Cortina Sliding Centre won Kimberley Bos. "
            "Manchester City won.")
    labels = {m.text: m.label for m in extract_text(text, date(2026, 2, 15), config=config).mentions}
    assert labels["Milano Speed Skating Stadium"] == "LOC"
    assert labels["Milano Ice Skating Arena"] == "LOC" and labels["Cortina Sliding Centre"] == "LOC"
    assert labels["Manchester City"] == "ORG" and labels["Xandra Velzeboer"] == "PER"


def test_where_a_competition_is_held_is_a_place_even_when_a_racer_bears_its_name(config):
    text = ("Het WK veldrijden in Hulst kreeg zaterdag een onvervalst Zeeuws randje. Op het parcours veroverde "
            "Evie Hulst zilver bij de beloften. Hulst was blij.")
    mentions = extract_text(text, date(2026, 2, 1), config=config).mentions
    assert [(m.text, m.label) for m in mentions if m.text in ("Hulst", "Zeeuws")] == [("Hulst", "LOC"), ("Hulst", "PER")]


def test_a_name_inside_a_placing_is_a_person_whatever_the_model_made_of_it(config):
    text = ("Op het WK atletiek werd Jelmer Brouwers derde op de tienkamp. Brouwers verbeterde op de "
            "afsluitende 1500 meter zijn persoonlijk record tot 4.18,07 en schoof zo langs de Amerikaan Tyler Reese.")
    assert times(text, config) == {(258.07, "Jelmer Brouwers", "1500m")}


def test_a_pieces_label_and_a_superlative_before_a_nationality_are_no_names(config):
    text = ("Column: de lange adem van de tien kilometer\n\nBeste Nederlander was Mats Oosterwijk als vierde. "
            "Jan Fries won.")
    names = {m.text for m in extract_text(text, date(2026, 2, 15), config=config).mentions if m.label == "PER"}
    assert names == {"Mats Oosterwijk", "Jan Fries"}


def test_a_dateline_the_model_took_for_a_person_and_a_headings_discipline(config):
    text = ("Ter Veer verrast met brons\n\nKAMPEN - Daan ter Veer uit Kampen heeft zaterdag op het NK afstanden "
            "de bronzen medaille gewonnen.\n\nAflossing mannen shorttrack: zilver achter Zuid-Korea.")
    labels = {m.text: m.label for m in extract_text(text, date(2026, 10, 26), config=config).mentions}
    assert labels["KAMPEN"] == "LOC" and "Aflossing" not in labels


def test_a_person_after_het_and_a_nationality_or_after_in_without_a_given_name_is_a_place(config):
    text = ("Op 17 januari stond Bos in het Duitse Altenberg nog op het podium, toen ze tweede werd. "
            "Daarna won ze zilver in Sankt Moritz.")
    labels = {m.text: m.label for m in extract_text(text, date(2026, 2, 15), config=config).mentions}
    assert labels["Altenberg"] == "LOC" and labels["Sankt Moritz"] == "LOC"


def test_korea_alone_is_the_country(config):
    text = "Lange tijd wisselden Korea en Nederland elkaar af aan de kop."
    labels = {m.text: m.label for m in extract_text(text, date(2026, 2, 15), config=config).mentions}
    assert labels["Korea"] == "LOC"


def test_a_given_name_alone_is_the_person_with_that_given_name(config):
    text = ('Sterre van Eijk pakte brons op de 1500 meter. "Sterre verdient het zo", zei Femke Kok. '
            "Noor Oosterhuis werd vijfde; de Noor Sander Eitrem won.")
    mentions = extract_text(text, date(2026, 2, 15), config=config).mentions
    assert ("Sterre", "PER", "Sterre van Eijk") in {(m.text, m.label, m.canonical) for m in mentions}
    assert "Noor" not in {m.text for m in mentions if m.label == "PER"}


def test_a_one_word_person_after_a_preposition_of_place_is_a_place_unless_a_known_name(config):
    text = "In Livigno pakte snowboarder Kobe Willems brons. Iedereen had vertrouwen in Willems."
    labels = {(m.text, m.label) for m in extract_text(text, date(2026, 2, 15), config=config).mentions}
    assert ("Livigno", "LOC") in labels and ("Willems", "PER") in labels


def test_a_name_listed_between_persons_is_a_person(config):
    text = "De ploeg met Thijs Veltman, Dion Oosterveld, Mees van 't Klooster en Ruben Hoek ging hard."
    labels = {m.text: m.label for m in extract_text(text, date(2026, 2, 15), config=config).mentions}
    assert labels["Dion Oosterveld"] == "PER"


def test_a_paragraph_without_an_event_takes_the_one_its_people_were_named_with(config):
    text = ("Op de openingsdag waren er twee finales. De 3000 meter was een prooi voor Madison Clarke-Fortin, "
            "op de 1000 meter was de Chinees Gao Zhiyuan de snelste.\n\n"
            "Thomas van der Kooij reed in de slotrit. De lat lag al op 1.07,41, de tijd van Gao Zhiyuan. "
            "Van der Kooij tikte aan op 1.07,58.")
    assert {e for _, _, e in times(text, config)} == {"1000m"}
    assert [e.event for e in find_events("Hij lag tot 4200 meter op schema.")] == []


def test_a_chinese_or_korean_family_name_alone_is_the_person(config):
    text = "Op de 1000 meter was Gao Zhiyuan de snelste. De lat lag op 1.07,41, de tijd die Gao had neergezet."
    mentions = extract_text(text, date(2026, 2, 7), config=config).mentions
    assert ("Gao", "PER", "Gao Zhiyuan") in {(m.text, m.label, m.canonical) for m in mentions}


def test_a_time_whose_apposition_names_its_owner(config):
    text = ("Op de 1000 meter reed Jutta Leerdam in de slotrit. De lat lag al op 1.13,41, de tijd die "
            "Femke Kok twee ritten eerder had neergezet.")
    assert times(text, config) == {(73.41, "Femke Kok", "1000m")}


def test_a_pronoun_takes_up_the_subject_opening_the_sentence_before_not_its_object(config):
    text = ("Femke Kok trof op de 500 meter in de vijftiende rit Jutta Leerdam. Met een opening van 10,21 zette zij "
            "de toon.\n\nOp de 1000 meter opende Jutta Leerdam snel, maar Femke Kok hield het hoofd koel. "
            "Zij finishte in 1.13,15.")
    assert times(text, config) == {(10.21, "Femke Kok", "500m"), (73.15, "Femke Kok", "1000m")}
    # after a subordinating conjunction the name is no main clause's subject
    text = ("Femke Kok zat op de massastart de hele koers voorin en bleef kalm toen Jutta Leerdam aanging. "
            "In de laatste bocht kwam zij naast haar. Zij kwam na 7.39,62 over de meet.")
    assert times(text, config) == {(459.62, "Femke Kok", "massastart")}


def test_a_medal_left_to_a_rival_is_the_rival_s(config):
    text = ("Op de olympische 1000 meter werd Jutta Leerdam olympisch kampioene, maar Jildou Sijtsma moest de "
            "bronzen medaille laten aan de Japanse Miho Takagi.")
    assert ("bronze", "Miho Takagi", "1000m") in medals(text, config)
    assert not any(a == "Jildou Sijtsma" for _, a, _ in medals(text, config))


def test_a_clause_of_its_own_whose_subject_is_a_nationality_word(config):
    text = ("Op de 1000 meter werd Jutta Leerdam kampioen. Het brons was voor de Japanse Miho Takagi. Leerdam "
            "stormde naar 1.12,31, een olympisch record, en de Japanse tikte achter haar aan in 1.13,95.")
    assert times(text, config) == {(72.31, "Jutta Leerdam", "1000m"), (73.95, "Miho Takagi", "1000m")}


def test_championships_of_more_sports_and_age_groups_are_events(config):
    text = "Op het EK junioren won ze goud; op het WK biatlon en het NK marathon reed ze mee."
    labels = {(m.text, m.label) for m in extract_text(text, date(2026, 2, 15), config=config).mentions}
    assert {("EK junioren", "EVENT"), ("WK biatlon", "EVENT"), ("NK marathon", "EVENT")} <= labels


def test_an_untagged_capitalised_word_after_a_preposition_of_place_is_a_place(config):
    text = "De wedstrijd werd verreden in Biddinghuizen. De renner uit Vriezenveen won. Femke Kok vertrouwt in Kok."
    labels = {(m.text, m.label) for m in extract_text(text, date(2026, 2, 15), config=config).mentions}
    assert {("Biddinghuizen", "LOC"), ("Vriezenveen", "LOC"), ("Kok", "PER")} <= labels


def test_a_place_ending_a_heading_line_after_a_preposition(config):
    # The next line's capital opens a sentence, not more of the name; and the body's "het
    # Spaanse Pontevedra", which the model calls a person, does not make the heading's one a name.
    text = ("Triatlon: Verhoef derde in Pontevedra\nLieke Verhoef is zondag in de wereldserie in het Spaanse "
            "Pontevedra derde geworden.\n\nWielrennen: Smits wint in Harderwijk\nTom Smits won gisteren.")
    mentions = extract_text(text, date(2026, 5, 4), config=config).mentions
    places = [m.text for m in mentions if m.label == "LOC"]
    assert places.count("Pontevedra") == 2 and "Harderwijk" in places


def test_the_final_standings_after_a_combined_event_are_its_own(config):
    text = ("Op het EK atletiek sloot Ilse ter Laak haar zevenkamp af met een persoonlijk record op de 800 meter. Daarmee "
            "eindigde de meerkampster uit Zwolle met 6512 punten als tweede in het eindklassement. De titel was voor de "
            "Belgische Lore Verhulst (6589 punten).")
    assert medals(text, config) == {("silver", "Ilse ter Laak", "zevenkamp"), ("gold", "Lore Verhulst", "zevenkamp")}


def test_a_results_list_with_accented_initials_and_crews_by_their_codes(config):
    text = ("Uitslagen WK kanosprint in Milaan\n\n"
            "K1 1000 meter mannen, finale A\n1. Tiago Meireles POR 3.24,118\n2. Anton Bredahl DEN 3.24,660\n"
            "3. Ádám Varsányi HUN 3.25,031\n4. Tijn van Heese NED 3.25,702\n\n"
            "K2 500 meter mannen, finale A\n1. Jonas Kreuzfeld/Lukas Ohlendorf GER 1.27,118\n"
            "2. Pedro Gallardo/Marcos Iturbe ESP 1.27,455\n3. Ferenc Bodnár/Gergő Kiss HUN 1.27,610")
    assert medals(text, config) == {
        ("gold", "Tiago Meireles", "1000m"), ("silver", "Anton Bredahl", "1000m"), ("bronze", "Ádám Varsányi", "1000m"),
        ("gold", "Duitsland", "500m"), ("silver", "Spanje", "500m"), ("bronze", "Hongarije", "500m"),
    }


def test_a_crews_bare_country_code_right_after_its_rank_holds_its_time_and_medal(config):
    text = ("Uitslagen EK roeien in Plovdiv\n\n"
            "Twee-zonder mannen\n1. ITA 6.31,40\n2. NED (Sem Brouwer, Olaf Hiddink) 6.32,85\n3. CRO 6.34,02\n\n"
            "Skiff vrouwen\n1. Ana Petrović SRB 7.30,11\n2. Lotte Mulder NED 7.31,90")
    assert medals(text, config) == {
        ("gold", "Italië", "twee-zonder"), ("silver", "Nederland", "twee-zonder"), ("bronze", "Kroatië", "twee-zonder"),
        ("gold", "Ana Petrović", "skiff"), ("silver", "Lotte Mulder", "skiff"),
    }
    assert times(text, config) == {
        (391.4, "Italië", "twee-zonder"), (392.85, "Nederland", "twee-zonder"), (394.02, "Kroatië", "twee-zonder"),
        (450.11, "Ana Petrović", "skiff"), (451.9, "Lotte Mulder", "skiff"),
    }


def test_a_series_named_only_as_what_is_to_come_does_not_take_the_medals_away(config):
    text = ("Het Nederlandse bobteam van piloot Ivo Ommering zorgde gisteren in Cortina voor een verrassing met brons in "
            "de viermansbob. Duitsland won het goud.\n\nOmmering kijkt al vooruit. \"Volgende maand rijden we de "
            "wereldbekerfinale en volgend jaar willen we op het WK weer vooraan staan.\"")
    assert medals(text, config) == {("bronze", "Nederland", "viermansbob"), ("gold", "Duitsland", "viermansbob")}


def test_a_race_on_natural_ice_is_a_marathon(config):
    text = ("Gerrit Wijma heeft gisteren op het Zuidlaardermeer het NK natuurijs gewonnen. Bij de vrouwen ging de titel naar "
            "Jildou Gaastra. Ze kwam solo over de streep in 1.47.36, ruim een minuut voor Bente Dilling.")
    assert ("gold", "Jildou Gaastra", "marathon") in medals(text, config)
    assert (6456, "Jildou Gaastra", "marathon") in times(text, config)


def test_a_marathon_time_in_hours_minutes_seconds(config):
    text = "Abdi Nageeye won zondag de marathon van Rotterdam in 2:05.41. Op de 10.000 meter liep Sifan Hassan 29.06,82."
    assert times(text, config) == {(7541.0, "Abdi Nageeye", "marathon"), (1746.82, "Sifan Hassan", "10000m")}


def test_de_nederlander_is_the_articles_own_athlete(config):
    text = ("Thomas Krol moest in de slotrit aantreden tegen de Amerikaan Tyler McAllister. De lat lag op 1.07,41, "
            "de tijd die de Chinees Gao Zhiyuan eerder had neergezet. De 27-jarige Nederlander kwam na 200 meter door "
            "in 16,19. Hij tikte aan op 1.07,58.")
    found = times(text, config)
    assert (16.19, "Thomas Krol", "") in found
    assert (67.58, "Thomas Krol", "") in found


def test_a_nationality_noun_after_an_age_takes_up_who_was_introduced_so(config):
    text = ("Jenning de Boo won de 500 meter en hield de Amerikaan Ethan Rasmussen achter zich. Shota Ikeda reed 34,47. "
            "Daarna kwam Laurent Dubreuil. De 30-jarige Amerikaan, die eerder elfde werd, klokte 34,41.")
    assert (34.41, "Ethan Rasmussen", "500m") in times(text, config)


def test_the_team_of_a_rider_is_an_organisation_not_a_winner(config):
    text = ("Remco Evenepoel baalde. De renner van Red Bull-Bora-hansgrohe, die in Parijs olympisch goud won op de tijdrit, "
            "had meer verwacht. Wilco Kelderman, knecht van Vingegaard, bleef uit de problemen.")
    ex = extract_text(text, date(2025, 4, 27), config=config)
    labels = {m.text: m.label for m in ex.mentions}
    assert labels["Red Bull-Bora-hansgrohe"] == "ORG"
    assert labels["Vingegaard"] == "PER"  # a teammate's noun names a person
    club = extract_text("De atleet van Lycurgus werd tweede op de 400 meter in 46,88.", date(2026, 2, 17), config=config)
    assert {m.text: m.label for m in club.mentions}.get("Lycurgus") == "ORG"
    assert [t.athlete for t in club.times] != ["Lycurgus"]
    assert {m.athlete for m in ex.medals} == {"Remco Evenepoel"}


def test_a_regional_noun_is_the_articles_own_athlete(config):
    text = ("In 2024 reed ze nog in de B-selectie, gisteravond stond Noor in 't Groen op de hoogste trede van het podium. "
            "De Friezin uit Drachten won in Milaan de 1500 meter in 2.17,390, een tijd waar ze zelf nauwelijks naar keek.")
    assert times(text, config) == {(137.39, "Noor in 't Groen", "1500m")}


def test_an_opening_by_age_or_origin_is_its_sentences_subject_not_a_name_in_a_later_clause(config):
    text = ("Op de 1500 meter van het EK legde Daan Brugman beslag op het brons. De 27-jarige Brabander liep "
            "3.34,62 in een tactische finale die werd gewonnen door de Pool Jakob Wiśniewski in 3.34,10.")
    assert {(214.62, "Daan Brugman", "1500m"), (214.1, "Jakob Wiśniewski", "1500m")} <= times(text, config)


def test_a_foreign_origin_opening_takes_up_whom_the_athlete_lost_to_named_in_a_quote(config):
    text = ("Esmee 't Kindt pakte zondag zilver op de 1500 meter van het EK shorttrack in Tilburg.\n\n"
            "\"Chaotisch. Op de streep kwam ik 0,114 seconde tekort op Chiara Bettoni.\" De Italiaanse won in "
            "2.24,702, 't Kindt klokte 2.24,816.")
    assert {(144.702, "Chiara Bettoni", "1500m"), (144.816, "Esmee 't Kindt", "1500m")} <= times(text, config)
    assert ("gold", "Chiara Bettoni", "1500m") in medals(text, config)
    assert ("gold", "Esmee 't Kindt", "1500m") not in medals(text, config)


def test_a_two_man_sled_is_its_nations_crew(config):
    text = ("In de tweemansbob pakte de Belgische bob met piloot Sarah Ngoyi het brons in 3.52,87. "
            "Goud was er voor de Verenigde Staten in 3.52,23.")
    assert ("bronze", "België", "tweemansbob") in medals(text, config)
    assert (232.87, "België", "tweemansbob") in times(text, config)


def test_a_nation_after_voor_right_before_a_crews_medal_is_the_nation_it_was_won_for(config):
    text = ("Op de Spelen in Cortina denk ik aan Jarne Vanbiervliet en Seppe Cauwenberghs, die voor België brons "
            "pakten in de tweemansbob. Heel Nederland leefde mee.")
    assert ("bronze", "België", "tweemansbob") in medals(text, config)
    assert not any(athlete == "Nederland" for _, athlete, _ in medals(text, config))


def test_an_event_of_a_later_relative_clause_is_not_the_facts(config):
    text = ("Het olympisch debuut van de teamsprint liep uit op een teleurstelling. China werd in 1.18,37 tweede, "
            "met als startman Gao Zhiyuan, die op de openingsdag olympisch kampioen werd op de 1000 meter.")
    assert (78.37, "China", "teamsprint") in times(text, config)
    assert ("silver", "China", "teamsprint") in medals(text, config)


def test_a_title_or_championship_of_an_overall_classification_is_its_event(config):
    text = ("De Spelen beginnen vrijdag. Op de 500 meter is Damian Żurek een kandidaat.\n\nZondag moest Jenning de "
            "Boo nog alles geven om Europees sprintkampioen te worden. Żurek werd tweede op het EK sprint.")
    found = medals(text, config)
    assert ("gold", "Jenning de Boo", "sprint") in found
    assert ("silver", "Damian Żurek", "sprint") in found


def test_a_pronoun_does_not_take_up_a_relative_of_the_other_sex(config):
    text = ("Femke Kuipers groeide op in Grou. Haar vader Hendrik Dijkstra reed in 1997 op de Weissensee, "
            "en zij wilde daar ook rijden.\n\nAls 17-jarige maakte ze in 2012 naam. Op het NK marathon "
            "werd ze verrassend derde.")
    assert medals(text, config) == {("bronze", "Femke Kuipers", "marathon")}


def test_the_final_standings_of_a_sprint_championship_are_the_sprints(config):
    text = ("Liveblog WK sprint | Holtkamp pakt zilver in Thialf\n\n21.12 uur: Dat was het\n\nMorgen begint in "
            "Thialf het WK allround.\n\n20.21 uur: Holtkamp pakt zilver\n\nSanne Holtkamp rijdt op de afsluitende "
            "1000 meter 1.13,35 en dat is genoeg voor zilver in het eindklassement.")
    ex = extract_text(text, date(2026, 3, 6), config=config)
    assert [m.event for m in ex.medals] == ["sprint", "sprint"]  # the heading's silver and the standings


def test_a_team_held_behind_is_the_rival_not_the_holder(config):
    text = ("In de finale van de acht was Groot-Brittannië te sterk. De Britten gingen snel van start en hielden "
            "de Nederlandse ploeg in 5.26,91 bijna een seconde achter zich. Nederland klokte 5.27,86.")
    assert {(seconds, athlete) for seconds, athlete, _ in times(text, config)} == {
        (326.91, "Groot-Brittannië"), (327.86, "Nederland")}


def test_a_listed_organisation_stays_one_whatever_its_first_word(config):
    # "Holland" and "Ineos" are given names in the first-name list; the organisation list wins.
    text = "Groot-Brittannië was te sterk voor de Holland Acht. Ineos Grenadiers won de ploegentijdrit."
    ex = extract_text(text, date(2025, 9, 28), config=config)
    labels = {m.text: m.label for m in ex.mentions}
    assert labels["Holland Acht"] == "ORG" and labels["Ineos Grenadiers"] == "ORG"


def test_an_interview_question_addresses_the_interviewee(config):
    text = ("Twee dagen na haar bronzen medaille zit Amber van Wijnen (26) alweer op Papendal. De medaille ligt in een la. "
            "Anders blijf ik ernaar kijken, zegt ze. Een gesprek over zenuwen en een eindsprint.\n\n"
            "Zondag liep je in de finale van de 800 meter naar brons in 1.59,84. Wanneer wist je dat?\n\n"
            '"Pas op het scherm. Ik had echt geen idee."')
    assert (119.84, "Amber van Wijnen", "800m") in times(text, config)


def test_a_round_up_item_of_a_series_race_gives_no_medals(config):
    text = ("Het sportweekend in het kort: zilver voor Luuk ter Maat in Montreal.\n\n"
            "Shorttrack - Luuk ter Maat heeft zaterdag op het WK shorttrack in Montreal de zilveren medaille veroverd op de 1500 meter.\n\n"
            "Biatlon - In Otepää won de Noorse Ingvild Bratsberg de 7,5 kilometer in 19.42,6. Haar grootste concurrente "
            "in het wereldbekerklassement, de Française Manon Rivière, werd zevende.")
    assert medals(text, config) == {("silver", "Luuk ter Maat", "1500m")}


@pytest.mark.parametrize("separator", [":", " |"])
def test_a_round_up_item_under_its_own_heading_is_about_its_own_race(config, separator):
    # Each item has a heading that names its sport first; an item ends where the next begins.
    text = ("Sport in het kort\n\n"
            "Zwemmen: Ter Avest zwemt Nederlands record\n\n"
            "Tessa ter Avest zwom gisteren op de 100 meter schoolslag naar een Nederlands record. Vorig jaar won ze op het WK brons.\n\n"
            "Judo: Oudewater wint in Portugal\n\n"
            "Noa Oudewater heeft zaterdag de Grand Prix van Portugal gewonnen in de klasse tot 57 kilo. In de finale versloeg "
            "ze de Japanse Mio Takeda.\n\n"
            "Veldrijden: Geel slaat cross over\n\n"
            "Ferre Geel, vorige week nog derde op het WK, slaat de cross van zaterdag over.\n\n"
            "Atletiek: Van Roey snel in Metz\n\n"
            "De Belgische Jente Van Roey liep dinsdagavond op de indoormeeting in Metz 7,89 op de 60 meter horden. Ze won "
            "de race op 0,06 voor de Française Manon Lefèvre.").replace(":", separator)
    # a Grand Prix and a meeting give no medals, and an item does not take an earlier item's event
    assert medals(text, config) == {("bronze", "Tessa ter Avest", "100m"), ("bronze", "Ferre Geel", "")}


def test_a_round_up_item_headed_by_the_marathon_is_about_its_own_race(config):
    text = ("Sport in het kort\n\n"
            "Judo: zilver voor Brugman op EK\n\n"
            "Thom Brugman heeft zaterdag op het EK judo in Tbilisi zilver gewonnen in de klasse boven 100 kilo.\n\n"
            "Marathon: Stegeman vijfde in Wenen\n\n"
            "Rutger Stegeman is gisteren vijfde geworden in de Vienna City Marathon. De zege ging naar de Ethiopiër "
            "Tesfaye Gebremariam in 2:06.48.")
    # a city marathon gives no medals, though the item before it was a championship's
    assert medals(text, config) == {("silver", "Thom Brugman", "+100kg")}


def test_a_part_of_a_combined_event_is_the_event_of_its_own_clause_only(config):
    text = ("Anouk Terpstra won dinsdag op het EK de zevenkamp met 6590 punten. Op de afsluitende 800 meter liep ze "
            "2.09,12, maar de titel was toen al binnen. De Zweedse Elin Berg werd tweede, de Poolse Ola Nowak derde.")
    assert medals(text, config) == {("gold", "Anouk Terpstra", "zevenkamp"), ("silver", "Elin Berg", "zevenkamp"),
                                    ("bronze", "Ola Nowak", "zevenkamp")}
    assert (129.12, "Anouk Terpstra", "800m") in times(text, config)


def test_a_place_held_during_the_race_is_no_placing(config):
    text = ("Marit Bosma won op het EK de 400 meter horden in 54,02. Ze lag na de zevende horde nog op de derde plaats, "
            "maar haalde op het rechte eind beide concurrentes in.")
    assert medals(text, config) == {("gold", "Marit Bosma", "400m horden")}


def test_a_family_name_first_or_a_nationality_before_a_name_makes_a_person_of_a_place(config):
    # The model reads "Gao Zhiyuan" and "Canadees Félix-Antoine Gagné" as places.
    text = ("Op de 1000 meter was de Chinees Gao Zhiyuan de snelste. Bij de mannen ging de titel naar de "
            "Canadees Félix-Antoine Gagné. De Ier Ben Healy werd derde.")
    ex = extract_text(text, date(2026, 2, 15), config=config)
    persons = {m.text for m in ex.mentions if m.label == "PER"}
    assert {"Gao Zhiyuan", "Félix-Antoine Gagné", "Ben Healy"} <= persons


def test_an_event_in_an_aside_about_someone_is_not_the_event_around_it(config):
    text = ("Bij de mannen ging de titel op de 500 meter naar de Canadees Félix-Antoine Gagné. De Zuid-Koreaan "
            "Lee Joon-ho, vorige week al olympisch kampioen op de 1000 meter, werd tweede. Het brons ging naar de "
            "Italiaan Pietro Sighel, die in de finale 40,397 klokte.")
    found = medals(text, config)
    assert ("silver", "Lee Joon-ho", "500m") in found and ("bronze", "Pietro Sighel", "500m") in found
    assert ("gold", "Lee Joon-ho", "1000m") in found  # the aside's own title keeps its event


def test_a_past_title_on_this_distance_in_a_world_cup_report(config):
    text = ("In de wereldbekerfinale in Tomaszów won Femke Kok de 500 meter.\n\nBij de vrouwen was Kok op de 500 meter "
            "opnieuw de beste. Kok, vorige maand in Milaan olympisch kampioene op deze afstand, klokte 37,05.")
    assert medals(text, config) == {("gold", "Femke Kok", "500m")}


def test_a_winner_after_the_verb_with_the_podium_closing_the_sentence(config):
    text = ("Bij de vrouwen werd donderdag om de medailles gestreden in de snowboardcross. Daar won de Tsjechische "
            "Tereza Nováková, voor de Canadese Chloé Bergeron en de Italiaanse Michela Moioli.")
    assert {(medal, athlete) for medal, athlete, _ in medals(text, config)} == {
        ("gold", "Tereza Nováková"), ("silver", "Chloé Bergeron"), ("bronze", "Michela Moioli")}


def test_who_was_ahead_after_the_event_and_time(config):
    text = "Rik Doornbos werd tweede op de 400 meter in 46,88, achter Jayson Koorndijk, die 46,51 liep."
    found = medals(text, config)
    assert ("gold", "Jayson Koorndijk", "400m") in found and ("silver", "Rik Doornbos", "400m") in found


def test_a_nationality_adjective_for_a_person_does_not_make_the_followed_nation(config):
    text = ("Mirthe van Veldhoven hield de Duitse met een halve wiellengte achter zich. Vollrath werd tweede. "
            "Samen met Steffi Lagerwey veroverde ze brons op de teamsprint. In de kwalificatie reed het "
            "trio 46,218. De titel ging naar Groot-Brittannië, dat Duitsland in de finale klopte.")
    assert (46.218, "Nederland", "teamsprint") in times(text, config)


def test_an_event_given_to_its_winner(config):
    text = ("Noorwegen won de teamsprint bij de mannen. Bij de vrouwen ging de teamsprint eerder op de dag naar Zweden. "
            "De Verenigde Staten werden tweede.")
    assert ("gold", "Zweden", "teamsprint") in medals(text, config)


def test_a_results_line_gives_the_time_to_the_name_before_its_country(config):
    text = ("Uitslag 3000 meter vrouwen\n1. Ingvild Nesbakken (Noorwegen) 3:51.88\n"
            "2. Merel ter Haar (Nederland) 3:53.10")
    ex = extract_text(text, date(2026, 2, 15), config=config)
    assert ("Ingvild Nesbakken", "PER") in {(m.text, m.label) for m in ex.mentions}
    assert {(t.seconds, t.athlete) for t in ex.times} == {(231.88, "Ingvild Nesbakken"), (233.1, "Merel ter Haar")}


def test_a_nationality_noun_and_a_korean_name_read_as_a_place_is_the_person(config):
    text = ("In de finale van de 1000 meter moest Desmet alleen de Zuid-Koreaan Park Ji-won voor zich dulden.\n\n"
            "Park finishte in 1.24,817.")
    ex = extract_text(text, date(2026, 2, 15), config=config)
    assert ("Park Ji-won", "PER") in {(m.text, m.label) for m in ex.mentions}
    assert (84.817, "Park Ji-won", "1000m") in {(t.seconds, t.athlete, t.event) for t in ex.times}


def test_who_had_only_one_ahead_was_second(config):
    text = ("In de finale van de 1000 meter moest de 27-jarige Stijn Desmet alleen de Zuid-Koreaan Park Ji-won "
            "voor zich dulden.")
    assert medals(text, config) == {("silver", "Stijn Desmet", "1000m"), ("gold", "Park Ji-won", "1000m")}
    # A subject that is no name here gives the one ahead no silver.
    text = "Op het EK 1500 meter moest de Amsterdamse alleen de Italiaanse Giulia Moretti voor zich dulden."
    assert medals(text, config) == {("gold", "Giulia Moretti", "1500m")}


def test_a_relay_whose_four_runners_are_named_with_its_anchor_is_the_team(config):
    text = ("De Nederlandse mannen waren sterk. Op de 4x400 meter liepen Isaya Klein Ikkink, Jochem Dobber, "
            "Terrence Agard en slotloper Daan van der Sluis naar zilver in 3.05,87.")
    assert times(text, config) == {(185.87, "Nederland", "aflossing")}


def test_a_national_record_tells_the_nation_the_article_follows(config):
    text = ("Ruben ten Cate liep op het WK indoor brons op de 60 meter horden, een Nederlands record. "
            "Op de 4x400 meter liepen Klein Ikkink, Dobber, Agard en Van der Sluis naar zilver in 3.05,87. "
            "Alleen België was sneller: de Belgen wonnen in 3.05,12. Van der Sluis liep in de series ook een Nederlands record.")
    assert ("silver", "Nederland", "aflossing") in medals(text, config)


def test_a_bare_surname_is_the_athlete_not_the_relative_who_shares_it(config):
    text = ('Hylke van der Meer won zilver op het NK allround. "Geweldig", zei zijn vader Durk van der Meer. '
            "Op de 10.000 meter klokte Van der Meer 12.58,68.")
    assert (778.68, "Hylke van der Meer", "10000m") in times(text, config)
    # a family role needs no possessive, in Frisian too ("heit": father)
    for role in ("Vader", "Heit"):
        text = (f'Hylke van der Meer won zilver op het NK allround. {role} Durk van der Meer had een spandoek laten maken. '
                "Op de 10.000 meter klokte Van der Meer 12.58,68.")
        assert (778.68, "Hylke van der Meer", "10000m") in times(text, config), role


def test_a_medal_given_to_a_name_after_a_hyphenated_nationality(config):
    text = ("Op het WK shorttrack won Xandra Velzeboer de 1500 meter. Kristen Santos pakte het zilver, "
            "het brons was voor de Zuid-Koreaanse Seo Min-ji.")
    assert ("bronze", "Seo Min-ji", "1500m") in medals(text, config)


def test_a_medal_hoped_for_in_a_perfect_tense_is_no_medal(config):
    text = ('Merel ter Borg won zilver op het WK shorttrack op de 1500 meter. "Ik had op goud gehoopt, maar '
            'Choi was vandaag slimmer", zei Ter Borg.')
    assert medals(text, config) == {("silver", "Merel ter Borg", "1500m")}


def test_a_place_that_qualifies_for_the_final_is_no_medal(config):
    text = ("Op de Olympische Spelen won Nederland de eerste halve finale van de aflossing in 4.03,215. "
            "Canada wordt tweede en gaat ook door naar de finale.")
    assert medals(text, config) == set()


def test_a_pronoun_in_an_earlier_clause_of_the_sentence_is_the_protagonist(config):
    text = ("Sytske Hoekstra is Europees kampioen allround. Het is de eerste titel voor Hoekstra. Op het EK "
            "allround had niemand op Hoekstra gerekend. "
            "Toch legde ze zaterdag de basis. Op de 500 meter kwam ze tot 38,71. Op de 3000 meter reed ze "
            "daarna een persoonlijk record, waarmee ze als leidster afsloot.\n\n"
            "Zondag won ze ook de 1500 meter, in 1.55,62.")
    assert (115.62, "Sytske Hoekstra", "1500m") in times(text, config)


def test_a_medal_with_its_article_opening_a_clause_goes_to_the_name_after_voor(config):
    text = ("Op de Olympische Spelen is het definitief: goud voor Hana Kitamura, de zilveren plak voor "
            "Veerle de Haan en brons voor Lila Pruitt.")
    assert {(m, a) for m, a, _ in medals(text, config)} == {
        ("gold", "Hana Kitamura"), ("silver", "Veerle de Haan"), ("bronze", "Lila Pruitt")}


def test_the_speakers_own_medal_in_a_quote_and_a_medal_as_a_likeness(config):
    text = ('Lieke Verhaegen heeft op het EK atletiek de zilveren medaille veroverd op de 400 meter horden. '
            'Alleen de Poolse Natalia Wróbel was sneller.\n\nVerhaegen lag lang vierde. "Ik wist het", zei ze bij '
            'de NOS. "Natalia was gewoon te sterk, maar dit zilver voelt als goud."')
    assert medals(text, config) == {("silver", "Lieke Verhaegen", "400m horden"), ("gold", "Natalia Wróbel", "400m horden")}


def test_the_only_one_who_was_someone_too_fast_won(config):
    text = ("Op het WK veldrijden veroverde Evie Hulst zilver bij de beloften. Alleen de Brabantse Lieke van den "
            "Brink was de 21-jarige renster te snel af.")
    assert medals(text, config) == {("silver", "Evie Hulst", ""), ("gold", "Lieke van den Brink", "")}


def test_a_medal_word_as_a_likeness_is_no_medal(config):
    text = 'Sanne Kramer won brons op de 1500 meter van het EK. "Dit brons voelt als goud", zei Kramer.'
    assert medals(text, config) == {("bronze", "Sanne Kramer", "1500m")}


def test_a_win_with_companions_named_after_met_reaches_the_event(config):
    text = ("Op het WK baanwielrennen won Harrie ter Steege de keirin. Vrijdag won hij met Rens Lindeboom en "
            "Jesse de Ruiter al de teamsprint in 41,287. Groot-Brittannië werd tweede.")
    assert ("gold", "Nederland", "teamsprint") in medals(text, config)


def test_a_pronoun_after_a_relatives_or_coachs_quote_is_the_athlete_again(config):
    text = ('Wessel Brink komt uit Nijverdal, waar zijn moeder Gerda Brink (61) een bakkerij heeft. '
            '"Wessel wilde altijd op het ijs", vertelt Gerda. "Hij was nooit binnen te houden." '
            'In 2023 werd hij wereldkampioen bij de junioren op de 5000 meter.')
    assert medals(text, config) == {("gold", "Wessel Brink", "5000m")}
    coached = ('Lotte Veenstra won zaterdag zilver op de 1000 meter. "Ze is sterker dan ooit", zei coach '
               'Henk Abma. "Dat zag je vandaag." Zondag pakte ze ook nog brons op de 1500 meter.')
    assert ("bronze", "Lotte Veenstra", "1500m") in medals(coached, config)
    # (the speaker who competes is still the one the pronoun takes up)
    own = ('Op de 1500 meter reed Sanne Kuipers naar 1.56,20. "Ik had meer verwacht", zei Kuipers. '
           'Ze werd daarmee vierde.')
    assert times(own, config) == {(116.2, "Sanne Kuipers", "1500m")}


def test_who_a_subject_let_ahead_or_held_behind_is_not_the_subject_of_its_time(config):
    let_ahead = ("Op de 1000 meter won Yuna Sato in 1.13,88. Iris Blom moest alleen Sato voor zich dulden "
                 "en kwam tot 1.14,20.")
    assert times(let_ahead, config) == {(73.88, "Yuna Sato", "1000m"), (74.2, "Iris Blom", "1000m")}
    held = "Op de 500 meter hield Femke Kok de Japanse Miho Takagi achter zich en won in 37,20."
    assert times(held, config) == {(37.2, "Femke Kok", "500m")}
    # (a relative clause after the one let ahead is about them)
    relative = ("Op de 200 meter moest hij alleen de Italiaan Marco Lenzi voor laten gaan, die in 2.07,02 won; "
                "Tom de Ruiter hield de Belg Jef Peeters acht seconden achter zich; die werd tweede in 47.20.")
    assert {(athlete, seconds) for seconds, athlete, _ in times(relative, config)} == {
        ("Marco Lenzi", 127.02), ("Jef Peeters", 47.2)}


def test_the_two_a_third_let_ahead_were_first_and_second(config):
    text = ("Op het EK roeien pakte Olivier Brandsma brons in de skiff in 6.51,20. De 23-jarige roeier moest "
            "de Zwitser Nico Baumgartner (6.46,88) en de Ier Cian Donnelly (6.48,75) voor laten gaan.")
    assert medals(text, config) == {("bronze", "Olivier Brandsma", "skiff"), ("gold", "Nico Baumgartner", "skiff"),
                                     ("silver", "Cian Donnelly", "skiff")}
    # (three ahead, or a subject between the verb and the two, give no medals to guess)
    three = "Op het EK roeien werd Olivier Brandsma vierde. Hij moest Nico Baumgartner, Jan Ek en Cian Donnelly voor laten gaan."
    assert not any(m in ("gold", "silver") for m, _, _ in medals(three, config))


def test_a_medal_on_two_events_said_with_their_strokes_is_two_medals(config):
    text = ("Op het NK zwemmen had Isa Schermerhorn al goud veroverd op de 50 meter vlinderslag en de 200 meter "
            "vrije slag.")
    assert medals(text, config) == {("gold", "Isa Schermerhorn", "50m"), ("gold", "Isa Schermerhorn", "200m")}


def test_a_verbless_aside_of_an_earlier_place_is_a_medal_even_in_a_race_without_medals(config):
    text = ("Lander Vermeersch heeft zondag de Ronde van Zwitserland gewonnen. Bart Hooijschuur werd derde. "
            "De Fries, vorig jaar nog derde op het WK tijdrijden in Zürich, reed de beste klimtijdrit uit zijn loopbaan.")
    assert medals(text, config) == {("bronze", "Bart Hooijschuur", "tijdrit")}


def test_who_a_finalist_had_to_acknowledge_as_better_won_the_final(config):
    text = ("Op het WK baanwielrennen won Mirthe van Veldhoven de keirin. Een dag later moest ze in de finale van "
            "de sprint haar meerdere erkennen in de Britse Daisy Thornbury en bleef het bij zilver.")
    assert {("gold", "Daisy Thornbury", "sprint"), ("silver", "Mirthe van Veldhoven", "sprint")} <= medals(text, config)
    text = "In de halve finale moest Van Veldhoven haar meerdere erkennen in de Britse Daisy Thornbury."
    assert medals(text, config) == set()


def test_who_a_winner_beat_in_the_final_has_silver(config):
    text = ("Lotte Vandeputte heeft op het EK judo goud veroverd in de klasse tot 57 kilogram. De judoka uit "
            "Kortrijk won in de finale van de Française Clarisse Morel, met een ippon.")
    assert ("silver", "Clarisse Morel", "-57kg") in medals(text, config)
    # (its day, its time and what the time was may stand between)
    text = ("Op het EK baanwielrennen viel Nederland net buiten de prijzen op de ploegachtervolging. Italië won "
            "gisteravond de finale in 3.45,217, een baanrecord, van Denemarken.")
    assert {("gold", "Italië", "ploegachtervolging"), ("silver", "Denemarken", "ploegachtervolging")} <= medals(text, config)
    text = "Op het EK judo won Lotte Vandeputte in de halve finale van de Française Clarisse Morel."
    assert not any(athlete == "Clarisse Morel" for _, athlete, _ in medals(text, config))


def test_a_medal_shared_net_als_someone_named_after_it(config):
    text = ("Op het EK judo won Lotte Vandeputte goud in de klasse tot 57 kilogram. "
            "Nino Beridze moest tevreden zijn met brons, net als de Poolse Weronika Zielińska.")
    found = medals(text, config)
    assert {("bronze", "Nino Beridze", "-57kg"), ("bronze", "Weronika Zielińska", "-57kg")} <= found


def test_a_fact_without_an_event_does_not_take_one_from_a_sentence_about_an_earlier_year(config):
    text = ("Op het EK judo won Lotte Vandeputte goud in de klasse tot 57 kilogram.\n\n"
            "Vandeputte pakte vorig jaar al brons op het EK, toen nog in de klasse tot 52 kilogram. "
            "In de halve finale versloeg ze Nino Beridze. Beridze moest tevreden zijn met brons.")
    assert ("bronze", "Nino Beridze", "-57kg") in medals(text, config)


def test_only_one_left_ahead_voor_zich_laten_won(config):
    text = ("Op het NK afstanden won Daan Veenstra brons op de 1000 meter. Hij moest alleen Thijs ter Welle en "
            "Jan de Vries voor zich laten.")
    assert {("gold", "Thijs ter Welle", "1000m"), ("silver", "Jan de Vries", "1000m")} <= medals(text, config)


def test_a_fact_is_dated_by_the_month_or_year_its_clause_names(config):
    text = ("Wytske Hoekstra werd in augustus in Birmingham Europees kampioene op de 400 meter horden. "
            "In 2019 won ze op het EK al brons op de 400 meter horden. "
            "Thomas ten Hove won de 800 meter in 1.46,12, sneller dan Maarten Dijkhuis, die in 2013 1.46,38 liep. "
            "Vorig jaar werd Lieke in 't Groen Europees kampioene op de 500 meter, in 37,64.")
    ex = extract_text(text, date(2026, 10, 3), config=config)
    dated = {(m.athlete, m.medal, m.date) for m in ex.medals} | {(t.athlete, t.seconds, t.date) for t in ex.times}
    assert ("Wytske Hoekstra", "gold", "2026-08") in dated
    assert ("Wytske Hoekstra", "bronze", "2019") in dated
    # The year of another clause (", die in 2013 ...") is not the race's.
    assert ("Thomas ten Hove", 106.12, "") in dated
    # A comma that only elaborates keeps the clause's year.
    assert ("Lieke in 't Groen", 37.64, "2025") in dated


def test_an_aside_gives_no_competition_or_date_to_the_facts_around_it(config):
    text = ("Damian Zurek won zondag de wereldbekerfinale in Tomaszów op de 500 meter. "
            "De Zuid-Koreaan Kim Do-yun, vorige maand in Milaan nog olympisch kampioen op de 500 meter, "
            "werd in 34,62 derde.")
    ex = extract_text(text, date(2026, 3, 2), config=config)
    kim = [t for t in ex.times if t.athlete == "Kim Do-yun"]
    assert [(t.seconds, t.date) for t in kim] == [(34.62, "")]
    assert kim[0].competition != "Olympische Spelen"
    # The title in the aside is still the aside's own fact.
    assert any(m.athlete == "Kim Do-yun" and m.competition == "Olympische Spelen" and m.date == "2026-02"
               for m in ex.medals)


def test_a_bunch_race_outside_the_omniums_paragraph_is_a_title_of_its_own(config):
    text = ("Marit van 't Hoff was zaterdag goed voor zilver op de scratch. Ze moest alleen de Italiaanse "
            "Giulia Rinaldi voor zich dulden. De Belgische Lotte Verstraeten werd derde.\n\n"
            "Zondag staat nog het omnium op het programma.\n\n"
            "Op het omnium won Anna Smit de puntenkoers en daarmee de titel.")
    got = medals(text, config)
    assert {("silver", "Marit van 't Hoff", "scratch"), ("gold", "Giulia Rinaldi", "scratch"),
            ("bronze", "Lotte Verstraeten", "scratch")} <= got
    assert not any(event == "puntenkoers" for _, _, event in got)


def test_the_medal_after_a_gapped_verb_of_giving_and_mountain_bike_cross_country(config):
    text = ("Eirik Haugland werd zondag wereldkampioen mountainbike op de cross-country. "
            "Het zilver ging naar de Fransman Lucas Perrin, het brons naar de Italiaan Matteo Valsecchi.")
    assert medals(text, config) >= {("gold", "Eirik Haugland", "cross-country"),
                                    ("silver", "Lucas Perrin", "cross-country"),
                                    ("bronze", "Matteo Valsecchi", "cross-country")}


def test_a_field_events_marks_are_no_times_and_not_enough_for_gold_is_no_gold(config):
    text = ("Bij het polsstokhoogspringen sprong Mirthe ten Hoeve over 4,31 meter. Dat was niet genoeg voor goud. "
            "Sophie Verbeek won met 4,46, Kim Aartsen werd tweede met 4,36. "
            "Op de 3000 meter won Jorrit Bakker in 7.58,42.")
    assert times(text, config) == {(478.42, "Jorrit Bakker", "3000m")}
    got = medals(text, config)
    assert ("gold", "Sophie Verbeek", "polsstokhoogspringen") in got
    assert not any(athlete == "Mirthe ten Hoeve" for _, athlete, _ in got)


def test_a_numbered_results_list_needs_no_heading_to_give_medals(config):
    text = ("Jente van der Wal won zaterdag op het WK junioren de 1500 meter.\n\n"
            "Vrijdag 6 maart\n\n"
            "500 meter jongens\n1. Kim Seo-jun (KOR) 35,84\n2. Gijs van Dorp (NED) 35,97\n3. Aiden Clarke (USA) 36,02\n\n"
            "Haar lessen voor de toekomst:\n1. Rust nemen\n2. Blijven lachen")
    got = medals(text, config)
    assert {("gold", "Kim Seo-jun", "500m"), ("silver", "Gijs van Dorp", "500m"), ("bronze", "Aiden Clarke", "500m")} <= got
    assert not any(athlete in ("Rust", "Blijven") for _, athlete, _ in got)


def test_a_closing_distance_is_a_part_of_the_classification_reported_not_of_one_to_come(config):
    text = ("WK sprint | Park Seo-yeon wereldkampioene in Thialf\n\n"
            "Morgen begint in Thialf het WK allround, met de 500 meter en de 3000 meter.\n\n"
            "Sanne Holtkamp rijdt op de afsluitende 1000 meter 1.13,35 en pakt daarmee zilver.")
    assert ("silver", "Sanne Holtkamp", "sprint") in medals(text, config)


def test_a_numbered_results_list_may_skip_places_to_give_a_compatriots(config):
    text = ("De Belgen eindigden zaterdag op het EK roeien als vijfde in de lichte dubbeltwee.\n\n"
            "Lichte dubbeltwee mannen\n1. Ierland 6.24,17\n2. Zwitserland 6.25,02\n3. Italië 6.26,88\n"
            "5. België (Tibo Verstraete/Arne De Smedt) 6.29,91")
    got = medals(text, config)
    assert {("gold", "Ierland", "dubbeltwee"), ("silver", "Zwitserland", "dubbeltwee"), ("bronze", "Italië", "dubbeltwee")} <= got
    assert not any(athlete == "België" for _, athlete, _ in got)


def test_the_eight_heading_its_class_in_a_rowing_results_list(config):
    text = ("De roeiers sloten het EK roeien zondag af met goud.\n\n"
            "Dubbeltwee vrouwen (zaterdag)\n1. Nederland 6.58,44\n2. Roemenië 7.00,12\n3. Groot-Brittannië 7.01,93\n\n"
            "Acht mannen (zondag)\n1. Duitsland 5.31,20\n2. Roemenië 5.32,66\n3. Italië 5.34,09\n\n"
            "Acht mannen stonden zondag aan de start van de skiff.")
    got = medals(text, config)
    assert {("gold", "Duitsland", "acht"), ("silver", "Roemenië", "acht"), ("bronze", "Italië", "acht"),
            ("gold", "Nederland", "dubbeltwee")} <= got
    assert (331.2, "Duitsland", "acht") in times(text, config)


def test_the_two_ahead_of_a_bronze_and_the_two_a_winner_kept_behind(config):
    text = ("Op het EK zwemmen in Parijs pakte Lotte Tuinstra donderdag het brons op de 200 meter wisselslag in 2.09,44, "
            "achter de Hongaarse Réka Szalai (2.08,61) en de Zwitserse Lea Brunner (2.09,02).")
    assert {("gold", "Réka Szalai", "200m"), ("silver", "Lea Brunner", "200m"), ("bronze", "Lotte Tuinstra", "200m")} <= medals(text, config)
    text = ("Op het EK turnen in Leipzig werd Lieke van 't Hek zondag Europees kampioen op de balk. Ze kreeg 14,133 punten "
            "en bleef daarmee de Italiaanse Giulia Ferraresi (13,900) en de Roemeense Ioana Dragomir (13,766) voor.")
    assert {("gold", "Lieke van 't Hek", "balk"), ("silver", "Giulia Ferraresi", "balk"),
            ("bronze", "Ioana Dragomir", "balk")} <= medals(text, config)


def test_a_nations_cup_is_a_series_without_medals(config):
    text = ("Harrie Lavreysen heeft in de Nations Cup in Hongkong goud gepakt op de keirin. In de finale liet de Brabander "
            "de Japanner Kaiya Ota en de Brit Matthew Richardson achter zich.")
    assert medals(text, config) == set()


def test_a_title_of_another_competition_takes_the_event_its_paragraph_named(config):
    text = ("Zaterdag rijdt Stijn Kolkman de achtervolging van de Nations Cup in Apeldoorn.\n\n"
            "Op het WK junioren geldt Fenne Wolters als kanshebber op de 1500 meter. "
            "Vorig jaar won de Japanse Rina Okabe de wereldtitel in 2.00,87.\n\n"
            "Olympisch kampioen Remco Evenepoel rijdt er niet.")
    got = medals(text, config)
    assert ("gold", "Rina Okabe", "1500m") in got
    # (a title worn before a name tells nothing of the paragraph's race)
    assert ("gold", "Remco Evenepoel", "") in got


def test_an_inline_ranking_is_a_results_list_and_a_shared_place_gives_both_medals(config):
    text = ("JUDO - Femke Olthof heeft vrijdag op het EK judo in Sofia zilver veroverd in de klasse tot 57 kilo.\n"
            "Vrouwen -57 kg: 1. Ana Petrova (Bul), 2. Femke Olthof (Ned), 3. Lena Vogt (Dui) en Chiara Russo (Ita).\n\n"
            "Ze rekent op drie dingen: 1. Rust, 2. Trainen.")
    got = medals(text, config)
    assert {("gold", "Ana Petrova", "-57kg"), ("silver", "Femke Olthof", "-57kg"),
            ("bronze", "Lena Vogt", "-57kg"), ("bronze", "Chiara Russo", "-57kg")} <= got
    assert not any(athlete in ("Rust", "Trainen") for _, athlete, _ in got)


def test_a_roundup_items_facts_take_its_own_competition_not_the_leads(config):
    text = ("Sport in het kort\n\n"
            "KANOSLALOM - Jesse van 't Riet heeft zaterdag op het EK kanoslalom in Tacen de zilveren medaille gewonnen.\n\n"
            "SKEELEREN - Jorn van Essen heeft zondag de marathon van de World Inline Cup in Engelskirchen gewonnen. "
            "Van Essen klokte 58.12,4. De Fransman Théo Marchand werd tweede.\n\n"
            "ATLETIEK - Lotte Hagedoorn heeft vrijdag bij de Diamond League in Doha de 400 meter horden gewonnen. "
            "Hagedoorn liep 53,41, een baanrecord.")
    ex = extract_text(text, date(2026, 5, 18), config=config)
    competition = {t.athlete: t.competition for t in ex.times}
    assert competition == {"Jorn van Essen": "World Inline Cup", "Lotte Hagedoorn": "Diamond League"}
    # A World Cup's placings are no medals.
    assert not any(m.athlete in ("Jorn van Essen", "Théo Marchand") for m in ex.medals)


def test_a_club_named_in_a_lists_brackets_holds_its_relay_in_a_later_line(config):
    text = ("NK atletiek, 100 meter mannen: 1. Daan Wolters (Lycurgus) 10,31; 2. Sem Brouwer (Atletiekvereniging Hellas) 10,38.\n\n"
            "4x100 meter: 1. AV Trias 40,02; 2. Lycurgus 40,21; 3. Atletiekvereniging Hellas 40,57.")
    ex = extract_text(text, date(2026, 6, 28), config=config)
    assert {m.text: m.label for m in ex.mentions if m.text in ("Lycurgus", "Atletiekvereniging Hellas")} == {
        "Lycurgus": "ORG", "Atletiekvereniging Hellas": "ORG"}
    assert {(t.seconds, t.athlete) for t in ex.times if t.event == "aflossing"} == {
        (40.02, "AV Trias"), (40.21, "Lycurgus"), (40.57, "Atletiekvereniging Hellas")}


def test_a_national_championships_relay_is_a_clubs_never_the_nations(config):
    text = ("Op het NK zwemmen in Amersfoort won PSV de 4x100 meter vrije slag in 3.36,50. Zwemclub Sneek werd tweede. "
            "De 4x200 meter wisselslag werd een prooi voor De Vrije Slag, dat in 8.01,12 aantikte.")
    got = medals(text, config)
    assert {("gold", "PSV", "aflossing"), ("silver", "Zwemclub Sneek", "aflossing")} <= got
    assert not any(athlete == "Nederland" for _, athlete, _ in got)
    # ("De Vrije Slag", with its capitalised "De" inside the sentence, is the club's whole name)
    assert (481.12, "De Vrije Slag", "aflossing") in times(text, config)


def test_the_name_right_before_als_and_a_place_holds_it(config):
    text = "Bij de vrouwen won Merel Dijkstra de 1000 meter in 1.14,20, met Ilse Bakker als tweede en Noor de Wit als derde."
    assert medals(text, config) == {("gold", "Merel Dijkstra", "1000m"), ("silver", "Ilse Bakker", "1000m"),
                                    ("bronze", "Noor de Wit", "1000m")}


def test_the_country_a_person_brings_a_medal_is_not_who_won_it(config):
    text = ("Lotte Verbeke bezorgt België brons op de 1500 meter. Iris Bosma heeft Nederland zaterdag zilver bezorgd op de 500 meter. "
            "De achtervolgsters bezorgden Nederland goud op de ploegachtervolging.")
    assert medals(text, config) == {("bronze", "Lotte Verbeke", "1500m"), ("silver", "Iris Bosma", "500m"),
                                    ("gold", "Nederland", "ploegachtervolging")}


def test_a_month_opening_a_quote_is_no_person_to_give_a_medal(config):
    text = ('Merel Vos won brons op de 5000 meter. "Februari 2026. Ik denk er nog niet aan. Maar dit brons geeft rust." '
            'April Ross won goud op het beachvolleybal.')
    ex = extract_text(text, date(2025, 3, 16), config=config)
    assert {m.text for m in ex.mentions if m.label == "PER"} == {"Merel Vos", "April Ross"}
    assert {m.athlete for m in ex.medals} <= {"Merel Vos", "April Ross"}


def test_a_bracketed_time_after_where_a_person_comes_from_is_the_persons(config):
    text = ("Het zilver op de 1000 meter ging naar Cole Brennan uit de Verenigde Staten (1.08,02), het brons naar "
            "Takumi Hayashi uit Japan (1.08,31). Op de ploegachtervolging klokte Canada (3.40,12) de snelste tijd.")
    assert times(text, config) == {(68.02, "Cole Brennan", "1000m"), (68.31, "Takumi Hayashi", "1000m"),
                                   (220.12, "Canada", "ploegachtervolging")}


def test_a_plural_discipline_names_the_event_of_a_live_blog():
    text = ("Vandaag staan de massastarts op het programma.\n\n"
            "14.15 uur - Tremblay wint voor Van Beusekom, de Italiaanse Giulia Sartori pakt het brons.")
    assert [e.event for e in find_events(text)] == ["massastart"]


def test_the_winner_before_voor_and_a_name_closing_its_clause(config):
    text = ("De massastart op de Spelen werd een eindsprint. Chloé Tremblay wint voor Romy van Beusekom, "
            "de Italiaanse Giulia Sartori pakt het brons.")
    found = medals(text, config)
    assert ("gold", "Chloé Tremblay", "massastart") in found
    assert ("silver", "Romy van Beusekom", "massastart") in found


def test_an_interviews_answer_is_the_interviewees_about_the_race_its_question_named(config):
    text = ("Ilse in 't Anker: 'Die aflossing maakte alles goed'\n\n"
            "Shorttrackster Ilse in 't Anker won op het WK goud op de aflossing. Ilse in 't Anker blikt terug.\n\n"
            "U werd vorige week vrijdag tweede op de 1500 meter. Blij of teleurgesteld?\n\n"
            "\"Allebei. Ik reed 2.24,317 en dat is een van de snelste races die ik ooit heb gereden.\"")
    assert times(text, config) == {(144.317, "Ilse in 't Anker", "1500m")}


@pytest.mark.parametrize("text, events", [
    ("Na de 3000 meter van donderdag was ze moe.", ["3000m"]),  # after the race, not a point in it
    ("Na 600 meter lag ze voorop in de 1500 meter.", ["1500m"]),
    ("In Shanghai kwam ik bij de 1000 meter door in 3.38,40.", []),  # a point she passed
])
def test_a_distance_after_na_de_is_a_race_and_one_passed_is_none(text, events):
    assert [e.event for e in find_events(text)] == events


@pytest.mark.parametrize("text, events", [
    ("Bij de 150 meter draait ze in 1.26,30 als eerste.", []),  # a swimmer's turn at the wall
    ("Na 100 meter keerde hij als vijfde.", []),
    ("Bij de 200 meter vrije slag was ze de snelste.", ["200m"]),
])
def test_a_distance_a_swimmer_turns_at_is_a_point_in_the_race(text, events):
    assert [e.event for e in find_events(text)] == events


def test_a_split_at_a_turn_keeps_the_race_of_its_entry(config):
    text = ("20.05 - GOUD! Vinkenoog Europees kampioene op de 200 meter vrije slag\n\n"
            "Wat een race van Sarah Vinkenoog! Bij de 150 meter draait ze in 1.26,30 als eerste. "
            "Ze tikt aan in 1.55,71, een Nederlands record.")
    assert times(text, config) == {(86.3, "Sarah Vinkenoog", "200m"), (115.71, "Sarah Vinkenoog", "200m")}


def test_a_neighbour_named_from_home_holds_its_teams_medal(config):
    text = ("Op de ploegachtervolging pakte Nederland goud. Onze zuiderburen hadden hun historische brons in de "
            "tweemansbob, dankzij Wout Dierickx en Lander Van Acker.")
    found = medals(text, config)
    assert ("bronze", "België", "tweemansbob") in found
    assert ("gold", "Nederland", "ploegachtervolging") in found
    # ... and is not the nation the article follows
    text = ("Hiske Wijnstra, Femke van der Plas en Ilse Kremer pakten goud op de ploegachtervolging. Onze "
            "zuiderburen hadden hun historische brons in de tweemansbob, dankzij Wout Dierickx en Lander Van Acker.")
    assert medals(text, config) == {("gold", "Nederland", "ploegachtervolging"), ("bronze", "België", "tweemansbob")}


def test_a_headline_medal_of_a_person_is_her_race_not_the_relay_the_body_opens_with(config):
    text = ("LIVEBLOG EK zwemmen | Vinkenoog pakt goud met Nederlands record, zilver voor Rijnbeek\n\n"
            "Welkom in ons liveblog van de vierde finaledag van het EK zwemmen in Parijs.\n\n"
            "21.04 - Brons voor de gemengde wisselslagploeg\n\n"
            "De Nederlandse gemengde ploeg op de 4x100 meter wisselslag tikt aan in 3.42,19 en legt beslag op het brons.\n\n"
            "20.31 - Zilver voor Rijnbeek!\n\n"
            "Mats Rijnbeek zwemt naar zilver op de 100 meter schoolslag. Hij tikt aan in 58,94.\n\n"
            "20.05 - GOUD! Vinkenoog Europees kampioene op de 200 meter vrije slag\n\n"
            "Wat een race van Sarah Vinkenoog! Ze tikt aan in 1.55,71, een Nederlands record.")
    found = medals(text, config)
    assert ("gold", "Sarah Vinkenoog", "200m") in found
    assert ("gold", "Nederland", "aflossing") not in found


def test_a_headline_medal_of_a_person_is_the_race_she_is_named_with_below(config):
    text = ("Drie dagen EK atletiek: goud voor Wielinga, brons voor Scheltinga en Van 't Sant grijpt net naast de titel\n\n"
            "De openingsavond bracht meteen een medaille. Marit Scheltinga legde op de 10.000 meter beslag op het brons.\n\n"
            "Sem Wielinga verraste vriend en vijand op de 800 meter. Zijn eindtijd van 1.44,61 was ook een persoonlijk record.")
    found = medals(text, config)
    assert ("gold", "Sem Wielinga", "800m") in found
    assert ("gold", "Sem Wielinga", "10000m") not in found
    # a lead is no headline: its medal keeps the event found for it
    lead = text.replace("Drie dagen EK atletiek: goud voor Wielinga, brons voor Scheltinga en Van 't Sant grijpt net naast de titel",
                        "Op het EK atletiek was er goud voor Wielinga.")
    assert ("gold", "Sem Wielinga", "800m") not in medals(lead, config)


def test_a_headline_medal_the_body_tells_of_the_relay_stays_the_relays(config):
    text = ("Esmee 't Kindt na zilver en goud in Tilburg\n\n"
            "Zondag won Esmee 't Kindt met de Nederlandse aflossingsploeg goud. Zaterdag pakte ze zilver op de 1500 meter.")
    found = medals(text, config)
    assert {("gold", "Nederland", "aflossing"), ("silver", "Esmee 't Kindt", "1500m")} <= found
    assert ("gold", "Esmee 't Kindt", "1500m") not in found


def test_a_race_won_by_someone_before_voor_and_the_runners_up(config):
    text = ("Tom Lammertink eindigde op de 1500 meter van het EK als vierde, in een race die werd gewonnen door "
            "de Noor Eirik Sandvold, voor de Spanjaard Mario Quintana en de Brit Callum Rudd.")
    assert {("gold", "Eirik Sandvold", "1500m"), ("silver", "Mario Quintana", "1500m"),
            ("bronze", "Callum Rudd", "1500m")} <= medals(text, config)


def test_a_pronoun_takes_up_the_nationality_subject_before_not_a_possessor(config):
    text = ("Hidde Ruitenga won zondag de 5000 meter op de Spelen en bleef de Noor Eirik Tveitan voor.\n\n"
            "Na 4400 meter lag de 29-jarige Noor nog voor op het schema van Ruitenga, maar daarna verloor hij "
            "te veel. Hij finishte in 6.09,02 en pakte zilver.")
    found = medals(text, config)
    assert ("silver", "Eirik Tveitan", "5000m") in found
    assert ("silver", "Hidde Ruitenga", "5000m") not in found


@pytest.mark.parametrize("tally", [
    "Voor TeamNL is het de eerste gouden medaille van deze Spelen.",
    "Het is de vierde gouden medaille voor Nederland in Milaan.",
    "Voor Nederland is het de eerste olympische titel op die afstand sinds 2014.",
])
def test_an_ordinal_medal_of_a_team_or_nation_is_a_tally_not_the_last_named_athletes(config, tally):
    text = ("Op de Spelen won Hidde Ruitenga de 5000 meter, voor de Noor Eirik Tveitan en de Italiaan "
            "Matteo Zanetti. " + tally)
    found = medals(text, config)
    assert ("gold", "Hidde Ruitenga", "5000m") in found
    assert not any(medal == "gold" and athlete != "Hidde Ruitenga" for medal, athlete, _ in found)


def test_a_rival_held_behind_after_a_silver_is_no_silver(config):
    text = ("Op de Spelen won Choi Min-seo de 1000 meter in 1:28.406. De Nederlandse Sanne Hofkamp pakte zilver "
            "in 1:28.519, Lien Vercauteren hield in de slotbocht de Canadese Amélie Gagnon achter zich.")
    found = medals(text, config)
    assert ("silver", "Sanne Hofkamp", "1000m") in found
    assert not any(athlete == "Amélie Gagnon" for _, athlete, _ in found)


def test_a_place_that_qualified_is_none_whether_the_verb_comes_before_or_after(config):
    text = ("Op de Spelen reed Lien Vercauteren de 1000 meter. In de halve finale ging ze bijna onderuit, maar "
            "Vercauteren bleef rechtop en plaatste zich als tweede achter Choi Min-seo.")
    assert not any(medal == "silver" for medal, _, _ in medals(text, config))


def test_a_medal_of_someone_introduced_by_a_role_noun(config):
    text = ("Lien Vercauteren won op de Spelen brons op de 1000 meter. Voor België is het de tweede medaille, na "
            "het zilver van skeletonster Nele Goossens op het skeleton.")
    assert ("silver", "Nele Goossens", "skeleton") in medals(text, config)


def test_a_road_cycling_championships_title_is_the_road_races_unless_its_paragraph_tells_a_time_trial(config):
    road = ("Jonas Vanlommel werd zondag op het BK wielrennen in Waregem Belgisch kampioen. Hij klopte Wout "
            "Claeys en Senne De Bruyckere, die respectievelijk zilver en brons pakten.")
    assert {("gold", "Jonas Vanlommel", "wegrit"), ("silver", "Wout Claeys", "wegrit"),
            ("bronze", "Senne De Bruyckere", "wegrit")} <= medals(road, config)
    time_trial = "Wie woensdag naar de tijdrit keek, zag het. Ruben Verschaeve reed op het EK wielrennen naar zilver."
    assert ("silver", "Ruben Verschaeve", "tijdrit") in medals(time_trial, config)


def test_a_time_over_a_long_route_is_read_in_hours(config):
    text = ("Op het BK wielrennen won Jorre Vanlommel. Hij legde de 232 kilometer af in 5:21.47, aan een "
            "gemiddelde van ruim 43 kilometer per uur.")
    assert {seconds for seconds, _, _ in times(text, config)} == {5 * 3600 + 21 * 60 + 47}


def test_a_teams_ordinal_title_is_a_tally(config):
    text = ("Jonas Vanlommel werd op het BK wielrennen Belgisch kampioen. Topfavoriet Arne Vanhoof greep als vierde "
            "naast het podium.\n\nVoor Lotto is het de eerste Belgische titel bij de mannen sinds 2021.")
    assert not any(athlete == "Arne Vanhoof" and medal == "gold" for medal, athlete, _ in medals(text, config))


def test_a_combined_events_part_named_apart_or_after_gives_its_medals_to_the_whole(config):
    text = ("Tienkamper Sven Rouwenhorst sloot het EK af met 8417 punten, goed voor zilver. Op het afsluitende "
            "onderdeel, de 1500 meter, liep hij 4.26,81 en hield hij de Est Karl-Erik Tamm af, die met 8391 punten "
            "het brons pakte. De Duitser Jonas Wehrmann werd Europees kampioen met 8562 punten. Rouwenhorst was "
            "maandag al de snelste op de 400 meter van de tienkamp (47,92), maar daar worden geen medailles voor "
            "uitgedeeld.")
    assert medals(text, config) == {("silver", "Sven Rouwenhorst", "tienkamp"), ("bronze", "Karl-Erik Tamm", "tienkamp"),
                                    ("gold", "Jonas Wehrmann", "tienkamp")}


def test_medals_for_a_team_of_all_sports_are_its_tally(config):
    # (a title too long to be read as a heading)
    text = ("Drie dagen EK atletiek in Birmingham: goud voor Hazekamp, ook zilver en brons voor TeamNL\n\n"
            "Lieke Hazekamp werd gisteravond Europees kampioene op de 1500 meter.")
    found = medals(text, config)
    assert ("gold", "Lieke Hazekamp", "1500m") in found
    assert {medal for medal, _, _ in found} == {"gold"}


def test_a_place_in_a_quote_given_to_a_name_right_before_its_verb_is_kept(config):
    text = ("Isa Wendt werd op het WK shorttrack wereldkampioene met de aflossingsploeg.\n\n"
            '"Dat was het mooiste moment van mijn carrière. We reden naar 4.03,892. Zuid-Korea werd tweede. '
            'Bij de 1500 meter won de Canadese Léonie Martel en de Koreaanse werd tweede, maar het brons was wel voor mij."')
    found = medals(text, config)
    assert ("silver", "Zuid-Korea", "aflossing") in found
    assert ("silver", "Léonie Martel", "1500m") not in found


def test_a_place_in_a_quote_given_to_a_country_opening_its_sentence_is_kept(config):
    text = ("Met de Nederlandse dubbelvier pakte ze zondag zilver op het EK roeien.\n\n"
            '"Duitsland was net te sterk. Polen werd derde. Ik werd vorig jaar ook derde."')
    found = medals(text, config)
    assert ("bronze", "Polen", "dubbelvier") in found
    assert {medal for medal, _, _ in found} == {"silver", "bronze"} and len(found) == 2


def test_a_crews_nation_is_the_articles_not_a_rival_named_in_a_list_or_before_one_athlete(config):
    # "met Canada, China en Zuid-Korea": every nation of the list is an object; "de Canadese
    # Émilie Gagnon" is one athlete's nationality. Neither makes Canada or China the nation the
    # article follows.
    text = ("Een avond om nooit te vergeten voor het Nederlandse shorttrack.\n\n"
            "Jelmer Wierenga, Daan Oosterga, Siem Bosgraaf en Wout Vlietstra winnen de 5000 meter aflossing in 6.47,305. "
            "Canada wordt tweede in 6.47,512, China pakt het brons.\n\n"
            "De titel op de 500 meter gaat naar de Canadese Émilie Gagnon in 41,907.\n\n"
            "Nederland staat in de A-finale met Canada, China en Zuid-Korea.")
    assert ("gold", "Nederland", "aflossing") in medals(text, config)
    assert (407.305, "Nederland", "aflossing") in times(text, config)


def test_a_medal_of_a_championship_of_distances_named_in_its_sentence_keeps_its_distance_in_an_allround_report(config):
    text = ("Femmie Schotanus werd zondag in Heerenveen Europees kampioene allround. Ze won ook de 1500 meter.\n\n"
            '"Twee jaar geleden pakte ik op het WK afstanden in Calgary brons op de 3000 meter, en daarna dacht ik dat '
            'alles vanzelf zou gaan", zegt Schotanus.')
    found = medals(text, config)
    assert ("bronze", "Femmie Schotanus", "3000m") in found
    assert ("gold", "Femmie Schotanus", "allround") in found and ("bronze", "Femmie Schotanus", "allround") not in found


def test_a_nation_after_a_comma_that_ends_a_clause_is_no_object_of_a_list(config):
    text = ("Italië won de finale van de ploegachtervolging in 3.42,307 van Denemarken, Nieuw-Zeeland was in de strijd "
            "om brons te sterk voor Nederland.")
    assert ("bronze", "Nieuw-Zeeland", "ploegachtervolging") in medals(text, config)


def test_a_nations_result_in_a_paragraph_naming_no_event_is_of_the_articles_one_team_event(config):
    # A live blog, newest entry first: the individual distance in the entry above is no clue.
    text = ("Liveblog: brons voor de Noorse achtervolgers in Inzell\n\n"
            "15.40 uur - Schaatsen: Marit Hoekstra wint de 1500 meter in 1.55,31.\n\n"
            "15.12 uur - BRONS voor Noorwegen! De Noren zijn in de kleine finale sneller dan Canada. Het trio "
            "klokt 3.41,27.\n\n"
            "14.30 uur - Welkom bij ons liveblog. Vandaag staan de ploegachtervolging en de 1500 meter op het programma.")
    assert ("bronze", "Noorwegen", "ploegachtervolging") in medals(text, config)
    assert (221.27, "Noorwegen", "ploegachtervolging") in times(text, config)
    assert ("gold", "Marit Hoekstra", "1500m") in medals(text, config)


def test_a_nations_result_keeps_the_individual_event_its_paragraph_names(config):
    text = ("Nederland won zaterdag goud op de ploegachtervolging.\n\n"
            "Op de 1500 meter ging het minder. Noorwegen pakte daar zilver in 1.44,80.")
    assert ("silver", "Noorwegen", "1500m") in medals(text, config)
    assert (104.8, "Noorwegen", "1500m") in times(text, config)


def test_each_dateline_of_a_news_agency_round_up_opens_an_item_of_its_own_competition(config):
    text = ("Sport in het kort\n\n"
            "INZELL (ANP) - Wieke Boersma is zaterdag wereldkampioene op de 3000 meter geworden. Anouk Stam pakte "
            "zondag zilver op de 1500 meter. Bij de mannen won Noorwegen de ploegachtervolging, voor Italië.\n\n"
            "RUHPOLDING (ANP) - De Duitser Felix Brenner heeft zondag de sprint in de wereldbeker biatlon gewonnen. "
            "De Noor Ola Fossum werd tweede.")
    assert medals(text, config) == {
        ("gold", "Wieke Boersma", "3000m"), ("silver", "Anouk Stam", "1500m"),
        ("gold", "Noorwegen", "ploegachtervolging"), ("silver", "Italië", "ploegachtervolging"),
    }


def test_a_triathlons_or_road_races_time_with_a_colon_runs_past_the_hour(config):
    text = ("Mila Verbeek heeft zondag de triathlon van Hamburg gewonnen. Ze finishte in 1:52.41, de Deense Sofie "
            "Lund volgde in 1:53.05.\n\nIn de wegrit bij de junioren werd Tom Hessels tweede in 1:49.30.")
    found = times(text, config)
    assert {(6761.0, "Mila Verbeek", "triathlon"), (6785.0, "Sofie Lund", "triathlon"), (6570.0, "Tom Hessels", "wegrit")} <= found


def test_a_field_event_athletes_noun_names_the_event(config):
    text = ("Op de tweede dag van het EK in Rome kwamen er twee medailles bij. Speerwerpster Lotte Kamphuis gooide "
            "64,10 meter en werd tweede. Eerder won Jelle Wouda brons op de 800 meter.")
    assert ("silver", "Lotte Kamphuis", "speerwerpen") in medals(text, config)


def test_a_place_in_a_one_day_classic_named_in_its_sentence_is_no_medal(config):
    text = ("Op het WK baanwielrennen werd Dirk Nijhuis tweede op de sprint.\n\n"
            "Op de weg werd Sander Mulder zaterdag tweede in de Clásica San Sebastián. Een week eerder werd Joost "
            "Verbeek derde in de Bretagne Classic.")
    found = medals(text, config)
    assert ("silver", "Dirk Nijhuis", "sprint") in found
    assert not any(athlete in ("Sander Mulder", "Joost Verbeek") for _, athlete, _ in found)


def test_a_runner_up_named_after_a_rivals_role(config):
    text = ("Op het WK shorttrack in Montreal werd Daan Hoekstra wereldkampioen op de 1500 meter in 2.14,802, voor "
            "de Zuid-Koreaan Park Min-ho en thuisrijder Liam Gagnon.")
    assert {("silver", "Park Min-ho", "1500m"), ("bronze", "Liam Gagnon", "1500m")} <= medals(text, config)
    text = "Op het EK in Heerenveen won Sanne Bos de 3000 meter, voor titelverdedigster Iris Mulder en Lotte Veen."
    assert {("gold", "Sanne Bos", "3000m"), ("silver", "Iris Mulder", "3000m"),
            ("bronze", "Lotte Veen", "3000m")} <= medals(text, config)


def test_a_demonstrative_subject_takes_up_the_last_person_named(config):
    text = ("Op het WK baanwielrennen klokte Fien Verhaeghe in de achtervolging 3.24,108, maar in de strijd om het "
            "brons moest ze de duimen leggen voor de Italiaanse Sara Lombardi. Die reed 3.23,902, Verhaeghe kwam "
            "niet verder dan 3.25,540.")
    assert {(204.108, "Fien Verhaeghe", "achtervolging"), (203.902, "Sara Lombardi", "achtervolging"),
            (205.54, "Fien Verhaeghe", "achtervolging")} <= times(text, config)


def test_the_rival_a_winner_beat_holds_no_time_of_hers(config):
    text = ("Het zit erop! Anouk Veldman is Europees kampioene sprint. De 25-jarige schaatsster uit Assen wint haar "
            "laatste rit op de 1000 meter van de Duitse Lisa Brenner in 1.13,88. Brenner kwam in die rit tot 1.14,31.")
    assert {(73.88, "Anouk Veldman", "1000m"), (74.31, "Lisa Brenner", "1000m")} <= times(text, config)


def test_an_olympic_distance_medal_in_an_allround_preview_keeps_its_distance(config):
    text = ("Vooruitblik WK allround in Thialf\n\nSindre Holm is de favoriet. De Noor werd in januari Europees kampioen "
            "allround en pakte in Milaan olympisch zilver op de 10.000 meter. Anouk Smit werd vorige maand olympisch "
            "kampioene op de 3000 meter.")
    found = medals(text, config)
    assert {("gold", "Sindre Holm", "allround"), ("silver", "Sindre Holm", "10000m"),
            ("gold", "Anouk Smit", "3000m")} <= found


def test_rows_of_a_medal_table_under_its_title_are_no_places(config):
    text = ("Uitslagen EK zwemmen donderdag\n\n4x100 meter vrije slag gemengd\n1. Italië 3.21,88\n2. Spanje 3.22,50\n"
            "3. Frankrijk 3.23,04\n\nMedailleklassement na donderdag (goud, zilver, brons)\n1. Italië 6, 4, 5\n"
            "2. Groot-Brittannië 5, 6, 3\n3. Nederland 3, 2, 4")
    found = medals(text, config)
    assert ("bronze", "Frankrijk", "aflossing") in found or any(m == "bronze" and a == "Frankrijk" for m, a, _ in found)
    assert not any(athlete in ("Groot-Brittannië", "Nederland") for _, athlete, _ in found)


def test_the_nation_a_tally_counts_for_holds_the_unnamed_teams_medal(config):
    text = ("De mannenploeg heeft woensdag op de Spelen brons gepakt op de 5000 meter aflossing. Wout Claerhout, "
            "Senne Goossens en Robbe De Smedt finishten in 6.53,418 achter Canada en Italië. Het is de eerste "
            "medaille ooit voor België op de aflossing.\n\nCanada won de finale, gastland Italië pakte zilver. "
            "Zuid-Korea werd vierde.")
    assert ("bronze", "België", "aflossing") in medals(text, config)
    assert (413.418, "België", "aflossing") in times(text, config)


def test_the_nation_a_team_beat_in_the_final_is_second_not_the_winning_team(config):
    text = ("De Verenigde Staten zijn op de Spelen olympisch kampioen op de ploegachtervolging. Het Amerikaanse trio "
            "wint de finale in 3.36,77 van Italië.")
    found = medals(text, config)
    assert ("silver", "Italië", "ploegachtervolging") in found
    assert ("silver", "Verenigde Staten", "ploegachtervolging") not in found


def test_who_lost_the_contest_for_bronze_leaves_it_to_the_nation_after_van(config):
    text = ("Op de Spelen reden de ploegen de ploegachtervolging. In de strijd om het brons verliezen Bram Eshuis, "
            "Stijn 't Jong en Olaf Wiggers van Noorwegen. De Noren rijden 3.38,92, het Nederlandse trio 3.39,60.")
    found = medals(text, config)
    assert ("bronze", "Noorwegen", "ploegachtervolging") in found
    assert not any(athlete in ("Nederland", "Bram Eshuis") for _, athlete, _ in found)


@pytest.mark.parametrize("region", ["Achterhoeker", "Tilburger", "Antwerpenaar"])
def test_a_regional_demonym_stands_for_the_athlete_named_before(config, region):
    text = ("Op het EK atletiek pakte Jorn Veldhuis het zilver op de 10.000 meter. \"Ik heb alles geprobeerd\", zei "
            f"Veldhuis. De {region} won in 2022 al brons op de 5000 meter.")
    found = medals(text, config)
    assert ("bronze", "Jorn Veldhuis", "5000m") in found
    assert not any(region in athlete for _, athlete, _ in found)


def test_a_beaten_rival_whose_name_opens_with_an_accented_capital_is_second(config):
    text = ("Op het WK judo in Boedapest won Léonie Garnier goud in de klasse tot 57 kilo. Ze was in de finale "
            "sneller dan de Canadese Émilie Tremblay.")
    assert ("silver", "Émilie Tremblay", "-57kg") in medals(text, config)


@pytest.mark.parametrize("opening", ["En dan Lotte Deprez.", "Dan Lotte Deprez.", "Maar dan Lotte Deprez."])
def test_a_then_opening_a_sentence_makes_no_object_of_the_name_after_it(config, opening):
    text = ("Op de Spelen reed Jarne Decuypere naar brons op de 1000 meter. " + opening
            + " De 31-jarige West-Vlaamse pakte zaterdag zilver in de massastart.")
    found = medals(text, config)
    assert ("silver", "Lotte Deprez", "massastart") in found
    assert ("silver", "Jarne Decuypere", "massastart") not in found


@pytest.mark.parametrize("particle", ["aan", "door"])
def test_a_verb_particle_before_en_governs_no_name_after_it(config, particle):
    text = ("Op het WK baanwielrennen in Santiago reed Jasper Vanhaverbeke de afvalkoers. In de slotronde zette "
            f"onze landgenoot {particle} en Callum Ashworth moest lossen: hij werd tweede. Mikkel Friis werd derde.")
    found = medals(text, config)
    assert ("silver", "Callum Ashworth", "afvalkoers") in found
    assert ("silver", "Jasper Vanhaverbeke", "afvalkoers") not in found


@pytest.mark.parametrize("holding", ["op naam stond van", "stond op naam van"])
def test_a_time_in_the_name_of_someone_is_that_holders(config, holding):
    text = ("Bij de wereldbeker in Heerenveen reed Suzanne Zandstra 36,89 op de 500 meter. Zandstra verbeterde "
            f"het baanrecord, dat sinds 2023 met 37,03 {holding} de Japanse Yuki Nomura.")
    found = times(text, config)
    assert (37.03, "Yuki Nomura", "500m") in found
    assert (36.89, "Suzanne Zandstra", "500m") in found


def test_a_possessive_haar_far_from_any_name_is_the_article_protagonist(config):
    text = ("Liesbeth van Swieten begon als twaalfjarige met roeien in Zwolle. Van Swieten trainde jarenlang in "
            "de skiff. Liesbeth van Swieten werd in 2021 Nederlands kampioen. Het water was die zomer koud. "
            "De ploeg trainde op de Bosbaan. Het seizoen duurde lang. In 2023 volgde in Bled haar eerste "
            "internationale medaille in de skiff: brons op het EK, in 7.31,62.")
    found = medals(text, config)
    assert ("bronze", "Liesbeth van Swieten", "skiff") in found
    assert (451.62, "Liesbeth van Swieten", "skiff") in times(text, config)


def test_an_age_opening_far_from_any_name_is_the_article_protagonist(config):
    text = ("Lieke Ouwerkerk zwemt vandaag haar laatste race van het EK in Parijs. Ouwerkerk is in vorm. "
            "Ouwerkerk won eerder deze week al zilver met de estafetteploeg. Het bad is snel. De finale begint "
            "om zes uur. Wat een race, maar het podium blijft net buiten bereik. De 22-jarige rugslagzwemster "
            "van PSV tikt op de 200 meter rugslag aan in 2.06,48, een Nederlands record.")
    assert (126.48, "Lieke Ouwerkerk", "200m") in times(text, config)


def test_a_passive_sprint_won_by_someone_is_the_sprint_event_not_the_relay(config):
    text = ("Het goud op de aflossing van de Olympische Spelen in Antholz was voor Noorwegen. Duitsland legde beslag "
            "op het brons. De sprint werd gewonnen door de Fransman Baptiste Lhoste in 23:58.1, voor Eirik Sandvold "
            "en de Duitser Lukas Reiterer.")
    found = medals(text, config)
    assert {("gold", "Baptiste Lhoste", "sprint"), ("silver", "Eirik Sandvold", "sprint"),
            ("bronze", "Lukas Reiterer", "sprint")} <= found
    assert (1438.1, "Baptiste Lhoste", "sprint") in times(text, config)


def test_a_time_right_after_the_object_of_tegen_is_not_that_rivals(config):
    text = ("Sanne ter Wijlen is wereldkampioene allround. Ter Wijlen rijdt in de slotrit tegen Ingrid Aasland "
            "6.51,37 en pakt de titel.")
    found = times(text, config)
    assert any(seconds == 411.37 and athlete == "Sanne ter Wijlen" for seconds, athlete, _ in found)
    assert not any(seconds == 411.37 and athlete == "Ingrid Aasland" for seconds, athlete, _ in found)


@pytest.mark.parametrize("opening", ["De Groningse", "De 23-jarige"])
def test_an_opening_by_origin_or_age_takes_up_the_possessor_named_just_before(config, opening):
    text = ("Op het NK afstanden in Heerenveen reed Marte Haugstad eerder op de middag 7.04,11 op de 5000 meter. "
            f"Wat een rit van Roos Kamphuis! {opening} rijdt met 6.58,20 een persoonlijk record.")
    assert (418.2, "Roos Kamphuis", "5000m") in times(text, config)


def test_an_opening_by_age_does_not_take_up_whom_the_sentence_before_beat(config):
    text = ("Merel Stokkermans heeft zondag de Grand Prix van Linz gewonnen in de klasse tot 63 kilo. Stokkermans "
            "was sterk. In de finale won ze met ippon van de Française Clarisse Moreau. De 25-jarige judoka werd "
            "vorig jaar Europees kampioene in dezelfde gewichtsklasse.")
    found = medals(text, config)
    assert not any(athlete == "Clarisse Moreau" and medal == "gold" for medal, athlete, _ in found)


@pytest.mark.parametrize("region", ["Friezin", "Friese", "Oost-Vlaming"])
def test_a_regional_demonym_takes_up_whom_the_sentence_before_credits_with_van(config, region):
    text = ("Op de FBK Games in Hengelo won Noa Verhagen de 1500 meter in 4.02,10. De mooiste prestatie van de middag "
            f"kwam van Iris Plantinga. De 27-jarige {region} liep op de 3000 meter steeple 9.18,40.")
    assert (558.4, "Iris Plantinga", "3000m steeple") in times(text, config)


def test_a_results_list_headed_sprint_is_the_sprint_event(config):
    text = ("Uitslagen NK baanwielrennen Apeldoorn\n\nMannen\n\nSprint: 1. Tijs Moerkerk, 2. Wout van der Spek, "
            "3. Luuk Bakels.\n\nIndividuele achtervolging (4 kilometer): 1. Ruben Zwartjes 4.08,215, 2. Jorn "
            "Hamelink 4.11,870, 3. Ivo Scheerder 4.13,402.")
    found = medals(text, config)
    assert {("gold", "Tijs Moerkerk", "sprint"), ("bronze", "Luuk Bakels", "sprint"),
            ("gold", "Ruben Zwartjes", "achtervolging")} <= found
    assert ("gold", "Tijs Moerkerk", "achtervolging") not in found
    # the heading on a line of its own, with its category and round
    lines = text.replace("Sprint: 1. Tijs Moerkerk, 2. Wout van der Spek, 3. Luuk Bakels.",
                         "Sprint mannen, finale (best of three)\n1. Tijs Moerkerk\n2. Wout van der Spek\n3. Luuk Bakels")
    assert lines != text
    assert ("gold", "Tijs Moerkerk", "sprint") in medals(lines, config)


def test_a_nations_eight_in_a_rowing_article_is_the_boat(config):
    text = ("ROEIEN - Janneke Bosgra heeft zondag op het EK roeien in Varese zilver veroverd in de skiff. Ook de "
            "Nederlandse acht viel in de prijzen: Groot-Brittannië won, Roemenië werd tweede en de Nederlandse "
            "mannen pakten brons.")
    found = medals(text, config)
    assert {("gold", "Groot-Brittannië", "acht"), ("silver", "Roemenië", "acht"), ("bronze", "Nederland", "acht")} <= found
    assert ("silver", "Janneke Bosgra", "skiff") in found


def test_a_medal_given_to_a_person_is_not_the_relay_another_clause_names(config):
    text = ("EK atletiek in Rome: goud voor Veenstra, zilver voor Ten Haaf en de gemengde aflossing\n\n"
            "Op de 1500 meter liep Maaike Veenstra vanaf de bel aan kop. Ze won in 4.02,18.\n\n"
            "Joost ten Haaf klokte op de 400 meter horden 48,30 en werd tweede achter de Noor Eirik Lunde.\n\n"
            "De gemengde 4x400 meter liep naar zilver, achter Italië.")
    found = medals(text, config)
    assert {("gold", "Maaike Veenstra", "1500m"), ("silver", "Joost ten Haaf", "400m horden"),
            ("silver", "Nederland", "aflossing")} <= found
    assert ("gold", "Nederland", "aflossing") not in found


def test_a_medal_exclaimed_alone_is_the_one_the_next_sentence_tells(config):
    text = ("Liveblog EK zwemmen\n\n19.12 - BRONS! De gemengde ploeg pakt brons op de 4x100 meter vrije slag.\n\n"
            "18.03 - ZILVER! Ilse Kramer pakt zilver op de 100 meter schoolslag in 1.06,02.")
    found = medals(text, config)
    assert ("silver", "Ilse Kramer", "100m") in found
    assert ("silver", "Nederland", "aflossing") not in found


def test_a_person_thought_of_is_whom_the_next_sentence_is_about(config):
    text = ("Maar ik denk vooral aan Jorrit van der Stelt. De 23-jarige Zeeuw reed eind december op het NK "
            "1.08,12 op de 1000 meter.")
    assert (68.12, "Jorrit van der Stelt", "1000m") in times(text, config)


def test_a_time_of_someone_after_it_is_theirs_unless_won_from_them(config):
    text = ("Van der Hoek was achttien honderdsten sneller dan de oude beste tijd op een NK: 1.08,02 van Roel "
            "Schuitema uit 2020.")
    assert (68.02, "Roel Schuitema", "") in times(text, config)
    text = "Op de teamsprint won Nederland in 41,207 van Denemarken."
    assert (41.207, "Denemarken", "teamsprint") not in times(text, config)


def test_a_title_won_with_a_sprint_from_a_distance_out_is_the_discipline_named_before(config):
    text = ("Roel Verschuur (29) is titelverdediger op de keirin. In Ballerup werd hij vorig jaar "
            "wereldkampioen na een lange sprint vanaf 300 meter.")
    assert medals(text, config) == {("gold", "Roel Verschuur", "keirin")}


def test_a_name_set_off_by_commas_after_a_title_holds_it(config):
    text = ("Lieke Vreeswijk (24) roeit zondag de finale in de skiff. De laatste Nederlandse "
            "wereldkampioene in de skiff, Marga Steenhuis, won die titel in 1999.")
    assert medals(text, config) == {("gold", "Marga Steenhuis", "skiff")}


def test_a_medal_there_was_for_someone_is_theirs(config):
    text = "Jorn Wassink is wereldkampioen, Sem Verwey pakt het brons en bij de vrouwen is er zilver voor Ilse Venema."
    assert ("silver", "Ilse Venema", "") in medals(text, config)
    assert ("bronze", "Sem Verwey", "") in medals(text, config)


def test_a_name_after_als_with_its_verb_is_the_subject_of_a_clause_of_time(config):
    text = ("Toch overheerst bij Siebe 't Mannetje (27) de trots.\n\n"
            "Het is maandagochtend als 't Mannetje aanschuift in de lobby van het hotel. De medaille zit nog in zijn rugzak.\n\n"
            "Op de 10.000 meter reed de schaatser gisteren 12.54,07, de snelste tijd van het veld.")
    assert times(text, config) == {(774.07, "Siebe 't Mannetje", "10000m")}


def test_a_name_after_als_in_a_relative_clause_is_what_the_subject_was_called(config):
    text = ("Rijpma-de Jong, die tot haar huwelijk als Antoinette de Jong reed, werd tweede in 1.52,40. "
            "Brons was er voor de Japanse Miho Takagi.")
    assert times(text, config) == {(112.4, "Rijpma-de Jong", "")}
