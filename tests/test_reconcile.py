"""Reconciliation on synthetic Extractions (the extractors are written in parallel)."""

from __future__ import annotations

import math
import random
from datetime import date

import pandas as pd
import pytest

from pipeline.reconcile import (
    CONFLICT_COLUMNS,
    ENTITY_COLUMNS,
    MENTION_COLUMNS,
    RESULT_COLUMNS,
    mention_entity_ids,
    parse_name,
    reconcile,
    with_entity_ids,
)
from pipeline.records import Article, Extraction, Medal, Mention, RaceTime, RecordMention


def doc(doc_id, names, times=(), medals=(), records=(), published="2026-02-09"):
    """An Extraction whose article text is the mentions joined by ' . ' so offsets are real.

    `names`: (text, label) or (text, label, canonical) tuples.
    """
    text, mentions = " date " + published + " ", []
    for item in names:
        surface, label, canonical = (*item, "")[:3]
        start = len(text)
        text += surface + " . "
        mentions.append(Mention(start, start + len(surface), surface, label=label,
                                canonical=canonical))
    article = Article(doc_id, text, date.fromisoformat(published))
    return Extraction(article, mentions=tuple(mentions), times=tuple(times),
                      medals=tuple(medals), records=tuple(records))


def time(seconds, athlete, event, competition="", day="", at=(0, 1)):
    return RaceTime(at[0], at[1], "t", seconds=seconds, athlete=athlete, event=event,
                    competition=competition, date=day)


def medal(kind, athlete, event, competition="", day="", team=False, rank=None, at=(0, 1)):
    return Medal(at[0], at[1], "m", medal=kind, rank=rank, athlete=athlete, event=event,
                 team=team, competition=competition, date=day)


def entity_of(rec, doc_id, text):
    m = rec.mentions
    ids = set(m.loc[(m["doc_id"] == doc_id) & (m["text"] == text), "entity_id"])
    assert len(ids) == 1, (doc_id, text, ids)
    return ids.pop()


def entity_row(rec, entity_id):
    rows = rec.entities[rec.entities["entity_id"] == entity_id]
    assert len(rows) == 1
    return rows.iloc[0]


# ----------------------------------------------------------------- names


@pytest.mark.parametrize("name, kind, given, surname", [
    ("Jutta Leerdam", "full", "jutta", "leerdam"),
    ("Leerdam", "bare", "", "leerdam"),
    ("J. Leerdam", "initial", "j", "leerdam"),
    ("Mathieu van der Poel", "full", "mathieu", "van der poel"),
    ("Van der Poel", "bare", "", "van der poel"),
    ("Antoinette Rijpma-de Jong", "full", "antoinette", "rijpma-de jong"),
    ("Sanne in 't Hout", "full", "sanne", "in 't hout"),
    ("De Jong", "bare", "", "de jong"),
    ("coach Jillert Anema", "full", "jillert", "anema"),
    ("Ireen Wüst", "full", "ireen", "wust"),
    ("Del Toro", "bare", "", "del toro"),
    ("Isaac del Toro", "full", "isaac", "del toro"),
    ("Jan de Vries jr.", "full", "jan", "de vries"),
])
def test_parse_name(name, kind, given, surname):
    p = parse_name(name)
    assert (p.kind, p.given, p.surname) == (kind, given, surname)


# ----------------------------------------------------------------- clustering


def test_leerdam_variants_are_one_person_across_documents():
    rec = reconcile([
        doc("a", [("Jutta Leerdam", "PER"), ("Leerdam", "PER", "Jutta Leerdam")]),
        doc("b", [("J. Leerdam", "PER")]),
        doc("c", [("Leerdam", "PER")]),
    ])
    ids = {entity_of(rec, d, t) for d, t in
           [("a", "Jutta Leerdam"), ("a", "Leerdam"), ("b", "J. Leerdam"), ("c", "Leerdam")]}
    assert len(ids) == 1
    row = entity_row(rec, ids.pop())
    assert row["name"] == "Jutta Leerdam"
    assert row["label"] == "PER"
    assert row["aliases"] == "J. Leerdam|Jutta Leerdam|Leerdam"
    assert row["n_mentions"] == 4
    assert row["documents"] == "a|b|c"


def test_in_document_surname_without_canonical_joins_full_name():
    rec = reconcile([doc("a", [("Jutta Leerdam", "PER"), ("Leerdam", "PER")])])
    assert entity_of(rec, "a", "Leerdam") == entity_of(rec, "a", "Jutta Leerdam")
    assert len(rec.entities) == 1


