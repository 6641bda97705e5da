"""--engine dask (issue 5): the per-document stages as Dask tasks on a loopback cluster give the
same outputs, byte for byte, as the local engine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from pipeline.config import RunConfig  # noqa: E402
from pipeline.job import run_job  # noqa: E402

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = [str(PROJECT / "seeds"), str(PROJECT / "tests" / "devset")]


@pytest.fixture(scope="module")
def scheduler():
    """A small cluster on 127.0.0.1: one in-process worker with two threads (no process start-up)."""
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def output_files(folder: Path) -> dict[str, bytes]:
    """Every output file (not the cache) by name; report.html's generation time masked."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    if "report.html" in files:
        files["report.html"] = re.sub(rb"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", b"<time>", files["report.html"])
    return files


def test_dask_engine_matches_local_engine_row_for_row(model_path, scheduler, tmp_path):
    local = tmp_path / "local"
    run_job(CORPUS, local, RunConfig(model=model_path, workers=1, use_cache=False, quiet=True))
    dask = tmp_path / "dask"
    summary = run_job(
        CORPUS, dask,
        RunConfig(model=model_path, engine="dask", scheduler=scheduler, batch_size=4, use_cache=False, quiet=True),
    )
    assert summary.n_ok == summary.n_documents > 20
    want, got = output_files(local), output_files(dask)
    assert set(got) == set(want)
    for name in want:
        if name.endswith(".csv"):
            assert got[name].splitlines() == want[name].splitlines(), f"{name}: rows differ"
        assert got[name] == want[name], f"{name} differs"
    assert want["mentions.csv"].count(b"\n") > 50


def test_dask_engine_with_cache_rerun(model_path, scheduler, tmp_path):
    config = RunConfig(model=model_path, engine="dask", scheduler=scheduler, batch_size=8, quiet=True)
    out = tmp_path / "out"
    run_job(CORPUS, out, config)
    first = output_files(out)
    run_job(CORPUS, out, config)  # all hits: the cluster gets no task
    assert output_files(out) == first


def test_dask_engine_starts_its_own_local_cluster_of_processes(tmp_path):
    """No --scheduler: a LocalCluster of worker processes on 127.0.0.1, closed afterwards."""
    import spacy

    model = tmp_path / "blank"
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(model)
    seeds = [str(PROJECT / "seeds")]
    local = tmp_path / "local"
    run_job(seeds, local, RunConfig(model=str(model), workers=1, use_cache=False, quiet=True))
    dask = tmp_path / "dask"
    run_job(seeds, dask, RunConfig(model=str(model), engine="dask", workers=1, batch_size=1, use_cache=False, quiet=True))
    assert output_files(dask) == output_files(local)


def test_local_cluster_workers_get_one_blas_thread_like_the_pool(monkeypatch):
    """Dask workers do their math on one BLAS thread, as the process pool's do, even when the
    dask config does not ask for it; the driver's environment is left as it was."""
    import os

    import dask

    from pipeline.parallel import ONE_THREAD_ENV, _restore_env, _saved_env, local_dask_cluster

    for key in ONE_THREAD_ENV:
        monkeypatch.delenv(key, raising=False)
    saved = _saved_env()
    with dask.config.set({"distributed.nanny.pre-spawn-environ": {}}):  # a config without the limit
        cluster = local_dask_cluster(1)
    try:
        with distributed.Client(cluster) as client:
            seen = list(client.run(lambda: {k: os.environ.get(k) for k in ONE_THREAD_ENV}).values())
    finally:
        cluster.close()
        _restore_env(saved)
    assert seen == [ONE_THREAD_ENV]
    assert all(os.environ.get(k) is None for k in ONE_THREAD_ENV)
