"""Stage 1: ingest. Files, folders and JSONL/CSV batches in; `Article` records out.

Nothing is ever dropped: an input that cannot be read becomes an `Article` with
status `error` or `skipped` and a reason a person understands, so it still gets
its row in documents.csv. Offsets downstream point into `Article.text`, which is
the decoded file content with the date header still in it, line ends normalized to
"\n" and HTML tags blanked / entities decoded (see `strip_html`).

What happens to awkward inputs (tests/test_ingest.py shows each):

* error (the run exits 1): unreadable file (permission denied, broken symlink), a date
  header that is malformed or not in the calendar (`date 2026-02-30`), a batch row that
  is not valid JSON / lacks `id` or `text` / has a bad date;
* skipped (not a failure): an empty or whitespace-only file, a binary file, a file in a
  folder whose suffix is not an article format, an article longer than `MAX_CHARS`
  (1,000,000 characters, spaCy's default `max_length`: a "news article" that long is a
  dump, and parsing it would need gigabytes; split it), a later exact duplicate of an
  earlier article ("duplicate of <doc_id>": counted once, still listed), and with
  `--skip-non-dutch` an article that is not Dutch;
* ok: no date header (published from `--date`, else empty), Windows-1252/Latin-1 bytes,
  a UTF-8 or UTF-16 byte-order mark, CRLF line ends, HTML. Every article gets a
  `language` ("nl", "en", "de", "fr", "es", "other", or "und" when too short to tell);
  non-Dutch text is processed and flagged unless `--skip-non-dutch`.

Input content is only ever decoded and matched against: nothing in it is executed,
fetched or used as a path. Batch ids go through `safe_doc_id`.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .lang.language_nl import DUTCH_FUNCTION_WORDS, MIN_DUTCH_RATIO, MIN_WORDS, OTHER_FUNCTION_WORDS, SHARED_WORDS
from .records import STATUS_ERROR, STATUS_OK, STATUS_SKIPPED, Article

#: The seed format: the file opens with " date YYYY-MM-DD " and the text follows on that line.
HEADER_RE = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]?")
ISO_DATE_RE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html", ".md", ""}
BATCH_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
BATCH_COLUMNS = ("id", "date", "text")
#: Larger files are almost certainly not news articles; they are skipped, not loaded.
MAX_BYTES = 20 * 1024 * 1024
#: Longest article text processed: spaCy's default `nlp.max_length`. Longer ones are skipped
#: with a reason (a parser/NER pass needs about 1 GB per 100,000 characters).
MAX_CHARS = 1_000_000
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "other": "another language"}
_WORD_RE = re.compile(r"[^\W\d_]+")
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
    """Bytes -> text: UTF-16 when it has a byte-order mark, else UTF-8 (BOM removed),
    else Windows-1252, which also covers Latin-1.

    Dutch text in cp1252 is never valid UTF-8 once it holds an accented letter,
    so this order never turns 'ë' into mojibake.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR -> LF, as Python's text mode reads files."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 4 KB (UTF-16 with a BOM is text)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # bytes < 9 or 13 < b < 32, counted in C
    return bool(sample) and controls / len(sample) > 0.05


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def strip_html(text: str) -> str:
    """Blank out tags (and script/style content) and decode entities.

    Tags become spaces of equal length, so the words between them keep their layout;
    an entity such as `&euml;` becomes its one character *without* padding, so that
    `Dani&euml;l` reads `Daniël`, not `Danië     l` (a padded word would break names).
    The result is what `Article.text` stores, and every offset downstream indexes it.
    """
    if "<" not in text and "&" not in text:
        return text
    text = _TAG_RE.sub(lambda m: " " * len(m.group(0)), text)
    return re.sub(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", lambda m: html.unescape(m.group(0)), text)


def detect_language(text: str) -> tuple[str, float]:
    """(language code, share of Dutch function words) by a stopword-ratio heuristic.

    "nl" when at least MIN_DUTCH_RATIO of the words are Dutch function words (words
    shared with other languages not counted); else the language in
    pipeline.lang.language_nl whose function words are most frequent, or "other";
    "und" for texts under MIN_WORDS words.
    """
    words = [w.lower() for w in _WORD_RE.findall(text[:20000])]
    if len(words) < MIN_WORDS:
        return "und", 0.0
    dutch = sum(1 for w in words if w in DUTCH_FUNCTION_WORDS and w not in SHARED_WORDS) / len(words)
    if dutch >= MIN_DUTCH_RATIO:
        return "nl", dutch
    scores = {code: sum(1 for w in words if w in vocab) / len(words) for code, vocab in OTHER_FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    return (best if scores[best] >= MIN_DUTCH_RATIO and scores[best] > dutch else "other"), dutch


def from_text(doc_id: str, text: str, path: str = "", default_date: Optional[date] = None) -> Article:
    """Build an Article from decoded text, reading the seed-format date header if present."""
    if len(text) > MAX_CHARS:
        return _failed(
            doc_id, path, STATUS_SKIPPED,
            f"article too long: {len(text):,} characters, the limit is {MAX_CHARS:,} "
            "(spaCy's max_length); split it into smaller articles",
        )
    if not text.strip():
        what = "empty file" if not text else "only whitespace"
        return replace(_failed(doc_id, path, STATUS_SKIPPED, f"empty article: {what}"), published=default_date)
    text = strip_html(normalize_newlines(text))
    header = HEADER_RE.match(text)
    published, body_start, error = default_date, 0, ""
    if header:
        body_start = header.end()
        try:
            published = parse_iso_date(header.group(1))
        except ValueError as exc:
            published, error = default_date, f"bad date header: {exc}"
    language = detect_language(text[body_start:])[0]
    article = Article(doc_id=doc_id, text=text, published=published, path=path, body_start=body_start, language=language)
    if error:
        return replace(article, status=STATUS_ERROR, error=error)
    if not article.body.strip():
        return replace(article, status=STATUS_SKIPPED, error="empty article: no text after the header")
    return article


def read_file(path: Path, doc_id: Optional[str] = None, default_date: Optional[date] = None) -> Article:
    """One text file -> one Article (never raises for a bad file)."""
    doc_id = doc_id or safe_doc_id(path.stem) or "document"
    try:
        if path.is_symlink() and not path.exists():
            return _failed(doc_id, path, STATUS_ERROR, f"broken symbolic link (points to {path.readlink()}, which does not exist)")
        if path.stat().st_size > MAX_BYTES:
            return _failed(doc_id, path, STATUS_SKIPPED, f"file is larger than {MAX_BYTES // 2**20} MB, not an article")
        data = path.read_bytes()
    except PermissionError:
        return _failed(doc_id, path, STATUS_ERROR, "cannot read file: permission denied")
    except IsADirectoryError:
        return _failed(doc_id, path, STATUS_ERROR, "cannot read file: it is a directory")
    except OSError as exc:
        return _failed(doc_id, path, STATUS_ERROR, f"cannot read file: {exc.strerror or exc}")
    if looks_binary(data):
        return _failed(doc_id, path, STATUS_SKIPPED, "binary file, not text")
    return from_text(doc_id, decode(data), str(path), default_date)


def read_batch(path: Path, default_date: Optional[date] = None) -> Iterator[Article]:
    """A JSONL or CSV batch with columns id, date, text: one Article per row.

    A bad row becomes an error Article for that row; the rest of the batch goes on.
    """
    stem = safe_doc_id(path.stem) or "batch"
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _failed(stem, path, STATUS_ERROR, f"cannot read batch: {exc.strerror or exc}")
        return
    if looks_binary(data):
        yield _failed(stem, path, STATUS_SKIPPED, "binary file, not a JSONL/CSV batch")
        return
    raw = normalize_newlines(decode(data))
    rows = _jsonl_rows(raw) if path.suffix.lower() in {".jsonl", ".ndjson"} else _csv_rows(raw)
    n_rows = 0
    for line_no, row, problem in rows:
        n_rows += 1
        fallback_id = f"{stem}-{line_no}"
        if problem:
            yield _failed(fallback_id, path, STATUS_ERROR, f"line {line_no}: {problem}")
            continue
        missing = [c for c in ("id", "text") if not str(row.get(c) or "").strip()]
        doc_id = safe_doc_id(str(row.get("id") or "")) or fallback_id
        if missing:
            yield _failed(doc_id, path, STATUS_ERROR, f"line {line_no}: missing {', '.join(missing)}")
            continue
        if not isinstance(row["text"], str):
            yield _failed(doc_id, path, STATUS_ERROR, f"line {line_no}: text is a {type(row['text']).__name__}, not a string")
            continue
        published, error = default_date, ""
        if str(row.get("date") or "").strip():
            try:
                published = parse_iso_date(str(row["date"]))
            except ValueError as exc:
                error = f"line {line_no}: {exc}"
        article = from_text(doc_id, row["text"], f"{path}#{line_no}", published)
        yield replace(article, status=STATUS_ERROR, error=error) if error and article.ok else article
    if not n_rows:
        yield _failed(stem, path, STATUS_SKIPPED, "empty batch: no rows")


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
    if not raw.strip():
        return
    if csv.field_size_limit() < MAX_BYTES:  # an article is longer than the default 128 KB field
        csv.field_size_limit(MAX_BYTES)
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    try:
        fieldnames = reader.fieldnames or []
    except csv.Error as exc:
        yield 1, {}, f"CSV header cannot be read ({exc})"
        return
    absent = [c for c in BATCH_COLUMNS if c not in fieldnames]
    if "id" in absent or "text" in absent:
        yield 1, {}, f"CSV batch lacks the column(s) {', '.join(absent)} (needs {', '.join(BATCH_COLUMNS)})"
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # e.g. an unterminated quote: the rest of the file is one field
            yield reader.line_num, {}, f"CSV row cannot be read ({exc}); the rest of the batch is skipped"
            return
        if None in row:  # more fields than the header has
            yield reader.line_num, {}, "row has more fields than the header"
            continue
        yield reader.line_num, row, ""


def safe_doc_id(raw: str) -> str:
    """A doc_id safe to use in file names: batch ids can come from anywhere."""
    return re.sub(r"[^\w.-]+", "_", raw.strip())[:200].lstrip(".")


def _failed(doc_id: str, path: Path | str, status: str, error: str) -> Article:
    """An article that could not be read: no text, language unknown ('')."""
    return Article(doc_id=doc_id, text="", path=str(path), status=status, error=error, language="")


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into input files, in a stable (sorted) order.

    Every non-hidden file in a folder is listed, whatever its suffix, and so are broken
    symlinks: `read_articles` gives each one a row (skipped or error) rather than
    silently leaving it out. A named path that does not exist at all is a usage error.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if (p.is_file() or _broken_link(p)) and not _hidden(p, path)):
                yield child
        elif path.exists() or _broken_link(path):
            yield path
        else:
            raise InputError(f"input not found: {path}")


def _broken_link(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_articles(
    paths: Iterable[str | Path], default_date: Optional[date] = None, skip_non_dutch: bool = False
) -> Iterator[Article]:
    """All articles under `paths`, one per input file or batch row, in input order.

    doc_ids are made unique by suffixing repeats (`a`, `a~2`). A later article whose text
    is exactly that of an earlier one is `skipped` as "duplicate of <doc_id>" (it is listed,
    but its facts are not counted twice). With `skip_non_dutch`, articles detected as
    another language are `skipped`; otherwise they are processed with their `language`.
    """
    paths = list(paths)
    named = {Path(p) for p in paths}  # files named one by one are read whatever their suffix
    seen: dict[str, int] = {}
    first_with_text: dict[str, str] = {}
    for path in iter_inputs(paths):
        suffix = path.suffix.lower()
        if suffix in BATCH_SUFFIXES:
            articles: Iterable[Article] = read_batch(path, default_date)
        elif suffix in TEXT_SUFFIXES or path in named:
            articles = [read_file(path, default_date=default_date)]
        else:
            reason = (
                f"not an article file ({suffix}): folders are read for "
                f"{', '.join(sorted(s for s in TEXT_SUFFIXES | BATCH_SUFFIXES if s))} files"
            )
            articles = [_failed(safe_doc_id(path.stem) or "document", path, STATUS_SKIPPED, reason)]
        for article in articles:
            count = seen.get(article.doc_id, 0)
            seen[article.doc_id] = count + 1
            if count:
                article = replace(article, doc_id=f"{article.doc_id}~{count + 1}")
            if article.ok:
                key = hashlib.sha1(" ".join(article.text.split()).encode("utf-8")).hexdigest()
                if key in first_with_text:
                    article = replace(article, status=STATUS_SKIPPED, error=f"duplicate of {first_with_text[key]}")
                else:
                    first_with_text[key] = article.doc_id
            if skip_non_dutch and article.ok and article.language not in ("nl", "und"):
                name = LANGUAGE_NAMES.get(article.language, article.language)
                article = replace(article, status=STATUS_SKIPPED, error=f"not Dutch: the text looks like {name} ({article.language}); --skip-non-dutch")
            yield article


__all__ = [
    "InputError",
    "STATUS_OK",
    "decode",
    "detect_language",
    "from_text",
    "iter_inputs",
    "parse_iso_date",
    "read_articles",
    "read_batch",
    "read_file",
]
