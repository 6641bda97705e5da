"""Medals and podium places, in their many Dutch phrasings.

Finds the phrases that say a medal was won: medal nouns (`goud`, `olympisch zilver`),
medal objects (`zilveren plak`, `bronzen medaille`), titles (`olympisch kampioene`,
`wereldtitel`), placings (`werd tweede`, `eindigde als derde`), winning verbs with
an event (`won de 500 meter`) and one-twos (`een 1-2'tje`). A phrase in a clause
that says the medal was missed or only hoped for (`greep naast het brons`,
`leek het goud te gaan pakken`) is dropped. Who won it is decided by the relation
stage; each cue says how its athlete is bound (`binding`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from ..lang.sport_nl import (
    AIM_BEFORE,
    AIM_QUESTION_WORDS,
    BEAT_ADJECTIVES,
    CONTEST_NOUNS,
    FOLLOWED_VERBS,
    ONLY_AHEAD_AFTER,
    ONLY_AHEAD_VERBS,
    ONLY_AHEAD_COMPARATIVES,
    ONLY_AHEAD_PHRASES,
    BECOME_VERBS,
    BEATEN_AFTER,
    BEHIND_ONESELF_PHRASES,
    BEHIND_ONESELF_VERBS,
    MEDAL_TABLE_WORDS,
    FINISH_VERBS,
    BEATEN_BEFORE,
    DEMOTE_VERBS,
    FINAL_WORDS,
    BEST_OF_ALL,
    BEST_ON,
    HEAT_WORDS,
    LIKENESS_BEFORE,
    NO_MEDAL_NOUNS,
    NO_MEDALS_FOR_THAT,
    QUALIFYING_PHRASES,
    LOST_CONTESTS,
    LOST_VERBS,
    OUTDONE_BY_PHRASES,
    MEDAL_ADJECTIVES,
    MEDAL_NOUNS,
    MEDAL_RANKS,
    MEDAL_OBJECTS,
    MARGIN_UNITS,
    MISSED_AFTER,
    MISSED_CUES,
    NOT_AIM_BEFORE,
    ONE_TWO,
    ORDINALS,
    PLACING_LEADS,
    PLACING_NOUNS,
    RACE_POSITION_VERBS,
    PLACING_VERBS_AFTER,
    PODIUM_ADVERBS,
    PODIUM_LAST_TWO,
    PODIUM_THIRD,
    PODIUM_TOP,
    PREY_NOUNS,
    RANK_MEDALS,
    RESULTS_HEADINGS,
    RIVAL_ROLES,
    RIVAL_WORDS,
    SETTLED_FOR,
    TALLY_PLURALS,
    TALLY_WORDS,
    TITLE_COMPOUND_HEADS,
    WIN_NOUNS,
    WIN_OBJECTS,
    WIN_VERBS,
    FRONTED_EVENT_LEADS,
    FRONTED_HEAT_LEADS,
    WIN_SCORE_UNITS,
)
from ..lang.clauses_nl import CLAUSE_CONJUNCTIONS, COORDINATING_AND, OBJECT_DETERMINERS, PASSIVE_AUXILIARIES, THAN, THIRD_PERSON_SUBJECTS
from ..lang.competitions_nl import FOREIGN_NATIONAL_ADJECTIVES, NO_MEDAL_COMPETITIONS, NO_MEDAL_NAME_ENDINGS, PREPARATION_NOUNS
from ..lang.entities_nl import DEMONYM_NOUNS, inflected
from ..lang.names import NAME_INITIALS
from ..lang.places import country_names
from ..records import Medal
from .competitions import CITY_MARATHON_RE, names_medal_competition, names_medal_competition_by_name, names_medal_series
from . import scan
from .events import lead_of
from .times import find_times
from .vocab import SENTENCE_END_RE, alternation, clause_boundary, phrase_alternation

# How a cue finds its athlete (see pipeline.relations):
BIND_NEXT_NAME = "next_name"  # "de gouden Leerdam", "olympisch kampioene Leerdam"
BIND_CLAUSE = "clause"  # the subject of the clause: "Kok pakte het goud"
BIND_FIRST = "first"  # a one-two: first of two names has gold
BIND_SECOND = "second"  # ... the second silver
BIND_LIST = "list"  # a results list: "2. T. Huske (VS) 52,29", the name right after the rank


_EXCLAIMED_RE = re.compile(r"\s*!+\s*")
_LINE_OPENING_RE = re.compile(r"[^\w\n]*(?:[\d.:]+\s*(?:uur\s*)?[-|–]\s*)?")  # (a live blog's time: "19.12 - ")


@dataclass(frozen=True, slots=True)
class MedalCue:
    medal: Medal
    binding: str
    placing: bool = False  # a rank or a win, not a medal word: only a medal where medals are given


_alt = alternation


_QUALIFIER = r"(?:(?:olympisch|olympische|wereld|europees|europese|nederlands|nederlandse|wk-|ek-|ok-)\s?)?"
NOUN_RE = re.compile(rf"\b{_QUALIFIER}(?P<noun>{_alt(MEDAL_NOUNS)})\b(?!\s*waard)", re.I)
OBJECT_RE = re.compile(
    rf"\b(?P<adj>{_alt(MEDAL_ADJECTIVES)})(?P<gap>(?:\s+en\s+(?:een\s+)?(?:{_alt(MEDAL_ADJECTIVES)}))?)\s+(?:{_alt(MEDAL_OBJECTS)})\b",
    re.I,
)
# "een race die werd gewonnen door de Deen Mathias Holm": the name after "door" won (the cue ends
# where the name starts).
PASSIVE_WIN_RE = re.compile(
    rf"\b(?:{_alt(PASSIVE_AUXILIARIES)})\s+gewonnen\s+(?P<door>door(?:\s+de\s+[A-Z][a-zà-ÿ]+(?=\s+[A-Z]))?)\s+(?=[A-Z])"
)
MEDAL_OF_WORD = {**MEDAL_NOUNS, **MEDAL_ADJECTIVES}  # "brons" and "bronzen" -> "bronze"
# "naast het brons, dat naar de Amerikaanse Chloé Dygert ging": a medal given in a relative clause
# (the cue ends where the name starts, so the name is bound as a results list's is).
GIVEN_RELATIVE_RE = re.compile(
    rf"\b(?:{_alt(MEDAL_NOUNS)}|(?P<adj>{_alt(MEDAL_ADJECTIVES)})\s+(?:{_alt(MEDAL_OBJECTS)})),\s+"
    r"(?P<given>(?:dat|die)\s+(?:naar|aan)(?:\s+de\s+[A-Z][a-zà-ÿ]+(?=\s+[A-Z]))?)\s+(?=[A-Z])",
    re.I,
)
# "de gouden Leerdam": a medal adjective bound straight to a capitalised name.
ADJECTIVE_NAME_RE = re.compile(rf"\b(?P<adj>{_alt(MEDAL_ADJECTIVES)})(?=\s+[A-Z][a-zà-ÿ])")
TITLE_RE = re.compile(
    r"\b(?P<title>(?:olympisch|olympische|europees|europese|nederlands|nederlandse|wereld)\s?kampioene?"
    r"|wereldkampioene?|(?:olympische|europese|nederlandse|nationale|wereld)\s?titel|(?<=\bde\s)titel|(?<=\bhaar\s)titel"
    rf"|(?:(?:europese|nederlandse|olympische|belgische)\s)?(?:{_alt(TITLE_COMPOUND_HEADS)})titel"
    rf"|(?:(?:europees|nederlands|belgisch|wereld)\s?)?(?:{_alt(TITLE_COMPOUND_HEADS)})kampioene?"
    r"|(?<=\bzijn\s)titel|(?<=\bzo\sgedroomde\s)titel"
    # "Belgisch kampioen tijdrijden", "de Duitse titel"
    rf"|(?:belgische?|{_alt(FOREIGN_NATIONAL_ADJECTIVES)})\s+kampioene?"
    rf"|(?:belgische|{_alt(inflected(a) for a in FOREIGN_NATIONAL_ADJECTIVES)})\s+titel)\b",
    re.I,
)
# "werd Robbe Lambrechts kampioen", "werd ze kampioen": a bare title after a verb of becoming, with
# the name (or a pronoun) between them.
BECAME_CHAMPION_RE = re.compile(
    rf"\b(?:{_alt(BECOME_VERBS)})\s+(?:(?:{_alt(THIRD_PERSON_SUBJECTS)}|[A-Z][\w'’-]*|van|de|der|den|ter|ten)\s+){{0,4}}kampioene?\b(?!\s+[A-Z])"
)
OWN_TITLE_RE = re.compile(r"\b(?:haar|zijn|hun)\s+(?:[a-z]+e\s+){1,2}titel\b|\b(?:haar|zijn|hun)\s+(?:[a-z]+e\s+)?[A-Z][a-zë]+se\s+titel\b")
WINNER_RE = re.compile(r"\b(?:winnaar|winnares)\b(?!\s+van\s+(?:het|de)\s+(?:goud|zilver|brons))", re.I)
_ORDINAL = _alt(ORDINALS)
# An ordinal before one of these counts something else: "de tweede keer", "als eerste vrouw".
_NOT_PLACE = "keer|maal|rit|ronde|van|vrouw|man|medaille|nederlander|nederlandse|dag|helft|set|etappe|plek\\s+van"
PLACING_RE = re.compile(
    # (a time may stand between: "werd in 1.43,02 derde")
    rf"\b(?:{_alt(PLACING_LEADS)})\s+(?:[\w'’-](?:[\w'’.,:-]*[\w'’-])?\s+){{0,5}}?(?P<ord>{_ORDINAL})\b(?!\s+(?:{_NOT_PLACE}))"
    rf"|\b(?P<ord2>{_ORDINAL})\s+(?:{_alt(PLACING_NOUNS)})\b"
    # "finishte 0,09 seconde later als tweede", "stond als derde op het podium"
    rf"|\bals\s+(?P<ord3>tweede|derde)\b(?!\s+(?:{_NOT_PLACE}))"
    # "Elvis Afrifa, die tweede werd in 6,59": the verb last, as in every Dutch subordinate clause
    rf"|(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)\b(?P<ord4>eerste|tweede|derde)\s+(?:{_alt(PLACING_VERBS_AFTER)})\b"
    # "De Fries, vorig jaar nog derde op het WK tijdrijden, ...": a verbless aside of a past place
    rf"|\b(?:nog|ooit|toen|al)\s+(?P<ord5>tweede|derde)(?=\s+(?:op|bij)\s+(?:het|de)\s+[A-Z])",
    re.I,
)
_BEST_RE = re.compile(rf"\b(?:{_alt(BEST_OF_ALL)})\b", re.I)
_BEST_CLOSES_RE = re.compile(r"(?:\s+in\s+\d[\d.,:]*\d)?\s*[.!;]")
BEST_ON_RE = re.compile(rf"\b(?:{_alt(BEST_ON)})\s+(?:de\s+|het\s+)?", re.I)
_HEAT_RE = re.compile(rf"\b(?:{_alt(HEAT_WORDS)})\b", re.I)
# "In de halve finale eindigt 't Klooster als tweede": a heat that opens the clause of a place.
_FRONTED_HEAT_RE = re.compile(rf"^\W*(?:{_alt(FRONTED_HEAT_LEADS)})\s+(?:de|het|zijn|haar|hun)\s+(?:\w+\s+)?(?:{_alt(HEAT_WORDS)})\b", re.I | re.M)
_RACE_POSITION_RE = re.compile(rf"\b(?:{_alt(RACE_POSITION_VERBS)})\b", re.I)
_QUALIFYING_RE = re.compile(rf"\b(?:{_alt(QUALIFYING_PHRASES)})\b", re.I)
_NO_MEDALS_FOR_THAT_RE = re.compile(rf"\b(?:{_alt(NO_MEDALS_FOR_THAT)})\b[^.;!?]{{0,40}}?\bgeen\s+(?:{_alt(NO_MEDAL_NOUNS)})\b", re.I)
# A capitalised word right before a place, not one that opens a sentence or a quote (with or
# without a space after the mark), unless it is a country ('"Polen werd derde."').
_CAPITALISED_RIGHT_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]+\s+$")
_SENTENCE_OPENS_BEFORE_RE = re.compile(r"[.!?\"“‘'] ?$")


def _named_right_before(text: str, pos: int) -> bool:
    """Whether a capitalised word, no nationality, stands right before `pos`: inside its sentence,
    or opening it as a country's name."""
    m = _CAPITALISED_RIGHT_BEFORE_RE.search(text, max(0, pos - 40), pos)
    word = m.group(0).strip() if m else ""
    if not word or word.endswith(("se", "sche")) or word in DEMONYM_NOUNS:
        return False
    return word in country_names() or not _SENTENCE_OPENS_BEFORE_RE.search(text, max(0, m.start() - 2), m.start())


