"""Stage 6: export. Extractions (and the reconciliation) to CSV and JSON, written atomically.

The schema lives here as data (`TABLES`): the writer orders and types the columns
from it, `schema.json` is written from it with every run, docs/schema.md is
generated from it, and `read_table` uses it to load a table back with the right
dtypes. Every file is written to a temporary name in the same folder and renamed,
so an interrupted run leaves the previous complete file, never half of one.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any, BinaryIO, Callable, Dict, Iterable, Iterator, Mapping, Optional, Sequence

import pandas as pd

from .records import Extraction


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # pandas dtype name used by read_table
    description: str


_SPAN = (
    Column("doc_id", "string", "Document id: the file stem, or the batch row's id."),
    Column("start", "Int64", "Start offset (characters) into the article text as read, header included."),
    Column("end", "Int64", "End offset (exclusive); text == article[start:end]."),
    Column("text", "string", "The matched text."),
)
_FACT = (
    Column("athlete", "string", "Athlete (fullest name in the article) or team (country), '' if unknown."),
    Column("event", "string", "Normalized event: '<meters>m' (500m, 1000m) or a discipline (ploegachtervolging)."),
    Column("competition", "string", "Competition: the nearest its sentence names or implies ('WK' for 'wereldkampioen'), else the article's main one (Olympische Winterspelen); '' if none."),
    Column("date", "string", "Race day YYYY-MM-DD when the sentence states it; YYYY-MM or YYYY when the fact's clause states only the month or year; else ''."),
)

TABLES: Dict[str, tuple] = {
    "documents": (
        Column("doc_id", "string", "Document id."),
        Column("path", "string", "Input file (batch rows: file#line)."),
        Column("published", "string", "Publication date YYYY-MM-DD from the header, --date or the batch; '' if unknown."),
        Column("n_chars", "Int64", "Length of the article text in characters."),
        Column("status", "string", "ok, error or skipped."),
        Column("error", "string", "Why the article failed or was skipped; '' when ok."),
        Column("language", "string", "Detected language: nl, en, de, fr, es, other; und when too short to tell; '' when not read."),
    ),
    "mentions": _SPAN + (
        Column("label", "string", "PER, ORG, LOC, EVENT or MISC."),
        Column("canonical", "string", "Fullest form of the name in the same article (Leerdam -> Jutta Leerdam); for a country's code, the country (NED, Ned -> Nederland)."),
        Column("entity_id", "string", "Cross-document entity (see entities.csv)."),
    ),
    "events": _SPAN + (
        Column("event", "string", "Normalized event, as in times.csv."),
        Column("meters", "Int64", "Distance in meters; empty for disciplines without one."),
        Column("crew", "boolean", "True when the event is raced by a boat of more than one (K2 500m, 49erFX): its results are a team's."),
    ),
    "times": _SPAN + (Column("seconds", "float64", "Race time in seconds (1.12,59 -> 72.59)."),) + _FACT,
    "medals": _SPAN + (
        Column("medal", "string", "gold, silver or bronze."),
        Column("rank", "Int64", "Place (1-3) when the phrase gives one."),
    ) + _FACT[:1] + (Column("team", "boolean", "True for a team's medal."),) + _FACT[1:],
    "records": _SPAN + (
        Column("record", "string", "olympic, world, track, national, european, personal or championship."),
    ) + _FACT,
    "ages": _SPAN + (
        Column("years", "Int64", "Age in years."),
        Column("person", "string", "Whose age (fullest name in the article)."),
    ),
    "dates": _SPAN + (
        Column("value", "string", "YYYY-MM-DD (day, or the Monday of a week), YYYY-MM (month) or YYYY (year)."),
        Column("granularity", "string", "day, week, month or year."),
    ),
}

#: Cross-document tables, computed by pipeline.reconcile (their column order is defined there;
#: tests/test_export.py checks that these descriptions cover exactly those columns).
RECONCILED_TABLES: Dict[str, tuple] = {
    "entities": (
        Column("entity_id", "string", "Stable cross-document id: label, name slug and a hash of the cluster key."),
        Column("name", "string", "Canonical name: the fullest well-formed form."),
        Column("label", "string", "PER, ORG, LOC, EVENT or MISC, by majority over the cluster (PER wins ties)."),
        Column("aliases", "string", "Every surface form, '|'-joined, sorted."),
        Column("n_mentions", "int64", "Number of mentions in the run."),
        Column("documents", "string", "doc_ids, '|'-joined, sorted."),
    ),
    "results": (
        Column("entity_id", "string", "The athlete's or team's entity."),
        Column("athlete", "string", "Canonical name of the athlete or team."),
        Column("team", "boolean", "True for a team result."),
        Column("event", "string", "Normalized event (500m, ploegachtervolging)."),
        Column("competition", "string", "Competition as the sources name it most (the fullest name on ties); sources agree by family, so 'WK roeien' and 'WK' are one. '' when no source names one."),
        Column("date", "string", "Race day YYYY-MM-DD; YYYY-MM or YYYY when the sources state only the month or year; '' when none states it."),
        Column("medal", "string", "gold, silver or bronze; empty when none or when sources disagree."),
        Column("rank", "Int64", "Place; empty when unknown or disputed."),
        Column("seconds", "float64", "Time in seconds; empty when unknown or disputed."),
        Column("records", "string", "Record kinds set with this result, '|'-joined."),
        Column("conflict", "boolean", "True when sources disagree on an attribute (see conflicts.csv)."),
        Column("conflict_attributes", "string", "The disputed attributes, '|'-joined."),
        Column("seconds_values", "string", "Every time the sources give, '|'-joined."),
        Column("medal_values", "string", "Every medal the sources give, '|'-joined."),
        Column("rank_values", "string", "Every rank the sources give, '|'-joined."),
        Column("documents", "string", "Supporting doc_ids, '|'-joined."),
        Column("sources", "string", "Supporting spans as doc_id:start-end, '|'-joined."),
    ),
    "conflicts": (
        Column("entity_id", "string", "The athlete's or team's entity."),
        Column("athlete", "string", "Canonical name."),
        Column("event", "string", "Normalized event."),
        Column("competition", "string", "Competition."),
        Column("date", "string", "Race day, '' when unknown."),
        Column("attribute", "string", "seconds, medal or rank."),
        Column("value", "string", "One of the disagreeing values (one row per distinct value)."),
        Column("documents", "string", "doc_ids giving this value, '|'-joined."),
        Column("sources", "string", "Spans giving this value as doc_id:start-end, '|'-joined."),
    ),
}

#: Per-document record lists, in the order they appear in extraction.json.
RECORD_TABLES = ("mentions", "events", "times", "medals", "records", "ages", "dates")


@lru_cache(maxsize=None)
def _field_names(cls) -> tuple:
    return tuple(f.name for f in dataclasses.fields(cls))


def record_dict(record) -> Dict[str, Any]:
    """`dataclasses.asdict` for the flat records of pipeline.records, without its deep copy."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@lru_cache(maxsize=None)
