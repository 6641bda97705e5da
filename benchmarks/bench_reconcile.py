"""Reconciliation at scale: a synthetic run of N mentions, timed and measured.

    .venv/bin/python -m benchmarks.bench_reconcile            # 1,000,000 mentions
    .venv/bin/python -m benchmarks.bench_reconcile 100000

Bar: one million mentions in under 60 s and 4 GiB. `run(n_mentions) -> dict` is what
benchmarks/run.py calls. Memory is the process's peak resident size (ru_maxrss), corpus
included, because that is what the machine has to hold; tracemalloc would slow the run down
several times and miss numpy/pandas buffers allocated outside Python's allocator.

The corpus looks like a season of Dutch sports news: people built from Dutch first names and
surnames with particles (many sharing a surname, some with married double names), each article
naming a few of them in full and then by bare surname, initial or mistagged as LOC, plus
organisations and places, and a time or medal per article, some repeated across articles.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from datetime import date

from pipeline.reconcile import reconcile
from pipeline.records import Article, Extraction, Medal, Mention, RaceTime

FIRST = (
    "Jutta Femke Antoinette Joy Marijke Irene Ireen Suzanne Jorien Sanne Carlijn Michelle "
    "Merel Lotte Esmee Fleur Isa Noor Anouk Sven Kjeld Patrick Thomas Jenning Wesley Kai Tim "
    "Michel Ronald Jan Kees Joost Pieter Mathieu Dylan Bart Koen Stefan Niek Ard Bob Sjoerd"
).split()
CORE = (
    "Leerdam Kok Jong Poel Mulder Smit Bos Visser Meer Berg Dijk Vries Boer Bakker Jansen "
    "Wit Graaf Brink Kramer Nuis Wüst Beune Schouten Rijpma Hout Mors Laan Veen Hoek Vos "
    "Dekker Peters Groot Kuipers Bruin Hendriks Koster Prins Blom Wal Hermans Maas Post "
    "Sanders Verbeek Kuiper Meijer Roos Zwart Haan Linden Heuvel Akker Broek Velde Pol"
).split()
PARTICLE = ("", "", "", "", "van ", "de ", "van der ", "van den ", "ter ", "in 't ", "van 't ")
ORGS = ("TeamNL", "KNSB", "NOS", "Eurosport", "Team Reggeborgh", "Jumbo-Visma", "HBO Max")
PLACES = ("Milaan", "Thialf", "Heerenveen", "Inzell", "Calgary", "Salt Lake City", "Nederland")
EVENTS = ("500m", "1000m", "1500m", "5000m", "ploegachtervolging", "massastart")
MENTIONS_PER_DOC = 20


def _people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """(full name, bare surname) pairs; ~1 in 30 a married double name."""
    out = []
    for i in range(n):
        surname = rng.choice(PARTICLE) + rng.choice(CORE) + ("" if i < len(CORE) else str(i // 97))
        if rng.random() < 1 / 30:
            surname = f"{rng.choice(CORE)}-{surname}"
        out.append((f"{rng.choice(FIRST)} {surname}", surname[:1].upper() + surname[1:]))
    return out


def corpus(n_mentions: int, seed: int = 0) -> list[Extraction]:
    """Deterministic synthetic run of about `n_mentions` mentions."""
    rng = random.Random(seed)
    # Surnames carry a numeric tag per 97 people so shared surnames are common but bounded,
    # the way a real season has many Mulders and De Jongs but not one family name for all.
    people = _people(rng, max(50, n_mentions // 25))
    docs = []
    for d in range(max(1, n_mentions // MENTIONS_PER_DOC)):
        cast = rng.sample(people, 4)
        surfaces = []
        for full, bare in cast:
            surfaces.append((full, "PER", ""))
            for _ in range(3):
                r = rng.random()
                if r < 0.5:
                    surfaces.append((bare, "PER", full))
                elif r < 0.8:
                    surfaces.append((bare, "PER" if r < 0.75 else "LOC", ""))
                else:
                    surfaces.append((f"{full[0]}. {bare}", "PER", ""))
        while len(surfaces) < MENTIONS_PER_DOC:
            surfaces.append((rng.choice(ORGS), "ORG", "") if rng.random() < 0.5
                            else (rng.choice(PLACES), "LOC", ""))
        text, mentions = [], []
        pos = 0
        for surface, label, canonical in surfaces:
            mentions.append(Mention(pos, pos + len(surface), surface, label, canonical))
            text.append(surface)
            pos += len(surface) + 1
        day = f"2026-02-{rng.randint(6, 22):02d}"
        full = cast[0][0]
        times = (RaceTime(0, 1, "t", seconds=round(rng.uniform(36, 80), 2), athlete=full,
                          event=rng.choice(EVENTS), competition="Olympische Winterspelen",
                          date=day if rng.random() < 0.7 else ""),)
        medals = (Medal(0, 1, "m", medal=rng.choice(("gold", "silver", "bronze")),
                        athlete=cast[1][0], event=rng.choice(EVENTS),
                        competition="Olympische Winterspelen", date=day),)
        article = Article(f"doc{d:07d}", " ".join(text), date(2026, 2, 22))
        docs.append(Extraction(article, mentions=tuple(mentions), times=times, medals=medals))
    return docs


def _peak_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def run(n_mentions: int = 1_000_000, seed: int = 0) -> dict:
    """Build the corpus, reconcile it, return the figures (time is reconcile() only)."""
    t0 = time.perf_counter()
    docs = corpus(n_mentions, seed)
    t1 = time.perf_counter()
    rec = reconcile(docs)
    t2 = time.perf_counter()
    return {
        "name": "reconcile",
        "n_mentions": len(rec.mentions),
        "n_documents": len(docs),
        "n_entities": len(rec.entities),
        "n_results": len(rec.results),
        "n_conflicts": len(rec.conflicts),
        "build_seconds": round(t1 - t0, 2),
        "seconds": round(t2 - t1, 2),
        "peak_rss_mib": round(_peak_mib(), 1),
        "ok": (t2 - t1) < 60 and _peak_mib() < 4096,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 1_000_000
    r = run(n)
    print(
        f"reconcile: {r['n_mentions']:,} mentions, {r['n_documents']:,} docs -> "
        f"{r['n_entities']:,} entities, {r['n_results']:,} results, {r['n_conflicts']:,} "
        f"conflict rows in {r['seconds']:.1f} s (corpus {r['build_seconds']:.1f} s), "
        f"peak RSS {r['peak_rss_mib']:.0f} MiB [{'ok' if r['ok'] else 'OVER BAR'}]"
    )
    return 0 if r["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
