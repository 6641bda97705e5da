"""Throughput and scale benchmark (issue 5): `make bench`, or

    .venv/bin/python benchmarks/run.py            # full run (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # smaller corpus, for a quick look
    .venv/bin/python benchmarks/run.py --model /tmp/nl_blank

Reports, for one model:

* bare ``nlp.pipe`` words/second: the full loaded model, every component, nothing else;
* the full pipeline's words/second (ingest, spaCy, every stage, reconciliation, export and
  report.html; `pipeline.job.run_job`) with 1 and with 2 workers, and the ratios;
* peak memory (ru_maxrss of the driver and of its largest worker) at 1x and 10x corpus size;
* a no-change rerun of 1,000 articles against its first run (per-document cache);
* the reconciliation benchmark (`benchmarks/bench_reconcile.run`).

Every pipeline measurement runs in a fresh subprocess (so ru_maxrss is that run's own peak),
which loads the model before its clock starts: the figures are steady-state throughput, not
start-up. A multi-worker run starts its worker pool (and loads the model in every worker)
inside its clock: that start-up is measured apart, and the scaling bar is read without it.
The wall time of the whole command is reported next to them for the rerun, where
start-up is most of it. The synthetic corpus (benchmarks/corpus.py) recombines sentences of
the seeds and dev articles and swaps the people between them.

Results go to benchmarks/results.md (table) and benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT))

from benchmarks import corpus as synth  # noqa: E402

#: The issue's bars.
BARS = {
    "pipeline_vs_bare_1w": 0.9,  # full pipeline >= 0.9x bare nlp.pipe, one worker
    "scaling_2w": 1.7,  # 2 workers >= 1.7x one worker (one core, i.e. one BLAS thread, per worker)
    "memory_10x_vs_1x": 1.2,  # peak memory at 10x within 1.2x of 1x (at most)
    "rerun_vs_first": 0.05,  # no-change rerun of 1,000 articles < 5% of the first run
}


# --------------------------------------------------------------------------------------
# Child mode: one measured run in a fresh process, result as JSON on stdout.
# --------------------------------------------------------------------------------------


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def child_job(args) -> dict:
    from pipeline.config import RunConfig
    from pipeline.job import run_job
    from pipeline.run import build_pipeline

    import pipeline.reconcile as reconcile_module

    config = RunConfig(model=args.model, workers=args.workers, use_cache=not args.no_cache, quiet=True,
                       batch_size=args.batch_size or RunConfig.batch_size)
    # The peak up to the end of extraction (the streaming part), read when reconciliation starts.
    at_reconcile = {}
    real_reconcile = reconcile_module.reconcile

    def reconcile_after_noting_peak(*a, **k):
        at_reconcile["maxrss_mb"] = _maxrss_mb(resource.RUSAGE_SELF)
        at_reconcile["seconds"] = time.perf_counter() - started
        return real_reconcile(*a, **k)

    reconcile_module.reconcile = reconcile_after_noting_peak
    loaded = time.perf_counter()
    build_pipeline(config)  # model load outside the clock
    loaded = time.perf_counter() - loaded
    started = time.perf_counter()
    summary = run_job([args.inputs], Path(args.output), config)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "load_seconds": loaded,
        "documents": summary.n_documents,
        "ok": summary.n_ok,
        "model": summary.model,
        "maxrss_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "maxrss_extraction_mb": at_reconcile.get("maxrss_mb"),
        "extraction_seconds": at_reconcile.get("seconds"),  # up to reconciliation: ingest, spaCy, stages, cache
        "maxrss_workers_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }


def child_bare(args) -> dict:
    from pipeline.ingest import read_articles
    from pipeline.nlp import load_model

    nlp, info = load_model(args.model)  # every component the model has, none added
    bodies = [a.body for a in read_articles([args.inputs]) if a.ok]
    for _ in nlp.pipe(bodies[:32], batch_size=args.batch_size):  # warm-up
        pass
    started = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=args.batch_size):
        pass
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "pipes": nlp.pipe_names, "model": f"{info.name} {info.version} ({info.source})",
            "maxrss_mb": _maxrss_mb(resource.RUSAGE_SELF)}


def child_trimmed(args) -> dict:
    """nlp.pipe of the pipeline as the product runs it (unused components off, entity ruler
    on), without the stages: splits the pipeline's time into spaCy and everything else."""
    from pipeline.config import RunConfig
    from pipeline.ingest import read_articles
    from pipeline.run import build_pipeline

    nlp, _ = build_pipeline(RunConfig(model=args.model))
    bodies = [a.body for a in read_articles([args.inputs]) if a.ok]
    for _ in nlp.pipe(bodies[:32], batch_size=args.batch_size):
        pass
    started = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=args.batch_size):
        pass
    return {"seconds": time.perf_counter() - started, "pipes": nlp.pipe_names}


