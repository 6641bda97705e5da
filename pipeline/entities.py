"""Stage 2: named entities. spaCy NER, mapped to product labels, sharpened by rules.

The statistical model finds most names; rules fix what it is weak on:

1. an EntityRuler (patterns from pipeline.lang.entities_nl) for competitions and
   sports organisations, which news-trained models tag inconsistently;
2. name shape: Dutch particles stay inside a name (`Mathieu van der Poel`,
   `Rijpma-de Jong`), and a capitalised name after a person noun (`schaatsster`,
   `de Noor`) is a person;
3. document consistency: once `Jutta Leerdam` is a person, every `Leerdam` in that
   article is that person, not the town; `canonical` records the full form.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from typing import Iterable, List, Optional

import regex
from spacy.attrs import IS_TITLE, LOWER, ORTH, SENT_START
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.pipeline import EntityRuler

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from .extract.competitions import CLASSIC_NAME_RE
from .extract.vocab import alternation, clause_boundary, phrase_alternation
from .lang.entities_nl import (
    ARTICLE_NAME_PLACE_PREPOSITIONS,
    CHAMPIONSHIP_KINDS,
    CHAMPIONSHIP_PREFIXES,
    CLASSIC_WON_AFTER,
    CLASSIC_WON_BEFORE,
    CLUB_NOUN_ENDINGS,
    COMPASS_NAME_OPENERS,
    COMPETITIONS,
    DEMONYM_NOUNS,
    EVENT_NAME_HEADS,
    EVENT_NAME_OF_OPENERS,
    EVENT_NAME_OPENERS,
    NAME_PREFIX_WORDS,
    ONE_WORD_PLACE_PREPOSITIONS,
    PERSON_AFTER_IN,
    PLACE_RELATIVE,
    RACER_NOUN_ENDINGS,
    NATIONALITY_ADJECTIVES,
    NATIONALITY_ADJECTIVES_ALSO_NAMES,
    NATIONALITY_QUALIFIED_NOUN_ENDINGS,
    HEADING_CLAIM_NOUNS,
    NOT_ENTITIES,
    NOT_NAME_OPENERS,
    ORG_LEAD_WORDS,
    ORGANISATION_NOUN_ENDINGS,
    TEAM_MEMBER_NOUNS,
    ORGANISATION_NOUNS,
    RACING_VERBS,
    ORGANISATIONS,
    PLACE_NAME_OPENERS,
    PLACE_PREPOSITIONS,
    TOWN_BEFORE,
    VENUE_NOUN_ENDINGS,
    VENUE_WORDS,
    VENUE_WORDS_OF_CLUBS,
    VENUE_WORDS_OF_ORGANISATIONS,
    inflected,
)
from .lang.clauses_nl import CLAUSE_CONJUNCTIONS, COORDINATING_CONJUNCTIONS
from .lang.dates_nl import MONTHS, MONTHS_ALSO_GIVEN_NAMES, RELATIVE_DAYS, WEEKDAYS
from .lang.first_names import family_names, first_names
from .lang.names import ARTICLES, DETERMINERS, FAMILY_NAME_FIRST, FRISIAN_SURNAME_ENDINGS, GIVEN_NAMES_ALSO_FUNCTION_WORDS, LEADING_PARTICLES, RELATIVE_NOUNS, FAMILY_ROLES
from .lang.places import country_names, country_of_code
from .lang.sport_nl import (
    BECOME_VERBS, DEMONYM_COUNTRY, DISCIPLINES, DUTCH_NAME_PARTICLES, ELIDED_PARTICLES, GIVEN_NAME_PARTICLES, MEDAL_NOUNS, MEDAL_OBJECTS,
    NAME_PARTICLES, NUMBER_HUNDRED, NUMBER_THOUSAND, NUMBER_WORDS, ORDINALS, PERSON_CONTEXT, SPORT_NAMES, WIN_NOUNS,
)
from .nlp import product_label
from .records import Mention

RULER_NAME = "nlie_entity_ruler"

# Names are matched with the `regex` module (a dateparser dependency) for Unicode letter
# classes: "Pogačar", "Sørloth", "O'Callaghan" are names too.
_WORD = r"(?:\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Ll}+)?)"
_SP = r"[ \u00a0]"  # names never run across a line break (headings stand on their own line)


def _particle_alternation(particles) -> str:
    """Name particles as a regex alternation, longest first; a space inside one ("van der")
    matches a no-break space too."""
    return "|".join(sorted((re.escape(p).replace(r"\ ", _SP) for p in particles), key=len, reverse=True))


_PARTICLES = _particle_alternation(NAME_PARTICLES)
# ("In 't Groen", "Op 't Hof": a surname's "'t" particle of two words opens it capitalised too;
# not "Op de", which opens sentences: "Op de Spelen")
_CAP_PARTICLES = "|".join([p.capitalize() for p in NAME_PARTICLES if p.isalpha()] + [
    re.escape(p.capitalize()).replace(r"\ ", _SP) for p in NAME_PARTICLES if " " in p and p.endswith(("'t", "’t"))])
# (or a romanised Korean given name after the surname: "Choi Ji-woo", its second syllable lower-case)
_SURNAME_TAIL = rf"{_WORD}(?:-(?:(?:{_PARTICLES}){_SP}+)*{_WORD}|-\p{{Ll}}{{2,5}}(?![\w-]))?"
#: A given name, hyphenated or not: "Marie-Amélie Le Fur".
_GIVEN = rf"{_WORD}(?:-{_WORD})?"
#: A surname: optional particles, a capitalised word, optional hyphenated second part.
SURNAME = rf"(?:(?:{_PARTICLES}){_SP}+)*{_SURNAME_TAIL}"
# Lower-case particles only after a first name ("Mathieu van der Poel"); a bare surname
# capitalises its first particle ("Van der Poel"), so "de verloofde van Leerdam" is no name.
NAME_RE = regex.compile(
    rf"(?<![\w-])(?:"
    rf"(?:{_GIVEN}|\p{{Lu}}\.)(?:{_SP}+(?:{_GIVEN}|\p{{Lu}}\.))*{_SP}+(?:(?:{_PARTICLES}){_SP}+)*{_SURNAME_TAIL}"
    rf"|(?:{_CAP_PARTICLES}){_SP}+(?:(?:{_PARTICLES}){_SP}+)*{_SURNAME_TAIL}"
    rf"|{_SURNAME_TAIL}"
    rf")(?![\w-])"
)
_CONTEXT_WORDS = sorted(set(PERSON_CONTEXT) | set(DEMONYM_NOUNS), key=len, reverse=True)
PERSON_CONTEXT_RE = regex.compile(
    r"(?<!\w)(?i:" + alternation(_CONTEXT_WORDS) + rf"){_SP}+(?P<name>" + NAME_RE.pattern[len(r"(?<![\w-])") :] + ")",
)
_DEMONYMS = {d.lower() for d in DEMONYM_NOUNS} | set(DEMONYM_COUNTRY)
# (a sport heads a paragraph: "Bobslee - In de monobob ...")
_NOT_ENTITIES = (set(NOT_ENTITIES) | (set(NATIONALITY_ADJECTIVES) - set(NATIONALITY_ADJECTIVES_ALSO_NAMES))
                 | {s.capitalize() for s in SPORT_NAMES}
                 | {m.capitalize() for m in MEDAL_NOUNS}  # "Judo | Goud voor Meuleman": a heading's medal
                 | {d.capitalize() for d in (*WEEKDAYS, *RELATIVE_DAYS)}  # "Gisteren volgde nog een medaille"
                 | {m.capitalize() for m in MONTHS if m not in MONTHS_ALSO_GIVEN_NAMES})  # '"Februari 2026. Ik probeer ..."'
#: Words that open no name and are none alone.
_NOT_NAME_OPENERS = frozenset(NOT_NAME_OPENERS) | {w.capitalize() for w in (*NUMBER_WORDS, NUMBER_HUNDRED, NUMBER_THOUSAND)}
#: Capitalised words that are never the first word of a name.
_NOT_NAME_START = (
    _NOT_ENTITIES
    | _NOT_NAME_OPENERS
    | set(NAME_PREFIX_WORDS)
    | set(DEMONYM_NOUNS)
    | {d.capitalize() for d in DEMONYM_COUNTRY}
    | ({w.capitalize() for w in STOP_WORDS} - GIVEN_NAMES_ALSO_FUNCTION_WORDS)
)
#: Capitalised words that never end a name. Titles and demonyms only ever precede one, so a
#: name may end in a word that is also a title or a demonym: `Sofie Dokter`, `Romy Koning`.
_NOT_NAME_END = _NOT_ENTITIES | {w.capitalize() for w in STOP_WORDS}
_DEMONYM_NOUN_SET = set(DEMONYM_NOUNS)
#: Capitalised words after "op de" that are no place: people of a nation and what is theirs
#: ("op de Noren", "op de Europese titel").
_NOT_PLACES = _DEMONYM_NOUN_SET | {inflected(a) for a in NATIONALITY_ADJECTIVES}
#: An inflected adjective of a nation before its noun: "op Afrikaanse bodem".
_ADJECTIVE_BEFORE_NOUN = regex.compile(r"\p{Lu}\p{Ll}+(?:se|sche)\s+\p{Ll}")
_CAP_PARTICLE_SET = {p.capitalize() for p in NAME_PARTICLES}
_PARTICLE_SET = set(NAME_PARTICLES)
_ANY_PARTICLE_SET = _CAP_PARTICLE_SET | _PARTICLE_SET
_NOT_NAME_END_OR_PARTICLE = _NOT_NAME_END | _PARTICLE_SET
_NATIONALITY_ADJECTIVE_SET = frozenset(NATIONALITY_ADJECTIVES)
_NAME_PREFIX_SET = frozenset(NAME_PREFIX_WORDS)
_VENUE_WORDS = set(VENUE_WORDS)


#: What follows "WK", "EK", "NK" or "BK" in a championship's name: its kinds and any one-word sport.
_CHAMPIONSHIP_KIND_WORDS = sorted({*CHAMPIONSHIP_KINDS, *(s for s in SPORT_NAMES if " " not in s)})


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns from the language data."""
    patterns: list[dict] = []
    for name in COMPETITIONS:
        patterns.append({"label": "EVENT", "pattern": [{"TEXT": t} for t in name.split()], "id": name})
    for prefix in CHAMPIONSHIP_PREFIXES:
        patterns.append(
            {
                "label": "EVENT",
                "pattern": [{"TEXT": prefix}, {"LOWER": {"IN": _CHAMPIONSHIP_KIND_WORDS}}],
            }
        )
        patterns.append({"label": "EVENT", "pattern": [{"TEXT": prefix}, {"LOWER": "op"}, {"LOWER": "de"}, {"LOWER": "weg"}]})
    inside = {"IS_TITLE": True, "IS_SENT_START": False}
    for opener in EVENT_NAME_OPENERS:
        patterns.append({"label": "EVENT", "pattern": [{"TEXT": opener}, inside]})
        # "Clásica San Sebastián": a place of two words whose first opens place names
        patterns.append({"label": "EVENT", "pattern": [{"TEXT": opener}, {"TEXT": {"IN": sorted(PLACE_NAME_OPENERS)}, **inside}, inside]})
        # "Memorial Van Damme": a surname with its particle
        patterns.append({"label": "EVENT", "pattern": [{"TEXT": opener}, {"LOWER": {"IN": sorted(LEADING_PARTICLES)}, **inside}, inside]})
    for opener in EVENT_NAME_OF_OPENERS:  # "Ronde van Zwitserland", "Ronde van de Achterhoek"
        *words, connector = opener.split()
        opening = [{"TEXT": w} for w in words] + [{"LOWER": connector}]
        patterns.append({"label": "EVENT", "pattern": [*opening, inside]})
        patterns.append({"label": "EVENT", "pattern": [*opening, {"LOWER": {"IN": sorted(ARTICLES - {"een"})}}, inside]})
    for name in ORGANISATIONS:
        patterns.append({"label": "ORG", "pattern": [{"TEXT": t} for t in name.split()], "id": name})
    for lead in ORG_LEAD_WORDS:  # "AV Impala", "IJsclub Nooit Gedacht" (the ruler keeps the longest)
        for words in range(1, 4):
            patterns.append({"label": "ORG", "pattern": [{"TEXT": lead}] + [{"IS_TITLE": True, "IS_SENT_START": False}] * words})
    return patterns


