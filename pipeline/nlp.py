"""Which spaCy pipeline the product runs, and loading it.

Resolution order (see `resolve_model`):

1. an explicit model (package name or path), e.g. from ``--model``;
2. the official ``nl_core_news_sm`` if it is installed;
3. the pipeline bundled with the project, ``models/nl_nlie_news`` (built by ``make train``).

Entity labels differ between models (OntoNotes for nl_core_news_sm, CoNLL-2002 for the
bundled model); `product_label` maps either to the product's PER/ORG/LOC/EVENT/MISC.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import numpy
import spacy
from spacy.language import Language
from thinc.api import NumpyOps, get_current_ops, set_current_ops

from .config import BUNDLED_MODEL_DIR, OFFICIAL_MODEL
from .lang.labels import LABEL_MAP

SOURCE_EXPLICIT = "explicit"
SOURCE_OFFICIAL = "official"
SOURCE_BUNDLED = "bundled"


class ModelNotFound(Exception):
    """The requested spaCy model is neither an installed package nor a model directory."""


@dataclass(frozen=True)
class ModelInfo:
    name: str  # e.g. "nl_core_news_sm" or "nl_nlie_news"
    version: str
    source: str  # "explicit" | "official" | "bundled"
    path: str  # package name or filesystem path it was loaded from


def _is_model_dir(path: Path) -> bool:
    return path.is_dir() and (path / "config.cfg").is_file() and (path / "meta.json").is_file()


def resolve_model(explicit: Optional[str] = None) -> Tuple[str, str]:
    """(name_or_path, source) of the model to load; raises ModelNotFound if none exists."""
    if explicit:
        explicit = str(explicit)
        if spacy.util.is_package(explicit):
            return explicit, SOURCE_EXPLICIT
        path = Path(explicit).expanduser()
        if _is_model_dir(path):
            return str(path.resolve()), SOURCE_EXPLICIT
        if path.exists():
            raise ModelNotFound(
                f"Model {explicit!r}: {path} exists but is not a spaCy pipeline directory "
                "(no config.cfg and meta.json). Point --model at a directory written by "
                "nlp.to_disk, such as models/nl_nlie_news."
            )
        raise ModelNotFound(
            f"Model {explicit!r} is neither an installed spaCy package nor an existing "
            f"directory. Install it (python -m spacy download {explicit}), give the path of "
            f"a pipeline directory, or leave --model out to use {OFFICIAL_MODEL} if installed, "
            f"else the bundled model in {BUNDLED_MODEL_DIR}."
        )
    if spacy.util.is_package(OFFICIAL_MODEL):
        return OFFICIAL_MODEL, SOURCE_OFFICIAL
    bundled = Path(BUNDLED_MODEL_DIR)
    if _is_model_dir(bundled):
        return str(bundled), SOURCE_BUNDLED
    raise ModelNotFound(
        f"No spaCy model available: {OFFICIAL_MODEL} is not installed and the bundled model "
        f"{bundled} is missing. Rebuild it with `make train` or pass --model."
    )


class _NumpyBlasOps(NumpyOps):
    """thinc's NumpyOps with matrix products done by numpy (OpenBLAS) instead of blis.

    Same float32 arithmetic; on the project's machines (AMD EPYC) numpy's gemm is about 3x
    faster than thinc's bundled blis for the NER's layer sizes, which makes the whole
    pipeline about 1.5x faster. Only the models loaded by `load_model` use it.
    """

    name = "nlie_numpy_blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


@contextmanager
def fast_ops():
    """Models constructed (loaded) inside this block use `_NumpyBlasOps`."""
    previous = get_current_ops()
    set_current_ops(_NumpyBlasOps() if type(previous) is NumpyOps else previous)
    try:
        yield
    finally:
        set_current_ops(previous)


_CACHE: Dict[Tuple[str, Tuple[str, ...]], Language] = {}
_LOCK = threading.Lock()


def _model_name(nlp: Language, name_or_path: str) -> str:
    lang, name = str(nlp.meta.get("lang", "nl")), str(nlp.meta.get("name") or Path(name_or_path).name)
    return name if name.startswith(lang + "_") else f"{lang}_{name}"


def load_model(explicit: Optional[str] = None, disable: Iterable[str] = ()) -> Tuple[Language, ModelInfo]:
    """Load the resolved model, once per process per (model, disabled components)."""
    name_or_path, source = resolve_model(explicit)
    key = (name_or_path, tuple(sorted(set(disable))))
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            try:
                with fast_ops():
                    nlp = spacy.load(name_or_path, disable=list(key[1]))
            except (OSError, ValueError) as err:  # e.g. a package that is importable but broken
                raise ModelNotFound(f"Model {name_or_path!r} could not be loaded: {err}") from err
            _CACHE[key] = nlp
    info = ModelInfo(
        name=_model_name(nlp, name_or_path),
        version=str(nlp.meta.get("version", "0.0.0")),
        source=source,
        path=name_or_path,
    )
    return nlp, info


def product_label(model_label: str) -> Optional[str]:
    """The product label (PER/ORG/LOC/EVENT/MISC) of a model's entity label, or None."""
    if not model_label:
        return None
    return LABEL_MAP.get(model_label, LABEL_MAP.get(model_label.upper()))


