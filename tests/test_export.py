"""Export: tables reload with their types, the schema doc matches the code, reruns are identical."""

from datetime import date

import pandas as pd

from pipeline import reconcile
from pipeline.config import PROJECT_DIR
from pipeline.export import RECONCILED_TABLES, TABLES, read_table, schema_markdown, write_outputs
from pipeline.records import Article, DateMention, Extraction, Medal, Mention, RaceTime

TEXT = " date 2026-02-09 Kok reed 1.12,59 en pakte zilver op maandag."


def _extraction():
    article = Article("doc1", TEXT, date(2026, 2, 9), "doc1.txt", body_start=17)
    return Extraction(
        article=article,
        mentions=(Mention(17, 20, "Kok", label="PER", canonical="Kok"),),
        times=(RaceTime(26, 33, "1.12,59", seconds=72.59, athlete="Kok", event="1000m"),),
        medals=(Medal(43, 49, "zilver", medal="silver", rank=2, athlete="Kok", event="1000m"),),
        dates=(DateMention(53, 60, "maandag", value="2026-02-09", granularity="day"),),
    )


def test_schema_doc_is_generated_from_the_code():
    assert (PROJECT_DIR / "docs" / "schema.md").read_text(encoding="utf-8") == schema_markdown()


def test_every_record_field_is_a_documented_column():
    """extraction.json writes every field of a record; its table (and schema.md) must have them all."""
    import dataclasses

    from pipeline import records

    kinds = {"mentions": records.Mention, "events": records.EventMention, "times": records.RaceTime,
             "medals": records.Medal, "records": records.RecordMention, "ages": records.Age,
             "dates": records.DateMention}
    for table, cls in kinds.items():
        columns = {c.name for c in TABLES[table]}
        assert columns == {"doc_id"} | {f.name for f in dataclasses.fields(cls)}, table


def test_reconciled_table_descriptions_cover_reconcile_columns():
    assert [c.name for c in RECONCILED_TABLES["entities"]] == reconcile.ENTITY_COLUMNS
    assert [c.name for c in RECONCILED_TABLES["results"]] == reconcile.RESULT_COLUMNS
    assert [c.name for c in RECONCILED_TABLES["conflicts"]] == reconcile.CONFLICT_COLUMNS


def test_tables_reload_with_types_and_offsets_point_at_text(tmp_path):
    ex = _extraction()
    write_outputs(tmp_path, [ex], {"model": "test"})
    times = read_table(tmp_path / "times.csv")
    assert times["seconds"].dtype == "float64" and times["start"].dtype == "Int64"
    assert times.loc[0, "seconds"] == 72.59
    medals = pd.read_csv(tmp_path / "medals.csv")
    assert medals.loc[0, "medal"] == "silver" and medals["rank"].dtype.kind == "i"
    for name in ("mentions", "times", "medals", "dates"):
        for row in read_table(tmp_path / f"{name}.csv").itertuples():
            assert TEXT[row.start : row.end] == row.text
    documents = read_table(tmp_path / "documents.csv")
    assert list(documents.columns) == [c.name for c in TABLES["documents"]]
    assert documents.loc[0, "published"] == "2026-02-09"
    assert read_table(tmp_path / "dates.csv").loc[0, "value"] == "2026-02-09"


def test_rewrite_is_byte_identical(tmp_path):
    ex = _extraction()
    write_outputs(tmp_path / "a", [ex], {"model": "test"})
    write_outputs(tmp_path / "b", [ex], {"model": "test"})
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name