RULER_FACTORY = "nlie_indexed_entity_ruler"


class IndexedEntityRuler(EntityRuler):
    """spaCy's EntityRuler, same patterns, same matches, same annotations, matched faster.

    spaCy's token Matcher tries every pattern at every token (about 6% of the model's time
    with our 98 patterns). Every one of our patterns starts with an exact word (`TEXT`), so
    this ruler looks the first word of each token up in an index and checks the rest of a
    pattern only where one can start: it reads the token attributes once per doc with
    `Doc.to_array`. Only the predicates our patterns use are indexed (TEXT/ORTH, LOWER, each
    also with IN, IS_TITLE, IS_SENT_START, one token each, no operators); any other pattern
    makes the whole ruler fall back to spaCy's matcher, so results never differ.
    `match` returns exactly what EntityRuler.match returns; `set_annotations` is spaCy's.
    """

    _COLUMNS = (ORTH, LOWER, IS_TITLE, SENT_START)

    def clear(self) -> None:
        super().clear()
        self._index = None

    def add_patterns(self, patterns) -> None:
        super().add_patterns(patterns)
        self._index = None

    def _compile(self):
        """{first word's ORTH hash: [(match_id, [(column, kind, value), ...]), ...]}, or False
        when some pattern needs spaCy's matcher."""
        if self.phrase_patterns and any(self.phrase_patterns.values()):
            return False
        strings = self.nlp.vocab.strings
        index: dict = {}
        for label, patterns in self.token_patterns.items():
            match_id = self.matcher._normalize_key(label)
            for pattern in patterns:
                checks = []
                for spec in pattern:
                    check = []
                    for key, value in spec.items():
                        key = key.upper()
                        if key in ("TEXT", "ORTH") and isinstance(value, str):
                            check.append((0, "eq", strings.add(value)))
                        elif key in ("TEXT", "ORTH") and isinstance(value, dict) and list(value) == ["IN"]:
                            check.append((0, "in", frozenset(strings.add(v) for v in value["IN"])))
                        elif key == "LOWER" and isinstance(value, str):
                            check.append((1, "eq", strings.add(value)))
                        elif key == "LOWER" and isinstance(value, dict) and list(value) == ["IN"]:
                            check.append((1, "in", frozenset(strings.add(v) for v in value["IN"])))
                        elif key == "IS_TITLE" and isinstance(value, bool):
                            check.append((2, "eq", int(value)))
                        elif key == "IS_SENT_START" and isinstance(value, bool):
                            check.append((3, "start", value))
                        else:
                            return False
                    checks.append(check)
                if not checks or not checks[0] or checks[0][0][:2] != (0, "eq"):
                    return False
                index.setdefault(checks[0][0][2], []).append((match_id, checks))
        return index

    def match(self, doc: Doc):
        if getattr(self, "_index", None) is None:
            self._index = self._compile()
        if self._index is False:
            return super().match(doc)
        self._require_patterns()
        index = self._index
        n = len(doc)
        if not n:
            return []
        starts = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in index]
        if not starts:
            return []
        rows = doc.to_array(self._COLUMNS).tolist()
        matches = []
        for i in starts:
            for match_id, checks in index[rows[i][0]]:
                end = i + len(checks)
                if end > n:
                    continue
                for k, check in enumerate(checks):
                    row = rows[i + k]
                    for column, kind, value in check:
                        if kind == "eq":
                            ok = row[column] == value
                        elif kind == "in":
                            ok = row[column] in value
                        else:  # IS_SENT_START: spaCy's matcher compares (sent_start == 1) with the value
                            ok = (row[column] == 1) == value
                        if not ok:
                            break
                    else:
                        continue
                    break
                else:
                    matches.append((match_id, i, end))
        # As EntityRuler.match: distinct non-empty matches, longest first, then leftmost.
        final_matches = set((m_id, start, end) for m_id, start, end in matches if start != end)
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


if RULER_FACTORY not in Language.factories:

    @Language.factory(
        RULER_FACTORY,
        assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
        default_config={"overwrite_ents": False, "ent_id_sep": "||"},
    )
    def make_indexed_entity_ruler(nlp: Language, name: str, overwrite_ents: bool, ent_id_sep: str):
        return IndexedEntityRuler(nlp, name, overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep)


