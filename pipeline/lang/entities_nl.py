"""Named things the statistical model is weak on: competitions, sports organisations, demonyms.

Data only: pipeline.entities turns these into spaCy EntityRuler patterns. These are
general resources of the domain (federations, broadcasters, recurring competitions),
never the people of any particular article.
"""

from .names import FAMILY_ROLES
from .sport_nl import REGIONAL_DEMONYM_ADJECTIVES, REGIONAL_DEMONYM_NOUNS, WIN_VERBS

#: Competitions and recurring events, as token sequences (case as written in Dutch news).
COMPETITIONS = (
    "Olympische Winterspelen", "Olympische Zomerspelen", "Olympische Spelen", "Paralympische Spelen",
    "Paralympische Winterspelen", "Winterspelen", "Zomerspelen", "Europese Spelen",
    "Tour de France", "Tour de France Femmes", "Giro d'Italia", "Giro", "Vuelta", "Vuelta a España",
    "Ronde van Vlaanderen", "Parijs-Roubaix", "Amstel Gold Race", "Milaan-Sanremo",
    "Luik-Bastenaken-Luik", "Ronde van Nederland", "Elfstedentocht", "Alternatieve Elfstedentocht", "World Cup", "Wereldbeker",
    "Champions League", "Europa League", "Conference League", "Eredivisie", "Eerste Divisie",
    "Wimbledon", "Roland Garros", "US Open", "Australian Open", "Diamond League",
    "Marathon van Rotterdam", "Rotterdam Marathon", "Dam tot Damloop", "Zevenheuvelenloop",
    "Holland Hockey Tour", "Nations League", "Ryder Cup", "Formule 1", "Grand Prix",
)

#: Words that open the name of a race or meeting, before a capitalised place or person: "Marathon
#: Rotterdam", "Memorial Van Damme" (one or two capitalised words after it), "Ronde van Zwitserland"
#: (after "van", and "de" or "het": "Ronde van de Achterhoek"; "Dwars door het Hageland" after "door").
EVENT_NAME_OPENERS = ("Marathon", "Memorial", "Trofeo", "Clásica", "Clasica")
EVENT_NAME_OF_OPENERS = ("Ronde van", "Omloop van", "Kampioenschap van", "Grand Prix van", "Dwars door")
#: Words that end the name of a race or meeting: "TCS Amsterdam Marathon", "FBK Games", "Ruddy
#: Bruggen Classic", "CPC Loop". A name the model tagged that ends in one, or that one follows, is a competition.
EVENT_NAME_HEADS = ("Marathon", "Games", "Classic", "Cup", "Trophy", "Trofee", "Meeting", "Challenge", "Spelen", "Loop", "Run", "Race")

#: Championship abbreviations: "WK afstanden", "EK allround", "NK sprint", "BK tijdrijden", "WK op de weg".
#: Besides these kinds, any one-word sport of `sport_nl.SPORT_NAMES` follows them ("WK kanosprint").
CHAMPIONSHIP_PREFIXES = ("WK", "EK", "NK", "BK", "OK")
CHAMPIONSHIP_KINDS = (
    "baan", "kunstijs", "natuurijs",  # "WK baan" (track cycling), "NK natuurijs" (marathon skating)
    "afstanden", "allround", "sprint", "shorttrack", "indoor", "atletiek", "baanwielrennen",
    "baanrenners", "wielrennen", "veldrijden", "mountainbike", "zwemmen", "kortebaan", "roeien",
    "marathonschaatsen", "schaatsen", "tijdrijden", "voetbal", "hockey", "handbal", "volleybal",
    "triatlon", "cross", "langebaan",
    "junioren", "beloften", "marathon", "biatlon", "langlaufen", "schansspringen", "kunstrijden",
    "snowboarden", "skiën", "judo", "turnen", "schermen", "zeilen", "kanovaren", "bmx", "triathlon",
)

