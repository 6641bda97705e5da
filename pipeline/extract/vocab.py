"""Turning word lists from pipeline/lang into regular expressions, one way for every extractor."""

from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, escaped and longest first, so that `overmorgen` is tried
    before `morgen` and `olympisch kampioene` before `kampioen`."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def clause_boundary(words: Iterable[str]) -> re.Pattern:
    """Where a clause ends: `;`, `!`, `?`, a full stop or colon that is not inside a number
    (`1.12,59`, `1:43.21`), a comma before a space, or one of `words` between spaces."""
    return re.compile(r"[;!?]|[.:](?!\d)|,\s|\s(?:" + alternation(words) + r")\s")
