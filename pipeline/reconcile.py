"""Cross-document reconciliation: which mentions are the same thing, and which results agree.

Input: the `Extraction` of every article of a run. Output: a `Reconciliation` of four tables
(`entities`, `mentions`, `results`, `conflicts`). Pure functions, no I/O; the same input in
any document order gives the same tables and the same ids.

How names are read (`parse_name`)
    Title words ("coach", "dr.") and suffixes ("jr.") are dropped, then the surname starts at
    the first surname particle ("Mathieu | van der Poel"), at a hyphenated part ending in a
    particle ("Antoinette | Rijpma-de Jong"), or else at the last word ("Jutta | Leerdam").
    A name with words before its surname is *full* ("Jutta Leerdam"), *initial* when those
    words are only initials ("J. Leerdam"), and *bare* without any ("Leerdam", "Van der Poel").
    Keys are case-, accent- and whitespace-folded, so "Van der Poel" (capital at the start of a
    name) and "van der Poel" have the same surname key. Particles are data: pipeline/lang/names.py.

Which mentions join (the rules, in order)
    0. A mention stands for its `canonical` form when the extractor gave one: within an article
       "Leerdam" -> "Jutta Leerdam" is the extractor's call, and it is trusted.
    1. A *person* is a full name that is at least once evidence of a person in the run: tagged
       PER somewhere, or named as an athlete of a time/medal/record. Persons are keyed by
       (surname key, first given name): "Michel Mulder" and "Ronald Mulder" stay apart,
       "Jutta Leerdam" in every article is one person.
    2. Married double names: "Antoinette de Jong" joins "Antoinette Rijpma-de Jong" when the
       first given names are equal and the hyphenated surname's *last* part equals the other
       surname (the Dutch order is partner-own name, and people keep being called by their own
       name). Only if exactly one such hyphenated person exists; two candidates keep all apart.
       A hyphenated person also answers to its last part: bare "De Jong" can find her.
    3. A bare or initial name first looks for persons *in its own article* with that surname
       (and, for an initial, a first name starting with that letter); exactly one -> joins it.
       3a. Several (the athlete and her father, two sisters): the one of them the article
           names as the athlete of a time, medal or record, if exactly one.
       3b. None, and the name is one word: the one person of the article with that first
           name ("Femke" in an article about Femke Bol); only in the same article.
    4. Otherwise it looks across the whole run: exactly one such person -> joins it.
       More than one ("Mulder" with Michel and Ronald both in the run) -> it is ambiguous and
       becomes its own entity *per article* (two ambiguous "Mulder"s in two articles need not be
       the same person, so they are not merged either). None -> rule 5.
    5. Everything else (organisations, places, events, a surname no full name ever explains)
       joins by its folded form only: "Milaan" is one entity in every article.
    Nothing ever joins on a shared surname alone, and no rule compares two names pairwise over
    the run: every rule is a hash join on a key (the blocking key is the surname key), so the
    cost grows linearly with the number of mentions.

Type, name and id of an entity
    Label: majority over the cluster's mentions; PER wins ties ("Leerdam" tagged LOC in one
    article and PER in another is PER), then the order of ENTITY_LABELS. An entity known only
    from result records is PER (ORG for a team). Name: the fullest form (full > initial > bare,
    well-formed, most words, longest, most frequent, then alphabetical). Id: label, slug of the
    name and a hash of the cluster key ("per-jutta-leerdam-1a2b3c4d"); the cluster key is built
    from content only (folded surname and given name, or folded form, or article + form for an
    ambiguous name), so ids do not depend on document order and are stable between runs.

Results and conflicts
    One result per (athlete entity, event, competition, race date), merged from times, medals
    and record mentions. The event must be equal (an empty event is a value of its own);
    competitions compare by family (`extract.competitions.family_of`: 'WK roeien' = 'WK').
    Dated sources group by (competition, date); one without a competition joins the one result
    of that day that names a competition, and one dated by a month or year only ("werd in
    augustus Europees kampioene") the one result of a day in it (several -> it stays apart
    rather than guess). Undated sources are placed by their article's publication date: such a
    source joins the one dated result of a compatible competition raced within WINDOW_DAYS (3)
    of publication (a report follows its race, a preview precedes it); else the one its own
    article dates; else, for a championship (the Games, a WK, EK, NK: one race of an event per
    edition), the one of that championship raced in the CHAMPIONSHIP_MEMORY_DAYS (300, under the
    year between editions) before publication ("zilver op het WK indoor" in a summer preview),
    or dated by a month in that span ("pakte in januari zilver op het EK" in a later preview
    meets the January report of that EK).
    Results its own article gives another value are never candidates (they are another race: a
    heat, a semi-final). So an announced race ("zondag 15 februari de 500 meter") merges with
    the report of it, dated or not. Undated sources that find no such result group among
    themselves when their articles were published at most WINDOW_DAYS apart, so one athlete's
    5000m in January and in November stay apart; a championship's such group is recalled by the
    one later group of it within CHAMPIONSHIP_MEMORY_DAYS when each is the other's only
    candidate and they do not name two championships of the family ('WK allround', 'WK
    afstanden').
    Disagreeing sources are never silently resolved: `seconds`, `medal` or `rank` is left
    empty (NaN / <NA>), `conflict` is True, `conflict_attributes` names them, and every candidate
    is in `seconds_values` / `medal_values` / `rank_values` and in the `conflicts` table, one row
    per distinct value with the documents that give it. Times are compared after rounding to
    0.001 s, so 72.59 and 72.5900001 agree. An absent value never disagrees with a present one,
    record kinds are a set (olympic and national can both hold), never a conflict, and a
    conflict needs two articles that share no value: values that differ only within one article
    (a heat and the final, a split) are left unpicked and listed, but not reported as a
    conflict, nor when another article gives one of them. So are a nation's team results: a nation races
    a men's, a women's and a mixed team in one event, which the event name does not tell apart.
    A medal without an explicit rank gives the rank (gold 1, silver 2, bronze 3). Sources
    without an athlete cannot be placed and are left out.
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Mapping, Optional, Sequence

import numpy as np
import pandas as pd

from .extract.competitions import family_of, is_championship
from .lang import names as lang
from .lang.sport_nl import MEDAL_RANKS
from .records import ENTITY_LABELS, Extraction

__all__ = [
    "Reconciliation",
    "NameParts",
    "parse_name",
    "reconcile",
    "mention_entity_ids",
    "with_entity_ids",
]

FULL, INITIAL, BARE = "full", "initial", "bare"
_KIND_RANK = {FULL: 2, INITIAL: 1, BARE: 0}
# Row roles: a real mention, or the athlete / team string of a result record. Athlete strings
# are clustered like mentions so results can point at entities, but they cast no label vote.
MENTION, ATHLETE, TEAM = 0, 1, 2
RESULT_ATTRIBUTES = ("seconds", "medal", "rank")
# An undated time or medal is placed on a race at most this many days from its article's
# publication: reports follow a race within a day or two, previews precede it by a few.
WINDOW_DAYS = 3
# A championship (a competition family that awards medals: the Games, a WK, EK or NK) holds an
# event once per edition, at most once a year; so an undated result of one, recalled in a later
# article ("zilver op het WK indoor" in a preview five months on), is the only dated result of
# that championship raced in the year before the article, when there is exactly one.
CHAMPIONSHIP_MEMORY_DAYS = 300
STR = "string"  # one text dtype for every text column, pandas 2 and 3 alike


@dataclass(frozen=True)
class Reconciliation:
    """The reconciled run. Column lists are in the module constants below."""

    entities: pd.DataFrame
    mentions: pd.DataFrame
    results: pd.DataFrame
    conflicts: pd.DataFrame


ENTITY_COLUMNS = ["entity_id", "name", "label", "aliases", "n_mentions", "documents"]
MENTION_COLUMNS = ["doc_id", "start", "end", "text", "label", "entity_id", "entity_label"]
RESULT_COLUMNS = [
    "entity_id", "athlete", "team", "event", "competition", "date", "medal", "rank", "seconds",
    "records", "conflict", "conflict_attributes", "seconds_values", "medal_values", "rank_values",
    "documents", "sources",
]
CONFLICT_COLUMNS = [
    "entity_id", "athlete", "event", "competition", "date", "attribute", "value", "documents",
    "sources",
]


# --------------------------------------------------------------------------- names

_PARTICLES = tuple(sorted(lang.PARTICLES, key=len, reverse=True))  # longest match first
_PARTICLE_WORDS = frozenset(w for seq in lang.PARTICLES for w in seq)
_INITIALS_RE = re.compile(r"^(?:(?:[^\W\d_]\.-?)+|[^\W\d_])$")  # "J.", "J", "J.P.", "A.-J."
_TRAILING_PUNCT = ",;:!?\"”“()[]"


def fold(text: str) -> str:
    """Case-, accent- and space-insensitive key: 'Wüst ' -> 'wust', '’t' -> "'t"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name read as given names + surname. `given` is the folded first given name (only its
    letter for an initial); `surname` the folded surname with particles ('van der poel')."""

    kind: str
    given: str
    surname: str
    norm: str  # the whole name folded, titles and suffixes removed
    n_tokens: int
    well_formed: bool

    @property
    def block(self) -> str:
        """Blocking key: the surname's last word ('van der poel' -> 'poel')."""
        return self.surname.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]

    @property
    def surname_aliases(self) -> tuple[str, ...]:
        """Surnames this person answers to: its own, and a double name's last part (rule 2)."""
        last = self.surname.rsplit("-", 1)[-1]
        return (self.surname,) if last == self.surname else (self.surname, last)


