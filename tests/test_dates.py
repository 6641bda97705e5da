"""Stage 4: temporal normalization (pipeline.dates)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import extract_dates, sentence_tense

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
HEADER_RE = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]?")


def seed(prefix: str) -> tuple[str, date]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    raw = path.read_text(encoding="utf-8")
    m = HEADER_RE.match(raw)
    return raw[m.end():], date.fromisoformat(m.group(1))


def triples(text: str, published, **kw) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.granularity) for d in extract_dates(text, published, **kw)]


def values(text: str, published, sentences=None) -> dict[str, str]:
    return {d.text: d.value for d in extract_dates(text, published, sentences)}


# --- seeds ------------------------------------------------------------------------------


def test_seed_002_published_monday():
    body, published = seed("002")
    assert published == date(2026, 2, 9)
    assert triples(body, published) == [
        ("maandag", "2026-02-09", "day"),
        ("maandag", "2026-02-09", "day"),
        ("maandagavond", "2026-02-09", "day"),
        ("zondag 15 februari", "2026-02-15", "day"),
        ("vrijdag 20 februari", "2026-02-20", "day"),
    ]


def test_seed_001_published_sunday():
    body, published = seed("001")
    got = triples(body, published)
    assert [t for t in got if t[0] == "zondag"] == [("zondag", "2026-02-15", "day")] * 4
    assert [t for t in got if t[0] != "zondag"] == [("2014", "2014", "year")] * 2


def test_seed_000_year_only():
    body, published = seed("000")
    # `1000 meter` (twice) and `1.12,59` must not yield dates.
    assert triples(body, published) == [("2024", "2024", "year")]


def test_offsets_point_into_text_on_seeds():
    for prefix in ("000", "001", "002"):
        body, published = seed(prefix)
        for d in extract_dates(body, published):
            assert body[d.start : d.end] == d.text


def test_seed_without_publication_date_keeps_only_fixed_values():
    body, _ = seed("002")
    assert triples(body, None) == []  # weekdays and yearless dates need the reference date
    body, _ = seed("001")
    assert triples(body, None) == [("2014", "2014", "year")] * 2


# --- weekdays and tense ------------------------------------------------------------------

WED = date(2026, 2, 11)  # a Wednesday


def test_weekday_past_when_sentence_reports():
    assert values("Kok won zaterdag de 500 meter.", WED) == {"zaterdag": "2026-02-07"}
    assert values("Zij heeft maandag goud gewonnen.", WED) == {"maandag": "2026-02-09"}


@pytest.mark.parametrize("sentence", [
    "De zwemsters hebben dinsdag goud veroverd op de estafette.",  # ver-: no ge- in the participle
    "Zij heeft dinsdag de titel behaald.",  # be-
    "Hij heeft dinsdag de wedstrijd opgegeven.",  # a separable particle before ge-
])
def test_weekday_past_with_participles_of_every_shape(sentence):
    assert values(sentence, WED) == {"dinsdag": "2026-02-10"}


def test_strong_participle_without_ge_does_not_make_a_report():
    # "verdedigen" would read like "verloren"-type participles: only weak ones (-d, -t) count.
    assert values("Zij hebben dinsdag de titel te verdedigen.", WED) == {"dinsdag": "2026-02-17"}


def test_weekday_future_when_sentence_announces():
    assert values("Kok gaat zaterdag de 500 meter rijden.", WED) == {"zaterdag": "2026-02-14"}
    assert values("De 1500 meter staat vrijdag op het programma.", WED) == {"vrijdag": "2026-02-13"}
    assert values("Ze rijdt op maandag ook nog de 1500 meter.", WED) == {"maandag": "2026-02-16"}


def test_weekday_same_day_is_publication_day():
    assert values("Ze gaat woensdag rijden.", WED) == {"woensdag": "2026-02-11"}
    assert values("Ze won woensdagavond.", WED) == {"woensdagavond": "2026-02-11"}


def test_weekday_unclear_tense_defaults_to_coming_day():
    # No past form: a present-tense clause about a plan (measured default, see module doc).
    assert sentence_tense("Het toernooi wordt dinsdag afgesloten.") is None
    assert values("Het toernooi wordt dinsdag afgesloten.", WED) == {"dinsdag": "2026-02-17"}
    assert values("Het WK duurt tot en met zondag.", WED) == {"zondag": "2026-02-15"}


def test_weekday_tense_is_judged_per_clause():
    text = "Kok, die op de 1500 meter niet van start ging, rijdt zaterdag de 500 meter."
    assert values(text, WED) == {"zaterdag": "2026-02-14"}
    text = "De roeier, die zondag in 6.41,17 wereldkampioen werd, had zijn medaille om."
    assert values(text, WED) == {"zondag": "2026-02-08"}
    assert values("Groenewoud krijgt zondag nog een kans, waar ze vorig jaar won.", WED)["zondag"] == "2026-02-15"


def test_a_heading_takes_the_tense_of_the_text_it_heads():
    # the sentence splitter joins a heading without a full stop to the lead below it
    text = "Hazeleger bezorgt TeamNL een gouden donderdag\n\nHet was een van de beste dagen van de Spelen."
    assert values(text, WED, sentences=[(0, len(text))]) == {"donderdag": "2026-02-05"}
    text = "Uitslagen EK baan in Anadia (Portugal), zaterdag\n\nAchtervolging, beloften (4 kilometer)\n1. Dykstra"
    assert values(text, WED, sentences=[(0, len(text))]) == {"zaterdag": "2026-02-07"}
    # ... but a clause below the heading keeps its own tense
    text = "Uitslagen\n\nDe ploeg rijdt zaterdag de finale"
    assert values(text, WED, sentences=[(0, len(text))]) == {"zaterdag": "2026-02-14"}


def test_strong_past_forms_report():
    assert values("Vanhoudt schreef zondag geschiedenis.", WED) == {"zondag": "2026-02-08"}


def test_bracketed_aside_does_not_split_a_clause():
    # the verb is before the age in brackets, the weekday after them
    assert values("In Holwerd zat moeder Gerda (52) zondagavond voor de televisie.", WED) == {"zondagavond": "2026-02-08"}
    # ... but a weekday inside the brackets is judged on what is inside them
    assert values("Kok won (ze rijdt zaterdag weer) de 500 meter.", WED) == {"zaterdag": "2026-02-14"}


def test_results_header_reports():
    assert values("Uitslag 1500 meter vrouwen (zaterdag)", WED) == {"zaterdag": "2026-02-07"}


def test_weekday_plan_preposition_in_present_tense():
    assert values("Ze is op zondag de favoriete.", WED) == {"zondag": "2026-02-15"}


def test_weekday_modifiers_override_tense():
    assert values("Ze gaat afgelopen zondag nog eens bekijken.", WED) == {"afgelopen zondag": "2026-02-08"}
    assert values("Ze won en rijdt aanstaande zondag weer.", WED) == {"aanstaande zondag": "2026-02-15"}


def test_the_part_of_a_month_is_in_its_span_and_the_value_stays_the_month():
    assert triples("Eind maart won ze het NK. Begin september rijdt ze het WK, medio mei de eerste wedstrijd.", WED) == [
        ("Eind maart", "2025-03", "month"), ("Begin september", "2026-09", "month"), ("medio mei", "2026-05", "month")]
    # (a part without its month is no date)
    assert triples("Aan het eind van de rit won ze.", WED) == []


def test_a_weekday_the_article_named_is_that_day_unless_a_schedule_opens_with_it():
    text = ("Een overzicht van donderdag 12 februari. In de medaillespiegel staat Nederland na donderdag op vier gouden. "
            "Donderdag begint het toernooi van de vrouwen.")
    got = triples(text, date(2026, 2, 13))
    assert got[1] == ("donderdag", "2026-02-12", "day")
    assert got[2] == ("Donderdag", "2026-02-19", "day")  # (a schedule: the coming one)
    # (a weekday no earlier date names keeps the tense rules: present tense, the coming one)
    assert values("Nederland staat na woensdag op vier gouden.", date(2026, 2, 13)) == {"woensdag": "2026-02-18"}
    # (a bare weekday a past cue put before the publication day names that day; one the unclear
    # tense's default put in the coming week, "Woensdag lachte hij", names none)
    text = ("Wie woensdag naar de tijdrit keek, zag een winnaar. Woensdag lachte hij het laatst. "
            "Zo'n tijdrit als woensdag rijd je niet per toeval.")
    assert [v for _, v, _ in triples(text, date(2025, 10, 5))] == ["2025-10-01", "2025-10-08", "2025-10-01"]


def test_a_capitalised_month_is_a_date_with_its_year_only():
    assert triples('"Februari 2026. Ik probeer er niet aan te denken." Maart reed ook.', WED) == [
        ("Februari 2026", "2026-02", "month")]


def test_since_a_weekday_points_back_and_stays_out_of_the_span():
    assert values("Het spandoek hangt al sinds woensdag aan de gevel.", date(2026, 2, 1)) == {"woensdag": "2026-01-28"}


def test_future_perfect_is_a_report():
    assert sentence_tense("Ze zal daar maandag wel van hebben gebaald.") == "past"


def test_habitual_weekday_is_not_a_date():
    assert values("Ze traint elke zondag in Thialf.", WED) == {}


def test_sentence_bounds_are_used():
    text = "Ze won zaterdag. Ze rijdt op vrijdag"
    # As one sentence the past cue `won` makes vrijdag the past one; split, it is a plan.
    one = triples(text, WED, sentence_bounds=[(0, len(text))])
    two = triples(text, WED, sentence_bounds=[(0, 16), (17, len(text))])
    assert one == [("zaterdag", "2026-02-07", "day"), ("vrijdag", "2026-02-06", "day")]
    assert two == [("zaterdag", "2026-02-07", "day"), ("vrijdag", "2026-02-13", "day")]
    # Without bounds the regex splitter finds the same two sentences.
    assert triples(text, WED) == two


# --- explicit dates ------------------------------------------------------------------------


def test_year_inference_around_new_year():
    assert triples("De race is op 3 januari.", date(2026, 12, 30)) == [("3 januari", "2027-01-03", "day")]
    assert triples("Hij won op 28 december.", date(2027, 1, 2)) == [("28 december", "2026-12-28", "day")]


def test_weekday_date_agreement_tries_neighbouring_year():
    # 2 januari 2027 is a Saturday; 2 januari 2026 is a Friday.
    assert values("Ze won op vrijdag 2 januari.", date(2026, 12, 20)) == {"vrijdag 2 januari": "2026-01-02"}
    assert values("Ze rijdt zaterdag 2 januari.", date(2026, 12, 20)) == {"zaterdag 2 januari": "2027-01-02"}


def test_weekday_date_disagreement_date_wins():
    # 15 februari 2026 is a Sunday; no neighbouring year makes it a Tuesday.
    assert triples("op dinsdag 15 februari", date(2026, 2, 9)) == [("dinsdag 15 februari", "2026-02-15", "day")]
    # With a written year the date as written always wins.
    assert triples("dinsdag 15 februari 2026", None) == [("dinsdag 15 februari 2026", "2026-02-15", "day")]


def test_full_and_numeric_dates():
    assert triples("op 15 februari 2026 in Milaan", None) == [("15 februari 2026", "2026-02-15", "day")]
    assert triples("Datum: 15-02-2026.", None) == [("15-02-2026", "2026-02-15", "day")]
    assert triples("Datum: 5-2-2026.", None) == [("5-2-2026", "2026-02-05", "day")]
    assert triples("op 1 mrt. 2026", None) == [("1 mrt. 2026", "2026-03-01", "day")]
    assert triples("op 31-02-2026", None) == []  # not in the calendar


def test_months():
    pub = date(2026, 2, 9)
    assert triples("In februari 2025 won ze.", pub) == [("februari 2025", "2025-02", "month")]
    assert triples("Het WK is in maart.", pub) == [("maart", "2026-03", "month")]
    assert triples("Ze won in november.", pub) == [("november", "2025-11", "month")]
    assert triples("In maart 2014 en mei 1998", None) == [("maart 2014", "2014-03", "month"), ("mei 1998", "1998-05", "month")]
    assert triples("Ze won in februari.", None) == []
    # A month follows the tense of its clause; unclear (present tense) -> the coming one.
    assert triples("Maar februari is nog ver weg.", date(2025, 3, 15)) == [("februari", "2026-02", "month")]
    assert triples("In juni won ze.", date(2025, 3, 1)) == [("juni", "2024-06", "month")]
    assert triples("Het WK in juni.", date(2025, 3, 1)) == [("juni", "2025-06", "month")]
    # (nearer last October than next, but a season that begins has not begun yet)
    assert triples("Het nieuwe seizoen begint in oktober.", date(2024, 3, 18)) == [("oktober", "2024-10", "month")]
    assert triples("De Spelen, die in juli beginnen.", date(2024, 1, 12)) == [("juli", "2024-07", "month")]
    assert triples("Maartje en maartse buien", pub) == []


def test_more_verbs_of_a_race_report_make_the_past():
    assert values("Dinsdag strandde ze in de halve finale.", date(2025, 8, 1)) == {"Dinsdag": "2025-07-29"}


# --- years ----------------------------------------------------------------------------------


def test_years_need_a_cue():
    assert triples("Zij werd in 2014 derde.", None) == [("2014", "2014", "year")]
    assert triples("Sinds 1998 en 2002 wint ze.", None) == [("1998", "1998", "year"), ("2002", "2002", "year")]
    assert triples("Het jaar 2030 wordt mooi.", None) == [("2030", "2030", "year")]
    assert triples("Ze scoorde 2014 punten.", None) == []
    assert triples("Ze scoorde voor 2014 punten.", None) == []
    assert triples("Het oude record dateerde uit 2019.", None) == [("2019", "2019", "year")]
    assert triples("Iedereen denkt al aan 2028.", None) == [("2028", "2028", "year")]
    assert triples("Hij liep uit 2000 meter weg.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "op de 1000 meter",
        "na 1000 meter",
        "na 2000 meter",
        "in 2000 m",
        "een tijd van 13,59",
        "na 1.12,59 over de lijn",
        "op de 10.000 meter",
        "in 10.000 meter",
        "in 2014,5 seconden",
        "om 16.00 uur",
        "de afgelopen drie jaar",
        "deze weken",
        "'s morgens vroeg",
        "de volgende morgen",
        "nu en ooit",
    ],
)
def test_not_dates(text):
    assert extract_dates(text, date(2026, 2, 9)) == []


# --- relative expressions --------------------------------------------------------------------


def test_relative_days():
    pub = date(2026, 2, 9)
    assert triples("Gisteren won ze, vandaag rust ze, morgen rijdt ze.", pub) == [
        ("Gisteren", "2026-02-08", "day"),
        ("vandaag", "2026-02-09", "day"),
        ("morgen", "2026-02-10", "day"),
    ]
    assert values("eergisteren en overmorgen", pub) == {"eergisteren": "2026-02-07", "overmorgen": "2026-02-11"}
    assert values("gisteravond", pub) == {"gisteravond": "2026-02-08"}
    assert values("zondagmorgen won ze", pub) == {"zondagmorgen": "2026-02-08"}
    assert values("zondagnamiddag won ze", pub) == {"zondagnamiddag": "2026-02-08"}  # Flemish
    assert values("Op zondag bouwde ze haar voorsprong uit.", pub) == {"zondag": "2026-02-08"}
    assert values("Zaterdag draaiden de rollen om.", pub) == {"Zaterdag": "2026-02-07"}


def test_relative_weeks_months_years():
    pub = date(2026, 2, 11)  # Wednesday of ISO week 7 (Monday 2026-02-09)
    assert triples("Vorige week won ze.", pub) == [("Vorige week", "2026-02-02", "week")]
    assert triples("deze week", pub) == [("deze week", "2026-02-09", "week")]
    assert triples("volgende week", pub) == [("volgende week", "2026-02-16", "week")]
    assert triples("vorige maand", pub) == [("vorige maand", "2026-01", "month")]
    assert triples("vorig jaar", pub) == [("vorig jaar", "2025", "year")]
    assert triples("volgend jaar", pub) == [("volgend jaar", "2027", "year")]
    assert triples("dit jaar", pub) == [("dit jaar", "2026", "year")]
    assert triples("het afgelopen jaar", pub) == []  # a duration
    assert triples("vorige week", None) == []


def test_previous_week_crosses_year_boundary():
    # 2027-01-01 is a Friday in ISO week 53 of 2026 (Monday 2026-12-28).
    assert values("vorige week", date(2027, 1, 1)) == {"vorige week": "2026-12-21"}
    assert values("vorige maand", date(2027, 1, 1)) == {"vorige maand": "2026-12"}


# --- robustness --------------------------------------------------------------------------------

_DATE_WORDS = st.sampled_from(
    ["maandag", "zondagavond", "15", "februari", "2026", "in", "2014", "-", "vorige week", "gisteren",
     "morgen", "de", "31", "02", "1.12,59", "meter", "zal", "won", "\n\n", ". ", "Mei", "mrt.", "29", "/"]
)
_TEXT = st.one_of(st.text(max_size=200), st.lists(_DATE_WORDS, max_size=40).map(" ".join))
_DATES = st.one_of(st.none(), st.dates())


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=_DATES)
def test_never_raises_and_offsets_hold(text, published):
    for d in extract_dates(text, published):
        assert text[d.start : d.end] == d.text
        assert d.granularity in ("day", "week", "month", "year")
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d.value)


def test_a_week_followed_by_a_weekday_is_that_day():
    # Published on Wednesday 2024-02-14: last week ran from Monday 2024-02-05.
    found = extract_dates("Vorige week zaterdag won Kok. Volgende week dinsdag rijdt ze weer.", date(2024, 2, 14))
    assert [(d.text, d.value, d.granularity) for d in found] == [
        ("Vorige week zaterdag", "2024-02-10", "day"),
        ("Volgende week dinsdag", "2024-02-20", "day"),
    ]


@pytest.mark.parametrize("sentence, tense", [
    ("Zondag overkwam Ter Schure op de 5000 meter hetzelfde.", "past"),  # a strong past after a prefix
    ("Hij overwon zondag zijn angst.", "past"),
    ("De afwas wacht zondag.", None),  # a short past form inside a noun is no verb
])
def test_a_prefixed_strong_past_form_reports(sentence, tense):
    assert sentence_tense(sentence) == tense


def test_a_verbless_elaboration_takes_its_sentences_tense():
    text = "In de wereldbeker klopte Blondin haar twee keer, onder meer in november in Salt Lake City."
    [month] = [d for d in extract_dates(text, date(2026, 2, 14)) if d.granularity == "month"]
    assert month.value == "2025-11"


@pytest.mark.parametrize("phrase, value, granularity", [
    ("Vier jaar geleden", "2022", "year"),
    ("een jaar geleden", "2025", "year"),
    ("5 maanden geleden", "2025-09", "month"),
    ("twee weken geleden", "2026-01-26", "week"),  # the Monday of that week
    ("3 dagen geleden", "2026-02-07", "day"),
])
def test_a_counted_period_back(phrase, value, granularity):
    [found] = extract_dates(f"{phrase} won ze.", date(2026, 2, 10))
    assert (found.text, found.value, found.granularity) == (phrase, value, granularity)


@pytest.mark.parametrize("phrase, value, granularity", [
    ("Over twee weken", "2026-02-23", "week"),  # the Monday of the week of 2026-02-24
    ("over een jaar", "2027", "year"),
    ("Over drie maanden", "2026-05", "month"),
    ("over 4 dagen", "2026-02-14", "day"),
])
def test_a_counted_period_ahead(phrase, value, granularity):
    [found] = extract_dates(f"{phrase} staat de volgende wedstrijd op het programma.", date(2026, 2, 10))
    assert (found.text, found.value, found.granularity) == (phrase, value, granularity)


@pytest.mark.parametrize("text", [
    "De tienkamp is verdeeld over twee dagen.",
    "Over vier jaar tijd groeide ze uit tot de beste.",
    "Ze won over drie dagen verspreid twee keer.",
])
def test_a_count_spread_over_time_is_no_date(text):
    assert extract_dates(text, date(2026, 2, 10)) == []


def test_a_goal_year_after_richting():
    assert values("Wat betekent dit zilver richting 2028?", date(2025, 10, 1)) == {"2028": "2028"}


def test_a_weekday_heading_a_list_of_results_is_past():
    # Sunday's article: the parser's sentences run the heading into the list and cut the list at
    # every rank ("... 2."), so the list is read by paragraph.
    text = ("Zaterdag\n\nMannen, 1000 meter: 1. Bram Loos NED 1.07,84 2. Pim Aa CAN 1.08,02"
            "\n\nVrijdag\n\nVrouwen, 1500 meter: 1. Ada Vos NED 1.54,80 2. Ine Lo NOR 1.55,12")
    cuts = [0] + [text.index(rank) + 2 for rank in ("1. Bram", "2. Pim", "1. Ada", "2. Ine")] + [len(text)]
    bounds = [(start + (start > 0), end) for start, end in zip(cuts, cuts[1:])]
    assert values(text, date(2025, 12, 14), bounds) == {"Zaterdag": "2025-12-13", "Vrijdag": "2025-12-12"}
    # a start list, ranks without times, announces
    assert values("Zaterdag\n\nMannen, 1000 meter: 1. Bram Loos 2. Pim Aa", date(2025, 12, 14)) == {"Zaterdag": "2025-12-20"}


def test_a_vague_count_back_is_no_date():
    assert extract_dates("Een paar jaar geleden won ze.", date(2026, 2, 10)) == []


def test_a_noun_shaped_like_a_participle_makes_no_perfect():
    # "zijn ... aan de beurt": present tense, a plan, so the coming Saturday (article of Thursday).
    [saturday] = extract_dates("De vrouwen zijn zaterdag aan de beurt, op een parcours van 141 kilometer.", date(2026, 6, 18))
    assert saturday.value == "2026-06-20"


def test_an_infinitive_equal_to_a_past_plural_does_not_report():
    # "zetten" after a modal is the infinitive: the month is the coming August.
    [month] = extract_dates("In augustus moeten we op het WK nog een stap zetten.", date(2026, 6, 13))
    assert month.value == "2026-08"


def test_the_word_before_a_date_is_read_in_its_own_sentence():
    # "op" ends the sentence before: "Morgen" opens its own and is tomorrow, not "op (de) morgen".
    [tomorrow] = extract_dates("Voor hen zit de klus er nog niet op. Morgen staat de 1500 meter op het programma.", date(2026, 2, 13))
    assert tomorrow.value == "2026-02-14"


def test_a_month_dating_a_competition_ahead_is_to_come_in_a_past_sentence():
    published = date(2025, 6, 1)
    goal = "De bondscoach sprak van een mooi fundament op weg naar het WK in september in Shanghai."
    assert values(goal, published) == {"september": "2025-09"}
    assert values("Ze werkte richting de Olympische Spelen in februari.", published) == {"februari": "2026-02"}
    assert values("Het NK was de laatste kans voor het WK in Tokio in september.", published) == {"september": "2025-09"}
    # ("voor september" alone may be any deadline, said of the past)
    assert values("Ze had voor september nooit gewonnen.", published) == {"september": "2024-09"}
    # (a competition reached, or only gone to, in the past stays in the past)
    assert values("Ze won op het WK in september goud.", published) == {"september": "2024-09"}
    assert values("Ze ging naar het EK in september en won.", published) == {"september": "2024-09"}
    # The month itself as the destination: "richting februari", said in a past sentence.
    assert values('"Ik wilde kilometers maken richting februari", zei ze.', published) == {"februari": "2026-02"}


def test_a_weekday_heading_takes_the_tense_of_the_paragraph_it_heads():
    text = ("Drie dagen, vier medailles.\n\n"
            "Vrijdag: Oudemaat verrast op de 3000 meter\n\n"
            "De openingsdag leverde meteen eremetaal op. Oudemaat liep naar brons.\n\n"
            "Zondag: goud als toetje\n\n"
            "Op de slotdag stond de 4x400 meter op het programma. De vrouwen wonnen.")
    # published on a Monday
    assert values(text, date(2026, 3, 23)) == {"Vrijdag": "2026-03-20", "Zondag": "2026-03-22"}


def test_a_plan_said_in_the_past_is_past():
    assert values("Zaterdag stond de 500 meter op het programma.", date(2026, 3, 23)) == {"Zaterdag": "2026-03-21"}
    assert values("Zaterdag staat de 500 meter op het programma.", date(2026, 3, 23)) == {"Zaterdag": "2026-03-28"}


def test_a_present_tense_verb_shaped_like_a_participle_announces_and_sleepte_reports():
    # "begint" is no participle of "beginnen" ("begonnen"): with "zijn seizoen" it is no perfect
    announced = extract_dates("De Holland Acht begint zijn seizoen eind mei met de wereldbeker in Varese.", date(2026, 4, 13))
    assert [(d.text, d.value) for d in announced] == [("eind mei", "2026-05")]
    reported = extract_dates("In het stadion sleepte TeamNL tussen zaterdag en maandag drie medailles in de wacht.", date(2025, 9, 16))
    assert [(d.text, d.value) for d in reported] == [("zaterdag", "2025-09-13"), ("maandag", "2025-09-15")]


def test_a_weak_verb_tagged_past_decides_a_weekday_the_word_lists_leave_open():
    text = "Zaterdagochtend keurde de KNSB het ijs goed."
    monday = date(2026, 1, 12)
    assert [d.value for d in extract_dates(text, monday)] == ["2026-01-17"]  # no cue: the coming one
    assert [d.value for d in extract_dates(text, monday, past_verbs=(text.index("keurde"),))] == ["2026-01-10"]


def test_the_pipeline_reads_past_tense_from_the_tagger_for_weak_verbs_only(model_path):
    from pipeline.config import RunConfig
    from pipeline.run import extract_text

    text = ("Zaterdagochtend keurde de KNSB het ijs goed. In augustus wacht het EK in Birmingham. "
            "Zaterdag volgen de finales.")
    ex = extract_text(text, date(2026, 1, 12), config=RunConfig(model=model_path))
    assert [(d.text, d.value) for d in ex.dates] == [
        ("Zaterdagochtend", "2026-01-10"), ("augustus", "2026-08"), ("Zaterdag", "2026-01-17")]