_RESULTS_HEADING_RE = re.compile(rf"\b(?:{_alt(RESULTS_HEADINGS)})\b", re.I)
#: A line heading a results list ("Uitslagen NK indoor atletiek (Apeldoorn)"), and the lines of
#: the lists below it: short, without a sentence's full stop ("800 meter mannen:", "1. Thomas ten
#: Hove 1.46,21"), blank lines between lists included.
_RESULTS_HEADING_LINE_RE = re.compile(rf"^[ \t]*(?:{_alt(RESULTS_HEADINGS)})\b[^\n.!?]{{0,80}}$", re.I | re.M)
_RESULTS_LINES_RE = re.compile(r"(?:[ \t]*(?:[^\n.!?]|(?<=\d)[.](?=\d)|(?<=\n\d)[.]){0,70}\n)*")
_RESULTS_BLOCK_REACH = 600  # characters: a few lists of a few lines
# "2. T. Huske (VS) 52,29" at a line start, or inline after a heading ("Uitslag: 1. J. Beune 3.55,84 2. ...").
LIST_RANK_RE = re.compile(rf"(?:^|(?<=[\s:]))(?P<rank>[123])[.)]\s+(?=[{NAME_INITIALS}])", re.M)
_LIST_RANK_OPENING_RE = re.compile(r"[123](?=[.)])")  # where a LIST_RANK_RE match can start
# "Het omnium werd een prooi voor Lotte Kopecky", "de tienkamp was een prooi voor de Noor Rooth": a
# win for the name after "voor" (the cue ends where the name starts).
_PREY_RE = re.compile(
    rf"\b(?:werd|was|is|wordt)\s+(?:[\w.-]+\s+){{0,6}}?een\s+(?:[a-z]+e\s+)?(?:{_alt(PREY_NOUNS)})\s+voor(?:\s+de\s+[A-Z][\w-]*(?=\s+[A-Z]))?(?=\s+[A-Z])"
)
# "De winst ging naar de Canadese Kim Boutin": the win noun, given to the name after "naar".
# ("De zege ging in 9.18,05 naar de Duitse Weber": a time may stand between)
#: A word, or a figure with its dots and commas ("3.22,17"): what may stand between a verb and its
#: object in the patterns below.
_WORD_OR_FIGURE = r"(?:\d[\d.,:]*\d|[\w-]+)"
_WIN_GIVEN_RE = re.compile(rf"\b(?:{_alt(WIN_NOUNS)})(?=\s+(?:ging|gaat)\s+(?:{_WORD_OR_FIGURE}\s+){{0,3}}?naar\b)", re.I)
_EVENT_GIVEN_BEFORE_RE = re.compile(r"\b(?:ging|gaat)\s+(?:de|het)\s+$", re.I)
_GIVEN_NAAR_AFTER_RE = re.compile(rf"(?:\s+{_WORD_OR_FIGURE}){{0,5}}?\s+naar\s+(?=[A-Z]|de\s)")
_BEAT_RE = re.compile(rf"\bte\s+(?:{_alt(BEAT_ADJECTIVES)})\s+(?:(?:was|waren|bleek|bleken|is)\s+)?voor\b", re.I)
# "Alleen de Zwitser Wyss was sneller", "alleen de Roemeense wereldkampioenen waren sneller",
# "Alleen Van den Brink was haar te snel af": the one ahead won (the cue is the comparative; its
# subject is the clause's).
_WAS = r"(?<=\s)(?:was|waren|bleek|bleken)\s+"
_ONLY_AHEAD_RE = re.compile(
    rf"{_WAS}(?:(?:nog\s+)?(?:{_alt(ONLY_AHEAD_COMPARATIVES)})"
    rf"|(?:[\w-]+\s+){{1,4}}?(?:{_alt(ONLY_AHEAD_PHRASES)}))\b"
)
_FASTER_RE = re.compile(
    rf"{_WAS}(?:met\s+\d[\d.,:]*\s+)?(?:(?:net|nog|iets|wat|een|fractie|tikje)\s+)*"
    rf"(?:{_alt(ONLY_AHEAD_COMPARATIVES)})\b(?!\s+dan\b)")
_ONLY_BEFORE_RE = re.compile(r"\b[Aa]lleen\s+[^.;:!?]{1,60}$")
# "moest alleen Italië voor zich dulden": the name after "alleen" won (the cue ends where it starts).
_ONLY_AHEAD_OF_RE = re.compile(
    r"\balleen(?:\s+de\s+[A-Z][\w-]+(?=\s+[A-Z]))?(?=\s+[A-Z][^.;,]{0,50}?\s+(?:"
    + _alt(ONLY_AHEAD_AFTER) + r")\b)"
)
# (a name, not a nationality standing for one: "moest de Amsterdamse alleen ..." leaves it open)
_ONLY_AHEAD_SUBJECT_RE = re.compile(
    rf"\b(?:{_alt(ONLY_AHEAD_VERBS)})\s+(?P<who>(?:de\s+)?(?:[\w-]+\s+)??(?!(?:{_alt(DEMONYM_NOUNS)})\b)"
    rf"[A-Z][^\s,.;]*(?<!se)(?<!sche)(?:\s+[^\s,.;]+){{0,3}}?)\s+$")
# "moest de Zwitser Baumgartner (6.46,88) en de Ier Donnelly (6.48,75) voor laten gaan": the two
# named ahead were first and second (the groups end where each name starts; a name opening the
# first group after another, "moest Brandsma de Zwitser ...", leaves it open; "de Vries" is a name).
_NAME_STRETCH = rf"(?:(?!\bde\s+(?:{_alt(DEMONYM_NOUNS)})\b)(?:[^.;:!?,]|(?<=\d)[.:,](?=\d))){{0,60}}?"
_TWO_AHEAD_RE = re.compile(
    rf"\b(?:{_alt(ONLY_AHEAD_VERBS)})(?:\s+[a-z0-9][\w-]*){{0,4}}?\s+(?:de\s+[A-Z][\w'’-]*\s+)?(?P<first>[A-Z]{_NAME_STRETCH})"
    rf"\s+en\s+(?:de\s+[A-Z][\w'’-]*\s+)?(?P<second>[A-Z]{_NAME_STRETCH})\s+(?:{_alt(ONLY_AHEAD_AFTER)})\b")