def clear_cache() -> None:
    """Forget loaded models (tests)."""
    with _LOCK:
        _CACHE.clear()


# --------------------------------------------------------------------------------------
# Document-level label consistency, a post-processing component of nl_nlie_news.
# Registered here so that loading the bundled model (which lists it in its config.cfg)
# works wherever pipeline.nlp is imported; spacy.load on the model directory alone needs
# `import pipeline.nlp` first.
# --------------------------------------------------------------------------------------

import json  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from typing import Container, Sequence  # noqa: E402

from spacy.attrs import ORTH  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402
from thinc.api import Model  # noqa: E402

from .lang.names import (  # noqa: E402
    ARTICLES,
    NAME_LINK_WORDS,
    SENTENCE_INTERNAL_PARTICLES,
    VAN_PARTICLE_FIRSTS,
    VAN_PARTICLE_SECONDS,
)

CONSISTENCY_FACTORY = "nlie_doc_consistency"
#: The component's switches and their defaults. Switches added after the first model default
#: to off, so a stored config without them behaves as before.
CONSISTENCY_DEFAULTS = {"relabel": False, "propagate": False, "person_parts": True, "surname_relabel": False,
                        "titles": False, "places": False, "article_not_person": False, "name_particles": False}


def place_key(words: Iterable[str]) -> str:
    """A name as the NER's gazetteer stores it: single spaces, hyphens spaced ("Sint - Niklaas")."""
    key = " ".join(words)
    return " ".join(key.replace("-", " - ").split()) if "-" in key else key


def _is_initial(word: str) -> bool:
    return 2 <= len(word) <= 3 and word[-1] == "." and word[0].isupper()


