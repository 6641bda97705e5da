"""The whole job on the seeds: the facts the product was specified from, end to end."""

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.config import SEEDS_DIR
from pipeline.export import read_table


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds_out")
    assert main(["run", str(SEEDS_DIR), "-o", str(out), "-q", "--no-cache"]) == 0
    return out


def test_every_seed_is_processed(outputs):
    documents = read_table(outputs / "documents.csv")
    assert list(documents["status"]) == ["ok", "ok", "ok"]
    assert list(documents["published"]) == ["2026-02-09", "2026-02-15", "2026-02-09"]


def test_the_planted_conflict_is_reported_and_nothing_else(outputs):
    conflicts = read_table(outputs / "conflicts.csv")
    assert set(conflicts["athlete"]) == {"Femke Kok"}
    assert set(conflicts["attribute"]) == {"seconds"}
    assert set(conflicts["event"]) == {"1000m"}
    assert sorted(conflicts["value"].astype(float)) == [72.59, 73.59]
    results = read_table(outputs / "results.csv")
    disputed = results[(results["athlete"] == "Femke Kok") & (results["event"] == "1000m")]
    assert disputed["conflict"].all() and disputed["seconds"].isna().all()


def test_object_of_the_clause_does_not_take_the_medal(outputs):
    # "Kok pakte zondag voor Leerdam het goud op de 500 meter" (seed 001)
    medals = read_table(outputs / "medals.csv")
    seed = medals[medals["doc_id"] == "001_92184a93e49609da"]
    gold_500 = seed[(seed["medal"] == "gold") & (seed["event"] == "500m")]
    assert set(gold_500["athlete"]) == {"Femke Kok"}


def test_times_with_athletes_and_dates(outputs):
    times = read_table(outputs / "times.csv")
    assert sorted(zip(times["seconds"], times["athlete"], times["event"])) == [
        (72.59, "Femke Kok", "1000m"),
        (73.59, "Femke Kok", "1000m"),
    ]
    dates = read_table(outputs / "dates.csv")
    seed2 = dates[dates["doc_id"] == "002_ee66734b94265a23"]
    assert dict(zip(seed2["text"], seed2["value"]))["zondag 15 februari"] == "2026-02-15"
    assert set(seed2[seed2["text"] == "maandag"]["value"]) == {"2026-02-09"}


def test_leerdam_is_one_person_not_the_town(outputs):
    entities = read_table(outputs / "entities.csv")
    leerdam = entities[entities["aliases"].str.contains("Leerdam")]
    assert list(leerdam["name"]) == ["Jutta Leerdam"] and list(leerdam["label"]) == ["PER"]
    mentions = read_table(outputs / "mentions.csv")
    assert set(mentions[mentions["text"] == "Leerdam"]["label"]) == {"PER"}


def test_offsets_point_into_the_file_as_read(outputs):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS_DIR.glob("*.txt")}
    for table in ("mentions", "times", "medals", "dates", "events"):
        for row in pd.read_csv(outputs / f"{table}.csv", keep_default_na=False).itertuples():
            assert texts[row.doc_id][row.start : row.end] == row.text


def test_rerun_is_byte_identical(outputs, tmp_path):
    assert main(["run", str(SEEDS_DIR), "-o", str(tmp_path), "-q", "--no-cache"]) == 0
    for path in outputs.glob("*.csv"):
        assert path.read_bytes() == (tmp_path / path.name).read_bytes(), path.name
