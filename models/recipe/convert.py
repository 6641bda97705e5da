"""Corpus conversion for the nl_nlie_news recipe: plain Python, no network.

* CoNLL-2002 Dutch (token, MBT POS, IOB2 tag) -> DocBin. Sentences are grouped into
  documents at ``-DOCSTART-``; for training, documents may be cut into chunks of
  ``chunk`` sentences (better shuffling); for evaluation keep whole documents.
* UD CoNLL-U -> DocBin with words, spaces (SpaceAfter=No), POS, morphology, lemmas,
  heads/deps and sentence starts, grouped ``per_doc`` sentences per Doc.
* Europeana Newspapers NL (KB, 1811-1866 OCR; token + IOB tag, PER/ORG/LOC only, no
  sentence breaks, incomplete annotation) -> DocBin with *partial* NER annotation: its
  entity spans are kept, lowercase-initial and punctuation-only non-entity tokens are O,
  every other non-entity token (capitalised, digits, mixed) is missing, so the NER is not
  taught that MISC names or names the annotators skipped are O (see ``europeana_docs``).

    python models/recipe/convert.py --corpora ../shared/corpora --output training/corpus
"""

from __future__ import annotations

import argparse
import re
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


def _joined(sents: List[Sentence]) -> Tuple[List[str], List[str], List[bool]]:
    """The words, IOB2 tags and sentence starts of `sents` as one document's."""
    words = [w for s in sents for w, _ in s]
    tags: List[str] = []
    sent_starts: List[bool] = []
    for s in sents:
        tags.extend(_fix_iob([t for _, t in s]))
        sent_starts.extend([True] + [False] * (len(s) - 1))
    return words, tags, sent_starts


def conll_doc(vocab, sents: List[Sentence]) -> Doc:
    words, tags, sent_starts = _joined(sents)
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


_SENT_END = (".", "!", "?")
_TRAIL = re.compile(r"^(.*?\w)([.,;:!?]+)$")


def read_europeana(path: Path) -> List[Sentence]:
    """Pseudo-sentences of the Europeana NL file (one token + IOB tag per line, no breaks).

    Trailing punctuation is split off words ("geweest." -> "geweest" "."), as in
    CoNLL-2002 (the tag stays on the word, the punctuation is O), except the dot of
    initials and short abbreviations; a sentence ends after a token that is or ends with
    . ! ? (not after such an abbreviation).
    """
    sents: List[Sentence] = []
    sent: Sentence = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.split()
            if len(cols) < 2:
                continue
            word, tag = cols[0], cols[-1]
            m = _TRAIL.match(word)
            # initials and short abbreviations keep their dot ("C.", "Mr.", "o.") and do not end a sentence
            abbrev = m is not None and len(m.group(1)) <= 2 and m.group(2) == "."
            if m and not abbrev:
                sent.append((m.group(1), tag))
                sent.append((m.group(2), "O"))
            else:
                sent.append((word, tag))
            if word.endswith(_SENT_END) and not abbrev:
                sents.append(sent)
                sent = []
    if sent:
        sents.append(sent)
    return sents


def _partial_tags(words: List[str], tags: List[str]) -> List[str]:
    """IOB tags with "-" (missing) where Europeana's O is not to be trusted.

    Entity tokens keep their tag. A non-entity token is O if it starts with a lowercase
    letter or is punctuation only; otherwise (capitalised, digit, other) it is missing.
    Lowercase runs of one or two tokens between two missing/entity tokens ("Jan *van*
    Dijk", "Koning *van de* Nederlanden") are missing too: they may be inside a name
    the annotators skipped.
    """
    out = []
    for w, t in zip(words, tags):
        if t != "O":
            out.append(t)
        elif w[0].islower() or not any(ch.isalnum() for ch in w):
            out.append("O")
        else:
            out.append("-")
    i = 0
    while i < len(out):
        if out[i] == "O" and words[i][0].islower() and i > 0 and out[i - 1] != "O":
            j = i
            while j < len(out) and out[j] == "O" and words[j][0].islower() and j - i < 3:
                j += 1
            if j - i <= 2 and j < len(out) and out[j] != "O" and words[j][0].isupper():
                for k in range(i, j):
                    out[k] = "-"
            i = j
        else:
            i += 1
    return out


def europeana_doc(vocab, sents: List[Sentence]) -> Doc:
    words, tags, sent_starts = _joined(sents)
    doc = Doc(vocab, words=words, sent_starts=sent_starts)
    tags = _partial_tags(words, tags)
    spans, missing, i = [], [], 0
    while i < len(tags):
        t = tags[i]
        if t.startswith("B-"):
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + t[2:]:
                j += 1
            spans.append(doc.char_span(doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), label=t[2:]))
            i = j
            continue
        if t == "-":
            missing.append(doc[i : i + 1])
        i += 1
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


def europeana_docs(vocab, path: Path, chunk: int = 10, every: int = 2) -> Iterator[Doc]:
    """Chunks of ``chunk`` pseudo-sentences that hold at least one entity; of those, every
    ``every``-th (1 = all) to cap the size. (Whole stretches of the file carry almost no
    entity tags, 3-12 per 1,000 tokens against 45-68 elsewhere and 66 in CoNLL-2002: they
    were evidently not annotated, so chunks without any entity are left out.)"""
    sents = read_europeana(path)
    n = 0
    for i in range(0, len(sents), chunk):
        doc = europeana_doc(vocab, sents[i : i + chunk])
        if not doc.ents:
            continue
        if n % every == 0:
            yield doc
        n += 1


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
    e = corpora / "europeana_nl"
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
    if (e / "enp_NL.kb.bio").is_file():
        # Development data of run ner_l (models/README.md; not used by train.py, since it was not
        # adopted): ned.train plus part of Europeana NL (every 2nd of its chunks of 10
        # pseudo-sentences that hold an entity: 380 docs, ~77k tokens, partial annotation).
        jobs["ner_train_enp.spacy"] = lambda: list(conll_docs(vocab, c / "ned.train", chunk)) + list(
            europeana_docs(vocab, e / "enp_NL.kb.bio", chunk))
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