#: Organisations: federations, national teams' umbrellas, broadcasters, well-known clubs.
ORGANISATIONS = (
    "TeamNL", "KNSB", "KNWU", "KNZB", "KNVB", "KNHB", "KNRB", "Atletiekunie", "NOC*NSF", "NOCNSF",
    "IOC", "ISU", "UCI", "FIFA", "UEFA", "World Athletics", "World Aquatics", "FINA", "WADA",
    "NOS", "Eurosport", "HBO Max", "Ziggo Sport", "Viaplay", "RTL", "RTL 7", "ANP", "AD", "NU.nl",
    "De Telegraaf", "Telegraaf", "Volkskrant", "NRC", "Trouw", "BBC", "Reuters",
    "Sporza", "VRT", "VTM", "RTBF", "Belga", "HLN", "Het Laatste Nieuws", "Het Nieuwsblad", "De Standaard",
    "Leeuwarder Courant", "Tubantia", "Dagblad van het Noorden", "Omrop Fryslân", "Omroep Brabant", "ESPN",
    "Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht",
    "Jumbo-Visma", "Visma-Lease a Bike", "Alpecin-Deceuninck", "Team DSM", "DSM-Firmenich",
    "Soudal Quick-Step", "Ineos Grenadiers", "UAE Team Emirates", "Lidl-Trek", "SD Worx",
    "Team Jumbo-Visma", "Reggeborgh", "Jumbo", "Kampina", "Holland Acht",
)

#: Nouns of an organisation: a name does not run on through a particle into one ("bondscoach Ruud
#: Oosterbaan van de Judo Bond Nederland", "Piet Jansen van de Zwembond"). Capitalised words that
#: follow the word after the particle, and endings of that word itself (lower case).
ORGANISATION_NOUNS = (
    "Bond", "Unie", "Federatie", "Vereniging", "Stichting", "Academie", "Club", "Comité", "Commissie",
    "Instituut", "Universiteit", "Ministerie", "Associatie", "Confederatie",
)
ORGANISATION_NOUN_ENDINGS = ("bond", "unie", "federatie", "vereniging", "stichting", "academie", "comité")

#: Members of a trade team or club: the name after "<noun> van" is the team, an organisation
#: ("de renner van Red Bull-Bora-hansgrohe", "de atleet van Lycurgus"), never a person. Not the
#: nouns of a teammate: "knecht van Vingegaard", "ploeggenoot van Kok" name a person.
TEAM_MEMBER_NOUNS = (
    "renner", "renners", "renster", "rensters", "rijder", "rijders", "rijdster", "rijdsters", "coureur",
    "kopman", "kopvrouw", "wielrenner", "wielrenster", "schaatser", "schaatsster", "shorttracker",
    "shorttrackster", "atleet", "atlete", "zwemmer", "zwemster", "roeier", "roeister",
    "sprinter", "sprintster", "loper", "loopster", "hordeloper", "hordeloopster", "judoka",
    "turner", "turnster", "triatleet", "baanrenner", "baanrenster",
)

#: A capitalised word after one of these is an organisation: "Team Reggeborgh", "Team Jumbo",
#: a sports club by its kind ("AV Impala" an athletics club, "Zwemclub Sneek", "Judovereniging Shintai").
ORG_LEAD_WORDS = (
    "Team", "Ploeg", "Schaatsploeg", "Club", "FC", "SC", "VV", "AV", "ZC", "RV", "WV", "TV",
    "Atletiekvereniging", "Zwemclub", "Zwemvereniging", "Judoclub", "Judovereniging", "Roeivereniging",
    "Schaatsvereniging", "IJsclub", "IJsvereniging", "Wielervereniging", "Turnvereniging", "Sportvereniging",
)

#: Nouns a heading opens with before whose it was ("Solo van Rinsma", "Zege voor Kramer"), as
#: a medal claims ("Goud voor Brinkhorst"): neither is part of the name.
HEADING_CLAIM_NOUNS = ("Solo", "Zege", "Winst", "Triomf", "Debuut", "Comeback", "Afscheid", "Primeur")

