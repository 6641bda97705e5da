"""Stage 7: the scoring of pipeline.evaluate on small hand-made gold and predicted records.

No model and no pipeline run: gold documents are built here from GoldSpans, predictions from
the record types, so every figure below can be checked by hand.
"""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from pipeline import evaluate as ev
from pipeline.labels import GoldDocument, GoldSpan
from pipeline.records import Age, Article, DateMention, Extraction, Medal, Mention, RaceTime, RecordMention

TEXT = " date 2026-02-10 Jutta Leerdam won in Milaan in 1.12,59 op maandag. Kok werd tweede in 1.13,00."


def at(needle: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def gspan(needle: str, nth: int = 1, **attrs) -> GoldSpan:
    start, end = at(needle, nth)
    return GoldSpan(start, end, needle, tuple(sorted(attrs.items())))


def record(cls, needle: str, nth: int = 1, **attrs):
    start, end = at(needle, nth)
    return cls(start=start, end=end, text=needle, **attrs)


ARTICLE = Article(doc_id="d1", text=TEXT, body_start=17)


def gold_doc(doc_id="d1", entities=(), times=(), dates=(), records=(), ages=(), medals=()) -> GoldDocument:
    article = Article(doc_id=doc_id, text=TEXT, body_start=17)
    return GoldDocument(doc_id, article, tuple(entities), tuple(times), tuple(dates), tuple(records),
                        tuple(ages), tuple(medals))


def extraction(doc_id="d1", **records) -> Extraction:
    return Extraction(Article(doc_id=doc_id, text=TEXT, body_start=17), **records)


def scores_of(golds, extractions, conflicts=()) -> ev.EvalReport:
    return ev.evaluate(extractions, golds, conflicts)


GOLD_ENTITIES = [
    gspan("Jutta Leerdam", label="PER", entity="Jutta Leerdam"),
    gspan("Milaan", label="LOC", entity="Milaan"),
    gspan("Kok", label="PER", entity="Femke Kok"),
]


# --------------------------------------------------------------------------- entities


def test_perfect_entities_score_one():
    pred = [record(Mention, "Jutta Leerdam", label="PER"), record(Mention, "Milaan", label="LOC"),
            record(Mention, "Kok", label="PER")]
    report = scores_of([gold_doc(entities=GOLD_ENTITIES)], [extraction(mentions=tuple(pred))])
    s = report.score("entities")
    assert (s.tp, s.fp, s.fn, s.f1) == (3, 0, 0, 1.0)
    assert [e for e in report.errors if e.extractor == "entities"] == []


def test_entity_miss_and_false_hit_are_listed():
    pred = [record(Mention, "Jutta Leerdam", label="PER"), record(Mention, "Milaan", label="LOC"),
            record(Mention, "maandag", label="MISC")]  # Kok missed, maandag a false hit
    report = scores_of([gold_doc(entities=GOLD_ENTITIES)], [extraction(mentions=tuple(pred))])
    s = report.score("entities")
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)
    (miss,) = s.misses
    assert (miss.kind, miss.doc_id, miss.text, (miss.start, miss.end)) == ("miss", "d1", "Kok", at("Kok"))
    assert miss.expected == "label=PER" and miss.predicted == ""
    (false,) = s.false_hits
    assert (false.kind, false.text, false.predicted) == ("false_hit", "maandag", "label=MISC")


def test_wrong_label_is_a_miss_and_a_false_hit_with_both_labels_shown():
    pred = [record(Mention, "Jutta Leerdam", label="PER"), record(Mention, "Milaan", label="PER"),
            record(Mention, "Kok", label="PER")]
    report = scores_of([gold_doc(entities=GOLD_ENTITIES)], [extraction(mentions=tuple(pred))])
    s = report.score("entities")
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert s.misses[0].expected == "label=LOC" and s.misses[0].predicted == "label=PER"
    assert s.false_hits[0].expected == "label=LOC" and s.false_hits[0].predicted == "label=PER"
    per, loc = report.score("entities", "PER"), report.score("entities", "LOC")
    assert (per.tp, per.fp, per.fn) == (2, 1, 0)
    assert (loc.tp, loc.fp, loc.fn) == (0, 0, 1)
    span = report.score("entities", "span")
    assert (span.tp, span.fp, span.fn) == (3, 0, 0)


