"""Accuracy floors of the real pipeline on the seeds + dev hand labels.

The pipeline runs once per test session (module fixture) and every floor is checked against
that one evaluation. A failing floor is information, not noise: the message names the figure
and the errors are in the printed report (`nlie eval` writes them to outputs/eval/). Do not
lower a floor to make it pass; fix the extractor or the labels.
"""

from __future__ import annotations

import pytest

from pipeline import evaluate as ev
from pipeline.config import RunConfig

#: F1 floors on seeds + dev (see pipeline.evaluate for what each compares).
PER_F1_FLOOR = 0.95  # person names: exact span, label PER
ENTITY_F1_FLOOR = 0.90  # every entity: exact span + label
TIMES_F1_FLOOR = 0.98  # race times: span + seconds
# (medal, athlete, event) facts: medals with the right athlete, issue 3's floor. seeds+dev
# measure 0.959 (nlie eval); the held-out set is lower (see README), the honest figure for
# unseen articles.
MEDALS_F1_FLOOR = 0.95
DATES_F1_FLOOR = 0.95  # dates: span + value (+ granularity)

SETS = ("seeds", "dev")


@pytest.fixture(scope="module")
def report() -> ev.EvalReport:
    from pipeline.run import extract_all

    golds, conflicts, _ = ev.load_gold(SETS)
    extractions = extract_all([g.article for g in golds], RunConfig(quiet=True, use_cache=False))
    result = ev.evaluate(extractions, golds, conflicts)
    print(ev.format_report(result))
    return result


def _check(report: ev.EvalReport, extractor: str, label: str, floor: float) -> None:
    score = report.score(extractor, label)
    assert score is not None, f"no score for {extractor}/{label}"
    errors = "\n".join(f"  {e.kind} {e.doc_id} {e.text!r} expected {e.expected} predicted {e.predicted}"
                       for e in (score.misses + score.false_hits)[:15])
    assert score.f1 >= floor, (
        f"{extractor}/{label} F1 {score.f1:.3f} < {floor} "
        f"(P {score.precision:.3f} R {score.recall:.3f}, tp {score.tp} fp {score.fp} fn {score.fn})\n{errors}"
    )


def test_person_names(report):
    _check(report, "entities", "PER", PER_F1_FLOOR)


def test_all_entities(report):
    _check(report, "entities", ev.ALL, ENTITY_F1_FLOOR)


def test_race_times(report):
    _check(report, "times", ev.ALL, TIMES_F1_FLOOR)


def test_medals_with_the_right_athlete(report):
    _check(report, "medals", ev.ALL, MEDALS_F1_FLOOR)


def test_dates(report):
    _check(report, "dates", ev.ALL, DATES_F1_FLOOR)
