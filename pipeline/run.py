"""The flow of one article through the stages, and of many articles through spaCy.

    ingest (Article) -> spaCy Doc of the body -> entities (Mention)
                     -> rule extractors (EventMention, RaceTime, MedalCue, RecordMention, Age)
                     -> dates (DateMention) -> relations (athlete, event, competition, date)
                     -> Extraction, offsets moved from the body to the article text

Extractors see only the article body and return body offsets; `extract_article`
shifts them once, so every record's offsets point into `Article.text`.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import weakref
from pathlib import Path
from typing import Iterable, Iterator, List, Tuple

import numpy
from spacy.attrs import IDX, LENGTH, MORPH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .config import RunConfig
from .dates import extract_dates
from .entities import add_entity_ruler, entity_mentions, led_by_club_kind
from .extract.ages import find_ages
from .extract.events import find_events
from .extract.medals import find_medal_cues
from .extract.race_records import find_records
from .extract.times import find_times
from .heap import keep_batch_memory
from .lang.dates_nl import WEAK_PAST_ENDINGS
from .nlp import ModelInfo, load_model
from .records import STATUS_ERROR, Article, Extraction
from .relations import Linker

#: Components the stages never need (checked: nothing in pipeline/ reads pos_, tag_, lemma_
#: or dep_; morph is read only where present, see `past_tense_verbs`); not running them is free
#: speed. The stages read doc.ents (ner + the entity ruler), doc.sents (parser, senter or
#: sentencizer) and IS_SENT_START (the ruler).
#: One of them still runs when a component that does run reads what it assigns (a NER with
#: POS among its input features needs the morphologizer): see `_needed_by_running`.
UNUSED_COMPONENTS = ("tagger", "morphologizer", "lemmatizer", "attribute_ruler", "trainable_lemmatizer")
#: Token attributes a component's model can take as input features, and what assigns them.
_FEATURE_ATTRS = {"POS": "token.pos", "TAG": "token.tag", "MORPH": "token.morph", "LEMMA": "token.lemma", "DEP": "token.dep"}


def build_pipeline(config: RunConfig) -> Tuple[Language, ModelInfo]:
    """The model (resolved per pipeline.nlp) with only what the stages read, plus the product's
    entity rules and sentences.

    Sentence boundaries come from the senter when the model has one (the parser is then not
    run: it costs several times more), else from the parser, else from a sentencizer.
    """
    keep_batch_memory(config.batch_size)  # the heap keeps what a batch frees for the next (pipeline.heap)
    nlp, info = load_model(config.model, disable=UNUSED_COMPONENTS)
    if "senter" in nlp.component_names and "parser" in nlp.pipe_names:
        nlp.enable_pipe("senter")
        nlp.disable_pipe("parser")
    for name in _needed_by_running(nlp):
        nlp.enable_pipe(name)
    add_entity_ruler(nlp)
    if not ({"parser", "senter", "sentencizer"} & set(nlp.pipe_names)):
        nlp.add_pipe("sentencizer", first=True)
    _warm_up(nlp)
    return nlp, info


#: One short article through every stage when the pipeline is built, so that what the stages
#: load on first use (first-name and country lists, dateparser and its Dutch data, the ruler's
#: index) is loaded with the model, not while the first articles are timed or waited for.
_WARM_UP_TEXT = (
    "Jutta Leerdam (27) uit Nederland won zondag 15 februari goud op de 1000 meter in 1.12,59, "
    "een olympisch record. Gisteren en vorige week reed de Noor Sander Eitrem de 5000 meter in 6.03,95."
)
_WARMED: "weakref.WeakSet[Language]" = weakref.WeakSet()


def _warm_up(nlp: Language) -> None:
    if nlp in _WARMED:
        return
    _WARMED.add(nlp)
    try:
        article = Article(doc_id="warm-up", text=_WARM_UP_TEXT, published=datetime.date(2026, 2, 16))
        extract_doc(article, nlp(article.body))
    except Exception:  # noqa: BLE001 - only a head start; any real problem shows on real articles
        pass


def _config_attrs(node) -> set:
    """Token attribute names (POS, TAG, ...) anywhere in a component's config."""
    if isinstance(node, dict):
        return set().union(*(_config_attrs(v) for v in node.values())) if node else set()
    if isinstance(node, (list, tuple)):
        return set().union(*(_config_attrs(v) for v in node)) if node else set()
    return {node} if isinstance(node, str) and node in _FEATURE_ATTRS else set()


