"""A synthetic corpus of Dutch sports articles for the benchmarks, built from the real ones.

Every synthetic article takes its date header and opening paragraph from one real article
(seeds + tests/devset), adds sentences from three or four others, and swaps the people: each
full name from the hand labels (tests/labels, label PER) that occurs in the text is replaced,
with its bare surname, by another labelled person, consistently within the article. The
result reads like the real thing (same vocabulary, times, medals, dates) but no two articles
are the same, so a cache or the reconciliation cannot cheat. Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import List, Tuple

PROJECT = Path(__file__).resolve().parent.parent
SOURCES = (PROJECT / "seeds", PROJECT / "tests" / "devset")
HEADER_RE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s?")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def _sources() -> List[Tuple[str, List[str]]]:
    """(date, paragraphs of sentences) of every real article."""
    out = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            header = HEADER_RE.match(text)
            if not header:
                continue
            body = text[header.end():]
            paragraphs = [SENTENCE_RE.split(p.strip()) for p in re.split(r"\n\s*\n", body) if p.strip()]
            out.append((header.group(1), paragraphs))
    return out


def _people() -> List[str]:
    names = set()
    for path in sorted((PROJECT / "tests" / "labels").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for ent in data.get("entities", []) if isinstance(data, dict) else []:
            if isinstance(ent, dict) and ent.get("label") == "PER" and ent.get("entity") == ent.get("text") and " " in ent["text"]:
                names.add(ent["text"])
    return sorted(names)


def _surname(full: str) -> str:
    parts = full.split(" ", 1)
    return parts[1] if len(parts) > 1 else full


def articles(n: int, seed: int = 0) -> List[str]:
    """`n` synthetic article texts in the seed format (' date YYYY-MM-DD ' header)."""
    rng = random.Random(seed)
    sources = _sources()
    people = _people()
    name_re = re.compile("|".join(re.escape(p) for p in sorted(people, key=len, reverse=True)))
    out = []
    for i in range(n):
        date, base = sources[i % len(sources)]
        paragraphs = [list(p) for p in base[:2]]
        for other_date, other in rng.sample(sources, rng.randint(3, 4)):
            paragraph = rng.choice(other)
            k = rng.randint(1, max(1, len(paragraph)))
            start = rng.randint(0, len(paragraph) - k)
            paragraphs.append(paragraph[start:start + k])
        if len(base) > 2:
            paragraphs.append(list(rng.choice(base[2:])))
        text = "\n\n".join(" ".join(p) for p in paragraphs)
        swap = {}
        for full in dict.fromkeys(name_re.findall(text)):
            swap[full] = rng.choice(people)
        if swap:
            pairs = dict(swap)
            for full, new in swap.items():
                pairs.setdefault(_surname(full), _surname(new))
            swap_re = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True)) + r")(?!\w)")
            text = swap_re.sub(lambda m: pairs[m.group(1)], text)
        out.append(f" date {date} {text}\n")
    return out


def write(folder: Path, n: int, seed: int = 0) -> Path:
    """Write `n` synthetic articles as folder/NNNNNN.txt; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(articles(n, seed)):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def words(text: str) -> int:
    """Words of an article body, the unit of every words/second figure."""
    header = HEADER_RE.match(text)
    return len(text[header.end() if header else 0:].split())