def _column_values(name: str) -> Callable[[Any], tuple]:
    """A function giving a record's values in the column order of table `name` (after doc_id;
    the columns are the record's fields, tests/test_export.py checks it)."""
    return attrgetter(*(c.name for c in TABLES[name][1:]))


def _record_rows(name: str, extractions: Iterable[Extraction]) -> Iterator[tuple]:
    """The rows of record table `name`, as tuples in its column order (TABLES)."""
    values = _column_values(name)
    for ex in extractions:
        doc_id = ex.article.doc_id
        for record in getattr(ex, name):
            yield (doc_id, *values(record))


def _document_rows(extractions: Iterable[Extraction]) -> Iterator[tuple]:
    """The rows of documents.csv, as tuples in its column order (TABLES)."""
    for ex in extractions:
        a = ex.article
        yield (a.doc_id, a.path, a.published.isoformat() if a.published else "", len(a.text), a.status, a.error,
               a.language)


def _records_frame(name: str, extractions: Sequence[Extraction]) -> pd.DataFrame:
    return typed_frame(name, list(_record_rows(name, extractions)))


def typed_frame(name: str, rows: Sequence[Sequence[Any]]) -> pd.DataFrame:
    """Table `name` from rows of values in its column order, with the dtypes of its schema."""
    columns = TABLES[name]
    frame = pd.DataFrame(list(rows), columns=[c.name for c in columns])
    return frame.astype({c.name: c.dtype for c in columns})


