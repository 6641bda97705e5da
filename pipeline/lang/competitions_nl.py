"""Competition families: the names and title words that refer to one kind of competition.

Data only: pipeline.extract.competitions applies it. Within a family, "WK roeien", "het WK",
"WK-goud" and "werd wereldkampioen" all say the same thing about which competition a result
belongs to, so results from different articles compare by family.
"""

from typing import NamedTuple


class CompetitionFamily(NamedTuple):
    #: The family's display name, used when a text only says it by a title word.
    name: str
    #: Names as written (case-sensitive: "Spelen" is the Games, "spelen" is to play), matched as
    #: whole words; a competition entity that starts with one belongs to the family ("WK roeien").
    names: tuple[str, ...]
    #: Title and medal words that imply the competition, matched in any case.
    titles: tuple[str, ...] = ()


#: More specific families first: "Paralympische Spelen" is not "Spelen".
COMPETITION_FAMILIES = (
    CompetitionFamily(
        "Paralympische Spelen",
        ("Paralympische Spelen", "Paralympische Winterspelen", "Paralympische Zomerspelen", "Paralympics"),
        ("paralympisch kampioen", "paralympisch kampioene", "paralympische titel"),
    ),
    CompetitionFamily("Europese Spelen", ("Europese Spelen",)),
    CompetitionFamily("Jeugd Olympische Spelen", ("Jeugd Olympische Spelen", "Olympische Jeugdspelen")),
    CompetitionFamily(
        "Olympische Spelen",
        ("Olympische Winterspelen", "Olympische Zomerspelen", "Olympische Spelen", "Winterspelen",
         # "de Spelen": a sentence may open with the verb "Spelen".
         "Zomerspelen", "de Spelen", "De Spelen", "OS", "Olympics"),
        ("olympisch kampioen", "olympisch kampioene", "olympische titel", "olympisch goud",
         "olympisch zilver", "olympisch brons", "olympisch record", "olympische medaille"),
    ),
    CompetitionFamily(
        "WK",
        ("WK", "Wereldkampioenschap", "Wereldkampioenschappen", "wereldkampioenschap",
         "wereldkampioenschappen"),
        ("wereldkampioen", "wereldkampioene", "wereldtitel", "wereldtitels"),
    ),
    CompetitionFamily(
        "EK",
        ("EK", "Europees kampioenschap", "Europese kampioenschappen"),
        ("Europees kampioen", "Europees kampioene", "Europese titel", "Europese titels"),
    ),
    CompetitionFamily(
        "NK",
        ("NK", "Nederlands kampioenschap", "Nederlandse kampioenschappen"),
        ("Nederlands kampioen", "Nederlands kampioene", "Nederlandse titel", "Nederlandse titels"),
    ),
    CompetitionFamily("World Cup", ("World Cup", "Wereldbeker", "wereldbeker"),
                      ("wereldbekerwedstrijd", "wereldbekerzege")),
)
