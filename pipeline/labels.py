"""Hand labels: load them, place them on the article text, check them.

The format is described in tests/labels/GUIDELINES.md. Labels name spans by their
text rather than by offsets; `locate` turns them into offsets the way the
guidelines say, so the evaluator compares exact spans.

    python -m pipeline.labels --check      # validate every label file
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .config import PROJECT_DIR, SEEDS_DIR
from .ingest import read_file
from .lang.sport_nl import RECORD_KINDS as RECORD_PHRASE_KINDS
from .records import ENTITY_LABELS, GRANULARITIES, MEDALS, Article

LABELS_DIR = PROJECT_DIR / "tests" / "labels"
DEVSET_DIR = PROJECT_DIR / "tests" / "devset"
HOLDOUT_DIR = PROJECT_DIR / "tests" / "holdout"
ARTICLE_DIRS = (SEEDS_DIR, DEVSET_DIR, HOLDOUT_DIR)
LISTS = ("entities", "times", "medals", "dates", "records", "ages")
#: The record kinds a label may give: those the extractor reads (one vocabulary for both).
RECORD_KINDS = tuple(dict.fromkeys(RECORD_PHRASE_KINDS.values()))
_VALUE_RE = {
    "day": re.compile(r"\A\d{4}-\d{2}-\d{2}\Z"),
    "week": re.compile(r"\A\d{4}-\d{2}-\d{2}\Z"),
    "month": re.compile(r"\A\d{4}-\d{2}\Z"),
    "year": re.compile(r"\A\d{4}\Z"),
}


@dataclass(frozen=True)
class GoldSpan:
    """A labelled span with its attributes (label, value, seconds... as in the file)."""

    start: int
    end: int
    text: str
    attrs: tuple  # sorted (key, value) pairs of the item, `text` and `occurrence` excluded

    def get(self, key: str, default=None):
        return dict(self.attrs).get(key, default)


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    article: Article
    entities: tuple[GoldSpan, ...]
    times: tuple[GoldSpan, ...]
    dates: tuple[GoldSpan, ...]
    records: tuple[GoldSpan, ...]
    ages: tuple[GoldSpan, ...]
    medals: tuple[dict, ...]  # facts, not spans: {"medal", "athlete", "event"}


def whole_word_occurrences(text: str, needle: str, start: int = 0) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text, start)]


def locate(items: Iterable[dict], article: Article) -> tuple[list[GoldSpan], list[str]]:
    """Place labelled items on the article; returns spans and a list of problems."""
    items = list(items)
    problems: list[str] = []
    spans: list[GoldSpan] = []
    taken: list[tuple[int, int]] = []
    # Longer strings first, so "Leerdam" does not claim the surname inside "Jutta Leerdam".
    by_text: dict[str, list[dict]] = {}
    for item in items:
        by_text.setdefault(item.get("text", ""), []).append(item)
    for text in sorted(by_text, key=lambda t: (-len(t), t)):
        if not text:
            problems.append("an item has no text")
            continue
        found = whole_word_occurrences(article.text, text, article.body_start)
        if not found:
            problems.append(f"{text!r} does not occur as a whole word")
            continue
        claimed: set[int] = set()
        group = by_text[text]
        for item in sorted(group, key=lambda i: "occurrence" not in i):
            wanted = item.get("occurrence")
            if wanted is None:
                indices = [i for i in range(1, len(found) + 1) if i not in claimed]
            else:
                indices = list(wanted) if isinstance(wanted, list) else [wanted]
                bad = [i for i in indices if not 1 <= i <= len(found)]
                if bad:
                    problems.append(f"{text!r}: occurrence {bad} but only {len(found)} found")
                    indices = [i for i in indices if i not in bad]
            claimed.update(indices)
            attrs = tuple(sorted((k, v) for k, v in item.items() if k not in ("text", "occurrence")))
            for i in indices:
                start, end = found[i - 1]
                if any(s <= start and end <= e and (s, e) != (start, end) for s, e in taken):
                    continue
                spans.append(GoldSpan(start, end, text, attrs))
        taken.extend(found)
    spans.sort(key=lambda s: (s.start, s.end))
    return spans, problems


def find_article(doc_id: str, dirs: Iterable[Path] = ARTICLE_DIRS) -> Optional[Path]:
    for folder in dirs:
        path = folder / f"{doc_id}.txt"
        if path.exists():
            return path
    return None


def load(path: Path, article: Optional[Article] = None) -> tuple[GoldDocument, list[str]]:
    """Load one label file; returns the document and the problems found in it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    doc_id = data.get("doc_id") or path.stem
    problems = [f"missing list {name!r}" for name in LISTS if name not in data]
    if article is None:
        article_path = find_article(doc_id)
        if article_path is None:
            raise FileNotFoundError(f"no article {doc_id}.txt for labels {path}")
        article = read_file(article_path)
    located = {}
    for name in ("entities", "times", "dates", "records", "ages"):
        located[name], found = locate(data.get(name, []), article)
        problems += [f"{name}: {p}" for p in found]
    problems += _validate(data)
    medals = tuple(dict(m) for m in data.get("medals", []))
    doc = GoldDocument(doc_id, article, medals=medals, **{k: tuple(v) for k, v in located.items()})
    return doc, problems


