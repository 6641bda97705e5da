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

from collections import Counter, defaultdict  # noqa: E402

from spacy.tokens import Doc, Span  # noqa: E402
from spacy.util import filter_spans  # noqa: E402

CONSISTENCY_FACTORY = "nlie_doc_consistency"


def harmonize_entities(
    doc: Doc,
    relabel: bool = True,
    propagate: bool = True,
    person_parts: bool = True,
    min_count: int = 1,
) -> Doc:
    """Make entity labels consistent within one document.

    * relabel: every mention of the same text gets the text's majority label;
    * propagate: an untagged, capitalised repeat of a tagged text becomes an entity too;
    * person_parts: an untagged, capitalised single token that is the last token of a
      multi-token PER entity in the document ("Jan Peeters" ... "Peeters") becomes PER.
    """
    ents = list(doc.ents)
    if not ents:
        return doc
    votes: Dict[Tuple[str, ...], Counter] = defaultdict(Counter)
    for e in ents:
        votes[tuple(t.text for t in e)][e.label_] += 1
    major: Dict[Tuple[str, ...], str] = {}
    for key, c in votes.items():
        (lab, n), *rest = c.most_common()
        if sum(c.values()) >= min_count and (not rest or rest[0][1] < n):
            major[key] = lab
    new: List[Span] = []
    for e in ents:
        lab = major.get(tuple(t.text for t in e)) if relabel else None
        new.append(Span(doc, e.start, e.end, label=lab) if lab and lab != e.label_ else e)
    if propagate or person_parts:
        targets: Dict[Tuple[str, ...], str] = {}
        if propagate:
            targets.update({k: v for k, v in major.items() if k[0][:1].isupper()})
        if person_parts:
            for e in ents:
                if e.label_ == "PER" and len(e) > 1 and e[-1].text[:1].isupper() and len(e[-1].text) > 1:
                    targets.setdefault((e[-1].text,), "PER")
        by_first: Dict[str, List[Tuple[Tuple[str, ...], str]]] = defaultdict(list)
        for k, v in targets.items():
            by_first[k[0]].append((k, v))
        taken = [False] * len(doc)
        for e in new:
            for i in range(e.start, e.end):
                taken[i] = True
        words = [t.text for t in doc]
        for i, w in enumerate(words):
            if taken[i] or w not in by_first:
                continue
            for key, lab in sorted(by_first[w], key=lambda kv: -len(kv[0])):
                j = i + len(key)
                if tuple(words[i:j]) == key and not any(taken[i:j]):
                    new.append(Span(doc, i, j, label=lab))
                    for x in range(i, j):
                        taken[x] = True
                    break
    doc.ents = filter_spans(new)
    return doc


class DocConsistency:
    def __init__(self, nlp: Language, name: str, relabel: bool, propagate: bool, person_parts: bool):
        self.name = name
        self.relabel, self.propagate, self.person_parts = relabel, propagate, person_parts

    def __call__(self, doc: Doc) -> Doc:
        return harmonize_entities(doc, self.relabel, self.propagate, self.person_parts)

    # stateless: nothing to serialise
    def to_disk(self, path, exclude=()):  # noqa: D401
        return None

    def from_disk(self, path, exclude=()):
        return self

    def to_bytes(self, exclude=()):
        return b""

    def from_bytes(self, data, exclude=()):
        return self


if CONSISTENCY_FACTORY not in Language.factories:

    @Language.factory(
        CONSISTENCY_FACTORY,
        default_config={"relabel": False, "propagate": False, "person_parts": True},
        requires=["doc.ents"],
        assigns=["doc.ents"],
    )
    def make_doc_consistency(nlp: Language, name: str, relabel: bool, propagate: bool, person_parts: bool):
        return DocConsistency(nlp, name, relabel, propagate, person_parts)


# --------------------------------------------------------------------------------------
# Gazetteer feature for the NER's token embedding ("nlie.GazetteerHashEmbed.v1").
# The place-name lists are built at training time (models/recipe/gazetteer.py) and stored
# in the model's weights file (thinc attrs), so loading the model needs no list file.
# --------------------------------------------------------------------------------------

import json as _json  # noqa: E402

import numpy as _np  # noqa: E402
from spacy.util import registry  # noqa: E402
from thinc.api import Linear, Model, chain, with_array  # noqa: E402

GAZ_CLASSES = ("CITY", "COUNTRY")


def _gaz_table(path: Optional[str]) -> Dict[str, int]:
    """{"Den Haag": class index, ...} from the JSON lists; empty if there is no file
    (the stored model's attrs then replace it when the weights are loaded)."""
    if not path or not Path(path).is_file():
        return {}
    lists = _json.loads(Path(path).read_text(encoding="utf-8"))
    table: Dict[str, int] = {}
    for ci, cls in enumerate(GAZ_CLASSES):
        for name in lists.get(cls, []):
            table.setdefault(" ".join(name.replace("-", " - ").split()), ci)
    return table


def _gaz_forward(model: Model, docs, is_train: bool):
    table: Dict[str, int] = model.attrs["table"]
    if "first_max" not in model.attrs or model.attrs.get("_n") != len(table):
        first_max: Dict[str, int] = {}
        for key in table:
            parts = key.split(" ")
            first_max[parts[0]] = max(first_max.get(parts[0], 0), len(parts))
        model.attrs["first_max"], model.attrs["_n"] = first_max, len(table)
    first_max = model.attrs["first_max"]
    k = 2 * len(GAZ_CLASSES)
    out = []
    for doc in docs:
        words = [t.text for t in doc]
        feats = _np.zeros((len(words), k), dtype="float32")
        i = 0
        while i < len(words):
            m = first_max.get(words[i], 0)
            hit = 0
            for n in range(min(m, len(words) - i), 0, -1):
                ci = table.get(" ".join(words[i : i + n]))
                if ci is not None:
                    feats[i, 2 * ci] = 1.0
                    feats[i + 1 : i + n, 2 * ci + 1] = 1.0
                    hit = n
                    break
            i += hit or 1
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
