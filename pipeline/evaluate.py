"""Stage 7: evaluation of the pipeline against the hand labels.

Every extractor is scored the same way: gold and predicted records of each document become
`Item`s (document, span when the extractor has one, and the attributes that must agree,
normalized); precision/recall/F1 are `pipeline.scoring.PRF` over those sets, and the set
differences are the error lists a person reads to see *why* a figure is what it is.

    extractor       compared
    entities        span + label (all labels pooled, and per label)
    times           span + seconds (equal within SECONDS_TOLERANCE)
    times+athlete   distinct (seconds, athlete, event) per document
    medals          distinct (medal, athlete, event) facts per document
    dates           span + value + granularity
    records         span + record kind
    ages            span + years
    identity        B-cubed over gold mentions the system found with the same span
    conflicts       planted conflicts found in reconciliation's conflicts table

Rows labelled `span` score the span alone: the gap between `span` and `all` is what the
normalization (label, seconds, value) loses; the rest is detection.

    python -m pipeline.evaluate --sets seeds dev      # what `nlie eval` runs
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

from .config import DEFAULT_OUTPUT_DIR, RunConfig
from .export import atomic_write
from .records import ENTITY_LABELS, Extraction
from .reconcile import Reconciliation, reconcile
from .scoring import PRF, bcubed

#: Label sets `run_eval` accepts (see pipeline.labels.label_files).
SETS = ("seeds", "dev", "holdout")
#: Two race times are the same time when they differ by less than half a hundredth.
SECONDS_TOLERANCE = 0.005
#: Conflict values that are seconds are compared after rounding to this many decimals
#: (reconciliation itself compares times at 0.001 s).
CONFLICT_SECONDS_DECIMALS = 3
ALL = "all"
SPAN = "span"
MISS, FALSE_HIT = "miss", "false_hit"
EXTRACTORS = ("entities", "times", "times+athlete", "medals", "dates", "records", "ages")
MEDAL_OF_RANK = {1: "gold", 2: "silver", 3: "bronze"}
SCORE_COLUMNS = ["extractor", "label", "precision", "recall", "f1", "tp", "fp", "fn"]
ERROR_COLUMNS = ["extractor", "kind", "doc_id", "start", "end", "text", "expected", "predicted"]

Attrs = tuple  # ((name, value), ...) in a fixed order per extractor: the attributes that must agree


# --------------------------------------------------------------------------- items


@dataclass(frozen=True)
class Item:
    """One scoreable unit: a span with attributes, or a fact without a span (start None).

    Equality is on document, span and attributes; `text` and `evidence` (offsets of the first
    predicted record behind a deduplicated fact) are only there for the error lists.
    """

    doc_id: str
    start: Optional[int]
    end: Optional[int]
    attrs: Attrs
    text: str = field(default="", compare=False)
    evidence: Optional[tuple[int, int]] = field(default=None, compare=False)

    def get(self, name: str, default=None):
        return dict(self.attrs).get(name, default)

    @property
    def offsets(self) -> tuple[Optional[int], Optional[int]]:
        """Where to look in the article: the span, else the first record behind the fact."""
        if self.start is not None:
            return self.start, self.end
        return self.evidence if self.evidence else (None, None)

    def describe(self) -> str:
        return ", ".join(f"{k}={_show(v)}" for k, v in self.attrs)


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(map(_show, value))) + "}"
    return str(value)


def norm_name(name: str) -> str:
    """Athletes are compared casefolded with whitespace collapsed: 'Joy  beune' == 'Joy Beune'."""
    return " ".join(str(name or "").split()).casefold()


def norm_event(event: str) -> str:
    return " ".join(str(event or "").split()).casefold()


def _sort_key(item: Item) -> tuple:
    start, end = item.offsets
    return (item.doc_id, start if start is not None else -1, end or -1, item.describe())


# --------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Error:
    """A miss (in gold, not predicted) or a false hit (predicted, not in gold)."""

    extractor: str
    kind: str  # MISS or FALSE_HIT
    doc_id: str
    start: Optional[int]
    end: Optional[int]
    text: str
    expected: str  # the gold attributes (for a false hit: gold items near it, if any)
    predicted: str  # the predicted attributes (for a miss: predictions near it, if any)


@dataclass(frozen=True)
class Score:
    """The figure of one extractor (and label), with the errors behind it."""

    extractor: str
    label: str
    precision: float
    recall: float
    f1: float
    tp: Optional[int] = None
    fp: Optional[int] = None
    fn: Optional[int] = None
    misses: tuple[Error, ...] = ()
    false_hits: tuple[Error, ...] = ()

    @classmethod
    def from_prf(cls, extractor: str, label: str, prf: PRF, misses=(), false_hits=()) -> "Score":
        return cls(extractor, label, prf.precision, prf.recall, prf.f1, prf.tp, prf.fp, prf.fn,
                   tuple(misses), tuple(false_hits))

    @property
    def errors(self) -> tuple[Error, ...]:
        return self.misses + self.false_hits


Close = Callable[[Item, Item], bool]  # is a predicted item the same as a gold one?
Near = Callable[[Item, Item], bool]  # is it worth showing next to it in an error line?


def _equal(gold: Item, predicted: Item) -> bool:
    return gold == predicted


def _overlap(a: Item, b: Item) -> bool:
    """Same document and overlapping spans: the counterpart shown next to a span error."""
    return (a.doc_id == b.doc_id and a.start is not None and b.start is not None
            and a.start < b.end and b.start < a.end)


def _seconds_close(gold: Item, predicted: Item) -> bool:
    """Equal except `seconds`, which may differ by up to SECONDS_TOLERANCE."""
    if (gold.doc_id, gold.start, gold.end) != (predicted.doc_id, predicted.start, predicted.end):
        return False
    g, p = dict(gold.attrs), dict(predicted.attrs)
    if g.keys() != p.keys():
        return False
    return all(
        abs(float(g[k]) - float(p[k])) <= SECONDS_TOLERANCE + 1e-9 if k == "seconds" else g[k] == p[k]
        for k in g
    )


def align(gold: Iterable[Item], predicted: Iterable[Item], close: Close) -> dict[Item, Item]:
    """Each predicted item -> the gold item it stands for under `close` (itself when none).

    Lets tolerant comparisons (seconds within 0.005) reuse plain set scoring: a predicted
    72.591 at the gold 72.59's span is counted as that gold item.
    """
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc_id].append(g)
    out = {}
    for p in predicted:
        out[p] = next((g for g in by_doc.get(p.doc_id, ()) if close(g, p)), p)
    return out


def _error(extractor: str, kind: str, item: Item, counterparts: Sequence[Item]) -> Error:
    start, end = item.offsets
    near = "; ".join(_counterpart(c, item) for c in sorted(counterparts, key=_sort_key))
    mine = item.describe()
    expected, predicted = (mine, near) if kind == MISS else (near, mine)
    return Error(extractor, kind, item.doc_id, start, end, item.text, expected, predicted)


def _counterpart(other: Item, item: Item) -> str:
    """An item shown next to an error: with its own span and text when they differ."""
    text = f"{other.text!r} " if other.text and other.text != item.text else ""
    where = f"[{other.start}:{other.end}] " if other.start is not None and other.start != item.start else ""
    return f"{text}{where}{other.describe()}".strip()


def score_items(
    extractor: str,
    label: str,
    gold: Iterable[Item],
    predicted: Iterable[Item],
    close: Close = _equal,
    near: Near = _overlap,
) -> Score:
    """PRF of predicted against gold items, with every miss and false hit spelled out."""
    gold = set(gold)
    predicted = set(predicted)
    aligned = align(gold, predicted, close) if close is not _equal else {p: p for p in predicted}
    prf = PRF.from_sets(gold, set(aligned.values()))
    found = set(aligned.values())
    missed = sorted(gold - found, key=_sort_key)
    false = sorted((p for p, g in aligned.items() if g not in gold), key=_sort_key)
    misses = [_error(extractor, MISS, g, [p for p in predicted if near(g, p)]) for g in missed]
    false_hits = [_error(extractor, FALSE_HIT, p, [g for g in gold if near(p, g)]) for p in false]
    return Score.from_prf(extractor, label, prf, misses, false_hits)


def _span_only(items: Iterable[Item]) -> set[Item]:
    return {Item(i.doc_id, i.start, i.end, (), i.text) for i in items}


# --------------------------------------------------------------------------- items per extractor
# Each pair of functions turns a gold document / an Extraction into comparable items, so the
# attributes compared are written once per extractor and are the same on both sides.


def _span_item(doc_id: str, span, attrs: Attrs) -> Item:
    return Item(doc_id, span.start, span.end, attrs, span.text)


def entity_items(doc_id: str, spans, gold: bool) -> set[Item]:
    return {_span_item(doc_id, s, (("label", s.get("label") if gold else s.label),)) for s in spans}


def time_items(doc_id: str, spans, gold: bool) -> set[Item]:
    return {_span_item(doc_id, s, (("seconds", float(s.get("seconds") if gold else s.seconds)),))
            for s in spans}


def time_athlete_items(doc_id: str, spans, gold: bool) -> set[Item]:
    """Distinct (seconds, athlete, event) per document: who rode which time where."""
    out: dict[Item, Item] = {}
    for s in spans:
        seconds = float(s.get("seconds") if gold else s.seconds)
        athlete = norm_name(s.get("athlete", "") if gold else s.athlete)
        event = norm_event(s.get("event", "") if gold else s.event)
        item = Item(doc_id, None, None, (("seconds", seconds), ("athlete", athlete), ("event", event)),
                    s.text, (s.start, s.end))
        out.setdefault(item, item)
    return set(out)


def _medal_value(medal) -> str:
    value = str(medal.medal or "").strip().lower()
    return value or MEDAL_OF_RANK.get(medal.rank, "")


def medal_items(doc_id: str, medals, gold: bool) -> set[Item]:
    """Distinct (medal, athlete, event) facts: three phrasings of one gold medal are one fact."""
    out: dict[Item, Item] = {}
    for m in medals:
        if gold:
            fact = (str(m.get("medal", "")).lower(), norm_name(m.get("athlete", "")),
                    norm_event(m.get("event", "")))
            text, evidence = "", None
        else:
            fact = (_medal_value(m), norm_name(m.athlete), norm_event(m.event))
            text, evidence = m.text, (m.start, m.end)
        item = Item(doc_id, None, None, tuple(zip(("medal", "athlete", "event"), fact)), text, evidence)
        out.setdefault(item, item)  # keep the first record's offsets as evidence
    return set(out)


def date_items(doc_id: str, spans, gold: bool) -> set[Item]:
    return {_span_item(doc_id, s, (("value", s.get("value") if gold else s.value),
                                   ("granularity", s.get("granularity") if gold else s.granularity)))
            for s in spans}


def record_items(doc_id: str, spans, gold: bool) -> set[Item]:
    return {_span_item(doc_id, s, (("record", s.get("record") if gold else s.record),)) for s in spans}


def age_items(doc_id: str, spans, gold: bool) -> set[Item]:
    return {_span_item(doc_id, s, (("years", int(s.get("years") if gold else s.years)),)) for s in spans}


def _collect(pairs, gold_attr: str, pred_attr: str, to_items) -> tuple[set[Item], set[Item]]:
    gold, predicted = set(), set()
    for doc_id, g, p in pairs:
        gold |= to_items(doc_id, getattr(g, gold_attr), True)
        predicted |= to_items(doc_id, getattr(p, pred_attr) if p is not None else (), False)
    return gold, predicted


def _near_medal(a: Item, b: Item) -> bool:
    """A medal fact's counterpart: same document and same athlete, or same medal and event."""
    return a.doc_id == b.doc_id and (
        a.get("athlete") == b.get("athlete") or (a.get("medal"), a.get("event")) == (b.get("medal"), b.get("event")))


