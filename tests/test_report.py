"""The review page (pipeline.report) from hand-made records and tables: no browser needed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from types import SimpleNamespace

import pandas as pd
import pytest

from pipeline.records import (
    Age,
    Article,
    DateMention,
    EventMention,
    Extraction,
    Medal,
    Mention,
    RaceTime,
    RecordMention,
)
from pipeline.report import format_seconds, highlight, Mark, render_report

SCRIPT = "<script>document.body.setAttribute('data-pwned','1')</script>"
TEXT_A = (
    " date 2026-02-09 Jutta Leerdam won goud op de 1000 meter in 1.12,31. "
    "De 27-jarige was sneller dan de zilveren Kok, die maandag een olympisch record van 1.12,59 reed.\n\n"
    f"Lezers schreven {SCRIPT} & \"meer\"."
)
TEXT_B = (
    " date 2026-02-09 Femke Kok reed 1.13,59 op de 1000 meter in Milaan en werd tweede achter Leerdam."
)
DOC_A, DOC_B = "000_aaaa", "002_bbbb"


def _at(text: str, s: str, nth: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(nth):
        i = text.index(s, i + 1)
    return i, i + len(s)


def _span(cls, text, s, nth=1, **kw):
    start, end = _at(text, s, nth)
    return cls(start=start, end=end, text=s, **kw)


def sample_extractions() -> list[Extraction]:
    a = Article(DOC_A, TEXT_A, date(2026, 2, 9), "seeds/000_aaaa.txt", body_start=17)
    b = Article(DOC_B, TEXT_B, date(2026, 2, 9), "seeds/002_bbbb.txt", body_start=17)
    ex_a = Extraction(
        article=a,
        mentions=(
            _span(Mention, TEXT_A, "Jutta Leerdam", label="PER", canonical="Jutta Leerdam"),
            _span(Mention, TEXT_A, "Kok", label="PER", canonical="Femke Kok"),
        ),
        events=(_span(EventMention, TEXT_A, "1000 meter", event="1000m", meters=1000),),
        times=(
            _span(RaceTime, TEXT_A, "1.12,31", seconds=72.31, athlete="Jutta Leerdam", event="1000m"),
            _span(RaceTime, TEXT_A, "1.12,59", seconds=72.59, athlete="Femke Kok", event="1000m"),
        ),
        medals=(
            _span(Medal, TEXT_A, "won goud", medal="gold", rank=1, athlete="Jutta Leerdam", event="1000m"),
            # a medal phrase that contains an entity: nested spans
            _span(Medal, TEXT_A, "zilveren Kok", medal="silver", rank=2, athlete="Femke Kok", event="1000m"),
        ),
        records=(_span(RecordMention, TEXT_A, "olympisch record", record="olympic", athlete="Femke Kok", event="1000m"),),
        ages=(_span(Age, TEXT_A, "27-jarige", years=27, person="Jutta Leerdam"),),
        dates=(_span(DateMention, TEXT_A, "maandag", value="2026-02-09", granularity="day"),),
    )
    ex_b = Extraction(
        article=b,
        mentions=(
            _span(Mention, TEXT_B, "Femke Kok", label="PER", canonical="Femke Kok"),
            _span(Mention, TEXT_B, "Milaan", label="LOC", canonical="Milaan"),
            _span(Mention, TEXT_B, "Leerdam", label="PER", canonical="Jutta Leerdam"),
        ),
        times=(_span(RaceTime, TEXT_B, "1.13,59", seconds=73.59, athlete="Femke Kok", event="1000m"),),
        medals=(_span(Medal, TEXT_B, "werd tweede", medal="silver", rank=2, athlete="Femke Kok", event="1000m"),),
    )
    return [ex_a, ex_b]


def _src(text: str, doc: str, s: str, nth: int = 1) -> str:
    start, end = _at(text, s, nth)
    return f"{doc}:{start}-{end}"


def sample_reconciliation() -> SimpleNamespace:
    entities = pd.DataFrame([
        {"entity_id": "per-femke-kok-1", "name": "Femke Kok", "label": "PER", "aliases": "Femke Kok|Kok",
         "n_mentions": 2, "documents": f"{DOC_A}|{DOC_B}"},
        {"entity_id": "per-jutta-leerdam-2", "name": "Jutta Leerdam", "label": "PER",
         "aliases": "Jutta Leerdam|Leerdam", "n_mentions": 2, "documents": f"{DOC_A}|{DOC_B}"},
        {"entity_id": "loc-milaan-3", "name": "Milaan", "label": "LOC", "aliases": "Milaan",
         "n_mentions": 1, "documents": DOC_B},
    ])
    mentions = pd.DataFrame([
        {"doc_id": DOC_A, **dict(zip(("start", "end"), _at(TEXT_A, "Jutta Leerdam"))), "text": "Jutta Leerdam",
         "label": "PER", "entity_id": "per-jutta-leerdam-2"},
        {"doc_id": DOC_A, **dict(zip(("start", "end"), _at(TEXT_A, "Kok"))), "text": "Kok",
         "label": "PER", "entity_id": "per-femke-kok-1"},
        {"doc_id": DOC_B, **dict(zip(("start", "end"), _at(TEXT_B, "Femke Kok"))), "text": "Femke Kok",
         "label": "PER", "entity_id": "per-femke-kok-1"},
        {"doc_id": DOC_B, **dict(zip(("start", "end"), _at(TEXT_B, "Milaan"))), "text": "Milaan",
         "label": "LOC", "entity_id": "loc-milaan-3"},
        {"doc_id": DOC_B, **dict(zip(("start", "end"), _at(TEXT_B, "Leerdam"))), "text": "Leerdam",
         "label": "PER", "entity_id": "per-jutta-leerdam-2"},
    ])
    results = pd.DataFrame([
        {"entity_id": "per-jutta-leerdam-2", "athlete": "Jutta Leerdam", "event": "1000m", "competition": "",
         "date": "2026-02-09", "medal": "gold", "rank": 1, "seconds": 72.31, "records": "", "conflict": False,
         "documents": DOC_A, "sources": "|".join([_src(TEXT_A, DOC_A, "1.12,31"), _src(TEXT_A, DOC_A, "won goud")])},
        {"entity_id": "per-femke-kok-1", "athlete": "Femke Kok", "event": "1000m", "competition": "",
         "date": "2026-02-09", "medal": "silver", "rank": 2, "seconds": float("nan"), "records": "olympic",
         "conflict": True, "conflict_attributes": "seconds", "seconds_values": "72.59|73.59",
         "documents": f"{DOC_A}|{DOC_B}",
         "sources": "|".join([_src(TEXT_A, DOC_A, "1.12,59"), _src(TEXT_B, DOC_B, "1.13,59")])},
    ])
    conflicts = pd.DataFrame([
        {"entity_id": "per-femke-kok-1", "athlete": "Femke Kok", "event": "1000m", "competition": "",
         "date": "2026-02-09", "attribute": "seconds", "value": "72.59", "documents": DOC_A,
         "sources": _src(TEXT_A, DOC_A, "1.12,59")},
        {"entity_id": "per-femke-kok-1", "athlete": "Femke Kok", "event": "1000m", "competition": "",
         "date": "2026-02-09", "attribute": "seconds", "value": "73.59", "documents": DOC_B,
         "sources": _src(TEXT_B, DOC_B, "1.13,59")},
    ])
    return SimpleNamespace(entities=entities, mentions=mentions, results=results, conflicts=conflicts)


@dataclass
class _Err:
    extractor: str
    kind: str
    doc_id: str
    start: int | None
    end: int | None
    text: str


def sample_evaluation() -> SimpleNamespace:
    ms, me = _at(TEXT_B, "1000 meter")
    fs, fe = _at(TEXT_A, "Lezers")
    return SimpleNamespace(
        errors=[
            _Err("events", "miss", DOC_B, ms, me, "1000 meter"),
            _Err("entities", "false_hit", DOC_A, fs, fe, "Lezers"),
            _Err("medals", "miss", DOC_A, None, None, "gold Jutta Leerdam 1000m"),
        ],
        scores=pd.DataFrame([
            {"extractor": "entities", "label": "PER", "precision": 1.0, "recall": 0.75, "f1": 0.857},
            {"extractor": "times", "label": "", "precision": 0.5, "recall": 1.0, "f1": 0.667},
        ]),
    )


RUN_INFO = {"model": "nl_core_news_sm", "model_version": "3.8.0", "date": "2026-02-16"}


@pytest.fixture(scope="module")
def page() -> str:
    return render_report(sample_extractions(), sample_reconciliation(), sample_evaluation(), RUN_INFO)


class _Collector(HTMLParser):
    """Ids, hrefs, span elements and tag balance of a page."""

    VOID = {"meta", "br", "img", "input", "link", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.spans: list[dict] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.scripts = 0
        self._text_of: list[list] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "script":
            self.scripts += 1
        if tag == "span":
            rec = dict(a, _text="")
            self.spans.append(rec)
            self._text_of.append([rec])
        elif tag not in self.VOID:
            self._text_of.append([])
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
            return
        self.stack.pop()
        self._text_of.pop()

    def handle_data(self, data):
        for frame in self._text_of:
            for rec in frame:
                rec["_text"] += data


def _parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    c.close()
    return c


def _spans(page: str, cls: str) -> list[dict]:
    """Spans with class `cls` inside the article texts (not the legend or the tables)."""
    articles = ["<article" + part.split("</article>", 1)[0] + "</article>" for part in page.split("<article")[1:]]
    return [s for art in articles for s in _parse(art).spans if cls in s.get("class", "").split()]


def test_page_is_well_formed_and_self_contained(page):
    c = _parse(page)
    assert not c.errors, c.errors[:3]
    assert c.stack == []
    assert page.startswith("<!DOCTYPE html>")
    assert c.scripts == 1  # only our own inline script
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page
    assert len(c.ids) == len(set(c.ids)), "duplicate ids"


def test_every_internal_link_points_to_an_existing_id(page):
    c = _parse(page)
    ids = set(c.ids)
    internal = [h for h in c.hrefs if h.startswith("#")]
    assert internal
    missing = [h for h in internal if h[1:] not in ids]
    assert not missing, missing


def test_run_info_shown(page):
    assert "nl_core_news_sm 3.8.0" in page
    assert "2026-02-16" in page


def test_entities_highlighted_by_label_with_entity_id_in_title(page):
    per = _spans(page, "ent-PER")
    texts = {s["_text"] for s in per if "hl" in s["class"]}
    assert {"Jutta Leerdam", "Kok", "Femke Kok", "Leerdam"} <= texts
    kok = next(s for s in per if s["_text"] == "Kok")
    assert "Femke Kok" in kok["title"] and "per-femke-kok-1" in kok["title"]  # id from reconciliation
    loc = [s for s in _spans(page, "ent-LOC") if s["_text"] == "Milaan" and "hl" in s["class"]]
    assert loc and "loc-milaan-3" in loc[0]["title"]


def test_facts_carry_normalized_values_in_titles(page):
    times = {s["_text"]: s["title"] for s in _spans(page, "time") if "hl" in s["class"]}
    assert "72.59 s" in times["1.12,59"] and "Femke Kok" in times["1.12,59"] and "1000m" in times["1.12,59"]
    dates = {s["_text"]: s["title"] for s in _spans(page, "date")}
    assert "2026-02-09" in dates["maandag"] and "day" in dates["maandag"]
    ages = {s["_text"]: s["title"] for s in _spans(page, "age")}
    assert "age 27" in ages["27-jarige"] and "Jutta Leerdam" in ages["27-jarige"]
    records = {s["_text"]: s["title"] for s in _spans(page, "record")}
    assert "olympic record" in records["olympisch record"]
    events = {s["_text"]: s["title"] for s in _spans(page, "event")}
    assert "1000m" in events["1000 meter"]


def test_titles_leave_out_absent_parts(page):
    # An optional part that is absent (no canonical name, not a team medal) is left out, not
    # shown as "False".
    titles = [s["title"] for s in _spans(page, "hl") if s.get("title")]
    assert titles and not [t for t in titles if "False" in t.split(" · ")]


def test_medal_phrase_containing_an_entity_nests(page):
    medals = [s for s in _spans(page, "medal") if "hl" in s["class"]]
    silver = next(s for s in medals if s["_text"] == "zilveren Kok")
    assert "medal-silver" in silver["class"]
    assert "silver" in silver["title"] and "Femke Kok" in silver["title"] and "1000m" in silver["title"]
    assert re.search(r'<span class="hl medal medal-silver"[^>]*>zilveren <span class="hl ent ent-PER"[^>]*>Kok</span></span>', page)
    gold = next(s for s in medals if s["_text"] == "won goud")
    assert "gold" in gold["title"] and "Jutta Leerdam" in gold["title"]


def test_crossing_spans_are_split_and_stay_well_formed():
    text = "abcdefghij"
    out = highlight(text, [Mark(1, 6, "x", "X", "a-x"), Mark(4, 9, "y", "Y", "a-y")])
    c = _parse(out)
    assert not c.errors and c.stack == []
    assert re.sub(r"<[^>]+>", "", out) == text
    xs = [s for s in c.spans if s["class"] == "x"]
    ys = [s for s in c.spans if s["class"] == "y"]
    assert "".join(s["_text"] for s in xs) == "bcdef"
    assert "".join(s["_text"] for s in ys) == "efghi"
    assert [s.get("id") for s in c.spans].count("a-y") == 1  # the anchor only on the first piece


def test_out_of_range_marks_are_ignored():
    assert highlight("abc", [Mark(2, 9, "x", "t"), Mark(-1, 1, "y", "t")]) == "abc"


def test_untrusted_text_is_escaped(page):
    assert SCRIPT not in page
    assert "&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;,&#x27;1&#x27;)&lt;/script&gt;" in page
    assert "&amp; &quot;meer&quot;" in page


def test_escaping_in_attributes_and_tables():
    text = ' date 2026-02-09 <img src=x onerror=alert(1)> "Kok"'
    art = Article('x"><b>', text, date(2026, 2, 9), body_start=17)
    start = text.index('"Kok"')
    ex = Extraction(article=art, mentions=(Mention(start, start + 5, '"Kok"', label="PER", canonical='<b>"K"</b>'),))
    rec = SimpleNamespace(
        entities=pd.DataFrame([{"entity_id": "e<1>", "name": "<i>Kok</i>", "label": "PER", "aliases": "<u>|x",
                                "n_mentions": 1, "documents": 'x"><b>'}]),
        mentions=None, results=None, conflicts=None,
    )
    page = render_report([ex], rec, None, {"model": "<script>m</script>"})
    c = _parse(page)
    assert not c.errors and c.scripts == 1
    assert "<img" not in page and "<i>Kok" not in page and "<u>" not in page and "<b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_results_table_sortable_with_links(page):
    assert '<table id="results-table" class="sortable">' in page
    results = page.split('id="results-table"', 1)[1].split("</table>", 1)[0]
    for header in ("Athlete", "Event", "Medal", "Time", "Date", "Sources"):
        assert f">{header}</th>" in results
    assert "1.12,31" in results and 'data-sort="72.31"' in results
    assert "conflict" in results and "1.12,59 / 1.13,59" in results  # disputed time shows both
    start, end = _at(TEXT_A, "1.12,31")
    assert f'href="#doc-{DOC_A}-time-{start}-{end}"' in results
    assert 'href="#ent-per-jutta-leerdam-2"' in results


def test_conflicts_link_to_the_disagreeing_spans(page):
    block = page.split('id="conflicts-table"', 1)[1].split('<section', 1)[0]
    a0, a1 = _at(TEXT_A, "1.12,59")
    b0, b1 = _at(TEXT_B, "1.13,59")
    assert f'href="#doc-{DOC_A}-time-{a0}-{a1}"' in block
    assert f'href="#doc-{DOC_B}-time-{b0}-{b1}"' in block
    assert "72.59" in block and "73.59" in block
    # and the spans themselves are marked as in conflict
    conflicting = [s for s in _spans(page, "in-conflict")]
    assert {s["_text"] for s in conflicting} == {"1.12,59", "1.13,59"}


def test_the_navigation_counts_disputed_attributes_not_value_rows(page):
    nav = page.split("<nav>", 1)[1].split("</nav>", 1)[0]
    assert "Conflicts (1)" in nav  # one disputed time, listed with its two values


def test_conflicts_without_sources_column_fall_back_to_matching_records():
    rec = sample_reconciliation()
    rec.conflicts = rec.conflicts.drop(columns=["sources"])
    page = render_report(sample_extractions(), rec)
    block = page.split('id="conflicts-table"', 1)[1].split('<section', 1)[0]
    b0, b1 = _at(TEXT_B, "1.13,59")
    assert f'href="#doc-{DOC_B}-time-{b0}-{b1}"' in block


def test_entity_list_with_aliases_and_article_links(page):
    block = page.split('id="entities-table"', 1)[1].split("</table>", 1)[0]
    assert 'id="ent-per-femke-kok-1"' in block
    assert "Kok" in block  # alias
    s, e = _at(TEXT_B, "Femke Kok")
    assert f'href="#doc-{DOC_B}-ent-{s}-{e}"' in block  # first mention in that article
    assert f'href="#doc-{DOC_B}"' in block or f"doc-{DOC_B}-ent" in block


def test_evaluation_scores_and_marks(page):
    assert 'id="scores-table"' in page and "0.86" in page
    miss = _spans(page, "ev-miss")
    assert any(s["_text"] == "1000 meter" and "missed by events" in s["title"] for s in miss)
    fh = _spans(page, "ev-fh")
    assert any(s["_text"] == "Lezers" and "false hit" in s["title"] for s in fh)
    assert "evaluation errors without a text position" in page and "gold Jutta Leerdam 1000m" in page


def test_renders_without_reconciliation_or_evaluation():
    page = render_report(sample_extractions())
    assert page.count("not available") >= 3
    assert 'id="scores-table"' not in page
    assert _spans(page, "time")
    c = _parse(page)
    assert not c.errors
    assert not [h for h in c.hrefs if h.startswith("#") and h[1:] not in set(c.ids)]


def test_missing_columns_say_not_available():
    rec = SimpleNamespace(entities=pd.DataFrame({"foo": [1]}), mentions=pd.DataFrame(),
                          results=pd.DataFrame({"athlete": ["A"]}), conflicts=None)
    page = render_report(sample_extractions(), rec, SimpleNamespace())
    assert "Results not available" in page and "Entities not available" in page and "Conflicts not available" in page


def test_empty_tables_and_na_values():
    rec = sample_reconciliation()
    rec.conflicts = rec.conflicts.iloc[0:0]
    rec.results.loc[0, "medal"] = pd.NA
    rec.results["rank"] = rec.results["rank"].astype("Int64")
    rec.results.loc[1, "rank"] = pd.NA
    page = render_report(sample_extractions(), rec)
    assert "No conflicts" in page
    assert not _parse(page).errors


def test_failed_article_and_no_extractions():
    art = Article("bad", "", None, status="error", error="cannot read file")
    page = render_report([Extraction(article=art)])
    assert "cannot read file" in page
    assert "Extraction review" in render_report([])


@pytest.mark.parametrize("seconds,expected", [(72.59, "1.12,59"), (37.15, "37,15"), (7475, "2.04.35"), (59.999, "1.00,00")])
def test_format_seconds(seconds, expected):
    assert format_seconds(seconds) == expected


def test_script_sets_ready_marker(page):
    assert "data-report-ready" in page and "data-sortable" in page


def test_tables_are_written_in_pieces_with_the_same_bytes(monkeypatch, page):
    from pipeline import report

    monkeypatch.setattr(report, "TABLE_CHUNK_ROWS", 1)
    chunks = list(report.report_chunks(sample_extractions(), sample_reconciliation(), sample_evaluation(), RUN_INFO))
    assert "".join(chunks) == page
    for table_id, n_rows in (("results-table", 2), ("entities-table", 3)):  # a row a piece
        at = next(i for i, c in enumerate(chunks) if f'<table id="{table_id}"' in c)
        assert chunks[at].endswith("</tr>") and "</table>" not in chunks[at]
        assert all(c.startswith("<tr") and c.count("<tr") == 1 for c in chunks[at + 1 : at + n_rows])
        assert chunks[at + n_rows] == "</tbody></table></div>"
    assert sum(c.startswith('<div class="conflict"') for c in chunks) == 1


def test_tables_are_read_row_by_row_not_as_dicts(monkeypatch, page):
    def no_dicts(self, *args, **kwargs):
        raise AssertionError("a whole table turned into dicts")

    monkeypatch.setattr(pd.DataFrame, "to_dict", no_dicts)
    monkeypatch.setattr(pd.DataFrame, "iterrows", no_dicts)
    assert render_report(sample_extractions(), sample_reconciliation(), sample_evaluation(), RUN_INFO) == page
