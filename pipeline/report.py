"""The review page: one self-contained HTML file (`outputs/report.html`) for people.

`render_report` turns a run's extractions (plus, when available, its reconciliation and
evaluation) into a single page that opens from disk with no network: inline CSS and a small
inline script, nothing fetched. Sections:

* run info (model, version, date, counts);
* scores and a summary of errors, when an evaluation is given;
* results (athlete, event, medal, time, date, sources), sortable by clicking a header;
* conflicts, each value linked to the spans in the articles that give it;
* entities with aliases and links to the articles (and first mention) they appear in;
* every article's text with entities (by label), events, times, medals, dates, records and
  ages highlighted; hovering shows the normalized value. Evaluation misses get a dashed
  outline, false hits are struck through in red.

Spans may nest or cross (a medal phrase holding a name, an evaluation miss overlapping a
hit): the highlighter closes and reopens elements at every boundary so the HTML is always
well formed, and every piece of a span keeps its classes and title. All text is escaped:
article text is untrusted.

The reconciliation and evaluation objects are read defensively (duck-typed): a missing
object, table or column makes that section say "not available" instead of failing.
"""

from __future__ import annotations

import math
import re
from collections import abc, defaultdict, namedtuple
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice, repeat
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from .records import ENTITY_LABELS, Extraction, Mention

__all__ = ["render_report", "report_chunks", "write_report", "KIND_COLORS", "ENTITY_COLORS"]

#: Background colours of entity labels (also the displaCy-style `colors` option).
ENTITY_COLORS: Dict[str, str] = {
    "PER": "#cfe3ff",
    "ORG": "#d9f2d0",
    "LOC": "#ffe2c4",
    "EVENT": "#e8dcff",
    "MISC": "#e6e6e6",
}
#: Underline / tint colours of the fact types.
KIND_COLORS: Dict[str, str] = {
    "medal": "#d4a017",
    "time": "#0b7a75",
    "date": "#b03a8c",
    "record": "#c0392b",
    "age": "#5d6d7e",
    "event": "#2e6fd1",
}
KIND_NAMES = {
    "medal": "Medal",
    "time": "Race time",
    "date": "Date",
    "record": "Record",
    "age": "Age",
    "event": "Event / distance",
}
ENTITY_NAMES = {"PER": "Person", "ORG": "Organisation", "LOC": "Location", "EVENT": "Competition", "MISC": "Other name"}
MEDAL_ICONS = {"gold": "🥇", "silver": "🥈", "bronze": "🥉"}
NA = "not available"


def _e(value: Any) -> str:
    """HTML-escape anything (quotes too, so it is safe in attributes)."""
    text = value if type(value) is str else "" if value is None else str(value)
    # html.escape(text, quote=True), inlined: a large run's page makes hundreds of thousands of
    # calls, and most of their texts (ids, classes, names) hold nothing to escape, which five `in`
    # tests tell in about half the time of five replace() calls
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")
    return text


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if type(value) is str:  # most values: no NaN to test for
        return not value.strip()
    try:
        if value != value:  # NaN
            return True
    except (TypeError, ValueError):  # pd.NA compares to NA, whose truth value raises
        return True
    return isinstance(value, str) and not value.strip()


def _text(value: Any) -> str:
    if type(value) is str:  # most values (the page reads tens of thousands)
        return value if value.strip() else ""
    return "" if _blank(value) else str(value)


def _get(row: Any, name: str, default: Any = None) -> Any:
    """A field of a row that may be a mapping, a namedtuple/dataclass/object or a Series."""
    if row is None:
        return default
    if isinstance(row, tuple):  # a namedtuple, as `_rows` reads a DataFrame (a plain tuple has no fields)
        return getattr(row, name, default)
    if type(row) is dict or isinstance(row, abc.Mapping):  # abc: typing.Mapping's isinstance is several times slower
        return row.get(name, default)
    try:
        return getattr(row, name)
    except AttributeError:
        pass
    try:
        return row[name]
    except (KeyError, TypeError, IndexError):
        return default


def _rows(table: Any, names: Sequence[str]) -> Optional[Iterator[Any]]:
    """The rows of a table one at a time, or None when there is no table.

    A DataFrame is read lazily, READ_ROWS rows at a time, as namedtuples of those of `names` it
    has: never as a dict of every column, nor as the whole of a column (the reconciliation's
    tables grow with the run). Any other iterable yields its own rows (mappings or objects)."""
    if table is None:
        return None
    if hasattr(table, "columns") and hasattr(table, "itertuples"):  # a DataFrame
        present = [name for name in names if name in table.columns]
        Row = namedtuple("Row", present)
        if not present:  # none of the columns: rows without fields, as many as the table has
            return repeat(Row(), len(table))
        return map(Row._make, _frame_rows(table[present]))
    try:
        return iter(table)
    except TypeError:
        return None


#: Rows of a DataFrame read at once by `_rows`.
READ_ROWS = 10_000


def _frame_rows(frame: Any) -> Iterator[tuple]:
    """The rows of a DataFrame as tuples of Python values, READ_ROWS at a time. A slice's columns
    are read with tolist(): iterating a pandas column goes through pandas a value at a time
    (measured: reading the four reconciliation tables of 600 articles 0.038 -> 0.017 ms per article)."""
    for start in range(0, len(frame), READ_ROWS):
        part = frame.iloc[start : start + READ_ROWS]
        yield from zip(*(part[name].tolist() for name in part.columns))


def _columns(table: Any) -> Optional[set]:
    cols = getattr(table, "columns", None)
    return None if cols is None else {str(c) for c in cols}


def _split(value: Any) -> List[str]:
    return [p.strip() for p in _text(value).split("|") if p.strip()]


def format_seconds(seconds: Any) -> str:
    """72.59 -> '1.12,59' (Dutch notation as written in the articles)."""
    try:
        x = float(seconds)
    except (TypeError, ValueError):
        return _text(seconds)
    if math.isnan(x):
        return ""
    whole = int(x)
    frac = round((x - whole) * 100)
    if frac == 100:
        whole, frac = whole + 1, 0
    minutes, secs = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}.{minutes:02d}.{secs:02d}" + (f",{frac:02d}" if frac else "")
    return f"{minutes}.{secs:02d},{frac:02d}" if minutes else f"{secs},{frac:02d}"


_SLUG_RE = re.compile(r"[^A-Za-z0-9_-]+")


def _slug(text: str) -> str:
    return _SLUG_RE.sub("-", str(text)).strip("-") or "x"


# --------------------------------------------------------------------------- highlighting


