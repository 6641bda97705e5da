"""pipeline.extract.scan: the word-start scan gives exactly re's finditer matches."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import pipeline
import pipeline.extract
from pipeline.extract import scan
from pipeline.ingest import read_articles

TESTS = Path(__file__).parent

#: Texts that probe the edges: case, accents and other scripts at a word's start, hyphens,
#: digits glued to words, letters that fold to ASCII (Kelvin sign, long s), line starts.
EDGE_TEXTS = [
    "GOUD voor Leerdam. Zilveren plak, WK-goud en EK-zilver; olympisch kampioene Kok!",
    "Élodie won de 500 meter; Ørjan werd tweede, Šárka derde. Ökonomisch: ﬁnale (ligature).",
    "\u212aok won goud, \u017filver bleef uit; İstanbul en Iğdır; ongoud, wereldgoud, 4x400 meter.",
    "3000 meter\n10.000 meter in 12.45,67; 1e, 2de en 3e plaats; de Noor werd 2e.\nWon!",
    "",
]


def _pipeline_patterns():
    modules = [importlib.import_module(f"pipeline.{m.name}") for m in pkgutil.iter_modules(pipeline.__path__)
               if m.name not in ("cli", "__main__")]
    modules += [importlib.import_module(f"pipeline.extract.{m.name}") for m in pkgutil.iter_modules(pipeline.extract.__path__)]
    seen, patterns = set(), []
    for module in modules:
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                patterns.append(pytest.param(value, id=f"{module.__name__.rsplit('.', 1)[-1]}.{name}"))
    return patterns


@pytest.fixture(scope="module")
def texts():
    articles = read_articles([TESTS / "devset", TESTS / "holdout", TESTS.parent / "seeds"])
    return [a.body for a in articles if a.ok] + EDGE_TEXTS


@pytest.mark.parametrize("pattern", _pipeline_patterns())
def test_same_matches_as_finditer_for_every_pipeline_pattern(pattern, texts):
    for text in texts:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in scan.finditer(pattern, text)] == expected


OPENING_TEXTS = [
    "Kok (25), de 27-jarige Leerdam en De Boo, 26 jaar, liep; 4(31) a(30) 1,(22) x27-jarige",
    "Uitslag: 1. J. Beune 3.55,84 2) Kok 3. Leerdam\n1. Mulder\n21. Visser 3.(A)",
    "tot 63 kilo, -63 kg, boven 78 kilogram, +78kg, −57 kg en plus 100 KG; 63kgs 5 kilo",
]


def _openings_cases():
    from pipeline.extract import ages, medals

    return [pytest.param(ages.AGE_RE, ages._AGE_OPENING_RE, id="ages"),
            pytest.param(medals.LIST_RANK_RE, medals._LIST_RANK_OPENING_RE, id="list_rank")]


@pytest.mark.parametrize("pattern,openings", _openings_cases())
def test_finditer_from_openings_gives_finditer_matches(pattern, openings, texts):
    for text in texts + OPENING_TEXTS:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in scan.finditer_from(pattern, text, openings)] == expected


def _window_patterns():
    from pipeline import relations
    from pipeline.extract import ages, events, medals

    return [pytest.param(p, id=name) for name, p in (
        ("TEAM_RE", relations._TEAM_RE), ("TEAM_GROUP_RE", relations._TEAM_GROUP_RE),
        ("TEAM_NATION_RE", relations._TEAM_NATION_RE), ("LEG_RE", relations._LEG_RE),
        ("GIVING_VERB", relations._GIVING_VERB), ("PRONOUN_SUBJECT", relations._PRONOUN_SUBJECT),
        ("DEMONYM_NP", relations._DEMONYM_NP), ("EVENT_ANAPHOR_RE", events.EVENT_ANAPHOR_RE),
        ("DISCIPLINE_RE", events.DISCIPLINE_RE), ("NOUN_RE", medals.NOUN_RE),
        ("AGE_RE", ages.AGE_RE))]  # (not indexed: finditer_in is pattern.finditer)


@pytest.mark.parametrize("pattern", _window_patterns())
def test_finditer_in_a_window_gives_finditer_matches(pattern, texts):
    # Windows that start and end inside words, on word starts, past the end and empty.
    for text in texts + OPENING_TEXTS:
        n = len(text)
        for start in [0, 1, 3, *range(5, n + 1, 53)]:
            for end in (start, start + 7, start + 60, start + 160, n, n + 40):
                expected = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
                assert [(m.span(), m.groups()) for m in scan.finditer_in(pattern, text, start, end)] == expected, (start, end)


def test_weight_classes_are_looked_for_only_where_a_weight_is_named(texts):
    from pipeline.extract import events

    for text in texts + OPENING_TEXTS:
        if events.WEIGHT_CLASS_RE.search(text):
            assert events._WEIGHT_RE.search(text), text


def test_most_extractor_patterns_are_indexed():
    # The point of the module: the vocabulary patterns must not fall back to a full scan.
    from pipeline.extract import events, medals

    for pattern in (medals.NOUN_RE, medals.PLACING_RE, medals.TITLE_RE, medals.WIN_RE, events.DISCIPLINE_RE, events.DISTANCE_RE):
        assert scan.first_letters(pattern), pattern.pattern[:60]


def test_openings_read_from_the_pattern():
    assert scan.first_letters(re.compile(r"\b(?:goud|zilver|brons)\b", re.I)) == {"gou", "zil", "bro"}
    # An optional qualifier opens the match too; "wk-" is a word of two letters.
    assert scan.first_letters(re.compile(r"\b(?:(?:wk-|olympisch)\s?)?goud", re.I)) == {"wk", "oly", "gou"}
    assert scan.first_letters(re.compile(r"(?<![\w.,])\d+\s?meter")) == set("0123456789")
    assert scan.first_letters(re.compile(r"(?<=\bde\s)titel")) == {"tit"}


@pytest.mark.parametrize("unindexable", [
    r"goud",  # may start inside a word ("wereldgoud")
    r"\Bgoud",  # must start inside one
    r"\b\w+ meter",  # any word
    r"(?:^|\s)goud",  # may start with a space
    r"\b\u017fok",  # the long s matches s and S, case-insensitively
])
def test_patterns_whose_openings_cannot_be_read_are_scanned_in_full(unindexable):
    pattern = re.compile(unindexable, re.I)
    assert scan.first_letters(pattern) is None
    text = "wereldgoud en goud, \u212aok of kok, sok of \u017fok"
    assert [m.span() for m in scan.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_a_letter_whose_lower_case_is_ascii_indexes_under_it():
    # The Kelvin sign lowers to "k": words opening with k are tried, and the sign's own words
    # (not plain ASCII) always are.
    pattern = re.compile("\\b\u212aok", re.I)
    assert scan.first_letters(pattern) == {"kok"}
    text = "\u212aok, Kok en KOK"
    assert [m.span() for m in scan.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)] == [(0, 3), (5, 8), (12, 15)]


def test_ascii_word_boundaries_are_not_indexed():
    # With re.ASCII, "\b" falls before the x of "éx": not a word start of the index.
    pattern = re.compile(r"\bx", re.ASCII)
    assert scan.first_letters(pattern) is None
    assert [m.span() for m in scan.finditer(pattern, "éx")] == [(1, 2)]
