"""Competitions: found in the text, placed per fact, and compared by family across articles."""

from datetime import date

import pytest

from pipeline.config import RunConfig
from pipeline.extract.competitions import (
    awards_medals,
    family_of,
    find_competitions,
    names_medal_competition,
    names_medal_series,
)
from pipeline.reconcile import reconcile
from pipeline.records import Mention
from pipeline.run import extract_text
from test_reconcile import doc, time


@pytest.mark.parametrize("name, family", [
    ("WK roeien", "WK"),
    ("wk afstanden", "WK"),
    ("Olympische Winterspelen", "Olympische Spelen"),
    ("OS", "Olympische Spelen"),
    ("os", "Olympische Spelen"),
    ("Paralympische Spelen", "Paralympische Spelen"),
    ("Europese Spelen", "Europese Spelen"),
    ("EK allround", "EK"),
    ("Tour de France", "Tour de France"),
    ("WKO-toernooi", "WKO-toernooi"),  # a prefix is a whole word, not the start of one
])
def test_family_of_a_competition_name(name, family):
    assert family_of(name) == family


def test_title_words_and_bare_abbreviations_imply_their_competition():
    text = "Hij werd wereldkampioen, na het EK-zilver van vorig jaar. Spelen is niet hetzelfde als de Spelen."
    found = [(text[c.start:c.end], c.family, c.named) for c in find_competitions(text, [])]
    assert found == [("wereldkampioen", "WK", False), ("EK", "EK", False),
                     ("de Spelen", "Olympische Spelen", False)]


def test_a_title_compounded_with_a_discipline_implies_its_competition():
    text = "In februari werd hij Nederlands indoorkampioen, zij pakte de Europese juniorentitel."
    found = [(text[c.start:c.end], c.family) for c in find_competitions(text, [])]
    assert found == [("Nederlands indoorkampioen", "NK"), ("Europese juniorentitel", "EK")]


def test_an_entity_wins_over_the_family_word_inside_it():
    text = "Op het WK roeien won hij de skiff."
    entity = Mention(7, 16, "WK roeien", label="EVENT")
    (only,) = find_competitions(text, [entity])
    assert (only.name, only.family, only.named) == ("WK roeien", "WK", True)


@pytest.fixture(scope="module")
def config(model_path):
    return RunConfig(model=model_path)


def test_a_fact_takes_the_competition_of_its_own_sentence(config):
    text = (
        "Op de Olympische Spelen van Parijs werd Melvin Twellaar tweede in de skiff. "
        "Zondag werd hij in 6.41,17 wereldkampioen in de skiff. "
        "Twellaar roeide in de halve finale 6.44,02."
    )
    ex = extract_text(text, date(2025, 9, 30), config=RunConfig(model=config.model))
    by_time = {t.text: t.competition for t in ex.times}
    assert by_time["6.41,17"] == "WK"
    # A sentence that names none takes the article's: one Olympic name against one WK title word,
    # the first named wins the tie.
    assert by_time["6.44,02"] == "Olympische Spelen"


def test_results_of_one_family_merge_and_a_heat_is_not_the_final():
    report = doc("report", [("Melvin Twellaar", "PER")], published="2025-09-28", times=[
        time(402.17, "Melvin Twellaar", "skiff", "WK roeien"),  # the final, undated sentence
        time(404.02, "Melvin Twellaar", "skiff", "WK roeien", day="2025-09-26"),  # the semi-final
    ])
    follow_up = doc("follow-up", [("Twellaar", "PER")], published="2025-09-30", times=[
        time(401.17, "Twellaar", "skiff", "WK", day="2025-09-28"),
    ])
    rec = reconcile([report, follow_up])
    disputed = rec.results[rec.results["conflict"]]
    assert len(disputed) == 1
    row = disputed.iloc[0]
    assert row["seconds_values"] == "401.17|402.17"
    assert row["competition"] == "WK roeien" and row["date"] == "2025-09-28"
    semi = rec.results[rec.results["date"] == "2025-09-26"]
    assert list(semi["seconds"]) == [pytest.approx(404.02)]


