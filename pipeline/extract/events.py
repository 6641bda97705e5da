"""Distances and disciplines: `500 meter` -> 500m, `de kilometer` -> 1000m, `ploegachtervolging`."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, Optional

from ..lang.clauses_nl import CLAUSE_CONJUNCTIONS, COORDINATING_AND
from ..lang.dates_nl import PAST_VERBS
from ..lang.sport_nl import (
    APPARATUS,
    CANOE_CLASSES,
    CATEGORY_PREFIXES,
    COMBINED_EVENTS,
    COMPOUND_DISCIPLINES,
    CREW_BOAT_CLASSES,
    CREW_SAILING_CLASSES,
    DEMONYM_COUNTRY,
    DISCIPLINES,
    DISCIPLINES_ALSO_RACE_MOMENTS,
    DISCIPLINES_OVER_DISTANCE,
    DISCIPLINE_KIND_ADJECTIVES,
    DISCIPLINE_TEAM_SUFFIXES,
    DISTANCE_JOINS,
    DISTANCE_UNITS,
    EIGHT_BOAT_NEXT_WORDS,
    EVENT_ANAPHORS,
    EVENT_QUALIFIERS,
    GYMNASTICS_CUES,
    MAX_EVENT_KM,
    MEDAL_ADJECTIVES,
    MEDAL_NOUNS,
    NAMED_DISTANCES,
    NAMED_DISTANCE_RACES,
    OMNIUM_PARTS,
    OVERALL_CLASSIFICATIONS,
    ORDINALS,
    OVERALL_STANDINGS,
    PAST_PODIUM_ORDINAL_ENDINGS,
    POSITION_AFTER,
    RELAY_DISTANCES,
    ROAD_CHAMPIONSHIP_SPORTS, ROAD_CHAMPIONSHIPS, ROAD_RACE_LEADS,
    ROUTE_BEFORE,
    ROWING_CUES,
    SEGMENT_SPORTS,
    SERIES_PREFIXES,
    SPLIT_CUES,
    SPLIT_CUES_BARE_ONLY,
    SPLIT_HEADINGS,
    SPRINT_CHAMPIONSHIP_DISTANCES,
    SPRINT_EVENT_LEADS,
    SPRINT_PHASE_AFTER,
    TITLE_WORDS,
    WEIGHT_ABOVE,
    WEIGHT_UNITS,
    WEIGHT_UP_TO,
    WIN_VERBS,
)
from ..records import EventMention
from . import scan
from .numbers import NUMBER_WORD, number_word_value
from .vocab import SENTENCE_END_RE, alternation, clause_boundary, paragraph_end

_UNITS = alternation(DISTANCE_UNITS)
# "10.000 meter", "1500m", "5 km": thousands take a dot in Dutch.
_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d{1,5}"
DISTANCE_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER})\s?(?P<unit>{_UNITS})\b"
    rf"(?:\s(?P<qualifier>{'|'.join(EVENT_QUALIFIERS)})\b)?",
    re.I,
)
# "de 5000 en de 10.000 meter": a number that takes its unit from the distance it is joined to.
SHARED_UNIT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:\.\d{{3}})+|\d{{3,5}})\s+(?:{alternation(DISTANCE_JOINS)})\s+(?:de\s+)?"
    rf"(?=(?:{_NUMBER})\s?(?:{_UNITS})\b)",
    re.I,
)
EVENT_ANAPHOR_RE = re.compile(r"\b(?:" + alternation(EVENT_ANAPHORS) + r")\b", re.I)
# "de tien kilometer", "de afsluitende vijfhonderd meter": a distance in a number word, after its article.
WORD_DISTANCE_RE = re.compile(
    rf"\b(?:de|die|deze)\s+(?:(?P<adj>[a-z]+e)\s+)?(?P<word>{NUMBER_WORD})\s+(?P<unit>{alternation(u for u in DISTANCE_UNITS if len(u) > 2)})\b",
    re.I,
)
#: The shortest race a number word names ("de honderd meter"); "de twee meter" is no event.
_MIN_WORD_DISTANCE = 60
NAMED_RE = re.compile(
    r"(?:\b(?:de|het|die|deze)\s+(?:(?P<adj>[a-z]+e)\s+)?|(?<=\n)(?=\w+\s+(?:" + alternation(NAMED_DISTANCE_RACES) + r")\b))"
    r"(?P<name>" + alternation(NAMED_DISTANCES) + r")\b", re.I
)
_DISCIPLINE_FORMS = {form: key for key, forms in DISCIPLINES.items() for form in forms}
# "estafette", glued to its category or series ("herenestafette", "vrouwendubbelvier", "mannenacht",
# "wereldbekersprint") or to its team ("estafettemannen", "estafettekwartet").
DISCIPLINE_RE = re.compile(
    r"\b(?:(?P<prefix>" + alternation([*CATEGORY_PREFIXES, *SERIES_PREFIXES]) + r")-?(?=\w)(?P<glued>"
    + alternation([*_DISCIPLINE_FORMS, *COMPOUND_DISCIPLINES]) + r")|(?P<name>" + alternation(_DISCIPLINE_FORMS) + r")"
    + r"(?:s?(?:" + alternation(DISCIPLINE_TEAM_SUFFIXES) + r"))?)\b",
    re.I,
)


_APPARATUS_FORMS = {form: key for key, forms in APPARATUS.items() for form in forms}
# "op de brug", "aan de rekstok", "het paard voltige": apparatus, read only in a gymnastics article.
APPARATUS_RE = re.compile(r"\b(?:" + alternation(_APPARATUS_FORMS) + r")\b", re.I)
ROWING_RE = re.compile(r"\b(?:" + alternation(ROWING_CUES) + r")\b", re.I)
# The rest of a results list's heading line after its discipline: the category, then a short
# line that no full stop ends ("Acht mannen (zondag)", "Sprint mannen, finale (best of three)").
_CATEGORY_HEADING_REST = r"\s+(?:" + alternation(CATEGORY_PREFIXES) + r")\b[^\n.]{0,40}(?:\n|\Z)"
# "de acht bij de vrouwen", and in a list of results the heading of a class ("Acht mannen (zondag)").
_EIGHT_BOAT_RE = re.compile(
    # ("de Nederlandse acht viel in de prijzen": a nation's boat)
    r"\b[Dd]e\s+(?:(?i:" + alternation(DEMONYM_COUNTRY) + r")\s+)?(?P<boat>acht)"
    r"(?=\s*[,.;:!?]|\s+(?:" + alternation([*EIGHT_BOAT_NEXT_WORDS, *PAST_VERBS]) + r")\b)"
    r"|(?m:^)(?P<heading>Acht)(?=" + _CATEGORY_HEADING_REST + ")"
)
GYMNASTICS_RE = re.compile(r"\b(?:" + alternation(GYMNASTICS_CUES) + r")\b", re.I)
# "tot 63 kilo", "-63 kg", "boven 78 kilogram", "+78kg": a weight class.
WEIGHT_CLASS_RE = re.compile(
    r"(?:\b(?:(?P<upword>" + alternation(w for w in WEIGHT_UP_TO if w.isalpha()) + r")|(?P<overword>"
    + alternation(w for w in WEIGHT_ABOVE if w.isalpha()) + r"))\s+"
    r"|(?<![\w.,])(?:(?P<upsign>" + alternation(w for w in WEIGHT_UP_TO if not w.isalpha()) + r")|(?P<oversign>"
    + alternation(w for w in WEIGHT_ABOVE if not w.isalpha()) + r"))\s?)"
    r"(?P<kg>\d{2,3})\s?(?:" + alternation(WEIGHT_UNITS) + r")\b",
    re.I,
)

#: What every WEIGHT_CLASS_RE match holds: the weight and its unit. Few articles name one, and
#: this opens with a class that Python's re skips to, where WEIGHT_CLASS_RE (its sign may be a
#: hyphen: `finditer` cannot index it) is tried at every character.
_WEIGHT_RE = re.compile(r"\d\s?(?:" + alternation(WEIGHT_UNITS) + r")\b", re.I)


def is_rowing(text: str) -> bool:
    """The article is about rowing, where "de acht" may be the boat of eight."""
    return next(iter(scan.finditer(ROWING_RE, text)), None) is not None


@lru_cache(maxsize=4)
def is_gymnastics(text: str) -> bool:
    """The article is about gymnastics (a sport of apparatus and judges' scores). Both the event
    and the time stage ask it of the same text: it is read once."""
    return next(iter(scan.finditer(GYMNASTICS_RE, text)), None) is not None


def weight_class(match: re.Match) -> str:
    """`-63kg` up to a limit, `+78kg` above it."""
    sign = "+" if match.group("overword") or match.group("oversign") else "-"
    return f"{sign}{int(match.group('kg'))}kg"


def _relay_team_before(text: str, start: int, relay_teams: list[int]) -> bool:
    """Whether a relay's team ("de aflossingsploeg", "het estafettekwartet") comes before `start`
    in its sentence."""
    return any(t < start and "\n" not in text[t:start] and not SENTENCE_END_RE.search(text, t, start) for t in relay_teams)


def discipline_of(match: re.Match) -> str:
    """The normalized event of a DISCIPLINE_RE match."""
    if match.group("glued"):
        word = match.group("glued").lower()
        return _DISCIPLINE_FORMS.get(word) or COMPOUND_DISCIPLINES[word]
    return _DISCIPLINE_FORMS[match.group("name").lower()]


# "1,5 kilometer zwemmen, 40 kilometer fietsen en 10 kilometer lopen": two or more legs of one
# multi-sport race, each a distance with its sport.
_LEG = r"\d+(?:[.,]\d+)?\s?(?:" + _UNITS + r")\s+(?:" + alternation(SEGMENT_SPORTS) + r")\b"
LEGS_RE = re.compile(r"(?<![\w.,])" + _LEG + r"(?:(?:\s*,\s*|\s+en\s+)" + _LEG + r")+", re.I)
# "4x50 meter vrije slag", "4 x 400 meter": a relay.
RELAY_RE = re.compile(r"(?<![\w.,])\d\s?[x×]\s?\d{2,4}\s?(?:meter|m)\b", re.I)
_POSITION_RE = re.compile(r"\s+(?:" + alternation(POSITION_AFTER) + r")\b", re.I)
# "op de sprint", "won donderdag in Santiago de sprint": the sprint event, not a race's final dash.
_SPRINT_RE = re.compile(
    r"\b(?:(?:" + alternation(SPRINT_EVENT_LEADS) + r")\s+(?P<lead>sprint)"
    r"|(?:" + alternation(WIN_VERBS) + r")\b[^,.;:!?]{0,60}?\bde\s+(?P<won>sprint)"
    # ("heeft in Oberhof de sprint gewonnen": the participle after its object, "De sprint werd
    # gewonnen door Lhoste" its passive; "die de sprint won" may be the finish of any race)
    r"|\bde\s+(?P<object>sprint)(?=\s+(?:(?:werd|wordt|is)\s+)?gewonnen\b)"
    # ("Sprint: 1. Tijs Moerkerk, 2. ...", "Sprint mannen, finale (best of three)": a results
    # list's heading, as "Acht vrouwen" is)
    r"|(?:^|(?<=\n))(?P<heading>sprint)(?=\s*:|" + _CATEGORY_HEADING_REST + r"))\b"
    # ("de sprint in 23.48,1": the time it was won in, not a moment inside a race)
    r"(?!\s+(?!in\s+\d)(?:" + alternation(SPRINT_PHASE_AFTER) + r")\b)",
    re.I,
)
#: "in de sprint": the event when a place past the podium stands in its clause (see
#: PAST_PODIUM_ORDINAL_ENDINGS), else a race's final dash.
_PLACED_SPRINT_RE = re.compile(r"\bin\s+de\s+(?P<placed>sprint)\b", re.I)
#: A place past the podium: "31e", "23ste", "vierde", "zestiende".
_PAST_PODIUM_RE = re.compile(
    r"\b(?:(?:[4-9]|[1-9]\d{1,2})(?:e|ste|de)|" + alternation(w for w, n in ORDINALS.items() if n > 3 and w.isalpha())
    + r"|\w+(?:" + alternation(PAST_PODIUM_ORDINAL_ENDINGS) + r"))\b", re.I)
#: At most this many characters between the sprint and its place, within one clause.
_PLACED_SPRINT_REACH = 30
_CLAUSE_END = clause_boundary((*CLAUSE_CONJUNCTIONS, COORDINATING_AND))
#: "reed in de puntenkoers naar het brons", "Europees kampioen in de scratch": a medal or title in
#: its clause makes an omnium's part a race of its own.
_MEDAL_OR_TITLE_RE = re.compile(r"\b(?:" + alternation((*MEDAL_NOUNS, *MEDAL_ADJECTIVES, *TITLE_WORDS)) + r")\b", re.I)
#: ... within this many characters.
_OMNIUM_PART_MEDAL_REACH = 40
_CREW_BEFORE_RE = re.compile(r"\b(?:" + alternation(CREW_BOAT_CLASSES) + r")\s+(?:over\s+)?$")
_CANOE_CLASS_OVER_RE = re.compile(r"\b(?:" + alternation(CANOE_CLASSES) + r")\s+over\s+$")
_STANDINGS_RE = re.compile(r"\b(?:" + alternation(OVERALL_STANDINGS) + r")\b", re.I)
_COMBINED_EVENT_RE = re.compile(r"\b(?:" + alternation(COMBINED_EVENTS) + r")\b", re.I)
_SPLIT_LINE_RE = re.compile(r"^[ \t]*(?:" + alternation(SPLIT_HEADINGS) + r")\b[^\n]*", re.I | re.M)
_SPLIT_RE = re.compile(
    r"\b(?:(?:" + alternation(c for c in SPLIT_CUES if c not in SPLIT_CUES_BARE_ONLY) + r")\s+(?:de\s+|het\s+)?"
    r"|(?:" + alternation(SPLIT_CUES_BARE_ONLY) + r")\s+)$",
    re.I,
)


# "de tweede 500 meter": a sprint championship, whose distances are each raced twice.
_SECOND_SPRINT_DISTANCE = re.compile(r"\btweede\s+(?:" + alternation(map(str, SPRINT_CHAMPIONSHIP_DISTANCES)) + r")\s+meter\b", re.I)
_FIRST_BEFORE = re.compile(r"\beerste\s+$", re.I)


def distance_event(meters: int) -> str:
    return f"{meters}m"


def is_split(text: str, start: int) -> bool:
    """`na 600 meter`, `op de laatste 200 meter`: a point inside a race, not an event."""
    before = text[max(0, start - 25) : start]
    return bool(_SPLIT_RE.search(before)) and not _CANOE_CLASS_OVER_RE.search(before)


# "die in 2023 wereldkampioen werd op de weg": the road race (wegrit), not "op de weg terug".
_ROAD_RACE_RE = re.compile(r"\b(?:" + alternation(ROAD_RACE_LEADS) + r")\b(?:\s+\w+){0,2}?\s+(?P<road>op de weg)\b(?!\s+(?:naar|terug|van)\b)", re.I)
_ROAD_CHAMPIONSHIP_RE = re.compile(r"\b(?:" + alternation(ROAD_CHAMPIONSHIPS) + r")\s+(?P<road>(?i:" + alternation(ROAD_CHAMPIONSHIP_SPORTS) + r"))\b")
_TIME_TRIAL_RE = re.compile(r"\b(?:" + alternation(DISCIPLINES["tijdrit"]) + r")\b", re.I)
# (a second figure may share the unit: "sprongen van 104,5 en 106 meter")
_ROUTE_RE = re.compile(r"\b(?:" + alternation(ROUTE_BEFORE) + r")\s+(?:\d+(?:,\d+)?\s+(?:en|of)\s+)?$", re.I)


def is_route(text: str, start: int) -> bool:
    """`legde de 33 kilometer af`: the length of the course, not the event."""
    return bool(_ROUTE_RE.search(text[max(0, start - 32) : start]))


_ROUTE_REACH = 80


def route_meters(text: str, pos: int) -> Optional[int]:
    """The length of the route covered, in meters, that the clause before `pos` names ("legde de
    232 kilometer af in 5:21.47"), else None: what a time after it was raced over."""
    window_start = max(0, pos - _ROUTE_REACH)
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, window_start, pos)]
    routes = [m for m in DISTANCE_RE.finditer(text, ends[-1] if ends else window_start, pos) if is_route(text, m.start())]
    if not routes:
        return None
    return int(routes[-1].group("num").replace(".", "")) * DISTANCE_UNITS[routes[-1].group("unit").lower()]