#: Words that a model tags but that are not entities for this product.
NOT_ENTITIES = (
    "Spelen", "WK", "EK", "NK", "OK", "Bron", "Olympische", "Olympisch",
    "Europese",  # ("de tweede Nederlandse Europese kampioen": a title's adjective, as "Olympische")
    "Ik", "Ze", "Zij", "Hij",
    "We", "Wij", "Het", "De", "Een", "Dat", "Dit", "Die", "En", "Maar", "Na", "Op", "In", "Toch",
    "Ook", "Nu", "Zo", "Daar", "Dan", "Waar", "Wie", "Wat", "Nog", "Dus", "Alle", "Tour", "Ronde",
    "Giro", "Vuelta", "Zowel", "Voor", "Met", "Volgens", "Tijdens", "Namens", "Achter", "Uitslag",
    # headings of a results list: "Tussentijden Van Dalen: 300 meter 25,61"
    "Uitslagen", "Einduitslag", "Eindstand", "Tussentijden", "Tussentijd", "Doorkomsttijden", "Rondetijden",
    # a newspaper's labels of a piece: "Column: de lange adem van de tien kilometer"
    "Column", "Commentaar", "Analyse", "Opinie", "Interview", "Reportage", "Achtergrond", "Liveblog", "Recensie",
    # a liveblog's entry headings: "10.00 uur: Start", "10.31 uur: Tempo ligt hoog"
    "Start", "Finish", "Tempo", "Einde",
    # a tussenkop's noun before whose it was: "Solo van Rinsma", "Zege voor Kramer"
    *HEADING_CLAIM_NOUNS,
    # interjections opening a quote or sentence, Flemish ones too: "Amai, wat een koers"
    "Amai", "Allez", "Awel", "Tja", "Goh", "Oei", "Wauw", "Hoera", "Jippie",
)

#: Capitalised at a sentence's start, these words open no name (and are none alone): prepositions
#: spaCy's stop list lacks ("Naast Leerdam stond Kok"), quantifiers of a place ("Heel Drachten") and
#: number words (sport_nl.NUMBER_WORDS: "Achttien honderdste kwam hij tekort"). Not "Acht" alone: it ends "Holland Acht".
NOT_NAME_OPENERS = ("Naast", "Langs", "Via", "Dankzij", "Ondanks", "Richting", "Heel", "Half")
#: Uninflected nationality adjectives ("Belgisch kampioen", "Duits record"). Capitalised in Dutch,
#: the model glues them to the name before them ("Wout van Aert Belgisch kampioen").
NATIONALITY_ADJECTIVES = (
    "Nederlands", "Belgisch", "Europees", "Duits", "Frans", "Brits", "Engels", "Italiaans", "Spaans",
    "Portugees", "Noors", "Zweeds", "Deens", "Fins", "Zwitsers", "Oostenrijks", "Pools", "Tsjechisch",
    "Sloveens", "Iers", "Amerikaans", "Canadees", "Japans", "Australisch", "Luxemburgs",
    # of a Dutch or Belgian region or city ("een Zeeuws randje")
    "Zeeuws", "Brabants", "Limburgs", "Twents", "Drents", "Gronings", "Haags", "Vlaams", "Waals",
    "Amsterdams", "Rotterdams", "Utrechts",
)
#: The nouns (and the endings of compounds) such an adjective qualifies after a name: "werd Sanne
#: Nederlands kampioen", "Wout van Aert Belgisch kampioen", "een Nederlands jeugdrecord". Before any
#: other word it ends no phrase, so it is a surname: "Noa Spaans mist het WK", "voor Noa Spaans op".
NATIONALITY_QUALIFIED_NOUN_ENDINGS = (
    "kampioen", "kampioene", "kampioenen", "kampioenschap", "kampioenschappen", "record", "records",
    "talent", "team", "elftal", "international", "randje",
)
#: ... of which these are names too ("Frans Timmermans", "Friedrich Engels"): they may end a name.
NATIONALITY_ADJECTIVES_ALSO_NAMES = ("Frans", "Engels")


def inflected(adjective: str) -> str:
    """`Duits` -> `Duitse`, `Portugees` -> `Portugese` (the form before a noun with "de")."""
    return adjective[:-2] + "se" if adjective.endswith("ees") else adjective + "e"