@pytest.mark.parametrize("name, awards", [
    ("WK afstanden", True), ("Olympische Spelen", True), ("EK", True), ("", True),
    ("World Cup", False), ("wereldbeker", False), ("Tour de France", False), ("Giro d'Italia", False),
])
def test_which_competitions_award_medals(name, awards):
    assert awards_medals(name) is awards


def test_medal_competitions_and_series_named_in_running_text():
    assert names_medal_competition("die in 2003 wereldkampioen werd")
    assert names_medal_competition("veroverde in Sapporo olympisch zilver")
    assert not names_medal_competition("won de derde wereldbekerwedstrijd van het seizoen")
    assert names_medal_series("won de derde wereldbekerwedstrijd van het seizoen")
    assert not names_medal_series("werd wereldkampioen op de 500 meter")


@pytest.mark.parametrize("text", ["de WTCS-wedstrijd in Leeds", "het podium van de wereldserie",
                                  "de World Triathlon Championship Series in Yokohama"])
def test_the_triathlon_series_awards_no_medals(text):
    assert names_medal_series(text) and not names_medal_competition(text)
    assert not awards_medals("WTCS Yokohama")


def test_a_competition_prepared_for_is_not_the_one_reported():
    from pipeline.extract.medals import reports_series
    text = ("Kimberley Bos heeft haar laatste generale repetitie voor de Olympische Winterspelen achter de rug. "
            "De skeletonster werd zaterdag vijfde in de laatste wereldbekerwedstrijd van de winter.")
    assert reports_series(text)
    assert not reports_series("Kimberley Bos won zaterdag op de Olympische Winterspelen. Eerder won ze een wereldbekerwedstrijd.")
    # a championship qualified for: the city marathon run for the ticket is what is reported
    lead = ("Iris Hogenkamp heeft zondag bij de TCS Amsterdam Marathon haar ticket voor het EK van volgend jaar "
            "verdiend. Ze werd vijfde.")
    assert reports_series(lead)
    assert reports_series(f"Hogenkamp loopt EK-limiet in Amsterdam\n\n{lead}")
    assert not reports_series("Hogenkamp wint goud op het EK\n\nIris Hogenkamp werd zondag Europees kampioen op de marathon.")


def test_the_lead_under_a_headline_says_what_is_reported():
    from pipeline.extract.medals import reports_series
    headline = "Bakker verbetert in Rotterdam Nederlands record op de marathon"
    lead = "Tom Bakker heeft gisteren in de Marathon Rotterdam het record verbeterd. Hij werd derde."
    assert reports_series(f"{headline}\n\n{lead}")  # a city marathon, named under the headline only
    # A headline is a sentence of its own: an Olympic word in the lead's first sentence does not
    # make the race the headline names a championship.
    assert reports_series("Ter Welle de sterkste in Omloop Het Nieuwsblad\n\nTerwijl de olympische schaatsers "
                          "uitrusten, won Ter Welle de Omloop.")
    assert not reports_series(f"Bakker wint goud op de marathon\n\nTom Bakker werd gisteren op het EK in Rome "
                              "Europees kampioen op de marathon.")


@pytest.mark.parametrize("name", ["Marathon Rotterdam", "TCS Amsterdam Marathon", "Omloop Het Nieuwsblad",
                                  "Memorial Van Damme", "Ronde van Zwitserland", "Bislett Games", "Golden Gala",
                                  "Meeting de Paris", "Europe Triathlon Cup", "Continental Cup"])
def test_named_races_and_meetings_award_no_medals(name):
    assert not awards_medals(name)


@pytest.mark.parametrize("name", ["Commonwealth Games", "World Games", "Universiade", "Europese Spelen"])
def test_multi_sport_games_award_medals(name):
    assert awards_medals(name) and names_medal_competition(f"won op de {name} zilver")