def test_particles_case_insensitive_at_start():
    rec = reconcile([
        doc("a", [("Mathieu van der Poel", "PER")]),
        doc("b", [("Van der Poel", "PER")]),
        doc("c", [("van der Poel", "PER")]),
    ])
    ids = {entity_of(rec, "a", "Mathieu van der Poel"), entity_of(rec, "b", "Van der Poel"),
           entity_of(rec, "c", "van der Poel")}
    assert len(ids) == 1
    assert entity_row(rec, ids.pop())["name"] == "Mathieu van der Poel"


def test_bare_core_surname_does_not_join_particle_name():
    rec = reconcile([doc("a", [("Mathieu van der Poel", "PER")]), doc("b", [("Poel", "PER")])])
    assert entity_of(rec, "a", "Mathieu van der Poel") != entity_of(rec, "b", "Poel")


def test_married_double_name_joins_own_name():
    rec = reconcile([
        doc("a", [("Antoinette Rijpma-de Jong", "PER")]),
        doc("b", [("Antoinette de Jong", "PER"), ("De Jong", "PER")]),
        doc("c", [("De Jong", "PER")]),
    ])
    ids = {entity_of(rec, "a", "Antoinette Rijpma-de Jong"),
           entity_of(rec, "b", "Antoinette de Jong"), entity_of(rec, "b", "De Jong"),
           entity_of(rec, "c", "De Jong")}
    assert len(ids) == 1
    assert entity_row(rec, ids.pop())["name"] == "Antoinette Rijpma-de Jong"


def test_double_name_needs_same_first_name_and_unique_candidate():
    rec = reconcile([
        doc("a", [("Antoinette Rijpma-de Jong", "PER")]),
        doc("b", [("Jorien de Jong", "PER")]),
        doc("c", [("Anna Smit-de Vries", "PER"), ("Anna Bos-de Vries", "PER")]),
        doc("d", [("Anna de Vries", "PER")]),
    ])
    assert entity_of(rec, "a", "Antoinette Rijpma-de Jong") != entity_of(rec, "b", "Jorien de Jong")
    ids = {entity_of(rec, "c", "Anna Smit-de Vries"), entity_of(rec, "c", "Anna Bos-de Vries"),
           entity_of(rec, "d", "Anna de Vries")}
    assert len(ids) == 3  # two candidates: nobody is merged


def test_two_mulders_stay_apart_and_bare_mulder_follows_its_document():
    rec = reconcile([
        doc("a", [("Michel Mulder", "PER"), ("Mulder", "PER")]),
        doc("b", [("Ronald Mulder", "PER"), ("Mulder", "PER", "Ronald Mulder")]),
        doc("c", [("Mulder", "PER")]),
        doc("d", [("Mulder", "PER")]),
    ])
    michel, ronald = entity_of(rec, "a", "Michel Mulder"), entity_of(rec, "b", "Ronald Mulder")
    assert michel != ronald
    assert entity_of(rec, "a", "Mulder") == michel
    assert entity_of(rec, "b", "Mulder") == ronald
    # Ambiguous in the run: each article's bare "Mulder" is an entity of its own.
    c, d = entity_of(rec, "c", "Mulder"), entity_of(rec, "d", "Mulder")
    assert len({michel, ronald, c, d}) == 4
    assert entity_row(rec, c)["documents"] == "c"


def test_ambiguous_surname_in_article_goes_to_its_athlete():
    rec = reconcile([doc("a", [("Mathieu van der Poel", "PER"), ("Adri van der Poel", "PER"),
                               ("Van der Poel", "PER")],
                         medals=[medal("gold", "Mathieu van der Poel", "wegrit")])])
    assert entity_of(rec, "a", "Van der Poel") == entity_of(rec, "a", "Mathieu van der Poel")
    # Without a result record to tell them apart it stays ambiguous.
    rec = reconcile([doc("a", [("Mathieu van der Poel", "PER"), ("Adri van der Poel", "PER"),
                               ("Van der Poel", "PER")])])
    assert len(set(rec.mentions["entity_id"])) == 3


def test_first_name_joins_only_within_its_article():
    rec = reconcile([doc("a", [("Femke Bol", "PER"), ("Femke", "PER")]),
                     doc("b", [("Femke", "PER")]),
                     doc("c", [("Femke Kok", "PER"), ("Femke Bol", "PER"), ("Femke", "PER")])])
    assert entity_of(rec, "a", "Femke") == entity_of(rec, "a", "Femke Bol")
    assert entity_of(rec, "b", "Femke") != entity_of(rec, "a", "Femke Bol")
    assert entity_of(rec, "c", "Femke") not in {entity_of(rec, "c", "Femke Kok"),
                                                entity_of(rec, "c", "Femke Bol")}


