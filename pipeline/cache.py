"""Per-document cache of extractions, so a rerun over a grown folder only processes what changed.

One SQLite database in the output folder (``<output>/.cache/extractions.sqlite``). A row holds
the records of one article's `Extraction` *before* reconciliation (pickled), keyed by

* the hash of what the per-document stages read from the article: its text, where the body
  starts and its publication date (dates are resolved against it);
* the model (name, version, where it was loaded from and a hash of its files);
* ``PIPELINE_VERSION`` and a fingerprint of the stage code and language data, so that an
  edit to a rule invalidates the cache even when nobody remembered to bump the version.

The article itself is not stored: a hit is rebuilt around the article as read in this run, so
a file that was renamed (new doc_id, same text) is still a hit and gets its new id and path.

Reconciliation is not cached: it runs across all documents on every run, cached or not,
which is why a cached rerun writes byte-identical tables to a fresh one.

A damaged or unreadable cache is never fatal: it is treated as empty and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path
from collections import deque
from typing import Callable, Dict, Iterable, Iterator, Optional

from .config import PACKAGE_DIR, PIPELINE_VERSION
from .nlp import ModelInfo
from .records import Article, Extraction

CACHE_DIRNAME = ".cache"
CACHE_FILENAME = "extractions.sqlite"
#: Modules that do not change what one document yields (run-level, output or tooling code);
#: every other file of the package is part of the code fingerprint. cache.py is not among them:
#: it decides what a row holds and how a hit is rebuilt, so an edit to it must empty the cache.
_NOT_STAGE_CODE = {
    "cli.py", "evaluate.py", "export.py", "job.py", "parallel.py",
    "reconcile.py", "report.py", "scoring.py", "labels.py", "__init__.py",
}
_FIELDS = ("mentions", "events", "times", "medals", "records", "ages", "dates", "warnings")
_PICKLE_PROTOCOL = 5


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the stage code and language data under pipeline/ (not run-level modules)."""
    digest = hashlib.sha256()
    files = sorted(
        p for p in PACKAGE_DIR.rglob("*")
        if p.is_file() and p.suffix in {".py", ".txt", ".json"} and "__pycache__" not in p.parts
        and not (p.parent == PACKAGE_DIR and p.name in _NOT_STAGE_CODE)
    )
    for path in files:
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=8)
def model_fingerprint(name_or_path: str) -> str:
    """Hash of the model's files, so a model retrained in place under the same name and
    version (as `make train` does) is a new model to the cache. Files over 64 MB are
    identified by size and modification time instead of content."""
    path = Path(name_or_path)
    if not path.is_dir():
        try:
            import spacy

            path = Path(spacy.util.get_package_path(name_or_path))
        except Exception:
            return ""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        stat = file.stat()
        digest.update(str(file.relative_to(path)).encode() + b"\0")
        if stat.st_size > 64 * 2**20:
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
        else:
            _hash_file(digest, file)
    return digest.hexdigest()[:16]


def _hash_file(digest, file: Path, block: int = 2**20) -> None:
    """Feed a file's bytes to `digest` a block at a time: the same hash as one update with the
    whole file, without reading it into one bytes object first (the bundled model's 38 MB NER
    weights: the model's fingerprint 43 -> 26 ms, once per run)."""
    with file.open("rb") as handle:
        while data := handle.read(block):
            digest.update(data)


def model_key(model: ModelInfo) -> str:
    """What identifies the model and the rules in a cache key."""
    return f"{model.name}|{model.version}|{model.path}|{model_fingerprint(model.path)}|{PIPELINE_VERSION}|{code_fingerprint()}"