def _token_mask(ents: Iterable[Sequence], n_tokens: int) -> bytearray:
    """1 for each token inside one of `ents` ([start, end, label]), else 0."""
    mask = bytearray(n_tokens)
    for a, b, _ in ents:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def harmonize_entities(
    doc: Doc,
    relabel: bool = True,
    propagate: bool = True,
    person_parts: bool = True,
    min_count: int = 1,
    *,
    surname_relabel: bool = False,
    titles: bool = False,
    place_names: Optional[Container[str]] = None,
    article_not_person: bool = False,
    name_particles: bool = False,
    first_names: Container[str] = frozenset(),
) -> Doc:
    """Make entity labels consistent within one document, and apply CoNLL-2002 conventions.

    In this order:

    * relabel: every mention of the same text gets the text's majority label;
    * titles: a leading capitalised word before a given name is not part of the name:
      "Manager Herman Wijnants" -> PER "Herman Wijnants" (the span becomes PER; needs
      `first_names`; a first word that is a given name, an initial or a particle stays);
    * surname_relabel: a single-token entity of another label whose text is the last token of
      a multi-token PER in the document becomes PER ("Jan Robeyns" ... LOC "Robeyns");
    * place_names: a PER, MISC or ORG entity whose whole text is a place name of this set
      (in `place_key` form) becomes LOC, unless it starts with a given name or is a single token
      of a multi-token PER in the document;
    * article_not_person: a single-token PER right after "de", "het" or "een" becomes ORG,
      unless it is part of a multi-token PER in the document;
    * propagate: an untagged, capitalised repeat of a tagged text becomes an entity too;
    * person_parts: an untagged, capitalised single token that is the last token of a
      multi-token PER entity in the document ("Jan Peeters" ... "Peeters") becomes PER;
    * name_particles: a PER preceded inside a sentence by a capitalised particle ("De",
      "Van", "Van der", ...) that is not in an entity takes it in ("zegt De Prins").
    """
    spans = doc.ents
    if not spans:
        return doc
    strings = doc.vocab.strings
    orth = doc.to_array(ORTH)
    olist = orth.tolist()
    ents = [[e.start, e.end, e.label_] for e in spans]
    n_old = len(ents)
    keys = [tuple(olist[a:b]) for a, b, _ in ents]
    texts = [tuple(strings[o] for o in k) for k in keys]
    ner_labels = [e[2] for e in ents]  # person evidence is what the NER said, before relabel
    if relabel or propagate:
        votes: Dict[Tuple[int, ...], Counter] = defaultdict(Counter)
        for k, e in zip(keys, ents):
            votes[k][e[2]] += 1
        major: Dict[Tuple[int, ...], str] = {}
        for key, c in votes.items():
            (lab, n), *rest = c.most_common()
            if sum(c.values()) >= min_count and (not rest or rest[0][1] < n):
                major[key] = lab
        if relabel:
            for k, e in zip(keys, ents):
                e[2] = major.get(k, e[2])
    if titles and first_names:
        for i, (e, t) in enumerate(zip(ents, texts)):
            if (len(t) >= 3 and t[1] in first_names and t[0] not in first_names and not _is_initial(t[0])
                    and t[0] not in SENTENCE_INTERNAL_PARTICLES
                    and all(x[:1].isupper() or x in NAME_LINK_WORDS for x in t[1:])):
                e[0], e[2], ner_labels[i] = e[0] + 1, "PER", "PER"
                keys[i], texts[i] = keys[i][1:], t[1:]
    surnames: Dict[int, str] = {}  # orth -> text of the last token of a multi-token PER
    parts = set()  # texts of the tokens of multi-token PERs
    for lab, k, t in zip(ner_labels, keys, texts):
        if lab == "PER" and len(t) > 1:
            parts.update(t)
            if t[-1][:1].isupper() and len(t[-1]) > 1:
                surnames[k[-1]] = t[-1]
    for e, k, t in zip(ents, keys, texts):
        single = len(t) == 1
        if surname_relabel and single and e[2] != "PER" and k[0] in surnames:
            e[2] = "PER"
        elif (place_names and e[2] in ("PER", "MISC", "ORG") and t[0] not in first_names
              and not (single and t[0] in parts) and place_key(t) in place_names):
            e[2] = "LOC"
        elif (article_not_person and single and e[2] == "PER" and e[0] > 0 and t[0] not in parts
              and strings[olist[e[0] - 1]] in ARTICLES):
            e[2] = "ORG"
    if propagate or person_parts:
        targets: Dict[Tuple[int, ...], str] = {}
        if propagate:
            targets.update({k: v for k, v in major.items() if strings[k[0]][:1].isupper()})
        if person_parts:
            for o in surnames:
                targets.setdefault((o,), "PER")
        if targets:
            by_first: Dict[int, List[Tuple[Tuple[int, ...], str]]] = defaultdict(list)
            for k, v in targets.items():
                by_first[k[0]].append((k, v))
            for v in by_first.values():
                v.sort(key=lambda kv: -len(kv[0]))
            taken = _token_mask(ents, len(olist))
            for i in numpy.flatnonzero(numpy.isin(orth, list(by_first))).tolist():
                if taken[i]:
                    continue
                for key, lab in by_first[olist[i]]:
                    j = i + len(key)
                    if tuple(olist[i:j]) == key and not any(taken[i:j]):
                        ents.append([i, j, lab])
                        taken[i:j] = b"\x01" * (j - i)
                        break
    if name_particles:
        covered = _token_mask(ents, len(olist))
        for e in ents:
            a = e[0]
            if e[2] != "PER" or a == 0 or covered[a - 1]:
                continue
            prev = strings[olist[a - 1]]
            if (a >= 2 and prev in VAN_PARTICLE_SECONDS and not covered[a - 2]
                    and strings[olist[a - 2]] in VAN_PARTICLE_FIRSTS):
                j = a - 2
            elif prev in SENTENCE_INTERNAL_PARTICLES:
                j = a - 1
            else:
                continue
            if doc[j].is_sent_start is False:  # inside a sentence (unknown boundaries: leave it)
                e[0] = j
                covered[j:a] = b"\x01" * (a - j)
    # Write back only what changed (rebuilding all of doc.ents costs more than the rules).
    changed, dropped = [], []
    for i, (a, b, lab) in enumerate(ents):
        if i >= n_old or (a, b, lab) != (spans[i].start, spans[i].end, spans[i].label_):
            changed.append(Span(doc, a, b, label=lab))
            if i < n_old and spans[i].start < a:  # a title word left the name
                dropped.extend(range(spans[i].start, a))
    if dropped:  # ... unless another entity took it since
        final = _token_mask(ents, len(olist))
        dropped = [Span(doc, x, x + 1) for x in dropped if not final[x]]
    if changed:
        doc.set_ents(changed, outside=dropped, default="unmodified")
    return doc