# "in de strijd om het brons", "het duel om goud": a contest for one medal.
_CONTEST_FOR_RE = re.compile(rf"\b(?:{_alt(CONTEST_NOUNS)})\s+om\s+(?:het\s+)?(?P<noun>{_alt(MEDAL_NOUNS)})\b", re.I)
_FINAL_RE = re.compile(rf"(?<!halve\s)(?<!kwart)\b(?:{_alt(FINAL_WORDS)})\b", re.I)
# "In de finale verloor ze met 146-147 van de Deense Mortensen", "verloor de strijd om brons van de
# Belg Van Gheluwe", "verloor zijn kamp om het brons tegen de Nederlander Hagedoorn": the medal of
# that match goes to the name after "van" or "tegen" (the cue ends where it starts), whoever lost
# it ("In de strijd om het brons verliezen Eshuis, 't Jong en Wiggers van Noorwegen").
_CONTEST = rf"(?<!halve\s)(?<!\bde\sbronzen\s)(?<!-)\b(?:{_alt(LOST_CONTESTS)})\b"
_LOST_TO_RE = re.compile(
    rf"(?:(?:(?P<c1>{_CONTEST})[^.;:!?\n]{{0,60}}?\b(?:{_alt(LOST_VERBS)})\b|\b(?:{_alt(LOST_VERBS)})\b[^.;:!?\n]{{0,40}}?(?P<c2>{_CONTEST}))"
    r"[^.;:!?\n]{0,60}?\b(?:van|tegen)"
    rf"|(?P<c3>{_CONTEST})[^.;:!?\n]{{0,60}}?\b(?:{_alt(OUTDONE_BY_PHRASES)}))"
    r"(?:\s+de\s+[A-Z][\w-]*(?=\s+[A-Z]))?(?=\s+[A-Z])",
    re.I,
)
def _podium_phrases(phrases: tuple) -> str:
    """The podium phrases with room for adverbs after their verb ("completeerde ook daar het podium")."""
    adverbs = rf"(?:\s+(?:{_alt(PODIUM_ADVERBS)})){{0,2}}"
    return "|".join(re.escape(verb) + adverbs + r"\s+" + re.escape(rest) for verb, rest in (p.split(" ", 1) for p in phrases))


PODIUM_THIRD_RE = re.compile(rf"\b(?:{_podium_phrases(PODIUM_THIRD)})\b", re.I)
PODIUM_LAST_TWO_RE = re.compile(rf"\b(?:{_podium_phrases(PODIUM_LAST_TWO)})\b", re.I)
WIN_RE = re.compile(rf"\b(?<!-)(?:{_alt(WIN_VERBS)})\b", re.I)  # (not "Park Ji-won")
ONE_TWO_RE = re.compile(rf"(?<![\w-])(?:{_alt(ONE_TWO)})(?![\w-])", re.I)
# "won zilver", "won de tweede plaats": the medal is in what follows ("voor de vierde keer" is not).
_PLACE_IN_RE = re.compile(rf"\b(?:{_ORDINAL})\s+(?:{_alt(PLACING_NOUNS)})\b|\bals\s+(?:{_ORDINAL})\b", re.I)
# A nationality adjective between a placing word and its name: "voor de Japanse Takagi".
# (or a demonym noun: "achter de Brit Pennington", "voor de Kroaat Horvat")
# (a nationality word, not the first word of a country: "achter de Verenigde Staten")
# (or only the article of a country: "achter de Verenigde Staten", "voor de Britten")
# (or a rival's role: "voor de Zuid-Koreaan Kang en thuisrijder Tremblay")
_ADJECTIVE = (rf"(?:\s+de\s+(?:[A-Z][a-zà-ÿ]+(?:se|sche)|{_alt(DEMONYM_NOUNS)})(?=\s+[A-Z])|\s+de(?=\s+[A-Z])"
              rf"|\s+(?:de\s+)?(?:{_alt(RIVAL_ROLES)})(?=\s+[A-Z]))?")
# "te sterk voor (de Australiër) Richardson": the name after it.
_BEATEN_NAME_RE = re.compile(r"(?P<voor>" + _ADJECTIVE + r")\s+(?=[A-Z])")
# A winning margin before "voor" or "achter": "ruim een seconde", "op drie tienden".
_MARGIN_QUALIFIER = r"(?:ruim|bijna|krap|slechts|nog\s+geen)"  # "ruim een seconde", "nog geen tiende"
_MARGIN = (rf"(?:(?:op\s+)?(?:{_MARGIN_QUALIFIER}\s+)?(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|\d+(?:,\d+)?)\s+"
           rf"(?:{_alt(MARGIN_UNITS)})\s+)?")
