"""Workers (issue 5): outputs do not depend on the worker count; order, failures and progress.

The model is whatever `pipeline.nlp.resolve_model()` gives (the bundled or official model),
or a blank Dutch pipeline when none is available, so these tests run before `make train`.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from pipeline.cache import with_cache
from pipeline.config import RunConfig
from pipeline.job import Progress, run_job
from pipeline.parallel import batched, make_engine
from pipeline.records import Article, Extraction

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = [PROJECT / "seeds", PROJECT / "tests" / "devset"]


def output_files(folder: Path) -> dict[str, bytes]:
    """Every output file (not the cache) by name; report.html's generation time masked."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    if "report.html" in files:
        files["report.html"] = re.sub(rb"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", b"<time>", files["report.html"])
    return files


def run(inputs, out: Path, model: str, **settings) -> dict[str, bytes]:
    settings.setdefault("quiet", True)
    summary = run_job([str(i) for i in inputs], out, RunConfig(model=model, **settings))
    assert summary.n_documents > 0
    return output_files(out)


@pytest.fixture(scope="module")
def single(model_path, tmp_path_factory) -> dict[str, bytes]:
    return run(CORPUS, tmp_path_factory.mktemp("w1"), model_path, workers=1, use_cache=False)


def test_two_workers_byte_identical_to_one(single, model_path, tmp_path):
    # Small batches so both workers get several batches each and results arrive out of order.
    two = run(CORPUS, tmp_path, model_path, workers=2, batch_size=3, use_cache=False)
    assert set(two) == set(single)
    assert {"documents.csv", "mentions.csv", "times.csv", "entities.csv", "extraction.json"} <= set(two)
    for name in single:
        assert two[name] == single[name], f"{name} differs between 1 and 2 workers"
    assert single["mentions.csv"].count(b"\n") > 50  # a real run, not two empty tables


