"""Stage 5: relations. Link every time, medal, record and age to its athlete and event.

A fact belongs to a person in its own sentence when there is one. Candidate persons
preceded by a preposition that makes them an object (`voor Leerdam`, `dan Kok`)
are passed over, so `Kok pakte zondag voor Leerdam het goud` gives Kok the gold.
Among the rest, the nearest person before the fact wins (Dutch puts the subject
first or right after the verb), else the nearest after it (`..., zei Leerdam`).
A sentence without a person (`Ze schaatste naar goud`) continues the most recent
sentence that named one. The event is the nearest distance or discipline in the
sentence, else the last one named before it (`op die afstand`), else the first
after it. The competition is the nearest one named or implied in the sentence
(`werd wereldkampioen`), else the one the article names most.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Optional, Sequence

from .extract.competitions import (CompetitionMention, awards_medals, family_of, find_competitions, names_medal_competition,
                                   names_medal_competition_by_name, names_medal_series, races_clubs)
from .extract.medals import (
    BIND_CLAUSE,
    BIND_FIRST,
    BIND_LIST,
    BIND_NEXT_NAME,
    BIND_SECOND,
    LIST_RANK_RE,
    MEDAL_OF_WORD,
    TITLE_RE,
    WIN_RE,
    MedalCue,
    clause_before,
    in_quote,
    reports_series,
    results_heading,
    won_contest_for,
)
from .entities import BRACKETS_AFTER, DATELINE_RE, RELATIVE_BEFORE, is_full_name
from .extract import scan
from .extract.events import EVENT_ANAPHOR_RE, is_headline, named_classification, overall_classification, route_meters
from .extract.times import read_for_event
from .extract.vocab import alternation, clause_boundary, paragraph_end, phrase_alternation
from .lang.clauses_nl import (CLAUSE_CONJUNCTIONS, COMPARISON_LEADS, COORDINATING_AND, COORDINATING_CONJUNCTIONS, FIRST_PERSON_PLURAL_SUBJECTS, FIRST_PERSON_SUBJECTS, GIVING_ADVERBS, OBJECT_DETERMINERS,
                               PASSIVE_AUXILIARIES, PAST_TENSE_ENDINGS, RELATIVE_OPENERS, SPEAKERS_OWN, SPEECH_VERBS, THAN, THEREBY, THIRD_PERSON_OBJECTS,
                               SUBJECT_SEX, THIRD_PERSON_POSSESSIVES, THIRD_PERSON_SUBJECTS, TOPIC_VERBS, UNAMBIGUOUS_SUBJECTS)
from .lang.competitions_nl import DISTANCE_ONLY_FAMILIES, DISTANCE_ONLY_KINDS, EMBEDDED_CHAMPIONSHIP_PHRASES
from .lang.dates_nl import RELATIVE_PERIODS
from .lang.names import NAME_INITIALS, PARTICLES, RELATIVE_SEX
from .lang.places import country_names
from .lang.entities_nl import DEMONYM_NOUNS, NATIONALITY_ADJECTIVES, RACING_VERBS, inflected
from .lang.sport_nl import BEHIND_ONESELF_PHRASES, BEHIND_ONESELF_VERBS, COMBINED_EVENTS, COMBINED_PART_WORDS, DISTANCE_MEDAL_WORDS, FIELD_EVENTS, ONLY_AHEAD_AFTER, ONLY_AHEAD_VERBS, TITLE_WORDS, FINAL_WORDS, RACE_ANAPHORS, MEDAL_ADJECTIVES, MEDAL_NOUNS, MEDAL_OBJECTS, NON_ATHLETE_ROLES, TEAM_DISCIPLINES
from .lang.sport_nl import REGIONAL_DEMONYM_ADJECTIVES, ORDINALS, SPORT_NAMES, SWIM_STROKES, DEMONYM_COUNTRY, HOME_NATION_NOUNS, HOME_NATIONS, NEIGHBOUR_NATIONS, LEFT_TO_VERBS, BESTOW_VERBS, BESTOW_PARTICIPLES, SINGULAR_PERFECT_AUXILIARIES, TIME_NOUNS, DEMONYM_PLURAL_COUNTRY, LEG_WORDS, PACK_NOUNS, PERSON_CONTEXT, PLURAL_SUBJECTS, TEAM_WORD_ENDINGS, TEAM_WORDS
from .dates import sentence_tense
from .records import Age, DateMention, EventMention, Medal, Mention, RaceTime, RecordMention

#: A person right after one of these is an object of the clause, not who did it.
OBJECT_PREPOSITIONS = frozenset(
    "voor achter na dan tegen van met bij aan zonder tussen naast op over door tot om als zoals "
    "uit in naar namens binnen buiten "
    "feliciteert feliciteerde versloeg verslaat klopte klopt".split()
)
#: Team events: a national team, not one person, wins them.
TEAM_EVENTS = frozenset(TEAM_DISCIPLINES)
_WORDS = re.compile(r"[\w'-]+")
#: Words that may stand between a preposition and the name it governs: "voor de Italiaanse Fontana".
_NOUN_PHRASE_WORDS = frozenset(
    ["de", "het", "een", "haar", "zijn", "hun", "ploeggenote", "landgenote", "landgenoot", "teamgenoot"]
    + list(DEMONYM_COUNTRY)
    + [w.lower() for w in DEMONYM_NOUNS]
    + [w.lower() for w in PERSON_CONTEXT]
)
#: "de Nederlandse ploeg", "de Nederlandse vrouwen": a nationality adjective before a listed
#: lower-case group noun names a national team, whatever the event.
_TEAM_RE = re.compile(
    r"\b(?P<demonym>" + alternation(DEMONYM_COUNTRY) + r")\s+(?-i:" + alternation(TEAM_WORDS) + r")\b", re.I
)
#: In a team event also a compound group noun or the boat or team itself: "de Britse roeisters",
#: "het Italiaanse estafettekwartet", "de Nederlandse dubbelvier" (lower case, so that "de Duitse Meyers" stays a person; elsewhere "de twee
#: Nederlandse topschaatssters" are two people).
_TEAM_GROUP_RE = re.compile(
    r"\b(?P<demonym>" + alternation(DEMONYM_COUNTRY) + r")\s+(?-i:(?:" + alternation(TEAM_WORDS)
    + r"|[a-zà-ÿ]*(?:" + alternation((*TEAM_WORD_ENDINGS, *TEAM_DISCIPLINES)) + r")))\b",
    re.I,
)
#: "De Britten wonnen", "de Denen": a nation's people in the plural, standing for its team.
_NATION_PLURAL_RE = re.compile(r"\b[Dd]e\s+(?P<people>(?-i:(?=[A-Z]))(?:" + alternation(DEMONYM_PLURAL_COUNTRY) + r"))\b", re.I)
#: "onze zuiderburen", "de oosterburen": a neighbouring nation, its team.
_NEIGHBOUR_NATION_RE = re.compile(r"\b(?:[Oo]nze|[Dd]e)\s+(?P<people>" + alternation(NEIGHBOUR_NATIONS) + r")\b")
_NATION_OF_PEOPLE = {**DEMONYM_PLURAL_COUNTRY, **NEIGHBOUR_NATIONS}
# A fact's clause, and whether a name after it is still in it.
_CLAUSE_END = clause_boundary((*CLAUSE_CONJUNCTIONS, COORDINATING_AND, THAN, THEREBY))
#: What keeps a month or year from dating a fact: another clause ("won in 1.46,12 ..., die in 2013
#: 1.46,38 liep") or a comparison ("sneller dan in 2023"); not a comma that only elaborates
#: ("werd vorig jaar Europees kampioene op de 500 meter, in 37,64").
_DATE_CLAUSE_BREAK = clause_boundary((*CLAUSE_CONJUNCTIONS, THAN), comma_openers=RELATIVE_OPENERS)
#: The end of a fact's clause; the point or comma inside "10.000 meter" or "6.08,74" is none.
_ATTRIBUTION = re.compile(r"[\"”'’]\s*,?\s*(?:" + alternation(SPEECH_VERBS) + r")\b")
#: A quote's attribution just before a name: '"Jorrit was altijd buiten", vertelt Klaas'.
_ATTRIBUTION_BEFORE = re.compile(r"[\"”]\s*,?\s*(?:" + alternation(SPEECH_VERBS) + r")\s+(?:(?:" + alternation(NON_ATHLETE_ROLES) + r")\s+)?$")
#: A quotation's speaker, after it: '", vertelt ze', '", zegt Van der Zee'.
_SPEAKER_AFTER = re.compile(r"[\"”]\s*,?\s*(?:" + alternation(SPEECH_VERBS) + r")\s+(?:(?P<pronoun>" + alternation(THIRD_PERSON_SUBJECTS) + r")\b|(?=[A-Z]))")
_FIRST_PERSON = re.compile(r"\b(?:" + alternation(FIRST_PERSON_SUBJECTS) + r")\b", re.I)
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:" + alternation(FIRST_PERSON_PLURAL_SUBJECTS) + r")\b", re.I)
_SPEAKERS_OWN_BEFORE = re.compile(r"\b(?:" + alternation(SPEAKERS_OWN) + r")\s+(?:\w+\s+)?$", re.I)
#: Nothing but punctuation and space: a name after only this opens its sentence.
_ONLY_PUNCTUATION = re.compile(r"\W*")
#: A sentence opening with an age for its subject ("De 26-jarige renner van ... reed weg bij Van
#: Aert"): it stands for someone named before, and a name later in it is not its subject.
_AGE = r"\d+-jarige"
_AGE_OPENING = re.compile(r"\W*[Dd]e\s+" + _AGE + r"\s+")
#: A sentence opening on its subject by age or origin, standing for someone named before: "De
#: 25-jarige rijdt", "De Groningse rijdt met 6.58,20".
_ANAPHOR_OPENING = re.compile(r"\W*[Dd]e\s+(?:" + _AGE + "|(?P<demonym>" + alternation(DEMONYM_NOUNS) + r"))\s+")
#: A sentence opening on a demonstrative subject: "Die reed 3.23,902" (up to its first comma).
_DEMONSTRATIVE_OPENING = re.compile(r"\W*(?:Die|Deze)\s+(?:" + alternation(RACING_VERBS) + r")\b(?:[^,;]|(?<=\d),(?=\d))*")
_AND_DEMONYM = re.compile(r"\b(?:" + alternation(COORDINATING_CONJUNCTIONS) + r")\s+de\s+(?P<word>" + alternation(DEMONYM_NOUNS) + r")\b")
_CONJUNCTION_BEFORE = re.compile(r"\b(?:" + alternation(COORDINATING_CONJUNCTIONS) + r")\s+(?:de\s+\w+\s+)?$", re.I)
_TIME_OF = re.compile(r",\s+(?:de|een)\s+(?:" + phrase_alternation(TIME_NOUNS) + r")\s+(?:die|van)\s+(?:de\s+[a-z]\w*\s+)?")
_WITH_MEMBER = re.compile(r"\bmet\s+$", re.I)
_LEG_RE = re.compile(r"\b(?:" + alternation(LEG_WORDS) + r")\b", re.I)
# (after a live blog's time stamp: "11.52 uur - De kopgroep ...")
_PACK_SUBJECT_RE = re.compile(r"\s*(?:\d{1,2}[.:]\d{2}(?:\s*uur)?\s*[-–—:]\s*)?(?:de|het)\s+(?:" + alternation(PACK_NOUNS) + r")\b", re.I)
_TEAM_NATION_RE = re.compile(r"\b(?:" + alternation(DEMONYM_COUNTRY) + r")\b", re.I)
#: "de Hongaarse Dóra Bálint-Kovács", "de Canadese Émilie Gagnon": a nationality adjective that
#: introduces one (foreign) athlete says nothing about the nation whose team the article follows.
_NATION_OF_PERSON_RE = re.compile(r"\b(?:" + alternation(DEMONYM_COUNTRY) + rf")\s+(?-i:[{NAME_INITIALS}])", re.I)
#: "een Nederlands record": a national record is set by one of that nation, the article's own.
_NATIONAL_RECORD_RE = re.compile(
    r"\b(?P<adjective>" + alternation(a for a in NATIONALITY_ADJECTIVES if inflected(a).lower() in DEMONYM_COUNTRY) + r")\s+record\b")
#: What stands between the names of a list ("Canada, China en Zuid-Korea"), and what follows a
#: name that the list goes on after.
_LIST_JOINS = re.compile(r"[\s,]*(?:\ben\b[\s,]*)*")
_LIST_GOES_ON = re.compile(r"\s*(?:,|en\b)")
#: "hield de Duitse met een halve wiellengte achter zich": a nationality adjective standing for a
#: person (a preposition, conjunction or punctuation after it) is no nation's team either.
_NATION_AS_PERSON_RE = re.compile(r"\s*(?:[,.;:!?]|(?:" + alternation(OBJECT_PREPOSITIONS | {"en", "die"}) + r")\b)")
#: "Het kwartet met Eirik Strømsnes, ...", "Het duo won": a sentence whose subject is a team noun
#: without a nation continues the team the sentence before named.
_TEAM_NOUN_SUBJECT_RE = re.compile(r"\W*(?:Het|De)\s+(?-i:[a-zà-ÿ]*(?:" + alternation(TEAM_WORD_ENDINGS) + r"))\b")
_OPENING_ARTICLE = re.compile(r"\W*(?:[Hh]et|[Dd]e)\s+")
#: "won zilver met de Zweedse estafetteploeg": after a fact, the team it was won with.
_WITH_TEAM = re.compile(r"\s+met\s+(?:de|het)\s+", re.I)
#: "Maar ik denk vooral aan Van der Hoek": the verb of thinking before "aan" (see TOPIC_VERBS).
_TOPIC_VERB_BEFORE = re.compile(r"\b(?:" + alternation(TOPIC_VERBS) + r")\b(?:\s+[\w-]+){0,3}\s+$", re.I)
#: "Pech was er voor Groenewoud", "Er is goed nieuws voor Kok": what there was, was for the name.
_THERE_WAS = re.compile(r"\b(?:was|is|waren|zijn|bleef|blijft)\s+er\s+(?:[\w-]+\s+){0,2}$", re.I)
#: "De 50 meter werd gewonnen door de Poolse Wasick", "het brons werd veroverd door Takagi": the
#: agent of a passive is who did it: the name after "door", in a clause with a passive auxiliary
#: (at most two words before the fact: "werd (in Rome) gewonnen").
_PASSIVE_AGENT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+door\s+(?:de\s+|het\s+)?(?:[\w-]+\s+)?$", re.I)
_PASSIVE_AUXILIARY = re.compile(r"\b(?:" + alternation(PASSIVE_AUXILIARIES) + r")\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:" + alternation(PASSIVE_AUXILIARIES) + r")\s+(?:[\w-]+\s+){0,2}$", re.I)
#: What may stand between a preposition and the name it governs: an article and one describing
#: word, hyphenated ones included ("naar de Zuid-Koreaanse Seo", "voor de Nieuw-Zeelandse Fisher").
_BEFORE_NAME = r"(?:de\s+|het\s+)?(?:[\w-]+\s+)?"
#: "Het brons ging naar Takagi", "Het brons op de 500 meter was voor Kok", "Het goud ging toen naar
#: Neise": the name after the verb of giving right after the medal (an event may stand between;
#: so may the score or time it went with: "Het brons ging met 14,400 naar Ferraresi").
_GIVEN_TO = re.compile(
    r"(?:\s+(?:op|in|bij)\s+(?:de\s+|het\s+)?[\w.]+(?:\s+(?:meter|kilometer|km|m))?)?"
    r"\s*(?:(?:ging|gaat)\s+(?:met|in)\s+[\d.,:]+\s+naar|(?:ging|gaat|was|is|werd)\s+(?:(?:" + alternation(GIVING_ADVERBS) + r")\s+){0,2}(?:naar|voor))\s+"
    + _BEFORE_NAME + "$", re.I
)
#: "ging de titel bij de mannen naar de Jamaicaan Seville": the verb of giving before the medal.
#: "... naar de Britse Whitlock en de Spaanse Ruiz-Navarro.": a second name given the same medal,
#: ending its clause (not "en de Spaanse Ruiz-Navarro werd vijfde").
_SHARED_WITH = re.compile(r"\s+en\s+(?:de\s+[\w-]+\s+)?")
_LIKEWISE = re.compile(r"\bnet\s+als\s+(?:de\s+[\w-]+\s+)?$", re.I)
_SHARED_END = re.compile(r"\s*(?:\(\w+\)\s*)?(?:[.;!?]|$)")
_GIVEN_VERB_BEFORE = re.compile(r"\b(?:ging|gaat)\s+(?:\w+\s+){0,2}$", re.I)
#: "Goud ging naar Italië, zilver naar Frankrijk": the verb of giving left out after the first.
_BESTOW_BEFORE = re.compile(r"\b(?:" + alternation(BESTOW_VERBS) + r")\s+$", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:" + alternation(SINGULAR_PERFECT_AUXILIARIES) + r")\s+$", re.I)
_BESTOWED_LATER = re.compile(r"[^,.;:!?\n]{0,60}\b(?:" + alternation(BESTOW_PARTICIPLES) + r")\b", re.I)
_LEFT_TO = re.compile(r"\s+(?:" + alternation(LEFT_TO_VERBS) + r")\s+aan\s+" + _BEFORE_NAME + "$", re.I)
#: "dat sinds 2023 met 37,03 op naam stond van de Japanse Nomura": the holder a time or record
#: stands in the name of, a few words on.
_IN_NAME_OF = re.compile(r"(?:\s+[\w-]+){0,3}?\s+op\s+naam\s+(?:[\w-]+\s+){0,2}?van\s+" + _BEFORE_NAME + "$", re.I)
_GAPPED_TO = re.compile(r"\s+naar\s+" + _BEFORE_NAME + "$", re.I)
_GIVING_VERB = re.compile(r"\b(?:ging|gingen|gaat|gaan)\b.*(?:,|\sen)\s*(?:het\s+|de\s+)?$", re.I | re.S)
#: A round-up's item, by how it opens: a paragraph headed by its sport ("Snowboard - In Livigno
#: won ..."), the item being that paragraph; or a heading of its own that names the sport first
#: ("Judo: Oudewater pakt goud in Portugal", "Judo | Goud voor Meuleman"), the item running to the next item.
_SPORT_HEADING = re.compile(r"\n\s*(?:" + alternation(SPORT_NAMES) + r")\s+[-–—]\s", re.I)
_SPORT_TITLE = re.compile(r"(?:^|\n\n)[ \t]*(?:" + alternation(SPORT_NAMES) + r")(?::|[ \t]+\|)[ \t][^\n]{1,100}(?=\n\n)", re.I)
#: "het goud van In 't Hout": the name after "van" holds the medal.
_OF_HOLDER = re.compile(r"\s+van\s+(?:[a-z][\w-]*\s+)?")  # ("het zilver van skeletonster Nele Goossens")
#: A placing said as "als tweede", and the "met" that makes a list of such placings ("won in
#: 37,12, met Leerdam als tweede en Bos als derde").
_AS_PLACE = re.compile(r"als\s", re.I)
_WITH = re.compile(r"\bmet\b", re.I)
#: "als" that compares ("even snel als Kok"), and a lower-case word after a name that is no
#: preposition or article: mostly its clause's verb ("als 't Mannetje aanschuift").
_COMPARISON_LEAD = re.compile(r"\b(?:" + alternation(COMPARISON_LEADS) + r")\b", re.I)
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?!(?:" + alternation(OBJECT_PREPOSITIONS | set(OBJECT_DETERMINERS)) + r")\b)[a-zà-ÿ]+\b")
#: "De laatste Nederlandse wereldkampioene in de skiff, Marga Steenhuis, won die titel in 1999": a
#: name set off by commas right after a title (and what it was won in) is its holder.
_APPOSITION_AFTER_TITLE = re.compile(r"(?:\s+(?:in|op|bij|van)\s+(?:de|het)\s+[\w-]+(?:\s+[\w-]+)?)?,\s+")
#: "Goud voor Torvund, zilver voor Hamasaki en brons voor Van der Kooij": a medal opening its
#: clause, the name after "voor" holds it ("zilver voor de Spaanse Ortega": past her nationality).
_OPENING_MEDAL_FOR = re.compile(r"\s+voor\s+" + _BEFORE_NAME + "$")
_EMBEDDED_CHAMPIONSHIP_RE = re.compile(r"\b(?:" + alternation(EMBEDDED_CHAMPIONSHIP_PHRASES) + r")\b", re.I)
_CLAUSE_BREAK_INSIDE = clause_boundary(COORDINATING_CONJUNCTIONS)
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s*|\s+en\s+)(?:[Dd]e\s+|[Hh]et\s+|[Ee]en\s+)?$")  # ("de zilveren plak voor De Haan")
_GIVEN_TO_LATER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+naar\s+" + _BEFORE_NAME + "$", re.I)
_MEDAL_WORDS = [*MEDAL_NOUNS, *MEDAL_OBJECTS, "titel", "wereldtitel", "zege", "overwinning", "prooi"]
_MEDAL_LIST_RE = re.compile(r"\b(?:" + alternation(MEDAL_NOUNS) + r")\s+en\s+(?:" + alternation(MEDAL_NOUNS) + r")\b", re.I)
_MEDAL_OR_PLACE_RE = re.compile(r"\b(?:" + alternation([*MEDAL_NOUNS, *MEDAL_ADJECTIVES, *MEDAL_OBJECTS, *ORDINALS]) + "|"
                                + phrase_alternation(TITLE_WORDS) + r")\b", re.I)
_MEDAL_WORD_RE = re.compile(r"\b(?:" + alternation([*MEDAL_NOUNS, *MEDAL_ADJECTIVES]) + r")\b", re.I)
#: "goud voor Florijn", "Brons was er voor de Japanse Takagi", "de 60 meter werd een prooi voor
#: Burnet", "een Nederlands record voor De Boo": the name after "voor" got the medal, won the race
#: or set the record.
_MEDAL_BEFORE_FOR = re.compile(
    r"\b(?:" + alternation(_MEDAL_WORDS) + r"|\w*record)(?:\s+(?:was|is|ging|gaat|weggelegd|" + alternation(GIVING_ADVERBS) + r"))*\s+$", re.I
)
#: A figure's decimal comma ("die in 24,80 Europees kampioen werd") does not end the clause; the
#: particle of a split verb may stand between name and clause ("bleef Takagi voor, die ...").
_RELATIVE = re.compile(r"\s*(?:\([\d.,:]+\))?(?:\s+(?:voor|achter|af|mee|terug))?\s*,\s*(?:die|dat)\b(?:[^,.;]|(?<=\d)[,.](?=\d))*$", re.I)
_BEHIND_ONESELF_VERB = re.compile(r"\b(?:" + alternation(BEHIND_ONESELF_VERBS) + r")\b", re.I)
_BEHIND_ONESELF_AFTER = re.compile(r"(?:[^.;!?]|(?<=\d)[.,](?=\d)){0,60}?\b(?:" + phrase_alternation(BEHIND_ONESELF_PHRASES) + r")\b")
#: "moest alleen Hayashida voor zich dulden": the one named before it finished ahead, an object.
_AHEAD_OF_ONESELF_AFTER = re.compile(r"[^.;,!?]{0,50}?\s(?:" + alternation(ONLY_AHEAD_AFTER) + r")\b")
_AHEAD_OF_ONESELF_VERB = re.compile(r"\b(?:" + alternation(ONLY_AHEAD_VERBS) + r")\b", re.I)
#: A relative clause opening after a name: ", die in 2.07,02 won", "; die werd tweede".
_RELATIVE_OPENING = re.compile(r"[,;]\s*(?:die|dat)\b")
_ASIDE_OPENING = re.compile(r"\s*(?:die|dat)\s", re.I)
_COMBINED_EVENTS = frozenset(COMBINED_EVENTS)
_FIELD_EVENTS = frozenset(FIELD_EVENTS)
# ("Op het afsluitende onderdeel, de 1500 meter, liep hij 4.26,81": the part word may stand apart)
_COMBINED_PART_BEFORE = re.compile(r"\b(?:" + alternation(COMBINED_PART_WORDS) + r")(?:\s+onderdeel)?(?:\s*,\s*|\s+)(?:de\s+|het\s+)?$", re.I)
_COMBINED_PART_AFTER = re.compile(r"\s+van\s+de\s+(?:" + alternation(COMBINED_EVENTS) + r")\b", re.I)  # "de 400 meter van de tienkamp"
_TITLE_IN_ASIDE = re.compile(r"\b(?:" + alternation(TITLE_WORDS) + r")\b", re.I)
#: "Femke Kok (1.13,89)": a time in brackets right after a name is that person's.
_BRACKETED = re.compile(r"\s*\($")
#: "Cole Brennan uit de Verenigde Staten (1.08,02)": the country a person comes from.
_FROM_COUNTRY = re.compile(r"\s+uit\s+(?:de\s+|het\s+)?$")
#: What may open a sentence before a "dan" that means "then": "Dan Kok", "En dan Lotte Deprez".
_THEN_OPENING = re.compile(r"\W*(?:(?:en|maar)\s+)?", re.I)
_FOR_OPENING = re.compile(r"\W*voor\s+$", re.I)
#: "die in Cortina voor België brons pakten": a nation right before a team's medal, after "voor",
#: is the nation it was won for (not one beaten: "voor België als tweede" takes no medal noun).
_FOR_NATION_BEFORE = re.compile(r"\bvoor\s+$", re.I)
# "de vierde gouden medaille voor TeamNL", "zilver en brons voor TeamNL": whom a medal is for.
_FOR_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+voor\s+(?:de\s+|het\s+)?", re.I)
#: "de eerste (Nederlandse) medaille", "al de vierde gouden medaille": an ordinal counts medals.
_ORDINAL = r"\b(?:de|het)\s+(?:al\s+)?(?:" + alternation(ORDINALS) + r")\s+(?:[\w-]+\s+)?"
_ORDINAL_BEFORE = re.compile(_ORDINAL + r"$", re.I)
#: The same ordinal with its medal or title after it ("de eerste medaille", "de tweede allroundtitel"):
#: where a tally may stand.
_ORDINAL_MEDAL = re.compile(_ORDINAL + r"(?P<medal>[\w-]*?(?:" + alternation(_MEDAL_WORDS) + r"))\b", re.I)
#: A pronoun that is the subject, not an object: "hij", "zij", and "ze" followed by the object's
#: determiner ("Met 8,04 bleef ze de favoriete Oudendijk voor"; "versloeg ze" alone is ambiguous).
_SUBJECTS = alternation(THIRD_PERSON_SUBJECTS)
_PRONOUN_SUBJECT_ONLY = re.compile(
    r"\b(?:" + alternation(UNAMBIGUOUS_SUBJECTS) + r")\b|\bze\s+(?:" + alternation(OBJECT_DETERMINERS) + r")\b", re.I)
#: A subject pronoun or a possessive one ("zijn", "haar"): the sentence is about someone named before.
_PRONOUN_SUBJECT = re.compile(r"\b(?:" + alternation((*THIRD_PERSON_SUBJECTS, *THIRD_PERSON_POSSESSIVES)) + r")\b", re.I)
#: A pronoun that can be a person subject ("ze" too: "Gisteren pakte ze zilver").
_PRONOUN_SUBJECT_PERSON = re.compile(r"\b(?:" + _SUBJECTS + r")\b", re.I)
#: ... or "haar", a possessive that is no verb ("zijn" is both).
_PRONOUN_PERSON = re.compile(r"\b(?:" + _SUBJECTS + r"|haar)\b", re.I)
#: A sentence's subject is a pronoun when one stands among its first words ("Hij bleef ...",
#: "Gisteren pakte ze daar zilver, achter Ødegård").
_OPENING_PRONOUN = re.compile(r"\W*(?:[\w'’,-]+\s+){0,6}?(?:" + _SUBJECTS + r")\b", re.I)
_ADDRESSED = re.compile(r"\b(?:je|jij)\b", re.I)
_THIRD_PERSON = re.compile(
    r"\b(?:" + alternation((*THIRD_PERSON_SUBJECTS, *THIRD_PERSON_POSSESSIVES, *THIRD_PERSON_OBJECTS)) + r")\b", re.I)
_ACRONYM_LED = re.compile(r"[A-Z]{2,}(?:\s+[A-Z][\w'-]*)+")  # "RTC Noord", "AV Hanzesport"
_NON_ATHLETE_RE = re.compile(r"\b(?:" + alternation(NON_ATHLETE_ROLES) + r")\s+$", re.I)
_DISTANCE_MEDAL_BEFORE = re.compile(r"\b(?:" + alternation(DISTANCE_MEDAL_WORDS) + r")\s+$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A period before the article's own ("vorig jaar", "vorige maand"): a result of an earlier race.
_PAST_PERIOD = re.compile(r"\b(?:" + alternation(p for p, (_, offset, _) in RELATIVE_PERIODS.items() if offset < 0) + r")\b", re.I)
_RACE_ANAPHOR_RE = re.compile(r"\b(?:" + alternation(RACE_ANAPHORS) + r")\b", re.I)
#: How an earlier sentence names a final: "finale", "A-finale", "halve finale", "eindstrijd".
_FINAL_RE = re.compile(r"\b(?:" + alternation(FINAL_WORDS) + r")\b", re.I)
#: Between two events named together: "op de 5000 meter en op de 10.000 meter", "de 500, 1000 en
#: 1500 meter", "zowel de 1000 als de 1500 meter" (the group counts only when its last link is "en"
#: or "als").
_EVENT_LINK = re.compile(r"(?:\s+(?:" + alternation(SWIM_STROKES) + r"))?\s*(?:,|\s(?P<en>en|als))\s+(?:op\s+)?(?:de\s+|het\s+)?", re.I)
_PLURAL_RE = re.compile(r"\b(?:" + alternation(PLURAL_SUBJECTS) + r")\b", re.I)


class Linker:
    """Relation lookups over one article body (offsets into the body text)."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
                 events: Sequence[EventMention], dates: Sequence[DateMention]):
        self.text = text
        # Answers of the lookups every fact repeats (a medal asks for its sentence's persons and
        # whether each is an object several times over), by their arguments: what they read is
        # fixed once set here.
        self._in_sentence_memo: dict = {}
        self._governed_memo: dict = {}
        self._event_memo: dict = {}
        self._sentence_names_memo: dict = {}
        self._aside_memo: dict = {}
        # A paragraph break always ends a sentence (a results list runs into the next paragraph
        # in the model's sentences).
        self.sentences = _split_at_paragraphs(text, list(sentences) or [(0, len(text))])
        self._starts = [s for s, _ in self.sentences]
        self.persons = sorted((m for m in mentions if m.label == "PER"), key=lambda m: m.start)
        # "de Ier Ben Healy" read as one place by the model: the name after the demonym is a person;
        # so is a "miscellaneous" or organisation name with a Dutch surname particle ("Jenning de Boo").
        self.persons = sorted(self.persons + [p for p in map(_demonym_person, mentions) if p]
                              + [m for m in mentions if m.label in ("MISC", "ORG") and _PARTICLE_NAME.fullmatch(m.text)],
                              key=lambda m: m.start)
        self.countries = [m for m in mentions if m.label == "LOC" and m.text in country_names()]
        # ... and by their codes ("GER", canonically Duitsland), which only a results line's crew takes.
        self.country_codes = [m for m in mentions if m.label == "LOC" and m.text not in country_names() and m.canonical in country_names()]
        # Clubs, which hold the team results of a club championship ("1. RTC Noord 1.29,87").
        self.clubs = [m for m in mentions if m.label == "ORG"]
        # Who can hold a team result: countries, and "de Britten" for the British team.
        self.nations = sorted(self.countries + [
            Mention(m.start("people"), m.end("people"), m.group("people"), label="LOC",
                    canonical=_NATION_OF_PEOPLE[m.group("people").lower()])
            for pattern in (_NATION_PLURAL_RE, _NEIGHBOUR_NATION_RE) for m in scan.finditer(pattern, text)
        ], key=lambda m: m.start)
        self.names = (*self.persons, *self.nations)  # who can hold a fact, person or nation
        self.events = sorted(events, key=lambda e: e.start)
        self.day_dates = [d for d in dates if d.granularity == "day"]
        # A month or year dates a fact whose sentence names no day ("werd in augustus Europees
        # kampioene", "won vorig jaar brons"): reconciliation places it in the race of that month
        # or year, or keeps it apart from this season's. A week is too loose to place a race.
        self.coarse_dates = [d for d in dates if d.granularity in ("month", "year")]
        self.competitions = find_competitions(text, mentions)
        self.competition = _main_competition(self.competitions, self.sentences[0][1], self._about_the_future)
        self.main_event = self._main_event()
        self._person_events: Optional[dict] = None  # person -> (sentence start, event), built on first use
        self.main_event_name = self.main_event.event if self.main_event else ""
        self.gives_medals = awards_medals(self.competition)
        # The nation whose team the article follows: "de Nederlandse ploeg", "de Nederlandse vrouwen";
        # a rival's team ("het gat met de Poolse ploeg") does not count.
        # Of teams named as often as each other ("de Japanse vrouwen ... het Nederlandse trio"), the
        # nation the article follows, else the first named (the followed nation is read only when
        # needed: it asks every country whether it is an object).
        teams = Counter(DEMONYM_COUNTRY[m.group("demonym").lower()] for m in scan.finditer(_TEAM_GROUP_RE, text)
                        if not self._governed(m.start()))
        leaders = [nation for nation, count in teams.items() if count == max(teams.values())]  # (first named first)
        self.team_nation = (leaders[0] if len(leaders) == 1
                            else self._followed_nation if not leaders or self._followed_nation in leaders else leaders[0])
        self.reports_series = reports_series(text)  # a World Cup race: its podium gives no medals
        self.overall = overall_classification(text)  # "allround" in an EK allround report

    def _main_event(self) -> Optional[EventMention]:
        """The race the article reports: the first event named, in its first half ("Zondag
        sluiten de renners het toernooi af met de tijdrit" at the end is no default for facts
        elsewhere) and not in a sentence about the future ("Morgen vaart ze de K1 200 meter")."""
        for e in self.events:
            if e.start > len(self.text) // 2:
                break
            if not self._about_the_future(e.start):
                return e
        return None

    def _about_the_future(self, pos: int) -> bool:
        """The sentence at `pos` tells of what is still to come (the tense cues are those the
        dates stage reads: one idea of "about the future")."""
        start, end = self.sentences[self.sentence_of(pos)]
        return sentence_tense(self.text[start:end]) == "future"

    # -- lookups ------------------------------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def _in_sentence(self, items, index: int):
        """The items (one of this linker's lists) in sentence `index`: the same list every time it
        is asked for, which callers must not change."""
        key = (id(items), index)
        found = self._in_sentence_memo.get(key)
        if found is None:
            start, end = self.sentences[index]
            # A name the sentence splitter cut in two ("4. M. | Groenewoud 1.53,10") still counts.
            found = self._in_sentence_memo[key] = [i for i in items if i.start < end and i.end > start]
        return found

    def _is_object(self, person: Mention, possessive_ok: bool = False) -> bool:
        """`voor Leerdam`, `achter de Italiaanse Arianna Fontana`: the person is an object."""
        return self._governed(person.start, possessor=possessive_ok and person.label == "PER")

    def _bestowed_to(self, country: Mention) -> bool:
        """"Vanderbeke bezorgt België brons": the country a person brings a medal to."""
        if country.label != "LOC":
            return False
        before = self.text[max(0, country.start - 20) : country.start]
        return bool(_BESTOW_BEFORE.search(before) or (_PERFECT_BEFORE.search(before)
                                                        and _BESTOWED_LATER.match(self.text, country.end)))

    def _team_tally(self, index: int, start: int, end: int) -> bool:
        """"Voor TeamNL is het de eerste gouden medaille", "Het is de vierde medaille voor België",
        "Voor Lotto is het de eerste Belgische titel": a count of a team's or a nation's medals or
        titles, the one just told, not a fact of its own (nor the last athlete's named before it)."""
        return self._tally_holder(index, start, end) is not None

    def _tally_holder(self, index: int, start: int, end: int) -> Optional[Mention]:
        """The team or nation whose tally the medal word at [start, end) in sentence `index`
        counts (see `_team_tally`), else None."""
        if not _ORDINAL_BEFORE.search(self.text, max(0, start - 40), start):
            return None
        sentence_start, sentence_end = self.sentences[index]
        return next((holder for holder in (*self.clubs, *self.nations)
                     if sentence_start <= holder.start < sentence_end and (
                         _FOR_OPENING.match(self.text, sentence_start, holder.start)
                         or _FOR_AFTER.fullmatch(self.text, end, holder.start))), None)

    def _previous_team(self, index: int) -> str:
        """The nation of the last team the sentence before `index`, in the same paragraph, names
        as a subject ("de Nederlandse dubbelvier", "Nederland"), else ''."""
        if index == 0 or "\n\n" in self.text[self.sentences[index - 1][1] : self.sentences[index][0]]:
            return ""
        found = self._team_phrases(_TEAM_GROUP_RE, *self.sentences[index - 1])
        found += [(c.start, _name(c)) for c in self._in_sentence(self.nations, index - 1) if not self._is_object(c)]
        return max(found)[1] if found else ""

    def _crew_of_previous(self, index: int) -> bool:
        """Whether sentence `index` tells the race of the team the sentence before placed, naming
        no medal or place of its own: "Het goud ging naar Duitsland. Brenner en Kessler waren met
        3:38.92 een klasse apart" (but "De titel ging naar Groot-Brittannië. Lamberink, Van de Wouw
        en Van der Peet werden in 46,412 tweede" is another team's)."""
        if index == 0:
            return False
        return (bool(_MEDAL_OR_PLACE_RE.search(self.text, *self.sentences[index - 1]))
                and not _MEDAL_OR_PLACE_RE.search(self.text, *self.sentences[index]))

    @functools.cached_property
    def _followed_nation(self) -> str:
        """`followed_nation` of the country names, people ("de Noren"), nationality adjectives and
        national records ("een Nederlands record") of the article, less those only named as
        objects ("sneller dan Duitsland", "met de Poolse ploeg") or of one athlete ("de Hongaarse
        Dóra Bálint-Kovács"). A nation whose medals the article counts ("Het is de eerste medaille
        ooit voor België") is the one it follows, however seldom named: a tally is the home
        newsroom's."""
        for m in scan.finditer(_ORDINAL_MEDAL, self.text):
            holder = self._tally_holder(self.sentence_of(m.start()), m.start("medal"), m.end("medal"))
            if holder is not None and holder in self.nations:
                return _name(holder)
        # (not a neighbour named from home: "onze zuiderburen" are the others)
        named = sorted([(c.start, _name(c)) for c in self.nations if not self._is_object(c) and c.text not in NEIGHBOUR_NATIONS]
                       + [(m.start(), DEMONYM_COUNTRY[m.group(0).lower()]) for m in scan.finditer(_TEAM_NATION_RE, self.text)
                          if not _NATION_OF_PERSON_RE.match(self.text, m.start()) and not self._governed(m.start())
                          and not _NATION_AS_PERSON_RE.match(self.text, m.end())]
                       + [(m.start(), DEMONYM_COUNTRY[inflected(m.group("adjective")).lower()])
                          for m in scan.finditer(_NATIONAL_RECORD_RE, self.text)])
        return followed_nation([nation for _, nation in named])

    def _team_phrases(self, pattern: re.Pattern, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, nation) of the national-team phrases ("de Nederlandse ploeg") of `pattern` in
        [start, end) that no preposition governs ("achter de Britse ploeg" is only a rival), nor a
        winner holds behind ("hielden de Nederlandse ploeg in 5.26,91 achter zich")."""
        return [(m.start(), DEMONYM_COUNTRY[m.group("demonym").lower()]) for m in scan.finditer_in(pattern, self.text, start, end)
                if not self._governed(m.start()) and not self._held_behind(m.start(), m.end())]

    def _held_behind(self, start: int, end: int) -> bool:
        """Whether the phrase at [start, end) is the object of "hield ... achter zich"."""
        return self._object_before(_BEHIND_ONESELF_AFTER, _BEHIND_ONESELF_VERB, start, end)

    def _let_ahead(self, start: int, end: int) -> bool:
        """Whether the phrase at [start, end) is the object of "moest ... voor zich dulden"."""
        return self._object_before(_AHEAD_OF_ONESELF_AFTER, _AHEAD_OF_ONESELF_VERB, start, end)

    def _beside_oneself(self, person: Mention, fact: int) -> bool:
        """Whether `person` is the one a subject held behind or let ahead ("Ter Voorde moest alleen
        Hayashida voor zich dulden en kwam tot 1.14,20"), for a fact later in the sentence that
        no relative clause gives back to them ("... voor laten gaan, die in 2.07,02 won")."""
        return ((self._held_behind(person.start, person.end) or self._let_ahead(person.start, person.end))
                and not _RELATIVE_OPENING.search(self.text, person.end, fact))

    def _object_before(self, phrase_after: re.Pattern, verb: re.Pattern, start: int, end: int) -> bool:
        """Whether the phrase at [start, end) is the object a verb of its clause before it takes,
        with `phrase_after` ("achter zich") closing the object: the last name before that
        phrase ("Op de 500 meter hield Kok Takagi achter zich": Kok, after the verb, is its
        subject)."""
        after = phrase_after.match(self.text, end)
        if after is None or not verb.search(clause_before(self.text, start)):
            return False
        return not any(end <= n.start < after.end() for n in self.names)

    def _governed(self, pos: int, possessor: bool = False) -> bool:
        """Whether the name or noun phrase at `pos` is the object of a preposition ("voor
        Leerdam", "achter de Britse ploeg"); `possessor`: "van" makes a possessor, no object."""
        key = (pos, possessor)
        governed = self._governed_memo.get(key)
        if governed is None:
            governed = self._governed_memo[key] = self._read_governed(pos, possessor)
        return governed

    def _listed_up_to(self, comma: int, pos: int) -> bool:
        """Whether the comma at `comma` stands in a list of names that goes on to the name at
        `pos`: a name ends right before it, only names, commas and "en" stand between it and
        `pos`, and "en" joins the last ("Canada, China en Zuid-Korea"; not "won van Denemarken,
        Nieuw-Zeeland was te sterk")."""
        if not any(p.end == comma for p in self.names):
            return False
        rest = self.text[comma + 1 : pos]
        for p in self.names:
            if comma < p.start and p.end <= pos:
                rest = rest.replace(self.text[p.start : p.end], "", 1)
        if not _LIST_JOINS.fullmatch(rest):
            return False
        named = next((p for p in self.names if p.start == pos), None)
        return "en" in rest.split() or (named is not None and bool(_LIST_GOES_ON.match(self.text, named.end)))

    def _read_governed(self, pos: int, possessor: bool) -> bool:
        sentence_start = self.sentences[self.sentence_of(pos)][0]
        # Only the person's own clause: in "Zeidler werd tweede in 6.42,88, de Griek Ntouskos pakte
        # brons" the "in" before the comma governs the time, not Ntouskos.
        clause_start = max(sentence_start, self.text.rfind(",", 0, pos) + 1)
        # ("met Canada, China en Zuid-Korea": but a list of names goes on past its commas)
        while clause_start > sentence_start and self._listed_up_to(clause_start - 1, pos):
            clause_start = max(sentence_start, self.text.rfind(",", 0, clause_start - 1) + 1)
        words = list(_WORDS.finditer(self.text, max(clause_start, pos - 60), pos))
        names = [p for p in self.names if p.end <= pos]
        for position, m in enumerate(reversed(words)):
            word = m.group(0).lower()
            following = words[-position].group(0).lower() if position else ""  # (the word after it, nearer the name)
            # "sneller dan Jay Vine en zijn landgenoot Van Wilder": both are objects of "dan".
            if word == "en" or any(p.start <= m.start() < p.end for p in names):
                continue
            if word in OBJECT_PREPOSITIONS:
                if following == "en":
                    return False  # "zette onze landgenoot aan en Ashworth moest lossen": a verb's particle ends its clause
                if word == "voor" and position == len(words) - 1 and not self.text[sentence_start : m.start()].strip():
                    return False  # "Voor Maaike de Waard was er zilver": who it was for
                if word == "voor" and (_MEDAL_BEFORE_FOR.search(self.text, max(0, m.start() - 40), m.start())
                                       or _THERE_WAS.search(self.text, max(0, m.start() - 40), m.start())):
                    return False  # "Eerder was er al goud voor Karolien Florijn", "Pech was er voor Groenewoud": who it was for
                if word == "naar" and re.search(r"\b(?:ging|gaat)\b", self.text[clause_start : m.start()], re.I):
                    return False  # "ging de titel op de 500 meter naar Jenning de Boo": who got it
                if word == "door" and _PASSIVE_AUXILIARY.search(self.text, clause_start, m.start()):
                    return False  # "werd gewonnen door de Poolse Wasick in 24,35": who did it
                if word == "aan" and _TOPIC_VERB_BEFORE.search(self.text, clause_start, m.start()):
                    return False  # "Maar ik denk vooral aan Ids van der Hoek": whom the text turns to
                if word == "dan" and _THEN_OPENING.fullmatch(self.text, sentence_start, m.start()):
                    return False  # "En dan Lotte Deprez.": "then", no comparison
                if word == "als" and not _COMPARISON_LEAD.search(self.text, clause_start, m.start()) and not (
                        _RELATIVE_OPENING.match(self.text, clause_start - 1)) and any(
                        p.start == pos and _VERB_AFTER_SUBJECT.match(self.text, p.end) for p in self.names):
                    # "Het is maandagochtend als 't Mannetje aanschuift": "when", no comparison (but "nog
                    # als Antoinette de Jong door het leven ging", "die als Antoinette de Jong reed": "as")
                    return False
                # "het wereldrecord van Usain Bolt, 9,58": a time or record belongs to its possessor
                # (a person; "de snelste van Nederland" is no possessor).
                # ("wint haar rit van de Duitse Grünwald in 1.13,88": whom she beat.)
                return not (possessor and word == "van" and not WIN_RE.search(self.text, clause_start, m.start()))
            # Articles, possessives, nationality words, roles and adjectives ("ongenaakbare").
            if word not in _NOUN_PHRASE_WORDS and not (word.endswith("e") and word.islower() and not word.endswith(PAST_TENSE_ENDINGS)):
                return False
        return False

    def athlete(self, start: int, end: int, binding: str = "clause", possessive_ok: bool = False,
                teams: Optional[Sequence[Mention]] = None) -> Optional[Mention]:
        """The person (or nation, for a team) a fact at [start, end) belongs to, or None.

        `teams` (the nations, or a national championship's clubs): the one among the sentence's
        own names that holds a team result, by the same rules, or None (no person, no earlier
        sentence)."""
        index = self.sentence_of(start)
        team_fact = teams is not None
        persons = [] if team_fact else self._in_sentence(self.persons, index)
        if binding in (BIND_NEXT_NAME, BIND_LIST):
            # (A results line may be cut from its rank by the sentence splitter: "1. | S. Sjöström".)
            pool = teams if team_fact else self.names if binding == BIND_LIST else persons
            after = sorted((p for p in pool if 0 <= p.start - end <= 3), key=lambda p: p.start)
            if after or binding == BIND_LIST:  # a results line names its own athlete, or none
                return after[0] if after else None
        if binding in (BIND_FIRST, BIND_SECOND):
            pair = [] if team_fact else persons[:2] if len(persons) >= 2 else self._previous_pair(index)
            if len(pair) == 2:
                return pair[0] if binding == BIND_FIRST else pair[1]
            return None
        candidates = sorted(persons + self._in_sentence(self.nations if teams is None else teams, index), key=lambda m: m.start)
        # "werd de Nieuw-Zeelandse Niamh Fisher-Black tweede": the name inside the placing.
        inside = [c for c in candidates if start <= c.start and c.end <= end]
        if inside:
            return inside[0]
        if TITLE_RE.fullmatch(self.text, start, end) and not any(c.end <= start for c in candidates):
            apposed = next((c for c in candidates if c.start >= end and self.text[c.end : c.end + 1] == ","
                            and _APPOSITION_AFTER_TITLE.fullmatch(self.text, end, c.start)), None)
            if apposed is not None:
                return apposed
        # "met Jutta Leerdam als tweede en Marrit Bos als derde": the name right before the
        # placing holds it, "met" notwithstanding (not a name after another preposition:
        # "eindigde achter Kok als tweede").
        if _AS_PLACE.match(self.text, start):
            right_before = next((c for c in candidates if c.end <= start and not self.text[c.end : start].strip()), None)
            if right_before is not None and (not self._is_object(right_before) or _WITH.search(
                    self.text, start - len(clause_before(self.text, start, limit=160)), right_before.start)):
                return right_before
        medal_word = _MEDAL_WORD_RE.search(self.text, start, end) is not None
        # '"Natalia was te sterk, maar dit zilver voelt als goud"': the speaker's own medal.
        if (medal_word and not team_fact and in_quote(self.text, start)
                and _SPEAKERS_OWN_BEFORE.search(self.text, max(0, start - 20), start)):
            speaker = self._quote_speaker(start)
            if speaker is not None:
                return speaker
        # "Met het goud van In 't Hout sluit TeamNL af": whose medal it is (not a time's "won in
        # 3.42,307 van Denemarken", the beaten).
        # ("won de strijd om het brons van Italië": whom it was won from)
        if medal_word and not won_contest_for(self.text, start):
            holder = next((c for c in candidates if c.start >= end and _OF_HOLDER.fullmatch(self.text, end, c.start)), None)
            if holder is not None:
                return holder
        # "ook zilver en brons voor TeamNL": for a team of all sports, a tally of its medals, no
        # athlete's (not the name before it).
        if medal_word and not team_fact and any(
                c.start >= end and _FOR_AFTER.fullmatch(self.text, end, c.start) for c in self.clubs):
            return None
        # "Het brons ging naar Takagi": the name after the verb of giving.
        given_to = [c for c in candidates if c.start >= end and _GIVEN_TO.match(self.text, end, c.start)]
        if not given_to and _GIVEN_VERB_BEFORE.search(self.text, max(0, start - 30), start):
            given_to = [c for c in candidates if c.start >= end and _GIVEN_TO_LATER.match(self.text, end, c.start)]
        if not given_to and scan.search_in(_GIVING_VERB, self.text, self.sentences[index][0], start):
            given_to = [c for c in candidates if c.start >= end and _GAPPED_TO.match(self.text, end, c.start)]
        if not given_to and (_CLAUSE_OPENING.search(self.text[self.sentences[index][0] : start])
                             or _THERE_WAS.search(self.text, max(0, start - 30), start)):  # ("bij de vrouwen is er zilver voor Venema")
            given_to = [c for c in candidates if c.start >= end and _OPENING_MEDAL_FOR.match(self.text, end, c.start)]
        if not given_to:
            # "moest de bronzen medaille laten aan de Japanse Takagi": who was left the medal.
            given_to = [c for c in candidates if c.start >= end and _LEFT_TO.match(self.text, end, c.start)]
        if given_to:
            return given_to[0]
        in_name_of = next((c for c in candidates if c.start >= end and _IN_NAME_OF.match(self.text, end, c.start)), None)
        if in_name_of is not None:
            return in_name_of
        if _PASSIVE_BEFORE.search(self.text, max(0, start - 40), start):
            agent = [c for c in candidates if c.start >= end and _PASSIVE_AGENT.match(self.text, end, c.start)]
            if agent:
                return agent[0]
        # "Patrick Roest, die zilver pakte": a relative clause belongs to the name before it.
        relative = [c for c in candidates if c.end <= start and _RELATIVE.match(self.text, c.end, start)]
        if relative:
            return self._respectively(relative[-1], candidates, start)
        # ("Voor Nederland is het de eerste allroundtitel sinds 2021": a tally, though it opens
        # with whom it is for)
        if not team_fact and self._team_tally(index, start, end):
            return None
        # "Voor Maaike de Waard was er zilver": the sentence opens with who it was for.
        opening = self.sentences[index][0]
        beneficiary = [c for c in candidates if c.end <= start and _FOR_OPENING.match(self.text, opening, c.start)]
        if beneficiary:
            return beneficiary[0]
        subjects = [c for c in candidates if not self._is_object(c, possessive_ok)
                    and (team_fact or not self._bestowed_to(c))]
        before = [c for c in subjects if c.end <= start and not self._beside_oneself(c, start)]
        if before:
            # "Hongarije en China pakten zilver en brons": one medal of a list each, in order.
            if _MEDAL_LIST_RE.search(self.text, max(0, start - 30), end + 30):
                return self._respectively(before[-1], candidates, start)
            # "Leerdam stormde naar 1.12,31, en de Japanse tikte aan in 1.13,95": a clause of its own
            # whose subject is the nationality word, standing for the one introduced with it.
            and_demonym = _AND_DEMONYM.search(self.text, before[-1].end, start)
            if and_demonym:
                introduced = self._introduced_as(and_demonym.group("word"), and_demonym.start())
                if introduced is not None:
                    return introduced
            return before[-1]
        if not team_fact and index > 0:
            # "moest ze de duimen leggen voor de Italiaanse Ferretti. Die reed 3.23,902": a
            # demonstrative subject takes up the last person named, object or not (a pronoun would
            # have kept to the subject).
            opening = _DEMONSTRATIVE_OPENING.match(self.text, *self.sentences[index])
            if opening and opening.end() >= end:
                named = [p for p in self._in_sentence(self.persons, index - 1) if not self._non_athlete(p)]
                if named:
                    return named[-1]
        if self._third_person_in_quote(start):
            return None  # '"Ze heeft olympisch zilver", zei Leerdam': 'ze' is not the speaker
        quoted = in_quote(self.text, start)
        if quoted and not team_fact and _FIRST_PERSON.search(self.text, start - len(clause_before(self.text, start)), end + 20):
            return self._quote_speaker(start)  # '"Op de 500 meter reed ik 39,40", vertelt ze'
        after = [c for c in subjects if c.start >= end]
        # "Met 20,45 bleef hij favoriet Burnet voor": a pronoun subject comes first, the name after
        # it is not who did it.
        if after and _PRONOUN_SUBJECT_ONLY.search(self.text, end, after[0].start):
            after = []
        # "De Italiaanse won in 2.24,702, 't Kindt klokte 2.24,816": an opening by age or origin,
        # with no name before the fact, is its subject; the name after it opens another clause.
        anaphor = _ANAPHOR_OPENING.match(self.text, self.sentences[index][0])
        if after and anaphor and not any(c.start < start for c in candidates):
            after = []
        if after and self._same_clause_or_attribution(end, after[0].start):
            return after[0]
        if team_fact:
            return None
        # "zei de Zweedse, die ook al goud won": the person the article introduced as "de Zweedse".
        introduced = self._demonym_anaphor(index, start)
        if introduced is not None:
            return introduced
        # A sentence without its own subject ("Zij won in 1.28,456", "De Noor finishte in ...")
        # continues the person the previous sentence ended on.
        pronoun_subject = _PRONOUN_SUBJECT_PERSON.search(self.text, *self.sentences[index])
        foreign_anaphor = anaphor is not None and self._foreign_demonym(anaphor)
        nearest = True  # the sentence the pronouns before take up too
        for previous in range(index - 1, max(-1, index - 4), -1):
            if pronoun_subject and self._pronoun_opens(previous):
                # "Hij bleef in de luwte, zag hoe Desmet en zijn broer elkaar bestookten. In 1.24,612
                # kwam hij als eerste over de streep": both pronouns take up the same person.
                continue
            # (narration outside quotes is not about someone named inside one: "mijn coach Wouter")
            # (nor about a coach, who wins nothing: "waar trainer Hylke Bergsma haar binnenhaalde.
            # (...) Vorig jaar pakte ze zilver"; nor about a relative named only to attribute a
            # quote: '"Jorrit was altijd buiten", vertelt Klaas. (...) In 2020 werd hij wereldkampioen')
            # (nor about a relative of the other sex: "Haar vader Hendrik Dijkstra reed de
            # Elfstedentocht. (...) Op het NK werd ze verrassend derde")
            named = [p for p in self._in_sentence(self.persons, previous)
                     if (quoted or foreign_anaphor or not in_quote(self.text, p.start)) and not self._non_athlete(p)
                     and not self._relative_speaker(p)
                     and not (pronoun_subject and self._relative_sex(p) not in ("", SUBJECT_SEX[pronoun_subject.group(0).lower()]))]
            earlier = [p for p in named if not self._is_object(p)]
            if earlier:
                # "Kim trof in de vijftiende rit Ikeda. Met 9,51 zette hij de toon": a pronoun
                # subject takes up the name opening the sentence before, its subject, before a
                # later object; else the last name.
                # ("Roest opende snel, maar Eitrem hield het hoofd koel. Hij finishte": a name opening
                # a later clause is its subject, and the last.)
                opening = [p for p in earlier if _ONLY_PUNCTUATION.fullmatch(self.text, self.sentences[previous][0], p.start)]
                later_subject = _CONJUNCTION_BEFORE.search(self.text, max(0, earlier[-1].start - 12), earlier[-1].start)
                return opening[0] if opening and pronoun_subject and not later_subject else earlier[-1]
            if not earlier and previous == index - 1:
                # "De 27-jarige Nederlander kwam door in 16,19. Hij tikte aan op 1.07,58": the
                # person the sentence before stood for by nationality (its subject, where it names
                # others as objects: "lag de 29-jarige Noor voor op het schema van Ruitenga").
                introduced = self._demonym_anaphor(previous, self.sentences[previous][1], subject_only=bool(named))
                if introduced is not None:
                    return introduced
            # "De sprintfinale verliep zoals zo vaak bij Lavreysen. Zijn laatste 200 meter reed hij
            # in 10,02": a pronoun takes up the one person the sentence before was about (before a
            # chain of pronouns: "... niemand op Hoekstra gerekend. Toch legde ze de basis. Op de
            # 500 meter kwam ze tot 38,71"; there only someone the article names in full, not a
            # place the model took for a name: "zegt ze op Schiphol. Gisteren pakte ze zilver").
            age_opening = _AGE_OPENING.match(self.text, self.sentences[previous][0])
            if age_opening and not any(p.start == age_opening.end() for p in named):
                continue
            # ("Wat een rit van Kamphuis! De Groningse rijdt 6.58,20": so does an opening by age or
            # origin, for someone the sentence before names as its subject or a possessor, not as
            # whom it beat: "won ze van de Française Moreau. De 25-jarige judoka werd ..."; but an
            # origin other than the article's own stands for whom its athlete lost to: "kwam ik
            # tekort op Chiara Bettoni." De Italiaanse won in 2.24,702", named in a quote or not)
            if nearest and len({p.canonical or p.text for p in named}) == 1 and (scan.search_in(
                    _PRONOUN_SUBJECT, self.text, *self.sentences[index])
                    or anaphor and (not self._is_object(named[-1], possessive_ok=True) or foreign_anaphor)) and (
                    previous == index - 1 or is_full_name(named[-1].canonical or named[-1].text)):
                return named[-1]
            nearest = False
        # (the sentence before the fact, not only its clause: "Zondag won ze ook de 1500 meter, in 1.55,62";
        # and the fact's own words: "In 2022 werd ze in Peking tweede")
        around = self.text[self.sentences[index][0] : end + 30]
        if not after and not candidates and (_PRONOUN_PERSON.search(around)
                                             or _AGE_OPENING.match(self.text, self.sentences[index][0])):
            # "Met 4.03,12 won ze de afstand" far from any name ("De 22-jarige tikt aan in 2.06,48"
            # too): the person the article is about.
            return self._protagonist
        if (after and self._protagonist is not None and not any(c.start < end for c in candidates)
                and _PRONOUN_SUBJECT_PERSON.search(self.text, self.sentences[index][0], start)):
            # "veroverde ze zilver, in 1.46,39, achter Europees kampioene Brauchle": the pronoun
            # before the fact is its subject, the name in a later clause someone else.
            return self._protagonist
        if not after and not candidates and not quoted and _ADDRESSED.search(around):
            # An interview's question, "Zondag liep je naar brons in 1.59,84": whom the article
            # introduced, the person it names most (an interview names her seldom).
            return self._most_named_outside_quotes[0]
        # Only objects, or a name in a later clause: better no athlete than the wrong one.
        return after[0] if after and not [c for c in candidates if c.start < after[0].start] else None

    @functools.cached_property
    def _protagonist(self) -> Optional[Mention]:
        """The person an article is about: named most often outside quotes, and at least three
        times (a round-up of many has none). Found once per article."""
        person, times_named = self._most_named_outside_quotes
        return person if times_named >= 3 else None

    @functools.cached_property
    def _most_named_outside_quotes(self) -> tuple[Optional[Mention], int]:
        """The person named most often outside quotes (the first mention) and how often."""
        named = [p for p in self.persons if not in_quote(self.text, p.start)]
        if not named:
            return None, 0
        canonical = most_named(p.canonical or p.text for p in named)
        return next(p for p in named if (p.canonical or p.text) == canonical), sum((p.canonical or p.text) == canonical for p in named)

    def _respectively(self, antecedent: Mention, candidates: Sequence[Mention], start: int) -> Mention:
        """`Takagi en Groenewoud, die zilver en brons pakten`: the n-th medal of the relative
        clause goes to the n-th of the coordinated names before it."""
        names = [antecedent]
        for c in reversed([c for c in candidates if c.end <= antecedent.start]):
            between = self.text[c.end : names[0].start].lower().split()
            if not between or between[0] not in ("en", ","):
                break
            if any(w in OBJECT_PREPOSITIONS for w in between):
                break
            names.insert(0, c)
            if len(names) == 3:
                break
        if len(names) < 2:
            return antecedent
        clause = self.text[antecedent.end : start]
        index = len(_MEDAL_WORD_RE.findall(clause))
        return names[index] if index < len(names) else antecedent

    def _demonym_anaphor(self, index: int, start: int, subject_only: bool = False) -> Optional[Mention]:
        """`de Zweedse` standing for a name in the fact's sentence, before the fact: the last
        person the article introduced with that word ("de Zweedse Sarah Sjöström").
        `subject_only`: in a sentence before the fact, its subject: not a word a preposition
        governs ("achter de Noor"), and a noun whatever follows it ("lag de Noor nog voor")."""
        sentence_start = self.sentences[index][0]
        anaphors = [m for m in scan.finditer_in(_DEMONYM_NP, self.text, sentence_start, start)
                    if not any(p.start == m.end("word") + 1 for p in self.persons)
                    and not (_NOUN_AFTER.match(self.text, m.end()) and m.group("word").lower() not in _HOME_NOUN_ONLY
                             and not (subject_only and m.group("word").lower() in _DEMONYM_NOUN_WORDS))
                    and not (subject_only and self._governed(m.start()))]
        if not anaphors:
            return None
        return self._introduced_as(anaphors[-1].group("word"), anaphors[-1].start())

    def _introduced_as(self, word: str, before: int) -> Optional[Mention]:
        """The last person before `before` whom the article introduced with `word` ("de Zweedse
        Sarah Sjöström" for "zweedse"), or None."""
        word = word.lower()
        introduced = [p for p in self.persons if p.start < before
                      and self.text[max(0, p.start - len(word) - 1) : p.start].strip().lower() == word]
        if introduced:
            return introduced[-1]
        # "De 27-jarige Nederlander kwam door in 16,19", "De Friezin uit Drachten won" in a Dutch
        # article: the last of its own athletes named as a subject, i.e. not introduced as a
        # foreigner nor by a role ("bondscoach"), nor an object ("als Antoinette de Jong").
        if HOME_NATION_NOUNS.get(word) != self._followed_nation:
            return None
        ours = [p for p in self.persons if p.start < before and (p.canonical or p.text) not in self._foreigners
                and not _NON_ATHLETE_RE.search(self.text, max(0, p.start - 30), p.start)]
        # ("Wat een rit van Kamphuis! De Groningse rijdt 6.58,20": the sentence before may name her
        # as a possessor)
        index = self.sentence_of(before)
        just_before = [p for p in ours if index and self.sentence_of(p.start) == index - 1]
        if just_before and not self._is_object(just_before[-1], possessive_ok=True):
            return just_before[-1]
        ours = [p for p in ours if not self._is_object(p)]
        return ours[-1] if ours else None

    def _foreign_demonym(self, anaphor: re.Match) -> bool:
        """Whether an opening by origin (`_ANAPHOR_OPENING`) names a nation other than the one the
        article follows."""
        word = (anaphor.group("demonym") or "").lower()
        return bool(word) and HOME_NATION_NOUNS.get(word, DEMONYM_COUNTRY.get(word)) != self._followed_nation

    @functools.cached_property
    def _foreigners(self) -> frozenset:
        """The people the article introduced with a nationality other than its readers' ("de
        Chinees Gao Zhiyuan", "de Amerikaanse Kelsey Harmon"), by canonical name."""
        home = self._followed_nation
        foreign = set()
        for p in self.persons:
            before = _WORD_BEFORE_NAME.search(self.text, max(0, p.start - 30), p.start)
            word = before.group(1).lower() if before else ""
            if word in _DEMONYM_WORD_SET and HOME_NATION_NOUNS.get(word, DEMONYM_COUNTRY.get(word)) != home:
                foreign.add(p.canonical or p.text)
        return frozenset(foreign)

    def _pronoun_opens(self, index: int) -> bool:
        """Whether sentence `index` opens with a pronoun subject, before any name: it takes up the
        same person as a pronoun after it, and the names later in it are someone else."""
        start, end = self.sentences[index]
        opening = _OPENING_PRONOUN.match(self.text, start, end)
        return bool(opening) and not any(start <= p.start < opening.end() for p in self.names)

    def _quote_speaker(self, start: int) -> Optional[Mention]:
        """Who speaks the quotation at `start`: the name or pronoun of the attribution after it in
        its paragraph ('", zegt Van der Zee'), else of the last one before it ('"Het begon niet
        best", vertelt ze. "Op de 500 meter reed ik 39,40.'); a pronoun is the person it takes up."""
        paragraph_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        line_end = len(self.text) if line_end < 0 else line_end
        speaker = _SPEAKER_AFTER.search(self.text, start, line_end)
        if speaker is None:
            before = list(_SPEAKER_AFTER.finditer(self.text, paragraph_start, start))
            speaker = before[-1] if before else None
        if speaker is None:
            # An interview's answer, after its question ("U werd tweede. Blij?"): the person
            # interviewed, whom the article names most.
            return self._most_named_outside_quotes[0] if _after_question(self.text, paragraph_start) else None
        if speaker.group("pronoun"):
            return self.athlete(speaker.start("pronoun"), speaker.end("pronoun"))
        named = [p for p in self.persons if p.start == speaker.end()]
        return named[0] if named else None

    def _third_person_in_quote(self, start: int) -> bool:
        """Inside a quotation, with a third-person pronoun before the fact in its clause."""
        return in_quote(self.text, start) and bool(_THIRD_PERSON.search(clause_before(self.text, start)))

    def _same_clause_or_attribution(self, end: int, name_start: int) -> bool:
        """`goud op de 500 meter ging naar Kok`, or a quote's speaker: `..." zei Leerdam`."""
        between = self.text[end:name_start]
        return not _CLAUSE_END.search(between) or bool(_ATTRIBUTION.search(between))

    def _previous_pair(self, index: int) -> list[Mention]:
        for previous in range(index - 1, max(-1, index - 4), -1):
            persons = self._in_sentence(self.persons, previous)
            names = []
            for p in persons:
                if p.canonical not in [n.canonical for n in names]:
                    names.append(p)
            if len(names) >= 2:
                return names[:2]
        return []

    def event(self, start: int, end: int, fallback: bool = True) -> str:
        """The event a fact at [start, end) is about ('' when the article never says)."""
        mention = self.event_mention(start, end, fallback)
        return mention.event if mention else ""

    def event_mention(self, start: int, end: int, fallback: bool = True) -> Optional[EventMention]:
        """The mention of the event a fact at [start, end) is about, or None."""
        key = (start, end, fallback)
        if key not in self._event_memo:  # (a medal asks for its event and for its crew)
            self._event_memo[key] = self._find_event_mention(start, end, fallback)
        return self._event_memo[key]

    def _find_event_mention(self, start: int, end: int, fallback: bool) -> Optional[EventMention]:
        # (not one an aside about someone names, unless the fact is in that aside: "China werd in
        # 1.18,37 tweede, met Gao Zhiyuan, die olympisch kampioen werd op de 1000 meter")
        in_sentence = [e for e in self._in_sentence(self.events, self.sentence_of(start))
                       if e.start not in self._aside_events or self._aside_events[e.start][0] <= start < self._aside_events[e.start][1]]
        if in_sentence:
            return self._nearest_in_clause(in_sentence, start, end)
        if self._names_event_again(start):
            # "In 2024 werd hij nog tweede op dit onderdeel": the event last named, or the article's.
            before = [e for e in self.events if e.end <= start]
            return before[-1] if before else self.main_event
        paragraph_start = self.text.rfind("\n\n", 0, start)
        heading_start = self.text.rfind("\n\n", 0, max(0, paragraph_start))
        heading = self.text[max(0, heading_start) : max(0, paragraph_start)].strip()
        # An interview's answer is about the race its question named, whenever that was ("U werd
        # vorige week tweede op de 1500 meter. Blij?" then '"Allebei. Ik reed 2.24,317 ..."').
        answer = _after_question(self.text, max(0, paragraph_start))
        if answer or (heading and len(heading) <= 80 and not heading.endswith((".", "!", '"', "”"))):
            paragraph_start = heading_start  # (or "Uitslag 1500 meter vrouwen" above a results list)
        before = [e for e in self.events if paragraph_start <= e.end <= start and e.start not in self._aside_events]
        # (not one of a sentence about an earlier year, when the fact's own is not: "Vandeputte
        # pakte vorig jaar al brons op het EK, toen nog in de klasse tot 52 kilogram.")
        if before and not answer and not self._dated_before(start):
            before = [e for e in before if not self._dated_before(e.start)]
        if before:
            return before[-1]
        if self._roundup_item(start) is not None:
            return None  # an item about another sport does not take the lead's event
        if scan.search_in(_RACE_ANAPHOR_RE, self.text, max(0, paragraph_start), start) is not None:
            final = self._event_of_last_final(max(0, paragraph_start))
            if final is not None:
                return final
        if fallback:
            # "De lat lag al op 1.07,41, de tijd die Gao had neergezet": a paragraph that names no
            # event is about the one its people were named with before ("op de 1000 meter was de
            # Chinees Gao Zhiyuan de snelste").
            their_event = self._event_of_people(max(0, paragraph_start), start)
            if their_event is not None:
                return their_event
        # Else the race the article reports, named first (in the lead).
        return self.main_event if fallback else None

    def _nearest_in_clause(self, events: Sequence[EventMention], start: int, end: int) -> EventMention:
        """The event nearest a fact among those of its own clause (no comma or conjunction
        between), else the nearest: "zilver voor Hesselink tot 90 kilo en brons voor Verduijn
        boven 100 kilo" (the bronze is of the class after it); "De acht pakte zilver, skiffeur
        Brandsma werd derde" (the silver is the eight's)."""
        own = [e for e in events
               if not _CLAUSE_BREAK_INSIDE.search(self.text, *((e.end, start) if e.end <= start else (end, e.start)))]
        return _nearest(own or events, start, end)

    def _dated_before(self, pos: int) -> bool:
        """Whether the sentence at `pos` dates itself to a year or an earlier period ("in 2023",
        "vorig jaar")."""
        return self.sentence_of(pos) in self._dated_sentences

    @functools.cached_property
    def _dated_sentences(self) -> frozenset:
        """The sentences (by index) that name a year or an earlier period: read once per article."""
        found = [*scan.finditer(_YEAR, self.text), *scan.finditer(_PAST_PERIOD, self.text)]
        return frozenset(self.sentence_of(m.start()) for m in found)

    @functools.cached_property
    def _aside_events(self) -> dict[int, tuple[int, int]]:
        """Events named in an aside about someone (`_aside`): event start -> (start, end) of the
        aside. They are not the event of the facts around them."""
        asides = {}
        for e in self.events:
            aside = self._aside(e.start, e.end)
            if aside is not None:
                asides[e.start] = aside
        return asides

    def _aside(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """(start, end) of the aside about someone that [start, end) is in, else None: a comma
        clause that is relative ("Gao, die olympisch kampioen werd op de 1000 meter") or gives a
        title ("Kim, vorige maand in Milaan nog olympisch kampioen op de 500 meter, werd in 34,62
        derde"). What it names is not the event, competition or date of the facts around it."""
        key = (start, end)
        if key not in self._aside_memo:  # (asked for each competition and date of each fact's sentence)
            self._aside_memo[key] = self._find_aside(start, end)
        return self._aside_memo[key]

    def _find_aside(self, start: int, end: int) -> Optional[tuple[int, int]]:
        sentence_start, sentence_end = self.sentences[self.sentence_of(start)]
        comma = self.text.rfind(",", sentence_start, start)
        while comma >= 0 and not self.text[comma + 1 : comma + 2].isspace():  # "1.54,36"
            comma = self.text.rfind(",", sentence_start, comma)
        if comma < 0:
            return None
        before = self.text[comma + 1 : start]
        closing = self.text.find(", ", end, sentence_end)
        aside = comma, sentence_end if closing < 0 else closing
        if _ASIDE_OPENING.match(before):
            return aside
        # A title before the item or at it ("olympisch kampioen"), or anywhere in a clause that
        # commas close on both sides ("Kim, vorige maand nog olympisch kampioen, werd derde").
        titled = (_TITLE_IN_ASIDE.search(before) or _TITLE_IN_ASIDE.match(self.text, start)
                  or (closing >= 0 and _TITLE_IN_ASIDE.search(self.text, start, closing)))
        inside = self.text[comma + 1 : start if closing < 0 else closing]
        return aside if titled and not _CLAUSE_END.search(inside) else None

    def _outside_aside(self, items, fact: int) -> list:
        """The items that are not in an aside the fact at `fact` is outside of."""
        kept = []
        for item in items:
            aside = self._aside(item.start, item.end)
            if aside is None or aside[0] <= fact < aside[1]:
                kept.append(item)
        return kept

    @functools.cached_property
    def _finals(self) -> list:
        """Every word of a final in the text, found once (`_event_of_last_final` runs per fact)."""
        return list(_FINAL_RE.finditer(self.text))

    @functools.cached_property
    def _final_ends(self) -> list[int]:
        return [m.end() for m in self._finals]

    def _event_of_last_final(self, before: int) -> Optional[EventMention]:
        """The event of the last sentence before `before` that names a final together with an
        event ("voor de A-finale van de 500 meter"), or None; not an event listed beside the final
        as another topic ("Een gesprek over de finale, de skiff en het WK")."""
        for final in reversed(self._finals[: bisect.bisect_right(self._final_ends, before)]):
            events = [e for e in self._in_sentence(self.events, self.sentence_of(final.start()))
                      if e.start not in self._aside_events and not _EVENT_LINK.fullmatch(self.text, final.end(), e.start)]
            if events:
                return _nearest(events, final.start(), final.end())
        return None

    def _clause_around(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) of the clause around [start, end)."""
        clause_end = _CLAUSE_END.search(self.text, end)
        return start - len(clause_before(self.text, start)), clause_end.start() if clause_end else len(self.text)

    def _in_clause(self, items, start: int, end: int) -> list:
        """The items inside the clause around [start, end)."""
        clause_start, stop = self._clause_around(start, end)
        return [i for i in items if clause_start <= i.start and i.end <= stop]

    def _event_of_people(self, paragraph_start: int, start: int) -> Optional[EventMention]:
        """The event a sentence before `paragraph_start` names together with a person the
        paragraph at `start` names (the first such person), or None."""
        if self._person_events is None:
            self._person_events = {}
            for index, (s, e) in enumerate(self.sentences):
                # (a team's members are no clue to their own race: "won ze met de ploeg goud op de
                # ploegachtervolging, samen met Groenewoud")
                events = [ev for ev in self._in_sentence(self.events, index) if ev.event not in TEAM_EVENTS and not ev.crew]
                if not events:
                    continue
                for person in self._in_sentence(self.persons, index):
                    # the sentence's one event, or the one of the person's own clause ("De 3000
                    # meter was een prooi voor Clarke-Fortin, op de 1000 meter was Gao de snelste")
                    own = events if len({ev.event for ev in events}) == 1 else self._in_clause(events, person.start, person.end)
                    if len({ev.event for ev in own}) == 1:
                        self._person_events.setdefault(person.canonical or person.text, (s, own[0]))
        end = paragraph_end(self.text, start)
        for person in self.persons:
            if paragraph_start <= person.start < end:
                found = self._person_events.get(person.canonical or person.text)
                if found is not None and found[0] < paragraph_start:
                    return found[1]
        return None

    def _given_person(self, start: int, end: int) -> Optional[Mention]:
        """The one person a medal opening its clause is given to ("goud voor Wijnbergen"), when
        the event found for it lies in another clause; else None."""
        mention = self.event_mention(start, end)
        if mention is None or self._in_clause([mention], start, end):
            return None
        # (a line opens a clause, though the sentence splitter ran a live blog's time into it)
        opening = max(self.sentences[self.sentence_of(start)][0], self.text.rfind("\n", 0, start) + 1)
        if not _CLAUSE_OPENING.search(self.text[opening:start]):
            return None
        persons = self._in_clause(self.persons, start, end)
        if len(persons) != 1 or not _OPENING_MEDAL_FOR.match(self.text, end, persons[0].start):
            return None
        return persons[0]

    def _headline_persons_event(self, start: int, end: int, binding: str, medal: str) -> Optional[EventMention]:
        """The individual event named with the person a medal in the article's headline at
        [start, end) goes to, when the event found for it was not named there, nor told with a
        medal of its kind ("Esmee 't Kindt na zilver en goud", and "won ze met de aflossingsploeg
        ook nog goud": the gold is the relay's, the silver her own); else None."""
        if start >= self._headline_end:
            return None
        mention = self.event_mention(start, end)
        if mention is not None and (mention.start < paragraph_end(self.text, start) or self._told_with_medal(mention.event, medal)):
            return None
        person = self.athlete(start, end, binding)
        return self._individual_event_of(person) if person is not None and person.label == "PER" else None

    @functools.cached_property
    def _headline_end(self) -> int:
        """Where the article's headline ends, or 0 when it opens with its lead."""
        end = paragraph_end(self.text, 0)
        return end if end < len(self.text) and is_headline(self.text[:end].strip()) else 0

    def _told_with_medal(self, event: str, medal: str) -> bool:
        """Whether a sentence naming `event` names a medal of the kind `medal`."""
        for mention in self.events:
            if mention.event == event:
                sentence_start, sentence_end = self.sentences[self.sentence_of(mention.start)]
                if any(MEDAL_OF_WORD[word.group(0).lower()] == medal
                       for word in _MEDAL_WORD_RE.finditer(self.text, sentence_start, sentence_end)):
                    return True
        return False

    def _individual_event_of(self, person: Mention) -> Optional[EventMention]:
        """The one individual event named in the first paragraph that names `person` with one
        ("De 800 meter voor vrouwen werd de race van het toernooi. Wijnbergen nam de kop"), or None."""
        name = person.canonical or person.text
        for other in self.persons:
            if (other.canonical or other.text) != name:
                continue
            paragraph_start = max(0, self.text.rfind("\n\n", 0, other.start))
            stop = paragraph_end(self.text, other.start)
            events = [e for e in self.events if paragraph_start <= e.start < stop and e.event not in TEAM_EVENTS
                      and not e.crew and e.start not in self._aside_events]
            if events and len({e.event for e in events}) == 1:
                return events[0]
        return None

    @functools.cached_property
    def _sole_team_event(self) -> str:
        """The one team event the article names, or '' (none, or several)."""
        named = {e.event for e in self.events if e.event in TEAM_EVENTS}
        return next(iter(named)) if len(named) == 1 else ""

    def _nation_event(self, start: int, end: int, event: str, binding: str, crew: bool) -> str:
        """The event of a nation's result: a nation races the article's one team event, not the
        individual distance an earlier paragraph or the lead named ("BRONS voor Noorwegen! Het
        trio wint de kleine finale", in a live blog of the 1500 meter and the team pursuit). The
        event found in the fact's own paragraph, a crew's event, or a person holding it, leaves
        `event` as it is."""
        if crew or not event or event in TEAM_EVENTS or not self._sole_team_event:
            return event
        found = self.event_mention(start, end)
        if found is not None and found.start > self.text.rfind("\n\n", 0, start):
            return event
        holder = self.athlete(start, end, binding)
        if holder is not None and holder.label == "LOC":
            return self._sole_team_event
        # ("Het trio klokt 3.41,27": a team noun continuing the nation the sentence before named)
        index = self.sentence_of(start)
        if _TEAM_NOUN_SUBJECT_RE.match(self.text, self.sentences[index][0]) and self._previous_team(index):
            return self._sole_team_event
        return event

    def _championship_event(self, medal: Medal) -> str:
        """"werd Nederlands kampioen" in a city marathon whose report says "het NK marathon werd
        binnen de wedstrijd verlopen": the event the article names with that championship, or ''."""
        family = family_of(self.competition_of(medal.start, medal.end))
        for c in self.competitions:
            if c.family == family:
                event = next((e for e in self.events if 0 <= e.start - c.end <= 1 or c.start <= e.start < c.end), None)
                if event is not None:
                    return event.event
        return ""

    def _names_event_again(self, start: int) -> bool:
        """The sentence at `start` refers back to the event just reported ("op deze afstand")."""
        sentence_start, sentence_end = self.sentences[self.sentence_of(start)]
        return scan.search_in(EVENT_ANAPHOR_RE, self.text, sentence_start, sentence_end) is not None

    def competition_of(self, start: int, end: int) -> str:
        """The competition a fact at [start, end) belongs to: the nearest one its sentence
        names or implies ("die in 6.41,17 wereldkampioen werd"), else the article's."""
        own = self._sentence_competition(start, end)
        if own is not None:
            return own.name
        item = self._roundup_item(start)
        if item is not None:
            # A round-up's item is about its own sport: the last competition it named so far, not the lead's.
            named = [c for c in self.competitions if item[0] <= c.start < start]
            return named[-1].name if named else ""
        return self.competition

    def _sentence_competition(self, start: int, end: int) -> Optional[CompetitionMention]:
        """The competition nearest a fact at [start, end) that its own sentence names, outside
        any aside about someone; None when the sentence names none."""
        in_sentence = self._outside_aside(self._in_sentence(self.competitions, self.sentence_of(start)), start)
        return _nearest(in_sentence, start, end) if in_sentence else None

    def date(self, start: int) -> str:
        """The race day of a fact: the day its sentence names, else the month or year its clause
        names (YYYY-MM, YYYY), else ''."""
        sentence = self.sentence_of(start)
        days, coarse = self._in_sentence(self.day_dates, sentence), self._in_sentence(self.coarse_dates, sentence)
        aside = self._aside(start, start + 1)
        if aside is not None:
            # "Van der Kooij, die vorige maand nog Europees kampioen werd in 1.44,63, rijdt zaterdag
            # ook": a fact in an aside takes the aside's own date, not the sentence's.
            own = next((d for d in (*days, *coarse) if aside[0] <= d.start < aside[1]), None)
            if own is not None:
                return own.value
        same = self._outside_aside(days, start)
        if same:
            return same[0].value
        for d in self._outside_aside(coarse, start):
            lo, hi = sorted((d.start, start))
            if not _DATE_CLAUSE_BREAK.search(self.text, lo, hi):
                return d.value
        return ""

    def team(self, start: int, event: str, end: Optional[int] = None, binding: str = "clause",
             crew: bool = False, *, competition: str) -> Optional[str]:
        """The country (or club) of a team result ('de Nederlandse ploeg won goud'), or '' (not a
        team's, or no team named: the fact may be a person's); None for a club's result at a
        national championship whose club the text does not name (no one's). `crew`: the event
        is raced by a boat of more than one ("de K2 1000 meter"); `competition`: the fact's
        (`competition_of`, which the caller has)."""
        team_event = event in TEAM_EVENTS or crew
        # "Het Amerikaanse trio wint de finale in 3.36,77 van Italië": a fact bound to the name
        # right after its cue is the nation named there (as `athlete` reads a results line),
        # not the team before the verb.
        if binding == BIND_LIST and end is not None:
            named_after = self.athlete(start, end, binding, teams=self.nations)
            if named_after is not None:
                return _name(named_after)
        clause_start = start - len(clause_before(self.text, start, limit=160))
        pattern = _TEAM_GROUP_RE if team_event else _TEAM_RE
        phrases = self._team_phrases(pattern, clause_start, start)
        if phrases:
            return phrases[-1][1]  # the nearest
        with_team = _WITH_TEAM.match(self.text, end) if end is not None else None
        won_with = with_team and pattern.match(self.text, with_team.end())
        if won_with:
            return DEMONYM_COUNTRY[won_with.group("demonym").lower()]
        if team_event:
            end = start if end is None else end
            club = self._listed_club(start, end)
            if club:
                return club
            if races_clubs(competition):
                # A national championship's relay is a club's: "PSV werd tweede" (a club the
                # sentence does not name is unknown; never the nation).
                holder = self.athlete(start, end, binding, teams=self.clubs)
                return _name(holder) if holder is not None else None
            # "die voor België brons pakten": the nation named for whom, right before the medal
            for_nation = next((n for n in self.nations if 0 <= start - n.end <= 1 and _MEDAL_WORD_RE.match(self.text, start)
                               and _FOR_NATION_BEFORE.search(self.text, max(0, n.start - 6), n.start)), None)
            if for_nation is not None:
                return _name(for_nation)
            # "1. Jonas Kreuzfeld/Lukas Ohlendorf GER 1.27,118": a crew's results line gives its
            # country's code after the names.
            if binding == BIND_LIST and LIST_RANK_RE.match(self.text, start):
                line_end = self.text.find("\n", end)
                line_end = len(self.text) if line_end < 0 else line_end
                coded = next((n for n in (*self.nations, *self.country_codes) if end <= n.start < line_end), None)
                if coded is not None:
                    return _name(coded)
            # '"Duitsland was net te sterk: zij kwamen binnen in 6.19,93, wij in 6.21,48"': the
            # speaker's own team, the one the article follows.
            if in_quote(self.text, start) and _FIRST_PERSON_PLURAL.search(clause_before(self.text, start)):
                return self.team_nation
            # "Groot-Brittannië werd tweede, Australië eindigde als derde", "Italië, met Filippo
            # Ganna, won in 3.45,217", "De Britten wonnen": the nation the fact's sentence makes
            # its subject (or names in brackets, or gives the medal to), before any team member.
            nation = self.athlete(start, end, binding, teams=self.nations)
            if nation is not None:
                return _name(nation)
            # "Het Koreaanse kwartet, met slotrijder Lee Joon-ho, won": the national team opening
            # the sentence is its subject, whatever clause stands between (after a country the
            # sentence gives the fact to: "achter Groot-Brittannië, dat de wereldtitel pakte").
            sentence_start = self.sentences[self.sentence_of(start)][0]
            opening = [p for p in self._team_phrases(_TEAM_GROUP_RE, sentence_start, start)
                       if _OPENING_ARTICLE.fullmatch(self.text, sentence_start, p[0])]
            if opening and binding == BIND_CLAUSE:
                return opening[0][1]
            subject = self.athlete(start, end, binding)
            if subject is not None and subject.label == "LOC":
                return _name(subject)
            # "Van den Berg, Lavreysen en Hoogland wonnen de teamsprint", "Het duo won in 7.02,11
            # en hield de Roemeense favorieten achter zich": members of the article's team, even
            # when a rival nation follows.
            index = self.sentence_of(start)
            if subject is not None or len({p.canonical for p in self._in_sentence(self.persons, index)}) >= 2:
                previous = self._previous_team(index) if (
                    _TEAM_NOUN_SUBJECT_RE.match(self.text, self.sentences[index][0]) or self._crew_of_previous(index)) else ""
                return previous or self.team_nation
            # Else the nation named in the sentence ("In 3.22,39 werden de Nederlandse vrouwen
            # eerste"), but not one the sentence puts behind ("achter de Britse ploeg").
            for m in scan.finditer_in(_TEAM_NATION_RE, self.text, *self.sentences[index]):
                if not self._governed(m.start()):
                    return DEMONYM_COUNTRY[m.group(0).lower()]
            # Else a country of the sentence, unless only as an object ("achter Roemenië").
            countries = [c for c in self._in_sentence(self.nations, index) if not self._is_object(c)]
            if countries:
                return _name(countries[0])
            # "Op het EK won Nederland brons op de 4x100 meter. Het kwartet tikte aan in 3.34,12": a
            # sentence without a team continues the team the sentence before named.
            previous = self._previous_team(index)
            if previous:
                return previous
            # "Het duo roeide naar zilver": nobody named, the team the article follows.
            return self.team_nation
        return ""

    def _distances_only(self, competition: str, pos: int) -> bool:
        """Whether `competition` crowns single distances only: the Games, or a championship of
        single distances that the sentence at `pos` names ("pakte ik op het WK afstanden brons
        op de 3000 meter"). Its medals are of their distances, in an all-round report too."""
        if family_of(competition) in DISTANCE_ONLY_FAMILIES:
            return True
        start, end = self.sentences[self.sentence_of(pos)]
        return (any(w in DISTANCE_ONLY_KINDS for w in competition.lower().split())
                and competition.lower() in self.text[start:end].lower())

    def _listed_club(self, start: int, end: int) -> str:
        """The club a results list's entry ranks: "Teamsprint meisjes: 1. RTC Noord (Kloosterboer,
        Dijkman, Heeringa) 1.29,87; 2. RTC Midden 1.30,45" (an entry runs from its rank to the next
        semicolon or line), else ''."""
        entry_start = max(self.text.rfind(";", 0, start), self.text.rfind("\n", 0, start)) + 1
        ranks = list(LIST_RANK_RE.finditer(self.text, entry_start, end + 2))  # (a rank's own name after it)
        if not ranks:
            return ""
        after = ranks[-1].end()
        club = next((_name(c) for c in self.clubs if 0 <= c.start - after <= 1), "")
        # (a club the model missed or took for a person, led by its acronym: "2. RTC Midden 1.30,45")
        acronym_led = _ACRONYM_LED.match(self.text, after)
        return club or (acronym_led.group(0) if acronym_led else "")

    def _event_in_clause(self, start: int, end: int) -> bool:
        return bool(self._in_clause(self.events, start, end))

    def _named_as(self, person: Mention, introduced: re.Pattern, reach: int) -> bool:
        """Whether some mention of `person` in the article has `introduced` right before it,
        within `reach` characters ("bondscoach Paul van Ass", "zijn vader Klaas ...")."""
        name = person.canonical or person.text
        return any(introduced.search(self.text, max(0, p.start - reach), p.start)
                   for p in self.persons if (p.canonical or p.text) == name)

    def _non_athlete(self, person: Mention) -> bool:
        """Introduced by a role of someone who does not compete: "bondscoach Paul van Ass"."""
        return self._named_as(person, _NON_ATHLETE_RE, 25)

    def _relative_speaker(self, person: Mention) -> bool:
        """Named, just here, as the speaker of a quote, and elsewhere introduced as a relative
        ("zijn vader Klaas van der Stouwe"): the narration after the quote returns to the
        athlete, not to the speaker (a relative may compete; only as a quote's speaker is it a
        bystander)."""
        return bool(_ATTRIBUTION_BEFORE.search(self.text, max(0, person.start - 40), person.start)
                    and self._named_as(person, RELATIVE_BEFORE, 30))

    def _relative_sex(self, person: Mention) -> str:
        """"m" or "f" when the article introduces `person` as a relative by a noun that says
        which ("haar vader Hendrik Dijkstra"); else ''."""
        return self._relative_sexes.get(person.canonical or person.text, "")

    @functools.cached_property
    def _relative_sexes(self) -> dict[str, str]:
        """Per person introduced as a relative, the sex the relative's noun gives: read once."""
        sexes: dict[str, str] = {}
        for p in self.persons:
            introduced = RELATIVE_BEFORE.search(self.text, max(0, p.start - 30), p.start)
            if introduced:
                noun = (introduced.group("relative") or introduced.group("role")).lower()
                sexes.setdefault(p.canonical or p.text, RELATIVE_SEX[noun])
        return sexes

    def _names_medal_competition(self, medal: Medal) -> bool:
        """In a report on a competition without medals, a medal phrase still counts when its own
        sentence names a competition that awards them: `die in 2003 wereldkampioen werd`."""
        return self._sentence_names(names_medal_competition, self.sentence_of(medal.start))

    def _names_series_only(self, medal: Medal) -> bool:
        """A medal phrase whose sentence puts it in a season series and names no competition
        that awards medals: a podium place, even in a championship report."""
        index = self.sentence_of(medal.start)
        return self._sentence_names(names_medal_series, index) and not self._sentence_names(names_medal_competition, index)

    def _names_race_without_medals_only(self, medal: Medal) -> bool:
        """A medal phrase whose sentence places it in a race that gives no medals, and names no
        competition that does: a place in a classic or a city marathon, even in a championship
        report ("werd de renner uit Deventer tweede in de Clásica San Sebastián")."""
        own = self._sentence_competition(medal.start, medal.end)
        return (own is not None and not awards_medals(own.name)
                and not self._sentence_names(names_medal_competition, self.sentence_of(medal.start)))

    def _whole_of_part(self, start: int, end: int, event: str) -> str:
        """The combined event whose part `event` is, when the fact at [start, end) takes it from a
        part ("Op de afsluitende 800 meter liep ze 2.08,44, maar de titel was al binnen" in a
        heptathlon: the title is the heptathlon's): the last combined event named before the part,
        not one still to come ("Morgen begint het WK allround" in a sprint report); else the
        classification the lead names; else ''."""
        part = self.event_mention(start, end)
        if part is None or part.event != event or not (_COMBINED_PART_BEFORE.search(self.text, max(0, part.start - 40), part.start)
                                                       or _COMBINED_PART_AFTER.match(self.text, part.end)):
            return ""
        wholes = [e for e in self.events if e.end <= part.start and e.event in _COMBINED_EVENTS
                  and not self._about_the_future(e.start)]
        return wholes[-1].event if wholes else self.overall

    def _sentence_classification(self, start: int) -> str:
        """The overall classification the sentence at `start` names ("op het EK sprint"), or ''."""
        index = self.sentence_of(start)
        return named_classification(self.text[self.sentences[index][0] : self.sentences[index][1]])

    @functools.cached_property
    def _championship_inside_from(self) -> int:
        """Where the first sentence that puts a medal-awarding championship inside the reported
        race starts ("Het NK marathon maakte deel uit van de wedstrijd"); past the text's end when
        none does."""
        for m in scan.finditer(_EMBEDDED_CHAMPIONSHIP_RE, self.text):
            sentence = self.sentences[self.sentence_of(m.start())]
            if names_medal_competition_by_name(self.text[sentence[0] : sentence[1]]):
                return sentence[0]
        return len(self.text) + 1

    def _item_gives_medals(self, pos: int) -> Optional[bool]:
        """Whether the first competition of the round-up item that `pos` is in gives medals
        ("ATLETIEK - Op het NK indoor ..." in a round-up led by a one-day classic: yes; "Langlaufen
        - In de wereldbeker ...": no); None outside such an item (see `_item_competition`)."""
        first = self._item_competition(pos)
        return None if first is None else awards_medals(first.name)

    def _item_competition(self, pos: int) -> Optional[CompetitionMention]:
        """The first competition of the round-up item that `pos` is in: a paragraph headed by its
        sport ("Biatlon - In Otepää won ..."), or a results list under a heading that names it
        ("Uitslagen NK indoor atletiek" above "800 meter mannen: 1. Thomas ten Hove 1.46,21");
        None outside such an item."""
        item = self._roundup_item(pos)
        if item is None:
            item = results_heading(self.text, pos)
            if item is None:
                return None
            item = item.span()
        item_start, item_end = item
        return next((c for c in self.competitions if item_start <= c.start < item_end), None)

    def _roundup_item(self, pos: int) -> Optional[tuple[int, int]]:
        """(start, end) of the round-up item that `pos` is in (see `_SPORT_HEADING`,
        `_dateline_items`), else None."""
        before = self.text.rfind("\n\n", 0, pos)
        paragraph_start = max(0, before)
        if _SPORT_HEADING.match(self.text, paragraph_start) or (0 if before < 0 else before + 2) in self._dateline_items:
            return paragraph_start, paragraph_end(self.text, pos)
        starts = self._titled_items
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        return starts[i], (starts[i + 1] if i + 1 < len(starts) else len(self.text))

    @functools.cached_property
    def _titled_items(self) -> list[int]:
        """Where the round-up items under a heading of their own start, found once per article."""
        return [m.start() for m in _SPORT_TITLE.finditer(self.text)]

    @functools.cached_property
    def _dateline_items(self) -> frozenset:
        """Where the paragraphs of a news agency's round-up start: each opens with its own
        dateline ("MONTREAL (ANP) - ", then "OSLO (ANP) - "), where a single report has one."""
        starts = [m.start() for m in DATELINE_RE.finditer(self.text)]
        return frozenset(starts) if len(starts) >= 2 else frozenset()

    def _sentence_names(self, test, index: int) -> bool:
        """`test` (names_medal_competition or names_medal_series) of sentence `index`, read once
        for all the medals of that sentence."""
        key = (test, index)
        named = self._sentence_names_memo.get(key)
        if named is None:
            start, end = self.sentences[index]
            named = self._sentence_names_memo[key] = test(self.text[start:end])
        return named

    def is_plural(self, start: int) -> bool:
        return bool(_PLURAL_RE.search(clause_before(self.text, start, limit=160)))

    # -- linking ------------------------------------------------------------------------------

    def _crew(self, start: int, end: int, fallback: bool = True) -> bool:
        mention = self.event_mention(start, end, fallback)
        return bool(mention and mention.crew)

    def link_times(self, times: Sequence[RaceTime]) -> list[RaceTime]:
        """`link_time` of each, without a field event's marks ("won met 4,46" at the pole vault is
        a height, not a time)."""
        # (a group's split is dropped before linking: it would be linked for nothing)
        return [t for t in map(self.link_time, (t for t in times if not self._pack_split(t))) if t.event not in _FIELD_EVENTS]

    def _pack_split(self, time: RaceTime) -> bool:
        """Whether the time's sentence opens on a group in the race as its subject and names no
        athlete before the time ("De kopgroep passeert het 30 kilometerpunt in 1:29.10"): where the
        group was, no one's finish ("Zij reed weg uit de kopgroep en kwam na 1.24.37 over de meet" is hers)."""
        start = self.sentences[self.sentence_of(time.start)][0]
        return (_PACK_SUBJECT_RE.match(self.text, start, time.start) is not None
                and not any(start <= p.start < time.start for p in self.names))

    def link_time(self, time: RaceTime) -> RaceTime:
        mention = self.event_mention(time.start, time.end)
        event, crew = (mention.event, mention.crew) if mention else ("", False)
        event = self._nation_event(time.start, time.end, event, BIND_CLAUSE, crew)
        # "Femke Kok (1.13,89)", "Groot-Brittannië (42,015)": the name just before the bracket.
        bracketed = [p for p in self.names if 0 <= time.start - p.end <= 3 and _BRACKETED.match(self.text, p.end, time.start)]
        # "op 1.07,41, de tijd die Gao twee ritten eerder had neergezet": the name the apposition gives.
        apposition = _TIME_OF.match(self.text, time.end)
        owner = [p for p in self.names if apposition and p.start == apposition.end()]
        # "de oude beste tijd op een NK: 1.08,02 van Roel Schuitema": whose time, where no verb of
        # winning before it makes the name the beaten ("won in 3.42,307 van Denemarken").
        if not owner:
            owner = [p for p in self.persons if 0 < p.start - time.end <= 40 and _OF_HOLDER.fullmatch(self.text, time.end, p.start)]
            owner = owner if owner and not WIN_RE.search(clause_before(self.text, time.start)) else []
        listed: list = []
        if bracketed:
            person = max(bracketed, key=lambda p: p.end)
            # (the person a country follows as where they come from: "Brennan uit de Verenigde Staten (1.08,02)")
            person = next((p for p in self.persons if p.end < person.start and _FROM_COUNTRY.fullmatch(self.text, p.end, person.start)),
                          person) if person.label == "LOC" else person
        # "2. Merel ter Haar (Nederland) 3:53.10": a results line's name, its country or club in
        # brackets, then the time; or a crew's country, its members in brackets ("2. NED (Floor
        # Hazendonk, Merel 't Jong) 7.00,05", "3. NZL 7.01,77"), never the country in a name's brackets.
        elif listed := [p for p in (*self.persons, *self.nations, *self.country_codes)
                        if 0 < time.start - p.end <= 50 and (p.label != "LOC" or self._ranked(p.start))
                        and (self._only_brackets(p.end, time.start)
                             # ("rijdt in de slotrit tegen Aasland 6.51,37": a preposition's object is no results line's name)
                             or not self.text[p.end : time.start].strip() and not self._is_object(p))]:
            person = max(listed, key=lambda p: p.end)
        else:
            person = owner[0] if owner else self.athlete(time.start, time.end, possessive_ok=True)
        competition = self.competition_of(time.start, time.end)
        team = ("" if (bracketed or listed) and person.label == "LOC" or self._one_leg(time)
                else self.team(time.start, event, time.end, crew=crew, competition=competition))
        return replace(read_for_event(time, event, route_meters(self.text, time.start)), athlete="" if team is None else team or _name(person), event=event,
                       competition=competition, date=self.date(time.start))

    def _ranked(self, pos: int) -> bool:
        """Whether a results line's rank is all that comes before `pos` on its line ("3. NZL")."""
        rank = LIST_RANK_RE.match(self.text, self.text.rfind("\n", 0, pos) + 1)
        return rank is not None and rank.end() == pos

    def _only_brackets(self, start: int, end: int) -> bool:
        """Whether [start, end) holds only a bracketed country or club ("(Nederland)")."""
        brackets = BRACKETS_AFTER.match(self.text, start, end)
        return brackets is not None and not self.text[brackets.end() : end].strip()

    def _one_leg(self, time: RaceTime) -> bool:
        """Whether the time's clause says it is one member's leg of a team race ("De 24-jarige
        klokte haar ronde in 48,92"): then it is that member's time, not the team's."""
        clause_start = time.start - len(clause_before(self.text, time.start, limit=160))
        clause_end = _CLAUSE_END.search(self.text, time.end, time.end + 40)
        stop = clause_end.start() if clause_end else time.end + 40
        leg = next(scan.finditer_in(_LEG_RE, self.text, clause_start, stop), None)
        # ("Het kwartet met slotloper Jurre Pinas finishte in 3.11,62": the team's, with its anchor;
        # so is "liepen Klein Ikkink, Dobber, Agard en slotloper Van der Sluis naar zilver in
        # 3.05,87", the whole team named)
        return (leg is not None and not _WITH_MEMBER.search(self.text, max(clause_start, leg.start() - 5), leg.start())
                and len({p.canonical or p.text for p in self.persons if clause_start <= p.start < stop}) < 2)

    def link_medals(self, cue: MedalCue) -> list[Medal]:
        """`link_medal`, once for every event its sentence names together with the medal's own:
        "won ze brons op de 5000 meter en op de 10.000 meter" is two bronze medals."""
        medal = self.link_medal(cue)
        if medal is None:
            return []
        medals = [medal] + [replace(medal, event=e) for e in self._coordinated_events(medal) if e != medal.event]
        shared = self._shared_with(medal)
        return medals + [replace(m, athlete=shared) for m in medals] if shared else medals

    def _shared_with(self, medal: Medal) -> str:
        """"Het brons ging naar de Britse Whitlock en de Spaanse Ruiz-Navarro": a medal given to two
        names joined by "en" is both's (the two bronzes of a judo or taekwondo class), and so is one
        its holder won "net als" another; else ''."""
        if medal.team:
            return ""
        persons = self._in_sentence(self.persons, self.sentence_of(medal.start))
        # "Delacroix-Petit kreeg net als de Hongaarse Szabó een bronzen medaille"
        holder = [p for p in persons if p.end <= medal.start and p.canonical == medal.athlete]
        for person in persons:
            # (or after it: "Beridze moest tevreden zijn met brons, net als de Poolse Zielińska")
            if (holder and holder[0].end <= person.start and person.canonical != medal.athlete
                    and (person.start < medal.start or _SHARED_END.match(self.text, person.end))
                    and _LIKEWISE.search(self.text, max(0, person.start - 30), person.start)):
                return person.canonical
        for i, person in enumerate(persons[:-1]):
            if person.start < medal.end or person.canonical != medal.athlete:
                continue
            if not _GIVEN_TO.match(self.text, medal.end, person.start):
                return ""
            second = persons[i + 1]
            if _SHARED_WITH.fullmatch(self.text, person.end, second.start) and _SHARED_END.match(self.text, second.end):
                return second.canonical
            return ""
        return ""

    def _coordinated_events(self, medal: Medal) -> list[str]:
        """The events joined by "en" to the one nearest the medal in its sentence (its own
        included), or [] when that event stands alone or is not the medal's."""
        in_sentence = sorted(self._in_sentence(self.events, self.sentence_of(medal.start)), key=lambda e: e.start)
        if len(in_sentence) < 2:
            return []
        nearest = _nearest(in_sentence, medal.start, medal.end)
        if nearest.event != medal.event:
            return []
        i = j = in_sentence.index(nearest)
        links = []
        while i > 0 and (link := _EVENT_LINK.fullmatch(self.text, in_sentence[i - 1].end, in_sentence[i].start)):
            links.insert(0, link)
            i -= 1
        while j + 1 < len(in_sentence) and (link := _EVENT_LINK.fullmatch(self.text, in_sentence[j].end, in_sentence[j + 1].start)):
            links.append(link)
            j += 1
        if not links or not links[-1].group("en") or in_sentence[i].start <= medal.start < in_sentence[j].end:
            return []
        return [e.event for e in in_sentence[i : j + 1]]

    def link_medal(self, cue: MedalCue) -> Optional[Medal]:
        medal = cue.medal
        item_gives_medals = self._item_gives_medals(medal.start)
        if item_gives_medals is None and self._championship_inside_from <= medal.start:
            item_gives_medals = True  # "Het NK marathon maakte deel uit van de wedstrijd. [...] Bakkali werd tweede"
        no_medal_race = (not self.gives_medals or self.reports_series) and item_gives_medals is not True
        if no_medal_race and not self._names_medal_competition(medal):
            return None  # a World Cup podium, a stage win: no medal, whatever the wording
        if self._names_series_only(medal) or self._names_race_without_medals_only(medal):
            return None  # "werd ze nog tweede in de WTCS-wedstrijd in Leeds" in an EK report
        if item_gives_medals is False and not self._names_medal_competition(medal):
            return None  # "Langlaufen - In de wereldbeker ... werd derde" in a weekend round-up
        # "Van der Poel, in 2023 nog wereldkampioen": a medal of a past year.
        clause = clause_before(self.text, medal.start)
        past = bool(_YEAR.search(clause))
        # ("De Fries, vorig jaar nog derde op het WK tijdrijden": a place in an earlier race)
        if no_medal_race and cue.placing and not past and not _PAST_PERIOD.search(clause):
            return None  # "Olympisch kampioen Evenepoel werd derde": a place in the race reported
        # In a report on a race without medals a medal is of another competition: not its event;
        # a past medal whose event its paragraph does not say is not the reported race's.
        if no_medal_race:
            in_sentence = self._in_sentence(self.events, self.sentence_of(medal.start))
            if in_sentence:
                event = _nearest(in_sentence, medal.start, medal.end).event
            elif self._names_event_again(medal.start):
                # "Kok, vorige maand olympisch kampioene op deze afstand": the event just reported
                event = self.event(medal.start, medal.end)
            else:
                # (or the event its paragraph named before it: "Op het WK junioren geldt Wolters als
                # kanshebber op de 1500 meter. [...] Vorig jaar won Okabe de wereldtitel"; not for a
                # title worn before a name, "Olympisch kampioen Remco Evenepoel werd derde", which
                # says nothing of the paragraph's race)
                epithet = any(0 <= p.start - medal.end <= 1 for p in self.persons)
                event = self._championship_event(medal) or ("" if epithet else self.event(medal.start, medal.end, fallback=False))
        else:
            event = self.event(medal.start, medal.end, fallback=not past or self._names_event_again(medal.start))
            # "goud voor Wielinga en Ter Mijtelen" over a report opening with the 10.000 meter, or
            # "Vinkenoog pakt goud" over a live blog opening with the relay: a person's medal in
            # the headline is of her own race.
            own = self._headline_persons_event(medal.start, medal.end, cue.binding, medal.medal)
            if own is not None:
                event = own.event
        # "Europees sprintkampioen", "werd tweede op het EK sprint" (no distance in the sentence):
        # a medal of that classification.
        classification = named_classification(medal.text)
        if not classification and not self._in_sentence(self.events, self.sentence_of(medal.start)):
            classification = self._sentence_classification(medal.start)
        if classification:
            event = classification
        if event[:1].isdigit():
            event = self._whole_of_part(medal.start, medal.end, event) or event
        competition = self.competition_of(medal.start, medal.end)
        if self.overall and not self._distances_only(competition, medal.start):
            # An all-round championship: "door de 5000 meter te winnen" is a distance result, no
            # medal; every medal is one of the final classification (not one of the Games,
            # which hold distances only).
            if cue.placing and self._event_in_clause(medal.start, medal.end):
                return None
            # ... and so is a place in a distance's results list ("500 meter: 1. Hoshikawa JPN 38,62").
            if cue.binding == BIND_LIST and event[:1].isdigit():
                return None
            if not event or (event[0].isdigit() and not _DISTANCE_MEDAL_BEFORE.search(self.text, max(0, medal.start - 20), medal.start)):
                event = self.overall
        crew = not no_medal_race and self._crew(medal.start, medal.end, fallback=not past)
        if event in TEAM_EVENTS or crew:
            # "goud voor Wijnbergen, zilver voor Van der Linde en de gemengde aflossing": a team
            # event another clause names is not the event of a person's medal in a clause of its own.
            holder = self._given_person(medal.start, medal.end)
            if holder is not None:
                own = self._individual_event_of(holder)
                event, crew = (own.event if own is not None else ""), False
        event = self._nation_event(medal.start, medal.end, event, cue.binding, crew)
        team = self.team(medal.start, event, medal.end, cue.binding, crew=crew, competition=competition)
        if team is None:
            return None  # an unnamed club's
        # (a results list's rank is followed by whose it is, a plural in its line notwithstanding:
        # "50 meter rugslag mannen: 1. Tijn Verhagen")
        if not team and cue.binding not in (BIND_FIRST, BIND_SECOND, BIND_LIST) and self.is_plural(medal.start):
            return None  # "Beide vrouwen sluiten af met een gouden medaille": whose is not said
        person = None if team else self.athlete(medal.start, medal.end, cue.binding)
        if not team and person is None:
            return None
        if person is not None and self._non_athlete(person):
            return None  # "zijn tweede olympische titel als bondscoach": a coach wins no medal
        if person is not None and person.label == "LOC":  # "Groot-Brittannië werd tweede"
            team = _name(person)
        return replace(medal, athlete=team or person.canonical, team=bool(team), event=event,
                       competition=competition, date=self.date(medal.start))

    def link_record(self, record: RecordMention) -> RecordMention:
        person = self.athlete(record.start, record.end, possessive_ok=True)
        return replace(record, athlete=_name(person), event=self.event(record.start, record.end),
                       competition=self.competition_of(record.start, record.end), date=self.date(record.start))

    def link_age(self, age: Age) -> Age:
        index = self.sentence_of(age.start)
        persons = self._in_sentence(self.persons, index)
        if age.text.startswith("(") or self.text[max(0, age.start - 2) : age.start] == ", ":
            # "Kok (25)", "Gidey, 26 jaar," "Leerdam, 25 jaar oud,": the name just before
            person = next((p for p in reversed(persons) if 0 <= age.start - p.end <= 2), None)
        else:  # "de 25-jarige Kok": the name just after, else the subject
            person = next((p for p in persons if 0 <= p.start - age.end <= 25), None)
            person = person or self.athlete(age.start, age.end)
        return replace(age, person=_name(person))


_DEMONYM_WORDS = sorted({w.lower() for w in DEMONYM_NOUNS} | set(DEMONYM_COUNTRY), key=len, reverse=True)
#: "de Zweedse", "De Belg" used for a person.
_DEMONYM_WORD_SET = frozenset(_DEMONYM_WORDS)
_WORD_BEFORE_NAME = re.compile(r"(\S+)\s+$")
# "de Zweedse", "De 30-jarige Amerikaan": an inflected adjective may stand between.
_DEMONYM_NP = re.compile(r"\b[Dd]e\s+(?:[\w-]+e\s+)?(?P<word>" + alternation(_DEMONYM_WORDS) + r")\b", re.I)
# A word after the nationality: "de Zweedse ploeg" is no person, and "De Italiaan tikte aan in"
# is better read as the name before it (sentence continuation) than as the last person
# introduced as "de Italiaan". Only "de Nederlander", a noun of a home nation never introduced
# so, reads on ("de Nederlandse" may be an adjective: "De Nederlandse hockeyers").
_NOUN_AFTER = re.compile(r"\s+[a-z]", re.I)
_HOME_NOUN_ONLY = frozenset(word for word in HOME_NATION_NOUNS if word not in DEMONYM_COUNTRY) - {
    word.lower() for words in REGIONAL_DEMONYM_ADJECTIVES.values() for word in words}
_DEMONYM_NOUN_WORDS = frozenset(w.lower() for w in DEMONYM_NOUNS)  # (a noun, "de Noor", heads its phrase)
_DEMONYM_NAME = re.compile(r"(?P<word>" + alternation(_DEMONYM_WORDS) + r")\s+(?P<name>[A-Z].*)", re.I)


#: A given name, one or more particles, a surname: "Jenning de Boo", "Melle van 't Wout".
_PARTICLE_NAME = re.compile(
    r"[A-Z][\w-]+(?:\s+(?:" + "|".join(sorted((re.escape(" ".join(p)) for p in PARTICLES), key=len, reverse=True))
    + r"))+\s+[A-Z][\w'-]+"
)


def _demonym_person(mention: Mention) -> Optional[Mention]:
    """`Ier Ben Healy` (tagged as a place): the person `Ben Healy`; None for anything else."""
    if mention.label != "LOC":
        return None
    m = _DEMONYM_NAME.fullmatch(mention.text)
    if not m or len(m.group("name").split()) < 2 or m.group("word")[0].islower():
        return None
    start = mention.start + m.start("name")
    return Mention(start, mention.end, m.group("name"), label="PER", canonical=m.group("name"))


def _after_question(text: str, paragraph_start: int) -> bool:
    """Whether the paragraph at `paragraph_start` follows one that ends with a question: an
    interview's answer."""
    before = paragraph_start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] == "?"


def _split_at_paragraphs(text: str, sentences: list) -> list:
    out = []
    for start, end in sentences:
        cut = text.find("\n\n", start, end)
        while cut != -1:
            if text[start:cut].strip():
                out.append((start, cut))
            start = cut + 2
            cut = text.find("\n\n", start, end)
        if text[start:end].strip() or not out:
            out.append((start, end))
    return out


def _nearest(items: Sequence, start: int, end: int):
    """The item closest to [start, end): the gap between them, 0 when they overlap; the first
    on ties."""
    return min(items, key=lambda i: max(i.start - end, start - i.end, 0))


def _name(person: Optional[Mention]) -> str:
    return person.canonical or person.text if person else ""


def followed_nation(named: Sequence[str]) -> str:
    """The nation an article follows, from the nations it names (in order, not as objects): the
    one named most, when named at least twice and more than the readers' own; else the readers'
    own (HOME_NATIONS), since "Kroatië werd derde" or "Polen werd tweede" names a rival."""
    counts = Counter(named)
    home = max(HOME_NATIONS, key=lambda nation: counts[nation])  # ties: the first
    main = most_named(named)
    return main if counts[main] >= 2 and counts[main] > counts[home] else home


def _main_competition(competitions: Sequence[CompetitionMention], lead_end: int, about_the_future) -> str:
    """The competition an article is about: the family its lead (first sentence) names, else its
    most mentioned family ("Het NK afstanden in Thialf zit erop" is about the NK, however often
    the coming World Cups are named after it); by the name the article gives it most (`WK
    roeien`), else by the family's name (`WK` for `wereldkampioen`). Past the lead, a competition
    named only as what is still to come ("volgend jaar willen we op het WK vooraan staan") is
    not the one reported. `about_the_future(pos)`: whether the sentence at `pos` tells of it."""
    in_lead = [c.family for c in competitions if c.end <= lead_end]
    family = most_named(in_lead) or most_named(c.family for c in competitions if not about_the_future(c.start))
    return most_named(c.name for c in competitions if c.family == family and c.named) or family


def most_named(names: Iterable[str]) -> str:
    """The value named most often, the first named on ties ('' for none): an article's main
    competition and main event."""
    names = list(names)
    counts = Counter(names)
    return max(names, key=lambda n: (counts[n], -names.index(n))) if names else ""