@dataclass(slots=True)
class Mark:
    """One highlighted stretch of an article."""

    start: int
    end: int
    classes: str
    title: str
    anchor: str = ""  # id of the element (first piece only)
    attrs: Dict[str, str] = field(default_factory=dict)
    order: int = 0  # tie-break for spans with equal extent: lower opens first (outer)


def _open_tags(mark: Mark) -> Tuple[str, str]:
    """The <span> tag of a mark's first piece (with its id) and of the pieces after a split."""
    head = f'<span class="{_e(mark.classes)}"'
    if mark.title:
        head += f' title="{_e(mark.title)}"'
    tail = "".join([f' {k}="{_e(v)}"' for k, v in mark.attrs.items()]) + ">" if mark.attrs else ">"
    return (f'{head} id="{_e(mark.anchor)}"{tail}' if mark.anchor else head + tail), head + tail


def _outer_first(mark: Mark) -> Tuple[int, int]:
    return -mark.end, mark.order


def _escaped_pieces(text: str, points: Sequence[int]) -> List[str]:
    """The escaped text between consecutive `points`, escaped in one pass instead of piece by
    piece: the pieces are joined with a character escaping leaves alone, and split again."""
    pieces = [text[a:b] for a, b in zip(points, points[1:])]
    if not pieces or "\0" in text:  # (an article holding the separator: piece by piece)
        return [_e(p) for p in pieces]
    return _e("\0".join(pieces)).split("\0")


def highlight(text: str, marks: Sequence[Mark]) -> str:
    """`text` escaped, with every mark wrapped in a <span>; crossing marks are split."""
    n = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= n]
    starts: Dict[int, List[Mark]] = defaultdict(list)
    ends = set()
    for m in marks:
        starts[m.start].append(m)
        ends.add(m.end)
    points = sorted({0, n, *starts, *ends})
    out: List[str] = []
    stack: List[Mark] = []
    reopen: Dict[int, str] = {}  # id of a mark whose first piece is written -> tag of its next pieces
    for pos, piece in zip(points, _escaped_pieces(text, points) + [""]):
        # close marks ending here (every mark on the stack until its end: a set look-up says
        # whether one does); marks above them are closed and reopened as continuations
        if pos in ends:
            keep = []
            while stack:
                top = stack.pop()
                out.append("</span>")
                if top.end != pos:
                    keep.append(top)
            for m in reversed(keep):
                out.append(reopen[id(m)])
                stack.append(m)
        # open marks starting here, outermost (longest) first
        here = starts.get(pos)
        if here:
            for m in sorted(here, key=_outer_first) if len(here) > 1 else here:
                first, continuation = _open_tags(m)
                out.append(continuation if id(m) in reopen else first)
                reopen[id(m)] = continuation
                stack.append(m)
        out.append(piece)
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _span_id(doc_anchor: str, kind: str, start: int, end: int) -> str:
    return f"{doc_anchor}-{kind}-{start}-{end}"


def _join_title(*parts: Any) -> str:
    """Hover-title parts joined; `False` is an absent optional part ("x and 'team'"), not text."""
    # (A plain string, most parts, is tested for blankness in place: there is a title per mark.)
    texts = []
    for p in parts:
        if type(p) is str:
            if p.strip():
                texts.append(p)
        elif p is not False and not _blank(p):
            texts.append(str(p))
    return " · ".join(texts)


def _marks_for(ex: Extraction, doc_anchor: str, entity_of: Mapping[Tuple[int, int], str]) -> List[Mark]:
    marks: List[Mark] = []
    a = ex.article
    if a.body_start > 0:
        marks.append(Mark(0, a.body_start, "hdr", "date header", order=-1))
    for m in ex.mentions:
        label = m.label if m.label in ENTITY_LABELS else "MISC"
        eid = m.entity_id or entity_of.get((m.start, m.end), "")
        title = _join_title(
            f"{label} ({ENTITY_NAMES.get(label, label)})",
            m.canonical and m.canonical != m.text and f"= {m.canonical}",
            eid and f"entity {eid}",
        )
        attrs = {"data-entity": eid} if eid else {}
        marks.append(Mark(m.start, m.end, f"hl ent ent-{label}", title,
                          _span_id(doc_anchor, "ent", m.start, m.end), attrs, order=5))
    for ev in ex.events:
        marks.append(Mark(ev.start, ev.end, "hl event", _join_title(
            "event", ev.event, ev.meters and f"{ev.meters} m"),
            _span_id(doc_anchor, "event", ev.start, ev.end), order=4))
    for t in ex.times:
        marks.append(Mark(t.start, t.end, "hl time", _join_title(
            f"time {t.seconds:g} s ({format_seconds(t.seconds)})", t.athlete, t.event,
            t.competition, t.date), _span_id(doc_anchor, "time", t.start, t.end), order=3))
    for md in ex.medals:
        medal = (md.medal or "").lower()
        marks.append(Mark(md.start, md.end, f"hl medal medal-{_slug(medal or 'unknown')}", _join_title(
            f"{medal or 'medal'}" + (f" (rank {md.rank})" if md.rank else ""),
            md.athlete, md.event, md.team and "team", md.competition, md.date),
            _span_id(doc_anchor, "medal", md.start, md.end), order=1))
    for r in ex.records:
        marks.append(Mark(r.start, r.end, "hl record", _join_title(
            f"{r.record or 'record'} record", r.athlete, r.event, r.competition, r.date),
            _span_id(doc_anchor, "record", r.start, r.end), order=2))
    for ag in ex.ages:
        marks.append(Mark(ag.start, ag.end, "hl age", _join_title(f"age {ag.years}", ag.person),
                          _span_id(doc_anchor, "age", ag.start, ag.end), order=3))
    for d in ex.dates:
        marks.append(Mark(d.start, d.end, "hl date", _join_title(f"date {d.value}", d.granularity),
                          _span_id(doc_anchor, "date", d.start, d.end), order=3))
    return marks


# --------------------------------------------------------------------------- page parts


_SOURCE_RE = re.compile(r"^(?P<doc>.+?)[:@#](?P<start>\d+)[-:](?P<end>\d+)$")

# The columns each part of the page reads (`_rows`): a table's other columns are never touched.
RESULT_FIELDS = ("entity_id", "athlete", "event", "competition", "date", "medal", "rank", "seconds", "records",
                 "conflict", "conflict_attributes", "seconds_values", "medal_values", "documents", "sources")
CONFLICT_FIELDS = ("entity_id", "athlete", "event", "competition", "date", "attribute", "value", "documents",
                   "sources")