def test_bare_surname_joins_unique_person_of_the_run():
    rec = reconcile([doc("a", [("Michel Mulder", "PER")]), doc("b", [("Mulder", "PER")])])
    assert entity_of(rec, "b", "Mulder") == entity_of(rec, "a", "Michel Mulder")


def test_initial_ambiguity():
    rec = reconcile([
        doc("a", [("Jan Smit", "PER")]), doc("b", [("Joost Smit", "PER")]),
        doc("c", [("K. Smit", "PER"), ("J. Smit", "PER")]), doc("d", [("Kees Smit", "PER")]),
    ])
    assert entity_of(rec, "c", "K. Smit") == entity_of(rec, "d", "Kees Smit")
    j = entity_of(rec, "c", "J. Smit")
    assert j not in {entity_of(rec, "a", "Jan Smit"), entity_of(rec, "b", "Joost Smit")}


def test_type_decided_across_documents_per_wins():
    rec = reconcile([
        doc("a", [("Jutta Leerdam", "PER")]),
        doc("b", [("Leerdam", "LOC")]),
        doc("c", [("Leerdam", "PER")]),
    ])
    eid = entity_of(rec, "b", "Leerdam")
    assert eid == entity_of(rec, "a", "Jutta Leerdam")
    assert entity_row(rec, eid)["label"] == "PER"
    assert eid.startswith("per-")
    m = rec.mentions
    assert m.loc[m["doc_id"] == "b", "label"].tolist() == ["LOC"]  # input label kept
    assert m.loc[m["doc_id"] == "b", "entity_label"].tolist() == ["PER"]


def test_type_tie_goes_to_per_and_majority_wins_otherwise():
    tie = reconcile([doc("a", [("Kok", "LOC")]), doc("b", [("Kok", "PER")])])
    assert tie.entities["label"].tolist() == ["PER"]
    majority = reconcile([doc("a", [("Milaan", "LOC")]), doc("b", [("Milaan", "LOC")]),
                          doc("c", [("Milaan", "PER")])])
    assert majority.entities["label"].tolist() == ["LOC"]


def test_organisations_join_by_form_only():
    rec = reconcile([
        doc("a", [("Team Reggeborgh", "ORG"), ("NOS", "ORG")]),
        doc("b", [("Team Reggeborgh", "ORG"), ("Reggeborgh", "ORG"), ("NOS", "ORG")]),
    ])
    assert entity_of(rec, "a", "Team Reggeborgh") == entity_of(rec, "b", "Team Reggeborgh")
    assert entity_of(rec, "a", "NOS") == entity_of(rec, "b", "NOS")
    # No person evidence: "Reggeborgh" is not taken for a surname of "Team Reggeborgh".
    assert entity_of(rec, "b", "Reggeborgh") != entity_of(rec, "b", "Team Reggeborgh")


def test_mentions_table_in_input_order_and_exporter_helpers():
    docs = [doc("b", [("Femke Kok", "PER"), ("Milaan", "LOC")]), doc("a", [("Kok", "PER")])]
    rec = reconcile(docs)
    assert list(rec.mentions.columns) == MENTION_COLUMNS
    assert rec.mentions["text"].tolist() == ["Femke Kok", "Milaan", "Kok"]
    ids = mention_entity_ids(docs, rec)
    assert ids == [tuple(rec.mentions["entity_id"][:2]), (rec.mentions["entity_id"][2],)]
    assert ids[0][0] == ids[1][0]
    filled = with_entity_ids(docs, rec)
    assert [m.entity_id for m in filled[0].mentions] == list(ids[0])
    assert filled[1].mentions[0].text == "Kok"


# ----------------------------------------------------------------- results, conflicts