class DocConsistency:
    """The `nlie_doc_consistency` component: `harmonize_entities` with its configured switches.

    The given names (for `titles` and `places`) are stored with the component (built from
    `pipeline.lang.first_names` when the pipeline is assembled), so a stored model does not
    change when the Faker package does; the place names are the gazetteer stored in the
    pipeline's NER weights (`nlie.GazetteerHashEmbed.v1`), found on first use.
    """

    FIRST_NAMES_FILE = "first_names.json"

    def __init__(self, nlp: Language, name: str, relabel: bool, propagate: bool, person_parts: bool,
                 surname_relabel: bool = False, titles: bool = False, places: bool = False,
                 article_not_person: bool = False, name_particles: bool = False):
        self.nlp, self.name = nlp, name
        self.relabel, self.propagate, self.person_parts = relabel, propagate, person_parts
        self.surname_relabel, self.titles, self.places = surname_relabel, titles, places
        self.article_not_person, self.name_particles = article_not_person, name_particles
        self.first_names: Optional[frozenset] = None
        self._place_names: Optional[Dict[str, int]] = None

    def _first_names(self) -> frozenset:
        if self.first_names is None:
            if self.titles or self.places:  # the rules that read given names
                from .lang.first_names import first_names

                self.first_names = first_names()
            else:
                self.first_names = frozenset()
        return self.first_names

    def place_names(self) -> Dict[str, int]:
        """The place-name gazetteer of the pipeline's NER ({} if it has none)."""
        if self._place_names is None:
            table: Dict[str, int] = {}
            for _, proc in self.nlp.pipeline:
                model = getattr(proc, "model", None)
                if isinstance(model, Model):
                    for node in model.walk():
                        if node.name == "gazetteer_features" and node.attrs.get("table"):
                            table = node.attrs["table"]
            self._place_names = table
        return self._place_names

    def __call__(self, doc: Doc) -> Doc:
        return harmonize_entities(
            doc, self.relabel, self.propagate, self.person_parts,
            surname_relabel=self.surname_relabel, titles=self.titles,
            place_names=self.place_names() if self.places else None,
            article_not_person=self.article_not_person, name_particles=self.name_particles,
            first_names=self._first_names(),
        )

    def initialize(self, get_examples=None, *, nlp=None):
        self.first_names = None
        self._first_names()

    # Only the given-name list is stored (when an option uses it).
    def to_bytes(self, exclude=()):
        names = sorted(self._first_names())
        return json.dumps(names, ensure_ascii=False).encode("utf-8") if names else b""

    def from_bytes(self, data, exclude=()):
        if data:
            self.first_names = frozenset(json.loads(data.decode("utf-8")))
        return self

    def to_disk(self, path, exclude=()):
        data = self.to_bytes()
        if data:
            path = Path(path)
            path.mkdir(parents=True, exist_ok=True)
            (path / self.FIRST_NAMES_FILE).write_bytes(data)

    def from_disk(self, path, exclude=()):
        f = Path(path) / self.FIRST_NAMES_FILE
        if f.is_file():
            self.from_bytes(f.read_bytes())
        return self


if CONSISTENCY_FACTORY not in Language.factories:

    @Language.factory(
        CONSISTENCY_FACTORY,
        default_config=dict(CONSISTENCY_DEFAULTS),
        requires=["doc.ents"],
        assigns=["doc.ents"],
    )
    def make_doc_consistency(nlp: Language, name: str, relabel: bool, propagate: bool, person_parts: bool,
                             surname_relabel: bool, titles: bool, places: bool, article_not_person: bool,
                             name_particles: bool):
        return DocConsistency(nlp, name, relabel, propagate, person_parts, surname_relabel, titles, places,
                              article_not_person, name_particles)


# --------------------------------------------------------------------------------------
# Gazetteer feature for the NER's token embedding ("nlie.GazetteerHashEmbed.v1").
# The place-name lists are built at training time (models/recipe/gazetteer.py) and stored
# in the model's weights file (thinc attrs), so loading the model needs no list file.
# --------------------------------------------------------------------------------------

