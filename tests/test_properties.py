"""Property-based tests of the rule extractors: never raise, offsets point at the text, times round-trip."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.dates import extract_dates
from pipeline.extract.events import find_events
from pipeline.extract.medals import find_medal_cues
from pipeline.extract.times import find_times, format_time

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments that trigger the extractors, so random texts reach their deep branches too.
FRAGMENTS = [
    "1.12,59", "37,15", "2.04.35", "1:43.21", "9,58", "+0,12", "2,5 procent", "om 9.30.00", "uur",
    "seconden", "500 meter", "10.000 meter", "de kilometer", "1500m", "5 km", "na 600 meter",
    "ploegachtervolging", "massastart", "goud", "zilver", "brons", "olympisch goud", "gouden plak",
    "zilveren medaille", "werd tweede", "eindigde als derde", "won de 500 meter", "een 1-2'tje",
    "greep naast het brons", "wereldkampioene", "de gouden Leerdam", "maandag", "zondagmiddag",
    "15 februari", "15 feb 2026", "3-2-2026", "29/2/2025", "31 april", "gisteren", "morgen",
    "vorige week", "komend jaar", "in 2014 en 2018", "in 1899", "sinds 2099", "februari 2026",
    "Leerdam", "Kok", "de", "het", "en", ",", ".", ";", ":", "(", ")", "-", "\n", "  ", "é", "ë",
    "0", "9", "00", "59", "60", "99,999", "1.60,00", "0,0", "9999", "10.000.000",
]
dutchish = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join)
texts = st.one_of(st.text(max_size=300), dutchish, st.tuples(dutchish, st.text(max_size=40), dutchish).map("".join))


def _points(records, text):
    for r in records:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start : r.end] == r.text


@SETTINGS
@given(texts)
def test_find_times_offsets(text):
    times = list(find_times(text))
    _points(times, text)
    assert all(t.seconds >= 0 for t in times)


@SETTINGS
@given(texts)
def test_find_events_offsets(text):
    events = list(find_events(text))
    _points(events, text)
    assert all(e.meters is None or e.meters > 0 for e in events)


@SETTINGS
@given(texts)
def test_find_medal_cues_offsets(text):
    cues = list(find_medal_cues(text, tuple(find_events(text)), tuple(find_times(text))))
    _points([c.medal for c in cues], text)
    assert all(c.medal.medal in {"gold", "silver", "bronze"} for c in cues)


@SETTINGS
@given(texts, st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
def test_extract_dates_offsets(text, published):
    dates = extract_dates(text, published)
    _points(dates, text)
    assert all(d.granularity in {"day", "week", "month", "year"} for d in dates)


# Round trips over the documented forms: 9,58 / 1.12,59 (hundredths) and 34,987 / 1.12,590
# (thousandths) from 1 s to 59.59,99; 2.04.35 (hours) below 10 hours. Bare figures under a
# second are margins by design ("won met 0,15"), so the domain starts at 1 s.
def _parsed_seconds(text: str) -> list[float]:
    return [t.seconds for t in find_times(text)]


@SETTINGS
@given(st.integers(min_value=100, max_value=359_999), st.sampled_from(["{}", "Ze reed {}.", "Kok klokte {} op de 1000 meter"]))
def test_hundredths_round_trip(hundredths, template):
    seconds = hundredths / 100
    text = format_time(seconds, 2)
    assert _parsed_seconds(template.format(text)) == [round(seconds, 3)], text


@SETTINGS
@given(st.integers(min_value=1000, max_value=3_599_999), st.sampled_from(["{}", "in een tijd van {} seconden"]))
def test_thousandths_round_trip(thousandths, template):
    seconds = thousandths / 1000
    text = format_time(seconds, 3)
    assert _parsed_seconds(template.format(text)) == [round(seconds, 3)], text


@SETTINGS
@given(st.integers(min_value=3600, max_value=9 * 3600 + 59 * 60 + 59), st.sampled_from(["{}", "Nageeye liep {} in Rotterdam."]))
def test_hours_round_trip(seconds, template):
    text = format_time(seconds, 0)
    assert text.count(".") == 2
    assert _parsed_seconds(template.format(text)) == [float(seconds)], text