def _near_time_fact(a: Item, b: Item) -> bool:
    return a.doc_id == b.doc_id and abs(float(a.get("seconds")) - float(b.get("seconds"))) <= SECONDS_TOLERANCE + 1e-9


def _time_fact_close(gold: Item, predicted: Item) -> bool:
    return (gold.doc_id == predicted.doc_id
            and (gold.get("athlete"), gold.get("event")) == (predicted.get("athlete"), predicted.get("event"))
            and _near_time_fact(gold, predicted))


def score_extractors(pairs: Sequence[tuple]) -> list[Score]:
    """Scores of every per-document extractor over (doc_id, GoldDocument, Extraction|None) pairs."""
    scores = []
    gold, pred = _collect(pairs, "entities", "mentions", entity_items)
    scores.append(score_items("entities", ALL, gold, pred))
    for label in ENTITY_LABELS:
        scores.append(score_items("entities", label, {i for i in gold if i.get("label") == label},
                                  {i for i in pred if i.get("label") == label}))
    scores.append(score_items("entities", SPAN, _span_only(gold), _span_only(pred)))

    gold, pred = _collect(pairs, "times", "times", time_items)
    scores.append(score_items("times", ALL, gold, pred, close=_seconds_close))
    scores.append(score_items("times", SPAN, _span_only(gold), _span_only(pred)))
    gold, pred = _collect(pairs, "times", "times", time_athlete_items)
    scores.append(score_items("times+athlete", ALL, gold, pred, close=_time_fact_close, near=_near_time_fact))

    gold, pred = _collect(pairs, "medals", "medals", medal_items)
    scores.append(score_items("medals", ALL, gold, pred, near=_near_medal))

    gold, pred = _collect(pairs, "dates", "dates", date_items)
    scores.append(score_items("dates", ALL, gold, pred))
    scores.append(score_items("dates", SPAN, _span_only(gold), _span_only(pred)))

    gold, pred = _collect(pairs, "records", "records", record_items)
    scores.append(score_items("records", ALL, gold, pred))
    gold, pred = _collect(pairs, "ages", "ages", age_items)
    scores.append(score_items("ages", ALL, gold, pred))
    return scores


