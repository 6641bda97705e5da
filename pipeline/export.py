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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Sequence

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
    Column("date", "string", "Race day YYYY-MM-DD when the sentence states it, else ''."),
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
        Column("canonical", "string", "Fullest form of the name in the same article (Leerdam -> Jutta Leerdam)."),
        Column("entity_id", "string", "Cross-document entity (see entities.csv)."),
    ),
    "events": _SPAN + (
        Column("event", "string", "Normalized event, as in times.csv."),
        Column("meters", "Int64", "Distance in meters; empty for disciplines without one."),
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
        Column("date", "string", "Race day YYYY-MM-DD, '' when no source states it."),
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


def _records_frame(name: str, extractions: Sequence[Extraction]) -> pd.DataFrame:
    rows = []
    for ex in extractions:
        for record in getattr(ex, name):
            rows.append({"doc_id": ex.article.doc_id, **dataclasses.asdict(record)})
    return typed_frame(name, rows)


def typed_frame(name: str, rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    columns = TABLES[name]
    frame = pd.DataFrame(list(rows), columns=[c.name for c in columns])
    return frame.astype({c.name: c.dtype for c in columns})


def documents_frame(extractions: Sequence[Extraction]) -> pd.DataFrame:
    rows = [
        {
            "doc_id": a.doc_id,
            "path": a.path,
            "published": a.published.isoformat() if a.published else "",
            "n_chars": len(a.text),
            "status": a.status,
            "error": a.error,
            "language": a.language,
        }
        for a in (ex.article for ex in extractions)
    ]
    return typed_frame("documents", rows)


def extraction_frames(extractions: Sequence[Extraction]) -> Dict[str, pd.DataFrame]:
    frames = {"documents": documents_frame(extractions)}
    frames.update({name: _records_frame(name, extractions) for name in RECORD_TABLES})
    return frames


def extraction_json(extractions: Sequence[Extraction], run_info: Mapping[str, Any]) -> str:
    documents = []
    for ex in extractions:
        a = ex.article
        doc = {
            "doc_id": a.doc_id,
            "path": a.path,
            "published": a.published.isoformat() if a.published else None,
            "n_chars": len(a.text),
            "status": a.status,
            "error": a.error,
            "language": a.language,
        }
        for name in RECORD_TABLES:
            doc[name] = [dataclasses.asdict(r) for r in getattr(ex, name)]
        documents.append(doc)
    return json.dumps({"run": dict(run_info), "documents": documents}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


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


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and a rename.

    Readers see the old complete file or the new complete file, never part of one, even
    when the process is killed (kill -9) mid-write; a killed write leaves only a hidden
    `.<name>.*.tmp` file, removed by the next `write_outputs` (`remove_stale_temp_files`).
    The new file gets the mode of the file it replaces (mkstemp's 0600 would make outputs
    unreadable to other users), 0644 when there was none.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temp_files(out_dir: Path) -> list[Path]:
    """Delete temporary files a killed run left in `out_dir` (only atomic_write's own names)."""
    removed = []
    for tmp in Path(out_dir).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        if tmp.is_file():
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def frame_csv(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def write_outputs(
    out_dir: Path,
    extractions: Sequence[Extraction],
    run_info: Mapping[str, Any],
    extra_frames: Optional[Mapping[str, pd.DataFrame]] = None,
) -> list[Path]:
    """Write every table, extraction.json and schema.json; returns the paths written.

    Temporary files left by an earlier, killed run are removed first.
    """
    out_dir = Path(out_dir)
    if out_dir.is_dir():
        remove_stale_temp_files(out_dir)
    frames = extraction_frames(extractions)
    frames.update(extra_frames or {})
    written = []
    for name, frame in frames.items():
        path = out_dir / f"{name}.csv"
        atomic_write(path, frame_csv(frame))
        written.append(path)
    for name, text in (("extraction.json", extraction_json(extractions, run_info)), ("schema.json", schema_json())):
        atomic_write(out_dir / name, text)
        written.append(out_dir / name)
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