# ", voor Tony van Diepen", ", ruim een seconde voor Polen en Italië", "in 14.28,56 voor Sifan Hassan",
# "met 131 punten voor de Belg Vanhoutte": who came second (and third).
_RUNNER_UP_RE = re.compile(
    r"(?:,|(?<=\d)(?:\s+(?:" + _alt(MARGIN_UNITS) + r"))?)\s+" + _MARGIN + r"(?P<voor>voor" + _ADJECTIVE + r")\s+(?=[A-Z])"
)
# "werd tweede achter Kroatië", "pakten brons, (ruim een seconde) achter Kroatië en Spanje": the
# names after "achter" were ahead (each cue ends where its name starts).
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:van|de|der|den|ter|ten|'t|’t|[A-Z][\w'’-]*))*"
# (each name may carry its time in brackets: "voor Van der Mark (1.08,61) en Luuk Brouwers (1.09,02)")
_BRACKETED_TIME = r"(?:\s*\(\d[\d.,:]*\d\))?"
_BEHIND_RE = re.compile(
    # (a time or the event may stand between: "pakte brons in 3.22,17, achter de Verenigde Staten en
    # Australië", "werd tweede op de 400 meter in 46,88, achter Koorndijk")
    # ("pakte het brons op de 200 meter wisselslag in 2.09,44, achter ...": an event of four words and a time)
    r"(?:\s+(?!en\b|maar\b|die\b|dat\b)" + _WORD_OR_FIGURE + r"){0,8}?,?\s+" + _MARGIN + r"(?P<achter>achter" + _ADJECTIVE + r")\s+(?=[A-Z])"
    rf"(?:{_NAME}{_BRACKETED_TIME}\s+(?P<en>en{_ADJECTIVE})\s+(?=[A-Z]))?"
)
# "... voor Polen en Italië", "voor de Italiaanse Fontana en Takagi": the second name came third.
_AND_THIRD_RE = re.compile(
    _NAME + _BRACKETED_TIME + r"\s+(?P<en>en" + _ADJECTIVE + r")\s+(?=[A-Z])"
)
# "Claeys werd tweede, Sanne Wouters derde", "Finland werd tweede en Zweden derde": the placing
# verb left out after the first; the cue ends where the next name starts. The first placing may
# carry its margin, score or time: "Hartwig werd tweede op 0,41, de Canadese Tully derde".
_GAPPED_PLACE_RE = re.compile(
    r"(?:\s+(?:op|met|in)\s+\d[\d.,]*(?:\s+(?:" + _alt(MARGIN_UNITS) + r"))?)?"
    r"\s*(?:,\s*|\s+en\s+)(?:de\s+[A-Z][a-zà-ÿ]+e?\s+)?(?=" + _NAME + r"\s+(?P<ord>tweede|derde)\b(?!\s+(?:" + _NOT_PLACE + r")))"
)
# "verwees de Noorse Haukeland en Dommerholt naar de plaatsen twee en drie" (DEMOTE_VERBS), past
# an adverb or a place ("verwees in Polen de Noorse Aasheim naar de tweede plaats"): the groups
# end where the names start; `ord` is the first name's place when it is not second.
_DEMOTED_RE = re.compile(
    rf"\b(?P<first>(?:{_alt(DEMOTE_VERBS)})\s+(?:(?:in|op|bij|te)\s+[A-Z][\w'’-]*\s+|(?!de\b|het\b)[a-z]+\s+){{0,2}}"
    rf"(?:de\s+[A-Z][\w'’-]*\s+)?)(?=[A-Z]){_NAME}"
    rf"(?:\s+(?P<second>en\s+(?:de\s+[A-Z][\w'’-]*\s+)?)(?=[A-Z]){_NAME})?"
    rf"\s+naar\s+(?:de\s+)?(?:plaatsen\s+twee\s+en\s+drie|tweede\s+en\s+derde\s+(?:{_alt(PLACING_NOUNS)})\w*"
    rf"|(?P<ord>tweede|derde)\s+(?:{_alt(PLACING_NOUNS)})|(?:{_alt(PLACING_NOUNS)})\s+(?P<number>twee|drie))\b"
)
# The rival a winner beat (BEATEN_BEFORE): each match ends where the rival's name starts.
_RIVAL = rf"(?:\s+(?:de\s+[A-Z][\w'’-]*|(?:zijn|haar)\s+(?:{_alt(RIVAL_WORDS)})))?\s+(?=[A-ZÀ-Þ])"  # (also "Émilie")
_BEHIND_ONESELF = phrase_alternation(BEHIND_ONESELF_PHRASES)
_BEATEN_RE = re.compile(
    rf"\b(?:{_alt(BEATEN_BEFORE)})\b(?:\s+[a-z][\w-]*){{0,3}}?{_RIVAL}"
    # "won in de finale van de Française N'Diaye-Morel", "won gisteravond de finale in 3.45,217,
    # een baanrecord, van Denemarken": who lost the final (its time, and what the time was, may
    # stand between)
    rf"|\b(?<!-)(?:{_alt(WIN_VERBS)})(?:\s+[a-z]+)?\s+(?:in\s+)?de\s+(?:{_alt(FINAL_WORDS)})"
    rf"(?:\s+in\s+\d[\d.,:]*\d(?:,(?:\s+[a-z]+){{1,3}},)?)?\s+van{_RIVAL}"
    # "die (in 6.43,90) de Nederlander Meijers voorbleef", "bleef de Ierse Mawdsley ruim voor."
    # "dat in de finale in 3.38,44 de Verenigde Staten versloeg": a nation after a bare "de"
    rf"|\b(?:die|dat)\b(?:\s+[\w.,]+){{0,6}}?\s+(?:de\s+(?:{_alt(DEMONYM_NOUNS)})\s+|de\s+)?(?=[A-Z][^.;:!?]{{0,60}}?\b(?:{_alt(BEATEN_AFTER)})\b)"
    # ("bleef daarmee de Italiaanse Ferraresi (13,900) en de Roemeense Dragomir (13,766) voor": adverbs between;
    # "en bleven Groot-Brittannië ruim een derde seconde voor": a team's)
    rf"|\b(?:bleef|bleven)(?:\s+(?!de\b)[a-z]+){{0,2}}?{_RIVAL}(?=[^.;:!?]{{0,80}}?\bvoor[.;]|[^.;:!?]{{0,80}}?\bvoor\s+(?:en|maar)\b)"
    # "had de Britse Whitfield (14,566) nipt achter zich"
    # ("hield ze in een zinderende finale de Koreaanse Kim met 0,03 seconde verschil achter zich")
    # ("hield de Duitse Sommerfeld, die in de slotrit tot 3.58,36 kwam, ruim achter zich": a time between)
    rf"|\b(?:{_alt(BEHIND_ONESELF_VERBS)})(?:\s+[a-z][\w-]*){{0,8}}?\s+(?:de\s+[A-Z][\w'’-]*\s+)?(?=[A-Z](?:[^.;:!?]|(?<=\d)[.:](?=\d)){{0,80}}?\b(?:{_BEHIND_ONESELF})\b)"
)
# "Groot-Brittannië volgde in 5.27,02", "Ierland volgde op 0,8 seconde": followed the one placed
# before (not "volgde op de derde plaats").
_FOLLOWED_RE = re.compile(
    rf"\b(?:{_alt(FOLLOWED_VERBS)})(?=\s+(?:in\s+\d|op\s+(?:{_MARGIN_QUALIFIER}\s+)?(?:een|twee|drie|vier|vijf|\d)))"
)
# "Wereldkampioen werd ...": a title before its verb of becoming (the winner follows).
_BECAME_AFTER_RE = re.compile(rf"\s+(?:{_alt(BECOME_VERBS)})\b")
PODIUM_TOP_RE = re.compile(rf"\b(?:{_alt(PODIUM_TOP)})\b", re.I)
_AIM_RE = re.compile(rf"(?<!\w)(?:{_alt(AIM_BEFORE)})\s+$", re.I)
_NOT_AIM_RE = re.compile(rf"(?<!\w)(?:{_alt(NOT_AIM_BEFORE)})\s+(?:{_alt(AIM_BEFORE)})\s+$", re.I)
# "Wat is het doel?" then '"Goud, natuurlijk."': the question of an aim, before its answer's
# sentence, and what may open that answer before the medal word ('"Een gouden medaille').
_AIM_QUESTION_RE = re.compile(rf"\b(?:{_alt(AIM_QUESTION_WORDS)})\b[^.!?\n]*\?[\"”]?\s*$", re.I)
_ANSWER_OPENING_RE = re.compile(rf"[\s\"“‘']*(?:(?:{_alt(OBJECT_DETERMINERS)})\s+)?", re.I)
_LIKENESS_RE = re.compile(rf"(?<!\w)(?:{_alt(LIKENESS_BEFORE)})\s+$", re.I)
_TALLY_RE = re.compile(rf"(?<!\w)(?:{_alt(TALLY_WORDS)})\s+(?:(?:keer|maal)\s+)?$", re.I)
_TALLY_COUNT_RE = re.compile(rf"\bmet\s+(?:{_alt(TALLY_WORDS)}|\d+)\s+(?:[a-z]+e\s+)?(?:{_alt(TALLY_PLURALS)})\b", re.I)
_WIN_OBJECT_RE = re.compile(rf"\b(?:de|het|een)\s+(?:\w+\s+)?(?:{_alt(WIN_OBJECTS)})\b", re.I)
_WIN_SCORE_RE = re.compile(rf"\bmet\s+\d+(?:,\d+)?\s+(?:{_alt(WIN_SCORE_UNITS)})\b", re.I)
# The clause before "won" is only the event it was won on: "(Schansspringen - )Op de normale schans in
# Predazzo won de Sloveen Kranjc", the winner after the verb.
_FRONTED_EVENT_RE = re.compile(rf"(?:^|\s[-–—]\s+)(?:{_alt(FRONTED_EVENT_LEADS)})\s+(?:de|het)\s+[^,;:]*$", re.I)
# Where what was won ends: "won in 1.06,21 en ..." (the point or colon of a time is no end).
_WON_END = clause_boundary((*CLAUSE_CONJUNCTIONS, COORDINATING_AND))
_CLOSING_VOOR_RE = re.compile(r"\s+(?P<voor>voor" + _ADJECTIVE + r")\s+(?=" + _NAME + r"\s*(?:[.;!]|,\s))")
_INVERTED_WINNER_RE = re.compile(_ADJECTIVE + r"\s+" + _NAME + r"(?=,\s+voor\s)")
_MEDAL_BEFORE_VERB_RE = re.compile(rf"\b(?:{_alt(MEDAL_NOUNS)}|(?:{_alt(MEDAL_ADJECTIVES)})\s+(?:{_alt(MEDAL_OBJECTS)}))\s+$", re.I)
_FINISH_BEFORE_TIME_RE = re.compile(rf"\b(?:{_alt(FINISH_VERBS)})(?:\s+[a-z]+){{0,2}}\s+(?:in|op)\s+$", re.I)
_NEXT_PLACE_RE = re.compile(
    rf",\s+(?:de\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_alt(PLACING_LEADS)})\s+(?:als\s+)?tweede\b"
)
# "op 26 seconden van het brons": the margin by which a medal was missed.
# ("Op 21 honderdste van een wereldtitel": of a title too)
_MARGIN_TO_MEDAL_RE = re.compile(rf"\b(?:{_alt(MARGIN_UNITS)})\s+van\s+(?:het|de|een)\s+(?:(?:{_alt(MEDAL_ADJECTIVES)})\s+)?$", re.I)
_MISSED_RE = re.compile(rf"(?<!\w)(?:{_alt(MISSED_CUES)})(?!\w)", re.I)
_SETTLED_FOR_RE = re.compile(rf"\b(?:{phrase_alternation(SETTLED_FOR)})\s+(?:het\s+|de\s+|een\s+)?(?:[a-z]+\s+)?$", re.I)
# "Italië won de strijd om het brons", "won de sprint om het zilver": a contest won is the medal
# it was for, not one missed.
_WON_CONTEST_RE = re.compile(rf"\b(?<!-)(?:{_alt(WIN_VERBS)})\s+(?:de|het)\s+(?:{_alt(CONTEST_NOUNS)})\s+om\s+(?:het\s+|de\s+)?$", re.I)
# "Naast het brons van Kleinjan was er zilver voor Hesselink": opening with someone's medal,
# "naast" is "besides", no miss.
_BESIDES_RE = re.compile(rf"Naast\s+(?:het|de|een)\s+(?:{_alt(MEDAL_NOUNS)})\s+(?:van|voor)\b")
_MISSED_AFTER_RE = re.compile(rf"(?<!\w)(?:{_alt(MISSED_AFTER)})(?!\w)", re.I)
_CLAUSE_BREAK = clause_boundary((*CLAUSE_CONJUNCTIONS, THAN))
# (glued after the competition too: "loopt EK-limiet in Amsterdam")
_PREPARATION_RE = re.compile(rf"\b(?:{_alt(PREPARATION_NOUNS)})\s+(?:voor|op|naar)\s+(?:de|het)\s|\w-(?:{_alt(PREPARATION_NOUNS)})\b", re.I)
_NO_MEDAL_NAME_RE = re.compile(rf"\b(?:{_alt(NO_MEDAL_COMPETITIONS)})\b", re.I)
# "de Alternatieve Elfstedentocht", "de Zevenheuvelenloop": a tour or a run by its proper name.
_NAMED_TOUR_RE = re.compile(rf"\b[A-Z][\w-]*(?:{_alt(NO_MEDAL_NAME_ENDINGS)})\b")
def reports_series(text: str) -> bool:
    """Whether the article reports a race that awards no medals: its lead names a World Cup /
    World Tour (whatever else it names), or a stage race, classic or city marathon and no
    championship or games."""
    lead = lead_of(text)
    # The first sentence says what is reported ("won de tijdrit in de Tour de France"), even when
    # the lead goes on to a title of someone else ("Olympisch kampioen Evenepoel werd derde") or
    # to what comes next ("Het NK afstanden zit erop. ... wie Nederland in de eerste wereldbekers
    # vertegenwoordigt").
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n\n", lead, maxsplit=1)[0]  # (a headline is one)
    if names_medal_competition_by_name(first) and not names_medal_series(first) and not _PREPARATION_RE.search(first):
        return False
    if names_medal_series(lead):
        return True
    for part in (first, lead):
        no_medal = _NO_MEDAL_NAME_RE.search(part) or CITY_MARATHON_RE.search(part) or _NAMED_TOUR_RE.search(part)
        if no_medal and (not names_medal_competition(part) or _PREPARATION_RE.search(part)):
            return True
    return False