def seeds():
    """The three seed articles, as an extractor would report them."""
    ows = "Olympische Winterspelen"
    d000 = doc("000_b08538a8e0210fe8", [
        ("Jutta Leerdam", "PER"), ("Femke Kok", "PER"), ("TeamNL", "ORG"), (ows, "EVENT"),
        ("Kok", "PER", "Femke Kok"), ("Leerdam", "PER", "Jutta Leerdam"), ("Milaan", "LOC"),
        ("Jake Paul", "PER"), ("Eurosport", "ORG"), ("NOS", "ORG"),
    ], times=[time(72.59, "Femke Kok", "1000m", ows, "2026-02-09", at=(900, 907))],
        medals=[medal("gold", "Jutta Leerdam", "1000m", ows, "2026-02-09", at=(500, 505)),
                medal("silver", "Femke Kok", "1000m", ows, "2026-02-09", at=(1500, 1507))],
        records=[RecordMention(200, 216, "olympisch record", record="olympic",
                               athlete="Femke Kok", event="1000m", competition=ows,
                               date="2026-02-09")])
    d001 = doc("001_92184a93e49609da", [
        ("Femke Kok", "PER"), ("Jutta Leerdam", "PER"), (ows, "EVENT"),
        ("Kok", "PER", "Femke Kok"), ("Leerdam", "PER", "Jutta Leerdam"),
        ("Margot Boer", "PER"), ("Michel Mulder", "PER"), ("Jan Smeekens", "PER"),
    ], published="2026-02-15",
        medals=[medal("gold", "Femke Kok", "500m", ows, "2026-02-15"),
                medal("silver", "Jutta Leerdam", "500m", ows, "2026-02-15"),
                medal("bronze", "Margot Boer", "500m", "", "2014")])
    d002 = doc("002_ee66734b94265a23", [
        ("Femke Kok", "PER"), (ows, "EVENT"), ("Jutta Leerdam", "PER"),
        ("Kok", "PER", "Femke Kok"), ("Leerdam", "PER", "Jutta Leerdam"),
        ("Team Reggeborgh", "ORG"), ("Miho Takagi", "PER"), ("Studio Olimpico", "MISC"),
    ], times=[time(73.59, "Femke Kok", "1000m", ows, "2026-02-09", at=(1100, 1107))],
        medals=[medal("gold", "Jutta Leerdam", "1000m", ows, "2026-02-09")],
        records=[RecordMention(1070, 1086, "olympisch record", record="olympic",
                               athlete="Kok", event="1000m", competition=ows, date="")])
    return [d000, d001, d002]


def test_planted_kok_conflict():
    rec = reconcile(seeds())
    kok = entity_of(rec, "000_b08538a8e0210fe8", "Femke Kok")
    c = rec.conflicts
    assert list(c.columns) == CONFLICT_COLUMNS
    assert len(c) == 2  # exactly the planted conflict, one row per value
    assert set(c["entity_id"]) == {kok}
    assert set(c["attribute"]) == {"seconds"}
    assert dict(zip(c["value"], c["documents"])) == {
        "72.59": "000_b08538a8e0210fe8", "73.59": "002_ee66734b94265a23"}
    assert set(c["athlete"]) == {"Femke Kok"} and set(c["event"]) == {"1000m"}

    r = rec.results
    row = r[(r["entity_id"] == kok) & (r["event"] == "1000m")]
    assert len(row) == 1  # time, silver medal and record from three articles: one result
    row = row.iloc[0]
    assert bool(row["conflict"]) and row["conflict_attributes"] == "seconds"
    assert math.isnan(row["seconds"])  # the disputed value is not picked
    assert row["seconds_values"] == "72.59|73.59"
    assert row["medal"] == "silver" and row["rank"] == 2
    assert row["records"] == "olympic"
    assert row["documents"] == "000_b08538a8e0210fe8|002_ee66734b94265a23"
    assert "000_b08538a8e0210fe8:900-907" in row["sources"].split("|")


def test_results_table_shape_and_dtypes():
    rec = reconcile(seeds())
    r = rec.results
    assert list(r.columns) == RESULT_COLUMNS
    assert r["seconds"].dtype == "float64"
    assert str(r["rank"].dtype) == "Int64"
    assert isinstance(r["medal"].dtype, pd.StringDtype)
    assert r["conflict"].dtype == bool
    assert list(rec.entities.columns) == ENTITY_COLUMNS
    keys = list(zip(r["entity_id"], r["event"], r["competition"], r["date"]))
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_undated_source_merges_with_the_dated_result_but_medals_conflict():
    wrong = doc("w", [("Leerdam", "PER")], medals=[
        medal("silver", "Leerdam", "1000m", "Olympische Winterspelen", "")])
    rec = reconcile(seeds() + [wrong])
    leerdam = entity_of(rec, "000_b08538a8e0210fe8", "Jutta Leerdam")
    assert entity_of(rec, "w", "Leerdam") == leerdam
    r = rec.results
    thousand = r[(r["entity_id"] == leerdam) & (r["event"] == "1000m")]
    # The undated "silver on the 1000m" joins the one dated 1000m race of Leerdam...
    assert len(thousand) == 1
    row = thousand.iloc[0]
    assert row["date"] == "2026-02-09"
    assert row["documents"] == "000_b08538a8e0210fe8|002_ee66734b94265a23|w"
    # ...and disagrees with gold there: both candidates kept, none picked.
    assert row["conflict_attributes"] == "medal"
    assert pd.isna(row["medal"]) and pd.isna(row["rank"])
    assert row["medal_values"] == "gold|silver"
    c = rec.conflicts[rec.conflicts["entity_id"] == leerdam]
    assert dict(zip(c["value"], c["documents"])) == {
        "gold": "000_b08538a8e0210fe8|002_ee66734b94265a23", "silver": "w"}


