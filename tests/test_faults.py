"""Fault injection: bad inputs mixed with good articles never change the good articles'
extractions, each bad input gets exactly one documents.csv row with the right status, and the
exit code says whether some failed. Runs through the CLI (`pipeline.cli.main`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main

DUTCH = (
    "De schaatsers van de ploeg reden dinsdag een sterke wedstrijd op de 1500 meter. "
    "Bram Verhoeven werd tweede in 1.44,87 en was daarmee tevreden, zei hij na afloop tegen de pers. "
    "Het was een mooie dag voor het team, dat nog twee races heeft."
)
ENGLISH = (
    "The skaters of the team had a strong race on Tuesday in the 1500 metres. Bram Verhoeven "
    "finished second in 1:44.87 and he was happy with that, he told the press after the race."
)
COMPARED = {
    "times": ["doc_id", "start", "end", "text", "seconds", "athlete", "event", "competition", "date"],
    "medals": ["doc_id", "start", "end", "text", "medal", "rank", "athlete", "event", "team", "competition", "date"],
    "dates": ["doc_id", "start", "end", "text", "value", "granularity"],
    "mentions": ["doc_id", "start", "end", "text", "label", "canonical", "entity_id"],
}
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

# Each bad input: file name -> (doc_id, expected status, words expected in the reason).
EXPECTED = {
    "empty.txt": ("empty", "skipped", "empty file"),
    "blank.txt": ("blank", "skipped", "only whitespace"),
    "no_header.txt": ("no_header", "ok", ""),
    "impossible_date.txt": ("impossible_date", "error", "does not exist in the calendar"),
    "malformed_date.txt": ("malformed_date", "error", "YYYY-MM-DD"),
    "cp1252.txt": ("cp1252", "ok", ""),
    "bom.txt": ("bom", "ok", ""),
    "crlf.txt": ("crlf", "ok", ""),
    "page.html": ("page", "ok", ""),
    "binary.txt": ("binary", "skipped", "binary"),
    "huge.txt": ("huge", "skipped", "too long"),
    "english.txt": ("english", "ok", ""),
    "zz_copy.txt": ("zz_copy", "skipped", "duplicate of " + SEEDS[0].stem),
    "locked.txt": ("locked", "error", "permission denied"),
    "dangling.txt": ("dangling", "error", "broken symbolic link"),
    "photo.jpg": ("photo", "skipped", "not an article file"),
    "cols.csv": ("cols-1", "error", "lacks the column(s) text"),
}
BATCH_EXPECTED = {
    "batch_good": ("ok", ""),
    "batch-2": ("error", "not valid JSON"),
    "no_text": ("error", "missing text"),
    "bad_date": ("error", "calendar"),
    "_.._etc_passwd": ("ok", ""),  # safe_doc_id("../../etc/passwd")
}


def make_bad_inputs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    w = lambda name, data: (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))  # noqa: E731
    w("empty.txt", b"")
    w("blank.txt", "  \n\t \r\n")
    w("no_header.txt", DUTCH.replace("tweede", "derde"))
    w("impossible_date.txt", f" date 2026-02-30 {DUTCH}")
    w("malformed_date.txt", f" date 30-02-2026 {DUTCH}")
    w("cp1252.txt", f" date 2026-02-10 Daniëlle en José: {DUTCH}".encode("cp1252"))
    w("bom.txt", b"\xef\xbb\xbf" + f" date 2026-02-11 {DUTCH} Tot slot.".encode())
    w("crlf.txt", f" date 2026-02-12 {DUTCH}\r\n\r\nNog een alinea over de wedstrijd van woensdag.\r\n".encode())
    w("page.html", f" date 2026-02-13 <p>{DUTCH}</p> &lt;script&gt;alert(1)&lt;/script&gt; <script>fetch('http://example.invalid')</script>")
    w("binary.txt", bytes(range(256)) * 64)
    w("huge.txt", b" date 2026-02-14 " + (DUTCH.encode() + b" ") * (5 * 2**20 // len(DUTCH)))
    w("english.txt", f" date 2026-02-15 {ENGLISH}")
    shutil.copy(SEEDS[0], folder / "zz_copy.txt")
    w("locked.txt", f" date 2026-02-16 {DUTCH}")
    (folder / "dangling.txt").symlink_to(folder / "does_not_exist.txt")
    w("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    w("cols.csv", "id,date\nx,2026-02-09\n")
    rows = [
        {"id": "batch_good", "date": "2026-02-17", "text": DUTCH + " Batch."},
        "{broken json",
        {"id": "no_text", "date": "2026-02-17"},
        {"id": "bad_date", "date": "2026-13-01", "text": DUTCH},
        {"id": "../../etc/passwd", "date": "2026-02-17", "text": DUTCH + " Pad."},
    ]
    w("batch.jsonl", "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")


@pytest.fixture
def deny_locked(monkeypatch):
    """locked.txt cannot be read (tests run as root, so chmod would not stop them)."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def run(inputs, out: Path, model: str, *extra: str) -> int:
    return main(["run", *map(str, inputs), "-o", str(out), "--model", model, "-q", "--workers", "1", "--no-cache", *extra])


def rows(out: Path, table: str, doc_ids) -> pd.DataFrame:
    frame = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
    frame = frame[frame["doc_id"].isin(doc_ids)][COMPARED[table]]
    return frame.sort_values(COMPARED[table]).reset_index(drop=True)