def article_key(article: Article, model: str) -> str:
    """Cache key of one article under one model key: only what the stages read is hashed."""
    digest = hashlib.sha256()
    published = article.published.isoformat() if article.published else ""
    for part in (model, published, str(article.body_start), article.language, article.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _pack(ex: Extraction) -> bytes:
    return pickle.dumps(tuple(getattr(ex, f) for f in _FIELDS), protocol=_PICKLE_PROTOCOL)


def _unpack(article: Article, blob: bytes) -> Extraction:
    values = pickle.loads(blob)
    return Extraction(article, **dict(zip(_FIELDS, values)))


class ExtractionCache:
    """SQLite-backed map: article key -> pickled records. Used from one process (the driver)."""

    def __init__(self, directory: Path, model: ModelInfo):
        self.directory = Path(directory)
        self.path = self.directory / CACHE_FILENAME
        self.model = model_key(model)
        self.hits = 0
        self.misses = 0
        self.served = 0  # hits handed on by with_cache so far (progress counts these)
        self._pending: Dict[str, bytes] = {}  # written on flush()
        self._used: set[str] = set()
        self._db: Optional[sqlite3.Connection] = None
        self._open()

    @classmethod
    def for_output(cls, output_dir: Path, model: ModelInfo) -> "ExtractionCache":
        return cls(Path(output_dir) / CACHE_DIRNAME, model)

    def _open(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = self._connect()
        except sqlite3.DatabaseError:
            # Not a database (damaged, or another file in its place): start over.
            self.path.unlink(missing_ok=True)
            self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, records BLOB NOT NULL)")
        db.commit()
        return db

    def key(self, article: Article) -> str:
        return article_key(article, self.model)

    def get(self, article: Article, key: Optional[str] = None) -> Optional[Extraction]:
        """The cached Extraction of `article` (rebuilt around this article), or None."""
        key = key or self.key(article)
        self._used.add(key)
        row = (self._pending[key],) if key in self._pending else None
        if row is None and self._db is not None:
            try:
                row = self._db.execute("SELECT records FROM extractions WHERE key = ?", (key,)).fetchone()
            except sqlite3.DatabaseError:
                row = None
        if row is not None:
            try:
                ex = _unpack(article, row[0])
            except Exception:  # written by other code: a miss, overwritten below
                ex = None
            if ex is not None:
                self.hits += 1
                return ex
        self.misses += 1
        return None

    def put(self, ex: Extraction, key: Optional[str] = None) -> None:
        """Remember `ex` (an ok article's extraction); written in batches."""
        key = key or self.key(ex.article)
        self._used.add(key)
        self._pending[key] = _pack(ex)
        if len(self._pending) >= 256:
            self.flush()

    def flush(self) -> None:
        if not self._pending or self._db is None:
            self._pending.clear()
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO extractions (key, records) VALUES (?, ?)", list(self._pending.items()))
        except sqlite3.DatabaseError:
            pass  # a cache that cannot be written only costs speed next time
        self._pending.clear()

    def prune(self) -> int:
        """Drop entries this run did not use (deleted or changed articles, other models)."""
        self.flush()
        if self._db is None:
            return 0
        try:
            with self._db:
                self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
                self._db.execute("DELETE FROM used")
                self._db.executemany("INSERT OR IGNORE INTO used (key) VALUES (?)", ((k,) for k in self._used))
                cur = self._db.execute("DELETE FROM extractions WHERE key NOT IN (SELECT key FROM used)")
                return cur.rowcount
        except sqlite3.DatabaseError:
            return 0

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    def __len__(self) -> int:
        if self._db is None:
            return 0
        return self._db.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]