def _raced_distance(text: str, start: int, end: int, split_ok: bool = False) -> bool:
    """Whether the distance at [start, end) is a race, not a split (unless `split_ok`), a
    position in a race or a route's length."""
    return (split_ok or not is_split(text, start)) and not is_position(text, end) and not is_route(text, start)


def is_position(text: str, end: int) -> bool:
    """`op 200 meter van de streep`: where in the race something happened, not the event."""
    return bool(_POSITION_RE.match(text, end))


#: "een", "een spannende", "een lange, felle" right before a word.
_INDEFINITE_BEFORE = re.compile(r"\been\s+(?:(?!(?:" + alternation(DISCIPLINE_KIND_ADJECTIVES) + r")\b)[a-z]+e,?\s+){0,2}$", re.I)


def _length_of_discipline(text: str, start: int, end: int, disciplines: list) -> bool:
    """"Scratch, beloften vrouwen (10 kilometer)": a distance in brackets of its own after a
    discipline named on its line is the length that race is ridden over, not an event."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return any(line_start <= m.start() < start for m in disciplines)


# (also inside "wereldkampioen sprint", "wereldsprintkampioene", "wereldallroundkampioen")
_OVERALL_RE = re.compile(rf"(?:\b|(?<=wereld))(?P<name>{alternation(OVERALL_CLASSIFICATIONS)})", re.I)
#: A headline: one line of a few words without a sentence's closing point.
_HEADLINE_RE = re.compile(r"[^\n]{1,120}(?<![.!?:])")


def is_headline(paragraph: str) -> bool:
    """Whether an article's first paragraph is a headline (`_HEADLINE_RE`), not its lead."""
    return bool(_HEADLINE_RE.fullmatch(paragraph))