def test_announced_race_merges_with_later_report():
    ows = "Olympische Winterspelen"
    announce = doc("a", [("Femke Kok", "PER")], published="2026-02-09",
                   times=[time(37.5, "Femke Kok", "500m", ows, "2026-02-15")])
    report = doc("b", [("Kok", "PER")], published="2026-02-16",
                 medals=[medal("gold", "Kok", "500m", "", "2026-02-15")])
    undated = doc("c", [("Femke Kok", "PER")], published="2026-02-16",
                  medals=[medal("gold", "Femke Kok", "500m", ows)])
    other = doc("d", [("Femke Kok", "PER")], times=[time(37.9, "Femke Kok", "500m", ows,
                                                         "2026-02-17")])
    rec = reconcile([announce, report, undated])
    assert len(rec.results) == 1
    row = rec.results.iloc[0]
    assert (row["competition"], row["date"], row["medal"], row["seconds"]) == (
        ows, "2026-02-15", "gold", 37.5)
    assert row["documents"] == "a|b|c" and not row["conflict"]
    # With a second dated 500m race in the run, the undated medal cannot be placed: own row.
    rec = reconcile([announce, report, undated, other])
    r = rec.results
    assert len(r) == 3
    assert r["date"].tolist() == ["", "2026-02-15", "2026-02-17"]
    assert rec.conflicts.empty


def test_agreeing_values_are_not_conflicts():
    rec = reconcile([
        doc("a", [("Femke Kok", "PER")], times=[time(72.59, "Femke Kok", "1000m", "OS")],
            medals=[medal("silver", "Femke Kok", "1000m", "OS")]),
        doc("b", [("Kok", "PER")], times=[time(72.5900001, "Kok", "1000m", "os")],
            medals=[medal("silver", "Kok", "1000m", "", rank=2)]),
        doc("c", [("F. Kok", "PER")], times=[time(72.59, "F. Kok", "1000m", "")]),
    ])
    assert rec.conflicts.empty
    assert len(rec.results) == 1
    row = rec.results.iloc[0]
    assert not row["conflict"] and row["seconds"] == pytest.approx(72.59)
    assert row["seconds_values"] == "72.59"
    assert row["medal"] == "silver" and row["rank"] == 2


def test_undated_sources_are_placed_by_publication_date():
    early = doc("a", [("Sander Eitrem", "PER")], published="2026-01-11",
                times=[time(360.23, "Sander Eitrem", "5000m")])
    follow = doc("b", [("Eitrem", "PER")], published="2026-01-13",
                 times=[time(361.23, "Eitrem", "5000m")])
    late = doc("c", [("Sander Eitrem", "PER")], published="2025-11-14",
               times=[time(367.41, "Sander Eitrem", "5000m")])
    rec = reconcile([early, follow, late])
    r = rec.results
    assert len(r) == 2  # November stays apart from the January report and its follow-up
    jan = r[r["documents"] == "a|b"].iloc[0]
    assert bool(jan["conflict"]) and jan["seconds_values"] == "360.23|361.23"
    assert set(rec.conflicts["documents"]) == {"a", "b"}
    nov = r[r["documents"] == "c"].iloc[0]
    assert not nov["conflict"] and nov["seconds"] == pytest.approx(367.41)


def test_one_article_does_not_conflict_with_itself():
    final = time(402.17, "Melvin Twellaar", "skiff", "WK roeien", "2025-09-28", at=(10, 17))
    semi = time(404.02, "Melvin Twellaar", "skiff", "WK roeien", "", at=(40, 47))
    b06 = doc("b06", [("Melvin Twellaar", "PER")], published="2025-09-28", times=[final, semi])
    b07 = doc("b07", [("Twellaar", "PER")], published="2025-09-30",
              times=[time(401.17, "Twellaar", "skiff", "", "")])
    rec = reconcile([b06, b07])
    # The undated semi-final time contradicts its own article's final: another race.
    r = rec.results
    assert len(r) == 2
    final_row = r[r["date"] == "2025-09-28"].iloc[0]
    assert final_row["documents"] == "b06|b07"
    assert final_row["seconds_values"] == "401.17|402.17"
    c = rec.conflicts
    assert dict(zip(c["value"], c["documents"])) == {"401.17": "b07", "402.17": "b06"}
    # Two times in one undated article: unpicked, listed, but no conflict.
    rec = reconcile([doc("x", [("Nadine Visser", "PER")], times=[
        time(7.78, "Nadine Visser", "60m", at=(1, 2)), time(7.02, "Nadine Visser", "60m", at=(5, 6))])])
    row = rec.results.iloc[0]
    assert math.isnan(row["seconds"]) and row["seconds_values"] == "7.02|7.78"
    assert not row["conflict"] and rec.conflicts.empty