@lru_cache(maxsize=1024)
def clause_before(text: str, start: int, limit: int = 120) -> str:
    """The text from the start of the clause to `start`. (Cached: the medal and relation stages
    ask it of the same places of one article again and again.)"""
    window = text[max(0, start - limit) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


# "Finale om brons: 3. Lindahl ...": a results list's line naming the race for a medal.
_CONTEST_LABEL_RE = re.compile(rf"\b(?:{_alt(CONTEST_NOUNS)})\s+om\s+(?:het\s+|de\s+)?$", re.I)


def is_missed(text: str, start: int, end: int) -> bool:
    """`greep naast het brons`, `kans op goud`, `leek het goud te gaan pakken`, `die het zilver
    miste`, `Finale om brons:`; never one settled for (`moest genoegen nemen met zilver`)."""
    if _SETTLED_FOR_RE.search(text, max(0, start - 40), start):
        return False
    after = text[end : end + 40]
    clause_after = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    clause = clause_before(text, start)
    won_contest = _WON_CONTEST_RE.search(clause)  # (as won_contest_for reads it)
    won_from = won_contest.start() if won_contest else len(clause)
    return (
        # (a capital inside the clause is a name's: "De Wilde pakte zilver", "Wil Kooiman won goud")
        any(not _BESIDES_RE.match(clause, m.start()) and not (m.group(0)[0].isupper() and clause[: m.start()].strip())
            for m in _MISSED_RE.finditer(clause, 0, won_from))
        or (after.lstrip(" ").startswith(":") and bool(_CONTEST_LABEL_RE.search(text, max(0, start - 30), start)))
        or bool(_MARGIN_TO_MEDAL_RE.search(text, max(0, start - 30), start))
        or bool(re.match(r"[^.,;]*?\bte gaan\b", after))
        or bool(_MISSED_AFTER_RE.search(clause_after))
    )


_MEDAL_TABLE_RE = re.compile(rf"\b(?:{_alt(MEDAL_TABLE_WORDS)})\b", re.I)


def won_contest_for(text: str, start: int) -> bool:
    """`Italië won de strijd om het brons`: the medal word at `start` is what a won contest was for."""
    return bool(_WON_CONTEST_RE.search(clause_before(text, start)))


def is_aim_or_tally(text: str, start: int) -> bool:
    """`Ik kom hier voor goud` or `Wat is het doel? Goud.` (aimed at), `Met twee keer goud en een
    keer zilver` (a tally), `dit zilver voelt als goud` (a likeness)."""
    before = text[max(0, start - 30) : start]
    aimed = bool(_AIM_RE.search(before)) and not _NOT_AIM_RE.search(before) and not won_contest_for(text, start)
    return aimed or bool(_TALLY_RE.search(before)) or bool(_LIKENESS_RE.search(before)) or _answers_aim_question(text, start)


def _answers_aim_question(text: str, start: int) -> bool:
    """`Wat is het doel? Goud, natuurlijk.`: the medal word opens the answer to a question about
    an aim (the sentence right before it, in the paragraph above or its own)."""
    opening = _sentence_before(text, start)
    if not _ANSWER_OPENING_RE.fullmatch(opening):
        return False
    sentence_start = start - len(opening)
    return bool(_AIM_QUESTION_RE.search(text, max(0, sentence_start - 120), sentence_start))


def in_heading(text: str, pos: int) -> bool:
    """In a heading ("Olympisch zilver", "Zilveren plak voor Rijpma-de Jong"): a short line
    without a sentence end, whose fact the paragraph under it tells with its event and date."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)].strip()
    return 0 < len(line) <= 80 and not line.endswith((".", "!", "?", '"', "”", ":")) and not re.search(r"\d", line)


def results_heading(text: str, pos: int) -> Optional[re.Match]:
    """The heading line of the results lists that the line at `pos` belongs to, when only list
    lines stand between them; else None."""
    heading = None
    for heading in _RESULTS_HEADING_LINE_RE.finditer(text, max(0, pos - _RESULTS_BLOCK_REACH), pos):
        pass
    if heading is None or not _RESULTS_LINES_RE.fullmatch(text, heading.end(), text.rfind("\n", 0, pos) + 1):
        return None
    return heading


# A short line of its own between results lists, "Zaterdag 10 januari", "Vrouwen": it heads the
# lists below it and belongs to the results block (a sentence ends in a full stop, a list has ranks).
_SUBHEADING_RE = re.compile(r"[^\n.!?:;\"“”]{1,40}")


def _below_results_lists(text: str, paragraph_start: int) -> bool:
    """Whether the paragraphs above the one starting at `paragraph_start` are results lists
    ("50 meter rugslag mannen: 1. Tijn Verhagen (PSV) 24,71; 2. ...") up to a results heading,
    however long their lines, or up to prose whose last sentence announces them ("Hieronder de
    uitslagen van de finales."): the lists under one heading, a paragraph each."""
    end = paragraph_start
    while end > 0:
        start = text.rfind("\n\n", 0, end)
        paragraph = text[start + 2 if start >= 0 else 0 : end].strip()
        if _RESULTS_HEADING_LINE_RE.fullmatch(paragraph):
            return True
        if not LIST_RANK_RE.search(paragraph) and not _SUBHEADING_RE.fullmatch(paragraph):
            last_sentence_start = max((m.end() for m in SENTENCE_END_RE.finditer(paragraph)), default=0)
            return bool(_RESULTS_HEADING_RE.search(paragraph, last_sentence_start))
        end = start
    return False



_NUMBERED_LINE_RE = re.compile(rf"[ \t]*(?P<rank>\d{{1,2}})[.)][ \t]+[{NAME_INITIALS}][^\n]*?\d[^\n]*")


def _numbered_results(text: str, paragraph_start: int) -> bool:
    """Whether the paragraph starting at `paragraph_start` is a results list without a heading
    that says so ("500 meter jongens", then "1. Kim Seo-jun (KOR) 35,84", "2. ..."): lines
    numbered from 1 upwards, each with its time or score after the name, and nothing else but a
    title line. A list may skip places to give a compatriot's ("1. Ierland", "2.", "3.", "5. België")."""
    end = text.find("\n\n", paragraph_start)
    lines = [line for line in text[paragraph_start : end if end >= 0 else len(text)].split("\n") if line.strip()]
    numbered = [_NUMBERED_LINE_RE.fullmatch(line) for line in lines]
    ranks = [int(m.group("rank")) for m in numbered if m]
    return (len(ranks) >= 2 and ranks[:2] == [1, 2] and all(a < b for a, b in zip(ranks, ranks[1:]))
            and len(lines) - len(ranks) <= 1)


#: A second name sharing a results line's place, after the first one's country code: "3. Sara
#: Kovačević (Kro) en Bárbara Ferreira (Por)".
_SHARED_PLACE_RE = re.compile(r"[^\n;]*?\([A-Za-z]{2,3}\)\s+(en)\s+(?=[A-Z])")


def _is_list_row(text: str, cue: "MedalCue") -> bool:
    """Whether the cue is a results list's rank ("3. Nederland"), not a phrase of prose."""
    return cue.binding == BIND_LIST and LIST_RANK_RE.match(text, cue.medal.start) is not None


def _list_heading(text: str, pos: int) -> str:
    """The first line of the paragraph holding `pos`: a results list's title."""
    paragraph_start = text.rfind("\n\n", 0, pos)
    start = paragraph_start + 2 if paragraph_start >= 0 else 0
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _list_title(text: str, pos: int) -> str:
    """`_list_heading` up to its first rank: the title of a list written inline after it
    ("Vrouwen skiff (A-finale): 1. Tara Whitcombe NZL 7.31,08; 2. ...")."""
    heading = _list_heading(text, pos)
    first_rank = LIST_RANK_RE.search(heading)
    return heading[: first_rank.start()] if first_rank else heading


def _shared_place(text: str, entry_start: int) -> Optional[re.Match]:
    """The "en" that adds a second name to the results entry starting at `entry_start`, within
    the entry (up to the next rank, semicolon or line end), or None."""
    following = LIST_RANK_RE.search(text, entry_start)
    line_end = text.find("\n", entry_start)
    limit = min(following.start() if following else len(text), line_end if line_end >= 0 else len(text))
    return _SHARED_PLACE_RE.match(text, entry_start, limit)


def _inline_ranking(text: str, pos: int) -> bool:
    """Whether the line at `pos` runs ranks 1, 2 and 3 in order, each before a name: a results
    list written inline without a heading ("Vrouwen -70 kg: 1. Margaux Lefèvre (Fra), 2. Imke
    Diallo (Ned), 3. ..."); prose does not number its names one after another."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    ranks = [int(m.group("rank")) for m in LIST_RANK_RE.finditer(text, start, end if end >= 0 else len(text))]
    return ranks[:3] == [1, 2, 3]


def in_quote(text: str, pos: int) -> bool:
    """Inside a quotation of the paragraph that `pos` is in."""
    paragraph_start = text.rfind("\n", 0, pos) + 1
    return sum(text.count(q, paragraph_start, pos) for q in '"“”') % 2 == 1


def _won_what(text: str, end: int) -> str:
    """What follows a win verb, up to the end of its clause: `won in 1.06,21`, `won de finale`,
    `won hij met Lindeboom en De Ruiter de teamsprint` (an "en" between the companions after
    "met" ends nothing)."""
    limit = end + 80
    stop = _WON_END.search(text, end, limit)
    while stop and stop.group(0) == " en " and _WITH_NAMES_RE.search(text, end, stop.start()) and _NAME_NEXT_RE.match(text, stop.end()):
        stop = _WON_END.search(text, stop.end(), limit)
    return text[end : stop.start() if stop else limit]


#: "met Rens Lindeboom": companions named after "met" ...; "en Jesse de Ruiter": ... and the last.
_WITH_NAMES_RE = re.compile(r"\bmet\s+[A-Z][^,;.:]*$")
_NAME_NEXT_RE = re.compile(r"[A-Z]")


def _cue(m: re.Match, medal: str, binding: str, rank=None) -> MedalCue:
    start, end = m.span(0)
    return MedalCue(Medal(start, end, m.group(0), medal=medal, rank=rank), binding)


def _title_binding(text: str, end: int) -> str:
    """`olympisch kampioene Leerdam` names its holder; a title without a name after it is the
    clause subject's."""
    return BIND_NEXT_NAME if re.match(r"\s+[A-Z]", text[end : end + 3]) else BIND_CLAUSE


def find_medal_cues(text: str, events: tuple = (), times: tuple = ()) -> Iterator[MedalCue]:
    """Medal phrases in `text`, in order. `events` (EventMention) enable `won de 500 meter`;
    `times` (RaceTime, the article's `find_times`) a winner's time with the podium after it."""
    cues: list[MedalCue] = []
    for m in scan.finditer(OBJECT_RE, text):
        cues.append(_cue(m, MEDAL_ADJECTIVES[m.group("adj").lower()], BIND_CLAUSE))
        if m.group("gap"):  # "een gouden en een zilveren medaille": the second adjective too
            second = re.search(_alt(MEDAL_ADJECTIVES), m.group("gap"), re.I).group(0)
            cues.append(_cue(m, MEDAL_ADJECTIVES[second.lower()], BIND_CLAUSE))
    for m in scan.finditer(NOUN_RE, text):
        cues.append(_cue(m, MEDAL_NOUNS[m.group("noun").lower()], BIND_CLAUSE))
        if cues[-1].medal.medal == "gold":
            cues += _runners_up(text, _closing_runner_up(text, m.end()))
    for m in scan.finditer(PASSIVE_WIN_RE, text):
        if not _HEAT_RE.search(clause_before(text, m.start(), limit=100)):  # "de eerste halve finale werd gewonnen door"
            medal = Medal(m.start("door"), m.end("door"), m.group("door"), medal="gold", rank=1)
            cues.append(MedalCue(medal, BIND_LIST, placing=True))
            # "die werd gewonnen door de Noor Sandvold, voor de Spanjaard Quintana en de Brit Rudd"
            cues += _runners_up(text, _closing_runner_up(text, m.end()))
    for m in scan.finditer(GIVEN_RELATIVE_RE, text):
        word = (m.group("adj") or m.group(0).split(",")[0]).lower()
        medal = Medal(m.start("given"), m.end("given"), m.group("given"), medal=MEDAL_OF_WORD[word])
        cues.append(MedalCue(medal, BIND_LIST))
    for m in scan.finditer(ADJECTIVE_NAME_RE, text):
        cues.append(_cue(m, MEDAL_ADJECTIVES[m.group("adj").lower()], BIND_NEXT_NAME))
    for m in scan.finditer(TITLE_RE, text):
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), _title_binding(text, m.end())))
        # "Wereldkampioen werd de Fransman Marchetti, voor de Brit Ellery en de Pool Nowicki",
        # "veroverde het Canadese trio de wereldtitel op de teamsprint, voor Nederland en Japan"
        if _BECAME_AFTER_RE.match(text, m.end()):
            cues += _runners_up(text, _runner_up_in_clause(text, m.end()))
        else:
            cues += _runners_up(text, _closing_runner_up(text, m.end()))
    for m in scan.finditer(WINNER_RE, text):
        # "winnaar Jakob Ingebrigtsen"; a bare "zei de winnaar" names nobody itself.
        if _title_binding(text, m.end()) == BIND_NEXT_NAME:
            medal = Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1)
            cues.append(MedalCue(medal, BIND_LIST, placing=True))
    for m in scan.finditer(BECAME_CHAMPION_RE, text):
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_CLAUSE))
        # "werd kampioen op de kilometer in 1.08,40, voor Van der Mark (1.08,61) en Brouwers"
        cues += _runners_up(text, _closing_runner_up(text, m.end()))
    for m in scan.finditer(OWN_TITLE_RE, text):
        # "haar twaalfde nationale titel", "zijn derde Europese titel"
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_CLAUSE))
    demoted = list(scan.finditer(_DEMOTED_RE, text))
    for m in demoted:
        first_rank = 3 if (m.group("ord") or "").lower() == "derde" or m.group("number") == "drie" else 2
        cues += _named_places(m, ("first", "second") if m.group("second") else ("first",), first_rank)
    for m in scan.finditer(PLACING_RE, text):
        rank = ORDINALS[(m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("ord4") or m.group("ord5")).lower()]
        if any(d.start() <= m.start() < d.end() for d in demoted):
            continue  # the places the winner sent others to, not the winner's own
        if rank in RANK_MEDALS:
            medal = Medal(m.start(), m.end(), m.group(0), medal=RANK_MEDALS[rank], rank=rank)
            cues.append(MedalCue(medal, BIND_CLAUSE, placing=True))
            gapped = _GAPPED_PLACE_RE.match(text, m.end())
            if gapped and ORDINALS[gapped.group("ord").lower()] > rank:
                rank = ORDINALS[gapped.group("ord").lower()]
                medal = Medal(gapped.start(), gapped.end(), gapped.group(0), medal=RANK_MEDALS[rank], rank=rank)
                cues.append(MedalCue(medal, BIND_LIST, placing=True))
    for m in scan.finditer(WIN_RE, text):
        # A win is a gold only when the clause names the event won ("won de 500 meter"), a race
        # ("won de finale", "won een eenzame race") or the winning time ("Stolz won in 1.06,21"),
        # or the sentence ends on it ("De Amerikaanse Jennifer Valente won."). A medal word after
        # it carries the medal itself: "won hij in Sotsji brons" is no gold.
        ends_sentence = re.match(r"\s*[.!]", text[m.end() : m.end() + 3])
        # "Groot-Brittannië won, Zweden werd tweede": the podium goes on after the win; "De
        # Verenigde Staten wonnen voor Australië.": the runner-up closes the sentence.
        closing_runner_up = _CLOSING_VOOR_RE.match(text, m.end())
        # "Daar won de Tsjechische Nováková, voor de Canadese Bergeron en de Italiaanse Moioli.":
        # the winner after the verb, the podium closing the sentence.
        inverted = _INVERTED_WINNER_RE.match(text, m.end())
        if inverted and not closing_runner_up:
            closing_runner_up = _closing_runner_up(text, inverted.end())
        ends_sentence = ends_sentence or _NEXT_PLACE_RE.match(text, m.end()) or closing_runner_up
        won = _won_what(text, m.end())
        if NOUN_RE.search(won) or OBJECT_RE.search(won) or _PLACE_IN_RE.search(won):
            continue
        if _HEAT_RE.search(won):
            continue  # "Hij won zijn halve finale in 40,387": a round before the final
        if _MEDAL_BEFORE_VERB_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "die eerder deze week brons won op de 5000 meter": the verb last, its medal before it
        fronted = clause_before(text, m.start())
        if (ends_sentence or any(m.end() <= e.start < m.end() + len(won) for e in events)
                or _WIN_OBJECT_RE.search(won) or any(True for _ in find_times(won)) or _WIN_SCORE_RE.search(won)
                or (_FRONTED_EVENT_RE.search(fronted) and any(m.start() - len(fronted) <= e.start < m.start() for e in events))):
            cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_CLAUSE, placing=True))
            # "won die in 1.45,02, voor Tony van Diepen", "won in 14.28,56 voor Hassan": the name
            # after "voor" was second.
            # ("Roemenië won in 6.01,77, een baanrecord, voor Groot-Brittannië": past an apposition.)
            runner_up = (_RUNNER_UP_RE.match(text, m.end() + len(won)) or _RUNNER_UP_RE.search(text, m.end(), m.end() + len(won))
                         or _closing_runner_up(text, m.end()))
            cues += _runners_up(text, runner_up or closing_runner_up)
    for m in scan.finditer_from(LIST_RANK_RE, text, _LIST_RANK_OPENING_RE):
        # Only under a results heading in the same paragraph or the one just above it, or at the
        # head of a run of lists ("Uitslagen NK indoor", then "800 meter mannen: 1. ...", "60 meter ...").
        paragraph_start = text.rfind("\n\n", 0, m.start())
        above = text.rfind("\n\n", 0, max(0, paragraph_start))
        if (_RESULTS_HEADING_RE.search(text, max(0, above), m.start()) or results_heading(text, m.start())
                or _below_results_lists(text, paragraph_start) or _numbered_results(text, paragraph_start + 2 if paragraph_start >= 0 else 0)
                or _inline_ranking(text, m.start())):
            rank = int(m.group("rank"))
            medal = Medal(m.start(), m.end(), m.group(0).strip(), medal=RANK_MEDALS[rank], rank=rank)
            cues.append(MedalCue(medal, BIND_LIST, placing=True))
            shared = _shared_place(text, m.end())
            if shared:  # "3. Sara Kovačević (Kro) en Bárbara Ferreira (Por)": two bronzes in judo
                cues.append(MedalCue(Medal(shared.start(1), shared.end(1), shared.group(1), medal=RANK_MEDALS[rank], rank=rank),
                                     BIND_LIST, placing=True))
    for m in scan.finditer(_ONLY_AHEAD_RE, text):
        if _ONLY_BEFORE_RE.search(text, max(0, m.start() - 70), m.start()):
            cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_CLAUSE, placing=True))
    # "Verbrugge zwom naar zilver in 59,12. De Italiaan Lamberti was met 58,84 net iets sneller": who
    # was faster than a silver medallist just named won.
    silvers = [c.medal.start for c in cues if c.medal.medal == "silver"]
    for m in scan.finditer(_FASTER_RE, text) if silvers else ():
        since = _previous_sentence_start(text, m.start())
        if any(since <= s < m.start() for s in silvers):
            cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_CLAUSE, placing=True))
    for m in scan.finditer(_ONLY_AHEAD_OF_RE, text):
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_LIST, placing=True))
        # ... and who had only that one ahead, named after the verb, was second: "moest de
        # 27-jarige Desmet alleen ...".
        subject = _ONLY_AHEAD_SUBJECT_RE.search(text, max(0, m.start() - 60), m.start())
        if subject:
            cues.append(MedalCue(Medal(subject.start("who"), subject.end("who"), subject.group("who"), medal="silver", rank=2),
                                 BIND_CLAUSE, placing=True))
    for m in scan.finditer(_TWO_AHEAD_RE, text):
        for group, medal in (("first", "gold"), ("second", "silver")):
            end = m.start(group)
            cues.append(MedalCue(Medal(m.start(), end, text[m.start() : end], medal=medal, rank=MEDAL_RANKS[medal]),
                                 BIND_LIST, placing=True))
    for m in scan.finditer(_BEAT_RE, text):
        # "waarin Lavreysen in de finale in twee heats te sterk was voor Richardson": gold; "In de
        # strijd om het brons was Frankrijk te sterk voor de Nederlandse ploeg": bronze.
        clause = clause_before(text, m.start(), limit=100)
        contest = _CONTEST_FOR_RE.search(clause)
        if contest:
            won = MEDAL_NOUNS[contest.group("noun").lower()]
            medal = Medal(m.start(), m.end(), m.group(0), medal=won, rank=MEDAL_RANKS[won])
            cues.append(MedalCue(medal, BIND_CLAUSE, placing=True))
        elif _FINAL_RE.search(clause) and not re.search(r"\b(?:halve|kwart)\s*finale", clause, re.I):
            medal = Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1)
            cues.append(MedalCue(medal, BIND_CLAUSE, placing=True))
            # ... and the one it was too strong for lost the final: silver ("In de finale was
            # Noorwegen met 29-25 te sterk voor Frankrijk").
            beaten = _BEATEN_NAME_RE.match(text, m.end())
            if beaten:
                end = beaten.end("voor")  # (the cue ends where the name starts, as a results list's)
                cues.append(MedalCue(Medal(m.start(), end, text[m.start() : end], medal="silver", rank=2), BIND_LIST, placing=True))
                # ("te snel voor de Italiaanse Bortolotti en de Poolse Kamińska": the second, of a
                # nation of her own, was third; "voor de Zwitserse Gerber en Käser" is one pair)
                cues += [c for c in _third_after(text, beaten.end()) if c.medal.text != "en"]
    for m in scan.finditer(_LOST_TO_RE, text):
        contest = re.sub(r"\s+", " ", (m.group("c1") or m.group("c2") or m.group("c3")).lower())
        medal = LOST_CONTESTS[contest]
        rank = 1 if medal == "gold" else 3
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal=medal, rank=rank), BIND_NEXT_NAME, placing=True))
    for m in scan.finditer(PODIUM_LAST_TWO_RE, text):
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="silver", rank=2), BIND_FIRST, placing=True))
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="bronze", rank=3), BIND_SECOND, placing=True))
    for m in scan.finditer(PODIUM_THIRD_RE, text):
        medal = Medal(m.start(), m.end(), m.group(0), medal="bronze", rank=3)
        cues.append(MedalCue(medal, BIND_CLAUSE, placing=True))
    for event in events:
        # "Bij de vrouwen ging de teamsprint eerder op de dag naar Zweden": the race given to its winner
        given = _EVENT_GIVEN_BEFORE_RE.search(text, max(0, event.start - 12), event.start)
        if given and _GIVEN_NAAR_AFTER_RE.match(text, event.end):
            cues.append(MedalCue(Medal(event.start, event.end, text[event.start : event.end], medal="gold", rank=1),
                                 BIND_CLAUSE, placing=True))
    for m in scan.finditer(_WIN_GIVEN_RE, text):
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_CLAUSE, placing=True))
        cues += _runners_up(text, _runner_up_in_clause(text, m.end()))
    for m in scan.finditer(PODIUM_TOP_RE, text):
        # "stond met 14,300 op de hoogste trede van het podium, 0,134 punt voor de Kroaat Horvat"
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_CLAUSE, placing=True))
        cues += _runners_up(text, _runner_up_in_clause(text, m.end()))
    for m in scan.finditer(_PREY_RE, text):
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_NEXT_NAME, placing=True))
    for m in scan.finditer(BEST_ON_RE, text):
        # "Donderdag was ze al de snelste op de 100 meter vrije slag", "de snelste op de vlakke
        # 60 meter": a win, unless of a heat.
        event = next((e for e in events if e.start >= m.end() and re.fullmatch(r"(?:[a-z]+e\s+)?", text[m.end() : e.start])), None)
        if event is not None and not _HEAT_RE.search(_won_what(text, event.end)):
            medal = Medal(m.start(), m.end(), m.group(0).strip(), medal="gold", rank=1)
            cues.append(MedalCue(medal, BIND_CLAUSE, placing=True))
    for m in scan.finditer(_BEST_RE, text):
        # "was in 4.07,915 de snelste, voor Italië en Hongarije", "was in de KL2 200 meter de
        # sterkste.": a win when the sentence ends on it or names who came next, unless of a heat.
        # ("won in 1.06,21 en was opnieuw de snelste" is the win already found.)
        runner_up = _RUNNER_UP_RE.match(text, m.end())
        # ("Daar was Ottens de sterkste in 4.01,55;": the winning time may close it)
        # ("was met 6.46,12 niet te kloppen, de Italiaanse Bertazzoni werd tweede": or the next place)
        # ("waren met negen titels veruit het sterkst, voor Ethiopië": not at the top of a tally)
        clause = clause_before(text, m.start())
        if ((runner_up or _BEST_CLOSES_RE.match(text, m.end()) or _NEXT_PLACE_RE.match(text, m.end()))
                and not _HEAT_RE.search(clause) and not _TALLY_COUNT_RE.search(clause)
                and not WIN_RE.search(_sentence_before(text, m.start()))):
            cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_CLAUSE, placing=True))
            cues += _runners_up(text, runner_up)
    for m in scan.finditer(ONE_TWO_RE, text):
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="gold", rank=1), BIND_FIRST))
        cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal="silver", rank=2), BIND_SECOND))

    # "was sneller dan Rigney", "versloeg Obara": the beaten rival of a winner whose gold the
    # sentence or the one before says came second ("won de finale van X": the win is its own).
    golds = [c.medal.start for c in cues if c.medal.medal == "gold" and c.binding != BIND_SECOND]
    for m in scan.finditer(_BEATEN_RE, text):
        # (the winner's: not after a later place, "X pakte zilver, Y hield Z achter zich" is third
        # beating fourth)
        last = _last_placed(cues, text, m.start())
        if last is not None and last.medal.medal == "gold":
            medal = Medal(m.start(), m.end(), m.group(0).strip(), medal="silver", rank=2)
            cues.append(MedalCue(medal, BIND_LIST, placing=True))
            # "bleef de Italiaanse Ferraresi (13,900) en de Roemeense Dragomir (13,766) voor": the
            # second rival named was third.
            cues += _third_after(text, m.end())
    for m in scan.finditer(_FOLLOWED_RE, text):
        # ... the place after the last one named: "Zuid-Korea werd tweede, België volgde in 6.12,40" (third)
        last = _last_placed(cues, text, m.start())
        if last is not None:
            rank = MEDAL_RANKS[last.medal.medal] + 1
            if rank in RANK_MEDALS:
                cues.append(MedalCue(Medal(m.start(), m.end(), m.group(0), medal=RANK_MEDALS[rank], rank=rank), BIND_CLAUSE, placing=True))
    # "won de 1500 meter. De Italiaan tikte aan in 14.42,09, voor de Oekraïner Romanchuk en de
    # Hongaar Rasovszky": so the winner's time, with the podium after it.
    for time in times if golds and ", voor " in text else ():
        runner_up = _RUNNER_UP_RE.match(text, time.end)
        if (runner_up and runner_up.group(0).startswith(",") and _CLOSING_NAMES_RE.match(text, runner_up.end())
                and _FINISH_BEFORE_TIME_RE.search(text, max(0, time.start - 40), time.start)
                and any(_previous_sentence_start(text, time.start) <= g < time.start for g in golds)
                and not any(c.medal.start >= time.start and c.medal.end <= runner_up.end() for c in cues)):
            cues += _runners_up(text, runner_up)

    kept = [
        c for c in cues
        # ("in de strijd om het brons was X te sterk voor Y": the contest is what X won)
        if (_BEAT_RE.fullmatch(c.medal.text) or not is_missed(text, c.medal.start, c.medal.end))
        and not in_heading(text, c.medal.start)
        and not is_aim_or_tally(text, c.medal.start)
        # "maar dit keer heb ik gewonnen": a place or win in a quote is told again outside it.
        # (but not a place the speaker gives a name right before its verb: '"Zuid-Korea werd
        # tweede"', told nowhere else; not "de Koreaanse werd tweede", whom only the speaker knows)
        and not (c.placing and in_quote(text, c.medal.start) and not (
            c.binding == BIND_CLAUSE and _named_right_before(text, c.medal.start)))
        # "werd in de andere halve finale derde", "werd in de B-finale tweede", "In de halve finale
        # eindigt 't Klooster als tweede achter Gagnon": a place in a heat
        and not (c.placing and (_HEAT_RE.search(c.medal.text) or _FRONTED_HEAT_RE.search(clause_before(text, c.medal.start))))
        # "lag na de zevende horde nog op de derde plaats": a place during the race
        and not (c.placing and _RACE_POSITION_RE.search(clause_before(text, c.medal.start)))
        # "Canada wordt tweede en gaat ook door naar de finale": a place that qualified for the final
        # ("plaatste zich in de halve finale als tweede": before the place as well)
        and not (c.placing and (_QUALIFYING_RE.search(_sentence_after(text, c.medal.end))
                                or _QUALIFYING_RE.search(clause_before(text, c.medal.start))))
        # "de snelste op de 400 meter van de tienkamp, maar daar worden geen medailles voor uitgedeeld"
        and not (c.placing and _NO_MEDALS_FOR_THAT_RE.search(_sentence_after(text, c.medal.end)))
        # "sluit af als derde land in het medailleklassement": a place in the medal table
        # ("Medailleklassement na donderdag", then "3. Nederland 3, 2, 4": a row of the table under
        # its title; a results list's row is judged by its own title, not by a table below it)
        and not (c.placing and (_MEDAL_TABLE_RE.search(_list_heading(text, c.medal.start)) if _is_list_row(text, c)
                                else _MEDAL_TABLE_RE.search(text, max(0, c.medal.start - 60), c.medal.end + 40)))
        # "Vrouwen vier-zonder (B-finale): 1. Nederland 6.39,84": a row of a heat's list
        and not (_is_list_row(text, c) and _HEAT_RE.search(_list_title(text, c.medal.start)))
    ]
    # "werd tweede achter Kroatië", "pakten brons, achter Kroatië en Spanje": who was ahead.
    for cue in [c for c in kept if c.medal.medal in ("silver", "bronze")]:
        behind = _BEHIND_RE.match(text, cue.medal.end)
        if not behind:
            continue
        if cue.medal.medal == "silver":
            kept += _named_places(behind, ("achter",), 1)
        elif behind.group("en"):  # bronze behind two names: they were first and second
            kept += _named_places(behind, ("achter", "en"), 1)
    # "18.03 - ZILVER! Ilse Kraaijeveld pakt zilver op de 100 meter": a medal exclaimed alone is the
    # one the next sentence tells in full (whose and on what only that sentence says).
    kept = [c for c in kept if not _told_next(text, c, kept)]
    # One phrase, one cue: "olympisch goud" must not also count as "goud".
    kept.sort(key=lambda c: (c.medal.start, -(c.medal.end - c.medal.start)))
    result: list[MedalCue] = []
    for cue in kept:
        if any(_inside(cue, other) for other in result):
            continue
        result.append(cue)
    yield from result