def test_failed_articles_keep_their_place_with_workers(model_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted((PROJECT / "seeds").glob("*.txt"))
    shutil.copy(seeds[0], folder / "a.txt")
    (folder / "b.txt").write_text(" date 2026-02-10 ", encoding="utf-8")  # header only: skipped
    (folder / "c.txt").write_bytes(b"\x00\x01binary")  # skipped
    shutil.copy(seeds[1], folder / "d.txt")
    one = run([folder], tmp_path / "o1", model_path, workers=1, batch_size=1, use_cache=False)
    two = run([folder], tmp_path / "o2", model_path, workers=2, batch_size=1, use_cache=False)
    assert one == two
    rows = one["documents.csv"].decode().splitlines()[1:]
    assert [r.split(",")[0] for r in rows] == ["a", "b", "c", "d"]
    assert [r.split(",")[4] for r in rows] == ["ok", "skipped", "skipped", "ok"]


def test_extract_all_same_records_for_any_worker_count(model_path):
    from pipeline.ingest import read_articles
    from pipeline.run import extract_all

    articles = list(read_articles([str(PROJECT / "seeds")]))
    one = extract_all(articles, RunConfig(model=model_path, workers=1))
    two = extract_all(articles, RunConfig(model=model_path, workers=2, batch_size=1))
    assert one == two
    assert [ex.article.doc_id for ex in two] == [a.doc_id for a in articles]
    assert sum(len(ex.mentions) for ex in two) > 0


def test_build_pipeline_runs_only_what_the_stages_read(model_path):
    from pipeline.nlp import load_model
    from pipeline.run import _FEATURE_ATTRS, UNUSED_COMPONENTS, _config_attrs, build_pipeline

    nlp, _ = build_pipeline(RunConfig(model=model_path))
    full, _ = load_model(model_path)
    # A component no stage reads runs only when a running component takes its output as a
    # feature (the bundled NER reads the morphologizer's POS).
    kept = set(UNUSED_COMPONENTS) & set(nlp.pipe_names)
    read = set()
    for name in set(nlp.pipe_names) - kept:
        read |= {_FEATURE_ATTRS[a] for a in _config_attrs(nlp.config["components"].get(name, {}))}
    for name in kept:
        assert read & set(nlp.get_pipe_meta(name).assigns), f"{name} runs but nothing reads it"
    assert {"parser", "senter", "sentencizer"} & set(nlp.pipe_names), "no sentence boundaries"
    if "ner" in full.pipe_names:
        assert "ner" in nlp.pipe_names
    if "senter" in full.component_names:
        assert "senter" in nlp.pipe_names and "parser" not in nlp.pipe_names
    elif "parser" in full.pipe_names:
        assert "parser" in nlp.pipe_names  # the only source of sentences: kept
    doc = nlp("Jutta Leerdam won goud. Femke Kok werd tweede.")
    assert len(list(doc.sents)) == 2


def _fake_extraction(article: Article) -> Extraction:
    return Extraction(article=article, warnings=(f"seen {article.doc_id}",))


def test_with_cache_keeps_input_order_whatever_the_engine_batches():
    articles = [Article(doc_id=f"d{i}", text=f"tekst {i}") for i in range(23)]
    articles[5] = Article(doc_id="d5", text="", status="skipped", error="empty")
    given: list[str] = []

    def engine(items):  # pulls a batch of 4, answers it, pulls the next
        for batch in batched(items, 4):
            given.extend(a.doc_id for a in batch)
            yield from map(_fake_extraction, batch)

    out = list(with_cache(articles, engine, None))
    assert [ex.article.doc_id for ex in out] == [a.doc_id for a in articles]
    assert "d5" not in given and len(given) == 22  # failed articles never reach the engine
    assert out[5].warnings == () and out[6].warnings == ("seen d6",)


def test_with_cache_notices_an_engine_that_loses_articles():
    articles = [Article(doc_id=f"d{i}", text="x") for i in range(3)]

    def lossy(items):
        yield from map(_fake_extraction, list(items)[:2])

    with pytest.raises(RuntimeError, match="lost 1"):
        list(with_cache(articles, lossy, None))


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        make_engine(RunConfig(engine="spark"))


class _Tty(io.StringIO):
    def isatty(self):
        return True


class _Hits:
    served = 7


def test_progress_counts_articles_and_cache_hits_on_a_terminal():
    stream = _Tty()
    progress = Progress(True, cache=_Hits(), stream=stream)
    items = [Extraction(article=Article(doc_id=str(i), text="x")) for i in range(25)]
    assert list(progress.step(items)) == items
    progress.close()
    last = stream.getvalue().rstrip("\n").split("\r")[-1]
    assert last.startswith("25 articles, ") and "articles/s" in last and "(7 from cache)" in last


def test_progress_is_silent_off_a_terminal_and_when_quiet():
    for stream, enabled in ((io.StringIO(), True), (_Tty(), False)):
        progress = Progress(enabled, stream=stream)
        list(progress.step([Extraction(article=Article(doc_id="a", text="x"))]))
        progress.close()
        assert stream.getvalue() == "" and progress.count == 1


def test_model_info_without_loading_agrees_with_loading(model_path):
    from pipeline.nlp import load_model
    from pipeline.run import UNUSED_COMPONENTS, model_info

    assert model_info(RunConfig(model=model_path)) == load_model(model_path, disable=UNUSED_COMPONENTS)[1]


def test_cli_options_workers_engine_scheduler_no_cache(model_path, tmp_path, capsys):
    from pipeline.cli import build_parser, main

    args = build_parser().parse_args(["run", "seeds"])
    assert (args.workers, args.engine, args.scheduler, args.no_cache) == (None, "local", None, False)
    out = tmp_path / "out"
    code = main(["run", str(PROJECT / "seeds"), "-o", str(out), "--model", model_path, "--workers", "2", "--batch-size", "1", "--no-cache", "-q"])
    assert code == 0 and (out / "mentions.csv").is_file() and not (out / ".cache").exists()
    assert main(["run", str(PROJECT / "seeds"), "-o", str(out), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "seeds", "--workers", "0"])


def test_a_component_that_reads_pos_keeps_the_morphologizer(tmp_path):
    """A NER with POS among its input features (as nl_nlie_news's recipe trains it) needs the
    morphologizer: build_pipeline must not switch it off then."""
    import spacy
    from spacy.training import Example

    from pipeline.run import build_pipeline

    def make(path, attrs):
        nlp = spacy.blank("nl")
        nlp.add_pipe("morphologizer")
        ner_model = {
            "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
            "hidden_width": 8, "maxout_pieces": 2, "use_upper": True,
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 8, "attrs": attrs,
                          "rows": [50] * len(attrs), "include_static_vectors": False},
                "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 8, "window_size": 1,
                           "maxout_pieces": 2, "depth": 1},
            },
        }
        nlp.add_pipe("ner", config={"model": ner_model})
        words = ["Jutta", "Leerdam", "won", "."]
        ref = {"words": words, "pos": ["PROPN", "PROPN", "VERB", "PUNCT"], "entities": ["B-PER", "L-PER", "O", "O"]}
        example = Example.from_dict(nlp.make_doc(" ".join(words[:3]) + "."), ref)
        nlp.initialize(lambda: [example])
        nlp.to_disk(path)
        return str(path)

    reads_pos, _ = build_pipeline(RunConfig(model=make(tmp_path / "pos", ["NORM", "POS"])))
    assert "morphologizer" in reads_pos.pipe_names and "ner" in reads_pos.pipe_names
    plain, _ = build_pipeline(RunConfig(model=make(tmp_path / "plain", ["NORM", "SHAPE"])))
    assert "morphologizer" not in plain.pipe_names and "ner" in plain.pipe_names


def test_pipeline_process_keeps_batch_memory_for_the_next_batch(model_path, monkeypatch):
    """Building the pipeline fixes the heap's thresholds (glibc), so a batch reuses the memory
    the one before it freed instead of touching fresh pages; streaming still works."""
    import pipeline.heap
    import pipeline.run as run_module
    from pipeline.run import build_pipeline, iter_extractions

    calls = []
    monkeypatch.setattr(run_module, "keep_batch_memory", calls.append)
    nlp, _ = build_pipeline(RunConfig(model=model_path, batch_size=2))
    assert calls == [2]
    articles = [Article(doc_id=f"a{i}", text=f"Kok won zaterdag in {37 + i},15.") for i in range(5)]
    extractions = list(iter_extractions(articles, nlp, batch_size=2))
    assert [e.article.doc_id for e in extractions] == [f"a{i}" for i in range(5)]
    pipeline.heap.keep_batch_memory(RunConfig.batch_size)  # the real ones: harmless wherever they run
    pipeline.heap.release_free_memory()
    # spaCy's arrays grow with the batch: so does the size kept on the heap, within glibc's bounds
    assert pipeline.heap.mmap_threshold(16) == 4 * 2**20 and pipeline.heap.mmap_threshold(64) == 16 * 2**20
    assert pipeline.heap.mmap_threshold(1) == 4 * 2**20 and pipeline.heap.mmap_threshold(1000) == 32 * 2**20
