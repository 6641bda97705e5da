"""Competition families: the names and title words that refer to one kind of competition.

Data only: pipeline.extract.competitions applies it. Within a family, "WK roeien", "het WK",
"WK-goud" and "werd wereldkampioen" all say the same thing about which competition a result
belongs to, so results from different articles compare by family. The same data says which
competitions award medals: games and championships do; a World Cup race, a stage race, a
classic, a league or a city marathon does not, whatever its report calls a podium place.
"""

from typing import NamedTuple

from .entities_nl import NATIONALITY_ADJECTIVES, inflected
from .sport_nl import TITLE_COMPOUND_HEADS


class CompetitionFamily(NamedTuple):
    #: The family's display name, used when a text only says it by a title word.
    name: str
    #: Names as written (case-sensitive: "Spelen" is the Games, "spelen" is to play), matched as
    #: whole words; a competition entity that starts with one belongs to the family ("WK roeien").
    names: tuple[str, ...]
    #: Title and medal words that imply the competition, matched in any case as word starts
    #: ("wereldtitel" in "wereldtitels", "wereldbeker" in "wereldbekerzege").
    titles: tuple[str, ...] = ()
    #: Whether its podium places are medals (a World Cup podium is not: no medal tally counts it).
    awards_medals: bool = True
    #: Whether it is a national championship, whose relays and team races are between clubs
    #: ("PSV werd tweede"), not nations.
    national: bool = False


#: The nationality adjectives of national titles other than the Dutch and Belgian ones (which have
#: families of their own, NK and BK; "Europees" is the EK's).
FOREIGN_NATIONAL_ADJECTIVES = tuple(
    a for a in NATIONALITY_ADJECTIVES if a not in ("Nederlands", "Belgisch", "Europees")
)

def _compound_titles(adjective: str, inflected_adjective: str) -> tuple[str, ...]:
    """"Nederlands indoorkampioen", "de Nederlandse juniorentitel": a title of the family
    compounded with a discipline or class."""
    return tuple(form for head in TITLE_COMPOUND_HEADS for form in (
        f"{adjective} {head}kampioen", f"{inflected_adjective} {head}kampioen", f"{inflected_adjective} {head}titel"))


#: More specific families first: "Paralympische Spelen" is not "Spelen".
COMPETITION_FAMILIES = (
    CompetitionFamily(
        "Paralympische Spelen",
        ("Paralympische Spelen", "Paralympische Winterspelen", "Paralympische Zomerspelen", "Paralympics"),
        ("paralympisch",),
    ),
    CompetitionFamily("Europese Spelen", ("Europese Spelen",)),
    CompetitionFamily("Universiade", ("Universiade", "World University Games")),
    CompetitionFamily("Commonwealth Games", ("Commonwealth Games",)),
    CompetitionFamily("World Games", ("World Games",)),
    CompetitionFamily("Jeugd Olympische Spelen", ("Jeugd Olympische Spelen", "Olympische Jeugdspelen")),
    CompetitionFamily(
        "Olympische Spelen",
        ("Olympische Winterspelen", "Olympische Zomerspelen", "Olympische Spelen", "Winterspelen",
         # "de Spelen": a sentence may open with the verb "Spelen".
         "Zomerspelen", "de Spelen", "De Spelen", "OS", "Olympics"),
        # "olympisch" covers "olympisch kampioen(e)", "olympisch goud", "olympische titel"...
        ("olympisch", "olympische"),
    ),
    CompetitionFamily(
        "WK",
        ("WK", "Wereldkampioenschap", "Wereldkampioenschappen", "wereldkampioenschap",
         "wereldkampioenschappen"),
        ("wereldkampioen", "wereldtitel"),
    ),
    CompetitionFamily(
        "EK",
        ("EK", "Europees kampioenschap", "Europese kampioenschappen"),
        ("Europees kampioen", "Europese titel", *_compound_titles("Europees", "Europese")),
    ),
    CompetitionFamily(
        "NK",
        ("NK", "Nederlands kampioenschap", "Nederlandse kampioenschappen"),
        # "de nieuwe Nederlandse kampioen": the adjective inflected after an article
        ("Nederlands kampioen", "Nederlandse kampioen", "Nederlandse titel", *_compound_titles("Nederlands", "Nederlandse")),
        national=True,
    ),
    CompetitionFamily(
        "BK",
        ("BK", "Belgisch kampioenschap", "Belgische kampioenschappen"),
        ("Belgisch kampioen", "Belgische kampioen", "Belgische titel", *_compound_titles("Belgisch", "Belgische")),
        national=True,
    ),
    # The national championships of other countries, one family: "Duits kampioen", "de Franse titel".
    CompetitionFamily(
        "nationaal kampioenschap",
        (),
        tuple(f"{adjective} kampioen" for adjective in FOREIGN_NATIONAL_ADJECTIVES)
        + tuple(f"{inflected(adjective)} titel" for adjective in FOREIGN_NATIONAL_ADJECTIVES),
        national=True,
    ),
    # (track cycling's World Cup is now called the Nations Cup)
    CompetitionFamily("World Cup", ("World Cup", "Worldcup", "Wereldbeker", "World Inline Cup", "Nations Cup"), ("wereldbeker",),
                      awards_medals=False),
    CompetitionFamily("World Tour", ("World Tour",), awards_medals=False),
    # Triathlon's season series: "de WTCS-wedstrijd in Leeds", "het podium van de wereldserie".
    CompetitionFamily("Wereldserie", ("WTCS", "World Triathlon Championship Series", "World Triathlon Series",
                                      "Wereldserie"), ("wereldserie",), awards_medals=False),
    # An invitational meeting: "op de indoormeeting in Metz", "de atletiekmeeting van Hengelo".
    CompetitionFamily("meeting", ("meeting", "indoormeeting", "atletiekmeeting", "zwemmeeting", "baanmeeting"),
                      awards_medals=False),
)