def _particle_len(words: Sequence[str], i: int) -> int:
    """Length of the particle sequence starting at words[i], 0 if none."""
    for seq in _PARTICLES:
        if tuple(words[i : i + len(seq)]) == seq:
            return len(seq)
    return 0


def _surname_start(words: Sequence[str]) -> int:
    n = len(words)
    if n > 1 and words[0] in lang.LEADING_PARTICLES and _particle_len(words, 0) < n:
        return 0  # "Van der Poel": a name may open with its particle
    for i in range(n - 1):
        # "Rijpma-de Jong": a hyphenated part ending in a particle starts the surname.
        if "-" in words[i] and words[i].rsplit("-", 1)[1] in _PARTICLE_WORDS:
            return i
        if i > 0 and 0 < _particle_len(words, i) < n - i:
            return i
    return n - 1


@lru_cache(maxsize=1 << 18)
def parse_name(name: str) -> NameParts:
    """Read a name; cached because a run repeats the same few forms many times."""
    words = name.strip().strip(_TRAILING_PUNCT).split()
    while len(words) > 1 and words[0].casefold() in lang.TITLE_WORDS:
        words = words[1:]
    while len(words) > 1 and words[-1].casefold() in lang.NAME_SUFFIXES:
        words = words[:-1]
    if words:
        for suffix in lang.POSSESSIVE_SUFFIXES:
            if words[-1].endswith(suffix) and len(words[-1]) > len(suffix):
                words[-1] = words[-1][: -len(suffix)]
    if not words:
        return NameParts(BARE, "", "", "", 0, False)
    text = re.sub(r"\s*-\s*", "-", " ".join(words))  # "Rijpma - de Jong" -> "Rijpma-de Jong"
    words, folded = text.split(), fold(text).split()
    if len(folded) != len(words):  # an exotic character folded into a space: trust the key
        words = folded
    start = _surname_start(folded)
    given_words, surname = words[:start], " ".join(folded[start:])
    if not given_words:
        kind, given = BARE, ""
    elif all(_INITIALS_RE.match(w) for w in given_words):
        kind, given = INITIAL, folded[0][0]
    else:
        kind, given = FULL, folded[0]
    text = " ".join(words)
    well_formed = text[:1].isupper() and not any(c.isdigit() for c in text) and not text.isupper()
    return NameParts(kind, given, surname, " ".join(folded), len(words), well_formed)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "x"