def child_startup(args) -> dict:
    """How long a pool of `args.workers` takes to start (spawn, imports, model load in every
    worker), as the pool engine starts it: the multi-worker run pays this inside its clock,
    where the one-worker run has its model loaded before its clock starts."""
    from pipeline.config import RunConfig
    from pipeline.parallel import worker_pool

    pause = 0.5  # long enough that every worker is started and takes one task
    started = time.perf_counter()
    with worker_pool(RunConfig(model=args.model, workers=args.workers), args.workers) as pool:
        for future in [pool.submit(time.sleep, pause) for _ in range(args.workers)]:
            future.result()
        seconds = time.perf_counter() - started - pause
    return {"seconds": seconds}


def child_reconcile(args) -> dict:
    from benchmarks import bench_reconcile

    return bench_reconcile.run(args.mentions)


# --------------------------------------------------------------------------------------
# Driver.
# --------------------------------------------------------------------------------------


#: The environment of the "one BLAS thread" measurements (as the pool's workers run).
ONE_BLAS_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _child(*argv: str, env: dict | None = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *argv]
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=PROJECT, capture_output=True, text=True, env={**os.environ, **env} if env else None)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(argv)}\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = wall
    return result


#: Throughput runs are repeated and the fastest kept (as timeit does): on a small shared VM a
#: single sample moves by 10% from run to run, and the fastest is the least disturbed.
REPEATS = 2


def _fastest(run) -> dict:
    """The fastest of REPEATS calls of run(i)."""
    return min((run(i) for i in range(REPEATS)), key=lambda r: r["seconds"])


def _job(inputs: Path, output: Path, model, workers: int, cache: bool, batch_size: int = 0, env: dict | None = None) -> dict:
    argv = ["job", "--inputs", str(inputs), "--output", str(output), "--workers", str(workers)]
    argv += ["--batch-size", str(batch_size)] if batch_size else []
    argv += ["--model", model] if model else []
    argv += [] if cache else ["--no-cache"]
    return _child(*argv, env=env)


def _outputs(folder: Path) -> dict:
    """Output files by name, report.html's generation time masked."""
    files = {f.name: f.read_bytes() for f in folder.iterdir() if f.is_file()}
    if "report.html" in files:
        files["report.html"] = re.sub(rb"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", b"<time>", files["report.html"])
    return files


def _words(folder: Path) -> int:
    return sum(synth.words(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))


