"""Race times in Dutch notation -> seconds.

Dutch sports pages write minutes and seconds with a dot and hundredths with a comma:
`1.12,59` is 1 min 12.59 s = 72.59 s. Hours take a second dot (`2.04.35`), the
international colon form also occurs (`1:43.21`, `2:04:35`), and a bare `37,15`
is seconds when nothing around it says it is an amount, a score or a margin.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Optional

from ..lang.sport_nl import (
    CLOCK_LEADS,
    COMPARATIVES,
    DISTANCE_UNITS,
    EVENT_METERS,
    FASTEST_RACE_SPEED,
    SECOND_UNITS,
    SLOWEST_RACE_SPEED,
    GAP_LEADS,
    GAP_REFERENCES,
    LAP_WORDS,
    MARGIN_AFTER_TIME,
    MARGIN_LEAD,
    MARGIN_NOUNS,
    MARGIN_WORDS,
    MARGIN_WORDS_AFTER_UNIT,
    MINUTES_LEADS,
    MINUTES_VERBS,
    NOT_TIME_UNITS,
    SCORE_WORDS,
    STANDARD_LINKS,
    STANDARD_NOUNS,
    TIME_COMPARED_LEADS,
    TIME_PART_JOINS,
    TIME_UNIT_WORDS,
)
from ..records import RaceTime
from . import scan
from .events import is_gymnastics
from .vocab import alternation, phrase_alternation

# ("37,15 seconden": a unit of seconds after a time)
_SECOND_UNIT = r"(?:" + alternation(SECOND_UNITS) + r")\b"
_FRAC = r"(?:[,.](?P<frac>\d{1,3}))"
# Longest forms first; every form is anchored so it cannot start or end inside a bigger number.
TIME_RE = re.compile(
    r"(?<![\d.,:+\-])(?:"
    # 2.04.35, 2:04:35, 1.19.42,6; and a colon after the hours with a point after the minutes,
    # when tenths follow ("1:10.12,4", a biathlon relay): without them "1:43.21" is minutes
    # (all colons, tenths may follow a point: "1:19:42.6")
    r"(?P<h>\d)(?P<sep>[.:])(?P<hm>[0-5]\d)(?:(?P=sep)|(?<=:\d\d)\.(?=[0-5]\d,\d))(?P<hs>[0-5]\d)"
    r"(?:(?:,|(?<=:\d\d:\d\d)\.)(?P<hfrac>\d{1,3}))?(?![,.]?\d)"
    r"|(?P<m>[1-5]?\d)[.:](?P<ms>[0-5]\d)" + _FRAC + r"(?![.:]?\d)"  # 1.12,59  1:43.21  6.42,17
    # 37,15  9,58  34,987  89,43; and after a point only before a unit of seconds, where it
    # cannot be minutes ("54.88 seconden")
    r"|(?P<s>1?\d?\d)(?:,|\.(?=\d{1,3}\s*(?i:" + _SECOND_UNIT + r")))" + r"(?P<sfrac>\d{1,3})(?![.,]?\d)"
    r"|(?P<mm>[1-5]?\d)(?P<msep>[.:])(?P<mms>[0-5]\d)(?![.,:]?\d)"  # 33.29, 49:58 (no hundredths)
    r")"
)
# (past a point only on the same line and in lower case: "4. Polen 47,310.\n\nKilometer tijdrit"
# opens a new sentence, no unit)
_WORD_AFTER = re.compile(r"\s*(?i:" + _SECOND_UNIT + r")?(?:\.[ \t]*(?![A-ZÀ-Þ\s])|\s*)([^\W\d]+|%)")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
# "klokte daar 18.31", "liep de 26-jarige atleet van AV Hollandia 28.39": a verb of racing up to six
# words before, in its clause (no punctuation between).
_MINUTES_VERB_BEFORE = re.compile(r"\b(?:" + alternation(MINUTES_VERBS) + r")(?:\s+[\w'-]+){0,6}\s+$", re.I)


# "scoorde 14,566", "een score van 13,9": a score word earlier in the figure's sentence.
_SCORE_BEFORE = re.compile(r"\b(?:" + alternation(SCORE_WORDS) + r")\b(?:[^.!?\n]|\.(?=\d)){0,50}$", re.I)
# "4.01,38, 1,2 seconde voor": a figure right after another time.
_STANDARD_BEFORE = re.compile(
    r"(?<![\w-])(?:[\w]+-)?(?:" + alternation(STANDARD_NOUNS) + r")(?:(?:\s+[^\W\d]+){0,5}?\s+(?:"
    + phrase_alternation(STANDARD_LINKS) + r"))?\s*[(:]?\s*$", re.I)
_AFTER_TIME = re.compile(r"\d[.,:]\d+,\s*$")
# "een achterstand van 1,84 seconde": a margin's noun and "van" right before the figure.
_MARGIN_NOUN_BEFORE = re.compile(r"\b(?:" + alternation(MARGIN_NOUNS) + r")\s+van\s+$", re.I)


def to_seconds(match: re.Match) -> float:
    g = match.groupdict()
    if g["h"] is not None:
        return round(int(g["h"]) * 3600 + int(g["hm"]) * 60 + int(g["hs"]) + _fraction(g["hfrac"]), 3)
    if g["m"] is not None:
        return round(int(g["m"]) * 60 + int(g["ms"]) + _fraction(g["frac"]), 3)
    if g["mm"] is not None:
        return float(int(g["mm"]) * 60 + int(g["mms"]))
    return round(int(g["s"]) + _fraction(g["sfrac"]), 3)


def event_meters(event: str) -> Optional[int]:
    """The length an event is raced over: `10000m` -> 10000, `60m horden` -> 60, `marathon` ->
    42195; for a race of many lengths, its shortest (`triathlon` -> 12900); None for an event of
    no set length (`massastart`, `sprint`) or no event."""
    distance = event.split(" ", 1)[0]  # (a qualified distance: "60m horden", "3000m steeple")
    if distance.endswith("m") and distance[:-1].isdigit():
        return int(distance[:-1])
    return EVENT_METERS.get(event)


def read_for_event(time: RaceTime, event: str, route: Optional[int] = None) -> RaceTime:
    """`time` as its event allows: `2:05.41` is 125.41 s on a track and 2 h 05 min 41 s in a
    marathon (`route`: the meters of the route the text says it was raced over, for an event of
    no set length: "legde de 232 kilometer af in 5:21.47"). Minutes and hundredths become hours, minutes and seconds only where the minutes
    reading would be faster than any race is run and the hundredths, after a dot, can be seconds;
    minutes and seconds after a dot are seconds and hundredths where they would be slower than any
    race ("7.52" on the 60 meter horden)."""
    meters = event_meters(event) or route
    speed = meters / max(time.seconds, 0.001) if meters else None
    if speed is None or SLOWEST_RACE_SPEED <= speed <= FASTEST_RACE_SPEED:
        return time
    match = TIME_RE.fullmatch(time.text)
    if speed < SLOWEST_RACE_SPEED:
        if match is not None and match.group("msep") == ".":  # "7.52" on the 60 meter: seconds and hundredths
            return replace(time, seconds=int(match.group("mm")) + int(match.group("mms")) / 100)
        return time
    # (after a comma the digits are hundredths in any Dutch time: only "2:05.41" is ambiguous)
    if match is None or match.group("m") is None or match.group("frac") is None or time.text[match.start("frac") - 1] != ".":
        return time
    hours, minutes, seconds = int(match.group("m")), int(match.group("ms")), match.group("frac")
    if len(seconds) != 2 or int(seconds) >= 60:
        return time
    return replace(time, seconds=float(hours * 3600 + minutes * 60 + int(seconds)))


def _fraction(digits: Optional[str]) -> float:
    return int(digits) / 10 ** len(digits) if digits else 0.0


def format_time(seconds: float, decimals: int = 2) -> str:
    """Seconds -> Dutch notation (`72.59` -> `1.12,59`); the inverse of `to_seconds`."""
    whole = int(seconds)
    frac = round((seconds - whole) * 10**decimals)
    if frac == 10**decimals:
        whole, frac = whole + 1, 0
    minutes, secs = divmod(whole, 60)
    tail = f",{frac:0{decimals}d}" if decimals else ""
    if minutes >= 60 and not decimals:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}.{minutes:02d}.{secs:02d}"
    return f"{minutes}.{secs:02d}{tail}" if minutes else f"{secs}{tail}"


def _next_word(text: str, end: int) -> tuple[str, bool]:
    """The word after a figure (lower case) and whether a seconds unit came first."""
    after = text[end : end + 40]
    unit = re.match(r"\s*(" + _SECOND_UNIT + ")", after, re.I)
    word = _WORD_AFTER.match(after)
    return (word.group(1).lower() if word else ""), bool(unit)


def _word_before(text: str, start: int) -> str:
    """The word before a figure (lower case), punctuation included."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return before.group(1).lower() if before else ""


