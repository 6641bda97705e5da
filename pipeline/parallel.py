"""The per-document stages on every core: engines that turn articles into Extractions, in order.

An *engine* is a function ``Iterable[Article] -> Iterator[Extraction]`` that yields one
Extraction per article, in input order, reading its input lazily (memory stays flat however
long the input is). `make_engine` picks one from the run's config:

* ``local`` with 1 worker: spaCy's ``nlp.pipe`` and the stages in this process;
* ``local`` with N workers: a process pool; each task is a few spaCy batches of articles
  (`BATCHES_PER_TASK` x ``batch_size``), which a worker runs through ``nlp.pipe`` and every
  stage after it, so the rule stages (a good share of the time) run in parallel too, not
  only spaCy. Workers are spawned with one BLAS thread each and load the model once;
* ``dask``: one Dask task per batch of articles (same size as a pool task) on a
  ``distributed`` cluster: an existing one at ``config.scheduler`` (its workers need this
  package and the model installed at the same path or as the same package), or a
  LocalCluster of worker processes on 127.0.0.1, started with one BLAS thread each like the
  pool's workers (`local_dask_cluster`). Each worker process loads the model once
  (module global) and keeps it for every later task. Reconciliation and export run in the
  driver on the gathered extractions.

Every engine keeps at most a few batches per worker in flight and hands results back in input
order, so the outputs are the same, byte for byte, whatever the engine and worker count.
Workers send back only the records; the driver rebuilds each Extraction around its own copy
of the article, which halves what crosses process boundaries.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice
from typing import Callable, Dict, Iterable, Iterator, List, Optional

from spacy.language import Language

from .config import RunConfig
from .records import Article, Extraction

Engine = Callable[[Iterable[Article]], Iterator[Extraction]]

_FIELDS = ("mentions", "events", "times", "medals", "records", "ages", "dates", "warnings")
#: Tasks in flight per worker: enough that no worker waits for the driver, few enough that
#: memory does not grow with the input.
INFLIGHT_PER_WORKER = 3
#: spaCy batches per task: a task of several batches makes the cost of sending articles and
#: records between processes small next to the work, while nlp.pipe keeps its small batches
#: (which bound peak memory).
BATCHES_PER_TASK = 4


def default_workers() -> int:
    return os.cpu_count() or 1


def batched(items: Iterable[Article], size: int) -> Iterator[List[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _records(ex: Extraction) -> tuple:
    return tuple(getattr(ex, f) for f in _FIELDS)


def _rebuild(article: Article, records: tuple) -> Extraction:
    return Extraction(article, **dict(zip(_FIELDS, records)))


# --------------------------------------------------------------------------------------
# Worker side (a pool process or a Dask worker): the pipeline, loaded once per process.
# --------------------------------------------------------------------------------------

_WORKER_NLP: Dict[Optional[str], Language] = {}
_WORKER_LOCK = threading.Lock()  # Dask workers may run tasks in threads; spaCy docs are per call but the pipeline set-up is not


def _worker_pipeline(config: RunConfig) -> Language:
    from .run import build_pipeline

    nlp = _WORKER_NLP.get(config.model)
    if nlp is None:
        nlp, _ = build_pipeline(config)
        _WORKER_NLP[config.model] = nlp
    return nlp


def extract_batch(config: RunConfig, articles: List[Article]) -> List[tuple]:
    """One task: ok articles through spaCy (in batches of config.batch_size) and the stages;
    their records, in order."""
    from .run import iter_extractions

    with _WORKER_LOCK:
        nlp = _worker_pipeline(config)
        return [_records(ex) for ex in iter_extractions(articles, nlp, config.batch_size)]


def task_size(config: RunConfig) -> int:
    return max(1, config.batch_size) * BATCHES_PER_TASK


_POOL_CONFIG: Optional[RunConfig] = None


def _pool_init(config: RunConfig) -> None:
    global _POOL_CONFIG
    _POOL_CONFIG = config
    _worker_pipeline(config)  # once per worker process


def _pool_task(articles: List[Article]) -> List[tuple]:
    assert _POOL_CONFIG is not None
    return extract_batch(_POOL_CONFIG, articles)


# --------------------------------------------------------------------------------------
# Driver side.
# --------------------------------------------------------------------------------------


def _ordered(submit, batches: Iterator[List[Article]], inflight: int) -> Iterator[Extraction]:
    """Submit batches, keep at most `inflight` pending, yield results in submission order."""
    pending: deque = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= inflight:
            batch, future = pending.popleft()
            yield from map(_rebuild, batch, future.result())
    while pending:
        batch, future = pending.popleft()
        yield from map(_rebuild, batch, future.result())


def _first(articles: Iterable[Article]) -> Optional[Iterator[Article]]:
    """`articles` as an iterator, or None when there are none: engines set up (load the model,
    start processes or a cluster) only once there is work, so a rerun served entirely from
    the cache starts nothing."""
    it = iter(articles)
    for first in it:
        return chain([first], it)
    return None


def serial_engine(config: RunConfig, nlp: Optional[Language] = None) -> Engine:
    from .run import build_pipeline, iter_extractions

    def engine(articles: Iterable[Article]) -> Iterator[Extraction]:
        work = _first(articles)
        if work is None:
            return
        pipeline = nlp if nlp is not None else build_pipeline(config)[0]
        yield from iter_extractions(work, pipeline, config.batch_size)

    return engine


#: Each worker does its math on one thread: numpy's BLAS otherwise starts a thread per core in
#: every process, so N workers would fight over the cores (measured on 2 cores: one spaCy
#: process with 2 BLAS threads 4.0 s, two processes at once 9.7 s each; with 1 thread each,
#: 5.2 s alone and 5.1 s each side by side).
ONE_THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@contextmanager
def worker_pool(config: RunConfig, workers: int) -> Iterator[ProcessPoolExecutor]:
    """`workers` spawned processes that each load the pipeline once (`_pool_init`) and do their
    math on one BLAS thread (see ONE_THREAD_ENV; a forked child would inherit the driver's BLAS
    set-up). The variables stay set while the pool may still spawn; restored when it is shut down."""
    saved = _saved_env()
    os.environ.update(ONE_THREAD_ENV)  # inherited by the workers the pool spawns
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_pool_init, initargs=(config,))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _restore_env(saved)


def pool_engine(config: RunConfig, workers: int) -> Engine:
    """N worker processes (`worker_pool`) over tasks of a few batches of articles."""

    def engine(articles: Iterable[Article]) -> Iterator[Extraction]:
        work = _first(articles)
        if work is None:
            return
        with worker_pool(config, workers) as pool:
            yield from _ordered(lambda b: pool.submit(_pool_task, b), batched(work, task_size(config)), workers * INFLIGHT_PER_WORKER)

    return engine


def _saved_env() -> Dict[str, Optional[str]]:
    return {k: os.environ.get(k) for k in ONE_THREAD_ENV}


def _restore_env(saved: Dict[str, Optional[str]]) -> None:
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def local_dask_cluster(workers: int):
    """A LocalCluster of `workers` processes on 127.0.0.1 whose workers do their math on one
    BLAS thread each, as the pool's workers do (`ONE_THREAD_ENV`).

    The variables must be in a worker's environment before it imports numpy, so they go into
    distributed's ``distributed.nanny.pre-spawn-environ`` (which the Nanny sets before it
    starts the worker process), added to whatever that setting holds: distributed's default
    config sets one thread too, but a site or user config may not. The Nanny writes them into
    this process's environment as well; `dask_engine` restores it when the cluster is closed.
    """
    import dask
    from distributed import LocalCluster

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", None) or {})
    environ.update(ONE_THREAD_ENV)
    with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR,  # loopback only, any free port
        )


def dask_engine(config: RunConfig, workers: int) -> Engine:
    """One Dask task per batch, on the cluster at config.scheduler or a LocalCluster."""
    try:
        from distributed import Client
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise RuntimeError("--engine dask needs dask[distributed]: pip install 'nlie[dask]'") from err

    def engine(articles: Iterable[Article]) -> Iterator[Extraction]:
        work = _first(articles)
        if work is None:
            return
        cluster = None
        saved = _saved_env()
        if config.scheduler:
            # An existing cluster's workers keep the environment they were started with
            # (`dask worker` starts them through a Nanny, which sets one BLAS thread by default).
            client = Client(config.scheduler, timeout="20s")
        else:
            cluster = local_dask_cluster(workers)
            client = Client(cluster)
        try:
            slots = max(1, sum(client.nthreads().values()))

            def submit(batch):
                return client.submit(extract_batch, config, batch, pure=False)

            yield from _ordered(submit, batched(work, task_size(config)), slots * INFLIGHT_PER_WORKER)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
            _restore_env(saved)

    return engine


def make_engine(config: RunConfig, nlp: Optional[Language] = None) -> Engine:
    """The engine the config asks for (see the module docstring)."""
    workers = config.workers if config.workers and config.workers > 0 else default_workers()
    if config.engine == "dask":
        return dask_engine(config, workers)
    if config.engine != "local":
        raise ValueError(f"unknown engine {config.engine!r} (local or dask)")
    if workers <= 1:
        return serial_engine(config, nlp)
    return pool_engine(config, workers)


__all__ = [
    "Engine", "batched", "dask_engine", "default_workers", "extract_batch", "local_dask_cluster", "make_engine", "pool_engine",
    "serial_engine", "worker_pool",
]