# --------------------------------------------------------------------------- cross-document


def score_identity(golds: Sequence, mentions) -> Score:
    """B-cubed of reconciliation's entity ids over the gold mentions found with the same span.

    Only mentions the system found can be clustered, so entity detection errors (scored under
    `entities`) do not count twice. Misses list gold entities split over several ids, false
    hits the ids that merge several gold entities.
    """
    predicted_id = {
        (str(d), int(s), int(e)): str(eid)
        for d, s, e, eid in zip(mentions["doc_id"], mentions["start"], mentions["end"], mentions["entity_id"])
    }
    gold_of: dict[tuple, str] = {}
    text_of: dict[tuple, str] = {}
    for g in golds:
        for span in g.entities:
            key = (g.doc_id, span.start, span.end)
            if key in predicted_id and span.get("entity"):
                gold_of[key] = span.get("entity")
                text_of[key] = span.text
    found = {k: predicted_id[k] for k in gold_of}
    p, r, f = bcubed(gold_of, found)
    splits, merges = _identity_errors(gold_of, found, text_of)
    return Score("identity", "bcubed", p, r, f, len(gold_of), None, None, splits, merges)


def _identity_errors(gold_of: Mapping, found: Mapping, text_of: Mapping) -> tuple[list[Error], list[Error]]:
    ids_of_entity: dict[str, set] = defaultdict(set)
    entities_of_id: dict[str, set] = defaultdict(set)
    first: dict[str, tuple] = {}
    for key in sorted(gold_of):
        ids_of_entity[gold_of[key]].add(found[key])
        entities_of_id[found[key]].add(gold_of[key])
        first.setdefault(gold_of[key], key)
        first.setdefault(found[key], key)
    splits = [
        Error("identity", MISS, first[e][0], first[e][1], first[e][2], text_of[first[e]],
              f"entity={e}", "split over " + ", ".join(sorted(ids)))
        for e, ids in sorted(ids_of_entity.items()) if len(ids) > 1
    ]
    merges = [
        Error("identity", FALSE_HIT, first[i][0], first[i][1], first[i][2], text_of[first[i]],
              "distinct " + ", ".join(sorted(ents)), f"entity_id={i}")
        for i, ents in sorted(entities_of_id.items()) if len(ents) > 1
    ]
    return splits, merges