def with_cache(
    articles: Iterable[Article],
    engine: Callable[[Iterable[Article]], Iterator[Extraction]],
    cache: Optional[ExtractionCache],
) -> Iterator[Extraction]:
    """Every article's Extraction in input order: failed articles pass through empty, cached
    ones come from `cache`, the rest go through `engine` (Iterable[Article] -> Iterator[Extraction],
    same order) and are stored. `engine` only ever sees ok articles not in the cache."""
    # Slots in input order, each [extraction or None, key, from the cache]. The engine pulls articles lazily
    # from `misses()`, which files every article's slot as it goes (and the open ones in
    # `waiting`); each engine result fills the oldest waiting slot, and filled slots at the
    # front are yielded, so output order is input order whatever mix of hits and misses.
    slots: deque = deque()
    waiting: deque = deque()

    def misses() -> Iterator[Article]:
        for article in articles:
            if not article.ok:
                slots.append([Extraction(article=article), None, False])
                continue
            key = cache.key(article) if cache is not None else None
            hit = cache.get(article, key) if cache is not None else None
            slot = [hit, key, hit is not None]
            slots.append(slot)
            if hit is None:
                waiting.append(slot)
                yield article

    def ready() -> Iterator[Extraction]:
        while slots and slots[0][0] is not None:
            ex, _, from_cache = slots.popleft()
            if from_cache:
                cache.served += 1
            yield ex

    results = engine(misses())
    try:
        for ex in results:
            if not waiting:
                raise RuntimeError("engine returned more results than it was given articles")
            slot = waiting.popleft()
            slot[0] = ex
            if cache is not None:
                cache.put(ex, slot[1])
            yield from ready()
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # an early stop (--strict, Ctrl-C) shuts worker pools down now
    if waiting:
        raise RuntimeError(f"engine lost {len(waiting)} article(s)")
    yield from ready()
    if cache is not None:
        cache.flush()


__all__ = [
    "ExtractionCache", "article_key", "code_fingerprint", "model_key", "outputs_current", "run_fingerprint",
    "with_cache", "write_manifest",
]


# --------------------------------------------------------------------------------------
# Run manifest: a rerun whose inputs and code are exactly those of the last run, and whose
# outputs are still as that run wrote them, has nothing to write.
# --------------------------------------------------------------------------------------

MANIFEST_FILENAME = "run.json"


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """Hash of every module and data file of the package (reconciliation and export included)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE_DIR.rglob("*") if p.is_file() and p.suffix in {".py", ".txt", ".json"} and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def run_fingerprint(extractions: Iterable[Extraction], run_info: dict) -> str:
    """What the run-level outputs depend on: every article as read (identity, status and text),
    in order, the model and run info, and all of the package's code."""
    digest = hashlib.sha256()
    digest.update(json.dumps(run_info, sort_keys=True, default=str).encode() + b"\0" + package_fingerprint().encode())
    for ex in extractions:
        a = ex.article
        published = a.published.isoformat() if a.published else ""
        head = "\x1f".join((a.doc_id, a.path, published, a.status, a.error, str(a.body_start), a.language))
        digest.update(head.encode("utf-8", "surrogatepass") + b"\x1e")
        digest.update(hashlib.sha256(a.text.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def _file_hashes(output_dir: Path, names: Iterable[str]) -> dict:
    hashes = {}
    for name in names:
        try:
            hashes[name] = hashlib.sha256((output_dir / name).read_bytes()).hexdigest()
        except OSError:
            hashes[name] = None
    return hashes


def outputs_current(output_dir: Path, fingerprint: str) -> bool:
    """True when the last run had this fingerprint and its output files are untouched."""
    try:
        manifest = json.loads((Path(output_dir) / CACHE_DIRNAME / MANIFEST_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    files = manifest.get("files") or {}
    if manifest.get("fingerprint") != fingerprint or not files:
        return False
    return _file_hashes(Path(output_dir), files) == files


def write_manifest(output_dir: Path, fingerprint: str, paths: Iterable[Path]) -> None:
    from .export import atomic_write

    output_dir = Path(output_dir)
    names = sorted({Path(p).name for p in paths})
    manifest = {"fingerprint": fingerprint, "files": _file_hashes(output_dir, names)}
    atomic_write(output_dir / CACHE_DIRNAME / MANIFEST_FILENAME, json.dumps(manifest, indent=1, sort_keys=True) + "\n")


def forget_manifest(output_dir: Path) -> None:
    (Path(output_dir) / CACHE_DIRNAME / MANIFEST_FILENAME).unlink(missing_ok=True)
