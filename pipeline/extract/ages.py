"""Ages: `de 27-jarige`, `als zestienjarige`, `Femke Kok (25)`, `is 31 jaar oud`, `met haar 28 jaar`,
`Gidey, 26 jaar, liep`."""

from __future__ import annotations

import re
from typing import Iterator

from ..lang.sport_nl import AGE_ADVERBS, AGE_COPULAS, AGE_RANGE
from ..records import Age
from . import scan
from .numbers import NUMBER_WORD, number_word_value


def _after(words: str) -> str:
    """A lookbehind for `words` and a space: an age's span is its number and "jaar" only."""
    return r"(?<=\b" + re.escape(words).replace("\\ ", r"\s") + r"\s)"


#: "is 31 jaar", "die is inmiddels 30 jaar": a verb of being, an adverb or none, then the age.
_AFTER_COPULA = "|".join(_after(f"{verb} {adverb}".strip()) for verb in AGE_COPULAS for adverb in ("", *AGE_ADVERBS))
AGE_RE = re.compile(
    r"(?<![\w.,])(?:"
    r"(?P<adj>\d{1,2})[-\s]?jarige\b"  # 27-jarige
    r"|\((?P<paren>\d{1,2})\)"  # Kok (25)
    rf"|(?:{_AFTER_COPULA})(?P<years>\d{{1,2}})\s+jaar\b(?=\s+(?:oud|jong|is|en|,|\.)|[,.])"  # is 31 jaar (oud)
    r"|(?P<years2>\d{1,2})\s+jaar\b(?=\s+oud\b)"  # 31 jaar oud
    r"|(?<=,\s)(?P<years3>\d{1,2})\s+jaar\b(?=\s*,)"  # Gidey, 26 jaar, liep (after a name: see below)
    r"|(?:(?<=\bmet\shaar\s)|(?<=\bmet\szijn\s))(?P<years4>\d{1,2})\s+jaar\b"  # is met haar 28 jaar de routinier
    # "Kloosterman, met 28 jaar de oudste van de drie"
    r"|(?<=\bmet\s)(?P<years5>\d{1,2})\s+jaar\b(?=\s+(?:de|het)\s+(?:oudste|jongste)\b)"
    r")"
)
# "won ze als zestienjarige zilver": the age in a number word.
WORD_AGE_RE = re.compile(rf"\b(?P<word>{NUMBER_WORD})[-\s]?jarige\b", re.I)
#: Where an AGE_RE match can start: every alternative opens with a digit or a bracket that no
#: word character, point or comma precedes (the lookbehind comes after the character, so that
#: the pattern opens with the class).
_AGE_OPENING_RE = re.compile(r"[\d(](?<![\w.,][\d(])")
_CAPITALISED_BEFORE_COMMA = re.compile(r"[A-ZÀ-Ý][\w'’-]*,\s$")


def find_ages(text: str) -> Iterator[Age]:
    for m in scan.finditer_from(AGE_RE, text, _AGE_OPENING_RE):
        years = int(next(v for v in m.group("adj", "paren", "years", "years2", "years3", "years4", "years5") if v))
        if (m.group("paren") or m.group("years3")) and not AGE_RANGE[0] <= years <= AGE_RANGE[1]:
            continue
        if m.group("years3") and not _CAPITALISED_BEFORE_COMMA.search(text, max(0, m.start() - 40), m.start()):
            continue  # an apposition after a name only: "Gidey, 26 jaar," (not "al jaren, 26 jaar,")
        yield Age(m.start(), m.end(), m.group(0), years=years)
    for m in scan.finditer(WORD_AGE_RE, text):
        yield Age(m.start(), m.end(), m.group(0), years=number_word_value(m.group("word")))
