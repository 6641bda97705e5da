"""Function words for telling Dutch text from other languages (pipeline.ingest.detect_language).

Pure data. Function words make up a third or more of the running words of any Dutch
news text, whatever the topic, and almost none of them are words of English, German or
French. Words shared with those languages ("in", "is", "was", "over", "had", "die",
"de", "en") are left out of the comparison lists where they would blur the vote.
"""

#: Dutch articles, pronouns, prepositions, conjunctions, auxiliaries and common adverbs.
DUTCH_FUNCTION_WORDS = frozenset(
    """
    de het een en van op te dat die niet is zijn voor met aan er maar om ook als bij nog wel
    naar uit dan of zo door over ze zich werd werden tot na haar hij zij wat geen al worden
    hebben heeft had kan kon konden meer deze dit wordt was waren omdat toen nu hun ons wij
    we jij je ik mij me mijn onze hem want hoe waar waarin waarna waarop alleen tegen zonder
    tussen onder sinds daar hier zal zullen zou zouden moet moeten mag mogen veel alle andere
    elke iets niets niemand iemand echter tijdens binnen buiten achter boven zelf zei zegt
    wie welke weer even toch eens heel erg dus daarna daarom daarmee waarmee wordt bent ben
    hadden zei werd geweest hele nooit altijd vaak soms al ondanks vanaf volgens wanneer
    terwijl nadat voordat hoewel zoals zowel noch
    """.split()
)

#: Dutch function words that are also common words of other languages (Spanish "de", "en",
#: English "in", "is", "was", German "die"...): not counted towards the Dutch share.
SHARED_WORDS = frozenset("de en in is was die of over had al me we zo na er door te dan hier".split())

#: Function words of the languages most often met instead of Dutch, to name the language
#: of a text that is not Dutch. Words that are also Dutch function words are left out.
OTHER_FUNCTION_WORDS = {
    "en": frozenset(
        """
        the and of to a that it for on with as at by from this be are not or have has
        an they you he she his her their we will would there been were which when who
        what but all can if about into than its also after more most said
        """.split()
    ),
    "de": frozenset(
        """
        der die das und nicht mit sich auf für ist ein eine einer eines dem den des im
        auch es sie er wir ich zu von sind wird wurde hat haben nach bei aus wie oder
        noch nur aber über dass vor zum zur kann durch gegen seine ihre schon
        """.split()
    ),
    "fr": frozenset(
        """
        le la les et des du un une est que qui dans pour pas sur au aux avec ce cette il
        elle ils sont ont par plus mais ou son sa ses leur été être fait comme nous vous
        """.split()
    ),
    "es": frozenset(
        """
        el los las del y que en por con para una su al lo como más pero sus le ya fue
        este esta entre cuando muy sin sobre también ha han
        """.split()
    ),
}

#: Below this many words a text is too short to judge: its language is "und" (undetermined).
MIN_WORDS = 12
#: Share of running words that must be Dutch function words for a text to count as Dutch.
#: Counting only words outside SHARED_WORDS, Dutch news articles score 0.25-0.35 and
#: English, German, French and Spanish texts about 0.00.
MIN_DUTCH_RATIO = 0.12
