"""Outputs are written atomically: a run killed with SIGKILL at any point leaves every table
complete (the previous version or the new one, never half of one), and the next run cleans up
the temporary files and completes the folder.

Two ways of killing:
* deterministic: a forked writer SIGKILLs itself halfway through writing its n-th file, or just
  before its n-th rename (files are renamed into place together once all are written);
* real: `nlie run` on a few hundred small articles, SIGKILLed after several delays.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline import export
from pipeline.export import RECONCILED_TABLES, TABLES, write_outputs
from pipeline.records import Article, DateMention, Extraction, Medal, Mention, RaceTime

ALL_TABLES = {**TABLES, **RECONCILED_TABLES}
BASE_ROWS = 2000


def _extractions(iteration: int) -> list[Extraction]:
    """BASE_ROWS + iteration documents, each tagged with the iteration in its doc_id."""
    text = " date 2026-02-09 Kok reed 1.12,59 en pakte zilver op maandag."
    out = []
    for i in range(BASE_ROWS + iteration):
        article = Article(f"it{iteration}-doc{i}", text, date(2026, 2, 9), f"doc{i}.txt", body_start=17)
        out.append(
            Extraction(
                article=article,
                mentions=(Mention(17, 20, "Kok", label="PER", canonical="Kok"),),
                times=(RaceTime(26, 33, "1.12,59", seconds=72.59),),
                medals=(Medal(43, 49, "zilver", medal="silver", rank=2),),
                dates=(DateMention(53, 60, "maandag", value="2026-02-09", granularity="day"),),
            )
        )
    return out


def assert_complete_tables(out_dir: Path, n_docs: int | None = None) -> None:
    """Every *.csv parses fully, has its whole header, and holds exactly one iteration's rows."""
    tables = sorted(out_dir.glob("*.csv"))
    assert tables, "no tables"
    for path in tables:
        assert not path.name.startswith("."), path
        frame = pd.read_csv(path, keep_default_na=False, dtype=str)
        columns = ALL_TABLES.get(path.stem)
        if columns is not None:
            assert list(frame.columns) == [c.name for c in columns], path.name
        if "doc_id" in frame.columns and len(frame) and frame["doc_id"].str.startswith("it").all():
            iterations = frame["doc_id"].str.extract(r"^it(\d+)-")[0].astype(int).unique()
            assert len(iterations) == 1, (path.name, iterations)  # never a mix of two writes
            assert len(frame) == BASE_ROWS + int(iterations[0]), path.name  # never a truncated one
        if n_docs is not None and path.stem == "documents":
            assert len(frame) == n_docs
    for name in ("extraction.json", "schema.json"):
        if (out_dir / name).exists():
            import json

            json.loads((out_dir / name).read_text(encoding="utf-8"))


def _iterations(out_dir: Path) -> set[int]:
    """The write iterations the per-document tables come from."""
    found = set()
    for path in out_dir.glob("*.csv"):
        if path.stem in TABLES:
            ids = pd.read_csv(path, dtype=str, keep_default_na=False)["doc_id"]
            found.update(ids.str.extract(r"^it(\d+)-")[0].dropna().astype(int))
    return found


def _temp_files(out_dir: Path) -> list[Path]:
    return sorted(out_dir.glob(".*.tmp"))


