"""Whole-text regex scans, tried only at the words where a match can start.

Most extractor patterns open with a word from a vocabulary (``\\b(?:goud|zilver|...)``,
``\\b(?:won|wint|...)``). Python's ``re`` has no literal-prefix search for such patterns,
least of all case-insensitive ones, so ``finditer`` tries the whole pattern at every
character of the article. `finditer` here gives the same matches for a fraction of the
work: it reads, once per pattern, which first letters (up to three, lower case) a match
can begin with, indexes the article's words by theirs once per text, and tries the
pattern only at those words.

Exactness rests on two facts read from the pattern itself (`first_letters`): every match
starts at the start of a word (the pattern opens with ``\\b``, ``(?<!\\w)`` or a
lookbehind that ends in a space), and its first letters are among the prefixes found.
Where either cannot be shown, the pattern is scanned the ordinary way. A word whose first
letters are not plain ASCII is always tried, so case folding never hides a match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, Iterator, List, Optional

# The regex parser's internals: `re._parser` from Python 3.11, `sre_parse` before. Should a
# later Python move them, every pattern is simply scanned the ordinary way.
try:
    from re import _constants as C  # noqa: N812 - sre's opcode names
    from re import _parser
except ImportError:  # Python 3.10
    try:
        import sre_constants as C  # noqa: N812
        import sre_parse as _parser
    except ImportError:
        C = _parser = None
#: Repeat opcodes (possessive ones exist from Python 3.11).
_REPEATS = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, name))

#: Letters of a word that index it (more = fewer tries, but more prefixes per pattern).
KEY_LENGTH = 3
#: A pattern with more possible openings than this is scanned the ordinary way.
MAX_PREFIXES = 400
#: The opening of a word whose first letters are not plain ASCII: such words are always tried.
ANY_WORD = "*"
#: The first letters of every word.
_WORD_HEAD = re.compile(r"\b\w{1,%d}" % KEY_LENGTH)
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_MAX_CLASS = 64  # characters a [class] may expand to at a word's opening


class _Unindexable(Exception):
    """The pattern's openings cannot be read (or are not all at a word start)."""


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``: the same matches, in order, tried only where one can start."""
    prefixes = first_letters(pattern)
    if prefixes is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, word_starts(text, prefixes))


def finditer_in(pattern: re.Pattern, text: str, start: int, end: int) -> Iterator[re.Match]:
    """``pattern.finditer(text, start, end)``: the same matches, in order, tried only where one
    can start (the word index is that of the whole `text`, so a window of an indexed article
    costs no new index)."""
    prefixes = first_letters(pattern)
    if prefixes is None:
        return pattern.finditer(text, start, end)
    starts = _word_starts_cached(text, prefixes)
    return matches_at(pattern, text, starts[bisect_left(starts, start) : bisect_left(starts, end)], end)


def search_in(pattern: re.Pattern, text: str, start: int, end: int) -> Optional[re.Match]:
    """``pattern.search(text, start, end)``, tried only where a match can start (`finditer_in`)."""
    return next(finditer_in(pattern, text, start, end), None)


@lru_cache(maxsize=32)
def _word_starts_cached(text: str, prefixes: FrozenSet[str]) -> tuple:
    """`word_starts`, kept for the windows of one article that ask for the same pattern."""
    return tuple(word_starts(text, prefixes))


def matches_at(pattern: re.Pattern, text: str, positions: Iterable[int], endpos: Optional[int] = None) -> Iterator[re.Match]:
    """The matches of `pattern` that start at `positions` (in order), none overlapping the one
    before: ``finditer``'s matches when every match starts at one of `positions`. `endpos`:
    as ``finditer(text, pos, endpos)``, the text is read as if it ended there."""
    match = pattern.match
    if endpos is None:
        endpos = len(text)
    last_end = 0
    for position in positions:
        if position < last_end:
            continue
        m = match(text, position, endpos)
        if m:
            last_end = max(m.end(), position + 1)
            yield m


def finditer_from(pattern: re.Pattern, text: str, openings: re.Pattern) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that `finditer` cannot index (it opens with a
    digit, a bracket, a sign), tried only where `openings` matches. `openings` opens with a
    character class, which Python's re skips to without trying the rest at every character;
    the matches are the same when every match of `pattern` starts where `openings` matches."""
    return matches_at(pattern, text, [m.start() for m in openings.finditer(text)])