def _validate(data: dict) -> list[str]:
    problems = []
    for item in data.get("entities", []):
        if item.get("label") not in ENTITY_LABELS:
            problems.append(f"entities: {item.get('text')!r} has label {item.get('label')!r}")
    for item in data.get("times", []):
        if not isinstance(item.get("seconds"), (int, float)):
            problems.append(f"times: {item.get('text')!r} has no numeric seconds")
    for item in data.get("medals", []):
        if item.get("medal") not in MEDALS or "athlete" not in item or "event" not in item:
            problems.append(f"medals: bad item {item}")
    for item in data.get("dates", []):
        gran = item.get("granularity")
        if gran not in GRANULARITIES or not _VALUE_RE[gran].match(str(item.get("value", ""))):
            problems.append(f"dates: {item.get('text')!r} value {item.get('value')!r} / {gran!r}")
    for item in data.get("records", []):
        if item.get("record") not in RECORD_KINDS:
            problems.append(f"records: {item.get('text')!r} has record kind {item.get('record')!r}")
    for item in data.get("ages", []):
        if not isinstance(item.get("years"), int):
            problems.append(f"ages: {item.get('text')!r} has no integer years")
    return problems


def label_files(labels_dir: Path = LABELS_DIR, sets: Iterable[str] = ("seeds", "dev")) -> list[Path]:
    """Label files of the chosen sets: 'seeds', 'dev', 'holdout'."""
    dirs = {"seeds": SEEDS_DIR, "dev": DEVSET_DIR, "holdout": HOLDOUT_DIR}
    wanted = [dirs[s] for s in sets]
    return sorted(
        p for p in labels_dir.glob("*.json") if not p.stem.startswith("conflicts") and find_article(p.stem, wanted)
    )


def load_conflicts(labels_dir: Path = LABELS_DIR) -> list[dict]:
    conflicts = []
    for path in sorted(labels_dir.glob("conflicts*.json")):
        conflicts.extend(json.loads(path.read_text(encoding="utf-8")))
    return conflicts


def check(labels_dir: Path = LABELS_DIR) -> int:
    """Print every problem in every label file; the number of problems found."""
    total = 0
    for path in sorted(labels_dir.glob("*.json")):
        if path.stem.startswith("conflicts"):
            continue
        try:
            _, problems = load(path)
        except (FileNotFoundError, json.JSONDecodeError) as exc:
            problems = [str(exc)]
        for problem in problems:
            print(f"{path.name}: {problem}")
        total += len(problems)
    for conflict in load_conflicts(labels_dir):
        if not {"athlete", "event", "attribute", "values"} <= set(conflict):
            print(f"conflicts: bad item {conflict}")
            total += 1
    print(f"{total} problem(s)")
    return total


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.labels", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="validate every label file")
    parser.add_argument("--labels", type=Path, default=LABELS_DIR, help="folder of label files")
    args = parser.parse_args(argv)
    if not args.check:
        parser.print_help()
        return 2
    return 1 if check(args.labels) else 0


if __name__ == "__main__":
    sys.exit(main())