ENTITY_FIELDS = ("entity_id", "name", "label", "aliases", "n_mentions", "documents")
MENTION_FIELDS = ("doc_id", "start", "end", "entity_id")
SCORE_FIELDS = ("extractor", "label", "precision", "recall", "f1")
ERROR_FIELDS = ("doc_id", "kind", "extractor", "start", "end", "text", "expected", "predicted")

#: The entity ids of an article whose mentions all carry their own (never written to).
_NO_IDS: Mapping[Tuple[int, int], str] = {}


class _Index:
    """Which anchors exist on the page, to link sources to spans and documents."""

    def __init__(self) -> None:
        self.doc_anchor: Dict[str, str] = {}
        self.doc_no: Dict[str, str] = {}  # doc_id -> "A1", "A2"... (short names for tables)
        self.span_text: Dict[str, str] = {}  # span id -> its text
        self.spans: Dict[Tuple[str, int, int], str] = {}  # (doc, start, end) -> preferred span id
        # (entity_id, doc) -> its first mention there (the mention itself: an id string for every
        # entity of every article would be built long before the entities table needs it)
        self.entity_first: Dict[Tuple[str, str], Mention] = {}

    def short(self, doc_id: str) -> str:
        return self.doc_no.get(doc_id) or _short(doc_id)

    def doc_link(self, doc_id: str, label: Optional[str] = None) -> str:
        anchor = self.doc_anchor.get(doc_id)
        label = label or self.short(doc_id)
        if not anchor:
            return f'<span title="{_e(doc_id)}">{_e(label)}</span>'
        return f'<a class="doc-ref" href="#{_e(anchor)}" title="{_e(doc_id)}">{_e(label)}</a>'

    def source_link(self, source: str) -> str:
        """'doc:start-end' -> link to that span (or its article); anything else as text."""
        m = _SOURCE_RE.match(source)
        if m:
            doc, start, end = m.group("doc"), int(m.group("start")), int(m.group("end"))
            span = self.spans.get((doc, start, end))
            if span:
                quote = self.span_text.get(span, "")
                quote = quote if len(quote) <= 24 else quote[:22] + "…"
                return (f'<a class="src" href="#{_e(span)}" title="{_e(doc)} {start}-{end}">'
                        f'<strong>{_e(self.short(doc))}</strong> {_e(quote)}</a>')
            return self.doc_link(doc, f"{self.short(doc)}:{start}")
        if source in self.doc_anchor:
            return self.doc_link(source)
        return _e(source)


def _short(doc_id: str) -> str:
    """'000_b08538a8e0210fe8' -> '000_b085…' for compact tables (full id in the link target)."""
    return doc_id if len(doc_id) <= 16 else doc_id[:12] + "…"


#: Rows (table rows, conflict cards, contents lines) per piece of the page: a large run's tables
#: are written a piece at a time instead of being built whole as one string.
TABLE_CHUNK_ROWS = 200


def _pieces(rows: Iterable[str]) -> Iterator[str]:
    """`rows` (HTML strings, never empty) read lazily and joined TABLE_CHUNK_ROWS at a time."""
    rows = iter(rows)
    while True:
        piece = "".join(islice(rows, TABLE_CHUNK_ROWS))
        if not piece:
            return
        yield piece


def _table_chunks(table_id: str, headers: Sequence[Tuple[str, str]], body_rows: Iterable[str],
                  empty: str) -> Iterator[str]:
    """A sortable table in pieces (`body_rows` is read lazily).
    headers: (label, type) with type 'text' or 'num' for sorting."""
    rows = iter(body_rows)
    first = next(rows, None)
    if first is None:
        yield f'<p class="muted">{_e(empty)}</p>'
        return
    head = "".join(f'<th data-type="{t}" scope="col">{_e(h)}</th>' for h, t in headers)
    yield f'<div class="tablewrap"><table id="{table_id}" class="sortable"><thead><tr>{head}</tr></thead><tbody>{first}'
    yield from _pieces(rows)
    yield "</tbody></table></div>"


def _td(content_html: str, sort: Any = None, cls: str = "") -> str:
    attrs = ""
    if sort is not None and not _blank(sort):
        attrs += f' data-sort="{_e(sort)}"'
    if cls:
        attrs += f' class="{cls}"'
    return f"<td{attrs}>{content_html}</td>"


def _run_info_html(run_info: Mapping[str, str], extractions: Sequence[Extraction]) -> str:
    info = dict(run_info or {})
    model = info.pop("model", "") or info.pop("model_name", "")
    version = info.pop("model_version", "") or info.pop("version", "")
    when = info.pop("date", "") or info.pop("run_date", "")
    if not when:
        when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    n_ok = sum(1 for ex in extractions if ex.article.ok)
    counts = {
        "articles": f"{len(extractions)} ({n_ok} ok)" if n_ok != len(extractions) else str(len(extractions)),
        "entity mentions": sum(len(ex.mentions) for ex in extractions),
        "times": sum(len(ex.times) for ex in extractions),
        "medals": sum(len(ex.medals) for ex in extractions),
        "dates": sum(len(ex.dates) for ex in extractions),
    }
    items = [("Model", f"{model} {version}".strip() or NA), ("Run date", when)]
    items += [(k.replace("_", " ").capitalize(), v) for k, v in info.items()]
    dl = "".join(f"<div><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>" for k, v in items)
    stats = "".join(f'<div class="stat"><strong>{_e(v)}</strong><span>{_e(k)}</span></div>' for k, v in counts.items())
    return f'<dl class="runinfo" id="run-info">{dl}</dl><div class="stats">{stats}</div>'


HEADLINE_LABELS = {"", "all", "bcubed", "*"}


def _score_rows(rows: Sequence[Any]) -> List[str]:
    body = []
    for r in rows:
        cells = [_td(_e(_get(r, "extractor", "")), _get(r, "extractor")),
                 _td(_e(_text(_get(r, "label", ""))), _text(_get(r, "label")))]
        for k in ("precision", "recall", "f1"):
            v = _get(r, k)
            try:
                f = float(v)
            except (TypeError, ValueError):
                cells.append(_td(_e(_text(v)), None, "num"))
                continue
            if f != f:
                cells.append(_td("–", None, "num"))
            else:
                bar = f'<span class="barwrap"><i style="width:{100 * max(0.0, min(f, 1.0)):.0f}%"></i></span>'
                cells.append(_td(f"{bar}{f:.2f}", f, "num"))
        body.append("<tr>" + "".join(cells) + "</tr>")
    return body