def _needed_by_running(nlp: Language) -> List[str]:
    """Disabled components that assign a token attribute a running component reads as a feature."""
    components = nlp.config.get("components", {})
    read = set()
    for name in nlp.pipe_names:
        read |= {_FEATURE_ATTRS[a] for a in _config_attrs(components.get(name, {}))}
    if not read:
        return []
    needed = []
    for name in nlp.disabled:
        if name not in UNUSED_COMPONENTS:
            continue
        assigns = set(nlp.get_pipe_meta(name).assigns)
        # The attribute ruler maps tags to POS in some pipelines without declaring it: keep it
        # whenever POS or TAG is read and the pipeline has one.
        if read & assigns or (name == "attribute_ruler" and read & {"token.pos", "token.tag"}):
            needed.append(name)
    return needed


def model_info(config: RunConfig) -> ModelInfo:
    """The ModelInfo `build_pipeline` would give, from the model's meta.json without loading it
    (a rerun whose articles all come from the cache never needs the model itself)."""
    import spacy

    from .nlp import _is_model_dir, resolve_model

    name_or_path, source = resolve_model(config.model)
    try:
        path = Path(name_or_path)
        if not _is_model_dir(path):
            path = Path(spacy.util.get_package_path(name_or_path))
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        lang, name, version = str(meta["lang"]), str(meta["name"]), str(meta["version"])
        assert lang and name and version
    except Exception:  # unusual packaging or meta: load it, which is always right
        return load_model(config.model, disable=UNUSED_COMPONENTS)[1]
    # Same naming as pipeline.nlp.load_model (tests/test_parallel.py checks they agree).
    full_name = name if name.startswith(lang + "_") else f"{lang}_{name}"
    return ModelInfo(name=full_name, version=version, source=source, path=name_or_path)


def sentence_bounds(doc: Doc) -> List[Tuple[int, int]]:
    """(start_char, end_char) of every sentence of `doc`, as ``doc.sents`` gives them, read from
    the token arrays at once instead of building a Span per sentence and a Token per word."""
    n = len(doc)
    if not n:
        return [(s.start_char, s.end_char) for s in doc.sents]  # spaCy's own answer (and errors)
    columns = doc.to_array([SENT_START, IDX, LENGTH])
    starts = numpy.flatnonzero(columns[1:, 0] == 1) + 1  # as Doc.sents: token 0 always opens one
    idx, length = columns[:, 1].tolist(), columns[:, 2].tolist()
    bounds, begin = [], 0
    for i in starts.tolist():
        bounds.append((idx[begin], idx[i - 1] + length[i - 1]))
        begin = i
    bounds.append((idx[begin], idx[n - 1] + length[n - 1]))
    return bounds


#: The features of a finite past verb in the singular: the tagger reads plurals in -en as past
#: too often ("Zaterdag volgen de finales"), where their form is the present's.
_PAST_SINGULAR = ("Number=Sing", "Tense=Past", "VerbForm=Fin")
#: Whether a morphological analysis (by its hash) has those features, memoised per analysis.
_PAST_FINITE: dict = {}