def test_boundary_error_shows_the_overlapping_prediction():
    pred = [record(Mention, "Leerdam", label="PER")]
    report = scores_of([gold_doc(entities=GOLD_ENTITIES[:1])], [extraction(mentions=tuple(pred))])
    (miss,) = report.score("entities").misses
    assert "'Leerdam'" in miss.predicted and "label=PER" in miss.predicted


def test_gold_document_without_extraction_counts_as_all_misses():
    report = scores_of([gold_doc(entities=GOLD_ENTITIES)], [])
    s = report.score("entities")
    assert (s.tp, s.fp, s.fn) == (0, 0, 3)
    assert any("no extraction for d1" in n for n in report.notes)


# --------------------------------------------------------------------------- times


GOLD_TIMES = [
    gspan("1.12,59", seconds=72.59, athlete="Jutta Leerdam", event="1000m"),
    gspan("1.13,00", seconds=73.0, athlete="Femke Kok", event="1000m"),
]


def test_seconds_within_tolerance_match_and_outside_do_not():
    pred = (record(RaceTime, "1.12,59", seconds=72.594, athlete="Jutta Leerdam", event="1000m"),
            record(RaceTime, "1.13,00", seconds=73.01, athlete="Femke Kok", event="1000m"))
    report = scores_of([gold_doc(times=GOLD_TIMES)], [extraction(times=pred)])
    s = report.score("times")
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.misses[0].text == "1.13,00" and s.misses[0].expected == "seconds=73"
    assert s.false_hits[0].predicted == "seconds=73.01"
    assert (report.score("times", "span").tp, report.score("times", "span").fn) == (2, 0)


def test_wrong_athlete_costs_times_athlete_but_not_times():
    pred = (record(RaceTime, "1.12,59", seconds=72.59, athlete="jutta  LEERDAM", event="1000m"),
            record(RaceTime, "1.13,00", seconds=73.0, athlete="Jutta Leerdam", event="1000m"))
    report = scores_of([gold_doc(times=GOLD_TIMES)], [extraction(times=pred)])
    assert report.score("times").f1 == 1.0
    s = report.score("times+athlete")
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)  # casefold/whitespace athlete matches; Kok's time does not
    assert "athlete=femke kok" in s.misses[0].expected
    assert "athlete=jutta leerdam" in s.misses[0].predicted
    assert s.false_hits[0].start == at("1.13,00")[0]  # offsets of the record behind the fact


# --------------------------------------------------------------------------- medals


GOLD_MEDALS = [
    {"medal": "gold", "athlete": "Jutta Leerdam", "event": "1000m"},
    {"medal": "silver", "athlete": "Femke Kok", "event": "1000m"},
]


def test_medal_records_are_deduplicated_to_facts():
    pred = (record(Medal, "won", medal="gold", athlete="Jutta Leerdam", event="1000m"),
            record(Medal, "Milaan", medal="gold", athlete="Jutta Leerdam", event="1000m"),
            record(Medal, "werd tweede", rank=2, athlete="Femke Kok", event="1000m"))  # rank only
    s = scores_of([gold_doc(medals=GOLD_MEDALS)], [extraction(medals=pred)]).score("medals")
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_medal_with_the_wrong_athlete_is_a_miss_and_a_false_hit():
    pred = (record(Medal, "won", medal="gold", athlete="Jutta Leerdam", event="1000m"),
            record(Medal, "werd tweede", medal="silver", athlete="Jutta Leerdam", event="1000m"))
    s = scores_of([gold_doc(medals=GOLD_MEDALS)], [extraction(medals=pred)]).score("medals")
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.misses[0].expected == "medal=silver, athlete=femke kok, event=1000m"
    assert "athlete=jutta leerdam" in s.misses[0].predicted
    assert (s.false_hits[0].start, s.false_hits[0].text) == (at("werd tweede")[0], "werd tweede")


def test_facts_are_per_document():
    golds = [gold_doc("d1", medals=GOLD_MEDALS[:1]), gold_doc("d2", medals=GOLD_MEDALS[:1])]
    pred = (record(Medal, "won", medal="gold", athlete="Jutta Leerdam", event="1000m"),)
    s = scores_of(golds, [extraction("d1", medals=pred), extraction("d2")]).score("medals")
    assert (s.tp, s.fp, s.fn) == (1, 0, 1) and s.misses[0].doc_id == "d2"