def is_race_time(text: str, match: re.Match, scores: bool = False) -> bool:
    """Context decides whether a figure such as `37,15` is a finishing time. `scores`: the
    article is about a sport of judges' scores, where a bare decimal (`14,566`) is a score."""
    word, has_unit = _next_word(text, match.end())
    lead = _word_before(text, match.start())
    sign = text[max(0, match.start() - 1) : match.start()]
    if word in MARGIN_WORDS and not (word in COMPARATIVES and lead in TIME_COMPARED_LEADS and not has_unit):
        return False  # "0,11 sneller" is a margin, but "was met 34,41 sneller" the time that was faster
    if (has_unit and word in MARGIN_WORDS_AFTER_UNIT) or lead in MARGIN_LEAD or (sign and sign in "+-"):
        return False
    if not has_unit and word in NOT_TIME_UNITS:
        return False
    if _STANDARD_BEFORE.search(text, max(0, match.start() - 60), match.start()):
        return False  # "de limiet van 2.26.00": a standard, no race
    if _MARGIN_NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return False
    if lead in GAP_LEADS and word in GAP_REFERENCES:
        return False  # "als 38e op 1.52,3 van de winnaar"
    g = match.groupdict()
    if g["s"] is not None:
        if not has_unit and (scores or _SCORE_BEFORE.search(text, max(0, match.start() - 60), match.start())):
            return False  # "kreeg 14,566", "scoorde 13,9": a judge's score
        if has_unit and word in MARGIN_AFTER_TIME and _AFTER_TIME.search(text, max(0, match.start() - 12), match.start()):
            return False  # "tikte aan in 4.01,38, 1,2 seconde voor PSV": the gap
        if lead in GAP_LEADS:
            return False  # "Frankrijk werd tweede op 18,3 seconden": the gap to the winner
        # A bare decimal is a time only with hundredths (or a seconds unit, or tenths in a
        # sentence about laps): "2,5 procent" is not; and under a second it is a margin ("won met 0,15").
        laps = (len(g["sfrac"]) == 1 and int(g["s"]) >= 10 and _LAP_SENTENCE.search(_sentence_around(text, match.start()))
                and (lead.rstrip(":") in (*MINUTES_LEADS, "op", "en") or _AFTER_TIME.search(text, max(0, match.start() - 12), match.start())))
        if int(g["s"]) >= 60 and not (len(g["sfrac"]) == 2 and (has_unit or _said_to_be_time(text, match, lead))):
            # "89,43" for a minute and a half is a canoe-slalom habit: only in hundredths (an
            # allround score has thousandths: "160,412 punten") and where the words say so
            return False
        return (has_unit or len(g["sfrac"]) >= 2 or bool(laps)) and int(g["s"]) > 0
    if g["mm"] is not None:
        # "33.29" is also how a clock time is written ("om 18.31 uur"): a race time only when
        # the words before say so.
        if word in ("uur", "u") or lead in GAP_LEADS:
            return False
        # "na 49:58": the colon is the international way to write a race time, and minutes past
        # 23 are no hour of the day; "om 20:45" stays a clock time.
        if g["msep"] == ":" and int(g["mm"]) > 23:
            return True
        if lead in CLOCK_LEADS:
            return False
        # (a distance unit right before: "een ronde van 31,2 kilometer 40.12")
        return lead in DISTANCE_UNITS or _led_as_time(text, match, lead)
    if g["h"] is not None:
        # "9.30.00" could be a clock time; "om" or "uur" around it says so.
        return lead != "om" and word != "uur"
    return True