def past_tense_verbs(doc: Doc, text: str) -> Tuple[int, ...]:
    """Start offsets of the weak verbs the morphologizer read as past tense ("keurde",
    "trainde"): a cue of tense that no word list has to hold. Empty when the pipeline ran no
    morphologizer (it runs when the NER reads its features, as the bundled model's does).
    `text` is the text `doc` was made from."""
    if not len(doc) or not doc.has_annotation("MORPH"):
        return ()
    morphs, starts, lengths = doc.to_array([MORPH, IDX, LENGTH]).T.tolist()
    past_finite = _PAST_FINITE
    for morph in set(morphs) - past_finite.keys():
        features = doc.vocab.strings[morph] if morph else ""
        past_finite[morph] = all(f in features for f in _PAST_SINGULAR)
    return tuple(start for morph, start, length in zip(morphs, starts, lengths)
                 if past_finite[morph] and text.endswith(WEAK_PAST_ENDINGS, start, start + length))


def _outside_organisations(events, mentions) -> tuple:
    """The events that are not words of a club's name: "AV Triathlon" names no race (but the
    "Holland Acht", a national crew, does name its boat)."""
    clubs = [(m.start, m.end) for m in mentions if m.label == "ORG" and led_by_club_kind(m.text)]
    return tuple(e for e in events if not any(s <= e.start and e.end <= t for s, t in clubs))


def extract_doc(article: Article, doc: Doc) -> Extraction:
    """All stages after spaCy for one article whose body was processed into `doc`."""
    body = article.body  # the text `doc` was made from (Doc.text would rebuild it token by token)
    sentences = sentence_bounds(doc)
    mentions = entity_mentions(doc, body)
    events = _outside_organisations(find_events(body), mentions)
    dates = extract_dates(body, article.published, sentences, past_tense_verbs(doc, body))
    linker = Linker(body, sentences, mentions, events, dates)
    found_times = tuple(find_times(body))
    times = linker.link_times(found_times)
    medals = [m for c in find_medal_cues(body, events, found_times) for m in linker.link_medals(c)]
    records = [linker.link_record(r) for r in find_records(body)]
    ages = [linker.link_age(a) for a in find_ages(body)]
    offset = article.body_start

    def shifted(items):
        return tuple(sorted((i.shifted(offset) for i in items), key=lambda r: (r.start, r.end)))

    return Extraction(
        article=article,
        mentions=shifted(mentions),
        events=shifted(events),
        times=shifted(times),
        medals=shifted(medals),
        records=shifted(records),
        ages=shifted(ages),
        dates=shifted(dates),
    )


def extract_safely(article: Article, doc: Doc) -> Extraction:
    """`extract_doc`, but a failure on one article becomes that article's error row instead of
    ending the run (every engine goes through here)."""
    try:
        return extract_doc(article, doc)
    except Exception as exc:  # noqa: BLE001 - any extractor bug must cost one article, not the run
        error = f"extraction failed: {type(exc).__name__}: {exc}"
        return Extraction(article=dataclasses.replace(article, status=STATUS_ERROR, error=error))


def iter_extractions(articles: Iterable[Article], nlp: Language, batch_size: int = 64) -> Iterator[Extraction]:
    """Stream articles through spaCy in batches; articles that failed ingest pass through empty."""
    pending: list[Article] = []

    def flush():
        docs = nlp.pipe((a.body for a in pending), batch_size=batch_size)
        for article, doc in zip(pending, docs):
            yield extract_safely(article, doc)
        pending.clear()

    for article in articles:
        if not article.ok:
            yield from flush()
            yield Extraction(article=article)
            continue
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def extract_all(articles: Iterable[Article], config: RunConfig = RunConfig()) -> List[Extraction]:
    """Every article's Extraction, in input order (on config.workers / config.engine; no cache)."""
    from .cache import with_cache
    from .parallel import make_engine

    return list(with_cache(articles, make_engine(config), None))


def extract_text(text: str, published=None, doc_id: str = "text", config: RunConfig = RunConfig()) -> Extraction:
    """Convenience for one piece of text (tests, notebooks)."""
    article = Article(doc_id=doc_id, text=text, published=published)
    nlp, _ = build_pipeline(config)
    return extract_doc(article, nlp(article.body))


__all__ = ["build_pipeline", "extract_all", "extract_doc", "extract_text", "iter_extractions", "model_info"]
