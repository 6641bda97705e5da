"""Corpus conversion for the nl_nlie_news recipe: plain Python, no network.

* CoNLL-2002 Dutch (token, MBT POS, IOB2 tag) -> DocBin. Sentences are grouped into
  documents at ``-DOCSTART-``; for training, documents may be cut into chunks of
  ``chunk`` sentences (better shuffling); for evaluation keep whole documents.
* UD CoNLL-U -> DocBin with words, spaces (SpaceAfter=No), POS, morphology, lemmas,
  heads/deps and sentence starts, grouped ``per_doc`` sentences per Doc.

    python models/recipe/convert.py --corpora ../shared/corpora --output training/corpus
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Iterator, List, Tuple

import spacy
from spacy.tokens import Doc, DocBin

Sentence = List[Tuple[str, str]]  # (word, IOB2 tag)


def read_conll2002(path: Path) -> List[List[Sentence]]:
    """Documents (lists of sentences) of a CoNLL-2002 file, split at -DOCSTART-."""
    docs: List[List[Sentence]] = [[]]
    sent: Sentence = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if sent:
                    docs[-1].append(sent)
                    sent = []
                continue
            cols = line.split(" ")
            if cols[0] == "-DOCSTART-":
                if sent:
                    docs[-1].append(sent)
                    sent = []
                if docs[-1]:
                    docs.append([])
                continue
            word, tag = cols[0], cols[-1]
            sent.append((word, tag))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def _fix_iob(tags: List[str]) -> List[str]:
    """Make IOB2 well formed (an I- after O or a different type starts an entity)."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def conll_doc(vocab, sents: List[Sentence]) -> Doc:
    words = [w for s in sents for w, _ in s]
    tags: List[str] = []
    sent_starts: List[bool] = []
    for s in sents:
        tags.extend(_fix_iob([t for _, t in s]))
        sent_starts.extend([True] + [False] * (len(s) - 1))
    return Doc(vocab, words=words, ents=tags, sent_starts=sent_starts)


def conll_docs(vocab, path: Path, chunk: int = 0) -> Iterator[Doc]:
    for sents in read_conll2002(path):
        if chunk and chunk > 0:
            for i in range(0, len(sents), chunk):
                yield conll_doc(vocab, sents[i : i + chunk])
        else:
            yield conll_doc(vocab, sents)


def read_conllu(path: Path) -> Iterator[List[List[str]]]:
    sent: List[List[str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                    sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:  # multiword ranges / empty nodes
                continue
            sent.append(cols)
    if sent:
        yield sent


def ud_doc(vocab, sents: List[List[List[str]]]) -> Doc:
    words, spaces, pos, morphs, lemmas, heads, deps, starts = [], [], [], [], [], [], [], []
    offset = 0
    for s in sents:
        for i, c in enumerate(s):
            words.append(c[1])
            spaces.append("SpaceAfter=No" not in c[9])
            lemmas.append(c[2])
            pos.append(c[3])
            morphs.append("" if c[5] == "_" else c[5])
            head = int(c[6])
            heads.append(offset + head - 1 if head > 0 else offset + i)
            deps.append(c[7].split(":")[0] if c[7] != "root" else "ROOT")
            starts.append(i == 0)
        offset += len(s)
    return Doc(vocab, words=words, spaces=spaces, pos=pos, morphs=morphs, lemmas=lemmas,
               heads=heads, deps=deps, sent_starts=starts)


def ud_docs(vocab, path: Path, per_doc: int = 10) -> Iterator[Doc]:
    buf: List[List[List[str]]] = []
    for s in read_conllu(path):
        buf.append(s)
        if len(buf) == per_doc:
            yield ud_doc(vocab, buf)
            buf = []
    if buf:
        yield ud_doc(vocab, buf)


def _no_ents(doc: Doc) -> Doc:
    doc.ents = []
    return doc


def save(docs, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    n = 0
    for d in docs:
        db.add(d)
        n += 1
    db.to_disk(path)
    return n


def convert_all(corpora: Path, output: Path, chunk: int = 10) -> None:
    vocab = spacy.blank("nl").vocab
    c = corpora / "conll2002"
    u = corpora / "ud_dutch"
    jobs = {
        "ner_train.spacy": lambda: conll_docs(vocab, c / "ned.train", chunk),
        "ner_testa_chunks.spacy": lambda: conll_docs(vocab, c / "ned.testa", chunk),
        "ner_train_testa.spacy": lambda: list(conll_docs(vocab, c / "ned.train", chunk))
        + list(conll_docs(vocab, c / "ned.testa", chunk)),
        "ner_testa.spacy": lambda: conll_docs(vocab, c / "ned.testa"),
        "ud_train.spacy": lambda: ud_docs(vocab, u / "nl_lassysmall-ud-train.conllu"),
        # sentence boundaries of news text for the senter: LassySmall (Wikipedia) alone has
        # few quotes and many title fragments; CoNLL-2002 train sentences carry no POS/morph,
        # which the morphologizer treats as missing annotation.
        "ud_train_plus_conll.spacy": lambda: list(ud_docs(vocab, u / "nl_lassysmall-ud-train.conllu"))
        + [_no_ents(d) for d in conll_docs(vocab, c / "ned.train", chunk)],
        "ud_dev.spacy": lambda: ud_docs(vocab, u / "nl_alpino-ud-dev.conllu"),
        "ud_test.spacy": lambda: ud_docs(vocab, u / "nl_alpino-ud-test.conllu"),
    }
    for name, make in jobs.items():
        n = save(make(), output / name)
        print(f"{output / name}: {n} docs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--output", type=Path, default=Path("training/corpus"))
    ap.add_argument("--chunk", type=int, default=10, help="sentences per training doc")
    a = ap.parse_args()
    convert_all(a.corpora, a.output, a.chunk)


if __name__ == "__main__":
    main()