#: Verbs of racing and winning: a two- or three-word name right before one is the athlete doing
#: it ("Miho Takagi werd derde", "Tigst Assefa liep naar zilver"), whatever the model called it.
RACING_VERBS = (
    *WIN_VERBS, "werd", "eindigde", "eindigt", "finishte", "finisht", "pakte", "pakt", "klokte", "klokt",
    "liep", "loopt", "reed", "rijdt", "zwom", "zwemt", "sprintte", "veroverde", "greep", "schaatste",
    "roeide", "versloeg", "verbeterde", "prolongeerde", "snelde", "stormde", "kwam",
)

#: Capitalised words that precede a name without being part of it: titles and roles.
NAME_PREFIX_WORDS = (
    "Coach", "Bondscoach", "Hoofdcoach", "Assistent-coach", "Ploegleider", "Teamleider", "Teammanager",
    "Trainer", "Trainster", "Teamgenoot", "Teamgenote", "Ploeggenoot", "Ploeggenote",
    "Landgenoot", "Landgenote", "Kopvrouw", "Kopman", "Titelverdediger", "Titelverdedigster",
    "Wereldkampioen", "Wereldkampioene", "Kampioen", "Kampioene", "Oud-kampioen", "Debutant",
    "Debutante", "Schaatsster", "Schaatser", "Wielrenner", "Renner", "Atlete", "Atleet", "Zwemster",
    "Zwemmer", "Roeier", "Roeister", "Sprinter", "Sprintster", "Meneer", "Mevrouw", "Prins", "Koning",
    "Koningin", "Minister", "Premier", "Burgemeester", "Directeur", "Voorzitter", "Dokter",
    # what someone races: "Handbikester Anouk Verhoef", "Skiffeur Simon van Dorp"
    "Handbiker", "Handbikester", "Baanrenner", "Baanrenster", "Tandemrenner", "Shorttracker",
    "Shorttrackster", "Hordeloper", "Hordeloopster", "Verspringer", "Verspringster",
    "Hoogspringer", "Hoogspringster", "Marathonloper", "Marathonloopster", "Veldloper",
    "Veldloopster", "Langlaufer", "Langlaufster", "Biatleet", "Biatlete", "Triatleet", "Triatlete",
    "Skiffeur", "Skiffeuse", "Kanovaarder", "Kanovaarster", "Slotloper", "Slotloopster",
    "Slotzwemmer", "Slotzwemster",
    *(role.capitalize() for role in FAMILY_ROLES),  # "Vader Gerrit ter Veer"
    # the people around a race and the ones who report it: "Analiste Ellen van Dijk"
    "Analist", "Analiste", "Commentator", "Commentatrice", "Verslaggever", "Verslaggeefster", "Presentator",
    "Presentatrice", "Correspondent", "Columnist", "Manager", "Teammanager", "Ploegleider", "Sportdirecteur",
    "Woordvoerder", "Woordvoerster", "Fysiotherapeut", "Assistent-coach", "Schaatscoach", "Loopcoach",
)

#: Endings of the compound nouns for what someone races ("Paracanoeër", "Kogelstootster",
#: "Baanrenster"): such a word before a given name and surname is no part of the name.
RACER_NOUN_ENDINGS = (
    "canoeër", "kanoër", "vaarder", "vaarster", "loper", "loopster", "renner", "renster", "rijder",
    "rijdster", "zwemmer", "zwemster", "schaatser", "schaatster", "springer", "springster", "roeier",
    "roeister", "atleet", "atlete", "werper", "werpster", "stoter", "stootster",
    # sports of weight, apparatus, weapon, bow and board: "Turnster", "Degenschermster", "Windsurfster"
    "turnster", "turner", "schermster", "schermer", "judoka", "taekwondoka", "surfster", "surfer",
    "zeiler", "zeilster", "schutter", "schutster", "bokser", "bokster", "worstelaar", "gewichtheffer",
    # winter sports: "Snowboarder Kobe Willems", "Biatlete Lotte ter Haar"
    "boarder", "boardster", "skiër", "skiester", "laufer", "laufster", "biatleet", "biatlete", "bobsleeër",
    "skeletonner", "kunstrijder", "kunstrijdster", "curler",
)

