"""Stage 1: ingest. Files, folders and JSONL/CSV batches in; `Article` records out.

Nothing is ever dropped: an input that cannot be read becomes an `Article` with
status `error` or `skipped` and a reason a person understands, so it still gets
its row in documents.csv. Offsets downstream point into `Article.text`, which is
the decoded file content with the date header still in it.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .records import STATUS_ERROR, STATUS_OK, STATUS_SKIPPED, Article

#: The seed format: the file opens with " date YYYY-MM-DD " and the text follows on that line.
HEADER_RE = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]?")
ISO_DATE_RE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
TEXT_SUFFIXES = {".txt", ".text", ""}
BATCH_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
BATCH_COLUMNS = ("id", "date", "text")
#: Larger inputs are almost certainly not news articles; they are skipped, not loaded.
MAX_BYTES = 20 * 1024 * 1024
_TAG_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[A-Za-z/!][^<>]*>", re.S | re.I)


class InputError(Exception):
    """A user mistake in naming inputs (missing path, bad --date): reported without a traceback."""


def parse_iso_date(value: str) -> date:
    """`YYYY-MM-DD` -> date, with a message that says what was wrong."""
    value = value.strip()
    if not ISO_DATE_RE.match(value):
        raise ValueError(f"date {value!r} is not of the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"date {value!r} does not exist in the calendar") from None


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (BOM removed) first, else Windows-1252, which also covers Latin-1.

    Dutch text in cp1252 is never valid UTF-8 once it holds an accented letter,
    so this order never turns 'ë' into mojibake.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.05


def strip_html(text: str) -> str:
    """Remove tags and decode entities, keeping every other character where it was.

    Tags are replaced by spaces of equal length so offsets into the cleaned text still
    point at the same characters of the text as read; an entity such as `&euml;`
    becomes its character plus padding for the same reason.
    """
    if "<" not in text and "&" not in text:
        return text
    text = _TAG_RE.sub(lambda m: " " * len(m.group(0)), text)

    def unescape(m: re.Match) -> str:
        char = html.unescape(m.group(0))
        return char + " " * (len(m.group(0)) - len(char))

    return re.sub(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", unescape, text)


def from_text(doc_id: str, text: str, path: str = "", default_date: Optional[date] = None) -> Article:
    """Build an Article from decoded text, reading the seed-format date header if present."""
    text = strip_html(text)
    header = HEADER_RE.match(text)
    published, body_start, error = default_date, 0, ""
    if header:
        body_start = header.end()
        try:
            published = parse_iso_date(header.group(1))
        except ValueError as exc:
            published, error = default_date, f"bad date header: {exc}"
    article = Article(doc_id=doc_id, text=text, published=published, path=path, body_start=body_start)
    if not article.body.strip():
        return replace(article, status=STATUS_SKIPPED, error="empty article: no text after the header")
    if error:
        return replace(article, status=STATUS_ERROR, error=error)
    return article


def read_file(path: Path, doc_id: Optional[str] = None, default_date: Optional[date] = None) -> Article:
    """One text file -> one Article (never raises for a bad file)."""
    doc_id = doc_id or path.stem
    try:
        if path.stat().st_size > MAX_BYTES:
            return _failed(doc_id, path, STATUS_SKIPPED, f"file is larger than {MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    except PermissionError:
        return _failed(doc_id, path, STATUS_ERROR, "permission denied")
    except OSError as exc:
        return _failed(doc_id, path, STATUS_ERROR, f"cannot read file: {exc.strerror or exc}")
    if looks_binary(data):
        return _failed(doc_id, path, STATUS_SKIPPED, "binary file, not text")
    return from_text(doc_id, decode(data), str(path), default_date)


def read_batch(path: Path, default_date: Optional[date] = None) -> Iterator[Article]:
    """A JSONL or CSV batch with columns id, date, text: one Article per row.

    A bad row becomes an error Article for that row; the rest of the batch goes on.
    """
    try:
        raw = decode(path.read_bytes())
    except OSError as exc:
        yield _failed(path.stem, path, STATUS_ERROR, f"cannot read batch: {exc.strerror or exc}")
        return
    rows = _jsonl_rows(raw) if path.suffix.lower() in {".jsonl", ".ndjson"} else _csv_rows(raw)
    for line_no, row, problem in rows:
        fallback_id = f"{path.stem}-{line_no}"
        if problem:
            yield _failed(fallback_id, path, STATUS_ERROR, f"line {line_no}: {problem}")
            continue
        missing = [c for c in ("id", "text") if not str(row.get(c) or "").strip()]
        doc_id = safe_doc_id(str(row.get("id") or "")) or fallback_id
        if missing:
            yield _failed(doc_id, path, STATUS_ERROR, f"line {line_no}: missing {', '.join(missing)}")
            continue
        published, error = default_date, ""
        if str(row.get("date") or "").strip():
            try:
                published = parse_iso_date(str(row["date"]))
            except ValueError as exc:
                error = f"line {line_no}: {exc}"
        article = from_text(doc_id, str(row["text"]), f"{path}#{line_no}", published)
        yield replace(article, status=STATUS_ERROR, error=error) if error and article.ok else article


def _jsonl_rows(raw: str):
    for line_no, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield line_no, {}, f"not valid JSON ({exc.msg})"
            continue
        yield (line_no, row, "") if isinstance(row, dict) else (line_no, {}, "not a JSON object")


def _csv_rows(raw: str):
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    absent = [c for c in BATCH_COLUMNS if c not in (reader.fieldnames or [])]
    if "id" in absent or "text" in absent:
        yield 1, {}, f"CSV batch lacks the column(s) {', '.join(absent)} (needs {', '.join(BATCH_COLUMNS)})"
        return
    for row in reader:
        if None in row:  # more fields than the header has
            yield reader.line_num, {}, "row has more fields than the header"
            continue
        yield reader.line_num, row, ""


def safe_doc_id(raw: str) -> str:
    """A doc_id safe to use in file names: batch ids can come from anywhere."""
    return re.sub(r"[^\w.-]+", "_", raw.strip())[:200].lstrip(".")


def _failed(doc_id: str, path: Path, status: str, error: str) -> Article:
    return Article(doc_id=doc_id, text="", path=str(path), status=status, error=error)


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into input files, in a stable (sorted) order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)):
                if child.suffix.lower() in TEXT_SUFFIXES | BATCH_SUFFIXES:
                    yield child
        elif path.exists():
            yield path
        else:
            raise InputError(f"input not found: {path}")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_articles(paths: Iterable[str | Path], default_date: Optional[date] = None) -> Iterator[Article]:
    """All articles under `paths`; doc_ids are made unique by suffixing repeats."""
    seen: dict[str, int] = {}
    for path in iter_inputs(paths):
        batch = path.suffix.lower() in BATCH_SUFFIXES
        for article in read_batch(path, default_date) if batch else [read_file(path, default_date=default_date)]:
            count = seen.get(article.doc_id, 0)
            seen[article.doc_id] = count + 1
            yield replace(article, doc_id=f"{article.doc_id}~{count + 1}") if count else article


__all__ = [
    "InputError",
    "STATUS_OK",
    "decode",
    "from_text",
    "iter_inputs",
    "parse_iso_date",
    "read_articles",
    "read_batch",
    "read_file",
]