def lead_of(text: str) -> str:
    """The lead paragraph: the one that says what the article reports, with the headline above
    it when there is one (a headline alone names too little: "Benali verbetert in Rotterdam
    Nederlands record op de marathon" leaves out that the race was the Marathon Rotterdam)."""
    paragraphs = text.strip().split("\n\n", 2)
    if len(paragraphs) > 1 and is_headline(paragraphs[0]):
        return paragraphs[0] + "\n\n" + paragraphs[1]
    return paragraphs[0]


def overall_classification(text: str) -> str:
    """`allround` when the lead reports an all-round championship ("de Europese allroundtitel",
    "EK allround"), where medals are those of the final classification; else ''."""
    return named_classification(lead_of(text))


def named_classification(text: str) -> str:
    """The overall classification `text` names ("Europees sprintkampioen", "op het EK sprint",
    "allroundkampioene"): its event, or ''."""
    m = _OVERALL_RE.search(text)
    return OVERALL_CLASSIFICATIONS[m.group("name").lower()] if m else ""


def _in_clause(pattern: re.Pattern, text: str, start: int, end: int, reach: int) -> bool:
    """Whether `pattern` matches in the clause of [start, end), within `reach` characters."""
    before = text[max(0, start - reach) : start]
    after = text[end : end + reach]
    ends_before = list(_CLAUSE_END.finditer(before))
    before = before[ends_before[-1].end():] if ends_before else before
    end_after = _CLAUSE_END.search(after)
    after = after[: end_after.start()] if end_after else after
    return bool(pattern.search(before) or pattern.search(after))