def _scores_html(evaluation: Any, errors: Sequence[Any]) -> str:
    rows = list(_rows(getattr(evaluation, "scores", None), SCORE_FIELDS) or ())
    if not rows:
        return ""
    headline = [r for r in rows if _text(_get(r, "label")).lower() in HEADLINE_LABELS]
    detail = [r for r in rows if _text(_get(r, "label")).lower() not in HEADLINE_LABELS]
    if not headline:
        headline, detail = rows, []
    n_miss = sum(1 for e in errors if _get(e, "kind") == "miss")
    n_fh = sum(1 for e in errors if _get(e, "kind") == "false_hit")
    note = (f'<p class="muted">{n_miss} misses (<span class="ev-miss-key">dashed outline</span>) '
            f'and {n_fh} false hits (<span class="ev-fh-key">red, struck through</span>) '
            f"are marked in the article texts below.</p>")
    headers = [("Extractor", "text"), ("Label", "text"), ("Precision", "num"), ("Recall", "num"), ("F1", "num")]
    table = "".join(_table_chunks("scores-table", headers, _score_rows(headline), "No scores."))
    more = ""
    if detail:
        more = (f'<details class="more"><summary>Scores per label ({len(detail)} rows)</summary>'
                f'{"".join(_table_chunks("label-scores-table", headers, _score_rows(detail), ""))}</details>')
    return f'<section id="scores"><h2>Evaluation</h2>{note}{table}{more}</section>'


def _results_chunks(reconciliation: Any, idx: _Index) -> Iterator[str]:
    table = getattr(reconciliation, "results", None)
    rows = _rows(table, RESULT_FIELDS)
    cols = _columns(table)
    if rows is None or (cols is not None and not {"athlete", "event"} <= cols):
        yield f'<p class="muted">Results {NA}.</p>'
        return
    headers = [("Athlete", "text"), ("Event", "text"), ("Competition", "text"), ("Medal", "num"),
               ("Rank", "num"), ("Time", "num"), ("Date", "text"), ("Records", "text"), ("Sources", "text")]
    yield from _table_chunks("results-table", headers, (_result_row(r, idx) for r in rows), "No results in this run.")


def _result_row(r: Any, idx: _Index) -> str:
    """One result: athlete (linked to the entity), event, competition, medal, rank, time, date,
    records and links to the source spans; disputed values are shown side by side."""
    medal = _text(_get(r, "medal")).lower()
    conflict = bool(_get(r, "conflict", False)) if not _blank(_get(r, "conflict")) else False
    seconds = _get(r, "seconds")
    time_txt = format_seconds(seconds) if not _blank(seconds) else ""
    if not time_txt and conflict and _text(_get(r, "seconds_values")):
        time_txt = " / ".join(format_seconds(v) for v in _split(_get(r, "seconds_values")))
        time_html = f'<span class="disputed" title="sources disagree">{_e(time_txt)}</span>'
    else:
        time_html = _e(time_txt)
    if not medal and conflict and _text(_get(r, "medal_values")):
        medal_html = f'<span class="disputed" title="sources disagree">{_e(" / ".join(_split(_get(r, "medal_values"))))}</span>'
    else:
        medal_html = (f'<span class="medal-dot medal-{_slug(medal)}"></span>{_e(medal)}' if medal else "")
    rank = _get(r, "rank")
    sort_medal = {"gold": 1, "silver": 2, "bronze": 3}.get(medal, 9)
    sources = _split(_get(r, "sources")) or _split(_get(r, "documents"))
    src_html = " ".join(idx.source_link(s) for s in sources)
    athlete = _text(_get(r, "athlete"))
    eid = _text(_get(r, "entity_id"))
    athlete_html = (f'<a href="#ent-{_e(_slug(eid))}" title="{_e(eid)}">{_e(athlete)}</a>'
                    if eid else _e(athlete))
    flag = ' <span class="badge warn" title="{}">conflict</span>'.format(
        _e(_text(_get(r, "conflict_attributes")) or "sources disagree")) if conflict else ""
    records = ", ".join(_split(_get(r, "records")))
    cells = [
        _td(athlete_html + flag, athlete),
        _td(_e(_text(_get(r, "event"))), _text(_get(r, "event"))),
        _td(_e(_text(_get(r, "competition"))), _text(_get(r, "competition"))),
        _td(medal_html, sort_medal, "nowrap"),
        _td(_e(_text(rank)), None if _blank(rank) else rank, "num"),
        _td(time_html, None if _blank(seconds) else seconds, "num"),
        _td(_e(_text(_get(r, "date"))), _text(_get(r, "date")), "nowrap"),
        _td(_e(records), records),
        _td(src_html, " ".join(sources), "sources"),
    ]
    row_cls = ' class="conflict-row"' if conflict else ""
    return f"<tr{row_cls}>" + "".join(cells) + "</tr>"


def _conflict_targets(row: Any, idx: _Index, extractions: Mapping[str, Extraction]) -> List[str]:
    """Links to the spans that give this conflict row's value."""
    sources = _split(_get(row, "sources"))
    if sources:
        return [idx.source_link(s) for s in sources]
    # No sources column: find the records in the listed documents that carry the value.
    attribute, value = _text(_get(row, "attribute")), _text(_get(row, "value"))
    athlete, event = _text(_get(row, "athlete")).casefold(), _text(_get(row, "event"))
    links = []
    for doc in _split(_get(row, "documents")):
        ex = extractions.get(doc)
        found = []
        if ex is not None:
            for kind, facts in (("time", ex.times), ("medal", ex.medals), ("record", ex.records)):
                for f in facts:
                    if event and f.event != event:
                        continue
                    name = f.athlete.casefold()
                    if athlete and name and not (name == athlete or athlete.endswith(" " + name)
                                                 or name.endswith(" " + athlete)):
                        continue
                    if not _value_matches(f, attribute, value):
                        continue
                    found.append(idx.source_link(f"{doc}:{f.start}-{f.end}"))
        links.extend(found or [idx.doc_link(doc)])
    return links


def _value_matches(fact: Any, attribute: str, value: str) -> bool:
    got = getattr(fact, attribute, None)
    if got is None:
        return False
    if attribute == "seconds":
        try:
            return abs(float(got) - float(value)) < 0.0015
        except ValueError:
            return False
    return str(got).casefold() == value.casefold()


def _conflict_groups(table: Any) -> Optional[Dict[tuple, List[Any]]]:
    """The conflicts table's rows (one per disputed value) grouped by the attribute they dispute,
    or None when there is no table. Read once: the index, the navigation and the cards use it."""
    rows = _rows(table, CONFLICT_FIELDS)
    if rows is None:
        return None
    groups: Dict[tuple, List[Any]] = defaultdict(list)
    for r in rows:
        key = tuple(_text(_get(r, k)) for k in ("entity_id", "athlete", "event", "competition", "date", "attribute"))
        groups[key].append(r)
    return groups