def word_starts(text: str, prefixes: Iterable[str]) -> List[int]:
    """Start offsets, in order, of the words of `text` that open with one of `prefixes` (lower
    case, 1 to KEY_LENGTH letters), and of every word that does not open with plain ASCII."""
    index = word_index(text)
    found: List[int] = list(index.other)
    heads = index.heads
    for prefix in prefixes:  # (no call per prefix: dozens of scans per article, a dozen prefixes each)
        found.extend(heads.get(prefix, ()) if len(prefix) == KEY_LENGTH else index.opening(prefix))
    found.sort()
    return found


class WordIndex:
    """Start offsets of the words of a text by their first KEY_LENGTH letters in lower case
    (`heads`); `other`: the words whose first letters are not plain ASCII."""

    __slots__ = ("heads", "other", "_sorted_heads", "_openings")

    def __init__(self, text: str):
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter lowered into two ("İ"): offsets would shift
            lowered = text
        # Grouped in one pass over the matches (no method call per word: an article has hundreds);
        # the few heads that are not plain ASCII are moved to `other` afterwards.
        heads: Dict[str, List[int]] = {}
        for m in _WORD_HEAD.finditer(lowered):
            positions = heads.get(m[0])
            if positions is None:
                heads[m[0]] = [m.start()]
            else:
                positions.append(m.start())
        other: List[int] = []
        for head in [h for h in heads if not h.isascii()]:
            other.extend(heads.pop(head))
        other.sort()
        self.heads = heads
        self.other = other
        self._sorted_heads: Optional[List[str]] = None
        self._openings: Dict[str, List[int]] = {}

    def opening(self, prefix: str) -> List[int]:
        """Start offsets (unordered) of the words whose heads open with `prefix`, shorter than
        KEY_LENGTH letters: the heads holding it are one run of the sorted heads."""
        found = self._openings.get(prefix)
        if found is None:
            if self._sorted_heads is None:
                self._sorted_heads = sorted(self.heads)
            ordered = self._sorted_heads
            found = []
            i = bisect_left(ordered, prefix)
            while i < len(ordered) and ordered[i].startswith(prefix):
                found.extend(self.heads[ordered[i]])
                i += 1
            self._openings[prefix] = found
        return found


@lru_cache(maxsize=4)
def word_index(text: str) -> WordIndex:
    """The WordIndex of `text`. The stages of one article all scan the same text: it is
    indexed once."""
    return WordIndex(text)


@lru_cache(maxsize=None)
def first_letters(pattern: re.Pattern) -> Optional[FrozenSet[str]]:
    """The lower-case openings (1 to KEY_LENGTH word characters) every match of `pattern`
    begins with at a word start, or None when that cannot be read from the pattern."""
    if pattern.flags & re.ASCII or not isinstance(pattern.pattern, str):
        return None  # an ASCII \b puts word starts where the index has none
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found = _openings(list(parsed), "", False)
    except Exception:  # noqa: BLE001 - _Unindexable, or parser internals this code does not know
        return None
    if not found or len(found) > MAX_PREFIXES:
        return None
    # A word opening with "8" is tried anyway: "8x4" adds nothing.
    return frozenset(p for p in found if not any(p[:n] in found for n in range(1, len(p))))


