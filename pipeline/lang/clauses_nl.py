"""Words that end one clause and begin the next in Dutch: where a fact's clause ends, and where
the one before it began. Data only; extract.vocab.clause_boundary turns a selection into a
regex, and each use says which words end its clause.
"""

#: Conjunctions that always open a new clause ("..., maar Leerdam won", "nadat Kok viel").
CLAUSE_CONJUNCTIONS = ("maar", "terwijl", "want", "waarna", "nadat", "toen")

#: Words that open a relative or subordinate clause after a comma (", die in 2013 1.46,38 liep",
#: ", waarmee ze"); a comma before anything else may only elaborate the clause (", in 37,64").
RELATIVE_OPENERS = ("die", "dat", "wie", "wat", "waar", "waarmee", "waarin", "waarop", "waardoor", "waarbij")

#: "en" opens a clause ("Kok won en Leerdam werd tweede") but also joins nouns ("een gouden en
#: een zilveren medaille"): a boundary only where a name or a won thing is looked for past it.
COORDINATING_AND = "en"

#: "sneller dan Kok": what follows "dan" is compared with, not part of the fact's own clause.
THAN = "dan"

#: "en prolongeerde daarmee haar titel": a consequence, not the fact's clause. Mid-clause it is
#: only an adverb ("sluiten de Spelen daarmee af met goud"), so it ends a fact's clause looking
#: forward, never the clause before a medal word.
THEREBY = "daarmee"

#: Adverbs that may stand between a verb of giving and the name it gives to: "Het goud ging toen
#: naar Neise", "Het brons was er ook voor Takagi".
GIVING_ADVERBS = ("er", "toen", "al", "ook", "dus", "nu", "uiteindelijk", "daarna", "vervolgens", "opnieuw", "wel")

#: The auxiliary of the Dutch passive: in "werd gewonnen door Wasick" the name after "door" did it.
PASSIVE_AUXILIARIES = ("werd", "werden", "wordt", "worden")

#: Endings of weak past-tense verbs ("eindigde", "finishte", "pakte", "prolongeerde"): lower-case
#: words ending in -e that are no adjective of a noun phrase ("de ongenaakbare Kok"), so a name
#: right after one is the verb's subject, not part of a phrase governed by a preposition.
PAST_TENSE_ENDINGS = ("igde", "eerde", "ierde", "overde", "kte", "pte", "shte", "chte", "fte", "sste")

#: Verbs that attribute a quotation to its speaker: '"...", zei Leerdam', '"...", lacht ze'.
SPEECH_VERBS = (
    "zei", "zegt", "aldus", "reageerde", "reageert", "vertelde", "vertelt", "verklapte", "voegde", "sprak",
    "stelde", "stelt", "liet", "blikte", "lachte", "lacht", "vond", "vindt", "verklaarde", "verzuchtte",
    "verzucht", "concludeerde", "glunderde", "glundert", "jubelde", "juicht",
)
#: "Maar ik denk vooral aan Van der Hoek": a verb of thinking turns the text to the person after
#: "aan", whom what follows is about, no mere object.
TOPIC_VERBS = ("denk", "denkt", "denken", "dacht", "dachten", "herinner", "herinnert", "herinneren",
               "herinnerde", "herinnerden")
#: The first-person subject inside a quotation: the fact is the speaker's ("reed ik 39,40").
FIRST_PERSON_SUBJECTS = ("ik",)
#: ... and in the plural, the speaker's team: "zij kwamen binnen in 6.19,93, wij in 6.21,48".
FIRST_PERSON_PLURAL_SUBJECTS = ("wij", "we")
#: Words before a thing in a quotation that make it the speaker's own: "dit zilver voelt als goud",
#: "mijn eerste medaille".
SPEAKERS_OWN = ("dit", "deze", "mijn", "m'n")
#: Third-person pronouns that take up a person named before. "ze" is also the plural and the
#: object ("versloeg ze"), so only "hij" and "zij" are subjects wherever they stand.
THIRD_PERSON_SUBJECTS = ("hij", "zij", "ze")
#: The sex a subject pronoun refers to ("ze" is also plural, which takes up no one relative either).
SUBJECT_SEX = {"hij": "m", "zij": "f", "ze": "f"}
UNAMBIGUOUS_SUBJECTS = ("hij", "zij")
THIRD_PERSON_POSSESSIVES = ("zijn", "haar")
THIRD_PERSON_OBJECTS = ("hem",)
#: Words that make the noun after them its object: after "ze" they show "ze" is the subject
#: ("Met 8,04 bleef ze de favoriete Oudendijk voor").
OBJECT_DETERMINERS = ("de", "het", "een")
#: Conjunctions that open a main clause of its own: a name right after one is that clause's subject
#: ("Roest opende snel, maar Eitrem hield het hoofd koel"); after "toen", "terwijl" or "nadat"
#: it is the subject of a subordinate clause only.
COORDINATING_CONJUNCTIONS = ("maar", "want", "en")

#: "als" compares only after one of these in its clause ("even snel als Kok", "dezelfde tijd als
#: Leerdam"); else it opens a clause of time or condition, whose subject the name after it is:
#: "Het is maandagochtend als 't Mannetje aanschuift".
COMPARISON_LEADS = ("zo", "even", "net", "evenveel", "evenzeer", "dezelfde", "hetzelfde", "zelfde", "eender", "zoveel", "evengoed")
