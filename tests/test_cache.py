"""Per-document cache (issue 5): a rerun extracts only new or changed articles and writes the
same bytes as a fresh run; the key covers content, model and pipeline version."""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pipeline import cache as cachemod
from pipeline import job as jobmod
from pipeline.cache import CACHE_DIRNAME, CACHE_FILENAME, ExtractionCache, article_key
from pipeline.config import RunConfig
from pipeline.job import run_job
from pipeline.nlp import ModelInfo
from pipeline.records import Article, Extraction, Mention

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture
def engine_spy(monkeypatch):
    """doc_ids of the articles the engine (spaCy + stages) was given, per run."""
    seen: list[str] = []
    real = jobmod.make_engine

    def spying_make_engine(config, nlp=None):
        engine = real(config, nlp)

        def spy(articles):
            def tap():
                for a in articles:
                    seen.append(a.doc_id)
                    yield a

            return engine(tap())

        return spy

    monkeypatch.setattr(jobmod, "make_engine", spying_make_engine)
    return seen


def output_files(folder: Path) -> dict[str, bytes]:
    """Every output file (not the cache) by name; report.html's generation time masked."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    if "report.html" in files:
        files["report.html"] = re.sub(rb"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", b"<time>", files["report.html"])
    return files


def run(folder: Path, out: Path, model: str, **settings):
    settings.setdefault("quiet", True)
    return run_job([str(folder)], out, RunConfig(model=model, **settings))


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted((PROJECT / "seeds").glob("*.txt")) + sorted((PROJECT / "tests" / "devset").glob("dev_a0[1-4]*.txt")):
        shutil.copy(path, folder / path.name)
    return folder


def test_cached_rerun_is_byte_identical_and_extracts_nothing(corpus, tmp_path, model_path, engine_spy):
    out = tmp_path / "out"
    run(corpus, out, model_path, workers=1)
    first = output_files(out)
    n_articles = len(list(corpus.iterdir()))
    assert len(engine_spy) == n_articles
    assert (out / CACHE_DIRNAME / CACHE_FILENAME).is_file()

    engine_spy.clear()
    summary = run(corpus, out, model_path, workers=1)
    assert engine_spy == []  # every article came from the cache
    assert summary.n_ok == n_articles
    assert output_files(out) == first

    fresh = tmp_path / "fresh"
    run(corpus, fresh, model_path, workers=1, use_cache=False)
    assert output_files(fresh) == first
    assert not (fresh / CACHE_DIRNAME).exists()  # --no-cache writes no cache either


def test_grown_folder_extracts_only_new_and_changed_articles(corpus, tmp_path, model_path, engine_spy):
    out = tmp_path / "out"
    run(corpus, out, model_path, workers=1)
    engine_spy.clear()

    new = sorted((PROJECT / "tests" / "devset").glob("dev_b0[1-2]*.txt"))
    for path in new:
        shutil.copy(path, corpus / path.name)
    changed = sorted(corpus.glob("0*.txt"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text + "\n\nSven Kramer reed 6.05,32 op de 5000 meter en won goud.\n", encoding="utf-8")

    run(corpus, out, model_path, workers=2, batch_size=2)
    assert sorted(engine_spy) == sorted([changed.stem] + [p.stem for p in new])
    cached = output_files(out)

    fresh = tmp_path / "fresh"
    run(corpus, fresh, model_path, workers=1, use_cache=False)
    assert output_files(fresh) == cached

    # The change was really re-extracted: the added time is in the table.
    times = cached["times.csv"].decode()
    assert f"{changed.stem}," in times and "6.05,32" in times


def test_renamed_file_is_a_hit_under_its_new_name(corpus, tmp_path, model_path, engine_spy):
    out = tmp_path / "out"
    run(corpus, out, model_path, workers=1)
    engine_spy.clear()
    old = sorted(corpus.glob("dev_*.txt"))[0]
    old.rename(corpus / "renamed_article.txt")
    run(corpus, out, model_path, workers=1)
    assert engine_spy == []
    fresh = tmp_path / "fresh"
    run(corpus, fresh, model_path, workers=1, use_cache=False)
    assert output_files(fresh) == output_files(out)
    assert b"renamed_article" in output_files(out)["documents.csv"]


def test_damaged_cache_is_rebuilt_not_fatal(corpus, tmp_path, model_path, engine_spy):
    out = tmp_path / "out"
    (out / CACHE_DIRNAME).mkdir(parents=True)
    (out / CACHE_DIRNAME / CACHE_FILENAME).write_bytes(b"this is not sqlite" * 100)
    run(corpus, out, model_path, workers=1)
    first = output_files(out)
    engine_spy.clear()
    run(corpus, out, model_path, workers=1)
    assert engine_spy == [] and output_files(out) == first


MODEL = ModelInfo(name="nl_test", version="1.0.0", source="explicit", path="/models/nl_test")
ARTICLE = Article(doc_id="a", text=" date 2026-02-09 Kok won.", published=date(2026, 2, 9), body_start=17)


def _extraction(article=ARTICLE) -> Extraction:
    return Extraction(article=article, mentions=(Mention(17, 20, "Kok", label="PER", canonical="Femke Kok"),), warnings=("w",))


def test_key_covers_content_date_model_and_pipeline_version(monkeypatch):
    model = cachemod.model_key(MODEL)
    key = article_key(ARTICLE, model)
    assert article_key(replace(ARTICLE, doc_id="b", path="elsewhere.txt"), model) == key  # identity is not content
    assert article_key(replace(ARTICLE, text=ARTICLE.text + " "), model) != key
    assert article_key(replace(ARTICLE, published=date(2026, 2, 10)), model) != key  # dates resolve against it
    assert article_key(ARTICLE, cachemod.model_key(replace(MODEL, version="1.0.1"))) != key
    assert article_key(ARTICLE, cachemod.model_key(replace(MODEL, name="nl_other"))) != key
    monkeypatch.setattr(cachemod, "PIPELINE_VERSION", "999")
    assert article_key(ARTICLE, cachemod.model_key(MODEL)) != key


@pytest.mark.parametrize("edited, invalidates", [
    ("extract/times.py", True),    # a rule
    ("lang/sport_nl.py", True),    # language data
    ("cache.py", True),            # what a cached row holds and how a hit is rebuilt
    ("report.py", False),          # run-level output: reconciliation and the page run every time
])
def test_code_fingerprint_covers_what_a_cached_row_depends_on(tmp_path, monkeypatch, edited, invalidates):
    package = tmp_path / "pipeline"
    shutil.copytree(cachemod.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cachemod, "PACKAGE_DIR", package)
    cachemod.code_fingerprint.cache_clear()
    before = cachemod.code_fingerprint()
    with (package / edited).open("a") as handle:
        handle.write("\n# edited\n")
    cachemod.code_fingerprint.cache_clear()
    try:
        assert (cachemod.code_fingerprint() != before) is invalidates
    finally:
        cachemod.code_fingerprint.cache_clear()


def test_cache_round_trip_rebuilds_around_the_current_article(tmp_path):
    cache = ExtractionCache(tmp_path, MODEL)
    assert cache.get(ARTICLE) is None
    cache.put(_extraction())
    cache.close()

    cache = ExtractionCache(tmp_path, MODEL)
    moved = replace(ARTICLE, doc_id="moved", path="x/moved.txt")
    hit = cache.get(moved)
    assert hit == _extraction(moved)
    assert (cache.hits, cache.misses) == (1, 0)
    assert ExtractionCache(tmp_path, replace(MODEL, version="2")).get(ARTICLE) is None  # other model: miss
    cache.close()


def test_prune_drops_entries_the_run_did_not_use(tmp_path):
    cache = ExtractionCache(tmp_path, MODEL)
    other = replace(ARTICLE, doc_id="o", text=ARTICLE.text + " Leerdam ook.")
    cache.put(_extraction())
    cache.put(_extraction(other))
    cache.close()
    cache = ExtractionCache(tmp_path, MODEL)
    assert cache.get(ARTICLE) is not None
    assert cache.prune() == 1 and len(cache) == 1
    cache.close()
    with sqlite3.connect(tmp_path / CACHE_FILENAME) as db:
        assert db.execute("SELECT COUNT(*) FROM extractions").fetchone()[0] == 1


def test_no_change_rerun_loads_no_model_and_rewrites_nothing(corpus, tmp_path, model_path, monkeypatch):
    import pipeline.run as runmod

    out = tmp_path / "out"
    run(corpus, out, model_path, workers=1)
    first = output_files(out)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}

    def no_model(config):
        raise AssertionError("the model was loaded for a rerun served from the cache")

    monkeypatch.setattr(runmod, "build_pipeline", no_model)
    summary = run(corpus, out, model_path, workers=2)
    assert summary.n_ok == len(list(corpus.iterdir()))
    assert output_files(out) == first
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == stamps

    # An output edited (or deleted) by hand is not current any more: the run writes it again.
    (out / "times.csv").write_text("edited\n", encoding="utf-8")
    (out / "entities.csv").unlink()
    run(corpus, out, model_path, workers=1)
    assert output_files(out) == first


def test_with_cache_mixes_hits_and_misses_in_input_order(tmp_path):
    from pipeline.cache import with_cache

    articles = [replace(ARTICLE, doc_id=f"d{i}", text=f"{ARTICLE.text} {i}") for i in range(5)]
    cache = ExtractionCache(tmp_path, MODEL)
    for i in (0, 2, 3):
        cache.put(_extraction(articles[i]))
    given = []

    def engine(items):
        for a in items:
            given.append(a.doc_id)
            yield Extraction(article=a, warnings=("fresh",))

    out = list(with_cache(articles, engine, cache))
    assert [ex.article.doc_id for ex in out] == [a.doc_id for a in articles]
    assert given == ["d1", "d4"]
    assert [ex.warnings for ex in out] == [("w",), ("fresh",), ("w",), ("w",), ("fresh",)]
    assert (cache.hits, cache.misses, cache.served) == (3, 2, 3)
    again = list(with_cache(articles, engine, cache))  # the misses were stored
    assert again == out and given == ["d1", "d4"]
    cache.close()


def test_a_model_retrained_in_place_is_a_new_model(tmp_path):
    import spacy

    path = tmp_path / "model"
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    info = replace(MODEL, path=str(path))
    before = cachemod.model_key(info)
    cachemod.model_fingerprint.cache_clear()
    assert cachemod.model_key(info) == before  # same files, same key
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": "Kok"}])
    nlp.to_disk(path)  # same name and version, other weights/rules
    cachemod.model_fingerprint.cache_clear()
    assert cachemod.model_key(info) != before


def test_rerun_after_the_model_changed_in_place_extracts_again(corpus, tmp_path, engine_spy):
    import spacy

    from pipeline import nlp as nlpmod
    from pipeline import parallel

    model = tmp_path / "model"
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(model)
    out = tmp_path / "out"
    run(corpus, out, str(model), workers=1)

    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": "Zhou Yang"}, {"label": "LOC", "pattern": "Noorwegen"}])
    nlp.to_disk(model)  # "retrained": same name, version and path
    for forget in (cachemod.model_fingerprint.cache_clear, nlpmod.clear_cache, parallel._WORKER_NLP.clear):
        forget()
    engine_spy.clear()
    run(corpus, out, str(model), workers=1)
    assert len(engine_spy) == len(list(corpus.iterdir()))  # nothing served from the old model's cache
    fresh = tmp_path / "fresh"
    run(corpus, fresh, str(model), workers=1, use_cache=False)
    assert output_files(fresh) == output_files(out)
