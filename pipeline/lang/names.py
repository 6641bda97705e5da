"""Dutch person-name data: surname particles, title words, suffixes.

Data only; `pipeline.reconcile` applies it, and the model's `nlie_doc_consistency` component
(`pipeline.nlp`) the lists of the last section. Entries are lowercase unless said otherwise;
reconcile's matching is case-insensitive because a particle is capitalised at the start of a
name ("Van der Poel") and lowercase inside one ("Mathieu van der Poel"), and Flemish names
keep the capital inside too ("Wout Van Aert").
"""

from __future__ import annotations

#: The letters a name may open with, for a regex class: the Latin capitals with their accented
#: forms ("Ádám", "Øvrebø", "Łukasz", "Šimon"). (Latin Extended-A alternates capital and small
#: letters; a name opening with one of its small ones is rare enough to let the range stand.)
NAME_INITIALS = "A-ZÀ-ÖØ-ÞĀ-Ž"

# Surname particles (tussenvoegsels), as token sequences. A name's surname starts at its first
# particle, so "Mathieu van der Poel" has surname "van der Poel". Longer sequences are tried
# first by the code; single words cover most combinations on their own, the multi-word
# entries are listed so that the apostrophe forms ("'t", "'s") are recognised in context.
PARTICLES: tuple[tuple[str, ...], ...] = (
    ("van", "der"), ("van", "den"), ("van", "de"), ("van", "het"), ("van", "'t"),
    ("van", "ter"), ("van", "ten"), ("van", "in", "'t"), ("van", "op", "den"),
    ("in", "'t"), ("in", "het"), ("in", "de"), ("in", "den"), ("op", "de"), ("op", "den"),
    ("op", "'t"), ("op", "ten"), ("uit", "de"), ("uit", "den"), ("uit", "het"),
    ("aan", "de"), ("aan", "den"), ("aan", "het"), ("bij", "de"), ("onder", "de"),
    ("over", "de"), ("voor", "de"), ("de", "la"), ("de", "le"), ("von", "der"),
    ("von", "dem"), ("van", "la"),
    ("van",), ("de",), ("der",), ("den",), ("het",), ("ter",), ("ten",), ("te",),
    ("'t",), ("'s",), ("in",), ("op",), ("von",), ("vande",), ("vander",), ("le",), ("la",),
    ("du",), ("d'",), ("da",), ("di",), ("del",), ("della",), ("dos",), ("das",),
)

# Particles that may open a name on their own ("Van der Poel", "De Jong", "Ter Mors").
# Words like "in", "op", "te", "la" are left out: as the first word of a one-word-longer
# span they are far more often ordinary words or foreign given names than particles.
LEADING_PARTICLES: frozenset[str] = frozenset(
    {"van", "de", "der", "den", "het", "ter", "ten", "'t", "von", "vander", "vande",
     "del", "della", "di", "da", "du", "dos", "das"}  # "Del Toro", "Da Costa"
)

# Relatives who share an athlete's surname: "zijn vader Durk van der Meer" is not whom a later
# bare "Van der Meer" stands for, when the article names another of that surname in full.
#: ... of which these, capitalised, also stand before a name as a title does ("Vader Gerrit ter Veer").
FAMILY_ROLES: tuple[str, ...] = (
    "vader", "moeder", "broer", "zus", "zoon", "dochter", "opa", "oma", "oom", "tante", "echtgenoot", "echtgenote",
    "papa", "mama", "heit", "mem",  # (Frisian: "heit Durk Wijnsma", "mem Geartsje")
)
RELATIVE_NOUNS: tuple[str, ...] = (
    *FAMILY_ROLES, "grootvader", "grootmoeder", "neef", "nicht", "man", "vrouw", "tweelingbroer", "tweelingzus",
)
#: The sex a relative's noun gives ("haar vader Hendrik Dijkstra" is a man, so a later "ze" is not him).
RELATIVE_SEX: dict[str, str] = {
    **dict.fromkeys(("vader", "broer", "zoon", "opa", "oom", "echtgenoot", "papa", "heit", "grootvader", "neef", "man",
                     "tweelingbroer"), "m"),
    **dict.fromkeys(("moeder", "zus", "dochter", "oma", "tante", "echtgenote", "mama", "mem", "grootmoeder", "nicht",
                     "vrouw", "tweelingzus"), "f"),
}