def _conflicts_chunks(conflicts: Optional[Dict[tuple, List[Any]]], columns: Optional[set], idx: _Index,
                      by_doc: Mapping[str, Extraction]) -> Iterator[str]:
    if conflicts is None or (columns is not None and not {"attribute", "value"} <= columns):
        yield f'<p class="muted">Conflicts {NA}.</p>'
    elif not conflicts:
        yield '<p class="muted ok">No conflicts: all sources agree.</p>'
    else:
        yield '<div id="conflicts-table" class="conflicts">'
        yield from _pieces(_conflict_card(n, key, rows, idx, by_doc) for n, (key, rows) in enumerate(conflicts.items(), 1))
        yield "</div>"


def _conflict_card(n: int, key: tuple, rows: Sequence[Any], idx: _Index, by_doc: Mapping[str, Extraction]) -> str:
    """One disputed attribute: each value with its articles and the spans that give it."""
    eid, athlete, event, competition, date, attribute = key
    what = _join_title(athlete or eid, event, competition, date)
    items = []
    for r in rows:
        value = _text(_get(r, "value"))
        shown = f"{format_seconds(value)} ({value} s)" if attribute == "seconds" else value
        links = _conflict_targets(r, idx, by_doc)
        docs = " ".join(idx.doc_link(d) for d in _split(_get(r, "documents")))
        items.append(f'<tr><td class="cval">{_e(shown)}</td><td>{docs}</td><td class="sources">{" ".join(links)}</td></tr>')
    return (f'<div class="conflict" id="conflict-{n}"><h3><span class="badge warn">{_e(attribute)}</span> '
            f'{_e(what)}</h3><table class="plain"><thead><tr><th>Value</th><th>Articles</th><th>Spans</th></tr></thead>'
            f'<tbody>{"".join(items)}</tbody></table></div>')


def _entities_chunks(reconciliation: Any, idx: _Index) -> Iterator[str]:
    table = getattr(reconciliation, "entities", None)
    rows = _rows(table, ENTITY_FIELDS)
    cols = _columns(table)
    if rows is None or (cols is not None and not {"entity_id", "name"} <= cols):
        yield f'<p class="muted">Entities {NA}.</p>'
        return
    headers = [("Name", "text"), ("Label", "text"), ("Aliases", "text"), ("Mentions", "num"),
               ("Articles", "text"), ("Entity id", "text")]
    yield from _table_chunks("entities-table", headers, (_entity_row(r, idx) for r in rows), "No entities in this run.")


def _entity_row(r: Any, idx: _Index) -> str:
    """One entity: name, label, aliases, mentions, links to its first mention in each article."""
    eid = _text(_get(r, "entity_id"))
    name = _text(_get(r, "name"))
    label = _text(_get(r, "label")) or "MISC"
    aliases = ", ".join(a for a in _split(_get(r, "aliases")) if a != name)
    documents = _split(_get(r, "documents"))
    doc_links = []
    for d in documents:
        first = idx.entity_first.get((eid, d))
        if first is not None:
            span = _span_id(idx.doc_anchor[d], "ent", first.start, first.end)
            doc_links.append(f'<a class="doc-ref" href="#{_e(span)}" title="first mention in {_e(d)}">{_e(idx.short(d))}</a>')
        else:
            doc_links.append(idx.doc_link(d))
    n = _get(r, "n_mentions")
    cells = [
        _td(f'<span class="chip ent-{_e(_slug(label))}">{_e(name)}</span>', name),
        _td(_e(label), label),
        _td(_e(aliases), aliases),
        _td(_e(_text(n)), None if _blank(n) else n, "num"),
        _td(" ".join(doc_links), " ".join(documents)),
        _td(f'<code>{_e(eid)}</code>', eid),
    ]
    return f'<tr id="ent-{_e(_slug(eid))}">' + "".join(cells) + "</tr>"


def _toc_item(ex: Extraction, idx: _Index) -> str:
    """An article's line in the contents: number, link, publication date."""
    a = ex.article
    return (f'<li><strong>{_e(idx.short(a.doc_id))}</strong> {idx.doc_link(a.doc_id, a.doc_id)} <span class="muted">'
            f'{_e(a.published.isoformat() if a.published else "")}</span></li>')


def _legend_html() -> str:
    items = [f'<span class="hl ent ent-{lab}" title="{_e(lab)}">{_e(ENTITY_NAMES[lab])}</span>' for lab in ENTITY_LABELS]
    items += [f'<span class="hl {k}{" medal-gold" if k == "medal" else ""}">{_e(v)}</span>' for k, v in KIND_NAMES.items()]
    return ('<div class="legend" id="legend"><span class="legend-title">Legend</span>'
            + "".join(items)
            + '<span class="hl ev-miss">missed</span><span class="hl ev-fh">false hit</span>'
            + '<span class="hint">hover a highlight for its normalized value</span></div>')


def _errors_by_doc(errors: Iterable[Any]) -> Dict[str, List[Tuple[int, Any]]]:
    """The evaluation errors of each article, each with its number in the whole list (their
    anchors carry it): an article reads its own errors, not every error of the evaluation."""
    by_doc: Dict[str, List[Tuple[int, Any]]] = defaultdict(list)
    for k, err in enumerate(errors):
        by_doc[_text(_get(err, "doc_id"))].append((k, err))
    return by_doc


def _error_marks(errors: Iterable[Tuple[int, Any]], doc_anchor: str, n_text: int) -> Tuple[List[Mark], List[Any]]:
    """Marks of an article's numbered errors, and the errors without a place in its text."""
    marks, unplaced = [], []
    for k, err in errors:
        kind = _text(_get(err, "kind"))
        extractor = _text(_get(err, "extractor"))
        start, end = _get(err, "start"), _get(err, "end")
        try:
            start, end = int(start), int(end)
        except (TypeError, ValueError):
            start = end = -1
        if not (0 <= start < end <= n_text):
            unplaced.append(err)
            continue
        detail = _join_title(_text(_get(err, "text")),
                             _text(_get(err, "expected")) and f"expected {_text(_get(err, 'expected'))}",
                             _text(_get(err, "predicted")) and f"predicted {_text(_get(err, 'predicted'))}")
        if kind == "miss":
            marks.append(Mark(start, end, "ev ev-miss", f"missed by {extractor}: {detail}",
                              f"{doc_anchor}-miss-{k}", order=-2))
        elif kind == "false_hit":
            marks.append(Mark(start, end, "ev ev-fh", f"false hit of {extractor}: {detail}",
                              f"{doc_anchor}-fh-{k}", order=-2))
    return marks, unplaced