def _entity_id(label: str, name: str, key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{label.lower()}-{_slug(name)}-{digest}"


# --------------------------------------------------------------------------- rows


def _name_rows(extractions: Sequence[Extraction]) -> pd.DataFrame:
    """One row per mention (role MENTION, input order) then one per distinct athlete string."""
    doc, start, end, text, label, form = [], [], [], [], [], []
    for ex in extractions:
        d = ex.article.doc_id
        for m in ex.mentions:
            doc.append(d), start.append(m.start), end.append(m.end), text.append(m.text)
            label.append(m.label if m.label in ENTITY_LABELS else "MISC")
            form.append(m.canonical.strip() or m.text)
    n = len(doc)
    athletes = {
        (ex.article.doc_id, f.athlete.strip(), TEAM if getattr(f, "team", False) else ATHLETE)
        for ex in extractions for f in (*ex.times, *ex.medals, *ex.records) if f.athlete.strip()
    }
    for d, name, _ in sorted(athletes):  # sorted: the layout does not depend on input order
        doc.append(d), start.append(-1), end.append(-1), text.append(name)
        label.append(""), form.append(name)
    role = np.zeros(len(doc), dtype=np.int8)
    role[n:] = [r for _, _, r in sorted(athletes)]
    return pd.DataFrame(
        {"doc_id": doc, "start": start, "end": end, "text": text, "label": label,
         "form": form, "role": role}
    )


# --------------------------------------------------------------------------- clustering


def _resolve_partial(
    anchors: pd.DataFrame, queries: pd.DataFrame, on: list[str]
) -> pd.DataFrame:
    """For each query row: `n`, how many persons of `anchors` match it on `on` (NaN: none),
    and `person`, the first of them (the only one when n == 1). Aligned on `queries.index`.
    A hash join on the blocking key, never a pairwise comparison."""
    grouped = anchors.groupby(on, sort=False)["person"]
    table = pd.DataFrame({"n": grouped.size(), "person": grouped.first()})
    hit = queries[on].merge(table, how="left", left_on=on, right_index=True)
    hit.index = queries.index
    return hit


def _cluster_keys(rows: pd.DataFrame) -> np.ndarray:
    """The content-derived cluster key of every row (rules 1-5 of the module docstring)."""
    codes, forms = pd.factorize(rows["form"].to_numpy(dtype=object))
    parts = [parse_name(f) for f in forms]
    f_kind = np.array([p.kind for p in parts], dtype=object)
    f_norm = np.array([p.norm for p in parts], dtype=object)

    # Rule 1: a full form is a person when any of its rows is evidence of a person.
    role = rows["role"].to_numpy()
    evidence = (rows["label"].to_numpy() == "PER") | (role == ATHLETE)
    is_anchor_form = np.zeros(len(forms), dtype=bool)
    is_anchor_form[np.unique(codes[evidence])] = True
    is_anchor_form &= f_kind == FULL
    person_of_form = {
        int(c): (parts[c].surname, parts[c].given) for c in np.flatnonzero(is_anchor_form)
    }

    # Rule 2: married double names, decided on the distinct persons (few) not the rows (many).
    persons = set(person_of_form.values())
    claims = defaultdict(set)
    for surname, given in persons:
        last = surname.rsplit("-", 1)[-1]
        if last != surname:
            claims[(last, given)].add((surname, given))
    merged = {p: next(iter(c)) for p, c in claims.items() if len(c) == 1 and p in persons}
    f_person = np.full(len(forms), None, dtype=object)
    for c, p in person_of_form.items():
        surname, given = merged.get(p, p)
        f_person[c] = f"p:{surname}|{given}"

    # Person index: (person, surname alias, initial) for every person.
    alias_rows = []
    for p in {merged.get(p, p) for p in persons}:
        key = f"p:{p[0]}|{p[1]}"
        # A merged plain surname always equals the double name's last part: no extra alias.
        for alias in {p[0], p[0].rsplit("-", 1)[-1]}:
            alias_rows.append((key, alias, p[1][:1], p[1]))
    alias_df = pd.DataFrame(alias_rows, columns=["person", "alias", "initial", "given"])

    r_person = f_person[codes]
    r_kind = f_kind[codes]
    keys = r_person.copy()
    doc = rows["doc_id"].to_numpy(dtype=object)

    partial = np.flatnonzero((r_person == None) & (r_kind != FULL))  # noqa: E711
    if len(partial):
        anchor_rows = np.flatnonzero(r_person != None)  # noqa: E711
        anchors = (
            pd.DataFrame({"doc": doc[anchor_rows], "person": r_person[anchor_rows],
                          "athlete": role[anchor_rows] == ATHLETE})
            .groupby(["doc", "person"], as_index=False)["athlete"].any()
            .merge(alias_df, on="person")
        )
        athletes = anchors[anchors["athlete"]]
        # First names: one row per (doc, person), whatever the number of surname aliases.
        first_names = anchors.drop_duplicates(["doc", "person"]).rename(
            columns={"alias": "surname", "given": "alias"})
        q = pd.DataFrame(
            {
                "doc": doc[partial],
                "alias": [parts[c].surname for c in codes[partial]],
                "initial": [parts[c].given for c in codes[partial]],
            },
            index=partial,
        )
        is_initial = r_kind[partial] == INITIAL
        found = pd.Series(None, index=partial, dtype=object)
        ambiguous = np.zeros(len(partial), dtype=bool)
        for mask, on in ((~is_initial, ["alias"]), (is_initial, ["alias", "initial"])):
            sub = q[mask]
            if sub.empty:
                continue
            # Rule 3 (same article), 3a (its athlete), 3b (first name), then rule 4 (run).
            local = _resolve_partial(anchors, sub, ["doc", *on])
            pick = local["person"].where(local["n"] == 1)
            athlete = _resolve_partial(athletes, sub, ["doc", *on])
            pick = pick.fillna(athlete["person"].where((athlete["n"] == 1) & (local["n"] > 1)))
            if on == ["alias"]:
                single = ~sub["alias"].str.contains(r"[\s-]", regex=True)
                first = _resolve_partial(first_names, sub, ["doc", "alias"])
                pick = pick.fillna(
                    first["person"].where((first["n"] == 1) & local["n"].isna() & single))
            run = _resolve_partial(alias_df, sub, on)
            pick = pick.fillna(run["person"].where(run["n"] == 1))
            found[sub.index] = pick
            ambiguous[np.flatnonzero(mask)] = (run["n"].fillna(0) > 1).to_numpy()
        found_arr = found.to_numpy(dtype=object)
        resolved = pd.notna(found_arr)
        keys[partial[resolved]] = found_arr[resolved]
        amb = partial[~resolved & ambiguous]
        keys[amb] = "a:" + doc[amb] + ":" + f_norm[codes[amb]]

    rest = np.flatnonzero(pd.isna(keys))
    keys[rest] = "x:" + f_norm[codes[rest]]  # rule 5
    return keys


def _joined_by_key(keys: Sequence[str], values: Sequence[str]) -> pd.Series:
    """key -> its distinct values, sorted and '|'-joined, indexed by key in sorted order.

    Plain Python, not a pandas group-by with "|".join per group: the per-group overhead was
    most of the work (aliases and documents of 600 articles 0.033 -> 0.011 ms per article)."""
    groups = defaultdict(list)
    for key, value in sorted(set(zip(keys, values))):
        groups[key].append(value)
    return pd.Series({key: "|".join(group) for key, group in groups.items()}, dtype=object)


def _entities(rows: pd.DataFrame, keys: np.ndarray) -> tuple[pd.DataFrame, dict]:
    """The entity table and the map cluster key -> (entity_id, name, label)."""
    df = rows.assign(key=keys)
    is_mention = df["role"].to_numpy() == MENTION

    # Label vote: majority, ties to the first of ENTITY_LABELS (PER).
    votes = (
        df[is_mention].groupby(["key", "label"]).size().unstack(fill_value=0)
        .reindex(columns=list(ENTITY_LABELS), fill_value=0)
    )
    label = pd.Series(np.asarray(ENTITY_LABELS, dtype=object)[votes.to_numpy().argmax(axis=1)],
                      index=votes.index)
    no_vote = df.loc[~df["key"].isin(label.index)].groupby("key")["role"].min()
    label = pd.concat([label, no_vote.map({ATHLETE: "PER", TEAM: "ORG"})])

    # Name: best candidate among the cluster's forms and texts.
    cands = pd.concat(
        [df[["key", "form"]].rename(columns={"form": "cand"}),
         df.loc[is_mention, ["key", "text"]].rename(columns={"text": "cand"})]
    )
    cands = cands.groupby(["key", "cand"], sort=False).size().rename("count").reset_index()
    scored = {c: parse_name(c) for c in cands["cand"].unique()}
    cands["kind"] = cands["cand"].map(lambda c: _KIND_RANK[scored[c].kind])
    cands["wf"] = cands["cand"].map(lambda c: scored[c].well_formed)
    cands["ntok"] = cands["cand"].map(lambda c: scored[c].n_tokens)
    cands["len"] = cands["cand"].str.len()
    cands = cands.sort_values(
        ["key", "kind", "wf", "ntok", "len", "count", "cand"],
        ascending=[True, False, False, False, False, False, True], kind="mergesort",
    )
    name = cands.drop_duplicates("key").set_index("key")["cand"]

    mentions = df[is_mention]
    aliases = _joined_by_key([*keys[is_mention].tolist(), *name.index.tolist()],
                             [*mentions["text"].tolist(), *name.tolist()])
    documents = _joined_by_key(keys.tolist(), df["doc_id"].tolist())
    n_mentions = mentions.groupby("key").size()

    ent = pd.DataFrame({"name": name, "label": label, "aliases": aliases,
                        "documents": documents})
    ent["n_mentions"] = n_mentions.reindex(ent.index, fill_value=0).astype("int64")
    ent["entity_id"] = [
        _entity_id(lb, nm, k) for k, lb, nm in zip(ent.index, ent["label"], ent["name"])
    ]
    info = {k: (e, nm, lb) for k, e, nm, lb in
            zip(ent.index, ent["entity_id"], ent["name"], ent["label"])}
    table = ent[ENTITY_COLUMNS].sort_values("entity_id").reset_index(drop=True)
    return _typed(table, {"n_mentions": "int64"}), info


# --------------------------------------------------------------------------- results


def _fmt_seconds(x: float) -> str:
    return f"{x:.3f}".rstrip("0").rstrip(".")


def _refines(b: tuple, a: tuple) -> bool:
    """b is a more specific version of a: equal where a is given, given where a is not; a date
    is refined by a day in it ('2026-08' by '2026-08-12', '2025' by '2025-06-01')."""
    return b != a and all(not x or x == y or y.startswith(x + "-") for x, y in zip(a, b))


def _merge_slots(slots: Iterable[tuple]) -> dict:
    """Map every dated (competition, date) slot to the slot it belongs to: a slot without a
    competition joins the one slot of that day that has one; two or more -> stays apart.
    Quadratic only within one (athlete, event) block, which holds a handful of races."""
    slots = set(slots)
    maximal = [s for s in slots if not any(_refines(o, s) for o in slots)]
    out = {}
    for s in slots:
        targets = [m for m in maximal if m == s or _refines(m, s)]
        out[s] = targets[0] if len(targets) == 1 else s
    return out


def _day(value: str) -> Optional[date]:
    try:
        return date.fromisoformat(value)
    except ValueError:  # a month or a year: not precise enough to place a report near it
        return None


def _days(value: str) -> Optional[tuple[date, date]]:
    """The first and last day of a date given by its day or its month; None for a year."""
    day = _day(value)
    if day is not None:
        return day, day
    try:
        first = date.fromisoformat(value + "-01")
    except ValueError:
        return None
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _comp_ok(a: str, b: str) -> bool:
    return not a or not b or a == b


def _contradicts(f: "_Fact", members: list) -> bool:
    """One article does not contradict itself: if the same article gives this result another
    value for the same attribute, f is about another race (a heat, a semi-final)."""
    mine = dict(f.values)
    return any(g.doc_id == f.doc_id and attr in mine and mine[attr] != v
               for g in members for attr, v in g.values)


def _own_race(f: "_Fact", members: Mapping) -> list:
    """The one dated result the fact's own article gives this athlete and event ("won donderdag
    zilver op de 200 meter" ... "Ze tikte aan in 2.09,14"): one article tells one race of an
    event unless it gives two values (see `_contradicts`)."""
    return [k for k, fs in members.items()
            if _comp_ok(f.comp_key, k[0]) and any(g.doc_id == f.doc_id for g in fs) and not _contradicts(f, fs)]


def _recalled_championship(f: "_Fact", members: Mapping) -> list:
    """The one dated result of the fact's championship raced within CHAMPIONSHIP_MEMORY_DAYS
    before its article (or WINDOW_DAYS after: a preview). A result dated by its month only
    ("pakte in januari zilver op het EK") counts when some day of that month does: a
    championship holds its event once; but a month places a race less surely than a day, so
    then not when the two name two championships of the family ('NK indoor' and 'NK
    atletiek'), as in `_join_recalled_chains`."""
    if not f.championship or f.published is None:
        return []
    earliest = f.published - timedelta(days=CHAMPIONSHIP_MEMORY_DAYS)
    latest = f.published + timedelta(days=WINDOW_DAYS)
    named = fold(f.competition)
    return [k for k in members
            if k[0] == f.comp_key and (days := _days(k[1])) is not None
            and days[0] <= latest and earliest <= days[1] and not _contradicts(f, members[k])
            and not (days[0] != days[1] and named != f.comp_key
                     and any(fold(g.competition) not in (named, k[0]) for g in members[k]))]


def _assign_block(block: list["_Fact"]) -> list[tuple]:
    """Result key (competition key, date, tag) of each fact of one (athlete, event) block.

    Dated facts: by (competition, date), see `_merge_slots`. An undated fact joins the one
    dated result of a compatible competition raced within WINDOW_DAYS of its article's
    publication; otherwise undated facts of compatible competitions form results among
    themselves, chained by publication dates at most WINDOW_DAYS apart (a report and its
    follow-ups), tagged with the first publication date of the chain.
    """
    keys: list = [None] * len(block)
    dated = [i for i, f in enumerate(block) if f.date]
    slot_of = _merge_slots((block[i].comp_key, block[i].date) for i in dated)
    members = defaultdict(list)
    for i in dated:
        keys[i] = (*slot_of[(block[i].comp_key, block[i].date)], "")
        members[keys[i]].append(block[i])
    slot_days = {k: _day(k[1]) for k in members}
    loose = []
    for i, f in enumerate(block):
        if f.date:
            continue
        # A result its own article gives another value is another race (a heat): not a candidate.
        near = [
            k for k, d in slot_days.items()
            if d is not None and f.published is not None and _comp_ok(f.comp_key, k[0])
            and abs((d - f.published).days) <= WINDOW_DAYS and not _contradicts(f, members[k])
        ]
        if len(near) != 1:
            near = _own_race(f, members) or _recalled_championship(f, members)
        if len(near) == 1:
            keys[i] = near[0]
        else:
            loose.append(i)
    # Undated leftovers: a fact without a competition takes the only one named among them.
    comps = {block[i].comp_key for i in loose} - {""}
    chains = defaultdict(list)
    for i in loose:
        comp = block[i].comp_key or (next(iter(comps)) if len(comps) == 1 else "")
        chains[comp].append(i)
    for comp, idx in chains.items():
        idx.sort(key=lambda i: (block[i].published or date.max, block[i].source))
        tag, last = "", None
        for i in idx:
            pub = block[i].published
            if pub is None:
                tag = "?"
            elif last is None or (pub - last).days > WINDOW_DAYS:
                tag = pub.isoformat()
            last = pub
            keys[i] = (comp, "", tag)
        _join_recalled_chains(block, idx, keys)
    return keys


def _join_recalled_chains(block: list["_Fact"], idx: list[int], keys: list) -> None:
    """An undated championship result recalled by a later article ("pakte in Incheon zilver",
    five weeks after the report of that WK) joins the undated chain of that championship whose
    first article came out within CHAMPIONSHIP_MEMORY_DAYS before it, as `_recalled_championship`
    does for a dated result. Both must be each other's only candidate, and their competitions
    must not be two named ones ('WK kortebaan' and 'WK' may meet, 'WK allround' and 'WK
    afstanden' may not): the same family holds several championships a year. `idx` is one
    competition family's chain members in publication order."""
    starts: dict = {}  # chain key -> publication date of its first article
    named = defaultdict(set)  # chain key -> its competitions named more precisely than the family
    for i in idx:
        f = block[i]
        if f.championship and f.published is not None:
            starts.setdefault(keys[i], f.published)
            if fold(f.competition) != f.comp_key:
                named[keys[i]].add(fold(f.competition))

    def candidates(key, later: bool) -> list:
        return [k for k, d in starts.items()
                if 0 < ((d - starts[key]) if later else (starts[key] - d)).days <= CHAMPIONSHIP_MEMORY_DAYS
                and not (named[k] and named[key] and named[k] != named[key])]

    joined = {}
    for key in starts:
        earlier = candidates(key, later=False)
        if len(earlier) == 1 and candidates(earlier[0], later=True) == [key]:
            joined[key] = joined.get(earlier[0], earlier[0])
    for i in idx:
        keys[i] = joined.get(keys[i], keys[i])


@dataclass(frozen=True, slots=True)
class _Fact:
    """One time, medal or record mention, placed on its athlete entity."""

    entity_id: str
    athlete: str
    team: bool
    event: str
    competition: str
    comp_key: str
    championship: bool  # the competition is of a family that awards medals (CHAMPIONSHIP_MEMORY_DAYS)
    date: str
    doc_id: str
    published: Optional[date]
    source: str
    values: tuple  # ((attribute, value as text), ...) for seconds / medal / rank
    record: str


@lru_cache(maxsize=1 << 12)
def _competition_key(competition: str) -> str:
    """The folded family of a competition ('WK roeien' and 'WK' are one); cached because a run
    names the same few competitions in thousands of facts (measured, 600 articles: 6,711 facts,
    36 competitions; with the columns read as lists, `_facts` 0.050 -> 0.030 ms per article)."""
    return fold(family_of(competition))


def _facts(extractions: Sequence[Extraction], rows: pd.DataFrame, info: Mapping,
           keys: np.ndarray) -> list[_Fact]:
    pseudo = rows["role"].to_numpy() != MENTION
    # The columns as Python lists: iterating a pandas column goes through pandas a value at a time.
    entity_of = {
        (d, t, int(r)): info[k]
        for d, t, r, k in zip(rows["doc_id"][pseudo].tolist(), rows["text"][pseudo].tolist(),
                              rows["role"][pseudo].tolist(), keys[pseudo])
    }
    out = []
    for ex in extractions:
        d = ex.article.doc_id
        for kind, facts in (("time", ex.times), ("medal", ex.medals), ("record", ex.records)):
            for f in facts:
                name = f.athlete.strip()
                if not name:
                    continue
                team = bool(getattr(f, "team", False))
                eid, ename, _ = entity_of[(d, name, TEAM if team else ATHLETE)]
                values, record = (), ""
                if kind == "time":
                    values = (("seconds", _fmt_seconds(float(f.seconds))),)
                elif kind == "medal":
                    medal = f.medal.strip().lower()
                    values = ((("medal", medal),) if medal else ()) + (
                        (("rank", str(int(f.rank))),) if f.rank is not None else ())
                else:
                    record = f.record.strip()
                out.append(_Fact(eid, ename, team, f.event.strip(), f.competition.strip(),
                                 _competition_key(f.competition), is_championship(f.competition), f.date.strip(), d,
                                 ex.article.published, f"{d}:{f.start}-{f.end}", values,
                                 record))
    return out


def _join(values: Iterable) -> str:
    return "|".join(sorted({str(v) for v in values}))


def _value_order(attr: str, value: str) -> tuple:
    return (MEDAL_RANKS.get(value, 9), value) if attr == "medal" else (float(value), value)


def _results(facts: list[_Fact]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge facts into results (slot rule of the module docstring) and list conflicts.

    Plain dicts, not a pandas groupby: results have a handful of sources each, and per-group
    pandas overhead would dominate (it was 100x slower on the benchmark).
    """
    blocks = defaultdict(list)
    for f in facts:
        blocks[(f.entity_id, f.event)].append(f)
    groups = defaultdict(list)
    for (eid, event), block in blocks.items():
        for f, key in zip(block, _assign_block(block)):
            groups[(eid, event, *key)].append(f)
    results, conflicts = [], []
    for (eid, event, _, day, _), group in groups.items():
        results.append(_result_row(eid, event, day, group, conflicts))
    res = pd.DataFrame(results, columns=RESULT_COLUMNS)
    # `sources` breaks ties between undated results of the same athlete, event and competition.
    res = res.sort_values(["entity_id", "event", "competition", "date", "sources"],
                          kind="mergesort")
    con = pd.DataFrame(conflicts, columns=CONFLICT_COLUMNS).sort_values(
        ["entity_id", "event", "competition", "date", "attribute", "value", "sources"],
        kind="mergesort")
    res = _typed(res.reset_index(drop=True), {
        "team": "bool", "conflict": "bool", "seconds": "float64", "rank": "Int64"})
    return res, _typed(con.reset_index(drop=True), {})


def _sources_disagree(facts_by_value: Mapping[str, list]) -> bool:
    """Two articles disagree when they share no value: one that gives several (a heat and the
    final, a split and the finish) agrees with another that gives one of them."""
    said = defaultdict(set)  # article -> the values it gives
    for value, facts in facts_by_value.items():
        for f in facts:
            said[f.doc_id].add(value)
    docs = list(said.values())
    return any(not (a & b) for i, a in enumerate(docs) for b in docs[i + 1:])


def _result_row(eid: str, event: str, day: str, group: list[_Fact], conflicts: list) -> dict:
    comps = Counter(f.competition for f in group if f.competition)
    # The most said name, the fullest on ties: 'WK roeien' over 'WK'.
    competition = min(comps, key=lambda c: (-comps[c], -len(c), c)) if comps else ""
    athlete = group[0].athlete
    team = any(f.team for f in group)
    support = {a: defaultdict(list) for a in RESULT_ATTRIBUTES}  # attr -> value -> facts
    for f in group:
        for attr, value in f.values:
            support[attr][value].append(f)
    chosen, listed, disputed = {}, {}, []
    for attr in RESULT_ATTRIBUTES:
        distinct = sorted(support[attr], key=lambda v: _value_order(attr, v))
        listed[attr] = "|".join(distinct)
        chosen[attr] = distinct[0] if len(distinct) == 1 else None
        # Two values from one article only are two races it failed to tell apart, not a
        # disagreement between sources: left unpicked, but not reported as a conflict. So are a
        # nation's: it fields a men's, a women's and a mixed team in one event, which the event
        # name does not tell apart.
        if len(distinct) > 1 and _sources_disagree(support[attr]) and not team:
            disputed.append(attr)
            for value in distinct:
                fs = support[attr][value]
                conflicts.append({
                    "entity_id": eid, "athlete": athlete, "event": event,
                    "competition": competition, "date": day, "attribute": attr, "value": value,
                    "documents": _join(f.doc_id for f in fs),
                    "sources": _join(f.source for f in fs),
                })
    rank = int(chosen["rank"]) if chosen["rank"] is not None else None
    if rank is None and not support["rank"] and chosen["medal"] is not None:
        rank = MEDAL_RANKS.get(chosen["medal"])  # a medal implies its place unless disputed
    return {
        "entity_id": eid, "athlete": athlete, "team": team,
        "event": event, "competition": competition, "date": day, "medal": chosen["medal"],
        "rank": rank,
        "seconds": np.nan if chosen["seconds"] is None else float(chosen["seconds"]),
        "records": _join(f.record for f in group if f.record), "conflict": bool(disputed),
        "conflict_attributes": "|".join(disputed), "seconds_values": listed["seconds"],
        "medal_values": listed["medal"], "rank_values": listed["rank"],
        "documents": _join(f.doc_id for f in group), "sources": _join(f.source for f in group),
    }


def _typed(df: pd.DataFrame, dtypes: Mapping[str, str]) -> pd.DataFrame:
    """Fixed dtypes: the given ones, and `string` for every other column."""
    return df.astype({c: dtypes.get(c, STR) for c in df.columns})


# --------------------------------------------------------------------------- public API


def reconcile(extractions: Sequence[Extraction]) -> Reconciliation:
    """Cluster the run's mentions into entities and merge its results (see module docstring)."""
    extractions = list(extractions)
    rows = _name_rows(extractions)
    if rows.empty:
        keys = np.empty(0, dtype=object)
        entities = _typed(pd.DataFrame(columns=ENTITY_COLUMNS), {"n_mentions": "int64"})
        info: dict = {}
    else:
        keys = _cluster_keys(rows)
        entities, info = _entities(rows, keys)
    is_mention = rows["role"].to_numpy() == MENTION
    mentions = rows.loc[is_mention, ["doc_id", "start", "end", "text", "label"]].copy()
    mentions["entity_id"] = [info[k][0] for k in keys[is_mention]]
    mentions["entity_label"] = [info[k][2] for k in keys[is_mention]]
    mentions = _typed(mentions.reset_index(drop=True), {"start": "int64", "end": "int64"})
    results, conflicts = _results(_facts(extractions, rows, info, keys))
    return Reconciliation(entities, mentions, results, conflicts)


def mention_entity_ids(
    extractions: Sequence[Extraction], rec: Optional[Reconciliation] = None
) -> list[tuple[str, ...]]:
    """Per extraction, the entity id of each of its mentions, aligned with `ex.mentions`."""
    rec = rec if rec is not None else reconcile(extractions)
    m = rec.mentions
    ids = dict(zip(zip(m["doc_id"], m["start"], m["end"], m["text"]), m["entity_id"]))
    return [
        tuple(ids.get((ex.article.doc_id, x.start, x.end, x.text), "") for x in ex.mentions)
        for ex in extractions
    ]


def with_entity_ids(
    extractions: Sequence[Extraction], rec: Optional[Reconciliation] = None
) -> list[Extraction]:
    """The extractions with `Mention.entity_id` filled in (what the exporter writes)."""
    extractions = list(extractions)
    out = []
    for ex, ids in zip(extractions, mention_entity_ids(extractions, rec)):
        mentions = tuple(dataclasses.replace(x, entity_id=i) for x, i in zip(ex.mentions, ids))
        out.append(dataclasses.replace(ex, mentions=mentions))
    return out
