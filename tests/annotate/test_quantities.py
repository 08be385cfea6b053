"""The quantity extractor: numerals, words, ranges, qualifiers, compounds, partitives, non-counts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc
from rashomon.bench.newsquant import change_class
from rashomon.quantities.counted import plural
from rashomon.quantities.numbers import parse_amount


def quantities(nlp: Language, text: str, dct: str | None = "2005-06-01") -> list:
    return nlp(make_doc(nlp, text, "d", dct))._.quantities


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("4,200", 4200, 4200, 4200),
        ("twenty-two", 22, 22, 22),
        ("two dozen", 24, 24, 24),
        ("1.5 million", 1_500_000, 1_500_000, 1_500_000),
        ("several hundred", None, 300, 900),
        ("dozens", None, 24, 99),
        ("a handful", None, 3, 7),
        ("tens of thousands", None, 20_000, 99_000),
        ("three hundred and five", 305, 305, 305),
    ],
)
def test_parse_amount(text: str, value: float | None, low: float, high: float) -> None:
    amount = parse_amount(text)
    assert (amount.value, amount.low, amount.high) == (value, low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "counted"),
    [
        ("Rescuers said about 40 miners were trapped.", "about 40", 36, 44, "miners"),
        ("More than 50 villages were flooded.", "More than 50", 50, None, "villages"),
        ("Almost 300 families fled the valley.", "Almost 300", 270, 300, "families"),
        ("Up to 12 boats sank in the harbour.", "Up to 12", None, 12, "boats"),
        ("Twenty-two climbers reached the summit.", "Twenty-two", 22, 22, "climbers"),
        (
            "Several hundred protesters rallied at the ministry.",
            "Several hundred",
            300,
            900,
            "protesters at the rally",
        ),
        ("The army sent a 200-man battalion to the border.", "200", 200, 200, "battalion of 200 men"),
        ("Police arrested every one of the 9 smugglers.", "9", 9, 9, "smugglers"),
        ("Closer to 300 families fled the valley.", "Closer to 300", 270, 330, "families"),
    ],
)
def test_counts_with_qualifiers_and_what_they_count(
    nlp: Language, sentence: str, text: str, low: float | None, high: float | None, counted: str
) -> None:
    found = [q for q in quantities(nlp, sentence) if q.text == text]
    assert len(found) == 1, [q.text for q in quantities(nlp, sentence)]
    quantity = found[0]
    assert quantity.low == pytest.approx(low) if low is not None else quantity.low is None
    assert quantity.high == pytest.approx(high) if high is not None else quantity.high is None
    assert quantity.counted.endswith(counted)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company was founded in 1987 in a small town.",
        "Call 555-123-4567 for details.",
        "The operator runs 4G networks.",
        "He won a third term.",
        "26-FEB-1987",
        "The strike began on March 3 and ended later.",
        "See Section 427, Row 21, for the seats.",
        "She finished 22nd in the race.",
        "Write to Box 3486, Springfield, IL 60654.",
        "The meeting starts at 10:30 tomorrow.",
        "The S&P 500 and the FTSE 100 were closed.",
        "The CAC 40 and DAX 30 both rose.",
        "The shop is open 24/7.",
        "The firm reported results for the quarter.",
    ],
)
def test_years_dates_phone_numbers_and_identifiers_are_not_counts(nlp: Language, sentence: str) -> None:
    assert quantities(nlp, sentence) == []


def test_a_number_after_a_place_name_is_no_age(nlp: Language) -> None:
    found = quantities(nlp, "He moved to Springfield, 12, last year.")
    assert all(q.unit != "year of age" for q in found)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Voters must be 18 or older.", 18), ("The store sells 24 kinds of bread.", 24)],
)
def test_a_number_outside_every_date_is_a_count(nlp: Language, sentence: str, value: float) -> None:
    assert [q.value for q in quantities(nlp, sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police estimated 40,000 marchers in the square.", "Police"),
        ("According to the health ministry, 212 people died.", "health ministry"),
        ("The organisers said 90,000 people took part.", "organisers"),
    ],
)
def test_speaker_of_attributed_numbers(nlp: Language, sentence: str, speaker: str) -> None:
    assert quantities(nlp, sentence)[0].speaker == speaker


def test_time_is_the_sentence_date_else_the_document_date(nlp: Language) -> None:
    found = quantities(nlp, "On 4 March 2005 some 300 workers struck.\n\nThen 20 returned.", "2005-06-01")
    assert [q.time for q in found] == ["2005-03-04", "2005-06-01"]


def test_units_and_money(nlp: Language) -> None:
    found = {
        q.text: q for q in quantities(nlp, "Prices rose 5 percent and the fund paid $300 to each family.")
    }
    assert found["5"].unit == "percentage"
    assert found["$300"].unit == "dollar"


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("The queue was about 14-18 kilometres long.", 14, 18, "kilometre"),
        ("The fine will be $3 billion to $5 billion.", 3e9, 5e9, "dollar"),
        ("Between 40 and 60 villagers were evacuated.", 40, 60, None),
        ("Revenue should reach 33-35 billion euros.", 33e9, 35e9, "euro"),
    ],
)
def test_written_ranges_are_one_quantity(
    nlp: Language, sentence: str, low: float, high: float, unit: str | None
) -> None:
    found = [q for q in quantities(nlp, sentence) if q.low is not None and q.high is not None]
    assert len(found) == 1, [(q.text, q.low, q.high) for q in quantities(nlp, sentence)]
    assert (found[0].value, found[0].low, found[0].high) == (None, pytest.approx(low), pytest.approx(high))
    if unit is not None:
        assert found[0].unit == unit


@pytest.mark.parametrize(
    ("sentence", "text", "value", "counted"),
    [
        ("One fourth of the students left.", "One fourth", 0.25, "students"),
        ("About a third of the workers lost their jobs.", "About a third", 1 / 3, "workers"),
        ("Two thirds of the rest quit.", "Two thirds", 2 / 3, "rest"),
        ("Nearly half of Americans own a gun.", "Nearly half", 0.5, "Americans"),
        ("Two-thirds of voters backed the plan.", "Two-thirds", 2 / 3, "voters"),
        ("Rates rose a quarter point.", "a quarter", 0.25, "point"),
        ("Production fell by about a third.", "about a third", 1 / 3, None),
        ("About 3/4 of the budget went to salaries.", "About 3/4", 0.75, "budget"),
        ("He won 2/3 of the vote.", "2/3", 2 / 3, "vote"),
        ("The pipe is 1 1/2 inches wide.", "1 1/2", 1.5, "inches"),
        ("Only ¼ of voters came.", "Only ¼", 0.25, "voters"),
        ("Prices rose 2½ percent.", "2½", 2.5, "percent"),
        ("Around a quarter of adults smoke.", "Around a quarter", 0.25, "adults"),
        ("The trip takes two and a half hours.", "two and a half", 2.5, "hours"),
        ("He served 3 and a half years.", "3 and a half", 3.5, "years"),
        ("The deal is worth $1.2-billion.", "$1.2-billion", 1.2e9, "dollar"),
    ],
)
def test_fractions(nlp: Language, sentence: str, text: str, value: float, counted: str) -> None:
    found = quantities(nlp, sentence)[0]
    assert (found.text, found.value, found.counted) == (text, pytest.approx(value), counted)


def test_a_range_of_measures_is_not_a_year(nlp: Language) -> None:
    (found,) = quantities(nlp, "Adults need 2000 - 2500 Calories a day.")
    assert (found.low, found.high, found.unit) == (2000, 2500, "calorie per day")


def test_a_change_then_a_new_level_is_not_a_range(nlp: Language) -> None:
    found = quantities(nlp, "Oil prices jumped $2.50 to $95 a barrel.")
    assert [(q.value, q.qualifier, q.unit) for q in found] == [
        (2.5, "up", "dollar"),
        (95, None, "dollar per barrel"),
    ]


def test_a_qualifier_before_a_currency_symbol(nlp: Language) -> None:
    (found,) = quantities(nlp, "The deal values the company at about $4.5bn.")
    assert (found.text, found.qualifier, found.low, found.high) == ("about $4.5bn", "about", 4.05e9, 4.95e9)


@pytest.mark.parametrize(
    "sentence",
    ["Shares fell 85 cents, or 3.4%, to $24.15.", "The company cut 1,200 jobs, or 8 percent of its staff."],
)
def test_a_restated_change_keeps_its_direction(nlp: Language, sentence: str) -> None:
    found = quantities(nlp, sentence)
    assert [q.qualifier for q in found][:2] == ["down", "down"]


def test_a_point_in_time_is_not_a_rate(nlp: Language) -> None:
    found = quantities(nlp, "The deficit was £9.8bn a year earlier.")
    assert [(q.value, q.unit) for q in found] == [(9.8e9, "pound sterling")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Barcelona beat Real Madrid 3-1 as the Boeing 747-400 flew over.",
        "The home side won 2-1 after extra time.",
        "The bill passed the Senate 52-48 on Thursday.",
        "The teams drew 2–2.",
    ],
)
def test_a_score_or_a_vote_and_a_model_number_are_no_counts(nlp: Language, sentence: str) -> None:
    assert quantities(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Jobs, aged 55, took leave.", "age"),
        ("Steve Jobs died at the age of 56, the company said.", "age of Steve Jobs"),
        ("Apple confirmed that Papermaster, 49, had left.", "age"),
        ("A man, 27, was arrested at the scene.", "age"),
    ],
)
def test_ages_written_with_age(nlp: Language, sentence: str, counted: str) -> None:
    (found,) = quantities(nlp, sentence)
    assert (found.counted, found.unit) == (counted, "year of age")


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("He died at 85 in his home.", True),
        ("Jones retired at 35.", True),
        ("She became a mother at 19.", True),
        ("He was 17 when he joined the club.", True),
        ("Smith, who is 29, scored twice.", True),
        ("She turns 30 next week.", True),
        ("They were 12 in all.", False),
        ("The score was 17 at the break.", False),
        ("He arrived at 10 and waited.", False),
        ("He is 6 foot tall.", False),
        ("The suspects, aged 19 and 21, were held.", True),
        ("She was 24 in 2001 and 31 in 2008.", True),
        ("The score was 17 in May and 23 in June.", False),
    ],
)
def test_a_bare_number_a_person_is_or_dies_at_is_an_age(nlp: Language, sentence: str, age: bool) -> None:
    assert all((found.unit == "year of age") is age for found in quantities(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "text", "counted", "unit"),
    [
        ("The 45-year-old striker scored twice.", "45", "striker of 45 years", "year of age"),
        ("The 45-year-old said he would appeal.", "45", "age", "year of age"),
        ("A six-month-old baby was pulled from the rubble.", "six", "baby of six months", "month of age"),
        ("The boy, 12 years old, was unhurt.", "12", "age", "year of age"),
        ("Patients over 65 years of age were excluded.", "over 65", "age", "year of age"),
        ("The firm has traded for 30 years.", "30", "years", "year"),
    ],
)
def test_ages_written_with_time_units(
    nlp: Language, sentence: str, text: str, counted: str, unit: str
) -> None:
    (found,) = quantities(nlp, sentence)
    assert (found.text, found.counted, found.unit) == (text, counted, unit)


def test_different_units_do_not_make_a_range(nlp: Language) -> None:
    found = quantities(nlp, "The index gained half a percent or 39 points.")
    assert [q.value for q in found] == [0.5, 39]


def test_a_rise_written_as_a_range(nlp: Language) -> None:
    (found,) = quantities(nlp, "Prices rose 5 to 7 percent.")
    assert (found.low, found.high, found.qualifier) == (5, 7, "up")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Temperatures fell to minus 5 degrees.", -5),
        ("Growth was -2.5% last year.", -2.5),
        ("A low of -10C is forecast.", -10),
        ("The range is 5-10 km.", None),
    ],
)
def test_negative_numbers(nlp: Language, sentence: str, value: float | None) -> None:
    (found,) = quantities(nlp, sentence)
    assert found.value == value


@pytest.mark.parametrize(
    ("sentence", "counted", "unit"),
    [
        ("A 150-man extermination squad arrived.", "extermination squad of 150 men", "man"),
        ("The Fed announced a 25-basis-point cut.", "cut of 25 basis points", "basis point"),
    ],
)
def test_hyphenated_measures(nlp: Language, sentence: str, counted: str, unit: str) -> None:
    (found,) = quantities(nlp, sentence)
    assert (found.counted, found.unit) == (counted, unit)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The maker offers two-, three- and four-door models.",
            [(2, "models of two doors"), (3, "models of three doors"), (4, "models of four doors")],
        ),
        (
            "Buyers choose a 10- or 12-inch screen.",
            [(10, "screen of 10 inches"), (12, "screen of 12 inches")],
        ),
        (
            "The council builds 1-, 2- and 3-bedroom homes.",
            [(1, "homes of 1 bedrooms"), (2, "homes of 2 bedrooms"), (3, "homes of 3 bedrooms")],
        ),
    ],
)
def test_numbers_left_hanging_by_a_hyphen_share_the_measure_of_the_last(
    nlp: Language, sentence: str, found: list
) -> None:
    assert [(q.value, q.counted) for q in quantities(nlp, sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The firm will cut jobs over three years.", None),
        ("They were held for over two weeks.", "over"),
        ("It was the first win in over ten years.", "over"),
        ("The hearing lasted over three hours.", "over"),
        ("She finished in under two hours.", "under"),
        ("Prices doubled over three years.", None),
        ("He retired after over 20 years.", "over"),
        ("It has been over two years since the flood.", "over"),
        ("She ran the marathon under three hours.", "under"),
    ],
)
def test_over_an_amount_of_time(nlp: Language, sentence: str, qualifier: str | None) -> None:
    (found,) = quantities(nlp, sentence)
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The notes yield 20 basis points over 10-year bonds.", [(20, None), (10, None)]),
        ("The yield was 10 percent above 8 percent a year ago.", [(10, None), (8, None)]),
        ("The target is 5 percent under 7 percent last year.", [(5, None), (7, None)]),
        ("Profit rose from $5 million to over $10 million.", [(5e6, None), (1e7, "over")]),
        ("The index rose over 40 points.", [(40, "over")]),
    ],
)
def test_a_comparing_word_after_an_amount_is_no_qualifier(nlp: Language, sentence: str, found: list) -> None:
    assert [(q.value, q.qualifier) for q in quantities(nlp, sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Only one in three adults gets enough exercise.", [(1 / 3, "adults")]),
        ("About 1 in 5 homes was damaged.", [(0.2, "homes damaged")]),
        ("One in every ten patients died.", [(0.1, "patients")]),
        ("Two out of three voters back the plan.", [(2 / 3, "voters")]),
        ("He scored 3 in 4 games.", [(3, None), (4, "games")]),
    ],
)
def test_one_in_three_is_a_share(nlp: Language, sentence: str, found: list) -> None:
    assert [(q.value, q.counted) for q in quantities(nlp, sentence)] == found


def test_model_numbers_are_not_counts_or_currencies(nlp: Language) -> None:
    found = quantities(
        nlp, "Airbus will deliver the A320 replacement; 5,700 737s were built and five Boeing 737s ordered."
    )
    assert [(q.value, q.unit) for q in found] == [(5700, "737"), (5, "boeing 737")]


def test_an_age_after_a_name_is_counted_as_that_persons_age(nlp: Language) -> None:
    found = quantities(nlp, "Their leader, Nestor Ortiz, 43, was killed; 12 others died.")
    assert [(q.value, q.counted, q.unit) for q in found] == [
        (43, "age of Nestor Ortiz", "year of age"),
        (12, "others died", "other"),
    ]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Those jobs make up 20 to 25 percent of the workforce.", None),
        ("Prices went up 5 percent.", "up"),
        ("Sales fell 3 percent.", "down"),
        ("The yen eased 0.4 percent.", "down"),
        ("Shares plummeted 40 percent.", "down"),
        ("Oil prices spiked 8 percent.", "up"),
        ("The euro strengthened 1.2 percent.", "up"),
        ("Operating profit improved 12 percent.", "up"),
        ("Shares skyrocketed 40 percent.", "up"),
        ("The yen appreciated 5 percent.", "up"),
        ("Shares nosedived 30 percent.", "down"),
        ("The stock collapsed 30 percent.", "down"),
        ("The company pared 2 percent of its staff.", "down"),
        ("The peso depreciated 8 percent.", "down"),
        ("The peso was devalued by 10 percent.", "down"),
    ],
)
def test_only_verbs_of_rise_and_fall_make_a_change(
    nlp: Language, sentence: str, qualifier: str | None
) -> None:
    (found,) = quantities(nlp, sentence)
    assert found.qualifier == qualifier


def test_a_change_from_one_value_to_another_is_not_a_range(nlp: Language) -> None:
    found = quantities(nlp, "Membership rose from 240 to 273 last year.")
    assert [q.value for q in found] == [240, 273]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The journey was 2.8bn km long.", 2.8e9, "kilometre"),
        ("A 6kW motor drives the wheels.", 6, "kilowatt"),
        ("Gold traded at USD1,700 for each bar.", 1700, "dollar"),
        ("The airline reported record profits of $269m this year.", 269e6, "dollar"),
        ("Output reached 12.3m tonnes.", 12.3e6, "tonne"),
        ("The wall is 3m high.", 3, "metre"),
        ("The firm paid $US40 for each share.", 40, "dollar"),
        ("Temperatures reached 40C on Monday.", 40, "degree Celsius"),
        ("Temperatures reached 40 C on Monday.", 40, "degree Celsius"),
        ("The company has annual revenue of $300m.", 300e6, "dollar"),
        ("The fund manages €1.2tn of assets.", 1.2e12, "euro"),
        ("The deal is worth US$ 7.2 bn.", 7.2e9, "dollar"),
        ("The rouble fell 2pc on Friday.", 2, "percentage"),
        ("Yields rose 15 bps on the day.", 15, "basis point"),
        ("The company earned 1.5 mln dlrs last year.", 1.5e6, "dollar"),
    ],
)
def test_numbers_glued_to_scales_and_units(nlp: Language, sentence: str, value: float, unit: str) -> None:
    found = quantities(nlp, sentence)
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("HSBC reported a pre-tax profit of HK$12 billion.", 12e9, "hong kong dollar"),
        ("The trust raised S$450 million from investors.", 450e6, "singapore dollar"),
        ("Petronas earned RM12.5 billion in the quarter.", 12.5e9, "malaysian ringgit"),
        ("Sales reached Rs 4,000 crore in the year.", 4e10, "rupee"),
        ("The state set aside Rs 1.5 lakh crore for roads.", 1.5e12, "rupee"),
        ("The bank issued 5 billion Hong Kong dollars of bonds.", 5e9, "hong kong dollar"),
        ("The lira weakened past 30 lira to the dollar.", 30, "turkish lira"),
    ],
)
def test_currencies_beyond_the_unit_dictionary(nlp: Language, sentence: str, value: float, unit: str) -> None:
    found = quantities(nlp, sentence)
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The house sold for $A1,250,000 in March.", 1.25e6, "australian dollar"),
        ("The farm is worth $NZ4 million to the buyers.", 4e6, "new zealand dollar"),
        ("The miner earned $C12 million last year.", 12e6, "canadian dollar"),
        ("The club paid PS21,700 for the tickets.", 21700, "pound sterling"),
        ("The bank agreed a PS6m payout with him.", 6e6, "pound sterling"),
        ("The bid values the group at PS8.1bn today.", 8.1e9, "pound sterling"),
        ("Shares closed at Y=5,182 on Friday.", 5182, "japanese yen"),
        ("The group expects a profit of Y=100 million.", 1e8, "japanese yen"),
    ],
)
def test_currency_signs_written_with_letters_before_a_number(
    nlp: Language, sentence: str, value: float, unit: str
) -> None:
    found = quantities(nlp, sentence)
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    "sentence",
    ["He bought a PS4 console in the sale.", "She still plays games on her PS5 every day."],
)
def test_letters_before_a_bare_number_name_a_model_not_a_currency(nlp: Language, sentence: str) -> None:
    assert all(q.unit != "pound sterling" for q in quantities(nlp, sentence))


def test_a_range_between_sums_with_a_lettered_dollar_sign_is_one_range(nlp: Language) -> None:
    found = quantities(nlp, "The forecast was cut to between $US140 million and $US150 million.")
    assert [(q.low, q.high, q.unit) for q in found] == [
        (pytest.approx(140e6), pytest.approx(150e6), "dollar")
    ]


def test_two_sums_joined_by_and_stay_apart(nlp: Language) -> None:
    found = quantities(nlp, "The fund raised S$500 million and NZ$20 million.")
    assert [(q.value, q.unit) for q in found] == [(500e6, "singapore dollar"), (20e6, "new zealand dollar")]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Nearly 50,000 people died.", 45_000, 50_000),
        ("Almost 300 families fled.", 270, 300),
        ("Barely 20 fans turned up.", 18, 20),
    ],
)
def test_numbers_approached_from_below_are_approximate(
    nlp: Language, sentence: str, low: float, high: float
) -> None:
    (found,) = quantities(nlp, sentence)
    assert (found.low, found.high, change_class(found.qualifier)) == (low, high, "~")


@pytest.mark.parametrize(
    "sentence",
    ["The blast happened at about 5 pm local time.", "The polls close at 8 p.m.", "We met at 10 AM."],
)
def test_clock_times_are_not_lengths(nlp: Language, sentence: str) -> None:
    assert quantities(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("The rate was 5.25-5.5 percent.", "5.25-5.5", 5.25, 5.5),
        ("Growth of 1.5-2% is expected.", "1.5-2", 1.5, 2),
    ],
)
def test_decimal_ranges_written_with_a_hyphen(
    nlp: Language, sentence: str, text: str, low: float, high: float
) -> None:
    (found,) = quantities(nlp, sentence)
    assert (found.text, found.value, found.low, found.high) == (text, None, low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Officials said Rs. 500 crore was spent.", "Rs. 500 crore", "rupee"),
        ("The contract is worth US $58 million.", "US $58 million", "dollar"),
    ],
)
def test_a_currency_written_apart_belongs_to_the_number(
    nlp: Language, sentence: str, text: str, unit: str
) -> None:
    (found,) = quantities(nlp, sentence)
    assert (found.text, found.unit) == (text, unit)


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The start-up raised $40 million from investors.", None),
        ("The bank raised rates by 0.5 points.", "up"),
    ],
)
def test_a_sum_raised_is_no_rise(nlp: Language, sentence: str, qualifier: str | None) -> None:
    (found,) = quantities(nlp, sentence)
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("He was one of 50 people arrested.", [1, 50]),
        ("The couple have three children.", [3]),
        ("He left a couple of days ago.", [2]),
        ("Tens of thousands of people marched.", [None]),
    ],
)
def test_of_and_couple_join_numbers_only_as_quantity_words(
    nlp: Language, sentence: str, values: list[float | None]
) -> None:
    assert [q.value for q in quantities(nlp, sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("About 40 Americans were evacuated.", "american"),
        ("Five Democrats voted against the bill.", "democrat"),
        ("The company sold 78 million iPhones.", "iphone"),
        ("The clinic gave out 500 doses on Monday.", "dose"),
        ("The city licensed 12 taxis last year.", "taxi"),
        ("Police seized 40 knives at the gate.", "knife"),
        ("Engineers inspected 300 buses.", "bus"),
        ("The survey covered 25 species of birds.", "species"),
        ("The country ran a 1.3 billion surplus.", "surplus"),
        ("Staff got a 500 bonus each.", "bonus"),
        ("The plant burned a 300 gas supply.", "gas supply"),
        ("The bus carried 40 schoolchildren.", "schoolchild"),
        ("Some 500 people came.", "people"),
    ],
)
def test_plural_nouns_are_counted_in_the_singular(nlp: Language, sentence: str, unit: str) -> None:
    (found,) = quantities(nlp, sentence)
    assert found.unit == unit


@pytest.mark.parametrize(
    ("noun", "many"),
    [
        ("hostage", "hostages"),
        ("person", "people"),
        ("grandchild", "grandchildren"),
        ("policewoman", "policewomen"),
        ("salesperson", "salespeople"),
        ("human", "humans"),
        ("city", "cities"),
        ("bus", "buses"),
    ],
)
def test_a_counted_noun_goes_into_the_plural_also_at_the_end_of_a_compound(noun: str, many: str) -> None:
    assert plural(noun) == many


@pytest.mark.parametrize(
    ("sentence", "qualifier", "low", "high"),
    [
        ("The festival drew 10,000+ visitors.", "+", 10_000, None),
        ("The fund has 1,000-plus investors.", "-plus", 1_000, None),
        ("Ten or more people were injured.", "or more", 10, None),
        ("Prices may rise 5 percent or more.", "or more", 5, None),
        ("Firms with 50 employees or fewer are exempt.", "or fewer", None, 50),
        ("The storm killed 30 or so people.", "or so", 27, 33),
        ("Police arrested 20-odd youths.", "-odd", 18, 22),
        ("Attendance hit 10,000+ on Saturday.", "+", 10_000, None),
        ("He paid $5 plus tax.", None, 5, 5),
        ("Staff aged 65 or over will retire.", "or over", 65, None),
        ("Children aged 12 and up may enter.", "and up", 12, None),
        ("Quakes of magnitude 7 or greater are rare.", "or greater", 7, None),
        ("Orders exceeding $5,000 ship free.", "exceeding", 5_000, None),
        ("Fines not exceeding $500 apply.", "not exceeding", None, 500),
        ("The hall seats 300 at most.", "at most", None, 300),
        ("The firm has 3,000 staff at most.", "at most", None, 3_000),
        ("The repairs will take 2 hours at least.", "at least", 2, None),
        ("The death toll stands at 40 and counting.", "and counting", 40, None),
        ("She has won 3 titles at least once a decade.", None, 3, 3),
        ("The death toll is 300 and rising.", "and rising", 300, None),
        ("The index hit 300 and rising rates hurt it.", None, 300, 300),
    ],
)
def test_qualifiers_written_after_the_number(
    nlp: Language, sentence: str, qualifier: str | None, low: float | None, high: float | None
) -> None:
    (found,) = quantities(nlp, sentence)
    assert (found.qualifier, found.low, found.high) == (qualifier, low, high)


@pytest.mark.parametrize(
    ("sentence", "qualifier", "low", "high"),
    [
        ("Latency stayed <5 ms during the test.", "<", None, 5),
        ("Speeds reached >200 km/h on the straight.", ">", 200, None),
        ("Applicants must score ≥70 points.", "≥", 70, None),
        ("Doses of ≤ 10 mg are safe.", "≤", None, 10),
    ],
)
def test_signs_of_comparison_bound_the_number(
    nlp: Language, sentence: str, qualifier: str, low: float | None, high: float | None
) -> None:
    (found,) = quantities(nlp, sentence)
    assert (found.qualifier, found.low, found.high) == (qualifier, low, high)


def test_a_preposition_with_its_own_object_is_no_trailing_qualifier(nlp: Language) -> None:
    found = quantities(nlp, "He faces a fine of 500 dollars or over six months in jail.")
    assert [(q.value, q.qualifier) for q in found] == [(500, None), (6, None)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The death toll rose to 41 on Tuesday.", "death"),
        ("The number of victims reached 30 by nightfall.", "victim"),
        ("The total number of deaths was 12.", "death"),
        ("Sales rose to 300 in March.", None),
    ],
)
def test_a_count_noun_names_what_its_number_counts(nlp: Language, sentence: str, unit: str | None) -> None:
    (found,) = quantities(nlp, sentence)
    assert found.unit == unit


def test_numbers_the_model_took_for_dates_are_counts(nlp: Language) -> None:
    found = quantities(nlp, "Output was 4.5 and 5 million tonnes; 10,000+ came.")
    assert [q.value for q in found] == [4.5, 5e6, 10_000]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Eggs cost 64.2 cents a dozen.", [(64.2, "cent per dozen")]),
        ("Socks sell for $3 a pair.", [(3, "dollar per pair")]),
        ("Roses cost $20 per dozen.", [(20, "dollar per dozen")]),
        ("He bought a dozen roses.", [(12, "rose")]),
    ],
)
def test_what_a_rate_is_per_is_no_count(nlp: Language, sentence: str, found: list) -> None:
    assert [(q.value, q.unit) for q in quantities(nlp, sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The company has 5,000 employees, up from 4,000.", ["employee", "employee"]),
        ("The firm sold 300 cars, compared with 250 in 2019.", ["car", "car"]),
        ("Profit was 5.9 mln dlrs against 5.8 a year ago.", ["dollar", "dollar"]),
        ("The firm sold 300 cars and 25 were returned.", ["car", "car"]),
        ("Outflows reached 1.6 billion euros in May after 2.8 billion in April.", ["euro", "euro"]),
        ("The team scored 3 goals after 20 minutes.", ["goal", "minute"]),
        ("It sold 80,432 cars in the first three months, up from 62,813.", ["car", "month", "car"]),
        ("It made 3,000 cars during the nine months, against 2,500.", ["car", "month", "car"]),
        ("The strike lasted 3 days, up from 2.", ["day", "day"]),
        ("Sales fell to 900 mln widgets from 1.3 billion.", ["widget", "widget"]),
    ],
)
def test_a_number_compared_with_another_shares_its_unit(nlp: Language, sentence: str, units: list) -> None:
    assert [q.unit for q in quantities(nlp, sentence)] == units


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("Over a million people marched.", "Over a million", "over"),
        ("About a thousand people came.", "About a thousand", "about"),
        ("Gusts as high as 90 mph were recorded.", "as high as 90", "as high as"),
        ("Losses are estimated at $2 billion.", "estimated at $2 billion", "estimated at"),
        ("Oil traded near 18 dollars a barrel.", "near 18", "near"),
        ("The village lies near 3 rivers.", "3", None),
        ("The bill is in the region of $40,000.", "in the region of $40,000", "in the region of"),
        (
            "It cost in the neighbourhood of $3 million.",
            "in the neighbourhood of $3 million",
            "in the neighbourhood of",
        ),
        (
            "Rents are in the neighborhood of $2,000.",
            "in the neighborhood of $2,000",
            "in the neighborhood of",
        ),
        ("In the vicinity of 500 people attended.", "In the vicinity of 500", "in the vicinity of"),
        ("The crowd was not quite 1,000 strong.", "not quite 1,000", "not quite"),
        ("Turnout fell just short of 60 percent.", "short of 60", "short of"),
        ("A million people marched.", "A million", None),
        ("The minister talked about 3 issues.", "3", None),
        ("Residents worry about 2 plants nearby.", "2", None),
        ("The firm employs about 4,000 staff.", "about 4,000", "about"),
        ("The term is not less than 5 years.", "not less than 5", "not less than"),
        ("Rents may rise no higher than 3%.", "no higher than 3", "no higher than"),
        ("Staff not over 65 may apply.", "not over 65", "not over"),
        ("She wrote a book about 3 brothers.", "3", None),
        ("The film about 2 sisters won a prize.", "2", None),
        ("He told about 500 delegates that the plan would work.", "about 500", "about"),
        ("The bank is issuing a minimum $200 million of bonds.", "a minimum $200 million", "a minimum"),
        ("Offenders face a maximum 10 years in jail.", "a maximum 10", "a maximum"),
        ("The ministry reported about 300 new cases.", "about 300", "about"),
        ("The dispute over 2 islands went on.", "2", None),
        ("Protests over 3 killings spread.", "3", None),
        ("The firm employs over 4,000 staff.", "over 4,000", "over"),
        ("She wrote a book over 300 pages long.", "over 300", "over"),
    ],
)
def test_qualifiers_of_approximation_and_before_an_article(
    nlp: Language, sentence: str, text: str, qualifier: str
) -> None:
    found = quantities(nlp, sentence)[0]
    assert (found.text, found.qualifier) == (text, qualifier)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The border lies more than 100 kilometres (60 miles) away.",
            [("more than", 100), ("more than", 60)],
        ),
        ("It dumped up to 30 cm (12 inches) of snow.", [("up to", 30), ("up to", 12)]),
        ("Sales rose more than 5% (or $2 million).", [("more than", 5), ("more than", 2_000_000)]),
        ("A ticket costs about 8 or $9.", [("about", 8), (None, 9)]),
    ],
)
def test_a_restatement_in_other_units_keeps_the_qualifier(nlp: Language, sentence: str, found: list) -> None:
    assert [(q.qualifier, q.value) for q in quantities(nlp, sentence)] == found