def _told_next(text: str, cue: MedalCue, cues: list) -> bool:
    """Whether `cue` is a medal word exclaimed alone on its line ("GOUD!", "19.12 - BRONS!") and
    the next sentence holds a cue of the same medal."""
    exclaimed = _EXCLAIMED_RE.match(text, cue.medal.end)
    if not exclaimed or not _LINE_OPENING_RE.fullmatch(text, text.rfind("\n", 0, cue.medal.start) + 1, cue.medal.start):
        return False
    told_end = exclaimed.end() + len(_sentence_after(text, exclaimed.end()))
    return any(c.medal.medal == cue.medal.medal and exclaimed.end() <= c.medal.start < told_end for c in cues)


def _sentence_before(text: str, pos: int) -> str:
    """The text of `pos`'s sentence before `pos` (at most 200 characters)."""
    window = text[max(0, pos - 200) : pos]
    ends = [m.end() for m in SENTENCE_END_RE.finditer(window)]
    return window[max([0, *ends, window.rfind("\n") + 1]) :]


def _sentence_after(text: str, pos: int) -> str:
    """The text of `pos`'s sentence after `pos` (at most 200 characters)."""
    window = text[pos : pos + 200]
    end = SENTENCE_END_RE.search(window)
    return window[: end.start() if end else len(window)].split("\n", 1)[0]