# Family names that come first in Chinese and Korean names ("Gao Zhiyuan", "Kim Do-yun"): the
# article names such a person alone by this first word ("de tijd die Gao had neergezet").
# The most common ones, capitalised as written in Dutch reports.
FAMILY_NAME_FIRST: frozenset[str] = frozenset("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang
Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Ning
Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang Ahn Song Hong Ko Moon Yang Son Bae
""".split())

# Given names that are also Dutch function words ("elke", "ben", "anders"). Directly before a
# capitalised surname they are the given name: Dutch puts the verb second, so a sentence that
# opens with the adverb "Anders" goes on with its verb, not with a name, and "Elke" before a
# capitalised noun is a name unless the noun is a nationality ("Elke Belg"). Left out: words
# that do open a clause before a name ("Om Kramer te kloppen", "Alleen Kramer was sneller",
# "Al", "Allen"), "Dan" (an adverb far more often than a name, never an entity alone) and the
# particle "Van".
GIVEN_NAMES_ALSO_FUNCTION_WORDS: frozenset[str] = frozenset({"Ben", "Bent", "Elke", "Uwe", "Anders"})

# Words that precede a name without being part of it; the guidelines exclude them from spans
# but extractors may still include them. Stripped from the front before parsing.
TITLE_WORDS: frozenset[str] = frozenset({
    "dhr", "dhr.", "mevr", "mevr.", "mw", "mw.", "mevrouw", "meneer", "heer", "mr", "mr.",
    "dr", "dr.", "drs", "drs.", "ir", "ir.", "ing", "ing.", "prof", "prof.", "ds", "ds.",
    "sir", "lady", "prins", "prinses", "koning", "koningin", "minister", "premier",
    "burgemeester", "coach", "trainer", "bondscoach", "kapitein", "generaal", "pastoor",
})  # never "de"/"het": at the front of a name "De" is a particle ("De Jong"), not an article

# Generational suffixes that follow a name and do not distinguish people on their own.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii"})

#: Endings of Frisian surnames ("Dijkstra", "Wiersma", "Wierenga", "Kamminga", "Hylkema"): a
#: capitalised word before such a word is a given name, though the first-name list lacks the
#: Frisian ones ("Hiske Wijnstra", "Tjeerd Okkema").
FRISIAN_SURNAME_ENDINGS: tuple[str, ...] = ("stra", "sma", "enga", "inga", "ema")

# Possessive endings to strip from the last word ("Kok's" -> "Kok", "Leerdams" is left alone:
# a bare -s cannot be told from a name ending in s).
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("'s", "’s")

# --- CoNLL-2002 name conventions of the nlie_doc_consistency component (pipeline.nlp) ---
# Matched case-sensitively on the model's tokens; chosen on ned.testa (models/README.md).

#: Capitalised particles that belong to the surname after them when they stand inside a
#: sentence ("zegt De Prins", "aldus Van der Voort"); at a sentence start "De" is the article.
SENTENCE_INTERNAL_PARTICLES: frozenset[str] = frozenset((
    "De", "Den", "Der", "Van", "Vande", "Vanden", "Vander", "Ver", "Ter", "Ten", "Te", "Du", "Le", "La", "Di", "Da",
    "Von",
))
#: A two-word particle inside a sentence: one of these ...
VAN_PARTICLE_FIRSTS: tuple[str, ...] = ("Van", "Vande")
#: ... then one of these: "Van der", "Van den", "Van de", "Van 't".
VAN_PARTICLE_SECONDS: frozenset[str] = frozenset(("der", "den", "de", "'t", "het"))
#: Lower-case words that occur inside a person's name ("Willem de Kooning").
NAME_LINK_WORDS: frozenset[str] = frozenset((
    "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "du", "le", "la", "von", "da", "dos", "del", "di",
))
#: Articles: a bare name right after one is not a person ("de Knesset", "het Kannada"); Dutch puts
#: an article before a person's name only with an adjective or noun between ("de jonge Rahat").
ARTICLES: frozenset[str] = frozenset(("de", "het", "een"))
#: Words that make the noun after them a common noun: articles and demonstratives ("de Noor",
#: "die Brit"); without one, a nationality noun that is also a given name is the name ("Noor Oosterhuis").
DETERMINERS: frozenset[str] = ARTICLES | frozenset(("die", "deze", "dat", "dit"))
