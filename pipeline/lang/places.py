"""Country names in Dutch, from pycountry's ISO 3166 data and its Dutch translations.

A country name is a place, whatever a model thinks: "Canada" is never a person.
Plus the common names Dutch news uses that ISO does not ("Groot-Brittannië", "Engeland"), and
the codes results lists put in brackets after an athlete ("Leerdam (NED)", "Kok (Ned)").
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from typing import Optional

EXTRA_COUNTRY_NAMES = ("Groot-Brittannië", "Engeland", "Schotland", "Wales", "Rusland", "Zuid-Korea", "Noord-Korea", "Tsjechië", "Amerika",
                       "Korea",  # in sports news short for South Korea ("Korea en Nederland wisselden af")
                       "Georgië")  # pycountry's Dutch translation has "Georgia"


@lru_cache(maxsize=1)
def _dutch():
    """pycountry's countries and the Dutch translation of their names."""
    import pycountry

    try:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"]).gettext
    except OSError:  # a pycountry without locales: English names still help
        translate = str
    return pycountry.countries, translate


@lru_cache(maxsize=1)
def country_names() -> frozenset:
    countries, translate = _dutch()
    names = set(EXTRA_COUNTRY_NAMES)
    for country in countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(translate(value))
    return frozenset(names)


#: The IOC codes that are not the country's ISO 3166 alpha-3 code; every other IOC code is
#: (ISO "NLD" is IOC "NED", ISO "DEU" is IOC "GER"; "NOR", "ITA", "USA" are both).
IOC_CODES_NOT_ISO = {
    "ALG": "DZA", "ANG": "AGO", "ANT": "ATG", "ARU": "ABW", "ASA": "ASM", "BAH": "BHS", "BAN": "BGD",
    "BAR": "BRB", "BER": "BMU", "BHU": "BTN", "BIZ": "BLZ", "BOT": "BWA", "BRU": "BRN", "BUL": "BGR",
    "BUR": "BFA", "CAM": "KHM", "CAY": "CYM", "CGO": "COG", "CHA": "TCD", "CHI": "CHL", "CRC": "CRI",
    "CRO": "HRV", "DEN": "DNK", "ESA": "SLV", "FIJ": "FJI", "GAM": "GMB", "GBS": "GNB", "GEQ": "GNQ",
    "GER": "DEU", "GRE": "GRC", "GRN": "GRD", "GUA": "GTM", "GUI": "GIN", "HAI": "HTI", "HON": "HND",
    "INA": "IDN", "IRI": "IRN", "ISV": "VIR", "IVB": "VGB", "KSA": "SAU", "KUW": "KWT", "LAT": "LVA",
    "LBA": "LBY", "LES": "LSO", "LIB": "LBN", "MAD": "MDG", "MAS": "MYS", "MAW": "MWI", "MGL": "MNG",
    "MON": "MCO", "MRI": "MUS", "MTN": "MRT", "MYA": "MMR", "NCA": "NIC", "NED": "NLD", "NEP": "NPL",
    "NGR": "NGA", "NIG": "NER", "OMA": "OMN", "PAR": "PRY", "PHI": "PHL", "PLE": "PSE", "POR": "PRT",
    "PUR": "PRI", "RSA": "ZAF", "SAM": "WSM", "SEY": "SYC", "SIN": "SGP", "SKN": "KNA", "SLO": "SVN",
    "SOL": "SLB", "SRI": "LKA", "SUD": "SDN", "SUI": "CHE", "TAN": "TZA", "TGA": "TON", "TOG": "TGO",
    "TPE": "TWN", "TRI": "TTO", "UAE": "ARE", "URU": "URY", "VAN": "VUT", "VIE": "VNM", "VIN": "VCT",
    "ZAM": "ZMB", "ZIM": "ZWE",
}
#: Where Dutch sports news names a country otherwise than ISO's Dutch name ("Verenigd Koninkrijk").
SPORTS_NAMES_OF_ISO = {"GBR": "Groot-Brittannië", "GEO": "Georgië"}
#: How long a code is: three letters, in capitals ("NED", IOC style) or not ("Ned", the Dutch
#: agencies' style, often the first letters of the Dutch name: "Zwe" Zweden, "Kro" Kroatië).
CODE_LENGTH = 3


@lru_cache(maxsize=1)
def _dutch_name_of_iso() -> dict:
    countries, translate = _dutch()
    names = {}
    for country in countries:
        common = getattr(country, "common_name", None)  # "Zuid-Korea", not "Korea, Republiek"
        names[country.alpha_3] = translate(common or country.name)
    names.update(SPORTS_NAMES_OF_ISO)
    return names


@lru_cache(maxsize=1)
def _names_by_opening() -> dict:
    by_opening: dict = {}
    for name in country_names():
        if len(name) > CODE_LENGTH and "," not in name:
            by_opening.setdefault(name[:CODE_LENGTH], set()).add(name)
    return by_opening


@lru_cache(maxsize=512)
def country_of_code(code: str) -> Optional[str]:
    """The Dutch name of the country a three-letter code stands for, or None.

    In capitals it is an IOC code (ISO's when no IOC code is): "NED" Nederland, "GER" Duitsland.
    Capitalised ("Zwe", "Ned") it is first read as the opening of one Dutch country name, as
    Dutch agencies abbreviate ("Zwe" Zweden, "Kro" Kroatië; of several, the one name of one
    word: "Noo" Noorwegen, not Noord-Korea), and else as a code ("Sui").
    """
    if len(code) != CODE_LENGTH or not code.isalpha() or not code[0].isupper():
        return None
    upper = code.upper()
    by_code = _dutch_name_of_iso().get(IOC_CODES_NOT_ISO.get(upper, upper))
    if code.isupper():
        return by_code
    if code[1:].islower():
        opened = _names_by_opening().get(code, ())
        if len(opened) > 1:
            opened = [name for name in opened if name.isalpha()]
        if len(opened) == 1:
            return next(iter(opened))
        return by_code
    return None
