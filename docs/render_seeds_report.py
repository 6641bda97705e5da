"""Render the review page of the seeds (with their evaluation) and screenshot it to docs/report.png.

    .venv/bin/python docs/render_seeds_report.py [--no-eval] [--html PATH] [--png docs/report.png]

Needs Debian's chromium (see tests/test_report_browser.py, which installs it as root).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import PIPELINE_VERSION, RunConfig  # noqa: E402
from pipeline.ingest import read_articles  # noqa: E402
from pipeline.job import apply_reconciliation  # noqa: E402
from pipeline.reconcile import reconcile  # noqa: E402
from pipeline.report import render_report  # noqa: E402
from pipeline.run import build_pipeline, iter_extractions  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-eval", action="store_true", help="leave the evaluation (scores, misses) out")
    ap.add_argument("--html", type=Path, default=None, help="also keep the HTML here")
    ap.add_argument("--png", type=Path, default=ROOT / "docs" / "report.png")
    ap.add_argument("--height", type=int, default=2000)
    ap.add_argument("--model", default=None, help="spaCy model (default: as the pipeline resolves it)")
    ap.add_argument("--blank", action="store_true",
                    help="no trained model available: use a blank Dutch pipeline (rules only, no statistical NER)")
    args = ap.parse_args()

    model_arg = args.model
    if args.blank:
        import spacy

        blank = spacy.blank("nl")
        blank.meta["name"] = "blank_rules_only"
        model_arg = tempfile.mkdtemp(prefix="nlie-blank-nl-")
        blank.to_disk(model_arg)
    nlp, model = build_pipeline(RunConfig(model=model_arg))
    articles = list(read_articles([str(ROOT / "seeds")]))
    extractions = list(iter_extractions(articles, nlp))
    rec = reconcile(extractions)
    extractions = apply_reconciliation(extractions, rec)
    evaluation = None
    if not args.no_eval:
        from pipeline.evaluate import evaluate, load_gold

        golds, conflicts, _ = load_gold(("seeds",))
        evaluation = evaluate(extractions, golds, conflicts)
    run_info = {"model": "blank nl (rules only, no trained NER)" if args.blank else model.name, "model_version": model.version, "date": date.today().isoformat(),
                "pipeline_version": PIPELINE_VERSION}
    html = render_report(extractions, rec, evaluation, run_info)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(args.html or Path(tmp) / "report.html")
        page.write_text(html, encoding="utf-8")
        cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--hide-scrollbars", f"--user-data-dir={tmp}/profile",
               f"--window-size=1280,{args.height}", f"--screenshot={args.png.resolve()}", page.resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