def _last_placed(cues: list, text: str, pos: int) -> Optional[MedalCue]:
    """The cue named last from the sentence before `pos` up to `pos`, else None (a one-two's
    second shares its first's words and is not counted apart)."""
    since = _previous_sentence_start(text, pos)
    placed = [c for c in cues if since <= c.medal.start <= pos and c.binding != BIND_SECOND]
    return max(placed, key=lambda c: c.medal.start, default=None)


def _previous_sentence_start(text: str, pos: int) -> int:
    """Where the sentence before the one holding `pos` starts, within its paragraph."""
    paragraph = text.rfind("\n\n", 0, pos) + 1
    window = text[max(paragraph, pos - 400) : pos]
    ends = [m.end() for m in SENTENCE_END_RE.finditer(window)]
    offset = max(paragraph, pos - 400)
    return offset + ends[-2] if len(ends) >= 2 else offset


def _runner_up_in_clause(text: str, end: int) -> Optional[re.Match]:
    """", voor Ellery (en Nowicki)" later in the sentence of a gold that ends at `end`: the
    winner's name (and a score or time) may stand between."""
    sentence = SENTENCE_END_RE.search(text, end, end + 120)
    return _RUNNER_UP_RE.search(text, end, sentence.start() + 1 if sentence else min(len(text), end + 120))