def _led_as_time(text: str, match: re.Match, lead: str) -> bool:
    """Whether the words before a figure make it a race time: a lead ("in", "klokte") or a verb
    of racing up to six words before it in its clause ("reed hij 36.54")."""
    return lead in MINUTES_LEADS or bool(_MINUTES_VERB_BEFORE.search(text, max(0, match.start() - 70), match.start()))


def _said_to_be_time(text: str, match: re.Match, lead: str) -> bool:
    """`_led_as_time`, or a figure in brackets of its own ("Brandstätter (90,12)")."""
    if _led_as_time(text, match, lead):
        return True
    return text[match.start() - 1 : match.start()] == "(" and text[match.end() : match.end() + 1] == ")"


_LAP_SENTENCE = re.compile(r"\b(?:" + alternation(LAP_WORDS) + r")\b", re.I)


def _sentence_around(text: str, pos: int) -> str:
    """The sentence `pos` is in, by its full stops (not those inside a figure)."""
    start = max((m.end() for m in re.finditer(r"[.!?](?!\d)\s", text[max(0, pos - 300) : pos])), default=0)
    start += max(0, pos - 300) if start else max(0, pos - 300)
    end = re.search(r"[.!?](?!\d)(?:\s|$)", text[pos : pos + 300])
    return text[start : pos + (end.start() if end else 300)]


