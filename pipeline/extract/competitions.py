"""Competitions: where an article names one, and which family ("WK", "Olympische Spelen") it is.

A competition is said in many ways: an entity the NER found ("WK roeien", "Tour de France"),
a bare abbreviation the NER rightly leaves alone ("het WK"), or a title word ("werd
wereldkampioen", "olympisch goud"). Relations use the nearest one to place a fact in its
competition; reconciliation compares competitions by family, so "WK roeien" in one article
and "wereldkampioen" in the next are the same championship. Which competitions award medals
is part of the same vocabulary (`awards_medals`, `names_medal_competition`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..lang.competitions_nl import COMPETITION_FAMILIES, MEETING_NAME_WORDS, MULTI_SPORT_GAMES_OPENERS, NO_MEDAL_COMPETITIONS
from ..records import Mention
from . import scan
from .vocab import alternation


@dataclass(frozen=True, slots=True)
class CompetitionMention:
    start: int
    end: int
    #: The competition as named (an entity's name), or its family's name for a title word.
    name: str
    #: The family's name, or `name` itself for a competition of no family ("Tour de France").
    family: str
    #: True when the text names the competition (an entity), not only a title word.
    named: bool


_FAMILIES = {family.name: family for family in COMPETITION_FAMILIES}


def _either(names: tuple, name_suffix: str, titles: tuple, title_form: str) -> str:
    """The names (each followed by `name_suffix`) or the title words (in `title_form`, a format
    with one slot), whichever the family has (a family may have only title words)."""
    parts = ([r"(?:" + alternation(names) + r")" + name_suffix] if names else []) + (
        [title_form.format(alternation(titles))] if titles else [])
    return "(?:" + "|".join(parts) + ")"


_FAMILY_RES = tuple(
    (family.name, re.compile(r"\b" + _either(family.names, r"\b", family.titles, r"(?i:{})\w*")))
    for family in COMPETITION_FAMILIES
)
#: Whether a text names a family that awards medals (or one that does not): one search for
#: all of them, not one per family (a sentence is asked this for every medal in it).
_MEDAL_FAMILY_RE, _SERIES_FAMILY_RE = (
    re.compile("|".join(pattern.pattern for family, pattern in _FAMILY_RES if bool(_FAMILIES[family].awards_medals) is awards)
               or r"(?!)")  # (no such family: never)
    for awards in (True, False)
)
# A string already known to name a competition may be in any case ("os", "wk roeien").
_NAME_RES = tuple(
    (family.name, re.compile(_either(family.names, r"\b", family.titles, r"(?:{})"), re.I))
    for family in COMPETITION_FAMILIES
)


@lru_cache(maxsize=4096)
def family_of(name: str) -> str:
    """The family a competition name belongs to ('WK roeien' -> 'WK'), else the name itself."""
    for family, pattern in _NAME_RES:
        if pattern.match(name.strip()):
            return family
    return name.strip()


def find_competitions(text: str, mentions: Iterable[Mention]) -> list[CompetitionMention]:
    """Every competition the text names or implies, in text order, without overlaps: an EVENT
    entity wins over the family word inside it, an earlier or longer match over a later one."""
    found = [
        CompetitionMention(m.start, m.end, m.canonical or m.text, family_of(m.canonical or m.text), True)
        for m in mentions if m.label == "EVENT"
    ]
    for family, pattern in _FAMILY_RES:
        found.extend(CompetitionMention(m.start(), m.end(), family, family, False)
                     for m in scan.finditer(pattern, text))
    found.sort(key=lambda c: (c.start, not c.named, -(c.end - c.start)))
    kept: list[CompetitionMention] = []
    for c in found:
        if not any(k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


_MEETING_RE = re.compile(rf"^(?!(?:{alternation(MULTI_SPORT_GAMES_OPENERS)})\b).*\b(?:{alternation(MEETING_NAME_WORDS)})\b")
# A city marathon is a proper name: "NN Marathon Rotterdam", "Amsterdam Marathon" (the Olympic
# or championship race is "de marathon").
CITY_MARATHON_RE = re.compile(r"\b(?!(?:De|Het|Een)\b)[A-Z][\w-]*\s+Marathon\b|\bMarathon\s+(?:van\s+)?[A-Z]")


# A classic by the towns it runs between: "Gent-Wevelgem", "Kuurne-Brussel-Kuurne" (see
# entities_nl.CLASSIC_WON_BEFORE for when such a name is a race at all).
CLASSIC_NAME_RE = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)+")


def awards_medals(name: str) -> bool:
    """Whether a competition's podium places are medals: a family says so itself; a named
    competition of no family does unless it is a stage race, classic, league, city marathon...
    ('' does)."""
    family = _FAMILIES.get(family_of(name))
    if family is not None:
        return family.awards_medals
    return not (name.strip().lower().startswith(NO_MEDAL_COMPETITIONS) or CITY_MARATHON_RE.search(name)
                or _MEETING_RE.search(name) or CLASSIC_NAME_RE.fullmatch(name.strip()))


@lru_cache(maxsize=4096)
def is_championship(name: str) -> bool:
    """Whether a competition is a championship: of a family that awards medals (the Games, a WK,
    EK, NK), held once per edition; not a named race, a series or a meeting."""
    family = _FAMILIES.get(family_of(name))
    return family is not None and bool(family.awards_medals)


def races_clubs(name: str) -> bool:
    """Whether a competition's team results belong to clubs: a national championship's do."""
    family = _FAMILIES.get(family_of(name))
    return family is not None and family.national


def names_medal_competition(text: str) -> bool:
    """`olympisch zilver`, `die in 2003 wereldkampioen werd`, `op het WK`: the text names or
    implies a competition that awards medals."""
    return _MEDAL_FAMILY_RE.search(text) is not None


_MEDAL_NAME_RES = tuple(
    re.compile(r"\b(?:" + alternation(family.names) + r")\b") for family in COMPETITION_FAMILIES if family.names and family.awards_medals
)


def names_medal_competition_by_name(text: str) -> bool:
    """`het NK afstanden`, `op de Spelen`: the text names a competition that awards medals by its
    name (a title word such as `wereldkampioen` may be about another year)."""
    return any(pattern.search(text) for pattern in _MEDAL_NAME_RES)


def names_medal_series(text: str) -> bool:
    """`wereldbekerwedstrijd`, `World Tour`: the text names a series whose races give no medals."""
    return _SERIES_FAMILY_RE.search(text) is not None