#: After the names of a closing ", voor A (en B)": the end of the clause.
_CLOSING_NAMES_RE = re.compile(_NAME + _BRACKETED_TIME + r"(?:\s+en" + _ADJECTIVE + r"\s+" + _NAME + _BRACKETED_TIME + r")?\s*(?:[.,;:!?]|$)")


def _closing_runner_up(text: str, end: int) -> Optional[re.Match]:
    """"won goud op de aflossing in 4.04,321, voor Italië en Hongarije": the runner-up after a
    medal word, when the names close the clause ("goud, voor Nederland de eerste medaille" gives
    none)."""
    runner_up = _runner_up_in_clause(text, end)
    # (after a comma only: "goud in de K2 1000 meter voor Verwoerd en Ter Heide" is whose it was)
    closing = runner_up and runner_up.group(0).startswith(",") and _CLOSING_NAMES_RE.match(text, runner_up.end())
    return runner_up if closing else None


def _runners_up(text: str, runner_up) -> list:
    """Second (and third) after a win: ", voor Polen (en Italië)"."""
    if not runner_up:
        return []
    return _named_places(runner_up, ("voor",), 2) + _third_after(text, runner_up.end())


def _third_after(text: str, end: int) -> list:
    """The cue for a second name joined by "en" right after a runner-up's ("... en de Roemeense
    Dragomir"): third place; [] when none follows."""
    third = _AND_THIRD_RE.match(text, end)
    return _named_places(third, ("en",), 3) if third else []


def _named_places(match: re.Match, groups: tuple, first_rank: int) -> list:
    """Cues for the names right after `groups` of `match` ("voor", "achter", "en"), in places
    `first_rank`, `first_rank` + 1, ...; each cue ends where its name starts ("voor de Japanse |
    Takagi"), so the name is bound as a results list's is."""
    return [
        MedalCue(Medal(match.start(g), match.end(g), match.group(g), medal=RANK_MEDALS[rank], rank=rank), BIND_LIST, placing=True)
        for rank, g in enumerate(groups, first_rank)
    ]


def _inside(cue: MedalCue, other: MedalCue) -> bool:
    a, b = cue.medal, other.medal
    same_place = a.start >= b.start and a.end <= b.end
    # The two cues of a one-two, or of "gouden en zilveren medaille", share a span but differ in medal.
    return same_place and (a.medal == b.medal or cue.binding == other.binding == BIND_NEXT_NAME)
