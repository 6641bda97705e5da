"""Evaluate a spaCy pipeline on CoNLL-2002 Dutch NER (and UD Alpino test), plus speed.

Entity scores are exact-span, conlleval-compatible: gold and predicted IOB tags are
chunked per sentence the way conlleval does it, and a chunk counts only when start,
end and type match. The model gets the gold tokens (one Doc per -DOCSTART- article).

Speed is words/second of the *full* pipeline (tokenizer included) on raw text,
single thread (OMP/BLAS threads = 1), after a warm-up.

    python models/recipe/eval_ner.py --corpora ../shared/corpora --model models/nl_nlie_news
    python models/recipe/eval_ner.py --splits testa --no-ud --no-speed   # while tuning
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))  # repo root, so pipeline.* is importable

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from convert import _fix_iob, read_conll2002, ud_docs  # noqa: E402

# (the import registers the project's components, as the product does)
from pipeline.nlp import CONSISTENCY_DEFAULTS, CONSISTENCY_FACTORY, load_model  # noqa: E402

LABELS = ("LOC", "MISC", "ORG", "PER")
#: The switches of the nlie_doc_consistency component, for --consistency.
CONSISTENCY_SWITCHES = tuple(CONSISTENCY_DEFAULTS)


def chunks(tags: Sequence[str]) -> List[Tuple[int, int, str]]:
    """conlleval chunks (start, end exclusive, type) of one sentence's IOB tags."""
    out, start, typ = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        prefix, _, ttype = t.partition("-")
        if prefix == "O" or t == "O":
            prefix, ttype = "O", ""
        end_prev = start is not None and (prefix in ("O", "B") or ttype != typ)
        if end_prev:
            out.append((start, i, typ))
            start, typ = None, None
        if prefix in ("B", "I") and start is None:
            start, typ = i, ttype
    return out


def doc_iob(doc: Doc) -> List[str]:
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]


def prf(tp: int, n_pred: int, n_gold: int) -> Tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_conll(nlp, path: Path, limit_sents: int = 0) -> Dict:
    """Exact-span scores of `nlp` on one CoNLL-2002 file."""
    docs = read_conll2002(path)
    if limit_sents:
        kept, n = [], 0
        for d in docs:
            if n >= limit_sents:
                break
            kept.append(d[: limit_sents - n])
            n += len(kept[-1])
        docs = kept
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    inputs = [Doc(nlp.vocab, words=[w for s in d for w, _ in s]) for d in docs]
    for sents, pred in zip(docs, nlp.pipe(inputs, batch_size=16)):
        ptags = doc_iob(pred)
        i = 0
        for s in sents:
            gold = set(chunks(_fix_iob([t for _, t in s])))
            guess = set(chunks(ptags[i : i + len(s)]))
            i += len(s)
            for c in gold:
                n_gold[c[2]] += 1
            for c in guess:
                n_pred[c[2]] += 1
                if c in gold:
                    tp[c[2]] += 1
    res = {"overall": dict(zip("prf", prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))))}
    res["overall"].update(gold=sum(n_gold.values()), pred=sum(n_pred.values()))
    for lab in sorted(set(n_gold) | set(n_pred)):
        res[lab] = dict(zip("prf", prf(tp[lab], n_pred[lab], n_gold[lab])))
        res[lab].update(gold=n_gold[lab], pred=n_pred[lab])
    return res


def score_ud(nlp, path: Path) -> Dict:
    from spacy.training import Example

    docs = list(ud_docs(nlp.vocab, path))
    examples = [Example(Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]), d) for d in docs]
    names = [n for n in ("tok2vec", "morphologizer", "senter", "sentencizer", "tagger", "parser") if n in nlp.pipe_names]
    with nlp.select_pipes(enable=names):
        s = nlp.evaluate(examples)
    return {k: s.get(k) for k in ("pos_acc", "morph_acc", "sents_p", "sents_r", "sents_f", "dep_uas", "dep_las") if s.get(k) is not None}


def speed(nlp, corpora: Path, repeats: int = 3) -> Dict:
    """Words/second of the whole pipeline on the raw text of ned.testa (74 articles).

    Each article is one string, tokenised by the pipeline's own tokenizer. The machine
    may be shared, so the pass is repeated and the median and best are reported.
    """
    texts = []
    for d in read_conll2002(corpora / "conll2002" / "ned.testa"):
        texts.append(" ".join(w for s in d for w, _ in s))
    list(nlp.pipe(texts[:5]))  # warm-up
    rates, n_words = [], 0
    for _ in range(repeats):
        n_words, t0 = 0, time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=64):
            n_words += len(doc)
        rates.append(n_words / (time.perf_counter() - t0))
    rates.sort()
    return {"words": n_words, "passes": repeats, "median_words_per_second": round(rates[len(rates) // 2]),
            "best_words_per_second": round(rates[-1])}


def print_ner(split: str, res: Dict) -> None:
    o = res["overall"]
    print(f"\nCoNLL-2002 {split}: {o['gold']} gold entities, {o['pred']} predicted")
    print(f"{'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
    for lab in ["overall"] + [k for k in res if k != "overall"]:
        r = res[lab]
        print(f"{lab:<8}{r['p']:8.4f}{r['r']:8.4f}{r['f']:8.4f}{r['gold']:7d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--model", default="models/nl_nlie_news")
    ap.add_argument("--splits", nargs="+", default=["testa", "testb"], help="testb: final figure only")
    ap.add_argument("--no-ud", action="store_true", help="skip POS/morph/sentence scores on Alpino test")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--json", type=Path, help="also write all scores here")
    ap.add_argument("--consistency", default=None, help="experiments: add the doc-consistency step with these "
                    "switches, e.g. 'relabel,propagate,person_parts' ('' = none), replacing the model's own; "
                    f"switches: {','.join(CONSISTENCY_SWITCHES)}")
    a = ap.parse_args()

    spacy.util.fix_random_seed(0)
    nlp, _ = load_model(str(a.model))  # the product's loader (and its fast matrix products)
    if a.consistency is not None:
        if CONSISTENCY_FACTORY in nlp.pipe_names:
            nlp.remove_pipe(CONSISTENCY_FACTORY)
        on = set(filter(None, a.consistency.split(",")))
        if on:
            unknown = on - set(CONSISTENCY_SWITCHES)
            if unknown:
                ap.error(f"unknown --consistency switch(es): {', '.join(sorted(unknown))}")
            nlp.add_pipe(CONSISTENCY_FACTORY, config={k: k in on for k in CONSISTENCY_SWITCHES})
    print(f"model {a.model}: {nlp.meta.get('name')} {nlp.meta.get('version')} pipes={nlp.pipe_names}")
    out: Dict = {}
    for split in a.splits:
        res = score_conll(nlp, a.corpora / "conll2002" / f"ned.{split}")
        out[split] = res
        print_ner(split, res)
    if not a.no_ud:
        out["alpino_test"] = score_ud(nlp, a.corpora / "ud_dutch" / "nl_alpino-ud-test.conllu")
        print("\nUD Alpino test:", json.dumps({k: round(v, 4) for k, v in out["alpino_test"].items()}))
    if not a.no_speed:
        out["speed"] = speed(nlp, a.corpora)
        print("\nspeed (full pipeline, raw text of ned.testa, 1 thread):", json.dumps(out["speed"]))
    if a.json:
        a.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