def find_events(text: str) -> Iterator[EventMention]:
    named = list(_named_events(text))
    yield from named
    # "Van Kempen won die slotafstand in 12.54,08": the event named last before, under the
    # anaphor's own span, so that the facts of its sentence take it as any event they name.
    anaphors = list(scan.finditer(EVENT_ANAPHOR_RE, text))
    if anaphors:
        named.sort(key=lambda e: e.end)
        ends = [e.end for e in named]
        for m in anaphors:
            before = bisect_right(ends, m.start())
            if before:
                yield replace(named[before - 1], start=m.start(), end=m.end(), text=m.group(0))


def _named_events(text: str) -> Iterator[EventMention]:
    relays = [(m.start(), m.end()) for m in scan.finditer(RELAY_RE, text)]
    for start, end in relays:
        yield EventMention(start, end, text[start:end], event="aflossing")
    disciplines = list(scan.finditer(DISCIPLINE_RE, text))
    # "de 3000 meter aflossing": the relay word after a distance, by where it starts.
    over_distance = {m.start(): m for m in disciplines if discipline_of(m) in DISCIPLINES_OVER_DISTANCE}
    relay_teams = [m.start() for m in disciplines if discipline_of(m) == "aflossing"
                   and m.group(0).lower().endswith(DISCIPLINE_TEAM_SUFFIXES) and m.group("name")]
    # A distance inside a relay ("4x400 meter") or a multi-sport race's legs is no event of its own.
    # (and so is one on a line of splits: "Tussentijden Van Dalen: 300 meter 25,61 - 700 meter 54,80")
    claimed = (relays + [(m.start(), m.end()) for m in scan.finditer(LEGS_RE, text)]
               + [(m.start(), m.end()) for m in scan.finditer(_SPLIT_LINE_RE, text)])
    shared = [m for m in scan.finditer(SHARED_UNIT_RE, text) if not any(s <= m.start() < e for s, e in claimed)]
    # "na 500 en 1000 meter": the split cue before the first number covers the second.
    split_after = {m.end() for m in shared if is_split(text, m.start())}
    distance_ends = set()
    two_of_each = bool(_SECOND_SPRINT_DISTANCE.search(text))
    for m in scan.finditer(DISTANCE_RE, text):
        if any(s <= m.start() < e for s, e in claimed) or m.start() in split_after:
            continue
        if _length_of_discipline(text, m.start(), m.end(), disciplines):
            continue
        distance_ends.add(m.end())
        relay = over_distance.get(m.end() + 1) if text[m.end() : m.end() + 1].isspace() else None
        if relay is not None:
            yield EventMention(m.start(), relay.end(), text[m.start() : relay.end()], event=discipline_of(relay))
            continue
        meters = int(m.group("num").replace(".", "")) * DISTANCE_UNITS[m.group("unit").lower()]
        if meters in RELAY_DISTANCES and _relay_team_before(text, m.start(), relay_teams):
            # "De aflossingsploeg met ... veroverde brons op de 5000 meter": the relay's distance
            yield EventMention(m.start(), m.end(), m.group(0), event="aflossing")
            continue
        # (in a sprint championship "de eerste 500 meter" is the first of its two 500s, no split)
        first_of_two = meters in SPRINT_CHAMPIONSHIP_DISTANCES and two_of_each and _FIRST_BEFORE.search(text, max(0, m.start() - 10), m.start())
        if meters and meters <= MAX_EVENT_KM * 1000 and _raced_distance(text, m.start(), m.end(), first_of_two):
            event = distance_event(meters)
            if m.group("qualifier"):
                event = f"{event} {m.group('qualifier').lower()}"
            crew = bool(_CREW_BEFORE_RE.search(text, max(0, m.start() - 11), m.start()))
            yield EventMention(m.start(), m.end(), m.group(0), event=event, meters=meters, crew=crew)
    for m in shared:
        unit = DISTANCE_RE.match(text, m.end())
        if unit is None or m.end() in split_after:
            continue
        meters = int(m.group("num").replace(".", "")) * DISTANCE_UNITS[unit.group("unit").lower()]
        if meters <= MAX_EVENT_KM * 1000:
            yield EventMention(m.start(), m.end("num"), m.group("num"), event=distance_event(meters), meters=meters)
    for m in scan.finditer(WORD_DISTANCE_RE, text):
        if m.group("adj") and m.group("adj").lower() in SPLIT_CUES:
            continue  # "de laatste tien kilometer": a stretch of a race
        meters = number_word_value(m.group("word")) * DISTANCE_UNITS[m.group("unit").lower()]
        if _MIN_WORD_DISTANCE <= meters <= MAX_EVENT_KM * 1000 and _raced_distance(text, m.start(), m.end()):
            yield EventMention(m.start("word"), m.end(), text[m.start("word") : m.end()], event=distance_event(meters), meters=meters)
    for m in scan.finditer(NAMED_RE, text):
        # "de afsluitende kilometer" is the race; "de laatste kilometer" a split of one.
        if m.group("adj") and m.group("adj").lower() in SPLIT_CUES:
            continue
        meters = NAMED_DISTANCES[m.group("name").lower()]
        # "de kilometer" names the 1000 meter; "de 10 kilometer" was caught above.
        distance_ends.add(m.end())  # ("de kilometer tijdrit" is the kilometer, as below)
        yield EventMention(m.start("name"), m.end(), m.group("name"), event=distance_event(meters), meters=meters)
    relay_ends = {end for _, end in relays}
    # A bunch race is a part of the omnium when the omnium was named before it or in its paragraph
    # ("won de puntenkoers en daarmee het omnium"); before the omnium comes up, in a paragraph of
    # its own, it is a title of its own ("zilver op de scratch", the omnium on Sunday).
    omnium_starts = [m.start() for m in disciplines if discipline_of(m) == "omnium"]
    omnium_paragraphs = {text.rfind("\n", 0, start) for start in omnium_starts}
    for m in disciplines:
        # "de 500 meter tijdrit" is the 500 meter: the discipline word only qualifies it; so does
        # "aflossing" after "4x400 meter" ("de 3000 meter aflossing" was taken whole above).
        if any(0 <= m.start() - end <= 1 for end in distance_ends | relay_ends):
            continue
        event = discipline_of(m)
        line_start = text.rfind("\n", 0, m.start())
        if event in OMNIUM_PARTS and omnium_starts and (
                omnium_starts[0] < m.start() or line_start in omnium_paragraphs) and text[line_start + 1 : m.start()].strip() and (
                not _in_clause(_MEDAL_OR_TITLE_RE, text, m.start(), m.end(), _OMNIUM_PART_MEDAL_REACH)):
            # "won de puntenkoers en daarmee het omnium": a part of the omnium (but "Scratch vrouwen
            # (10 kilometer): 1. ...", opening a line of results, is the race of its own, and so is
            # one with a medal: "reed in de puntenkoers naar het brons")
            continue
        if event in DISCIPLINES_ALSO_RACE_MOMENTS and _INDEFINITE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "in een spannende achtervolging": a moment of the race
        yield EventMention(m.start(), m.end(), m.group(0), event=event, crew=event in CREW_SAILING_CLASSES)
    for m in scan.finditer(WEIGHT_CLASS_RE, text) if _WEIGHT_RE.search(text) else ():
        yield EventMention(m.start(), m.end(), m.group(0), event=weight_class(m))
    if is_rowing(text):
        for m in scan.finditer(_EIGHT_BOAT_RE, text):
            boat = "boat" if m.group("boat") else "heading"
            if not any(e.start() <= m.start(boat) < e.end() for e in disciplines):
                yield EventMention(m.start(boat), m.end(boat), m.group(boat), event="acht")
    if is_gymnastics(text):
        for m in scan.finditer(APPARATUS_RE, text):
            yield EventMention(m.start(), m.end(), m.group(0), event=_APPARATUS_FORMS[m.group(0).lower()])
    standings = list(scan.finditer(_STANDINGS_RE, text))
    # "werd Europees kampioene in het eindklassement": the overall classification, the one the
    # lead names ("WK sprint": "zilver in het eindklassement" is the sprint's).
    # ("sloot haar zevenkamp af ... als tweede in het eindklassement": else the combined event its
    # paragraph named last)
    overall = overall_classification(text) if standings else ""
    for m in standings:
        paragraph_start = text.rfind("\n\n", 0, m.start()) + 1
        combined = [c.group(0).lower() for c in _COMBINED_EVENT_RE.finditer(text, paragraph_start, m.start())]
        event = overall or (combined[-1] if combined else OVERALL_STANDINGS[m.group(0).lower()])
        yield EventMention(m.start(), m.end(), m.group(0), event=event)
    for m in scan.finditer(_ROAD_RACE_RE, text):
        yield EventMention(m.start("road"), m.end("road"), m.group("road"), event="wegrit")
    for m in scan.finditer(_ROAD_CHAMPIONSHIP_RE, text):
        # ("reed op het EK wielrennen naar zilver" where its paragraph tells of the time trial:
        # the championship of both)
        if not _TIME_TRIAL_RE.search(text, text.rfind("\n\n", 0, m.start()) + 1, paragraph_end(text, m.end())):
            yield EventMention(m.start("road"), m.end("road"), m.group("road"), event="wegrit")
    sprints = []
    for m in scan.finditer(_SPRINT_RE, text):
        group = next(name for name in ("lead", "won", "object", "heading") if m.group(name))
        if not any(e.start() <= m.start(group) < e.end() for e in DISCIPLINE_RE.finditer(text, max(0, m.start(group) - 12), m.end(group) + 12)):
            sprints.append(m.start(group))
            yield EventMention(m.start(group), m.end(group), m.group(group), event="sprint")
    for m in scan.finditer(_PLACED_SPRINT_RE, text):
        if m.start("placed") not in sprints and _in_clause(_PAST_PODIUM_RE, text, m.start(), m.end(), _PLACED_SPRINT_REACH):
            yield EventMention(m.start("placed"), m.end("placed"), m.group("placed"), event="sprint")