# --------------------------------------------------------------------------- dates, records, ages


def test_dates_compare_value_and_granularity():
    gold = [gspan("maandag", value="2026-02-09", granularity="day")]
    right = (record(DateMention, "maandag", value="2026-02-09", granularity="day"),)
    wrong = (record(DateMention, "maandag", value="2026-02-16", granularity="day"),)
    assert scores_of([gold_doc(dates=gold)], [extraction(dates=right)]).score("dates").f1 == 1.0
    report = scores_of([gold_doc(dates=gold)], [extraction(dates=wrong)])
    s = report.score("dates")
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    assert s.misses[0].predicted == "value=2026-02-16, granularity=day"
    assert report.score("dates", "span").f1 == 1.0


def test_records_and_ages():
    golds = [gold_doc(records=[gspan("Milaan", record="olympic", athlete="", event="")],
                      ages=[gspan("Kok", years=25, person="Femke Kok")])]
    pred = extraction(records=(record(RecordMention, "Milaan", record="world"),),
                      ages=(record(Age, "Kok", years=25),))
    report = scores_of(golds, [pred])
    assert (report.score("records").tp, report.score("records").fn, report.score("records").fp) == (0, 1, 1)
    assert report.score("ages").f1 == 1.0


# --------------------------------------------------------------------------- identity, conflicts


def test_bcubed_identity_on_a_toy_clustering():
    gold = [gold_doc("d1", entities=GOLD_ENTITIES), gold_doc("d2", entities=GOLD_ENTITIES)]
    # Leerdam is one entity over both documents, but the system splits it; it merges Milaan with Kok.
    # Kok in d2 was not found at all, so it is not scored.
    rows = [("d1", "Jutta Leerdam", "e-leerdam"), ("d2", "Jutta Leerdam", "e-leerdam-2"),
            ("d1", "Milaan", "e-x"), ("d2", "Milaan", "e-milaan"), ("d1", "Kok", "e-x")]
    mentions = pd.DataFrame([{"doc_id": d, "start": at(t)[0], "end": at(t)[1], "entity_id": e}
                             for d, t, e in rows])
    s = ev.score_identity(gold, mentions)
    # items: L1 L2 M1 M2 K1; gold {L1 L2} {M1 M2} {K1}; predicted {L1} {L2} {M1 K1} {M2}
    precision = (1 + 1 + 0.5 + 1 + 0.5) / 5
    recall = (0.5 + 0.5 + 0.5 + 0.5 + 1) / 5
    assert s.precision == pytest.approx(precision)
    assert s.recall == pytest.approx(recall)
    assert s.f1 == pytest.approx(2 * precision * recall / (precision + recall))
    assert s.tp == 5
    assert {e.expected for e in s.misses} == {"entity=Jutta Leerdam", "entity=Milaan"}
    assert [e.predicted for e in s.false_hits] == ["entity_id=e-x"]


def conflict_rows(*rows) -> pd.DataFrame:
    columns = ["entity_id", "athlete", "event", "competition", "date", "attribute", "value", "documents"]
    return pd.DataFrame([dict(zip(columns, r)) for r in rows], columns=columns)


PLANTED = [{"athlete": "Joy Beune", "event": "1500m", "attribute": "seconds",
            "values": {"111.92": ["a1"], "111.29": ["a2"]}}]


def test_planted_conflict_found_with_rounded_seconds_and_casefolded_athlete():
    table = conflict_rows(("p1", "joy beune", "1500m", "WK", "", "seconds", "111.920000001", "a1"),
                          ("p1", "joy beune", "1500m", "WK", "", "seconds", "111.29", "a2|a3"))
    s = ev.score_conflicts(PLANTED, table)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_missed_and_false_conflicts():
    table = conflict_rows(("p1", "Joy Beune", "1500m", "", "", "seconds", "111.92", "a1"),
                          ("p1", "Joy Beune", "1500m", "", "", "seconds", "111.30", "a2"),
                          ("p2", "Femke Kok", "500m", "", "", "medal", "gold", "a4"),
                          ("p2", "Femke Kok", "500m", "", "", "medal", "silver", "a5"))
    s = ev.score_conflicts(PLANTED, table)
    assert (s.tp, s.fp, s.fn) == (0, 2, 1)
    assert "111.29" in s.misses[0].expected and "111.3" in s.misses[0].predicted
    assert {e.doc_id for e in s.false_hits} == {"a1|a2", "a4|a5"}