def test_team_results():
    rec = reconcile([
        doc("a", [("Nederland", "LOC")],
            medals=[medal("gold", "Nederland", "ploegachtervolging", "OS", team=True)]),
        doc("b", [], medals=[medal("gold", "Nederland", "ploegachtervolging", "OS", team=True)]),
    ])
    assert len(rec.results) == 1
    row = rec.results.iloc[0]
    assert bool(row["team"]) and row["entity_id"] == entity_of(rec, "a", "Nederland")
    assert row["documents"] == "a|b"


def test_a_nations_disagreeing_team_results_are_listed_not_reported():
    # A nation races a men's and a women's relay: gold in one report, bronze in another is no
    # contradiction the event name can tell.
    rec = reconcile([
        doc("a", [("Nederland", "LOC")], published="2026-03-15",
            medals=[medal("gold", "Nederland", "aflossing", "WK shorttrack", "2026-03-15", team=True)]),
        doc("b", [("Nederland", "LOC")], published="2026-03-16",
            medals=[medal("bronze", "Nederland", "aflossing", "WK shorttrack", "2026-03-15", team=True)]),
    ])
    row = rec.results.iloc[0]
    assert len(rec.results) == 1 and row["documents"] == "a|b"
    assert pd.isna(row["medal"]) and row["medal_values"] == "gold|bronze"
    assert not row["conflict"] and rec.conflicts.empty
    # The same between two athletes' sources is a conflict.
    rec = reconcile([
        doc("a", [("Sara Visser", "PER")], published="2026-03-15",
            medals=[medal("gold", "Sara Visser", "1500m", "WK shorttrack", "2026-03-15")]),
        doc("b", [("Visser", "PER")], published="2026-03-16",
            medals=[medal("bronze", "Visser", "1500m", "WK shorttrack", "2026-03-15")]),
    ])
    assert set(rec.conflicts["value"]) == {"gold", "bronze"}


def test_a_month_or_year_is_refined_by_a_race_day_in_it():
    report = doc("a", [("Wytske Hoekstra", "PER")], published="2026-08-13",
                 times=[time(53.41, "Wytske Hoekstra", "400m horden", "EK atletiek", "2026-08-12")])
    portrait = doc("b", [("Hoekstra", "PER")], published="2026-12-03",
                   medals=[medal("gold", "Hoekstra", "400m horden", "EK", "2026-08")],
                   times=[time(53.14, "Hoekstra", "400m horden", "EK", "2026-08")])
    youth = doc("c", [("Hoekstra", "PER")], published="2026-12-03",
                medals=[medal("bronze", "Hoekstra", "400m horden", "EK", "2019")])
    rec = reconcile([report, portrait, youth])
    r = rec.results
    assert r["date"].tolist() == ["2019", "2026-08-12"]
    august = r[r["date"] == "2026-08-12"].iloc[0]
    assert august["documents"] == "a|b" and august["medal"] == "gold"
    assert august["conflict_attributes"] == "seconds" and august["seconds_values"] == "53.14|53.41"
    # A month of another year is another race.
    other = doc("d", [("Hoekstra", "PER")], published="2026-12-03",
                times=[time(54.02, "Hoekstra", "400m horden", "EK", "2025-08")])
    assert len(reconcile([report, other]).results) == 2


def test_an_undated_fact_joins_the_race_its_own_article_dates():
    day = doc("a", [("Sytske Wijnsma", "PER")], published="2026-08-13",
              medals=[medal("silver", "Sytske Wijnsma", "200m", "EK zwemmen", "2026-08-12")])
    portrait = doc("b", [("Sytske Wijnsma", "PER")], published="2026-11-20",
                   medals=[medal("silver", "Sytske Wijnsma", "200m", "EK zwemmen", "2026-08-12", at=(0, 1))],
                   times=[time(129.14, "Sytske Wijnsma", "200m", "EK zwemmen", "", at=(5, 6))])
    report = doc("c", [("Sytske Wijnsma", "PER")], published="2026-08-13",
                 times=[time(129.41, "Sytske Wijnsma", "200m", "EK zwemmen", "2026-08-12")])
    rec = reconcile([day, portrait, report])
    assert len(rec.results) == 1
    assert set(rec.conflicts["value"]) == {"129.14", "129.41"}


