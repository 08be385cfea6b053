"""Where the quantity extractor finds numbers and what each is worth: the words a number is written in, split
and merged numbers, fractions, scales and ranges."""

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
        ("In 2023 four people were killed in the blast.", [("four", 4)]),
        ("Of the 20 five were hurt.", [("20", 20), ("five", 5)]),
        ("The 15 three-bedroom flats were sold.", [("15", 15), ("three", 3)]),
        ("They bought 2 dozen eggs and 5 million tickets.", [("2 dozen", 24), ("5 million", 5_000_000)]),
        (
            "Two million five hundred thousand people voted.",
            [("Two million five hundred thousand", 2_500_000)],
        ),
    ],
)
def test_a_spelled_number_after_digits_is_a_number_of_its_own(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Group of Seven met while 5,000 police stood guard.", [("5,000", 5_000)]),
        ("Costs rose at the Nine Mile Point plant.", []),
        ("The Gang of Four was arrested in 1976.", []),
        ('He said: "Two people died."', [("Two", 2)]),
        ("He said , `` Two people died . ''", [("Two", 2)]),
        ("Three people died. Two were hurt.", [("Three", 3), ("Two", 2)]),
        ("Five People Killed In Bus Crash", [("Five", 5)]),
    ],
)
def test_a_number_word_capitalised_inside_a_sentence_names(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The fund manages $1.2T in assets.", [("$1.2T", 1.2e12)]),
        ("Congress passed the $1.9T relief bill.", [("$1.9T", 1.9e12)]),
        ("Apple is now worth $1.5T.", [("$1.5T", 1.5e12)]),
        ("The phone has 16GB.", [("16", 16.0)]),
        ("The truck weighs 40t.", [("40", 40)]),
    ],
)
def test_a_t_glued_to_a_sum_of_money_is_trillions(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The service has 2m paying subscribers.", [("2m", 2_000_000)]),
        ("The city has 1.2m registered voters.", [("1.2m", 1_200_000)]),
        ("A 3m high wall collapsed.", [("3", 3)]),
    ],
)
def test_an_m_before_adjectives_and_a_plural_noun_is_millions(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


def bounds(nlp: Language, text: str) -> list[tuple[str, float | None, float | None]]:
    """Return each quantity's text, lower and upper bound."""
    return [(q.text, q.low, q.high) for q in nlp(make_doc(nlp, text, "d", "2005-06-01"))._.quantities]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("About 2-3,000 protesters gathered.", [("About 2-3,000", 2_000, 3_000)]),
        ("Between 20 and 30,000 people fled.", [("20 and 30,000", 20_000, 30_000)]),
        ("The toll could reach 5-7,000,000.", [("5-7,000,000", 5_000_000, 7_000_000)]),
        ("Tickets cost 1 to 10,000 dollars.", [("1 to 10,000", 1, 10_000)]),
        ("Some 200-300 people attended.", [("Some 200-300", 200, 300)]),
    ],
)
def test_a_lower_end_written_short_shares_the_thousands_of_the_upper(
    nlp: Language, sentence: str, found: list
) -> None:
    assert bounds(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The population fell by 850,000 to 1.41 billion.",
            [("850,000", 850_000, 850_000), ("1.41 billion", 1.41e9, 1.41e9)],
        ),
        ("Sales rose 850 to 2.5 million.", [("850", 850, 850), ("2.5 million", 2.5e6, 2.5e6)]),
        ("Costs rose by 2 to 3 million euros.", [("2 to 3 million", 2e6, 3e6)]),
    ],
)
def test_a_change_to_a_level_far_above_it_is_no_range(nlp: Language, sentence: str, found: list) -> None:
    assert bounds(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The company reported 2022 earnings of $4 million.", [("$4 million", 4_000_000)]),
        ("The bank posted 2023 losses.", []),
        ("Its results would match 1985 profits.", []),
        ("The city deployed 2000 officers.", [("2000", 2000)]),
    ],
)
def test_a_year_before_yearly_figures_is_their_period(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The A320-200 jet carried 150 passengers.", [("150", 150)]),
        ("The patients had type 2 diabetes.", []),
        ("The drug is in phase 3 trials with 3,000 patients.", [("3,000", 3_000)]),
        ("She has stage 4 cancer.", []),
        ("The bonds yield 5-6 pct.", [("5-6", None)]),
    ],
)
def test_a_number_of_a_variant_type_or_phase_names(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It rose 0.5pc to 1.2tn.", [("0.5pc", 0.5, 0.5), ("1.2tn", 1.2e12, 1.2e12)]),
        ("It rose 2pc to 3%.", [("2pc", 2, 2), ("3", 3, 3)]),
        ("Inflation is seen at 2pc-3pc.", [("2pc-3pc", 2, 3)]),
        ("Temperatures of 5C-10C were forecast.", [("5C-10C", 5, 10)]),
    ],
)
def test_a_unit_glued_to_a_number_is_its_unit_in_a_range(nlp: Language, sentence: str, found: list) -> None:
    assert bounds(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The C-17 cargo jet landed.", []),
        ("Workers moved to the C-130 program.", []),
        ("It cost US$-5 a share.", [("US$-5", -5)]),
        ("iLife '11 was released as a $49 upgrade.", [("$49", 49)]),
        ("The class of '89 had 300 members.", [("300", 300)]),
    ],
)
def test_codes_and_short_years_are_no_counts(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The 787 Dreamliner will use 20 percent less fuel.", [("20", 20)]),
        ("The 737 MAX was grounded.", []),
        ("They bought 153 Airbus planes.", [("153", 153)]),
        ("The 787 passengers were safe.", [("787", 787)]),
        ("Some 125 French were hurt.", [("Some 125", 125)]),
        ("In all, 125 French were hurt.", [("125", 125)]),
        ("Traders bought 118 June puts.", [("118", 118)]),
    ],
)
def test_a_three_digit_number_before_a_name_names_a_model(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The iPhone 15 costs $799.", [("$799", 799)]),
        ("Apple released iOS 17 to 40 countries.", [("40", 40)]),
        ("Apple sold 10 iPhones.", [("10", 10)]),
    ],
)
def test_a_number_after_a_camel_cased_name_names(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The 49ers beat the 76ers before 70,000 fans.", [("70,000", 70_000)]),
        ("The 1990s saw 3 recessions.", [("3", 3)]),
    ],
)
def test_a_number_glued_to_ers_names_a_team(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("GM rose two and Ford five.", [("two", 2), ("five", 5)]),
        ("The poll gave Biden two points and Trump one.", [("two", 2), ("one", 1)]),
        ("Chrysler fell 1/2 and Ford 5/8.", [("1/2", 0.5), ("5/8", 0.625)]),
        ("A Magnitude 7.8 quake struck.", [("7.8", 7.8)]),
        ("Brent traded at 84.30 and WTI 80.10.", [("84.30", 84.3), ("80.10", 80.1)]),
        ("The Formula One race drew 100,000 fans.", [("100,000", 100_000)]),
        ("The Boeing 737 landed.", []),
    ],
)
def test_a_number_in_lower_case_words_a_fraction_or_a_decimal_after_a_name_counts(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Security is the number-one priority for 80% of firms.", [("80", 80)]),
        ("The No-2 official quit.", []),
        ("The two-year deal was signed.", [("two", 2)]),
    ],
)
def test_a_rank_word_hyphened_to_a_number_names_a_rank(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The firm raised 5million dollars.", [("5million", 5_000_000)]),
        ("Some 3.2bln dlrs were lent.", [("Some 3.2bln", 3_200_000_000)]),
        ("The show drew 1.2Million viewers.", [("1.2Million", 1_200_000)]),
        ("She ran the 5km race.", [("5", 5)]),
    ],
)
def test_digits_written_against_a_scale_word_are_scaled(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("He left 10 Downing Street with 3 aides.", [("3", 3)]),
        ("They met at 1 World Trade Center.", []),
        ("It has 12 Wall Street banks as clients.", [("12", 12)]),
        ("Police raided 16-18 Mill Lane with 4 dogs.", [("4", 4)]),
        ("Homes in the 90210 zip code sold for 3 times the average.", [("3", 3)]),
        ("Calls from the 212 area code rose.", []),
        ("The flat at 14 E 63rd St sold with 2 garages.", [("2", 2)]),
        ("Police closed 301 W 57th Street for 3 hours.", [("3", 3)]),
    ],
)
def test_a_number_before_a_street_or_a_kind_of_code_names_it(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Sales—35,768 units—beat forecasts.", [("35,768", 35_768)]),
        ("The crowd of 12,000–15,000 cheered.", [("12,000–15,000", None)]),
    ],
)
def test_a_number_set_off_by_em_dashes_is_found(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("He caught the ball with one hand.", [("one", 1)]),
        ("On one hand, sales rose.", []),
        ("On the one hand, prices rose.", []),
        ("They helped one another.", []),
    ],
)
def test_one_hand_counts_unless_on_one_hand(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The margin was 13/16 pct.", [("13/16", 0.8125)]),
        ("The bond opened 17/32 lower at 95-22/32.", [("17/32", 0.53125), ("95-22/32", 95.6875)]),
        ("The margin was 1 13/16 pct.", [("1 13/16", 1.8125)]),
        ("The 24/7 service ran on 10/12 for 3 shifts.", [("3", 3)]),
    ],
)
def test_sixteenths_and_finer_may_have_two_digit_numerators(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It takes five-six days.", [("five-six", 5, 6)]),
        ("Forty-fifty boats sank.", [("Forty-fifty", 40, 50)]),
        ("Twenty-two people died.", [("Twenty-two", 22, 22)]),
    ],
)
def test_two_number_words_hyphened_as_a_range_are_a_range(nlp: Language, sentence: str, found: list) -> None:
    assert bounds(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("On March six, the firm sold its unit.", []),
        ("The record date will be May one.", []),
        ("In May two people died.", [("two", 2)]),
    ],
)
def test_a_day_spelled_after_its_month_is_a_date(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("At least one who was hurt died.", [("At least one", 1)]),
        ("Only one that survived was found.", [("Only one", 1)]),
        ("At least one was killed.", [("At least one", 1)]),
        ("More than one was hurt.", [("More than one", 1)]),
        ("They gave one each to the boys.", []),
        ("He is a good one.", []),
        ("It is one that works.", []),
    ],
)
def test_one_before_a_pronoun_or_after_a_qualifier_counts(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("She called 911 and waited 10 minutes.", [("10", 10)]),
        ("Dial 999 for help.", []),
        ("They called 3 witnesses.", [("3", 3)]),
    ],
)
def test_a_number_dialled_is_a_telephone_number(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Officials counted 12 Paris homeless.", [("12", 12)]),
        ("The storm hit 5 Florida towns.", [("5", 5)]),
    ],
)
def test_a_number_before_a_city_or_country_counts(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found