def documents_frame(extractions: Sequence[Extraction]) -> pd.DataFrame:
    return typed_frame("documents", list(_document_rows(extractions)))


def extraction_frames(extractions: Sequence[Extraction]) -> Dict[str, pd.DataFrame]:
    frames = {"documents": documents_frame(extractions)}
    frames.update({name: _records_frame(name, extractions) for name in RECORD_TABLES})
    return frames


def extraction_json(extractions: Sequence[Extraction], run_info: Mapping[str, Any]) -> str:
    """extraction.json as one string (`write_extraction_json` writes the same bytes to a file
    one document at a time)."""
    return "".join(extraction_json_chunks(extractions, run_info))


def _document_json_dict(ex: Extraction) -> Dict[str, Any]:
    doc = _article_json_dict(ex)
    for name in RECORD_TABLES:
        doc[name] = [record_dict(r) for r in getattr(ex, name)]
    return doc


def _article_json_dict(ex: Extraction) -> Dict[str, Any]:
    """The article's own fields of a document of extraction.json (its records come after)."""
    a = ex.article
    return {
        "doc_id": a.doc_id,
        "path": a.path,
        "published": a.published.isoformat() if a.published else None,
        "n_chars": len(a.text),
        "status": a.status,
        "error": a.error,
        "language": a.language,
    }


