"""Stage 1, ingest: every awkward input becomes exactly one Article with a status and a reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline import ingest
from pipeline.ingest import (
    MAX_CHARS,
    decode,
    detect_language,
    from_text,
    read_articles,
    read_batch,
    safe_doc_id,
    strip_html,
)

DUTCH = (
    "Jutta Leerdam heeft op de 1000 meter het goud gewonnen. Ze reed 1.12,31 en was daarmee "
    "sneller dan Femke Kok, die het zilver pakte. Na afloop zei ze dat het een droom was."
)
ENGLISH = (
    "Jutta Leerdam won the gold medal in the 1000 metres on Monday. She skated 1:12.31 and was "
    "faster than Femke Kok, who took the silver. Afterwards she said that it was a dream."
)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def one(path: Path, **kw):
    articles = list(read_articles([path], **kw))
    assert len(articles) == 1
    return articles[0]


# --- text files ---------------------------------------------------------------------------


def test_seed_format_header(tmp_path):
    a = one(write(tmp_path / "a.txt", f" date 2026-02-09 {DUTCH}"))
    assert a.ok and a.published == date(2026, 2, 9) and a.body == DUTCH and a.language == "nl"


@pytest.mark.parametrize("content, reason", [(b"", "empty file"), (b" \n\t\r\n  ", "only whitespace")])
def test_empty_and_whitespace_files_are_skipped_with_reason(tmp_path, content, reason):
    a = one(write(tmp_path / "empty.txt", content))
    assert a.status == "skipped" and reason in a.error and a.doc_id == "empty"


def test_header_without_body_is_skipped(tmp_path):
    a = one(write(tmp_path / "h.txt", " date 2026-02-09   \n"))
    assert a.status == "skipped" and "no text after the header" in a.error


def test_no_header_takes_default_date_or_none(tmp_path):
    path = write(tmp_path / "plain.txt", DUTCH)
    a = one(path)
    assert a.ok and a.published is None and a.body_start == 0
    assert one(path, default_date=date(2026, 3, 1)).published == date(2026, 3, 1)


@pytest.mark.parametrize(
    "header, words",
    [("2026-02-30", "does not exist in the calendar"), ("2026-2-9", "YYYY-MM-DD"), ("gisteren", "YYYY-MM-DD")],
)
def test_bad_header_date_is_an_error_with_reason(tmp_path, header, words):
    a = one(write(tmp_path / "bad.txt", f" date {header} {DUTCH}"), default_date=date(2026, 3, 1))
    assert a.status == "error" and "bad date header" in a.error and words in a.error


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_windows_1252_and_latin1_are_decoded(tmp_path, encoding):
    text = " date 2026-02-09 Daniëlle Bekkering en José Ramón reden één ronde."
    a = one(write(tmp_path / "w.txt", text.encode(encoding)))
    assert a.ok and a.text == text and "ë" in a.body and "é" in a.body


def test_cp1252_specials_survive():
    assert decode("„Dat was één van de mooiste”".encode("cp1252")) == "„Dat was één van de mooiste”"


def test_utf8_bom_is_removed(tmp_path):
    a = one(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + f" date 2026-02-09 {DUTCH}".encode()))
    assert a.ok and a.published == date(2026, 2, 9) and a.text.startswith(" date")


def test_utf16_with_bom_is_text(tmp_path):
    a = one(write(tmp_path / "u16.txt", f" date 2026-02-09 {DUTCH}".encode("utf-16")))
    assert a.ok and a.body == DUTCH


def test_crlf_becomes_lf_and_offsets_hold(tmp_path):
    text = f" date 2026-02-09 {DUTCH}\r\n\r\nTweede alinea: ze won ook in 2024.\r\n"
    a = one(write(tmp_path / "crlf.txt", text.encode()))
    assert a.ok and "\r" not in a.text and a.text == text.replace("\r\n", "\n")


def test_html_tags_blanked_entities_decoded_offsets_index_stored_text(tmp_path):
    raw = ' date 2026-02-09 <p>Dani&euml;l reed <b>1.12,31</b> op de 1000&nbsp;meter &amp; won.</p><script>alert(1)</script>'
    a = one(write(tmp_path / "h.html", raw))
    assert a.ok and "<" not in a.text and "alert" not in a.text and "Daniël reed" in a.text
    start = a.text.index("1.12,31")
    assert a.text[start : start + 7] == "1.12,31"
    assert strip_html("geen html") == "geen html"
    assert strip_html("a <b>x</b> b") == "a    x     b"  # tags keep their width


def test_binary_file_is_skipped(tmp_path):
    a = one(write(tmp_path / "blob.txt", bytes(range(256)) * 20))
    assert a.status == "skipped" and "binary" in a.error and a.text == ""


def test_too_long_article_is_skipped_with_reason(tmp_path):
    body = ("Leerdam won goud op de 1000 meter in Milaan. " * (MAX_CHARS // 40 + 10)).encode()
    a = one(write(tmp_path / "huge.txt", b" date 2026-02-09 " + body))
    assert a.status == "skipped" and "too long" in a.error and f"{MAX_CHARS:,}" in a.error


def test_permission_error_is_an_error_row(tmp_path, monkeypatch):
    write(tmp_path / "locked.txt", DUTCH)
    real = Path.read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    write(tmp_path / "fine.txt", DUTCH)
    by_id = {a.doc_id: a for a in read_articles([tmp_path])}
    assert by_id["locked"].status == "error" and "permission denied" in by_id["locked"].error
    assert by_id["fine"].ok


def test_dangling_symlink_in_folder_and_named(tmp_path):
    folder = tmp_path / "in"
    write(folder / "good.txt", DUTCH)
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    by_id = {a.doc_id: a for a in read_articles([folder])}
    assert set(by_id) == {"good", "gone"}
    assert by_id["gone"].status == "error" and "broken symbolic link" in by_id["gone"].error
    assert one(folder / "gone.txt").status == "error"


def test_missing_named_input_is_usage_error(tmp_path):
    with pytest.raises(ingest.InputError, match="input not found"):
        list(read_articles([tmp_path / "nope.txt"]))


def test_unknown_suffix_in_folder_is_listed_not_read(tmp_path):
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    write(tmp_path / "hidden" / ".secret.txt", DUTCH)  # hidden files are not inputs
    (a,) = read_articles([tmp_path])
    assert a.status == "skipped" and "not an article file (.jpg)" in a.error


def test_named_file_with_any_suffix_is_read(tmp_path):
    assert one(write(tmp_path / "artikel.nieuws", DUTCH)).ok


# --- duplicates, ids, language ------------------------------------------------------------


def test_duplicate_content_later_one_skipped(tmp_path):
    write(tmp_path / "a.txt", f" date 2026-02-09 {DUTCH}")
    write(tmp_path / "b.txt", f" date 2026-02-09 {DUTCH}\n")  # same words, trailing newline
    write(tmp_path / "c.txt", f" date 2026-02-10 {DUTCH}")  # another day: not the same article
    a, b, c = read_articles([tmp_path])
    assert a.ok and c.ok
    assert b.status == "skipped" and b.error == "duplicate of a"


def test_same_stem_twice_gets_unique_ids(tmp_path):
    write(tmp_path / "x" / "art.txt", DUTCH)
    write(tmp_path / "y" / "art.txt", DUTCH.replace("goud", "brons"))
    assert [a.doc_id for a in read_articles([tmp_path])] == ["art", "art~2"]


def test_language_detection():
    assert detect_language(DUTCH)[0] == "nl"
    assert detect_language(ENGLISH)[0] == "en"
    assert detect_language("Die niederländische Läuferin gewann am Montag die Goldmedaille über 1000 Meter, und sie war sehr froh über den Sieg.")[0] == "de"
    assert detect_language("La patineuse a remporté la médaille d'or sur le 1000 mètres aux Jeux et elle est très contente de ce titre.")[0] == "fr"
    assert detect_language("La patinadora ganó la medalla de oro en los 1000 metros de los Juegos y fue muy feliz con el título.")[0] != "nl"
    assert detect_language("Leerdam wint goud")[0] == "und"
    for path in sorted(Path(__file__).resolve().parent.parent.glob("seeds/*.txt")):
        assert detect_language(path.read_text(encoding="utf-8"))[0] == "nl", path.name


def test_non_dutch_flagged_by_default_skipped_on_request(tmp_path):
    path = write(tmp_path / "en.txt", f" date 2026-02-09 {ENGLISH}")
    a = one(path)
    assert a.ok and a.language == "en"
    b = one(path, skip_non_dutch=True)
    assert b.status == "skipped" and "not Dutch" in b.error and "English" in b.error
    assert one(write(tmp_path / "kort.txt", "Leerdam wint."), skip_non_dutch=True).ok  # too short to judge


def test_safe_doc_id():
    assert "/" not in safe_doc_id("../../etc/passwd") and not safe_doc_id("../../etc/passwd").startswith(".")
    assert safe_doc_id("..") == "" and safe_doc_id(" a b ") == "a_b"


# --- batches ------------------------------------------------------------------------------


def test_jsonl_batch_row_level_errors(tmp_path):
    rows = [
        json.dumps({"id": "ok1", "date": "2026-02-09", "text": DUTCH}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "notext", "date": "2026-02-09"}),
        json.dumps({"id": "baddate", "date": "2026-02-30", "text": DUTCH + " Anders."}),
        json.dumps({"id": "number", "text": 42}),
        "",
        json.dumps({"id": "../../etc/passwd", "text": DUTCH + " Nog een."}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(rows) + "\n")
    arts = list(read_batch(path))
    status = {a.doc_id: (a.status, a.error) for a in arts}
    assert len(arts) == 7
    assert status["ok1"] == ("ok", "")
    assert status["batch-2"][0] == "error" and "not valid JSON" in status["batch-2"][1]
    assert status["batch-3"][0] == "error" and "not a JSON object" in status["batch-3"][1]
    assert status["notext"] == ("error", "line 4: missing text")
    assert status["baddate"][0] == "error" and "calendar" in status["baddate"][1]
    assert status["number"][0] == "error" and "not a string" in status["number"][1]
    assert "_.._etc_passwd" in status and status["_.._etc_passwd"][0] == "ok"


def test_csv_batch_missing_columns_and_bad_rows(tmp_path):
    no_text = write(tmp_path / "cols.csv", "id,date\na,2026-02-09\n")
    (a,) = read_batch(no_text)
    assert a.status == "error" and "lacks the column(s) text" in a.error

    long_text = "Leerdam won. " * 20000  # > csv's default 128 KB field limit
    good = write(
        tmp_path / "b.csv",
        f'id,date,text\nr1,2026-02-09,"{DUTCH}"\nr2,2026-02-09,"{long_text}"\nr3,,x,extra\n'
        f'r4,2026-02-09,"{DUTCH} Anders."\nr5,2026-02-09,"unterminated\n',
    )
    arts = {x.doc_id: x for x in read_batch(good)}
    assert arts["r1"].ok and arts["r2"].ok and arts["r4"].ok
    assert any(x.status == "error" and "more fields" in x.error for x in arts.values())


def test_empty_and_binary_batches_get_a_row(tmp_path):
    (a,) = read_batch(write(tmp_path / "e.jsonl", ""))
    assert a.status == "skipped" and "empty batch" in a.error
    (b,) = read_batch(write(tmp_path / "z.csv", b"\x1f\x8b\x08\x00" + b"\x00" * 64))
    assert b.status == "skipped" and "binary" in b.error


def test_from_text_never_raises_on_odd_text():
    for text in ["date", " date ", " date 9999-99-99", "date 2026-02-09", "\x00\x01", "&#99999999;", "<" * 50, "&bogus;"]:
        a = from_text("x", text)
        assert a.status in {"ok", "error", "skipped"}