import numpy as _np  # noqa: E402
from spacy.strings import hash_string  # noqa: E402
from spacy.util import registry  # noqa: E402
from thinc.api import Linear, chain, with_array  # noqa: E402

GAZ_CLASSES = ("CITY", "COUNTRY")


def _gaz_table(path: Optional[str]) -> Dict[str, int]:
    """{"Den Haag": class index, ...} from the JSON lists; empty if there is no file
    (the stored model's attrs then replace it when the weights are loaded)."""
    if not path or not Path(path).is_file():
        return {}
    lists = json.loads(Path(path).read_text(encoding="utf-8"))
    table: Dict[str, int] = {}
    for ci, cls in enumerate(GAZ_CLASSES):
        for name in lists.get(cls, []):
            table.setdefault(place_key(name.split()), ci)
    return table


#: id(first_max) -> (first_max, the ORTH of each of its words); see `_first_word_orths`.
_FIRST_ORTHS: Dict[int, Tuple[Dict[str, int], frozenset]] = {}


def _first_word_orths(first_max: Dict[str, int]) -> frozenset:
    """The ORTH (string hash) of every word that opens a gazetteer entry, computed once per
    table (not kept in the model's attrs: those are saved with the model). With them, the words
    that can open a match are read from a Doc's ORTH column, without a Token or a str per word;
    a word's ORTH is the hash of its text, so no opening word is missed."""
    cached = _FIRST_ORTHS.get(id(first_max))
    if cached is None or cached[0] is not first_max:
        cached = (first_max, frozenset(hash_string(w) for w in first_max))
        _FIRST_ORTHS[id(first_max)] = cached
    return cached[1]


def _gaz_forward(model: Model, docs, is_train: bool):
    table: Dict[str, int] = model.attrs["table"]
    if "first_max" not in model.attrs or model.attrs.get("_n") != len(table):
        first_max: Dict[str, int] = {}
        for key in table:
            parts = key.split(" ")
            first_max[parts[0]] = max(first_max.get(parts[0], 0), len(parts))
        model.attrs["first_max"], model.attrs["_n"] = first_max, len(table)
    first_max = model.attrs["first_max"]
    first_orths = _first_word_orths(first_max)
    k = 2 * len(GAZ_CLASSES)
    out = []
    for doc in docs:
        strings = doc.vocab.strings
        orths = doc.to_array(ORTH).tolist()
        n_words = len(orths)
        feats = _np.zeros((n_words, k), dtype="float32")
        after_match = 0  # a word inside the last match found opens none (longest match, left to right)
        for i in [i for i, orth in enumerate(orths) if orth in first_orths]:
            if i < after_match:
                continue
            longest = min(first_max.get(strings[orths[i]], 0), n_words - i)
            words = [strings[o] for o in orths[i : i + longest]]
            for n in range(longest, 0, -1):
                ci = table.get(" ".join(words[:n]))
                if ci is not None:
                    feats[i, 2 * ci] = 1.0
                    feats[i + 1 : i + n, 2 * ci + 1] = 1.0
                    after_match = i + n
                    break
        out.append(model.ops.asarray2f(feats))
    return out, lambda d_out: []


def _add_lists(a: Model, b: Model, width: int) -> Model:
    def forward(model, X, is_train):
        ya, bp_a = a(X, is_train)
        yb, bp_b = b(X, is_train)

        def backprop(dY):
            bp_a(dY)
            bp_b(dY)
            return []

        return [p + q for p, q in zip(ya, yb)], backprop

    def init(model, X=None, Y=None):
        a.initialize(X=X)
        b.initialize(X=X)

    return Model("add_lists", forward, init=init, layers=[a, b], dims={"nO": width})


@registry.architectures("nlie.GazetteerHashEmbed.v1")
def gazetteer_hash_embed(width: int, attrs, rows, include_static_vectors: bool, gazetteer: Optional[str] = None) -> Model:
    """spaCy's MultiHashEmbed plus a learned projection of place-name gazetteer matches
    (B/I of CITY, COUNTRY; case-sensitive, longest match), added to the embedding."""
    from spacy.ml.models.tok2vec import MultiHashEmbed

    base = MultiHashEmbed(width=width, attrs=list(attrs), rows=list(rows), include_static_vectors=include_static_vectors)
    gaz = Model("gazetteer_features", _gaz_forward, attrs={"table": _gaz_table(gazetteer)})
    proj = chain(gaz, with_array(Linear(nO=width, nI=2 * len(GAZ_CLASSES))))
    return _add_lists(base, proj, width)
