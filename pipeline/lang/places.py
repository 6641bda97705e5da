"""Country names in Dutch, from pycountry's ISO 3166 data and its Dutch translations.

A country name is a place, whatever a model thinks: "Canada" is never a person.
Plus the common names Dutch news uses that ISO does not ("Groot-Brittannië", "Engeland").
"""

from __future__ import annotations

import gettext
from functools import lru_cache

EXTRA_COUNTRY_NAMES = ("Groot-Brittannië", "Engeland", "Schotland", "Wales", "Rusland", "Zuid-Korea", "Noord-Korea", "Tsjechië", "Amerika",
                       "Korea")  # in sports news short for South Korea ("Korea en Nederland wisselden af")


@lru_cache(maxsize=1)
def country_names() -> frozenset:
    import pycountry

    try:
        dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
        translate = dutch.gettext
    except OSError:  # a pycountry without locales: English names still help
        translate = str
    names = set(EXTRA_COUNTRY_NAMES)
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(translate(value))
    return frozenset(names)
