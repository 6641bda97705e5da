"""Records: `olympisch record`, `wereldrecord`, `baanrecord`, `Nederlands record`..."""

from __future__ import annotations

import re
from typing import Iterator

from ..lang.sport_nl import DEMONYM_COUNTRY, RECORD_KINDS
from ..records import RecordMention
from . import scan
from .vocab import alternation

# Every nation's record is national: "Belgisch record", "het Duitse record" (the adjective
# uninflected and inflected; RECORD_KINDS' own entries win).
_KINDS = {**{f"{adjective[:-1]} record": "national" for adjective in DEMONYM_COUNTRY},
          **{f"{adjective} record": "national" for adjective in DEMONYM_COUNTRY}, **RECORD_KINDS}
# Abbreviations (WR, OR, PR) only in capitals, the spelled-out forms in any case.
_WORDS = [k for k in _KINDS if len(k) > 2]
_ABBREVIATIONS = [k.upper() for k in _KINDS if len(k) <= 2]
RECORD_RE = re.compile(
    r"\b(?:(?i:" + alternation(_WORDS) + r")"
    r"|" + "|".join(_ABBREVIATIONS) + r")\b"
)


def find_records(text: str) -> Iterator[RecordMention]:
    for m in scan.finditer(RECORD_RE, text):
        yield RecordMention(m.start(), m.end(), m.group(0), record=_KINDS[m.group(0).lower()])
