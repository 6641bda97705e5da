"""pipeline.extract.vocab: a word list written as a trie matches exactly what the flat,
longest-first list of its words matches."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.lang
from pipeline.extract.vocab import alternation
from pipeline.ingest import read_articles

TESTS = Path(__file__).parent


def flat(words) -> str:
    """The alternation as it was written before the trie: escaped, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _word_lists():
    """Every list, set or mapping of words in the language data (a mapping's keys)."""
    found = []
    for info in pkgutil.iter_modules(pipeline.lang.__path__):
        module = importlib.import_module(f"pipeline.lang.{info.name}")
        for name, value in sorted(vars(module).items()):
            if name.startswith("_") or not isinstance(value, (list, tuple, set, frozenset, dict)):
                continue
            words = list(value)
            if len(words) > 1 and all(isinstance(w, str) for w in words):
                found.append(pytest.param(words, id=f"{info.name}.{name}"))
    return found


@pytest.fixture(scope="module")
def texts():
    articles = read_articles([str(TESTS / "devset"), str(TESTS.parent / "seeds")])
    return [a.text for a in articles if a.ok][:60]


def _matches(pattern: str, flags: int, text: str):
    return [(m.start(), m.end()) for m in re.finditer(r"\b(?:" + pattern + r")\b", text, flags)]


@pytest.mark.parametrize("words", _word_lists())
def test_every_word_list_matches_as_its_flat_alternation(words, texts):
    for flags in (0, re.I):
        for text in texts:
            # The list itself joined is a text where every word, and most overlaps, occur.
            for probe in (text, " ".join(words), " ".join(words).upper()):
                assert _matches(alternation(words), flags, probe) == _matches(flat(words), flags, probe)


def test_longer_words_are_tried_first():
    pattern = re.compile(alternation(["kampioen", "kampioene", "olympisch kampioene", "olympisch"]))
    assert pattern.match("olympisch kampioene").group() == "olympisch kampioene"
    assert pattern.match("kampioene").group() == "kampioene"
    # ...and a shorter one is still found when the rest of the pattern needs it
    assert re.match(r"(?:" + alternation(["kampioen", "kampioene"]) + r")e\b", "kampioene").group() == "kampioene"


def test_it_is_a_trie_where_words_share_openings():
    assert alternation(["de snelste", "de sterkste", "de sterkste op"]) == r"de\ s(?:nelste|terkste(?:\ op)?)"


def test_words_that_differ_in_case_along_a_chain_keep_the_flat_order():
    # Case-insensitively both match "spelen x": the flat list tries the longer one first.
    words = ["Spelen", "spelen x"]
    assert alternation(words) == flat(words)
    assert re.match(alternation(words), "SPELEN X", re.I).group() == "SPELEN X"


word = st.text(alphabet="abAB é-", min_size=0, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(word, min_size=1, max_size=8), st.text(alphabet="abAB é-x", max_size=30), st.booleans())
def test_any_word_list_matches_as_its_flat_alternation(words, text, ignore_case):
    flags = re.I if ignore_case else 0
    for wrap in ("{}", "(?:{})b", "x(?:{})$"):
        trie_re, flat_re = (re.compile(wrap.format(p), flags) for p in (alternation(words), flat(words)))
        assert [m.span() for m in trie_re.finditer(text)] == [m.span() for m in flat_re.finditer(text)]


def test_a_phrase_alternation_lets_any_whitespace_part_its_words():
    import re
    from pipeline.extract.vocab import phrase_alternation

    pattern = re.compile(r"\b(?:" + phrase_alternation(["op weg naar", "lag op", "richting"]) + r")\b")
    assert [m.group(0) for m in pattern.finditer("op weg\nnaar het WK; de limiet lag  op 2.26")] == ["op weg\nnaar", "lag  op"]


def test_every_relative_noun_says_a_sex():
    """A relative named by any noun the names list knows is read for its sex (pipeline.relations)."""
    from pipeline.lang.names import RELATIVE_NOUNS, RELATIVE_SEX

    assert set(RELATIVE_NOUNS) == set(RELATIVE_SEX)
    assert set(RELATIVE_SEX.values()) == {"m", "f"}