# --------------------------------------------------------------------------- report files


def test_format_and_save_report(tmp_path):
    pred = [record(Mention, "Jutta Leerdam", label="PER"), record(Mention, "Milaan", label="PER")]
    report = scores_of([gold_doc(entities=GOLD_ENTITIES, medals=GOLD_MEDALS)],
                       [extraction(mentions=tuple(pred))])
    text = ev.format_report(report)
    assert "entities" in text and "PER" in text and "miss" in text and "false_hit" in text
    assert "medal=gold, athlete=jutta leerdam" in text
    paths = ev.save_report(report, tmp_path / "eval")
    assert sorted(p.name for p in paths) == ["errors.csv", "scores.csv", "scores.json"]
    with open(tmp_path / "eval" / "scores.csv", newline="", encoding="utf-8") as handle:
        scores = list(csv.DictReader(handle))
    assert list(scores[0]) == ev.SCORE_COLUMNS
    row = next(r for r in scores if (r["extractor"], r["label"]) == ("entities", "all"))
    assert (row["tp"], row["fp"], row["fn"]) == ("1", "1", "2")
    with open(tmp_path / "eval" / "errors.csv", newline="", encoding="utf-8") as handle:
        errors = list(csv.DictReader(handle))
    assert list(errors[0]) == ev.ERROR_COLUMNS
    assert {"miss", "false_hit"} <= {e["kind"] for e in errors}
    data = json.loads((tmp_path / "eval" / "scores.json").read_text(encoding="utf-8"))
    assert data["documents"] == ["d1"] and data["scores"] and data["errors"]
    assert not [p for p in (tmp_path / "eval").iterdir() if p.name.endswith(".tmp")]


def gold_as_prediction(gold) -> Extraction:
    """The hand labels turned into predicted records: a perfect system."""
    def span(cls, s, **attrs):
        return cls(start=s.start, end=s.end, text=s.text, **attrs)

    return Extraction(
        gold.article,
        mentions=tuple(span(Mention, s, label=s.get("label")) for s in gold.entities),
        times=tuple(span(RaceTime, s, seconds=s.get("seconds"), athlete=s.get("athlete", ""),
                         event=s.get("event", "")) for s in gold.times),
        medals=tuple(Medal(0, 0, "", medal=m["medal"], athlete=m["athlete"], event=m["event"])
                     for m in gold.medals),
        records=tuple(span(RecordMention, s, record=s.get("record")) for s in gold.records),
        ages=tuple(span(Age, s, years=s.get("years")) for s in gold.ages),
        dates=tuple(span(DateMention, s, value=s.get("value"), granularity=s.get("granularity"))
                    for s in gold.dates),
    )


def test_the_real_labels_against_themselves_score_one():
    golds, _, problems = ev.load_gold(("seeds", "dev"))
    assert golds
    report = ev.evaluate([gold_as_prediction(g) for g in golds], golds)
    for extractor in ev.EXTRACTORS:
        s = report.score(extractor)
        assert (s.f1, s.fp, s.fn) == (1.0, 0, 0), extractor


def test_unknown_label_set_is_refused():
    with pytest.raises(ValueError, match="holdout"):
        ev.load_gold(("seeds", "train"))


def test_eval_writes_a_review_page_with_scores_and_errors(tmp_path):
    report = ev.run_eval(sets=("seeds",), out_dir=tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert (tmp_path / "scores.csv").exists() and (tmp_path / "errors.csv").exists()
    errors = [e for s in report.scores for e in s.misses + s.false_hits if e.start is not None]
    # every located miss or false hit is marked in the article text of the page
    assert errors and page.count("ev-miss") + page.count("ev-false") >= 1
    assert "times" in page and "medals" in page


def test_every_record_kind_the_extractor_reads_is_a_valid_label():
    from pipeline.labels import _validate
    from pipeline.lang.sport_nl import RECORD_KINDS as READ

    for kind in set(READ.values()):
        data = {"entities": [], "times": [], "medals": [], "dates": [], "ages": [],
                "records": [{"text": "record", "record": kind, "athlete": "", "event": ""}]}
        assert not [p for p in _validate(data) if "record kind" in p], kind
