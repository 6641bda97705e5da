"""Given names, from the gender-guesser package's name dictionary (about 60,000 names of many
countries, Dutch and Frisian among them), without Dutch function words ("Dat", "En", "Na"),
which that list also holds and which open sentences far more often than names do.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.nl.stop_words import STOP_WORDS


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    from gender_guesser.detector import Detector

    names = Detector(case_sensitive=True).names
    return frozenset(n for n in names if n[:1].isupper() and n.lower() not in STOP_WORDS and len(n) > 1)