def _article_html(ex: Extraction, doc_anchor: str, entity_of: Mapping[Tuple[int, int], str],
                  errors: Sequence[Tuple[int, Any]], conflict_spans: set, number: str = "") -> str:
    a = ex.article
    marks = _marks_for(ex, doc_anchor, entity_of)
    for m in marks:
        if m.anchor and m.anchor in conflict_spans:
            m.classes += " in-conflict"
            m.title += " · sources disagree (see Conflicts)"
    err_marks, unplaced = _error_marks(errors, doc_anchor, len(a.text))
    body = highlight(a.text, marks + err_marks)
    meta = [a.published.isoformat() if a.published else "no date", a.path or ""]
    counts = ", ".join(f"{len(v)} {k}" for k, v in (
        ("entities", ex.mentions), ("times", ex.times), ("medals", ex.medals), ("dates", ex.dates),
        ("records", ex.records), ("ages", ex.ages)) if v)
    status = ""
    if not a.ok:
        status = f'<p class="badge warn">{_e(a.status)}: {_e(a.error)}</p>'
    warn = "".join(f"<li>{_e(w)}</li>" for w in ex.warnings)
    warn = f'<ul class="warnings">{warn}</ul>' if warn else ""
    extra = ""
    if unplaced:
        lis = "".join(
            f'<li><span class="{"ev-miss-key" if _get(e, "kind") == "miss" else "ev-fh-key"}">'
            f'{_e(_text(_get(e, "kind")).replace("_", " "))}</span> {_e(_text(_get(e, "extractor")))}: '
            f'{_e(_text(_get(e, "text")))}</li>' for e in unplaced)
        extra = f'<details class="unplaced"><summary>{len(unplaced)} evaluation errors without a text position</summary><ul>{lis}</ul></details>'
    return (f'<article class="doc" id="{_e(doc_anchor)}"><header><span class="docno">{_e(number)}</span><h3>{_e(a.doc_id)}</h3>'
            f'<span class="muted">{_e(" · ".join(p for p in meta if p))}</span>'
            f'<span class="muted counts">{_e(counts)}</span></header>{status}{warn}'
            f'<div class="text">{body}</div>{extra}</article>')


# --------------------------------------------------------------------------- page


CSS = """
:root{--ink:#1f2430;--muted:#6b7280;--line:#e5e7eb;--bg:#f7f7f5;--card:#fff;--accent:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.top{background:#111827;color:#fff;padding:14px 32px;display:flex;align-items:baseline;gap:24px;flex-wrap:wrap;position:sticky;top:0;z-index:5}
.top h1{font-size:18px;margin:0;font-weight:600}.top nav a{color:#cbd5e1;margin-right:16px;font-size:14px}
main{max-width:1180px;margin:0 auto;padding:12px 32px 48px}
section{margin-top:28px}h2{font-size:19px;margin:0 0 10px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:0}
.muted{color:var(--muted)}.ok{color:#15803d}
.runinfo{display:flex;flex-wrap:wrap;gap:8px 28px;margin:0}.runinfo div{display:flex;gap:8px}
.runinfo dt{color:var(--muted)}.runinfo dd{margin:0;font-weight:600}
.stats{display:flex;gap:12px;margin-top:12px;flex-wrap:wrap}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 16px;min-width:110px}
.stat strong{display:block;font-size:20px}.stat span{color:var(--muted);font-size:13px}
.tablewrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{padding:7px 12px;text-align:left;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:last-child td{border-bottom:0}
th{background:#f3f4f6;font-weight:600;white-space:nowrap;position:relative}
table.sortable th{cursor:pointer;user-select:none;padding-right:22px}
table.sortable th::after{content:"\\2195";position:absolute;right:8px;color:#9ca3af;font-size:12px}
table.sortable th[aria-sort=ascending]::after{content:"\\25B2";color:var(--ink)}
table.sortable th[aria-sort=descending]::after{content:"\\25BC";color:var(--ink)}
td.nowrap{white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.sources a{margin-right:6px;font-size:13px;white-space:nowrap}
tr.conflict-row td{background:#fff7ed}
.badge{display:inline-block;font-size:11px;font-weight:600;padding:1px 7px;border-radius:10px;background:#e5e7eb;vertical-align:1px}
.badge.warn{background:#fee2e2;color:#991b1b}
.disputed{color:#991b1b;font-weight:600}
.medal-dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;vertical-align:0}
.medal-dot.medal-gold{background:#e3b008}.medal-dot.medal-silver{background:#a3a9b3}.medal-dot.medal-bronze{background:#b7793e}
.conflicts{display:grid;gap:12px}
.conflict{background:var(--card);border:1px solid #fecaca;border-left:4px solid #dc2626;border-radius:8px;padding:10px 14px}
.conflict h3{margin-bottom:6px}
table.plain th{background:none;color:var(--muted);font-weight:500;padding:4px 12px 4px 0}
table.plain td{padding:4px 12px 4px 0}td.cval{font-weight:600;white-space:nowrap}
.chip{padding:1px 6px;border-radius:4px}
.legend{position:sticky;top:50px;z-index:4;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px;display:flex;flex-wrap:wrap;gap:8px;align-items:center;font-size:13px;margin-bottom:14px;box-shadow:0 1px 3px rgba(0,0,0,.05)}
.legend-title{font-weight:600;margin-right:4px}.legend .hint{color:var(--muted);margin-left:auto}
.legend .hl{cursor:pointer}.legend .hl.off{opacity:.35;text-decoration:line-through}
.doc{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 22px;margin-bottom:18px}
.doc header{display:flex;gap:14px;align-items:baseline;flex-wrap:wrap;border-bottom:1px solid var(--line);padding-bottom:8px;margin-bottom:10px}
.doc .counts{margin-left:auto;font-size:13px}
.text{white-space:pre-wrap;font-family:Georgia,"Times New Roman","DejaVu Serif",serif;font-size:16px;line-height:1.75;max-width:76ch}
.hdr{color:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
.hl{border-radius:3px;padding:1px 2px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.ent-PER{background:#cfe3ff}.ent-ORG{background:#d9f2d0}.ent-LOC{background:#ffe2c4}.ent-EVENT{background:#e8dcff}.ent-MISC{background:#e6e6e6}
.hl.time{background:#d5f2ef;border-bottom:2px solid #0b7a75;font-weight:600}
.hl.date{background:#fbe3f3;border-bottom:2px solid #b03a8c}
.hl.age{background:#eceff1;border-bottom:2px solid #5d6d7e}
.hl.event{border-bottom:2px solid #2e6fd1}
.hl.record{background:#fde2e0;border-bottom:2px solid #c0392b}
.hl.medal{background:#fff3c4;border-bottom:2px solid #d4a017;padding:2px 3px}
.hl.medal.medal-silver{background:#eef0f3;border-bottom-color:#8a929c}.hl.medal.medal-bronze{background:#f6e4d3;border-bottom-color:#a0622d}
.hl.in-conflict{outline:2px solid #dc2626;outline-offset:1px}
.ev-miss,.ev-miss-key{outline:2px dashed #dc2626;outline-offset:1px;border-radius:3px}
.ev-fh,.ev-fh-key{color:#b91c1c;text-decoration:line-through;text-decoration-color:#dc2626;text-decoration-thickness:2px;background:#fee2e2}
.text .hl:target,.text .ev:target{box-shadow:0 0 0 3px #f59e0b;animation:flash 1.6s ease-out}
@keyframes flash{from{box-shadow:0 0 0 6px #f59e0b}}
body.hide-PER .text .ent-PER,body.hide-ORG .text .ent-ORG,body.hide-LOC .text .ent-LOC,body.hide-EVENT .text .ent-EVENT,body.hide-MISC .text .ent-MISC,
body.hide-medal .text .medal,body.hide-time .text .time,body.hide-date .text .date,body.hide-record .text .record,body.hide-age .text .age,body.hide-event .text .event
{background:none;border-bottom-color:transparent;font-weight:inherit}
.warnings{color:#92400e;font-size:13px}
.unplaced{font-size:13px;margin-top:10px}.unplaced li span{padding:0 4px}
.docno{background:#111827;color:#fff;font-weight:700;font-size:12px;border-radius:4px;padding:1px 7px}
a.src{display:inline-block;margin:1px 6px 1px 0;padding:0 6px;border:1px solid var(--line);border-radius:4px;background:#fafafa;font-size:12.5px;white-space:nowrap}
a.src strong{color:var(--ink)}
a.doc-ref{font-weight:600;margin-right:6px}
.barwrap{display:inline-block;width:70px;height:6px;background:#eef2f7;border-radius:3px;margin-right:8px;vertical-align:middle;overflow:hidden}
.barwrap i{display:block;height:100%;background:#60a5fa}
details.more{margin-top:8px;font-size:14px}details.more summary{cursor:pointer;color:var(--accent)}
.toc{columns:2;font-size:14px;margin:0;padding-left:18px}
footer{color:var(--muted);font-size:12px;text-align:center;padding:24px}
"""