_DIGITS_RE = re.compile(r"\d+")


def time_matches(text: str) -> Iterator[re.Match]:
    """`TIME_RE.finditer(text)`, the same matches, tried only where one can start: every form
    starts with a digit that no digit precedes, so at the start of a run of digits (which may
    stand inside a word, so scan.finditer's word starts would not do)."""
    return scan.matches_at(TIME_RE, text, (run.start() for run in _DIGITS_RE.finditer(text)))


def find_times(text: str) -> Iterator[RaceTime]:
    """Every race time in `text`, athlete and event left to the relation stage."""
    scores = is_gymnastics(text)
    # Times written with their units, in words or marks ("1 uur, 2 minuten en 14 seconden", "5u38'14"):
    with_units = [m for m in scan.finditer(WORD_TIME_RE, text) if _is_word_time(text, m)] if "minu" in text else []
    if "'" in text or "’" in text:
        with_units += [m for m in CYCLING_TIME_RE.finditer(text) if _word_before(text, m.start()) not in _NOT_FINISH_LEADS]
    for match in time_matches(text):
        if is_race_time(text, match, scores) and not any(w.start() <= match.start() < w.end() for w in with_units):
            yield RaceTime(match.start(), match.end(), match.group(0), seconds=to_seconds(match))
    for match in with_units:
        yield RaceTime(match.start(), match.end(), match.group(0), seconds=_word_time_seconds(match))


# "1 uur, 2 minuten en 14 seconden", "8 minuten en 3,5 seconden", "1 uur en 2 minuten": at least
# two parts, largest unit first.
_JOIN = r"(?:\s*,\s*|\s+(?:" + alternation(w for w in TIME_PART_JOINS if w != ",") + r")\s+)"


def _unit_words(seconds: int) -> str:
    return alternation(word for word, size in TIME_UNIT_WORDS.items() if size == seconds)


WORD_TIME_RE = re.compile(
    r"(?<![\d,.])(?:(?P<h>\d{1,2})\s+(?:" + _unit_words(3600) + r")" + _JOIN + r")?"
    r"(?P<m>\d{1,2})\s+(?:" + _unit_words(60) + r")\b"
    r"(?:" + _JOIN + r"(?P<s>\d{1,2}(?:,\d{1,3})?)\s+(?:" + _unit_words(1) + r")\b)?",
    re.I,
)


_NOT_FINISH_LEADS = frozenset((*MARGIN_LEAD, *GAP_LEADS, *CLOCK_LEADS))
# A road race's time in hours, minutes and seconds: "5u38'14\"", "4u02’37”" (a gap, "op 1'05\"",
# has no hours and is not one). The seconds' mark stays out of the span, as a unit word does.
CYCLING_TIME_RE = re.compile(r"(?<![\d,.])(?P<h>\d{1,2})u(?P<m>[0-5]\d)['’](?P<s>[0-5]\d)(?!\d|['’](?!'))")


def _word_time_seconds(match: re.Match) -> float:
    seconds = float(match.group("s").replace(",", ".")) if match.group("s") else 0.0
    return round(int(match.group("h") or 0) * 3600 + int(match.group("m")) * 60 + seconds, 3)


def _is_word_time(text: str, match: re.Match) -> bool:
    """A time in words is a finishing time when it has two parts at least and nothing around it
    makes it a gap, a margin or a clock time ("op 2 minuten en 14 seconden", "na 1 uur en 10 minuten")."""
    if not (match.group("h") or match.group("s")):  # minutes alone: a duration
        return False
    word, _ = _next_word(text, match.end())
    lead = _word_before(text, match.start())
    return not (word in MARGIN_WORDS or word in MARGIN_AFTER_TIME or lead in MARGIN_LEAD or lead in GAP_LEADS or lead in CLOCK_LEADS)