def _openings(items: list, prefix: str, anchored: bool) -> set:
    """Openings of the sequence `items` after `prefix` has been read; `anchored`: the match
    is known to start at a word start."""
    if len(prefix) >= KEY_LENGTH:
        return {prefix}
    if not items:
        return _ended(prefix)
    (op, av), rest = items[0], items[1:]
    if op is C.AT:
        if av is C.AT_BOUNDARY and not prefix:
            return _openings(rest, prefix, True)
        return _ended(prefix) if prefix else _openings(rest, prefix, anchored)
    if op is C.LITERAL:
        return _letter(chr(av), rest, prefix, anchored)
    if op is C.IN:
        letters = _class_letters(av)
        if letters is None:
            return _ended(prefix)
        return set().union(*(_letter(ch, rest, prefix, anchored) for ch in letters)) if letters else set()
    if op is C.SUBPATTERN:
        return _openings(list(av[-1]) + rest, prefix, anchored)
    if op is C.BRANCH:
        return set().union(*(_openings(list(branch) + rest, prefix, anchored) for branch in av[1]))
    if op in _REPEATS:
        low, _high, body = av
        # After one repetition the prefix stops (a repeat's second turn is not followed).
        found = _openings(list(body), prefix, anchored) if prefix or anchored else _need_anchor()
        if low == 0:
            found |= _openings(rest, prefix, anchored)
        return found
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, body = av
        if direction < 0 and not prefix:
            return _openings(rest, prefix, anchored or _anchors(op, list(body)))
        return _openings(rest, prefix, anchored)  # a lookahead only narrows the matches
    # Anything else (any character, a category, a group reference, an atomic group...).
    return _ended(prefix)


def _need_anchor() -> set:
    raise _Unindexable("a match may start inside a word")


def _ended(prefix: str) -> set:
    """The opening read so far is all that is known; an empty one tells nothing."""
    if not prefix:
        raise _Unindexable("no opening letters")
    return {prefix}


def _letter(ch: str, rest: list, prefix: str, anchored: bool) -> set:
    low = ch.lower()
    if low not in _ASCII_WORD_CHARS:
        if not (ch.isalnum() or ch == "_"):
            return _ended(prefix)  # a space or mark ends the word
        if any(c.isascii() for c in ch.lower() + ch.upper()):
            raise _Unindexable("a letter that folds to ASCII")  # the Kelvin sign matches k
        # A word opening with a non-ASCII letter is indexed under ANY_WORD, always tried.
        return _ended(prefix) if prefix else {ANY_WORD} if anchored else _need_anchor()
    if not prefix and not anchored:
        _need_anchor()
    return _openings(rest, prefix + low, anchored)


def _class_letters(av) -> Optional[List[str]]:
    """The characters of a [class], or None when it is negated, a category or too large."""
    letters: List[str] = []
    for op, value in av:
        if op is C.LITERAL:
            letters.append(chr(value))
        elif op is C.RANGE and value[1] - value[0] < _MAX_CLASS:
            letters.extend(chr(c) for c in range(value[0], value[1] + 1))
        elif op is C.CATEGORY and value is C.CATEGORY_DIGIT:
            letters.extend("0123456789")  # other scripts' digits open ANY_WORD words, always tried
        else:
            return None
    return letters if len(letters) <= _MAX_CLASS else None


def _anchors(op, body: list) -> bool:
    """Whether a lookbehind puts the match at a word start: ``(?<!\\w)``, ``(?<![\\w-])``, or
    ``(?<=...\\s)`` / ``(?<=...<space>)``."""
    if not body:
        return False
    last_op, last_av = body[-1]
    if op is C.ASSERT_NOT:
        return len(body) == 1 and _class_has_word_category(last_op, last_av)
    if last_op is C.LITERAL:
        return not (chr(last_av).isalnum() or chr(last_av) == "_")
    if last_op is C.IN:
        return all(o is C.CATEGORY and v is C.CATEGORY_SPACE for o, v in last_av)
    return False


def _class_has_word_category(op, av) -> bool:
    if op is C.IN:
        return any(o is C.CATEGORY and v is C.CATEGORY_WORD for o, v in av)
    return False


__all__ = ["finditer", "finditer_from", "finditer_in", "first_letters", "matches_at", "search_in", "word_index", "word_starts"]
