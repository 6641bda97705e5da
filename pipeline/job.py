"""A whole run: input paths in, a complete outputs folder out.

ingest -> per-article stages (pipeline.run) -> reconciliation across documents
(pipeline.reconcile) -> export (pipeline.export) and the review page (pipeline.report).
"""

from __future__ import annotations

import gc
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, List, Sequence

from .config import PIPELINE_VERSION, RunConfig
from .heap import release_free_memory
from .ingest import iter_inputs, parse_iso_date, read_articles
from .records import STATUS_ERROR, Extraction
from .cache import ExtractionCache, forget_manifest, outputs_current, run_fingerprint, with_cache, write_manifest
from .parallel import make_engine
from .run import model_info


@dataclass(frozen=True)
class RunSummary:
    n_documents: int
    n_ok: int
    n_failed: int
    n_skipped: int
    seconds: float
    output_dir: Path
    model: str

    @property
    def exit_code(self) -> int:
        """0 when every article was processed, 1 when some failed."""
        return 1 if self.n_failed else 0


class Progress:
    """One self-updating line on a terminal: articles done, articles/second and cache hits.

    Counts what leaves the engine, so it is right with any worker count or engine, and
    cached articles count as done (they are: their records are ready). Redraws at most
    a few times a second; silent when stderr is not a terminal or when disabled (-q).
    """

    INTERVAL = 0.25  # seconds between redraws

    def __init__(self, enabled: bool, cache=None, stream=None):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.cache = cache
        self.count = 0
        self.started = time.perf_counter()
        self._drawn = 0.0

    def line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        text = f"{self.count} articles, {self.count / elapsed:.1f} articles/s"
        served = getattr(self.cache, "served", 0)
        if served:
            text += f" ({served} from cache)"
        return text

    def step(self, extractions: Iterable[Extraction]) -> Iterator[Extraction]:
        for ex in extractions:
            self.count += 1
            if self.enabled:
                now = time.perf_counter()
                if self.count == 1 or now - self._drawn >= self.INTERVAL:
                    self._drawn = now
                    self.stream.write("\r" + self.line())
                    self.stream.flush()
            yield ex

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\n")
            self.stream.flush()


def check_inputs(inputs: Sequence[str]) -> List[Path]:
    """The input files, or InputError naming the first path that does not exist."""
    return list(iter_inputs(inputs))


def run_job(inputs: Sequence[str], output_dir: Path, config: RunConfig = RunConfig()) -> RunSummary:
    """Process `inputs` into `output_dir` (see the module docstring)."""
    # The objects alive when the run starts, and again once the model is loaded (the model,
    # vocabulary, language data), are set aside from Python's cyclic garbage collector for the
    # run: every full collection would otherwise scan them again (measured: GC time of a
    # one-worker run of 400 articles 0.16 s -> 0.04 s, about 1.5% of the run). They are handed
    # back when the run ends.
    gc.freeze()
    try:
        return _run_job(inputs, output_dir, config)
    finally:
        gc.unfreeze()


def _run_job(inputs: Sequence[str], output_dir: Path, config: RunConfig) -> RunSummary:
    from .export import staged_files, write_outputs
    from .reconcile import reconcile
    from .report import write_report

    started = time.perf_counter()
    default_date = parse_iso_date(config.default_date) if config.default_date else None
    check_inputs(inputs)
    model = model_info(config)  # from meta.json: the model itself loads only if an article needs it
    cache = ExtractionCache.for_output(output_dir, model) if config.use_cache else None
    progress = Progress(not config.quiet, cache)
    extractions: list[Extraction] = []
    stream = with_cache(read_articles(inputs, default_date, config.skip_non_dutch), make_engine(config), cache)
    try:
        for ex in progress.step(stream):
            if not extractions:
                gc.freeze()  # again once the first article is done: the model is loaded by now (see run_job)
            extractions.append(ex)
            if config.strict and ex.article.status == STATUS_ERROR:  # skipped is not a failure
                raise StrictStop(f"{ex.article.doc_id}: {ex.article.error}")
        if cache is not None:
            cache.prune()  # a complete run: entries it did not use are for articles no longer there
        release_free_memory()  # what extraction freed, before reconciliation builds its tables
    finally:
        progress.close()
        stream.close()  # stops worker pools / the Dask client if the run ended early
        if cache is not None:
            cache.close()
    run_info = {
        "model": model.name,
        "model_version": model.version,
        "model_source": model.source,
        "pipeline_version": PIPELINE_VERSION,
    }
    # Every article from the cache, with the articles, code and model of the last run, and that
    # run's outputs untouched: they are already what this run would write (reconciliation and
    # export are deterministic), so nothing is rewritten.
    fingerprint = run_fingerprint(extractions, {**run_info, "model_key": cache.model}) if cache is not None else None
    if fingerprint is None or cache.misses or not outputs_current(output_dir, fingerprint):
        if fingerprint is not None:
            forget_manifest(output_dir)  # outputs are about to change: until done, nothing is current
        # The run's records, and then the reconciled ones, live until the run ends: set aside from
        # the collector like the model (see run_job), so that the collections reconciliation,
        # export and the page trigger do not scan them again and again (measured, 600 articles:
        # the collector's time from reconciliation on 0.039 -> 0.019 ms per article).
        gc.freeze()
        reconciliation = reconcile(extractions)
        extractions = apply_reconciliation(extractions, reconciliation)
        gc.freeze()
        extra = {name: getattr(reconciliation, name) for name in ("entities", "results", "conflicts")}
        # Every file of the run is renamed into place only once all are written: a run that
        # fails or is killed while writing leaves the previous run's outputs whole.
        with staged_files() as files:
            written = write_outputs(output_dir, extractions, run_info, extra_frames=extra, files=files)
            write_report(Path(output_dir) / "report.html", extractions, reconciliation, None, run_info, files)
        if fingerprint is not None:
            write_manifest(output_dir, fingerprint, [*written, Path(output_dir) / "report.html"])
    statuses = [ex.article.status for ex in extractions]
    return RunSummary(
        n_documents=len(extractions),
        n_ok=statuses.count("ok"),
        n_failed=statuses.count("error"),
        n_skipped=statuses.count("skipped"),
        seconds=time.perf_counter() - started,
        output_dir=Path(output_dir),
        model=f"{model.name} {model.version} ({model.source})",
    )


def apply_reconciliation(extractions: Sequence[Extraction], reconciliation) -> list[Extraction]:
    """Mentions with their cross-document entity_id, and the label the cross-document evidence
    decided ("Leerdam" is a person in every article once it is one in any)."""
    # The columns as Python lists: iterating a pandas column goes through pandas a value at a time.
    doc_ids, starts, ends, entity_ids, labels = (
        reconciliation.mentions[name].tolist() for name in ("doc_id", "start", "end", "entity_id", "entity_label")
    )
    decided = dict(zip(zip(doc_ids, starts, ends), zip(entity_ids, labels)))
    out = []
    for ex in extractions:
        mentions = []
        for m in ex.mentions:
            entity_id, label = decided.get((ex.article.doc_id, m.start, m.end), ("", m.label))
            mentions.append(m.resolved(entity_id, label or m.label))
        out.append(replace(ex, mentions=tuple(mentions)))
    return out


class StrictStop(Exception):
    """--strict: the first article that failed stops the run."""