JS = """
(function(){
  function key(td, type){
    var v = td.hasAttribute('data-sort') ? td.getAttribute('data-sort') : td.textContent.trim();
    if (type === 'num') { var f = parseFloat(v); return isNaN(f) ? Infinity : f; }
    return v.toLocaleLowerCase();
  }
  function sortBy(table, col, th){
    var tbody = table.tBodies[0], type = th.getAttribute('data-type') || 'text';
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.sort(function(a, b){
      var x = key(a.cells[col], type), y = key(b.cells[col], type);
      var c = (x < y) ? -1 : (x > y) ? 1 : 0;
      return asc ? c : -c;
    });
    rows.forEach(function(r){ tbody.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function(h){ h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
  }
  document.querySelectorAll('table.sortable').forEach(function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function(th, i){
      th.addEventListener('click', function(){ sortBy(table, i, th); });
    });
    table.setAttribute('data-sortable', 'ready');
  });
  document.querySelectorAll('.legend .hl').forEach(function(item){
    var cls = item.className.split(/\\s+/).filter(function(c){ return /^(ent-|time$|date$|age$|event$|record$|medal$)/.test(c); })[0];
    if (!cls) return;
    var name = cls.replace(/^ent-/, '');
    item.title = 'click to show or hide ' + item.textContent.toLowerCase() + ' highlights';
    item.addEventListener('click', function(){
      document.body.classList.toggle('hide-' + name);
      item.classList.toggle('off');
    });
  });
  // ?sort=<table id>:<column>[:desc] sorts on load (used by the browser test)
  var m = /[?&]sort=([\\w-]+):(\\d+)(:desc)?/.exec(window.location.search);
  if (m) {
    var t = document.getElementById(m[1]);
    if (t && t.tHead) {
      var th = t.tHead.rows[0].cells[+m[2]];
      if (th) { sortBy(t, +m[2], th); if (m[3]) sortBy(t, +m[2], th); }
    }
  }
  document.body.setAttribute('data-report-ready', '1');
})();
"""


def render_report(
    extractions: Sequence[Extraction],
    reconciliation: Any = None,
    evaluation: Any = None,
    run_info: Mapping[str, str] = {},
) -> str:
    """The review page as one self-contained HTML document (a str)."""
    return "".join(report_chunks(extractions, reconciliation, evaluation, run_info))


def write_report(
    path: Any,
    extractions: Sequence[Extraction],
    reconciliation: Any = None,
    evaluation: Any = None,
    run_info: Mapping[str, str] = {},
    files: Any = None,
) -> None:
    """`render_report` written to `path` atomically, a piece at a time (an article, a few hundred
    table rows): the page of a large run is never held in memory whole (same bytes as
    render_report). With `files` (an export.StagedFiles), it replaces the old page together
    with the rest of the run's files."""
    from .export import write_text_chunks

    chunks = report_chunks(extractions, reconciliation, evaluation, run_info)
    if files is None:
        write_text_chunks(path, chunks)
    else:
        files.write_chunks(path, chunks)


def _span_keys(sources: Iterable[str]) -> Iterator[Tuple[str, int, int]]:
    """(doc, start, end) of each source that is a span ('doc:start-end')."""
    for source in sources:
        m = _SOURCE_RE.match(source)
        if m:
            yield m.group("doc"), int(m.group("start")), int(m.group("end"))


def _source_keys(results: Any, conflicts: Optional[Dict[tuple, List[Any]]]) -> Optional[set]:
    """(doc_id, start, end) of every span the results and conflicts link to, or None when that
    cannot be known up front (a conflict row without sources is linked through its records)."""
    keys: set = set()
    for r in _rows(results, ("sources", "documents")) or ():
        keys.update(_span_keys(_split(_get(r, "sources")) or _split(_get(r, "documents"))))
    for rows in (conflicts or {}).values():
        for r in rows:
            sources = _split(_get(r, "sources"))
            if not sources:
                return None
            keys.update(_span_keys(sources))
    return keys


