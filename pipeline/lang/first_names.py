"""Given names and family names, from the name tables of the Faker package (MIT licence).

`first_names`: the first names of its ~80 locales, Dutch (nl_NL, nl_BE) and Frisian-region names
among them, together about 30,000 names. Dutch function words ("Dat", "En", "Na"), which open
sentences far more often than names do, are left out, except the few that are read as given names
before a surname (`pipeline.lang.names.GIVEN_NAMES_ALSO_FUNCTION_WORDS`: "Elke Verhaegen", "Ben
Healy").

`family_names`: the last names of the same locales, about 28,000, among them the Dutch surnames
that are also words ("Kok", "Bos", "Visser"): a capitalised word that is one may be a person
named by surname alone.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from spacy.lang.nl.stop_words import STOP_WORDS

from .names import GIVEN_NAMES_ALSO_FUNCTION_WORDS

#: The per-locale name tables of a Faker person provider.
_FIRST_NAME_TABLES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
_LAST_NAME_TABLES = ("last_names", "last_names_male", "last_names_female")


def _faker_names(tables: tuple[str, ...]) -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for locale in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{locale.name}"), "Provider", None)
        for table in tables:
            # The locale's own tables only; some locales derive them with a property instead.
            values = vars(provider).get(table, ()) if provider is not None else ()
            if isinstance(values, dict):
                names.update(values)
            elif isinstance(values, (tuple, list, set, frozenset)):
                names.update(values)
    return {n for n in names if n[:1].isupper() and len(n) > 1}


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    return frozenset(n for n in _faker_names(_FIRST_NAME_TABLES)
                     if n.lower() not in STOP_WORDS or n in GIVEN_NAMES_ALSO_FUNCTION_WORDS)


@lru_cache(maxsize=1)
def family_names() -> frozenset:
    return frozenset(_faker_names(_LAST_NAME_TABLES))
