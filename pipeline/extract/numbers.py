"""Dutch number words as numbers: `zestien` 16, `tweeëntwintig` 22, `vijftienhonderd` 1500,
`tweehonderdvijftig` 250, `tienduizend` 10000 (one word, as Dutch writes them)."""

from __future__ import annotations

import re
from typing import Optional

from ..lang.sport_nl import NUMBER_HUNDRED, NUMBER_TEENS, NUMBER_THOUSAND, NUMBER_UNITS, NUMBER_WORDS
from .vocab import alternation

_BELOW_HUNDRED = alternation(NUMBER_WORDS)
_MULTIPLIER = alternation([*NUMBER_UNITS, *NUMBER_TEENS])  # "vijftienhonderd", not "eenentwintighonderd"
_BELOW_THOUSAND = rf"(?:(?:{_MULTIPLIER})?{NUMBER_HUNDRED}(?:{_BELOW_HUNDRED})?|{_BELOW_HUNDRED})"
#: One number word (a regex without anchors or groups; compile it with re.I for capitals).
NUMBER_WORD = rf"(?:(?:{_BELOW_THOUSAND})?{NUMBER_THOUSAND}(?:{_BELOW_THOUSAND})?|{_BELOW_THOUSAND})"
_NUMBER_WORD_RE = re.compile(NUMBER_WORD, re.I)


def number_word_value(word: str) -> Optional[int]:
    """The number a Dutch number word writes, or None when `word` is not one."""
    word = word.lower()
    if not _NUMBER_WORD_RE.fullmatch(word):
        return None
    thousands, found, rest = word.partition(NUMBER_THOUSAND)
    if not found:
        return _below_thousand(word)
    return (_below_thousand(thousands) if thousands else 1) * 1000 + (_below_thousand(rest) if rest else 0)


def _below_thousand(word: str) -> int:
    hundreds, found, rest = word.partition(NUMBER_HUNDRED)
    if not found:
        return NUMBER_WORDS[word]
    return (NUMBER_WORDS[hundreds] if hundreds else 1) * 100 + (NUMBER_WORDS[rest] if rest else 0)


__all__ = ["NUMBER_WORD", "number_word_value"]
