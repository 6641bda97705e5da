"""Turning word lists from pipeline/lang into regular expressions, one way for every extractor."""

from __future__ import annotations

import re
from typing import Iterable, Optional


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, escaped and longest first, so that `overmorgen` is tried
    before `morgen` and `olympisch kampioene` before `kampioen`.

    Written as a trie (``de\\ s(?:nelste|terkste(?:\\ op)?)``): Python's re tries an
    alternation's branches one by one, and a case-insensitive branch is entered before its first
    letter is compared, so a flat list of a few hundred words costs a few hundred tries at every
    position. A trie fails at the first letter that no word continues with, and matches exactly
    what the flat list matches: the words that can match at one position are prefixes of one
    another, and the trie tries them longest first too. Only when two words differ in case
    along such a chain (`Spelen`, `spelen x`), where a case-insensitive pattern could see the
    trie try them in another order, is the flat list written instead."""
    unique = set(words)
    if not _case_safe(unique):
        return "|".join(re.escape(w) for w in sorted(unique, key=lambda w: (-len(w), w)))
    return _branches(_trie(unique))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """`alternation` of phrases whose words may be parted by any run of whitespace ("lag  op",
    "op weg\nnaar"), as a text wraps them."""
    return alternation(phrases).replace(r"\ ", r"\s+")


_END = ""


def _trie(words: Iterable[str]) -> dict:
    """{letter: {letter: ...}} of `words`; a word ends where a node holds _END."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return trie


def _branches(node: dict) -> str:
    """The regex of the words below `node`: its children's branches, the word ending here last."""
    parts = []
    for ch in sorted(k for k in node if k != _END):
        chain, child = ch, node[ch]
        while len(child) == 1 and _END not in child:  # a run of single letters is one literal
            (letter, child), = child.items()
            chain += letter
        parts.append(re.escape(chain) + _branches(child))
    if not parts:
        return ""
    if _END in node:
        return parts[0] and "(?:" + "|".join(parts) + ")?"
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _case_safe(words: set) -> bool:
    """No word is, ignoring case, a prefix of another word (or equal to it) without being that
    exactly: then the trie and the flat list agree whatever the pattern's flags."""
    folded: dict = {}
    for word in words:
        folded.setdefault(word.lower(), []).append(word)
        if len(word.lower()) != len(word):
            return False
    trie = _trie(folded)
    for word in words:
        node, low = trie, word.lower()
        for i, ch in enumerate(low):
            if _END in node and not all(word.startswith(w) for w in folded[low[:i]]):
                return False
            node = node[ch]
        if any(w != word for w in folded[low]):
            return False
    return True


#: Where a sentence ends: a point not inside a number, before a capital or a quote.
SENTENCE_END_RE = re.compile(r"[.!?][\"”]?\s+(?=[A-Z\"“])")


def paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph that `pos` is in ends (its blank line, or the text's end)."""
    end = text.find("\n\n", pos)
    return len(text) if end < 0 else end


def clause_boundary(words: Iterable[str], comma_openers: Optional[Iterable[str]] = None) -> re.Pattern:
    """Where a clause ends: `;`, `!`, `?`, a full stop or colon that is not inside a number
    (`1.12,59`, `1:43.21`), a comma before a space, or one of `words` between spaces. With
    `comma_openers`, a comma ends the clause only before one of them (", die ..."): a comma before
    anything else may only elaborate it (", in 37,64")."""
    comma = r",\s" if comma_openers is None else r",\s+(?i:" + alternation(comma_openers) + r")\b"
    return re.compile(r"[;!?]|[.:](?!\d)|" + comma + r"|\s(?:" + alternation(words) + r")\s")