#: Nouns for people of a nation ("de Noor", "de Belg"): context for a following name, not entities.
DEMONYM_NOUNS = (
    "Noor", "Noorse", "Belg", "Belgische", "Duitser", "Duitse", "Italiaan", "Italiaanse", "Fransman",
    "Française", "Franse", "Brit", "Britse", "Amerikaan", "Amerikaanse", "Canadees", "Canadese",
    "Japanner", "Japanse", "Chinees", "Chinese", "Zweed", "Zweedse", "Deen", "Deense", "Fin", "Finse",
    "Pool", "Poolse", "Rus", "Russische", "Oostenrijker", "Oostenrijkse", "Zwitser", "Zwitserse",
    "Spanjaard", "Spaanse", "Portugees", "Portugese", "Keniaan", "Keniaanse", "Ethiopiër",
    "Ethiopische", "Australiër", "Australische", "Zuid-Koreaan", "Zuid-Koreaanse", "Kazach",
    "Kazachse", "Tsjech", "Tsjechische", "Sloveen", "Sloveense", "Nederlander", "Nederlandse",
    "Nederlanders", "Noren", "Belgen", "Duitsers", "Italianen", "Fransen", "Britten", "Amerikanen",
    "Canadezen", "Japanners", "Chinezen", "Denen", "Russen", "Oostenrijkers",
    "Zwitsers", "Spanjaarden", "Kenianen", "Ethiopiërs", "Australiërs", "Jamaicaan", "Jamaicaanse",
    "Hongaar", "Hongaarse", "Ier", "Ierse", "Schot", "Schotse", "Engelsman", "Engelse",
    "Griek", "Griekse", "Grieken", "Roemeen", "Roemeense", "Oekraïner", "Oekraïense", "Koreaan",
    "Koreaanse", "Estse", "Letse", "Litouwer", "Litouwse", "Kroaat", "Kroatische",
    "Serviër", "Servische", "Bulgaar", "Bulgaarse", "Slowaak", "Slowaakse", "Mexicaan", "Mexicaanse",
    "Colombiaan", "Colombiaanse", "Braziliaan", "Braziliaanse", "Argentijn", "Argentijnse", "Marokkaan",
    "Marokkaanse", "Eritreeër", "Eritrese", "Oegandees", "Oegandese", "Nieuw-Zeelander", "Nieuw-Zeelandse",
    "Zuid-Afrikaan", "Zuid-Afrikaanse", "Turk", "Turkse", "Israëliër", "Israëlische", "Indiër", "Indiase",
    "Georgiër", "Georgische", "Azerbeidzjaan", "Azerbeidzjaanse", "Armeniër", "Armeense", "Oezbeek",
    "Oezbeekse", "Iraniër", "Iraanse", "Egyptenaar", "Egyptische", "Tunesiër", "Tunesische", "Cubaan",
    "Cubaanse", "Chileen", "Chileense", "Indonesiër", "Indonesische", "Thaise", "Mongoolse", "Moldavische",
    # people of a Dutch or Belgian region or city
    *(word for vocabulary in (REGIONAL_DEMONYM_NOUNS, REGIONAL_DEMONYM_ADJECTIVES)
      for words in vocabulary.values() for word in words),
)