def test_a_championship_result_is_recalled_within_the_year_between_editions():
    wk = doc("a", [("Famke Oosterbeek", "PER")], published="2026-03-22",
             medals=[medal("silver", "Famke Oosterbeek", "60m horden", "WK indoor", "2026-03-21")])
    preview = doc("b", [("Oosterbeek", "PER")], published="2026-08-08",
                  medals=[medal("bronze", "Oosterbeek", "60m horden", "WK indoor")])
    rec = reconcile([wk, preview])
    assert len(rec.results) == 1
    assert set(rec.conflicts["value"]) == {"silver", "bronze"}
    # A year on, it is the next edition.
    next_year = doc("c", [("Oosterbeek", "PER")], published="2027-03-20",
                    medals=[medal("bronze", "Oosterbeek", "60m horden", "WK indoor")])
    assert len(reconcile([wk, next_year]).results) == 2
    # A World Cup is a series of races, not an edition: a later undated race stays apart.
    cup = doc("d", [("Jorrit Bergsma", "PER")], published="2025-12-07",
              times=[time(66.42, "Jorrit Bergsma", "1000m", "World Cup", "2025-12-06")])
    later = doc("e", [("Bergsma", "PER")], published="2026-01-20",
                times=[time(66.24, "Bergsma", "1000m", "World Cup")])
    assert len(reconcile([cup, later]).results) == 2
    # Two dated editions in reach: the recollection cannot be placed.
    ek = doc("f", [("Famke Oosterbeek", "PER")], published="2025-11-02",
             medals=[medal("gold", "Famke Oosterbeek", "60m horden", "WK indoor", "2025-11-01")])
    assert len(reconcile([wk, ek, preview]).results) == 3


def test_an_undated_championship_report_is_recalled_by_a_later_article():
    report = doc("a", [("Thijs de Ridder", "PER")], published="2026-10-16",
                 times=[time(25.94, "Thijs de Ridder", "50m", "WK kortebaan")])
    recall = doc("b", [("De Ridder", "PER")], published="2026-11-24",
                 times=[time(25.49, "De Ridder", "50m", "WK")])
    rec = reconcile([report, recall])
    assert len(rec.results) == 1 and bool(rec.results.iloc[0]["conflict"])
    assert dict(zip(rec.conflicts["value"], rec.conflicts["documents"])) == {"25.49": "b", "25.94": "a"}
    # A year on, it is the next edition.
    next_year = doc("c", [("De Ridder", "PER")], published="2027-10-20",
                    times=[time(25.49, "De Ridder", "50m", "WK")])
    assert len(reconcile([report, next_year]).results) == 2
    # A World Cup is a series of races: a later undated race stays apart.
    cup = doc("d", [("Thijs de Ridder", "PER")], published="2026-10-16",
              times=[time(25.94, "Thijs de Ridder", "50m", "World Cup")])
    cup_later = doc("e", [("De Ridder", "PER")], published="2026-11-24",
                    times=[time(25.49, "De Ridder", "50m", "World Cup")])
    assert len(reconcile([cup, cup_later]).results) == 2
    # Two championships of one family named apart stay apart.
    summer = doc("f", [("Thijs de Ridder", "PER")], published="2026-07-30",
                 times=[time(26.31, "Thijs de Ridder", "50m", "WK langebaan")])
    assert len(reconcile([summer, report]).results) == 2
    # Two earlier championships in reach: the recollection cannot be placed.
    assert len(reconcile([summer, report, recall]).results) == 3


def test_an_undated_championship_report_meets_a_later_result_dated_by_its_month():
    report = doc("a", [("Femke Hoekstra", "PER")], published="2026-01-11",
                 medals=[medal("gold", "Femke Hoekstra", "sprint", "EK sprint")])
    preview = doc("b", [("Hoekstra", "PER")], published="2026-03-04",
                  medals=[medal("silver", "Hoekstra", "sprint", "EK sprint", "2026-01")])
    rec = reconcile([report, preview])
    assert len(rec.results) == 1 and bool(rec.results.iloc[0]["conflict"])
    assert set(rec.conflicts["value"]) == {"gold", "silver"}
    # A month before the report's memory reaches, or after it came out, is another edition.
    late = doc("c", [("Hoekstra", "PER")], published="2026-03-04",
               medals=[medal("silver", "Hoekstra", "sprint", "EK sprint", "2026-02")])
    assert len(reconcile([report, late]).results) == 2
    # A month places a race less surely than a day: two championships of the family named
    # apart stay apart.
    indoor = doc("d", [("Hoekstra", "PER")], published="2026-03-04",
                 medals=[medal("silver", "Hoekstra", "sprint", "EK indoor", "2026-01")])
    assert len(reconcile([report, indoor]).results) == 2