def _forked_write_killed_at(out_dir: Path, iteration: int, call: int, phase: str) -> int:
    """Fork a writer that SIGKILLs itself halfway through its `call`-th file ("mid-write") or
    before its `call`-th rename ("before-rename"); returns its wait status."""
    extractions = _extractions(iteration)  # built before the fork: the child only writes
    pid = os.fork()
    if pid == 0:  # child
        try:
            calls = {"n": 0, "renames": 0}
            real_fdopen, real_replace = os.fdopen, os.replace

            class HalfWriter:
                def __init__(self, handle):
                    self.handle = handle

                def __enter__(self):
                    return self

                def __exit__(self, *exc):
                    self.handle.close()

                def write(self, payload):
                    self.handle.write(payload[: len(payload) // 2])
                    self.handle.flush()
                    os.kill(os.getpid(), signal.SIGKILL)

                def __getattr__(self, name):
                    return getattr(self.handle, name)

            def fdopen(fd, *args, **kwargs):
                calls["n"] += 1
                handle = real_fdopen(fd, *args, **kwargs)
                return HalfWriter(handle) if phase == "mid-write" and calls["n"] == call else handle

            def replace(src, dst):
                calls["renames"] += 1
                if phase == "before-rename" and calls["renames"] == call:
                    os.kill(os.getpid(), signal.SIGKILL)
                return real_replace(src, dst)

            export.os.fdopen, export.os.replace = fdopen, replace
            write_outputs(out_dir, extractions, {"model": "test"})
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return status


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_at_each_point_of_writing_leaves_complete_tables(tmp_path):
    out = tmp_path / "outputs"
    write_outputs(out, _extractions(0), {"model": "test"})
    assert_complete_tables(out)
    n_files = len(list(out.iterdir()))
    iteration = 0
    for call in (1, 2, 4, 7, n_files):
        for phase in ("mid-write", "before-rename"):
            iteration += 1
            before = _iterations(out)
            status = _forked_write_killed_at(out, iteration, call, phase)
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (call, phase)
            assert _temp_files(out), "the kill left no temporary file: the test did not kill mid-write"
            assert_complete_tables(out)
            if phase == "mid-write" or call == 1:
                # Killed before any rename: the folder is as the last write left it, no new table.
                assert _iterations(out) == before, (call, phase)
    # A rerun removes the leftovers and completes the folder with one consistent set.
    write_outputs(out, _extractions(99), {"model": "test"})
    assert _temp_files(out) == []
    assert_complete_tables(out)
    assert all(pd.read_csv(p, dtype=str)["doc_id"].str.startswith("it99-").all()
               for p in out.glob("*.csv") if p.stem in TABLES)


def test_atomic_write_keeps_mode_and_cleans_up_on_error(tmp_path, monkeypatch):
    target = tmp_path / "t.csv"
    export.atomic_write(target, "a\n1\n")
    assert target.stat().st_mode & 0o777 == 0o644
    os.chmod(target, 0o640)
    export.atomic_write(target, "a\n2\n")
    assert target.stat().st_mode & 0o777 == 0o640 and target.read_text() == "a\n2\n"

    def boom(*_):
        raise OSError("disk full")

    monkeypatch.setattr(export.os, "replace", boom)
    with pytest.raises(OSError):
        export.atomic_write(target, "a\n3\n")
    assert target.read_text() == "a\n2\n" and _temp_files(tmp_path) == []


def test_stale_temp_files_are_removed_but_nothing_else(tmp_path):
    (tmp_path / ".times.csv.abc123.tmp").write_text("doc_id,st")
    (tmp_path / "notes.tmp").write_text("mine")  # not one of atomic_write's names
    (tmp_path / ".cache").mkdir()
    write_outputs(tmp_path, _extractions(0)[:3], {"model": "test"})
    assert _temp_files(tmp_path) == [] and (tmp_path / "notes.tmp").exists() and (tmp_path / ".cache").is_dir()


def _nlie(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parent.parent,
    )


def test_nlie_run_killed_at_several_delays_then_rerun(tmp_path, blank_model_path):
    from pipeline.cli import main

    inputs = tmp_path / "in"
    inputs.mkdir()
    words = ["Leerdam", "Kok", "won", "goud", "zilver", "op", "de", "1000", "meter", "in", "Milaan", "maandag"]
    n = 300
    for i in range(n):
        body = " ".join(words[(i + j) % len(words)] for j in range(40))
        (inputs / f"a{i:03d}.txt").write_text(f" date 2026-02-09 {body} Ze reed 1.{10 + i % 50},{i % 100:02d}.\n")
    out = tmp_path / "outputs"
    args = ["run", str(inputs), "-o", str(out), "--model", blank_model_path, "-q", "--workers", "1", "--no-cache"]
    assert main(args) == 0  # the previous complete outputs
    assert_complete_tables(out, n_docs=n)

    started = time.perf_counter()
    assert _nlie(args).wait(timeout=120) == 0
    duration = time.perf_counter() - started
    for fraction in (0.6, 0.8, 0.9, 0.97):
        proc = _nlie(args)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert_complete_tables(out, n_docs=n)
    assert main(args) == 0
    assert _temp_files(out) == []
    assert_complete_tables(out, n_docs=n)


def test_a_run_that_fails_while_writing_leaves_the_previous_outputs_whole(tmp_path, blank_model_path, monkeypatch):
    from pipeline import report
    from pipeline.config import RunConfig
    from pipeline.job import run_job

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(" date 2026-02-09 Kok reed 1.12,59 op maandag.\n")
    out = tmp_path / "outputs"
    config = RunConfig(model=blank_model_path, quiet=True, workers=1, use_cache=False)
    run_job([str(inputs)], out, config)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    (inputs / "b.txt").write_text(" date 2026-02-10 Leerdam reed 1.13,01 op dinsdag.\n")

    def failing_page(*args, **kwargs):
        yield "<!doctype html>"
        raise OSError("disk full")

    monkeypatch.setattr(report, "report_chunks", failing_page)
    with pytest.raises(OSError):
        run_job([str(inputs)], out, config)
    # The tables were complete before the page failed, but none replaced the previous run's.
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert _temp_files(out) == []