#: Words that open place names and are also given names somewhere ("Santa Cruz", "Monte Carlo",
#: "Sierra Nevada", "Le Mans"): a place of two words opening with one is no person for that.
PLACE_NAME_OPENERS = (
    "San", "Santa", "Santo", "São", "Saint", "Sainte", "Sankt", "Sint", "Mont", "Monte", "Le", "La", "Les",
    "El", "Los", "Las", "Nova", "Novo", "Villa", "Sierra", "Isla", "Mar", "Port", "Porto", "Puerto", "Costa",
    "Rio", "Lake", "Fort", "Mount", "Cape", "Bad", "Gran",
)
#: A one-day classic is named by the towns it runs between, hyphenated ("Gent-Wevelgem",
#: "Parijs-Nice", "Kuurne-Brussel-Kuurne"), a shape places ("Zuid-Korea", "Sint-Niklaas") and
#: double surnames share. It is the race where the article says it was won: after one of these
#: ("de winnaar van Gent-Wevelgem")...
CLASSIC_WON_BEFORE = ("winnaar van", "winnares van", "winst in", "zege in", "overwinning in")
#: ... or before one of these, its winner named earlier in the clause ("Vandenhende heeft zondag
#: Gent-Wevelgem gewonnen"; in "Zondag heeft Koning-Bakker gewonnen" the name is the winner).
CLASSIC_WON_AFTER = ("gewonnen", "winnen", "op zijn naam", "op haar naam")
#: Words that open a hyphenated place's name, not a town of a classic: "Noord-Holland", "Oost-Vlaanderen".
COMPASS_NAME_OPENERS = ("Noord", "Zuid", "Oost", "West", "Midden", "Centraal", "Nieuw", "Oud", "Groot", "Klein", "Hoog", "Neder", "Opper")
#: Prepositions that go before persons as often as before places ("wachten op Kok", "de titel ging
#: naar De Boo"): only a one-word name after one, that no full name in the article holds, is a place
#: for them ("op Papendal", "naar Schiphol").
ONE_WORD_PLACE_PREPOSITIONS = ("op", "naar", "vanaf")
#: Prepositions of place: a one-word organisation after one is a place the model mistook ("in Hamar").
#: With an article ("op de Bosbaan", "in het Vikingskipet") only a place follows: a person takes none.
PLACE_PREPOSITIONS = ("in", "uit", "te", "op de", "op het", "in het", *ONE_WORD_PLACE_PREPOSITIONS)
#: A person's surname that is also a town ("Lars Hoogeveen uit Hoogeveen") is the town after these
#: prepositions and quantifiers ("In Hoogeveen hadden ze de vlaggen klaar", "half Hoogeveen kijkt mee")...
TOWN_BEFORE = ("in", "uit", "te", "half", "heel")
#: ...but not after a word that takes a person with "in" ("vertrouwen in Willems"), nor before
#: "een" ("ziet in Ten Boer een renner voor de toekomst") or an age ("erkennen in Bouwhuis (26)").
PERSON_AFTER_IN = ("vertrouwen", "vertrouwt", "vertrouwde", "geloof", "gelooft", "geloven", "geloofde", "erkennen",
                   "erkent", "erkende", "herkennen", "herkent", "herkende", "interesse")
#: A relative adverb of place after a name makes it a place, whatever came before ("terug naar
#: Ten Boer, waar de dorpsvereniging ..."); a person takes "die".
PLACE_RELATIVE = "waar"

#: Words that make a "given name + word" span a place or an organisation, not a person:
#: "Max Aicher Arena", "Salt Lake City".
VENUE_WORDS = (
    "Arena", "Stadion", "Stadium", "City", "Park", "Hal", "Hall", "Centre", "Center", "Circuit",
    "Velodrome", "Velódromo", "Baan", "Bad", "Plaza", "Dome", "Ring", "Sportboulevard", "Oval",
    "Ijsstadion", "IJsstadion", "Sportcentrum", "Team", "Club", "Huis",
)
#: ... of which these also end the names of teams, clubs and houses of all kinds ("Team Jumbo"),
#: and these, in an organisation's name, a club's ("Manchester City").
VENUE_WORDS_OF_ORGANISATIONS = ("Team", "Club", "Huis")
#: A name that opens with a capitalised "De" inside a sentence ("De Scheg", "De Dolfijn") is a
#: venue after a noun with one of these endings ("de ijsbaan De Smelt") or after "in" or "op"...
VENUE_NOUN_ENDINGS = ("baan", "hal", "bad", "stadion", "centrum", "sportpark", "ijsstadion")
ARTICLE_NAME_PLACE_PREPOSITIONS = ("in", "op")
#: ... and a club after one with these ("de vereniging De Zwette", "jeugdclub De Zijl") or elsewhere.
CLUB_NOUN_ENDINGS = ("vereniging", "club", "ploeg")
VENUE_WORDS_OF_CLUBS = ("City",)