def test_bad_inputs_leave_good_articles_unchanged(tmp_path, model_path, deny_locked):
    good = tmp_path / "good"
    good.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, good / seed.name)
    mixed = tmp_path / "mixed"
    shutil.copytree(good, mixed)
    make_bad_inputs(mixed)
    outside_before = sorted(p for p in tmp_path.rglob("*") if "out_" not in str(p))

    assert run([good], tmp_path / "out_clean", model_path) == EXIT_OK
    assert run([mixed], tmp_path / "out_mixed", model_path) == EXIT_SOME_FAILED

    good_ids = [s.stem for s in SEEDS]
    for table in COMPARED:
        clean, dirty = rows(tmp_path / "out_clean", table, good_ids), rows(tmp_path / "out_mixed", table, good_ids)
        pd.testing.assert_frame_equal(clean, dirty, obj=table)
    assert len(rows(tmp_path / "out_clean", "times", good_ids)) > 0  # the comparison compared something

    docs = pd.read_csv(tmp_path / "out_mixed" / "documents.csv", dtype=str, keep_default_na=False)
    assert docs["doc_id"].is_unique
    n_batch_rows = len(BATCH_EXPECTED)
    assert len(docs) == len(SEEDS) + len(EXPECTED) + n_batch_rows
    by_id = docs.set_index("doc_id")
    for doc_id in good_ids:
        assert by_id.loc[doc_id, "status"] == "ok" and by_id.loc[doc_id, "language"] == "nl"
    for name, (doc_id, status, words) in EXPECTED.items():
        assert by_id.loc[doc_id, "status"] == status, (name, by_id.loc[doc_id].to_dict())
        assert words in by_id.loc[doc_id, "error"], (name, by_id.loc[doc_id, "error"])
        assert (status == "ok") == (by_id.loc[doc_id, "error"] == "")
    for doc_id, (status, words) in BATCH_EXPECTED.items():
        assert by_id.loc[doc_id, "status"] == status and words in by_id.loc[doc_id, "error"], doc_id
    assert by_id.loc["no_header", "published"] == ""
    assert by_id.loc["english", "language"] == "en"
    assert by_id.loc["cp1252", "published"] == "2026-02-10"

    # Input content is never executed or fetched: the decoded "<script>" is escaped in the report.
    html = (tmp_path / "out_mixed" / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "example.invalid" not in html

    # Nothing was written outside the output folders (batch ids such as ../../etc/passwd).
    outside_after = sorted(p for p in tmp_path.rglob("*") if "out_" not in str(p))
    assert outside_after == outside_before


def test_offsets_index_the_stored_text_of_odd_articles(tmp_path, blank_model_path):
    from pipeline.ingest import read_articles

    folder = tmp_path / "in"
    make_bad_inputs(folder)
    (folder / "locked.txt").unlink()
    out = tmp_path / "out"
    run([folder], out, blank_model_path)
    texts = {a.doc_id: a.text for a in read_articles([folder])}
    times = pd.read_csv(out / "times.csv", dtype={"doc_id": str, "text": str}, keep_default_na=False)
    assert set(times["doc_id"]) >= {"cp1252", "bom", "crlf", "page", "no_header"}
    for doc_id, start, end, text in zip(times["doc_id"], times["start"], times["end"], times["text"]):
        assert texts[doc_id][start:end] == text


def test_skip_non_dutch_and_strict(tmp_path, blank_model_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_nl.txt").write_text(f" date 2026-02-09 {DUTCH}")
    (folder / "b_en.txt").write_text(f" date 2026-02-09 {ENGLISH}")
    (folder / "c_empty.txt").write_text("")
    out = tmp_path / "out"
    assert run([folder], out, blank_model_path, "--skip-non-dutch") == EXIT_OK  # skipped is not failed
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    assert docs.loc["b_en", "status"] == "skipped" and "not Dutch" in docs.loc["b_en", "error"]
    assert docs.loc["c_empty", "status"] == "skipped"
    assert run([folder], out, blank_model_path, "--strict") == EXIT_OK  # skipped does not stop --strict

    (folder / "d_bad.txt").write_text(f" date 2026-02-30 {DUTCH}")
    (folder / "e_nl.txt").write_text(f" date 2026-02-09 {DUTCH} Meer.")
    strict_out = tmp_path / "strict"
    assert run([folder], strict_out, blank_model_path, "--strict") == EXIT_SOME_FAILED
    assert not (strict_out / "documents.csv").exists()  # stopped before writing anything
    assert run([folder], out, blank_model_path) == EXIT_SOME_FAILED
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    assert docs.loc["d_bad", "status"] == "error" and docs.loc["e_nl", "status"] == "ok"


def test_usage_errors_exit_2(tmp_path, blank_model_path, capsys):
    assert run([tmp_path / "missing"], tmp_path / "out", blank_model_path) == EXIT_USAGE
    (tmp_path / "a.txt").write_text(DUTCH)
    assert run([tmp_path / "a.txt"], tmp_path / "out", blank_model_path, "--date", "2026-02-30") == EXIT_USAGE
    assert "does not exist" in capsys.readouterr().err


def test_an_extractor_failure_costs_one_article_not_the_run(tmp_path, monkeypatch, seed_paths, model_path):
    import pipeline.run as run_module

    real = run_module.extract_doc

    def flaky(article, doc):
        if article.doc_id == seed_paths[1].stem:
            raise RuntimeError("simulated extractor bug")
        return real(article, doc)

    monkeypatch.setattr(run_module, "extract_doc", flaky)
    out = tmp_path / "out"
    code = main(["run", *map(str, seed_paths), "-o", str(out), "--model", model_path, "--no-cache", "--workers", "1", "-q"])
    documents = pd.read_csv(out / "documents.csv", keep_default_na=False)
    assert code == 1
    row = documents[documents["doc_id"] == seed_paths[1].stem].iloc[0]
    assert row["status"] == "error" and "simulated extractor bug" in row["error"]
    assert list(documents["status"]).count("ok") == len(seed_paths) - 1