#: Named competitions of no family whose rankings give no medals (lower case, matched as the
#: start of a competition's name and as words in a lead): stage races, one-day classics,
#: leagues, city marathons, a Grand Prix.
NO_MEDAL_COMPETITIONS = (
    "tour de france", "giro", "vuelta", "ronde van", "parijs-roubaix", "amstel gold race",
    "milaan-sanremo", "luik-bastenaken-luik", "eredivisie", "champions league", "europa league",
    "diamond league", "marathon van", "rotterdam marathon", "dam tot damloop", "zevenheuvelenloop", "omloop", "memorial",
    "grand prix", "formule 1", "clásica", "clasica",
)
#: Endings of a proper name of a tour or a road run, which gives no medals either: "de Alternatieve
#: Elfstedentocht", "de Zevenheuvelenloop", "de Singelloop".
NO_MEDAL_NAME_ENDINGS = ("tocht", "loop")

#: The last word of a one-day meeting's or race's name ("FBK Games", "Bislett Games", "Golden
#: Gala", "Meeting de Paris", "E3 Saxo Classic"), or of a season's cup ("Europe Triathlon Cup",
#: "Continental Cup"; the World Cup is a family): its places are no medals, unless a region's
#: multi-sport games open the name (MULTI_SPORT_GAMES_OPENERS: "Commonwealth Games", "Europese
#: Spelen" is a family anyway).
MEETING_NAME_WORDS = ("Games", "Gala", "Meeting", "Classic", "Cup")
MULTI_SPORT_GAMES_OPENERS = ("Commonwealth", "European", "Europese", "Asian", "Aziatische", "Pan", "Pan-Amerikaanse",
                             "African", "Afrikaanse", "World", "Mediterranean", "Mediterrane", "Island", "Arctic",
                             "Invictus", "Youth", "University", "Olympic")

#: Championships that crown single distances only, no all-round or sprint classification: in an
#: EK allround preview, "pakte in Milaan olympisch brons op de 500 meter" is a 500 m medal.
DISTANCE_ONLY_FAMILIES = ("Olympische Spelen",)
#: ... and so do championships of these kinds, whatever their family: "pakte ik op het WK
#: afstanden in Calgary brons op de 3000 meter" is a 3000 m medal in an allround interview.
DISTANCE_ONLY_KINDS = ("afstanden",)

#: Phrases that put a championship inside the race an article reports ("Het NK marathon maakte
#: deel uit van de wedstrijd", "want het NK werd binnen de wedstrijd verlopen", "De wedstrijd
#: gold ook als NK"): from that sentence on, a city marathon's places are the championship's medals.
EMBEDDED_CHAMPIONSHIP_PHRASES = ("deel uit van", "binnen de wedstrijd", "binnen de race", "gold als", "gold ook als",
                                 "geldt als", "geldt ook als", "telde als", "telde ook als", "telde mee als",
                                 "gold tevens als", "tegelijk verreden", "tegelijk gelopen")

#: Words that make the competition after them the one prepared or qualified for, not the one
#: reported: "haar laatste generale repetitie voor de Olympische Winterspelen" reports a World Cup
#: race, "haar ticket voor het EK verdiend" a city marathon.
PREPARATION_NOUNS = ("repetitie", "voorbereiding", "aanloop", "opmaat", "generale", "test", "tune-up",
                     "ticket", "startbewijs", "limiet", "kwalificatie", "plaatsing")