def _load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora (about a minute)")
    parser.add_argument("--model", help="spaCy model (default: as pipeline.nlp resolves it)")
    parser.add_argument("--articles", type=int, help="articles in the throughput corpus (default 2000, quick 400)")
    parser.add_argument("--batch-size", type=int, default=0, help="spaCy batch size for every run (default: RunConfig's)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for results.md/results.json (default: benchmarks/)")
    parser.add_argument("--child", choices=("job", "bare", "trimmed", "startup", "reconcile"), help=argparse.SUPPRESS)
    parser.add_argument("--inputs", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--no-cache", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mentions", type=int, default=1_000_000, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        if args.child in ("bare", "trimmed") and not args.batch_size:
            from pipeline.config import RunConfig

            args.batch_size = RunConfig.batch_size
        result = {"job": child_job, "bare": child_bare, "trimmed": child_trimmed, "startup": child_startup,
                  "reconcile": child_reconcile}[args.child](args)
        print(json.dumps(result, default=str))
        return 0

    n = args.articles or (400 if args.quick else 2000)
    n_mem = max(20, n // 10)  # 1x; 10x is n_mem * 10
    n_rerun = 200 if args.quick else 1000
    mentions = 100_000 if args.quick else 1_000_000
    model_arg = args.model
    cores = os.cpu_count() or 1
    workers_2 = 2

    results: dict = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": {"cores": cores, "python": platform.python_version(), "platform": platform.platform(),
                    "load_average_at_start": _load_average()},
        "quick": args.quick,
    }
    tmp = Path(tempfile.mkdtemp(prefix="nlie-bench-"))
    try:
        def step(name):
            print(f"[bench] {name} (load average {_load_average()})", file=sys.stderr, flush=True)

        step(f"building corpora ({n} articles, memory {n_mem} and {10 * n_mem}, rerun {n_rerun})")
        main_corpus = synth.write(tmp / "corpus", n, seed=1)
        words = _words(main_corpus)
        results["corpus"] = {"articles": n, "words": words, "words_per_article": round(words / n, 1)}

        step("bare nlp.pipe")
        bare_argv = ["bare", "--inputs", str(main_corpus)] + (["--model", model_arg] if model_arg else [])
        bare_argv += ["--batch-size", str(args.batch_size)] if args.batch_size else []
        bare = _fastest(lambda i: _child(*bare_argv))
        results["model"] = bare["model"]
        results["bare"] = {"seconds": bare["seconds"], "words_per_second": words / bare["seconds"], "pipes": bare["pipes"]}

        step("nlp.pipe of the product's pipeline (no stages)")
        trimmed = _fastest(lambda i: _child("trimmed", *bare_argv[1:]))
        results["spacy_in_pipeline"] = {"seconds": trimmed["seconds"], "words_per_second": words / trimmed["seconds"],
                                        "pipes": trimmed["pipes"]}

        runs = {}
        for w in (1, workers_2):
            step(f"full pipeline, {w} worker(s)")
            # As run by default (cache written); each repeat into a fresh folder, so none is a rerun.
            r = _fastest(lambda i: _job(main_corpus, tmp / f"out_w{w}" / str(i), model_arg, w, cache=True, batch_size=args.batch_size))
            runs[w] = {"seconds": r["seconds"], "words_per_second": words / r["seconds"],
                       "maxrss_mb": r["maxrss_mb"], "maxrss_workers_mb": r["maxrss_workers_mb"],
                       "extraction_seconds": r["extraction_seconds"]}
        same = _outputs(tmp / "out_w1" / "0") == _outputs(tmp / f"out_w{workers_2}" / "0")
        results["pipeline"] = {
            "1_worker": runs[1],
            f"{workers_2}_workers": runs[workers_2],
            "ratio_1w_vs_bare": runs[1]["words_per_second"] / results["bare"]["words_per_second"],
            "scaling_2w_vs_1w": runs[workers_2]["words_per_second"] / runs[1]["words_per_second"],
            "outputs_identical_1w_2w": same,
        }

        # The same comparison with one BLAS thread on each side: each run then uses one core,
        # so the ratio is the cost of the extra stages themselves, and a job busy on the other
        # core (or BLAS threads fighting it) disturbs it less.
        step("bare nlp.pipe and full pipeline (1 worker), one BLAS thread each")
        bare1 = _fastest(lambda i: _child(*bare_argv, env=ONE_BLAS_THREAD))
        job1 = _fastest(lambda i: _job(main_corpus, tmp / "out_w1_1t" / str(i), model_arg, 1, cache=True, batch_size=args.batch_size,
                                       env=ONE_BLAS_THREAD))
        results["one_blas_thread"] = {
            "bare_words_per_second": words / bare1["seconds"],
            "pipeline_1w_words_per_second": words / job1["seconds"],
            "ratio_1w_vs_bare": bare1["seconds"] / job1["seconds"],
        }
        # Scaling as the bar means it: each pool worker runs on one core (one BLAS thread), and
        # so does this one-worker run; the default one-worker run above also does its matrix
        # products on the second core, which the 2-worker run cannot borrow.
        results["pipeline"]["scaling_2w_vs_1w_one_blas_thread"] = job1["seconds"] / runs[workers_2]["seconds"]
        # The same at steady state: without the worker pool's start-up (each worker loads the
        # model inside the run's clock; the one-worker run loaded it before its clock started).
        step(f"worker pool start-up, {workers_2} workers")
        startup = _child("startup", "--workers", str(workers_2), *(["--model", model_arg] if model_arg else []))["seconds"]
        results["pipeline"]["pool_startup_seconds"] = startup
        results["pipeline"]["scaling_2w_vs_1w_one_blas_thread_steady"] = job1["seconds"] / (runs[workers_2]["seconds"] - startup)

        step("peak memory at 1x and 10x")
        mem = {}
        for label, count in (("1x", n_mem), ("10x", 10 * n_mem)):
            folder = synth.write(tmp / f"mem_{label}", count, seed=2)
            r = _job(folder, tmp / f"out_mem_{label}", model_arg, 1, cache=True, batch_size=args.batch_size)
            mem[label] = {"articles": count, "maxrss_mb": r["maxrss_mb"], "seconds": r["seconds"],
                          "maxrss_extraction_mb": r["maxrss_extraction_mb"]}
        mem["ratio_10x_vs_1x"] = mem["10x"]["maxrss_mb"] / mem["1x"]["maxrss_mb"]
        mem["extraction_ratio_10x_vs_1x"] = mem["10x"]["maxrss_extraction_mb"] / mem["1x"]["maxrss_extraction_mb"]
        results["memory"] = mem

        step(f"no-change rerun of {n_rerun} articles")
        folder = synth.write(tmp / "rerun", n_rerun, seed=3)
        first = _job(folder, tmp / "out_rerun", model_arg, cores, cache=True, batch_size=args.batch_size)
        again = _job(folder, tmp / "out_rerun", model_arg, cores, cache=True, batch_size=args.batch_size)
        # And with one new article: every other one from the cache, but reconciliation and export run.
        (folder / "new_article.txt").write_text(synth.articles(1, seed=4)[0], encoding="utf-8")
        grown = _job(folder, tmp / "out_rerun", model_arg, cores, cache=True, batch_size=args.batch_size)
        results["rerun"] = {
            "articles": n_rerun,
            "workers": cores,
            "first_seconds": first["seconds"],
            "rerun_seconds": again["seconds"],
            "ratio": again["seconds"] / first["seconds"],
            "first_wall_seconds": first["wall_seconds"],
            "rerun_wall_seconds": again["wall_seconds"],
            "wall_ratio": again["wall_seconds"] / first["wall_seconds"],
            "one_new_article_seconds": grown["seconds"],
            "one_new_article_ratio": grown["seconds"] / first["seconds"],
        }

        step(f"reconciliation of {mentions:,} mentions")
        results["reconcile"] = _child("reconcile", "--mentions", str(mentions))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    results["machine"]["load_average_at_end"] = _load_average()
    results["bars"] = check_bars(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    (args.out / "results.md").write_text(markdown(results), encoding="utf-8")
    print(markdown(results))
    return 0


def check_bars(r: dict) -> dict:
    p = r["pipeline"]
    return {
        "pipeline_vs_bare_1w": {"value": p["ratio_1w_vs_bare"], "bar": f">= {BARS['pipeline_vs_bare_1w']}",
                                "met": p["ratio_1w_vs_bare"] >= BARS["pipeline_vs_bare_1w"]},
        "scaling_2w": {"value": p["scaling_2w_vs_1w_one_blas_thread_steady"], "bar": f">= {BARS['scaling_2w']}",
                       "met": p["scaling_2w_vs_1w_one_blas_thread_steady"] >= BARS["scaling_2w"]},
        "memory_10x_vs_1x": {"value": r["memory"]["ratio_10x_vs_1x"], "bar": f"<= {BARS['memory_10x_vs_1x']}",
                             "met": r["memory"]["ratio_10x_vs_1x"] <= BARS["memory_10x_vs_1x"]},
        "rerun_vs_first": {"value": r["rerun"]["ratio"], "bar": f"< {BARS['rerun_vs_first']}",
                           "met": r["rerun"]["ratio"] < BARS["rerun_vs_first"]},
    }


def markdown(r: dict) -> str:
    p, m, re_, b = r["pipeline"], r["memory"], r["rerun"], r["bars"]
    two = [k for k in p if k.endswith("_workers")][0]
    rec = r.get("reconcile", {})

    def ok(name):
        return "yes" if b[name]["met"] else "**no**"

    lines = [
        "# Benchmark results",
        "",
        f"Date: {r['date']}. Machine: {r['machine']['cores']} cores, Python {r['machine']['python']}, "
        f"{r['machine']['platform']}; load average {r['machine']['load_average_at_start']} at start, "
        f"{r['machine']['load_average_at_end']} at end{' (other jobs were running: figures are noisy)' if _busy(r) else ''}.",
        f"Model: {r['model']}. Corpus: {r['corpus']['articles']} synthetic articles, {r['corpus']['words']:,} words "
        f"({r['corpus']['words_per_article']} per article){' — quick run' if r['quick'] else ''}.",
        "Command: `make bench` (`.venv/bin/python benchmarks/run.py" + (" --quick" if r["quick"] else "") + "`).",
        "",
        "| measure | value | bar | met |",
        "|---|---|---|---|",
        f"| bare `nlp.pipe` (all components: {', '.join(r['bare']['pipes'])}) | {r['bare']['words_per_second']:,.0f} words/s | | |",
        f"| spaCy part of the pipeline alone ({', '.join(r['spacy_in_pipeline']['pipes'])}) | {r['spacy_in_pipeline']['words_per_second']:,.0f} words/s | | |",
        f"| full pipeline, 1 worker (ingest → export) | {p['1_worker']['words_per_second']:,.0f} words/s | | |",
        f"| full pipeline, {two.split('_')[0]} workers | {p[two]['words_per_second']:,.0f} words/s | | |",
        f"| pipeline 1 worker / bare nlp.pipe | {p['ratio_1w_vs_bare']:.2f}x | {b['pipeline_vs_bare_1w']['bar']} | {ok('pipeline_vs_bare_1w')} |",
        f"| 2 workers / 1 worker, one core each (one BLAS thread per worker), steady state: without the pool's start-up ({p['pool_startup_seconds']:.1f} s, measured apart) | {p['scaling_2w_vs_1w_one_blas_thread_steady']:.2f}x | {b['scaling_2w']['bar']} | {ok('scaling_2w')} |",
        f"| the same, the pool's start-up included | {p['scaling_2w_vs_1w_one_blas_thread']:.2f}x | | |",
        f"| 2 workers / 1 worker with default BLAS threads (the one worker also uses the second core for matrix products) | {p['scaling_2w_vs_1w']:.2f}x | | |",
    ]
    one = r.get("one_blas_thread")
    if one:
        lines.append(
            f"| with one BLAS thread each: bare {one['bare_words_per_second']:,.0f} words/s, pipeline 1 worker "
            f"{one['pipeline_1w_words_per_second']:,.0f} words/s, ratio | {one['ratio_1w_vs_bare']:.2f}x | (>= 0.9) | |"
        )
    lines += [
        f"| outputs of 1 and 2 workers byte-identical | {p['outputs_identical_1w_2w']} | | |",
        f"| peak memory, 1x ({m['1x']['articles']} articles) | {m['1x']['maxrss_mb']:.0f} MB | | |",
        f"| peak memory, 10x ({m['10x']['articles']} articles) | {m['10x']['maxrss_mb']:.0f} MB | | |",
        f"| peak memory 10x / 1x | {m['ratio_10x_vs_1x']:.2f}x | {b['memory_10x_vs_1x']['bar']} | {ok('memory_10x_vs_1x')} |",
        f"| peak memory up to the end of extraction (streaming part), 1x / 10x | {m['1x']['maxrss_extraction_mb']:.0f} MB / "
        f"{m['10x']['maxrss_extraction_mb']:.0f} MB = {m['extraction_ratio_10x_vs_1x']:.2f}x | | |",
        f"| first run, {re_['articles']} articles ({re_['workers']} workers) | {re_['first_seconds']:.2f} s (command {re_['first_wall_seconds']:.1f} s) | | |",
        f"| no-change rerun, same articles | {re_['rerun_seconds']:.2f} s (command {re_['rerun_wall_seconds']:.1f} s) | | |",
        f"| rerun / first run | {re_['ratio']:.1%} (command {re_['wall_ratio']:.1%}) | {b['rerun_vs_first']['bar'].replace('0.05', '5%')} | {ok('rerun_vs_first')} |",
        f"| rerun with 1 new article (others cached; reconciliation + export run) | {re_['one_new_article_seconds']:.2f} s = {re_['one_new_article_ratio']:.1%} of first | | |",
    ]
    if rec:
        lines.append(
            f"| reconciliation, {rec['n_mentions']:,} mentions ({rec['n_documents']:,} docs; bench_reconcile) | "
            f"{rec['seconds']:.1f} s, peak {rec['peak_rss_mib']:.0f} MiB | < 60 s, < 4 GiB | {'yes' if rec['ok'] else '**no**'} |"
        )
    sp, one = r["spacy_in_pipeline"]["seconds"], p["1_worker"]["seconds"]
    ext = p["1_worker"].get("extraction_seconds")
    n = r["corpus"]["articles"]
    where = (f"Where one worker's time goes: spaCy (the product's components) {sp:.1f} s = {sp / one:.0%}; "
             f"everything else {one - sp:.1f} s = {(one - sp) / one:.0%}")
    if ext:
        where += (f": the rule stages, ingest and the cache {ext - sp:.1f} s ({(ext - sp) / n * 1000:.2f} ms per article), "
                  f"reconciliation, the tables and report.html {one - ext:.1f} s ({(one - ext) / n * 1000:.2f} ms per article)")
    bare_ms = r["bare"]["seconds"] / n * 1000
    lines += [
        "",
        where + ".",
        f"For the 0.9x bar everything after spaCy may take {bare_ms / 0.9 - bare_ms:.2f} ms per article "
        f"(bare `nlp.pipe`: {bare_ms:.2f} ms per article); it takes {(one - sp) / n * 1000:.2f} ms.",
    ]
    lines += [
        "",
        "Pipeline figures exclude model loading (each run loads the model in a fresh process before",
        "its clock starts); 'command' times are the whole subprocess, start-up included. Peak memory",
        "is ru_maxrss of the driver process (one worker). Full figures: results.json.",
        "",
    ]
    return "\n".join(lines)


def _busy(r: dict) -> bool:
    try:
        load = max(float(r["machine"]["load_average_at_start"].split()[0]), float(r["machine"]["load_average_at_end"].split()[0]))
    except (ValueError, IndexError):
        return False
    return load > 0.5


if __name__ == "__main__":
    sys.exit(main())
