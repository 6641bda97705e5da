"""`nlie`: the command line. Parses arguments, runs a job, reports; nothing else.

Exit codes: 0 every article processed, 1 some articles failed (see documents.csv),
2 a usage error (bad arguments, missing input, unknown model).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from .config import DEFAULT_OUTPUT_DIR, RunConfig

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
Dutch sports news in, normalized tables out. Reads articles (seed format with a
' date YYYY-MM-DD ' header, plain .txt, or JSONL/CSV batches with id,date,text),
finds entities, race times, medals, records, ages and dates, reconciles people
across articles, and writes CSV + JSON tables, a schema and report.html."""


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nlie", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="extract tables from articles",
        description="Process article files and folders into an outputs folder.",
        epilog="Exit code 0: all articles ok; 1: some failed (documents.csv says why); 2: usage error.",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="article files, folders of them, or .jsonl/.csv batches")
    run.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT_DIR, help="folder for the tables (default: %(default)s)")
    _model_options(run)
    run.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles without a date header")
    run.add_argument("--batch-size", type=_positive_int, default=RunConfig.batch_size, help="articles per spaCy batch (default: %(default)s)")
    run.add_argument("--strict", action="store_true", help="stop at the first article that fails (status error; skipped ones do not stop it)")
    run.add_argument("--skip-non-dutch", action="store_true", help="mark articles that are not in Dutch as skipped (default: process them, language in documents.csv)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    run.add_argument("--workers", type=_positive_int, default=None, help="worker processes (default: all cores)")
    run.add_argument("--engine", choices=("local", "dask"), default="local", help="local processes, or one Dask task per batch (default: %(default)s)")
    run.add_argument("--scheduler", metavar="ADDRESS", help="--engine dask: address of a running Dask scheduler (default: a local cluster on 127.0.0.1)")
    run.add_argument("--no-cache", action="store_true", help="re-extract every article (no per-document cache in OUTPUT/.cache)")

    evaluate = commands.add_parser(
        "eval",
        help="score the extractors against the hand labels",
        description="Run the pipeline on hand-labelled articles and print precision/recall/F1 per extractor, "
        "with every miss and false hit; saves scores.csv, errors.csv and scores.json.",
    )
    evaluate.add_argument("--set", dest="sets", nargs="+", choices=("seeds", "dev", "holdout"), default=["seeds", "dev"], help="labelled sets to score (default: seeds dev)")
    evaluate.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT_DIR / "eval", help="folder for the scores (default: %(default)s)")
    _model_options(evaluate)
    return parser


def _model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        help="spaCy pipeline: package name or path (default: nl_core_news_sm if installed, else the bundled model)",
    )


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print("nlie: interrupted; outputs written so far are complete files", file=sys.stderr)
        return 130
    except UsageError as exc:
        print(f"nlie: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


class UsageError(Exception):
    pass


def _dispatch(args: argparse.Namespace) -> int:
    from .ingest import InputError, parse_iso_date
    from .job import StrictStop, run_job
    from .nlp import ModelNotFound

    try:
        if args.command == "run":
            if args.date:
                try:
                    parse_iso_date(args.date)
                except ValueError as exc:
                    raise UsageError(f"--date: {exc}") from None
            if args.scheduler and args.engine != "dask":
                raise UsageError("--scheduler needs --engine dask")
            config = RunConfig(model=args.model, batch_size=args.batch_size, default_date=args.date, strict=args.strict, quiet=args.quiet, skip_non_dutch=args.skip_non_dutch,
                               workers=args.workers or os.cpu_count() or 1, engine=args.engine, scheduler=args.scheduler, use_cache=not args.no_cache)
            summary = run_job(args.inputs, args.output, config)
            print(
                f"{summary.n_documents} articles: {summary.n_ok} ok, {summary.n_failed} failed, "
                f"{summary.n_skipped} skipped in {summary.seconds:.1f}s with {summary.model} -> {summary.output_dir}"
            )
            return summary.exit_code
        from .evaluate import run_eval

        run_eval(sets=tuple(args.sets), config=RunConfig(model=args.model, quiet=True), out_dir=args.output)
        return EXIT_OK
    except (InputError, ModelNotFound) as exc:
        raise UsageError(str(exc)) from None
    except StrictStop as exc:
        print(f"nlie: stopped (--strict): {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except PermissionError as exc:
        raise UsageError(f"cannot write {exc.filename}: permission denied") from None


if __name__ == "__main__":
    sys.exit(main())