def _conflict_value(attribute: str, value: Any):
    if attribute == "seconds":
        try:
            return round(float(value), CONFLICT_SECONDS_DECIMALS)
        except (TypeError, ValueError):
            pass
    return " ".join(str(value).split()).casefold()


def _conflict_item(athlete: str, event: str, attribute: str, values: Iterable, documents: Iterable[str]) -> Item:
    attrs = (("athlete", norm_name(athlete)), ("event", norm_event(event)), ("attribute", attribute),
             ("values", frozenset(_conflict_value(attribute, v) for v in values)))
    docs = "|".join(sorted(set(documents)))
    return Item(docs, None, None, attrs, athlete)


def planted_conflict_items(conflicts_gold: Iterable[Mapping]) -> set[Item]:
    """Labels' conflicts: {"athlete", "event", "attribute", "values": {value: [doc_id, ...]}}."""
    return {
        _conflict_item(c["athlete"], c.get("event", ""), c["attribute"], c["values"].keys(),
                       (d for docs in c["values"].values() for d in docs))
        for c in conflicts_gold
    }


def reported_conflict_items(conflicts) -> set[Item]:
    """Reconciliation's conflicts table has one row per value; a conflict is a group of rows."""
    groups: dict[tuple, list] = defaultdict(list)
    for row in conflicts.itertuples(index=False):
        key = (row.entity_id, row.athlete, row.event, row.competition, row.date, row.attribute)
        groups[key].append(row)
    return {
        _conflict_item(athlete, event, attribute, [r.value for r in rows],
                       (d for r in rows for d in str(r.documents).split("|") if d))
        for (_, athlete, event, _, _, attribute), rows in groups.items()
    }