def _dumps(value: Any, level: int) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)` as it appears nested
    `level` deep in a larger document dumped with those settings (JSON strings hold no raw
    newline, so re-indenting every line is exact)."""
    text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return text.replace("\n", "\n" + " " * level) if level else text


_encode_str = json.encoder.encode_basestring  # the C version when available, as json.dumps(ensure_ascii=False)


def _scalar_json(value: Any) -> Optional[str]:
    """JSON of a scalar exactly as json.dumps writes it; None for anything else."""
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    return None


@lru_cache(maxsize=None)
def _record_layout(cls, level: int) -> tuple:
    """(field name, line prefix) of a record class's keys in sorted order, for a record dict
    nested `level` deep, and the closing line."""
    pad = "\n" + " " * (level + 1)
    keys = sorted(_field_names(cls))
    return tuple((k, pad + _encode_str(k) + ": ") for k in keys), "\n" + " " * level + "}"


def _record_json(record, level: int) -> str:
    """One record as json.dumps(record_dict(record), ensure_ascii=False, indent=1, sort_keys=True)
    writes it `level` deep, built directly (the json module's pure-Python indenting encoder
    was most of the export time)."""
    fields, close = _record_layout(type(record), level)
    parts = []
    for name, prefix in fields:
        value = getattr(record, name)
        text = _scalar_json(value)
        if text is None:  # not a plain scalar: let json do it
            return _dumps(record_dict(record), level)
        parts.append(prefix + text)
    if not parts:
        return "{}"
    return "{" + ",".join(parts) + close


def _document_json(ex: Extraction, level: int) -> str:
    """One document of extraction.json, `level` deep: the same bytes as json.dumps of
    `_document_json_dict(ex)` nested there."""
    doc = _article_json_dict(ex)  # (the records are written from `ex` itself, not as dicts)
    pad = "\n" + " " * (level + 1)
    parts = []
    for key in sorted([*doc, *RECORD_TABLES]):
        if key in RECORD_TABLES:
            records = getattr(ex, key)
            if not records:
                text = "[]"
            else:
                item_pad = "\n" + " " * (level + 2)
                text = "[" + ",".join(item_pad + _record_json(r, level + 2) for r in records) + pad + "]"
        else:
            value = doc[key]
            text = _scalar_json(value)
            if text is None:
                text = _dumps(value, level + 1)
        parts.append(pad + _encode_str(key) + ": " + text)
    return "{" + ",".join(parts) + "\n" + " " * level + "}"


def extraction_json_chunks(extractions: Iterable[Extraction], run_info: Mapping[str, Any]) -> Iterator[str]:
    """extraction.json in pieces, one per document: the bytes of
    ``json.dumps({"run": run_info, "documents": [...]}, ensure_ascii=False, indent=1, sort_keys=True)``
    plus a newline, without holding the whole document list or string."""
    yield '{\n "documents": ['
    first = True
    for ex in extractions:
        yield ("\n  " if first else ",\n  ") + _document_json(ex, 2)
        first = False
    yield "]" if first else "\n ]"
    yield ',\n "run": ' + _dumps(dict(run_info), 1) + "\n}\n"


def schema_json() -> str:
    tables = {**TABLES, **RECONCILED_TABLES}
    schema = {name: [dataclasses.asdict(c) for c in cols] for name, cols in tables.items()}
    return json.dumps(schema, ensure_ascii=False, indent=1) + "\n"


def schema_markdown() -> str:
    """The schema document (docs/schema.md) generated from TABLES."""
    lines = [
        "# Output schema",
        "",
        "Generated from `pipeline/export.py` (`TABLES`, `RECONCILED_TABLES`) by",
        "`python -m pipeline.export`; do not edit by hand. Every run also writes it as `schema.json`.",
        "",
        "Every per-document table has `doc_id`, `start`, `end` and `text`: `start`/`end` are",
        "character offsets into the article exactly as read (date header included).",
        "",
    ]
    lines += [
        "Load a table with its types: `pipeline.export.read_table('outputs/times.csv')`",
        "(plain `pandas.read_csv` works too; pass `dtype=str` for `dates.csv`'s `value`).",
        "",
    ]
    tables = {**TABLES, **RECONCILED_TABLES}
    for name, columns in tables.items():
        lines += [f"## {name}.csv", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.dtype} | {c.description} |" for c in columns]
        lines.append("")
    return "\n".join(lines)


#: Temporary files of atomic_write: hidden, never named like a table (`.times.csv.k3j2.tmp`).
TEMP_PREFIX, TEMP_SUFFIX = ".", ".tmp"


class StagedFiles:
    """Files written in full under hidden temporary names, then renamed into place together.

    Readers see the old complete file or the new complete file, never part of one, even when
    the process is killed (kill -9) mid-write; a killed write leaves only hidden
    `.<name>.*.tmp` files, removed by the next `write_outputs` (`remove_stale_temp_files`).
    Files staged together are renamed only once every one of them is complete, so a run that
    fails or is killed while writing leaves the previous run's set untouched rather than a mix
    of old and new tables. A new file gets the mode of the file it replaces (mkstemp's 0600
    would make outputs unreadable to other users), 0644 when there was none.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, Path, int]] = []  # (temporary file, target, mode)

    @contextmanager
    def open(self, path: Path) -> Iterator[BinaryIO]:
        """A binary handle on a new temporary file next to `path`, fsynced and staged for the
        rename when the block ends without an error, removed when it raises."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
        fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._pending.append((tmp, path, mode))

    def write(self, path: Path, data: str | bytes) -> None:
        with self.open(path) as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)

    def write_chunks(self, path: Path, chunks: Iterable[str], buffer_chars: int = 1 << 20) -> None:
        """The concatenation of `chunks`, written about `buffer_chars` at a time."""
        with self.open(path) as handle:
            pending: list[str] = []
            size = 0
            for chunk in chunks:
                pending.append(chunk)
                size += len(chunk)
                if size >= buffer_chars:
                    handle.write("".join(pending).encode("utf-8"))
                    pending, size = [], 0
            if pending or size == 0:
                handle.write("".join(pending).encode("utf-8"))

    def commit(self) -> None:
        pending, self._pending = self._pending, []
        try:
            for i, (tmp, path, mode) in enumerate(pending):
                os.chmod(tmp, mode)
                os.replace(tmp, path)
        except BaseException:
            self._pending = pending[i:]
            self.discard()
            raise

    def discard(self) -> None:
        for tmp, _, _ in self._pending:
            Path(tmp).unlink(missing_ok=True)
        self._pending = []


@contextmanager
def staged_files() -> Iterator[StagedFiles]:
    """StagedFiles committed when the block ends without an error, discarded when it raises."""
    files = StagedFiles()
    try:
        yield files
    except BaseException:
        files.discard()
        raise
    files.commit()


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and a rename."""
    with staged_files() as files:
        files.write(path, data)


def write_text_chunks(path: Path, chunks: Iterable[str], buffer_chars: int = 1 << 20) -> None:
    """Write the concatenation of `chunks` to `path` atomically, about `buffer_chars` at a time."""
    with staged_files() as files:
        files.write_chunks(path, chunks, buffer_chars)


def remove_stale_temp_files(out_dir: Path) -> list[Path]:
    """Delete temporary files a killed run left in `out_dir` (only atomic_write's own names)."""
    removed = []
    for tmp in Path(out_dir).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        if tmp.is_file():
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def frame_csv(frame: pd.DataFrame, header: bool = True) -> str:
    return frame.to_csv(index=False, lineterminator="\n", header=header)


#: Rows per piece when a table is streamed to its CSV file (pandas formats every value on its
#: own, so the pieces concatenate to exactly the CSV of the whole table).
CSV_CHUNK_ROWS = 20_000


def table_csv_chunks(name: str, rows: Iterable[Sequence[Any]], chunk_rows: int = CSV_CHUNK_ROWS) -> Iterator[str]:
    """The CSV of `typed_frame(name, rows)`, in pieces of at most `chunk_rows` rows."""
    header = True
    pending: list = []
    for row in rows:
        pending.append(row)
        if len(pending) >= chunk_rows:
            yield frame_csv(typed_frame(name, pending), header)
            header, pending = False, []
    if pending or header:
        yield frame_csv(typed_frame(name, pending), header)


def write_outputs(
    out_dir: Path,
    extractions: Sequence[Extraction],
    run_info: Mapping[str, Any],
    extra_frames: Optional[Mapping[str, pd.DataFrame]] = None,
    files: Optional[StagedFiles] = None,
) -> list[Path]:
    """Write every table, extraction.json and schema.json; returns the paths written.

    Each file is streamed from `extractions` (any re-iterable: it is read once per file), so
    no table or JSON document of the whole run is held in memory. The files replace the old
    ones together once all are written (or with the rest of `files`, when given). Temporary
    files left by an earlier, killed run are removed first.
    """
    out_dir = Path(out_dir)
    if files is None:
        with staged_files() as files:
            return write_outputs(out_dir, extractions, run_info, extra_frames, files)
    if out_dir.is_dir():
        remove_stale_temp_files(out_dir)
    written = []
    streamed = {"documents": lambda: _document_rows(extractions)}
    streamed.update({name: (lambda name=name: _record_rows(name, extractions)) for name in RECORD_TABLES})
    extra = dict(extra_frames or {})
    for name in [*streamed, *(n for n in extra if n not in streamed)]:
        path = out_dir / f"{name}.csv"
        if name in extra:
            files.write(path, frame_csv(extra[name]))
        else:
            files.write_chunks(path, table_csv_chunks(name, streamed[name]()))
        written.append(path)
    files.write_chunks(out_dir / "extraction.json", extraction_json_chunks(extractions, run_info))
    written.append(out_dir / "extraction.json")
    files.write(out_dir / "schema.json", schema_json())
    written.append(out_dir / "schema.json")
    return written


def read_table(path: str | Path) -> pd.DataFrame:
    """Load an output table with the dtypes of its schema."""
    path = Path(path)
    columns = TABLES.get(path.stem) or RECONCILED_TABLES.get(path.stem)
    if columns is None:
        return pd.read_csv(path, keep_default_na=False)
    dtypes = {c.name: c.dtype for c in columns}
    text_cols = {c.name: str for c in columns if c.dtype == "string"}
    frame = pd.read_csv(path, dtype=text_cols, keep_default_na=False, na_values={k: [""] for k in dtypes if k not in text_cols})
    return frame.astype(dtypes)


if __name__ == "__main__":
    from .config import PROJECT_DIR

    atomic_write(PROJECT_DIR / "docs" / "schema.md", schema_markdown())
