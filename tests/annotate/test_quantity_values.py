"""The quantity extractor's values: which numbers are quantities and what each one is worth."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc


def values(nlp: Language, text: str) -> list[tuple[str, float | None]]:
    """Return each quantity's text and value."""
    return [(q.text, q.value) for q in nlp(make_doc(nlp, text, "d", "2005-06-01"))._.quantities]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The town has a population of half a million.", [("half a million", 500_000)]),
        ("Half a million people fled the fighting.", [("Half a million", 500_000)]),
        ("Half a dozen ministers resigned.", [("Half a dozen", 6)]),
        ("The project cost a half million dollars.", [("half million", 500_000)]),
    ],
)
def test_half_a_scale_is_one_number(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The first three victims were identified on Friday.", [("three", 3)]),
        ("The second 10 minutes were better.", [("10", 10)]),
        ("Sales rose in the first half of the year.", []),
        ("He finished first in the race.", []),
    ],
)
def test_a_spelled_ordinal_is_no_number(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The Fed lifted its benchmark rate by 75 basis points.", "up"),
        ("The bank hiked rates by 0.5 percentage point.", "up"),
        ("The retailer slashed prices by 30 percent.", "down"),
        ("The firm trimmed its forecast by 2 percent.", "down"),
        ("The central bank lowered its rate by 0.25 percentage point.", "down"),
        ("Shares dived 12 percent.", "down"),
        ("The stock tanked 20% on Monday.", "down"),
    ],
)
def test_verbs_of_raising_and_cutting_make_a_change(nlp: Language, sentence: str, qualifier: str) -> None:
    (found,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("She is the world No. 1 in women's tennis.", []),
        ("The company is the No. 2 carmaker.", []),
        ("He sold 40 cars. 5 were stolen.", [("40", 40), ("5", 5)]),
    ],
)
def test_a_number_after_no_names_a_rank(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The talks could last two or three days.", [("two", 2), ("three", 3)]),
        ("Rates may rise 5 or 6 percent.", [("5", 5), ("6", 6)]),
        ("Prices could rise 10 to 15 percent next year.", [("10 to 15", None)]),
    ],
)
def test_numbers_joined_by_or_are_alternatives_not_a_range(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "qualifier", "low", "high"),
    [
        ("Inflation was higher than 4 percent.", "higher than", 4, None),
        ("The bank holds a little more than $2 billion in reserves.", "a little more than", 2e9, None),
        ("Deaths were lower than 300, officials said.", "lower than", None, 300),
        ("Fares have risen north of 15 percent.", "north of", 15, None),
        ("Each team may field a maximum of 11 players.", "a maximum of", None, 11),
    ],
)
def test_comparatives_bound_a_number(
    nlp: Language, sentence: str, qualifier: str, low: float | None, high: float | None
) -> None:
    (found,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert (found.qualifier, found.low, found.high) == (qualifier, low, high)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The margin of error is plus or minus 3 percentage points.", [("3", 3)]),
        ("Temperatures fell to minus 5 degrees.", [("minus 5", -5)]),
    ],
)
def test_plus_or_minus_is_a_margin_not_a_sign(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


def test_plus_glued_to_a_number_bounds_it_from_below(nlp: Language) -> None:
    (found,) = nlp(make_doc(nlp, "The virus has spread to 20-plus countries.", "d", None))._.quantities
    assert (found.value, found.low, found.high) == (20, 20, None)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("She was one of the victims.", [("one", 1)]),
        ("The union called a one-day strike.", [("one", 1)]),
        ("The one-year deal was signed.", [("one", 1)]),
        ("The one thing he wants is peace.", []),
        ("The home side won one and lost two.", [("one", 1), ("two", 2)]),
        ("No one was hurt.", []),
        ("One must ask why.", []),
        ("The deal is a good one for both firms.", []),
        ("It was one that fared badly.", []),
        ("They left one by one.", []),
        ("Two people died and one was injured.", [("Two", 2), ("one", 1)]),
        ("One should never say never.", []),
        ("The strike lasted for one day.", [("one", 1)]),
        ("One day, he will return.", []),
    ],
)
def test_one_is_a_count_unless_a_pronoun(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The index closed at 17500 on Friday.", [("17500", 17500)]),
        ("The firm paid Rs 250000 in fines.", [("Rs 250000", 250_000)]),
        ("Write to Box 3486, Springfield, IL 60654.", []),
    ],
)
def test_a_long_number_without_commas_is_a_count(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Police deployed 2000 officers.", [("2000", 2000)]),
        ("The company cut about 1500 jobs.", [("about 1500", 1500)]),
        ("Some 1200 people fled.", [("Some 1200", 1200)]),
        ("The 2008 elections were close.", []),
        ("Profit rose 12 percent in 1986 income terms.", [("12", 12)]),
        ("Prices peaked around third quarter 1987.", []),
        ("After a brief run of 2007 models, it ended.", []),
        ("Oil climbed to 1998 cents a gallon.", [("1998", 1998)]),
        ("The firm shipped 1850 tonnes of steel.", [("1850", 1850)]),
        ("Costs are given in 2010 dollars.", []),
        ("The car might push past the 1000 hp barrier.", [("1000", 1000)]),
        ("The 1520 sq m medical centre opened.", [("1520", 1520)]),
        ("The 2019 year-end results were strong.", []),
    ],
)
def test_a_number_shaped_like_a_year_may_count_things(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The forecast is for 1.5m to 2m visitors.", 1_500_000, 2_000_000),
        ("The wall is 2m to 3m high.", 2, 3),
    ],
)
def test_a_range_glued_to_m_takes_the_scale_of_its_upper_end(
    nlp: Language, sentence: str, low: float, high: float
) -> None:
    (found,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert (found.low, found.high) == (low, high)


def test_a_range_glued_to_watts_is_one_range_of_watts(nlp: Language) -> None:
    (found,) = nlp(make_doc(nlp, "The bulbs draw 5-10W of power.", "d", None))._.quantities
    assert (found.low, found.high, found.unit) == (5, 10, "watt")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The bids came to $1.2m, 3.4m and 5.6m.", [1_200_000, 3_400_000, 5_600_000]),
        ("Sales were 2.1m, 2.4m, and 2.9m cars.", [2_100_000, 2_400_000, 2_900_000]),
        ("The walls are 1.2m, 3.4m and 5.6m high.", [1.2, 3.4, 5.6]),
        ("The state pledged £1.5bn, plus 200m for schools.", [1_500_000_000, 200_000_000]),
        ("It cost $1.2bn and 300m in all.", [1_200_000_000, 300_000_000]),
    ],
)
def test_an_m_listed_with_an_m_of_millions_is_millions(nlp: Language, sentence: str, found: list) -> None:
    assert [value for _, value in values(nlp, sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Rates rose 5.25%-5.5% last year.", 5.25, 5.5),
        ("Growth of 3%-4% is expected.", 3, 4),
        ("The show drew 3m-4m viewers.", 3_000_000, 4_000_000),
        ("Tickets cost £20-£30 each.", 20, 30),
    ],
)
def test_a_range_glued_to_its_signs_or_scale_letters_is_read(
    nlp: Language, sentence: str, low: float, high: float
) -> None:
    (quantity,) = nlp(make_doc(nlp, sentence, "d", "2005-06-01"))._.quantities
    assert (quantity.low, quantity.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The crop totalled 5.93\nmln tonnes this season.", 5_930_000),
        ("The deficit narrowed from 484\nmillion dollars.", 484_000_000),
    ],
)
def test_a_scale_word_wrapped_onto_the_next_line_belongs_to_its_number(
    nlp: Language, text: str, value: float
) -> None:
    (quantity,) = nlp(make_doc(nlp, text, "d", "2005-06-01"))._.quantities
    assert quantity.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit rose in two quarters.", 2),
        ("Three quarters of voters agreed.", 0.75),
        ("Sales fell by a quarter.", 0.25),
    ],
)
def test_quarters_are_a_fraction_only_before_of(nlp: Language, text: str, value: float) -> None:
    (quantity,) = nlp(make_doc(nlp, text, "d", "2005-06-01"))._.quantities
    assert quantity.value == value


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("In the poll, Harris had 52%, Vance 45%.", [("52", 52), ("45", 45)]),
        ("Shares of Ford closed 5% higher.", [("5", 5)]),
        ("Traffic on Interstate 95 was halted.", []),
        ("The club once played at Studio 54.", []),
        ("The Boeing 777 carried 300 passengers.", [("300", 300)]),
        ("The US sent Ukraine 31 tanks.", [("31", 31)]),
        ("Voters gave Labour 412 seats.", [("412", 412)]),
        ("Morgan Stanley 2,000 jobs cut.", [("2,000", 2000)]),
        ("In January 500 people died in the floods.", [("500", 500)]),
        ("On Monday 300 workers went on strike.", [("300", 300)]),
        ("Apple Sells 5 Million iPhones In First Weekend", [("5 Million", 5e6)]),
    ],
)
def test_a_number_after_a_name_names_unless_it_measures(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The startup raised $10M.", [("$10M", 10_000_000)]),
        ("The company is valued at $5B.", [("$5B", 5_000_000_000)]),
        ("The bill came to $5bn.", [("$5bn", 5_000_000_000)]),
    ],
)
def test_a_scale_letter_keeps_its_number_before_the_full_stop(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("He sold one and a half million copies.", [("one and a half million", 1_500_000)]),
        ("It cost two-and-a-half million dollars.", [("two-and-a-half million", 2_500_000)]),
        ("The firm has a quarter of a million customers.", [("a quarter of a million", 250_000)]),
        ("The meeting lasted three and a half hours.", [("three and a half", 3.5)]),
        ("A million and a half people voted.", [("A million and a half", 1_500_000)]),
    ],
)
def test_a_part_of_a_scale_word_is_one_number(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The measure needs a two-thirds majority.", [("two-thirds", 2 / 3)]),
        ("The group holds a one-third stake.", [("one-third", 1 / 3)]),
        ("The economy shrank for a two-quarter stretch.", [("two", 2)]),
        ("A first-half goal decided it.", []),
    ],
)
def test_a_hyphened_fraction_before_a_noun_is_a_fraction(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It was a one-off payment.", []),
        ("The one-time champion retired.", []),
        ("It is a one-way street.", []),
        ("The union called a one-day strike.", [("one", 1)]),
        ("The one-year deal was signed.", [("one", 1)]),
        ("The one thing he wants is peace.", []),
    ],
)
def test_one_in_a_hyphened_idiom_is_no_count(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The bond carries a 7-1/4 pct coupon.", [("7-1/4", 7.25)]),
        ("The rate was cut to 4-1/4 percent.", [("4-1/4", 4.25)]),
        ("The 9/11 attacks changed air travel.", []),
        ("The stock rose 3/8 point.", [("3/8", 0.375)]),
    ],
)
def test_a_fraction_in_digits_has_a_usual_denominator(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The bank (BIL) lent the money.", []),
        ("The Million Man March drew crowds.", []),
        ("A thousand soldiers were deployed.", [("A thousand", 1000)]),
    ],
)
def test_a_scale_word_alone_is_no_number(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Siemens shed 12.50 to 716.50 in Frankfurt.", [("12.50", 12.5), ("716.50", 716.5)]),
        ("Unemployment rose 0.2 to 5.4 percent.", [("0.2", 0.2), ("5.4", 5.4)]),
        ("Prices could rise 10 to 15 percent next year.", [("10 to 15", None)]),
        ("Sales may rise 5 to 7 billion dollars.", [("5 to 7 billion", None)]),
    ],
)
def test_a_level_reached_after_a_change_is_no_range_end(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


def test_a_range_of_prices_per_share_is_one_range(nlp: Language) -> None:
    text = "Earnings will range from 3.75 dlrs to 4.25 dlrs per share."
    (found,) = nlp(make_doc(nlp, text, "d", None))._.quantities
    assert (found.low, found.high) == (3.75, 4.25)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The contract is worth $5 billion-$6 billion.", 5e9, 6e9),
        ("The repairs cost €2 million-€3 million.", 2e6, 3e6),
    ],
)
def test_a_range_of_scaled_amounts_joined_by_a_hyphen_is_read(
    nlp: Language, sentence: str, low: float, high: float
) -> None:
    (quantity,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert (quantity.low, quantity.high) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The conference runs from 5 to 7 June.", []),
        ("Between 10 and 12 May, 300 people fled.", [("300", 300)]),
        ("Prices rose 5 to 7 percent in June.", [("5 to 7", None)]),
    ],
)
def test_the_first_day_of_a_span_of_days_is_a_date(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Between 3.5 per cent and 4 per cent growth is forecast.", 3.5, 4),
        ("Growth of 2 per cent to 3 per cent is likely.", 2, 3),
        ("The poll surveyed 18- to 24-year-olds.", 18, 24),
        ("Losses of 5 million-10 million euros are likely.", 5e6, 10e6),
        ("The temperature was 20C-25C.", 20, 25),
        ("The wage gap is 15pc-20pc.", 15, 20),
        ("The price is 50p-60p.", 50, 60),
        ("A bag weighs 1kg-2kg.", 1, 2),
        ("Between 1,000–2,000 people died.", 1000, 2000),
        ("The trip takes 5—10 days.", 5, 10),
        ("Prices rose between about 5 and 7 percent.", 5, 7),
        ("Between some 200 and 300 people gathered.", 200, 300),
        ("Speeds of between 50mph and 70mph were recorded.", 50, 70),
    ],
)
def test_a_range_with_its_unit_or_a_hanging_hyphen_after_the_first_end_is_read(
    nlp: Language, sentence: str, low: float, high: float
) -> None:
    (quantity,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert (quantity.low, quantity.high) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Temperatures fell to −5C overnight.", [("−5C", -5)]),
        ("Growth was −0.3% in the quarter.", [("−0.3", -0.3)]),
        ("Growth was -0.3% in the quarter.", [("-0.3", -0.3)]),
        ("The team gained minus-12 yards in the half.", [("minus-12", -12)]),
        ("Nights on the ridge reach Minus-40 degrees.", [("Minus-40", -40)]),
    ],
)
def test_a_minus_sign_makes_a_number_negative(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Authorities want another 10 or 15 billion dollars.", [("10", 10e9), ("15 billion", 15e9)]),
        ("Two or three million people could lose power.", [("Two", 2e6), ("three million", 3e6)]),
    ],
)
def test_the_first_of_two_alternatives_takes_the_scale_of_the_second(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The bonds will trade from 0930 hrs EDT.", []),
        ("Local elections will be held on April 12 and 26.", []),
        ("Outboard Marine was up 2-1/2 to 34.", [("2-1/2", 2.5), ("34", 34)]),
        ("Shares were up 5 to 7 percent.", [("5 to 7", None)]),
    ],
)
def test_clock_times_days_and_levels_reached_are_read_apart(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Growth was 3,5 percent last year.", [("3,5", 3.5)]),
        ("The bill was 1,5 million euros.", [("1,5 million", 1.5e6)]),
        ("The city has 1.000.000 residents.", [("1.000.000", 1e6)]),
        ("The figure was 12.345,67 euros.", [("12.345,67", 12345.67)]),
        ("He has 1,500 cows.", [("1,500", 1500)]),
    ],
)
def test_a_number_written_the_continental_way_is_read(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The town has 12\u00a0000 people.", 12_000),
        ("The firm sold 1\u202f234\u202f567 units.", 1_234_567),
    ],
)
def test_digits_grouped_by_a_narrow_space_are_one_number(nlp: Language, sentence: str, value: float) -> None:
    (quantity,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert quantity.value == value


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Between 1500 and 2000 people attended.", [("1500 and 2000", None)]),
        ("It cost 1500 to 2000 dollars.", [("1500 to 2000", None)]),
        ("He was in office from 1990 to 1995.", []),
        ("From 2010 to 2015 sales doubled.", []),
    ],
)
def test_year_shaped_ends_of_a_range_of_people_or_measures_count(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The rate is .5 percent.", [(".5", 0.5)]),
        ("The Fed cut rates by .25 point.", [(".25", 0.25)]),
    ],
)
def test_a_decimal_without_a_leading_zero_is_read(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The speed of light is 3 x 10^8 m/s.", 3e8),
        ("The sample contained 1.5 × 10^6 cells.", 1.5e6),
        ("It holds 10⁹ cells in total.", 1e9),
        ("The dose was 2.5e-3 grams.", 2.5e-3),
    ],
)
def test_a_power_of_ten_is_read(nlp: Language, sentence: str, value: float) -> None:
    (quantity,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("About ~500 people came.", [("~500", 500)]),
        ("The tower is ~300m tall.", [("~300", 300)]),
        ("The margin is ±3 points.", [("3", 3)]),
        ("The stock trades at 1.5x book value.", [("1.5", 1.5)]),
        ("Its share is 50%+ of the market.", [("50", 50)]),
        ("The crowd was c.500 strong.", [("c.500", 500)]),
        ("The error was +/-5 percent.", [("5", 5)]),
    ],
)
def test_a_sign_against_a_number_is_split_off(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The fund holds CHF 1'000'000 in cash.", [("CHF 1'000'000", 1e6)]),
        ("At ten o'clock the bells rang.", []),
    ],
)
def test_apostrophes_group_thousands_but_o_clock_tells_the_time(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The car does 300bhp.", [("300bhp", 300)]),
        ("The phone packs a 5,000mAh battery.", [("5,000mAh", 5000)]),
        ("He came 3rd in the race.", []),
        ("The shop opens at 5pm.", []),
    ],
)
def test_a_number_glued_to_a_unit_is_read_whatever_the_unit(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("An eighth of the budget went on defence.", [("An eighth", 0.125)]),
        ("Five-eighths of voters agreed.", [("Five-eighths", 0.625)]),
        ("He won his sixth title.", []),
        ("On the eighth day it rained.", []),
    ],
)
def test_sixths_to_hundredths_are_fractions_only_as_parts(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Costs rose fourfold in a decade.", [("fourfold", 4)]),
        ("The index has risen tenfold since its launch.", [("tenfold", 10)]),
        ("The engine's manifold cracked on the scaffold.", []),
    ],
)
def test_a_word_ending_in_fold_is_a_multiple(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


def test_a_multiple_counts_times(nlp: Language) -> None:
    (found,) = nlp(make_doc(nlp, "Sales grew threefold.", "d", None))._.quantities
    assert found.unit == "count"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The film was shown in 3-D to 2,000 viewers.", [("2,000", 2000)]),
        ("The firm filed its 10-K report late.", []),
        ("The team won 3 games in a row.", [("3", 3)]),
    ],
)
def test_a_number_hyphened_to_a_capital_letter_names_a_form(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The assembly voted 61 to 38 to pass the law.", []),
        ("The Giants lost 4 to 2 on Sunday.", []),
        ("The Jets beat the Bills 24 to 17.", []),
        ("He hopes to lose 5 to 7 pounds.", [("5 to 7", None)]),
        ("The stock lost 2 to 45 in busy trading.", [("2", 2), ("45", 45)]),
    ],
)
def test_a_score_spelled_with_to_counts_nothing(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The firm sold 3 million 4K TVs.", [("3 million", 3_000_000)]),
        ("The games stream in 1080p on most phones.", []),
        ("A ticket costs 450p.", [("450p", 450)]),
        ("He got a $4K bonus.", [("$4K", 4000)]),
    ],
)
def test_a_screen_resolution_is_no_number(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Analysts value the club at £1.2m-£1.5m.", [("£1.2m-£1.5m", None)]),
        ("The refit will cost $2m-$3m next year.", [("$2m-$3m", None)]),
        ("He paid £1.5 for 3m of cable.", [("£1.5", 1.5), ("3", 3)]),
    ],
)
def test_a_scale_letter_after_a_glued_currency_sign_scales_it(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The repair bill is €1.5m–€2m in all.", [("€1.5m–€2m", None)]),
        ("Fees of 3%–4% apply.", [("3%–4", None)]),
        ("Tickets cost £20–£30 each.", [("£20–£30", None)]),
    ],
)
def test_an_en_dash_joins_a_range_glued_to_its_signs(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Growth of 2.1%/year is expected.", [("2.1%", 2.1)]),
        ("The plan costs $1tn+.", [("$1tn", 1e12)]),
        ("It raised $2bn+ last year.", [("$2bn", 2e9)]),
    ],
)
def test_a_sign_after_a_percent_or_scale_is_split_off(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The car reaches 60mph in 3.2s.", [("60", 60), ("3.2s", 3.2)]),
        ("Prices fell in the 1990s.", []),
    ],
)
def test_a_decimal_glued_to_s_is_seconds_not_a_decade(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Sales rose by half to 1.2 million units.", [("half", 0.5), ("1.2 million", 1_200_000)]),
        ("Half to two-thirds of voters agree.", [("Half to two-thirds", None)]),
    ],
)
def test_a_spelled_fraction_makes_a_range_only_with_another(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Airbus A350 and Boeing 787 orders rose. The 787 flies in May.", []),
        ("The first 787 arrives in May, said Boeing. Boeing 787 orders rose.", []),
        ("Boeing sold 787 jets and 155 planes.", [("787", 787), ("155", 155)]),
        ("The jet cost $787 million. Boeing 787 sales rose.", [("$787 million", 787_000_000)]),
    ],
)
def test_a_model_number_written_after_a_name_names_it_elsewhere(
    nlp: Language, text: str, found: list
) -> None:
    assert values(nlp, text) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The temple was built around 2560 BC.", []),
        ("The volcano erupted in AD 79, killing 2,000 people.", [("2,000", 2000)]),
        ("The town was founded in 500 B.C. by 300 settlers.", [("300", 300)]),
    ],
)
def test_a_number_with_an_era_is_a_year(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Between a third and a half of staff left.", [("a third and a half", None)]),
        ("A third or a half of the cost is met.", [("A third", 1 / 3), ("a half", 0.5)]),
        ("He won a third and fourth term.", []),
    ],
)
def test_a_fraction_before_another_is_a_fraction(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The mayor held one-on-one talks with residents.", []),
        ("The singer was one of a kind.", []),
        ("The all-in-one printer sold well.", []),
        ("One of the kind neighbours helped.", [("One", 1)]),
        ("At one point about 1700 lawsuits had been filed.", [("about 1700", 1700)]),
        ("The team scored at one point in the game and won by one point.", [("one", 1)]),
    ],
)
def test_one_in_an_idiom_counts_nothing(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The visitors led 2-0 at half-time.", []),
        ("The isotope has a half-life of 8 days.", [("8", 8)]),
        ("It was a half-hearted bid.", []),
        ("Tickets were sold at half-price.", [("half", 0.5)]),
    ],
)
def test_half_in_a_hyphened_word_is_no_fraction(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The hosts lost 1-3 at home.", []),
        ("It was a 0-2 defeat for the champions.", []),
        ("He lost 1-3 pounds a week.", [("1-3", None)]),
        ("They won 2-3 games a season.", [("2-3", None)]),
    ],
)
def test_a_losing_score_counts_nothing(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("text", "net"),
    [
        ("Shr 55 cts vs 47 cts Net 4,518,000 vs 3,902,000 Revs 61.3 mln vs 50.1 mln Reuter", "4,518,000"),
        ("Shr 55 cts vs 47 cts Net 1,870,000 vs 1,655,000 Revs 22.8 mln vs 50.1 mln Reuter", "1,870,000"),
    ],
)
def test_a_number_in_groups_of_thousands_is_no_part_of_a_place_name(
    nlp: Language, text: str, net: str
) -> None:
    assert net in [quantity for quantity, _ in values(nlp, text)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The refit cost £3-4m in total.", [("£3-4m", None)]),
        ("The refit cost £3m-4m.", [("£3m-4m", None)]),
        ("A £1.5m–2m bill is due.", [("£1.5m–2m", None)]),
        ("The wall is 3-4m high.", [("3-4", None)]),
    ],
)
def test_a_glued_m_closing_a_range_of_money_is_millions(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The region has a population of 3.2m.", [("3.2m", 3_200_000)]),
        ("Unemployment rose to 2.1m.", [("2.1m", 2_100_000)]),
        ("Sales of the album reached 1.4m.", [("1.4m", 1_400_000)]),
        ("The club reported a profit of 4.5m.", [("4.5m", 4_500_000)]),
        ("The river rose 1.2m overnight.", [("1.2", 1.2)]),
        ("The population lives 500m from the river.", [("500", 500)]),
        ("The firm has sold 12m of its smart speakers.", [("12m", 12_000_000)]),
        ("They laid 20m of cable.", [("20", 20)]),
    ],
)
def test_a_glued_m_that_counts_people_or_things_is_millions(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The planet has about 8 B people.", [("about 8 B", 8e9)]),
        ("The app has 40 M users.", [("40 M", 4e7)]),
        ("The disk holds a 512 B block.", [("512", 512)]),
    ],
)
def test_a_capital_scale_letter_written_apart_before_a_plural_noun_is_a_scale(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The deal is worth £1.5 m.", [("£1.5 m", 1_500_000)]),
        ("The wall is 2.5 m high.", [("2.5", 2.5)]),
        ("Exports hit 1.5 trln yen.", [("1.5 trln", 1.5e12)]),
    ],
)
def test_a_spaced_m_after_money_and_trln_are_scales(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The talks ended at 5 p.m. after 10 hours.", [("10", 10)]),
        ("The 7 a.m. train carried 120 people.", [("120", 120)]),
        ("Trading halted at around 2.40 PM local time.", []),
    ],
)
def test_an_hour_with_a_clock_suffix_is_a_time(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The update reached 17.2 to 1 billion phones.", [("17.2", 17.2), ("1 billion", 1e9)]),
        ("It will cost 2.5 to 3 billion dollars.", [("2.5 to 3 billion", None)]),
    ],
)
def test_a_decimal_passing_the_upper_end_with_its_scale_opens_no_range(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The rise of Web 2.0 changed the media.", []),
        ("The plan is part of Industry 4.0.", []),
        ("Version 2.0 of the app has 3 new features.", [("3", 3)]),
        ("A magnitude 7.0 quake struck the coast.", [("7.0", 7.0)]),
    ],
)
def test_a_decimal_ending_in_zero_after_a_name_is_a_version(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Group of 20 met in Rome.", []),
        ("A total of 20 people died.", [("20", 20)]),
        ("The Ministry of Defence bought 20 jets.", [("20", 20)]),
    ],
)
def test_a_number_after_of_and_a_name_ends_the_name(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Spain won Euro 2024 in Berlin.", []),
        ("Euro 2024 drew 2.7 million fans.", [("2.7 million", 2_700_000)]),
        ("The fine was 2024 euros.", [("2024", 2024)]),
    ],
)
def test_a_year_after_a_capitalised_currency_names_an_event(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("7-Eleven runs 80,000 stores.", [("80,000", 80_000)]),
        ("He bought a 7-Eleven franchise for $1 million.", [("$1 million", 1_000_000)]),
    ],
)
def test_digits_hyphened_to_a_capitalised_number_word_name(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The men drove a large four-by-four into the store.", []),
        ("They built the shed from 40 two-by-fours.", [("40", 40)]),
        ("They built a 10-by-12-foot shed.", [("10", 10)]),
    ],
)
def test_two_numbers_joined_by_by_name_a_thing_unless_a_unit_follows(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("He earns $5 mil a year.", [("$5 mil", 5_000_000)]),
        ("The start-up raised $2.5 mill.", [("$2.5 mill", 2_500_000)]),
        ("The debt is US$1.5t.", [("US$1.5t", 1.5e12)]),
        ("The film is 5 mil thick.", [("5", 5)]),
        ("A 40t truck overturned.", [("40", 40)]),
    ],
)
def test_mil_and_t_scale_only_a_sum_of_money(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The metro line will cost Rs 1,500 cr.", [("Rs 1,500 cr", 1.5e10)]),
        ("The scheme costs ₹200 cr a year.", [("₹200 cr", 2e9)]),
    ],
)
def test_cr_after_a_sum_of_money_is_crores(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The firm won a # 13 billion contract.", [("13 billion", 13e9)]),
        ("She is ranked #1 in the world.", []),
        ("Section 230 shields 5 million sites.", [("5 million", 5e6)]),
    ],
)
def test_a_number_with_a_scale_word_never_names(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The rate is three point five percent.", [("three point five", 3.5)]),
        ("Output grew two point seven five percent.", [("two point seven five", 2.75)]),
        ("Inflation hit twenty one point four percent.", [("twenty one point four", 21.4)]),
        ("At one point two men fled.", [("two", 2)]),
    ],
)
def test_a_decimal_read_aloud_with_point_is_one_number(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The shares closed with a loss of 1/4 to 39-1/4.", [("1/4", 0.25), ("39-1/4", 39.25)]),
        ("The index posted a gain of 2 to 120.", [("2", 2), ("120", 120)]),
        ("We expect a rise of 2 to 3 percent.", [("2 to 3", None)]),
    ],
)
def test_a_level_reached_after_a_noun_of_change_is_no_range_end(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It rose by a third in 2023.", [("a third", 1 / 3)]),
        ("Exports grew by a fifth to 40,000 tonnes.", [("a fifth", 0.2), ("40,000", 40_000)]),
        ("The deal was signed by a third party.", []),
    ],
)
def test_a_fraction_after_by_a_is_the_amount_moved(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Several hundred thousand viewers tuned in.", "Several hundred thousand", 300_000, 900_000),
        ("A couple of hundred people gathered.", "A couple of hundred", 200, 200),
        ("A half-million people came.", "half-million", 500_000, 500_000),
    ],
)
def test_a_scale_word_multiplies_a_vague_or_exact_phrase_before_it(
    nlp: Language, sentence: str, text: str, low: float, high: float
) -> None:
    (quantity,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert (quantity.text, quantity.low, quantity.high) == (text, low, high)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The state raised Rs 20cr last year.", [("Rs 20cr", 200_000_000)]),
        ("The plan costs $ 1.5t in all.", [("$ 1.5t", 1_500_000_000_000)]),
        ("The deal is worth US$ 2mil.", [("US$ 2mil", 2_000_000)]),
        ("The truck carries 40t of sand.", [("40", 40)]),
    ],
)
def test_a_money_scale_glued_to_digits_after_a_currency_written_apart_scales_them(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("A score of villagers fled the fighting.", [("A score", 20)]),
        ("The airline will buy a score of passenger jets.", [("a score", 20)]),
        ("The match ended with a score of 3-1.", []),
        ("He had a score to settle.", []),
    ],
)
def test_a_score_of_things_is_twenty(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The victim, a man in his 50s, was found on Monday.", [("50s", 50, 59)]),
        ("Both suspects are in their early 20s.", [("early 20s", 20, 23)]),
        ("She is in her mid-30s.", [("mid-30s", 34, 36)]),
        ("He is in his late 60s.", [("late 60s", 67, 69)]),
        ("Prices rose in the 1980s.", []),
        ("Highs will be in the 80s.", []),
    ],
)
def test_a_decade_of_someones_life_is_an_age_range(nlp: Language, sentence: str, found: list) -> None:
    quantities = nlp(make_doc(nlp, sentence, "d", "2005-06-01"))._.quantities
    assert [(q.text, q.low, q.high) for q in quantities] == found
    assert all(q.unit == "year of age" for q in quantities)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It has a 2.4-liter four-cylinder engine.", [(2.4, 2.4), (4, 4)]),
        ("A 10-mile to 12-mile walk was planned.", [(10, 12)]),
    ],
)
def test_a_hyphen_that_joins_a_number_to_its_unit_opens_no_range(
    nlp: Language, sentence: str, found: list
) -> None:
    assert [(q.low, q.high) for q in nlp(make_doc(nlp, sentence, "d", None))._.quantities] == found


@pytest.mark.parametrize(
    ("sentence", "high", "unit"),
    [
        ("Demand for sub-200 sq m shops has grown.", 200, "square metre"),
        ("The plant makes sub-5 nanometre chips.", 5, "nanometre"),
    ],
)
def test_sub_before_a_number_is_an_upper_bound(nlp: Language, sentence: str, high: float, unit: str) -> None:
    (quantity,) = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert (quantity.low, quantity.high, quantity.unit) == (None, high, unit)