def add_entity_ruler(nlp: Language) -> Language:
    """Add the product's entity ruler after the model's NER (once), and split "HBO Max/Eurosport"
    at the slash so the ruler and the model see both names."""
    if RULER_NAME in nlp.pipe_names:
        return nlp  # set up already (the model is cached per process); resetting the infixes costs 0.2 s
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-zÀ-ÿ])/(?=[A-Za-zÀ-ÿ])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    where = {"after": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(RULER_FACTORY, name=RULER_NAME, config={"overwrite_ents": True}, **where)
    ruler.add_patterns(ruler_patterns())
    return nlp


def entity_mentions(doc: Doc, text: Optional[str] = None) -> List[Mention]:
    """Product-labelled mentions of one spaCy Doc (offsets into doc.text). `text`: the text the
    doc was made from, when the caller has it (Doc.text rebuilds it token by token)."""
    if text is None:
        text = doc.text
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        label = product_label(ent.label_)
        if label:
            spans += [_trim(text, start, end, label) for start, end in _lines_of(text, ent.start_char, ent.end_char)]
    codes = _bare_country_codes(text)
    if codes or "(" in text:
        spans = _athletes_before_codes(text, spans, codes)
    spans = [_with_sponsor(text, _relabel(text, s)) for s in spans if s and _keep(text, *s)]
    names = _NameMatches(text)
    spans = [_place_with_elided_particle(text, _venue_as_place(text, _as_person_if_named(text, _shape_name(names, s))))
             for s in spans]
    # A given name before a venue word names the venue ("Alexander Stadium"), as in the model's spans.
    given_name_persons = [_venue_as_place(text, s) for s in _first_name_persons(names, spans)]
    spans = _resolve_overlaps(spans + list(_context_persons(text)) + given_name_persons)
    spans = _coordinated_persons(text, spans)
    spans = _add_uncovered(spans, _country_spans(text))
    spans = _add_uncovered(spans, _ranked_entry_persons(text))
    spans = _places_after_prepositions(text, spans)
    spans = _datelines(text, spans)
    spans = _document_consistency(text, spans)
    spans = _lone_sentence_openers(text, spans)
    spans = _town_demonyms(text, spans)
    spans = _adjacent_names_joined(text, spans)
    spans = _unlisted_given_names(text, spans)
    spans = _where_held(text, spans)
    spans = _classics(text, spans)
    spans = _organisations(text, spans)
    spans = _persons_before_organisations(text, spans)
    spans = _country_codes(text, spans, codes)
    spans = _clubs_in_results(text, spans)
    return _with_canonical(text, spans)


_TEAM_MEMBER_BEFORE = re.compile(r"\b(?:" + alternation(TEAM_MEMBER_NOUNS) + r")\s+van\s+$", re.I)


_KNOWN_ORGANISATIONS = frozenset(ORGANISATIONS)


def _organisations(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The organisations the person rules must not have: a name of the organisation list
    ("Holland Acht", whose "Holland" is also a given name), a name a club's kind opens, and a
    name after "de renner van", a team, wherever the article names it ("Red Bull-Bora-hansgrohe")."""
    teams = {text[s:e] for s, e, label in spans if label != "ORG" and _TEAM_MEMBER_BEFORE.search(text, max(0, s - 20), s)}
    return [(s, e, "ORG") if text[s:e] in teams or text[s:e] in _KNOWN_ORGANISATIONS or led_by_club_kind(text[s:e])
            else (s, e, label) for s, e, label in spans]


def _persons_before_organisations(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"ploegleider Kristof Dewaele van Soudal Quick-Step": a person's name does not run on through
    "van" into an organisation the article names ("renner van Soudal Quick-Step"); the person ends
    before "van" and the organisation is a mention of its own."""
    organisations = [text[s:e] for s, e, label in spans if label == "ORG"]
    trimmed = []
    for s, e, label in spans:
        van = _VAN_INSIDE.search(text, s, e) if label == "PER" else None
        named = van and next((o for o in organisations if o != text[van.end() : e] and o.startswith(text[van.end() : e])
                              and text.startswith(o, van.end())), None)
        if named and not any(s2 < van.end() + len(named) and e2 > e for s2, e2, _ in spans):
            trimmed += [(s, van.start(), label), (van.end(), van.end() + len(named), "ORG")]
        else:
            trimmed.append((s, e, label))
    return trimmed


_VAN_INSIDE = re.compile(r" van (?=[A-Z])")


_ORG_LEAD_SET = frozenset(ORG_LEAD_WORDS)


def led_by_club_kind(name: str) -> bool:
    """"Team Albert Heijn Zaanlander", "AV Impala": a club's kind opens the name (whatever the
    model made of the words after it, or a person rule of the span grown over the kind)."""
    lead, _, rest = name.partition(" ")
    return lead in _ORG_LEAD_SET and rest[:1].isupper()


#: Brackets this short hold a country's code ("NED", "Ned"), left as the model read it.
_MAX_CODE = 3
#: A results list's result right after the brackets: "(Phanos) 7,21", "(NED) +0,12".
_RESULT_NEXT = re.compile(r"[ \u00a0]*[\d+(]")


def _brackets_after_persons(text: str, spans: list[tuple[int, int, str]]) -> Iterable[tuple[int, "re.Match"]]:
    """(end of the person, the brackets) of every person directly followed by brackets: "Kok (NED)"."""
    for _, end, label in spans:
        if label == "PER" and text[end : end + 2] == " (":
            brackets = BRACKETS_AFTER.match(text, end)
            if brackets is not None:
                yield end, brackets


def _result_brackets(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, inside) of what a results list puts in brackets between an athlete's name
    and the result ("1. Imke Boschloo (Phanos) 7,21"): a club, a country or its code, a home
    town; a capitalised name without figures."""
    found = []
    for end, brackets in _brackets_after_persons(text, spans):
        if not (text[end - 1].isalpha() or text[end - 1] in ".'’") or not _RESULT_NEXT.match(text, brackets.end()):
            continue
        inside = brackets.group(1)
        if inside[:1].isupper() and not any(ch.isdigit() or ch == ";" for ch in inside):
            found.append((brackets.start(1), brackets.end(1), inside))
    return found


# A country's code in capitals between a name and its result, without brackets: "1. Mei
# Hoshikawa JPN 38,62", "Kjetil Rønneberg NOR 6.10,33"; or right after a crew's rank, its
# members in brackets if named: "1. ROU 6.58,20", "2. NED (Floor Hazendonk, Merel 't Jong) 7.00,05".
_BARE_CODE_RE = re.compile(r"(?:(?<=[^\W\d_] )|(?<=^\d\. )|(?<=^\d\d\. ))[A-Z]{3}(?=[ \u00a0]+[\d+(])", re.M)
#: A list without results (judo, fencing, a podium, the favourites): the code ends an entry,
#: before the next one, "en" or the end of the line: "1. Haruka Mori JPN, 2. Clarisse Aubert FRA
#: en ...", a line "Rosa Klinkhamer NED".
_ENTRY_CODE_RE = re.compile(r"(?<=[^\W\d_] )[A-Z]{3}(?=\s*[,;]\s*\d{1,2}\.\s|\s+en\s|\s*\.?\s*$)", re.M)
_RANK_IN_LINE_RE = re.compile(r"(?:^|[:,;]\s)\d{1,2}\.\s+[^\W\d_]", re.M)


def _bare_country_codes(text: str) -> list[tuple[int, int]]:
    """Where a results line names a country by its bare code (see _BARE_CODE_RE and
    _ENTRY_CODE_RE: the latter on a line that ranks by "1. ", or that is a name and the code)."""
    spans = [m.span() for m in _BARE_CODE_RE.finditer(text)]
    for m in _ENTRY_CODE_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = text[line_start : m.start()].split()
        if (_RANK_IN_LINE_RE.search(text, line_start, m.start())
                or (2 <= len(words) <= 4 and words[0][:1].isupper() and all(_NAME_WORD_RE.fullmatch(w) for w in words))):
            spans.append(m.span())
    return sorted(span for span in set(spans) if country_of_code(text[span[0]:span[1]]) is not None)


#: The words of a person's name in a results line: capitalised, or a name particle.
_NAME_WORD_RE = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*|" + alternation(LEADING_PARTICLES) + r")")


def _athletes_before_codes(text: str, spans: list, codes: list[tuple[int, int]]) -> list:
    """A name ends before the bare country code the model read as its last word ("Valérie
    Thibodeau CAN" is Valérie Thibodeau, of Canada; a span of the code alone is dropped here and
    made a place by _country_codes); and a name of two or more words right before a country's
    code, bare or in brackets, is an athlete's, whatever the model made of it ("Annerieke
    Wiebenga NED 38,95", "Ingvild Haraldsen (Nor) 3.56,84"), unless a known organisation or a
    club (its kind first) or a country."""
    out = []
    for span in spans:
        if span:
            start, end, label = span
            code = next((c for c in codes if start < c[1] and c[0] < end), None)
            if code is not None:
                span = (start, code[0] - 1, label) if code[0] - 1 > start else None
        if span and span[2] in ("ORG", "MISC") and _before_code(text, span[1], codes) and _listed_athlete(text[span[0] : span[1]]):
            span = (span[0], span[1], "PER")
        out.append(span)
    return out


#: A results line's entry: a rank, then the words of a name, then its time, bracket or country code
#: ("1. Femmy Keuning 3.57,12", "3. Geartsje Hoekema (Heerenveen)").
_RANKED_ENTRY_RE = regex.compile(
    r"(?m)(?:^[ \t]*|[:,;][ \t])\d{1,2}\.[ \t]+(?P<name>\p{Lu}\S*(?:[ \t]\S+){1,3}?)(?=[ \t]+(?:\d|\(|\p{Lu}{3}\b))")


def _ranked_entry_persons(text: str) -> list[tuple[int, int, str]]:
    """The entries of a results list named in two to four name words are persons, whatever the
    model made of a given name it does not know (no word in capitals: "NED", "AV")."""
    return [(*m.span("name"), "PER") for m in _RANKED_ENTRY_RE.finditer(text)
            if _listed_athlete(m.group("name")) and not any(w.isupper() and len(w) > 1 for w in m.group("name").split())
            and clean_name(text, *m.span("name")) == m.span("name")]


def _listed_athlete(name: str) -> bool:
    """Whether a results list's entry may be an athlete's name: two or more name words, the first
    capitalised, and no known organisation, club (its kind first) or country."""
    words = name.split()
    return (len(words) >= 2 and all(_NAME_WORD_RE.fullmatch(w) for w in words) and words[0][:1].isupper()
            and name not in _KNOWN_ORGANISATIONS and not led_by_club_kind(name) and name not in country_names())


def _before_code(text: str, end: int, codes: list[tuple[int, int]]) -> bool:
    """A country's code follows `end`: bare, after one space, or in brackets."""
    if any(c[0] == end + 1 for c in codes):
        return True
    brackets = BRACKETS_AFTER.match(text, end)
    return brackets is not None and country_of_code(brackets.group(1)) is not None


def _country_codes(text: str, spans: list[tuple[int, int, str]], bare: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """A country's code after an athlete, in brackets or bare in a results line, is a place
    ("Lefèvre (Fra)", "Kok (NED)", "Hoshikawa JPN 38,62"), whatever the model made of it
    (capitals read as an organisation's)."""
    out = spans
    found = [brackets.span(1) for _, brackets in _brackets_after_persons(text, spans) if country_of_code(brackets.group(1)) is not None]
    for start, stop in found + list(bare):
        out = [x for x in out if not (x[0] < stop and x[1] > start)] + [(start, stop, "LOC")]
    return sorted(out) if out is not spans else spans


def _clubs_in_results(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A results list's brackets after an athlete hold the athlete's club: one organisation,
    whatever the model made of its words ("Phanos" PER, "Leiden Atletiek" a place and a word).
    Not a country or a country's code; nor a one-word place, unless a bracket of the same
    line holds a known organisation or a club's kind ("AV Impala"): a list's brackets hold one
    kind of thing. A club found so is that club wherever the article names it whole, outside any
    longer name ("4x100 meter: 1. AV Haarlem 40,12; 2. Phanos 40,35; 3. Haag Atletiek 40,61")."""
    found = _result_brackets(text, spans)
    if not found:
        return spans
    known = {(s, e) for s, e, label in spans if label == "ORG"}
    lines_with_clubs = {text.rfind("\n", 0, start) for start, end, inside in found
                        if (start, end) in known or inside in _KNOWN_ORGANISATIONS or led_by_club_kind(inside)}
    clubs = set()
    for start, end, inside in found:
        if len(inside) <= _MAX_CODE or inside in country_names():
            continue
        within = [x for x in spans if start <= x[0] and x[1] <= end]
        one_place = len(inside.split()) == 1 and within and all(label == "LOC" for _, _, label in within)
        if one_place and text.rfind("\n", 0, start) not in lines_with_clubs:
            continue
        clubs.add(inside)
    out = list(spans)
    for start, end in _whole_word_occurrences(text, clubs):
        if not any(x[0] < end and x[1] > start and (x[0] < start or x[1] > end) for x in out):
            out = [x for x in out if not (x[0] < end and x[1] > start)] + [(start, end, "ORG")]
    return sorted(out) if clubs else spans


#: A paragraph that opens with words in capitals and a dash: a dateline ("HAREN - ", "MILAAN (ANP) - ")
#: or, in a round-up, the sport of the item ("ZWEMMEN - ").
DATELINE_RE = regex.compile(r"(?m)^(?P<words>\p{Lu}[\p{Lu}'.-]*(?:[ \u00a0]\p{Lu}[\p{Lu}'.-]*)*)(?:[ \u00a0]\(\w+\))?[ \u00a0]+[-–—][ \u00a0]")
_SPORT_NAME_SET = frozenset(SPORT_NAMES)


def _datelines(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A dateline names the place the report comes from; a sport's name in its place is none."""
    found = [(m.start("words"), m.end("words"), m.group("words").lower()) for m in DATELINE_RE.finditer(text)]
    if not found:
        return spans
    sports = [(s, e) for s, e, word in found if word in _SPORT_NAME_SET]
    places = {(s, e) for s, e, word in found if word not in _SPORT_NAME_SET}
    # (what the model made of the place's capitals, "KAMPEN" PER, is the place)
    spans = [(span[0], span[1], "LOC") if span[:2] in places else span
             for span in spans if not any(s <= span[0] < e for s, e in sports)]
    return _add_uncovered(spans, [(s, e, "LOC") for s, e in sorted(places)])


def _words_named_alone(name: str) -> list[str]:
    """The words of a full name by which its person may be named alone: not the word after a
    particle ("Sanne van Haren" is "Van Haren", so "uit Haren" is the town)."""
    words = name.split()
    return [w for before, w in zip([""] + words, words) if before not in _ANY_PARTICLE_SET]


def _places_after_prepositions(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-word name after a preposition of place ("in", "uit", "te", "op de"; see
    PLACE_PREPOSITIONS) is a place, whatever the model made of it:
    - an organisation ("in Hamar", which is also a given name, so the model's place rule spared
      it), not an acronym ("in NOS Studio Sport");
    - a "person" that is no part of a person's full name in the article ("In Livigno"; "vertrouwen
      in Willems" after "Kobe Willems" stays a person);
    - a "person" of several words that no given name opens ("in Sankt Moritz", but not after
      a preposition that goes before persons as often: "naar Jenning de Boo"), and any "person"
      after "het" and a nationality ("in het Duitse Altenberg": a person takes "de", a town "het");
    - a capitalised word the model left untagged, inside a sentence ("in Biddinghuizen", "uit
      Vriezenveen"), unless a word of a person's name in the article or no name at all (a stop
      word, a given name)."""
    full_name_parts = {w for s, e, label in spans if label == "PER" and " " in text[s:e] for w in _words_named_alone(text[s:e])}

    def is_place(s: int, e: int, label: str) -> bool:
        surface = text[s:e]
        if label == "PER" and _NEUTER_NATIONALITY_BEFORE.search(text, max(0, s - 30), s):
            return True
        preposition = _PLACE_PREPOSITION_BEFORE.search(text, max(0, s - _PLACE_PREPOSITION_REACH), s)
        if not preposition:
            return False
        words = surface.split()
        if len(words) > 1:
            # (after any of them, a name that a place's word opens: "naar Gran Canaria")
            return label == "PER" and (words[0] in _PLACE_NAME_OPENERS or (
                words[0] not in first_names() and preposition.group(1).lower() not in ONE_WORD_PLACE_PREPOSITIONS))
        return (label == "ORG" and not surface.isupper()) or (label == "PER" and surface not in full_name_parts)

    relabelled = [(s, e, "LOC") if is_place(s, e, label) else (s, e, label) for s, e, label in spans]
    # (the persons that remain: "in het Italiaanse Alghero", a "person" made a place above, does not
    # keep "in Alghero" in a heading from being one)
    person_words = {w for s, e, label in relabelled if label == "PER" for w in text[s:e].split()}
    untagged = [(m.start("place"), m.end("place"), "LOC") for m in _PLACE_AFTER_PREPOSITION.finditer(text)
                if m.group("place") not in person_words and _may_be_place(m.group("place"))
                and not _ADJECTIVE_BEFORE_NOUN.match(text, m.start("place"))]
    return _add_uncovered(relabelled, untagged)


def _may_be_place(word: str) -> bool:
    """A capitalised word the model left untagged that can be a place: no function word, given
    name, word that is never an entity, or people of a nation ("op de Noren")."""
    return (word.lower() not in STOP_WORDS and word not in first_names() and word not in _NOT_ENTITIES
            and word not in _NOT_PLACES)


_PLACE_AFTER_PREPOSITION = regex.compile(
    r"(?<=\p{Ll}[,]?\s)(?:" + alternation(PLACE_PREPOSITIONS) + r")\s+(?P<place>\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}'’-]|[^\S\n]+\p{Lu})"
)  # (a capital on the next line opens a new sentence, not more of the name: "... in Hengelo\nNaomi ...")


_LEADING_ARTICLE_RE = re.compile(r"(?:de|het|De|Het|een)\s+")


def _lines_of(text: str, start: int, end: int) -> List[tuple[int, int]]:
    """The parts of a span on each of its lines: a name never runs over a line break, where the
    model may join a heading's last word to the name opening the next line ("Zandstra\n\nRintje
    Hylkema is ...": two names), nor over the bar that sets a heading's kind or sport apart
    ("Atletiek | Lammertink snel in Leiden")."""
    if text.find("\n", start, end) < 0 and text.find("|", start, end) < 0:
        return [(start, end)]
    parts, line_start = [], start
    for m in _LINE_BREAKS_RE.finditer(text, start, end):
        if "|" in m.group() and len(text[text.rfind("\n", 0, m.start()) + 1 : m.start()].split()) > _HEADING_KIND_WORDS:
            continue  # a bar inside a sentence is part of a name ("Visma | Lease a Bike")
        parts.append((line_start, m.start()))
        line_start = m.end()
    parts.append((line_start, end))
    # (a part that is a whole line is a heading the model read on into the text: "Brons voor
    # Brouwers\nDe Belg ...", no name)
    return [(s, e) for s, e in parts if e > s and not (_line_starts_at(text, s) and _line_ends_at(text, e))]


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether `pos` starts a line, or follows the end of a sentence, a quote's opening, a heading's
    bar or a dateline's dash."""
    before = text[max(0, pos - 3) : pos].rstrip(" \u00a0")
    return _line_starts_at(text, pos) or before[-1:] in ('.', '!', '?', ':', '|', '-', '–', '—', '"', '“', '‘', "'")


def _line_starts_at(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


def _line_ends_at(text: str, pos: int) -> bool:
    end = text.find("\n", pos)
    return not text[pos : end if end >= 0 else len(text)].strip()


_LINE_BREAKS_RE = re.compile(r"\s*\n\s*|\s*\|\s*")
_HEADING_KIND_WORDS = 4  # at most this many words before a heading's bar ("Liveblog EK kortebaan | ...")
#: A heading's claim before a name, a medal's ("Goud voor Brinkhorst" is no place) or another
#: kind's ("Solo van Rinsma"): no part of the name.
_HEADING_CLAIM_RE = re.compile(r"(?:" + alternation(m.capitalize() for m in MEDAL_NOUNS) + r")\s+voor\s+"
                               r"|(?:" + alternation(HEADING_CLAIM_NOUNS) + r")\s+(?:voor|van)\s+")


def _trim(text: str, start: int, end: int, label: str) -> Optional[tuple[int, int, str]]:
    """Drop a leading article or heading claim and trailing punctuation or possessive from an entity span."""
    m = _LEADING_ARTICLE_RE.match(text, start, end)
    # Inside a sentence a capitalised article is the name's own: "in De Scheg", "bij De Zijl".
    if m and m.group()[:1].isupper() and label != "PER" and not _opens_sentence(text, start):
        m = None
    m = m or _HEADING_CLAIM_RE.match(text, start, end)
    if m and end > m.end():
        start = m.end()
    while end > start and text[end - 1] in ".,;:!?\"'’)»":
        end -= 1
    # "werd in Apeldoorn Nederlands kampioene", "werd Van Oerle al Nederlands kampioen": the model
    # glues the adjective of the title that follows to the name
    space = text.rfind(" ", start, end)
    if space > start and text[space + 1 : end] in _NATIONALITY_ADJECTIVE_SET and _QUALIFIED_NOUN_AFTER.match(text, end):
        end = len(text[:space].rstrip())
    return (start, end, label) if end > start else None


def _keep(text: str, start: int, end: int, label: str) -> bool:
    surface = text[start:end]
    if surface in _NOT_ENTITIES or surface in _NOT_NAME_OPENERS or surface.lower() in _DEMONYMS or not surface[:1].isupper():
        return False
    if any(map(str.isdigit, surface)) or "\n" in surface:
        return False  # race times and headings are not names
    if " " not in surface and surface.lower() in _DISCIPLINE_WORDS:
        return False  # "Aflossing mannen shorttrack: zilver": a heading's discipline
    # The model's single-word MISC is almost always an adjective ("Europese", "Beierse").
    return len(surface) > 1 and not (label == "MISC" and " " not in surface)


def _relabel(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """Language data beats the model where it knows better: a country is a place (a venue is one
    too: see `_venue_as_place`)."""
    start, end, label = span
    surface = text[start:end]
    words = surface.split()
    while len(words) > 1 and words[-1] in STOP_WORDS:  # "Canadees Graeme McAllister voor": the model ran on
        words.pop()
        end = start + surface.rindex(words[-1]) + len(words[-1])
        surface = text[start:end]
    if surface in country_names():
        return (start, end, "LOC")
    # "TCS Amsterdam Marathon", "FBK Games": a name that ends in a word of a race or meeting, or
    # that one follows, is a competition.
    head_after = _EVENT_HEAD_AFTER_RE.match(text, end)
    if head_after:
        return (start, head_after.end(), "EVENT")
    if len(words) >= 2 and words[-1] in _EVENT_NAME_HEAD_SET:
        return (start, end, "EVENT")
    if words[0] == "De" and len(words) >= 2 and label in ("LOC", "ORG", "MISC") and not _opens_sentence(text, start):
        return (start, end, _article_name_label(text, start, label))
    if label == "LOC" and len(words) >= 2 and words[0] in _DEMONYM_NOUN_SET and all(w[:1].isupper() for w in words[1:]):
        # "Canadees Félix-Antoine Gagné", "Zuid-Koreaan Park" read as one place: the person after
        # the nationality
        return (start + surface.index(words[1], len(words[0])), end, "PER")
    return span


def _with_sponsor(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """"NN Marathon Rotterdam", "KPN Marathon Cup": a sponsor's capitals before a race's opening
    word are its name's. (Read here, not by the ruler: a pattern opening on a regex would test
    every token.)"""
    start, end, label = span
    if label != "EVENT" or text[start:end].split()[0] not in _EVENT_NAME_OPENER_SET:
        return span
    sponsor = _SPONSOR_BEFORE_RE.search(text, max(0, start - 8), start)
    if sponsor is None or sponsor.group(1) in CHAMPIONSHIP_PREFIXES:
        return span
    return (sponsor.start(1), end, label)


def _article_name_label(text: str, start: int, label: str) -> str:
    """A name opening with "De" inside a sentence is a venue or a club (the model guesses): a venue
    after a venue's noun ("de ijsbaan De Smelt"), a club after a club's ("vereniging De Zwette");
    after neither, the model's place or organisation stays, and its other name is a venue after
    "in" or "op" ("in De Scheg") and a club elsewhere ("de zwemster van De Dolfijn")."""
    before = text[max(0, start - 30) : start].split()[-1:]
    word = before[0].lower() if before else ""
    if word.endswith(VENUE_NOUN_ENDINGS):
        return "LOC"
    if word.endswith(CLUB_NOUN_ENDINGS):
        return "ORG"
    if label != "MISC":
        return label
    return "LOC" if word in ARTICLE_NAME_PLACE_PREPOSITIONS else "ORG"


_EVENT_NAME_HEAD_SET = frozenset(EVENT_NAME_HEADS)
_EVENT_NAME_OPENER_SET = frozenset(EVENT_NAME_OPENERS)
_SPONSOR_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z]{2,5})[ \u00a0]$")
_PLACE_NAME_OPENERS = frozenset(PLACE_NAME_OPENERS)
_EVENT_HEAD_AFTER_RE = re.compile(r"[ \u00a0](?:" + alternation(EVENT_NAME_HEADS) + r")\b")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(" + alternation(PLACE_PREPOSITIONS) + r")\s+$", re.I)
_PLACE_PREPOSITION_REACH = max(map(len, PLACE_PREPOSITIONS)) + 1  # (with the space after it)
#: "het Duitse", "het Zuid-Koreaanse" right before a name: a place (a town or country is neuter).
_NEUTER_NATIONALITY_BEFORE = regex.compile(r"\bhet\s+\p{Lu}[\p{L}-]*(?:se|sche)\s+$")


_NON_SPACE_RE = re.compile(r"\S+")
_ORGANISATION_AFTER_RE = re.compile(r"[ \u00a0]+(?:" + alternation(ORGANISATION_NOUNS) + r")\b")


def _emphasised_function_word(word: str) -> bool:
    """`Vóór`, `Dát`, `Één`: a function word with the acute accents of Dutch stress."""
    return any(ch in _STRESS_ACCENTED for ch in word) and word.translate(_UNSTRESS).lower() in STOP_WORDS


_STRESS_ACCENTED = frozenset("áéíóúÁÉÍÓÚ")
_UNSTRESS = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


def _town_adjective_before_name(word: str, before: str) -> bool:
    """`de Harense Oldenhuis`, `de Groningse Kramer`: after a determiner (or opening a headline or
    sentence), a capitalised adjective of a town or region (-se, -sche), no given name, stands
    before the name. A doubled s before the ending is a name's ("Tadesse", "Jesse"): a town's
    adjective keeps the s of its town and adds -e ("Goese")."""
    return ((before.lower() in DETERMINERS or not before or before[-1] in '.!?:"”')
            and word.endswith(("se", "sche")) and not word.endswith("sse") and word not in first_names())


def _title_before_given_name(first: str, second: str) -> bool:
    """`Wethouder Anouk Brummelhuis`: before a given name and a surname, a capitalised word that
    is no given name and no initial is a title or a role, as the model's own spans are trimmed
    (pipeline.nlp: `titles`). A word that leads an organisation's name stays (`Team Albert Heijn
    Zaanlander`)."""
    return second in first_names() and first not in first_names() and first.isalpha() and first not in _ORG_LEAD_SET


def _opens_an_object(text: str, article: tuple[int, int], word: tuple[int, int]) -> bool:
    """`pakte Maud Spijkerman de Europese titel`, `hield Femke Kok de Japanse Takagi achter zich`:
    an article and a capitalised adjective (-se, -sche) before a lower-case word, or a nationality
    so inflected, are the opening of the verb's object, not a surname after a particle (`de Vries`)."""
    adjective = text[word[0] : word[1]]
    return (text[article[0] : article[1]] in ARTICLES and adjective.endswith(("se", "sche"))
            and adjective not in first_names()
            and (adjective in _DEMONYM_NOUN_SET or _LOWER_WORD_NEXT.match(text, word[1]) is not None))


_LOWER_WORD_NEXT = regex.compile(r"\s+\p{Ll}")


def clean_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim words that border a name without belonging to it: `De Noorse Ragne Wiklund` ->
    `Ragne Wiklund`, `Voor Beune` -> `Beune`, `Coach Jac Orie` -> `Jac Orie`; a capitalised
    particle stays when a surname follows it (`Voor De Boo` -> `De Boo`). After a nationality
    (`De Belgische Noor Vidts`) a demonym noun is a given name: nobody is "the Belgian Norwegian"."""
    words = [m.span() for m in _NON_SPACE_RE.finditer(text, start, end)]
    previous = text[max(0, start - 40) : start].split()[-1:]  # the word before the first one
    while len(words) > 1:
        first = text[words[0][0] : words[0][1]]
        before = previous[-1] if previous else ""
        if first in _DEMONYM_NOUN_SET:
            if previous and previous[-1].lower() in DEMONYM_COUNTRY:
                break
            if first in first_names() and not _determines_a_noun(previous):
                break  # "Noor Oosterhuis viel als vijfde": a nationality noun needs "de" (or an adjective) before it
        elif previous and previous[-1] in _DEMONYM_NOUN_SET:
            break  # "de Ier Ben Healy": after the nationality the given name, even one that is a word ("Ben")
        previous = [first]
        if len(words) > 2 and f"{first} {text[words[1][0] : words[1][1]]}" in _CAP_PARTICLE_SET:
            break  # "In 't Groen": a particle of two words opens the surname
        if first[:1].isalpha() and first.islower() and first in _ANY_PARTICLE_SET and words[0][0] > start:
            # "Solo van Rinsma" less its heading's noun: a name opens on no lower-case particle
            # ("'t Hooft" does: "'t" has no capital)
            pass
        elif first in _CAP_PARTICLE_SET:
            rest = [text[a:b] for a, b in words[1:] if text[a:b] not in _ANY_PARTICLE_SET]
            # (after two particles a stop word is a surname too: "Van der Meer", "Van den Hoek")
            if rest and (rest[0] not in _NOT_NAME_START or (len(words) - len(rest) >= 2 and rest[0].lower() in STOP_WORDS)) and (
                    not _town_adjective_before_name(rest[0], first)):
                break
        elif first not in _NOT_NAME_START and (_LOWER_PARTICLES_AFTER.match(text, words[0][1]) or (
                not (len(words) >= 3 and first.lower().endswith(RACER_NOUN_ENDINGS))
                and not _emphasised_function_word(first) and not _town_adjective_before_name(first, before)
                and not (len(words) >= 3 and _title_before_given_name(first, text[words[1][0] : words[1][1]])))):
            # ("Paracanoeër Ruud Oostinga": a racer's noun before given name and surname; "Vóór
            # Verhaegen": a stressed function word; "de Harense Oldenhuis": a town's adjective;
            # "Wethouder Anouk Brummelhuis": a title; but lower-case particles after a word make it
            # a given name, whatever its ending: "Sietse van der Kooij")
            break
        words = words[1:]
    if len(words) >= 3 and _opens_an_object(text, words[-2], words[-1]):
        words = words[:-2]
    while len(words) > 1 and (last := text[words[-1][0] : words[-1][1]]) in _NOT_NAME_END_OR_PARTICLE:
        if last in _NATIONALITY_ADJECTIVE_SET:
            if _adjective_as_surname(text, *words[-1]):
                # "Jolien Spaans pakte zilver", "Noa Spaans, Fleur Ouwejan", "voor Noa Spaans op de
                # 500 meter": no noun follows for the adjective to qualify ("Nederlands kampioen"): a surname
                break
        elif last not in _PARTICLE_SET and text[words[-2][0] : words[-2][1]] in _ANY_PARTICLE_SET:
            break  # after a particle a capitalised word is a surname, even one that is a stop word ("Lotte ter Haar")
        words = words[:-1]
    # "bracht Maxime Van Goethem België op 2-1": a country after a full name is the verb's object.
    while (len(words) > 2 and text[words[-1][0] : words[-1][1]] in country_names()
           and text[words[-2][0] : words[-2][1]] not in _ANY_PARTICLE_SET):
        words = words[:-1]
    # "volgens bondscoach Remco Olde Heuvel de Verenigde Staten": a particle that opens a country's
    # name after a given name and a surname is the start of the next phrase, no surname's.
    for i in range(2, len(words) - 1):
        if text[words[i][0] : words[i][1]] in _PARTICLE_SET and _country_at(text, words[i + 1][0]):
            words = words[:i]
            break
    # "vertelde Nageeye op de Erasmusbrug": after a surname alone, "op de" is where, no particle of
    # a longer surname (which follows a given name: "Hans op de Beek").
    if (len(words) >= 4 and text[words[1][0] : words[1][1]] == "op" and text[words[2][0] : words[2][1]] in _PARTICLE_SET
            and text[words[0][0] : words[0][1]] not in first_names()):
        words = words[:1]
    # "Lucas Demeyere van Alpecin-Deceuninck": after a given name and a surname, "van" and a
    # capitalised word are the team ("Jan Willem van Schip": after two given names, the surname).
    if len(words) >= 4 and text[words[2][0] : words[2][1]] == "van" and text[words[0][0] : words[0][1]] in first_names():
        surname, after = text[words[1][0] : words[1][1]], text[words[3][0] : words[3][1]]
        if (surname[:1].isupper() and surname not in _ANY_PARTICLE_SET and surname not in first_names()
                and after[:1].isupper() and after not in _ANY_PARTICLE_SET):
            words = words[:2]
    # "Ruud Oosterbaan van de Judo Bond": after a particle an organisation, not the surname.
    last = text[words[-1][0] : words[-1][1]]
    if len(words) >= 3 and (_ORGANISATION_AFTER_RE.match(text, words[-1][1]) or last.lower().endswith(ORGANISATION_NOUN_ENDINGS)):
        cut = len(words) - 1
        while cut > 0 and text[words[cut - 1][0] : words[cut - 1][1]] in _PARTICLE_SET:
            cut -= 1
        if 0 < cut < len(words) - 1:
            words = words[:cut]
    return words[0][0], words[-1][1]


_PERSON_NOUNS = frozenset(PERSON_CONTEXT)


def _determines_a_noun(previous: list) -> bool:
    """Whether the word before a nationality noun makes it one: an article or demonstrative ("de
    Noor"), or an inflected adjective ("de 24-jarige Noor"); a noun without them is a given name."""
    if not previous:
        return False
    word = previous[-1]
    # ("olympisch kampioene Noor in 't Groen": a person noun in -e is no adjective)
    return word.lower() in DETERMINERS or (word.islower() and word.endswith("e") and word not in _PERSON_NOUNS)


class _NameMatches:
    """The NAME_RE matches of one text, found once: the given-name rule reads them all, and a
    person span grows to the one around it."""

    __slots__ = ("text", "matches", "_starts")

    def __init__(self, text: str):
        self.text = text
        self.matches = list(NAME_RE.finditer(text))
        self._starts = [m.start() for m in self.matches]

    def covering(self, start: int, end: int) -> Optional["regex.Match"]:
        """The match that covers [start, end), if any (matches do not overlap: only the last one
        starting at or before `start` can)."""
        i = bisect_right(self._starts, start) - 1
        return self.matches[i] if i >= 0 and self.matches[i].end() >= end else None


def _extend_name(names: _NameMatches, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """Grow a person span to the whole name around it: particles and hyphenated parts."""
    text = names.text
    start, end, label = span
    name = names.covering(start, end)
    if name is not None:
        new_start, new_end = clean_name(text, name.start(), name.end())
        # Names rarely run past four words; a longer run is two names or a title.
        if len(text[new_start:new_end].split()) <= 4:
            return (new_start, new_end, label)
    start, end = clean_name(text, start, end)
    return (start, end, label)


def _shape_name(names: _NameMatches, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """Persons (and the model's MISC, often a person) grow to their whole name; organisations
    only lose the words before them (`Canadees Laurent Dubreuil`); places and events stay."""
    if span[2] in ("PER", "MISC"):
        return _extend_name(names, span)
    if span[2] == "ORG":
        if _RACING_VERB_AFTER.match(names.text, span[1]):
            # "Tigst Assefa werd tweede" with only "Assefa" tagged: the whole name, when it is one
            # of two or three capitalised words (not "van Lidl-Trek")
            start, end, _ = _extend_name(names, span)
            if 2 <= len(words := names.text[start:end].split()) <= 3 and all(w[:1].isupper() for w in words):
                return (start, end, "ORG")
        return (*clean_name(names.text, span[0], span[1]), "ORG")
    return span


#: Per label the model gave, the venue words that do not make its name a place.
_NOT_VENUES_OF_ORGANISATIONS = frozenset((*VENUE_WORDS_OF_ORGANISATIONS, *VENUE_WORDS_OF_CLUBS))
_VENUE_WORDS_NOT_FOR = {
    "PER": frozenset(VENUE_WORDS_OF_ORGANISATIONS),
    "ORG": _NOT_VENUES_OF_ORGANISATIONS,
    "MISC": _NOT_VENUES_OF_ORGANISATIONS,
}


def _venue_as_place(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A name of several words ending in a venue word is a place, whatever the model made of it
    or of its parts ("Milano Speed" PER + "Stadium" ORG, joined by `_shape_name`; "Milano Ice
    Skating Arena" MISC; "Cortina Sliding Centre" ORG)."""
    start, end, label = span
    if label not in _VENUE_WORDS_NOT_FOR:
        return span
    words = text[start:end].split()
    if len(words) >= 2 and words[-1] in _VENUE_WORDS and words[-1] not in _VENUE_WORDS_NOT_FOR[label]:
        return (start, end, "LOC")
    return span


#: An elided particle ("d'") and the capitalised word it is written onto ("Cortina d'Ampezzo").
_ELIDED_PARTICLE_AFTER = regex.compile(
    r"\s+(?:" + alternation(ELIDED_PARTICLES) + r")\p{Lu}[\p{L}-]*")


def _place_with_elided_particle(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A place goes on over an elided particle, which the model splits off: "Cortina d'Ampezzo"."""
    start, end, label = span
    if label == "LOC":
        tail = _ELIDED_PARTICLE_AFTER.match(text, end)
        if tail:
            return (start, tail.end(), label)
    return span


def _as_person_if_named(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """`Tadej Pogačar` tagged MISC or ORG: a given name and a surname make a person, unless a
    venue word says it is a place (`Max Aicher Arena`). So does a name of two or three words the
    model called anything but a country, right before a verb of racing (`Miho Takagi werd
    derde`, `Kjeld Nuis finishte`) or inside a placing (`werd Jelmer Brouwers derde`): the given
    name may be one the list lacks."""
    start, end, label = span
    if label in ("PER", "EVENT"):
        return span
    words = text[start:end].split()
    # (a particle inside is a name's, though "'t" alone is no entity: "Thijmen 't Hooft"; so is a
    # nation's adjective at the end that qualifies no noun after it: "Noa Spaans wint")
    surname_adjective = words[-1] in _NATIONALITY_ADJECTIVE_SET and _adjective_as_surname(text, end - len(words[-1]), end)
    after_first = words[1:-1] if surname_adjective else words[1:]
    # (a title last is a surname, where no name follows it: "Ilse Dokter", "Femke Koning")
    if not 2 <= len(words) <= 4 or any(
            w in _VENUE_WORDS or w in _NOT_NAME_START and w not in _PARTICLE_SET and not (w == words[-1] and w in _NAME_PREFIX_SET)
            for w in after_first):
        return span
    if label in ("MISC", "ORG") and words[0] in first_names():
        return (start, end, "PER")
    if (len(words) == 2 and words[1].endswith(FRISIAN_SURNAME_ENDINGS) and words[1][:1].isupper()
            and words[0].isalpha() and words[0] not in _NOT_NAME_START and text[start:end] not in country_names()):
        return (start, end, "PER")  # "Hiske Wijnstra": a Frisian surname after a given name the list lacks
    if len(words) == 2 and words[0] in FAMILY_NAME_FIRST and words[1][:1].isupper() and text[start:end] not in country_names():
        return (start, end, "PER")  # "Gao Zhiyuan", "Kim Min-seok": a Chinese or Korean family name first
    if label == "LOC" and words[0] in first_names() and text[start:end] not in country_names() and (
            words[1] in _PARTICLE_SET or (len(words) == 2 and words[0] not in _PLACE_NAME_OPENERS)):
        # "Nienke van Dalen", "Khalid Benali": a given name and a surname (with its particle or
        # without: not "Santa Cruz", "Monte Carlo")
        return (start, end, "PER")
    if label in ("MISC", "ORG") and _MARRIED_NAME_RE.search(text, start, end):
        return (start, end, "PER")  # "Femmie Koopman-van der Laan": a married name, a person's
    if label in ("MISC", "ORG") and _PARTICLE_NAME_RE.fullmatch(text, start, end) and not any(
            w.lower() in _DISCIPLINE_WORDS for w in words):
        return (start, end, "PER")  # "Jorinde van der Steeg": a name, a lower-case particle, a surname
    if label in ("MISC", "ORG") and len(words) <= 3 and _AGE_AFTER.match(text, end) and all(w[:1].isupper() for w in words):
        return (start, end, "PER")  # "Sybren Tjeerdema (24) heeft ...": only a person has an age
    nation = BRACKETS_AFTER.match(text, end)
    if (label in ("MISC", "ORG") and nation and nation.group(1) in country_names() and len(words) <= 3
            and all(w[:1].isupper() for w in (words[0], words[-1])) and text[start:end] not in _KNOWN_ORGANISATIONS):
        return (start, end, "PER")  # "1. Ingvild Nesbakken (Noorwegen) 3:51.88": an athlete and her country
    if (label in ("LOC", "MISC") and len(words) <= 3 and text[start:end] not in country_names()
            and _GIVEN_PRIZE_BEFORE.search(text, max(0, start - 80), start) and all(w[:1].isupper() and w.isalpha() for w in words)):
        return (start, end, "PER")  # "ging de wereldtitel naar Mei Tanabe": a prize goes to a person or a nation
    if len(words) <= 3 and (_RACING_VERB_AFTER.match(text, end) or _placed(text, start, end)) and text[start:end] not in country_names() and (
            label != "LOC" or words[0] in first_names()) and all(w[:1].isupper() and w.isalpha() for w in words) and (
            not any(w.lower() in _DISCIPLINE_WORDS for w in words)):
        return (start, end, "PER")
    return span


#: A Dutch married name: her surname, a hyphen, her husband's with its particle ("Rijpma-de Jong").
_MARRIED_NAME_RE = regex.compile(rf"\p{{Ll}}-(?:{_PARTICLES}){_SP}+(?:(?:{_PARTICLES}){_SP}+)*\p{{Lu}}")
#: One capitalised word, lower-case surname particles, one capitalised word: a Dutch or Flemish
#: person's name whatever the given name ("Jorinde van der Steeg"), as competitions are named
#: otherwise ("Ronde van Vlaanderen" takes no "der"/"ter", "Tour de France" is an event).
_DUTCH_PARTICLES = _particle_alternation(DUTCH_NAME_PARTICLES)
_PARTICLE_NAME_RE = regex.compile(rf"\p{{Lu}}[\p{{Ll}}-]+(?:{_SP}+(?:{_DUTCH_PARTICLES}))+{_SP}+\p{{Lu}}[\p{{L}}'’-]+")
#: A country or club in brackets after a name: "Ingvild Nesbakken (Noorwegen)".
BRACKETS_AFTER = re.compile(r"\s*\(([^()\n]{1,40})\)")
_AGE_AFTER = re.compile(r" \((?:1[2-9]|[2-9][0-9])\)")
#: A noun that a nation's adjective before it qualifies: "Nederlands kampioen", "Spaans jeugdrecord".
_QUALIFIED_NOUN_AFTER = regex.compile(r"\s+\p{Ll}*(?:" + alternation(NATIONALITY_QUALIFIED_NOUN_ENDINGS) + r")\b")
_RACING_VERB_AFTER = re.compile(r"\s+(?:" + alternation(RACING_VERBS) + r")\b")
_PRIZE = r"(?:\w*(?:titel|" + alternation(MEDAL_NOUNS) + r")|" + alternation((*WIN_NOUNS, *MEDAL_OBJECTS)) + r")"
#: "ging de wereldtitel naar", "Het goud ging met 14,400 naar de Italiaanse": a prize given to the name after.
_GIVEN_PRIZE_BEFORE = re.compile(
    rf"\b(?:(?:ging|gaat|gingen|gaan)\s+(?:[\w-]+\s+){{0,3}}?{_PRIZE}|{_PRIZE}\s+(?:ging|gaat|gingen|gaan))"
    r"\s+(?:[\w.,:-]+\s+){0,4}?naar\s+(?:de\s+[\w-]+\s+)?$", re.I)
#: "werd Jelmer Brouwers derde": a name inside a placing is the one placed.
_BECOME_BEFORE = re.compile(r"\b(?:" + alternation(BECOME_VERBS) + r")\s+$")
_ORDINAL_AFTER = re.compile(r"\s+(?:" + alternation(ORDINALS) + r")\b")


def _placed(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) stands inside a placing: "werd Jelmer Brouwers derde"."""
    return bool(_BECOME_BEFORE.search(text, max(0, start - 12), start) and _ORDINAL_AFTER.match(text, end))

#: Words of an event or a boat: "de Holland Acht won" is a crew, not a person.
_DISCIPLINE_WORDS = frozenset(w for forms in DISCIPLINES.values() for form in forms for w in form.split() if len(w) > 3) | set(DISCIPLINES)


def _context_persons(text: str) -> Iterable[tuple[int, int, str]]:
    """`schaatsster Femke Kok`, `de Noor Sander Eitrem`: a name after a person noun."""
    for m in _person_context_matches(text):
        start, end = clean_name(text, m.start("name"), m.end("name"))
        name = text[start:end]
        if name not in _NOT_NAME_START and name.lower() not in _DEMONYMS and name not in country_names():
            yield (start, end, "PER")


#: Where a PERSON_CONTEXT_RE match can start: in a run of word characters and hyphens that
#: spaces and a capital follow (every name alternative starts with one), at its start or
#: after a character that is not a letter (PERSON_CONTEXT_RE's `(?<!\w)` admits no other
#: place: every letter is a word character). Found with Python's re, which scans this much
#: faster than the `regex` module; the context word itself is checked against a set.
#: The spaces before a capital are found first (far fewer than the runs; the pattern lets
#: through every letter but a small ASCII one, and the capital is checked after), then the
#: run that ends where they start is read on the reversed text.
_SPACES_BEFORE_LETTER_RE = re.compile(r"[ \u00a0]+(?=[^\W\d_a-z])")
_RUN_RE = re.compile(r"[\w-]*")  # on the reversed text: the run that ends where the spaces start
_CONTEXT_FOLDED = frozenset(w.casefold() for w in _CONTEXT_WORDS)


def _person_context_matches(text: str) -> list:
    """`PERSON_CONTEXT_RE.finditer(text)`, the same matches, found faster: the big
    case-insensitive alternation is tried only where a context word can start (see
    _SPACES_BEFORE_LETTER_RE; the case-folded rest of the run must be a context word), and
    matches never overlap, as with finditer."""
    found = []
    last_end = 0
    match = PERSON_CONTEXT_RE.match
    backwards = None
    for spaces in _SPACES_BEFORE_LETTER_RE.finditer(text):
        end = spaces.start()
        if not end or not text[spaces.end()].isupper():
            continue
        if backwards is None:
            backwards = text[::-1]
        at = len(text) - end  # where text[end - 1] stands in `backwards`
        start = end - (_RUN_RE.match(backwards, at).end() - at)
        if start == end:
            continue  # no run before the spaces
        word = text[start:end]
        if word.isalpha():
            offsets = (0,) if word.casefold() in _CONTEXT_FOLDED else ()
        else:
            offsets = [i for i in range(len(word)) if (i == 0 or not word[i - 1].isalpha()) and word[i:].casefold() in _CONTEXT_FOLDED]
        for offset in offsets:
            pos = start + offset
            if pos < last_end:
                continue
            m = match(text, pos)
            if m:
                found.append(m)
                last_end = m.end()
                break
    return found


def _first_name_persons(names: _NameMatches, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`Femke Kok`: a known given name followed by a surname is a person, where the model and
    the ruler saw no other kind of entity (`Den Haag` stays a place)."""
    text = names.text
    given_names = first_names()
    others = [s for s in spans if s[2] != "PER"]
    found = []
    for m in names.matches:
        if " " not in m.group() and "\u00a0" not in m.group():
            continue  # one word: no given name before a surname
        words = m.group(0).split()
        offset = m.start()
        for i, word in enumerate(words[:-1]):
            if (word in GIVEN_NAMES_ALSO_FUNCTION_WORDS or word.endswith("ste")) and words[i + 1] in _NOT_NAME_START:
                break  # "Elke Belg", "Beste Nederlander": a determiner or a superlative, not a given name
            if (word in given_names and word not in _NOT_ENTITIES) or (i == 0 and _unlisted_given_before_particles(text, offset, word)):
                start = offset + m.group(0).index(word, sum(len(w) + 1 for w in words[:i]) if i else 0)
                start, end = clean_name(text, start, m.end())
                if start != end and text[start:end].split()[0] == word:
                    # Another entity inside the surname ("Wouw" LOC in "Hetty van de Wouw") yields, and
                    # so does one that is the given name alone ("Arne" LOC in "Arne De Smet-Claes");
                    # one that starts with the given name ("Den Haag") or runs past it does not.
                    if all(s[1] <= start or s[0] >= end or (s[0] > start and s[1] <= end)
                           or (s[0] == start and s[1] == start + len(word) and word not in country_names()) for s in others):
                        found.append((start, end, "PER"))
                break
    return found


def _unlisted_given_before_particles(text: str, start: int, word: str) -> bool:
    """A surname's particles are written in lower case only after a given name or an initial
    ("Sietse van der Kooij", but "zei Van der Kooij"): a capitalised word before "van der", "ter"
    and the like is a given name the list lacks, unless a word that opens no name ("Ronde van de
    Achterhoek" keeps "van de" after a known opener)."""
    return (word not in _NOT_NAME_START and word not in _PLACE_NAME_OPENERS and word.lower() not in _EVENT_OPENERS_LOWER
            and _LOWER_PARTICLES_AFTER.match(text, start + len(word)) is not None)


_LOWER_PARTICLES_AFTER = regex.compile(rf"{_SP}+(?:{_particle_alternation(GIVEN_NAME_PARTICLES)}){_SP}+\p{{Lu}}")
_EVENT_OPENERS_LOWER = frozenset(w.split()[0].lower() for w in (*EVENT_NAME_OPENERS, *EVENT_NAME_OF_OPENERS))


def _country_spans(text: str) -> list[tuple[int, int, str]]:
    r"""Every capitalised country name is a place, also where the model saw nothing.

    The matches of ``(?<![\w-])(?:name1|name2|...)(?![\w-])`` (names longest first, the
    `regex` module's word characters), found without trying a 260-name alternation at every
    character: only where an opening capital stands are the name's first letters looked up."""
    capitals, by_opening = _country_openings()
    found = []
    last_end = 0
    n = len(text)
    for capital in capitals.finditer(text):
        start = capital.start()
        names = by_opening.get(text[start : start + _COUNTRY_KEY])
        if names is None or start < last_end or (start and _is_regex_name_char(text[start - 1])):
            continue
        for name in names:  # longest first, as the alternation tries them
            end = start + len(name)
            if text.startswith(name, start) and not (end < n and _is_regex_name_char(text[end])):
                found.append((start, end, "LOC"))
                last_end = end
                break
    return found


#: Country names are looked up by this many first letters (the shortest name has four).
_COUNTRY_KEY = 4


@lru_cache(maxsize=1)
def _country_openings() -> tuple["re.Pattern", dict]:
    """A pattern for the capitals that open country names, and {first letters: names longest first}."""
    names = sorted(country_names(), key=len, reverse=True)
    assert min(map(len, names)) >= _COUNTRY_KEY
    by_opening: dict = {}
    for name in names:
        by_opening.setdefault(name[:_COUNTRY_KEY], []).append(name)
    capitals = re.compile("[" + "".join(sorted({re.escape(name[0]) for name in names})) + "]")
    return capitals, by_opening


def _country_at(text: str, pos: int) -> bool:
    """Whether a country's name, as a whole word, starts at `pos` ("Verenigde Staten")."""
    names = _country_openings()[1].get(text[pos : pos + _COUNTRY_KEY], ())
    return any(text.startswith(name, pos) and not _is_name_char(text[pos + len(name) : pos + len(name) + 1] or " ")
               for name in names)


_REGEX_NAME_CHAR = regex.compile(r"[\w-]")


def _is_regex_name_char(ch: str) -> bool:
    r"""`[\w-]` of the `regex` module, for one character (its \w differs from re's outside ASCII)."""
    if ch.isascii():
        return ch.isalnum() or ch == "_" or ch == "-"
    return _REGEX_NAME_CHAR.match(ch) is not None


def _add_uncovered(spans, extra):
    """`extra` spans where no entity is yet (`spans`: sorted, none overlapping another)."""
    return sorted(spans + [x for x in extra if not _overlaps_any(spans, x)])


def _overlaps_any(spans, x) -> bool:
    """Whether span `x` overlaps one of `spans`, which are sorted and do not overlap each other
    (so their ends are sorted too): only the last span starting before x ends can reach it."""
    i = bisect_left(spans, (x[1],))
    return i > 0 and spans[i - 1][1] > x[0]


def _resolve_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the longest of overlapping spans; a person beats another label on equal length."""
    ranked = sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s[2] != "PER", s[0]))
    kept: list[tuple[int, int, str]] = []  # sorted, as _overlaps_any needs
    for s in ranked:
        if not _overlaps_any(kept, s):
            insort(kept, s)
    return kept


_FINAL_SURNAME_RE = regex.compile(rf"(?:^|\s)({SURNAME})$")


@lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    """`Jutta Leerdam` -> `Leerdam`; `Mathieu van der Poel` -> `van der Poel`."""
    m = _FINAL_SURNAME_RE.search(name)
    surname = m.group(1) if m else name.split()[-1]
    return surname if surname != name else name.split()[-1]


def _is_name_char(ch: str) -> bool:
    r"""`[\w-]` of Python's re, for one character."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _whole_word_occurrences(text: str, keys) -> list[tuple[int, int]]:
    r"""The matches of ``(?<![\w-])(?:k1|k2|...)(?![\w-])`` (keys longest first) in `text`, as
    re.finditer gives them, without compiling a pattern per article (a new pattern for every
    article missed re's cache and cost more than the search): every occurrence of every key
    is found with str.find, then positions are taken left to right, the longest key that
    ends at a boundary wins, and matches do not overlap."""
    at: dict[int, list[int]] = {}
    for key in keys:
        i = text.find(key)
        while i != -1:
            at.setdefault(i, []).append(len(key))
            i = text.find(key, i + 1)
    found = []
    last_end = 0
    n = len(text)
    for start in sorted(at):
        if start < last_end or (start > 0 and _is_name_char(text[start - 1])):
            continue
        for length in sorted(at[start], reverse=True):
            end = start + length
            if end < n and _is_name_char(text[end]):
                continue
            found.append((start, end))
            last_end = end
            break
    return found


_TOWN_BEFORE_RE = re.compile(r"(?<!\w)(?:" + alternation(TOWN_BEFORE) + r")\s+$", re.I)
_PERSON_AFTER_IN_RE = re.compile(r"\b(?:" + alternation(PERSON_AFTER_IN) + r")\s+in\s+$", re.I)
_PERSON_AFTER_TOWN_RE = re.compile(r"\s+(?:een\b|\(\d)")
_PLACE_RELATIVE_RE = re.compile(r",\s+" + PLACE_RELATIVE + r"\b")


def _names_the_town(text: str, start: int, end: int) -> bool:
    """Whether a surname at [start, end) that is also a town's name is the town there: after a
    preposition of place or a quantifier, or before "waar" (see TOWN_BEFORE)."""
    if _PLACE_RELATIVE_RE.match(text, end):
        return True
    return bool(_TOWN_BEFORE_RE.search(text, max(0, start - 20), start) and not _PERSON_AFTER_IN_RE.search(text, max(0, start - 30), start)
                and not _PERSON_AFTER_TOWN_RE.match(text, end))


def _words_of_longer_names(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """The words of the article's names of more than one word, of any label."""
    return {w for s, e, _ in spans if " " in text[s:e] for w in text[s:e].split()}


_AFTER_OPENER_RE = regex.compile(r"[ \u00a0]*[,!?:;]|[ \u00a0]+\p{Ll}")
_PLAIN_WORD_RE = regex.compile(r"\p{Lu}\p{Ll}+")


def _lone_sentence_openers(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A sentence's first word the model took for a person ("Mooier kan het niet", "Straf!",
    "Dromen doet ze nog steeds"): one plain word (no hyphen or apostrophe: "Delacroix-Petit")
    opening a sentence, punctuation or a lower-case word after it, that the article names nowhere
    else and that is no word of another name in it, nor a given or family name ("Kok pakte goud")."""
    name_words = _words_of_longer_names(text, spans)

    def lone(s: int, e: int, label: str) -> bool:
        word = text[s:e]
        return (label == "PER" and _PLAIN_WORD_RE.fullmatch(word) is not None
                and _opens_sentence(text, s) and _AFTER_OPENER_RE.match(text, e) is not None
                and word not in name_words and word not in first_names() and word not in family_names()
                and len(_whole_word_occurrences(text, {word})) == 1)

    return [span for span in spans if not lone(*span)]


#: "de 22-jarige Alkmaarse", "de Zwolse": after "de" (and an age), a capitalised word in a
#: nationality's or town's adjective form stands for a woman from there.
_TOWN_DEMONYM_RE = regex.compile(r"\p{Lu}\p{Ll}+(?:se|sche)")
_DEMONYM_DETERMINER_BEFORE = re.compile(r"\b[Dd]e\s+(?:\d+-jarige\s+)?$")


def _town_demonyms(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-word "person" in a town's adjective form after "de" ("peddelde de 22-jarige
    Alkmaarse naar 40,37") is no name, unless it is a word of a full name in the article."""
    name_words = _words_of_longer_names(text, spans)
    return [(s, e, label) for s, e, label in spans
            if not (label == "PER" and _TOWN_DEMONYM_RE.fullmatch(text, s, e) and text[s:e] not in name_words
                    and _DEMONYM_DETERMINER_BEFORE.search(text, max(0, s - 20), s))]


def _document_consistency(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Every occurrence of a known person's name or surname in the article is that person, but
    where the surname names a town ("Lars Hoogeveen uit Hoogeveen"; see _names_the_town); and a
    one-word "person" that is a place elsewhere in the article, and no part of a person's full
    name in it, is that place ("in Antholz" ... "Om naar Antholz te mogen")."""
    spans = _places_named_alone(text, spans)
    persons = {text[s:e] for s, e, label in spans if label == "PER"}
    keys = set(persons)
    surnames = set()
    for name in persons:
        if " " in name and name.split()[0] not in _CAP_PARTICLE_SET:  # ("Van Haren" is a surname whole)
            surname = _surname(name)
            surnames |= {surname, surname[0].upper() + surname[1:]}  # "Van der Poel" opening a sentence
    keys |= surnames
    keys |= _given_names_alone(persons)
    keys |= {name.split()[0] for name in persons if len(name.split()) == 2 and name.split()[0] in FAMILY_NAME_FIRST}
    # A surname that is also a nation's adjective ("Noa Spaans") is a word of its own where it may
    # be one: before a noun it qualifies ("Spaans kampioen") or after "het" (the language).
    adjectives = surnames & _NATIONALITY_ADJECTIVE_SET
    keys = {k for k in keys if len(k) > 1 and (k not in _NOT_ENTITIES or k in adjectives)}
    if not keys:
        return spans
    occurrences = _whole_word_occurrences(text, keys)
    if adjectives:
        occurrences = [(s, e) for s, e in occurrences if text[s:e] not in adjectives or _adjective_as_surname(text, s, e)]
    towns = {(s, e) for s, e in occurrences if text[s:e] in surnames and _names_the_town(text, s, e)}
    spans = [(s, e, "LOC") if (s, e) in towns else (s, e, label) for s, e, label in spans]
    occurrences = [o for o in occurrences if o not in towns]
    starts = [start for start, _ in occurrences]
    # A found name replaces a non-person span it coincides with or covers ("Leerdam" LOC -> PER,
    # "Graaf-Hoekstra" ORG inside "De Graaf-Hoekstra")...
    # ... and a person's span it widens ("lacht 't Sas": the model's "Sas" of "Kiki 't Sas").
    relabelled = [s for s in spans if not ((cover := _covering(occurrences, starts, s)) and (s[2] != "PER" or cover[0] < s[0]))]
    # ...and is added where no other entity covers it, as a town is.
    added = [(start, end, "PER") for start, end in occurrences if not _overlaps_any(relabelled, (start, end))]
    added += [(start, end, "LOC") for start, end in towns if not _overlaps_any(relabelled, (start, end))]
    return sorted(set(relabelled + added))


def _adjective_as_surname(text: str, start: int, end: int) -> bool:
    """Whether a nation's adjective at [start, end) may be a surname: no noun follows that it
    qualifies, and no "het" before it makes it a language ("in het Spaans")."""
    return _QUALIFIED_NOUN_AFTER.match(text, end) is None and text[max(0, start - 4) : start].lower() != "het "


def _adjacent_names_joined(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-word person right before another, a space apart, is the given name of one person
    ("Jorre Vanlommel" where the article also says "Jorre" and "Vanlommel" alone): two people are
    never written that way, without a comma or "en" between."""
    joined: list[tuple[int, int, str]] = []
    for span in spans:
        if joined and span[2] == "PER" and joined[-1][2] == "PER" and text[joined[-1][1] : span[0]] == " " and (
                " " not in text[joined[-1][0] : joined[-1][1]] and text[span[0]].isupper()):
            joined[-1] = (joined[-1][0], span[1], "PER")
        else:
            joined.append(span)
    return joined


def _unlisted_given_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person named by surname alone ("zegt Sijbesma") is named in full where a capitalised
    word that can be a given name stands right before that surname at a sentence's or line's
    start ("Wieke Sijbesma is tweede op de 1000 meter!"): the given name the first-name list
    lacks. Elsewhere a capital before a surname may be another name's word, so the rule keeps to
    where nothing precedes it."""
    surnames = {text[s:e] for s, e, label in spans if label == "PER" and " " not in text[s:e]}
    if not surnames:
        return spans

    def can_be_given_name(start: int, end: int, name_end: int) -> bool:
        # (what clean_name would trim is no given name: "Vóór Verhaegen", "Harense Oldenhuis")
        word = text[start:end]
        return (_may_be_given_name(word) and word not in _VENUE_WORDS and word not in _ORG_LEAD_SET
                and clean_name(text, start, name_end)[0] == start)

    grown = []
    for s, e, label in spans:
        if label == "PER" and text[s:e] in surnames:
            given = _GIVEN_BEFORE_RE.search(text, max(0, s - 30), s)
            if given and can_be_given_name(*given.span(1), e) and not _overlaps_any(spans, (given.start(1), s - 1)):
                s = given.start(1)
        elif label != "PER" and (words := _GIVEN_AND_SURNAME_RE.fullmatch(text, s, e)) and words.group(2) in surnames:
            # ("Wieke Sijbesma" the model called an organisation, with "Sijbesma" a person in the article)
            if can_be_given_name(*words.span(1), e):
                label = "PER"
        grown.append((s, e, label))
    return grown


#: A capitalised word (hyphenated or not) opening a line or sentence right before a name.
_GIVEN_BEFORE_RE = regex.compile(r"(?:^|\n|[.!?][\"”’']?[ \u00a0]+)[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]$")
_GIVEN_AND_SURNAME_RE = regex.compile(r"(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0](\S+)")


def _places_named_alone(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One-word "persons" that the article also names as a place (after a preposition, say), and
    that are no word of a person's full name in it, as places; and the place's other occurrences
    that the model left untagged."""
    places = {text[s:e] for s, e, label in spans if label == "LOC" and " " not in text[s:e]}
    if not places:
        return spans
    name_parts = {w for s, e, label in spans if label == "PER" and " " in text[s:e] for w in text[s:e].split()}
    spans = [(s, e, "LOC") if label == "PER" and text[s:e] in places and text[s:e] not in name_parts else (s, e, label)
             for s, e, label in spans]
    # ... and a place is that place where the model left it untagged ("in een uitverkocht Thialf")
    places = {p for p in places if p not in name_parts and _may_be_place(p)}
    return _add_uncovered(spans, [(s, e, "LOC") for s, e in _whole_word_occurrences(text, places)])


_CLASSIC_WON_BEFORE_RE = re.compile(r"\b(?:" + phrase_alternation(CLASSIC_WON_BEFORE) + r")\s+$", re.I)
_CLASSIC_WON_AFTER_RE = re.compile(r"\s+(?:" + phrase_alternation(CLASSIC_WON_AFTER) + r")\b")
# (a hyphenated name opening on one of these is a place: "Noord-Holland", "Sint-Niklaas")
_HYPHENATED_PLACE_OPENERS = frozenset(COMPASS_NAME_OPENERS) | _PLACE_NAME_OPENERS
_CLAUSE_BREAK_RE = clause_boundary((*CLAUSE_CONJUNCTIONS, *COORDINATING_CONJUNCTIONS))


def _classics(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A hyphenated pair of towns that the article says was won is a classic ("de winnaar van
    Gent-Wevelgem", "Vandenhende heeft zondag Gent-Wevelgem gewonnen"), wherever it names it."""
    classics = {text[s:e] for s, e, label in spans if label != "EVENT" and _won_classic(text, s, e, spans)}
    return [(s, e, "EVENT") if text[s:e] in classics else (s, e, label) for s, e, label in spans] if classics else spans


def _won_classic(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    name = text[start:end]
    if not CLASSIC_NAME_RE.fullmatch(name) or name.split("-")[0] in _HYPHENATED_PLACE_OPENERS or name in country_names():
        return False
    if _CLASSIC_WON_BEFORE_RE.search(text, max(0, start - 25), start):
        return True
    # (the winner in the same clause: in "werd Ferrant tweede, en zondag heeft Koning-Bakker
    # gewonnen" the name is the winner)
    return bool(_CLASSIC_WON_AFTER_RE.match(text, end)) and any(
        label == "PER" and e < start and start - e < 80 and not _CLAUSE_BREAK_RE.search(text, e, start) for s, e, label in spans)


def _where_held(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-word name right after a competition and "in" is where it is held, even when a person
    in the article bears it ("Het WK veldrijden in Hulst" with Evie Hulst in the race; after
    `_document_consistency`, which would give every "Hulst" to her)."""
    event_ends = {e for s, e, label in spans if label == "EVENT"}
    return [(s, e, "LOC") if label == "PER" and s - 4 in event_ends and text[s - 4 : s] == " in " and " " not in text[s:e]
            else (s, e, label) for s, e, label in spans]


def _coordinated_persons(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name of two or three words opening with a given name, listed between persons ("met Thijs
    Veltman, Dion Oosterveld, Mees van 't Klooster en Ruben Hoek"), is a person whatever the
    model called it."""
    spans = sorted(spans)
    out = list(spans)
    for i, (start, end, label) in enumerate(spans):
        words = text[start:end].split()
        if label == "PER" or not 2 <= len(words) <= 3 or words[0] not in first_names() or text[start:end] in country_names():
            continue
        before = spans[i - 1] if i else None
        after = spans[i + 1] if i + 1 < len(spans) else None
        linked_before = before and before[2] == "PER" and _LIST_LINK.fullmatch(text, before[1], start)
        linked_after = after and after[2] == "PER" and _LIST_LINK.fullmatch(text, end, after[0])
        if linked_before or linked_after:
            out[i] = (start, end, "PER")
    return out


_LIST_LINK = re.compile(r",\s+|\s+en\s+|,\s+en\s+")


def _given_names_alone(persons: Iterable[str]) -> set[str]:
    """The given names by which an article may name its people alone ('"Sterre verdient het zo"'
    after "Sterre van Eijk"): a listed given name of one full name, not shared with another
    person of the article, and no nationality word ("Noor") or function word ("Elke": a name
    only before the surname)."""
    given: dict[str, set[str]] = {}
    for name in persons:
        words = name.split()
        if len(words) >= 2 and words[0] in first_names():
            given.setdefault(words[0], set()).add(name)
    return {g for g, names in given.items() if len({_surname(n) for n in names}) == 1 and _may_be_given_name(g)}


def _may_be_given_name(word: str) -> bool:
    """A capitalised word that can stand for a person's given name: no word that never opens a
    name (nationality nouns among them), nationality word, function word or country."""
    return (word not in _NOT_NAME_START and word.lower() not in _DEMONYMS and word.lower() not in STOP_WORDS
            and word not in country_names())


def _covering(occurrences: list[tuple[int, int]], starts: list[int], span: tuple[int, int, str]) -> Optional[tuple[int, int]]:
    """The one of the (sorted, non-overlapping) `occurrences` that covers `span`, or None."""
    i = bisect_right(starts, span[0]) - 1
    return occurrences[i] if i >= 0 and occurrences[i][1] >= span[1] else None


def _with_canonical(text: str, spans: list[tuple[int, int, str]]) -> List[Mention]:
    """Mentions with `canonical`: for a person, the fullest form of that name in the article; for
    a country's code, the country; for a place, its form with an elided particle in the article."""
    full_names = [(s, text[s:e]) for s, e, label in spans if label == "PER" and is_full_name(text[s:e])]
    lowered = [(start, full, full.lower()) for start, full in full_names]
    relatives = {start for start, _ in full_names if RELATIVE_BEFORE.search(text, max(0, start - 30), start)}
    candidates_of: dict[str, list] = {}  # what a name may abbreviate does not depend on where it stands
    # "Cortina" in an article that also writes "Cortina d'Ampezzo" is that place
    places_in_full = {}
    for start, end, label in spans:
        tail = _ELIDED_PARTICLE_AFTER.search(text, start, end) if label == "LOC" else None
        if tail:
            places_in_full.setdefault(text[start : tail.start()], text[start:end])
    mentions = []
    for start, end, label in spans:
        surface = text[start:end]
        canonical = surface
        if label == "PER":
            candidates = candidates_of.get(surface)
            if candidates is None:
                candidates = _canonical_candidates(surface, lowered)
                athletes = [c for c in candidates if c[0] not in relatives]
                if relatives and athletes and len(athletes) < len(candidates) and not is_full_name(surface):
                    candidates = athletes  # "zijn vader Durk van der Meer": a bare "Van der Meer" is the athlete
                candidates_of[surface] = candidates
            canonical = _nearest_fullest(surface, start, candidates)
        elif label == "LOC":
            canonical = country_of_code(surface) or places_in_full.get(surface, surface)  # "NED", "Ned": Nederland
        mentions.append(Mention(start, end, surface, label=label, canonical=canonical))
    return mentions


#: What introduces a relative of someone named ("zijn vader Klaas van der Stouwe"), before the
#: name; a family role needs no possessive ("Heit Durk Wijnsma had een spandoek laten maken"),
#: and the name may be its complement ("Die vader is Sjoerd van Eerden (56)").
#: The relative's noun is group "relative" after a possessive, else group "role".
RELATIVE_BEFORE = re.compile(
    r"\b(?:(?:zijn|haar|hun)\s+(?P<relative>" + alternation(RELATIVE_NOUNS) + r")|(?P<role>" + alternation(FAMILY_ROLES)
    + r"))(?:\s+(?:is|was))?\s+$", re.I)
_INITIAL_RE = regex.compile(r"(\p{Lu})\.\s+(.+)$")
# (a surname may open with a particle of two words: "In 't Veld", "Op de Beek")
_CAP_LEADING_PARTICLES = "|".join(
    sorted((re.escape(p[0].upper() + p[1:]).replace(r"\ ", _SP) for p in NAME_PARTICLES if p[0].isalpha()), key=len, reverse=True))
_BARE_SURNAME_RE = regex.compile(rf"(?:(?:{_CAP_LEADING_PARTICLES}){_SP}+)?{SURNAME}")


@lru_cache(maxsize=4096)
def is_full_name(name: str) -> bool:
    """A given name and a surname (`Jenning de Boo`), not a bare surname (`De Boo`,
    `Rijpma-de Jong`) or an initial (`J. Beune`)."""
    return " " in name and not _INITIAL_RE.match(name) and not _BARE_SURNAME_RE.fullmatch(name)


def canonical_person(surface: str, position: int, full_names: list[tuple[int, str]]) -> str:
    """The fullest name that `surface` abbreviates; the nearest earlier one when several do."""
    lowered = [(start, full, full.lower()) for start, full in full_names]
    return _nearest_fullest(surface, position, _canonical_candidates(surface, lowered))


def _canonical_candidates(surface: str, full_names: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """The full names (offset, name, name in lower case) that `surface` may abbreviate, as
    (offset, name)."""
    key = surface.lower()
    initial = _INITIAL_RE.match(surface)
    candidates = []
    for start, full, full_lower in full_names:
        if initial and full_lower == key:
            continue
        if full_lower == key or full_lower.endswith(" " + key):
            candidates.append((start, full))
        elif " " not in key and full_lower.startswith(key + " ") and (surface in first_names() or surface in FAMILY_NAME_FIRST):
            candidates.append((start, full))  # a given name alone ("Sterre"), or a family name that comes first ("Gao")
        elif initial and full_lower.endswith(" " + initial.group(2).lower()) and full.startswith(initial.group(1)):
            candidates.append((start, full))
    return candidates


def _nearest_fullest(surface: str, position: int, candidates: list[tuple[int, str]]) -> str:
    """Of the names `surface` may abbreviate, the one it stands for at `position`."""
    if not candidates:
        return surface
    distinct = {f for _, f in candidates}
    if len(distinct) > 1:
        # "Oude Luttikhuis" is a name of two words itself, but also the end of "Lotte Oude
        # Luttikhuis": only the fullest forms are candidates (several when people share a surname).
        lowered = [f.lower() for f in distinct]
        distinct = {f for f in distinct if not any(o.endswith(" " + f.lower()) for o in lowered)}
        candidates = [c for c in candidates if c[1] in distinct]
    if len(distinct) == 1:
        return distinct.pop()
    longest = max(len(f) for _, f in candidates)
    earlier = [c for c in candidates if c[0] <= position]
    return max(earlier or candidates, key=lambda c: (c[0] if earlier else -c[0], len(c[1]) == longest))[1]