def _conflict_near(a: Item, b: Item) -> bool:
    return (a.get("athlete"), a.get("attribute")) == (b.get("athlete"), b.get("attribute"))


def score_conflicts(conflicts_gold: Iterable[Mapping], conflicts) -> Score:
    gold = planted_conflict_items(conflicts_gold)
    predicted = reported_conflict_items(conflicts)
    # doc_id holds the documents; conflicts match on content alone, so align across it.
    aligned_gold = {g.attrs: g for g in gold}
    return score_items("conflicts", ALL, gold,
                       {aligned_gold.get(p.attrs, p) for p in predicted},
                       near=_conflict_near)


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class EvalReport:
    """Scores of every extractor, with their errors, and notes on what was not scored."""

    scores: tuple[Score, ...]
    documents: tuple[str, ...]
    notes: tuple[str, ...] = ()

    def score(self, extractor: str, label: str = ALL) -> Optional[Score]:
        return next((s for s in self.scores if (s.extractor, s.label) == (extractor, label)), None)

    @property
    def errors(self) -> list[Error]:
        """Errors of the headline rows only: per-label and span rows repeat subsets of them."""
        return [e for s in self.scores if s.label in (ALL, "bcubed") for e in s.errors]


def evaluate(extractions: Iterable[Extraction], golds: Iterable, conflicts_gold: Iterable[Mapping] = (),
             reconciliation: Optional[Reconciliation] = None) -> EvalReport:
    """Score extractions against gold documents (pipeline.labels.GoldDocument), matched by doc_id.

    A gold document without an extraction counts as predicting nothing; an extraction without
    gold cannot be scored and is only noted. `reconciliation`, when the caller has one, must be
    of exactly the labelled extractions; otherwise they are reconciled here.
    """
    extractions = list(extractions)
    golds = list(golds)
    predicted = {e.article.doc_id: e for e in extractions}
    pairs = [(g.doc_id, g, predicted.get(g.doc_id)) for g in golds]
    notes = [f"no extraction for {d}: all its labels count as misses" for d, _, p in pairs if p is None]
    gold_ids = {g.doc_id for g in golds}
    unlabelled = sorted(set(predicted) - gold_ids)
    if unlabelled:
        notes.append(f"{len(unlabelled)} extraction(s) without labels not scored: {', '.join(unlabelled)}")
    scores = score_extractors(pairs)

    if reconciliation is None:
        reconciliation = reconcile([predicted[d] for d in sorted(predicted) if d in gold_ids])
    scores.append(score_identity(golds, reconciliation.mentions))
    scores.append(score_conflicts(conflicts_gold, reconciliation.conflicts))
    return EvalReport(tuple(scores), tuple(sorted(gold_ids)), tuple(notes))


def _count(value: Optional[int]) -> str:
    return "" if value is None else str(value)


def format_report(report: EvalReport) -> str:
    """A table of the scores, then every miss and false hit grouped by extractor."""
    lines = [f"Evaluation over {len(report.documents)} labelled document(s)", ""]
    header = f"{'extractor':<14} {'label':<7} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    lines += [header, "-" * len(header)]
    for s in report.scores:
        lines.append(f"{s.extractor:<14} {s.label:<7} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{_count(s.tp):>5} {_count(s.fp):>5} {_count(s.fn):>5}")
    if report.score("identity", "bcubed") is not None:
        lines.append("identity: B-cubed P/R/F1; tp = gold mentions scored (found with the gold span)")
    for note in report.notes:
        lines.append(f"note: {note}")
    by_extractor: dict[str, list[Error]] = defaultdict(list)
    for e in report.errors:
        by_extractor[e.extractor].append(e)
    for extractor, errors in by_extractor.items():
        lines += ["", f"== {extractor}: {sum(e.kind == MISS for e in errors)} miss(es), "
                      f"{sum(e.kind == FALSE_HIT for e in errors)} false hit(s)"]
        for e in errors:
            where = f"[{e.start}:{e.end}]" if e.start is not None else ""
            text = f" {e.text!r}" if e.text else ""
            lines.append(f"  {e.kind:<9} {e.doc_id} {where}{text}  expected: {e.expected or '-'}"
                         f"  predicted: {e.predicted or '-'}")
    return "\n".join(lines) + "\n"


