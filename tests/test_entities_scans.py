"""The faster scans in pipeline.entities find what the plain regex scans they replace find,
also on text made to trip them (particles, initials, digits, marks, word characters that
Python's re and the `regex` module read differently)."""

import random
import re

import regex

from pipeline import entities
from pipeline.lang.places import country_names

_PIECES = [
    "Jan", "Femke", "Kok", "van", "der", "de", "Poel", "Van", "De", "Boo", "J.", "M.", "'t", "in 't",
    "Rijpma-de", "Jong", "Sørloth", "O'Callaghan", "Pogačar", "wint", "won", "schaatsster", "de Noor",
    "Oud-schaatsster", "2", "1500", ",", ".", ";", "(", ")", "\n", '"', "Canada", "Noord-Korea",
    "Korea, Republiek", "Verenigde Staten", "Peru", "Nederland", "Bahama's", "\u00b2", "\u0301", "_",
    "-", "Den Haag", "Max", "Aicher", "Arena", "Dijk", "da", "Costa", "Leerdam", "Jutta",
]
_GAPS = [" ", " ", " ", "", "  ", "\u00a0", "-", ". ", ", "]


_NAME_PIECES = ["Wereldkampioenschappen", "Schaatsbondvoorzitter", "Oosterschelde-Westerschelde", "Jan", "Kok", "van", "der", "de", "Poel", "Van", "De", "J.", "'t", "in 't", "Rijpma-de", "Sørloth", "te"]


def _texts(n: int, seed: int = 5):
    rng = random.Random(seed)
    for i in range(n):
        if i % 2:  # long runs of names
            pieces, gaps = _NAME_PIECES * 20 + _PIECES, [" "] * 20 + _GAPS
        else:
            pieces, gaps = _PIECES, _GAPS
        yield "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(1, 60)))


def test_country_spans_as_the_alternation():
    names = sorted(country_names(), key=len, reverse=True)
    plain = regex.compile(r"(?<![\w-])(?:" + "|".join(map(regex.escape, names)) + r")(?![\w-])")
    for text in list(_texts(400)) + ["\u00b2Canada", "Canada\u00b2", "Peru\u0301", "\u0301Peru", "xPeru", "Peru_"]:
        assert entities._country_spans(text) == [(m.start(), m.end(), "LOC") for m in plain.finditer(text)]


def test_a_person_span_grows_to_the_name_match_covering_it():
    for text in _texts(150):
        names = entities._NameMatches(text)
        all_matches = list(entities.NAME_RE.finditer(text))
        words = [m.span() for m in re.finditer(r"\S+", text)]
        for i, (start, _) in enumerate(words):
            for _, end in words[i : i + 3]:
                covering = [m for m in all_matches if m.start() <= start and end <= m.end()]
                found = names.covering(start, end)
                assert (found.span() if found else None) == (covering[0].span() if covering else None), (text, start, end)


def test_extend_name_takes_particles_and_hyphenated_parts():
    text = "Op de 1500 meter won Mathieu van der Poel voor Rijpma-de Jong."
    names = entities._NameMatches(text)

    def grown(word):
        start = text.index(word)
        new_start, new_end, _ = entities._extend_name(names, (start, start + len(word), "PER"))
        return text[new_start:new_end]

    assert grown("Poel") == "Mathieu van der Poel"
    assert grown("Jong") == "Rijpma-de Jong"


def test_person_context_matches_as_finditer():
    candidates = re.compile(r"(?<![\w-])[\w-]+(?=[ \u00a0]+([^\W\d_]))")  # the scan it replaced

    def by_runs(text):
        found, last_end = [], 0
        for run in candidates.finditer(text):
            if not run.group(1).isupper():
                continue
            word = run.group()
            for i in range(len(word)):
                if (i == 0 or not word[i - 1].isalpha()) and word[i:].casefold() in entities._CONTEXT_FOLDED:
                    if run.start() + i >= last_end:
                        m = entities.PERSON_CONTEXT_RE.match(text, run.start() + i)
                        if m:
                            found.append(m.span())
                            last_end = m.end()
                            break
        return found

    for text in _texts(400):
        assert [m.span() for m in entities._person_context_matches(text)] == by_runs(text)