def _entity_ids(mentions: Any, docs: set) -> Dict[str, Dict[Tuple[int, int], str]]:
    """Entity ids of the reconciliation's mentions in `docs`, by article and (start, end): the
    fallback for mentions that carry none themselves, so only those articles' rows are kept."""
    entity_of: Dict[str, Dict[Tuple[int, int], str]] = defaultdict(dict)
    columns = _columns(mentions)
    if not docs or (columns is not None and not set(MENTION_FIELDS) <= columns):
        return entity_of
    for r in _rows(mentions, MENTION_FIELDS) or ():
        try:
            doc = _text(_get(r, "doc_id"))
            if doc in docs:
                entity_of[doc][(int(_get(r, "start")), int(_get(r, "end")))] = _text(_get(r, "entity_id"))
        except (TypeError, ValueError):
            continue
    return entity_of


def _page_index(extractions: Sequence[Extraction], entity_of: Mapping[str, Mapping[Tuple[int, int], str]],
                wanted: Optional[set]) -> Tuple[_Index, Dict[str, Extraction]]:
    """The page's anchors, and the first extraction of each doc_id (the one its links go to).
    Spans get an anchor only when something links to them (`wanted`; every span when None),
    preferring the fact kinds that results and conflicts point at."""
    idx = _Index()
    by_doc: Dict[str, Extraction] = {}
    used = set()
    for n, ex in enumerate(extractions):
        anchor = "doc-" + _slug(ex.article.doc_id)
        if anchor in used:
            anchor = f"{anchor}-{n}"
        used.add(anchor)
        idx.doc_anchor.setdefault(ex.article.doc_id, anchor)
        idx.doc_no.setdefault(ex.article.doc_id, f"A{len(idx.doc_no) + 1}")
        by_doc.setdefault(ex.article.doc_id, ex)
    for ex in extractions:
        d = ex.article.doc_id
        if by_doc[d] is not ex:
            continue
        anchor = idx.doc_anchor[d]
        for kind, items in (("ent", ex.mentions), ("event", ex.events), ("age", ex.ages), ("date", ex.dates),
                            ("record", ex.records), ("medal", ex.medals), ("time", ex.times)):
            for it in items:
                key = (d, it.start, it.end)
                if wanted is None or key in wanted:
                    span = _span_id(anchor, kind, it.start, it.end)
                    idx.spans[key] = span
                    idx.span_text[span] = it.text
        ids = entity_of.get(d, _NO_IDS)
        for m in sorted(ex.mentions, key=lambda m: m.start):
            eid = m.entity_id or ids.get((m.start, m.end), "")
            if eid:
                idx.entity_first.setdefault((eid, d), m)
    return idx, by_doc


def _conflict_spans(conflicts: Optional[Dict[tuple, List[Any]]], idx: _Index) -> set:
    """Anchors of the spans that give a disputed value (marked in the article texts)."""
    sources = (s for rows in (conflicts or {}).values() for r in rows for s in _split(_get(r, "sources")))
    return {idx.spans[key] for key in _span_keys(sources) if key in idx.spans}


def report_chunks(
    extractions: Sequence[Extraction],
    reconciliation: Any = None,
    evaluation: Any = None,
    run_info: Mapping[str, str] = {},
) -> Iterator[str]:
    """The review page in pieces: the page head and tables (a few hundred rows a piece), then
    one piece per article, then the entities.

    `extractions` is read twice (an index of anchors first, then the articles), so a list is
    best; only what the page links to is indexed, not every span of the run. The
    reconciliation's tables are read a row at a time; only the conflicts are held (grouped)
    until the conflicts section is written.
    """
    if not isinstance(extractions, Sequence):
        extractions = list(extractions)
    lacking = {ex.article.doc_id for ex in extractions if any(not m.entity_id for m in ex.mentions)}
    entity_of = _entity_ids(getattr(reconciliation, "mentions", None), lacking)
    conflicts = _conflict_groups(getattr(reconciliation, "conflicts", None))
    idx, by_doc = _page_index(extractions, entity_of, _source_keys(getattr(reconciliation, "results", None), conflicts))
    conflict_spans = _conflict_spans(conflicts, idx)
    errors = list(_rows(getattr(evaluation, "errors", None), ERROR_FIELDS) or ())
    errors_of = _errors_by_doc(errors)

    scores = _scores_html(evaluation, errors)
    n_conf = len(conflicts or ())  # disputed attributes, not value rows
    nav = [("run-info", "Run"), ("results", "Results"), ("conflicts", f"Conflicts ({n_conf})" if n_conf else "Conflicts"),
           ("articles", "Articles"), ("entities", "Entities")]
    if scores:
        nav.insert(1, ("scores", "Evaluation"))
    nav_html = "".join(f'<a href="#{a}">{_e(t)}</a>' for a, t in nav)
    title = "Extraction review"
    yield f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{_e(title)}</title><style>{CSS}</style></head>
<body>
<div class="top"><h1>{_e(title)}</h1><nav>{nav_html}</nav></div>
<main>
<section><h2>Run</h2>{_run_info_html(run_info, extractions)}</section>
{scores}
<section id="results"><h2>Results</h2><p class="muted">One row per athlete, event, competition and date, merged over articles. Click a column header to sort; sources link to the spans.</p>"""
    yield from _results_chunks(reconciliation, idx)
    yield """</section>
<section id="conflicts"><h2>Conflicts</h2>"""
    yield from _conflicts_chunks(conflicts, _columns(getattr(reconciliation, "conflicts", None)), idx, by_doc)
    conflicts = None  # its section is written: the articles need only `conflict_spans`
    yield """</section>
<section id="articles"><h2>Articles</h2><ul class="toc">"""
    yield from _pieces(_toc_item(ex, idx) for ex in extractions if by_doc[ex.article.doc_id] is ex)
    yield f"""</ul>
{_legend_html()}
"""
    for n, ex in enumerate(extractions):
        d = ex.article.doc_id
        yield _article_html(ex, idx.doc_anchor[d] if by_doc[d] is ex else f"doc-{_slug(d)}-{n}",
                            entity_of.get(d, _NO_IDS), errors_of.get(d, ()), conflict_spans, idx.short(d))
    yield """</section>
<section id="entities"><h2>Entities</h2><p class="muted">Cross-document identities with their aliases; article links go to the first mention.</p>"""
    yield from _entities_chunks(reconciliation, idx)
    yield f"""</section>
</main>
<footer>Generated by the nlie pipeline · self-contained page, no network access</footer>
<script>{JS}</script>
</body></html>
"""