def test_sources_disagree_only_when_they_share_no_value():
    # The report gives the finish and a split the rules took for a second time; a follow-up
    # gives the finish: they agree, the result stays unpicked but is no conflict.
    report = doc("a", [("Sanne ten Velde", "PER")], published="2026-10-16", times=[
        time(51.12, "Sanne ten Velde", "100m", at=(1, 2)), time(24.71, "Sanne ten Velde", "100m", at=(5, 6))])
    follow = doc("b", [("Ten Velde", "PER")], published="2026-10-17",
                 times=[time(51.12, "Ten Velde", "100m")])
    rec = reconcile([report, follow])
    row = rec.results.iloc[0]
    assert len(rec.results) == 1 and row["seconds_values"] == "24.71|51.12"
    assert not row["conflict"] and rec.conflicts.empty
    # A third source with a time of its own disagrees with both.
    other = doc("c", [("Ten Velde", "PER")], published="2026-10-17",
                times=[time(51.21, "Ten Velde", "100m")])
    rec = reconcile([report, follow, other])
    assert bool(rec.results.iloc[0]["conflict"])
    assert set(rec.conflicts["value"]) == {"24.71", "51.12", "51.21"}


def test_athlete_only_in_results_is_a_person_entity():
    rec = reconcile([doc("a", [], times=[time(9.58, "Usain Bolt", "100m")])])
    assert rec.entities["label"].tolist() == ["PER"]
    assert rec.entities["n_mentions"].tolist() == [0]
    assert rec.mentions.empty and len(rec.results) == 1


# ----------------------------------------------------------------- determinism


def _tables(rec):
    return {
        "entities": rec.entities,
        "mentions": rec.mentions.sort_values(["doc_id", "start", "end"]).reset_index(drop=True),
        "results": rec.results,
        "conflicts": rec.conflicts,
    }


def test_order_independence():
    docs = seeds() + [
        doc("x1", [("Michel Mulder", "PER"), ("Mulder", "PER")]),
        doc("x2", [("Ronald Mulder", "PER")]),
        doc("x3", [("Mulder", "LOC"), ("Van der Poel", "PER")]),
        doc("x4", [("Mathieu van der Poel", "PER"), ("Antoinette de Jong", "PER")]),
        doc("x5", [("Antoinette Rijpma-de Jong", "PER"), ("Leerdam", "LOC")]),
    ]
    reference = _tables(reconcile(docs))
    rng = random.Random(7)
    for _ in range(5):
        shuffled = docs[:]
        rng.shuffle(shuffled)
        shuffled = [
            Extraction(d.article, mentions=tuple(rng.sample(d.mentions, len(d.mentions))),
                       times=d.times, medals=tuple(reversed(d.medals)), records=d.records)
            for d in shuffled
        ]
        for name, table in _tables(reconcile(shuffled)).items():
            pd.testing.assert_frame_equal(table, reference[name], obj=name)


def test_ids_are_stable_and_content_derived():
    a, b = reconcile(seeds()), reconcile(seeds())
    pd.testing.assert_frame_equal(a.entities, b.entities)
    kok = entity_of(a, "000_b08538a8e0210fe8", "Femke Kok")
    assert kok.startswith("per-femke-kok-")
    # Adding an unrelated article does not change existing ids.
    c = reconcile(seeds() + [doc("z", [("Sven Kramer", "PER"), ("Thialf", "LOC")])])
    assert entity_of(c, "000_b08538a8e0210fe8", "Femke Kok") == kok
    assert set(a.entities["entity_id"]) <= set(c.entities["entity_id"])


def test_empty_run():
    rec = reconcile([])
    assert rec.entities.empty and rec.mentions.empty and rec.results.empty
    assert list(rec.results.columns) == RESULT_COLUMNS
    assert list(rec.conflicts.columns) == CONFLICT_COLUMNS


def test_order_independence_on_synthetic_corpus():
    from benchmarks.bench_reconcile import corpus

    docs = corpus(3000, seed=3)
    reference = _tables(reconcile(docs))
    assert len(reference["mentions"]) == 3000
    shuffled = docs[:]
    random.Random(11).shuffle(shuffled)
    for name, table in _tables(reconcile(shuffled)).items():
        pd.testing.assert_frame_equal(table, reference[name], obj=name)


def test_benchmark_run_reports_figures():
    from benchmarks.bench_reconcile import run

    figures = run(2000)
    assert figures["n_mentions"] == 2000 and figures["ok"]
    assert figures["seconds"] >= 0 and figures["peak_rss_mib"] > 0