def _score_row(s: Score) -> dict:
    return {"extractor": s.extractor, "label": s.label, "precision": round(s.precision, 4),
            "recall": round(s.recall, 4), "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}


def _csv_text(columns: Sequence[str], rows: Iterable[Mapping]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in columns})
    return buffer.getvalue()


def save_report(report: EvalReport, out_dir: Path) -> list[Path]:
    """Write scores.csv, errors.csv and scores.json into out_dir; returns their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    scores = [_score_row(s) for s in report.scores]
    errors = [asdict(e) for e in report.errors]
    files = {
        "scores.csv": _csv_text(SCORE_COLUMNS, scores),
        "errors.csv": _csv_text(ERROR_COLUMNS, errors),
        "scores.json": json.dumps({"documents": list(report.documents), "notes": list(report.notes),
                                   "scores": scores, "errors": errors}, ensure_ascii=False, indent=2) + "\n",
    }
    paths = []
    for name, text in files.items():
        atomic_write(out_dir / name, text)
        paths.append(out_dir / name)
    return paths


# --------------------------------------------------------------------------- run


def load_gold(sets: Sequence[str] = ("seeds", "dev")) -> tuple[list, list[Mapping], list[str]]:
    """Gold documents of the sets, the planted conflicts among them, and label problems."""
    from . import labels

    unknown = [s for s in sets if s not in SETS]
    if unknown:
        raise ValueError(f"unknown label set(s) {unknown}; choose from {', '.join(SETS)}")
    golds, problems = [], []
    for path in labels.label_files(sets=tuple(sets)):
        gold, found = labels.load(path)
        golds.append(gold)
        problems += [f"{path.name}: {p}" for p in found]
    ids = {g.doc_id for g in golds}
    # A planted conflict can only be found when every article it names is evaluated.
    conflicts = [c for c in labels.load_conflicts()
                 if {d for docs in c.get("values", {}).values() for d in docs} <= ids]
    return golds, conflicts, problems


def run_eval(
    sets: Sequence[str] = ("seeds", "dev"),
    config: RunConfig = RunConfig(),
    out_dir: Path = DEFAULT_OUTPUT_DIR / "eval",
) -> EvalReport:
    """Load the labelled articles of `sets`, run the pipeline on them, score, print and save."""
    from .run import extract_all

    golds, conflicts, problems = load_gold(sets)
    for problem in problems:
        print(f"label problem: {problem}", file=sys.stderr)
    extractions = extract_all([g.article for g in golds], config)
    reconciliation = reconcile(extractions)  # every extraction here is a labelled one
    report = evaluate(extractions, golds, conflicts, reconciliation)
    print(format_report(report))
    save_report(report, out_dir)
    from .nlp import resolve_model

    model = resolve_model(config.model)[0]
    write_review_page(extractions, reconciliation, report, out_dir,
                      {"labelled sets": ", ".join(sets), "model": model})
    return report


def write_review_page(extractions, reconciliation: Reconciliation, report: EvalReport, out_dir: Path,
                      run_info: Mapping[str, str]) -> Path:
    """report.html for the labelled articles, with the scores and every miss and false hit marked."""
    from .job import apply_reconciliation
    from .report import render_report

    shown = apply_reconciliation(extractions, reconciliation)
    path = Path(out_dir) / "report.html"
    atomic_write(path, render_report(shown, reconciliation, report, run_info))
    return path


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=["seeds", "dev"], help="label sets to evaluate")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT_DIR / "eval", help="report folder")
    parser.add_argument("--model", default=None, help="spaCy model package or path")
    args = parser.parse_args(argv)
    run_eval(args.sets, RunConfig(model=args.model), args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
